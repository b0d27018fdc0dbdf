"""What the documents share: labelled facts, goals, the contents, anchors, and the walk over
each area's commitments that both the promise and its follow-up make."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from medlofte.data.model import Activity, Area, Commitment, Goal, format_number
from medlofte.data.queries import Involvement, involvement
from medlofte.data.registry import Registry
from medlofte.data.textfold import slugify
from medlofte.views.labels import Labels


@dataclass(frozen=True)
class Fact:
    label: str
    value: str


def fact_line(facts: list[Fact]) -> str:
    return " · ".join(f"{f.label}: {f.value}" for f in facts)


@dataclass(frozen=True)
class GoalView:
    text: str
    facts: list[Fact]

    @property
    def lines(self) -> list[str]:
        return [fact_line(self.facts)] if self.facts else []


@dataclass(frozen=True)
class TocEntry:
    anchor: str
    title: str
    children: list[TocEntry] = field(default_factory=list)


FIXED_ANCHORS = ("innehall", "innehallet", "mal", "omraden", "oversikt", "uppfoljning", "samarbete", "underskrifter")


class Anchors:
    """Unique, readable fragment identifiers that never clash with the fixed ones."""

    def __init__(self) -> None:
        self.used: set[str] = set(FIXED_ANCHORS)

    def __call__(self, text: str) -> str:
        base = slugify(text)
        anchor, n = base, 2
        while anchor in self.used:
            anchor, n = f"{base}-{n}", n + 1
        self.used.add(anchor)
        return anchor


def number_text(value: int | float | str | None) -> str:
    if value is None:
        return ""
    return format_number(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else str(value)


def goal_view(goal: Goal, labels: Labels) -> GoalView:
    unit = f" {goal.unit}" if goal.unit else ""
    facts = [
        ("indicator", goal.indicator or ""),
        ("baseline", number_text(goal.baseline) + unit if goal.baseline is not None else ""),
        ("target", number_text(goal.target) + unit if goal.target is not None else ""),
        ("source", goal.source or ""),
        ("outcome", number_text(goal.outcome) + unit if goal.outcome is not None else ""),
        ("comment", goal.comment or ""),
    ]
    return GoalView(goal.text, [Fact(labels[k], v) for k, v in facts if v])


class CommitmentRows(NamedTuple):
    """One commitment as the documents show it: its actors' names, and each activity with
    who leads it and who takes part."""

    commitment: Commitment
    names: list[str]
    activities: list[tuple[Activity, Involvement]]


def area_commitments(registry: Registry, area: Area) -> list[CommitmentRows]:
    """The commitments of one area, in order, with their actors resolved."""
    rows = []
    for commitment in area.commitments:
        names = [a.name for a in registry.resolve(commitment.actors)]
        rows.append(CommitmentRows(commitment, names, [(a, involvement(registry, commitment, a)) for a in commitment.activities]))
    return rows
