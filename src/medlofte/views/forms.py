"""An actor's follow-up form as a view: one row per activity it leads or takes part in,
what the partner reads and what it fills in, in the partner's words."""

from __future__ import annotations

import json
from typing import NamedTuple

from medlofte.data.forms import activity_keys
from medlofte.data.loading import Dataset
from medlofte.data.model import Per, Status
from medlofte.views.labels import Labels
from medlofte.views.status import due_date, period_end_of
from medlofte.views.tasklist import TaskList


class FormRow(NamedTuple):
    area: str
    activity: str
    leads: str
    participants: str
    promised: str
    when: str
    due: str
    status: str
    result: str
    achieved: float | None
    reason: str
    date: str
    key: str
    text: str
    was: str  # the fill-in cells as the form was made (JSON), so an unchanged cell is no answer


class Form(NamedTuple):
    title: str  # "Uppföljning: Medborgarlöfte 2023 – Polisen"
    promise: str
    actor: str
    contact: str | None
    period: str
    rows: list[FormRow]
    statuses: list[str]  # the words of the drop-down list, in order


def status_words(labels: Labels) -> list[str]:
    return [labels.status(s).capitalize() for s in Status]


def build(data: Dataset, tasks: TaskList, labels: Labels) -> Form:
    assert data.promise is not None
    keys = activity_keys(data.areas)
    per = {unit: labels.per(unit) for unit in Per}
    rows = []
    for task in tasks.tasks:
        activity = task.activity
        others = [*activity.others]
        due = due_date(activity, period_end_of(task.area, data.promise.period))
        when = [activity.when or "", activity.frequency or ""]
        if activity.start or activity.end:
            when.append(labels.period(activity.start, activity.end))
        was = {
            "status": activity.status.value if activity.status else None,
            "result": activity.result,
            "achieved": activity.achieved,
            "reason": activity.reason,
            "date": activity.followed_up.isoformat() if activity.followed_up else None,
        }
        rows.append(
            FormRow(
                area=task.area.name,
                activity=activity.text,
                leads="\n".join(a.name for a in task.involvement.leads),  # a name a line: no name broken
                participants="\n".join([*(a.name for a in task.involvement.participants), *others]),
                promised="; ".join(q.display(labels["at_least"], per) for q in activity.quantities),
                when=" · ".join(w for w in when if w),
                due=labels.date(due) if due else "",
                status=labels.status(activity.status).capitalize() if activity.status else "",
                result=activity.result or "",
                achieved=activity.achieved,
                reason=activity.reason or "",
                date=activity.followed_up.isoformat() if activity.followed_up else "",
                key=keys[id(activity)],
                text=activity.text,
                was=json.dumps(was, ensure_ascii=False, sort_keys=True),
            )
        )
    return Form(
        title=labels["form_title"].format(promise=data.promise.title, actor=tasks.actor.name),
        promise=data.promise.title,
        actor=tasks.actor.name,
        contact=tasks.actor.contact,
        period=labels.period_of(data.promise.period),
        rows=rows,
        statuses=status_words(labels),
    )
