"""The documentation is checked against the code: examples validate, tables match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from examples import FOLDERS, all_example_files, example_files, write_example
from medlofte import api
from medlofte.data import formats
from medlofte.data.findings import RULES

DOCS = ROOT / "docs"


@pytest.mark.parametrize("folder", ["", *FOLDERS])
def test_data_format_examples_form_valid_data_directories(tmp_path: Path, folder: str) -> None:
    files = example_files(folder)
    assert {"promise.yaml", "actors.yaml"} <= set(files)
    assert len([f for f in files if f.startswith("areas/")]) >= 2
    loaded = api.load(write_example(tmp_path, folder))
    assert loaded.findings == []


def keys_in(node: yaml.Node, found: set[str]) -> set[str]:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            found.add(key.value)
            keys_in(value, found)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            keys_in(item, found)
    return found


def test_data_format_examples_use_every_key() -> None:
    used: set[str] = set()
    for files in all_example_files().values():
        for body in files.values():
            keys_in(yaml.compose(body, Loader=yaml.SafeLoader), used)
    kinds = [
        formats.PROMISE_FILE,
        formats.ACTORS_FILE,
        formats.ACTOR,
        formats.AREA,
        formats.COMMITMENT,
        formats.ACTIVITY,
        formats.GOAL,
        formats.QUANTITY,
        formats.PERIOD,
        formats.SIGNATURE,
        formats.ADOPTION,
        formats.SECTION,
    ]
    declared = {key for kind in kinds for key in kind.fields}
    assert declared - used == set()


def test_data_format_tables_name_every_key() -> None:
    text = (DOCS / "data-format.md").read_text(encoding="utf-8")
    for kind in (formats.PROMISE_FILE, formats.ACTOR, formats.AREA, formats.ACTIVITY):
        for key in kind.fields:
            assert f"`{key}`" in text, key


def test_findings_doc_lists_every_code_exactly() -> None:
    text = (DOCS / "findings.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `(ML\d+)` \| `([a-z0-9-]+)` \| (\w+) \| (.*) \|$", text, flags=re.M)
    assert rows == [(code, r.name, r.severity.value, r.summary) for code, r in RULES.items()]


def test_export_doc_lists_every_column_in_order() -> None:
    from medlofte.views.overview import COLUMN_NAMES

    text = (DOCS / "export.md").read_text(encoding="utf-8")
    listed = re.findall(r"^\| `([a-z_]+)` \|", text, re.MULTILINE)
    assert listed == list(COLUMN_NAMES)
