"""A published text as its sentences and list items, and the check that a rendered document
shows each of them once, in the text's order: the measure of "nothing lost" for the
published fixtures (test_published) and for the importer's drafts (test_importer_*).
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

from htmlcheck import visible_text
from medlofte.data.boilerplate import is_furniture, without_annotations
from medlofte.views.labels import Labels

SOURCE_LINE = "SOURCE: "
_ITEM_MARK = re.compile(r"^(?:[\u2022\-*]|\d+[.)])\s+")
# A sentence ends at '.', '!' or '?' followed by a space and a capital or a digit; words
# such as "ex." and "bl.a." are followed by lower case, and the abbreviations below never
# end a sentence here. Splitting too rarely only makes the test stricter.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖÉ0-9])")
_ABBREVIATIONS = ("bl.a.", "t.ex.", "ex.", "inkl.", "ca.", "s.k.", "m.fl.", "resp.", "kl.", "nr.", "jfr.")
# Labels the report prints itself, as a page may also print them before a result: they are
# in order like every other line of the page, but they are words of the layout, not facts,
# so they are not counted.
OWN_LABELS = {f"{Labels('sv')[key]}:" for key in ("result",)}


def squeeze(text: str) -> str:
    return " ".join(text.split())


def sentences(text: str) -> list[str]:
    """The sentences and list items of a published text, in order: line by line, page
    furniture and the SOURCE line left out, list marks ('•', '-', '1)', '2.') stripped
    (numbering is structure; a heading such as 'Löfte 1' stays), each line split into
    sentences at '. ', '! ' and '? '."""
    out = []
    for raw in text.splitlines():
        line = squeeze(without_annotations(raw))
        if not line or line.startswith(SOURCE_LINE) or is_furniture(line):
            continue
        line = _ITEM_MARK.sub("", line)
        pieces: list[str] = []
        for piece in _SENTENCE_END.split(line):
            if pieces and pieces[-1].lower().endswith(_ABBREVIATIONS):
                pieces[-1] = f"{pieces[-1]} {piece}"
            else:
                pieces.append(piece)
        out += [p for p in pieces if p]
    return out


def shown_text(markdown: str) -> str:
    """What a reader sees of rendered Markdown ('1\\.' is '1.'), whitespace squeezed."""
    return squeeze(visible_text(MarkdownIt("commonmark").render(markdown)))


def order_problems(text: str, shown: str) -> list[str]:
    """What is wrong with ``shown`` as a copy of ``text``: a sentence or list item not
    found after the one before it, or printed more often than the text has it."""
    units = sentences(text)
    source = squeeze(" ".join(units))
    problems = []
    position = 0
    for unit in units:
        found = shown.find(unit, position)
        if found < 0:
            problems.append(f"not found after position {position}: {unit!r}")
            continue
        position = found + len(unit)
    for unit in units:
        if unit not in OWN_LABELS and shown.count(unit) != source.count(unit):
            problems.append(f"printed {shown.count(unit)} times: {unit!r}")
    return problems
