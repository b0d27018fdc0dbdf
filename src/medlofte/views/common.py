"""What the documents share: labelled facts, goals, the contents, anchors, and the walk over
each area's commitments that both the promise and its follow-up make."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import NamedTuple

from medlofte.data.model import Activity, Actor, Area, Commitment, Goal, GroupKind, Headings, Per, Promise, Section, format_number
from medlofte.data.queries import Involvement, involvement
from medlofte.data.registry import Registry
from medlofte.data.textfold import fold, slugify
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


FIXED_ANCHORS = (
    "innehall",
    "innehallet",
    "mal",
    "omraden",
    "oversikt",
    "uppfoljning",
    "samarbete",
    "underskrifter",
    "forandringar",
)


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


# ---------------------------------------------------------------------------------------
# Facts the sentence already states are not printed a second time.


def in_sentence(value: str, text: str) -> bool:
    """Whether ``text`` states ``value`` in so many words (case and spacing aside), as
    "minst tjugo trafikkontroller" or "(Polis)" are stated inside the document's sentence:
    the folded value inside the folded text, with no letter or digit joined to either end
    (what ``(?<!\\w)value(?!\\w)`` finds, without a pattern per value)."""
    wanted = _folded(value)
    if not wanted:
        return False
    said = _folded(text)
    start = said.find(wanted)
    while start >= 0:
        end = start + len(wanted)
        if not (start and _is_word(said[start - 1])) and not (end < len(said) and _is_word(said[end])):
            return True
        start = said.find(wanted, start + 1)
    return False


@functools.lru_cache(maxsize=4096)
def _folded(text: str) -> str:
    """``fold`` of a text asked about again and again (a sentence, a name), once."""
    return fold(text)


def _is_word(char: str) -> bool:
    """What the regular expression ``\\w`` matches: a letter, a digit or an underscore."""
    return char.isalnum() or char == "_"


def names_in(actor: Actor, text: str) -> bool:
    """Whether the sentence names the actor by any of its names."""
    return any(in_sentence(name, text) for name in actor.names)


def activity_facts(activity: Activity, labels: Labels) -> list[Fact]:
    """The activity's facts given as data (quantity, when, where …), each left out when the
    activity's own sentence already states it."""
    deadline = ""
    if activity.start and activity.end:
        dates = labels.period(activity.start, activity.end)
    elif activity.end:  # an end alone is a deadline: "Klart senast: juni 2024"
        dates, deadline = "", labels.date(activity.end)
    else:
        dates = labels.date(activity.start) if activity.start else ""
    per = {unit: labels.per(unit) for unit in Per}
    quantities = [q.display(labels["at_least"], per) for q in activity.quantities]
    facts = [
        *(("quantity", q) for q in quantities),
        ("when", activity.when or ""),
        ("dates", dates),
        ("deadline", deadline),
        ("frequency", activity.frequency or ""),
        ("place", activity.place or ""),
        ("target_group", activity.target_group or ""),
    ]
    return [Fact(labels[k], v) for k, v in facts if v and not in_sentence(v, activity.text)]


def roles(inv: Involvement, commitment_actors: list[str], activity: Activity, labels: Labels) -> list[Fact]:
    """Who leads and who takes part, where it differs from the commitment's heading and the
    sentence does not already say it ("(Polis)", "tillsammans med civilsamhället")."""
    facts = []
    if [a.name for a in inv.leads] != commitment_actors:
        leads = [a.name for a in inv.leads if not names_in(a, activity.text)]
        if leads:
            facts.append(Fact(labels["lead" if len(leads) == 1 else "leads"], labels.join(leads)))
    taking_part = [a.name for a in inv.participants if not names_in(a, activity.text)]
    taking_part += [o for o in activity.others if not in_sentence(o, activity.text)]
    if taking_part:
        facts.append(Fact(labels["participants"], labels.join(taking_part)))
    return facts


