"""The promise as a view: the document's own order and headings, groups of every kind, and
facts that the sentence states printed once."""

from __future__ import annotations

import re
import textwrap
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from medlofte import api
from medlofte.data.model import Actor, PartialDate, Period
from medlofte.views import promise as view
from medlofte.views.common import in_sentence, names_in
from medlofte.views.labels import Labels

ACTORS = """\
actors:
  - {id: polisen, name: Polisen, short: Polis, type: police}
  - {id: kommunen, name: Exempels kommun, short: Kommunen, type: municipal}
  - {id: skolan, name: Grundskolan, type: school}
"""
PROMISE = """\
title: Medborgarlöfte
municipality: Exempels kommun
period: {start: 2024-05, end: 2025-05}
parties: [Polisen, Exempels kommun]
"""


def folder(tmp_path: Path, promise: str = PROMISE, **areas: str) -> Path:
    root = tmp_path / "data"
    (root / "areas").mkdir(parents=True)
    (root / "promise.yaml").write_text(textwrap.dedent(promise), encoding="utf-8")
    (root / "actors.yaml").write_text(ACTORS, encoding="utf-8")
    for name, text in areas.items():
        (root / "areas" / f"{name.replace('_', '-')}.yaml").write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def document(root: Path) -> view.Document:
    data = api.load(root)
    assert data.errors == []
    return view.build(data, Labels("sv"))


AREA = """\
title: Trafik
commitments:
  - actors: [Polisen, Exempels kommun]
    activities: [minst 20 trafikkontroller]
"""


@pytest.mark.parametrize(
    ("value", "text", "found"),
    [
        ("Polis", "Trafikkontroller vid skolorna. (Polis)", True),
        ("minst tjugo trafikkontroller", "Minst  tjugo\ntrafikkontroller per år", True),
        ("Söder", "i Södertälje", False),
        ("20 tillfällen", "vid 200 tillfällen", False),
        ("", "anything", False),
    ],
)
def test_a_fact_is_in_the_sentence_only_in_so_many_words(value: str, text: str, found: bool) -> None:
    assert in_sentence(value, text) is found


def _in_sentence_by_pattern(value: str, text: str) -> bool:
    """The first definition: a regular expression per value."""
    wanted = " ".join(value.casefold().split())
    if not wanted:
        return False
    pattern = r"(?<!\w)" + re.escape(wanted).replace(r"\ ", r"\s+") + r"(?!\w)"
    return re.search(pattern, " ".join(text.casefold().split())) is not None


_PIECES = st.sampled_from(["polis", "Polis", "en", "ö", "Ö", "20", "_", "(", ")", " ", "  ", "\n", "-", "ß", "ss", "\u00a0", "İ"])


@given(st.lists(_PIECES, max_size=6).map("".join), st.lists(_PIECES, max_size=14).map("".join))
def test_a_fact_is_found_where_the_pattern_finds_it(value: str, text: str) -> None:
    assert in_sentence(value, text) is _in_sentence_by_pattern(value, text)


def test_an_actor_is_named_by_any_of_its_names() -> None:
    police = Actor(id="polisen", name="Polisen", short="Polis", aliases=["lokalpolisen"])
    assert names_in(police, "ökad närvaro (Polis)")
    assert names_in(police, "Lokalpolisen bjuder in")
    assert not names_in(police, "polisiär synlighet")


def test_facts_and_actors_the_sentence_states_are_not_repeated(tmp_path: Path) -> None:
    area = """\
    title: Trafik
    commitments:
      - actors: [Polisen, Exempels kommun]
        activities:
          - text: Minst tjugo trafikkontroller vid skolorna under våren. (Polis)
            lead: Polisen
            quantity: {amount: 20, unit: trafikkontroller, at_least: true, text: minst tjugo trafikkontroller}
            when: under våren
            place: vid skolorna
            target_group: föräldrar
          - text: Grundskolan bjuder in föräldrar tillsammans med andra aktörer.
            lead: Exempels kommun
            participants: Grundskolan
            others: [andra aktörer, lokala föreningar]
    """
    [activity, other] = document(folder(tmp_path, trafik=area)).areas[0].commitments[0].activities
    assert (activity.roles, [f.value for f in activity.facts]) == ([], ["föräldrar"])
    assert [(f.label, f.value) for f in other.roles] == [("Ansvarig", "Exempels kommun"), ("Deltagare", "lokala föreningar")]


def test_several_leads_are_ansvariga_and_an_end_alone_is_a_deadline(tmp_path: Path) -> None:
    area = """\
    title: Trafik
    commitments:
      - actors: [Polisen, Exempels kommun, Grundskolan]
        activities:
          - text: Trafikvandring vid skolorna.
            lead: [Polisen, Exempels kommun]
            end: 2024-06
          - text: Brev till föräldrar.
            lead: Grundskolan
            start: 2024-09
    """
    [both, one] = document(folder(tmp_path, trafik=area)).areas[0].commitments[0].activities
    assert [(f.label, f.value) for f in both.roles] == [("Ansvariga", "Polisen och Exempels kommun")]
    assert [(f.label, f.value) for f in both.facts] == [("Klart senast", "juni 2024")]
    assert [(f.label, f.value) for f in one.roles] == [("Ansvarig", "Grundskolan")]
    assert [(f.label, f.value) for f in one.facts] == [("Datum", "september 2024")]


