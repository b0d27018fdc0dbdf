"""The change set between two data sets: groups matched by content, activities by their
words, references by the actor they mean, what follows the period told with it; the seed
against the 2024 promise of the same place, and a rollover against its source."""

from __future__ import annotations

import itertools
import shutil
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import DATA, FOLLOWED_UP, ROOT
from medlofte import api
from medlofte.data.loading import Dataset
from medlofte.data.model import Activity, ActorRef, Area, Commitment, PartialDate, Period, Promise, Status
from medlofte.data.registry import Registry
from medlofte.views.changes import (
    Change,
    Kind,
    Target,
    Word,
    compare,
    compare_directories,
    normal_text,
    word_changes,
)

ROSENGARD = ROOT / "tests" / "fixtures" / "published" / "malmo-rosengard-2024" / "data"

ACTORS = """\
actors:
  - {id: polisen, name: Polisen, short: Polis, type: police}
  - {id: kommunen, name: Exempels kommun, short: Kommunen, type: municipal}
  - {id: skolan, name: Grundskolan, type: school}
"""
PROMISE = """\
title: Medborgarlöfte 2024
municipality: Exempels kommun
period: {start: 2024-05, end: 2025-05}
parties: [Polisen, Exempels kommun]
"""
TRAFIK = """\
title: Trafik
commitments:
  - actors: [Polisen]
    activities:
      - minst 20 trafikkontroller under sommaren
      - hastighetsmätningar vid skolorna
  - actors: [Kommunen]
    activities:
      - brev om säker mopedåkning till föräldrar
"""
NARKOTIKA = """\
title: Narkotika
commitments:
  - actors: [Polisen, Grundskolan]
    activities:
      - föräldramöten om narkotika
      - riktade insatser mot öppen narkotikaförsäljning
"""


def folder(root: Path, promise: str = PROMISE, actors: str = ACTORS, **areas: str) -> Path:
    (root / "areas").mkdir(parents=True)
    (root / "promise.yaml").write_text(textwrap.dedent(promise), encoding="utf-8")
    (root / "actors.yaml").write_text(actors, encoding="utf-8")
    for name, text in areas.items():
        (root / "areas" / f"{name.replace('_', '-')}.yaml").write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def loaded(root: Path) -> Dataset:
    data = api.load(root)
    assert data.errors == [], data.errors
    return data


def between(tmp_path: Path, old: dict[str, object], new: dict[str, object]) -> list[Change]:
    """The changes from one folder to another; each dict holds promise, actors and areas."""
    roots = []
    for name, side in (("old", old), ("new", new)):
        areas: dict[str, str] = side.get("areas", {})  # type: ignore[assignment]
        roots.append(folder(tmp_path / name, str(side.get("promise", PROMISE)), str(side.get("actors", ACTORS)), **areas))
    return compare(loaded(roots[0]), loaded(roots[1]))


def short(changes: list[Change]) -> list[tuple[str, str, str, str]]:
    return [(c.target.value, c.kind.value, c.field or "", c.subject) for c in changes]


def test_a_group_renamed_is_matched_by_its_activities_not_its_file(tmp_path: Path) -> None:
    renamed = TRAFIK.replace("title: Trafik", "title: Trafiksäkerhet och mopeder")
    changes = between(
        tmp_path,
        {"areas": {"01_trafik": TRAFIK, "02_narkotika": NARKOTIKA}},
        {"areas": {"07_ny": renamed, "02_narkotika": NARKOTIKA}},
    )
    assert short(changes) == [("area", "renamed", "title", "Trafiksäkerhet och mopeder")]
    assert (changes[0].old, changes[0].new) == ("Trafik", "Trafiksäkerhet och mopeder")