def actors_line(names: list[str], actors: list[Actor], title: str | None) -> str | None:
    """The commitment's actors, unless its heading already says that they promise: it
    names every one of them and begins with one ("Polisen och kommunen lovar att:"), as
    opposed to "För att öka tillgängligheten till polisen lovar vi", which names no one
    who promises."""
    if title and actors and all(names_in(a, title) for a in actors):
        opening = " ".join(title.casefold().split())
        if any(opening.startswith(" ".join(n.casefold().split())) for a in actors for n in a.names):
            return None
    return None if not names else ", ".join(names)


# ---------------------------------------------------------------------------------------
# The document's own order: which part comes where.


class Slot(NamedTuple):
    """One place in the document: a part's key ('intro', 'goals' …), or 'section' with the
    section, or 'promises' with the groups shown there."""

    key: str
    section: Section | None = None
    areas: tuple[Area, ...] = ()


PROMISE_ORDER = (
    "intro",
    "purpose",
    "situation",
    "dialogue",
    "sections",
    "goals",
    "promises",
    "overview",
    "follow_up",
    "partners",
    "signatures",
)
AREA_ORDER = ("intro", "situation", "causes", "goals", "commitments", "follow_up")


def promise_slots(promise: Promise, areas: list[Area]) -> list[Slot]:
    """The parts of the promise in the document's order (``parts``), or in the default one.

    Areas named in ``parts`` by their file stand where they are named; the others stand
    together where ``promises`` is. Names that match nothing were refused by validation.
    """
    refs = list(PROMISE_ORDER) if promise.parts is None else [ref.text for ref in promise.parts]
    by_title = {fold(s.title): s for s in promise.sections}
    by_file = {fold(f"areas/{a.stem}"): a for a in areas} | {fold(f"areas/{a.file.rsplit('/', 1)[-1]}"): a for a in areas}
    named_sections = {id(by_title[fold(r)]) for r in refs if fold(r) in by_title and fold(r) not in PROMISE_ORDER}
    named_areas = {id(by_file[fold(r)]) for r in refs if fold(r) in by_file}
    slots: list[Slot] = []
    for ref in refs:
        key = fold(ref)
        if key == "sections":
            slots += [Slot("section", s) for s in promise.sections if id(s) not in named_sections]
        elif key == "promises":
            slots.append(Slot("promises", areas=tuple(a for a in areas if id(a) not in named_areas)))
        elif key in PROMISE_ORDER:
            slots.append(Slot(key))
        elif key in by_title:
            slots.append(Slot("section", by_title[key]))
        elif key in by_file:
            if slots and slots[-1].key == "placed":  # areas named one after another stand together
                slots[-1] = Slot("placed", areas=(*slots[-1].areas, by_file[key]))
            else:
                slots.append(Slot("placed", areas=(by_file[key],)))
    return slots


def area_slots(area: Area) -> list[str]:
    return list(AREA_ORDER) if area.parts is None else [fold(ref.text) for ref in area.parts if fold(ref.text) in AREA_ORDER]


def heading(headings: Headings, key: str, default: str) -> str | None:
    """The part's heading: the document's own, none when it is ``false``, else the default."""
    given = headings.get(key)
    if given is False:
        return None
    return given if isinstance(given, str) else default


def numbered(areas: list[Area], numbers: bool = True) -> dict[int, int]:
    """Problem areas are numbered 1, 2, … unless the document numbers its groups itself or
    does not number them at all (``numbers`` false: ``numbered: false`` in the data)."""
    if not numbers or any(a.label for a in areas):
        return {}
    out: dict[int, int] = {}
    for area in areas:
        if area.kind is GroupKind.PROBLEM:
            out[id(area)] = len(out) + 1
    return out


def area_heading(area: Area, number: int | None) -> str | None:
    """'1. Nedskräpning', 'Löfte 1', 'Löfte 1 Trafik', 'Polisen lovar att:' — or none."""
    prefix = f"{number}." if number is not None else area.label
    parts = [p for p in (prefix, area.title) if p]
    return " ".join(parts) if parts else None


def promises_heading(promise: Promise, areas: list[Area], labels: Labels) -> str | None:
    default = labels["areas_heading"] if all(a.kind is GroupKind.PROBLEM for a in areas) else labels["promises"]
    return heading(promise.headings, "promises", default)
