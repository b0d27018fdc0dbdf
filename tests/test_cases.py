"""Every case folder under tests/cases prints exactly its expected output (the whole text a
user reads) and exits as its findings' severities say."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from casefolders import CASES, EXPECTED, build, case_names, expected, expected_output, validate_text
from medlofte import api
from medlofte.data.findings import RULES, Severity


@pytest.mark.parametrize("lang", ["en", "sv"])
@pytest.mark.parametrize("name", case_names())
def test_case_prints_its_expected_output(name: str, lang: str, tmp_path: Path) -> None:
    exit_code, output = validate_text(build(name, tmp_path), lang)
    if os.environ.get("MEDLOFTE_UPDATE_GOLDEN"):
        (CASES / name / EXPECTED[lang]).write_text(output, encoding="utf-8", newline="\n")
    assert output == expected_output(name, lang)
    has_errors = any(e.severity == Severity.ERROR.value for e in expected(name))
    assert exit_code == (1 if has_errors else 0)


@pytest.mark.parametrize("name", case_names())
def test_the_swedish_case_has_the_english_lines_codes_and_severities(name: str) -> None:
    """The Swedish output is the English one translated: each line at the same place with
    the same code and severity, and every message in Swedish."""
    english = expected_output(name).splitlines()
    swedish = expected_output(name, "sv").splitlines()
    assert len(swedish) == len(english)
    for en, sv in zip(english[:-1], swedish[:-1], strict=True):
        head = en.split("] ", 1)[0]
        assert sv.startswith(head + "] "), (en, sv)
        assert sv != en, f"not translated: {en}"
    assert swedish[-1].startswith("Kontrollerade "), swedish[-1]


@pytest.mark.parametrize("name", case_names())
def test_case_exit_code_follows_severity(name: str, tmp_path: Path) -> None:
    data = build(name, tmp_path)
    report = api.validate([data])
    findings = expected(name)
    assert [(f.code, f.severity.value) for f in report.findings] == [(e.code, e.severity) for e in findings]
    assert report.exit_code() == (1 if any(e.severity == Severity.ERROR.value for e in findings) else 0)
    assert report.exit_code(strict=True) == (1 if findings else 0)


def test_every_expected_line_names_its_rules_severity() -> None:
    for name in case_names():
        for e in expected(name):
            assert RULES[e.code].severity.value == e.severity, (name, e)


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
    seen = {e.code for name in case_names() for e in expected(name)}
    # Findings about returned forms come from spreadsheets, not data folders: they are
    # checked, each at its cell, in tests/test_actions_collect.py.
    forms = {"ML601", "ML602", "ML603", "ML604", "ML605"}
    assert set(RULES) == seen | forms
