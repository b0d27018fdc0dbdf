"""A returned form read back: the task list saved as CSV (either delimiter, the BOM Excel
writes, the apostrophe medlofte put before formula-like cells)."""

from __future__ import annotations

from pathlib import Path

import pytest

from medlofte.data import answers
from medlofte.data.findings import Loc
from medlofte.data.model import Status


def read_csv(tmp_path: Path, text: str) -> answers.Returned:
    path = tmp_path / "svar.csv"
    path.write_bytes(text.encode("utf-8"))
    return answers.read(path)


def test_a_semicolon_csv_from_swedish_excel_is_read_cell_by_cell(tmp_path: Path) -> None:
    returned = read_csv(
        tmp_path,
        "\ufeffProblemområde;Aktivitet;Status;Resultat;Orsak\r\n"
        "Trafik;Fler kontroller, kvällstid;Genomförd;'=SUM(A1);'x\r\n"
        "Trafik;Möten;done;'-5;'\r\n",
    )
    assert returned.findings == []
    first, second = returned.answers
    shown = (tmp_path / "svar.csv").as_posix()
    assert (first.area, first.text, first.status, first.result, first.reason) == (
        "Trafik",
        "Fler kontroller, kvällstid",  # the comma is no delimiter here
        Status.DONE,
        "=SUM(A1)",  # medlofte's apostrophe taken off again
        "'x",  # an apostrophe before ordinary text is the partner's own
    )
    assert first.loc == Loc(shown, 2, 2)
    assert first.locs["status"] == Loc(shown, 2, 3)
    assert first.locs["reason"] == Loc(shown, 2, 5)
    assert (second.text, second.result, second.reason, second.loc) == ("Möten", "-5", "'", Loc(shown, 3, 2))


def test_the_delimiter_is_the_one_the_header_line_has_most_of(tmp_path: Path) -> None:
    returned = read_csv(tmp_path, "Problem area;Activity;Status;Result\nTrafik;Fler, kontroller;done;Klart\n")
    assert [(a.area, a.text, a.result) for a in returned.answers] == [("Trafik", "Fler, kontroller", "Klart")]


def test_a_comma_csv_is_read_with_commas(tmp_path: Path) -> None:
    returned = read_csv(tmp_path, 'Problem area,Activity,Status,Result\nTrafik,"Fler; kontroller",done,\'@a\n')
    assert returned.findings == []
    [answer] = returned.answers
    assert (answer.text, answer.result, answer.reason) == ("Fler; kontroller", "@a", None)


@pytest.mark.parametrize(
    ("cell", "read"),
    # a cell is trimmed after: the tab or line break medlofte guarded goes too
    [("'=1", "=1"), ("'+1", "+1"), ("'-1", "-1"), ("'@a", "@a"), ("'\tx", "x"), ("'\rx", "x"), ("'a", "'a"), ("'", "'")],
)
def test_only_medlofte_s_own_apostrophe_is_taken_off(tmp_path: Path, cell: str, read: str) -> None:
    quoted = '"' + cell + '"'
    returned = read_csv(tmp_path, f"Problemområde;Aktivitet;Status;Resultat\nTrafik;A;done;{quoted}\n")
    assert [a.result for a in returned.answers] == [read]


NOT_A_FORM_HINT = (
    "Collect the .xlsx form that medlofte made (or the task list saved as CSV), without renaming its sheet or headers."
)


def test_a_file_without_the_form_s_headers_or_sheet_is_not_a_form(tmp_path: Path) -> None:
    from openpyxl import Workbook

    from medlofte.data.findings import Finding

    returned = read_csv(tmp_path, "Namn;Något\nx;y\n")
    shown = (tmp_path / "svar.csv").as_posix()
    why = "its first row does not have the form's headers (Aktivitet, Status …)"
    assert returned == answers.Returned(
        [], [Finding("ML604", Loc(shown, 1, 1), f"This is not a medlofte follow-up form: {why}.", NOT_A_FORM_HINT)]
    )
    book = Workbook()
    book.active.title = "Blad1"
    book.save(tmp_path / "svar.xlsx")
    returned = answers.read(tmp_path / "svar.xlsx")
    message = "This is not a medlofte follow-up form: it has no sheet named 'Uppföljning'."
    shown = (tmp_path / "svar.xlsx").as_posix()
    assert returned == answers.Returned([], [Finding("ML604", Loc(shown, 1, 1), message, NOT_A_FORM_HINT)])


def test_a_bad_date_and_a_misspelt_status_are_findings_at_their_cells(tmp_path: Path) -> None:
    from medlofte.data.findings import Finding
    from medlofte.data.model import PartialDate

    returned = read_csv(
        tmp_path,
        "Problemområde;Aktivitet;Status;Datum för uppföljningen\nTrafik;A;genomförd;2024-13-45\nTrafik;C;pågåend;2024-06\n",
    )
    shown = (tmp_path / "svar.csv").as_posix()
    choose = "Choose one of the list: Planerad, Pågående, Genomförd, Delvis genomförd, Ej genomförd, Inställd."
    assert returned.findings == [
        Finding(
            "ML205",
            Loc(shown, 2, 4),
            "'2024-13-45' is not a valid date: there is no month 13 (months are 01–12).",
            "Correct the day or the month.",
        ),
        Finding("ML204", Loc(shown, 3, 3), "'pågåend' is not a status.", f"Did you mean 'Pågående'? {choose}"),
    ]
    assert [(a.text, a.status, a.date) for a in returned.answers] == [
        ("A", Status.DONE, None),
        ("C", None, PartialDate(2024, 6)),
    ]


def test_a_date_excel_stores_as_a_date_is_read_as_that_day(tmp_path: Path) -> None:
    from datetime import datetime

    from openpyxl import Workbook

    from medlofte.data.forms import SHEET
    from medlofte.data.model import PartialDate

    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    sheet.append(["Problemområde", "Aktivitet", "Status", "Datum för uppföljningen"])
    sheet.append(["Trafik", "A", "done", datetime(2024, 6, 30)])
    book.save(tmp_path / "svar.xlsx")
    returned = answers.read(tmp_path / "svar.xlsx")
    assert returned.findings == []
    [answer] = returned.answers
    assert (answer.date, answer.loc) == (PartialDate(2024, 6, 30), Loc((tmp_path / "svar.xlsx").as_posix(), 2, 2, SHEET))
