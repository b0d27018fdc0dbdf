"""The file formats, declared once: this drives validation, the JSON Schemas and the docs.

Each *kind* turns a YAML node into a value or records findings and returns ``INVALID``;
an ``ObjectKind`` walks a mapping, reports unknown, duplicate, missing and empty keys, and
builds the model object from the fields that were valid, so one run reports everything.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any, NamedTuple, TypeGuard

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from medlofte import model
from medlofte.findings import Finding, Loc
from medlofte.yamlload import BOOL, BOOLS, FLOAT, INT, NULL, NULLS, STR, explicit_tag, scalar_kind

INVALID: Any = type("Invalid", (), {"__repr__": lambda self: "INVALID"})()


class Walker:
    """Collects the findings of one file while its nodes are converted."""

    __slots__ = ("findings", "path")

    def __init__(self, path: str) -> None:
        self.path = path
        self.findings: list[Finding] = []

    def loc(self, node: Node) -> Loc:
        mark = node.start_mark
        return Loc(self.path, mark.line + 1, mark.column + 1)

    def add(self, code: str, node: Node, message: str, hint: str = "") -> None:
        self.findings.append(Finding(code, self.loc(node), message, hint))


def describe(node: Node) -> str:
    """What the user wrote, in words, for messages."""
    if isinstance(node, MappingNode):
        return "a mapping (key: value lines)"
    if isinstance(node, SequenceNode):
        return "a list"
    assert isinstance(node, ScalarNode)
    kind, value = scalar_kind(node), node.value
    if kind == NULL:
        return "nothing"
    if kind in (INT, FLOAT):
        return f"the number {value}"
    if kind == BOOL:
        return str(value)
    return f"the text {shorten(value)!r}"


def shorten(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def plain_scalar(node: Node) -> TypeGuard[ScalarNode]:
    """A scalar without an explicit tag (the common case, checked first everywhere)."""
    return node.__class__ is ScalarNode and node.tag.__class__ is not str


def is_null(node: Node) -> bool:
    return plain_scalar(node) and not node.style and node.value in NULLS


class Kind:
    """One kind of value; subclasses convert nodes and describe themselves as JSON Schema."""

    label = "a value"
    hint = ""

    def convert(self, node: Node, w: Walker) -> Any:
        raise NotImplementedError

    def json_schema(self) -> dict[str, Any]:
        raise NotImplementedError

    def wrong(self, node: Node, w: Walker) -> Any:
        tag = explicit_tag(node)
        if tag is not None:
            shown = tag.replace("tag:yaml.org,2002:", "!!")
            w.add("ML109", node, f"Explicit YAML tag {shown!r} is not allowed.", "Remove the tag; write plain values.")
        else:
            w.add("ML203", node, f"Expected {self.label}, found {describe(node)}.", self.hint)
        return INVALID


class Text(Kind):
    label = "text"
    hint = "Write the text after the colon; for several lines write '|' and indent the lines below."

    def convert(self, node: Node, w: Walker) -> Any:
        if plain_scalar(node):
            value = node.value
            if not node.style:
                if value in NULLS:
                    return None
                if value in BOOLS:
                    w.add("ML203", node, f"Expected text, found {value}.", f'Put it in quotes if you mean the text: "{value}".')
                    return INVALID
            return value.strip() or None
        return self.wrong(node, w)

    def json_schema(self) -> dict[str, Any]:
        return {"type": ["string", "number"]}


_LEADING_ZERO = re.compile(r"-?0[0-9]")


class NumberKind(Kind):
    """Whole numbers, or any number with ``floats``; a number in quotes or with a leading
    zero is text and says so."""

    floats = True
    label = "a number"
    hint = "Write a number without quotes, e.g. 20 or 2.5."

    def convert(self, node: Node, w: Walker) -> Any:
        if plain_scalar(node):
            kind = scalar_kind(node)
            if kind == INT:
                return int(node.value)
            if kind == FLOAT and self.floats:
                return float(node.value)
            if kind == NULL:
                return None
        return self.wrong(node, w)

    def wrong(self, node: Node, w: Walker) -> Any:
        if plain_scalar(node) and scalar_kind(node) == STR:
            value = node.value.strip()
            if _LEADING_ZERO.match(value):
                message = f"Expected {self.label}, found the text {shorten(value)!r}."
                w.add("ML203", node, message, "Write the number without leading zeros.")
                return INVALID
        return super().wrong(node, w)

    def json_schema(self) -> dict[str, Any]:
        return {"type": "number" if self.floats else "integer"}


class Integer(NumberKind):
    floats = False
    label = "a whole number"
    hint = "Write a whole number without quotes, e.g. 3."


class Number(NumberKind):
    pass


class NumberOrText(Kind):
    """Goal figures: 71 or "71 procent" or "hälften"."""

    label = "a number or text"

    def convert(self, node: Node, w: Walker) -> Any:
        if plain_scalar(node):
            kind = scalar_kind(node)
            if kind == INT:
                return int(node.value)
            if kind == FLOAT:
                return float(node.value)
            if kind == STR:
                return node.value.strip() or None
            if kind == NULL:
                return None
        return self.wrong(node, w)

    def json_schema(self) -> dict[str, Any]:
        return {"type": ["number", "string"]}


class Boolean(Kind):
    label = "true or false"
    hint = "Write true or false, in lower case and without quotes (yes, no, on and off are text)."

    def convert(self, node: Node, w: Walker) -> Any:
        if plain_scalar(node) and not node.style:
            if node.value in BOOLS:
                return node.value == "true"
            if node.value in NULLS:
                return None
        return self.wrong(node, w)

    def json_schema(self) -> dict[str, Any]:
        return {"type": "boolean"}


_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")


class DateKind(Kind):
    label = "a date (YYYY-MM-DD)"
    hint = "Use YYYY-MM-DD, e.g. 2023-06-30."

    def convert(self, node: Node, w: Walker) -> Any:
        if plain_scalar(node):
            value = node.value.strip()
            if not node.style and node.value in NULLS:
                return None
            if not node.style and node.value in BOOLS:
                return self.wrong(node, w)
            if _DATE.match(value):
                try:
                    return date.fromisoformat(value)
                except ValueError:
                    pass
            w.add("ML205", node, f"{shorten(value)!r} is not a valid date.", self.hint)
            return INVALID
        return self.wrong(node, w)

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "format": "date", "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}


class Choice(Kind):
    """One of a fixed set of words; Swedish words people are likely to write get a hint."""

    def __init__(self, values: list[str], convert_to: Callable[[str], Any], synonyms: dict[str, str] | None = None) -> None:
        self.values = values
        self.convert_to = convert_to
        self.synonyms = synonyms or {}
        self.label = "one of " + ", ".join(values)

    def convert(self, node: Node, w: Walker) -> Any:
        if plain_scalar(node):
            value = node.value.strip()
            if value in self.values:
                return self.convert_to(value)
            if not node.style and node.value in NULLS:
                return None
            if not node.style and node.value in BOOLS:
                return self.wrong(node, w)
            guess = self.synonyms.get(value.casefold()) or _closest(value.casefold(), self.values)
            hint = f"Did you mean {guess!r}? " if guess else ""
            w.add("ML204", node, f"{shorten(value)!r} is not allowed here.", f"{hint}Use one of: {', '.join(self.values)}.")
            return INVALID
        return self.wrong(node, w)

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "enum": list(self.values)}


_ID = re.compile(r"[a-z0-9][a-z0-9-]*\Z")


class IdKind(Kind):
    label = "an id"

    def convert(self, node: Node, w: Walker) -> Any:
        if plain_scalar(node):
            value = node.value.strip()
            if _ID.match(value) and (node.style or value not in BOOLS | NULLS):
                return value
            if not node.style and node.value in NULLS:
                return None
            w.add(
                "ML206",
                node,
                f"{shorten(value)!r} is not a valid id.",
                f"Use lower-case letters a-z, digits and '-', e.g. {slugify(value)!r}.",
            )
            return INVALID
        return self.wrong(node, w)

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$"}


class ActorRefKind(Kind):
    label = "an actor's name"
    hint = "Write the actor's id, name or alias as listed in actors.yaml."

    def convert(self, node: Node, w: Walker) -> Any:
        if plain_scalar(node):
            if not node.style:
                if node.value in NULLS:
                    return None
                if node.value in BOOLS:
                    return self.wrong(node, w)
            text = node.value.strip()
            return model.ActorRef(text, w.loc(node)) if text else None
        return self.wrong(node, w)

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "minLength": 1}


class ListOf(Kind):
    """A list; with ``single`` a lone value counts as a list of one (``lead: Polisen``)."""

    hint = "Write each item on its own line, starting with '- '."

    def __init__(self, item: Kind, single: bool = False) -> None:
        self.item = item
        self.single = single
        self.label = "a list"

    def convert(self, node: Node, w: Walker) -> Any:
        if node.__class__ is SequenceNode and node.tag.__class__ is not str:
            out = []
            item = self.item
            for child in node.value:
                value = item.convert(child, w)
                if value is None:
                    w.add("ML207", child, "This list item is empty.", "Write the item after '- ' or delete the line.")
                elif value is not INVALID:
                    out.append(value)
            return out
        if is_null(node):
            return None
        if self.single and plain_scalar(node):
            value = self.item.convert(node, w)
            return value if value is INVALID or value is None else [value]
        return self.wrong(node, w)

    def json_schema(self) -> dict[str, Any]:
        array = {"type": "array", "items": self.item.json_schema()}
        if self.single:
            return {"anyOf": [self.item.json_schema(), array]}
        return array


class Field(NamedTuple):
    key: str
    kind: Kind
    en: str
    sv: str
    required: bool = False


# Swedish (and common English) key names people write, mapped to ours, for hints.
KEY_SYNONYMS = {
    "titel": "title",
    "rubrik": "title",
    "underrubrik": "subtitle",
    "kommun": "municipality",
    "plats": "place",
    "område": "place",
    "lokalpolisområde": "police_area",
    "lpo": "police_area",
    "parter": "parties",
    "partner": "partners",
    "samarbetspartner": "partners",
    "inledning": "intro",
    "introduction": "intro",
    "syfte": "purpose",
    "lägesbild": "situation",
    "mål": "goals",
    "uppföljning": "follow_up",
    "followup": "follow_up",
    "underskrifter": "signatures",
    "aktörer": "actors",
    "aktör": "actors",
    "namn": "name",
    "förkortning": "short",
    "typ": "type",
    "alias": "aliases",
    "medlemmar": "members",
    "orsaker": "causes",
    "åtaganden": "commitments",
    "löften": "commitments",
    "aktiviteter": "activities",
    "aktivitet": "text",
    "ansvarig": "lead",
    "deltagare": "participants",
    "när": "when",
    "frekvens": "frequency",
    "antal": "quantity",
    "målgrupp": "target_group",
    "resultat": "result",
    "orsak": "reason",
    "anledning": "reason",
    "utfall": "outcome",
    "datum": "date",
    "slut": "end",
    "description": "text",
    "beskrivning": "text",
}


def _closest(word: str, choices: list[str]) -> str | None:
    import difflib

    match = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return match[0] if match else None


class ObjectKind(Kind):
    """A mapping with known keys, built into a model object."""

    hint = "Write it as 'key: value' lines indented under this key."

    label = "a mapping (key: value lines)"

    def __init__(self, name: str, where: str, fields: list[Field], factory: Callable[..., Any], en: str, sv: str) -> None:
        self.name = name
        self.where = where
        self.fields = {f.key: f for f in fields}
        self.required = [f for f in fields if f.required]
        self.factory = factory
        self.en = en
        self.sv = sv

    def convert(self, node: Node, w: Walker) -> Any:
        if node.__class__ is not MappingNode or node.tag.__class__ is str:
            if is_null(node):
                return None
            return self.wrong(node, w)
        values: dict[str, Any] = {}
        locs: dict[str, Any] = {}
        seen: dict[str, Node] = {}
        fields = self.fields
        for key_node, value_node in node.value:
            if not plain_scalar(key_node):
                w.add("ML114", key_node, f"A key must be plain text, found {describe(key_node)}.", "Write keys as 'name: value'.")
                continue
            key = key_node.value
            first = seen.get(key)
            if first is not None:
                w.add(
                    "ML106",
                    key_node,
                    f"Duplicate key {key!r} (first at line {first.start_mark.line + 1}).",
                    "Remove one of them; plain YAML would silently keep only the last.",
                )
                continue
            seen[key] = key_node
            field = fields.get(key)
            if field is None:
                self._unknown_key(key, key_node, w)
                continue
            value = field.kind.convert(value_node, w)
            if value is INVALID:
                continue
            if value is None:
                if field.required:
                    w.add("ML207", key_node, f"{key!r} is empty.", f"Write a value for {key!r}; it is required {self.where}.")
                continue
            values[key] = value
            locs[key] = value_node.start_mark  # a location is made only if a finding needs it
        for field in self.required:
            if field.key not in seen:
                w.add(
                    "ML202",
                    node,
                    f"Missing required key {field.key!r} {self.where}.",
                    f"Add '{field.key}: …' ({field.en.rstrip('.')}).",
                )
        return self.factory(**values, loc=w.loc(node), locs=locs)

    def _unknown_key(self, key: str, key_node: Node, w: Walker) -> None:
        if key == "<<":
            w.add("ML108", key_node, "Merge keys ('<<') are not allowed.", "Write the keys out in full.")
            return
        keys = list(self.fields)
        guess = KEY_SYNONYMS.get(key.casefold())
        if guess not in self.fields:
            guess = _closest(key.casefold(), keys)
        hint = f"Did you mean {guess!r}? " if guess else ""
        w.add("ML201", key_node, f"Unknown key {key!r} {self.where}.", f"{hint}Allowed keys: {', '.join(keys)}.")

    def json_schema(self) -> dict[str, Any]:
        properties = {}
        for f in self.fields.values():
            schema = f.kind.json_schema()
            if f.required and isinstance(f.kind, Text):
                schema = required_text(schema)
            if not f.required:
                schema = nullable(schema)
            properties[f.key] = {**schema, "description": f"{f.en} / {f.sv}"}
        out: dict[str, Any] = {
            "type": "object",
            "description": f"{self.en} / {self.sv}",
            "properties": properties,
            "additionalProperties": False,
        }
        required = [f.key for f in self.required]
        if required:
            out["required"] = required
        return out


class TextOr(Kind):
    """Either a plain text (the common case) or the full mapping."""

    def __init__(self, obj: ObjectKind, text_key: str = "text") -> None:
        self.obj = obj
        self.text_key = text_key
        self.label = f"text or {obj.label}"
        self.hint = obj.hint

    def convert(self, node: Node, w: Walker) -> Any:
        if node.__class__ is ScalarNode:
            text = TEXT.convert(node, w)
            if text is None or text is INVALID:
                return text
            return self.obj.factory(**{self.text_key: text}, loc=w.loc(node), locs={})
        return self.obj.convert(node, w)

    def json_schema(self) -> dict[str, Any]:
        return {"anyOf": [{"type": ["string", "number"], "pattern": r"\S"}, self.obj.json_schema()]}


def nullable(schema: dict[str, Any]) -> dict[str, Any]:
    """An optional key may be left empty ('key:' with nothing after it)."""
    kind = schema.get("type")
    if isinstance(kind, str) and "enum" not in schema:
        return {**schema, "type": [kind, "null"]}
    if isinstance(kind, list):
        return {**schema, "type": [*kind, "null"]}
    if "enum" in schema:
        return {**schema, "type": [schema["type"], "null"], "enum": [*schema["enum"], None]}
    return {"anyOf": [schema, {"type": "null"}]}


def slugify(text: str) -> str:
    """An id from a name: 'Fastighets- och gatukontoret' -> 'fastighets-och-gatukontoret'."""
    folded = text.casefold().translate(_ASCII)
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-") or "id"


_ASCII = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u", "æ": "ae", "ø": "o"})


def required_text(schema: dict[str, Any]) -> dict[str, Any]:
    return {**schema, "pattern": r"\S"}


# ---------------------------------------------------------------------------------------
# The formats.

TEXT = Text()
DATE = DateKind()
ACTORS = ListOf(ActorRefKind(), single=True)
TEXTS = ListOf(TEXT, single=True)

STATUS = Choice(
    [s.value for s in model.Status],
    model.Status,
    {
        "planerad": "planned",
        "planerat": "planned",
        "pågående": "ongoing",
        "pågår": "ongoing",
        "klar": "done",
        "klart": "done",
        "genomförd": "done",
        "genomfört": "done",
        "uppfyllt": "done",
        "delvis": "partly-done",
        "delvis genomförd": "partly-done",
        "delvis genomfört": "partly-done",
        "ej genomförd": "not-done",
        "ej genomfört": "not-done",
        "inte genomförd": "not-done",
        "inte genomfört": "not-done",
        "not done": "not-done",
        "not_done": "not-done",
        "partly done": "partly-done",
        "partly_done": "partly-done",
        "inställd": "cancelled",
        "inställt": "cancelled",
        "canceled": "cancelled",
    },
)

ACTOR_TYPE = Choice(
    [t.value for t in model.ActorType],
    model.ActorType,
    {
        "polis": "police",
        "polisen": "police",
        "kommun": "municipal",
        "kommunen": "municipal",
        "förvaltning": "municipal",
        "municipality": "municipal",
        "bostadsbolag": "housing",
        "fastighetsbolag": "housing",
        "fastighetsägare": "housing",
        "räddningstjänst": "rescue",
        "skola": "school",
        "civilsamhälle": "civil-society",
        "civilsamhället": "civil-society",
        "förening": "civil-society",
        "region": "agency",
        "myndighet": "agency",
        "näringsliv": "business",
        "företag": "business",
        "annan": "other",
        "övrigt": "other",
    },
)

PERIOD = ObjectKind(
    "period",
    "in the period",
    [
        Field("start", DATE, "First day of the period, YYYY-MM-DD.", "Periodens första dag, ÅÅÅÅ-MM-DD.", required=True),
        Field("end", DATE, "Last day of the period, YYYY-MM-DD.", "Periodens sista dag, ÅÅÅÅ-MM-DD.", required=True),
        Field(
            "label",
            TEXT,
            "How the document writes the period, e.g. 'maj 2024 – maj 2025'.",
            "Hur dokumentet skriver perioden, t.ex. 'maj 2024 – maj 2025'.",
        ),
    ],
    model.Period,
    "The period the promise covers.",
    "Perioden som löftet gäller.",
)

SIGNATURE = ObjectKind(
    "signature",
    "in a signature",
    [
        Field("name", TEXT, "Name of the person who signs.", "Namn på den som undertecknar.", required=True),
        Field("title", TEXT, "Their title, e.g. 'Lokalpolisområdeschef'.", "Titel, t.ex. 'Lokalpolisområdeschef'."),
        Field("actor", ActorRefKind(), "The actor they sign for.", "Aktören som personen skriver under för."),
        Field("date", DATE, "Date of signing, YYYY-MM-DD.", "Datum för underskriften, ÅÅÅÅ-MM-DD."),
        Field("place", TEXT, "Place of signing.", "Ort för underskriften."),
    ],
    model.Signature,
    "A person who signs the promise.",
    "En person som undertecknar löftet.",
)

ADOPTION = ObjectKind(
    "adoption",
    "in 'adopted'",
    [
        Field(
            "by",
            TEXT,
            "Who adopted the promise, e.g. 'Kommunstyrelsen'.",
            "Vem som fastställde löftet, t.ex. 'Kommunstyrelsen'.",
            required=True,
        ),
        Field("date", DATE, "Date of the decision, YYYY-MM-DD.", "Datum för beslutet, ÅÅÅÅ-MM-DD.", required=True),
    ],
    model.Adoption,
    "A formal adoption of the promise instead of, or besides, signatures.",
    "Ett formellt beslut om löftet i stället för, eller utöver, underskrifter.",
)

SECTION = ObjectKind(
    "section",
    "in a section",
    [
        Field("title", TEXT, "Heading of the section.", "Avsnittets rubrik.", required=True),
        Field(
            "text",
            TEXT,
            "Text of the section; blank lines separate paragraphs, lines starting with '- ' make a list.",
            "Avsnittets text; tomma rader skiljer stycken, rader som börjar med '- ' blir en punktlista.",
            required=True,
        ),
    ],
    model.Section,
    "An extra section of the document, e.g. resident dialogue or communication.",
    "Ett extra avsnitt i dokumentet, t.ex. medborgardialog eller kommunikation.",
)

GOAL = ObjectKind(
    "goal",
    "in a goal",
    [
        Field("text", TEXT, "The goal as the document states it.", "Målet som dokumentet formulerar det.", required=True),
        Field("indicator", TEXT, "What is measured.", "Vad som mäts."),
        Field("unit", TEXT, "Unit of the figures, e.g. 'procent'.", "Enhet för värdena, t.ex. 'procent'."),
        Field("baseline", NumberOrText(), "Value at the start.", "Utgångsvärde."),
        Field("target", NumberOrText(), "Value to reach.", "Målvärde."),
        Field(
            "source",
            TEXT,
            "Where the figures come from, e.g. 'Polisens trygghetsmätning'.",
            "Källa, t.ex. 'Polisens trygghetsmätning'.",
        ),
        Field("outcome", NumberOrText(), "Follow-up: the value reached.", "Uppföljning: uppnått värde."),
        Field("comment", TEXT, "Follow-up: comment on the outcome.", "Uppföljning: kommentar till utfallet."),
    ],
    model.Goal,
    "A measurable goal.",
    "Ett mätbart mål.",
)

QUANTITY = ObjectKind(
    "quantity",
    "in a quantity",
    [
        Field("amount", Number(), "The promised number, e.g. 20.", "Utlovat antal, t.ex. 20.", required=True),
        Field("unit", TEXT, "What is counted, e.g. 'trafikkontroller'.", "Vad som räknas, t.ex. 'trafikkontroller'."),
        Field("at_least", Boolean(), "true when the promise says 'minst'.", "true när löftet säger 'minst'."),
        Field(
            "text", TEXT, "The wording to print, if not amount and unit.", "Formulering att skriva ut, om inte antal och enhet."
        ),
    ],
    model.Quantity,
    "A promised quantity, e.g. 'minst 20 trafikkontroller'.",
    "Ett utlovat antal, t.ex. 'minst 20 trafikkontroller'.",
)

ACTIVITY = ObjectKind(
    "activity",
    "in an activity",
    [
        Field(
            "text",
            TEXT,
            "What will be done, as the document states it.",
            "Vad som ska göras, som dokumentet formulerar det.",
            required=True,
        ),
        Field(
            "lead",
            ACTORS,
            "Who leads it; by default every actor of the commitment.",
            "Vem som leder; annars alla åtagandets aktörer.",
        ),
        Field("participants", ACTORS, "Who takes part without leading.", "Vilka som deltar utan att leda."),
        Field(
            "when",
            TEXT,
            "When, in words: 'under våren', 'kvällar och helger'.",
            "När, i ord: 'under våren', 'kvällar och helger'.",
        ),
        Field("start", DATE, "First day, YYYY-MM-DD.", "Första dag, ÅÅÅÅ-MM-DD."),
        Field("end", DATE, "Last day or deadline, YYYY-MM-DD.", "Sista dag eller slutdatum, ÅÅÅÅ-MM-DD."),
        Field(
            "frequency", TEXT, "How often: 'varje vecka', 'två gånger per år'.", "Hur ofta: 'varje vecka', 'två gånger per år'."
        ),
        Field(
            "quantity",
            TextOr(QUANTITY),
            "How much: 'minst 20 trafikkontroller' or amount/unit.",
            "Hur mycket: 'minst 20 trafikkontroller' eller antal/enhet.",
        ),
        Field("place", TEXT, "Where: a square, a street, 'utanför skolor'.", "Var: ett torg, en gata, 'utanför skolor'."),
        Field(
            "target_group",
            TEXT,
            "For whom: 'föräldrar', 'elever i årskurs fem'.",
            "För vem: 'föräldrar', 'elever i årskurs fem'.",
        ),
        Field("status", STATUS, "Follow-up: planned, ongoing, done, partly-done, not-done or cancelled.", "Uppföljning: status."),
        Field(
            "result",
            TEXT,
            "Follow-up: what was done; paragraphs and '- ' lists allowed.",
            "Uppföljning: vad som gjordes; stycken och '- '-listor går bra.",
        ),
        Field("achieved", Number(), "Follow-up: the quantity achieved, e.g. 40.", "Uppföljning: uppnått antal, t.ex. 40."),
        Field("reason", TEXT, "Follow-up: why it was not (fully) done.", "Uppföljning: varför det inte (helt) gjordes."),
        Field("followed_up", DATE, "Follow-up: date of the follow-up, YYYY-MM-DD.", "Uppföljning: datum, ÅÅÅÅ-MM-DD."),
    ],
    model.Activity,
    "One activity; a plain text is enough.",
    "En aktivitet; en vanlig text räcker.",
)

COMMITMENT = ObjectKind(
    "commitment",
    "in a commitment",
    [
        Field(
            "actors",
            ACTORS,
            "The actors who take these activities on together.",
            "Aktörerna som tillsammans åtar sig aktiviteterna.",
        ),
        Field("title", TEXT, "Optional heading, e.g. 'Polisen lovar att'.", "Valfri rubrik, t.ex. 'Polisen lovar att'."),
        Field("activities", ListOf(TextOr(ACTIVITY)), "What they will do.", "Vad de ska göra."),
    ],
    model.Commitment,
    "A group of actors and the activities they take on.",
    "En grupp aktörer och aktiviteterna de åtar sig.",
)

AREA = ObjectKind(
    "area",
    "in an area file",
    [
        Field("title", TEXT, "The problem area, e.g. 'Nedskräpning'.", "Problemområdet, t.ex. 'Nedskräpning'.", required=True),
        Field(
            "order",
            Integer(),
            "Position in the document; otherwise file-name order.",
            "Plats i dokumentet; annars filnamnens ordning.",
        ),
        Field("place", TEXT, "The place the area is about, if any.", "Platsen som området gäller, om någon."),
        Field("situation", TEXT, "The lägesbild for this area.", "Lägesbilden för området."),
        Field("causes", TEXTS, "Probable causes.", "Troliga orsaker."),
        Field("goals", ListOf(TextOr(GOAL)), "Measurable goals.", "Mätbara mål."),
        Field("commitments", ListOf(COMMITMENT), "Who does what.", "Vem som gör vad."),
    ],
    model.Area,
    "One problem area of the promise (one file in areas/).",
    "Ett problemområde i löftet (en fil i areas/).",
)

ACTOR = ObjectKind(
    "actor",
    "in an actor",
    [
        Field(
            "id",
            IdKind(),
            "Stable id: lower-case letters, digits and '-'.",
            "Stabilt id: små bokstäver, siffror och '-'.",
            required=True,
        ),
        Field("name", TEXT, "Name as printed, e.g. 'Fastighets- och gatukontoret'.", "Namn som det skrivs ut.", required=True),
        Field("short", TEXT, "Short name or abbreviation, e.g. 'FGK'.", "Kortnamn eller förkortning, t.ex. 'FGK'."),
        Field(
            "type",
            ACTOR_TYPE,
            "police, municipal, housing, rescue, school, civil-society, agency, business or other.",
            "Typ av aktör.",
        ),
        Field("aliases", TEXTS, "Other names the data may use.", "Andra namn som data får använda."),
        Field("members", ACTORS, "For a group: the actors it stands for.", "För en grupp: aktörerna den står för."),
        Field("contact", TEXT, "Contact for the task list, e.g. an e-mail address.", "Kontakt för uppgiftslistan, t.ex. e-post."),
    ],
    model.Actor,
    "An organisation that takes part.",
    "En organisation som deltar.",
)

ACTORS_FILE = ObjectKind(
    "actors",
    "in actors.yaml",
    [Field("actors", ListOf(ACTOR), "Every actor of the promise.", "Alla aktörer i löftet.", required=True)],
    model.ActorRegistry,
    "The actor registry (actors.yaml).",
    "Aktörsregistret (actors.yaml).",
)

PROMISE_FILE = ObjectKind(
    "promise",
    "in promise.yaml",
    [
        Field("title", TEXT, "Title, e.g. 'Medborgarlöfte 2023'.", "Titel, t.ex. 'Medborgarlöfte 2023'.", required=True),
        Field("subtitle", TEXT, "Subtitle.", "Underrubrik."),
        Field(
            "municipality", TEXT, "The municipality, e.g. 'Kungälvs kommun'.", "Kommunen, t.ex. 'Kungälvs kommun'.", required=True
        ),
        Field(
            "place",
            TEXT,
            "District or place, if the promise covers only part of the municipality.",
            "Stadsdel eller plats, om löftet gäller en del av kommunen.",
        ),
        Field("police_area", TEXT, "The local police area, e.g. 'Lokalpolisområde Kungälv'.", "Lokalpolisområdet."),
        Field("period", PERIOD, "The period the promise covers.", "Perioden som löftet gäller.", required=True),
        Field("parties", ACTORS, "The parties to the agreement (actor names).", "Parterna i överenskommelsen (aktörsnamn)."),
        Field("partners", ACTORS, "Partners, 'I samarbete med' (actor names).", "Samarbetspartner, 'I samarbete med'."),
        Field("intro", TEXT, "Introduction and background.", "Inledning och bakgrund."),
        Field("purpose", TEXT, "Purpose of the promise.", "Löftets syfte."),
        Field("situation", TEXT, "The overall lägesbild.", "Den samlade lägesbilden."),
        Field(
            "sections",
            ListOf(SECTION),
            "Further sections, each with title and text.",
            "Fler avsnitt, vart och ett med rubrik och text.",
        ),
        Field("goals", ListOf(TextOr(GOAL)), "What we will achieve together.", "Det här ska vi åstadkomma tillsammans."),
        Field("follow_up", TEXT, "How the promise will be followed up.", "Hur löftet följs upp."),
        Field("signatures", ListOf(SIGNATURE), "Who signs.", "Vilka som undertecknar."),
        Field("adopted", ADOPTION, "Formal adoption, e.g. by kommunstyrelsen.", "Formellt beslut, t.ex. av kommunstyrelsen."),
    ],
    model.Promise,
    "The promise as a whole (promise.yaml).",
    "Löftet som helhet (promise.yaml).",
)
