"""The machinery of the declared formats: each *kind* turns a YAML node into a value.

A kind either returns the value (``None`` for an empty one) or records findings on the
:class:`Walker` and returns :data:`INVALID`. An :class:`ObjectKind` walks a mapping, reports
unknown, duplicate, missing and empty keys, and builds the model object from the fields that
were valid, so one run reports everything. The same declarations describe themselves as JSON
Schema (``json_schema``), so editors and ``medlofte validate`` agree.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any, Final, Generic, NamedTuple, TypeGuard, TypeVar

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from medlofte.data import model, textcheck
from medlofte.data.findings import Finding, Loc
from medlofte.data.strictyaml import BOOL, BOOLS, FLOAT, INT, NULL, NULLS, STR, explicit_tag, scalar_kind
from medlofte.data.textfold import Suggester, slugify
from medlofte.messages import both, t

T = TypeVar("T")
E = TypeVar("E", bound=Enum)
R = TypeVar("R")

JsonSchema = dict[str, Any]  # a JSON Schema document: JSON values of any shape


class Invalid:
    """The value of a node that had findings: the field is left out of the object built."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "INVALID"


INVALID: Final = Invalid()


class Walker:
    """Collects the findings of one file while its nodes are converted; ``data`` is the
    file's bytes, for the checks that look at how a text was written in it."""

    __slots__ = ("_data", "_source", "cuts", "findings", "path")

    def __init__(self, path: str, data: bytes = b"") -> None:
        self.path = path
        self._data = data
        self._source: str | None = None
        self.cuts = textcheck.may_cut(data)  # a '#' that may have cut a text: look at each one
        self.findings: list[Finding] = []

    def source(self) -> str:
        """The file's text, decoded when a check needs it (the parser's marks count its characters)."""
        if self._source is None:
            self._source = self._data.decode("utf-8-sig", "replace")
        return self._source

    def text(self, node: ScalarNode, value: str) -> str | Invalid | None:
        """A text as written, or INVALID when it would come out otherwise (see textcheck)."""
        if (
            not node.style
            and node.start_mark.line == node.end_mark.line
            and not (self.cuts and textcheck.COMMENT.match(self.source(), node.end_mark.index))
        ):
            return value.strip() or None  # one plain line: nothing joined, no separator, no comment
        found = textcheck.check(node, value, self.source if self._data else str, self.path)
        if found:
            self.findings.extend(found)
            return INVALID
        return textcheck.clean(value).strip() or None

    def loc(self, node: Node) -> Loc:
        mark = node.start_mark
        return Loc(self.path, mark.line + 1, mark.column + 1)

    def add(self, code: str, node: Node, message: str, hint: str = "") -> None:
        self.findings.append(Finding(code, self.loc(node), message, hint))


def describe(node: Node) -> str:
    """What the user wrote, in words, for messages."""
    if isinstance(node, MappingNode):
        return t("a mapping (key: value lines)")
    if isinstance(node, SequenceNode):
        return t("a list")
    assert isinstance(node, ScalarNode)
    kind, value = scalar_kind(node), node.value
    if kind == NULL:
        return t("nothing")
    if kind in (INT, FLOAT):
        return t("the number {value}", value=value)
    if kind == BOOL:
        return str(value)
    return t("the text {value!r}", value=shorten(value))


