"""The promise as plain data: what the YAML files hold once they have been checked.

Every object keeps its location (``loc``) and the locations of its fields (``locs``) so that
rules which look across files can point at the exact line.  Nothing here imports YAML.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date

from medlofte.findings import Loc

NOWHERE = Loc("", 0, 0)


class Status(str, enum.Enum):
    """Follow-up status of an activity, in the order a report lists them."""

    PLANNED = "planned"
    ONGOING = "ongoing"
    DONE = "done"
    PARTLY_DONE = "partly-done"
    NOT_DONE = "not-done"
    CANCELLED = "cancelled"


class ActorType(str, enum.Enum):
    POLICE = "police"
    MUNICIPAL = "municipal"
    HOUSING = "housing"
    RESCUE = "rescue"
    SCHOOL = "school"
    CIVIL_SOCIETY = "civil-society"
    AGENCY = "agency"
    BUSINESS = "business"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class ActorRef:
    """A reference to an actor as written in the data: id, name, short name or alias."""

    text: str
    loc: Loc = NOWHERE


@dataclass(slots=True, eq=False)
class Actor:
    """An organisation; compared by identity, so it can key dicts and sets."""

    id: str = ""
    name: str = ""
    short: str | None = None
    type: ActorType = ActorType.OTHER
    aliases: list[str] = field(default_factory=list)
    members: list[ActorRef] = field(default_factory=list)
    contact: str | None = None
    loc: Loc = NOWHERE
    locs: dict[str, Loc] = field(default_factory=dict)

    @property
    def is_group(self) -> bool:
        return bool(self.members)

    @property
    def names(self) -> list[str]:
        """Every text by which data may refer to this actor."""
        found = [self.id, self.name]
        if self.short:
            found.append(self.short)
        return found + self.aliases


@dataclass(slots=True)
class Quantity:
    """A promised amount: "minst 20 trafikkontroller", "minst 900 timmar per år"."""

    amount: int | float | None = None
    unit: str | None = None
    at_least: bool = False
    text: str | None = None
    loc: Loc = NOWHERE
    locs: dict[str, Loc] = field(default_factory=dict)

    def display(self, at_least_word: str = "minst") -> str:
        if self.text:
            return self.text
        parts = [at_least_word] if self.at_least else []
        if self.amount is not None:
            parts.append(format_number(self.amount))
        if self.unit:
            parts.append(self.unit)
        return " ".join(parts)


@dataclass(slots=True)
class Activity:
    text: str = ""
    lead: list[ActorRef] = field(default_factory=list)
    participants: list[ActorRef] = field(default_factory=list)
    when: str | None = None
    start: date | None = None
    end: date | None = None
    frequency: str | None = None
    quantity: Quantity | None = None
    place: str | None = None
    target_group: str | None = None
    status: Status | None = None
    result: str | None = None
    achieved: int | float | None = None
    reason: str | None = None
    followed_up: date | None = None
    loc: Loc = NOWHERE
    locs: dict[str, Loc] = field(default_factory=dict)


@dataclass(slots=True)
class Commitment:
    """Actors who together take on a list of activities."""

    actors: list[ActorRef] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)
    title: str | None = None
    loc: Loc = NOWHERE
    locs: dict[str, Loc] = field(default_factory=dict)


@dataclass(slots=True)
class Goal:
    text: str = ""
    indicator: str | None = None
    unit: str | None = None
    baseline: int | float | str | None = None
    target: int | float | str | None = None
    source: str | None = None
    outcome: int | float | str | None = None
    comment: str | None = None
    loc: Loc = NOWHERE
    locs: dict[str, Loc] = field(default_factory=dict)


@dataclass(slots=True)
class Area:
    title: str = ""
    order: int | None = None
    place: str | None = None
    situation: str | None = None
    causes: list[str] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    file: str = ""
    loc: Loc = NOWHERE
    locs: dict[str, Loc] = field(default_factory=dict)

    @property
    def activities(self) -> list[Activity]:
        return [a for c in self.commitments for a in c.activities]


@dataclass(slots=True)
class Period:
    start: date | None = None
    end: date | None = None
    label: str | None = None
    loc: Loc = NOWHERE
    locs: dict[str, Loc] = field(default_factory=dict)


@dataclass(slots=True)
class Signature:
    name: str = ""
    title: str | None = None
    actor: ActorRef | None = None
    date: date | None = None
    place: str | None = None
    loc: Loc = NOWHERE
    locs: dict[str, Loc] = field(default_factory=dict)


@dataclass(slots=True)
class Adoption:
    """ "Kommunstyrelsen fastställde löftet den 19 mars 2020"."""

    by: str = ""
    date: date | None = None
    loc: Loc = NOWHERE
    locs: dict[str, Loc] = field(default_factory=dict)


@dataclass(slots=True)
class Section:
    title: str = ""
    text: str = ""
    loc: Loc = NOWHERE
    locs: dict[str, Loc] = field(default_factory=dict)


@dataclass(slots=True)
class Promise:
    title: str = ""
    subtitle: str | None = None
    municipality: str = ""
    place: str | None = None
    police_area: str | None = None
    period: Period = field(default_factory=Period)
    parties: list[ActorRef] = field(default_factory=list)
    partners: list[ActorRef] = field(default_factory=list)
    intro: str | None = None
    purpose: str | None = None
    situation: str | None = None
    sections: list[Section] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    follow_up: str | None = None
    signatures: list[Signature] = field(default_factory=list)
    adopted: Adoption | None = None
    loc: Loc = NOWHERE
    locs: dict[str, Loc] = field(default_factory=dict)


@dataclass(slots=True)
class ActorRegistry:
    actors: list[Actor] = field(default_factory=list)
    loc: Loc = NOWHERE
    locs: dict[str, Loc] = field(default_factory=dict)


def format_number(value: int | float) -> str:
    """Numbers as Swedish documents write them: 1 200 and 2,5."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}".replace(",", "\u00a0")
    return str(value).replace(".", ",")
