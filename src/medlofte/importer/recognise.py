"""The recogniser: a document's blocks into a draft promise, with every sentence kept in the
document's order and every guess noted.

The document is cut at its headings (and at lines that open a list of promises, "Polisen
lovar att:") into segments; each segment becomes a text part of the promise, a group of
promises (an area file), the goals, the signatures or the adoption. What cannot be placed
is kept as text where it stands, marked for the coordinator to check. The promise's
``parts`` list every part in the document's order, so the draft renders in that order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from medlofte.data.textfold import ascii_fold, slugify
from medlofte.importer import facts
from medlofte.importer.blocks import HEADING, ITEM, PARAGRAPH, TABLE, Block, is_heading_text, squeeze
from medlofte.importer.cast import POLICE_AREA, Cast, Entry
from medlofte.importer.vocabulary import (
    CONTENTS,
    GENERATED_BY,
    HEAD_LABELS,
    PART_HEADINGS,
    PROBLEM_WORDS,
    PROMISE_VERBS,
    PROMISES_HEADING,
    RENDERED_ACHIEVED,
    RENDERED_COUNTS,
    RENDERED_STATUS,
    SIGNATORY,
    UNNAMED,
)

CHECK = "import: check"
Map = dict[str, Any]

# Default headings medlofte prints for a part (views.labels, Swedish): a document heading
# that is the same needs no `headings` entry.
DEFAULT_HEADINGS = {
    "intro": "Inledning", "purpose": "Syfte", "situation": "Lägesbild", "dialogue": "Medborgardialog",
    "goals": "Det här ska vi åstadkomma tillsammans", "follow_up": "Uppföljning", "partners": "I samarbete med",
    "signatures": "Underskrifter", "overview": "Vem gör vad",
}  # fmt: skip
TEXT_KEYS = ("intro", "purpose", "situation", "dialogue", "follow_up")
_SOURCE = re.compile(r"^(?:(?:source|källa|url|adress|publicerad på|hämtad från)\s*:\s*)?(?P<url>https?://\S+)$", re.I)
_TAG = re.compile(r"\s*\((?P<who>[^()]{2,80})\)\s*\.?$")
_DASH = re.compile(r"\s[–—-]\s")
_VERB = re.compile(
    r"\s(?P<verb>lovar|åtar|förbinder|ska|skall|kommer|har|genomför|anordnar|öppnar|ordnar|erbjuder|arbetar|samverkar"
    r"|förhindrar|ansvarar|bjuder|deltar|bidrar|verkar|tar|fortsätter|jobbar|vidtar|utför|driver|satsar|stöttar|stödjer"
    r"|informerar|besöker|medverkar|utbildar|ökar|skapar|ger|gör|planerar|prioriterar|bedriver|kartlägger|följer"
    r"|avger|avser|vill|bistår|finns|genomförs|inleder|startar|håller|hjälper|samarbetar|[a-zåäö]{3,}(?:ar|er|ir))\b"
)
_PARTNER_TRIGGER = re.compile(
    r"(?<!\w)(?:i samverkan med|i samarbete med|tillsammans med|samverka med|samverkar med|samarbeta med|samarbetar med"
    r"|med stöd av|med hjälp av)\s+",
    re.IGNORECASE,
)
_BY = re.compile(r"(?<!\w)(?:genomförs|utförs|ansvarar|ansvaras)\s+(?:av|för)?\s*(?P<who>[^.;:()]+?)\s*\.?$", re.IGNORECASE)
_ADOPTED = re.compile(
    r"^(?P<by>[A-ZÅÄÖ][\wåäö ]{2,60}?)\s+(?:fastställde|antog|beslutade om|godkände|ställde sig bakom)\s+"
    r"(?:medborgar)?löftet\b.*$",
    re.IGNORECASE,
)
_FOLLOW_UP_TEXT = re.compile(r"följ(?:er|s|as|a) upp|uppföljning|utvärder", re.I)
_RESULT_LABEL = re.compile(r"^(?:resultat|utfall|uppföljning|så blev det)\s*:?$", re.I)
_EXAMPLES = re.compile(r"några av de aktiviteter|exempel på (?:aktiviteter|insatser|åtgärder)|bland annat följande", re.I)
_DOING = re.compile(
    rf"(?:aktiviteter|insatser|åtgärder|löften)\s+som\s+(?P<who>.+?)\s+(?:{PROMISE_VERBS}|kommer att)\s+(?:\w+\s+)?"
    r"(?:genomföra|genomför|göra|arbeta)",
    re.IGNORECASE,
)


@dataclass
class Draft:
    """The draft as plain values the writer turns into YAML: ``promise`` and each area are
    mappings whose keys may carry notes under '#key' (comment lines above the key) or '#'
    (above the mapping); ``guesses`` is the report printed at the end."""

    promise: Map
    actors: list[Map]
    areas: list[tuple[str, Map]]
    guesses: list[str] = field(default_factory=list)


def note(mapping: Map, key: str, text: str) -> None:
    mapping.setdefault(f"#{key}", []).append(text)


# ---------------------------------------------------------------------------------------
# Segments


@dataclass
class Segment:
    heading: str | None
    body: list[Block]
    lead: bool = False  # a line that opens a list of promises ("Polisen lovar att:")
    label: str | None = None  # a numbered lead's own number ("1.")
    level: int = 2
    actors: list[Any] | None = None  # the actors a line under the heading names
    actors_line: str | None = None


def _is_lead(text: str) -> bool:
    return text.rstrip().endswith(":") and not _RESULT_LABEL.match(text)


def segments(blocks: list[Block]) -> list[Segment]:
    """The blocks cut at headings and at the lines that open a list."""
    out = [Segment(None, [])]
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        opens_list = following is not None and following.kind == ITEM and following.depth >= block.depth
        if block.kind == HEADING:
            out.append(Segment(block.text, [], lead=_is_lead(block.text), level=block.level))
        elif (
            block.kind == PARAGRAPH
            and block.depth == 0
            and _is_lead(block.text)
            and opens_list
            and is_heading_text(block.text)
            and not _resultish(block.text)
        ):
            out.append(Segment(block.text, [], lead=True))
        elif (
            block.kind == ITEM
            and block.numbered
            and block.depth == 0
            and following is not None
            and following.kind == ITEM
            and following.depth > block.depth
        ):
            out.append(Segment(block.text, [], lead=True, label=block.marker))
        else:
            out[-1].body.append(block)
    return out


# ---------------------------------------------------------------------------------------
# The recogniser


class Recogniser:
    def __init__(self, blocks: list[Block], name: str) -> None:
        self.name = name
        self.guesses: list[str] = []
        self.blocks = self._prepare(blocks)
        self.text = " ".join(b.text for b in self.blocks) + " " + " ".join(c for b in self.blocks for r in b.rows for c in r)
        self.promise: Map = {}
        self.areas: list[Map] = []
        self.pieces: list[tuple[str, Any]] = []  # ('text', key) | ('section', title) | ('group', area) | ...
        self.used_keys: set[str] = set()
        self.section_titles: set[str] = set()
        self.follow_up_page = False
        self.group_period: facts.PeriodText | None = None
        self.results_mode = False
        self.zone_actors: list[Entry | str] | None = None
        self.zone_examples = False
        self.derived_actors = False  # the commitment's actors are the parties, for want of better

    def guess(self, text: str) -> str:
        self.guesses.append(text)
        return f"import: {text}"

    # -- preparing the blocks ------------------------------------------------------------

    def _own_layout(self, blocks: list[Block]) -> list[Block]:
        """A document medlofte rendered (it ends 'Skapad med medlofte'): its own layout is
        read as such. The counts of the follow-up report are left out, the status beside a
        promise and 'Uppnått: 40' become data, 'Resultat:' before a result is its label."""
        self.own = any(b.text.endswith(GENERATED_BY) for b in blocks[-3:])
        if not self.own:
            return blocks
        self.guesses.append("the document is one medlofte rendered: its own layout (counts, status words) is read as data")
        out: list[Block] = []
        for index, block in enumerate(blocks):
            text = block.text
            if text.endswith(GENERATED_BY):
                text = text[: -len(GENERATED_BY)].rstrip()
                if not text:
                    continue
                block = Block(block.kind, text, block.level, block.marker, block.depth, block.rows)
            if RENDERED_COUNTS.match(text):
                continue
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            if (
                block.kind == HEADING
                and text == "Sammanfattning"
                and following is not None
                and RENDERED_COUNTS.match(following.text)
            ):
                continue
            if block.kind == ITEM:
                for word in sorted(RENDERED_STATUS, key=len, reverse=True):
                    if text.endswith(f" {word}") and len(text) > len(word) + 1:
                        text = text[: -len(word) - 1].rstrip()
                        self.rendered_status[text] = RENDERED_STATUS[word]
                        break
                block = Block(ITEM, text, block.level, block.marker, block.depth)
            found = RENDERED_ACHIEVED.match(text)
            last_item = next((b for b in reversed(out) if b.kind == ITEM and b.depth == 0), None)
            if found and block.kind == PARAGRAPH and last_item is not None:
                self.rendered_achieved[last_item.text] = facts.parse_number(found.group("n"))
                continue
            if block.kind == PARAGRAPH and block.depth > 0 and text.startswith("Resultat: "):
                out.append(Block(PARAGRAPH, "Resultat:", depth=block.depth))
                block = Block(PARAGRAPH, text[len("Resultat: ") :], depth=block.depth)
            out.append(block)
        return out

    def _prepare(self, blocks: list[Block]) -> list[Block]:
        """Tables as lines; a table of contents left out; fact labels ('Resultat:') and
        'Actor – activity' lines that look like headings read as text."""
        self.rendered_status: dict[str, str] = {}
        self.rendered_achieved: dict[str, int | float | None] = {}
        later = {re.sub(r"^\d+[.)]\s*", "", squeeze(b.text)).casefold() for b in blocks if b.kind == HEADING}
        blocks = self._own_layout(blocks)
        out: list[Block] = []
        skipping_contents: set[str] | None = None
        for block in blocks:
            if block.kind == TABLE:
                out += self._table(block)
                continue
            if block.kind == HEADING and CONTENTS.match(block.text.strip()):
                skipping_contents = later
                self.guesses.append(f"the table of contents ('{block.text}') left out: the draft makes its own")
                continue
            if skipping_contents is not None:
                # a table of contents is a list of the headings that follow
                bare = re.sub(r"^\d+[.)]\s*", "", block.text).casefold()
                if block.kind != HEADING and (bare in skipping_contents or block.kind == ITEM or block.depth > 0):
                    continue
                skipping_contents = None
            if block.kind == HEADING and _RESULT_LABEL.match(block.text):
                out.append(Block(PARAGRAPH, block.text, depth=block.depth))
                continue
            out.append(block)
        return out

    def _table(self, block: Block) -> list[Block]:
        """A table's rows as list items, the cells joined by ' – ' ('Trygghetsvandring –
        Polisen – våren 2024'), so every cell's words stay in order."""
        rows = [r for r in block.rows if any(c.strip() for c in r)]
        if not rows:
            return []
        self.guesses.append(f"a table of {len(rows)} rows read as a list, its cells joined by ' – '")
        return [Block(ITEM, " – ".join(c for c in row if c.strip()), marker="•") for row in rows]

    # -- the whole document --------------------------------------------------------------

    def run(self) -> Draft:
        blocks = self.blocks
        for index, block in enumerate(blocks[:5]):
            found = _SOURCE.match(block.text.strip())
            if found and block.kind != ITEM:
                self.promise["source"] = found.group("url")
                note(self.promise, "source", self.guess("the document's address read from its first lines"))
                blocks = blocks[:index] + blocks[index + 1 :]
                break
        first_headings = [(b.level, i) for i, b in enumerate(blocks[:6]) if b.kind == HEADING]
        title_index = min(first_headings)[1] if first_headings else None
        head: list[Block] = []
        if title_index is not None and title_index > 0 and not self.own and len(blocks[0].text) <= 150 and blocks[0].kind != ITEM:
            # text above the first heading: the document's first line is its title
            title, rest = blocks[0].text, blocks[1:]
        elif title_index is not None and (title_index == 0 or (self.own and title_index <= 3)):
            head = blocks[:title_index]
            title = blocks[title_index].text
            rest = blocks[title_index + 1 :]
        elif blocks and len(blocks[0].text) <= 150 and blocks[0].kind != ITEM:
            title, rest = blocks[0].text, blocks[1:]
        else:
            title, rest = "Medborgarlöfte", blocks
            note(self.promise, "title", self.guess("the document has no title: 'Medborgarlöfte' given; write its own"))
        self.promise["title"] = title
        self._head(head, title)
        rest = self._source_and_labels(rest)
        # "Polisen och Fastighetsbolagen – informationsinsats …" and "Två insatser … (Polis)"
        # are short, but not headings
        rest = [
            Block(PARAGRAPH, b.text)
            if b.kind == HEADING
            and (self._actor_line(b.text) or self._tagged(b.text) or (_is_lead(b.text) and _resultish(b.text)))
            else b
            for b in rest
        ]
        self.follow_up_page = bool(re.search(r"uppföljning|redovisning|resultat", title, re.I))
        self.results_mode = self.follow_up_page
        self._period_of_promise(title, rest)
        self.cast.police_area = self.promise.get("police_area")
        self._parties()
        if self.head_text:  # text above the title stays first
            rest = self.head_text + rest
            self.guesses.append("the text above the title is kept as the start of the introduction")
        self._walk(segments(rest))
        if not self.areas:
            area: Map = {"kind": "list"}
            note(area, "#", self.guess("no promises were recognised: this group is empty; move the promises here"))
            area["commitments"] = []
            self.areas.append(area)
            self.pieces.append(("group", area))
        self._subtitle_of_a_follow_up()
        self._parts()
        return Draft(self.promise, self._actors(), self._files(), self.guesses)

    def _subtitle_of_a_follow_up(self) -> None:
        """The follow-up report prints no subtitle: on a page with results the line under
        the title opens the introduction instead."""
        results = any(
            "result" in a or "status" in a for area in self.areas for c in area.get("commitments", []) for a in c["activities"]
        )
        if not results or "subtitle" not in self.promise:
            return
        subtitle = self.promise.pop("subtitle")
        first = self.pieces[0] if self.pieces else None
        if first == ("text", "intro"):
            self.promise["intro"] = f"{subtitle}\n\n{self.promise['intro']}"
        elif "intro" not in self.used_keys:
            self.used_keys.add("intro")
            self.promise["intro"] = subtitle
            self.promise.setdefault("headings", {})["intro"] = False
            self.pieces.insert(0, ("text", "intro"))
        else:  # pragma: no cover - an introduction, when there is one, is the first part
            self.promise["subtitle"] = subtitle

    def _head(self, head: list[Block], title: str) -> None:
        """Municipality, place and police area from the title ("Göteborg, Östra Göteborg –
        medborgarlöften") and the text."""
        text = self.text
        police = POLICE_AREA.search(text)
        if police:
            name = police.group("name").rstrip(".,")
            area = f"Lokalpolisområde {name}"
            self.promise["police_area"] = area
            note(self.promise, "police_area", self.guess(f"police area read as '{area}' from '{police.group(0).strip()}'"))
        municipality, why = self._municipality(title, text)
        self.promise["municipality"] = municipality
        note(self.promise, "municipality", self.guess(f"municipality read as '{municipality}' {why}"))
        place = re.match(r"^(?P<city>[^,–-]+),\s*(?P<place>.+?)\s+[–-]\s+medborgarl\w*$", title, re.I)
        if place:
            self.promise["place"] = place.group("place").strip()
            note(self.promise, "place", self.guess(f"place read as '{self.promise['place']}' from the title"))
        self.cast = Cast(municipality, self.promise.get("police_area"))
        self.head_text: list[Block] = []
        place_name = str(self.promise.get("place", "")).casefold()
        for block in head:  # a running head before the title: "Kungälvs kommun · Lokalpolisområde Kungälv"
            parts = re.split(r"\s*[·|]\s*", block.text)
            if self.own and all(self.cast.known(part) is not None or part.casefold() == place_name for part in parts):
                self.guesses.append(f"'{block.text}' above the title read as the page's running head and left out")
            else:
                self.head_text.append(Block(PARAGRAPH, block.text))

    def _municipality(self, title: str, text: str) -> tuple[str, str]:
        named = re.findall(r"(?<!\w)([A-ZÅÄÖ][\wåäöé-]+)\s+(kommun|[Ss]tad)(?!\w)", text)
        counts: dict[str, int] = {}
        for city, kind in named:
            if city.casefold() in ("region", "varje", "en", "din", "vår", "hela", "denna"):
                continue
            name = f"{city} {kind.lower()}"
            counts[name] = counts.get(name, 0) + 1
        if counts:
            best = max(counts, key=lambda n: counts[n])
            return best, f"from '{best}' in the text"
        if not re.search(r"medborgarl", title, re.I):
            title = ""
        found = re.match(r"^(?:[Uu]ppföljning\s+)?(?:[Mm]edborgarl\w*\s+(?:i|för)\s+)?(?P<city>[A-ZÅÄÖ][\wåäöé-]+)", title)
        city = found.group("city") if found and not re.match(r"medborgar|uppföljning", found.group("city"), re.I) else None
        if city is None:
            inside = re.search(r"medborgarl\w*\s+(?:i\s+|för\s+)?(?P<city>[A-ZÅÄÖ][\wåäöé-]+)", title)
            city = inside.group("city") if inside else None
        if city is None:
            host = re.search(r"https?://(?:www\.)?(?P<host>[a-z0-9-]+)\.se\b", text)
            if host and host.group("host") not in ("polisen", "bra", "skr", "regeringen"):
                for word in re.findall(r"[A-ZÅÄÖ][\wåäöé-]+", text):
                    if ascii_fold(word).rstrip("s") == host.group("host"):
                        city = word.rstrip("s") if ascii_fold(word) != host.group("host") else word
                        break
        if city is None:
            return "Kommunen", "(the text names none: write the municipality's name)"
        genitive = city if city[-1] in "sxzaeiouyåäö" else f"{city}s"
        return f"{genitive} kommun", f"from '{city}'"

    def _source_and_labels(self, blocks: list[Block]) -> list[Block]:
        """The page's address ('SOURCE: https://…'), and the facts a rendered promise prints
        under its title ('Kommun: X', 'Period: …')."""
        out = []
        for index, block in enumerate(blocks):
            found = _SOURCE.match(block.text.strip())
            if found and "source" not in self.promise and block.kind != ITEM:
                self.promise["source"] = found.group("url")
                note(self.promise, "source", self.guess("the document's address read from its first line"))
                continue
            label = re.match(r"^(?P<label>[A-ZÅÄÖ][a-zåäö]+)(?P<colon>:?)\s+(?P<value>.+)$", block.text)
            short = label is not None and (label.group("colon") or (len(block.text.split()) <= 8 and block.text[-1] not in ".!?"))
            key = HEAD_LABELS.get(label.group("label").casefold()) if label else None
            value = label.group("value").strip() if label else ""
            if label and key and short and index < 8 and self._head_value(key, value):
                if key == "municipality":
                    self.promise["municipality"] = value
                    self.cast.municipality = value
                elif key == "police_area":
                    self.promise["police_area"] = value
                elif key == "period":
                    self.head_period = facts.find_period(value, heading=True)
                elif key == "parties":
                    self.head_parties = value
                self.guesses.append(f"'{block.text}' read as the promise's {key.replace('_', ' ')}")
                continue
            out.append(block)
        return out

    def _head_value(self, key: str, value: str) -> bool:
        """Whether the words after a head label are that fact as a whole."""
        if key == "municipality":
            return re.fullmatch(r"[A-ZÅÄÖ][\wåäöé-]+(?: [A-ZÅÄÖ][\wåäöé-]+)?s? (?:kommun|stad)", value, re.I) is not None
        if key == "police_area":
            return re.fullmatch(r"(?:Lokalpolisområde )?[A-ZÅÄÖ][\wåäöé/-]+(?: [a-zåäö]+)?", value) is not None
        if key == "period":
            found = facts.find_period(value, heading=True)
            return found is not None and len(found.words) + 3 >= len(value)
        parsed = self.cast.parse_list(value, strict=False)
        return parsed is not None and all(isinstance(p, Entry) for p in parsed)

    head_period: facts.PeriodText | None = None
    head_parties: str | None = None

    def _period_of_promise(self, title: str, blocks: list[Block]) -> None:
        """The promise's period: in the title, the head, or the text before the first group
        of promises (a period said inside a group is that group's own)."""
        period = self.head_period or facts.find_period(title, heading=True)
        if period is None:
            for segment in segments(blocks):
                heading = segment.heading
                if heading is not None:
                    if re.search(r"uppföljning", heading, re.I):
                        break
                    if (
                        (segment.lead and segment.body)
                        or self._is_group_heading(heading, segment.body)
                        or self._announced(heading)
                    ):
                        break
                    period = facts.find_period(heading, heading=True)
                    if period is not None:
                        break
                for block in segment.body:
                    period = facts.find_period(block.text, heading=block.kind == HEADING)
                    if period is not None:
                        break
                if period is not None:
                    break
        if period is None:
            return
        value: Map = {"start": period.start.yaml()}
        if period.end is not None:
            value["end"] = period.end.yaml()
        if period.until_further_notice:
            value["until_further_notice"] = True
        if period.extended_to is not None:
            value["extended_to"] = period.extended_to.yaml()
        if period.label:
            value["label"] = period.label
        self.promise["period"] = value
        note(self.promise, "period", self.guess(f"period read as {period.english()} from '{period.words}'"))
        self.period = period

    period: facts.PeriodText | None = None

    # -- walking the segments ------------------------------------------------------------

    def _walk(self, parts: list[Segment]) -> None:
        parts = self._join_actor_lines(parts)
        for index, segment in enumerate(parts):
            following = parts[index + 1] if index + 1 < len(parts) else None
            if segment.heading is None:
                self._loose(segment.body, first=not self.pieces)
                continue
            heading = segment.heading
            lines = [b for b in segment.body if b.depth == 0 and b.kind == PARAGRAPH]
            read = [self._actor_line(b.text) for b in lines]
            if lines and all(r is not None and r[0] is not None for r in read):
                # every line names its problem, its actors and what they do: one group each
                if index == 1 and not self.pieces and "subtitle" not in self.promise:
                    self.promise["subtitle"] = heading
                else:
                    self._zone(heading, [])
                for block in segment.body:
                    self._group(Segment(None, [block]), None)
                continue
            first = index == 1 and not segment.body and not self.pieces and "subtitle" not in self.promise
            if (
                first
                and not segment.lead
                and (following is None or following.heading is None or not self._is_text_heading(following.heading))
            ):
                self.promise["subtitle"] = heading
                continue
            if self._commitment_actors(segment):
                continue
            who = self.cast.parse_list(heading, strict=True) if self.own else None
            if who and all(isinstance(a, Entry) for a in who) and segment.body and segment.body[0].kind == ITEM:
                # medlofte prints the actors of a commitment above its list: a further commitment of
                # the group before, or a group without a heading
                previous = self.pieces[-1] if self.pieces else None
                if previous is not None and previous[0] == "group" and parts[index - 1].heading is not None:
                    extra: Map = {}
                    self._fill(extra, segment.body, who, None)
                    previous[1].setdefault("commitments", []).extend(extra.pop("commitments"))
                    self._merge(previous[1], extra)
                    note(previous[1], "commitments", self.guess(f"'{heading}' read as the actors of a further commitment"))
                else:
                    self._group(Segment(None, segment.body, actors=who, actors_line=heading), None, kind="list")
                continue
            if segment.lead and not segment.body:
                if following is not None and self._opens_group(following):
                    self._zone(heading, [])
                else:
                    self._orphan(heading)
                continue
            if segment.lead and self._extends_place(segment):
                continue
            if segment.lead or self._is_group_heading(heading, segment.body):
                self._group(segment, parts[index - 1] if index else None)
                continue
            key = self._part_key(heading)
            if key == "goals" and any(b.kind == ITEM for b in segment.body):
                self._goals(heading, segment.body)
                continue
            if PROMISES_HEADING.match(heading.strip()) or (
                not segment.body and following is not None and self._opens_group(following)
            ):
                self._zone(heading, segment.body)
                continue
            signed = key == "signatures" or (key is None and self._signature_lines(segment.body))
            if signed and self._signatures(heading, segment.body):
                continue
            if key == "follow_up" and following is not None and self._opens_group(following):
                key = None  # last year's follow-up: its promises follow
                self.results_mode = True
            if key == "follow_up" and re.search(r"uppföljning", heading, re.I):
                self.results_mode = self.results_mode or any(b.kind == ITEM for b in segment.body)
            period = facts.find_period(heading, heading=True)
            if period is not None and self.period is not None and period.start != self.period.start:
                self.group_period = period
            if key is None and self._announced(heading) and not re.search(r"uppföljning", heading, re.I):
                self._group(segment, None, kind="place")
                continue
            if not segment.body:
                self._orphan(heading)
                continue
            self._text(key, heading, segment.body)

    def _join_actor_lines(self, parts: list[Segment]) -> list[Segment]:
        """A group's heading, then a line of its actors, then its list (as a rendered promise
        prints them: "Lövgärdet", "Polisen och Socialförvaltningen Nordost", the items): one
        segment, whose commitment has those actors."""
        out: list[Segment] = []
        for segment in parts:
            previous = out[-1] if out else None
            who = self.cast.parse_list(segment.heading, strict=True) if segment.heading else None
            if (
                self.own
                and not segment.label
                and previous is not None
                and previous.heading is not None
                and not previous.body
                and who
                and all(isinstance(a, Entry) for a in who)
                and segment.body
                and segment.body[0].kind == ITEM
                and not PROMISES_HEADING.match(previous.heading)
            ):
                previous.body = segment.body
                previous.actors = who
                previous.actors_line = segment.heading
                continue
            out.append(segment)
        return out

    def _is_text_heading(self, heading: str) -> bool:
        return self._part_key(heading) is not None

    def _opens_group(self, segment: Segment) -> bool:
        return segment.heading is not None and (segment.lead or self._is_group_heading(segment.heading, segment.body))

    def _part_key(self, heading: str) -> str | None:
        for key, pattern in PART_HEADINGS:
            if pattern.search(heading):
                return key
        return None

    def _is_group_heading(self, heading: str, body: list[Block]) -> bool:
        text = heading.strip()
        if PROMISES_HEADING.match(text):
            return False
        if re.match(r"^löfte\s+\d+", text, re.I):
            return True
        if re.search(rf"\b(?:{PROMISE_VERBS})\b", text, re.I) and re.search(r"\blovar\b|\båtar\b|\bförbinder\b", text, re.I):
            return True
        if self._part_key(text) is not None or PROMISES_HEADING.match(text):
            return False
        items = [b for b in body if b.kind == ITEM and b.depth == 0]
        if items and all(b.kind == ITEM or len(b.text) < 400 for b in body):
            return True
        paragraphs = [b for b in body if b.kind == PARAGRAPH and b.depth == 0]
        return bool(paragraphs) and self._actor_line(paragraphs[0].text) is not None

    def _announced(self, heading: str) -> bool:
        """A heading the text named before, as a place: "fokuserade kring Lövgärdet"."""
        wanted = heading.strip().casefold()
        if len(wanted.split()) > 4 or PROBLEM_WORDS.search(wanted):
            return False
        earlier = " ".join(b.text for b in self.blocks[: self._index_of(heading)]).casefold()
        return re.search(r"(?<!\w)" + re.escape(wanted) + r"(?!\w)", earlier) is not None

    def _index_of(self, heading: str) -> int:
        return next((i for i, b in enumerate(self.blocks) if b.kind == HEADING and b.text == heading), 0)

    # -- text parts --------------------------------------------------------------------

    def _loose(self, body: list[Block], first: bool) -> None:
        """Text without a heading: the introduction at the start; else it goes on with the
        part before it. Promise lines ('X – activity') and a decision are read as such."""
        text_blocks: list[Block] = []
        for index, block in enumerate(body):
            if self._actor_line(block.text) is not None or (_TAG.search(block.text) and self._tagged(block.text)):
                if text_blocks:
                    self._text_or_append("intro" if first else None, None, text_blocks)
                # the promises start here: the rest of the text is theirs (results, lines after them)
                self._group(Segment(None, body[index:]), None)
                return
            if self._adoption(block):
                if text_blocks:
                    self._text_or_append("intro" if first else None, None, text_blocks)
                    text_blocks = []
                continue
            text_blocks.append(block)
        if text_blocks:
            if self.pieces and self.pieces[-1][0] == "group" and not first:
                self._append_to_group(self.pieces[-1][1], text_blocks)
            else:
                self._text_or_append("intro" if first else None, None, text_blocks)

    def _text_or_append(self, key: str | None, heading: str | None, body: list[Block]) -> None:
        if heading is None and key is None:
            for kind, what in reversed(self.pieces):
                if kind in ("text", "section") and (kind == "section" or what in TEXT_KEYS):
                    self._append_text(kind, what, body)
                    return
                if kind == "group":
                    self._append_to_group(what, body)
                    return
                if kind == "promises":
                    more = render_blocks(body)
                    intro = self.promise.get("promises_intro")
                    self.promise["promises_intro"] = f"{intro}\n\n{more}" if intro else more
                    return
                break
            if self.pieces:
                # the part before cannot hold text (goals, signatures): a section of its own
                self._text(None, "Text", body) if "text" not in self.section_titles else self._text(
                    None, f"Text {len(self.pieces)}", body
                )
                return
            key = "intro"
        self._text(key, heading, body)

    def _text(self, key: str | None, heading: str | None, body: list[Block]) -> None:
        """A text part under its heading: its own key when free, else a section titled by
        the heading; without a heading it goes on with the part before it."""
        if key == "partners" and self._partners(heading, body):
            return
        if heading is None and key is None and self.pieces:
            self._text_or_append(None, None, body)
            return
        text = render_blocks(body)
        if key is None and heading is None:
            key = "intro"
        if key in TEXT_KEYS and key not in self.used_keys and key != "goals":
            self.used_keys.add(key)
            self.promise[key] = text
            headings = self.promise.setdefault("headings", {})
            if heading is None:
                headings[key] = False
            elif heading != DEFAULT_HEADINGS.get(key):
                headings[key] = heading
            self.pieces.append(("text", key))
            return
        if heading is None or heading.casefold() in self.section_titles or heading.casefold() in (
            k.casefold() for k in ("intro", "purpose", "situation", "dialogue", "sections", "goals", "promises", "overview",
                                   "follow_up", "partners", "signatures")
        ):  # fmt: skip
            body = [Block(PARAGRAPH, heading), *body] if heading else body
            if self.pieces:
                self._text_or_append(None, None, body)
                return
            heading = heading or "Text"
        self.section_titles.add(heading.casefold())
        section = {"title": heading, "text": text}
        self.promise.setdefault("sections", []).append(section)
        self.pieces.append(("section", section))

    def _append_text(self, kind: str, what: Any, body: list[Block]) -> None:
        more = render_blocks(body)
        if kind == "text":
            self.promise[what] = f"{self.promise[what]}\n\n{more}"
        else:
            what["text"] = f"{what['text']}\n\n{more}"

    def _append_to_group(self, area: Map, body: list[Block], last: bool = True) -> None:
        """Text after a group's list: how it is followed up (when no list follows it), or
        what the document says after the list, kept where it stands."""
        rest: list[Block] = []
        for block in body:
            follow_up = block.kind == PARAGRAPH and _FOLLOW_UP_TEXT.search(block.text) is not None
            if last and not rest and follow_up and "follow_up" not in area:
                area["follow_up"] = block.text
                area.setdefault("headings", {})["follow_up"] = False
                note(area, "follow_up", self.guess(f"'{shorten(block.text)}' read as how the group is followed up"))
                continue
            if "follow_up" in area:
                area["follow_up"] = f"{area['follow_up']}\n\n{render_blocks([block])}"
                continue
            rest.append(block)
        if not rest:
            return
        commitments = area.setdefault("commitments", [])
        if not commitments:
            intro = render_blocks(rest)
            area["intro"] = f"{area['intro']}\n\n{intro}" if "intro" in area else intro
            return
        final = commitments[-1]
        more = render_blocks(rest)
        final["text"] = f"{final['text']}\n\n{more}" if "text" in final else more
        note(final, "text", f"import: kept after the list as the document has it; {CHECK}")

    def _orphan(self, heading: str) -> None:
        """A heading with nothing under it ("I samarbete med:" above logos): kept as a line
        of the part before it."""
        block = Block(PARAGRAPH, heading)
        self.guesses.append(f"the heading '{heading}' has no text under it: kept as a line of the part before it")
        if self.pieces:
            self._text_or_append(None, None, [block])
        else:
            self._text("intro", None, [block])

    def _goals(self, heading: str, body: list[Block]) -> None:
        if "goals" in self.used_keys:
            self._text(None, heading, body)
            return
        self.used_keys.add("goals")
        goals = [b.text for b in body if b.kind == ITEM]
        self.promise["goals"] = goals
        if heading != DEFAULT_HEADINGS["goals"]:
            self.promise.setdefault("headings", {})["goals"] = heading
        note(self.promise, "goals", self.guess(f"the list under '{heading}' read as the joint goals"))
        self.pieces.append(("text", "goals"))
        after = body[next(i for i, b in enumerate(body) if b.kind == ITEM) :]
        after = [b for b in after if b.kind != ITEM]
        before = body[: next(i for i, b in enumerate(body) if b.kind == ITEM)]
        if before:
            note(self.promise, "goals", f"import: the text above the goals is kept as a section after them; {CHECK}")
        for block in before + after:
            if _FOLLOW_UP_TEXT.search(block.text) and "follow_up" not in self.used_keys:
                self._text("follow_up", None, [block])
            else:
                self._text_or_append(None, None, [block])

    def _partners(self, heading: str | None, body: list[Block]) -> bool:
        names: list[Entry] = []
        for block in body:
            parsed = self.cast.parse_list(block.text, strict=False)
            if parsed is None or not all(isinstance(p, Entry) for p in parsed):
                return False
            names += [p for p in parsed if isinstance(p, Entry)]
        if not names or "partners" in self.used_keys:
            return False
        self.used_keys.add("partners")
        for entry in names:
            entry.used = True
        self.promise["partners"] = [e.name for e in names]
        if heading and heading.rstrip(":") != DEFAULT_HEADINGS["partners"]:
            self.promise.setdefault("headings", {})["partners"] = heading
        self.pieces.append(("text", "partners"))
        return True

    def _adoption(self, block: Block) -> bool:
        """ "Kommunstyrelsen fastställde löftet den 19 mars 2020."."""
        found = _ADOPTED.match(block.text)
        if not found or "adopted" in self.promise or block.kind == ITEM:
            return False
        adopted: Map = {"by": found.group("by").strip(), "text": block.text}
        day = facts.find_date(block.text)
        if day is not None:
            adopted["date"] = day.yaml()
        self.promise["adopted"] = adopted
        note(self.promise, "adopted", self.guess(f"'{shorten(block.text)}' read as the decision that adopted the promise"))
        self.promise.setdefault("headings", {})["signatures"] = False
        self.used_keys.add("signatures")
        self.pieces.append(("text", "signatures"))
        return True

    def _signature_lines(self, body: list[Block]) -> bool:
        return (
            bool(body)
            and sum(1 for b in body if SIGNATORY.search(b.text) and len(b.text) < 80) >= 1
            and all(len(b.text) < 80 for b in body)
        )

    def _signatures(self, heading: str, body: list[Block]) -> bool:
        """Names above their titles ("Eva Svensson" / "Lokalpolisområdeschef"), with a place
        and date; only when every line is read so, else the part stays text."""
        if "signatures" in self.used_keys or not body:
            return False
        signatures: list[Map] = []
        place_date: tuple[str | None, Any] = (None, None)
        pending: str | None = None
        for block in body:
            text = block.text.strip()
            day = facts.find_date(text)
            if day is not None and len(text.split()) <= 5:
                place = re.sub(r"[\d-]+|den|\b\d+\s+\w+\s+\d{4}", "", text).strip(" ,")
                place_date = (place or None, day.yaml())
                continue
            if SIGNATORY.search(text) and pending is not None:
                signatures.append({"name": pending, "title": text})
                pending = None
                continue
            if re.fullmatch(r"[A-ZÅÄÖ][\wåäöé-]+(?: [A-ZÅÄÖ][\wåäöé-]+){1,3}", text) and pending is None:
                pending = text
                continue
            return False
        if pending is not None or not signatures:
            return False
        for signature in signatures:
            if place_date[1] is not None:
                signature["date"] = place_date[1]
            if place_date[0]:
                signature["place"] = place_date[0]
        self.used_keys.add("signatures")
        self.promise["signatures"] = signatures
        if heading != DEFAULT_HEADINGS["signatures"]:
            self.promise.setdefault("headings", {})["signatures"] = heading
        note(self.promise, "signatures", self.guess(f"{len(signatures)} signatures read under '{heading}'"))
        self.pieces.append(("text", "signatures"))
        return True

    # -- the promises ----------------------------------------------------------------------

    def _zone(self, heading: str, body: list[Block]) -> None:
        """The heading over the promises ("Det här lovar vi", "Medborgarlöftet för 2020"),
        with the text that opens them; items right under it are a list of promises."""
        if "promises" in [k for k, _ in self.pieces]:
            self._text(None, heading, body) if body else self._orphan(heading)
            return
        self.pieces.append(("promises", heading))
        self.promise.setdefault("headings", {})["promises"] = heading
        note(self.promise, "headings", self.guess(f"'{shorten(heading)}' read as the heading of the promises"))
        intro = [b for b in body if b.kind != ITEM or b.depth > 0]
        first_item = next((i for i, b in enumerate(body) if b.kind == ITEM), None)
        if first_item is not None:
            intro = body[:first_item]
        if intro:
            text = render_blocks(intro)
            self.promise["promises_intro"] = text
            doing = _DOING.search(text)
            if doing:
                parsed = self.cast.parse_list(doing.group("who"), strict=False)
                if parsed:
                    self.zone_actors = parsed
            self.zone_examples = bool(_EXAMPLES.search(text))
        if first_item is not None:
            self._group(Segment(None, body[first_item:]), None, kind="list")

    def _tagged(self, text: str) -> bool:
        found = _TAG.search(text)
        return bool(found) and self.cast.parse_list(found.group("who"), strict=True) is not None  # type: ignore[union-attr]

    def _actor_line(self, text: str) -> tuple[str | None, list[Entry | str], str] | None:
        """ "Polisen och Fastighetsbolagen – informationsinsats …" as (None, actors, text);
        "Nedskräpning – Fastighetsbolagen, … – skapa …" as (title, actors, text)."""
        pieces = _DASH.split(text, maxsplit=2)
        if len(pieces) < 2:
            return None
        actors = self.cast.parse_list(pieces[0], strict=True)
        if actors is not None and all(isinstance(a, Entry) for a in actors):
            return None, actors, text
        if len(pieces) == 3:
            actors = self.cast.parse_list(pieces[1], strict=True)
            if actors is not None and all(isinstance(a, Entry) for a in actors) and len(pieces[0].split()) <= 8:
                return pieces[0].strip(), actors, text
        return None

    def _group(self, segment: Segment, before: Segment | None, kind: str | None = None) -> None:
        """One group of promises: its heading says what it is (who promises, a place, a
        problem, 'Löfte 1'); its items and promise sentences are the activities."""
        heading = segment.heading
        area: Map = {}
        actors: list[Entry | str] | None = None
        commitment_title: str | None = None
        number = re.match(r"^(?P<n>\d{1,2}[.)])\s+(?P<rest>\S.*)$", heading or "")
        if number is not None and heading is not None and not segment.label:
            heading = number.group("rest")
        if heading is not None:
            label = re.match(r"^(?P<label>löfte\s+\d+[a-z]?)[.:]?\s*(?P<rest>.*)$", heading, re.I)
            subject = re.match(
                rf"^det här (?:{PROMISE_VERBS})\s+(?P<who>.+?)(?:\s+(?:utifrån|för|i|inom|under|att)\b.*)?:?$", heading, re.I
            ) or re.match(rf"^(?P<who>.+?)\s+(?:{PROMISE_VERBS})\b", heading, re.I)
            if label:
                area["kind"] = "list"
                area["label"] = label.group("label")
                if label.group("rest"):
                    area["title"] = label.group("rest")
                    area["kind"] = "problem"
            elif segment.label:
                area["label"] = segment.label
                area["title"] = heading
            else:
                area["title"] = heading
            if subject:
                who = re.sub(r"^(?:för att .+? )?", "", subject.group("who"), flags=re.I)
                if re.match(r"^vi\b", who, re.I) or re.search(r"\blovar vi\b", heading, re.I):
                    actors = None
                else:
                    actors = self.cast.parse_list(who, strict=False)
            if "kind" not in area:
                if actors is not None and all(isinstance(a, Entry) for a in actors):
                    area["kind"] = "actor"
                elif kind == "place" or (heading and self._announced(heading)):
                    area["kind"] = "place"
                elif segment.lead and not subject and not PROBLEM_WORDS.search(heading):
                    area["kind"] = "actor" if self.cast.parse_list(heading.rstrip(":"), strict=False) else "problem"
            if kind == "place" and "label" not in area:
                area["kind"] = "place"
            if number is not None and not segment.label:
                if area.get("kind") in (None, "problem") and "label" not in area:
                    self.guesses.append(
                        f"'{number.group('n')}' before '{shorten(heading)}' read as the numbering medlofte prints itself"
                    )
                else:
                    area["label"] = number.group("n")
                    area = {"kind": area.pop("kind", "problem"), "label": area.pop("label"), **area}
            note(area, "kind", self.guess(f"'{shorten(heading)}' read as a group of promises ({area.get('kind', 'problem')})"))
            if area.get("kind") == "problem" and "title" in area:
                area.pop("kind")
        else:
            area["kind"] = kind or "list"
        if self.group_period is not None:
            gp = self.group_period
            area["period"] = {"start": gp.start.yaml(), "end": (gp.end or gp.start).yaml()}
            note(area, "period", self.guess(f"the group's own period read as {gp.english()} from '{gp.words}'"))
        elif self.period is None:
            own = next((p for b in segment.body if (p := facts.find_period(b.text)) is not None), None)
            if own is not None:
                area["period"] = {"start": own.start.yaml(), "end": (own.end or own.start).yaml()}
                note(area, "period", self.guess(f"the group's own period read as {own.english()} from '{own.words}'"))
        if self.zone_examples:
            area["examples"] = True
        if segment.actors:
            actors = segment.actors
            note(area, "commitments", self.guess(f"'{segment.actors_line}' read as the actors of '{shorten(heading or '')}'"))
        default = actors if actors else (self.zone_actors or self._parties_list())
        self.derived_actors = not actors and not self.zone_actors
        self._fill(area, segment.body, default, commitment_title)
        self.derived_actors = False
        if heading is not None and not segment.lead and area.get("kind") in ("place", None) and "label" not in area:
            area["#plain"] = True
        self.areas.append(area)
        self.pieces.append(("group", area))

    def _merge(self, area: Map, extra: Map) -> None:
        """The texts a further part of a group brings (its introduction, its follow-up)."""
        for key in ("intro", "follow_up"):
            if key in extra:
                area[key] = f"{area[key]}\n\n{extra[key]}" if key in area else extra[key]
                for comment in extra.get(f"#{key}", []):
                    note(area, key, comment)
        if "follow_up" in extra:
            area.setdefault("headings", {})["follow_up"] = False

    def _commitment_actors(self, segment: Segment) -> bool:
        """A line of actors between a group's heading and its list ("Löfte 1", then
        "Lokalpolisområde Helsingborg", then the promises) names the commitment's actors."""
        heading = segment.heading or ""
        if not self.pieces or self.pieces[-1][0] != "group" or not segment.body or segment.body[0].kind != ITEM:
            return False
        area = self.pieces[-1][1]
        if any(c["activities"] for c in area.get("commitments", [])):
            return False
        who = self.cast.parse_list(heading, strict=True)
        if not who or not all(isinstance(a, Entry) for a in who):
            return False
        extra: Map = {}
        self._fill(extra, segment.body, who, None)
        area["commitments"] = extra.pop("commitments")
        self._merge(area, extra)
        note(area, "commitments", self.guess(f"'{heading}' read as the actors of '{area.get('title') or area.get('label')}'"))
        return True

    def _extends_place(self, segment: Segment) -> bool:
        """A line that opens a list under a place's or a problem's heading ("Resecentrum",
        then "Lokalpolisområde Uppsala/Knivsta åtar sig … att:") titles a commitment of that
        group, not a group of its own."""
        if not self.pieces or self.pieces[-1][0] != "group" or segment.label:
            return False
        area = self.pieces[-1][1]
        if not area.get("#plain") or any(c["activities"] for c in area.get("commitments", [])):
            return False
        heading = segment.heading or ""
        subject = re.match(rf"^(?P<who>.+?)\s+(?:{PROMISE_VERBS})\b", heading, re.I)
        who = self.cast.parse_list(subject.group("who"), strict=False) if subject else None
        actors = who if who and all(isinstance(a, Entry) for a in who) else (self.zone_actors or self._parties_list())
        extra: Map = {}
        self._fill(extra, segment.body, actors, heading)
        area["commitments"] = [c for c in area.get("commitments", []) if c["activities"]] + extra.pop("commitments")
        self._merge(area, extra)
        note(area, "commitments", self.guess(f"'{shorten(heading)}' read as a commitment of '{area.get('title')}'"))
        return True

    parties: list[Entry] | None = None

    def _parties_list(self) -> list[Entry | str]:
        if self.parties:
            return list(self.parties)
        return [self.cast.police("Polisen"), self.cast.kommun(self.cast.municipality)]

    def _fill(self, area: Map, body: list[Block], actors: list[Entry | str], title: str | None) -> None:
        """The group's activities from its items and promise sentences; text before them is
        the group's introduction, results of a follow-up go with their promise."""
        commitments: list[Map] = []
        current: Map | None = None
        last_activity: Map | None = None
        intro: list[Block] = []
        seen_activity = False
        item_depth: int | None = None  # the depth of the items that are the promises
        from_paragraphs = False  # the promises are paragraphs ("… (Polis)"): items under them are results

        def commitment(with_actors: list[Entry | str], commitment_title: str | None = None) -> Map:
            nonlocal current
            entries = [a for a in with_actors if isinstance(a, Entry)]
            others = [a for a in with_actors if isinstance(a, str)]
            for entry in entries:
                entry.used = True
            made: Map = {}
            if commitment_title:
                made["title"] = commitment_title
            made["actors"] = [e.name for e in entries] if len(entries) != 1 else entries[0].name
            if not entries:
                made.pop("actors")
            if others:
                made["others"] = others
            made["activities"] = []
            commitments.append(made)
            current = made
            return made

        index = 0
        while index < len(body):
            block = body[index]
            index += 1
            text = block.text
            line = self._actor_line(text) if block.depth == 0 else None
            if line is not None:
                title_, who, _ = line
                if title_ is not None and "title" not in area and not seen_activity:
                    area["title"] = title_
                    if area.get("kind") == "list":
                        area.pop("kind")
                    note(area, "title", self.guess(f"'{title_}' read as the problem area of '{shorten(text)}'"))
                elif title_ is not None and seen_activity:
                    # a new problem area on the same level: a group of its own
                    self._finish(area, commitments, intro)
                    self.areas.append(area)
                    self.pieces.append(("group", area))
                    area = {"title": title_}
                    note(area, "title", self.guess(f"'{title_}' read as the problem area of '{shorten(text)}'"))
                    commitments, intro, current = [], [], None
                made = commitment(who)
                last_activity = self._activity(text, made, who)
                made["activities"].append(last_activity)
                seen_activity = True
                continue
            if block.kind == ITEM and item_depth is None and not (from_paragraphs and last_activity is not None):
                item_depth = block.depth
            if block.kind == ITEM and block.depth == item_depth:
                if current is None or (title and current.get("title") != title and not current["activities"]):
                    current = commitment(actors, title)
                last_activity = self._activity(text, current, actors)
                current["activities"].append(last_activity)
                seen_activity = True
                continue
            if block.kind == ITEM and last_activity is not None:
                if self.results_mode:
                    self._add_result(last_activity, f"- {text}")
                else:
                    if current is None:
                        current = commitment(actors)
                    sub = self._activity(text, current, actors)
                    note(sub, "text", f"import: a list under the promise before it; {CHECK}")
                    current["activities"].append(sub)
                    last_activity = sub
                continue
            if text.rstrip(": ").casefold() == "resultat" and last_activity is not None and index < len(body):
                # the report prints its own "Resultat:" before the result that follows
                self.guesses.append(f"'{text}' read as the label of the result that follows")
                continue
            if block.depth > 0 and last_activity is not None:
                if self.results_mode:
                    self._add_result(last_activity, text)
                else:
                    last_activity["text"] = f"{last_activity['text']} {text}"
                    note(last_activity, "text", f"import: the text under the item is joined to it; {CHECK}")
                continue
            if self._tagged(text) or (area.get("kind") == "list" and "label" in area and not seen_activity):
                found = _TAG.search(text)
                tagged = self.cast.parse_list(found.group("who"), strict=True) if found else None
                if current is None:
                    current = commitment(actors)
                last_activity = self._activity(text, current, actors, tag=tagged)
                current["activities"].append(last_activity)
                seen_activity = True
                from_paragraphs = True
                continue
            if self.results_mode and last_activity is not None and not _FOLLOW_UP_TEXT.search(text):
                self._add_result(last_activity, text)
                continue
            if area.get("kind") == "list" and "label" in area and seen_activity and current is not None:
                last_activity = self._activity(text, current, actors)
                current["activities"].append(last_activity)
                continue
            promised = self._promise_sentence(text) if seen_activity else None
            if promised is not None:
                made = commitment(promised)
                last_activity = self._activity(text, made, promised)
                made["activities"].append(last_activity)
                continue
            if not seen_activity:
                intro.append(block)
            else:
                self._finish(area, commitments, intro)
                self._append_to_group(area, [block], last=not any(b.kind == ITEM for b in body[index:]))
                commitments = area["commitments"]
                intro = []
                current = None  # a list after this text is a commitment of its own, so the order holds
        self._finish(area, commitments, intro)

    def _finish(self, area: Map, commitments: list[Map], intro: list[Block]) -> None:
        for made in commitments if self.derived_actors else []:
            self._actors_from_leads(made)
        if intro:
            text = render_blocks(intro)
            area["intro"] = f"{area['intro']}\n\n{text}" if "intro" in area else text
        if "commitments" not in area:
            area["commitments"] = commitments
        elif area["commitments"] is not commitments:
            area["commitments"] += commitments
        else:
            return

    def _actors_from_leads(self, made: Map) -> None:
        """When every activity names who leads it ("(Polis)"), those are the commitment's
        actors; a lead that is all of them need not be said again."""
        activities = made.get("activities", [])
        if not activities or not all("lead" in a for a in activities):
            return
        leads: list[str] = []
        for activity in activities:
            for name in activity["lead"] if isinstance(activity["lead"], list) else [activity["lead"]]:
                if name not in leads:
                    leads.append(name)
        before = made.get("actors")
        written = before if isinstance(before, list) else [before] if before else []
        if set(leads) == set(written):
            return
        if set(leads) < set(written) and len(leads) > 1:
            return
        made["actors"] = leads if len(leads) > 1 else leads[0]
        if len(leads) == 1:
            for activity in activities:
                activity.pop("lead")
                activity.pop("#lead", None)

    def _promise_sentence(self, text: str) -> list[Entry | str] | None:
        """A sentence whose subject is actors and whose verb promises: "Uppsala kommun och
        polisen kommer kontinuerligt att kartlägga …"."""
        found = re.match(rf"^(?P<who>.+?)\s+(?:{PROMISE_VERBS})\b", text, re.I)
        if not found or len(found.group("who").split()) > 8:
            return None
        parsed = self.cast.parse_list(found.group("who"), strict=True)
        return parsed if parsed and all(isinstance(p, Entry) for p in parsed) else None

    def _add_result(self, activity: Map, text: str) -> None:
        result = activity.get("result")
        if result is None:
            activity["result"] = text
        else:
            joiner = "\n" if text.startswith("- ") and result.splitlines()[-1].startswith("- ") else "\n\n"
            activity["result"] = f"{result}{joiner}{text}"
        if "status" not in activity:
            said = facts.status(text)
            if said is not None:
                activity["status"] = said[0]
                note(activity, "status", self.guess(f"status read as {said[0]} from '{said[1]}'"))
        if "status" in activity and activity["status"] == "done" and "achieved" not in activity:
            quantity = activity.get("quantity")
            unit = quantity.get("unit") if isinstance(quantity, dict) else None
            got = facts.achieved(text, unit)
            if got is not None:
                activity["achieved"] = got[0]
                note(activity, "achieved", self.guess(f"achieved read as {got[0]} from '{got[1]}'"))

    def _activity(self, text: str, commitment: Map, actors: list[Entry | str], tag: list[Entry | str] | None = None) -> Map:
        """One activity: the sentence whole, and the facts it states."""
        activity: Map = {"text": text}
        if self.rendered_status.get(text):
            activity["status"] = self.rendered_status[text]
            note(activity, "status", self.guess(f"status read as {activity['status']} from the rendered document"))
        if self.rendered_achieved.get(text) is not None:
            activity["achieved"] = self.rendered_achieved[text]
        said = shorten(text)
        found = _TAG.search(text)
        if tag is None and found:
            tag = self.cast.parse_list(found.group("who"), strict=True)
        names = {a.name for a in actors if isinstance(a, Entry)}
        lead: list[Entry] = []
        if tag:
            lead = [a for a in tag if isinstance(a, Entry)]
            why = f"'({found.group('who')})'" if found else "the tag"
        else:
            by = _BY.search(text)
            parsed = self.cast.parse_list(by.group("who"), strict=False) if by else None
            if by and parsed:
                lead = [a for a in parsed if isinstance(a, Entry)]
                why = f"'{by.group(0).strip()}'"
            elif self._actor_line(text) is None:
                subject = self._subject(text)
                if subject:
                    lead = subject
                    why = "the sentence's subject"
        if lead and ({e.name for e in lead} != names or len(names) > 1):
            for entry in lead:
                entry.used = True
            activity["lead"] = [e.name for e in lead] if len(lead) > 1 else lead[0].name
            note(activity, "lead", self.guess(f"{_and([e.name for e in lead])} read as leading '{said}' from {why}"))
            for entry in lead:
                if entry.name not in names and entry.why:
                    entry.why = entry.why or "leads an activity"
        participants, others = self._partners_in(text, lead)
        if participants:
            for entry in participants:
                entry.used = True
            activity["participants"] = [e.name for e in participants] if len(participants) > 1 else participants[0].name
            note(
                activity, "participants", self.guess(f"{', '.join(e.name for e in participants)} read as taking part in '{said}'")
            )
        unnamed = [m.group(0) for m in UNNAMED.finditer(text)]
        others = list(dict.fromkeys(others + unnamed))
        zone_others = list(commitment.get("others", []))
        others = [o for o in others if o not in zone_others]
        if others and not self._said_in_intro(others):
            activity["others"] = others
        quantities = facts.find_quantities(text)
        if quantities:
            values = [self._quantity(q) for q in quantities]
            activity["quantity"] = values[0] if len(values) == 1 else values
            for q in quantities:
                note(
                    activity,
                    "quantity",
                    self.guess(f"quantity read as {q.amount}{' ' + q.unit if q.unit else ''} from '{q.words}'"),
                )
        for key, finder in (("frequency", facts.frequency), ("when", facts.when)):
            value = finder(text)
            if value and not any(value in q.words for q in quantities):
                activity[key] = value
        where = facts.place(text, self._not_places())
        if where and where not in (activity.get("when") or ""):
            activity["place"] = where
        group = facts.target_group(text)
        if group and group not in (activity.get("place") or ""):
            activity["target_group"] = group
        if facts.is_conditional(text):
            activity["kind"] = "conditional"
            note(activity, "kind", self.guess(f"'{said}' read as a conditional promise"))
        elif facts.is_continuing(text):
            activity["kind"] = "continuing"
            note(activity, "kind", self.guess(f"'{said}' read as continuing earlier work"))
        facts_found = [k for k in ("frequency", "when", "place", "target_group") if k in activity]
        if facts_found:
            shown = ", ".join(f"{k.replace('_', ' ')} '{activity[k]}'" for k in facts_found)
            self.guesses.append(f"in '{said}': {shown}")
        return activity

    def _said_in_intro(self, others: list[str]) -> bool:
        intro = str(self.promise.get("promises_intro", "")).casefold()
        return all(o.casefold() in intro for o in others)

    def _not_places(self) -> set[str]:
        city = self.cast.city.casefold()
        names = {city, f"{city}s", self.cast.municipality.casefold()}
        return names | {e.name.casefold() for e in self.cast.entries} | {f.casefold() for e in self.cast.entries for f in e.forms}

    def _quantity(self, q: facts.QuantityText) -> Map:
        value: Map = {"amount": q.amount}
        if q.unit:
            value["unit"] = q.unit
        if q.at_least:
            value["at_least"] = True
        if q.per:
            value["per"] = q.per
        value["text"] = q.words
        return value

    def _subject(self, text: str) -> list[Entry] | None:
        """The actors a sentence starts with, before its verb: "Socialförvaltningen Nordost,
        Victoriahem och Poseidon öppnar …"."""
        body = text.strip()
        found = _VERB.search(body)
        if not found or found.start() == 0:
            return None
        who = body[: found.start()]
        if len(who.split()) > 9:
            return None
        parsed = self.cast.parse_list(who, strict=False)
        if not parsed or not all(isinstance(p, Entry) for p in parsed):
            return None
        return [p for p in parsed if isinstance(p, Entry)]

    def _partners_in(self, text: str, lead: list[Entry]) -> tuple[list[Entry], list[str]]:
        """Who takes part: "i samverkan med Y", "tillsammans med civilsamhället",
        "samverkar med polis och skola"."""
        entries: list[Entry] = []
        others: list[str] = []
        for found in _PARTNER_TRIGGER.finditer(text):
            rest = text[found.end() :]
            words = re.split(
                r"(?=[.,;:()])|\s+(?=kring|för|om|i|på|vid|att|med|som|genom|inom|under|mot|bidra|skapa|arbeta)\b", rest
            )
            candidate = words[0] if words else ""
            parsed = self.cast.parse_list(candidate, strict=False)
            if parsed is None:
                continue
            for part in parsed:
                if isinstance(part, Entry):
                    if part not in lead and part not in entries:
                        entries.append(part)
                else:
                    others.append(part)
        return entries, others

    # -- parties, parts and files ----------------------------------------------------------

    def _parties(self) -> None:
        """Who gives the promise: "ger kommunen och polisen ett gemensamt medborgarlöfte",
        "avger Lokalpolisområde Helsingborg följande löfte"; else the police and the
        municipality when the text names both."""
        text = self.text
        if self.head_parties:
            parsed = self.cast.parse_list(self.head_parties, strict=False)
            if parsed:
                self._set_parties([p for p in parsed if isinstance(p, Entry)], f"'{self.head_parties}'")
                return
        found = re.search(r"avger\s+(?P<who>.+?)\s+(?:följande|detta|ett)\s+(?:medborgar)?löfte", text, re.I)
        if found:
            parsed = self.cast.parse_list(found.group("who"), strict=True)
            if parsed:
                self._set_parties([p for p in parsed if isinstance(p, Entry)], f"'{found.group(0)}'")
                return
        found = re.search(r"åtagande som\s+(?P<who>.+?)\s+gör\b", text, re.I)
        if found:
            parsed = self.cast.parse_list(found.group("who"), strict=True)
            if parsed and all(isinstance(p, Entry) for p in parsed):
                self._set_parties([p for p in parsed if isinstance(p, Entry)], f"'{found.group(0)}'")
                return
        for sentence in (s for b in self.blocks if b.kind != HEADING for s in re.split(r"(?<=[.!?])\s+", b.text)):
            both = re.search(r"\bpolis", sentence, re.I) and re.search(r"\bkommun|\bstad\b|\bstaden\b", sentence, re.I)
            if both and re.search(r"löfte|samverkan|gemensam|överenskommelse|parterna|avtal", sentence, re.I):
                self._set_parties(self._parties_list_entries(), f"'{shorten(sentence)}'")
                return
        used = self.cast.used()
        if used and all(e.type == "police" for e in used):
            self._set_parties(used[:1], "the promises (only the police's)")

    def _parties_list_entries(self) -> list[Entry]:
        return [self.cast.police("Polisen"), self.cast.kommun(self.cast.municipality)]

    def _set_parties(self, entries: list[Entry], why: str) -> None:
        for entry in entries:
            entry.used = True
        self.parties = entries
        self.promise["parties"] = [e.name for e in entries]
        note(self.promise, "parties", self.guess(f"parties read as {_and([e.name for e in entries])} from {why}"))

    def _parts(self) -> None:
        parts: list[str] = []
        promises_seen = False
        for kind, what in self.pieces:
            if kind == "text":
                if what not in parts:
                    parts.append(what)
            elif kind == "section":
                parts.append(what["title"])
            elif kind == "promises":
                parts.append("promises")
                promises_seen = True
            elif kind == "group":
                what["#file"] = True
                parts.append(what)  # resolved to a file name in _files
        if not promises_seen:
            first = next((i for i, p in enumerate(parts) if isinstance(p, dict)), None)
            if first is not None:
                parts.insert(first, "promises")
                self.promise.setdefault("headings", {})["promises"] = False
        self._order = parts

    _order: list[Any]

    def _files(self) -> list[tuple[str, Map]]:
        files: list[tuple[str, Map]] = []
        taken: set[str] = set()
        titles: set[str] = set()
        for number, area in enumerate(self.areas, start=1):
            area.pop("#file", None)
            area.pop("#plain", None)
            title = area.get("title")
            if title is not None:
                if title.casefold() in titles:
                    area["title"] = f"{title} ({number})"
                    note(area, "title", self.guess(f"a second group is also titled '{title}': numbered to keep titles unique"))
                titles.add(str(area["title"]).casefold())
            name = slugify(str(area.get("title") or area.get("label") or "lofte"))[:40].strip("-") or "lofte"
            stem = f"{number:02d}-{name}"
            while stem in taken:
                stem += "-x"
            taken.add(stem)
            files.append((f"areas/{stem}.yaml", area))
        # parts: a run of groups right after 'promises' stands with it; others by their file
        names = {id(area): f"areas/{stem.rsplit('/', 1)[-1]}" for stem, area in files}
        parts: list[str] = []
        in_promises = False
        for entry in self._order:
            if isinstance(entry, dict):
                if in_promises:
                    continue
                parts.append(names[id(entry)])
            else:
                in_promises = entry == "promises"
                parts.append(entry)
        # Groups that stand with 'promises' are all the groups not named; groups named by file
        # must not also stand in 'promises'.
        self.promise["parts"] = parts
        self.promise.setdefault("headings", {})
        if not self.promise["headings"]:
            self.promise.pop("headings")
        return files

    def _references(self) -> set[str]:
        """Every actor name the draft refers to."""
        found: set[str] = set()

        def add(value: Any) -> None:
            for name in value if isinstance(value, list) else [value]:
                if isinstance(name, str):
                    found.add(name.casefold())

        for key in ("parties", "partners"):
            add(self.promise.get(key, []))
        for area in self.areas:
            for made in area.get("commitments", []):
                add(made.get("actors", []))
                for activity in made.get("activities", []):
                    add(activity.get("lead", []))
                    add(activity.get("participants", []))
        return found

    def _actors(self) -> list[Map]:
        references = self._references()
        for entry in self.cast.entries:
            entry.used = entry.name.casefold() in references
        ids = self.cast.ids()
        out: list[Map] = []
        shorts: set[str] = set()
        for entry in self.cast.used():
            actor: Map = {"id": ids[id(entry)], "name": entry.name}
            if entry.short and entry.short.casefold() not in shorts:
                actor["short"] = entry.short
                shorts.add(entry.short.casefold())
            actor["type"] = entry.type
            aliases = sorted(f for f in entry.forms if f.casefold() != entry.name.casefold() and f.casefold() not in shorts)
            aliases = list(dict.fromkeys(aliases))
            if entry.short and "short" not in actor:
                aliases.append(entry.short)
            if aliases:
                actor["aliases"] = aliases
                shorts.update(a.casefold() for a in aliases)
            note(actor, "#", self.guess(f"'{entry.name}' added as an actor ({entry.why or entry.type})"))
            out.append(actor)
        return out


def _and(names: list[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _resultish(text: str) -> bool:
    """A line that reports what was done: "har skett", "har genomförts", "Resultat"."""
    return bool(
        re.search(
            r"\bhar\s+\w+(?:ts|t|ats|it)\b|\bhar\s+(?:skett|gjorts|genomförts)|\bresultat|\bresulter|\bgenomförda\b", text, re.I
        )
    )


def shorten(text: str, width: int = 50) -> str:
    text = squeeze(text)
    return text if len(text) <= width else text[: width - 1].rsplit(" ", 1)[0] + "…"


def render_blocks(blocks: list[Block]) -> str:
    """Blocks as the text of a part: paragraphs parted by blank lines, items as '- ' lines."""
    out: list[str] = []
    previous_item = False
    for block in blocks:
        if block.kind == ITEM:
            line = f"{'  ' * 0}- {block.text}"
            if previous_item:
                out[-1] = f"{out[-1]}\n{line}"
            else:
                out.append(line)
            previous_item = True
        else:
            out.append(block.text)
            previous_item = False
    return "\n\n".join(out)


def recognise(blocks: list[Block], name: str = "") -> Draft:
    """The draft promise a document's blocks hold."""
    return Recogniser(blocks, name).run()