def test_the_same_file_name_with_other_content_is_another_group(tmp_path: Path) -> None:
    other = "title: Nedskräpning\ncommitments:\n  - actors: Kommunen\n    activities:\n      - städdagar i centrum\n"
    changes = between(tmp_path, {"areas": {"01": TRAFIK}}, {"areas": {"01": other}})
    assert [(c.target.value, c.kind.value) for c in changes] == [
        ("area", "added"),
        ("activity", "added"),
        ("area", "removed"),
        ("activity", "removed"),
        ("activity", "removed"),
        ("activity", "removed"),
    ]
    assert changes[0].subject == "Nedskräpning"
    assert changes[2].subject == "Trafik"


def test_a_title_alike_keeps_the_group_though_every_activity_changed(tmp_path: Path) -> None:
    other = "title: Trafiken\ncommitments:\n  - actors: Polisen\n    activities:\n      - cykelhjälmskampanj\n"
    changes = between(tmp_path, {"areas": {"01": TRAFIK}}, {"areas": {"01": other}})
    assert short(changes)[:2] == [("area", "renamed", "title", "Trafiken"), ("activity", "added", "", "cykelhjälmskampanj")]
    assert [c.kind for c in changes[2:]] == [Kind.REMOVED] * 3


def test_a_group_renamed_with_its_activities_reworded_too(tmp_path: Path) -> None:
    new = """\
    title: Trygg trafik
    commitments:
      - actors: [Polisen]
        activities:
          - minst 25 trafikkontroller under sommaren
          - hastighetsmätningar vid alla skolorna
      - actors: [Kommunen]
        activities:
          - brev om säker mopedåkning till alla föräldrar
    """
    changes = between(tmp_path, {"areas": {"01": TRAFIK}}, {"areas": {"01": new}})
    assert [(c.target.value, c.kind.value) for c in changes] == [("area", "renamed")] + [("activity", "reworded")] * 3


def test_reworded_says_which_words_changed(tmp_path: Path) -> None:
    new = TRAFIK.replace("minst 20 trafikkontroller", "minst 25 trafikkontroller")
    (change,) = between(tmp_path, {"areas": {"01": TRAFIK}}, {"areas": {"01": new}})
    assert (change.kind, change.area, change.subject) == (Kind.REWORDED, "Trafik", "minst 25 trafikkontroller under sommaren")
    assert change.words == (Word("=", "minst "), Word("-", "20"), Word("+", "25"), Word("=", " trafikkontroller under sommaren"))
    assert change.loc is not None
    assert change.loc.path.endswith("new/areas/01.yaml")
    assert change.loc.line == 5


def test_an_activity_moved_to_another_group(tmp_path: Path) -> None:
    old = {"areas": {"01": TRAFIK, "02": NARKOTIKA}}
    moved = NARKOTIKA + "      - hastighetsmätningar vid skolorna\n"
    left = TRAFIK.replace("      - hastighetsmätningar vid skolorna\n", "")
    changes = between(tmp_path, old, {"areas": {"01": left, "02": moved}})
    assert short(changes) == [
        ("activity", "moved", "area", "hastighetsmätningar vid skolorna"),
        (
            "activity",
            "actors",
            "actors",
            "hastighetsmätningar vid skolorna",
        ),  # Narkotika's commitment is Polisen's and the school's
    ]
    assert (changes[0].old, changes[0].new, changes[0].area) == ("Trafik", "Narkotika", "Narkotika")
    assert [r.name for r in changes[1].joined] == ["Grundskolan"]


def test_moved_and_reworded_at_once(tmp_path: Path) -> None:
    moved = NARKOTIKA.replace("actors: [Polisen, Grundskolan]", "actors: [Polisen]") + (
        "      - hastighetsmätningar vid alla skolorna\n"
    )
    left = TRAFIK.replace("      - hastighetsmätningar vid skolorna\n", "")
    changes = between(tmp_path, {"areas": {"01": TRAFIK, "02": NARKOTIKA}}, {"areas": {"01": left, "02": moved}})
    kinds = [(c.kind, c.subject) for c in changes if c.kind is Kind.MOVED]
    assert kinds == [(Kind.MOVED, "hastighetsmätningar vid alla skolorna")]
    (moving,) = [c for c in changes if c.kind is Kind.MOVED]
    assert [w for w in moving.words if w.op != "="] == [Word("+", "alla ")]


