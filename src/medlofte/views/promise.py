"""The yearly document as a view: plain values the templates print without computing anything.

Building it is a pure function of valid data; ``output.document`` renders it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from medlofte import __version__
from medlofte.data.loading import Dataset
from medlofte.data.model import Activity, Promise, Signature
from medlofte.data.queries import Involvement, activities
from medlofte.data.registry import Registry
from medlofte.data.textblocks import Block, blocks
from medlofte.data.textfold import slugify, swedish_key
from medlofte.views.common import Anchors, Fact, GoalView, TocEntry, area_commitments, fact_line, goal_view
from medlofte.views.labels import Labels


@dataclass(frozen=True)
class ActivityView:
    text: str
    roles: list[Fact]  # who leads and who takes part, when it differs from the commitment
    facts: list[Fact]  # quantity, when, where …

    @property
    def lines(self) -> list[str]:
        """The details as plain lines, for Markdown."""
        return [fact_line(group) for group in (self.roles, self.facts) if group]


@dataclass(frozen=True)
class CommitmentView:
    title: str | None
    actors: str
    activities: list[ActivityView]


@dataclass(frozen=True)
class AreaView:
    number: int
    anchor: str
    title: str
    place: str | None
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


def activity_facts(activity: Activity, labels: Labels) -> list[Fact]:
    if activity.start and activity.end:
        dates = labels.period(activity.start, activity.end)
    else:
        single = activity.start or activity.end
        dates = labels.date(single) if single else ""
    facts = [
        ("quantity", activity.quantity.display(labels["at_least"]) if activity.quantity else ""),
        ("when", activity.when or ""),
        ("dates", dates),
        ("frequency", activity.frequency or ""),
        ("place", activity.place or ""),
        ("target_group", activity.target_group or ""),
    ]
    return [Fact(labels[k], v) for k, v in facts if v]


def _roles(inv: Involvement, commitment_actors: list[str], labels: Labels) -> list[Fact]:
    """The commitment's heading names who leads by default; say so only when it differs."""
    leads = [a.name for a in inv.leads]
    roles = []
    if leads != commitment_actors:
        roles.append(Fact(labels["lead"], labels.join(leads)))
    if inv.participants:
        roles.append(Fact(labels["participants"], labels.join([a.name for a in inv.participants])))
    return roles


def build(data: Dataset, labels: Labels, published: date | None = None) -> Document:
    """The document's content from valid data."""
    promise = data.promise
    assert promise is not None, "render only valid data"
    anchors = Anchors()
    registry = data.registry

    areas: list[AreaView] = []
    for index, area in enumerate(data.areas):
        commitments = []
        for row in area_commitments(registry, area):
            views = [
                ActivityView(activity.text, _roles(inv, row.names, labels), activity_facts(activity, labels))
                for activity, inv in row.activities
            ]
            commitments.append(CommitmentView(row.commitment.title, labels.join(row.names), views))
        areas.append(
            AreaView(
                number=index + 1,
                anchor=anchors(area.title),
                title=area.title,
                place=area.place,
                situation=blocks(area.situation or ""),
                causes=list(area.causes),
                goals=[goal_view(g, labels) for g in area.goals],
                commitments=commitments,
            )
        )

    sections = _sections(promise, labels, anchors)
    goals = [goal_view(g, labels) for g in promise.goals]
    document = Document(
        lang=labels.lang,
        file_stem=slugify(promise.title),
        title=promise.title,
        subtitle=promise.subtitle,
        municipality=promise.municipality,
        place=promise.place,
        police_area=promise.police_area,
        period=promise.period.label or labels.period(promise.period.start, promise.period.end),
        parties=labels.join([a.name for a in registry.resolve(promise.parties)]),
        sections=sections,
        goals=goals,
        areas=areas,
        overview=_overview(data),
        follow_up=blocks(promise.follow_up or ""),
        partners=[a.name for a in registry.resolve(promise.partners)],
        signatures=[_signature(s, registry, labels) for s in promise.signatures],
        adopted=labels["adopted"].format(by=promise.adopted.by, date=labels.date(promise.adopted.date))
        if promise.adopted and promise.adopted.date
        else None,
        published=labels["published"].format(date=labels.date(published)) if published else None,
        generator=f"medlofte {__version__}",
        toc=[],
    )
    return _with_toc(document, labels, anchors)


def _sections(promise: Promise, labels: Labels, anchors: Anchors) -> list[SectionView]:
    out = []
    for key, text in (("intro", promise.intro), ("purpose", promise.purpose), ("situation", promise.situation)):
        if text:
            out.append(SectionView(anchors(labels[key]), labels[key], blocks(text)))
    for section in promise.sections:
        out.append(SectionView(anchors(section.title), section.title, blocks(section.text)))
    return out


def _signature(signature: Signature, registry: Registry, labels: Labels) -> SignatureView:
    actor = registry.get(signature.actor.text) if signature.actor else None
    when = labels.date(signature.date) if signature.date else None
    place_and_date = ", ".join(x for x in (signature.place, when) if x) or None
    return SignatureView(signature.name, signature.title, actor.name if actor else None, place_and_date)


def _overview(data: Dataset) -> list[OverviewRow]:
    """Actor × area: who leads and who takes part where, like the seed's lists."""
    marks: dict[str, dict[int, str]] = {}
    names: dict[str, str] = {}
    for index, _area, _commitment, _activity, inv in activities(data):
        for actor in inv.leads:
            names[actor.id] = actor.name
            marks.setdefault(actor.id, {})[index] = "lead"
        for actor in inv.participants:
            names[actor.id] = actor.name
            marks.setdefault(actor.id, {}).setdefault(index, "participant")
    rows = []
    for actor_id in sorted(marks, key=lambda i: swedish_key(names[i])):
        cells = [marks[actor_id].get(i, "") for i in range(len(data.areas))]
        rows.append(OverviewRow(names[actor_id], cells, [(a.title, cells[i]) for i, a in enumerate(data.areas) if cells[i]]))
    return rows


def _with_toc(document: Document, labels: Labels, anchors: Anchors) -> Document:
    toc = [TocEntry(s.anchor, s.title) for s in document.sections]
    if document.goals:
        toc.append(TocEntry("mal", labels["joint_goals"]))
    if document.areas:
        toc.append(
            TocEntry("omraden", labels["areas_heading"], [TocEntry(a.anchor, f"{a.number}. {a.title}") for a in document.areas])
        )
    if document.overview:
        toc.append(TocEntry("oversikt", labels["overview"]))
    if document.follow_up:
        toc.append(TocEntry("uppfoljning", labels["follow_up"]))
    if document.partners:
        toc.append(TocEntry("samarbete", labels["partners"]))
    if document.signatures or document.adopted:
        toc.append(TocEntry("underskrifter", labels["signatures"]))
    return Document(**{**document.__dict__, "toc": toc})
