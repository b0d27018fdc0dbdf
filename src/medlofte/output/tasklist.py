"""Task lists and the actor overview as Markdown, CSV, JSON and (at a terminal) tables.

One function per format, each returning text from the query results.  The rich tables
import rich only when called.
"""

from __future__ import annotations

from typing import Any

from medlofte.data.model import Actor, Quantity, format_number
from medlofte.data.queries import ActorSummary, Task
from medlofte.output import markdown
from medlofte.output.spreadsheet import csv_text
from medlofte.output.terminal import clip, column_widths, console_text, table
from medlofte.views.labels import Labels
from medlofte.views.tasklist import TaskList, details, role_text

JSON_VERSION = 1


def _count_line(task_list: TaskList, labels: Labels) -> str:
    return labels.counted(len(task_list.tasks), len(task_list.by_area()))


# ---------------------------------------------------------------------------------------
# Markdown


def format_md(task_list: TaskList, labels: Labels) -> str:
    """Ready to paste into an e-mail or a wiki; every data text escaped."""
    e = markdown.escape
    promise = task_list.promise
    title = labels["tasks_title"].format(actor=task_list.actor.name, promise=promise.title)
    lines = [f"# {e(title)}", ""]
    if not task_list.tasks:
        lines.append(e(labels["tasks_none"].format(actor=task_list.actor.name, promise=promise.title)))
        return "\n".join(lines) + "\n"
    lines += [e(f"{promise.municipality} · {_count_line(task_list, labels)}"), ""]
    if task_list.actor.contact:
        lines += [f"{e(labels['contact'])}: {markdown.with_links(task_list.actor.contact)}", ""]
    for area, tasks in task_list.by_area():
        lines += [f"## {e(area.name)}", ""]
        for task in tasks:
            facts = [(labels["role"], role_text(task, labels))]
            if task.others:
                facts.append((labels["with"], labels.join([a.name for a in task.others])))
            facts += details(task, labels)
            lines.append(f"- {e(task.activity.text)}\\")
            lines.append("  " + " · ".join(f"{e(k)}: {e(markdown.one_line(v))}" for k, v in facts))
        lines.append("")
    return "\n".join(lines)


def format_pdf(task_list: TaskList, labels: Labels) -> bytes:
    """The task list as a PDF for a partner who does not use spreadsheets: the page the live
    preview shows (the same facts as Markdown, the contact under the heading), printed on A4
    in the documents' look; one page where it fits."""
    from medlofte.output import document, preview

    return document.to_pdf(preview.tasks_page(task_list, labels))


def format_actors_md(summaries: list[ActorSummary], labels: Labels) -> str:
    header = [labels["actor"], labels["type"], labels["areas"], labels["as_lead"], labels["as_participant"], labels["via_group"]]
    lines = ["| " + " | ".join(header) + " |", "| --- | --- | ---: | ---: | ---: | ---: |"]
    for s in summaries:
        name = markdown.escape(s.actor.name) + ("" if s.referenced else f" ({labels['unused']})")
        cells = [name, labels.actor_type(s.actor.type), str(s.areas), str(s.lead), str(s.participant), str(s.via_group)]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------
# CSV

TASK_COLUMNS = (
    "area",
    "activity",
    "role",
    "via",
    "leads",
    "participants",
    "when",
    "start",
    "end",
    "frequency",
    "quantity",
    "place",
    "target_group",
    "status",
    "achieved",
    "result",
    "reason",
)


def task_rows(task_list: TaskList, labels: Labels) -> list[list[str]]:
    rows = [[labels[column] for column in TASK_COLUMNS]]
    for task in task_list.tasks:
        a = task.activity
        rows.append(
            [
                task.area.name,
                a.text,
                role_text(task, labels),
                task.via.name if task.via else "",
                ", ".join(x.name for x in task.involvement.leads),
                ", ".join(x.name for x in task.involvement.participants),
                a.when or "",
                a.start.isoformat() if a.start else "",
                a.end.isoformat() if a.end else "",
                a.frequency or "",
                a.quantity.display(labels["at_least"]) if a.quantity else "",
                a.place or "",
                a.target_group or "",
                labels.status(a.status) if a.status else "",
                format_number(a.achieved) if a.achieved is not None else "",
                a.result or "",
                a.reason or "",
            ]
        )
    return rows


def format_csv(task_list: TaskList, labels: Labels, excel: bool = False) -> str:
    return csv_text(task_rows(task_list, labels), excel)


def actor_rows(summaries: list[ActorSummary], labels: Labels) -> list[list[str]]:
    rows = [
        [
            labels["actor"],
            labels["type"],
            labels["areas"],
            labels["as_lead"],
            labels["as_participant"],
            labels["via_group"],
            labels["unused"],
        ]
    ]
    for s in summaries:
        unused = "" if s.referenced else labels["unused"]
        rows.append(
            [
                s.actor.name,
                labels.actor_type(s.actor.type),
                str(s.areas),
                str(s.lead),
                str(s.participant),
                str(s.via_group),
                unused,
            ]
        )
    return rows


def format_actors_csv(summaries: list[ActorSummary], labels: Labels, excel: bool = False) -> str:
    return csv_text(actor_rows(summaries, labels), excel)


# ---------------------------------------------------------------------------------------
# JSON (documented in docs/actor.md)


def _actor_json(actor: Actor) -> dict[str, Any]:
    return {"id": actor.id, "name": actor.name, "short": actor.short, "type": actor.type.value, "contact": actor.contact}


def _quantity_json(q: Quantity | None) -> dict[str, Any] | None:
    if q is None:
        return None
    return {
        "text": q.display(),
        "amount": q.amount,
        "unit": q.unit,
        "at_least": q.at_least,
        "per": q.per.value if q.per else None,
    }


