"""data/textfold.py: the order of Swedish lists (actor tables, the "who does what" list),
and "did you mean": a suggestion is made only when it is genuinely close."""

from __future__ import annotations

import difflib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from medlofte.data.textfold import CLOSE, Suggester, closest, swedish_key


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


# Typos (a letter left out, doubled, swapped or wrong) and the word meant.
TYPOS = [
    ("polsen", "polisen"),
    ("polisne", "polisen"),
    ("socialtjanst", "socialtjansten"),
    ("miljoforvaltning", "miljoforvaltningen"),
    ("fritidsforvaltnigen", "fritidsforvaltningen"),
    ("raddningstjanst syd", "raddningstjansten"),
    ("nattvandrare", "nattvandrarna"),
    ("titel", "title"),
    ("leader", "lead"),
    ("activites", "activities"),
    ("cause", "causes"),
    ("followed-up", "followed_up"),
    ("notdone", "not-done"),
    ("canceled", "cancelled"),
]

# Different words that merely share letters with a known one: no suggestion.
FAR = [
    ("kommunstyrelsen", "polisen"),
    ("kommunstyrelsen", "kommunen"),
    ("kommunstyrelsen", "lansstyrelsen"),
    ("kommunpolisen", "kommunen"),
    ("socialnamnden", "socialtjansten"),
    ("regionen", "polisen"),
    ("pending", "end"),
    ("partial", "participants"),
    ("owner", "done"),
    ("note", "not-done"),
]


@pytest.mark.parametrize(("typed", "meant"), TYPOS)
def test_a_typo_is_suggested(typed: str, meant: str) -> None:
    assert closest(typed, [meant, "xyz"]) == [meant]


@pytest.mark.parametrize(("typed", "other"), FAR)
def test_a_different_word_is_not_suggested(typed: str, other: str) -> None:
    assert closest(typed, [other]) == []


def test_best_first_and_at_most_n() -> None:
    suggester = Suggester(["polisen", "polis", "polisens", "kommunen"])
    assert suggester.closest("polisen", n=2) == ["polisen", "polisens"]
    assert suggester.closest("polise", n=5) == ["polisen", "polis", "polisens"]
    assert suggester.closest("") == []
    assert Suggester([]).closest("polisen") == []


words = st.text(alphabet="abcdeåä -", max_size=9)


@given(words, st.lists(words, max_size=25), st.integers(1, 4), st.sampled_from([0.0, 0.3, 0.6, CLOSE, 1.0]))
def test_the_index_gives_exactly_difflibs_answer(word: str, choices: list[str], n: int, cutoff: float) -> None:
    unique = list(dict.fromkeys(choices))
    assert Suggester(choices, cutoff).closest(word, n) == difflib.get_close_matches(word, unique, n=n, cutoff=cutoff)
