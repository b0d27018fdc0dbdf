"""The blocks of a document, whatever file it came from: headings, paragraphs, list items
and tables, in the document's order.

Readers that know the structure (a Word heading style, an HTML ``<li>``) give it; for the
rest (a text file, a PDF's lines, a Word paragraph typed with a "•") ``structure`` rebuilds
it from the lines as people and PDF programs write them: wrapped lines are joined, bullets
and numbers start items, short lines without a full stop are headings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from medlofte.data.boilerplate import is_furniture, without_annotations

HEADING, PARAGRAPH, ITEM, TABLE = "heading", "paragraph", "item", "table"


@dataclass
class Block:
    """One block: ``text`` of a heading (``level`` 1 is the title), a paragraph or a list
    item (``marker`` as written: '•', '1.', '2)'); ``depth`` is how deep it sits in lists
    (a paragraph under an item has the item's depth + 1); a table has ``rows``."""

    kind: str
    text: str = ""
    level: int = 0
    marker: str = ""
    depth: int = 0
    rows: list[list[str]] = field(default_factory=list)

    @property
    def numbered(self) -> bool:
        return self.kind == ITEM and self.marker[:1].isdigit()


@dataclass
class Line:
    """A line as a reader found it: its text, how far it is indented (in spaces, or a
    PDF's points divided by a space's width), how many blank lines stand before it, and
    what the reader knows of its style."""

    text: str
    indent: int = 0
    gap: int = 0
    heading: int = 0  # a heading level the file gives (a Word style, a PDF's larger font)
    bold: bool = False
    full: bool = False  # a PDF line that reaches the right margin: the paragraph goes on
    item: bool = False  # the file says it is a list item (a Word list paragraph)
    depth: int = 0  # the file's list depth for an item
    tight: bool = False  # a PDF line set at the line spacing of the line above: the same block


BULLET = re.compile(
    r"^(?P<mark>[\u2022\u25cf\u25aa\u25e6\u2023\u2043\u2219\u00b7\u25a0\u25a1\uf0b7\uf0a7*\-–])\s+(?P<rest>\S.*)$"
)
NUMBER = re.compile(r"^(?P<mark>\d{1,2}[.)]|[a-h][.)])\s+(?P<rest>\S.*)$")
_END = ".!?"
# Words a wrapped line may end with: the sentence goes on on the next line.
_OPEN_WORDS = frozenset(
    {"och", "samt", "att", "i", "på", "med", "för", "av", "till", "om", "eller", "som", "de", "den", "det", "en", "ett",
     "mot", "vid", "från", "under", "genom", "inom", "utan", "efter", "mellan", "hos", "där", "när", "vilket", "vilka",
     "både", "även", "också", "eftersom", "så", "men"}
)  # fmt: skip
MAX_HEADING_WORDS = 14
MAX_HEADING_CHARS = 110


def squeeze(text: str) -> str:
    return " ".join(text.split())


def clean(text: str) -> str:
    """A line without the page's link annotations, its spacing squeezed."""
    return squeeze(without_annotations(text.replace("\u00ad", "").replace("\u200b", "")))


def split_marker(text: str) -> tuple[str, str] | None:
    """('•', rest) for a bulleted line, ('1.', rest) for a numbered one, else None."""
    for pattern in (BULLET, NUMBER):
        found = pattern.match(text)
        if found:
            return found.group("mark"), found.group("rest")
    return None


def continues(line: Line, following: Line) -> bool:
    """Whether ``following`` goes on with the sentence of ``line`` (a wrapped line)."""
    previous = line.text
    text = following.text.strip()
    if not text or split_marker(text) is not None or following.heading:
        return False
    before = previous.rstrip()
    if not before or re.fullmatch(r"(?:\S+:\s*)?https?://\S+", before):
        return False
    last = before[-1]
    first = text[0]
    if last == ":":
        return False
    if first.islower() or first in ",;)–(":
        return True
    if last in ",;–-/(&+":
        return True
    words = before.split()
    if words and words[-1].lower() in _OPEN_WORDS:
        return True
    return line.full and following.tight


def is_heading_text(text: str) -> bool:
    """Short, starting with a capital or a digit, without a full stop at its end."""
    if not text or "://" in text or len(text) > MAX_HEADING_CHARS or len(text.split()) > MAX_HEADING_WORDS:
        return False
    if text[-1] in ".!?,;" or text.endswith("..."):
        return False
    first = text[0]
    return first.isupper() or first.isdigit() or first in "”\"'"


def structure(lines: list[Line]) -> list[Block]:
    """Blocks from lines: wrapped lines joined, items and headings recognised."""
    logical: list[Line] = []
    for line in lines:
        text = clean(line.text)
        if not text or is_furniture(text):
            if logical and not text:
                pass
            continue
        line = Line(text, line.indent, line.gap, line.heading, line.bold, line.full, line.item, line.depth, line.tight)
        if logical and not line.item and not logical[-1].heading and continues(logical[-1], line):
            previous = logical[-1]
            if _typeset_break(previous.text, line.text):  # "krimi‐" + "nella": one word again
                previous.text = f"{previous.text[:-1]}{line.text}"
            else:
                joiner = "" if _hyphenated(previous.text, line.text) or previous.text.endswith("/") else " "
                previous.text = f"{previous.text}{joiner}{line.text}"
            previous.full = line.full
            continue
        logical.append(line)
    return _classify(logical)


def _typeset_break(text: str, following: str) -> bool:
    """A word the typesetter hyphenated at the line's end: the hyphen U+2010 that WeasyPrint
    (and other typesetters with hyphens: auto) puts there, which nobody types, before a word
    that goes on in lower case."""
    return bool(re.search(r"\w\u2010$", text)) and following[:1].islower()


def _hyphenated(text: str, following: str) -> bool:
    """A word broken at its hyphen at the line's end ("HX-" + "festivalen"), not the
    suspended compound of "högstadie- och gymnasieåldern"."""
    first = following.split(" ", 1)[0].casefold()
    return bool(re.search(r"\w-$", text)) and first not in ("och", "eller", "samt", "som", "till", "resp.")


def _classify(lines: list[Line]) -> list[Block]:
    out: list[Block] = []
    item_indents: list[int] = []  # the indents of the open items, outermost first
    for index, line in enumerate(lines):
        marked = split_marker(line.text)
        if line.heading:
            item_indents = []
            out.append(Block(HEADING, line.text, level=line.heading))
            continue
        if line.item or marked is not None:
            marker, rest = marked if marked is not None else ("•", line.text)
            if line.item and marked is None:
                depth = line.depth
            else:
                while item_indents and item_indents[-1] > line.indent:
                    item_indents.pop()
                if item_indents and item_indents[-1] == line.indent:
                    depth = len(item_indents) - 1
                else:
                    item_indents.append(line.indent)
                    depth = len(item_indents) - 1
            out.append(Block(ITEM, rest, marker=marker, depth=depth))
            continue
        # A line indented under an open item belongs to it (a result under a promise).
        while item_indents and line.indent <= item_indents[-1]:
            item_indents.pop()
        if item_indents and line.gap == 0:
            out.append(Block(PARAGRAPH, line.text, depth=len(item_indents)))
            continue
        item_indents = []
        last = index == len(lines) - 1
        if is_heading_text(line.text) and not last and (line.bold or not _runs_on(line, lines[index + 1])):
            out.append(Block(HEADING, line.text, level=2))
        else:
            out.append(Block(PARAGRAPH, line.text))
    return out


def _runs_on(line: Line, following: Line) -> bool:
    """A short line directly followed by lower-case text is a sentence, not a heading."""
    return following.gap == 0 and following.text[:1].islower()
