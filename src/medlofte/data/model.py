"""The promise as plain data: what the YAML files hold once they have been checked.

Every object keeps its location (``loc``) and the locations of its fields (``locs``) so that
rules which look across files can point at the exact line.  Nothing here imports YAML.
"""

from __future__ import annotations

import calendar
import enum
from datetime import date
from typing import NamedTuple, Protocol

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


class GroupKind(str, enum.Enum):
    """What a group of promises (a file in areas/) is in the document."""

    PROBLEM = "problem"  # a problem area: "Nedskräpning" (numbered by default)
    ACTOR = "actor"  # who promises: "Polisen lovar att:"
    PLACE = "place"  # a place: "Lövgärdet", "Resecentrum"
    LIST = "list"  # no heading of its own: a flat list of promises


class ActivityKind(str, enum.Enum):
    """Promises that are not plain commitments to act."""

    CONDITIONAL = "conditional"  # "Om det uppkommer önskemål … lovar vi att bistå": never overdue
    CONTINUING = "continuing"  # "fortsätta …": continues earlier work


class Per(str, enum.Enum):
    """The unit of time a quantity is promised for: "minst 900 timmar per år"."""

    YEAR = "year"
    MONTH = "month"
    WEEK = "week"
    DAY = "day"


FIRST_YEAR, LAST_YEAR = 1900, 2199  # dates outside this are typing mistakes, and date arithmetic stays safe


