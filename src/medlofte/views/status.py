"""Follow-up (uppföljning): what was done, what was not and why, per area and per actor.

Pure functions over valid data, given the day they are "as of", so results are
reproducible.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from medlofte.data.loading import Dataset
from medlofte.data.model import Activity, ActivityKind, Actor, Area, PartialDate, Period, Status, as_partial
from medlofte.data.queries import OPEN, Involvement, bits, reach, task_list
from medlofte.data.textfold import swedish_key

# Counted per status, plus activities reported on without a status word ("har skett"), and
# those not followed up at all.
REPORTED = "reported"
NOT_FOLLOWED_UP = "not-followed-up"
COLUMNS = (*[s.value for s in Status], REPORTED, NOT_FOLLOWED_UP)
FINISHED = (Status.DONE, Status.CANCELLED)


class Counts(NamedTuple):
    """Activities by status; ``share_done`` is done ÷ all but the cancelled ones."""

    by_status: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.by_status.values())

    @property
    def done(self) -> int:
        return self.by_status[Status.DONE.value]

    @property
    def share_done(self) -> float | None:
        counted = self.total - self.by_status[Status.CANCELLED.value]
        return self.done / counted if counted else None


def column_of(activity: Activity) -> str:
    """The column an activity is counted in: its status, else whether it was reported on."""
    if activity.status is not None:
        return activity.status.value
    return REPORTED if activity.result or activity.achieved is not None else NOT_FOLLOWED_UP


def count(items: list[Activity]) -> Counts:
    counts = dict.fromkeys(COLUMNS, 0)
    for activity in items:
        counts[column_of(activity)] += 1
    return Counts(counts)


def shown_columns(counts: list[Counts]) -> tuple[str, ...]:
    """The columns a table shows: every status, and 'reported' only where there is one."""
    return tuple(c for c in COLUMNS if c != REPORTED or any(n.by_status[REPORTED] for n in counts))


class Overdue(NamedTuple):
    area: Area
    activity: Activity
    due: PartialDate  # at the precision the data gives: '2023', '2024-05' or a day
    involvement: Involvement


class Changed(NamedTuple):
    """An activity whose status moved between the previous follow-up round and the last."""

    area: Area
    activity: Activity
    before: Status | None
    since: PartialDate | None  # the previous round's date


class StatusReport(NamedTuple):
    as_of: date
    overall: Counts
    areas: list[tuple[Area, Counts]]
    actors: list[tuple[Actor, Counts]]
    overdue: list[Overdue]
    not_followed_up: list[tuple[Area, Activity, Involvement]]
    changed: list[Changed] = []  # noqa: RUF012 - a NamedTuple default, never mutated
    actor: Actor | None = None  # the report of one actor's activities
    open_items: list[tuple[Area, Activity, PartialDate | None]] = []  # noqa: RUF012 - as above


def due_date(activity: Activity, period_end: PartialDate | date | None) -> PartialDate | None:
    """When an activity should be done: its end, else the end of its period (an extension
    counts); at the precision given, so 'maj 2025' is due on the last day of May."""
    return activity.end or as_partial(period_end)


def is_overdue(activity: Activity, as_of: date, period_end: PartialDate | date | None) -> bool:
    """The last day it was due has passed, and it is neither done nor cancelled; a
    conditional promise ("om det uppkommer önskemål …") is never overdue."""
    if activity.kind is ActivityKind.CONDITIONAL:
        return False
    due = due_date(activity, period_end)
    return due is not None and due.last() < as_of and activity.status not in FINISHED


def period_end_of(area: Area, promise_period: Period) -> PartialDate | None:
    """The end an area's activities are due by: its own period's, else the promise's; none
    for a promise that runs until further notice."""
    period = area.period if area.period is not None and area.period.given else promise_period
    return period.effective_end


def status_report(data: Dataset, as_of: date, actor: Actor | None = None) -> StatusReport:
    """Counts, overdue, never followed up and what moved since the previous round, for
    the whole promise or for one ``actor``'s activities (then with its open items)."""
    assert data.promise is not None
    mine = {id(t.activity) for t in task_list(data, actor)} if actor is not None else None
    all_activities = [a for area in data.areas for a in area.activities if mine is None or id(a) in mine]
    overdue = []
    never = []
    changed = []
    open_items = []
    found = reach(data)
    by_status: dict[str, list[int]] = {column: [] for column in COLUMNS}
    for i, (_, area, _, activity, inv) in enumerate(found.rows):
        by_status[column_of(activity)].append(i)
        if mine is not None and id(activity) not in mine:
            continue
        if activity.history:
            previous = activity.history[-1]
            if previous.status != activity.status:
                changed.append(Changed(area, activity, previous.status, previous.date))
        if mine is not None and activity.status in OPEN:
            open_items.append((area, activity, due_date(activity, period_end_of(area, data.promise.period))))
        period_end = period_end_of(area, data.promise.period)
        due = due_date(activity, period_end)
        if due is not None and is_overdue(activity, as_of, period_end):
            overdue.append(Overdue(area, activity, due, inv))
        if column_of(activity) == NOT_FOLLOWED_UP:
            never.append((area, activity, inv))
    columns = {column: bits(indices) for column, indices in by_status.items()}
    actors = []
    for each in sorted(data.registry.actors, key=lambda a: swedish_key(a.name)):
        if actor is not None and each is not actor:
            continue
        tasks = found.tasks[each]  # the activities of task_list(data, each), as bits
        if tasks:
            actors.append((each, Counts({column: (tasks & mask).bit_count() for column, mask in columns.items()})))
    areas = [(area, count([a for a in area.activities if mine is None or id(a) in mine])) for area in data.areas]
    return StatusReport(
        as_of=as_of,
        overall=count(all_activities),
        areas=[(area, counts) for area, counts in areas if counts.total or actor is None],
        actors=actors,
        overdue=sorted(overdue, key=lambda o: o.due.last()),
        not_followed_up=never,
        changed=changed,
        actor=actor,
        open_items=open_items,
    )
