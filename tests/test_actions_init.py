"""`medlofte init`: a new repository that validates and renders at once, and never
replaces a file that is already there."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from conftest import ROOT
from examples import example_files
from medlofte import api
from medlofte.actions import init as scaffold
from medlofte.cli import app
from medlofte.output import jsonschema


def test_init_then_validate_then_render(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    created = runner.invoke(app, ["init", "x"])
    assert created.exit_code == 0, created.stderr
    assert "Created x/data/promise.yaml" in created.stderr
    monkeypatch.chdir(tmp_path / "x")
    validated = runner.invoke(app, ["validate"])
    assert validated.exit_code == 0
    assert validated.stdout == "Checked 5 files in 1 data directory: no problems found.\n"
    rendered = runner.invoke(app, ["render"])
    assert rendered.exit_code == 0
    assert (tmp_path / "x" / "out" / "medborgarlofte-i-kungalv.html").is_file()


def test_the_repository_holds_schemas_editor_precommit_and_ci(tmp_path: Path) -> None:
    scaffold.init(tmp_path)
    for name, text in jsonschema.schemas().items():
        assert (tmp_path / "schema" / name).read_text(encoding="utf-8") == text
    settings = json.loads((tmp_path / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    assert settings == json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    hooks = yaml.safe_load((tmp_path / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    hook = hooks["repos"][0]["hooks"][0]
    assert (hook["id"], hook["entry"], hook["pass_filenames"]) == ("medlofte-validate", "medlofte validate", False)
    workflow = yaml.safe_load((tmp_path / ".github" / "workflows" / "medlofte.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["medlofte"]["steps"]
    assert [s.get("run") for s in steps if "run" in s][-3:] == [
        "medlofte validate --strict",
        'medlofte diff "origin/$BASE" --format md >> "$GITHUB_STEP_SUMMARY"',
        "medlofte render",
    ]
    assert (tmp_path / ".gitignore").read_text(encoding="utf-8").strip().endswith("/out/")


def test_the_workflow_tells_a_pull_requests_changes_in_the_step_summary(tmp_path: Path) -> None:
    """On pull requests only, with the base branch fetched, the base branch's name passed
    through the environment (never pasted into the script), and never failing the job."""
    scaffold.init(tmp_path)
    workflow = yaml.safe_load((tmp_path / ".github" / "workflows" / "medlofte.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["medlofte"]["steps"]
    assert steps[0]["uses"].startswith("actions/checkout@")
    assert steps[0]["with"]["fetch-depth"] == 0
    (diff,) = [s for s in steps if "medlofte diff" in s.get("run", "")]
    assert diff["if"] == "github.event_name == 'pull_request'"
    assert diff["env"] == {"BASE": "${{ github.base_ref }}"}
    assert diff["continue-on-error"] is True
    assert "${{" not in diff["run"]
    assert "pull_request" in workflow[True]  # 'on:' reads as true in YAML 1.1


def test_every_data_file_points_its_editor_at_the_schema(tmp_path: Path) -> None:
    scaffold.init(tmp_path)
    for path in (tmp_path / "data").rglob("*.yaml"):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema=")
        assert (path.parent / first.split("=", 1)[1]).resolve().is_file()


def test_empty_skeleton_validates_without_warnings(tmp_path: Path) -> None:
    scaffold.init(tmp_path, empty=True, ci="gitlab")
    assert api.load(tmp_path / "data").findings == []
    assert (tmp_path / ".gitlab-ci.yml").is_file()
    assert not (tmp_path / ".github").exists()
    job = yaml.safe_load((tmp_path / ".gitlab-ci.yml").read_text(encoding="utf-8"))["medlofte"]
    assert job["artifacts"]["reports"]["codequality"] == "gl-code-quality-report.json"


def test_the_example_is_the_documented_example(tmp_path: Path) -> None:
    scaffold.init(tmp_path, ci="none")
    for name, body in example_files().items():
        created = (tmp_path / "data" / name).read_text(encoding="utf-8")
        assert created.split("\n", 1)[1] == body.split("\n", 1)[1], name  # all but the first comment line


def test_init_never_replaces_existing_files(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "promise.yaml").write_text("# mine\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("Our own readme\n", encoding="utf-8")
    result = runner.invoke(app, ["init", str(tmp_path)])
    assert result.exit_code == 0
    assert (tmp_path / "data" / "promise.yaml").read_text(encoding="utf-8") == "# mine\n"
    assert (tmp_path / "README.md").read_text(encoding="utf-8") == "Our own readme\n"
    assert f"Kept existing {(tmp_path / 'README.md').as_posix()}" in result.stderr
    assert (tmp_path / "data" / "actors.yaml").is_file()


def test_init_on_a_file_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "file"
    target.write_text("x", encoding="utf-8")
    assert runner.invoke(app, ["init", str(target)]).exit_code == 2


def test_docs_show_the_files_init_writes(tmp_path: Path) -> None:
    doc = (ROOT / "docs" / "integrations.md").read_text(encoding="utf-8")
    scaffold.init(tmp_path)
    scaffold.init(tmp_path, ci="gitlab")
    for name in (".github/workflows/medlofte.yml", ".gitlab-ci.yml", ".pre-commit-config.yaml", ".vscode/settings.json"):
        assert (tmp_path / name).read_text(encoding="utf-8").rstrip() in doc, name


def test_published_hook_definition() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hooks == [
        {
            "id": "medlofte-validate",
            "name": "medlofte validate",
            "description": "Check the medborgarlöfte data (promise.yaml, actors.yaml, areas/*.yaml) with medlofte.",
            "entry": "medlofte validate",
            "language": "python",
            "pass_filenames": False,
            "files": r"^data/.*\.ya?ml$",
            "require_serial": True,
        }
    ]


def test_the_guide_is_copied_in_swedish_by_default_and_the_readme_links_to_it(tmp_path: Path, runner: CliRunner) -> None:
    scaffold.init(tmp_path / "sv")
    guide = (tmp_path / "sv" / "docs" / "data-format.md").read_text(encoding="utf-8")
    source = (ROOT / "docs" / "data-format.sv.md").read_text(encoding="utf-8")
    assert guide == re.sub(r"\]\(([\w.-]+\.md)", lambda m: f"]({scaffold.DOCS_URL}/{m[1]}", source)  # other pages: published
    assert "](docs/data-format.md)" in (tmp_path / "sv" / "README.md").read_text(encoding="utf-8")
    result = runner.invoke(app, ["init", str(tmp_path / "en"), "--guide-lang", "en"])
    assert result.exit_code == 0, result.stderr
    guide = (tmp_path / "en" / "docs" / "data-format.md").read_text(encoding="utf-8")
    assert guide.startswith("# The data format\n")
    assert re.findall(r"\]\(([\w.-]+\.md)", guide) == []  # no link to a page the repository lacks
    assert f"]({scaffold.DOCS_URL}/findings.md)" in guide


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_the_packaged_guides_are_the_docs(lang: str) -> None:
    """The starter holds a copy of each guide (package data cannot reach docs/); it must
    not drift from the one in docs/."""
    packaged = ROOT / "src" / "medlofte" / "actions" / "starter" / "guide" / f"data-format.{lang}.md"
    source = ROOT / "docs" / ("data-format.md" if lang == "en" else "data-format.sv.md")
    if os.environ.get("MEDLOFTE_UPDATE_GOLDEN"):
        packaged.write_bytes(source.read_bytes())
    assert packaged.read_bytes() == source.read_bytes(), f"copy {source} to {packaged} (or MEDLOFTE_UPDATE_GOLDEN=1)"


def test_ci_installs_medlofte_from_a_pin_to_the_vendored_wheel(tmp_path: Path) -> None:
    import zipfile

    from medlofte import __version__

    scaffold.init(tmp_path)
    pins = [
        line
        for line in (tmp_path / ".medlofte" / "requirements.txt").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    wheel_name = f"medlofte-{__version__}-py3-none-any.whl"
    assert pins == [f"./.medlofte/{wheel_name}"]
    with zipfile.ZipFile(tmp_path / ".medlofte" / wheel_name) as wheel:
        names = set(wheel.namelist())
        info = f"medlofte-{__version__}.dist-info"
        assert {f"{info}/METADATA", f"{info}/WHEEL", f"{info}/RECORD", f"{info}/entry_points.txt"} <= names
        assert "medlofte/cli.py" in names
        assert "medlofte/locale_sv.py" in names
        assert "medlofte/output/templates/document.html.j2" in names
        assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
        record = wheel.read(f"{info}/RECORD").decode().splitlines()
        assert len(record) == len(names)
        metadata = wheel.read(f"{info}/METADATA").decode()
        assert "Requires-Dist: PyYAML" in metadata
    for name in (".github/workflows/medlofte.yml", "README.md", ".medlofte/requirements.txt"):
        assert "pip install medlofte\n" not in (tmp_path / name).read_text(encoding="utf-8")


def test_the_vendored_wheel_is_the_same_bytes_every_time(tmp_path: Path) -> None:
    scaffold.init(tmp_path / "a")
    scaffold.init(tmp_path / "b")
    first, second = (sorted((tmp_path / d / ".medlofte").glob("*.whl")) for d in ("a", "b"))
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
