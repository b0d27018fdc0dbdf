"""Fixed words: periods and dates as Swedish documents write them."""

from __future__ import annotations

from datetime import date

import pytest

from medlofte.data.model import ActorType, Status
from medlofte.views.labels import Labels


@pytest.mark.parametrize(
    ("start", "end", "sv", "en"),
    [
        (date(2023, 1, 1), date(2023, 12, 31), "2023", "2023"),
        (date(2024, 5, 1), date(2025, 4, 30), "maj 2024 – april 2025", "May 2024 – April 2025"),
        (date(2021, 6, 1), date(2021, 8, 31), "juni – augusti 2021", "June – August 2021"),
        (date(2021, 6, 1), date(2021, 6, 30), "juni 2021", "June 2021"),
        (date(2018, 7, 1), date(2020, 6, 30), "juli 2018 – juni 2020", "July 2018 – June 2020"),
        (date(2024, 5, 15), date(2024, 6, 15), "15 maj – 15 juni 2024", "15 May – 15 June 2024"),
        (date(2024, 5, 15), date(2025, 6, 15), "15 maj 2024 – 15 juni 2025", "15 May 2024 – 15 June 2025"),
        (date(2024, 2, 1), date(2024, 2, 29), "februari 2024", "February 2024"),
        (date(2024, 5, 15), None, "15 maj 2024", "15 May 2024"),
        (None, date(2024, 5, 15), "15 maj 2024", "15 May 2024"),
        (None, None, "", ""),
    ],
)
def test_periods(start: date | None, end: date | None, sv: str, en: str) -> None:
    assert Labels("sv").period(start, end) == sv
    assert Labels("en").period(start, end) == en


def test_join() -> None:
    assert Labels("sv").join([]) == ""
    assert Labels("sv").join(["Polisen"]) == "Polisen"
    assert Labels("sv").join(["Polisen", "kommunen"]) == "Polisen och kommunen"
    assert Labels("en").join(["A", "B", "C"]) == "A, B and C"


def test_every_status_and_actor_type_has_words_in_both_languages() -> None:
    for lang in ("sv", "en"):
        labels = Labels(lang)
        assert all(labels.status(s) for s in Status)
        assert all(labels.actor_type(t) for t in ActorType)
    assert Labels("sv").status(Status.PARTLY_DONE) == "delvis genomförd"


def test_unknown_language() -> None:
    with pytest.raises(ValueError, match="unknown language"):
        Labels("de")


def test_counted_agrees_in_number() -> None:
    assert Labels("sv").counted(5, 1) == "5 aktiviteter i 1 problemområde"
    assert Labels("sv").counted(1, 1) == "1 aktivitet i 1 problemområde"
    assert Labels("sv").counted(18, 9) == "18 aktiviteter i 9 problemområden"
    assert Labels("en").counted(1, 2) == "1 activity in 2 problem areas"


@pytest.mark.parametrize(
    ("share", "sv", "en"),
    [
        (0.6, "60\u00a0%", "60%"),  # Swedish puts a no-break space before the sign, English none
        (1 / 3, "33\u00a0%", "33%"),
        (0.0, "0\u00a0%", "0%"),
        (1.0, "100\u00a0%", "100%"),
        (None, "–", "–"),  # nothing to count
    ],
)
def test_percent_is_written_as_each_language_writes_it(share: float | None, sv: str, en: str) -> None:
    assert Labels("sv").percent(share) == sv
    assert Labels("en").percent(share) == en
