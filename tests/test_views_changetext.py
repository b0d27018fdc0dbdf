"""A change set in words, in Swedish and English: one of each kind of change between the
two versions in tests/fixtures/changes, whole, as the terminal shows them when piped."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from medlofte import api
from medlofte.data.findings import Finding, Loc
from medlofte.output.changes import format_text
from medlofte.views.changes import Change, Comparison, DirectoryChanges, Kind, Target
from medlofte.views.changetext import describe, section
from medlofte.views.labels import Labels

FIXTURE = Path(__file__).parent / "fixtures" / "changes"

SV = """\

Löftet
  ~ Period: 2024 → 2025 (med perioden flyttades också: datumen för 1 aktivitet, årtalet i titeln)
  ~ Parter: + Grundskolan
  ~ Avsnitt: Dialog: Vi träffade [-300-]{+400+} invånare.
  - Borttaget avsnitt: Bakgrund
  ~ Mål: Ökad trygghet
      ~ Målvärde: 70 → 75
  + Nytt mål: Färre inbrott
  ~ Underskrift: Eva Exempel
      ~ Datum: februari 2024 → februari 2025
  + Ny underskrift: Per Exempel, Exempels kommun
  ~ Rubrik för lägesbild: Läget → ingen rubrik

Trafik
  ~ Troliga orsaker: + Mopeder
  ~ Åtagande: Så gör vi nu
      ~ Titel: Så gör vi {+nu+}
      ~ Andra aktörer: − andra aktörer
  ~ trafikkontroller vid skolorna
      - Uppföljningen borttagen: status pågående, resultat, uppföljd juni 2024
  > Flyttad från ”Narkotika”: föräldramöten om narkotika {+och alkohol+}
      ~ Aktörer: − Grundskolan (ansvariga)
  - Borttagen aktivitet: cykelkampanj (Polisen)

Narkotika
  + Ny aktivitet: riktade insatser (Polisen och Grundskolan)

Aktörer
  ~ Aktör: Exempels kommun
      ~ Kontakt: a@example.se → b@example.se

20 förändringar.
"""

EN = """\

The promise
  ~ Period: 2024 → 2025 (moved with the period: the dates of 1 activity, the year in the title)
  ~ Parties: + Grundskolan
  ~ Section: Dialog: Vi träffade [-300-]{+400+} invånare.
  - Section removed: Bakgrund
  ~ Goal: Ökad trygghet
      ~ Target: 70 → 75
  + New goal: Färre inbrott
  ~ Signature: Eva Exempel
      ~ Date: February 2024 → February 2025
  + New signature: Per Exempel, Exempels kommun
  ~ Heading of situation: Läget → no heading

Trafik
  ~ Probable causes: + Mopeder
  ~ Commitment: Så gör vi nu
      ~ Title: Så gör vi {+nu+}
      ~ Other actors: − andra aktörer
  ~ trafikkontroller vid skolorna
      - Follow-up cleared: status ongoing, result, followed up June 2024
  > Moved from “Narkotika”: föräldramöten om narkotika {+och alkohol+}
      ~ Actors: − Grundskolan (leads)
  - Activity removed: cykelkampanj (Polisen)

Narkotika
  + New activity: riktade insatser (Polisen and Grundskolan)

Actors
  ~ Actor: Exempels kommun
      ~ Contact: a@example.se → b@example.se

20 changes.
"""


@pytest.mark.parametrize(("lang", "expected"), [("sv", SV), ("en", EN)])
def test_every_kind_of_change_in_words(lang: str, expected: str) -> None:
    comparison = api.compare_folders(FIXTURE / "before", FIXTURE / "after")
    text = format_text(describe(comparison, Labels(lang)))
    heading, _, rest = text.partition("\n")
    assert heading == ("Förändringar från " if lang == "sv" else "Changes from ") + (
        f"{(FIXTURE / 'before').as_posix()} {'till' if lang == 'sv' else 'to'} {(FIXTURE / 'after').as_posix()}"
    )
    assert rest == expected


def test_the_documents_part() -> None:
    comparison = api.compare_folders(FIXTURE / "before", FIXTURE / "after")
    part = section(comparison, Labels("sv"), "Medborgarlöfte 2024")
    assert part.title == "Förändringar sedan Medborgarlöfte 2024"
    assert part.summary == "20 förändringar."
    assert [(g.title, g.data) for g in part.groups] == [
        ("Löftet", False),
        ("Trafik", True),
        ("Narkotika", True),
        ("Aktörer", False),
    ]
    assert section(comparison, Labels("en"), date(2024, 3, 12)).title == "Changes since 12 March 2024"


def test_several_directories_each_under_its_name() -> None:
    broken = Finding("ML301", Loc("HEAD:b/areas/01.yaml", 3, 14), "Unknown actor 'Polsen'.")
    comparison = Comparison(
        "HEAD",
        "",
        [
            DirectoryChanges("HEAD:a", "a", [Change(Target.AREA, Kind.ADDED, "Trafik", "Trafik")], folder="a"),
            DirectoryChanges("HEAD:b", "b", findings=[broken], files=3, invalid=("HEAD:b",), folder="b"),
        ],
        unchanged=1,
    )
    described = describe(comparison, Labels("sv"))
    assert [d.title for d in described.directories] == ["a", "b"]
    assert described.directories[1].not_compared == (
        "Inte jämförd: HEAD:b har fel, så den kan inte jämföras. Kör medlofte validate HEAD:b."
    )
    assert described.summary == "1 förändring i 1 av 3 datamappar. Datamappar som inte kunde jämföras: 1."
    assert comparison.exit_code() == 1
    text = format_text(described)
    assert "  HEAD:b/areas/01.yaml:3:14: error [ML301] Unknown actor 'Polsen'.\n" in text
    assert "  + Trafik (nytt)\n" in text
