"""Questions asked of valid data: who does what, and how much each actor is involved.

Pure functions over the model; the command line formats their answers.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from typing import NamedTuple

from medlofte.data import rules
from medlofte.data.loading import Dataset
from medlofte.data.model import Activity, Actor, Area, Commitment, Status
from medlofte.data.registry import Registry
from medlofte.data.textfold import swedish_key


class Role(str, enum.Enum):
    LEAD = "lead"
    PARTICIPANT = "participant"
    GROUP = "group"  # through a group the actor belongs to


class Involvement(NamedTuple):
    """Who leads an activity and who takes part in it."""

    leads: tuple[Actor, ...]
    participants: tuple[Actor, ...]

    @property
    def actors(self) -> tuple[Actor, ...]:
        leads = set(self.leads)
        return self.leads + tuple(a for a in self.participants if a not in leads)


def involvement(registry: Registry, commitment: Commitment, activity: Activity) -> Involvement:
    """The lead defaults to every actor of the commitment; participants to none.

    Kept by the registry for each activity (the summary, the promise and its follow-up
    all ask), with the objects it was made from, so that an id is never taken for another's."""
    key = (id(commitment), id(activity))
    kept = registry.involved.get(key)
    if kept is not None and kept[0] is commitment and kept[1] is activity:
        return kept[2]
    leads = registry.resolve(activity.lead or commitment.actors)
    named = set(leads)
    participants = [a for a in registry.resolve(activity.participants) if a not in named]
    found = Involvement(tuple(leads), tuple(participants))
    registry.involved[key] = (commitment, activity, found)
    return found


def activities(data: Dataset) -> Iterator[tuple[int, Area, Commitment, Activity, Involvement]]:
    """Every activity in document order with the index of its area."""
    for index, area in enumerate(data.areas):
        for commitment in area.commitments:
            for activity in commitment.activities:
                yield index, area, commitment, activity, involvement(data.registry, commitment, activity)


class Task(NamedTuple):
    """One activity as seen from one actor."""

    area: Area
    activity: Activity
    role: Role
    via: Actor | None
    via_role: Role | None
    involvement: Involvement
    others: tuple[Actor, ...]


def _role_of(actor: Actor, inv: Involvement) -> Role | None:
    if actor in inv.leads:
        return Role.LEAD
    if actor in inv.participants:
        return Role.PARTICIPANT
    return None


OPEN = frozenset({None, Status.PLANNED, Status.ONGOING, Status.PARTLY_DONE})


def task_list(
    data: Dataset,
    actor: Actor,
    *,
    lead_only: bool = False,
    status: Status | None = None,
    open_only: bool = False,
) -> list[Task]:
    """The actor's tasks in document order, including those that come through its groups.

    ``open_only`` keeps what is still to do: not done, not cancelled.
    """
    groups = data.registry.groups_of(actor)
    rank = {group: i for i, group in enumerate(groups)}  # nearest group first
    tasks: list[Task] = []
    for _, area, _, activity, inv in activities(data):
        role = _role_of(actor, inv)
        via = via_role = None
        if role is None and rank:
            nearest = min((rank[a] for a in (*inv.leads, *inv.participants) if a in rank), default=None)
            if nearest is not None:
                role, via = Role.GROUP, groups[nearest]
                via_role = _role_of(via, inv)
        if role is None:
            continue
        if lead_only and Role.LEAD not in (role, via_role):
            continue
        if status is not None and activity.status is not status:
            continue
        if open_only and activity.status not in OPEN:
            continue
        others = tuple(a for a in inv.actors if a is not actor and a is not via)
        tasks.append(Task(area, activity, role, via, via_role, inv, others))
    return tasks


class ActorSummary(NamedTuple):
    actor: Actor
    areas: int
    lead: int
    participant: int
    via_group: int
    referenced: bool


def bits(indices: list[int]) -> int:
    """A bit set (an int) with the given bits set, in time linear in their number."""
    if not indices:
        return 0
    array = bytearray(max(indices) // 8 + 1)
    for i in indices:
        array[i >> 3] |= 1 << (i & 7)
    return int.from_bytes(array, "little")


class Reach(NamedTuple):
    """Every actor's tasks as bit sets over ``rows`` (bit i: the i-th activity of the data).

    What ``task_list`` finds one actor at a time, for all actors at once: ``lead`` and
    ``participant`` are the activities an actor is named in, ``tasks`` those it has directly
    or through its groups (at any depth), ``areas`` bit k for the k-th area it has a task
    in. Built in one pass over the activities and one over the groups
    (Registry.inherit), so that listing every actor stays linear however deep groups nest.
    """

    rows: list[tuple[int, Area, Commitment, Activity, Involvement]]
    lead: dict[Actor, int]
    participant: dict[Actor, int]
    tasks: dict[Actor, int]
    areas: dict[Actor, int]

    def through_groups(self, actor: Actor) -> int:
        return self.tasks[actor] & ~(self.lead.get(actor, 0) | self.participant.get(actor, 0))


def reach(data: Dataset) -> Reach:
    rows = list(activities(data))
    lead: dict[Actor, list[int]] = {}
    participant: dict[Actor, list[int]] = {}
    areas: dict[Actor, list[int]] = {}
    for i, (area_index, _, _, _, inv) in enumerate(rows):
        for actor in inv.leads:
            lead.setdefault(actor, []).append(i)
        for actor in inv.participants:
            participant.setdefault(actor, []).append(i)
        for actor in (*inv.leads, *inv.participants):
            named = areas.setdefault(actor, [])
            if not named or named[-1] != area_index:
                named.append(area_index)
    lead_bits = {actor: bits(found) for actor, found in lead.items()}
    participant_bits = {actor: bits(found) for actor, found in participant.items()}
    direct = {a: lead_bits.get(a, 0) | participant_bits.get(a, 0) for a in {*lead_bits, *participant_bits}}
    registry = data.registry
    return Reach(
        rows,
        lead_bits,
        participant_bits,
        registry.inherit(direct),
        registry.inherit({actor: bits(found) for actor, found in areas.items()}),
    )


def actor_summaries(data: Dataset) -> list[ActorSummary]:
    """Every actor with its number of areas and of activities by role, in Swedish order.

    ``referenced`` is False for an actor named nowhere, as ``medlofte validate`` warns.
    The counts are those of ``task_list`` for each actor, found for all at once.
    """
    used = rules.used_actor_ids(data.promise, data.registry, data.areas)
    found = reach(data)
    out = []
    for actor in data.registry.actors:
        out.append(
            ActorSummary(
                actor,
                found.areas[actor].bit_count(),
                found.lead.get(actor, 0).bit_count(),
                found.participant.get(actor, 0).bit_count(),
                found.through_groups(actor).bit_count(),
                actor.id in used,
            )
        )
    return sorted(out, key=lambda s: swedish_key(s.actor.name))
