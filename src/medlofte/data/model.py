"""The promise as plain data: what the YAML files hold once they have been checked.

Every object keeps its location (``loc``) and the locations of its fields (``locs``) so that
rules which look across files can point at the exact line.  Nothing here imports YAML.
"""

from __future__ import annotations

import enum
from datetime import date
from typing import Protocol

from medlofte.data.findings import Loc

NOWHERE = Loc("", 0, 0)


class Mark(Protocol):
    """Where the parser saw a value: 0-based line and column (PyYAML's Mark has these;
    a :class:`Loc` may stand in, 1-based)."""

    @property
    def line(self) -> int: ...

    @property
    def column(self) -> int: ...


class Located:
    """An object read from a file: ``loc`` is where it starts; ``locs`` keeps the parser's
    mark of each field, turned into a location only when a finding needs one."""

    __slots__ = ()
    loc: Loc
    locs: dict[str, Mark]

    def where(self, key: str) -> Loc:
        mark = self.locs.get(key)
        if mark is None:
            return self.loc
        if isinstance(mark, Loc):  # already 1-based (records built in code and tests)
            return mark
        return Loc(self.loc.path, mark.line + 1, mark.column + 1)


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


class Record(Located):
    """Base of the model's classes: plain slotted classes with explicit constructors.

    (Dataclasses would do, but creating fourteen of them costs about 10 ms at every start
    of the command line, which `medlofte validate` in a pre-commit hook pays each time.)
    Records compare equal field by field and show their fields in repr().
    """

    __slots__: tuple[str, ...] = ()

    def _fields(self) -> list[str]:
        return [name for name in self.__slots__ if name not in ("loc", "locs")]

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields())
        return f"{type(self).__name__}({fields})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in self._fields())

    __hash__ = None  # type: ignore[assignment]


class ActorRef:
    """A reference to an actor as written in the data: id, name, short name or alias."""

    __slots__ = ("loc", "text")

    def __init__(self, text: str, loc: Loc = NOWHERE) -> None:
        self.text = text
        self.loc = loc

    def __repr__(self) -> str:
        return f"ActorRef({self.text!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ActorRef) and (self.text, self.loc) == (other.text, other.loc)

    def __hash__(self) -> int:
        return hash((self.text, self.loc))


class Actor(Record):
    """An organisation; compared by identity, so it can key dicts and sets."""

    __slots__ = ("aliases", "contact", "id", "loc", "locs", "members", "name", "short", "type")

    def __init__(
        self,
        id: str = "",
        name: str = "",
        short: str | None = None,
        type: ActorType = ActorType.OTHER,
        aliases: list[str] | None = None,
        members: list[ActorRef] | None = None,
        contact: str | None = None,
        loc: Loc = NOWHERE,
        locs: dict[str, Mark] | None = None,
    ) -> None:
        self.id = id
        self.name = name
        self.short = short
        self.type = type
        self.aliases = aliases if aliases is not None else []
        self.members = members if members is not None else []
        self.contact = contact
        self.loc = loc
        self.locs = locs if locs is not None else {}

    __eq__ = object.__eq__
    __hash__ = object.__hash__  # type: ignore[assignment]

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


class Quantity(Record):
    """A promised amount: "minst 20 trafikkontroller", "minst 900 timmar per år"."""

    __slots__ = ("amount", "at_least", "loc", "locs", "text", "unit")

    def __init__(
        self,
        amount: int | float | None = None,
        unit: str | None = None,
        at_least: bool = False,
        text: str | None = None,
        loc: Loc = NOWHERE,
        locs: dict[str, Mark] | None = None,
    ) -> None:
        self.amount = amount
        self.unit = unit
        self.at_least = at_least
        self.text = text
        self.loc = loc
        self.locs = locs if locs is not None else {}

    def display(self, at_least_word: str = "minst") -> str:
        if self.text:
            return self.text
        parts = [at_least_word] if self.at_least else []
        if self.amount is not None:
            parts.append(format_number(self.amount))
        if self.unit:
            parts.append(self.unit)
        return " ".join(parts)


class Activity(Record):
    __slots__ = (
        "achieved", "end", "followed_up", "frequency", "lead", "loc", "locs", "participants", "place",
        "quantity", "reason", "result", "start", "status", "target_group", "text", "when",
    )  # fmt: skip

    def __init__(
        self,
        text: str = "",
        lead: list[ActorRef] | None = None,
        participants: list[ActorRef] | None = None,
        when: str | None = None,
        start: date | None = None,
        end: date | None = None,
        frequency: str | None = None,
        quantity: Quantity | None = None,
        place: str | None = None,
        target_group: str | None = None,
        status: Status | None = None,
        result: str | None = None,
        achieved: int | float | None = None,
        reason: str | None = None,
        followed_up: date | None = None,
        loc: Loc = NOWHERE,
        locs: dict[str, Mark] | None = None,
    ) -> None:
        self.text = text
        self.lead = lead if lead is not None else []
        self.participants = participants if participants is not None else []
        self.when = when
        self.start = start
        self.end = end
        self.frequency = frequency
        self.quantity = quantity
        self.place = place
        self.target_group = target_group
        self.status = status
        self.result = result
        self.achieved = achieved
        self.reason = reason
        self.followed_up = followed_up
        self.loc = loc
        self.locs = locs if locs is not None else {}

    def achieved_display(self) -> str:
        """The achieved amount in the promised unit: "40 trafikkontroller"; "" when not given."""
        if self.achieved is None:
            return ""
        unit = self.quantity.unit if self.quantity is not None else None
        return f"{format_number(self.achieved)} {unit}" if unit else format_number(self.achieved)


