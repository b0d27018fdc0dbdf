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


UNUSED = (
    "data/actors.yaml:9:9: warning [ML401] Actor 'Räddningstjänsten' is never referenced. "
    "Name it in a commitment, an activity, parties or partners, or remove it from the registry."
)
POLSEN = (
    "data/areas/01-trafik.yaml:3:14: error [ML301] Unknown actor 'Polsen'. Did you mean 'Polisen'? "
    "Actors are listed in data/actors.yaml."
)


def mixed(minimal: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """One error (an unknown actor) and one warning (an unused actor) in ``data``, the
    working directory; returns the data directory's name as a user types it."""
    with (minimal / "actors.yaml").open("a", encoding="utf-8") as handle:
        handle.write("  - id: rtj\n    name: Räddningstjänsten\n")
    area = minimal / "areas" / "01-trafik.yaml"
    area.write_text(area.read_text(encoding="utf-8").replace("actors: [Polisen]", "actors: [Polsen]"), encoding="utf-8")
    monkeypatch.chdir(minimal.parent)
    return "data"


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


def test_warnings_pass_unless_strict(runner: CliRunner, minimal: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with (minimal / "actors.yaml").open("a", encoding="utf-8") as handle:
        handle.write("  - id: rtj\n    name: Räddningstjänsten\n")
    monkeypatch.chdir(minimal.parent)
    result = runner.invoke(app, ["validate", "data"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == f"{UNUSED}\nChecked 3 files in 1 data directory: 1 warning (fail with --strict).\n"
    strict = runner.invoke(app, ["validate", "--strict", "data"])
    assert (strict.exit_code, strict.stderr) == (1, "")
    assert strict.stdout == f"{UNUSED}\nChecked 3 files in 1 data directory: 1 warning.\n"


def test_quiet_shows_errors_only_and_still_counts(runner: CliRunner, minimal: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = runner.invoke(app, ["validate", "-q", mixed(minimal, monkeypatch)])
    assert (result.exit_code, result.stderr) == (1, "")
    assert result.stdout == f"{POLSEN}\nChecked 3 files in 1 data directory: 1 error, 1 warning.\n"
    strict = runner.invoke(app, ["validate", "-q", "--strict", "data"])
    assert strict.stdout == f"{UNUSED}\n{POLSEN}\nChecked 3 files in 1 data directory: 1 error, 1 warning.\n"


def test_json_is_versioned_and_alone_on_stdout(runner: CliRunner, minimal: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = runner.invoke(app, ["validate", "--format", "json", mixed(minimal, monkeypatch)])
    assert result.exit_code == 1
    assert json.loads(result.stdout) == {
        "version": 1,
        "tool": {"name": "medlofte", "version": __version__},
        "summary": {"files": 3, "directories": 1, "errors": 1, "warnings": 1, "exit_code": 1},
        "findings": [
            {
                "code": "ML401",
                "rule": "unused-actor",
                "severity": "warning",
                "path": "data/actors.yaml",
                "line": 9,
                "column": 9,
                "message": "Actor 'Räddningstjänsten' is never referenced.",
                "hint": "Name it in a commitment, an activity, parties or partners, or remove it from the registry.",
            },
            {
                "code": "ML301",
                "rule": "unknown-actor",
                "severity": "error",
                "path": "data/areas/01-trafik.yaml",
                "line": 3,
                "column": 14,
                "message": "Unknown actor 'Polsen'.",
                "hint": "Did you mean 'Polisen'? Actors are listed in data/actors.yaml.",
            },
        ],
    }
    assert result.stderr == "Checked 3 files in 1 data directory: 1 error, 1 warning.\n"


def test_github_annotations_escape_their_text(runner: CliRunner, minimal: Path) -> None:
    (minimal / "areas" / "01-trafik.yaml").write_text(
        "title: Trafik\ncommitments:\n  - actors: ['50%, a:b']\n    activities: [x]\n", encoding="utf-8"
    )
    result = runner.invoke(app, ["validate", "--format", "github", str(minimal)])
    assert (result.exit_code, result.stderr) == (1, "")
    assert result.stdout == (
        f"::error file={minimal.as_posix()}/areas/01-trafik.yaml,line=3,col=14,title=ML301 unknown-actor::"
        f"Unknown actor '50%25, a:b'. Add it to {minimal.as_posix()}/actors.yaml or fix the spelling.\n"
        "Checked 3 files in 1 data directory: 1 error.\n"
    )


def test_github_format_is_chosen_in_github_actions(
    runner: CliRunner, minimal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("## An earlier step\n", encoding="utf-8")
    env = {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)}
    result = runner.invoke(app, ["validate", mixed(minimal, monkeypatch)], env=env)
    assert (result.exit_code, result.stderr) == (1, "")
    assert result.stdout == (
        "::warning file=data/actors.yaml,line=9,col=9,title=ML401 unused-actor::Actor 'Räddningstjänsten' is never "
        "referenced. Name it in a commitment, an activity, parties or partners, or remove it from the registry.\n"
        "::error file=data/areas/01-trafik.yaml,line=3,col=14,title=ML301 unknown-actor::Unknown actor 'Polsen'. "
        "Did you mean 'Polisen'? Actors are listed in data/actors.yaml.\n"
        "Checked 3 files in 1 data directory: 1 error, 1 warning.\n"
    )
    assert summary.read_text(encoding="utf-8") == (
        "## An earlier step\n"  # appended to, never replaced
        "## medlofte validate\n"
        "\n"
        "Checked 3 files in 1 data directory: 1 error, 1 warning.\n"
        "\n"
        "| Location | Severity | Code | Message |\n"
        "| --- | --- | --- | --- |\n"
        "| `data/actors.yaml:9:9` | warning | ML401 | Actor 'Räddningstjänsten' is never referenced. "
        "Name it in a commitment, an activity, parties or partners, or remove it from the registry. |\n"
        "| `data/areas/01-trafik.yaml:3:14` | error | ML301 | Unknown actor 'Polsen'. "
        "Did you mean 'Polisen'? Actors are listed in data/actors.yaml. |\n"
    )


def test_gitlab_code_quality_report(runner: CliRunner, minimal: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = runner.invoke(app, ["validate", "--format", "gitlab", mixed(minimal, monkeypatch)])
    assert result.exit_code == 1
    issues = json.loads(result.stdout)
    fingerprints = [issue.pop("fingerprint") for issue in issues]
    assert issues == [
        {
            "description": "Actor 'Räddningstjänsten' is never referenced. "
            "Name it in a commitment, an activity, parties or partners, or remove it from the registry.",
            "check_name": "ML401 unused-actor",
            "severity": "minor",
            "location": {"path": "data/actors.yaml", "lines": {"begin": 9}},
        },
        {
            "description": "Unknown actor 'Polsen'. Did you mean 'Polisen'? Actors are listed in data/actors.yaml.",
            "check_name": "ML301 unknown-actor",
            "severity": "major",
            "location": {"path": "data/areas/01-trafik.yaml", "lines": {"begin": 3}},
        },
    ]
    assert len(set(fingerprints)) == 2
    assert result.stderr == "Checked 3 files in 1 data directory: 1 error, 1 warning.\n"


def test_colour_on_request_and_off_with_no_color(runner: CliRunner, minimal: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = mixed(minimal, monkeypatch)
    coloured = runner.invoke(app, ["validate", "--color", "always", data])
    assert coloured.exit_code == 1
    bold, red, yellow, dim, reset = "\033[1m", "\033[1;31m", "\033[1;33m", "\033[2m", "\033[0m"
    assert coloured.stdout == (
        f"{bold}data/actors.yaml:9:9:{reset} {yellow}warning{reset} {dim}[ML401]{reset} {UNUSED.split('] ')[1]}\n"
        f"{bold}data/areas/01-trafik.yaml:3:14:{reset} {red}error{reset} {dim}[ML301]{reset} {POLSEN.split('] ')[1]}\n"
        f"{red}Checked 3 files in 1 data directory: 1 error, 1 warning.{reset}\n"
    )
    plain = f"{UNUSED}\n{POLSEN}\nChecked 3 files in 1 data directory: 1 error, 1 warning.\n"
    assert runner.invoke(app, ["validate", "--color", "always", data], env={"NO_COLOR": "1"}).stdout == coloured.stdout
    assert runner.invoke(app, ["validate", data], env={"NO_COLOR": "1"}).stdout == plain
    assert runner.invoke(app, ["validate", "--color", "never", data]).stdout == plain


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


USAGE = "Usage: medlofte validate [OPTIONS] [DATA_DIR]...\nTry 'medlofte validate -h' for help.\n\n"


@pytest.mark.parametrize(
    ("args", "stderr"),
    [
        # Run inside data/ (this folder holds promise.yaml): say where it looked, offer '.'.
        (
            ["validate", "does-not-exist"],
            "medlofte: data directory 'does-not-exist' does not exist in {here}. "
            "'.' holds promise.yaml: give it as the data directory.\n",
        ),
        (
            ["validate"],
            "medlofte: data directory 'data' does not exist in {here}. '.' holds promise.yaml: give it as the data directory.\n",
        ),
        (["validate", "--no-such-option"], USAGE + "Error: No such option: --no-such-option\n"),
        (
            ["no-such-command"],
            "Usage: medlofte [OPTIONS] COMMAND [ARGS]...\nTry 'medlofte -h' for help.\n\n"
            "Error: No such command 'no-such-command'.\n",
        ),
        (
            ["validate", "--format", "xml"],
            USAGE + "Error: Invalid value for '--format' / '-f': 'xml' is not one of 'text', 'json', 'github', 'gitlab'.\n",
        ),
        (
            ["validate", "promise.yaml"],
            "medlofte: 'promise.yaml' is not a directory; give the data directory that holds promise.yaml.\n",
        ),
    ],
)
def test_usage_errors_exit_2(
    runner: CliRunner, args: list[str], stderr: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "promise.yaml").write_text("title: x\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, args)
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", stderr.replace("{here}", tmp_path.resolve().as_posix()))


def test_validate_at_the_repository_root_offers_the_data_folder(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'validate .' at the root gave three missing-file findings; now it names 'data'."""
    shutil.copytree(DATA, tmp_path / "data")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["validate", "."])
    assert (result.exit_code, result.stderr) == (
        2,
        "medlofte: '.' holds no promise.yaml, actors.yaml or areas/. 'data' holds promise.yaml: give it as the data directory.\n",
    )
    monkeypatch.chdir(tmp_path / "data" / "areas")
    inside = runner.invoke(app, ["validate"])
    assert (inside.exit_code, inside.stderr) == (
        2,
        f"medlofte: data directory 'data' does not exist in {(tmp_path / 'data' / 'areas').resolve().as_posix()}. "
        "'..' holds promise.yaml: give it as the data directory.\n",
    )


def test_a_file_given_as_data_directory_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["validate", str(DATA / "promise.yaml")])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        f"medlofte: '{DATA / 'promise.yaml'}' is not a directory; give the data directory that holds promise.yaml.\n"
    )


def test_internal_errors_exit_3_without_traceback(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from medlofte import cli

    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(api, "validate", explode)
    monkeypatch.setattr(sys, "argv", ["medlofte", "validate", str(DATA)])
    with pytest.raises(SystemExit) as exit_info:
        cli.main()
    assert exit_info.value.code == 3
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        "medlofte: internal error: RuntimeError: boom\n"
        "This is a bug in medlofte; please report it. Set MEDLOFTE_DEBUG=1 to see the traceback.\n"
    )


@pytest.mark.slow  # a fresh Python process
def test_python_dash_m_and_version() -> None:
    done = subprocess.run([sys.executable, "-m", "medlofte", "--version"], capture_output=True, text=True, check=False)
    assert done.returncode == 0
    assert done.stdout == f"medlofte {__version__}\n"


def test_an_unknown_actor_far_from_every_name_is_not_suggested(
    runner: CliRunner, minimal: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    area = minimal / "areas" / "01-trafik.yaml"
    area.write_text(area.read_text(encoding="utf-8").replace("[Kommunen]", "[Kommunstyrelsen]"), encoding="utf-8")
    monkeypatch.chdir(minimal.parent)
    result = runner.invoke(app, ["validate", "data"])
    assert result.exit_code == 1
    assert result.stdout == (
        "data/areas/01-trafik.yaml:6:14: error [ML301] Unknown actor 'Kommunstyrelsen'. "
        "Add it to data/actors.yaml or fix the spelling.\n"
        "Checked 3 files in 1 data directory: 1 error.\n"
    )
