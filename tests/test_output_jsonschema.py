"""The JSON Schemas: committed copies match the code, and an independent validator
(check-jsonschema) agrees with `medlofte validate` on the shape of every case file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from casefolders import build, case_names, expected
from conftest import DATA, ROOT
from examples import write_example
from medlofte.cli import app
from medlofte.output import jsonschema

SCHEMA_DIR = ROOT / "schema"

# Cases outside what a schema can say, with the reason check-jsonschema cannot agree.
NOT_SCHEMA_LEVEL = {
    "alias-bomb": "check-jsonschema's YAML parser expands the aliases (9^9 items); medlofte refuses anchors before parsing",
    "merge-key": "check-jsonschema's YAML parser applies merge keys; medlofte refuses them as a YAML feature",
    "huge-file": "the size cap is medlofte's own, not a shape",
    "too-deep": "the depth cap is medlofte's own, not a shape",
    "utf16": "UTF-8 only is medlofte's own rule; the parser reads UTF-16 with a BOM",
    "windows-utf16-crlf": "UTF-8 only is medlofte's own rule; the parser reads UTF-16 with a BOM",
    "unreadable": "a directory named like a file has no content to check",
    "huge-number": "the digit cap is medlofte's own (check-jsonschema's parser cannot even read 4,400 digits)",
    "link-outside": "a link out of the repository is refused unread, whatever it holds",
    "named-pipe": "a named pipe holds nothing to check; medlofte refuses it unread",
    "too-many-area-files": "the file-count cap is medlofte's own, not a shape",
    "too-many-yaml-files": "the files in the data folder itself are not read, by either",
    "control-characters": "a control character is valid in a JSON string; medlofte refuses it in a text",
    "hash-in-text": "the text is a valid string; that ' #' cut it is seen only in the file",
    "word-bullets": "the lines are joined into one valid string; how they were written is seen only in the file",
    "numbered-list": "the lines are joined into one valid string; how they were written is seen only in the file",
    "dash-without-space": "the lines are joined into one valid string; how they were written is seen only in the file",
    "item-indented-too-far": "the lines are joined into one valid string; how they were written is seen only in the file",
    "list-after-text": "the lines are joined into one valid string; how they were written is seen only in the file",
    "line-separator-in-text": "YAML 1.1 (libyaml) reads U+2028 as a line break, YAML 1.2 (check-jsonschema) does not",
    "valid-line-separators": "YAML 1.1 (libyaml) reads U+2028 and U+0085 as line breaks, YAML 1.2 (check-jsonschema) does not",
    "folded-list": "the lines are joined into one valid string; how they were written is seen only in the file",
    "bad-logo": "the logo is an image file beside the data, read by medlofte; its path is a valid string",
}
# Finding codes that say a single file has the wrong shape (or cannot be read as YAML).
FILE_LEVEL = ("ML10", "ML11", "ML2")
KINDS = {"promise": ["promise.yaml"], "actors": ["actors.yaml"], "area": None}


def check_jsonschema(schema: Path, files: list[Path]) -> set[str]:
    """The files check-jsonschema rejects (schema errors or parse errors)."""
    if not files:
        return set()
    done = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "-o", "json", "--schemafile", str(schema), *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    report = json.loads(done.stdout)
    rejected = {e["filename"] for e in report.get("errors", [])}
    unparsed = {e["filename"] for e in report.get("parse_errors", [])}
    if len(files) > 1:
        # After one file's parse error its YAML parser may refuse the next file too, so a
        # parse error in a batch is confirmed by checking that file alone.
        unparsed = {f for f in unparsed if check_jsonschema(schema, [Path(f)])}
    return rejected | unparsed


def test_committed_schemas_equal_the_generated_ones() -> None:
    generated = jsonschema.schemas()
    assert sorted(p.name for p in SCHEMA_DIR.glob("*.json")) == sorted(generated)
    for name, text in generated.items():
        assert (SCHEMA_DIR / name).read_text(encoding="utf-8") == text, f"run: medlofte schema --force ({name})"


@pytest.mark.external  # check-jsonschema, an independent validator
def test_schemas_are_valid_draft_07(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--check-metaschema", *map(str, SCHEMA_DIR.glob("*.json"))],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    for name in jsonschema.schemas():
        document = json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))
        assert document["$schema"] == "http://json-schema.org/draft-07/schema#"
        assert "/" in document["description"]  # English / Svenska


def test_schemas_describe_in_english_and_swedish() -> None:
    area = jsonschema.document("area")
    assert area["properties"]["causes"]["description"] == "Probable causes. / Troliga orsaker."


def test_schema_command_writes_and_never_replaces_other_files(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "schema"
    assert runner.invoke(app, ["schema", "--output", str(target)]).exit_code == 0
    assert runner.invoke(app, ["schema", "--output", str(target)]).exit_code == 0  # same content: fine
    (target / "area.schema.json").write_text("{}", encoding="utf-8")
    refused = runner.invoke(app, ["schema", "--output", str(target)])
    assert refused.exit_code == 2
    assert (target / "area.schema.json").read_text(encoding="utf-8") == "{}"
    assert runner.invoke(app, ["schema", "--output", str(target), "--force"]).exit_code == 0


def test_bundled_data_and_data_files_carry_the_modeline() -> None:
    for path in [DATA / "promise.yaml", DATA / "actors.yaml", *sorted((DATA / "areas").glob("*.yaml"))]:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema=")
        target = (path.parent / first.split("=", 1)[1]).resolve()
        assert target.is_file(), path


def test_vscode_maps_the_globs() -> None:
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    assert settings["yaml.schemas"] == {
        "./schema/promise.schema.json": ["data/promise.yaml"],
        "./schema/actors.schema.json": ["data/actors.yaml"],
        "./schema/area.schema.json": ["data/areas/*.yaml"],
    }


def _files_of(data_dir: Path, kind: str) -> list[Path]:
    names = KINDS[kind]
    if names is None:
        return sorted(p for p in (data_dir / "areas").glob("*.y*ml") if p.is_file()) if (data_dir / "areas").is_dir() else []
    return [data_dir / n for n in names if (data_dir / n).is_file()]


@pytest.mark.external  # check-jsonschema, an independent validator
def test_check_jsonschema_agrees_with_medlofte_on_every_case(tmp_path: Path) -> None:
    """Per file: check-jsonschema rejects it exactly when medlofte reports a file-level finding."""
    ours_rejected: set[str] = set()
    all_files: dict[str, list[Path]] = {kind: [] for kind in KINDS}
    names = [n for n in case_names() if n not in NOT_SCHEMA_LEVEL]
    for name in names:
        data_dir = build(name, tmp_path / name)
        for finding in expected(name):
            if finding.code.startswith(FILE_LEVEL):
                ours_rejected.add(str(data_dir / finding.path))
        for kind in KINDS:
            all_files[kind] += _files_of(data_dir, kind)
    example = write_example(tmp_path / "example")
    for kind in KINDS:
        all_files[kind] += _files_of(example, kind) + _files_of(DATA, kind)
    theirs_rejected: set[str] = set()
    for kind, files in all_files.items():
        theirs_rejected |= check_jsonschema(SCHEMA_DIR / f"{kind}.schema.json", files)
    checked = {str(f) for files in all_files.values() for f in files}
    assert len(checked) > 100
    assert len(ours_rejected & checked) > 20  # the agreement covers many rejections, not only passes
    assert {f for f in checked if f in theirs_rejected} == {f for f in checked if f in ours_rejected}
