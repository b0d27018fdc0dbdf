"""What changed in the promise between two versions, in the model's own terms.

``compare`` is a pure function of two valid data sets. Groups are matched by content (how
alike their titles are and how many activities they share), never by file name; activities
by their words, first within a matched group, then across groups (an activity that moved).
References are compared as the actors they mean, so 'Polis' for 'Polisen' is no change.
Changes that only follow a new period (activity dates moved by the same step, the year in
the title) are told once, with the period. The same two inputs always give the same
changes, in document order.
"""

from __future__ import annotations

import calendar
import enum
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import NamedTuple, TypeVar

from medlofte.data.findings import Finding, Loc, Severity
from medlofte.data.loading import Dataset
from medlofte.data.model import (
    Activity,
    Actor,
    Adoption,
    Area,
    Commitment,
    Goal,
    PartialDate,
    Period,
    Promise,
    Quantity,
    Section,
    Signature,
    Status,
)
from medlofte.data.queries import involvement
from medlofte.data.registry import Registry
from medlofte.data.textblocks import blocks
from medlofte.data.textfold import fold

JSON_VERSION = 1

# How alike two texts must be (difflib's ratio of their folded characters) to be one thing.
REWORDED = 0.6  # an activity, goal or section text within the same group
MOVED = 0.75  # an activity found in another group
AREA_TITLE = 0.8  # titles this alike name the same group, whatever its activities
AREA_SHARED = 0.5  # groups sharing this much of their activities are one group, renamed
TOLD_WHOLE = 0.5  # a field's text that kept less than this share of its words is shown before and after


class Target(str, enum.Enum):
    """What a change is about."""

    DIRECTORY = "directory"  # a data directory on one side only
    PROMISE = "promise"
    SECTION = "section"
    GOAL = "goal"
    SIGNATURE = "signature"
    AREA = "area"
    COMMITMENT = "commitment"
    ACTIVITY = "activity"
    ACTOR = "actor"  # the registry, actors.yaml


class Kind(str, enum.Enum):
    """How it changed."""

    ADDED = "added"
    REMOVED = "removed"
    RENAMED = "renamed"  # a group's title
    REWORDED = "reworded"  # an activity's, goal's or section's text
    MOVED = "moved"  # an activity now in another group
    CHANGED = "changed"  # a field: ``field``, ``old`` and ``new``
    ACTORS = "actors"  # actors joining (``joined``) or leaving (``left``) an activity
    FOLLOW_UP = "follow-up"  # a follow-up field: status, result, achieved, reason, followed up, outcome


class Word(NamedTuple):
    """A piece of a reworded text: kept ('='), taken out ('-') or put in ('+')."""

    op: str
    text: str


class Signed(NamedTuple):
    """A signature as a change shows it: the actor by its name."""

    name: str
    title: str | None
    actor: str | None
    date: PartialDate | None
    place: str | None


class Role(NamedTuple):
    """An actor in an activity, as the newer registry names it when it can."""

    id: str
    name: str
    role: str  # "lead" or "participant"


# A field's value, as the model holds it.
Value = (
    str
    | int
    | float
    | bool
    | PartialDate
    | Period
    | Status
    | enum.Enum
    | tuple[Quantity, ...]
    | tuple[str, ...]
    | Adoption
    | Signed
    | None
)


@dataclass(frozen=True)
class Change:
    """One change. ``subject`` is what it is about as the document names it (the activity's
    text, the group's name, the actor's name); ``area`` the group it is in (its name now, or
    before when it went); ``loc`` where it is now, or was."""

    target: Target
    kind: Kind
    subject: str
    area: str | None = None
    field: str | None = None
    old: Value = None
    new: Value = None
    words: tuple[Word, ...] = ()
    joined: tuple[Role, ...] = ()
    left: tuple[Role, ...] = ()
    dates_moved: int = 0  # the period: activities whose dates moved by the same step
    years_moved: tuple[str, ...] = ()  # the period: fields whose years moved with it
    loc: Loc | None = None


@dataclass(frozen=True)
class DirectoryChanges:
    """One data directory compared: its names on both sides, the changes, and the findings
    of a side that is not valid (then nothing is compared)."""

    old_name: str
    new_name: str
    changes: list[Change] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    files: int = 0  # files read on the sides with findings
    invalid: tuple[str, ...] = ()  # the names of the sides that are not valid
    folder: str = ""  # the data directory as it was named, when both sides are the same one

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.ERROR)


@dataclass(frozen=True)
class Comparison:
    """Every data directory compared, between two sides named for people: 'HEAD',
    'the working tree', a folder. ``unchanged`` directories had the same files."""

    old_label: str
    new_label: str
    directories: list[DirectoryChanges]
    unchanged: int = 0

    @property
    def changes(self) -> int:
        return sum(len(d.changes) for d in self.directories)

    @property
    def errors(self) -> int:
        return sum(d.errors for d in self.directories)

    def exit_code(self, changed_fails: bool = False) -> int:
        """1 when a side is not valid, or (``--exit-code``) when something changed."""
        return 1 if self.errors or (changed_fails and self.changes) else 0


