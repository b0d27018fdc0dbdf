"""Terminal tables: at 80 columns no name is broken into syllables, and a huge cell is cut
instead of taking minutes to lay out."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import DATA, FOLLOWED_UP
from medlofte import api
from medlofte.cli import app
from medlofte.output.terminal import CELL_LIMIT, LONGEST_WORD, column_widths, printable


def test_columns_are_as_wide_as_their_longest_word() -> None:
    widths = column_widths(["Aktör", "Typ"], [["Grundskoleförvaltningen", "skola"], ["Polisen och kommunen", "x"]], 40)
    assert widths is not None
    assert widths[0] >= len("Grundskoleförvaltningen")
    assert sum(widths) + 3 * 2 + 1 <= 40


def test_columns_that_cannot_hold_their_words_are_refused() -> None:
    assert column_widths(["A", "B"], [["Grundskoleförvaltningen", "Räddningstjänsten"]], 40) is None


def test_a_word_longer_than_the_cap_may_be_broken() -> None:
    widths = column_widths(["A"], [["https://example.com/" + "x" * 100]], 60)
    assert widths == [56]
    assert LONGEST_WORD < 56


def test_control_characters_become_visible() -> None:
    assert printable("a\x1b[2Jb\x07\x9b") == "a\ufffd[2Jb\ufffd\ufffd"


def _words(data: Path) -> set[str]:
    """Every word of the names and titles a table shows, up to the length that must not break."""
    loaded = api.load(data)
    names = [a.name for a in loaded.registry.actors] + [area.name for area in loaded.areas]
    return {w for name in names for w in name.split() if len(w) <= LONGEST_WORD}


@pytest.mark.parametrize("width", [80, 100, 132])
@pytest.mark.parametrize("data", [DATA, FOLLOWED_UP], ids=["seed", "followed-up"])
def test_no_name_is_broken_at_any_usual_width(runner: CliRunner, width: int, data: Path) -> None:
    """At 80 columns the tables broke names into syllables ('Nedsk|räpni|ng')."""
    outputs = []
    for command in (
        ["actors", str(data)],
        ["status", str(data), "--date", "2023-10-01"],
        *(["actor", actor.id, str(data)] for actor in api.load(data).registry.actors),
    ):
        result = runner.invoke(app, [*command, "--format", "table"], env={"COLUMNS": str(width)})
        assert result.exit_code == 0, result.output
        assert max(len(line) for line in result.stdout.splitlines()) <= width
        outputs.append(result.stdout)
    shown = set(re.findall(r"[^\s│┃,()]+", "\n".join(outputs)))
    missing = {w for w in _words(data) if w.strip(",") not in shown}
    assert missing == set()


def test_a_megabyte_title_is_cut_in_the_table(runner: CliRunner, minimal: Path) -> None:
    """A one-megabyte area title made status --format table take minutes."""
    area = minimal / "areas" / "01-trafik.yaml"
    area.write_text(area.read_text(encoding="utf-8").replace("title: Trafik", "title: " + "trafik " * 140_000), encoding="utf-8")
    for command in (["status", str(minimal)], ["actor", "Polisen", str(minimal)], ["actors", str(minimal)]):
        result = runner.invoke(app, [*command, "--format", "table"], env={"COLUMNS": "80"})
        assert result.exit_code == 0, result.output
        assert len(result.stdout) < 10 * CELL_LIMIT  # not the megabyte: the cell is cut
