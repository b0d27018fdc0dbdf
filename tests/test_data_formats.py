"""The declared formats: conversion of YAML into the model, and the findings on the way."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from medlofte.data import formats, kinds, model, strictyaml
from medlofte.data.textfold import slugify


def convert(kind: kinds.Kind[Any], text: str) -> tuple[Any, list[tuple[str, int, int]]]:
    node, findings = strictyaml.parse("f.yaml", text.encode())
    assert findings == [], findings
    assert node is not None
    walker = kinds.Walker("f.yaml")
    value = kind.convert(node, walker)
    return value, [(f.code, f.loc.line, f.loc.column) for f in walker.findings]


def test_an_activity_may_be_plain_text() -> None:
    area, found = convert(formats.AREA, "title: T\ncommitments:\n  - actors: [Polisen]\n    activities: [städdagar]\n")
    assert found == []
    activity = area.commitments[0].activities[0]
    assert isinstance(activity, model.Activity)
    assert activity.text == "städdagar"
    assert activity.loc.line == 4


def test_a_full_activity_converts_every_field() -> None:
    text = """\
text: minst 20 trafikkontroller
lead: Polisen
participants: [Kommunen, Skolan]
when: under våren
start: 2025-03-01
end: 2025-05-31
frequency: varje vecka
quantity: {amount: 20, unit: trafikkontroller, at_least: true}
place: Storgatan
target_group: mopedåkare
status: done
result: 40 genomförda
achieved: 40
reason: ''
followed_up: 2025-06-10
"""
    activity, found = convert(formats.ACTIVITY, text)
    assert found == []
    assert [r.text for r in activity.lead] == ["Polisen"]
    assert [r.text for r in activity.participants] == ["Kommunen", "Skolan"]
    assert activity.start == model.PartialDate(2025, 3, 1)
    assert activity.quantity == model.Quantity(
        20, "trafikkontroller", True, None, loc=activity.quantity.loc, locs=activity.quantity.locs
    )
    assert activity.quantity.display() == "minst 20 trafikkontroller"
    assert activity.status is model.Status.DONE
    assert activity.achieved == 40
    assert activity.reason is None
    assert activity.where("status").line == 11


def test_quantity_as_text_keeps_the_wording() -> None:
    activity, found = convert(formats.ACTIVITY, "text: x\nquantity: minst tjugo trafikkontroller\n")
    assert found == []
    assert activity.quantity.display() == "minst tjugo trafikkontroller"
    assert activity.quantity.amount is None


def test_text_fields_take_numbers_as_written() -> None:
    period, found = convert(formats.PERIOD, "start: 2023-01-01\nend: 2023-12-31\nlabel: 2023\n")
    assert found == []
    assert period.label == "2023"


def test_block_text_loses_only_its_trailing_newline() -> None:
    area, found = convert(formats.AREA, "title: T\nsituation: |\n  Rad ett.\n\n  Rad två.\n")
    assert found == []
    assert area.situation == "Rad ett.\n\nRad två."


def test_unknown_key_suggests_the_swedish_meaning() -> None:
    _, found = convert(formats.AREA, "title: T\norsaker: [a]\n")
    assert found == [("ML201", 2, 1)]
    walker = kinds.Walker("f.yaml")
    node, _ = strictyaml.parse("f.yaml", b"title: T\norsaker: [a]\n")
    assert node is not None
    formats.AREA.convert(node, walker)
    assert "Did you mean 'causes'?" in walker.findings[0].hint


def test_all_problems_of_one_mapping_are_reported() -> None:
    text = "titel: T\nfoo: 1\norder: first\ncauses: {a: 1}\n"
    _, found = convert(formats.AREA, text)
    assert found == [("ML201", 1, 1), ("ML201", 2, 1), ("ML203", 3, 8), ("ML203", 4, 9), ("ML202", 1, 1)]


def test_a_single_actor_counts_as_a_list_of_one() -> None:
    commitment, found = convert(formats.COMMITMENT, "actors: Polisen\nactivities: [x]\n")
    assert found == []
    assert [r.text for r in commitment.actors] == ["Polisen"]
    assert commitment.actors[0].loc.column == 9


@pytest.mark.parametrize("value", ["2025-13-01", "2025-02-30", "2025-1-1", "1 maj 2025", "2025-5", "20250101", "9999", "25"])
def test_bad_dates(value: str) -> None:
    _, found = convert(formats.PERIOD, f"start: {value}\nend: 2025-12-31\n")
    assert found == [("ML205", 1, 8)]


@pytest.mark.parametrize(
    ("written", "expected", "first", "last"),
    [
        ("2024", model.PartialDate(2024), date(2024, 1, 1), date(2024, 12, 31)),
        ('"2024"', model.PartialDate(2024), date(2024, 1, 1), date(2024, 12, 31)),
        ("2024-02", model.PartialDate(2024, 2), date(2024, 2, 1), date(2024, 2, 29)),
        ("2023-02", model.PartialDate(2023, 2), date(2023, 2, 1), date(2023, 2, 28)),
        ("2024-05-31", model.PartialDate(2024, 5, 31), date(2024, 5, 31), date(2024, 5, 31)),
    ],
)
def test_dates_keep_the_precision_the_document_gives(written: str, expected: model.PartialDate, first: date, last: date) -> None:
    period, found = convert(formats.PERIOD, f"start: {written}\nend: 2025\n")
    assert found == []
    assert period.start == expected
    assert (period.start.first(), period.start.last()) == (first, last)


def date_message(value: str) -> str:
    node, _ = strictyaml.parse("f.yaml", f"start: {value}\nend: 2025\n".encode())
    assert node is not None
    walker = kinds.Walker("f.yaml")
    formats.PERIOD.convert(node, walker)
    [finding] = walker.findings
    return finding.text


def test_date_messages_say_what_is_wrong() -> None:
    assert date_message("2026-06-31") == "'2026-06-31' is not a valid date: June 2026 has 30 days. Correct the day or the month."
    assert date_message("2024-02-30") == (
        "'2024-02-30' is not a valid date: February 2024 has 29 days. Correct the day or the month."
    )
    assert date_message("2025-13-01") == (
        "'2025-13-01' is not a valid date: there is no month 13 (months are 01–12). Correct the day or the month."
    )
    assert date_message("9999-12-31") == (
        "'9999-12-31' is not a valid date: the year 9999 is outside 1900–2199. Check the year; for a promise that runs "
        "until further notice write 'until_further_notice: true' in the period."
    )
    assert date_message("maj 2024") == (
        "'maj 2024' is not a valid date. Write it as 2024-05; the document's own wording can go in 'label'."
    )
    assert date_message("1 maj 2024") == (
        "'1 maj 2024' is not a valid date. Write it as 2024-05-01; the document's own wording can go in 'label'."
    )
    assert date_message("20240501") == "'20240501' is not a valid date. Write it with dashes: 2024-05-01."
    assert date_message("i höst") == (
        "'i höst' is not a valid date. Write the date as YYYY-MM-DD (2023-06-30), a month as YYYY-MM (2023-06) "
        "or a year as YYYY (2023)."
    )


def test_an_open_ended_period_needs_no_end_and_a_list_no_title() -> None:
    period, found = convert(formats.PERIOD, "start: 2017-06\nuntil_further_notice: true\n")
    assert found == []
    assert (period.end, period.until_further_notice) == (None, True)
    _, found = convert(formats.PERIOD, "start: 2017-06\n")
    assert found == [("ML202", 1, 1)]
    area, found = convert(formats.AREA, "kind: list\ncommitments:\n  - actors: [Polisen]\n    activities: [x]\n")
    assert found == []
    assert (area.title, area.kind, area.name) == (None, model.GroupKind.LIST, "x")
    _, found = convert(formats.AREA, "kind: place\ncommitments: []\n")
    assert found == [("ML202", 1, 1)]


def test_several_quantities_and_a_quantity_per_year() -> None:
    text = """\
