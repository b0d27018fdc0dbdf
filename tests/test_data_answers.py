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
