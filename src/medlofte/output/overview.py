"""`medlofte status DIR...`: the overview of many promises as JSON or (at a terminal) rich
tables; as Markdown and HTML it is a document (templates/overview.*.j2)."""

from __future__ import annotations

import json
from typing import Any

from medlofte.output.terminal import clip, column_widths, console_text, table
from medlofte.views.labels import Labels
from medlofte.views.overview import Line, Overview, Table, document

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
    """The overview's tables of plain texts (never markup). A table too wide for the
    terminal with a column for each thing is shown compact (see ``compact``); one too wide
    even so leaves rich to share out the width."""
    from rich.text import Text

    shown = document(report, labels)
    console, text = console_text(color, width)
    console.print(Text(clip(shown.title), style="bold"))
    console.print(Text(shown.as_of, style="dim"))
    console.print(Text(shown.summary))
    for each in shown.tables:
        if not each.rows:
            console.print(Text(each.heading, style="bold"))
            console.print(Text("  " + each.none))
            continue
        rows = [[clip(cell) for cell in row] for row in each.rows]
        if each.total:
            rows.append(each.total)
        widths = column_widths(each.header, rows, width)
        header, numeric = each.header, each.numeric
        if widths is None:
            header, rows, numeric = compact(each, rows)
            widths = column_widths(header, rows, width)
        right = frozenset(range(numeric, len(header)))
        console.print(table(Text(each.heading, style="bold"), header, rows, widths, right=right))
    return text()


def compact(each: Table, rows: list[list[str]]) -> tuple[list[str], list[list[str]], int]:
    """A table's header, rows and first numeric column with its texts in fewer columns, for
    a narrow terminal (80 columns) where a column for each would break words: a promise's
    municipality, place and police area one below the other in one cell and its period
    broken after the dash ('2024-01-01–' above '2024-12-31'); an area's or actor's kind in
    brackets after its name."""
    texts = each.rows and each.numeric
    if texts == 4:  # municipality, place, police area, period
        header = [" / ".join(each.header[:3]), each.header[3], *each.header[4:]]
        return header, [["\n".join(filter(None, row[:3])), _breakable(row[3]), *row[4:]] for row in rows], 2
    if texts == 2 and len(each.header) > 3:  # name, kind
        header = [f"{each.header[0]} ({each.header[1].lower()})", *each.header[2:]]
        return header, [[f"{row[0]} ({row[1]})", *row[2:]] for row in rows], 1
    return each.header, rows, each.numeric


def _breakable(period: str) -> str:
    """'2024-01-01–2024-12-31' on two lines, after its dash; a period with spaces (or a short
    one: '2021–2022') as it is, as the terminal wraps it at its spaces."""
    if " " in period or len(period) <= 10 or period.count("–") != 1:
        return period
    return period.replace("–", "–\n")
