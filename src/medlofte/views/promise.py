"""The yearly document as a view: plain values the templates print without computing anything.

The document is a sequence of parts in the document's own order (``parts`` in the data, or
the default), each with the heading the document gives it. Building it is a pure function
of valid data; ``output.document`` renders it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from medlofte import __version__
from medlofte.data.loading import Dataset
from medlofte.data.model import Area, GroupKind, Promise, Signature
from medlofte.data.queries import activities
from medlofte.data.registry import Registry
from medlofte.data.textblocks import Block, blocks
from medlofte.data.textfold import slugify, swedish_key
from medlofte.views.common import (
    Anchors,
    Fact,
    GoalView,
    TocEntry,
    activity_facts,
    actors_line,
    area_commitments,
    area_heading,
    area_slots,
    fact_line,
    goal_view,
    heading,
    in_sentence,
    names_in,
    numbered,
    promise_slots,
    promises_heading,
    roles,
)
from medlofte.views.labels import Labels

if TYPE_CHECKING:
    from medlofte.views.changetext import ChangeSection, Group


@dataclass(frozen=True)
class ActivityView:
    text: str
    roles: list[Fact]  # who leads and who takes part, when it differs from the commitment
    facts: list[Fact]  # quantity, when, where …, unless the sentence states them

    @property
    def lines(self) -> list[str]:
        """The details as plain lines, for Markdown."""
        return [fact_line(group) for group in (self.roles, self.facts) if group]


@dataclass(frozen=True)
class CommitmentView:
    title: str | None
    actors: str | None  # the actors' names; None when the title already names them
    activities: list[ActivityView]
    text: list[Block] = field(default_factory=list)  # what the document says after the list


@dataclass(frozen=True)
class AreaPart:
    """One part of a group: 'intro', 'situation', 'causes', 'goals', 'commitments' or
    'follow_up', with its heading (None: none of its own)."""

    key: str
    title: str | None
    blocks: list[Block] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    goals: list[GoalView] = field(default_factory=list)
    commitments: list[CommitmentView] = field(default_factory=list)


@dataclass(frozen=True)
class AreaView:
    number: int  # position among all groups, for the overview's columns
    anchor: str
    title: str  # what the group is called in tables and the contents
    heading: str | None  # the whole heading: '1. Nedskräpning', 'Löfte 1', none for a list
    auto_number: int | None  # the number medlofte gives a problem area ('1' of '1. Nedskräpning')
    label: str | None  # the document's own numbering ('Löfte 1', '1.')
    own_title: str | None  # the title as written; None for a list without one
    place: str | None
    parties: str | None  # who signed this group's promise, unless its heading or texts say so
    parts: list[AreaPart]
    situation: list[Block]
    causes: list[str]
    goals: list[GoalView]
    commitments: list[CommitmentView]


@dataclass(frozen=True)
class OverviewRow:
    actor: str
    cells: list[str]  # "lead", "participant" or "" per area
    areas: list[tuple[str, str]]  # (title, "lead" or "participant") of the areas it takes part in


@dataclass(frozen=True)
class SignatureView:
    name: str
    title: str | None
    actor: str | None
    place_and_date: str | None

    @property
    def lines(self) -> list[str]:
        return [x for x in (self.title, self.actor, self.place_and_date) if x]


@dataclass(frozen=True)
class SectionView:
    anchor: str
    title: str
    blocks: list[Block]


@dataclass(frozen=True)
class Part:
    """One part of the document, in order: a text part ('intro', 'purpose', 'situation',
    'dialogue', 'section', 'follow_up'), 'goals', 'promises', 'overview', 'partners' or
    'signatures'. ``title`` is its heading; None when it has none of its own."""

    key: str
    anchor: str | None
    title: str | None
    blocks: list[Block] = field(default_factory=list)
    goals: list[GoalView] = field(default_factory=list)
    areas: list[AreaView] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    changes: tuple[Group, ...] = ()  # 'changes': what changed since an earlier version


@dataclass(frozen=True)
class Document:
    lang: str
    file_stem: str
    title: str
    subtitle: str | None
    municipality: str
    place: str | None
    police_area: str | None
    period: str
    parties: str
    parts: list[Part]
    source: str | None
    # The same content by kind, as templates written before ``parts`` read it.
    sections: list[SectionView]
    goals: list[GoalView]
    areas: list[AreaView]
    overview: list[OverviewRow]
    follow_up: list[Block]
    partners: list[str]
    signatures: list[SignatureView]
    adopted: str | None
    published: str | None
    generator: str
    toc: list[TocEntry]


# Text parts of the promise: key -> the label of their default heading.
TEXT_PARTS = {"intro": "intro", "purpose": "purpose", "situation": "situation", "dialogue": "dialogue"}
# Parts with a fixed anchor (the same in every document, for links from outside).
FIXED = {"goals": "mal", "promises": "omraden", "overview": "oversikt", "follow_up": "uppfoljning"}
FIXED |= {"partners": "samarbete", "signatures": "underskrifter", "changes": "forandringar"}
DEFAULT_HEADING = {"goals": "joint_goals", "overview": "overview", "follow_up": "follow_up"}
DEFAULT_HEADING |= {"partners": "partners", "signatures": "signatures"}


def area_view(data: Dataset, area: Area, position: int, number: int | None, anchors: Anchors, labels: Labels) -> AreaView:
    """One group with its parts in order; facts its sentences state are not repeated."""
    registry = data.registry
    commitments = []
    for row in area_commitments(registry, area):
        names = row.names
        views = [
            ActivityView(
                activity.text,
                roles(inv, names, activity, labels),
                activity_facts(activity, labels),
            )
            for activity, inv in row.activities
        ]
        # "Polisen lovar att:" over the commitment, or over a group of who promises, says who.
        says_who = row.commitment.title or (area.title if area.kind is GroupKind.ACTOR else None)
        actors = actors_line(names, registry.resolve(row.commitment.actors), says_who)
        # Partners named only in words are said once, with the commitment's actors.
        others = [o for o in row.commitment.others if not in_sentence(o, says_who or "")]
        shown = labels.join([*names, *others]) if actors or others else None
        commitment = CommitmentView(row.commitment.title, shown, views)
        commitments.append(commitment if not row.commitment.text else _with_text(commitment, row.commitment.text))
    goals = [goal_view(g, labels) for g in area.goals]
    parts = []
    for key in area_slots(area):
        if key == "commitments":
            if commitments:
                parts.append(AreaPart(key, None, commitments=commitments))
        elif key == "causes":
            if area.causes:
                parts.append(AreaPart(key, heading(area.headings, key, labels["causes"]), items=list(area.causes)))
        elif key == "goals":
            if goals:
                parts.append(AreaPart(key, heading(area.headings, key, labels["goals"]), goals=goals))
        else:
            text = getattr(area, key)
            if text:
                default = labels["situation"] if key == "situation" else labels["follow_up"] if key == "follow_up" else ""
                title = heading(area.headings, key, default) if default else None
                parts.append(AreaPart(key, title, blocks=blocks(text)))
    shown = area_heading(area, number)
    place = area.place if area.place and not (shown and in_sentence(area.place, shown)) else None
    told = " ".join(t for t in (shown, area.intro, area.situation) if t)
    parties = [a for a in registry.resolve(area.parties) if not names_in(a, told)]
    return AreaView(
        number=position,
        anchor=anchors(area.name),
        title=area.name,
        heading=shown,
        auto_number=number,
        label=None if number is not None else area.label,
        own_title=area.title,
        place=place,
        parties=labels.join([a.name for a in parties]) or None,
        parts=parts,
        situation=blocks(area.situation or ""),
        causes=list(area.causes),
        goals=goals,
        commitments=commitments,
    )


def _with_text(commitment: CommitmentView, text: str) -> CommitmentView:
    return CommitmentView(commitment.title, commitment.actors, commitment.activities, blocks(text))


def build(data: Dataset, labels: Labels, published: date | None = None, changes: ChangeSection | None = None) -> Document:
    """The document's content from valid data; ``changes`` (what changed since an earlier
    version) closes it as a part of its own."""
    promise = data.promise
    assert promise is not None, "render only valid data"
    anchors = Anchors()
    registry = data.registry
    slots = promise_slots(promise, data.areas)
    in_order = [a for slot in slots for a in slot.areas]
    numbers = numbered(in_order, promise.numbered)
    views = {id(a): area_view(data, a, i + 1, numbers.get(id(a)), anchors, labels) for i, a in enumerate(in_order)}
    goals = [goal_view(g, labels) for g in promise.goals]
    overview = _overview(data, in_order)
    signatures = [_signature(s, registry, labels) for s in promise.signatures]
    adopted = _adopted(promise, labels)
    partners = [a.name for a in registry.resolve(promise.partners)]
    sections: list[SectionView] = []
    parts: list[Part] = []
    for slot in slots:
        key = slot.key
        if key in TEXT_PARTS:
            text = getattr(promise, key)
            if text:
                title = heading(promise.headings, key, labels[TEXT_PARTS[key]])
                anchor = anchors(title) if title else None
                parts.append(Part(key, anchor, title, blocks(text)))
                if title and anchor:
                    sections.append(SectionView(anchor, title, blocks(text)))
        elif key == "section" and slot.section is not None:
            anchor = anchors(slot.section.title)
            parts.append(Part("section", anchor, slot.section.title, blocks(slot.section.text)))
            sections.append(SectionView(anchor, slot.section.title, blocks(slot.section.text)))
        elif key in ("promises", "placed"):
            areas = [views[id(a)] for a in slot.areas]
            intro = blocks(promise.promises_intro or "") if key == "promises" else []
            if areas or intro:
                title = promises_heading(promise, list(slot.areas), labels) if key == "promises" else None
                parts.append(Part(key, FIXED["promises"] if title else None, title, intro, areas=areas))
        elif key == "goals" and goals:
            parts.append(_fixed(promise, key, labels, goals=goals))
        elif key == "overview" and overview:
            parts.append(_fixed(promise, key, labels, areas=[views[id(a)] for a in in_order]))
        elif key == "follow_up" and promise.follow_up:
            parts.append(_fixed(promise, key, labels, blocks=blocks(promise.follow_up)))
        elif key == "partners" and partners:
            parts.append(_fixed(promise, key, labels, items=partners))
        elif key == "signatures" and (signatures or adopted):
            parts.append(_fixed(promise, key, labels))
    if changes is not None:
        parts.append(Part("changes", FIXED["changes"], changes.title, [Block(text=changes.summary)], changes=changes.groups))
    return Document(
        lang=labels.lang,
        file_stem=slugify(promise.title),
        title=promise.title,
        subtitle=promise.subtitle,
        municipality=promise.municipality,
        place=promise.place,
        police_area=promise.police_area,
        period=labels.period_of(promise.period),
        parties=labels.join([a.name for a in registry.resolve(promise.parties)]),
        parts=parts,
        source=promise.source,
        sections=sections,
        goals=goals,
        areas=[views[id(a)] for a in in_order],
        overview=overview,
        follow_up=blocks(promise.follow_up or ""),
        partners=partners,
        signatures=signatures,
        adopted=adopted,
        published=labels["published"].format(date=labels.date(published)) if published else None,
        generator=f"medlofte {__version__}",
        toc=toc(parts),
    )


def _fixed(
    promise: Promise,
    key: str,
    labels: Labels,
    *,
    goals: list[GoalView] | None = None,
    blocks: list[Block] | None = None,
    areas: list[AreaView] | None = None,
    items: list[str] | None = None,
) -> Part:
    """A part with a fixed anchor, under the document's heading or the default one."""
    title = heading(promise.headings, key, labels[DEFAULT_HEADING[key]])
    return Part(key, FIXED[key] if title else None, title, blocks or [], goals or [], areas or [], items or [])


