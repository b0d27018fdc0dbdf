"""The activities of many promises as open data: CSV (plain, or for Swedish Excel), xlsx or
JSON, one row per activity, and the Frictionless data package (``datapackage.json``) that
describes the file so that other tools can check and load it. Column names are stable and
documented in docs/export.md; the same data gives the same bytes."""

from __future__ import annotations

import io
import json
from typing import Any

from medlofte.choices import ExportFormat
from medlofte.output.spreadsheet import csv_text
from medlofte.views.overview import COLUMN_NAMES, NUMBER_COLUMNS, Cell

JSON_VERSION = 1
SHEET = "aktiviteter"
RESOURCE = "activities"
DATE_PATTERN = r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"  # a year, a month or a day, as the data gives it
DATE_COLUMNS = frozenset({"period_start", "period_end", "start", "end", "due", "followed_up"})

# What each column holds, for the data package; docs/export.md says the same in more words.
DESCRIPTIONS = {
    "promise": "The promise's key in this file: municipality, place and first year as a slug, numbered when two share it.",
    "promise_title": "The promise's title.",
    "municipality": "The municipality (kommun).",
    "promise_place": "The district or place the promise covers, when only part of the municipality.",
    "police_area": "The local police area (lokalpolisområde).",
    "period_start": "The first day, month or year of the promise's period (YYYY, YYYY-MM or YYYY-MM-DD).",
    "period_end": "The last day, month or year of the period, an extension included.",
    "period": "The period as the document writes it, else start–end.",
    "area": "The group of promises the activity is in: a problem area, who promises, a place.",
    "area_kind": "What the group is: problem, actor, place or list.",
    "area_file": "The area file in the data folder.",
    "activity_number": "The activity's position in its promise, from 1.",
    "activity_id": "The activity's stable id, when it has one.",
    "activity": "What will be done, in the document's words.",
    "activity_kind": "conditional (applies only if something happens), continuing, or empty.",
    "lead": "Who leads the activity, names joined by '; '.",
    "lead_ids": "The ids of those who lead, joined by '; '.",
    "participants": "Who takes part without leading, names joined by '; '.",
    "participant_ids": "The ids of the participants, joined by '; '.",
    "actor_types": "The types of every actor involved (police, municipal, housing, …), joined by '; '.",
    "others": "Partners the document does not name, as text.",
    "quantity": "How much was promised, in words ('minst 20 trafikkontroller'); several joined by '; '.",
    "quantity_amount": "The first promised quantity's number.",
    "quantity_unit": "The first promised quantity's unit.",
    "when": "When, in words.",
    "frequency": "How often, in words.",
    "activity_place": "Where the activity takes place.",
    "target_group": "For whom.",
    "start": "The activity's start (YYYY, YYYY-MM or YYYY-MM-DD).",
    "end": "The activity's own deadline.",
    "due": "When it should be done: its end, else the end of its period.",
    "status": "planned, ongoing, done, partly-done, not-done, cancelled, or empty when not given.",
    "result": "What was done.",
    "achieved": "The number achieved, against quantity_amount.",
    "reason": "Why it was not (fully) done.",
    "followed_up": "The date of the last follow-up.",
}
STATUSES = ["", "planned", "ongoing", "done", "partly-done", "not-done", "cancelled"]


def _text(column: str, value: Cell) -> str:
    if value is None:
        return ""
    if column in NUMBER_COLUMNS and isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def to_csv(rows: list[tuple[Cell, ...]], excel: bool = False) -> bytes:
    """RFC 4180 CSV, or the Swedish Excel variant; every text cell defused."""
    table = [list(COLUMN_NAMES), *([_text(c, v) for c, v in zip(COLUMN_NAMES, row, strict=True)] for row in rows)]
    return csv_text(table, excel).encode("utf-8")


def to_json(rows: list[tuple[Cell, ...]]) -> bytes:
    """A versioned document: ``{"version": 1, "columns": [...], "activities": [{...}, ...]}``."""
    document = {
        "version": JSON_VERSION,
        "columns": list(COLUMN_NAMES),
        "activities": [dict(zip(COLUMN_NAMES, row, strict=True)) for row in rows],
    }
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def to_xlsx(rows: list[tuple[Cell, ...]]) -> bytes:
    """One sheet, a header row and a row per activity; texts stay texts (never formulas)."""
    from openpyxl import Workbook

    from medlofte.output.forms import FIXED_TIME, fixed_zip_times, put_cell

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = SHEET
    for column, name in enumerate(COLUMN_NAMES, 1):
        put_cell(sheet.cell(row=1, column=column), name)
    for number, row in enumerate(rows, 2):
        for column, value in enumerate(row, 1):
            put_cell(sheet.cell(row=number, column=column), value)
    sheet.freeze_panes = "A2"
    book.properties.creator = "medlofte"
    book.properties.created = book.properties.modified = FIXED_TIME
    buffer = io.BytesIO()
    book.save(buffer)
    return fixed_zip_times(buffer.getvalue())


def encode(rows: list[tuple[Cell, ...]], fmt: ExportFormat) -> bytes:
    if fmt is ExportFormat.json:
        return to_json(rows)
    if fmt is ExportFormat.xlsx:
        return to_xlsx(rows)
    return to_csv(rows, excel=fmt is ExportFormat.excel)


def _field(column: str) -> dict[str, Any]:
    field: dict[str, Any] = {"name": column, "description": DESCRIPTIONS[column]}
    if column == "activity_number":
        field.update(type="integer", constraints={"required": True, "minimum": 1})
    elif column in NUMBER_COLUMNS:
        field["type"] = "number"
    else:
        field["type"] = "string"
        if column in DATE_COLUMNS:
            field["constraints"] = {"pattern": DATE_PATTERN}
        elif column == "status":
            field["constraints"] = {"enum": STATUSES}
        elif column in ("promise", "municipality", "activity", "area_kind"):
            field["constraints"] = {"required": True}
    return field


def datapackage(file_name: str, fmt: ExportFormat, rows: int) -> bytes:
    """The Frictionless data package describing the export written as ``file_name`` beside it."""
    resource: dict[str, Any] = {
        "name": RESOURCE,
        "path": file_name,
        "profile": "tabular-data-resource",
        "title": "Medborgarlöften: aktiviteter",
        "description": f"One row per activity of each promise ({rows} rows), written by medlofte export.",
        "schema": {
            "fields": [_field(c) for c in COLUMN_NAMES],
            "primaryKey": ["promise", "activity_number"],
            "missingValues": [""],
        },
    }
    if fmt in (ExportFormat.csv, ExportFormat.excel):
        resource.update(format="csv", mediatype="text/csv", encoding="utf-8")
        if fmt is ExportFormat.excel:
            resource.update(encoding="utf-8-sig", dialect={"delimiter": ";"})
    elif fmt is ExportFormat.xlsx:
        resource.update(
            format="xlsx",
            mediatype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            dialect={"excel": {"sheet": SHEET}},
        )
    else:
        resource.update(
            format="json", mediatype="application/json", encoding="utf-8", dialect={"json": {"property": "activities"}}
        )
    package = {
        "profile": "tabular-data-package",
        "name": "medborgarloften",
        "title": "Medborgarlöften",
        "resources": [resource],
    }
    return (json.dumps(package, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