def test_an_activity_with_an_id_is_itself_whatever_its_text_became(tmp_path: Path) -> None:
    """medlofte forms gives activities ids; a text corrected beyond likeness is still reworded."""
    keyed = TRAFIK.replace(
        "      - hastighetsmätningar vid skolorna\n", "      - text: hastighetsmätningar vid skolorna\n        id: fart\n"
    )
    new = keyed.replace("text: hastighetsmätningar vid skolorna", "text: fartkameror på Storgatan")
    (change,) = between(tmp_path, {"areas": {"01": keyed}}, {"areas": {"01": new}})
    assert (change.kind, change.old, change.new) == (
        Kind.REWORDED,
        "hastighetsmätningar vid skolorna",
        "fartkameror på Storgatan",
    )
    moved = NARKOTIKA + "      - text: fartkameror på Storgatan\n        id: fart\n"
    left = TRAFIK.replace("      - hastighetsmätningar vid skolorna\n", "")
    changes = between(tmp_path / "2", {"areas": {"01": keyed, "02": NARKOTIKA}}, {"areas": {"01": left, "02": moved}})
    assert [c.kind for c in changes] == [Kind.MOVED, Kind.ACTORS]


def test_an_earlier_round_kept_is_told_as_how_many(tmp_path: Path) -> None:
    """medlofte collect keeps the previous round in history and writes the new one."""
    old = TRAFIK.replace(
        "      - hastighetsmätningar vid skolorna\n",
        "      - text: hastighetsmätningar vid skolorna\n        status: ongoing\n        followed_up: 2024-09\n",
    )
    new = old.replace(
        "        status: ongoing\n        followed_up: 2024-09\n",
        "        status: done\n        followed_up: 2024-12\n        history:\n          - {date: 2024-09, status: ongoing}\n",
    )
    changes = between(tmp_path, {"areas": {"01": old}}, {"areas": {"01": new}})
    assert [(c.kind, c.field, c.old, c.new) for c in changes] == [
        (Kind.FOLLOW_UP, "status", Status.ONGOING, Status.DONE),
        (Kind.FOLLOW_UP, "followed_up", PartialDate(2024, 9), PartialDate(2024, 12)),
        (Kind.FOLLOW_UP, "history", 0, 1),
    ]


def test_activities_added_and_removed_within_a_group(tmp_path: Path) -> None:
    new = TRAFIK.replace("      - hastighetsmätningar vid skolorna\n", "      - cykelkontroller\n")
    changes = between(tmp_path, {"areas": {"01": TRAFIK}}, {"areas": {"01": new}})
    assert short(changes) == [
        ("activity", "added", "", "cykelkontroller"),
        ("activity", "removed", "", "hastighetsmätningar vid skolorna"),
    ]
    assert [r.name for r in changes[0].joined] == ["Polisen"]


def test_actors_joining_and_leaving_an_activity(tmp_path: Path) -> None:
    new = TRAFIK.replace(
        "      - hastighetsmätningar vid skolorna\n",
        "      - text: hastighetsmätningar vid skolorna\n        lead: Kommunen\n        participants: [Polisen, Grundskolan]\n",
    )
    (change,) = between(tmp_path, {"areas": {"01": TRAFIK}}, {"areas": {"01": new}})
    assert change.kind is Kind.ACTORS
    assert [(r.name, r.role) for r in change.joined] == [
        ("Exempels kommun", "lead"),
        ("Polisen", "participant"),
        ("Grundskolan", "participant"),
    ]
    assert [(r.name, r.role) for r in change.left] == [("Polisen", "lead")]


