"""The actors of an imported promise: found in their written forms ("Polis", "Polisen",
"lokalpolisområde Nordost", "kommunen", "Malmö stad", "Socialförvaltningen Nordost") and
gathered into the draft's actors.yaml, each once, with every form the text uses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from medlofte.data.textfold import ascii_fold, slugify
from medlofte.importer.vocabulary import ACTOR_FORMS, NOT_ACTORS, ORGANISATION_ENDINGS, UNNAMED

_CAP = r"[A-ZÅÄÖÉ][\wåäöÅÄÖéü&/.-]*"
_DIRECTIONS = r"(?:norr|söder|öster|väster|nordost|nordväst|sydost|sydväst|syd|nord|city|centrum|mitt|centrala)"
POLICE_AREA = re.compile(
    rf"(?<!\w)(?:polisens\s+)?(?:lokalpolisområde(?:t)?|LPO)\s+(?P<name>{_CAP}(?:\s+{_DIRECTIONS})?)(?=[\s,.;:)]|$)",
    re.IGNORECASE,
)
_POLICE_WORDS = r"polisen|polis|kommunpolis(?:en)?|kommunpoliserna|områdespolis(?:en|er|erna)?"
_SEPARATOR = re.compile(r"\s*(?:,\s*(?:och\s+|samt\s+)?|\s+och\s+|\s+samt\s+|\s*&\s*|\s+tillsammans med\s+)")


@dataclass
class Entry:
    """One actor of the draft: its name, type, the other forms the text writes it in, and
    why medlofte thinks it is an actor."""

    name: str
    type: str
    forms: set[str] = field(default_factory=set)
    why: str = ""
    used: bool = False
    short: str | None = None


class Cast:
    """Every actor the text names, found by the forms Swedish promises write them in."""

    def __init__(self, municipality: str, police_area: str | None) -> None:
        self.municipality = municipality
        self.police_area = police_area
        self.entries: list[Entry] = []
        self._by_form: dict[str, Entry] = {}
        city = re.sub(r"s? (?:kommun|stad)$", "", municipality)
        self.city = city

    # -- the registry ------------------------------------------------------------------

    def entry(self, name: str, type_: str, why: str, form: str | None = None) -> Entry:
        key = name.casefold()
        found = self._by_form.get(key)
        if found is None:
            found = Entry(name, type_, why=why)
            self.entries.append(found)
            self._by_form[key] = found
        if form and form.casefold() != found.name.casefold():
            self.add_form(found, form)
        return found

    def add_form(self, entry: Entry, form: str) -> None:
        key = form.casefold()
        owner = self._by_form.get(key)
        if owner is None:
            self._by_form[key] = entry
            entry.forms.add(form)

    def police(self, form: str) -> Entry:
        """The police: 'Polisen' (short 'Polis'), with the local police area as an alias."""
        found = self._by_form.get("polisen")
        if found is None:
            found = self.entry("Polisen", "police", "the police")
            found.short = "Polis"
            self._by_form["polis"] = found
            if self.police_area:
                self.add_form(found, self.police_area)
        if form.casefold() not in ("polisen", "polis"):
            self.add_form(found, form)
        return found

    def kommun(self, form: str) -> Entry:
        found = self._by_form.get(self.municipality.casefold())
        if found is None:
            found = self.entry(self.municipality, "municipal", "the municipality")
            found.short = "Kommunen"
            self._by_form["kommunen"] = found
            for alias in ("kommun", "staden"):
                self._by_form.setdefault(alias, found)
        if form.casefold() != self.municipality.casefold() and form.casefold() not in ("kommunen", "kommun", "staden"):
            self.add_form(found, form)
        return found

    def used(self) -> list[Entry]:
        return [e for e in self.entries if e.used]

    def ids(self) -> dict[int, str]:
        """A unique id per used actor."""
        out: dict[int, str] = {}
        taken: set[str] = set()
        for entry in self.used():
            base = slugify(entry.name) or "aktor"
            candidate, n = base, 2
            while candidate in taken:
                candidate, n = f"{base}-{n}", n + 1
            taken.add(candidate)
            out[id(entry)] = candidate
        return out

    # -- reading names -------------------------------------------------------------------

    def known(self, text: str) -> Entry | None:
        """The actor a written form names as a whole ('Polis', 'kommunen', 'Malmö Stad',
        'Socialtjänsten', 'verksamheter från civilsamhället'), or None."""
        written = " ".join(text.split()).strip(" .,:;")
        if not written:
            return None
        folded = written.casefold()
        if folded in self._by_form:
            entry = self._by_form[folded]
            if entry.name.casefold() in ("polisen",):
                return self.police(written)
            return entry
        if re.fullmatch(_POLICE_WORDS, folded):
            return self.police(written)
        area = POLICE_AREA.fullmatch(written)
        if area:
            return self.police(written)
        if re.fullmatch(r"polisområde\s+" + _CAP, written, re.IGNORECASE):
            name = written[0].upper() + written[1:]
            return self.entry(name, "police", "a police region the text names", written)
        if folded in ("kommunen", "kommun", "staden", self.municipality.casefold()):
            return self.kommun(written)
        city = re.fullmatch(rf"(?P<city>{_CAP})s?\s+(?P<kind>kommun|stad)", written, re.IGNORECASE)
        if city and ascii_fold(city.group("city")).rstrip("s") == ascii_fold(self.city).rstrip("s"):
            return self.kommun(written)
        for form in ACTOR_FORMS:
            if re.fullmatch(form.pattern, folded):
                return self.entry(form.name, form.type, "a recurring actor of Swedish promises", written)
        qualified = re.fullmatch(rf"(?P<base>[\wåäö-]+)\s+(?P<qualifier>{_CAP}(?:\s+{_CAP})?)", written)
        if qualified and written[0].isupper():
            for form in ACTOR_FORMS:
                if re.fullmatch(form.pattern, qualified.group("base").casefold()):
                    return self.entry(written, form.type, f"a {form.name.lower()} the text names")
        # "verksamheter från civilsamhället": a known actor after a few words that qualify it
        tail = re.fullmatch(r"(?P<lead>(?:[a-zåäö]+\s+){1,3})(?P<rest>[a-zåäö].*)", written)
        if tail and not UNNAMED.fullmatch(written):
            inner = self.known(tail.group("rest"))
            if inner is not None and inner.type != "police":
                self.add_form(inner, written)
                return inner
        return None

    def organisation(self, text: str) -> bool:
        """A name that reads as an organisation's: it ends like one ('…skolan', '…förvaltningen')."""
        last = text.split()[-1].casefold() if text.split() else ""
        return any(last.endswith(end) for end in ORGANISATION_ENDINGS) and text[:1].isupper()

    def new_name(self, text: str) -> bool:
        """Whether a capitalised phrase may be the name of an actor not in the list:
        'Victoriahem', 'Tidigt föräldrastöd', 'Skolan som Arena'."""
        words = text.split()
        if not words or len(words) > 4 or not words[0][:1].isupper():
            return False
        if words[0].casefold() in NOT_ACTORS or any(ch.isdigit() for ch in text):
            return False
        if len(words) > 2 and not any(w[:1].isupper() for w in words[1:]):
            return False
        if len(words) == 1 and words[0].endswith("a") and words[0][1:].islower():
            return False  # "Genomföra": a verb
        if len(words) >= 2 and words[0].endswith("a") and words[1][:1].islower() and not self.organisation(text):
            return False  # "Samverka med": a verb, not a name
        if words[-1].casefold() in ("och", "samt", "eller", "med", "i", "på", "för"):
            return False
        return not re.search(r"[.:;!?()–—]|\s-\s", text)

    def parse_list(self, text: str, *, strict: bool) -> list[Entry | str] | None:
        """The actors of a list as written ('Polisen, Fastighetsbolagen och Räddningstjänsten');
        unnamed partners ('andra aktörer', 'skola') as text. None when a part names no actor.
        ``strict``: only actors known by their form or an organisation's ending."""
        text = " ".join(text.split()).strip(" .,:;")
        text = re.sub(r"\s+(?:och|samt|&)$", "", text)
        if not text or re.search(r"\s[–—-]\s", text):
            return None
        parts = [p for p in _SEPARATOR.split(text) if p]
        # "Fastighets- och gatukontoret" is one name: join a part that ends with '-'.
        joined: list[str] = []
        for part in parts:
            if joined and joined[-1].endswith("-"):
                joined[-1] = f"{joined[-1]} och {part}"
            else:
                joined.append(part)
        out: list[Entry | str] = []
        for part in joined:
            found = self.known(part)
            if found is not None:
                out.append(found)
            elif UNNAMED.fullmatch(part) or (not strict and part.casefold() in _COMMON_PARTNERS):
                out.append(part)
            elif self.organisation(part) or (not strict and self.new_name(part)):
                out.append(self.entry(part, _type_of(part), "named as the one who does the promise"))
            else:
                return None
        return out or None


_COMMON_PARTNERS = frozenset(
    {"skola", "skolor", "förskola", "föreningar", "föreningslivet", "näringsidkare", "handlare", "vårdnadshavare",
     "föräldrar", "boende", "fastighetsägare", "kyrkor", "vuxna", "frivilliga"}
)  # fmt: skip


def _type_of(name: str) -> str:
    last = name.split()[-1].casefold()
    if last.endswith(("skolan", "skolorna")):
        return "school"
    if last.endswith(("förvaltningen", "förvaltning", "kontoret", "nämnden", "enheten")):
        return "municipal"
    if last.endswith(("bolaget", "bolagen", "hem", "bostäder", "fastigheter")):
        return "housing"
    if last.endswith(("föreningen", "förbundet", "nattvandrare", "nattvandrarna", "kyrkan", "församlingen")):
        return "civil-society"
    return "other"
