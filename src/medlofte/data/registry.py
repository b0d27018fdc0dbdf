"""The actor registry: how the data's names, ids and aliases find their actor."""

from __future__ import annotations

from typing import NamedTuple

from medlofte.data.model import Actor, ActorRef
from medlofte.data.textfold import ascii_fold, closest, fold


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
        self._groups: dict[str, list[Actor]] | None = None
        self._seen: dict[str, Actor | None] = {}

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
        for ref in refs:
            actor = self.get(ref.text)
            if actor is not None and actor not in out:
                out.append(actor)
        return out

    def suggest(self, text: str, n: int = 3) -> list[Actor]:
        """The actors whose names are closest to ``text``."""
        keys = {ascii_fold(k): a for k, a in self._keys.items()}
        out: list[Actor] = []
        for match in closest(ascii_fold(text), list(keys), n=n * 2):
            if keys[match] not in out:
                out.append(keys[match])
        return out[:n]

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

    def groups_of(self, actor: Actor) -> list[Actor]:
        """The groups that stand for ``actor``, directly or through other groups."""
        if self._groups is None:
            direct: dict[str, list[Actor]] = {}
            for group in self.actors:
                for member in self.resolve(group.members):
                    direct.setdefault(member.id, []).append(group)
            self._groups = direct
        found: list[Actor] = []
        todo = list(self._groups.get(actor.id, []))
        while todo:
            group = todo.pop(0)
            if group not in found and group is not actor:
                found.append(group)
                todo.extend(self._groups.get(group.id, []))
        return found
