"""The follow-up report (uppföljning) as a view for the templates: per area what was
promised, its status, what was achieved against what was promised, why something was not
done, the goals' outcomes, and a status chart drawn as inline SVG with a text alternative.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from medlofte import __version__
from medlofte.data.loading import Dataset
from medlofte.data.model import Activity, Status
from medlofte.data.textblocks import Block, blocks
from medlofte.data.textfold import slugify
from medlofte.views.common import Anchors, Fact, GoalView, TocEntry, area_commitments, fact_line, goal_view
from medlofte.views.labels import Labels
from medlofte.views.status import NOT_FOLLOWED_UP, Counts, count

# Status colours: each has at least 4.5:1 contrast with white (text on badges) and 3:1 with
# the white page (chart segments), and every status is also written out in words.
COLOURS = {
    Status.DONE.value: "#1e7b34",
    Status.PARTLY_DONE.value: "#8c5b00",
    Status.NOT_DONE.value: "#b3261e",
    Status.ONGOING.value: "#15407a",
    Status.PLANNED.value: "#4d5966",
    Status.CANCELLED.value: "#6b2d75",
    NOT_FOLLOWED_UP: "#5e5e5e",
}
# Chart order: finished first, then what is under way, then what is left.
CHART_ORDER = ("done", "partly-done", "ongoing", "planned", "not-done", "cancelled", NOT_FOLLOWED_UP)
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
    status: str
    colour: str
    facts: list[Fact]
    result: list[Block]  # a result of several paragraphs or a list; a short one is in facts

    @property
    def line(self) -> str:
        return fact_line(self.facts)


@dataclass(frozen=True)
class FollowUpCommitment:
    actors: str
    activities: list[FollowUpActivity]


@dataclass(frozen=True)
class FollowUpArea:
    number: int
    anchor: str
    title: str
    summary: str
    chart: Chart
    goals: list[GoalView]
    commitments: list[FollowUpCommitment]


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
    return labels[key].format(done=counts.done, total=counts.total, share=share, counted=counts.total - cancelled)


def _activity(activity: Activity, leads: list[str], labels: Labels) -> FollowUpActivity:
    key = activity.status.value if activity.status else NOT_FOLLOWED_UP
    facts = []
    if leads:
        facts.append(Fact(labels["lead"], labels.join(leads)))
    if activity.quantity is not None:
        facts.append(Fact(labels["promised"], activity.quantity.display(labels["at_least"])))
    if activity.achieved is not None:
        facts.append(Fact(labels["achieved"], activity.achieved_display()))
    result = blocks(activity.result or "")
    if len(result) == 1 and not result[0].items:
        facts.append(Fact(labels["result"], result[0].text))
        result = []
    if activity.status in NOT_DONE:
        facts.append(Fact(labels["reason"], activity.reason or labels["no_reason"]))
    if activity.followed_up:
        facts.append(Fact(labels["followed_up"], labels.date(activity.followed_up)))
    return FollowUpActivity(activity.text, key, labels.status_word(key), COLOURS[key], facts, result)


def build(data: Dataset, labels: Labels, published: date | None = None) -> FollowUpDocument:
    """The follow-up report's content from valid data."""
    promise = data.promise
    assert promise is not None, "render only valid data"
    registry = data.registry
    anchors = Anchors()
    anchors.used.update({"sammanfattning", "ej-genomfort"})
    areas: list[FollowUpArea] = []
    not_done: list[NotDone] = []
    for index, area in enumerate(data.areas):
        commitments = []
        for names, rows in ((c.names, c.activities) for c in area_commitments(registry, area)):
            items = []
            for activity, inv in rows:
                leads = [a.name for a in inv.leads]
                items.append(_activity(activity, [] if leads == names else leads, labels))
                if activity.status in NOT_DONE:
                    status = labels.status(activity.status) if activity.status else ""
                    not_done.append(NotDone(area.title, activity.text, status, activity.reason or labels["no_reason"]))
            commitments.append(FollowUpCommitment(labels.join(names), items))
        counts = count(area.activities)
        anchor = anchors(area.title)
        areas.append(
            FollowUpArea(
                number=index + 1,
                anchor=anchor,
                title=area.title,
                summary=_summary(counts, labels),
                chart=_chart(f"diagram-{anchor}", area.title, counts, labels),
                goals=[goal_view(g, labels) for g in area.goals],
                commitments=commitments,
            )
        )
    overall = count([a for area in data.areas for a in area.activities])
    title = labels["followup_title"].format(promise=promise.title)
    toc = [TocEntry("sammanfattning", labels["summary"])]
    if promise.goals:
        toc.append(TocEntry("mal", labels["joint_goals"]))
    toc.append(TocEntry("omraden", labels["areas_heading"], [TocEntry(a.anchor, f"{a.number}. {a.title}") for a in areas]))
    if not_done:
        toc.append(TocEntry("ej-genomfort", labels["not_done_heading"]))
    return FollowUpDocument(
        lang=labels.lang,
        file_stem=f"{slugify(promise.title)}-uppfoljning",
        title=title,
        promise_title=promise.title,
        municipality=promise.municipality,
        period=promise.period.label or labels.period(promise.period.start, promise.period.end),
        summary=_summary(overall, labels),
        chart=_chart("diagram-totalt", labels["total"], overall, labels),
        areas=areas,
        not_done=not_done,
        goals=[goal_view(g, labels) for g in promise.goals],
        published=labels["published"].format(date=labels.date(published)) if published else None,
        generator=f"medlofte {__version__}",
        toc=toc,
    )
