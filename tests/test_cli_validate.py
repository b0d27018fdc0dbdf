"""`medlofte validate` through Typer's CliRunner: exit codes and exact output."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import DATA, ROOT
from medlofte import __version__, api
from medlofte.cli import app

OK = "Checked 11 files in 1 data directory: no problems found.\n"


def broken(minimal: Path) -> Path:
    (minimal / "areas" / "01-trafik.yaml").write_text(
        "titel: Trafik\ncommitments:\n  - actors: [Polsen]\n    activities: [x]\n", encoding="utf-8"
    )
    (minimal / "actors.yaml").write_text(
        "actors:\n  - id: polisen\n    name: Polisen\n  - id: kommunen\n    name: Exempels kommun\n"
        "  - id: rtj\n    name: Räddningstjänsten\n",
        encoding="utf-8",
    )
    return minimal


def test_bundled_data_is_valid(runner: CliRunner) -> None:
    result = runner.invoke(app, ["validate", str(DATA)])
    assert result.exit_code == 0
    assert result.stdout == OK


def test_default_data_directory_is_data(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 0
    assert result.stdout == OK


def test_findings_exit_1_with_plain_lines(runner: CliRunner, minimal: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(broken(minimal).parent)
    result = runner.invoke(app, ["validate", "data"])
    assert result.exit_code == 1
    assert result.stdout == (
        "data/areas/01-trafik.yaml:1:1: error [ML201] Unknown key 'titel' in an area file. Did you mean 'title'? "
        "Allowed keys: title, kind, label, order, place, period, parties, intro, situation, causes, goals, commitments, "
        "follow_up, examples, headings, parts.\n"
        "data/areas/01-trafik.yaml:1:1: error [ML202] Missing required key 'title' in an area file. "
        "Add 'title: …' (The heading, e.g. 'Nedskräpning' or 'Polisen lovar att:'; not needed for kind: list).\n"
        "data/areas/01-trafik.yaml:3:14: error [ML301] Unknown actor 'Polsen'. Did you mean 'Polisen'? "
        "Actors are listed in data/actors.yaml.\n"
        "Checked 3 files in 1 data directory: 3 errors.\n"
    )


def test_warnings_pass_unless_strict(runner: CliRunner, minimal: Path) -> None:
    with (minimal / "actors.yaml").open("a", encoding="utf-8") as handle:
        handle.write("  - id: rtj\n    name: Räddningstjänsten\n")
    result = runner.invoke(app, ["validate", str(minimal)])
    assert result.exit_code == 0
    assert "warning [ML401]" in result.stdout
    assert result.stdout.endswith(": 1 warning (fail with --strict).\n")
    strict = runner.invoke(app, ["validate", "--strict", str(minimal)])
    assert strict.exit_code == 1
    assert strict.stdout.endswith(": 1 warning.\n")


def test_quiet_shows_errors_only_and_still_counts(runner: CliRunner, minimal: Path) -> None:
    broken(minimal)
    result = runner.invoke(app, ["validate", "-q", str(minimal)])
    assert result.exit_code == 1
    assert "[ML401]" not in result.stdout
    assert result.stdout.count("error [") == 3
    assert result.stdout.endswith(": 3 errors.\n")


def test_json_is_versioned_and_alone_on_stdout(runner: CliRunner, minimal: Path) -> None:
    result = runner.invoke(app, ["validate", "--format", "json", str(broken(minimal))])
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    assert document["version"] == 1
    assert document["tool"] == {"name": "medlofte", "version": __version__}
    assert document["summary"] == {"files": 3, "directories": 1, "errors": 3, "warnings": 0, "exit_code": 1}
    first = document["findings"][0]
    assert set(first) == {"code", "rule", "severity", "path", "line", "column", "message", "hint"}
    assert (first["code"], first["rule"], first["line"], first["column"]) == ("ML201", "unknown-key", 1, 1)
    assert result.stderr == "Checked 3 files in 1 data directory: 3 errors.\n"


def test_github_annotations_escape_their_text(runner: CliRunner, minimal: Path) -> None:
    (minimal / "areas" / "01-trafik.yaml").write_text(
        "title: Trafik\ncommitments:\n  - actors: ['50%, a:b']\n    activities: [x]\n", encoding="utf-8"
    )
    result = runner.invoke(app, ["validate", "--format", "github", str(minimal)])
    assert result.exit_code == 1
    first = result.stdout.splitlines()[0]
    assert first.startswith(f"::error file={minimal.as_posix()}/areas/01-trafik.yaml,line=3,col=14,title=ML301 unknown-actor::")
    assert "Unknown actor '50%25, a:b'." in first


def test_github_format_is_chosen_in_github_actions(runner: CliRunner, minimal: Path, tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    env = {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)}
    result = runner.invoke(app, ["validate", str(broken(minimal))], env=env)
    assert result.exit_code == 1
    assert result.stdout.startswith("::error file=")
    table = summary.read_text(encoding="utf-8")
    assert "| Location | Severity | Code | Message |" in table
    assert table.count("| error |") == 3


def test_gitlab_code_quality_report(runner: CliRunner, minimal: Path) -> None:
    result = runner.invoke(app, ["validate", "--format", "gitlab", str(broken(minimal))])
    assert result.exit_code == 1
    issues = json.loads(result.stdout)
    assert len(issues) == 3
    for issue in issues:
        assert set(issue) == {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["severity"] == "major"
        assert issue["location"]["path"].endswith("areas/01-trafik.yaml")
        assert isinstance(issue["location"]["lines"]["begin"], int)
    assert len({i["fingerprint"] for i in issues}) == 3


def test_colour_on_request_and_off_with_no_color(runner: CliRunner, minimal: Path) -> None:
    broken(minimal)
    coloured = runner.invoke(app, ["validate", "--color", "always", str(minimal)])
    assert "\033[1;31merror\033[0m" in coloured.stdout
    plain = runner.invoke(app, ["validate", str(minimal)], env={"NO_COLOR": "1"})
    assert "\033[" not in plain.stdout
    never = runner.invoke(app, ["validate", "--color", "never", str(minimal)])
    assert "\033[" not in never.stdout


def test_several_directories_in_one_run(runner: CliRunner, minimal: Path) -> None:
    result = runner.invoke(app, ["validate", str(DATA), str(minimal)])
    assert result.exit_code == 0
    assert result.stdout == "Checked 14 files in 2 data directories: no problems found.\n"


def test_many_directories_in_parallel_give_the_same_report(minimal: Path, tmp_path: Path) -> None:
    broken(minimal)
    dirs = []
    for i in range(api.PARALLEL_FROM):
        target = tmp_path / f"d{i}"
        shutil.copytree(minimal if i % 2 else DATA, target)
        dirs.append(target)
    assert api.validate(dirs, jobs=2) == api.validate(dirs, jobs=1)


@pytest.mark.parametrize(
    "args",
    [["validate", "does-not-exist"], ["validate", "--no-such-option"], ["no-such-command"], ["validate", "--format", "xml"]],
)
def test_usage_errors_exit_2(runner: CliRunner, args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr


def test_a_file_given_as_data_directory_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["validate", str(DATA / "promise.yaml")])
    assert result.exit_code == 2
    assert "is not a directory" in result.stderr


def test_internal_errors_exit_3_without_traceback(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from medlofte import cli

    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(api, "validate", explode)
    monkeypatch.setattr(sys, "argv", ["medlofte", "validate", str(DATA)])
    with pytest.raises(SystemExit) as exit_info:
        cli.main()
    assert exit_info.value.code == 3
    err = capsys.readouterr().err
    assert "internal error: RuntimeError: boom" in err
    assert "Traceback" not in err


@pytest.mark.slow  # a fresh Python process
def test_python_dash_m_and_version() -> None:
    done = subprocess.run([sys.executable, "-m", "medlofte", "--version"], capture_output=True, text=True, check=False)
    assert done.returncode == 0
    assert done.stdout == f"medlofte {__version__}\n"