def test_a_reference_by_another_name_of_the_same_actor_is_no_change(tmp_path: Path) -> None:
    new = TRAFIK.replace("actors: [Polisen]", "actors: [polis]").replace("actors: [Kommunen]", "actors: kommunen")
    assert between(tmp_path, {"areas": {"01": TRAFIK}}, {"areas": {"01": new}}) == []


def test_layout_quotes_and_wrapping_are_no_change(tmp_path: Path) -> None:
    new = TRAFIK.replace(
        "      - minst 20 trafikkontroller under sommaren\n",
        '      - text: >-\n          "minst 20"\n          trafikkontroller   under sommaren\n',
    )
    new = new.replace('"minst 20"', "minst 20")
    promise = PROMISE.replace("period: {start: 2024-05, end: 2025-05}", "period:\n  end: 2025-05\n  start: 2024-05")
    assert between(tmp_path, {"areas": {"01": TRAFIK}}, {"promise": promise, "areas": {"01": new}}) == []


def test_fields_quantities_dates_and_follow_up(tmp_path: Path) -> None:
    old = TRAFIK.replace(
        "      - brev om säker mopedåkning till föräldrar\n",
        "      - text: brev om säker mopedåkning till föräldrar\n        quantity: {amount: 200, unit: brev}\n"
        "        end: 2024-09\n        status: planned\n",
    )
    new = (
        old.replace("amount: 200", "amount: 300")
        .replace("end: 2024-09", "end: 2024-10")
        .replace("status: planned", "status: done\n        achieved: 280\n        when: under våren")
    )
    changes = between(tmp_path, {"areas": {"01": old}}, {"areas": {"01": new}})
    assert [(c.kind.value, c.field, c.old, c.new) for c in changes] == [
        ("changed", "when", None, "under våren"),
        ("changed", "end", PartialDate(2024, 9), PartialDate(2024, 10)),
        ("changed", "quantity", changes[2].old, changes[2].new),
        ("follow-up", "status", Status.PLANNED, Status.DONE),
        ("follow-up", "achieved", None, 280),
    ]
    assert [q.amount for q in changes[2].old] == [200]  # type: ignore[union-attr]
    assert [q.amount for q in changes[2].new] == [300]  # type: ignore[union-attr]


def test_the_promise_fields_parties_sections_goals_and_signatures(tmp_path: Path) -> None:
    old = PROMISE + "intro: Vi lovar att arbeta tillsammans.\nsections:\n  - {title: Dialog, text: Vi träffade 300 invånare.}\n"
    new = (
        PROMISE.replace("parties: [Polisen, Exempels kommun]", "parties: [Polisen, Exempels kommun, Grundskolan]")
        + "intro: Vi lovar att arbeta tillsammans med skolan.\nsections:\n  - {title: Dialog, text: Vi träffade 400 invånare.}\n"
        + "goals: [Ökad trygghet]\nsignatures:\n  - {name: Eva Exempel, actor: Polis, date: 2024-04}\n"
    )
    changes = between(tmp_path, {"promise": old, "areas": {"01": TRAFIK}}, {"promise": new, "areas": {"01": TRAFIK}})
    assert short(changes) == [
        ("promise", "actors", "parties", "Medborgarlöfte 2024"),
        ("promise", "changed", "intro", "Medborgarlöfte 2024"),
        ("section", "reworded", "text", "Dialog"),
        ("goal", "added", "", "Ökad trygghet"),
        ("signature", "added", "", "Eva Exempel"),
    ]
    assert [r.name for r in changes[0].joined] == ["Grundskolan"]
    assert [w for w in changes[1].words if w.op != "="] == [Word("+", " med skolan")]
    assert changes[4].new is not None
    assert changes[4].new.actor == "Polisen"  # type: ignore[union-attr]


