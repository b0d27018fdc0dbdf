"""output/status.py: `medlofte status` as Markdown and as a terminal table, whole.

The pinned data (tests/fixtures/pinned) has, as of 2025-06-15, four overdue activities,
one due that very day (not overdue yet) and one done before its date.
"""

from __future__ import annotations

from typer.testing import CliRunner

from conftest import PINNED
from medlofte.cli import app

AS_OF = "2025-06-15"
HEADER = (
    "| {first} | Aktiviteter | Planerad | Pågående | Genomförd | Delvis genomförd | Ej genomförd | Inställd | Ej uppföljd "
    "| Andel genomförda |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n"
)

STATUS_MD = (
    "# Uppföljning av Medborgarlöfte 2025\n"
    "\n"
    "Läget den 15 juni 2025\n"
    "\n"
    "## Per problemområde\n"
    "\n" + HEADER.format(first="Problemområde") + "| Trafik | 2 | 1 | 0 | 1 | 0 | 0 | 0 | 0 | 50\u00a0% |\n"
    "| Trygghet i centrum | 6 | 1 | 1 | 1 | 1 | 0 | 0 | 2 | 17\u00a0% |\n"
    "| Totalt | 8 | 2 | 1 | 2 | 1 | 0 | 0 | 2 | 25\u00a0% |\n"
    "\n"
    "## Per aktör\n"
    "\n" + HEADER.format(first="Aktör") + "| Émile-stiftelsen | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 1 | 0\u00a0% |\n"
    "| Eriksbergs förening | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 1 | 0\u00a0% |\n"
    "| Exempels kommun | 1 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0\u00a0% |\n"
    "| Polisen | 7 | 1 | 1 | 2 | 1 | 0 | 0 | 2 | 29\u00a0% |\n"
    "| Uvådalens förening | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 1 | 0\u00a0% |\n"
    "| Ürün kulturförening | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 1 | 0\u00a0% |\n"
    "| Ytterby bostäder | 1 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 100\u00a0% |\n"
    "| Zonens förening | 6 | 1 | 1 | 1 | 1 | 0 | 0 | 2 | 17\u00a0% |\n"
    "| Åbyskolan | 1 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 100\u00a0% |\n"
    "| Ängens fritidsgård | 6 | 1 | 1 | 1 | 1 | 0 | 0 | 2 | 17\u00a0% |\n"
    "| Öresundsgruppen | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 1 | 0\u00a0% |\n"
    "| Totalt | 8 | 2 | 1 | 2 | 1 | 0 | 0 | 2 | 25\u00a0% |\n"
    "\n"
    "## Försenade\n"
    "\n"
    "- kartläggning av belysningen (Trygghet i centrum) · Klart senast: 2025-02-28 · ej uppföljd\n"
    "- kvällsöppen fritidsgård (Trygghet i centrum) · Klart senast: 2025-03-31 · planerad\n"
    "- möten med näringsidkare (Trygghet i centrum) · Klart senast: 2025-05-31 · delvis genomförd\n"
    "- trygghetsvandring i centrum (Trygghet i centrum) · Klart senast: 2025-06-14 · pågående\n"
    "\n"
    "## Ej uppföljda\n"
    "\n"
    "- kartläggning av belysningen (Trygghet i centrum)\n"
    "- sommarlovsaktiviteter (Trygghet i centrum)\n"
)


