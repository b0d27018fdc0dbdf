"""`medlofte diff` as text (coloured at a terminal), Markdown (a pull request's comment or
GitHub's step summary) and versioned JSON (documented in docs/diff.md)."""

from __future__ import annotations

import enum
import re
from typing import Any

from medlofte import __version__
from medlofte.data.findings import Report
from medlofte.data.model import Adoption, PartialDate, Period, Quantity
from medlofte.output import findings as finding_output
from medlofte.output import markdown
from medlofte.views.changes import JSON_VERSION, Change, Comparison, DirectoryChanges, Role, Signed, Value
from medlofte.views.changetext import Described, Group, Line, Run

# ---------------------------------------------------------------------------------------
# text

_RESET = "\033[0m"
_MARKS = {"+": "\033[32m", "-": "\033[31m", "~": "\033[33m", ">": "\033[36m"}
_RUNS = {"old": "\033[31m", "new": "\033[32m", "del": "\033[9;31m", "ins": "\033[1;32m", "note": "\033[2m"}
_BOLD = "\033[1m"


def _paint(text: str, code: str | None, color: bool) -> str:
    return f"{code}{text}{_RESET}" if color and code and text else text


def _edges(text: str) -> tuple[str, str, str]:
    """Spaces before, the text, spaces after: markers go round the words only."""
    core = text.strip()
    if not core:
        return "", text, ""
    return text[: len(text) - len(text.lstrip())], core, text[len(text.rstrip()) :]


def _text_runs(runs: tuple[Run, ...], color: bool) -> str:
    """Runs at a terminal in colour; piped, words taken out and put in as git's
    --word-diff writes them: [-old-]{+new+}."""
    out = []
    for run in runs:
        lead, core, trail = _edges(run.text)
        if color:
            out.append(lead + _paint(core, _RUNS.get(run.style), color) + trail)
        elif run.style == "del":
            out.append(f"{lead}[-{core}-]{trail}")
        elif run.style == "ins":
            out.append(f"{lead}{{+{core}+}}{trail}")
        else:
            out.append(run.text)
    return "".join(out)


def _text_line(line: Line, indent: str, color: bool) -> list[str]:
    lines = [f"{indent}{_paint(line.mark, _MARKS[line.mark], color)} {_text_runs(line.runs, color)}"]
    for detail in line.details:
        lines += _text_line(detail, indent + "    ", color)
    return lines


def _text_group(group: Group, indent: str, color: bool) -> list[str]:
    title = _paint(group.title, _BOLD, color)
    if group.mark != "~":
        title = f"{_paint(group.mark, _MARKS[group.mark], color)} {title}"
    if group.note:
        title += " " + _paint(f"({group.note})", _RUNS["note"], color)
    lines = [f"{indent}{title}"]
    for line in group.lines:
        lines += _text_line(line, indent + "  ", color)
    return lines


def _findings_report(directory: DirectoryChanges) -> Report:
    return Report(directory.findings, directory.files, len(directory.invalid))


def format_text(described: Described, color: bool = False) -> str:
    lines = [_paint(described.heading, _BOLD, color)]
    for directory in described.directories:
        indent = ""
        lines.append("")
        if directory.title:
            lines.append(_paint(directory.title, _BOLD, color))
            indent = "  "
        if directory.not_compared:
            report = _findings_report(directory.source)
            lines += [indent + x for x in finding_output.format_text(report, color=color).splitlines()]
            lines.append(indent + _paint(directory.not_compared, _MARKS["-"], color))
            continue
        for n, group in enumerate(directory.groups):
            if n:
                lines.append("")
            lines += _text_group(group, indent, color)
    lines += ["", described.summary]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------
# Markdown


def _md_marked(text: str, marker: str) -> str:
    """``~~text~~`` or ``**text**`` with the spaces outside the markers, where GFM wants them."""
    lead, core, trail = _edges(text)
    return f"{lead}{marker}{markdown.escape(core)}{marker}{trail}" if core.strip() else text


def md_runs(runs: tuple[Run, ...]) -> str:
    out = []
    for run in runs:
        if run.style == "del":
            out.append(_md_marked(run.text, "~~"))
        elif run.style == "ins":
            out.append(_md_marked(run.text, "**"))
        else:
            out.append(_md_text(run.text))
    return "".join(out)


def _md_text(text: str) -> str:
    """A piece of a line escaped for Markdown, keeping the spaces at its edges."""
    lead, core, trail = _edges(text)
    return lead + markdown.escape(core) + trail if core.strip() else text


