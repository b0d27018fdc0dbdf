"""Reading returned follow-up forms: the .xlsx forms medlofte made, and the CSV task lists
(plain and for Excel), into answers, with every problem a finding at its cell.

Only what the partner wrote is read here; whether an answer's activity still exists, its
date fits the period, and two forms agree, is checked by ``actions.collect`` against the
data.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple

from medlofte.data.findings import Finding, Loc
from medlofte.data.forms import FILL_IN, SHEET, column_of
from medlofte.data.kinds import DateProblem, parse_date
from medlofte.data.model import Activity, Area, FollowUp, PartialDate, Status
from medlofte.data.textfold import closest, fold
from medlofte.messages import t

MAX_BYTES = 20 * 1024 * 1024  # a returned form is a few dozen kilobytes; this is no form
MAX_ROWS = 10_000

# The words a partner may write for a status: the Swedish and English words medlofte prints,
# and the values of the data format.
STATUS_WORDS = {
    "planerad": Status.PLANNED,
    "pågående": Status.ONGOING,
    "genomförd": Status.DONE,
    "delvis genomförd": Status.PARTLY_DONE,
    "ej genomförd": Status.NOT_DONE,
    "inställd": Status.CANCELLED,
    **{s.value: s for s in Status},
    **{s.value.replace("-", " "): s for s in Status},
}
SHOWN = ("Planerad", "Pågående", "Genomförd", "Delvis genomförd", "Ej genomförd", "Inställd")
# Words people write that mean a status, for the hint only: the partner is asked to choose.
MEANT = {
    "klar": "Genomförd",
    "klart": "Genomförd",
    "gjort": "Genomförd",
    "genomfört": "Genomförd",
    "uppfyllt": "Genomförd",
    "ok": "Genomförd",
    "delvis": "Delvis genomförd",
    "delvis genomfört": "Delvis genomförd",
    "pågår": "Pågående",
    "påbörjad": "Pågående",
    "ej påbörjad": "Planerad",
    "inte genomförd": "Ej genomförd",
    "ej genomfört": "Ej genomförd",
    "nej": "Ej genomförd",
    "inställt": "Inställd",
    "avbruten": "Inställd",
}


class Answer(NamedTuple):
    """One row of a returned form: which activity it is about and what the partner wrote."""

    file: str
    key: str | None  # None in a CSV task list: it is matched by its area and text
    text: str  # the activity's text when the form was made
    area: str
    status: Status | None
    result: str | None
    achieved: float | None
    reason: str | None
    date: PartialDate | None
    loc: Loc  # the row
    locs: dict[str, Loc]  # each field's cell
    was: dict[str, object] | None = None  # the fill-in cells as the form was made; None for a CSV

    @property
    def empty(self) -> bool:
        return all(getattr(self, field) is None for field in FILL_IN)


class Change(NamedTuple):
    """What one activity's follow-up becomes: the new values of the fields that change, and
    the earlier round kept as history (None when the answer is of the same round)."""

    area: Area
    activity: Activity
    values: dict[str, Status | str | float | PartialDate]
    earlier: FollowUp | None
    files: tuple[str, ...]  # the forms the answer came from


class Returned(NamedTuple):
    answers: list[Answer]
    findings: list[Finding]


def read(path: Path) -> Returned:
    """The answers of one returned form (.xlsx, or a task list as .csv)."""
    shown = path.as_posix()
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return Returned([], [_not_a_form(shown, t("it is {size:,} bytes, far more than a form", size=size))])
        data = path.read_bytes()
    except OSError as err:
        reason = err.strerror or type(err).__name__
        return Returned(
            [], [Finding("ML100", Loc(shown, 1, 1), t("Cannot read the file: {reason}.", reason=reason), t("Check the path."))]
        )
    if path.suffix.lower() == ".csv":
        return _read_csv(shown, data)
    return _read_xlsx(shown, data)


def _not_a_form(shown: str, why: str) -> Finding:
    return Finding(
        "ML604",
        Loc(shown, 1, 1),
        t("This is not a medlofte follow-up form: {why}.", why=why),
        t("Collect the .xlsx form that medlofte made (or the task list saved as CSV), without renaming its sheet or headers."),
    )


def _read_xlsx(shown: str, data: bytes) -> Returned:
    import zipfile

    try:
        from openpyxl import load_workbook

        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError, IndexError) as err:
        return Returned([], [_not_a_form(shown, t("it cannot be opened as an Excel file ({error})", error=type(err).__name__))])
    if SHEET not in book.sheetnames:
        return Returned([], [_not_a_form(shown, t("it has no sheet named {sheet!r}", sheet=SHEET))])
    rows = book[SHEET].iter_rows(values_only=True)
    return _answers(shown, SHEET, rows)


def _read_csv(shown: str, data: bytes) -> Returned:
    text = data.decode("utf-8-sig", errors="replace")
    first = text.split("\n", 1)[0]
    dialect = ";" if first.count(";") > first.count(",") else ","
    rows = ([_undefuse(cell) for cell in row] for row in csv.reader(io.StringIO(text), delimiter=dialect))
    return _answers(shown, None, rows)


def _undefuse(cell: str) -> str:
    """medlofte's Excel CSV puts ' before a cell that would run as a formula; take it off."""
    return cell[1:] if len(cell) > 1 and cell[0] == "'" and cell[1] in "=+-@\t\r" else cell


def _answers(shown: str, sheet: str | None, rows: Iterator[tuple[object, ...]] | Iterator[list[str]]) -> Returned:
    header = next(rows, None)
    columns: dict[str, int] = {}
    for index, name in enumerate(header or ()):
        key = column_of(name)
        if key is not None and key not in columns:
            columns[key] = index
    if "activity" not in columns or "status" not in columns:
        return Returned([], [_not_a_form(shown, t("its first row does not have the form's headers (Aktivitet, Status …)"))])
    answers: list[Answer] = []
    findings: list[Finding] = []
    for number, row in enumerate(rows, start=2):
        if number > MAX_ROWS:
            findings.append(_not_a_form(shown, t("it has more than {rows:,} rows", rows=MAX_ROWS)))
            break
        cells = list(row)
        answer = _row(shown, sheet, number, cells, columns, findings)
        if answer is not None and not answer.empty:
            answers.append(answer)
    return Returned(answers, findings)


def _cell(cells: list[object], columns: dict[str, int], key: str) -> object:
    index = columns.get(key)
    if index is None or index >= len(cells):
        return None
    value = cells[index]
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _row(
    shown: str, sheet: str | None, number: int, cells: list[object], columns: dict[str, int], findings: list[Finding]
) -> Answer | None:
    def loc(key: str) -> Loc:
        column = columns.get(key, 0) + 1
        return Loc(shown, number, column, sheet) if sheet else Loc(shown, number, column)

    text = _cell(cells, columns, "text") or _cell(cells, columns, "activity")
    if text is None:
        return None  # an empty row
    locs = {key: loc(key) for key in (*FILL_IN, "key", "activity")}
    status = _status(_cell(cells, columns, "status"), locs["status"], findings)
    achieved = _number(_cell(cells, columns, "achieved"), locs["achieved"], findings)
    when = _date(_cell(cells, columns, "date"), locs["date"], findings)
    key = _cell(cells, columns, "key")
    was = _was(_cell(cells, columns, "was"))
    return Answer(
        file=shown,
        key=str(key) if key is not None else None,
        text=" ".join(str(text).split()),
        area=str(_cell(cells, columns, "area") or ""),
        status=status,
        result=_text(_cell(cells, columns, "result")),
        achieved=achieved,
        reason=_text(_cell(cells, columns, "reason")),
        date=when,
        loc=loc("activity"),
        locs=locs,
        was=was,
    )


def _was(value: object) -> dict[str, object] | None:
    """What the fill-in cells held when the form was made, in the model's terms."""
    import json

    try:
        raw = json.loads(str(value)) if value is not None else None
    except ValueError:
        return None
    if not isinstance(raw, dict):
        return None
    status = STATUS_WORDS.get(str(raw.get("status")))
    day = parse_date(str(raw["date"])) if raw.get("date") else None
    return {
        "status": status,
        "result": raw.get("result"),
        "achieved": raw.get("achieved"),
        "reason": raw.get("reason"),
        "date": day if isinstance(day, PartialDate) else None,
    }


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).replace("\r\n", "\n").replace("\r", "\n").strip()
    return text or None


