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
