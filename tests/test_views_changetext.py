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
from medlofte.views.changetext import Described, Line, describe, section
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


def test_a_long_value_is_shortened_at_a_word_without_trailing_punctuation() -> None:
    from medlofte.views.changetext import shorten

    assert shorten("a  b\n c") == "a b c"  # white space flattened
    assert shorten("x" * 100) == "x" * 100  # up to 100 characters whole
    assert shorten("x" * 101) == "x" * 100 + "…"
    assert shorten("ord " * 30) == ("ord " * 25).rstrip() + "…"
    assert shorten("aaaa, " * 20) == ("aaaa, " * 16).rstrip(" ,") + "…"
    assert shorten("a" * 95 + " bbbbbbbbbbbb") == "a" * 95 + "…"
    assert shorten("ord " * 30, 10) == "ord ord…"


LONG = " ".join(f"w{i}" for i in range(60))


def runs(*words: tuple[str, str]) -> list[tuple[str, str]]:
    from medlofte.views.changes import Word
    from medlofte.views.changetext import word_runs

    shown = word_runs(tuple(Word(op, text) for op, text in words))
    assert all(run.data for run in shown)  # the data's own words, every one
    return [(run.text, run.style) for run in shown]


def test_a_long_rewording_keeps_four_words_around_each_change() -> None:
    assert runs(("=", LONG + " "), ("-", "gammal"), ("+", "ny"), ("=", " " + LONG)) == [
        ("… w56 w57 w58 w59 ", ""),
        ("gammal", "del"),
        ("ny", "ins"),
        (" w0 w1 w2 w3 …", ""),
    ]
    assert runs(("-", "gammal"), ("=", " " + LONG + " "), ("+", "ny")) == [
        ("gammal", "del"),
        (" w0 w1 w2 w3 … w56 w57 w58 w59 ", ""),  # between two changes: four on each side
        ("ny", "ins"),
    ]
    assert runs(("=", "a b c d "), ("-", "x"), ("=", " " + LONG)) == [
        ("a b c d ", ""),  # four words before: all kept
        ("x", "del"),
        (" w0 w1 w2 w3 …", ""),
    ]
    assert runs(("=", "a b c d e "), ("-", "x"), ("=", " " + LONG))[0] == ("… b c d e ", "")
    middle = ("=", " a b c d e f g h ")
    assert runs(("=", LONG), ("-", "x"), middle, ("+", "y"), ("=", LONG))[2] == (" a b c d e f g h ", "")
    middle = ("=", " a b c d e f g h i ")
    assert runs(("=", LONG), ("-", "x"), middle, ("+", "y"), ("=", LONG))[2] == (" a b c d … f g h i ", "")


def test_a_short_rewording_is_whole_and_paragraph_breaks_that_changed_show() -> None:
    assert runs(("=", "ett två\n\ntre "), ("+", "fyra\n\nfem"), ("=", " sex")) == [
        ("ett två tre ", ""),
        ("fyra ¶ fem", "ins"),
        (" sex", ""),
    ]
    assert runs(("=", "a "), ("+", "  "), ("=", " b")) == [("a ", ""), ("  ", ""), (" b", "")]
    assert runs(("=", "kort\ntext "), ("-", " x ")) == [("kort text ", ""), (" ", ""), ("x", "del"), (" ", "")]


def test_every_kind_of_value_is_worded_as_the_document_prints_it() -> None:
    from medlofte.data.model import ActorType, Adoption, GroupKind, PartialDate, Per, Period, Quantity, Status
    from medlofte.views.changes import Signed
    from medlofte.views.changetext import Words

    values = [
        None,
        (),
        True,
        False,
        3,
        2.5,
        Status.PARTLY_DONE,
        PartialDate(2024, 5),
        PartialDate(2024, 5, 3),
        Period(PartialDate(2024, 1, 1), PartialDate(2024, 12, 31), label="2024"),
        Period(PartialDate(2024, 5), PartialDate(2025, 5), label="Verksamhetsåret"),
        Adoption(by="Kommunstyrelsen", date=PartialDate(2020, 3, 19)),
        Adoption(by="Kommunstyrelsen"),
        Adoption(text="Vid sammanträdet", by="KS"),
        Signed("Eva", "Kommunpolis", "Polisen", PartialDate(2024, 2, 1), "Kungälv"),
        Signed("Eva", None, None, None, None),
        GroupKind.ACTOR,
        (Quantity(20, "kontroller", at_least=True), Quantity(5, "möten", per=Per.MONTH)),
        ("a", "b"),
        ActorType.POLICE,
        "x " * 80,
    ]
    sv = [Words(Labels("sv")).value(v) for v in values]
    en = [Words(Labels("en")).value(v) for v in values]
    assert sv == [
        "–",
        "–",
        "ja",
        "nej",
        "3",
        "2,5",
        "delvis genomförd",
        "maj 2024",
        "3 maj 2024",
        "2024",
        "Verksamhetsåret (maj 2024 – maj 2025)",  # its own wording, and the dates it stands for
        "Kommunstyrelsen, 19 mars 2020",
        "Kommunstyrelsen",
        "Vid sammanträdet",
        "Eva, Kommunpolis, Polisen, Kungälv, 1 februari 2024",
        "Eva",
        "actor",
        "minst 20 kontroller; 5 möten per månad",
        "a, b",
        "police",
        "x " * 49 + "x…",
    ]
    assert en[2:4] == ["yes", "no"]
    assert en[6:9] == ["partly done", "May 2024", "3 May 2024"]
    assert en[11] == "Kommunstyrelsen, 19 March 2020"
    assert en[17] == "at least 20 kontroller; 5 möten a month"