class PartialDate(NamedTuple):
    """A date at the precision the document gives: a year (2024), a month (2024-05) or a day.

    A period "maj 2024 – maj 2025" runs from the first day of its start to the last day of
    its end; checks reason with ``first`` and ``last`` and never invent a day.
    """

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def of(cls, day: date) -> PartialDate:
        return cls(day.year, day.month, day.day)

    @property
    def precision(self) -> str:
        return "day" if self.day is not None else "month" if self.month is not None else "year"

    def first(self) -> date:
        """The first day it covers."""
        return date(self.year, self.month or 1, self.day or 1)

    def last(self) -> date:
        """The last day it covers."""
        if self.day is not None:
            return date(self.year, self.month or 1, self.day)
        if self.month is not None:
            return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return date(self.year, 12, 31)

    def isoformat(self) -> str:
        """'2024', '2024-05' or '2024-05-31', as it would be written in the YAML."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


DateLike = PartialDate | date


def as_partial(value: DateLike | None) -> PartialDate | None:
    """Dates given in code (and older callers) as ``datetime.date`` are day-precise dates."""
    if value is None or isinstance(value, PartialDate):
        return value
    return PartialDate.of(value)


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

    __slots__ = ("amount", "at_least", "loc", "locs", "per", "text", "unit")

    def __init__(
        self,
        amount: int | float | None = None,
        unit: str | None = None,
        at_least: bool = False,
        text: str | None = None,
        per: Per | None = None,
        loc: Loc = NOWHERE,
        locs: dict[str, Mark] | None = None,
    ) -> None:
        self.amount = amount
        self.unit = unit
        self.at_least = at_least
        self.text = text
        self.per = per
        self.loc = loc
        self.locs = locs if locs is not None else {}

    def display(self, at_least_word: str = "minst", per_words: dict[Per, str] | None = None) -> str:
        """The wording as written (``text``), else 'minst 20 trafikkontroller [per år]'."""
        if self.text:
            return self.text
        parts = [at_least_word] if self.at_least else []
        if self.amount is not None:
            parts.append(format_number(self.amount))
        if self.unit:
            parts.append(self.unit)
        if self.per is not None:
            parts.append((per_words or PER_WORDS)[self.per])
        return " ".join(parts)


PER_WORDS = {Per.YEAR: "per år", Per.MONTH: "per månad", Per.WEEK: "per vecka", Per.DAY: "per dag"}


class FollowUp(Record):
    """An earlier follow-up round of an activity, kept when a later round is collected."""

    __slots__ = ("achieved", "date", "loc", "locs", "reason", "result", "status")

    def __init__(
        self,
        date: DateLike | None = None,
        status: Status | None = None,
        result: str | None = None,
        achieved: int | float | None = None,
        reason: str | None = None,
        loc: Loc = NOWHERE,
        locs: dict[str, Mark] | None = None,
    ) -> None:
        self.date = as_partial(date)
        self.status = status
        self.result = result
        self.achieved = achieved
        self.reason = reason
        self.loc = loc
        self.locs = locs if locs is not None else {}


class Activity(Record):
    __slots__ = (
        "achieved", "end", "followed_up", "frequency", "history", "id", "kind", "lead", "loc", "locs", "others",
        "participants", "place", "quantities", "reason", "result", "start", "status", "target_group", "text", "when",
    )  # fmt: skip

    def __init__(
        self,
        text: str = "",
        id: str | None = None,
        lead: list[ActorRef] | None = None,
        participants: list[ActorRef] | None = None,
        others: list[str] | None = None,
        kind: ActivityKind | None = None,
        when: str | None = None,
        start: DateLike | None = None,
        end: DateLike | None = None,
        frequency: str | None = None,
        quantity: list[Quantity] | Quantity | None = None,
        place: str | None = None,
        target_group: str | None = None,
        status: Status | None = None,
        result: str | None = None,
        achieved: int | float | None = None,
        reason: str | None = None,
        followed_up: DateLike | None = None,
        history: list[FollowUp] | None = None,
        loc: Loc = NOWHERE,
        locs: dict[str, Mark] | None = None,
    ) -> None:
        self.text = text
        self.id = id  # an explicit key, so that forms keep finding it when the text is corrected
        self.lead = lead if lead is not None else []
        self.participants = participants if participants is not None else []
        self.others = others if others is not None else []  # unnamed partners, as text: "andra aktörer"
        self.kind = kind
        self.when = when
        self.start = as_partial(start)
        self.end = as_partial(end)
        self.frequency = frequency
        self.quantities = [quantity] if isinstance(quantity, Quantity) else (quantity or [])
        self.place = place
        self.target_group = target_group
        self.status = status
        self.result = result
        self.achieved = achieved
        self.reason = reason
        self.followed_up = as_partial(followed_up)
        self.history = history if history is not None else []  # earlier rounds, oldest first
        self.loc = loc
        self.locs = locs if locs is not None else {}

    @property
    def quantity(self) -> Quantity | None:
        """The first promised quantity, which ``achieved`` is counted against."""
        return self.quantities[0] if self.quantities else None

    def achieved_display(self) -> str:
        """The achieved amount in the promised unit: "40 trafikkontroller"; "" when not given."""
        if self.achieved is None:
            return ""
        unit = self.quantity.unit if self.quantity is not None else None
        return f"{format_number(self.achieved)} {unit}" if unit else format_number(self.achieved)


class Commitment(Record):
    """Actors who together take on a list of activities."""

    __slots__ = ("activities", "actors", "examples", "loc", "locs", "others", "text", "title")

    def __init__(
        self,
        actors: list[ActorRef] | None = None,
        activities: list[Activity] | None = None,
        title: str | None = None,
        text: str | None = None,
        others: list[str] | None = None,
        examples: bool = False,
        loc: Loc = NOWHERE,
        locs: dict[str, Mark] | None = None,
    ) -> None:
        self.actors = actors if actors is not None else []
        self.activities = activities if activities is not None else []
        self.title = title
        self.text = text  # what the document says after the list
        self.others = others if others is not None else []
        self.examples = examples  # "exempel på insatser": the list is not complete
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
    """A group of promises: a problem area (the default), who promises, a place, or a plain
    list; one file in areas/. Its parts (``intro`` … ``follow_up``) follow ``parts`` when
    given, with ``headings`` as the document writes them."""

    __slots__ = (
        "causes", "commitments", "examples", "file", "follow_up", "goals", "headings", "intro", "kind", "label",
        "loc", "locs", "order", "parties", "parts", "period", "place", "situation", "title",
    )  # fmt: skip

    def __init__(
        self,
        title: str | None = None,
        kind: GroupKind = GroupKind.PROBLEM,
        label: str | None = None,
        order: int | None = None,
        place: str | None = None,
        period: Period | None = None,
        parties: list[ActorRef] | None = None,
        intro: str | None = None,
        situation: str | None = None,
        causes: list[str] | None = None,
        goals: list[Goal] | None = None,
        commitments: list[Commitment] | None = None,
        follow_up: str | None = None,
        examples: bool = False,
        headings: Headings | None = None,
        parts: list[PartRef] | None = None,
        file: str = "",
        loc: Loc = NOWHERE,
        locs: dict[str, Mark] | None = None,
    ) -> None:
        self.title = title
        self.kind = kind
        self.label = label  # the document's own numbering: "Löfte 1", "1."
        self.order = order
        self.place = place
        self.period = period  # its own period, when it differs from the promise's
        self.parties = parties if parties is not None else []  # who signed this group's promise
        self.intro = intro
        self.situation = situation
        self.causes = causes if causes is not None else []
        self.goals = goals if goals is not None else []
        self.commitments = commitments if commitments is not None else []
        self.follow_up = follow_up
        self.examples = examples
        self.headings = headings if headings is not None else {}
        self.parts = parts
        self.file = file
        self.loc = loc
        self.locs = locs if locs is not None else {}

    @property
    def activities(self) -> list[Activity]:
        return [a for c in self.commitments for a in c.activities]

    @property
    def name(self) -> str:
        """What tables and task lists call the group: its title, else its label, else the
        first commitment's title, else its first activity, shortened."""
        for text in (self.title, self.label, *(c.title for c in self.commitments)):
            if text:
                return text
        first = " ".join(next((a.text for a in self.activities), "").split())
        if len(first) <= 60:
            return first
        cut = first[:60].rsplit(" ", 1)[0] if " " in first[:60] else first[:59]
        return cut.rstrip(" ,;:–-") + "…"  # at a word's end

    @property
    def stem(self) -> str:
        """The file name without its suffix, as ``parts`` refers to it: '03-trafik'."""
        name = self.file.rsplit("/", 1)[-1]
        return name.rsplit(".", 1)[0] if "." in name else name


