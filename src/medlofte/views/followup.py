"""The follow-up report (uppföljning) as a view for the templates: per area what was
promised, its status, what was achieved against what was promised, why something was not
done, the goals' outcomes, and a status chart drawn as inline SVG with a text alternative.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from medlofte import __version__
from medlofte.data.loading import Dataset
from medlofte.data.model import Activity, Area, GroupKind, Per, Status
from medlofte.data.textblocks import Block, blocks
from medlofte.data.textfold import slugify
from medlofte.views.common import (
    Anchors,
    Fact,
    GoalView,
    TocEntry,
    actors_line,
    area_commitments,
    area_heading,
    area_slots,
    fact_line,
    goal_view,
    heading,
    in_sentence,
    numbered,
    promise_slots,
    promises_heading,
)
from medlofte.views.labels import Labels
from medlofte.views.status import NOT_FOLLOWED_UP, REPORTED, Counts, column_of, count

# Status colours: each has at least 4.5:1 contrast with white (text on badges) and 3:1 with
# the white page (chart segments), and every status is also written out in words.
COLOURS = {
    Status.DONE.value: "#1e7b34",
    Status.PARTLY_DONE.value: "#8c5b00",
    Status.NOT_DONE.value: "#b3261e",
    Status.ONGOING.value: "#15407a",
    Status.PLANNED.value: "#4d5966",
    Status.CANCELLED.value: "#6b2d75",
    REPORTED: "#2f6f73",
    NOT_FOLLOWED_UP: "#5e5e5e",
}
# Chart order: finished first, then what is under way, then what is left.
CHART_ORDER = ("done", "partly-done", REPORTED, "ongoing", "planned", "not-done", "cancelled", NOT_FOLLOWED_UP)
NOT_DONE = (Status.NOT_DONE, Status.PARTLY_DONE, Status.CANCELLED)


@dataclass(frozen=True)
class Segment:
    key: str
    label: str
    count: int
    x: float
    width: float
    colour: str


@dataclass(frozen=True)
class Chart:
    """A stacked bar of activities by status; ``description`` is its text alternative."""

    id: str
    description: str
    segments: list[Segment]


@dataclass(frozen=True)
class FollowUpActivity:
    text: str
    status_key: str
    status: str  # '' for a result without a status word
    colour: str
    facts: list[Fact]
    result: list[Block]  # a result of several paragraphs or a list; a short one is in facts

    @property
    def line(self) -> str:
        return fact_line(self.facts)


@dataclass(frozen=True)
class FollowUpCommitment:
    actors: str | None  # None under a group's heading that names them: 'Polisen lovar att:'
    activities: list[FollowUpActivity]


@dataclass(frozen=True)
class TextPart:
    """A text of the promise kept in the follow-up, under its heading (None: none)."""

    title: str | None
    blocks: list[Block]


@dataclass(frozen=True)
class FollowUpArea:
    number: int
    anchor: str
    title: str
    summary: str
    chart: Chart
    goals: list[GoalView]
    commitments: list[FollowUpCommitment]
    heading: str | None = None
    auto_number: int | None = None
    label: str | None = None
    own_title: str | None = None
    before: list[TextPart] = field(default_factory=list)  # the group's intro and lägesbild
    after: list[TextPart] = field(default_factory=list)  # its follow-up text


@dataclass(frozen=True)
class FollowUpPart:
    """One part of the follow-up in the promise's order: a text ('text'), the goals
    ('goals') or a group of promises with their results ('promises')."""

    key: str
    anchor: str | None
    title: str | None
    blocks: list[Block] = field(default_factory=list)
    goals: list[GoalView] = field(default_factory=list)
    areas: list[FollowUpArea] = field(default_factory=list)


@dataclass(frozen=True)
class NotDone:
    area: str
    text: str
    status: str
    reason: str


@dataclass(frozen=True)
class FollowUpDocument:
    lang: str
    file_stem: str
    title: str
    promise_title: str
    municipality: str
    period: str
    summary: str
    chart: Chart
    areas: list[FollowUpArea]
    not_done: list[NotDone]
    goals: list[GoalView]
    published: str | None
    generator: str
    toc: list[TocEntry] = field(default_factory=list)
    parts: list[FollowUpPart] = field(default_factory=list)


def _chart(chart_id: str, name: str, counts: Counts, labels: Labels) -> Chart:
    total = counts.total or 1
    segments, x = [], 0.0
    for key in CHART_ORDER:
        n = counts.by_status[key]
        if n:
            width = 100 * n / total
            segments.append(Segment(key, labels.status_word(key).capitalize(), n, round(x, 3), round(width, 3), COLOURS[key]))
            x += width
    words = ", ".join(f"{s.count} {s.label}" for s in segments) or "0"
    return Chart(chart_id, labels["chart_label"].format(area=name, counts=words), segments)


def _summary(counts: Counts, labels: Labels) -> str:
    cancelled = counts.by_status[Status.CANCELLED.value]
    key = "summary_text_cancelled" if cancelled else "summary_text"
    share = labels.percent(counts.share_done)
    return labels[key].format(
        done=counts.done,
        total=counts.total,
        activities=labels["activity_one" if counts.total == 1 else "activity_many"],
        done_word=labels["done_one" if 1 in (counts.done, counts.total) else "done_many"],  # "1 av 4 … är genomförd"
        share=share,
        counted=counts.total - cancelled,
    )


def _activity(activity: Activity, leads: list[str], labels: Labels) -> FollowUpActivity:
    key = column_of(activity)
    facts = []
    if leads:
        facts.append(Fact(labels["lead" if len(leads) == 1 else "leads"], labels.join(leads)))
    # What the promise's sentence or the result already states is not printed again.
    per = {unit: labels.per(unit) for unit in Per}
    promised = [q.display(labels["at_least"], per) for q in activity.quantities]
    promised = [q for q in promised if not in_sentence(q, activity.text)]
    if promised:
        facts.append(Fact(labels["promised"], "; ".join(promised)))
    if activity.achieved is not None and not in_sentence(activity.achieved_display(), activity.result or ""):
        facts.append(Fact(labels["achieved"], activity.achieved_display()))
    result = blocks(activity.result or "")
    if len(result) == 1 and not result[0].items:
        facts.append(Fact(labels["result"], result[0].text))
        result = []
    if activity.status in NOT_DONE:
        facts.append(Fact(labels["reason"], activity.reason or labels["no_reason"]))
    if activity.followed_up:
        facts.append(Fact(labels["followed_up"], labels.date(activity.followed_up)))
    if activity.history:
        previous = activity.history[-1]
        shown = labels.status(previous.status) if previous.status else labels["not-followed-up"]
        facts.append(Fact(labels["previous_round"], f"{labels.date(previous.date)}: {shown}" if previous.date else shown))
    # A result without a status word ("har skett") is followed up: no status is printed.
    word = "" if key == REPORTED else labels.status_word(key)
    return FollowUpActivity(activity.text, key, word, COLOURS[key], facts, result)


def _area(
    data: Dataset, area: Area, number: int | None, position: int, anchors: Anchors, labels: Labels, not_done: list[NotDone]
) -> FollowUpArea:
    commitments = []
    for row in area_commitments(data.registry, area):
        items = []
        for activity, inv in row.activities:
            leads = [a.name for a in inv.leads]
            items.append(_activity(activity, [] if leads == row.names else leads, labels))
            if activity.status in NOT_DONE:
                status = labels.status(activity.status) if activity.status else ""
                not_done.append(NotDone(area.name, activity.text, status, activity.reason or labels["no_reason"]))
        named = (
            area.kind is GroupKind.ACTOR
            and actors_line(row.names, data.registry.resolve(row.commitment.actors), area.title) is None
        )
        commitments.append(FollowUpCommitment(None if named else labels.join(row.names), items))
    counts = count(area.activities)
    anchor = anchors(area.name)
    order = area_slots(area)
    texts = {
        key: TextPart(heading(area.headings, key, labels[key]) if key != "intro" else None, blocks(getattr(area, key)))
        for key in ("intro", "situation", "follow_up")
        if getattr(area, key)
    }
    middle = order.index("commitments") if "commitments" in order else len(order)
    return FollowUpArea(
        number=position,
        anchor=anchor,
        title=area.name,
        summary=_summary(counts, labels),
        chart=_chart(f"diagram-{anchor}", area.name, counts, labels),
        goals=[goal_view(g, labels) for g in area.goals],
        commitments=commitments,
        heading=area_heading(area, number),
        auto_number=number,
        label=None if number is not None else area.label,
        own_title=area.title,
        before=[texts[k] for k in order[:middle] if k in texts],
        after=[texts[k] for k in order[middle:] if k in texts],
    )


TEXT_KEYS = ("intro", "purpose", "situation", "dialogue", "follow_up")


def build(data: Dataset, labels: Labels, published: date | None = None) -> FollowUpDocument:
    """The follow-up report's content from valid data: the promise's own texts in its order,
    each promise with its status and results, what was not done and why."""
    promise = data.promise
    assert promise is not None, "render only valid data"
    anchors = Anchors()
    anchors.used.update({"sammanfattning", "ej-genomfort"})
    slots = promise_slots(promise, data.areas)
    in_order = [a for slot in slots for a in slot.areas]
    numbers = numbered(in_order, promise.numbered)
    not_done: list[NotDone] = []
    views = {id(a): _area(data, a, numbers.get(id(a)), i + 1, anchors, labels, not_done) for i, a in enumerate(in_order)}
    goals = [goal_view(g, labels) for g in promise.goals]
    parts: list[FollowUpPart] = []
    for slot in slots:
        if slot.key in TEXT_KEYS and getattr(promise, slot.key):
            title = heading(promise.headings, slot.key, labels[slot.key])
            anchor = "uppfoljning" if slot.key == "follow_up" and title else anchors(title) if title else None
            parts.append(FollowUpPart("text", anchor, title, blocks(getattr(promise, slot.key))))
        elif slot.key == "section" and slot.section is not None:
            parts.append(FollowUpPart("text", anchors(slot.section.title), slot.section.title, blocks(slot.section.text)))
        elif slot.key == "goals" and goals:
            title = heading(promise.headings, "goals", labels["joint_goals"])
            parts.append(FollowUpPart("goals", "mal" if title else None, title, goals=goals))
        elif slot.key in ("promises", "placed"):
            areas = [views[id(a)] for a in slot.areas]
            intro = blocks(promise.promises_intro or "") if slot.key == "promises" else []
            if areas or intro:
                title = promises_heading(promise, list(slot.areas), labels) if slot.key == "promises" else None
                parts.append(FollowUpPart("promises", "omraden" if title else None, title, intro, areas=areas))
    overall = count([a for area in data.areas for a in area.activities])
    own_title = promise.headings.get("follow_up_title")
    title = own_title if isinstance(own_title, str) else labels["followup_title"].format(promise=promise.title)
    toc = [TocEntry("sammanfattning", labels["summary"])]
    for part in parts:
        children = [TocEntry(a.anchor, a.heading) for a in part.areas if a.heading]
        if part.title and part.anchor:
            toc.append(TocEntry(part.anchor, part.title, children))
        else:
            toc += children
    if not_done:
        toc.append(TocEntry("ej-genomfort", labels["not_done_heading"]))
    return FollowUpDocument(
        lang=labels.lang,
        file_stem=f"{slugify(promise.title)}-uppfoljning",
        title=title,
        promise_title=promise.title,
        municipality=promise.municipality,
        period=labels.period_of(promise.period),
        summary=_summary(overall, labels),
        chart=_chart("diagram-totalt", labels["total"], overall, labels),
        areas=[views[id(a)] for a in in_order],
        not_done=not_done,
        goals=goals,
        published=labels["published"].format(date=labels.date(published)) if published else None,
        generator=f"medlofte {__version__}",
        toc=toc,
        parts=parts,
    )