def test_the_registry(tmp_path: Path) -> None:
    actors = ACTORS.replace("name: Grundskolan", "name: Grundskolorna").replace(
        "  - {id: kommunen", "  - {id: fritid, name: Fritidsgården, type: municipal}\n  - {id: kommunen"
    )
    by_id = NARKOTIKA.replace("[Polisen, Grundskolan]", "[Polisen, skolan]")
    changes = between(tmp_path, {"areas": {"01": by_id}}, {"actors": actors, "areas": {"01": by_id}})
    assert short(changes) == [("actor", "added", "", "Fritidsgården"), ("actor", "changed", "name", "Grundskolorna")]
    removed = ACTORS.replace("  - {id: skolan, name: Grundskolan, type: school}\n", "")
    changes = between(tmp_path / "2", {"areas": {"01": TRAFIK}}, {"actors": removed, "areas": {"01": TRAFIK}})
    assert short(changes) == [("actor", "removed", "", "Grundskolan")]


def test_an_actor_whose_id_changed_is_the_same_actor_by_its_name(tmp_path: Path) -> None:
    actors = ACTORS.replace("{id: skolan,", "{id: grundskolan,")
    changes = between(tmp_path, {"areas": {"01": NARKOTIKA}}, {"actors": actors, "areas": {"01": NARKOTIKA}})
    assert [(c.target, c.kind, c.field, c.old, c.new) for c in changes] == [
        (Target.ACTOR, Kind.CHANGED, "id", "skolan", "grundskolan")
    ]


def test_what_moved_with_the_period_is_told_with_it(tmp_path: Path) -> None:
    old_promise = PROMISE.replace("title: Medborgarlöfte 2024", "title: Medborgarlöfte 2024–2025")
    new_promise = (
        old_promise.replace("2024", "2025", 1)
        .replace("2025–2025", "2025–2026")
        .replace("{start: 2024-05, end: 2025-05}", "{start: 2025-05, end: 2026-05}")
    )
    dated = TRAFIK.replace(
        "      - hastighetsmätningar vid skolorna\n",
        "      - text: hastighetsmätningar vid skolorna\n        start: 2024-08\n        end: 2025-05\n",
    )
    moved = dated.replace("start: 2024-08", "start: 2025-08").replace("end: 2025-05", "end: 2026-03")
    changes = between(
        tmp_path, {"promise": old_promise, "areas": {"01": dated}}, {"promise": new_promise, "areas": {"01": moved}}
    )
    assert short(changes) == [
        ("promise", "changed", "period", "Medborgarlöfte 2025–2026"),
        ("activity", "changed", "end", "hastighetsmätningar vid skolorna"),
    ]
    assert (changes[0].dates_moved, changes[0].years_moved) == (1, ("title",))  # the start moved a year; the end did not
    assert (changes[1].old, changes[1].new) == (PartialDate(2025, 5), PartialDate(2026, 3))


def test_a_title_that_changed_more_than_its_year_is_its_own_change(tmp_path: Path) -> None:
    new = PROMISE.replace("title: Medborgarlöfte 2024", "title: Trygghetslöfte 2025").replace(
        "{start: 2024-05, end: 2025-05}", "{start: 2025-05, end: 2026-05}"
    )
    changes = between(tmp_path, {"areas": {"01": TRAFIK}}, {"promise": new, "areas": {"01": TRAFIK}})
    assert short(changes) == [
        ("promise", "changed", "title", "Trygghetslöfte 2025"),
        ("promise", "changed", "period", "Trygghetslöfte 2025"),
    ]


def test_the_same_data_has_no_changes() -> None:
    for root in (DATA, FOLLOWED_UP, *sorted(p / "data" for p in (ROOT / "tests" / "fixtures" / "published").iterdir())):
        if (root / "promise.yaml").is_file():
            assert compare(loaded(root), loaded(root)) == [], root


