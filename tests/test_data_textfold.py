"""data/textfold.py: the order of Swedish lists (actor tables, the "who does what" list)."""

from __future__ import annotations

import pytest

from medlofte.data.textfold import swedish_key


def swedish(names: list[str]) -> list[str]:
    return sorted(names, key=swedish_key)


@pytest.mark.parametrize(
    "expected",
    [
        # ü is a y: between "Uvå…" (u) and "Yt…" (y), not before "Uvå…" as a u would be.
        ["Uvådalens förening", "Ürün kulturförening", "Ytterby bostäder"],
        ["Ulricehamn", "Uppsala", "Ümeå", "Ystad"],
        ["Munkfors", "Mylla", "Müller", "Myrsjö"],
        # å, ä, ö after z, in that order, and not as a, a, o.
        ["Alingsås", "Zinkgruvan", "Åre", "Ängelholm", "Öckerö"],
        ["Oskarshamn", "Ovanåker", "Zonen", "Örebro"],
        ["Ava", "Az", "Åa", "Äa", "Öa"],
        # é (and è, á, à) sort as their base letter, not after ö.
        ["Eda", "Émile", "Eriksberg", "Fagersta"],
        ["Café Ekan", "Cafeterian", "Cafézonen"],
        ["Ahlbom", "Ålander", "Ängsö"],
        # æ is an ä and ø an ö, as in Swedish dictionaries.
        ["Zorn", "Ægir", "Ärla", "Ørsted", "Östra"],
    ],
)
def test_swedish_alphabetical_order(expected: list[str]) -> None:
    assert swedish(list(reversed(expected))) == expected
    assert swedish(sorted(expected)) == expected


def test_case_does_not_change_the_order() -> None:
    assert swedish(["örebro", "Åre", "zinkgruvan", "ÄNGELHOLM", "Üxo", "yngsjö"]) == [
        "yngsjö", "Üxo", "zinkgruvan", "Åre", "ÄNGELHOLM", "örebro",
    ]  # fmt: skip