text: minst tre tillfällen per år och minst en kampanj
quantity:
  - {amount: 3, at_least: true, unit: tillfällen, per: year, text: minst tre tillfällen per år}
  - minst en kampanj
"""
    activity, found = convert(formats.ACTIVITY, text)
    assert found == []
    assert [q.display() for q in activity.quantities] == ["minst tre tillfällen per år", "minst en kampanj"]
    assert activity.quantities[0].per is model.Per.YEAR
    single, found = convert(formats.ACTIVITY, "text: x\nquantity: {amount: 900, unit: timmar, at_least: true, per: year}\n")
    assert found == []
    assert single.quantity.display() == "minst 900 timmar per år"
    _, found = convert(formats.ACTIVITY, "text: x\nquantity: {amount: 900, per: år}\n")
    assert found == [("ML204", 2, 30)]


def test_headings_take_false_for_no_heading_and_parts_keep_their_locations() -> None:
    text = "title: T\nmunicipality: K\nheadings: {intro: false, situation: Situationen idag}\nparts: [situation, intro]\n"
    promise, found = convert(formats.PROMISE_FILE, text)
    assert found == []
    assert promise.headings == {"intro": False, "situation": "Situationen idag"}
    assert [(r.text, r.loc.line, r.loc.column) for r in promise.parts] == [("situation", 4, 9), ("intro", 4, 20)]
    _, found = convert(formats.PROMISE_FILE, "title: T\nmunicipality: K\nheadings: {intro: true, lägesbild: x}\n")
    assert found == [("ML203", 3, 19), ("ML201", 3, 25)]


def test_choices_suggest_the_english_word_for_swedish_input() -> None:
    node, _ = strictyaml.parse("f.yaml", "text: x\nstatus: ej genomförd\n".encode())
    assert node is not None
    walker = kinds.Walker("f.yaml")
    formats.ACTIVITY.convert(node, walker)
    assert [f.code for f in walker.findings] == ["ML204"]
    assert "Did you mean 'not-done'?" in walker.findings[0].hint


def test_ids_must_be_slugs_and_the_hint_offers_one() -> None:
    node, _ = strictyaml.parse("f.yaml", b"id: Fastighets- och gatukontoret\nname: x\n")
    assert node is not None
    walker = kinds.Walker("f.yaml")
    formats.ACTOR.convert(node, walker)
    assert [f.code for f in walker.findings] == ["ML206"]
    assert "'fastighets-och-gatukontoret'" in walker.findings[0].hint


def test_explicit_tags_are_refused_where_they_are_used() -> None:
    _, found = convert(formats.AREA, "title: !!str T\ncauses: !!seq [a]\n")
    assert found == [("ML109", 1, 8), ("ML109", 2, 9)]


def test_null_optional_values_are_absent_and_null_required_values_are_empty() -> None:
    area, found = convert(formats.AREA, "title:\nsituation:\ncauses:\n")
    assert found == [("ML207", 1, 1)]
    assert area.situation is None
    assert area.causes == []


def test_numbers_with_leading_zeros_explain_themselves() -> None:
    node, _ = strictyaml.parse("f.yaml", b"title: T\norder: 01\n")
    assert node is not None
    walker = kinds.Walker("f.yaml")
    formats.AREA.convert(node, walker)
    assert "leading zeros" in walker.findings[0].hint


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Fastighets- och gatukontoret", "fastighets-och-gatukontoret"),
        ("Räddningstjänsten Syd", "raddningstjansten-syd"),
        ("???", "id"),
    ],
)
def test_slugify(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_a_key_or_choice_far_from_every_allowed_one_gets_no_suggestion() -> None:
    node, _ = strictyaml.parse("f.yaml", b"text: x\npending: 2025-06-01\nstatus: owner\n")
    assert node is not None
    walker = kinds.Walker("f.yaml")
    formats.ACTIVITY.convert(node, walker)
    assert [(f.code, f.hint) for f in walker.findings] == [
        ("ML201", f"Allowed keys: {', '.join(formats.ACTIVITY.fields)}."),
        ("ML204", "Use one of: planned, ongoing, done, partly-done, not-done, cancelled."),
    ]
