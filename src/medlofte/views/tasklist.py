"""An actor's task list as a view: its tasks, area by area, with the words that describe them."""

from __future__ import annotations

from typing import NamedTuple

from medlofte.data.loading import Dataset
from medlofte.data.model import Activity, Actor, Area, Promise
from medlofte.data.queries import Role, Task
from medlofte.views.labels import Labels


class TaskList(NamedTuple):
    """An actor's tasks with what is needed to present them."""

    actor: Actor
    promise: Promise
    tasks: list[Task]

    def by_area(self) -> list[tuple[Area, list[Task]]]:
        groups: list[tuple[Area, list[Task]]] = []
        for task in self.tasks:
            if groups and groups[-1][0] is task.area:
                groups[-1][1].append(task)
            else:
                groups.append((task.area, [task]))
        return groups


def make(data: Dataset, actor: Actor, tasks: list[Task]) -> TaskList:
    assert data.promise is not None
    return TaskList(actor, data.promise, tasks)


def role_text(task: Task, labels: Labels) -> str:
    if task.role is Role.GROUP and task.via is not None and task.via_role is not None:
        return labels["role_group"].format(group=task.via.name, role=labels[f"role_{task.via_role.value}"])
    return labels[f"role_{task.role.value}"]


def dates_text(activity: Activity) -> str:
    start = activity.start.isoformat() if activity.start else ""
    end = activity.end.isoformat() if activity.end else ""
    return f"{start} – {end}".strip() if start or end else ""


def details(task: Task, labels: Labels) -> list[tuple[str, str]]:
    """The activity's optional facts, labelled, in a fixed order, empty ones left out."""
    a = task.activity
    facts = [
        ("when", a.when or ""),
        ("dates", dates_text(a)),
        ("frequency", a.frequency or ""),
        ("quantity", a.quantity.display(labels["at_least"]) if a.quantity else ""),
        ("place", a.place or ""),
        ("target_group", a.target_group or ""),
        ("status", labels.status(a.status) if a.status else ""),
        ("achieved", a.achieved_display()),
        ("result", a.result or ""),
        ("reason", a.reason or ""),
    ]
    return [(labels[key], value) for key, value in facts if value]
