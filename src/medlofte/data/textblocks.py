"""The structure of a longer text as people write it: paragraphs and bulleted lists."""

from __future__ import annotations

import re
from typing import NamedTuple

_BULLET = re.compile(r"[ \t]*[-*\u2022][ \t]+(.*)")


class Block(NamedTuple):
    """A paragraph (``text``) or a bulleted list (``items``) of a longer text from the data."""

    text: str = ""
    items: tuple[str, ...] = ()


def blocks(text: str) -> list[Block]:
    """The paragraphs and lists of a longer text, as people write them in YAML or paste them
    from a Word or PDF file: a blank line starts a new paragraph, and a line that starts
    with '- ', '* ' or '\u2022 ' starts a list item (the lines after it, up to a blank line,
    continue the item). Lists separated only by blank lines are one list."""
    out: list[Block] = []
    for chunk in re.split(r"\n[ \t]*\n", text.strip()):
        paragraph: list[str] = []
        items: list[str] = []
        for line in chunk.splitlines():
            bullet = _BULLET.fullmatch(line)
            if bullet:
                if paragraph:
                    out.append(Block(text=" ".join(paragraph)))
                    paragraph = []
                items.append(bullet.group(1).strip())
            elif items:
                items[-1] = f"{items[-1]} {line.strip()}".strip()
            elif line.strip():
                paragraph.append(line.strip())
        if paragraph:
            out.append(Block(text=" ".join(paragraph)))
        items = [item for item in items if item]
        if items:
            if out and out[-1].items and not paragraph:
                out[-1] = Block(items=out[-1].items + tuple(items))
            else:
                out.append(Block(items=tuple(items)))
    return out


class Run(NamedTuple):
    """A piece of a text: plain (``url`` None) or a link with its label."""

    text: str
    url: str | None = None


# [label](address) and bare addresses; only http, https and mailto become links.
_LINKS = re.compile(
    r"\[(?P<label>[^\[\]\n]+)\]\((?P<target>(?:https?://|mailto:)[^\s()<>]+)\)"
    r"|(?P<bare>(?:https?://|mailto:)[^\s<>\[\]()\"']+(?:\([^\s<>()]*\)[^\s<>\[\]()\"']*)*)",
    re.IGNORECASE,
)
_TRAILING = ".,;:!?"


def runs(text: str) -> list[Run]:
    """The text split into plain pieces and links, in order; text without a link is one run.

    A bare address loses trailing punctuation ("se https://polisen.se." links polisen.se),
    and anything that is not http, https or mailto stays text ("[x](javascript:…)")."""
    out: list[Run] = []
    position = 0
    for match in _LINKS.finditer(text):
        if match.group("label") is not None:
            label, url, end = match.group("label"), match.group("target"), match.end()
        else:
            url = match.group("bare").rstrip(_TRAILING)
            label, end = url, match.start() + len(url)
            if len(url) <= len(url.split(":", 1)[0]) + 3:  # 'https://' alone is no address
                continue
        if match.start() > position:
            out.append(Run(text[position : match.start()]))
        out.append(Run(label, url))
        position = end
    if position < len(text) or not out:
        out.append(Run(text[position:]))
    return out
