"""The actor registry: how the data's names, ids and aliases find their actor.

Group membership is resolved once per registry (each group's members, each actor's direct
groups and the strongly connected components of the membership graph), so every question
about groups is linear in actors + member references, however deep the groups nest.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping
from typing import TYPE_CHECKING, NamedTuple

from medlofte.data.model import Actor, ActorRef
from medlofte.data.textfold import Suggester, ascii_fold, fold

if TYPE_CHECKING:
    from medlofte.data.model import Activity, Commitment
    from medlofte.data.queries import Involvement


class Lookup(NamedTuple):
    """Result of looking up a name typed on the command line."""

    actor: Actor | None
    candidates: tuple[Actor, ...] = ()


class Registry:
    def __init__(self, actors: list[Actor]) -> None:
        self.actors = actors
        self._keys: dict[str, Actor] = {}
        for actor in actors:
            for name in actor.names:
                self._keys.setdefault(fold(name), actor)
        self._seen: dict[str, Actor | None] = {}
        self._members: dict[Actor, list[Actor]] = {}
        self._direct_groups: dict[Actor, list[Actor]] | None = None
        self._groups_of: dict[Actor, list[Actor]] = {}
        self._components: list[list[Actor]] | None = None
        self._ascii: dict[str, Actor] | None = None
        self._suggester: Suggester | None = None
        self._suggested: dict[tuple[str, int], list[Actor]] = {}
        # queries.involvement's answers by the ids of (commitment, activity), with them.
        self.involved: dict[tuple[int, int], tuple[Commitment, Activity, Involvement]] = {}

    def get(self, text: str) -> Actor | None:
        """The actor a reference in the data means (exact up to case and spacing)."""
        try:
            return self._seen[text]
        except KeyError:
            found = self._seen[text] = self._keys.get(fold(text))
            return found

    def resolve(self, refs: list[ActorRef]) -> list[Actor]:
        """The actors of a list of references, in order, each once, unknown ones skipped."""
        out: list[Actor] = []
        seen: set[Actor] = set()
        for ref in refs:
            actor = self.get(ref.text)
            if actor is not None and actor not in seen:
                seen.add(actor)
                out.append(actor)
        return out

    # -----------------------------------------------------------------------------------
    # "Did you mean" and look-ups by what people type

    def _folded(self) -> dict[str, Actor]:
        """Every name without diacritics, and its actor (built once)."""
        if self._ascii is None:
            self._ascii = {ascii_fold(k): a for k, a in self._keys.items()}
        return self._ascii

    def suggest(self, text: str, n: int = 3) -> list[Actor]:
        """The actors whose names are genuinely close to ``text`` (a typo away), best first.

        The names are indexed once; the answer for a text is kept, so a misspelling that
        recurs costs nothing more."""
        key = (text, n)
        found = self._suggested.get(key)
        if found is None:
            keys = self._folded()
            if self._suggester is None:
                self._suggester = Suggester(list(keys))
            found = []
            # An actor has several names: twice as many names give n actors (one name, one).
            for match in self._suggester.closest(ascii_fold(text), n=n * 2 if n > 1 else 1):
                if keys[match] not in found:
                    found.append(keys[match])
            found = self._suggested[key] = found[:n]
        return found

    def lookup(self, query: str) -> Lookup:
        """Find an actor by id, name, short name or alias: exact, then without diacritics,
        then by a unique prefix."""
        exact = self.get(query)
        if exact is not None:
            return Lookup(exact)
        wanted = ascii_fold(query)
        if not wanted:
            return Lookup(None)
        loose = {a.id: a for a in self.actors if any(ascii_fold(n) == wanted for n in a.names)}
        if len(loose) == 1:
            return Lookup(next(iter(loose.values())))
        prefixed = loose or {a.id: a for a in self.actors if any(ascii_fold(n).startswith(wanted) for n in a.names)}
        if len(prefixed) == 1:
            return Lookup(next(iter(prefixed.values())))
        if prefixed:
            return Lookup(None, tuple(prefixed.values()))
        return Lookup(None, tuple(self.suggest(query)))

    # -----------------------------------------------------------------------------------
    # Groups

    def members_of(self, group: Actor) -> list[Actor]:
        """The actors a group lists as members (unknown ones skipped), resolved once."""
        found = self._members.get(group)
        if found is None:
            found = self._members[group] = self.resolve(group.members)
        return found

    def direct_groups(self, actor: Actor) -> list[Actor]:
        """The groups that list ``actor`` as a member, in registry order."""
        if self._direct_groups is None:
            direct: dict[Actor, list[Actor]] = {}
            for group in self.actors:
                for member in self.members_of(group):
                    direct.setdefault(member, []).append(group)
            self._direct_groups = direct
        return self._direct_groups.get(actor, [])

    def groups_of(self, actor: Actor) -> list[Actor]:
        """The groups that stand for ``actor``, directly or through other groups: nearest
        first (breadth first), each once, never the actor itself."""
        found = self._groups_of.get(actor)
        if found is None:
            found = []
            seen = {actor}
            todo = deque(self.direct_groups(actor))
            while todo:
                group = todo.popleft()
                if group not in seen:
                    seen.add(group)
                    found.append(group)
                    todo.extend(self.direct_groups(group))
            self._groups_of[actor] = found
        return found

    def components(self) -> list[list[Actor]]:
        """The strongly connected components of the membership graph (Tarjan's algorithm,
        without recursion, so a chain of any depth is fine): every component comes after
        the components of its members."""
        if self._components is None:
            index: dict[Actor, int] = {}
            low: dict[Actor, int] = {}
            stack: list[Actor] = []
            on_stack: set[Actor] = set()
            out: list[list[Actor]] = []
            for root in self.actors:
                if root in index:
                    continue
                index[root] = low[root] = len(index)
                stack.append(root)
                on_stack.add(root)
                work = [(root, iter(self.members_of(root)))]
                while work:
                    node, members = work[-1]
                    for member in members:
                        if member not in index:
                            index[member] = low[member] = len(index)
                            stack.append(member)
                            on_stack.add(member)
                            work.append((member, iter(self.members_of(member))))
                            break
                        if member in on_stack:
                            low[node] = min(low[node], index[member])
                    else:
                        work.pop()
                        if work:
                            parent = work[-1][0]
                            low[parent] = min(low[parent], low[node])
                        if low[node] == index[node]:
                            component: list[Actor] = []
                            while True:
                                member = stack.pop()
                                on_stack.discard(member)
                                component.append(member)
                                if member is node:
                                    break
                            out.append(component)
            self._components = out
        return self._components

    def in_cycles(self) -> set[Actor]:
        """The groups that contain themselves, directly or through other groups."""
        return {
            actor
            for component in self.components()
            for actor in component
            if len(component) > 1 or actor in self.members_of(actor)
        }

    def inherit(self, own: Mapping[Actor, int]) -> dict[Actor, int]:
        """Each actor's bits or'ed with those of all its groups, transitively.

        ``own`` holds bit sets (ints) of whatever the caller counts, such as the activities
        an actor is named in; the result is what reaches each actor directly or through its
        groups. One pass over the components, groups before their members: linear in actors
        + member references (and the width of the bit sets). Within a cycle, every member
        gets the bits of all."""
        total: dict[Actor, int] = {}
        for component in reversed(self.components()):
            bits = 0
            for actor in component:
                bits |= own.get(actor, 0)
                for group in self.direct_groups(actor):
                    bits |= total.get(group, 0)  # a group in the same component is not done yet: 0
            for actor in component:
                total[actor] = bits
        return total
