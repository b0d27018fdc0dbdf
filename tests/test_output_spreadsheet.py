"""The Excel variant opened by a real spreadsheet (LibreOffice Calc, headless) the way
Swedish Excel reads it: semicolon-separated UTF-8."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import DATA
from medlofte.cli import app

SOFFICE = shutil.which("soffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None and not os.environ.get("MEDLOFTE_REQUIRE_SPREADSHEET"), reason="LibreOffice (soffice) is not installed"
)


def test_excel_csv_opens_with_one_value_per_column_and_swedish_letters(runner: CliRunner, tmp_path: Path) -> None:
    assert SOFFICE is not None
    source = tmp_path / "polisen.csv"
    assert runner.invoke(app, ["actor", "Polisen", str(DATA), "--format", "excel", "-o", str(source)]).exit_code == 0
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
    cells = list(csv.reader(io.StringIO((converted / "polisen.csv").read_text(encoding="utf-8"), newline="")))
    ours = list(csv.reader(io.StringIO(source.read_text(encoding="utf-8-sig"), newline=""), delimiter=";"))
    assert cells[0][0] == "Problemområde"
    assert len(cells) == len(ours) == 19
    assert [row[:5] for row in cells] == [row[:5] for row in ours]
    assert "Skadegörelse/anlagda bränder/bilbränder" in {row[0] for row in cells}


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
