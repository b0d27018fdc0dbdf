"""`medlofte status` as Markdown, JSON or (at a terminal) rich tables."""

from __future__ import annotations

from typing import Any

from medlofte.output import markdown
from medlofte.output.terminal import clip, column_widths, console_text, table
from medlofte.views.labels import Labels
from medlofte.views.status import COLUMNS, Changed, Counts, StatusReport, shown_columns

JSON_VERSION = 1


def _columns(report: StatusReport) -> tuple[str, ...]:
    return shown_columns([report.overall])


def _row(name: str, counts: Counts, labels: Labels, columns: tuple[str, ...] = COLUMNS) -> list[str]:
    return [name, str(counts.total), *(str(counts.by_status[c]) for c in columns), labels.percent(counts.share_done)]


def _header(first: str, labels: Labels, columns: tuple[str, ...] = COLUMNS) -> list[str]:
    return [first, labels["activities"], *(labels.status_word(c).capitalize() for c in columns), labels["share_done"]]


def format_md(report: StatusReport, promise_title: str, labels: Labels) -> str:
    e = markdown.escape
    lines = [
        f"# {e(_title(report, promise_title, labels))}",
        "",
        e(labels["as_of"].format(date=labels.date(report.as_of))),
        "",
    ]
    if report.actor is not None:
        lines += [f"## {e(labels['open_items'])}", ""]
        for area, activity, due in report.open_items:
            status = labels.status(activity.status) if activity.status else labels["not-followed-up"]
            when = f" · {e(labels['due'])}: {due.isoformat()}" if due else ""
            lines.append(f"- {e(activity.text)} ({e(area.name)}){when} · {e(status)}")
        if not report.open_items:
            lines.append(e(labels["open_items_none"]))
        lines.append("")
    for heading, first, rows in (
        (labels["by_area"], labels["area"], [(a.name, c) for a, c in report.areas]),
        (labels["by_actor"], labels["actor"], [(a.name, c) for a, c in report.actors]),
    ):
        lines += [f"## {e(heading)}", ""]
        columns = _columns(report)
        lines.append("| " + " | ".join(e(h) for h in _header(first, labels, columns)) + " |")
        lines.append("| --- |" + " ---: |" * (len(columns) + 2))
        for name, counts in rows:
            lines.append("| " + " | ".join(e(cell) for cell in _row(name, counts, labels, columns)) + " |")
        lines.append("| " + " | ".join(e(cell) for cell in _row(labels["total"], report.overall, labels, columns)) + " |")
        lines.append("")
    lines += [f"## {e(labels['overdue'])}", ""]
    if report.overdue:
        for item in report.overdue:
            status = labels.status(item.activity.status) if item.activity.status else labels["not-followed-up"]
            lines.append(
                f"- {e(item.activity.text)} ({e(item.area.name)}) · {e(labels['due'])}: {item.due.isoformat()} · {e(status)}"
            )
    else:
        lines.append(e(labels["overdue_none"]))
    if report.changed:
        lines += ["", f"## {e(labels['changed_since'])}", ""]
        for moved in report.changed:
            lines.append(f"- {e(moved.activity.text)} ({e(moved.area.name)}): {e(moved_text(moved, labels))}")
    lines += ["", f"## {e(labels['not_followed_up'])}", ""]
    if report.not_followed_up:
        lines += [f"- {e(activity.text)} ({e(area.name)})" for area, activity, _ in report.not_followed_up]
    else:
        lines.append(e(labels["not_followed_up_none"]))
    return "\n".join(lines) + "\n"


def _counts_json(counts: Counts) -> dict[str, Any]:
    return {"total": counts.total, "by_status": dict(counts.by_status), "share_done": counts.share_done}


