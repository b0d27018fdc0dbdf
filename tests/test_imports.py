"""Start-up stays lean: commands import jinja2 and rich (and serve watchfiles) only when they need them.

Not a timing (those live in benchmarks/): the modules a fresh process has loaded."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import ROOT

PROBE = """
import json, sys
sys.argv = ["medlofte", *json.loads(sys.argv[1])]
from medlofte.cli import app
try:
    app()
except SystemExit:
    pass
probed = ("jinja2", "rich", "markupsafe", "weasyprint", "watchfiles")
print("\\n" + json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in probed)))
"""


def loaded(*args: str) -> set[str]:
    done = subprocess.run([sys.executable, "-c", PROBE, json.dumps(args)], capture_output=True, text=True, cwd=ROOT, check=True)
    return {m.split(".")[0] for m in json.loads(done.stdout.strip().splitlines()[-1])}


# Each test starts a fresh Python process: together a few seconds.
pytestmark = pytest.mark.slow


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["validate", "--help"]])
def test_version_and_help_import_neither_jinja2_nor_rich(args: list[str]) -> None:
    assert loaded(*args) == set()


@pytest.mark.parametrize("fmt", ["text", "json", "github", "gitlab"])
def test_validate_imports_neither_jinja2_nor_rich(fmt: str) -> None:
    assert loaded("validate", "--format", fmt) == set()


@pytest.mark.parametrize("fmt", ["md", "csv", "excel", "json"])
def test_actor_without_a_terminal_table_imports_neither(fmt: str) -> None:
    assert loaded("actor", "Polisen", "--format", fmt) == set()
    assert loaded("actors", "--format", fmt) == set()


def test_the_terminal_table_imports_rich_and_render_imports_jinja2() -> None:
    assert loaded("actor", "Polisen", "--format", "table") == {"rich"}
    assert "jinja2" in loaded("render", "--format", "md", "--output", "-")
