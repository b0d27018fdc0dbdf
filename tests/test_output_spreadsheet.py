"""output/spreadsheet.py: CSV as spreadsheets open it. Every cell that a spreadsheet would
run as a formula is defused in both variants, in every column; and the Excel variant opened
by a real spreadsheet (LibreOffice Calc, headless) the way Swedish Excel reads it."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import DATA, MINIMAL
from medlofte.cli import app
from medlofte.output.spreadsheet import csv_text, defuse

SOFFICE = shutil.which("soffice")
needs_soffice = pytest.mark.skipif(
    SOFFICE is None and not os.environ.get("MEDLOFTE_REQUIRE_SPREADSHEET"), reason="LibreOffice (soffice) is not installed"
)


# What a spreadsheet takes for the start of a formula (OWASP's list for CSV injection).
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def parse_excel(text: str) -> list[list[str]]:
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:], newline=""), delimiter=";"))


@pytest.mark.parametrize("trigger", TRIGGERS)
def test_a_formula_looking_cell_is_defused(trigger: str) -> None:
    assert defuse(f"{trigger}1+1") == f"'{trigger}1+1"
    assert defuse(trigger) == f"'{trigger}"


@pytest.mark.parametrize("cell", ["", "Polisen", "1+1", " =1+1", "'=1", "a=b", "2,5", "trafik-kontroller"])
def test_other_cells_are_left_alone(cell: str) -> None:
    assert defuse(cell) == cell


@pytest.mark.parametrize("trigger", TRIGGERS)
@pytest.mark.parametrize("column", range(4))
def test_every_column_of_every_row_is_defused_in_both_variants(trigger: str, column: int) -> None:
    rows = [["a", "b", "c", "d"], ["e", "f", "g", "h"]]
    for row in rows:
        row[column] = f"{trigger}HYPERLINK(1)"
    assert parse_excel(csv_text(rows, excel=True)) == [
        [f"'{trigger}HYPERLINK(1)" if i == column else cell for i, cell in enumerate(row)] for row in rows
    ]
    plain = list(csv.reader(io.StringIO(csv_text(rows, excel=False), newline="")))
    # Plain CSV too: a file named .csv opens in a spreadsheet whichever variant it is (issue #12).
    assert plain == parse_excel(csv_text(rows, excel=True))


HOSTILE_ACTORS = """actors:
  - id: polisen
    name: "=Polisen"
    type: police
  - id: exempels-kommun
    name: "+Exempels kommun"
    short: Kommunen
    type: municipal
  - id: samverkan
    name: "-Samverkansgruppen"
    members: [polisen]
  - id: foreningen
    name: "@Föreningen"
    type: civil-society
"""
HOSTILE_AREA = """title: "-Trafik"
commitments:
  - actors: [samverkan, exempels-kommun]
    activities:
      - text: "@SUM(1+1)"
        participants: [foreningen]
        when: "=NOW()"
        start: 2025-05-01
        end: 2025-06-01
        frequency: "-1+1"
        quantity: "+20 kontroller"
        place: "@torget"
        target_group: "=unga"
        status: partly-done
        result: "+resultat"
        reason: "-orsak"