def compare_directories(
    old_name: str, new_name: str, old: Dataset | None, new: Dataset | None, folder: str = ""
) -> DirectoryChanges:
    """One directory: its change set, or the findings of a side that is not valid; ``None``
    is a side where the directory does not exist. ``folder`` names it when both sides are
    the same directory (at two revisions)."""
    if old is None and new is None:
        return DirectoryChanges(old_name, new_name, folder=folder)
    invalid = [d for d in (old, new) if d is not None and not d.ok]
    if invalid:
        findings = sorted((f for d in invalid for f in d.findings), key=Finding.sort_key)
        names = tuple(name for name, d in ((old_name, old), (new_name, new)) if d is not None and not d.ok)
        files = sum(d.files for d in invalid)
        return DirectoryChanges(old_name, new_name, findings=findings, files=files, invalid=names, folder=folder)
    if old is None or new is None:
        kind = Kind.ADDED if old is None else Kind.REMOVED
        change = Change(Target.DIRECTORY, kind, new_name if old is None else old_name)
        return DirectoryChanges(old_name, new_name, [change], folder=folder)
    return DirectoryChanges(old_name, new_name, compare(old, new), folder=folder)


# ---------------------------------------------------------------------------------------
# Text


_TOKENS = re.compile(r"\n\n|\s+|\w+|[^\w\s]", re.UNICODE)
PARAGRAPH = "\n\n"


def normal_text(text: str | None) -> str:
    """A text as the document shows it: paragraphs and list items, spacing folded; a text
    only rewrapped in the YAML is the same text."""
    if not text:
        return ""
    parts = []
    for block in blocks(text):
        if block.items:
            parts.append("\n".join("- " + " ".join(item.split()) for item in block.items))
        else:
            parts.append(" ".join(block.text.split()))
    return PARAGRAPH.join(parts)


def _tokens(text: str) -> list[str]:
    return [t if t == PARAGRAPH or not t.isspace() else (PARAGRAPH if "\n\n" in t else " ") for t in _TOKENS.findall(text)]