# A heading as the document writes it, or False: the part has no heading of its own.
Heading = str | bool
Headings = dict[str, Heading]


class PartRef:
    """An entry of ``parts`` as written: a part's key ('intro', 'promises'), a section's
    title, or 'areas/<file>'; kept with its location for the check across files."""

    __slots__ = ("loc", "text")

    def __init__(self, text: str, loc: Loc = NOWHERE) -> None:
        self.text = text
        self.loc = loc

    def __repr__(self) -> str:
        return f"PartRef({self.text!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PartRef) and self.text == other.text

    def __hash__(self) -> int:
        return hash(self.text)


class Period(Record):
    """The period a promise (or a group) covers, at the precision the document gives;
    open-ended ("tills vidare") or extended ("förlängt till 2019") where it says so."""

    __slots__ = ("end", "extended_to", "label", "loc", "locs", "start", "until_further_notice")

    def __init__(
        self,
        start: DateLike | None = None,
        end: DateLike | None = None,
        label: str | None = None,
        until_further_notice: bool = False,
        extended_to: DateLike | None = None,
        loc: Loc = NOWHERE,
        locs: dict[str, Mark] | None = None,
    ) -> None:
        self.start = as_partial(start)
        self.end = as_partial(end)
        self.label = label
        self.until_further_notice = until_further_notice
        self.extended_to = as_partial(extended_to)
        self.loc = loc
        self.locs = locs if locs is not None else {}

    @property
    def effective_end(self) -> PartialDate | None:
        """Where the promise really ends: the extension if there is one."""
        return self.extended_to or self.end

    @property
    def given(self) -> bool:
        return self.start is not None or self.end is not None


