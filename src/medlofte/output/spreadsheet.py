"""CSV as spreadsheets open it: every CSV medlofte writes goes through here, so a cell that
would run as a formula never reaches a spreadsheet live."""

from __future__ import annotations


def csv_text(rows: list[list[str]], excel: bool) -> str:
    """RFC 4180 (comma, CRLF); ``excel`` gives what Swedish Excel opens as columns:
    semicolons, a UTF-8 byte-order mark, and formula-looking cells defused."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if excel else ",", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for row in rows:
        writer.writerow([defuse(cell) for cell in row] if excel else row)
    return ("\ufeff" if excel else "") + out.getvalue()


def defuse(cell: str) -> str:
    # A cell starting with = + - @ would run as a formula in a spreadsheet.
    return "'" + cell if cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell
