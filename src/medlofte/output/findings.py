"""Reporters for findings: one function per output format, each returning text.

Reporters never decide exit codes and never print; the CLI does both.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from medlofte import __version__
from medlofte.choices import FindingFormat
from medlofte.data.findings import RULES, Finding, Report, Severity, count
from medlofte.data.textcheck import LINE_BREAK
from medlofte.messages import join, shown, t
from medlofte.output.terminal import printable

JSON_VERSION = 1

# The formats people read (text, GitHub annotations, the step summary) list at most this
# many findings of one code in one file; a closing line says how many more there are. The
# summary counts every finding, and the JSON formats list every one.
SHOWN_PER_KIND = 30


class More(NamedTuple):
    """The findings of one code in one file that were not listed."""

    path: str
    code: str
    hidden: int

    @property
    def severity(self) -> Severity:
        return RULES[self.code].severity

    @property
    def text(self) -> str:
        if self.hidden == 1:
            more = t("1 more finding of this kind in this file is not listed; the summary counts them all.")
        else:
            more = t("{n} more findings of this kind in this file are not listed; the summary counts them all.", n=self.hidden)
        return shown(t("{more} Fix the ones above and validate again, or see every one with --format json.", more=more))


def capped(findings: Iterable[Finding], limit: int = SHOWN_PER_KIND) -> Iterator[Finding | More]:
    """The findings, with at most ``limit`` of one code per file; after a file's last
    finding, a :class:`More` for each code that had more (in code order)."""
    shown: dict[tuple[str, str], int] = {}
    hidden: dict[str, int] = {}
    path = None
    for f in findings:
        if f.loc.path != path:
            for code in sorted(hidden):
                yield More(path or "", code, hidden[code])
            hidden = {}
            path = f.loc.path
        key = (path, f.code)
        seen = shown.get(key, 0)
        if seen < limit:
            shown[key] = seen + 1
            yield f
        else:
            hidden[f.code] = hidden.get(f.code, 0) + 1
    for code in sorted(hidden):
        yield More(path or "", code, hidden[code])


def summary_line(report: Report, strict: bool = False) -> str:
    files = t("1 file") if report.files == 1 else t("{n} files", n=report.files)
    dirs = t("1 data directory") if report.directories == 1 else t("{n} data directories", n=report.directories)
    where = t("Checked {files} in {dirs}", files=files, dirs=dirs)
    if not report.findings:
        return shown(t("{where}: no problems found.", where=where))
    parts: list[object] = []
    errors, warnings = count(report.findings)
    if errors:
        parts.append(t("1 error") if errors == 1 else t("{n} errors", n=errors))
    if warnings:
        said = t("1 warning") if warnings == 1 else t("{n} warnings", n=warnings)
        parts.append(said if strict or errors else t("{warnings} (fail with --strict)", warnings=said))
    return shown(t("{where}: {parts}.", where=where, parts=join(parts)))


# ---------------------------------------------------------------------------------------
# text

_RESET = "\033[0m"
_STYLES: dict[str, str] = {
    "path": "\033[1m",
    Severity.ERROR: "\033[1;31m",
    Severity.WARNING: "\033[1;33m",
    "dim": "\033[2m",
    "ok": "\033[1;32m",
}


def _paint(text: str, style: str, color: bool) -> str:
    return f"{_STYLES[style]}{text}{_RESET}" if color else text


def format_text(
    report: Report,
    *,
    color: bool = False,
    context: bool = False,
    quiet: bool = False,
    strict: bool = False,
    read_lines: Callable[[str], list[str]] | None = None,
) -> str:
    """``path:line:col: severity [code] message hint``, one per line, then the summary.

    With ``context`` (a terminal) each finding is followed by its source line and a caret.
    ``quiet`` leaves out warnings and context; the summary still counts them.
    """
    lines: list[str] = []
    cache: dict[str, list[str]] = {}
    reader = read_lines or read_source
    listed: Iterable[Finding] = report.findings
    if quiet and not strict:
        listed = (f for f in report.findings if f.severity is not Severity.WARNING)
    for f in capped(listed):
        where = _paint(printable(f"{f.path}:" if isinstance(f, More) else f"{f.loc.shown()}:"), "path", color)
        severity = _paint(f.severity.value, f.severity, color)
        code = _paint(f"[{f.code}]", "dim", color)
        lines.append(f"{where} {severity} {code} {printable(f.text)}")
        if context and not quiet and isinstance(f, Finding):
            lines.extend(excerpt(f, cache, reader, color))
    summary = summary_line(report, strict)
    style = "ok" if report.exit_code(strict) == 0 else Severity.ERROR
    lines.append(_paint(summary, style, color))
    return "\n".join(lines) + "\n"


# Files a finding says are not read: their lines are not shown either (a link out of the
# repository may lead to a file with a token in it).
NOT_READ = frozenset({"ML116"})
# The widest excerpt of a source line shown under a finding.
EXCERPT_WIDTH = 100


def read_source(path: str) -> list[str]:
    """The lines of a data file as the excerpts show them; none when it cannot be read."""
    try:
        return LINE_BREAK.split(Path(path).read_text(encoding="utf-8-sig", errors="replace"))
    except OSError:
        return []


def excerpt(
    f: Finding, cache: dict[str, list[str]], reader: Callable[[str], list[str]] = read_source, color: bool = False
) -> list[str]:
    """The finding's source line and a caret under its column (``  3 | text``, ``    |   ^``);
    none when the line is not in the file. Shared by the terminal and the live preview."""
    if f.loc.sheet is not None or f.code in NOT_READ:  # a cell has no source line; a link out is not read
        return []
    if f.loc.path not in cache:
        cache[f.loc.path] = reader(f.loc.path)
    source = cache[f.loc.path]
    if not 1 <= f.loc.line <= len(source):
        return []
    text = printable(source[f.loc.line - 1].replace("\t", " "))
    column = f.loc.column
    if len(text) > EXCERPT_WIDTH:  # a long line is shown around the column only
        start = max(0, min(column - 1 - EXCERPT_WIDTH // 2, len(text) - EXCERPT_WIDTH))
        end = start + EXCERPT_WIDTH
        before = "…" if start else ""
        text = before + text[start:end] + ("…" if end < len(text) else "")
        column += len(before) - start
    number = str(f.loc.line)
    gutter = " " * len(number)
    caret = " " * (column - 1) + "^"
    return [
        _paint(f"  {number} | ", "dim", color) + text,
        _paint(f"  {gutter} | ", "dim", color) + _paint(caret, f.severity, color),
    ]


# ---------------------------------------------------------------------------------------
# json


def format_json(report: Report, strict: bool = False) -> str:
    """Versioned JSON, documented in docs/validate.md."""
    import json
    from json.encoder import encode_basestring as text  # how json.dumps(ensure_ascii=False) writes a str

    errors, warnings = count(report.findings)
    document = {
        "version": JSON_VERSION,
        "tool": {"name": "medlofte", "version": __version__},
        "summary": {
            "files": report.files,
            "directories": report.directories,
            "errors": errors,
            "warnings": warnings,
            "exit_code": 1 if errors or (strict and warnings) else 0,
        },
        "findings": [],
    }
    head = json.dumps(document, ensure_ascii=False, indent=2)
    if not report.findings:
        return head + "\n"
    # Findings may be 100,000: each is written here in json.dumps's layout (indent 2, two
    # levels down), many times faster than the Python-level encoder that indent needs; a
    # test holds the two equal.
    items = ",\n".join(
        "    {\n"
        f'      "code": {text(f.code)},\n'
        f'      "rule": {text(RULES[f.code].name)},\n'
        f'      "severity": {text(RULES[f.code].severity.value)},\n'
        f'      "path": {text(f.loc.path)},\n'
        f'      "line": {int(f.loc.line)},\n'
        f'      "column": {int(f.loc.column)},\n'
        f"{_json_cell(f, text)}"
        f'      "message": {text(shown(f.message))},\n'
        f'      "hint": {text(shown(f.hint))}\n'
        "    }"
        for f in report.findings
    )
    assert head.endswith('"findings": []\n}')
    return head[: -len("[]\n}")] + "[\n" + items + "\n  ]\n}\n"


def _json_cell(f: Finding, text: Callable[[str], str]) -> str:
    """The sheet and cell lines of a finding in a spreadsheet, else nothing."""
    if not f.loc.sheet:
        return ""
    return f'      "sheet": {text(f.loc.sheet)},\n      "cell": {text(f.loc.shown().rsplit("!", 1)[1])},\n'


# ---------------------------------------------------------------------------------------
# GitHub Actions workflow commands


def _escape_data(text: str) -> str:
    return printable(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def format_github(report: Report, strict: bool = False) -> str:
    """``::error file=…,line=…,col=…,title=…::message`` lines, then the summary."""
    lines = []
    for f in capped(report.findings):
        command = "error" if f.severity is Severity.ERROR else "warning"
        if isinstance(f, More):
            where: tuple[tuple[str, object], ...] = (("file", f.path),)
        else:
            where = (("file", f.loc.path), ("line", f.loc.line), ("col", f.loc.column))
        title = f"{f.code} {RULES[f.code].name}"
        props = ",".join(f"{k}={_escape_property(str(v))}" for k, v in (*where, ("title", title)))
        lines.append(f"::{command} {props}::{_escape_data(f.text)}")
    lines.append(summary_line(report, strict))
    return "\n".join(lines) + "\n"


def format_step_summary(report: Report, strict: bool = False) -> str:
    """A Markdown table for $GITHUB_STEP_SUMMARY (GitHub shows only ten annotations a step)."""
    lines = ["## medlofte validate", "", summary_line(report, strict), ""]
    if report.findings:
        lines += ["| Location | Severity | Code | Message |", "| --- | --- | --- | --- |"]
        for f in capped(report.findings):
            text = printable(f.text.replace("|", "\\|").replace("\n", " "))
            where = printable(f.path if isinstance(f, More) else f.loc.shown())
            lines.append(f"| `{where}` | {f.severity.value} | {f.code} | {text} |")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------
# GitLab Code Quality


def format_gitlab(report: Report, strict: bool = False) -> str:
    """A GitLab Code Quality report: a JSON array of issues."""
    import hashlib
    from json.encoder import encode_basestring as text  # how json.dumps(ensure_ascii=False) writes a str

    if not report.findings:
        return "[]\n"
    issues = []
    seen: dict[str, int] = {}
    for f in report.findings:
        base = hashlib.sha256(f"{f.code}\0{f.loc.path}\0{f.message}".encode()).hexdigest()
        seen[base] = seen.get(base, 0) + 1
        fingerprint = base if seen[base] == 1 else hashlib.sha256(f"{base}\0{seen[base]}".encode()).hexdigest()
        rule = RULES[f.code]
        # json.dumps(issues, ensure_ascii=False, indent=2), written out (see format_json).
        issues.append(
            "  {\n"
            f'    "description": {text(f.text)},\n'
            f'    "check_name": {text(f"{f.code} {rule.name}")},\n'
            f'    "fingerprint": {text(fingerprint)},\n'
            f'    "severity": {text("major" if rule.severity is Severity.ERROR else "minor")},\n'
            '    "location": {\n'
            f'      "path": {text(f.loc.path)},\n'
            '      "lines": {\n'
            f'        "begin": {int(f.loc.line)}\n'
            "      }\n"
            "    }\n"
            "  }"
        )
    return "[\n" + ",\n".join(issues) + "\n]\n"


# The machine-readable formats; text has options of its own (format_text).
FORMATTERS: dict[FindingFormat, Callable[[Report, bool], str]] = {
    FindingFormat.json: format_json,
    FindingFormat.github: format_github,
    FindingFormat.gitlab: format_gitlab,
}