class Signature(Record):
    __slots__ = ("actor", "date", "loc", "locs", "name", "place", "title")

    def __init__(
        self,
        name: str = "",
        title: str | None = None,
        actor: ActorRef | None = None,
        date: DateLike | None = None,
        place: str | None = None,
        loc: Loc = NOWHERE,
        locs: dict[str, Mark] | None = None,
    ) -> None:
        self.name = name
        self.title = title
        self.actor = actor
        self.date = as_partial(date)
        self.place = place
        self.loc = loc
        self.locs = locs if locs is not None else {}


class Adoption(Record):
    """ "Kommunstyrelsen fastställde löftet den 19 mars 2020"; the date may be a month, or
    missing ("Vid kommunstyrelsens sammanträde …"), and ``text`` gives the wording."""

    __slots__ = ("by", "date", "loc", "locs", "text")

    def __init__(
        self,
        by: str = "",
        date: DateLike | None = None,
        text: str | None = None,
        loc: Loc = NOWHERE,
        locs: dict[str, Mark] | None = None,
    ) -> None:
        self.by = by
        self.date = as_partial(date)
        self.text = text
        self.loc = loc
        self.locs = locs if locs is not None else {}


class Section(Record):
    __slots__ = ("loc", "locs", "text", "title")

    def __init__(self, title: str = "", text: str = "", loc: Loc = NOWHERE, locs: dict[str, Mark] | None = None) -> None:
        self.title = title
        self.text = text
        self.loc = loc
        self.locs = locs if locs is not None else {}


class Logo(NamedTuple):
    """A theme's logo as read from its file: the bytes and their media type."""

    data: bytes
    media_type: str  # image/png, image/jpeg, image/gif, image/webp or image/svg+xml


class Theme(Record):
    """The municipality's own look without templates: a logo (a local image file, embedded),
    the accent colours, the footer text and the parties' names as they want them printed.
    ``image`` is the logo file's content, read with the data (None without a logo)."""

    __slots__ = ("colour", "footer", "image", "light_colour", "loc", "locs", "logo", "logo_text", "parties")

    def __init__(
        self,
        logo: str | None = None,
        logo_text: str | None = None,
        colour: str | None = None,
        light_colour: str | None = None,
        footer: str | None = None,
        parties: list[str] | None = None,
        loc: Loc = NOWHERE,
        locs: dict[str, Mark] | None = None,
    ) -> None:
        self.logo = logo  # a path, relative to the data folder (or to the theme file)
        self.logo_text = logo_text  # the logo's text alternative
        self.colour = colour  # '#rrggbb': headings, rules, marks
        self.light_colour = light_colour  # '#rrggbb': the contents' background
        self.footer = footer
        self.parties = parties if parties is not None else []
        self.image: Logo | None = None
        self.loc = loc
        self.locs = locs if locs is not None else {}


class Promise(Record):
    __slots__ = (
        "adopted", "dialogue", "follow_up", "goals", "headings", "intro", "loc", "locs", "municipality", "numbered",
        "parties", "partners", "parts", "period", "place", "police_area", "promises_intro", "purpose", "sections",
        "signatures", "situation", "source", "subtitle", "theme", "title",
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
        dialogue: str | None = None,
        sections: list[Section] | None = None,
        goals: list[Goal] | None = None,
        promises_intro: str | None = None,
        follow_up: str | None = None,
        signatures: list[Signature] | None = None,
        adopted: Adoption | None = None,
        source: str | None = None,
        headings: Headings | None = None,
        parts: list[PartRef] | None = None,
        numbered: bool = True,
        theme: Theme | None = None,
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
        self.dialogue = dialogue
        self.sections = sections if sections is not None else []
        self.goals = goals if goals is not None else []
        self.promises_intro = promises_intro
        self.follow_up = follow_up
        self.signatures = signatures if signatures is not None else []
        self.adopted = adopted
        self.source = source  # the published document's address
        self.headings = headings if headings is not None else {}
        self.parts = parts
        self.numbered = numbered  # False: the document does not number its problem areas
        self.theme = theme
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
    # Thousands grouped by a no-break space (1 234,5), decimals after a comma.
    return f"{value:,}".translate(_SWEDISH_DIGITS)


_SWEDISH_DIGITS = str.maketrans({",": "\u00a0", ".": ","})