def task_json(task: Task) -> dict[str, Any]:
    a = task.activity
    return {
        "text": a.text,
        "role": task.role.value,
        "via": task.via.id if task.via else None,
        "via_role": task.via_role.value if task.via_role else None,
        "leads": [x.id for x in task.involvement.leads],
        "participants": [x.id for x in task.involvement.participants],
        "with": [x.id for x in task.others],
        "when": a.when,
        "start": a.start.isoformat() if a.start else None,
        "end": a.end.isoformat() if a.end else None,
        "frequency": a.frequency,
        "quantity": _quantity_json(a.quantity),
        "quantities": [_quantity_json(q) for q in a.quantities],
        "kind": a.kind.value if a.kind else None,
        "others": list(a.others),
        "place": a.place,
        "target_group": a.target_group,
        "status": a.status.value if a.status else None,
        "achieved": a.achieved,
        "result": a.result,
        "reason": a.reason,
    }


def format_json(task_list: TaskList) -> str:
    import json

    promise = task_list.promise
    document = {
        "version": JSON_VERSION,
        "actor": _actor_json(task_list.actor),
        "promise": {
            "title": promise.title,
            "municipality": promise.municipality,
            "period": {
                "start": promise.period.start.isoformat() if promise.period.start else None,
                "end": promise.period.end.isoformat() if promise.period.end else None,
                "label": promise.period.label,
            },
        },
        "areas": [{"title": area.name, "tasks": [task_json(t) for t in tasks]} for area, tasks in task_list.by_area()],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def format_actors_json(summaries: list[ActorSummary]) -> str:
    import json

    document = {
        "version": JSON_VERSION,
        "actors": [
            {
                **_actor_json(s.actor),
                "areas": s.areas,
                "lead": s.lead,
                "participant": s.participant,
                "via_group": s.via_group,
                "referenced": s.referenced,
            }
            for s in summaries
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------------------------------
# rich tables, for a terminal


def format_table(task_list: TaskList, labels: Labels, color: bool = False, width: int = 80) -> str:
    """Data is passed to rich as Text, never as markup, so '[/x]' prints as written.

    Columns are as wide as their longest word, so names are never broken: when activity,
    role, partners and details do not fit side by side, role and partners join the details."""
    from rich.text import Text

    console, text = console_text(color, width)
    title = labels["tasks_title"].format(actor=task_list.actor.name, promise=task_list.promise.title)
    console.print(Text(title, style="bold"))
    if not task_list.tasks:
        console.print(Text(labels["tasks_none"].format(actor=task_list.actor.name, promise=task_list.promise.title)))
        return text()
    console.print(Text(f"{task_list.promise.municipality} · {_count_line(task_list, labels)}", style="dim"))
    if task_list.actor.contact:
        console.print(Text(f"{labels['contact']}: {task_list.actor.contact}", style="dim"))
    for area, tasks in task_list.by_area():
        facts = ["\n".join(f"{k}: {v}" for k, v in details(task, labels)) for task in tasks]
        rows = [
            [clip(task.activity.text), role_text(task, labels), ", ".join(a.name for a in task.others), clip(fact)]
            for task, fact in zip(tasks, facts, strict=True)
        ]
        headers = [labels["activity"], labels["role"], labels["with"], labels["details"]]
        ratios = [3, 1, 2, 2]
        if not any(facts):
            headers, ratios, rows = headers[:3], ratios[:3], [row[:3] for row in rows]
        widths = column_widths(headers, rows, width, ratios)
        if widths is None:  # too narrow: activity | everything else
            headers, ratios = [labels["activity"], labels["details"]], [1, 1]
            rows = [[row[0], _joined_details(row, labels)] for row in rows]
            widths = column_widths(headers, rows, width, ratios)
        console.print(table(Text(clip(area.name), style="bold"), headers, rows, widths, show_lines=True))
    return text()


def _joined_details(row: list[str], labels: Labels) -> str:
    role, others = row[1], row[2]
    lines = [f"{labels['role']}: {role}", *([f"{labels['with']}: {others}"] if others else [])]
    return "\n".join([*lines, *([row[3]] if len(row) > 3 and row[3] else [])])


def format_actors_table(summaries: list[ActorSummary], labels: Labels, color: bool = False, width: int = 80) -> str:
    """Every actor with its counts; when the count columns do not fit beside whole names,
    the counts share one column."""
    console, text = console_text(color, width)
    headers = [labels["actor"], labels["type"], labels["areas"], labels["as_lead"], labels["as_participant"], labels["via_group"]]
    rows = []
    for s in summaries:
        name = s.actor.name + ("" if s.referenced else f" ({labels['unused']})")
        rows.append(
            [clip(name), labels.actor_type(s.actor.type), str(s.areas), str(s.lead), str(s.participant), str(s.via_group)]
        )
    widths = column_widths(headers, rows, width)
    right = frozenset(range(2, 6))
    if widths is None:
        headers = [*headers[:3], labels["activities"]]
        rows = [[*row[:3], _counts(row, labels)] for row in rows]
        widths = column_widths(headers, rows, width, [1, 1, 1, 3])
        right = frozenset({2})
    console.print(table(None, headers, rows, widths, right=right))
    return text()


def _counts(row: list[str], labels: Labels) -> str:
    """'18 som ansvarig, 2 som deltagare': the non-zero counts of an actor, or 0."""
    parts = [f"{n} {labels[key].lower()}" for n, key in zip(row[3:], ("as_lead", "as_participant", "via_group"), strict=True)]
    shown = [part for part, n in zip(parts, row[3:], strict=True) if n != "0"]
    return "\n".join(shown) if shown else "0"
