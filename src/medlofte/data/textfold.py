"""Text folding, in one place: how names are compared, sorted and turned into ids.

``fold`` is what a reference means (case and spacing ignored), ``ascii_fold`` what someone
typing without å, ä, ö means, ``slugify`` an id or a file name, ``swedish_key`` the order of
a Swedish list, and ``closest`` the "did you mean" of a message.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Letters that Unicode does not decompose into a base letter and a mark.
_ASCII = str.maketrans(
    {"æ": "ae", "ø": "o", "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "œ": "oe", "ŋ": "n", "ħ": "h"}
)


def fold(text: str) -> str:
    """Case-insensitive form: 'FASTIGHETSBOLAGEN ' -> 'fastighetsbolagen'."""
    return " ".join(text.casefold().split())


def ascii_fold(text: str) -> str:
    """Form without diacritics, for people typing on a keyboard without å, ä, ö:
    'Miljöförvaltningen' -> 'miljoforvaltningen', 'Łódź' -> 'lodz'."""
    decomposed = unicodedata.normalize("NFKD", fold(text).translate(_ASCII))
    if decomposed.isascii():
        return decomposed
    # Only letters beyond ASCII can be combining marks: those alone are looked at.
    return _BEYOND_ASCII.sub(_unless_combining, decomposed)


_BEYOND_ASCII = re.compile(r"[^\x00-\x7f]")


def _unless_combining(match: re.Match[str]) -> str:
    char = match.group()
    return "" if unicodedata.combining(char) else char


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """An id or file name from a name: 'Fastighets- och gatukontoret' -> 'fastighets-och-gatukontoret'."""
    return _NOT_SLUG.sub("-", ascii_fold(text)).strip("-") or "id"


_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzåäö"
_ORDER = {c: i + 1 for i, c in enumerate(_ALPHABET)}
_SWEDISH = str.maketrans({"é": "e", "è": "e", "á": "a", "à": "a", "ü": "y", "æ": "ä", "ø": "ö"})
_SEPARATORS = frozenset(" -–/")


def swedish_key(text: str) -> tuple[tuple[int, ...], str]:
    """Swedish alphabetical order, word by word: å, ä, ö come after z, é sorts as e and
    ü as y, and a word sorts before longer words it begins ("Fastighets- och …" before
    "Fastighetsbolagen")."""
    key: list[int] = []
    for c in text.casefold().translate(_SWEDISH):
        if c in _SEPARATORS:
            if key and key[-1] != 0:
                key.append(0)
        elif c in _ORDER:
            key.append(_ORDER[c])
        elif c.isalpha():
            key.append(100 + ord(c))
    return tuple(key), text


# How alike a "did you mean" must be (difflib's ratio, 0-1). At 0.8 a typo passes
# ('Polsen' -> 'Polisen' 0.92, 'titel' -> 'title' 0.80, 'leader' -> 'lead' 0.80), and a
# different word that merely shares letters does not ('Kommunstyrelsen' -> 'Kommunen' 0.70,
# -> 'Länsstyrelsen' 0.71, -> 'Polisen' 0.45). tests/test_data_textfold.py holds examples.
CLOSE = 0.8


class Suggester:
    """ "Did you mean" over a fixed list of words, indexed once.

    The answer is exactly ``difflib.get_close_matches``'s, found faster for many words: the
    cheap upper bound of every word (the letters it shares with the one looked for, difflib's
    quick_ratio) comes from an index of letters, counted in C; then the full ratio is
    computed best bound first, stopping once no word left can beat the n-th best."""

    def __init__(self, words: Iterable[str], cutoff: float = CLOSE) -> None:
        self.cutoff = cutoff
        self.words = list(dict.fromkeys(words))
        self._letters: dict[tuple[str, int], list[int]] | None = None

    def _index(self) -> dict[tuple[str, int], list[int]]:
        """(letter, k) -> the words (by position) that hold that letter at least k times."""
        if self._letters is None:
            from collections import Counter

            letters: dict[tuple[str, int], list[int]] = {}
            for i, word in enumerate(self.words):
                for letter, times in Counter(word).items():
                    for k in range(1, times + 1):
                        letters.setdefault((letter, k), []).append(i)
            self._letters = letters
        return self._letters

    def closest(self, word: str, n: int = 1) -> list[str]:
        """The words most like ``word`` with a ratio of at least the cut-off, best first."""
        import difflib
        import heapq
        from collections import Counter

        cutoff, size, words = self.cutoff, len(word), self.words
        letters = self._index()
        shared: Counter[int] = Counter()  # word position -> letters shared with ``word``
        for letter, times in Counter(word).items():
            for k in range(1, times + 1):
                shared.update(letters.get((letter, k), ()))
        bounded: list[tuple[float, str]] = []
        for i in shared if cutoff > 0 else range(len(words)):
            candidate = words[i]
            total = size + len(candidate)
            bound = 2.0 * shared[i] / total if total else 1.0  # as difflib computes quick_ratio
            if bound >= cutoff:
                bounded.append((bound, candidate))
        if size == 0 and cutoff > 0 and "" in words:  # no letters to share, yet equal
            bounded.append((1.0, ""))
        bounded.sort(reverse=True)
        matcher = difflib.SequenceMatcher()
        matcher.set_seq2(word)
        best: list[tuple[float, str]] = []  # a heap of the n best so far
        for bound, candidate in bounded:
            if len(best) >= n and bound < best[0][0]:
                break
            matcher.set_seq1(candidate)
            score = matcher.ratio()
            if score >= cutoff:
                heapq.heappush(best, (score, candidate))
                if len(best) > n:
                    heapq.heappop(best)
        return [candidate for _, candidate in sorted(best, reverse=True)]


def closest(word: str, choices: list[str], n: int = 1, cutoff: float = CLOSE) -> list[str]:
    """The choices most like ``word`` (difflib's ratio, at least ``cutoff``), best first."""
    return Suggester(choices, cutoff).closest(word, n)
