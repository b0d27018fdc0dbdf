"""Escaping data for CommonMark, so text from YAML can neither inject HTML nor change the
document's structure (headings, lists, tables, links, emphasis)."""

from __future__ import annotations

import re

from medlofte.data.textblocks import blocks, runs

_SPACE = re.compile(r"[ \t\r\n\f\v]+")
_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_LIST_NUMBER = re.compile(r"^([0-9]{1,9})([.)])")


def escape(text: str) -> str:
    """One paragraph of literal text: line breaks become spaces, markup characters are escaped."""
    flat = _SPACE.sub(" ", text).strip(" ")  # line breaks go; no-break spaces stay
    flat = _INLINE.sub(r"\\\1", flat)
    flat = _ENTITY.sub(r"\\&", flat)
    if flat[:1] in ("#", "+", "-", "="):
        return "\\" + flat
    return _LIST_NUMBER.sub(r"\1\\\2", flat)


def one_line(text: str) -> str:
    """A longer text on one line, its list items marked with '\u2022' so they still read as a
    list in a task list's facts line."""
    parts = [" ".join(f"\u2022 {item}" for item in b.items) if b.items else b.text for b in blocks(text)]
    return " ".join(parts)


class MarkdownText(str):
    """Markdown already escaped (with its links made); templates print it as it is."""

    __slots__ = ()


def with_links(text: str) -> MarkdownText:
    """A paragraph of literal text, escaped as :func:`escape` does, with its http, https and
    mailto addresses as links: ``[label](<address>)``, or ``<address>`` for a bare one."""
    pieces = runs(_SPACE.sub(" ", text).strip(" "))
    if len(pieces) == 1 and pieces[0].url is None:
        return MarkdownText(escape(text))
    out = []
    for index, piece in enumerate(pieces):
        if piece.url is None:
            inline = _ENTITY.sub(r"\\&", _INLINE.sub(r"\\\1", piece.text))
            out.append(escape(piece.text) + (" " if piece.text.endswith(" ") else "") if index == 0 else inline)
        elif piece.text == piece.url:
            out.append(f"<{piece.url}>")
        else:
            label = _ENTITY.sub(r"\\&", _INLINE.sub(r"\\\1", piece.text))
            out.append(f"[{label}](<{piece.url}>)")
    return MarkdownText("".join(out))