def _adopted(promise: Promise, labels: Labels) -> str | None:
    adopted = promise.adopted
    if adopted is None:
        return None
    if adopted.text:
        return adopted.text
    if adopted.date is None:
        return None
    return labels["adopted"].format(by=adopted.by, date=labels.date(adopted.date))


def _signature(signature: Signature, registry: Registry, labels: Labels) -> SignatureView:
    actor = registry.get(signature.actor.text) if signature.actor else None
    when = labels.date(signature.date) if signature.date else None
    place_and_date = ", ".join(x for x in (signature.place, when) if x) or None
    return SignatureView(signature.name, signature.title, actor.name if actor else None, place_and_date)


def _overview(data: Dataset, areas: list[Area]) -> list[OverviewRow]:
    """Actor × area: who leads and who takes part where, like the seed's lists."""
    position = {id(a): i for i, a in enumerate(areas)}
    marks: dict[str, dict[int, str]] = {}
    names: dict[str, str] = {}
    for _, area, _commitment, _activity, inv in activities(data):
        index = position[id(area)]
        for actor in inv.leads:
            names[actor.id] = actor.name
            marks.setdefault(actor.id, {})[index] = "lead"
        for actor in inv.participants:
            names[actor.id] = actor.name
            marks.setdefault(actor.id, {}).setdefault(index, "participant")
    rows = []
    for actor_id in sorted(marks, key=lambda i: swedish_key(names[i])):
        cells = [marks[actor_id].get(i, "") for i in range(len(areas))]
        rows.append(OverviewRow(names[actor_id], cells, [(a.name, cells[i]) for i, a in enumerate(areas) if cells[i]]))
    return rows


def toc(parts: list[Part]) -> list[TocEntry]:
    """The contents: every part with a heading, the groups with theirs under it."""
    entries = []
    for part in parts:
        children = [TocEntry(a.anchor, a.heading) for a in part.areas if a.heading] if part.key in ("promises", "placed") else []
        if part.title and part.anchor:
            entries.append(TocEntry(part.anchor, part.title, children))
        else:
            entries += children
    return entries