def _status(value: object, loc: Loc, findings: list[Finding]) -> Status | None:
    if value is None:
        return None
    word = " ".join(str(value).split())
    found = STATUS_WORDS.get(word.casefold())
    if found is not None:
        return found
    guess = MEANT.get(word.casefold()) or next(iter(closest(word.casefold(), [w.casefold() for w in SHOWN])), None)
    meant = next((w for w in SHOWN if w.casefold() == (guess or "").casefold()), None)
    hint = t("Did you mean {guess!r}? ", guess=meant) if meant else ""
    findings.append(
        Finding(
            "ML204",
            loc,
            t("{word!r} is not a status.", word=word),
            t("{guess}Choose one of the list: {values}.", guess=hint, values=", ".join(SHOWN)),
        )
    )
    return None


_NUMBER = re.compile(r"-?[0-9]{1,3}(?:[ \u00a0][0-9]{3})+(?:,[0-9]+)?\Z|-?[0-9]+(?:[.,][0-9]+)?\Z")


def _number(value: object, loc: Loc, findings: list[Finding]) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool):
        value = str(value)
    if isinstance(value, (int, float)):
        return value
    text = str(value).strip()
    if _NUMBER.match(text):
        cleaned = text.replace(" ", "").replace("\u00a0", "").replace(",", ".")
        number = float(cleaned)
        return int(number) if number.is_integer() and "." not in cleaned else number
    findings.append(
        Finding(
            "ML203",
            loc,
            t("{text!r} is not a number.", text=text),
            t("Write only the number in this column (40, or 2,5); words and explanations go in the result."),
        )
    )
    return None


def _date(value: object, loc: Loc, findings: list[Finding]) -> PartialDate | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return PartialDate(value.year, value.month, value.day)
    if isinstance(value, date):
        return PartialDate.of(value)
    parsed = parse_date(str(value).strip())
    if isinstance(parsed, DateProblem):
        findings.append(Finding("ML205", loc, parsed.message, parsed.hint or t("Write the date as YYYY-MM-DD (2024-06-30).")))
        return None
    return parsed


def same_text(a: str, b: str) -> bool:
    return fold(a) == fold(b)
