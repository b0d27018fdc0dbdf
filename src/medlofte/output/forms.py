"""The follow-up form as a real .xlsx file, written with openpyxl (which also reads the
returned forms back, so one maintained library handles both directions).

The sheet is laid out for a partner who has never seen medlofte: a frozen header, wrapped
text, a drop-down list of status words, numbers only where a number is asked for, the
columns to fill in unlocked and the rest locked, a hidden key per row, an instructions
sheet in Swedish, and a print set-up of one page wide in landscape with the header on every
page. The bytes are the same for the same data.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from typing import TYPE_CHECKING, Any

from medlofte.data.forms import COLUMNS, FORM_VERSION, HIDDEN, INSTRUCTIONS, META, SHEET
from medlofte.views.forms import Form
from medlofte.views.labels import Labels

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

FIXED_TIME = datetime(2000, 1, 1)  # workbook properties, so the same data gives the same bytes
FILL = "FFF4CC"  # the cells to fill in: a light yellow a partner sees at once
HEAD = "1F3A5F"


def form_xlsx(form: Form, labels: Labels) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = SHEET
    _rows(sheet, form, labels)
    _instructions(book.create_sheet(INSTRUCTIONS), form, labels)
    meta = book.create_sheet(META)
    for number, row in enumerate((("form_version", FORM_VERSION), ("promise", form.promise), ("actor", form.actor)), 1):
        for column, text in enumerate(row, 1):
            put_cell(meta.cell(row=number, column=column), text)
    meta.sheet_state = "hidden"
    book.properties.creator = "medlofte"
    book.properties.created = book.properties.modified = FIXED_TIME
    buffer = io.BytesIO()
    book.save(buffer)
    return fixed_zip_times(buffer.getvalue())


def _rows(sheet: Worksheet, form: Form, labels: Labels) -> None:
    from openpyxl.styles import Alignment, Font, NamedStyle, PatternFill, Protection
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.properties import PageSetupProperties

    lang = labels.lang
    for index, column in enumerate(COLUMNS, start=1):
        put_cell(sheet.cell(row=1, column=index), column.sv if lang == "sv" else column.en)
    for number, row in enumerate(form.rows, start=2):
        values: dict[str, Any] = row._asdict()
        for index, column in enumerate(COLUMNS, start=1):
            put_cell(sheet.cell(row=number, column=index), values[column.key])
    last = len(form.rows) + 1
    for number, row in enumerate(form.rows, start=2):  # spreadsheets do not grow rows for wrapped text
        values = row._asdict()
        lines = max(_lines(values[c.key], c.width) for c in COLUMNS if c.key not in HIDDEN)
        sheet.row_dimensions[number].height = 15 * max(lines, 2) + 3
    # Named styles: a cell then refers to one style, which is much faster than giving every
    # cell its own alignment, fill and protection.
    body = Font(name="Arial", size=10)  # on every computer (Liberation Sans where Arial is not)
    read = NamedStyle(name="medlofte-read", font=body, alignment=Alignment(wrap_text=True, vertical="top"))
    write = NamedStyle(
        name="medlofte-write",
        font=body,
        alignment=Alignment(wrap_text=True, vertical="top"),
        fill=PatternFill("solid", fgColor=FILL),
        protection=Protection(locked=False),
    )
    number_style = NamedStyle(
        name="medlofte-number",
        font=body,
        alignment=Alignment(vertical="top"),
        fill=PatternFill("solid", fgColor=FILL),
        protection=Protection(locked=False),
        number_format="0.##",
    )
    head = NamedStyle(
        name="medlofte-head",
        font=Font(name="Arial", size=10, bold=True, color="FFFFFF"),
        fill=PatternFill("solid", fgColor=HEAD),
        alignment=Alignment(wrap_text=True, vertical="center"),
    )
    book = sheet.parent
    assert book is not None
    for style in (read, write, number_style, head):
        book.add_named_style(style)
    for index, column in enumerate(COLUMNS, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = column.width
        if column.key in HIDDEN:
            sheet.column_dimensions[letter].hidden = True
        sheet.cell(row=1, column=index).style = head.name
        name = number_style.name if column.key == "achieved" else write.name if column.fill_in else read.name
        for number in range(2, last + 1):
            sheet.cell(row=number, column=index).style = name
    letters = {c.key: get_column_letter(i) for i, c in enumerate(COLUMNS, start=1)}
    if last >= 2:
        status = DataValidation(
            type="list",
            formula1='"' + ",".join(form.statuses) + '"',
            allow_blank=True,
            showErrorMessage=True,
            errorTitle=labels["form_status_title"],
            error=labels["form_status_error"].format(words=", ".join(form.statuses)),
        )
        status.add(f"{letters['status']}2:{letters['status']}{last}")
        achieved = DataValidation(
            type="decimal",
            operator="greaterThanOrEqual",
            formula1="0",
            allow_blank=True,
            showErrorMessage=True,
            errorTitle=labels["form_number_title"],
            error=labels["form_number_error"],
        )
        achieved.add(f"{letters['achieved']}2:{letters['achieved']}{last}")
        for validation in (status, achieved):
            sheet.add_data_validation(validation)
    sheet.freeze_panes = "C2"
    titles = [c.sv if lang == "sv" else c.en for c in COLUMNS]
    sheet.row_dimensions[1].height = 15 * max(_lines(t, c.width) for t, c in zip(titles, COLUMNS, strict=True)) + 6
    sheet.protection.sheet = True  # no password: the locked columns guard against slips, not people
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False
    sheet.protection.sort = False
    sheet.protection.autoFilter = False
    sheet.auto_filter.ref = f"A1:{letters['date']}{max(last, 1)}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_title_rows = "1:1"
    sheet.print_area = f"A1:{letters['date']}{max(last, 1)}"
    header, footer = sheet.oddHeader, sheet.oddFooter  # always there; typed as optional
    assert header is not None
    assert footer is not None
    header.center.text = form.title
    footer.right.text = labels["form_page"]


def _lines(value: object, width: int) -> int:
    """About how many lines a value takes in a column ``width`` characters wide."""
    if value is None or value == "":
        return 1
    import math

    return sum(max(1, math.ceil(len(part) * 1.15 / width)) for part in str(value).split("\n"))


def put_cell(cell: Any, value: object) -> None:  # an openpyxl cell
    """Text as text, never a formula a spreadsheet would run ('=HYPERLINK(…)' stays the
    text it is); numbers as numbers; nothing for empty."""
    if value is None or value == "":
        return
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.value = value
        return
    cell.value = str(value)
    cell.data_type = "s"  # openpyxl would take a text starting with '=' for a formula


def _instructions(sheet: Worksheet, form: Form, labels: Labels) -> None:
    from openpyxl.styles import Alignment, Font

    sheet.column_dimensions["A"].width = 100
    lines = [
        (form.title, True),
        (f"{labels['period']}: {form.period}" if form.period else "", False),
        ("", False),
        *((line, False) for line in labels["form_instructions"].split("\n")),
        ("", False),
        (labels["form_statuses"].format(words=", ".join(form.statuses)), False),
    ]
    if form.contact:
        lines.append((labels["form_contact"].format(contact=form.contact), False))
    for number, (text, bold) in enumerate(lines, start=1):
        cell = sheet.cell(row=number, column=1)
        put_cell(cell, text)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.row_dimensions[number].height = 15 * _lines(text, 100) + 3
        if bold:
            cell.font = Font(bold=True, size=14)
            sheet.row_dimensions[number].height = 24
    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4


def fixed_zip_times(data: bytes) -> bytes:
    """The same archive with every member dated the same, and the "modified" property that
    openpyxl sets on saving fixed too, so the bytes do not depend on the clock."""
    import re

    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                content = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp, content)
            fixed = zipfile.ZipInfo(info.filename, date_time=(2000, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            target.writestr(fixed, content)
    return out.getvalue()
