"""The facts one sentence states: a period, a quantity, how often, when, where, for whom, a
conditional promise, a follow-up's status and what it achieved.

Each function returns the words as the sentence writes them (so the draft's facts are
found in its sentences and never printed twice) and what they mean.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from medlofte.importer.vocabulary import (
    FREQUENCY,
    MONTH_NAMES_EN,
    MONTHS,
    NOT_UNITS,
    NUMBER_WORDS,
    OCCASION_UNITS,
    PER,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    STATUS_WORDS,
    TARGET_HEADS,
    WHEN,
)

_YEAR = r"(?:19|20)\d\d"
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DASH = r"\s*(?:[-–—]|till|t\.o\.m\.?)\s*"
_DAY = r"(?:19|20)\d\d-[01]\d-[0-3]\d"


class DateText(NamedTuple):
    """'2024', '2024-05' or '2024-05-31' as the YAML writes it."""

    year: int
    month: int | None = None
    day: int | None = None

    def yaml(self) -> str | int:
        if self.month is None:
            return self.year
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def english(self) -> str:
        if self.month is None:
            return str(self.year)
        if self.day is None:
            return f"{MONTH_NAMES_EN[self.month]} {self.year}"
        return f"{self.day} {MONTH_NAMES_EN[self.month]} {self.year}"


class PeriodText(NamedTuple):
    start: DateText
    end: DateText | None
    words: str  # as the document writes it
    label: str | None = None  # the document's own wording, when medlofte would write it otherwise
    until_further_notice: bool = False
    extended_to: DateText | None = None

    def english(self) -> str:
        if self.until_further_notice:
            return f"from {self.start.english()}, until further notice"
        shown = (
            self.start.english() if self.end is None or self.end == self.start else f"{self.start.english()}–{self.end.english()}"
        )
        return f"{shown}, extended to {self.extended_to.english()}" if self.extended_to else shown


# Words before a period that make it the promise's own ("gäller under perioden", "för 2021–2022").
_PERIOD_CONTEXT = (
    r"(?<!\w)(?:gäller|gällde|giltig|perioden|period|utlovas|löper|under åren|för åren|för|medborgarlöfte\w*|löfte\w*"
    r"|uppföljning\w*|åtagande\w*|avser|omfattar)(?!\w)"
)
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("days", re.compile(rf"(?P<a>{_DAY}){_DASH}(?P<b>{_DAY})")),
    ("months", re.compile(rf"(?P<m1>{_MONTH})\.?\s+(?P<y1>{_YEAR}){_DASH}(?P<m2>{_MONTH})\.?\s+(?P<y2>{_YEAR})", re.I)),
    ("months-one-year", re.compile(rf"(?P<m1>{_MONTH}){_DASH}(?P<m2>{_MONTH})\.?\s+(?P<y2>{_YEAR})", re.I)),
    ("years", re.compile(rf"(?P<y1>{_YEAR})(?P<sep>\s*[-–—]\s*|/)(?P<y2>{_YEAR}|\d\d)(?!\d)")),
    ("month", re.compile(rf"(?P<m1>{_MONTH})\s+(?P<y1>{_YEAR})(?!\s*[-–])", re.I)),
    ("year", re.compile(rf"(?<![\d-])(?P<y1>{_YEAR})(?![\d-])")),
)


def find_period(text: str, *, heading: bool = False) -> PeriodText | None:
    """The period a text gives, when it says it is the promise's: "gäller under perioden
    maj 2024 - maj 2025", "för 2021–2022", "2019/2020", "Medborgarlöfte 2024". A year alone
    counts only in a heading or after words such as "för" or "medborgarlöfte"."""
    for kind, pattern in _PATTERNS:
        for found in pattern.finditer(text):
            before = text[max(0, found.start() - 40) : found.start()]
            context = re.search(rf"{_PERIOD_CONTEXT}\s*(?:\w+\s+){{0,2}}$", before, re.I) is not None
            if kind in ("year", "month") and not (context or heading):
                continue
            if kind in ("years", "months", "months-one-year") and not (context or heading or _alone(text, found)):
                continue
            period = _period(kind, found)
            if period is None:
                continue
            if heading and len(text) <= 60:
                period = period._replace(words=text.strip())
            after = text[found.end() : found.end() + 40]
            extended = re.match(rf"\s*,?\s*förlängt?\s+(?:till|t\.o\.m\.?)\s+(?:(?P<m>{_MONTH})\s+)?(?P<y>{_YEAR})", after, re.I)
            if extended:
                month = MONTHS[extended.group("m").lower()] if extended.group("m") else None
                words = text[found.start() : found.end() + extended.end()]
                period = period._replace(extended_to=DateText(int(extended.group("y")), month), words=words)
            if re.match(r"\s*(?:,\s*)?(?:och )?tills vidare", after, re.I) and kind in ("month", "year", "days"):
                period = period._replace(end=None, until_further_notice=True)
            return period
    opened = re.search(
        rf"(?:från|fr\.o\.m\.?)\s+(?:(?P<m>{_MONTH})\s+)?(?P<y>{_YEAR})\s*(?:,\s*)?(?:och )?tills vidare", text, re.I
    )
    if opened:
        month = MONTHS[opened.group("m").lower()] if opened.group("m") else None
        return PeriodText(DateText(int(opened.group("y")), month), None, opened.group(0), until_further_notice=True)
    return None


def _alone(text: str, found: re.Match[str]) -> bool:
    """The period is the whole text, or nearly: a heading 'maj 2024 – maj 2025'."""
    return len(text.strip()) <= len(found.group(0)) + 25


def _period(kind: str, found: re.Match[str]) -> PeriodText | None:
    words = found.group(0)
    groups = found.groupdict()
    try:
        if kind == "days":
            a = [int(x) for x in groups["a"].split("-")]
            b = [int(x) for x in groups["b"].split("-")]
            if not (1 <= a[1] <= 12 and 1 <= b[1] <= 12 and 1 <= a[2] <= 31 and 1 <= b[2] <= 31):
                return None
            return PeriodText(DateText(*a), DateText(*b), words)
        if kind == "months":
            start = DateText(int(groups["y1"]), MONTHS[groups["m1"].lower()])
            return PeriodText(start, DateText(int(groups["y2"]), MONTHS[groups["m2"].lower()]), words)
        if kind == "months-one-year":
            year = int(groups["y2"])
            return PeriodText(DateText(year, MONTHS[groups["m1"].lower()]), DateText(year, MONTHS[groups["m2"].lower()]), words)
        if kind == "years":
            first = int(groups["y1"])
            second = groups["y2"]
            last = int(second) if len(second) == 4 else (first // 100) * 100 + int(second)
            if not 0 <= last - first <= 10:
                return None
            label = words if "/" in groups["sep"] else None
            return PeriodText(DateText(first), DateText(last), words, label=label)
        if kind == "month":
            month = DateText(int(groups["y1"]), MONTHS[groups["m1"].lower()])
            return PeriodText(month, month, words)
        only = DateText(int(groups["y1"]))
        return PeriodText(only, only, words)
    except (KeyError, ValueError):  # pragma: no cover - the patterns give only these groups
        return None


_DATE = re.compile(rf"(?:den\s+)?(?P<d>[0-3]?\d)(?:e|:e)?\s+(?P<m>{_MONTH})\s+(?P<y>{_YEAR})|(?P<iso>{_DAY})", re.I)


def find_date(text: str) -> DateText | None:
    """A day as Swedish documents write it: "den 19 mars 2020", "2020-03-19"; or a month
    ("i mars 2021")."""
    found = _DATE.search(text)
    if found:
        if found.group("iso"):
            y, m, d = (int(x) for x in found.group("iso").split("-"))
            return DateText(y, m, d) if 1 <= m <= 12 and 1 <= d <= 31 else None
        day = int(found.group("d"))
        return DateText(int(found.group("y")), MONTHS[found.group("m").lower()], day) if 1 <= day <= 31 else None
    month = re.search(rf"(?P<m>{_MONTH})\s+(?P<y>{_YEAR})", text, re.I)
    if month:
        return DateText(int(month.group("y")), MONTHS[month.group("m").lower()])
    return None


# ---------------------------------------------------------------------------------------
# Quantities


class QuantityText(NamedTuple):
    words: str
    amount: int | float
    unit: str | None
    at_least: bool
    per: str | None


_NUMBER_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_PER = "|".join(f"(?P<{key}>{words})" for key, words in PER.items())
_QUANTITY = re.compile(
    rf"(?<![\w-])(?P<pre>(?:vid |med |om )?(?:minst|åtminstone|cirka|ca\.?|i snitt|högst|totalt|sammanlagt|upp till|drygt) )?"
    rf"(?P<num>\d{{1,3}}(?:[ \u00a0]\d{{3}})+|\d+(?:,\d+)?|{_NUMBER_WORD})"
    rf"(?: (?P<unit>[a-zåäöéü][a-zåäöéü-]*))?(?P<rest>(?: [a-zåäöéü-]+){{0,3}}? (?:{_PER}))?(?![\w-])",
    re.IGNORECASE,
)
_NOT_BEFORE = re.compile(r"(?:årskurs|skolår|klass|kl\.?|nr|nummer|sedan|mellan|och|är|till|från|av|om|ca|–|-|\d)\s*$", re.I)
_SMALL_WORDS = frozenset(
    {"och", "av", "i", "på", "med", "för", "till", "om", "eller", "som", "att", "per", "en", "ett", "de", "den", "det",
     "från", "under", "vid", "mot"}
)  # fmt: skip


def find_quantities(sentence: str) -> list[QuantityText]:
    """Promised amounts: "Minst tjugo trafikkontroller", "vid minst 200 tillfällen", "minst
    900 timmar per år". A number counts only after "minst" and its kin, or at the start
    of the sentence; ages, school years, years and shares never."""
    out = []
    for found in _QUANTITY.finditer(sentence):
        pre, number, unit = found.group("pre"), found.group("num"), found.group("unit")
        at_start = sentence[: found.start()].strip(" •-–*\"”'(") == ""
        if number.lower() in NUMBER_WORDS:
            if not pre and not at_start:
                continue
            if number.lower() in ("en", "ett") and not pre:
                continue
        elif not pre and not at_start and not (unit and unit.lower() in ("tillfällen", "tillfälle")):
            continue
        if not pre and _NOT_BEFORE.search(sentence[: found.start()]):
            continue
        amount = _amount(number)
        if amount is None or amount <= 0:
            continue
        if unit and (unit.lower() in NOT_UNITS or unit.lower() in _SMALL_WORDS):
            if unit.lower() in _SMALL_WORDS and pre:
                unit = None
            else:
                continue
        if not pre and re.fullmatch(r"(?:19|20)\d\d", number):
            continue
        words = found.group(0).strip()
        if unit and re.search(r"(?:ade|ande|ende|iga|liga|iska|ska)$", unit, re.I):
            following = re.match(r" ([a-zåäöéü][a-zåäöéü-]*)", sentence[found.start("unit") + len(unit) :])
            if following and following.group(1).lower() not in _SMALL_WORDS:
                unit = following.group(1)
                words = sentence[found.start() : found.start("unit") + len(found.group("unit")) + following.end()].strip()
        per = next((key for key in PER if found.group(key)), None) if found.group("rest") else None
        if unit and unit.lower() in OCCASION_UNITS and per:
            continue  # "fem dagar i veckan": how often, not how much
        if per is None and found.group("rest"):
            words = words[: len(words) - len(found.group("rest"))]
        out.append(QuantityText(words, amount, unit, bool(pre and re.search(r"minst|åtminstone", pre, re.I)), per))
    return out


def _amount(number: str) -> int | float | None:
    word = NUMBER_WORDS.get(number.lower())
    if word is not None:
        return word
    digits = number.replace(" ", "").replace("\u00a0", "")
    try:
        return float(digits.replace(",", ".")) if "," in digits else int(digits)
    except ValueError:  # pragma: no cover - the pattern admits only digits here
        return None


def parse_number(text: str) -> int | float | None:
    """'1 200' and '2,5' as numbers."""
    return _amount(text)


def frequency(sentence: str) -> str | None:
    found = FREQUENCY.search(sentence)
    return found.group(0) if found else None


def when(sentence: str) -> str | None:
    found = WHEN.search(sentence)
    return found.group(0).rstrip() if found else None


_PLACE_NOUN = "|".join(re.escape(n) for n in sorted(PLACE_NOUNS, key=len, reverse=True))
_NAME = r"[A-ZÅÄÖ][\wåäöÅÄÖé/-]+"
_PLACE = re.compile(
    rf"(?<!\w)(?P<prep>{'|'.join(PLACE_PREPOSITIONS)}) (?P<place>"
    rf"(?:{_NAME}(?: {_NAME}){{0,2}}(?: (?:{_PLACE_NOUN}))?)"
    rf"|(?:{_PLACE_NOUN})(?: {_NAME})?)(?![\w-])"
)


def place(sentence: str, not_places: set[str]) -> str | None:
    """Where: "inom stadskärnan", "på Lilla torg", "vid Uppsala resecentrum"; not the
    municipality itself, nor an actor."""
    for found in _PLACE.finditer(sentence):
        name = found.group("place")
        if name.casefold() in not_places or name.split()[0].casefold() in not_places:
            continue
        if found.start() == 0:
            continue
        return found.group(0)
    return None


_TARGET = re.compile(
    r"(?<!\w)(?:för|till|mot|bland|riktade mot|riktad mot|med inriktning mot|med fokus på)\s+"
    r"(?P<group>(?:alla |samtliga )?(?:" + "|".join(re.escape(h) for h in TARGET_HEADS) + r")(?!\w)[^.;:()]*?)"
    r"(?=\s+(?:i syfte|med syfte|där |samt |och erbjuder)|[.;:(),]|$)",
    re.IGNORECASE,
)


def target_group(sentence: str) -> str | None:
    """For whom: "föräldrar med ungdomar som fyller 15 år", "elever i årskurs fem"."""
    found = _TARGET.search(sentence)
    if not found:
        return None
    group = found.group("group").strip()
    return group if len(group.split()) <= 14 else None


def is_conditional(sentence: str) -> bool:
    """ "Om det uppkommer önskemål om trygghetsvandringar så lovar vi att bistå"."""
    text = sentence.strip(" •-–*")
    return bool(re.match(r"(?:om|ifall|vid behov|när behov)\b", text, re.I)) or bool(
        re.search(r"\bom det (?:uppkommer|finns|uppstår|behövs|kommer)\b", text, re.I)
    )


def is_continuing(sentence: str) -> bool:
    """ "Fortsätta arbetet med …": a promise that continues earlier work."""
    return bool(re.match(r"(?:\w+ )?(?:fortsätta|fortsätter|fortsatt|vidareutveckla)\b", sentence.strip(" •-–*"), re.I))


def status(result: str) -> tuple[str, str] | None:
    """(status, the words that say it) when the result says so plainly."""
    for value, pattern in STATUS_WORDS:
        found = pattern.search(result)
        if found:
            return value, found.group(0)
    found = re.search(r"\b\d+ genomförda\b", result)
    return ("done", found.group(0)) if found else None


def achieved(result: str, unit: str | None) -> tuple[int | float, str] | None:
    """The number achieved in the promised unit: "vid minst 200 tillfällen", "40 genomförda
    hastighetskontroller" against "trafikkontroller"."""
    if not unit:
        return None
    stem = unit.lower()[-6:]
    for found in re.finditer(rf"(?<![\w-])(\d+|{_NUMBER_WORD})(?![\w-])", result, re.I):
        following = re.findall(r"[a-zåäö-]+", result[found.end() : found.end() + 60].lower())[:3]
        for noun in following:
            if len(noun) >= 4 and (noun.endswith(stem) or unit.lower().endswith(noun[-6:])):
                amount = _amount(found.group(1))
                if amount is not None:
                    end = result.lower().find(noun, found.end()) + len(noun)
                    return amount, result[found.start() : end]
    return None
