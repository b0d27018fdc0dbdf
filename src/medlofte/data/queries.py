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
        return self.leads + tuple(a for a in self.participants if a not in self.leads)


def involvement(registry: Registry, commitment: Commitment, activity: Activity) -> Involvement:
    """The lead defaults to every actor of the commitment; participants to none."""
    leads = registry.resolve(activity.lead or commitment.actors)
    participants = [a for a in registry.resolve(activity.participants) if a not in leads]
    return Involvement(tuple(leads), tuple(participants))


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
    tasks: list[Task] = []
    for _, area, _, activity, inv in activities(data):
        role = _role_of(actor, inv)
        via = via_role = None
        if role is None:
            for group in groups:
                via_role = _role_of(group, inv)
                if via_role is not None:
                    role, via = Role.GROUP, group
                    break
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


def actor_summaries(data: Dataset) -> list[ActorSummary]:
    """Every actor with its number of areas and of activities by role, in Swedish order.

    ``referenced`` is False for an actor named nowhere, as ``medlofte validate`` warns.
    """
    used = rules.used_actor_ids(data.promise, data.registry, data.areas)
    out = []
    for actor in data.registry.actors:
        tasks = task_list(data, actor)
        counts = {role: sum(1 for t in tasks if t.role is role) for role in Role}
        areas = len({id(t.area) for t in tasks})
        out.append(ActorSummary(actor, areas, counts[Role.LEAD], counts[Role.PARTICIPANT], counts[Role.GROUP], actor.id in used))
    return sorted(out, key=lambda s: swedish_key(s.actor.name))
