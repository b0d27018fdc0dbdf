"""Every case folder under tests/cases gives exactly its expected findings."""

from __future__ import annotations

from pathlib import Path

import pytest

from casefolders import build, case_names, expected
from medlofte import api
from medlofte.data.findings import Severity


@pytest.mark.parametrize("name", case_names())
def test_case_gives_its_expected_findings(name: str, tmp_path: Path) -> None:
    data = build(name, tmp_path)
    found = [
        f"{Path(f.loc.path).relative_to(data).as_posix()}:{f.loc.line}:{f.loc.column}: {f.severity.value} [{f.code}]"
        for f in api.load(data).findings
    ]
    assert found == expected(name)


@pytest.mark.parametrize("name", case_names())
def test_case_exit_code_follows_severity(name: str, tmp_path: Path) -> None:
    data = build(name, tmp_path)
    report = api.validate([data])
    has_errors = any(line.split()[1] == Severity.ERROR.value for line in expected(name))
    assert report.exit_code() == (1 if has_errors else 0)
    assert report.exit_code(strict=True) == (1 if expected(name) else 0)


def test_every_invalid_case_named_in_the_issue_exists() -> None:
    wanted = {
        "unknown-key",
        "missing-key",
        "wrong-type",
        "bad-choice",
        "bad-date",
        "bad-id",
        "empty-value",
        "duplicate-key",
        "unknown-actor",
        "alias-bomb",
        "yes-no-booleans",
        "sexagesimal",
        "invalid-utf8",
        "tab-indentation",
        "truncated",
        "empty-file",
        "huge-file",
        "no-areas",
    }
    assert wanted <= set(case_names())


def test_every_finding_code_has_a_case() -> None:
    from medlofte.data.findings import RULES

    seen = {line.split("[")[1].split("]")[0] for name in case_names() for line in expected(name)}
    # Findings about returned forms come from spreadsheets, not data folders: they are
    # checked, each at its cell, in tests/test_actions_collect.py.
    forms = {"ML601", "ML602", "ML603", "ML604", "ML605"}
    assert set(RULES) == seen | forms