def test_the_seed_against_the_2024_promise_of_the_same_place() -> None:
    """Rosengård 2024 is the promise after the seed's 2023: grouped by who promises, in one
    group the seed does not have; its activities came, the seed's went."""
    changes = compare(loaded(DATA), loaded(ROSENGARD))
    added = [c.subject for c in changes if c.target is Target.AREA and c.kind is Kind.ADDED]
    assert added == ["Det här lovar polisen utifrån framtagen problembild"]
    removed_areas = [c.subject for c in changes if c.target is Target.AREA and c.kind is Kind.REMOVED]
    assert removed_areas == [a.name for a in loaded(DATA).areas]
    came = [c.subject for c in changes if c.target is Target.ACTIVITY and c.kind is Kind.ADDED]
    assert came == [a.text for area in loaded(ROSENGARD).areas for a in area.activities]
    went = [c.subject for c in changes if c.target is Target.ACTIVITY and c.kind is Kind.REMOVED]
    assert went == [a.text for area in loaded(DATA).areas for a in area.activities]
    assert {c.area for c in changes if c.kind is Kind.ADDED and c.target is Target.ACTIVITY} == set(added)
    fields = [c.field for c in changes if c.target is Target.PROMISE]
    assert fields[:5] == ["title", "subtitle", "place", "police_area", "period"]
    # each activity once, nothing moved or reworded across such different promises
    assert not [c for c in changes if c.kind in (Kind.MOVED, Kind.REWORDED)]


def test_a_rollover_against_its_source_is_the_period_and_what_rollover_clears(tmp_path: Path) -> None:
    """Next year's promise changes the period (the dates and the title's year move with it)
    and clears the follow-up and the signing; nothing else."""
    target = tmp_path / "next"
    api.rollover(FOLLOWED_UP, target)
    changes = compare(loaded(FOLLOWED_UP), loaded(target))
    period, *rest = changes
    assert (period.target, period.field, period.dates_moved, period.years_moved) == (Target.PROMISE, "period", 2, ("title",))
    signing = [c for c in rest if c.target is Target.SIGNATURE or c.field == "adopted"]
    assert [(c.target.value, c.kind.value) for c in signing] == [("signature", "removed"), ("promise", "changed")]
    follow_up = [c for c in rest if c not in signing]
    assert follow_up
    assert all(c.kind is Kind.FOLLOW_UP and c.new is None for c in follow_up)
    assert {c.field for c in follow_up} == {"status", "result", "achieved", "reason", "followed_up", "outcome", "comment"}


def test_a_side_with_errors_is_not_compared(tmp_path: Path) -> None:
    good = folder(tmp_path / "good", **{"01": TRAFIK})
    bad = folder(tmp_path / "bad", **{"01": TRAFIK.replace("[Polisen]", "[Polsen]")})
    directory = compare_directories("good", "bad", api.load(good), api.load(bad))
    assert directory.changes == []
    assert directory.invalid == ("bad",)
    assert [f.code for f in directory.findings if f.severity.value == "error"] == ["ML301"]
    assert directory.errors == 1


def test_the_same_inputs_give_the_same_changes(tmp_path: Path) -> None:
    seed = tmp_path / "seed"
    shutil.copytree(DATA, seed)
    first = [replace(c, loc=None) for c in compare(loaded(DATA), loaded(ROSENGARD))]
    assert [replace(c, loc=None) for c in compare(loaded(seed), loaded(ROSENGARD))] == first


# ---------------------------------------------------------------------------------------
# In memory


def dataset(areas: list[Area], period: Period | None = None) -> Dataset:
    registry = Registry([])
    promise = Promise("Löftet", municipality="Kommunen", period=period or Period(PartialDate(2024), PartialDate(2024)))
    return Dataset("x", promise, registry, areas)


def area(title: str, *texts: str) -> Area:
    return Area(title, commitments=[Commitment([ActorRef("Polisen")], [Activity(t) for t in texts])])