def html_runs(runs: tuple[Run, ...], data_lang: str = "") -> Any:  # markupsafe.Markup
    """A change's words as HTML: taken out in ``<del>``, put in in ``<ins>``, the rest escaped;
    with ``data_lang`` (' lang="sv"' when the labels are not Swedish) the data's own words
    are marked as Swedish."""
    from markupsafe import Markup, escape

    out = Markup("")
    for run in runs:
        lang = Markup(data_lang) if run.data and data_lang and run.text.strip() else Markup("")
        if run.style == "del":
            out += Markup("<del{}>{}</del>").format(lang, run.text)
        elif run.style == "ins":
            out += Markup("<ins{}>{}</ins>").format(lang, run.text)
        elif lang:
            out += Markup("<span{}>{}</span>").format(lang, run.text)
        else:
            out += escape(run.text)
    return out


def _md_line(line: Line, depth: int) -> list[str]:
    lines = ["  " * depth + "- " + md_runs(line.runs).strip()]
    for detail in line.details:
        lines += _md_line(detail, depth + 1)
    return lines


def _code(text: str) -> str:
    """A revision or a folder as inline code, fenced by more backticks than it holds."""
    longest = max((len(part) for part in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    padded = f" {text} " if text.startswith("`") or text.endswith("`") else text
    return f"{fence}{padded}{fence}"


def format_md(described: Described, level: int = 2) -> str:
    """Markdown for GitHub: the heading at ``level``, a sub-heading per group."""
    e = markdown.escape
    h = "#" * level
    new = e(described.new) if described.new_is_words else _code(described.new)
    heading = described.heading_words.format(old="\0", new="\1")
    heading = e(heading).replace("\0", _code(described.old)).replace("\1", new)
    lines = [f"{h} {heading}", ""]
    for directory in described.directories:
        sub = h + "#"
        if directory.title:
            lines += [f"{sub} {e(directory.title)}", ""]
            sub += "#"
        if directory.not_compared:
            lines += ["| Location | Severity | Code | Message |", "| --- | --- | --- | --- |"]
            for f in directory.source.findings:
                text = e(f.text).replace("|", "\\|")
                lines.append(f"| `{f.loc.path}:{f.loc.line}:{f.loc.column}` | {f.severity.value} | {f.code} | {text} |")
            lines += ["", e(directory.not_compared), ""]
            continue
        for group in directory.groups:
            note = f" ({group.note})" if group.note else ""
            lines += [f"{sub} {e(group.title + note)}", ""]
            for line in group.lines:
                lines += _md_line(line, 0)
            lines.append("")
    lines.append(e(described.summary))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------
# JSON


def plain(value: Value) -> Any:
    """A value as JSON: dates as written in the YAML ('2024-05'), words of the data's enums."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, PartialDate):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Period):
        return {
            "start": plain(value.start),
            "end": plain(value.end),
            "label": value.label,
            "until_further_notice": value.until_further_notice,
            "extended_to": plain(value.extended_to),
        }
    if isinstance(value, Adoption):
        return {"by": value.by, "date": plain(value.date), "text": value.text}
    if isinstance(value, Signed):
        return {"name": value.name, "title": value.title, "actor": value.actor, "date": plain(value.date), "place": value.place}
    if all(isinstance(q, Quantity) for q in value):
        return [
            {"amount": q.amount, "unit": q.unit, "at_least": q.at_least, "per": plain(q.per), "text": q.text}
            for q in value
            if isinstance(q, Quantity)
        ]
    return [str(x) for x in value]


def _roles(roles: tuple[Role, ...]) -> list[dict[str, str]]:
    return [{"id": r.id, "name": r.name, "role": r.role} for r in roles]


def change_json(change: Change) -> dict[str, Any]:
    return {
        "target": change.target.value,
        "kind": change.kind.value,
        "subject": change.subject,
        "area": change.area,
        "field": change.field,
        "old": plain(change.old),
        "new": plain(change.new),
        "words": [{"op": w.op, "text": w.text} for w in change.words],
        "joined": _roles(change.joined),
        "left": _roles(change.left),
        "dates_moved": change.dates_moved,
        "years_moved": list(change.years_moved),
        "path": change.loc.path if change.loc else None,
        "line": change.loc.line if change.loc else None,
    }


def format_json(comparison: Comparison) -> str:
    import json

    directories = []
    for d in comparison.directories:
        report = finding_output.format_json(_findings_report(d))
        directories.append(
            {
                "old": d.old_name,
                "new": d.new_name,
                "invalid": list(d.invalid),
                "changes": [change_json(c) for c in d.changes],
                "findings": json.loads(report)["findings"],
            }
        )
    document = {
        "version": JSON_VERSION,
        "tool": {"name": "medlofte", "version": __version__},
        "from": comparison.old_label,
        "to": comparison.new_label or None,
        "summary": {
            "changes": comparison.changes,
            "directories": len(comparison.directories) + comparison.unchanged,
            "compared": len(comparison.directories),
            "unchanged": comparison.unchanged,
            "errors": comparison.errors,
        },
        "directories": directories,
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