"""


@pytest.fixture
def hostile(minimal: Path) -> Path:
    """Every free-text column of a task list starts like a formula."""
    (minimal / "actors.yaml").write_text(HOSTILE_ACTORS, encoding="utf-8")
    (minimal / "areas" / "01-trafik.yaml").write_text(HOSTILE_AREA, encoding="utf-8")
    promise = minimal / "promise.yaml"
    promise.write_text(
        promise.read_text(encoding="utf-8").replace("[Polisen, Exempels kommun]", "[polisen, kommunen]"), encoding="utf-8"
    )
    return minimal


def test_task_list_for_excel_defuses_every_column(runner: CliRunner, hostile: Path) -> None:
    result = runner.invoke(app, ["actor", "polisen", str(hostile), "--format", "excel"])
    assert (result.exit_code, result.stderr) == (0, "")
    rows = parse_excel(result.stdout_bytes.decode("utf-8"))
    assert rows[1] == [
        "'-Trafik",
        "'@SUM(1+1)",
        "via -Samverkansgruppen (ansvarig)",
        "'-Samverkansgruppen",
        "'-Samverkansgruppen, +Exempels kommun",
        "'@Föreningen",
        "'=NOW()",
        "2025-05-01",
        "2025-06-01",
        "'-1+1",
        "'+20 kontroller",
        "'@torget",
        "'=unga",
        "delvis genomförd",
        "",
        "'+resultat",
        "'-orsak",
    ]
    assert len(rows) == 2


def test_actor_overview_for_excel_defuses_names(runner: CliRunner, hostile: Path) -> None:
    result = runner.invoke(app, ["actors", str(hostile), "--format", "excel"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert [row[0] for row in parse_excel(result.stdout_bytes.decode("utf-8"))] == [
        "Aktör", "'+Exempels kommun", "'@Föreningen", "'=Polisen", "'-Samverkansgruppen",
    ]  # fmt: skip


def calc(source: Path, tmp_path: Path) -> list[list[str]]:
    """The cells LibreOffice Calc reads from our Excel CSV, written back as plain CSV."""
    assert SOFFICE is not None
    converted = tmp_path / "out"
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--infilter=CSV:59,34,76,1",  # separator ';', quote '"', UTF-8, from line 1
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",
            "--outdir",
            str(converted),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return list(csv.reader(io.StringIO((converted / source.name).read_text(encoding="utf-8"), newline="")))


@pytest.mark.external
@needs_soffice
def test_excel_csv_opens_with_one_value_per_column_and_swedish_letters(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "polisen.csv"
    assert runner.invoke(app, ["actor", "Polisen", str(DATA), "--format", "excel", "-o", str(source)]).exit_code == 0
    cells = calc(source, tmp_path)
    ours = list(csv.reader(io.StringIO(source.read_text(encoding="utf-8-sig"), newline=""), delimiter=";"))
    assert cells[0][0] == "Problemområde"
    assert len(cells) == len(ours) == 19
    assert [row[:5] for row in cells] == [row[:5] for row in ours]
    assert "Skadegörelse/anlagda bränder/bilbränder" in {row[0] for row in cells}


@pytest.mark.external
@needs_soffice
def test_a_spreadsheet_shows_defused_cells_as_text(runner: CliRunner, hostile: Path, tmp_path: Path) -> None:
    area = hostile / "areas" / "01-trafik.yaml"
    area.write_text(area.read_text(encoding="utf-8").replace('"@SUM(1+1)"', '"=1+1"'), encoding="utf-8")
    source = tmp_path / "polisen.csv"
    assert runner.invoke(app, ["actor", "polisen", str(hostile), "--format", "excel", "-o", str(source)]).exit_code == 0
    cells = calc(source, tmp_path)
    assert cells[1][1] in ("=1+1", "'=1+1")  # text, not the formula's value 2
    assert cells[1][9] in ("-1+1", "'-1+1")  # not 0


@pytest.mark.external  # LibreOffice and poppler
@needs_soffice
def test_the_follow_up_form_opens_in_libreoffice_and_prints_with_its_header_on_every_page(
    runner: CliRunner, tmp_path: Path
) -> None:
    """LibreOffice reads the .xlsx as a partner's spreadsheet would: the pages are A4
    landscape, one page wide, every page starts with the header row, and the text is there."""
    assert SOFFICE is not None
    import shutil as copying

    from conftest import FOLLOWED_UP

    copying.copytree(FOLLOWED_UP, tmp_path / "data")
    form = tmp_path / "polisen.xlsx"
    made = runner.invoke(app, ["actor", "Polisen", str(tmp_path / "data"), "--output", str(form)])
    assert made.exit_code == 0
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(form)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    pdf = tmp_path / "polisen.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    assert "841.89 x 595.3" in info  # A4, landscape
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    per_page = text.split("\f")[:pages]
    form_pages, instructions = per_page[:-1], per_page[-1]  # LibreOffice prints the instructions sheet last
    assert len(form_pages) >= 2
    assert all("Aktivitet" in page and "Status" in page for page in form_pages)  # the header repeated
    assert all("Uppföljning: Medborgarlöfte 2023 – Polisen" in page for page in form_pages)
    assert "Så här fyller du i formuläret" in instructions
    assert "Spara filen som den är (.xlsx) och skicka tillbaka den." in " ".join(instructions.split())
    assert "anordna städdagar" in text
    assert "Nyckel" not in text  # the hidden columns are not printed


FORMULAS = ["=1+1", "+1+1", "-1+1", "@SUM(1;2)", '=HYPERLINK("https://example.com";"klicka")', "=cmd|' /C calc'!A0"]


@pytest.mark.external
@needs_soffice
def test_no_formula_runs_when_libreoffice_opens_any_csv_we_write(runner: CliRunner, tmp_path: Path) -> None:
    """Every CSV medlofte writes (both variants, task lists and the actor overview) opened
    with formula evaluation on: each cell that looks like a formula stays the text it is."""
    assert SOFFICE is not None
    data = tmp_path / "data"
    shutil.copytree(MINIMAL, data)
    texts = [json.dumps(f, ensure_ascii=False) for f in FORMULAS]
    area = data / "areas" / "01-trafik.yaml"
    activities = "".join(
        f"      - text: {t}\n        when: {t}\n        place: {t}\n        status: done\n        result: {t}\n" for t in texts
    )
    area.write_text(f"title: {texts[0]}\ncommitments:\n  - actors: [Polisen]\n    activities:\n{activities}", encoding="utf-8")
    actors = data / "actors.yaml"
    actors.write_text(actors.read_text(encoding="utf-8").replace("name: Polisen", f"name: {texts[1]}\n    aliases: [Polisen]"))
    written = []
    for command in (["actor", "Polisen"], ["actors"]):
        for fmt, delimiter in (("csv", "44"), ("excel", "59")):
            target = tmp_path / f"{command[0]}-{fmt}.csv"
            result = runner.invoke(app, [*command, str(data), "--format", fmt, "--output", str(target)])
            assert result.exit_code == 0, result.output
            written.append((target, delimiter))
    converted = tmp_path / "out"
    for target, delimiter in written:  # evaluate formulas: the 13th import option
        subprocess.run(
            [
                SOFFICE,
                f"-env:UserInstallation=file://{tmp_path / 'profile'}",
                "--headless",
                f"--infilter=CSV:{delimiter},34,76,1,,0,false,true,false,false,false,-1,true",
                "--convert-to",
                "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false",
                "--outdir",
                str(converted),
                str(target),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    for target, delimiter in written:
        ours = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"), newline=""), delimiter=chr(int(delimiter))))
        shown = list(csv.reader(io.StringIO((converted / target.name).read_text(encoding="utf-8"), newline="")))
        formulas = 0
        for row, shown_row in zip(ours, shown, strict=True):
            for cell, value in zip(row, shown_row, strict=False):
                if cell.removeprefix("'") in FORMULAS:
                    formulas += 1
                    assert cell.startswith("'"), f"{target.name}: {cell!r} is written as a formula"
                    assert value == cell, f"{target.name}: {cell!r} was shown as {value!r}"
        assert formulas >= (1 if target.name.startswith("actors") else 3 * len(FORMULAS)), target.name