def test_groups_pair_best_first() -> None:
    """Two renamed groups, each matched with the one that shares its activities."""
    old = [area("A", "ett", "två", "tre"), area("B", "fyra", "fem", "sex")]
    new = [area("Bäst", "fyra", "fem", "sex"), area("Ändå", "ett", "två", "tre")]
    changes = compare(dataset(old), dataset(new))
    assert [(c.kind, c.old, c.new) for c in changes] == [(Kind.RENAMED, "B", "Bäst"), (Kind.RENAMED, "A", "Ändå")]


def test_duplicate_texts_stay_in_their_own_group() -> None:
    old = [area("A", "samverkan", "ett"), area("B", "samverkan", "två")]
    new = [area("B", "samverkan", "två"), area("A", "samverkan", "ett")]
    assert compare(dataset(old), dataset(new)) == []


def test_period_steps_by_days_when_the_start_moves_within_the_year() -> None:
    old_period = Period(PartialDate(2024, 5, 1), PartialDate(2025, 4, 30))
    new_period = Period(PartialDate(2024, 6, 1), PartialDate(2025, 5, 31))
    a = area("A", "ett")
    b = area("A", "ett")
    a.activities[0].end = PartialDate(2024, 8, 1)
    b.activities[0].end = PartialDate(2024, 9, 1)
    changes = compare(dataset([a], old_period), dataset([b], new_period))
    assert [(c.field, c.dates_moved) for c in changes] == [("period", 1)]


# ---------------------------------------------------------------------------------------
# Words

texts = st.lists(st.sampled_from(["en", "två", "2023", "2024", "fler,", ".", "- punkt", "\n\n", "\n", "  "]), max_size=14).map(
    " ".join
)


@settings(max_examples=400, deadline=None)
@given(texts, texts)
def test_the_words_give_back_both_texts(old: str, new: str) -> None:
    a, b = normal_text(old), normal_text(new)
    words = word_changes(a, b)
    joined_old = "".join(w.text for w in words if w.op != "+")
    joined_new = "".join(w.text for w in words if w.op != "-")
    assert " ".join(joined_old.split()) == " ".join(a.split())
    assert " ".join(joined_new.split()) == " ".join(b.split())
    assert all(x.op != y.op for x, y in itertools.pairwise(words))


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "anordna städdagar",
            "anordna städdagar två gånger per år",
            [Word("=", "anordna städdagar"), Word("+", " två gånger per år")],
        ),
        (
            "en två tre fyra",
            "en TVÅ TRE fyra",
            [Word("=", "en "), Word("-", "två tre"), Word("+", "TVÅ TRE"), Word("=", " fyra")],
        ),
        ("x a b", "a b", [Word("-", "x "), Word("=", "a b")]),
    ],
)
def test_a_stretch_of_changed_words_is_one_piece(old: str, new: str, expected: list[Word]) -> None:
    assert list(word_changes(old, new)) == expected


def test_texts_with_too_little_in_common_have_no_words() -> None:
    assert word_changes("Medborgarlöfte 2023", "Malmö, Rosengård – medborgarlöften", 0.5) == ()


def test_a_rewrapped_text_is_the_same_and_a_new_paragraph_is_not() -> None:
    assert normal_text("Ett två\ntre.\n") == normal_text("Ett\ntvå tre.")
    assert normal_text("Ett.\n\nTvå.") != normal_text("Ett. Två.")
    assert normal_text("- a\n- b") == "- a\n- b"


def test_a_leap_day_moves_to_the_28th_with_the_period() -> None:
    a, b = area("A", "ett"), area("A", "ett")
    a.activities[0].end = PartialDate(2024, 2, 29)
    b.activities[0].end = PartialDate(2025, 2, 28)
    old = dataset([a], Period(PartialDate(2024, 1, 1), PartialDate(2024, 12, 31)))
    new = dataset([b], Period(PartialDate(2025, 1, 1), PartialDate(2025, 12, 31)))
    assert [(c.field, c.dates_moved) for c in compare(old, new)] == [("period", 1)]


