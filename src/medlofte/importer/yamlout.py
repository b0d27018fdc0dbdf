"""The draft as YAML text: the data format's files, each guess as a ``# import:`` comment
above the key it concerns.

Written by hand rather than by a YAML library so that comments stand where they belong and
text reads as a coordinator would write it (``|`` for paragraphs, ``>-`` for long lines);
every value is written so that medlofte's strict reader reads it back unchanged.
"""

from __future__ import annotations

import json
import re
from typing import Any

from medlofte.importer.recognise import Draft

WIDTH = 96

_PLAIN_START = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`]")
_LOOKS_LIKE_VALUE = re.compile(
    r"^(?:[-+]?(?:\d[\d_]*)?\.?\d+(?:[eE][-+]?\d+)?|~|null|true|false|yes|no|on|off|y|n|\.nan|\.inf)$", re.I
)
_DATE = re.compile(r"^\d{4}(?:-\d\d(?:-\d\d)?)?$")


class Raw(str):
    """A value written as it is: a date ('2024-05')."""

    __slots__ = ()


def plain_ok(text: str) -> bool:
    """Whether a one-line text may be written without quotes and read back the same."""
    if not text or text != text.strip() or "\n" in text or "\t" in text:
        return False
    if not _PLAIN_START.match(text[0]) or _LOOKS_LIKE_VALUE.match(text) or _DATE.match(text):
        return False
    if ": " in text or " #" in text or text.endswith(":") or "\u2028" in text or "\u2029" in text or "\x85" in text:
        return False
    return not any(_unprintable(c) for c in text)


def _unprintable(c: str) -> bool:
    """Characters YAML does not allow as they are in a file (it reads them escaped)."""
    n = ord(c)
    return (n < 32 and c not in "\t\n") or 0x7F <= n <= 0x9F or n in (0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF)


def quoted(text: str) -> str:
    out = json.dumps(text, ensure_ascii=False)
    return "".join(f"\\u{ord(c):04x}" if _unprintable(c) else c for c in out)


def scalar(value: Any, indent: int) -> str:
    """The value after 'key: ' (or '- '), with a block scalar's lines below it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value) if isinstance(value, float) else str(value)
    if isinstance(value, Raw):
        return str(value)
    text = str(value)
    pad = " " * indent
    if "\n" in text:
        lines = text.split("\n")
        if (
            all(line == line.rstrip() and not line.startswith(" ") for line in lines)
            and not any(_unprintable(c) or c == "\t" for c in text)
            and text == text.strip()
        ):
            return "|-\n" + "\n".join(f"{pad}{line}" if line else "" for line in lines)
        return quoted(text)
    foldable = "  " not in text and text == text.strip() and not any(_unprintable(c) or c == "\t" for c in text)
    if len(text) + indent > WIDTH and foldable:
        wrapped = _wrap(text, WIDTH - indent)
        # A folded line that starts like a list item reads as one pasted from Word (ML117).
        if not any(_LIST_START.match(line) for line in wrapped):
            return ">-\n" + "\n".join(f"{pad}{line}" for line in wrapped)
    return text if plain_ok(text) else quoted(text)


_LIST_START = re.compile(r"([-*+\u2022\u2013\u2014\u25cf\u25aa]|[0-9]+[.)])(\s|$)")


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    return lines


def _comments(notes: list[str], indent: int) -> list[str]:
    pad = " " * indent
    return [f"{pad}# {' '.join(n.split())}" for n in notes]


def mapping(value: dict[str, Any], indent: int) -> list[str]:
    """The lines of a mapping at ``indent``; notes under '#key' stand above their key."""
    lines = _comments(value.get("#", []), indent)
    pad = " " * indent
    for key, item in value.items():
        if key.startswith("#"):
            continue
        lines += _comments(value.get(f"#{key}", []), indent)
        lines += entry(f"{pad}{key}:", item, indent)
    return lines


def entry(prefix: str, item: Any, indent: int) -> list[str]:
    if isinstance(item, dict):
        if not [k for k in item if not k.startswith("#")]:
            return [f"{prefix} {{}}"]
        return [prefix, *mapping(item, indent + 2)]
    if isinstance(item, list):
        if not item:
            return [f"{prefix} []"]
        return [prefix, *sequence(item, indent + 2)]
    return [f"{prefix} {scalar(item, indent + 2)}"]


def sequence(items: list[Any], indent: int) -> list[str]:
    pad = " " * indent
    lines: list[str] = []
    for item in items:
        if isinstance(item, dict) and [k for k in item if not k.startswith("#")]:
            body = mapping(item, indent + 2)
            comments = [line for line in body if line.startswith(" " * (indent + 2) + "#")]
            # Comments above the first key go above the '- '.
            lead = []
            while body and body[0].lstrip().startswith("#"):
                lead.append(body.pop(0))
            lines += [f"{pad}{line.strip()}" for line in lead]
            del comments
            lines.append(f"{pad}- {body[0].lstrip()}")
            lines += body[1:]
        elif isinstance(item, list):
            lines += [f"{pad}-", *sequence(item, indent + 2)] if item else [f"{pad}- []"]
        else:
            lines.append(f"{pad}- {scalar(item, indent + 2)}")
    return lines


def document(value: dict[str, Any], header: list[str]) -> str:
    return "\n".join([*(f"# {line}" if line else "#" for line in header), *mapping(value, 0)]) + "\n"


def files(draft: Draft, source: str) -> dict[str, str]:
    """Relative path -> YAML text of every file of the draft."""
    header = [
        f"Imported by `medlofte import` from {source}.",
        "Lines marked '# import:' are guesses: check them, then delete the comment.",
        "",
    ]
    out = {"promise.yaml": document(_dates(draft.promise), header)}
    out["actors.yaml"] = document({"actors": draft.actors}, header[:1])
    for name, area in draft.areas:
        out[name] = document(_dates(area), header[:1])
    return out


def _dates(value: dict[str, Any]) -> dict[str, Any]:
    """Dates ('2024-05') written as dates, not as quoted text."""
    out: dict[str, Any] = {}
    for key, item in value.items():
        if key in ("start", "end", "date", "extended_to", "followed_up") and isinstance(item, str) and _DATE.match(item):
            out[key] = Raw(item)
        elif isinstance(item, dict):
            out[key] = _dates(item)
        elif isinstance(item, list):
            out[key] = [_dates(i) if isinstance(i, dict) else i for i in item]
        else:
            out[key] = item
    return out
