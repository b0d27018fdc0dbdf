"""`medlofte rollover`: next year's promise from this one, validated, never over anything."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import FOLLOWED_UP
from medlofte import api
from medlofte.actions import rollover
from medlofte.cli import app
from medlofte.data.model import PartialDate


@pytest.fixture
def next_year(runner: CliRunner, tmp_path: Path) -> Path:
    target = tmp_path / "data-2024"
    result = runner.invoke(app, ["rollover", str(FOLLOWED_UP), "--output", str(target)])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.endswith("New period 2024-01-01 – 2024-12-31; statuses, results and signatures cleared.\n")
    return target


def test_rollover_validates_and_renders(next_year: Path, runner: CliRunner, tmp_path: Path) -> None:
    assert api.validate([next_year]).findings == []
    rendered = runner.invoke(app, ["render", str(next_year), "-o", str(tmp_path / "out")])
    assert rendered.exit_code == 0
    assert (tmp_path / "out" / "medborgarlofte-2024.html").is_file()


def test_same_areas_actors_and_commitments_with_follow_up_cleared(next_year: Path) -> None:
    old, new = api.load(FOLLOWED_UP), api.load(next_year)
    assert [a.title for a in new.areas] == [a.title for a in old.areas]
    assert [a.id for a in new.registry.actors] == [a.id for a in old.registry.actors]
    for old_area, new_area in zip(old.areas, new.areas, strict=True):
        assert [[r.text for r in c.actors] for c in new_area.commitments] == [
            [r.text for r in c.actors] for c in old_area.commitments
        ]
        assert [a.text for a in new_area.activities] == [a.text for a in old_area.activities]
        for activity in new_area.activities:
            assert (activity.status, activity.result, activity.achieved, activity.reason, activity.followed_up) == (None,) * 5
        for goal in new_area.goals:
            assert (goal.outcome, goal.comment) == (None, None)
    assert [a.quantity for a in new.areas[0].activities] == [a.quantity for a in old.areas[0].activities]


def test_period_title_and_dates_move_a_year_and_signatures_go(next_year: Path) -> None:
    promise = api.load(next_year).promise
    assert promise is not None
    assert (promise.title, promise.period.start, promise.period.end, promise.period.label) == (
        "Medborgarlöfte 2024",
        PartialDate(2024, 1, 1),
        PartialDate(2024, 12, 31),
        "2024",
    )
    assert promise.signatures == []
    assert promise.adopted is None
    assert promise.follow_up  # how it is followed up stays
    trafik = api.load(next_year).areas[-1].activities[0]
    assert (trafik.start, trafik.end) == (PartialDate(2024, 3, 1), PartialDate(2024, 10, 31))


def test_comments_and_layout_are_kept(next_year: Path) -> None:
    old = (FOLLOWED_UP / "promise.yaml").read_text(encoding="utf-8")
    new = (next_year / "promise.yaml").read_text(encoding="utf-8")
    assert new.splitlines()[:6] == old.splitlines()[:6]  # the comment block
    assert (next_year / "actors.yaml").read_bytes() == (FOLLOWED_UP / "actors.yaml").read_bytes()
    assert (next_year / "areas" / "04-skadegorelse.yaml").read_text(encoding="utf-8") == (
        (FOLLOWED_UP / "areas" / "04-skadegorelse.yaml")
        .read_text(encoding="utf-8")
        .replace("        status: done\n", "")
        .replace("        result: Brandskyddsinformation i alla trapphus; bilbränderna halverades.\n", "")
        .replace("        followed_up: 2023-12-20\n", "")
    )


def test_rollover_never_overwrites(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "taken"
    target.mkdir()
    (target / "notes.txt").write_text("mine\n", encoding="utf-8")
    result = runner.invoke(app, ["rollover", str(FOLLOWED_UP), "--output", str(target)])
    assert result.exit_code == 2
    assert "never overwrites" in result.stderr
    assert [p.name for p in target.iterdir()] == ["notes.txt"]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert runner.invoke(app, ["rollover", str(FOLLOWED_UP), "--output", str(empty)]).exit_code == 0
    assert (empty / "promise.yaml").is_file()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no staging left behind


def test_year_and_explicit_period(runner: CliRunner, tmp_path: Path) -> None:
    assert runner.invoke(app, ["rollover", str(FOLLOWED_UP), "-o", str(tmp_path / "a"), "--year", "2026"]).exit_code == 0
    promise = api.load(tmp_path / "a").promise
    assert promise is not None
    assert (promise.title, promise.period.start) == ("Medborgarlöfte 2026", PartialDate(2026, 1, 1))
    explicit = runner.invoke(
        app, ["rollover", str(FOLLOWED_UP), "-o", str(tmp_path / "b"), "--start", "2024-05-01", "--end", "2025-04-30"]
    )
    assert explicit.exit_code == 0
    moved = api.load(tmp_path / "b")
    assert moved.promise is not None
    assert (moved.promise.period.start, moved.promise.period.end) == (PartialDate(2024, 5, 1), PartialDate(2025, 4, 30))
    # Not whole years: activity dates move by the same number of days as the period's start.
    assert moved.areas[-1].activities[0].start == PartialDate.of(date(2023, 3, 1) + (date(2024, 5, 1) - date(2023, 1, 1)))
    for bad in (["--year", "2022"], ["--start", "2024-05-01"], ["--start", "2025-01-01", "--end", "2024-01-01"]):
        result = runner.invoke(app, ["rollover", str(FOLLOWED_UP), "-o", str(tmp_path / "c"), *bad])
        assert result.exit_code == 2, bad
        assert not (tmp_path / "c").exists()


def test_flow_mappings_and_keys_after_a_dash(tmp_path: Path, minimal: Path) -> None:
    (minimal / "areas" / "01-trafik.yaml").write_text(
        "title: Trafik\ncommitments:\n  - actors: [Polisen, Kommunen]  # alla\n    activities:\n"
        "      - {text: a, status: done, result: klart}\n"
        "      - {status: not-done, text: b, reason: tid}\n"
        "      - status: ongoing\n        text: c\n        followed_up: 2025-09-01\n",
        encoding="utf-8",
    )
    files, _, _ = rollover.rollover(api.load(minimal), minimal)
    assert files["areas/01-trafik.yaml"].decode() == (
        "title: Trafik\ncommitments:\n  - actors: [Polisen, Kommunen]  # alla\n    activities:\n"
        "      - {text: a}\n"
        "      - {text: b}\n"
        "      - text: c\n"
    )


def test_leap_day_moves_to_the_28th() -> None:
    assert rollover.Shift(1, 0).apply(PartialDate(2024, 2, 29)) == PartialDate(2025, 2, 28)


def test_invalid_data_is_refused(runner: CliRunner, minimal: Path, tmp_path: Path) -> None:
    (minimal / "areas" / "01-trafik.yaml").write_text("titel: x\n", encoding="utf-8")
    assert runner.invoke(app, ["rollover", str(minimal), "-o", str(tmp_path / "x")]).exit_code == 1
    assert not (tmp_path / "x").exists()


def test_quoted_and_year_free_titles(runner: CliRunner, tmp_path: Path, minimal: Path) -> None:
    promise = minimal / "promise.yaml"
    promise.write_text(
        promise.read_text(encoding="utf-8").replace("title: Medborgarlöfte 2025", 'title: "Löfte: 2025–2026"'), encoding="utf-8"
    )
    result = runner.invoke(app, ["rollover", str(minimal), "-o", str(tmp_path / "n")])
    assert result.exit_code == 0, result.stderr
    loaded = api.load(tmp_path / "n").promise
    assert loaded is not None
    assert loaded.title == "Löfte: 2026–2027"
    shutil.rmtree(tmp_path / "n")


def write_promise(tmp_path: Path, period: str, activity: str = "x") -> Path:
    root = tmp_path / "data"
    (root / "areas").mkdir(parents=True)
    (root / "promise.yaml").write_text(
        f"title: Medborgarlöfte 2024\nmunicipality: K\n{period}parties: [Polisen]\n", encoding="utf-8"
    )
    (root / "actors.yaml").write_text("actors:\n  - {id: polisen, name: Polisen}\n", encoding="utf-8")
    (root / "areas" / "a.yaml").write_text(
        f"title: A\ncommitments: [{{actors: Polisen, activities: [{activity}]}}]\n", encoding="utf-8"
    )
    return root


def test_dates_move_at_their_precision_and_an_extension_goes(tmp_path: Path) -> None:
    root = write_promise(
        tmp_path, "period:\n  start: 2024-05\n  end: 2025-05\n  extended_to: 2025-12\n", "{text: x, start: 2024-09, end: 2025}"
    )
    _, start, end = api.rollover(root, tmp_path / "next")
    assert (start, end) == (PartialDate(2025, 5), PartialDate(2026, 5))
    text = (tmp_path / "next" / "promise.yaml").read_text(encoding="utf-8")
    assert text == "title: Medborgarlöfte 2025\nmunicipality: K\nperiod:\n  start: 2025-05\n  end: 2026-05\nparties: [Polisen]\n"
    moved = api.load(tmp_path / "next")
    assert moved.ok
    assert (moved.areas[0].activities[0].start, moved.areas[0].activities[0].end) == (PartialDate(2025, 9), PartialDate(2026))


def test_a_promise_until_further_notice_keeps_running(tmp_path: Path) -> None:
    root = write_promise(tmp_path, "period: {start: 2024-06, until_further_notice: true}\n")
    _, start, end = api.rollover(root, tmp_path / "next")
    assert (start, end) == (PartialDate(2025, 6), None)
    assert api.load(tmp_path / "next").ok


def test_no_period_or_a_year_out_of_range_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    bare = write_promise(tmp_path / "a", "")
    result = runner.invoke(app, ["rollover", str(bare), "--output", str(tmp_path / "a" / "next")])
    assert (result.exit_code, result.stderr) == (
        2,
        "medlofte: the promise gives no period to move; add 'period:' to promise.yaml first\n",
    )
    dated = write_promise(tmp_path / "b", "period: {start: 2024, end: 2024}\n")
    for year, message in (("10000", "--year 10000 is outside 1900–2199"), ("2199", "")):
        result = runner.invoke(app, ["rollover", str(dated), "--output", str(tmp_path / "b" / f"next-{year}"), "--year", year])
        if message:
            assert (result.exit_code, result.stderr) == (2, f"medlofte: {message}\n")
        else:
            assert result.exit_code == 0, result.stderr
    edge = write_promise(tmp_path / "c", "period: {start: 2199, end: 2199}\n")
    result = runner.invoke(app, ["rollover", str(edge), "--output", str(tmp_path / "c" / "next")])
    assert (result.exit_code, result.stderr) == (
        2,
        "medlofte: the new period would reach the year 2200; medlofte takes 1900–2199\n",
    )


PROMISE = (
    "title: Medborgarlöfte 2025\n"
    "municipality: Exempels\u2028 kommun\n"
    'intro: "Trygghet\\u2028för alla\\x85i kommunen"\n'
    "period:\n  start: 2025-05-01\n  end: 2026-04-30\n"
    "parties: [Polisen, Exempels kommun]\n"
    "signatures:\n  - name: Anna\n"
    "adopted:\n  by: Kommunstyrelsen\n  date: 2025-04-01\n"
)


@pytest.mark.parametrize(
    "text",
    [
        PROMISE,
        PROMISE.replace("\n", "\r"),  # classic Mac
        PROMISE.replace("\n", "\r\n"),
        PROMISE.replace("\n", "\x85"),
        PROMISE.rstrip("\n"),  # the last line, a key rollover removes, without a line break
        PROMISE.replace("adopted:\n  by: Kommunstyrelsen\n  date: 2025-04-01\n", "adopted:"),
        PROMISE.replace("adopted:\n  by: Kommunstyrelsen\n  date: 2025-04-01\n", "signatures:").replace(
            "signatures:\n  - name: Anna\n", ""
        ),
    ],
    ids=["lf", "cr", "crlf", "nel", "no-last-break", "adopted-at-the-end", "signatures-at-the-end"],
)
def test_line_ends_and_line_separators_roll_over(runner: CliRunner, minimal: Path, tmp_path: Path, text: str) -> None:
    """Rollover wrote YAML that did not validate, or crashed, with these line ends."""
    (minimal / "promise.yaml").write_bytes(text.encode("utf-8"))
    assert api.load(minimal).ok, api.load(minimal).findings
    result = runner.invoke(app, ["rollover", str(minimal), "-o", str(tmp_path / "next")])
    assert result.exit_code == 0, result.stderr
    rolled = api.load(tmp_path / "next")
    assert rolled.findings == []
    assert rolled.promise is not None
    assert rolled.promise.signatures == []
    assert rolled.promise.adopted is None
    assert (rolled.promise.period.start, rolled.promise.title) == (PartialDate(2026, 5, 1), "Medborgarlöfte 2026")
    assert rolled.promise.municipality == "Exempels\nkommun"


def test_a_moved_title_keeps_its_line_separators_as_escapes(runner: CliRunner, minimal: Path, tmp_path: Path) -> None:
    promise = minimal / "promise.yaml"
    promise.write_text(
        promise.read_text(encoding="utf-8").replace("title: Medborgarlöfte 2025", 'title: "Löfte\\u2028 2025\\x85"'),
        encoding="utf-8",
    )
    assert runner.invoke(app, ["rollover", str(minimal), "-o", str(tmp_path / "n")]).exit_code == 0
    written = (tmp_path / "n" / "promise.yaml").read_text(encoding="utf-8")
    assert written.startswith('title: "Löfte\\u2028 2026\\u0085"\n')


def test_an_output_below_a_file_is_a_write_error(runner: CliRunner, minimal: Path, tmp_path: Path) -> None:
    """It was reported as a bug (internal error, exit 3) instead of a write error."""
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    result = runner.invoke(app, ["rollover", str(minimal), "-o", str(tmp_path / "a-file" / "next")])
    assert result.exit_code == 3
    assert result.stderr == (
        f"medlofte: cannot write next year's promise to {tmp_path / 'a-file' / 'next'}: "
        f"{(tmp_path / 'a-file').as_posix()} is a file, not a folder\n"
    )