def test_list_items_and_what_moved_with_the_period_in_words() -> None:
    from medlofte.data.model import PartialDate, Period

    y2023, y2024 = Period(PartialDate(2023), PartialDate(2023)), Period(PartialDate(2024), PartialDate(2024))
    changes = [
        Change(
            Target.PROMISE,
            Kind.CHANGED,
            "Löftet",
            field="parties",
            old=("Polisen", "kommunen", "Skolan"),
            new=("Polisen", "Kommunen", "Bostadsbolaget", "Räddningstjänsten"),  # a capital letter is no change
        ),
        Change(Target.PROMISE, Kind.CHANGED, "Löftet", field="parties", old=("A", "B"), new=("A",)),
        Change(
            Target.PROMISE,
            Kind.CHANGED,
            "Löftet",
            field="period",
            old=y2023,
            new=y2024,
            dates_moved=3,
            years_moved=("title", "area:Trafik", "subtitle"),
        ),
        Change(Target.PROMISE, Kind.CHANGED, "Löftet", field="period", old=y2023, new=y2024, dates_moved=1),
    ]
    comparison = Comparison("HEAD", "", [DirectoryChanges("a", "b", changes)])
    assert format_text(describe(comparison, Labels("sv"))) == (
        "Förändringar från HEAD till arbetskopian\n\nLöftet\n"
        "  ~ Parter: + Bostadsbolaget, + Räddningstjänsten, − Skolan\n"
        "  ~ Parter: − B\n"
        "  ~ Period: 2023 → 2024 (med perioden flyttades också: datumen för 3 aktiviteter, årtalet i titeln,"
        " perioden för ”Trafik”, årtalet i underrubriken)\n"
        "  ~ Period: 2023 → 2024 (med perioden flyttades också: datumen för 1 aktivitet)\n"
        "\n4 förändringar.\n"
    )
    assert format_text(describe(comparison, Labels("en"))).splitlines()[5:7] == [
        "  ~ Period: 2023 → 2024 (moved with the period: the dates of 3 activities, the year in the title,"
        " the period of “Trafik”, the year in the subtitle)",
        "  ~ Period: 2023 → 2024 (moved with the period: the dates of 1 activity)",
    ]


def _shape(described: Described) -> dict[str, object]:
    """Every group, line and run of a change set with its mark, style and whether it is the
    data's own words: what the text, Markdown and HTML writers each show in their way."""

    def line(x: Line) -> dict[str, object]:
        return {"mark": x.mark, "runs": [[r.text, r.style, r.data] for r in x.runs], "details": [line(d) for d in x.details]}

    return {
        "heading": described.heading,
        "summary": described.summary,
        "directories": [
            {
                "title": d.title,
                "changes": d.changes,
                "not_compared": d.not_compared,
                "groups": [
                    {"title": g.title, "mark": g.mark, "note": g.note, "data": g.data, "lines": [line(x) for x in g.lines]}
                    for g in d.groups
                ],
            }
            for d in described.directories
        ],
    }


def test_change_sets_in_words_whole_against_their_golden_file(monkeypatch: pytest.MonkeyPatch) -> None:
    import json
    import os

    from conftest import ROOT

    monkeypatch.chdir(ROOT)
    published = "tests/fixtures/published"
    pairs = [
        ("tests/fixtures/changes/before", "tests/fixtures/changes/after"),
        ("data", f"{published}/malmo-rosengard-2024/data"),
        (f"{published}/halmstad-2020/data", f"{published}/halmstad-2021/data"),
        (f"{published}/kungalv-2017/data", f"{published}/kungalv-2020-uppfoljning/data"),
    ]
    directories = Comparison(
        "v1",
        "v2",
        [
            DirectoryChanges("v1:a", "v2:a", [Change(Target.DIRECTORY, Kind.ADDED, "a")], folder="a"),
            DirectoryChanges("v1:b", "v2:b", [Change(Target.DIRECTORY, Kind.REMOVED, "b")], folder="b"),
            DirectoryChanges("v1:c", "v2:c", invalid=("v1:c", "v2:c"), files=2, folder="c"),
        ],
    )
    shapes = {}
    for lang in ("sv", "en"):
        for old, new in pairs:
            shapes[f"{old} → {new} ({lang})"] = _shape(describe(api.compare_folders(old, new), Labels(lang)))
        shapes[f"directories ({lang})"] = _shape(describe(directories, Labels(lang)))
    shapes["json"] = json.loads(api.format_changes(api.compare_folders(*pairs[0]), "json"))
    golden = ROOT / "tests" / "golden" / "changes-described.json"
    text = json.dumps(shapes, ensure_ascii=False, indent=1) + "\n"
    if os.environ.get("MEDLOFTE_UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")