def test_a_commitment_heading_that_names_its_actors_is_not_followed_by_them(tmp_path: Path) -> None:
    area = """\
    kind: actor
    title: "Polisen och kommunen lovar att:"
    commitments:
      - actors: [Polisen, Exempels kommun]
        title: "Polisen och kommunen lovar att:"
        activities: [x]
      - actors: [Polisen, Grundskolan]
        title: Tillsammans lovar vi
        activities: [y]
      - actors: [Polisen]
        title: För att öka tillgängligheten till polisen lovar vi
        activities: [z]
    """
    [named, unnamed, object_only] = document(folder(tmp_path, a=area)).areas[0].commitments
    assert (named.actors, unnamed.actors, object_only.actors) == (None, "Polisen och Grundskolan", "Polisen")
    untitled = 'kind: actor\ntitle: "Polisen lovar att:"\ncommitments: [{actors: Polisen, activities: [x]}]\n'
    problem = "title: Tillgänglighet till polisen\ncommitments: [{actors: Polisen, activities: [x]}]\n"
    shown = document(folder(tmp_path / "b", a=untitled, b=problem)).areas
    assert [a.commitments[0].actors for a in shown] == [None, "Polisen"]


def test_problem_areas_are_numbered_other_groups_are_not(tmp_path: Path) -> None:
    actor = 'kind: actor\ntitle: "Polisen lovar att:"\ncommitments: [{actors: Polisen, activities: [x]}]\n'
    listed = "kind: list\ncommitments: [{actors: Polisen, activities: [y]}]\n"
    doc = document(folder(tmp_path, a01=AREA, a02=actor, a03=listed))
    assert [(a.auto_number, a.heading) for a in doc.areas] == [(1, "1. Trafik"), (None, "Polisen lovar att:"), (None, None)]
    [promises] = [p for p in doc.parts if p.key == "promises"]
    assert promises.title == "Löften"  # not all are problem areas: no invented "Problemområden"
    assert [e.title for e in view.toc(doc.parts)] == ["Löften", "Vem gör vad"]
    assert [c.title for c in view.toc(doc.parts)[0].children] == ["1. Trafik", "Polisen lovar att:"]


def test_the_documents_own_numbering_is_never_doubled(tmp_path: Path) -> None:
    one = "kind: list\nlabel: Löfte 1\ncommitments: [{actors: Polisen, activities: [x]}]\n"
    two = "title: Trafik\nlabel: '2.'\ncommitments: [{actors: Polisen, activities: [y]}]\n"
    doc = document(folder(tmp_path, a01=one, a02=two, a03=AREA.replace("Trafik", "Narkotika")))
    assert [(a.auto_number, a.label, a.heading) for a in doc.areas] == [
        (None, "Löfte 1", "Löfte 1"),
        (None, "2.", "2. Trafik"),
        (None, None, "Narkotika"),
    ]
    md = api.render_document(api.load(folder(tmp_path / "b", a01=one, a02=two)), "md").decode()
    assert "### Löfte 1\n" in md
    assert "### 2\\. Trafik\n" in md
    assert "1. Löfte" not in md


def test_headings_and_order_follow_the_document(tmp_path: Path) -> None:
    promise = (
        PROMISE
        + """\
intro: Inledande text.
situation: Läget i området.
sections: [{title: Medborgardialog 2024, text: Vi frågade invånarna.}]
promises_intro: Det här är några av de aktiviteter som görs.
headings: {intro: false, situation: Situationen idag - en lägesbild, promises: Det här lovar vi, signatures: false}
parts: [intro, promises, Medborgardialog 2024, situation]
"""
    )
    doc = document(folder(tmp_path, promise, a01=AREA))
    assert [(p.key, p.title) for p in doc.parts] == [
        ("intro", None),
        ("promises", "Det här lovar vi"),
        ("section", "Medborgardialog 2024"),
        ("situation", "Situationen idag - en lägesbild"),
    ]
    assert doc.parts[1].blocks[0].text == "Det här är några av de aktiviteter som görs."
    assert [e.anchor for e in doc.toc] == ["omraden", "medborgardialog-2024", "situationen-idag-en-lagesbild"]


def test_an_area_named_in_parts_stands_where_it_is_named(tmp_path: Path) -> None:
    promise = (
        PROMISE
        + """\
sections: [{title: Uppföljning av 2023, text: Så gick det förra året.}]
parts: [promises, Uppföljning av 2023, areas/02-forra-aret, areas/03-ocksa-forra-aret.yaml]
"""
    )
    last = "title: Synlighet\nperiod: {start: 2023, end: 2023}\ncommitments: [{actors: Polisen, activities: [z]}]\n"
    doc = document(
        folder(tmp_path, promise, a01=AREA, **{"02_forra_aret": last, "03_ocksa_forra_aret": last.replace("Syn", "Trygg")})
    )
    assert [(p.key, [a.title for a in p.areas]) for p in doc.parts] == [
        ("promises", ["Trafik"]),
        ("section", []),
        ("placed", ["Synlighet", "Trygglighet"]),
    ]
    assert [a.auto_number for a in doc.areas] == [1, 2, 3]


