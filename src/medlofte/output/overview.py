"""`medlofte status DIR...`: the overview of many promises as JSON or (at a terminal) rich
tables; as Markdown and HTML it is a document (templates/overview.*.j2)."""

from __future__ import annotations

import json
from typing import Any

from medlofte.output.terminal import clip, column_widths, console_text, table
from medlofte.views.labels import Labels
from medlofte.views.overview import Line, Overview, document

JSON_VERSION = 1


def _line(line: Line) -> dict[str, Any]:
    counts = line.counts
    return {
        "total": counts.total,
        "by_status": dict(counts.by_status),
        "share_done": counts.share_done,
        "overdue": line.overdue,
    }


def format_json(report: Overview) -> str:
    out = {
        "version": JSON_VERSION,
        "as_of": report.as_of.isoformat(),
        "overall": {"promises": report.overall.promises, **_line(report.overall)},
        "promises": [
            {
                "promise": info.key,
                "title": info.title,
                "municipality": info.municipality,
                "place": info.place or None,
                "police_area": info.police_area or None,
                "period_start": info.period_start or None,
                "period_end": info.period_end or None,
                "data_dir": info.data_dir,
                **_line(line),
            }
            for info, line in report.promises
        ],
        "area_kinds": [{"kind": line.key, "promises": line.promises, **_line(line)} for line in report.kinds],
        "actor_types": [{"type": line.key, "promises": line.promises, **_line(line)} for line in report.types],
        "common_areas": [
            {"name": line.name, "kind": line.kind, "promises": line.promises, **_line(line)} for line in report.common_areas
        ],
        "common_actors": [
            {"name": line.name, "type": line.kind, "promises": line.promises, **_line(line)} for line in report.common_actors
        ],
    }
    return json.dumps(out, ensure_ascii=False, indent=2) + "\n"


def format_table(report: Overview, labels: Labels, color: bool = False, width: int = 80) -> str:
    """The overview's tables of plain texts (never markup); a table too wide for the
    terminal leaves rich to share out the width."""
    from rich.text import Text

    shown = document(report, labels)
    console, text = console_text(color, width)
    console.print(Text(clip(shown.title), style="bold"))
    console.print(Text(shown.as_of, style="dim"))
    console.print(Text(shown.summary))
    for each in shown.tables:
        rows = [[clip(cell) for cell in row] for row in each.rows]
        if each.total:
            rows.append(each.total)
        if not rows:
            console.print(Text(each.heading, style="bold"))
            console.print(Text("  " + each.none))
            continue
        widths = column_widths(each.header, rows, width)
        right = frozenset(range(each.numeric, len(each.header)))
        console.print(table(Text(each.heading, style="bold"), each.header, rows, widths, right=right))
    return text()