def shorten(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def plain_scalar(node: Node) -> TypeGuard[ScalarNode]:
    """A scalar without an explicit tag (the common case, checked first everywhere)."""
    return node.__class__ is ScalarNode and node.tag.__class__ is not str


def is_null(node: Node) -> bool:
    return plain_scalar(node) and not node.style and node.value in NULLS


class Kind(Generic[T]):
    """One kind of value; subclasses convert nodes and describe themselves as JSON Schema."""

    label: str = t("a value")
    hint: str = ""

    def convert(self, node: Node, w: Walker) -> T | Invalid | None:
        raise NotImplementedError

    def json_schema(self) -> JsonSchema:
        raise NotImplementedError

    def wrong(self, node: Node, w: Walker) -> Invalid:
        tag = explicit_tag(node)
        if tag is not None:
            shown = tag.replace("tag:yaml.org,2002:", "!!")
            w.add(
                "ML109", node, t("Explicit YAML tag {tag!r} is not allowed.", tag=shown), t("Remove the tag; write plain values.")
            )
        else:
            w.add("ML203", node, t("Expected {label}, found {found}.", label=self.label, found=describe(node)), self.hint)
        return INVALID


class Text(Kind[str]):
    label = t("text")
    hint = t("Write the text after the colon; for several lines write '|' and indent the lines below.")

    def convert(self, node: Node, w: Walker) -> str | Invalid | None:
        if plain_scalar(node):
            value = node.value
            if not node.style:
                if value in NULLS:
                    return None
                if value in BOOLS:
                    w.add(
                        "ML203",
                        node,
                        t("Expected text, found {value}.", value=value),
                        t('Put it in quotes if you mean the text: "{value}".', value=value),
                    )
                    return INVALID
            return w.text(node, value)
        return self.wrong(node, w)

    def json_schema(self) -> JsonSchema:
        return {"type": ["string", "number"]}


_LEADING_ZERO = re.compile(r"-?0[0-9]")
MAX_DIGITS = 15  # a float holds 15 significant digits exactly; no count in a promise needs more


def number(node: ScalarNode, w: Walker) -> float | Invalid:
    """A plain decimal (INT or FLOAT) as a number, or a finding when it has more digits
    than a count or a share can need (4,300 digits would even stop Python's int())."""
    value = node.value
    whole, _, fraction = value.lstrip("-").partition(".")
    if len(whole) > MAX_DIGITS or len(fraction) > MAX_DIGITS:
        w.add(
            "ML210",
            node,
            t(
                "The number {value!r} has {digits:,} digits; at most {most} before and {most} after the decimal point "
                "are allowed.",
                value=shorten(value, 24),
                digits=len(whole) + len(fraction),
                most=MAX_DIGITS,
            ),
            t("Check it for a typing mistake: no count, amount or share in a promise has this many digits."),
        )
        return INVALID
    return float(value) if fraction else int(value)


class NumberKind(Kind[float]):
    """Whole numbers, or any number with ``floats``; a number in quotes or with a leading
    zero is text and says so. (``float`` admits ``int`` values in type checking.)"""

    floats = True
    label = t("a number")
    hint = t("Write a number without quotes, e.g. 20 or 2.5.")

    def convert(self, node: Node, w: Walker) -> float | Invalid | None:
        if plain_scalar(node):
            kind = scalar_kind(node)
            if kind == INT or (kind == FLOAT and self.floats):
                return number(node, w)
            if kind == NULL:
                return None
        return self.wrong(node, w)

    def wrong(self, node: Node, w: Walker) -> Invalid:
        if plain_scalar(node) and scalar_kind(node) == STR:
            value = node.value.strip()
            if _LEADING_ZERO.match(value):
                message = t("Expected {label}, found the text {value!r}.", label=self.label, value=shorten(value))
                w.add("ML203", node, message, t("Write the number without leading zeros."))
                return INVALID
        return super().wrong(node, w)

    def json_schema(self) -> JsonSchema:
        return {"type": "number" if self.floats else "integer"}


class Integer(NumberKind):
    floats = False
    label = t("a whole number")
    hint = t("Write a whole number without quotes, e.g. 3.")


class Number(NumberKind):
    pass


class NumberOrText(Kind["float | str"]):
    """Goal figures: 71 or "71 procent" or "hälften"."""

    label = t("a number or text")

    def convert(self, node: Node, w: Walker) -> float | str | Invalid | None:
        if plain_scalar(node):
            kind = scalar_kind(node)
            if kind in (INT, FLOAT):
                return number(node, w)
            if kind == STR:
                return w.text(node, node.value)
            if kind == NULL:
                return None
        return self.wrong(node, w)

    def json_schema(self) -> JsonSchema:
        return {"type": ["number", "string"]}


class Boolean(Kind[bool]):
    label = t("true or false")
    hint = t("Write true or false, in lower case and without quotes (yes, no, on and off are text).")

    def convert(self, node: Node, w: Walker) -> bool | Invalid | None:
        if plain_scalar(node) and not node.style:
            if node.value in BOOLS:
                return bool(node.value == "true")
            if node.value in NULLS:
                return None
        return self.wrong(node, w)

    def json_schema(self) -> JsonSchema:
        return {"type": "boolean"}


_PARTIAL_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?\Z")
_MONTHS_EN = (
    t("January"), t("February"), t("March"), t("April"), t("May"), t("June"), t("July"), t("August"), t("September"),
    t("October"), t("November"), t("December"),
)  # fmt: skip
_MONTHS_SV = {
    "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7, "augusti": 8,
    "september": 9, "oktober": 10, "november": 11, "december": 12,
}  # fmt: skip
_WORDS_DATE = re.compile(r"(?:([0-9]{1,2})\s+)?([a-zåäö]+)\s+([0-9]{4})\Z")


class PartialDateKind(Kind[model.PartialDate]):
    """A date at the precision the document gives: 2024, 2024-05 or 2024-05-31."""

    label = t("a date (YYYY-MM-DD, YYYY-MM or YYYY)")
    hint = t("Write the date as YYYY-MM-DD (2023-06-30), a month as YYYY-MM (2023-06) or a year as YYYY (2023).")

    def convert(self, node: Node, w: Walker) -> model.PartialDate | Invalid | None:
        if not plain_scalar(node):
            return self.wrong(node, w)
        value: str = node.value.strip()
        if not node.style and node.value in NULLS:
            return None
        if not node.style and node.value in BOOLS:
            return self.wrong(node, w)
        parsed = parse_date(value)
        if isinstance(parsed, DateProblem):
            w.add("ML205", node, parsed.message, parsed.hint or self.hint)
            return INVALID
        return parsed

    def json_schema(self) -> JsonSchema:
        pattern = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
        return {"anyOf": [{"type": "string", "pattern": pattern}, {"type": "integer", "minimum": 1900, "maximum": 2199}]}


class DateProblem(NamedTuple):
    message: str
    hint: str


def parse_date(value: str) -> model.PartialDate | DateProblem:
    """A date written as YYYY-MM-DD, YYYY-MM or YYYY, or what is wrong with it, in words."""
    match = _PARTIAL_DATE.match(value)
    if match is None:
        return DateProblem(t("{value!r} is not a valid date.", value=shorten(value)), _date_hint(value))
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    problem = _date_problem(year, month, day)
    if problem:
        return DateProblem(t("{value!r} is not a valid date: {problem}", value=value, problem=problem), _range_hint(year))
    return model.PartialDate(year, month, day)


def _date_problem(year: int, month: int | None, day: int | None) -> str:
    """What is wrong with a date written in the right shape, in words; '' when nothing."""
    import calendar

    if not model.FIRST_YEAR <= year <= model.LAST_YEAR:
        return t("the year {year} is outside {first}–{last}.", year=year, first=model.FIRST_YEAR, last=model.LAST_YEAR)
    if month is None:
        return ""
    if not 1 <= month <= 12:
        return t("there is no month {month:02d} (months are 01–12).", month=month)
    if day is None:
        return ""
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        return t("{month} {year} has {days} days.", month=_MONTHS_EN[month - 1], year=year, days=days)
    return ""


def _range_hint(year: int) -> str:
    if not model.FIRST_YEAR <= year <= model.LAST_YEAR:
        return t("Check the year; for a promise that runs until further notice write 'until_further_notice: true' in the period.")
    return t("Correct the day or the month.")


def _date_hint(value: str) -> str:
    """A hint for a date written in words ('maj 2024', '1 maj 2024') or without dashes."""
    words = _WORDS_DATE.match(value.casefold())
    if words and words.group(2) in _MONTHS_SV:
        month = _MONTHS_SV[words.group(2)]
        day = f"-{int(words.group(1)):02d}" if words.group(1) else ""
        return t("Write it as {date}; the document's own wording can go in 'label'.", date=f"{words.group(3)}-{month:02d}{day}")
    if re.fullmatch(r"[0-9]{8}", value):
        return t("Write it with dashes: {date}.", date=f"{value[:4]}-{value[4:6]}-{value[6:]}")
    return ""


class HeadingKind(Kind["str | bool"]):
    """A part's heading as the document writes it, or ``false`` for none of its own."""

    label = t("a heading, or false")
    hint = t("Write the heading as the document has it, or false when the part has no heading.")

    def convert(self, node: Node, w: Walker) -> str | bool | Invalid | None:
        if plain_scalar(node) and not node.style and node.value in BOOLS:
            if node.value == "false":
                return False
            w.add("ML203", node, t("Expected a heading or false, found true."), self.hint)
            return INVALID
        return TEXT.convert(node, w)

    def json_schema(self) -> JsonSchema:
        return {"anyOf": [{"type": ["string", "number"]}, {"const": False}]}


_LINK = re.compile(r"(?:https?://|mailto:)\S+\Z", re.IGNORECASE)


class UrlKind(Kind[str]):
    """An address that is a link in every output: http, https or mailto, nothing else."""

    label = t("an address (https://…)")
    hint = t("Write the whole address, starting with https://, http:// or mailto:.")

    def convert(self, node: Node, w: Walker) -> str | Invalid | None:
        text = TEXT.convert(node, w)
        if text is None or isinstance(text, Invalid):
            return text
        if not _LINK.match(text):
            w.add("ML208", node, t("{text!r} is not a web address medlofte links to.", text=shorten(text)), self.hint)
            return INVALID
        return text

    def json_schema(self) -> JsonSchema:
        return {"type": "string", "pattern": "^(https?://|mailto:)\\S+$"}


_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


class ColourKind(Kind[str]):
    """A colour as web pages write it, #rrggbb; kept in lower case."""

    label = t("a colour (#rrggbb)")
    hint = t(
        'Write the colour as # and six hexadecimal digits, in quotes, e.g. "#00558c" '
        "(the municipality's graphic profile gives it)."
    )

    def convert(self, node: Node, w: Walker) -> str | Invalid | None:
        text = TEXT.convert(node, w)
        if text is None or isinstance(text, Invalid):
            return text
        if not _COLOUR.fullmatch(text.strip()):
            w.add("ML211", node, t("{text!r} is not a colour written as #rrggbb.", text=shorten(text)), self.hint)
            return INVALID
        return text.strip().lower()

    def json_schema(self) -> JsonSchema:
        return {"type": "string", "pattern": "^#[0-9a-fA-F]{6}$"}


class PartRefKind(Kind[model.PartRef]):
    """An entry of ``parts``: checked against the parts, sections and files once all are read."""

    label = t("a part's name")
    hint = t("Write the name of a part (intro, promises …), a section's title, or areas/<file name>.")

    def convert(self, node: Node, w: Walker) -> model.PartRef | Invalid | None:
        text = TEXT.convert(node, w)
        if text is None or isinstance(text, Invalid):
            return text
        return model.PartRef(text, w.loc(node))

    def json_schema(self) -> JsonSchema:
        return {"type": ["string", "number"], "minLength": 1}


class Choice(Kind[E]):
    """One of a fixed set of words (an enum's values); Swedish words people are likely to
    write get a hint."""

    # Runs only while the module is imported, before mutmut activates a mutant (docs/testing.md).
    def __init__(self, enum: type[E], synonyms: Mapping[str, str] | None = None) -> None:  # pragma: no mutate block
        self.enum = enum
        self.values = [str(member.value) for member in enum]
        self.suggester = Suggester(self.values)  # built once: a file may hold many bad values
        self.synonyms = synonyms or {}
        self.label = t("one of {values}", values=", ".join(self.values))

    def convert(self, node: Node, w: Walker) -> E | Invalid | None:
        if plain_scalar(node):
            value = node.value.strip()
            if value in self.values:
                return self.enum(value)
            if not node.style and node.value in NULLS:
                return None
            if not node.style and node.value in BOOLS:
                return self.wrong(node, w)
            guess = self.synonyms.get(value.casefold()) or next(iter(self.suggester.closest(value.casefold())), None)
            hint = t("Did you mean {guess!r}? ", guess=guess) if guess else ""
            w.add(
                "ML204",
                node,
                t("{value!r} is not allowed here.", value=shorten(value)),
                t("{guess}Use one of: {values}.", guess=hint, values=", ".join(self.values)),
            )
            return INVALID
        return self.wrong(node, w)

    def json_schema(self) -> JsonSchema:
        return {"type": "string", "enum": list(self.values)}


_ID = re.compile(r"[a-z0-9][a-z0-9-]*\Z")


class IdKind(Kind[str]):
    label = t("an id")

    def convert(self, node: Node, w: Walker) -> str | Invalid | None:
        if plain_scalar(node):
            value: str = node.value.strip()
            if _ID.match(value) and (node.style or value not in BOOLS | NULLS):
                return value
            if not node.style and node.value in NULLS:
                return None
            w.add(
                "ML206",
                node,
                t("{value!r} is not a valid id.", value=shorten(value)),
                t("Use lower-case letters a-z, digits and '-', e.g. {id!r}.", id=slugify(value)),
            )
            return INVALID
        return self.wrong(node, w)

    def json_schema(self) -> JsonSchema:
        return {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$"}


class ActorRefKind(Kind[model.ActorRef]):
    label = t("an actor's name")
    hint = t("Write the actor's id, name or alias as listed in actors.yaml.")

    def convert(self, node: Node, w: Walker) -> model.ActorRef | Invalid | None:
        if plain_scalar(node):
            if not node.style:
                if node.value in NULLS:
                    return None
                if node.value in BOOLS:
                    return self.wrong(node, w)
            text = w.text(node, node.value)
            return model.ActorRef(text, w.loc(node)) if isinstance(text, str) else text
        return self.wrong(node, w)

    def json_schema(self) -> JsonSchema:
        return {"type": "string", "minLength": 1}


class ListOf(Kind[list[T]]):
    """A list; with ``single`` a lone value counts as a list of one (``lead: Polisen``)."""

    hint = t("Write each item on its own line, starting with '- '.")

    # Runs only while the module is imported, before mutmut activates a mutant (docs/testing.md).
    def __init__(self, item: Kind[T], single: bool = False, any_single: bool = False) -> None:  # pragma: no mutate block
        self.item = item
        self.single = single or any_single
        self.any_single = any_single  # a lone mapping counts too (``quantity: {amount: 20}``)
        self.label = t("a list")

    def convert(self, node: Node, w: Walker) -> list[T] | Invalid | None:
        if node.__class__ is SequenceNode and node.tag.__class__ is not str:
            out: list[T] = []
            item = self.item
            for child in node.value:
                value = item.convert(child, w)
                if value is None:
                    w.add("ML207", child, t("This list item is empty."), t("Write the item after '- ' or delete the line."))
                elif not isinstance(value, Invalid):
                    out.append(value)
            return out
        if is_null(node):
            return None
        if self.single and (plain_scalar(node) or (self.any_single and node.__class__ is MappingNode)):
            single = self.item.convert(node, w)
            return single if single is None or isinstance(single, Invalid) else [single]
        return self.wrong(node, w)

    def json_schema(self) -> JsonSchema:
        array = {"type": "array", "items": self.item.json_schema()}
        if self.single:
            return {"anyOf": [self.item.json_schema(), array]}
        return array


class Field(NamedTuple):
    key: str
    kind: Kind[Any]  # each field has its own value type; the object's factory takes them all
    en: str
    sv: str
    required: bool = False
    # Required, except when another key holds this value (as written): ("kind", "list").
    unless: tuple[str, str] | None = None


class ObjectKind(Kind[R]):
    """A mapping with known keys, built into a model object by ``factory``."""

    hint = t("Write it as 'key: value' lines indented under this key.")

    label = t("a mapping (key: value lines)")

    # Runs only while the module is imported, before mutmut activates a mutant (docs/testing.md).
    def __init__(
        self,
        name: str,
        where: str,
        fields: list[Field],
        factory: Callable[..., R],
        en: str,
        sv: str,
        synonyms: Mapping[str, str] | None = None,
    ) -> None:  # pragma: no mutate block
        self.name = name
        self.where = where
        self.fields = {f.key: f for f in fields}
        self.suggester = Suggester(self.fields)  # built once: a file may hold many unknown keys
        self.required = [f for f in fields if f.required]
        self.factory = factory
        self.en = en
        self.sv = sv
        self.synonyms = synonyms or {}

    def convert(self, node: Node, w: Walker) -> R | Invalid | None:
        if node.__class__ is not MappingNode or node.tag.__class__ is str:
            if is_null(node):
                return None
            return self.wrong(node, w)
        values: dict[str, object] = {}
        locs: dict[str, model.Mark] = {}
        seen: dict[str, Node] = {}
        missing_dash = 0  # the line where a '- ' seems to be missing, once found
        fields = self.fields
        for key_node, value_node in node.value:
            if not plain_scalar(key_node):
                w.add(
                    "ML114",
                    key_node,
                    t("A key must be plain text, found {found}.", found=describe(key_node)),
                    t("Write keys as 'name: value'."),
                )
                continue
            key = key_node.value
            first = seen.get(key)
            if first is not None:
                hint = t("Remove one of them; plain YAML would silently keep only the last.")
                if missing_dash:
                    hint = t("A '- ' is probably missing at the start of line {line} (see there).", line=missing_dash)
                elif first is node.value[0][0] and textcheck.list_item_starts_here(w.source(), first):
                    missing_dash = key_node.start_mark.line + 1
                    hint = t(
                        "A '- ' is probably missing at the start of this line: each item of a list starts with '- ', "
                        "so without it these lines continue the item above."
                    )
                message = t("Duplicate key {key!r} (first at line {line}).", key=key, line=first.start_mark.line + 1)
                w.add("ML106", key_node, message, hint)
                continue
            seen[key] = key_node
            field = fields.get(key)
            if field is None:
                self._unknown_key(key, key_node, w)
                continue
            value = field.kind.convert(value_node, w)
            if isinstance(value, Invalid):
                continue
            if value is None:
                if field.required and not _exempt(field, node):
                    w.add(
                        "ML207",
                        key_node,
                        t("{key!r} is empty.", key=key),
                        t("Write a value for {key!r}; it is required {where}.", key=key, where=self.where),
                    )
                continue
            values[key] = value
            locs[key] = value_node.start_mark  # a location is made only if a finding needs it
        for required in self.required:
            if required.key not in seen and not _exempt(required, node):
                w.add(
                    "ML202",
                    node,
                    t("Missing required key {key!r} {where}.", key=required.key, where=self.where),
                    t(
                        "Add '{key}: …' ({what}).",
                        key=required.key,
                        what=both(required.en.rstrip("."), required.sv.rstrip(".")),
                    ),
                )
        return self.factory(**values, loc=w.loc(node), locs=locs)

    def _unknown_key(self, key: str, key_node: Node, w: Walker) -> None:
        if key == "<<":
            w.add("ML108", key_node, t("Merge keys ('<<') are not allowed."), t("Write the keys out in full."))
            return
        pasted = textcheck.key_mistake(key)
        if pasted is not None:
            w.add(
                "ML201", key_node, t("Unknown key {key!r} {where}. {more}", key=key, where=self.where, more=pasted[0]), pasted[1]
            )
            return
        keys = list(self.fields)
        guess = self.synonyms.get(key.casefold())
        if guess not in self.fields:
            guess = next(iter(self.suggester.closest(key.casefold())), None)
        hint = t("Did you mean {guess!r}? ", guess=guess) if guess else ""
        w.add(
            "ML201",
            key_node,
            t("Unknown key {key!r} {where}.", key=key, where=self.where),
            t("{guess}Allowed keys: {keys}.", guess=hint, keys=", ".join(keys)),
        )

    def json_schema(self) -> JsonSchema:
        properties = {}
        for f in self.fields.values():
            schema = f.kind.json_schema()
            if f.required and isinstance(f.kind, Text):
                schema = required_text(schema)
            if not f.required:
                schema = nullable(schema)
            properties[f.key] = {**schema, "description": f"{f.en} / {f.sv}"}
        out: JsonSchema = {
            "type": "object",
            "description": f"{self.en} / {self.sv}",
            "properties": properties,
            "additionalProperties": False,
        }
        required = [f.key for f in self.required if f.unless is None]
        if required:
            out["required"] = required
        rules = [_required_unless(f.key, f.unless) for f in self.required if f.unless is not None]
        if len(rules) == 1:
            out.update(rules[0])
        elif rules:
            out["allOf"] = rules
        return out


def _required_unless(key: str, unless: tuple[str, str]) -> JsonSchema:
    """``key`` is required unless ``other`` holds the value: JSON Schema's if/else."""
    other, written = unless
    value: object = {"true": True, "false": False}.get(written, written)
    return {"if": {"required": [other], "properties": {other: {"const": value}}}, "else": {"required": [key]}}


def _exempt(field: Field, node: MappingNode) -> bool:
    """Whether the mapping holds the value that makes ``field`` optional."""
    if field.unless is None:
        return False
    other, written = field.unless
    return any(k.value == other and plain_scalar(v) and v.value.strip() == written for k, v in node.value)


class TextOr(Kind[R]):
    """Either a plain text (the common case) or the full mapping."""

    # Runs only while the module is imported, before mutmut activates a mutant (docs/testing.md).
    def __init__(self, obj: ObjectKind[R], text_key: str = "text") -> None:  # pragma: no mutate block
        self.obj = obj
        self.text_key = text_key
        self.label = t("text or {label}", label=obj.label)
        self.hint = obj.hint

    def convert(self, node: Node, w: Walker) -> R | Invalid | None:
        if node.__class__ is ScalarNode:
            text = TEXT.convert(node, w)
            if text is None or isinstance(text, Invalid):
                return text
            return self.obj.factory(**{self.text_key: text}, loc=w.loc(node), locs={})
        return self.obj.convert(node, w)

    def json_schema(self) -> JsonSchema:
        return {"anyOf": [{"type": ["string", "number"], "pattern": r"\S"}, self.obj.json_schema()]}


def nullable(schema: JsonSchema) -> JsonSchema:
    """An optional key may be left empty ('key:' with nothing after it)."""
    kind = schema.get("type")
    if isinstance(kind, str) and "enum" not in schema:
        return {**schema, "type": [kind, "null"]}
    if isinstance(kind, list):
        return {**schema, "type": [*kind, "null"]}
    if "enum" in schema:
        return {**schema, "type": [schema["type"], "null"], "enum": [*schema["enum"], None]}
    return {"anyOf": [schema, {"type": "null"}]}


def required_text(schema: JsonSchema) -> JsonSchema:
    return {**schema, "pattern": r"\S"}


TEXT: Final = Text()
