"""Text folding, in one place: how names are compared, sorted and turned into ids.

``fold`` is what a reference means (case and spacing ignored), ``ascii_fold`` what someone
typing without å, ä, ö means, ``slugify`` an id or a file name, ``swedish_key`` the order of
a Swedish list, and ``closest`` the "did you mean" of a message.
"""

from __future__ import annotations

import re
import unicodedata

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
    return "".join(c for c in decomposed if not unicodedata.combining(c))


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


def closest(word: str, choices: list[str], n: int = 1, cutoff: float = 0.6) -> list[str]:
    """The choices most like ``word`` (difflib's ratio, at least ``cutoff``), best first."""
    import difflib

    return difflib.get_close_matches(word, choices, n=n, cutoff=cutoff)