def test_an_area_keeps_its_own_parts_in_order(tmp_path: Path) -> None:
    area = """\
    kind: place
    title: Lövgärdet
    place: Lövgärdet
    intro: Fokus ligger på torget.
    situation: Otryggt på kvällarna.
    follow_up: Följs upp i december.
    headings: {situation: Så ser det ut, follow_up: false}
    parts: [situation, commitments, intro, follow_up]
    commitments: [{actors: Polisen, activities: [x]}]
    """
    [area_view] = document(folder(tmp_path, a=area)).areas
    assert [(p.key, p.title) for p in area_view.parts] == [
        ("situation", "Så ser det ut"),
        ("commitments", None),
        ("intro", None),
        ("follow_up", None),
    ]
    assert area_view.place is None  # the heading says it already


@pytest.mark.parametrize(
    ("period", "shown"),
    [
        (Period(start=PartialDate(2021), end=PartialDate(2022)), "2021–2022"),
        (Period(start=PartialDate(2023), end=PartialDate(2023)), "2023"),
        (Period(start=PartialDate(2024, 5), end=PartialDate(2025, 5)), "maj 2024 – maj 2025"),
        (Period(start=PartialDate(2021, 6), end=PartialDate(2021, 8)), "juni – augusti 2021"),
        (Period(start=date(2023, 1, 1), end=date(2023, 12, 31)), "2023"),
        (Period(start=date(2018, 7, 1), end=date(2020, 6, 30)), "juli 2018 – juni 2020"),
        (Period(start=date(2024, 5, 1), end=date(2024, 6, 15)), "1 maj – 15 juni 2024"),
        (Period(start=PartialDate(2024, 5), end=PartialDate(2025)), "maj 2024 – 2025"),
        (Period(start=PartialDate(2017, 6), until_further_notice=True), "från juni 2017, tills vidare"),
        (Period(start=PartialDate(2018), end=PartialDate(2018), extended_to=PartialDate(2019)), "2018, förlängt till 2019"),
        (Period(start=PartialDate(2019), end=PartialDate(2020), label="2019/2020"), "2019/2020"),
        (Period(), ""),
    ],
)
def test_a_period_is_printed_at_the_precision_it_was_given(period: Period, shown: str) -> None:
    assert Labels("sv").period_of(period) == shown


def test_english_periods_and_quantities_per_year() -> None:
    labels = Labels("en")
    assert (
        labels.period_of(Period(start=PartialDate(2017, 6), until_further_notice=True)) == "from June 2017, until further notice"
    )
    assert labels.date(PartialDate(2024, 5)) == "May 2024"


def test_no_period_prints_no_period_line(tmp_path: Path) -> None:
    root = folder(tmp_path, PROMISE.replace("period: {start: 2024-05, end: 2025-05}\n", ""), a=AREA)
    assert [f.code for f in api.load(root).findings] == ["ML401", "ML406"]  # Grundskolan is not used
    md = api.render_document(api.load(root), "md").decode()
    assert "Period" not in md


def test_the_source_is_a_link_and_adoption_keeps_its_own_words(tmp_path: Path) -> None:
    promise = (
        PROMISE
        + "source: https://example.se/lofte\nadopted: {by: Kommunstyrelsen, text: Vid kommunstyrelsens sammanträde i mars.}\n"
    )
    root = folder(tmp_path, promise, a=AREA)
    md = api.render_document(api.load(root), "md").decode()
    assert "Källa: <https://example.se/lofte>\n" in md
    assert "\nVid kommunstyrelsens sammanträde i mars.\n" in md
    html = api.render_document(api.load(root), "html").decode()
    assert '<p class="source">Källa: <a href="https://example.se/lofte">https://example.se/lofte</a></p>' in html


def test_a_groups_own_parties_and_unnamed_partners_are_said_once(tmp_path: Path) -> None:
    area = """\
    kind: place
    title: Gottsunda
    parties: [Polisen, Grundskolan]
    commitments:
      - actors: [Polisen]
        others: [lokala aktörer]
        activities: [Polisen arbetar aktivt., Nattvandringar på helgerna.]
    """
    told = area.replace("    kind: place", "    kind: place\n    intro: Polisen och Grundskolan har skrivit under.")
    [shown] = document(folder(tmp_path, a=area)).areas
    assert shown.parties == "Polisen och Grundskolan"
    [commitment] = shown.commitments
    assert commitment.actors == "Polisen och lokala aktörer"
    assert [a.roles for a in commitment.activities] == [[], []]  # not after every activity
    [quiet] = document(folder(tmp_path / "b", a=told)).areas
    assert quiet.parties is None  # the intro says who signed