def format_json(report: StatusReport) -> str:
    import json

    document = {
        "version": JSON_VERSION,
        "as_of": report.as_of.isoformat(),
        "overall": _counts_json(report.overall),
        "areas": [{"title": area.name, **_counts_json(counts)} for area, counts in report.areas],
        "actors": [{"id": actor.id, "name": actor.name, **_counts_json(counts)} for actor, counts in report.actors],
        "overdue": [
            {
                "area": o.area.name,
                "text": o.activity.text,
                "due": o.due.isoformat(),
                "status": o.activity.status.value if o.activity.status else None,
                "leads": [a.id for a in o.involvement.leads],
            }
            for o in report.overdue
        ],
        "not_followed_up": [{"area": area.name, "text": activity.text} for area, activity, _ in report.not_followed_up],
        "changed_since_last_round": [
            {
                "area": c.area.name,
                "text": c.activity.text,
                "before": c.before.value if c.before else None,
                "status": c.activity.status.value if c.activity.status else None,
                "since": c.since.isoformat() if c.since else None,
            }
            for c in report.changed
        ],
        "actor": report.actor.id if report.actor else None,
        "open": [
            {"area": area.name, "text": activity.text, "due": due.isoformat() if due else None}
            for area, activity, due in report.open_items
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def format_table(report: StatusReport, promise_title: str, labels: Labels, color: bool = False, width: int = 80) -> str:
    """Tables of plain texts (never markup). A column is as wide as its longest word, so
    names are never broken: when the status columns do not fit, the counts of each row
    are given in one column, the statuses that occur with their numbers."""
    from rich.text import Text

    console, text = console_text(color, width)
    console.print(Text(clip(_title(report, promise_title, labels)), style="bold"))
    console.print(Text(labels["as_of"].format(date=labels.date(report.as_of)), style="dim"))
    columns = _columns(report)
    for heading, first, named in (
        (labels["by_area"], labels["area"], [(a.name, c) for a, c in report.areas]),
        (labels["by_actor"], labels["actor"], [(a.name, c) for a, c in report.actors]),
    ):
        counted = [*((clip(name), counts) for name, counts in named), (labels["total"], report.overall)]
        headers = _header(first, labels, columns)
        rows = [_row(name, counts, labels, columns) for name, counts in counted]
        widths = column_widths(headers, rows, width)
        right = frozenset(range(1, len(headers)))
        if widths is None:
            headers = [first, labels["activities"], labels["share_done"], labels["status"]]
            rows = [
                [row[0], row[1], row[-1], _statuses(counts, labels, columns)]
                for row, (_, counts) in zip(rows, counted, strict=True)
            ]
            widths = column_widths(headers, rows, width, [2, 1, 1, 3])
            right = frozenset({1, 2})
        console.print(table(Text(heading, style="bold"), headers, rows, widths, right=right))
    console.print(Text(labels["overdue"], style="bold"))
    for item in report.overdue:
        console.print(Text(clip(f"  {item.due.isoformat()}  {item.activity.text} ({item.area.name})")))
    if not report.overdue:
        console.print(Text("  " + labels["overdue_none"]))
    if report.changed:
        console.print(Text(labels["changed_since"], style="bold"))
        for moved in report.changed:
            console.print(Text(clip(f"  {moved.activity.text} ({moved.area.name}): {moved_text(moved, labels)}")))
    if report.actor is not None:
        console.print(Text(labels["open_items"], style="bold"))
        for area, activity, due in report.open_items:
            console.print(Text(clip(f"  {due.isoformat() if due else '–'}  {activity.text} ({area.name})")))
    console.print(Text(f"{labels['not_followed_up']}: {len(report.not_followed_up)}", style="bold"))
    return text()


def _statuses(counts: Counts, labels: Labels, columns: tuple[str, ...]) -> str:
    """'Genomförd: 2, Ej uppföljd: 3': the statuses a row has, each with its number."""
    found = [f"{labels.status_word(c).capitalize()}: {counts.by_status[c]}" for c in columns if counts.by_status[c]]
    return "\n".join(found) if found else "0"


def _title(report: StatusReport, promise_title: str, labels: Labels) -> str:
    title = labels["status_title"].format(promise=promise_title)
    return f"{title} – {report.actor.name}" if report.actor is not None else title


def moved_text(item: Changed, labels: Labels) -> str:
    """'pågående → genomförd (sedan 31 mars 2024)'."""
    before = labels.status(item.before) if item.before else labels["not-followed-up"]
    after = labels.status(item.activity.status) if item.activity.status else labels["not-followed-up"]
    since = f" ({labels['since'].format(date=labels.date(item.since))})" if item.since else ""
    return f"{before} → {after}{since}"