class Commitment(Record):
    """Actors who together take on a list of activities."""

    __slots__ = ("activities", "actors", "loc", "locs", "title")

    def __init__(
        self,
        actors: list[ActorRef] | None = None,
        activities: list[Activity] | None = None,
        title: str | None = None,
        loc: Loc = NOWHERE,
        locs: dict[str, Mark] | None = None,
    ) -> None:
        self.actors = actors if actors is not None else []
        self.activities = activities if activities is not None else []
        self.title = title
        self.loc = loc
        self.locs = locs if locs is not None else {}


class Goal(Record):
    __slots__ = ("baseline", "comment", "indicator", "loc", "locs", "outcome", "source", "target", "text", "unit")

    def __init__(
        self,
        text: str = "",
        indicator: str | None = None,
        unit: str | None = None,
        baseline: int | float | str | None = None,
        target: int | float | str | None = None,
        source: str | None = None,
        outcome: int | float | str | None = None,
        comment: str | None = None,
        loc: Loc = NOWHERE,
        locs: dict[str, Mark] | None = None,
    ) -> None:
        self.text = text
        self.indicator = indicator
        self.unit = unit
        self.baseline = baseline
        self.target = target
        self.source = source
        self.outcome = outcome
        self.comment = comment
        self.loc = loc
        self.locs = locs if locs is not None else {}


class Area(Record):
    __slots__ = ("causes", "commitments", "file", "goals", "loc", "locs", "order", "place", "situation", "title")

    def __init__(
        self,
        title: str = "",
        order: int | None = None,
        place: str | None = None,
        situation: str | None = None,
        causes: list[str] | None = None,
        goals: list[Goal] | None = None,
        commitments: list[Commitment] | None = None,
        file: str = "",
        loc: Loc = NOWHERE,
        locs: dict[str, Mark] | None = None,
    ) -> None:
        self.title = title
        self.order = order
        self.place = place
        self.situation = situation
        self.causes = causes if causes is not None else []
        self.goals = goals if goals is not None else []
        self.commitments = commitments if commitments is not None else []
        self.file = file
        self.loc = loc
        self.locs = locs if locs is not None else {}

    @property
    def activities(self) -> list[Activity]:
        return [a for c in self.commitments for a in c.activities]


class Period(Record):
    __slots__ = ("end", "label", "loc", "locs", "start")

    def __init__(
        self,
        start: date | None = None,
        end: date | None = None,
        label: str | None = None,
        loc: Loc = NOWHERE,
        locs: dict[str, Mark] | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.label = label
        self.loc = loc
        self.locs = locs if locs is not None else {}


class Signature(Record):
    __slots__ = ("actor", "date", "loc", "locs", "name", "place", "title")

    def __init__(
        self,
        name: str = "",
        title: str | None = None,
        actor: ActorRef | None = None,
        date: date | None = None,
        place: str | None = None,
        loc: Loc = NOWHERE,
        locs: dict[str, Mark] | None = None,
    ) -> None:
        self.name = name
        self.title = title
        self.actor = actor
        self.date = date
        self.place = place
        self.loc = loc
        self.locs = locs if locs is not None else {}


class Adoption(Record):
    """ "Kommunstyrelsen fastställde löftet den 19 mars 2020"."""

    __slots__ = ("by", "date", "loc", "locs")

    def __init__(self, by: str = "", date: date | None = None, loc: Loc = NOWHERE, locs: dict[str, Mark] | None = None) -> None:
        self.by = by
        self.date = date
        self.loc = loc
        self.locs = locs if locs is not None else {}


class Section(Record):
    __slots__ = ("loc", "locs", "text", "title")

    def __init__(self, title: str = "", text: str = "", loc: Loc = NOWHERE, locs: dict[str, Mark] | None = None) -> None:
        self.title = title
        self.text = text
        self.loc = loc
        self.locs = locs if locs is not None else {}


class Promise(Record):
    __slots__ = (
        "adopted", "follow_up", "goals", "intro", "loc", "locs", "municipality", "parties", "partners", "period",
        "place", "police_area", "purpose", "sections", "signatures", "situation", "subtitle", "title",
    )  # fmt: skip

    def __init__(
        self,
        title: str = "",
        subtitle: str | None = None,
        municipality: str = "",
        place: str | None = None,
        police_area: str | None = None,
        period: Period | None = None,
        parties: list[ActorRef] | None = None,
        partners: list[ActorRef] | None = None,
        intro: str | None = None,
        purpose: str | None = None,
        situation: str | None = None,
        sections: list[Section] | None = None,
        goals: list[Goal] | None = None,
        follow_up: str | None = None,
        signatures: list[Signature] | None = None,
        adopted: Adoption | None = None,
        loc: Loc = NOWHERE,
        locs: dict[str, Mark] | None = None,
    ) -> None:
        self.title = title
        self.subtitle = subtitle
        self.municipality = municipality
        self.place = place
        self.police_area = police_area
        self.period = period if period is not None else Period()
        self.parties = parties if parties is not None else []
        self.partners = partners if partners is not None else []
        self.intro = intro
        self.purpose = purpose
        self.situation = situation
        self.sections = sections if sections is not None else []
        self.goals = goals if goals is not None else []
        self.follow_up = follow_up
        self.signatures = signatures if signatures is not None else []
        self.adopted = adopted
        self.loc = loc
        self.locs = locs if locs is not None else {}


class ActorRegistry(Record):
    __slots__ = ("actors", "loc", "locs")

    def __init__(self, actors: list[Actor] | None = None, loc: Loc = NOWHERE, locs: dict[str, Mark] | None = None) -> None:
        self.actors = actors if actors is not None else []
        self.loc = loc
        self.locs = locs if locs is not None else {}


def format_number(value: int | float) -> str:
    """Numbers as Swedish documents write them: 1 200 and 2,5."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}".replace(",", "\u00a0")
    return str(value).replace(".", ",")
