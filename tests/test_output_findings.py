"""Reporters: exact text of every format, from findings built in memory."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from medlofte.data.findings import Finding, Loc, Report
from medlofte.output import findings as reporting

ERROR = Finding("ML301", Loc("data/areas/a.yaml", 3, 14), "Unknown actor 'Polsen'.", "Did you mean 'Polisen'?")
WARNING = Finding("ML401", Loc("data/actors.yaml", 7, 9), "Actor 'RTJ' is never referenced.")


def test_summary_lines() -> None:
    assert reporting.summary_line(Report([], 11, 1)) == "Checked 11 files in 1 data directory: no problems found."
    assert reporting.summary_line(Report([ERROR], 1, 2)) == "Checked 1 file in 2 data directories: 1 error."
    assert (
        reporting.summary_line(Report([ERROR, WARNING, WARNING], 3, 1))
        == "Checked 3 files in 1 data directory: 1 error, 2 warnings."
    )
    assert (
        reporting.summary_line(Report([WARNING], 3, 1)) == "Checked 3 files in 1 data directory: 1 warning (fail with --strict)."
    )
    assert reporting.summary_line(Report([WARNING], 3, 1), strict=True) == "Checked 3 files in 1 data directory: 1 warning."


def test_exit_codes() -> None:
    assert Report([], 1, 1).exit_code() == 0
    assert Report([WARNING], 1, 1).exit_code() == 0
    assert Report([WARNING], 1, 1).exit_code(strict=True) == 1
    assert Report([ERROR], 1, 1).exit_code() == 1


def test_plain_text() -> None:
    text = reporting.format_text(Report([ERROR, WARNING], 3, 1))
    assert text == (
        "data/areas/a.yaml:3:14: error [ML301] Unknown actor 'Polsen'. Did you mean 'Polisen'?\n"
        "data/actors.yaml:7:9: warning [ML401] Actor 'RTJ' is never referenced.\n"
        "Checked 3 files in 1 data directory: 1 error, 1 warning.\n"
    )


def test_terminal_text_shows_the_source_line_and_a_caret() -> None:
    source = {"data/areas/a.yaml": ["title: Trafik", "commitments:", "  - actors: [Polsen]"]}
    text = reporting.format_text(Report([ERROR], 3, 1), context=True, read_lines=lambda p: source.get(p, []))
    assert text.splitlines()[1:3] == ["  3 |   - actors: [Polsen]", "    |              ^"]


def test_quiet_hides_warnings_but_counts_them() -> None:
    text = reporting.format_text(Report([ERROR, WARNING], 3, 1), quiet=True, context=True, read_lines=lambda p: ["x"] * 9)
    assert text == (
        "data/areas/a.yaml:3:14: error [ML301] Unknown actor 'Polsen'. Did you mean 'Polisen'?\n"
        "Checked 3 files in 1 data directory: 1 error, 1 warning.\n"
    )


def test_github_escapes_newlines_percent_and_property_separators() -> None:
    finding = Finding("ML104", Loc("data/a,b:c.yaml", 1, 2), "50% bad\nline", "")
    text = reporting.format_github(Report([finding], 1, 1))
    assert text.splitlines()[0] == "::error file=data/a%2Cb%3Ac.yaml,line=1,col=2,title=ML104 yaml-syntax::50%25 bad%0Aline"


def test_step_summary_table_escapes_pipes() -> None:
    finding = Finding("ML301", Loc("a.yaml", 1, 1), "Unknown actor 'A|B'.")
    table = reporting.format_step_summary(Report([finding], 1, 1))
    assert "| `a.yaml:1:1` | error | ML301 | Unknown actor 'A\\|B'. |" in table


def test_gitlab_fingerprints_are_stable_and_unique() -> None:
    twice = Report([ERROR, ERROR], 1, 1)
    first = reporting.format_gitlab(twice)
    assert first == reporting.format_gitlab(twice)
    assert first.count('"fingerprint"') == 2
    import json

    prints = [issue["fingerprint"] for issue in json.loads(first)]
    assert len(set(prints)) == 2


def test_gitlab_code_quality_report_is_whole_with_severities() -> None:
    import json

    issues = json.loads(reporting.format_gitlab(Report([ERROR, WARNING], 3, 1)))
    fingerprints = [issue.pop("fingerprint") for issue in issues]
    assert issues == [
        {
            "description": "Unknown actor 'Polsen'. Did you mean 'Polisen'?",
            "check_name": "ML301 unknown-actor",
            "severity": "major",  # an error fails the pipeline
            "location": {"path": "data/areas/a.yaml", "lines": {"begin": 3}},
        },
        {
            "description": "Actor 'RTJ' is never referenced.",
            "check_name": "ML401 unused-actor",
            "severity": "minor",  # a warning does not
            "location": {"path": "data/actors.yaml", "lines": {"begin": 7}},
        },
    ]
    assert all(len(f) == 64 and int(f, 16) >= 0 for f in fingerprints)  # sha256 in hex


def duplicates(count: int, path: str = "data/areas/a.yaml") -> list[Finding]:
    return [
        Finding("ML106", Loc(path, line, 3), "Duplicate key 'place' (first at line 1).", "Remove one of them.")
        for line in range(2, count + 2)
    ]


MORE = (
    " more findings of this kind in this file are not listed; the summary counts them all. "
    "Fix the ones above and validate again, or see every one with --format json."
)


def test_at_most_30_of_a_kind_per_file_then_a_closing_line_and_all_counted() -> None:
    other = Finding("ML301", Loc("data/areas/a.yaml", 40, 1), "Unknown actor 'X'.")
    findings = sorted([*duplicates(35), other], key=Finding.sort_key) + duplicates(31, "data/areas/b.yaml")
    lines = reporting.format_text(Report(findings, 3, 1)).splitlines()
    assert len(lines) == 1 + 30 + 1 + 30 + 1 + 1
    assert lines[29] == "data/areas/a.yaml:31:3: error [ML106] Duplicate key 'place' (first at line 1). Remove one of them."
    assert lines[30] == "data/areas/a.yaml:40:1: error [ML301] Unknown actor 'X'."  # other codes are still listed
    assert lines[31] == "data/areas/a.yaml: error [ML106] 5" + MORE
    assert lines[62] == "data/areas/b.yaml: error [ML106] 1 more finding of this kind in this file is not listed; " + (
        "the summary counts them all. Fix the ones above and validate again, or see every one with --format json."
    )
    assert lines[63] == "Checked 3 files in 1 data directory: 67 errors."


def test_machine_formats_list_every_finding_and_annotations_are_capped() -> None:
    import json

    report = Report(duplicates(40), 1, 1)
    assert len(json.loads(reporting.format_json(report))["findings"]) == 40
    assert len(json.loads(reporting.format_gitlab(report))) == 40
    annotations = reporting.format_github(report).splitlines()
    assert len(annotations) == 30 + 1 + 1
    assert annotations[30] == "::error file=data/areas/a.yaml,title=ML106 duplicate-key::10" + MORE
    table = reporting.format_step_summary(report)
    assert "| `data/areas/a.yaml` | error | ML106 | 10" + MORE + " |" in table
    assert table.count("| error | ML106 |") == 31


def test_a_long_source_line_is_shown_around_the_column() -> None:
    line = "x" * 500 + "place" + "y" * 500
    finding = Finding("ML106", Loc("a.yaml", 1, 501), "Duplicate key 'place'.")
    text = reporting.format_text(Report([finding], 1, 1), context=True, read_lines=lambda p: [line])
    source, caret = text.splitlines()[1:3]
    assert source == "  1 | …" + "x" * 50 + "place" + "y" * 45 + "…"
    assert caret == "    | " + " " * 51 + "^"


texts = st.text(alphabet=st.sampled_from(list('aåö "\\/\n\t\x00\x1f\u2028€😀')), max_size=12)
findings_strategy = st.lists(
    st.builds(
        Finding,
        st.sampled_from(["ML106", "ML301", "ML401"]),
        st.builds(Loc, texts, st.integers(1, 10**6), st.integers(1, 10**4), st.none() | texts),
        texts,
        texts,
    ),
    max_size=6,
)


@given(findings_strategy, st.booleans())
def test_json_and_gitlab_are_exactly_what_json_dumps_writes(found: list[Finding], strict: bool) -> None:
    import json

    report = Report(found, 3, 1)
    document = json.loads(reporting.format_json(report, strict))
    assert reporting.format_json(report, strict) == json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    expected = [
        {
            "code": f.code,
            "rule": f.rule,
            "severity": f.severity.value,
            "path": f.loc.path,
            "line": f.loc.line,
            "column": f.loc.column,
            **({"sheet": f.loc.sheet, "cell": f.loc.shown().rsplit("!", 1)[1]} if f.loc.sheet else {}),
            "message": f.message,
            "hint": f.hint,
        }
        for f in found
    ]
    assert [list(f.items()) for f in document["findings"]] == [list(f.items()) for f in expected]
    issues = json.loads(reporting.format_gitlab(report))
    assert reporting.format_gitlab(report) == json.dumps(issues, ensure_ascii=False, indent=2) + "\n"
    assert [i["description"] for i in issues] == [f.text for f in found]


def test_control_characters_never_reach_the_terminal_or_the_ci_log() -> None:
    """A source line with ESC (refused by the parser, then shown as context) or a file name
    with BEL would set a terminal's title or clear its screen."""
    finding = Finding("ML104", Loc("data/areas/\x07a.yaml", 1, 8), "The file contains the control character U+001B.")
    source = {"data/areas/\x07a.yaml": ["title: \x1b]0;hacked\x07\x1b[2J"]}
    report = Report([finding], 1, 1)
    text = reporting.format_text(report, context=True, read_lines=lambda p: source.get(p, []))
    assert text.splitlines()[:3] == [
        "data/areas/\ufffda.yaml:1:8: error [ML104] The file contains the control character U+001B.",
        "  1 | title: \ufffd]0;hacked\ufffd\ufffd[2J",
        "    |        ^",
    ]
    assert "\x1b" not in reporting.format_github(report) + reporting.format_step_summary(report)
    assert "\x07" not in reporting.format_github(report) + reporting.format_step_summary(report)


def test_a_link_out_of_the_repository_is_not_shown_as_context() -> None:
    finding = Finding("ML116", Loc("data/areas/l.yaml", 1, 1), "This file is a link to '/etc/secret', outside the repository.")
    text = reporting.format_text(Report([finding], 1, 1), context=True, read_lines=lambda p: ["token: ghp_SECRET"])
    assert "ghp_SECRET" not in text
