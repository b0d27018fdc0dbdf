"""CSV as spreadsheets open it: every CSV medlofte writes goes through here, so a cell that
would run as a formula never reaches a spreadsheet live."""

from __future__ import annotations

# A cell starting with one of these runs as a formula in Excel or LibreOffice (the
# full-width forms in Excel with an East Asian input language); tab and carriage return
# let a formula hide behind them.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def csv_text(rows: list[list[str]], excel: bool) -> str:
    """RFC 4180 (comma, CRLF); ``excel`` gives what Swedish Excel opens as columns:
    semicolons and a UTF-8 byte-order mark. Formula-looking cells are defused in both,
    since a file named .csv opens in a spreadsheet whichever variant it is."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if excel else ",", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for row in rows:
        writer.writerow([defuse(cell) for cell in row])
    return ("\ufeff" if excel else "") + out.getvalue()


def defuse(cell: str) -> str:
    """The cell as text: a leading apostrophe keeps a spreadsheet from running it (OWASP's
    advice for CSV injection)."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell
