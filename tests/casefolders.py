"""Case folders: tests/cases/<name>/ turned into a data directory and its expected output.

A case folder holds
  data/        files laid over the minimal valid data set (tests/fixtures/minimal/),
  delete       optional: paths (relative to the data directory) to remove from it,
  generate.py  optional: ``generate(data_dir)`` writes files too large to keep in git,
  expected     what ``medlofte validate --format text .`` prints in that data directory,
               whole: one ``path:line:column: severity [code] message hint`` line per
               finding (paths relative to the data directory), then the summary line,
  expected.sv  the same in Swedish (``medlofte validate --lang sv``): the same lines,
               codes and severities, the message, the hint and the summary in Swedish.

After a deliberate change of a message, regenerate the files with
``MEDLOFTE_UPDATE_GOLDEN=1 python -m pytest tests/test_cases.py`` and read the diff.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
from pathlib import Path
from typing import NamedTuple

from typer.testing import CliRunner

from medlofte.cli import app

TESTS = Path(__file__).parent
CASES = TESTS / "cases"
MINIMAL = TESTS / "fixtures" / "minimal"


class Expected(NamedTuple):
    """One finding line of an ``expected`` file, taken apart."""

    path: str
    line: int
    column: int
    severity: str
    code: str
    text: str


FINDING = re.compile(
    r"(?P<path>.+?):(?P<line>\d+):(?P<column>\d+): (?P<severity>error|warning) \[(?P<code>ML\d{3})\] (?P<text>.+)"
)
SUMMARY = re.compile(r"Checked \d+ files? in \d+ data director(y|ies): .+\.")


def case_names() -> list[str]:
    return sorted(p.name for p in CASES.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))


def build(name: str, target: Path) -> Path:
    """Lay the case out as a complete data directory under ``target``."""
    case = CASES / name
    data = target / "data"
    shutil.copytree(MINIMAL, data)
    overlay = case / "data"
    if overlay.is_dir():
        shutil.copytree(overlay, data, dirs_exist_ok=True)
    deletions = case / "delete"
    if deletions.is_file():
        for line in deletions.read_text(encoding="utf-8").split():
            (data / line).unlink()
    generator = case / "generate.py"
    if generator.is_file():
        spec = importlib.util.spec_from_file_location(f"case_{name.replace('-', '_')}", generator)
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.generate(data)
    return data


def expected_output(name: str, lang: str = "en") -> str:
    """The ``expected`` file as written (``expected.sv`` for Swedish): the whole output of
    ``medlofte validate``."""
    return (CASES / name / EXPECTED[lang]).read_text(encoding="utf-8")


EXPECTED = {"en": "expected", "sv": "expected.sv"}


def expected(name: str) -> list[Expected]:
    """The expected findings of a case, in order; the file must end in the summary line."""
    *findings, summary = expected_output(name).splitlines()
    assert SUMMARY.fullmatch(summary), f"{name}/expected: the last line is not a summary: {summary!r}"
    parsed = []
    for line in findings:
        match = FINDING.fullmatch(line)
        assert match, f"{name}/expected: not a finding line: {line!r}"
        parsed.append(
            Expected(match["path"], int(match["line"]), int(match["column"]), match["severity"], match["code"], match["text"])
        )
    return parsed


def validate_text(data: Path, lang: str = "en") -> tuple[int, str]:
    """Exit code and output of ``medlofte validate --format text --lang LANG .`` run inside
    ``data``, as a user there would see them (no terminal: no colour, no source lines)."""
    before = Path.cwd()
    os.chdir(data)
    try:
        result = CliRunner().invoke(app, ["validate", "--format", "text", "--lang", lang, "."])
    finally:
        os.chdir(before)
    assert result.stderr == "", result.stderr
    return result.exit_code, result.stdout