def word_changes(old: str, new: str, alike: float = 0.0) -> tuple[Word, ...]:
    """The words of ``new`` with those taken out of ``old`` and put in; a change that spans
    several words is one piece ('[-Medborgarlöfte 2023-]{+Malmö, Rosengård+}'). Texts less
    alike than ``alike`` (the share of words kept) give none: they are told whole."""
    import difflib

    a, b = _tokens(old), _tokens(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if alike and matcher.ratio() < alike:
        return ()
    # A stretch of changes with only spaces between them is one piece taken out and one
    # put in: (kept, taken out, put in) per stretch.
    pieces: list[list[str]] = []
    opcodes = matcher.get_opcodes()
    for n, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        kept, taken, put = ("".join(a[i1:i2]), "", "") if tag == "equal" else ("", "".join(a[i1:i2]), "".join(b[j1:j2]))
        between = kept.isspace() and kept != PARAGRAPH and 0 < n < len(opcodes) - 1
        if between and pieces and not pieces[-1][0]:
            taken = put = kept  # joins the changes on both of its sides
            kept = ""
        if not kept and pieces and not pieces[-1][0]:
            pieces[-1][1] += taken
            pieces[-1][2] += put
        else:
            pieces.append([kept, taken, put])
    out: list[Word] = []
    for kept, taken, put in pieces:
        for op, text in (("=", kept), ("-", taken), ("+", put)):
            if text:
                if out and out[-1].op == op:
                    out[-1] = Word(op, out[-1].text + text)
                else:
                    out.append(Word(op, text))
    return tuple(out)


class _Likeness:
    """difflib's ratio of two folded texts, with its cheap upper bounds tried first."""

    def __init__(self) -> None:
        import difflib

        self.matcher = difflib.SequenceMatcher(None, "", "", autojunk=False)

    def __call__(self, a: str, b: str, at_least: float) -> float:
        m = self.matcher
        m.set_seqs(a, b)
        if m.real_quick_ratio() < at_least or m.quick_ratio() < at_least:
            return 0.0
        return m.ratio()


T = TypeVar("T")


def pair(old: Sequence[T], new: Sequence[T], key: Callable[[T], str], threshold: float) -> dict[int, int]:
    """Old index -> new index: the same text first (in order), then the most alike texts at
    ``threshold`` or more, best first; ties go to the earlier ones."""
    found: dict[int, int] = {}
    by_text: dict[str, list[int]] = {}
    for j, item in enumerate(new):
        by_text.setdefault(key(item), []).append(j)
    for i, item in enumerate(old):
        waiting = by_text.get(key(item))
        if waiting:
            found[i] = waiting.pop(0)
    taken = set(found.values())
    like = _Likeness()
    scored = []
    for i, a in enumerate(old):
        if i in found:
            continue
        for j, b in enumerate(new):
            if j not in taken:
                score = like(key(a), key(b), threshold)
                if score >= threshold:
                    scored.append((-score, i, j))
    for _, i, j in sorted(scored):
        if i not in found and j not in taken:
            found[i] = j
            taken.add(j)
    return found


# ---------------------------------------------------------------------------------------
# The period, and what moves with it


class _Step(NamedTuple):
    """How a new period moved from the old one: by whole years when it starts on the same
    day of the year, else by days (as ``medlofte rollover`` moves dates)."""

    years: int
    days: int

    @classmethod
    def between(cls, old: Period, new: Period) -> _Step | None:
        if old.start is None or new.start is None or old.start == new.start:
            return None
        if (old.start.month, old.start.day) == (new.start.month, new.start.day):
            return cls(new.start.year - old.start.year, 0)
        return cls(0, (new.start.first() - old.start.first()).days)

    def apply(self, day: PartialDate) -> PartialDate | None:
        """The date moved by the step, at its precision; None when it cannot move so far."""
        if self.days:
            try:
                moved = day.first() + timedelta(days=self.days)
            except OverflowError:
                return None
            return PartialDate(
                moved.year, moved.month if day.month is not None else None, moved.day if day.day is not None else None
            )
        year = day.year + self.years
        if day.month == 2 and day.day == 29 and not calendar.isleap(year):  # 29 February into a common year
            return PartialDate(year, 2, 28)
        return PartialDate(year, day.month, day.day)

    def years_of(self, period: Period) -> dict[str, str]:
        """Each year of the old period -> the year it moved to, as text."""
        start, end = period.start, period.effective_end or period.start
        if start is None or end is None:
            return {}
        moved = {}
        for year in range(start.year, end.year + 1):
            to = self.apply(PartialDate(year, 6, 15))
            if to is not None:
                moved[str(year)] = str(to.year)
        return moved


def _only_years_moved(words: tuple[Word, ...], years: dict[str, str]) -> bool:
    """Whether a rewording only puts each year of the old period's place its moved year."""
    changed = [w for w in words if w.op != "="]
    if not changed or len(changed) % 2:
        return False
    return all(
        a.op == "-" and b.op == "+" and years.get(a.text) == b.text for a, b in zip(changed[::2], changed[1::2], strict=True)
    )


# ---------------------------------------------------------------------------------------
# Comparing


class _Actors:
    """The two registries side by side: which new actor each old one is (same id, else the
    same name), so references compare by the actor they mean."""

    def __init__(self, old: Registry, new: Registry) -> None:
        self.old, self.new = old, new
        by_id = {a.id: a for a in new.actors}
        by_name = {fold(a.name): a for a in new.actors}
        self.same: dict[int, Actor] = {}
        used: set[int] = set()
        for actor in old.actors:
            match = by_id.get(actor.id)
            if match is not None:
                self.same[id(actor)] = match
                used.add(id(match))
        for actor in old.actors:
            if id(actor) not in self.same:
                match = by_name.get(fold(actor.name))
                if match is not None and id(match) not in used:
                    self.same[id(actor)] = match
                    used.add(id(match))

    def key(self, actor: Actor, old: bool) -> str:
        if old:
            match = self.same.get(id(actor))
            return match.id if match is not None else f"\0{actor.id}"
        return actor.id

    def role(self, actor: Actor, old: bool, role: str) -> Role:
        shown = self.same.get(id(actor), actor) if old else actor
        return Role(shown.id, shown.name, role)


class _Side(NamedTuple):
    """One activity with where it is: its group (index), commitment and text key."""

    area: int
    commitment: Commitment
    activity: Activity
    key: str


def _activities(areas: list[Area]) -> list[_Side]:
    return [
        _Side(index, commitment, activity, fold(activity.text))
        for index, area in enumerate(areas)
        for commitment in area.commitments
        for activity in commitment.activities
    ]


class _Comparer:
    def __init__(self, old: Dataset, new: Dataset) -> None:
        assert old.promise is not None, "compare only valid data"
        assert new.promise is not None, "compare only valid data"
        self.old, self.new = old, new
        self.old_promise: Promise = old.promise
        self.new_promise: Promise = new.promise
        self.actors = _Actors(old.registry, new.registry)
        self.changes: list[Change] = []
        self.step = _Step.between(self.old_promise.period, self.new_promise.period)
        self.years = self.step.years_of(self.old_promise.period) if self.step else {}
        self.dates_moved: set[int] = set()
        self.years_moved: list[str] = []

    def add(self, change: Change) -> None:
        self.changes.append(change)

    # -- fields ---------------------------------------------------------------------------

    def text_field(
        self, target: Target, subject: str, area: str | None, name: str, old: str | None, new: str | None, where: Loc
    ) -> None:
        """A longer text: added, removed, or reworded (with the words)."""
        a, b = normal_text(old), normal_text(new)
        if a == b:
            return
        kind = Kind.FOLLOW_UP if name in FOLLOW_UP_FIELDS else Kind.CHANGED
        words = word_changes(a, b, TOLD_WHOLE) if a and b else ()
        if words and target is Target.PROMISE and name in ("title", "subtitle") and _only_years_moved(words, self.years):
            self.years_moved.append(name)
            return
        self.add(Change(target, kind, subject, area, name, a or None, b or None, words, loc=where))

    def value_field(self, target: Target, subject: str, area: str | None, name: str, old: Value, new: Value, where: Loc) -> None:
        if old == new:
            return
        kind = Kind.FOLLOW_UP if name in FOLLOW_UP_FIELDS else Kind.CHANGED
        self.add(Change(target, kind, subject, area, name, old, new, loc=where))

    def list_field(
        self, target: Target, subject: str, area: str | None, name: str, old: Iterable[str], new: Iterable[str], where: Loc
    ) -> None:
        """A list whose items count, not their order: causes, aliases, unnamed partners."""
        a, b = tuple(old), tuple(new)
        if {fold(x) for x in a} != {fold(x) for x in b}:
            self.add(Change(target, Kind.CHANGED, subject, area, name, a, b, loc=where))

    def period_field(
        self, target: Target, subject: str, area: str | None, old: Period | None, new: Period | None, where: Loc
    ) -> None:
        if _period_key(old) == _period_key(new):
            return
        if target is Target.AREA and self.step and old is not None and new is not None and _moved_period(old, new, self.step):
            self.years_moved.append(f"area:{subject}")
            return
        self.add(Change(target, Kind.CHANGED, subject, area, "period", old, new, loc=where))

    def actor_list(
        self,
        subject: str,
        name: str,
        old: list[Actor],
        new: list[Actor],
        where: Loc,
        target: Target = Target.PROMISE,
        area: str | None = None,
    ) -> None:
        """Parties, partners (of the promise or of a group): who joined and who left."""
        before = {self.actors.key(a, True): a for a in old}
        after = {self.actors.key(a, False): a for a in new}
        joined = tuple(self.actors.role(a, False, name) for k, a in after.items() if k not in before)
        left = tuple(self.actors.role(a, True, name) for k, a in before.items() if k not in after)
        if joined or left:
            self.add(Change(target, Kind.ACTORS, subject, area, name, joined=joined, left=left, loc=where))

    def headings(self, target: Target, subject: str, area: str | None, old: Promise | Area, new: Promise | Area) -> None:
        before, after = old.headings, new.headings
        for key in sorted(set(before) | set(after)):
            a, b = before.get(key), after.get(key)
            if a != b:
                self.add(Change(target, Kind.CHANGED, subject, area, f"headings.{key}", a, b, loc=new.where("headings")))
        old_parts = tuple(p.text for p in old.parts or [])
        new_parts = tuple(p.text for p in new.parts or [])
        if old_parts != new_parts:
            self.add(Change(target, Kind.CHANGED, subject, area, "parts", old_parts, new_parts, loc=new.where("parts")))

    # -- the promise ----------------------------------------------------------------------

    def promise(self) -> None:
        a, b = self.old_promise, self.new_promise
        subject = b.title
        for name in ("title", "subtitle", "municipality", "place", "police_area"):
            self.text_field(Target.PROMISE, subject, None, name, getattr(a, name), getattr(b, name), b.where(name))
        self.period_field(Target.PROMISE, subject, None, a.period, b.period, b.where("period"))
        for name in ("parties", "partners"):
            self.actor_list(
                subject,
                name,
                self.old.registry.resolve(getattr(a, name)),
                self.new.registry.resolve(getattr(b, name)),
                b.where(name),
            )
        for name in ("intro", "purpose", "situation", "dialogue", "promises_intro", "follow_up", "source"):
            self.text_field(Target.PROMISE, subject, None, name, getattr(a, name), getattr(b, name), b.where(name))
        self.sections(a.sections, b.sections)
        self.goals(a.goals, b.goals, None)
        self.signatures(a.signatures, b.signatures)
        self.value_field(Target.PROMISE, subject, None, "adopted", a.adopted, b.adopted, b.where("adopted"))
        self.value_field(Target.PROMISE, subject, None, "numbered", a.numbered, b.numbered, b.where("numbered"))
        self.headings(Target.PROMISE, subject, None, a, b)

    def sections(self, old: list[Section], new: list[Section]) -> None:
        by_title = pair(old, new, lambda s: fold(s.title), 1.0)
        rest_old = [i for i in range(len(old)) if i not in by_title]
        rest_new = [j for j in range(len(new)) if j not in by_title.values()]
        by_text = pair([old[i] for i in rest_old], [new[j] for j in rest_new], lambda s: normal_text(s.text), REWORDED)
        pairs = dict(by_title) | {rest_old[i]: rest_new[j] for i, j in by_text.items()}
        back = {j: i for i, j in pairs.items()}
        for j, section in enumerate(new):
            if j not in back:
                self.add(Change(Target.SECTION, Kind.ADDED, section.title, loc=section.loc))
                continue
            before = old[back[j]]
            self.text_field(Target.SECTION, section.title, None, "title", before.title, section.title, section.where("title"))
            a, b = normal_text(before.text), normal_text(section.text)
            if a != b:
                self.add(
                    Change(
                        Target.SECTION,
                        Kind.REWORDED,
                        section.title,
                        None,
                        "text",
                        a,
                        b,
                        word_changes(a, b),
                        loc=section.where("text"),
                    )
                )
        for i, section in enumerate(old):
            if i not in pairs:
                self.add(Change(Target.SECTION, Kind.REMOVED, section.title, loc=section.loc))

    def goals(self, old: list[Goal], new: list[Goal], area: str | None) -> None:
        pairs = pair(old, new, lambda g: fold(g.text), REWORDED)
        back = {j: i for i, j in pairs.items()}
        for j, goal in enumerate(new):
            if j not in back:
                self.add(Change(Target.GOAL, Kind.ADDED, goal.text, area, loc=goal.loc))
                continue
            before = old[back[j]]
            a, b = normal_text(before.text), normal_text(goal.text)
            if a != b:
                self.add(Change(Target.GOAL, Kind.REWORDED, goal.text, area, "text", a, b, word_changes(a, b), loc=goal.loc))
            for name in ("indicator", "unit", "baseline", "target", "source", "outcome", "comment"):
                self.value_field(Target.GOAL, goal.text, area, name, getattr(before, name), getattr(goal, name), goal.where(name))
        for i, goal in enumerate(old):
            if i not in pairs:
                self.add(Change(Target.GOAL, Kind.REMOVED, goal.text, area, loc=goal.loc))

    def signatures(self, old: list[Signature], new: list[Signature]) -> None:
        pairs = pair(old, new, lambda s: fold(s.name), 1.0)
        back = {j: i for i, j in pairs.items()}
        for j, signature in enumerate(new):
            after = self._signed(signature, False)
            if j not in back:
                self.add(Change(Target.SIGNATURE, Kind.ADDED, signature.name, new=after, loc=signature.loc))
                continue
            before = self._signed(old[back[j]], True)
            for name in ("title", "actor", "date", "place"):
                self.value_field(
                    Target.SIGNATURE,
                    signature.name,
                    None,
                    name,
                    getattr(before, name),
                    getattr(after, name),
                    signature.where(name),
                )
        for i, signature in enumerate(old):
            if i not in pairs:
                self.add(
                    Change(Target.SIGNATURE, Kind.REMOVED, signature.name, old=self._signed(signature, True), loc=signature.loc)
                )

    def _signed(self, signature: Signature, old: bool) -> Signed:
        """The signature with its actor's name (as the newer registry has it, when it can)."""
        registry = self.old.registry if old else self.new.registry
        actor = registry.get(signature.actor.text) if signature.actor else None
        name = self.actors.role(actor, old, "").name if actor is not None else None
        return Signed(signature.name, signature.title, name, signature.date, signature.place)

    # -- groups -----------------------------------------------------------------------------

    def areas(self) -> None:
        old_areas, new_areas = self.old.areas, self.new.areas
        old_acts, new_acts = _activities(old_areas), _activities(new_areas)
        # 1. The same id, or the same text (preferably in a group of the same name).
        same = self._same_text(old_acts, new_acts, old_areas, new_areas)
        # 2. Groups, by title and by the activities they share.
        areas = _match_areas(old_areas, new_areas, old_acts, new_acts, same)
        # 3. Reworded within a group, then moved across groups.
        acts = dict(same)
        for i, j in sorted(areas.items()):
            olds = [k for k, s in enumerate(old_acts) if s.area == i and k not in acts]
            taken = set(acts.values())
            news = [k for k, s in enumerate(new_acts) if s.area == j and k not in taken]
            for a, b in pair([old_acts[k] for k in olds], [new_acts[k] for k in news], _key, REWORDED).items():
                acts[olds[a]] = news[b]
        olds = [k for k in range(len(old_acts)) if k not in acts]
        taken = set(acts.values())
        news = [k for k in range(len(new_acts)) if k not in taken]
        for a, b in pair([old_acts[k] for k in olds], [new_acts[k] for k in news], _key, MOVED).items():
            acts[olds[a]] = news[b]
        back = {j: i for i, j in acts.items()}
        matched_back = {j: i for i, j in areas.items()}

        for j, area in enumerate(new_areas):
            was = matched_back.get(j)
            if was is None:
                self.add(Change(Target.AREA, Kind.ADDED, area.name, area.name, loc=area.loc))
                self.goals([], area.goals, area.name)
            else:
                self.area_fields(old_areas[was], area)
                self.goals(old_areas[was].goals, area.goals, area.name)
                self.commitments(old_areas[was], area, old_acts, new_acts, acts)
            for k, side in enumerate(new_acts):
                if side.area != j:
                    continue
                if k not in back:
                    self.add(
                        Change(
                            Target.ACTIVITY,
                            Kind.ADDED,
                            side.activity.text,
                            area.name,
                            joined=self.roles(side, False),
                            loc=side.activity.loc,
                        )
                    )
                else:
                    self.activity(old_acts[back[k]], side, old_areas, area, areas)
            if was is not None:
                self.removed_activities(old_acts, acts, was, area.name)
        for i, area in enumerate(old_areas):
            if i not in areas:
                self.add(Change(Target.AREA, Kind.REMOVED, area.name, area.name, loc=area.loc))
                self.removed_activities(old_acts, acts, i, area.name)

    def _same_text(
        self, old_acts: list[_Side], new_acts: list[_Side], old_areas: list[Area], new_areas: list[Area]
    ) -> dict[int, int]:
        """Activities of the same text, in a group of the same name first, then in order."""
        # An activity's id (given by medlofte forms) is its key, whatever its text became.
        ids = {side.activity.id: k for k, side in enumerate(new_acts) if side.activity.id}
        found = {k: ids[side.activity.id] for k, side in enumerate(old_acts) if side.activity.id in ids}
        taken = set(found.values())
        by_text: dict[str, list[int]] = {}
        for k, side in enumerate(new_acts):
            if k not in taken:
                by_text.setdefault(side.key, []).append(k)
        for prefer_same_name in (True, False):
            for k, side in enumerate(old_acts):
                if k in found:
                    continue
                waiting = by_text.get(side.key, [])
                for n in waiting:
                    if not prefer_same_name or fold(new_areas[new_acts[n].area].name) == fold(old_areas[side.area].name):
                        found[k] = n
                        waiting.remove(n)
                        break
        return found

    def removed_activities(self, old_acts: list[_Side], acts: dict[int, int], area: int, name: str) -> None:
        for k, side in enumerate(old_acts):
            if side.area == area and k not in acts:
                self.add(
                    Change(
                        Target.ACTIVITY,
                        Kind.REMOVED,
                        side.activity.text,
                        name,
                        left=self.roles(side, True),
                        loc=side.activity.loc,
                    )
                )

    def area_fields(self, old: Area, new: Area) -> None:
        name = new.name
        if fold(old.title or "") != fold(new.title or "") and (old.title or new.title):
            self.add(Change(Target.AREA, Kind.RENAMED, name, name, "title", old.title, new.title, loc=new.where("title")))
        for key in ("kind", "label", "order", "examples"):
            self.value_field(Target.AREA, name, name, key, getattr(old, key), getattr(new, key), new.where(key))
        self.text_field(Target.AREA, name, name, "place", old.place, new.place, new.where("place"))
        self.period_field(Target.AREA, name, name, old.period, new.period, new.where("period"))
        for key in ("intro", "situation"):
            self.text_field(Target.AREA, name, name, key, getattr(old, key), getattr(new, key), new.where(key))
        self.list_field(Target.AREA, name, name, "causes", old.causes, new.causes, new.where("causes"))
        old_parties, new_parties = self.old.registry.resolve(old.parties), self.new.registry.resolve(new.parties)
        self.actor_list(name, "parties", old_parties, new_parties, new.where("parties"), Target.AREA, name)
        self.text_field(Target.AREA, name, name, "follow_up", old.follow_up, new.follow_up, new.where("follow_up"))
        self.headings(Target.AREA, name, name, old, new)

    def commitments(self, old: Area, new: Area, old_acts: list[_Side], new_acts: list[_Side], acts: dict[int, int]) -> None:
        """A group's commitments, paired by the activities they share, else by position;
        their own words (title, text after the list, unnamed partners) compared."""
        votes: dict[tuple[int, int], int] = {}
        old_index = {id(c): n for n, c in enumerate(old.commitments)}
        new_index = {id(c): n for n, c in enumerate(new.commitments)}
        for k, j in acts.items():
            was, now = id(old_acts[k].commitment), id(new_acts[j].commitment)
            if was in old_index and now in new_index:
                vote = (old_index[was], new_index[now])
                votes[vote] = votes.get(vote, 0) + 1
        pairs: dict[int, int] = {}
        for (a, b), _ in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0])):
            if a not in pairs and b not in pairs.values():
                pairs[a] = b
        for n in range(min(len(old.commitments), len(new.commitments))):
            if n not in pairs and n not in pairs.values():
                pairs[n] = n
        back = {b: a for a, b in pairs.items()}
        for b, commitment in enumerate(new.commitments):
            subject = self._commitment_name(commitment, False)
            if b not in back:
                if commitment.title or commitment.text:
                    self.add(Change(Target.COMMITMENT, Kind.ADDED, subject, new.name, loc=commitment.loc))
                continue
            before = old.commitments[back[b]]
            for key in ("title", "text"):
                self.text_field(
                    Target.COMMITMENT,
                    subject,
                    new.name,
                    key,
                    getattr(before, key),
                    getattr(commitment, key),
                    commitment.where(key),
                )
            self.list_field(
                Target.COMMITMENT, subject, new.name, "others", before.others, commitment.others, commitment.where("others")
            )
            self.value_field(
                Target.COMMITMENT,
                subject,
                new.name,
                "examples",
                before.examples,
                commitment.examples,
                commitment.where("examples"),
            )
        for a, commitment in enumerate(old.commitments):
            if a not in pairs and (commitment.title or commitment.text):
                self.add(
                    Change(Target.COMMITMENT, Kind.REMOVED, self._commitment_name(commitment, True), new.name, loc=commitment.loc)
                )

    def _commitment_name(self, commitment: Commitment, old: bool) -> str:
        if commitment.title:
            return commitment.title
        registry = self.old.registry if old else self.new.registry
        return ", ".join(self.actors.role(a, old, "").name for a in registry.resolve(commitment.actors))

    # -- activities ---------------------------------------------------------------------------

    def roles(self, side: _Side, old: bool) -> tuple[Role, ...]:
        registry = self.old.registry if old else self.new.registry
        inv = involvement(registry, side.commitment, side.activity)
        return tuple(self.actors.role(a, old, "lead") for a in inv.leads) + tuple(
            self.actors.role(a, old, "participant") for a in inv.participants
        )

    def activity(self, before: _Side, after: _Side, old_areas: list[Area], area: Area, areas: dict[int, int]) -> None:
        a, b = before.activity, after.activity
        subject, name = b.text, area.name
        text_a, text_b = normal_text(a.text), normal_text(b.text)
        words = word_changes(text_a, text_b) if text_a != text_b else ()
        if areas.get(before.area) != after.area:
            old_name = old_areas[before.area].name
            self.add(Change(Target.ACTIVITY, Kind.MOVED, subject, name, "area", old_name, name, words, loc=b.loc))
        elif words:
            self.add(Change(Target.ACTIVITY, Kind.REWORDED, subject, name, "text", text_a, text_b, words, loc=b.where("text")))
        for key in ("when", "frequency", "place", "target_group"):
            self.text_field(Target.ACTIVITY, subject, name, key, getattr(a, key), getattr(b, key), b.where(key))
        self.value_field(Target.ACTIVITY, subject, name, "kind", a.kind, b.kind, b.where("kind"))
        for key in ("start", "end"):
            old_day, new_day = getattr(a, key), getattr(b, key)
            if old_day != new_day and old_day is not None and self.step is not None and self.step.apply(old_day) == new_day:
                self.dates_moved.add(id(b))
                continue
            self.value_field(Target.ACTIVITY, subject, name, key, old_day, new_day, b.where(key))
        old_q, new_q = tuple(a.quantities), tuple(b.quantities)
        if [_quantity_key(q) for q in old_q] != [_quantity_key(q) for q in new_q]:
            self.add(Change(Target.ACTIVITY, Kind.CHANGED, subject, name, "quantity", old_q, new_q, loc=b.where("quantity")))
        self.list_field(Target.ACTIVITY, subject, name, "others", a.others, b.others, b.where("others"))
        old_roles, new_roles = self.roles(before, True), self.roles(after, False)
        if set(old_roles) != set(new_roles):
            joined = tuple(r for r in new_roles if r not in old_roles)
            left = tuple(r for r in old_roles if r not in new_roles)
            self.add(Change(Target.ACTIVITY, Kind.ACTORS, subject, name, "actors", joined=joined, left=left, loc=b.loc))
        self.value_field(Target.ACTIVITY, subject, name, "status", a.status, b.status, b.where("status"))
        self.text_field(Target.ACTIVITY, subject, name, "result", a.result, b.result, b.where("result"))
        self.value_field(Target.ACTIVITY, subject, name, "achieved", a.achieved, b.achieved, b.where("achieved"))
        self.text_field(Target.ACTIVITY, subject, name, "reason", a.reason, b.reason, b.where("reason"))
        self.value_field(Target.ACTIVITY, subject, name, "followed_up", a.followed_up, b.followed_up, b.where("followed_up"))
        if a.history != b.history:  # earlier rounds, kept by medlofte collect: told as how many
            self.add(
                Change(
                    Target.ACTIVITY,
                    Kind.FOLLOW_UP,
                    subject,
                    name,
                    "history",
                    len(a.history),
                    len(b.history),
                    loc=b.where("history"),
                )
            )

    # -- the registry -------------------------------------------------------------------------

    def registry(self) -> None:
        old_actors, new_actors = self.old.registry.actors, self.new.registry.actors
        matched = {id(m) for m in self.actors.same.values()}
        back = {id(m): a for a in old_actors if (m := self.actors.same.get(id(a))) is not None}
        for actor in new_actors:
            if id(actor) not in matched:
                self.add(Change(Target.ACTOR, Kind.ADDED, actor.name, loc=actor.loc))
                continue
            before = back[id(actor)]
            for key in ("id", "name", "short", "type", "contact"):
                self.value_field(Target.ACTOR, actor.name, None, key, getattr(before, key), getattr(actor, key), actor.where(key))
            self.list_field(Target.ACTOR, actor.name, None, "aliases", before.aliases, actor.aliases, actor.where("aliases"))
            old_members = [self.actors.role(m, True, "").name for m in self.old.registry.resolve(before.members)]
            new_members = [m.name for m in self.new.registry.resolve(actor.members)]
            self.list_field(Target.ACTOR, actor.name, None, "members", old_members, new_members, actor.where("members"))
        for actor in old_actors:
            if id(actor) not in self.actors.same:
                self.add(Change(Target.ACTOR, Kind.REMOVED, actor.name, loc=actor.loc))

    def run(self) -> list[Change]:
        self.promise()
        start = len(self.changes)
        self.areas()
        self.registry()
        if self.dates_moved or self.years_moved:
            self._tell_with_period(start)
        return self.changes

    def _tell_with_period(self, areas_start: int) -> None:
        """What moved with the period goes on the period's change."""
        years = tuple(self.years_moved)
        for n, change in enumerate(self.changes[:areas_start]):
            if change.target is Target.PROMISE and change.field == "period":
                self.changes[n] = _with(change, len(self.dates_moved), years)
                return


