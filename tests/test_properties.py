"""Property tests: no input, however broken, makes the loader or the validator raise."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import DATA
from medlofte import api
from medlofte.data import formats, strictyaml
from medlofte.data.findings import RULES

KEYS = sorted(
    {
        k
        for kind in (formats.PROMISE_FILE, formats.AREA, formats.ACTOR, formats.ACTIVITY, formats.COMMITMENT, formats.GOAL)
        for k in kind.fields
    }
)
SCALARS = st.one_of(
    st.sampled_from(
        ["NO", "yes", "12:30", "2025-13-01", "2023-06-30", "0755", "true", "~", "", "Polisen", "&a", "*a", "<<", "\t"]
    ),
    st.integers(),
    st.floats(allow_nan=False),
    st.booleans(),
    st.none(),
    st.text(max_size=20),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.sampled_from([*KEYS, "x", "<<"]), inner, max_size=5)),
    max_leaves=20,
)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_findings_are_well_formed(data_dir: Path) -> None:
    loaded = api.load(data_dir)
    for finding in loaded.findings:
        assert finding.code in RULES
        assert finding.loc.line >= 1
        assert finding.loc.column >= 1
        assert finding.message


@FAST
@given(st.binary(max_size=400))
def test_parse_never_raises_on_bytes(data: bytes) -> None:
    node, findings = strictyaml.parse("f.yaml", data)
    assert (node is None) == bool(findings) or node is not None


@FAST
@given(st.text(alphabet=st.sampled_from(list("ab:-[]{}&*!|>'\"#%@`,? \t\n\r.0123456789åäö")), max_size=200))
def test_parse_never_raises_on_yaml_like_text(text: str) -> None:
    strictyaml.parse("f.yaml", text.encode())


@pytest.mark.slow
@FAST
@given(VALUES, VALUES, VALUES)
def test_validator_never_raises_on_generated_files(area: Any, actors: Any, promise: Any) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "areas").mkdir()
        for name, value in (("areas/01.yaml", area), ("actors.yaml", {"actors": actors}), ("promise.yaml", promise)):
            (root / name).write_text(yaml.safe_dump(value, allow_unicode=True), encoding="utf-8")
        check_findings_are_well_formed(root)


@pytest.mark.slow
@FAST
@given(st.data())
def test_validator_never_raises_on_damaged_real_files(data: st.DataObject) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "data"
        shutil.copytree(DATA, root)
        target = root / data.draw(st.sampled_from(["promise.yaml", "actors.yaml", "areas/06-grovt-kriminella.yaml"]))
        original = target.read_bytes()
        start = data.draw(st.integers(0, len(original)))
        end = data.draw(st.integers(start, min(len(original), start + 40)))
        insert = data.draw(st.binary(max_size=8) | st.sampled_from([b"\t", b": ", b"- ", b"&a ", b"*a", b"\xe5", b"\n  ", b'"']))
        target.write_bytes(original[:start] + insert + original[end:])
        check_findings_are_well_formed(root)
