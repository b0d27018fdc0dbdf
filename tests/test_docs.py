"""The documentation is checked against the code: examples validate, tables match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from examples import FOLDERS, GUIDES, all_example_files, example_files, write_example
from medlofte import api
from medlofte.data import formats
from medlofte.data.findings import RULES

DOCS = ROOT / "docs"


@pytest.mark.parametrize("lang", list(GUIDES))
@pytest.mark.parametrize("folder", ["", *FOLDERS])
def test_data_format_examples_form_valid_data_directories(tmp_path: Path, folder: str, lang: str) -> None:
    files = example_files(folder, lang)
    assert {"promise.yaml", "actors.yaml"} <= set(files)
    assert len([f for f in files if f.startswith("areas/")]) >= 2
    loaded = api.load(write_example(tmp_path, folder, lang))
    assert loaded.findings == []


def yaml_blocks(text: str) -> list[object]:
    """The data of every YAML block of a guide, in order (comments are translated, data not)."""
    return [yaml.safe_load(body) for body in re.findall(r"```yaml\n(.*?)```", text, flags=re.S)]


def outline(text: str) -> list[tuple[int, int]]:
    """(heading level, number of table rows and list items under it) of every heading."""
    found: list[tuple[int, int]] = []
    for line in re.sub(r"```.*?```", "", text, flags=re.S).splitlines():
        heading = re.match(r"(#+) ", line)
        if heading:
            found.append((len(heading.group(1)), 0))
        elif found and re.match(r"(\| |- |\d+\. )", line):
            found[-1] = (found[-1][0], found[-1][1] + 1)
    return found


def test_the_swedish_guide_is_in_step_with_the_english_one() -> None:
    """Same example data, block by block, and the same sections with as many table rows
    and list items each: a change to one guide shows in the other."""
    english, swedish = (GUIDES[lang].read_text(encoding="utf-8") for lang in ("en", "sv"))
    assert yaml_blocks(swedish) == yaml_blocks(english)
    assert re.findall(r"# file: (\S+)", swedish) == re.findall(r"# file: (\S+)", english)
    assert outline(swedish) == outline(english)


def test_the_swedish_guide_links_resolve() -> None:
    text = GUIDES["sv"].read_text(encoding="utf-8")
    anchors = {
        re.sub(r"[^\w\- ]", "", line.lstrip("#").strip().lower()).replace(" ", "-")
        for line in text.splitlines()
        if line.startswith("#") and not line.startswith("#!")
    }
    for target in re.findall(r"\]\(#([^)]+)\)", text):
        assert target in anchors, target
    for target in re.findall(r"\]\(([\w.-]+\.md)\)", text):
        assert (DOCS / target).is_file(), target


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


@pytest.mark.parametrize("lang", list(GUIDES))
def test_data_format_tables_name_every_key(lang: str) -> None:
    text = GUIDES[lang].read_text(encoding="utf-8")
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