def _with(change: Change, dates: int, years: tuple[str, ...]) -> Change:
    return Change(
        change.target, change.kind, change.subject, change.area, change.field, change.old, change.new,
        change.words, change.joined, change.left, dates, years, change.loc,
    )  # fmt: skip


def _key(side: _Side) -> str:
    return side.key


def _quantity_key(q: Quantity) -> tuple[object, ...]:
    return (q.amount, q.unit, q.at_least, q.text, q.per)


def _period_key(period: Period | None) -> tuple[object, ...]:
    if period is None or not (period.given or period.until_further_notice or period.label):
        return ()
    return (period.start, period.end, period.label, period.until_further_notice, period.extended_to)


def _moved_period(old: Period, new: Period, step: _Step) -> bool:
    """A group's own period moved by the promise's step, with its label's years."""
    for a, b in ((old.start, new.start), (old.end, new.end), (old.extended_to, new.extended_to)):
        if (a is None) != (b is None) or (a is not None and step.apply(a) != b):
            return False
    return old.until_further_notice == new.until_further_notice and (old.label or "") == (new.label or "")


FOLLOW_UP_FIELDS = frozenset({"status", "result", "achieved", "reason", "followed_up", "history", "outcome", "comment"})


def _match_areas(
    old_areas: list[Area], new_areas: list[Area], old_acts: list[_Side], new_acts: list[_Side], same: dict[int, int]
) -> dict[int, int]:
    """Old group -> new group: titles alike, or many activities shared (a renamed group).
    Groups left over on both sides are tried once more with activities that are alike."""
    like = _Likeness()
    sizes_old = [0] * len(old_areas)
    sizes_new = [0] * len(new_areas)
    for side in old_acts:
        sizes_old[side.area] += 1
    for side in new_acts:
        sizes_new[side.area] += 1

    def shared(pairs: Iterable[tuple[int, int]]) -> dict[tuple[int, int], int]:
        counts: dict[tuple[int, int], int] = {}
        for k, n in pairs:
            key = (old_acts[k].area, new_acts[n].area)
            counts[key] = counts.get(key, 0) + 1
        return counts

    def choose(candidates: Iterable[tuple[int, int]], counts: dict[tuple[int, int], int], found: dict[int, int]) -> None:
        scored = []
        for i, j in candidates:
            title = like(fold(old_areas[i].name), fold(new_areas[j].name), 0.5)
            total = sizes_old[i] + sizes_new[j]
            overlap = 2 * counts.get((i, j), 0) / total if total else 0.0
            if title >= AREA_TITLE or overlap >= AREA_SHARED or (title >= 0.5 and overlap >= AREA_SHARED / 2):
                scored.append((-(title + overlap), i, j))
        taken = set(found.values())
        for _, i, j in sorted(scored):
            if i not in found and j not in taken:
                found[i] = j
                taken.add(j)

    found: dict[int, int] = {}
    everything = [(i, j) for i in range(len(old_areas)) for j in range(len(new_areas))]
    choose(everything, shared(same.items()), found)
    rest_old = [i for i in range(len(old_areas)) if i not in found]
    rest_new = [j for j in range(len(new_areas)) if j not in found.values()]
    if rest_old and rest_new:
        paired_new = set(same.values())
        alike: list[tuple[int, int]] = []
        for i in rest_old:
            olds = [k for k, s in enumerate(old_acts) if s.area == i and k not in same]
            for j in rest_new:
                news = [n for n, s in enumerate(new_acts) if s.area == j and n not in paired_new]
                found_here = pair([old_acts[k] for k in olds], [new_acts[n] for n in news], _key, REWORDED)
                alike += [(olds[a], news[b]) for a, b in found_here.items()]
        counts = shared(list(same.items()) + alike)
        choose([(i, j) for i in rest_old for j in rest_new], counts, found)
    return found


def compare(old: Dataset, new: Dataset) -> list[Change]:
    """Every change from ``old`` to ``new`` (both valid), in document order: the promise,
    then group by group (the groups that went last), then the actor registry."""
    return _Comparer(old, new).run()
