"""The README's two commands are the ones CI runs, and its claims match the tool."""

from __future__ import annotations

import re

from typer.testing import CliRunner

from conftest import ROOT
from medlofte.cli import app

README = (ROOT / "README.md").read_text(encoding="utf-8")


def first_screen_commands() -> list[str]:
    head = README[: README.index("## What it does")]
    return re.findall(r"```sh\n(.*?)\n```", head, flags=re.S)


def test_first_screen_has_the_install_and_the_test_command() -> None:
    main_command, test_command = first_screen_commands()
    assert "pip install ." in main_command
    assert "medlofte" in main_command.split("&&")[-1]
    assert "pytest" in test_command


def test_ci_runs_the_readme_test_command() -> None:
    _, test_command = first_screen_commands()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci.splitlines()


def test_every_command_in_the_readme_table_exists(runner: CliRunner) -> None:
    for command in re.findall(r"^\| `medlofte (\w+)", README, flags=re.M):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0, command


def test_exit_code_table_matches_the_cli() -> None:
    from medlofte import errors

    table = dict(re.findall(r"^\| (\d) \| (.*) \|$", README, flags=re.M))
    assert set(table) == {str(errors.EXIT_OK), str(errors.EXIT_FINDINGS), str(errors.EXIT_USAGE), str(errors.EXIT_INTERNAL)}


def test_development_section_explains_the_test_markers() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    development = README[README.index("## Development") :]
    for marker in ("external", "slow"):
        assert f'    "{marker}: ' in pyproject  # registered (pytest runs with --strict-markers)
        assert f"| `{marker}` |" in development
    assert '.venv/bin/python -m pytest -m "not external and not slow"' in development


def test_first_screen_has_the_windows_commands_next_to_the_unix_ones() -> None:
    head = README[: README.index("## What it does")]
    windows = re.findall(r"```powershell\n(.*?)\n```", head, flags=re.S)
    assert len(windows) == 2
    install, tests = (block.splitlines() for block in windows)
    assert install == [
        "py -m venv .venv",
        ".venv\\Scripts\\pip install .",
        ".venv\\Scripts\\medlofte validate",
        ".venv\\Scripts\\medlofte render",
    ]
    assert tests[-1] == ".venv\\Scripts\\python -m pytest --cov"
    assert "pipx install ." in head


def test_no_document_claims_medlofte_installs_from_pypi() -> None:
    """Until medlofte is published, nothing tells a user to `pip install medlofte`."""
    claims = []
    texts = [ROOT / "README.md", *(ROOT / "docs").glob("*.md"), *(ROOT / "src" / "medlofte").rglob("*")]
    for path in texts:
        if path.is_file() and path.suffix in (".md", ".yml", ".yaml", ".txt", ".py", ".j2"):
            text = path.read_text(encoding="utf-8")
            claims += [f"{path.relative_to(ROOT)}: {m}" for m in re.findall(r"pip install (?:['\"]?medlofte\b[^\s]*)", text)]
    assert claims == []
