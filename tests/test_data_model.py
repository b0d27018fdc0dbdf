"""The model's records and the declared formats describe the same fields, so a key added to
one is not forgotten in the other; and the model's own behaviour: dates at their precision,
numbers as Swedish documents write them."""

from __future__ import annotations

from datetime import date

import pytest

from medlofte.data import formats, model
from medlofte.data.kinds import ObjectKind

# Record -> its format; and the few attributes that are named differently or are not read
# from the file (each with its reason).
RECORDS: list[tuple[type[model.Record], ObjectKind[object]]] = [
    (model.Promise, formats.PROMISE_FILE),
    (model.Period, formats.PERIOD),
    (model.Signature, formats.SIGNATURE),
    (model.Adoption, formats.ADOPTION),
    (model.Section, formats.SECTION),
    (model.Goal, formats.GOAL),
    (model.Quantity, formats.QUANTITY),
    (model.Activity, formats.ACTIVITY),
    (model.Commitment, formats.COMMITMENT),
    (model.Area, formats.AREA),
    (model.Actor, formats.ACTOR),
    (model.FollowUp, formats.FOLLOW_UP),
    (model.ActorRegistry, formats.ACTORS_FILE),
    (model.Theme, formats.THEME),
    (model.Theme, formats.THEME_FILE),
]
RENAMED = {(model.Activity, "quantity"): "quantities"}  # one quantity or a list, kept as a list
NOT_IN_FILE = {(model.Area, "file"), (model.Theme, "image")}  # where the area was read from; the logo file's bytes


@pytest.mark.parametrize(("record", "kind"), RECORDS, ids=[r.__name__ for r, _ in RECORDS])
def test_each_record_has_exactly_its_formats_fields(record: type[model.Record], kind: ObjectKind[object]) -> None:
    fields = {name for name in record.__slots__ if name not in ("loc", "locs")}
    declared = {RENAMED.get((record, key), key) for key in kind.fields}
    extra = {name for name in fields - declared if (record, name) not in NOT_IN_FILE}
    assert (extra, declared - fields) == (set(), set())


@pytest.mark.parametrize(("record", "kind"), RECORDS, ids=[r.__name__ for r, _ in RECORDS])
def test_each_format_builds_its_record(record: type[model.Record], kind: ObjectKind[object]) -> None:
    assert kind.factory is record


@pytest.mark.parametrize(
    ("day", "first", "last", "iso"),
    [
        (model.PartialDate(2024), date(2024, 1, 1), date(2024, 12, 31), "2024"),
        (model.PartialDate(2024, 2), date(2024, 2, 1), date(2024, 2, 29), "2024-02"),
        (model.PartialDate(2025, 2), date(2025, 2, 1), date(2025, 2, 28), "2025-02"),
        (model.PartialDate(2025, 12, 31), date(2025, 12, 31), date(2025, 12, 31), "2025-12-31"),
    ],
)
def test_a_partial_date_covers_its_whole_month_or_year(day: model.PartialDate, first: date, last: date, iso: str) -> None:
    assert (day.first(), day.last(), day.isoformat()) == (first, last, iso)


def test_dates_given_in_code_are_days() -> None:
    period = model.Period(start=date(2023, 1, 1), end=date(2023, 12, 31))
    assert (period.start, period.end) == (model.PartialDate(2023, 1, 1), model.PartialDate(2023, 12, 31))
    assert model.Period(start=model.PartialDate(2017, 6), end=None, until_further_notice=True).effective_end is None
    extended = model.Period(start=model.PartialDate(2018), end=model.PartialDate(2018), extended_to=model.PartialDate(2019))
    assert extended.effective_end == model.PartialDate(2019)


def test_an_area_is_called_by_its_title_else_its_label_else_its_first_promise() -> None:
    activity = model.Activity("Varje år kommer minst en anti-langningskampanj att genomföras, i hela kommunen och alla byar.")
    listed = model.Area(kind=model.GroupKind.LIST, commitments=[model.Commitment(activities=[activity])])
    assert listed.name == "Varje år kommer minst en anti-langningskampanj att…"
    assert model.Area(kind=model.GroupKind.LIST, label="Löfte 1").name == "Löfte 1"
    assert model.Area(title="Trafik", label="1.").name == "Trafik"
    titled = model.Area(kind=model.GroupKind.LIST, commitments=[model.Commitment(title="Polisen lovar att")])
    assert titled.name == "Polisen lovar att"
    assert model.Area(file="data/areas/03-trafik.yaml").stem == "03-trafik"


def test_several_quantities_are_kept_and_the_first_counts() -> None:
    one, two = model.Quantity(amount=3, unit="tillfällen"), model.Quantity(text="minst en kampanj")
    activity = model.Activity("x", quantity=[one, two])
    assert (activity.quantities, activity.quantity) == ([one, two], one)
    assert model.Activity("x", quantity=one).quantities == [one]
    assert model.Quantity(amount=900, unit="timmar", at_least=True, per=model.Per.YEAR).display() == "minst 900 timmar per år"


NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (0, "0"),
        (7, "7"),
        (999, "999"),
        (1200, f"1{NBSP}200"),
        (1234567, f"1{NBSP}234{NBSP}567"),
        (-1200, f"-1{NBSP}200"),
        (2.5, "2,5"),
        (0.25, "0,25"),
        (-0.5, "-0,5"),
        (40.0, "40"),  # a whole float prints as a whole number
        (1200.0, f"1{NBSP}200"),
        (1234.5, f"1{NBSP}234,5"),
        (1234567.25, f"1{NBSP}234{NBSP}567,25"),
    ],
)
def test_swedish_numbers_use_a_decimal_comma_and_a_no_break_space_for_thousands(value: float, text: str) -> None:
    assert model.format_number(value) == text


def test_quantities_and_achieved_amounts_print_swedish_numbers() -> None:
    quantity = model.Quantity(amount=2.5, unit="timmar per vecka", at_least=True)
    assert quantity.display() == "minst 2,5 timmar per vecka"
    assert model.Quantity(amount=1200, unit="brev").display("at least") == f"1{NBSP}200 brev"
    assert model.Activity("x", quantity=quantity, achieved=2.5).achieved_display() == "2,5 timmar per vecka"
    assert model.Activity("x", achieved=2.5).achieved_display() == "2,5"
    assert model.Activity("x", achieved=1200).achieved_display() == f"1{NBSP}200"
