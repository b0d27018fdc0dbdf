"""docs/cli.md holds the --help of every command, checked against the real thing
(regenerate with MEDLOFTE_UPDATE_GOLDEN=1)."""

from __future__ import annotations

import os

from typer.testing import CliRunner

from conftest import ROOT
from medlofte.cli import app

COMMANDS = [
    "validate", "actor", "actors", "status", "forms", "collect", "render", "diff", "rollover", "schema", "init", "serve",
    "export", "site",
]  # fmt: skip
DOC = ROOT / "docs" / "cli.md"


def help_text(runner: CliRunner, *args: str) -> str:
    result = runner.invoke(app, [*args, "--help"], env={"COLUMNS": "100"})
    assert result.exit_code == 0
    return result.stdout.rstrip() + "\n"


def generated(runner: CliRunner) -> str:
    parts = [
        "# Command-line reference\n",
        "Generated from `--help`; a test keeps it current.\n"
        "Exit codes: 0 clean, 1 findings, 2 usage, 3 internal or configuration error.\n",
        "```\n$ medlofte --help\n" + help_text(runner) + "```\n",
    ]
    for command in COMMANDS:
        parts.append(f"## medlofte {command}\n")
        parts.append(f"```\n$ medlofte {command} --help\n" + help_text(runner, command) + "```\n")
    return "\n".join(parts)


def test_cli_reference_matches_help(runner: CliRunner) -> None:
    text = generated(runner)
    if os.environ.get("MEDLOFTE_UPDATE_GOLDEN"):
        DOC.write_text(text, encoding="utf-8")
    assert DOC.read_text(encoding="utf-8") == text


def test_every_command_is_documented(runner: CliRunner) -> None:
    listed = help_text(runner)
    for command in COMMANDS:
        assert f"  {command} " in listed