def test_markdown_lists_every_overdue_activity_and_not_the_one_due_today(runner: CliRunner) -> None:
    result = runner.invoke(app, ["status", str(PINNED), "--date", AS_OF, "--format", "md"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == STATUS_MD


def test_on_the_due_date_an_activity_is_not_overdue_and_the_day_after_it_is(runner: CliRunner) -> None:
    due_today = "- brev om säker mopedåkning till föräldrar (Trafik) · Klart senast: 2025-06-15 · planerad"
    on_the_day = runner.invoke(app, ["status", str(PINNED), "--date", "2025-06-15", "--format", "md"])
    assert on_the_day.exit_code == 0
    assert due_today not in on_the_day.stdout.splitlines()
    day_after = runner.invoke(app, ["status", str(PINNED), "--date", "2025-06-16", "--format", "md"])
    assert day_after.exit_code == 0
    overdue = day_after.stdout.split("## Försenade\n\n")[1].split("\n\n")[0].splitlines()
    assert overdue == [
        "- kartläggning av belysningen (Trygghet i centrum) · Klart senast: 2025-02-28 · ej uppföljd",
        "- kvällsöppen fritidsgård (Trygghet i centrum) · Klart senast: 2025-03-31 · planerad",
        "- möten med näringsidkare (Trygghet i centrum) · Klart senast: 2025-05-31 · delvis genomförd",
        "- trygghetsvandring i centrum (Trygghet i centrum) · Klart senast: 2025-06-14 · pågående",
        due_today,
    ]


def test_english_writes_percent_without_a_space(runner: CliRunner) -> None:
    result = runner.invoke(app, ["status", str(PINNED), "--date", AS_OF, "--format", "md", "--lang", "en"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert "| Trygghet i centrum | 6 | 1 | 1 | 1 | 1 | 0 | 0 | 2 | 17% |" in lines
    assert "| Ytterby bostäder | 1 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 100% |" in lines
    assert lines.count("| Total | 8 | 2 | 1 | 2 | 1 | 0 | 0 | 2 | 25% |") == 2
    assert "\u00a0%" not in result.stdout
    assert "- möten med näringsidkare (Trygghet i centrum) · Due: 2025-05-31 · partly done" in lines


BAR = "━"


def test_terminal_table_lists_every_overdue_activity(runner: CliRunner) -> None:
    result = runner.invoke(app, ["status", str(PINNED), "--date", AS_OF, "--format", "table"], env={"COLUMNS": "150"})
    assert (result.exit_code, result.stderr) == (0, "")
    lines = [line.rstrip() for line in result.stdout.splitlines()]
    widths = (20, 13, 10, 10, 11, 18, 14, 10, 13, 18)  # each column as wide as its content
    assert lines == [
        "Uppföljning av Medborgarlöfte 2025",
        "Läget den 15 juni 2025",
        "Per problemområde",
        "┏" + "┳".join(BAR * w for w in widths) + "┓",
        "┃ Problemområde      ┃ Aktiviteter ┃ Planerad ┃ Pågående ┃ Genomförd ┃ Delvis genomförd ┃ Ej genomförd ┃ Inställd "
        "┃ Ej uppföljd ┃ Andel genomförda ┃",
        "┡" + "╇".join(BAR * w for w in widths) + "┩",
        "│ Trafik             │           2 │        1 │        0 │         1 │                0 │            0 │        0 "
        "│           0 │             50\u00a0% │",
        "│ Trygghet i centrum │           6 │        1 │        1 │         1 │                1 │            0 │        0 "
        "│           2 │             17\u00a0% │",
        "│ Totalt             │           8 │        2 │        1 │         2 │                1 │            0 │        0 "
        "│           2 │             25\u00a0% │",
        "└" + "┴".join("─" * w for w in widths) + "┘",
        *lines[10:27],  # the table per actor: its rows are the Markdown's (test above)
        "Försenade",
        "  2025-02-28  kartläggning av belysningen (Trygghet i centrum)",
        "  2025-03-31  kvällsöppen fritidsgård (Trygghet i centrum)",
        "  2025-05-31  möten med näringsidkare (Trygghet i centrum)",
        "  2025-06-14  trygghetsvandring i centrum (Trygghet i centrum)",
        "Ej uppföljda: 2",
    ]
    assert lines[10] == "Per aktör"
    actors = [line.split("│")[1].strip() for line in lines[14:26]]
    assert actors == [
        "Émile-stiftelsen", "Eriksbergs förening", "Exempels kommun", "Polisen", "Uvådalens förening", "Ürün kulturförening",
        "Ytterby bostäder", "Zonens förening", "Åbyskolan", "Ängens fritidsgård", "Öresundsgruppen", "Totalt",
    ]  # fmt: skip