def test_who_signed_a_group(tmp_path: Path) -> None:
    signed = TRAFIK.replace("title: Trafik\n", "title: Trafik\nparties: [Polisen]\n")
    both = signed.replace("parties: [Polisen]", "parties: [Polisen, Kommunen]")
    (change,) = between(tmp_path, {"areas": {"01": signed}}, {"areas": {"01": both}})
    assert (change.target, change.kind, change.field, change.area) == (Target.AREA, Kind.ACTORS, "parties", "Trafik")
    assert [r.name for r in change.joined] == ["Exempels kommun"]


def _rolled(tmp_path: Path, area_period: str) -> tuple[Path, Path]:
    """The changes fixture a year on, with a group that has its own period."""
    before = Path(__file__).parent / "fixtures" / "changes" / "before"
    old, new = tmp_path / "old", tmp_path / "new"
    shutil.copytree(before, old)
    shutil.copytree(before, new)
    area = "title: Narkotika {year}\nperiod: {period}\ncommitments:\n  - actors: [Polisen]\n    activities: [föräldramöten]\n"
    (old / "areas" / "02.yaml").write_text(area.format(year=2024, period="{start: 2024-01, end: 2024-12}"), encoding="utf-8")
    (new / "areas" / "02.yaml").write_text(area.format(year=2025, period=area_period), encoding="utf-8")
    promise = (new / "promise.yaml").read_text(encoding="utf-8")
    promise = promise.replace("Medborgarlöfte 2024", "Medborgarlöfte 2025")
    promise = promise.replace("{start: 2024, end: 2024}", "{start: 2025, end: 2025}")
    promise = promise.replace(
        "{name: Eva Exempel, actor: Polis, date: 2024-02}",
        "{name: Eva Exempel, title: Kommunpolis, actor: Kommunen, date: 2025-02, place: Kungälv}",
    )
    (new / "promise.yaml").write_text(promise, encoding="utf-8")
    activities = (new / "areas" / "01.yaml").read_text(encoding="utf-8").replace("start: 2024-03", "start: 2025-03")
    (new / "areas" / "01.yaml").write_text(activities, encoding="utf-8")
    return old, new


SIGNED = """\
  ~ Underskrift: Eva Exempel
      + Titel: – → Kommunpolis
      ~ Aktör: Polisen → Exempels kommun
      ~ Datum: februari 2024 → februari 2025
      + Plats: – → Kungälv
"""


def test_a_group_period_that_moved_with_the_promise_is_told_with_the_period(tmp_path: Path) -> None:
    old, new = _rolled(tmp_path, "{start: 2025-01, end: 2025-12}")
    text = api.format_changes(api.compare_folders(old, new), "text", "sv")
    assert text.split("\n", 2)[2] == (
        "Löftet\n"
        "  ~ Period: 2024 → 2025 (med perioden flyttades också: datumen för 1 aktivitet, årtalet i titeln,"
        " perioden för ”Narkotika 2025”)\n" + SIGNED + "\n"
        "Narkotika 2025 (nytt namn, tidigare ”Narkotika 2024”)\n"
        "\n6 förändringar.\n"
    )


def test_a_group_period_that_moved_otherwise_is_a_change_of_its_own(tmp_path: Path) -> None:
    old, new = _rolled(tmp_path, "{start: 2025-02, end: 2025-12}")
    text = api.format_changes(api.compare_folders(old, new), "text", "sv")
    assert text.split("\n", 2)[2] == (
        "Löftet\n"
        "  ~ Period: 2024 → 2025 (med perioden flyttades också: datumen för 1 aktivitet, årtalet i titeln)\n" + SIGNED + "\n"
        "Narkotika 2025 (nytt namn, tidigare ”Narkotika 2024”)\n"
        "  ~ Period: 2024 → februari – december 2025\n"
        "\n7 förändringar.\n"
    )
