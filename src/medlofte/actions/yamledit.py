"""Editing the coordinator's YAML as text, at the positions the parser reports, so that
comments, order, quoting and layout stay as they were written.

An editor collects edits (replace a value, set or add a key, append to a list, turn a
plain-text list item into a mapping) and applies them all at once; the caller parses and
validates the result before anything is written.
"""

from __future__ import annotations

import json
import re
from typing import Any, NamedTuple

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from medlofte.data import strictyaml
from medlofte.data.textcheck import LINE_BREAK

_PLAIN_SAFE = re.compile(r"[^\s#:\[\]{},&*!|>'\"%@`-][^#:\r\n\x85\u2028\u2029]*\Z")
_RAW = re.compile(r"[\x7f-\x9f\u2028\u2029\ufeff]")


class Edit(NamedTuple):
    start: int
    end: int
    text: str


def scalar(text: str) -> str:
    """A one-line value as YAML: plain when that reads back as the same text, else
    double-quoted (a JSON string is a valid YAML double-quoted scalar, escapes included)."""
    plain = ScalarNode("", text)
    if _PLAIN_SAFE.match(text) and text == text.strip() and strictyaml.scalar_kind(plain) == strictyaml.STR and " #" not in text:
        return text
    return quoted(text)


def quoted(text: str) -> str:
    """A double-quoted scalar: a JSON string (valid YAML), with line separators and C1
    characters escaped too, so it reads back as exactly ``text``."""
    return _RAW.sub(lambda m: f"\\u{ord(m.group(0)):04x}", json.dumps(text, ensure_ascii=False))


def value(text: str | int | float, indent: int) -> str:
    """A value to write after 'key: ': a number as it is, one line as :func:`scalar`, several
    lines as a literal block indented under the key (which starts at ``indent``)."""
    if isinstance(text, (int, float)):
        return str(int(text)) if float(text).is_integer() else str(text)
    lines = text.split("\n")
    printable = all(line.isprintable() or not line for line in lines)
    if len(lines) == 1 or not printable or any(line != line.rstrip() for line in lines):
        return scalar(" ".join(line.strip() for line in lines if line.strip()) if printable else text)
    pad = " " * (indent + 2)
    return "|-\n" + "\n".join(pad + line if line else "" for line in lines)


def get(mapping: Node | None, key: str) -> Node | None:
    if isinstance(mapping, MappingNode):
        for key_node, value_node in mapping.value:
            if key_node.value == key:
                found: Node = value_node
                return found
    return None


def items(node: Node | None) -> list[Node]:
    return list(node.value) if isinstance(node, SequenceNode) else []


class Editor:
    """A file's text and the edits to make to it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.edits: list[Edit] = []

    @staticmethod
    def offset(mark: Any) -> int:  # the parser's Mark (a Loc has no index)
        """A mark's character index: lines are split where libyaml splits them (CR, CR LF,
        U+0085, U+2028 too), so counting lines by LF would misplace edits."""
        return int(mark.index)

    def _line_start(self, offset: int) -> int:
        return max(self.text.rfind(c, 0, offset) for c in "\n\r\x85\u2028\u2029") + 1

    def _line_end(self, offset: int) -> int:
        """The offset just after the line break that ends the line holding ``offset``."""
        found = LINE_BREAK.search(self.text, offset)
        return len(self.text) if found is None else found.end()

    def _end_of(self, node: Node) -> int:
        """Where a node's text ends. A block mapping or list ends with its last value (its
        own end mark is where the next entry begins); a block scalar's end mark is the start
        of the next line."""
        while isinstance(node, (MappingNode, SequenceNode)) and not node.flow_style and node.value:
            last = node.value[-1]
            node = last[1] if isinstance(node, MappingNode) else last
        end = self.offset(node.end_mark)
        if node.end_mark.column == 0 and end > 0:  # step back over the line break before it
            before = LINE_BREAK.search(self.text, max(0, end - 2), end)
            if before is not None and before.end() == end:
                end = before.start()
        return end

    def _after_line(self, node: Node) -> int:
        """The end of the line a node ends on, after any comment there: where lines that
        follow it are inserted."""
        end = self._end_of(node)
        found = LINE_BREAK.search(self.text, end)
        return len(self.text) if found is None else found.start()

    def _dash_column(self, item: Node) -> int:
        """The column of the '- ' that starts a block list's item."""
        start = self.offset(item.start_mark)
        line_start = self._line_start(start)
        dash = self.text.rfind("-", line_start, start)
        return dash - line_start if dash >= 0 else int(item.start_mark.column)

    def replace(self, node: Node, text: str) -> None:
        self.edits.append(Edit(self.offset(node.start_mark), self._end_of(node), text))

    def indent(self, mapping: MappingNode) -> int:
        """The column of a block mapping's keys."""
        return int(mapping.value[0][0].start_mark.column) if mapping.value else int(mapping.start_mark.column)

    def set(self, mapping: MappingNode, key: str, new: str | int | float, after: str | None = None) -> None:
        """Give ``key`` the value: replace it where it is, or add the key after the entry
        ``after`` (by default the mapping's last; in a flow mapping ``{…}`` before its brace)."""
        existing = get(mapping, key)
        if mapping.flow_style:
            text = value(new, 0) if not isinstance(new, str) or "\n" not in new else scalar(new)
            if existing is not None:
                self.replace(existing, text)
            else:
                close = self._end_of(mapping) - 1  # the '}'
                self.edits.append(Edit(close, close, f", {key}: {text}"))
            return
        indent = self.indent(mapping)
        if existing is not None:
            self.replace(existing, value(new, indent))
            return
        previous = next((v for k, v in mapping.value if k.value == after), mapping.value[-1][1])
        at = self._after_line(previous)
        self.edits.append(Edit(at, at, f"\n{' ' * indent}{key}: {value(new, indent)}"))

    def append(self, mapping: MappingNode, key: str, entry: list[tuple[str, str | int | float]]) -> None:
        """Add a mapping (``entry``: key and value pairs) to the end of the block list under
        ``key``, creating the list when there is none."""
        existing = get(mapping, key)
        indent = self.indent(mapping)
        if isinstance(existing, SequenceNode) and not existing.flow_style and existing.value:
            item_indent = self._dash_column(existing.value[0])
            at = self._after_line(existing.value[-1])
            self.edits.append(Edit(at, at, "\n" + _block_item(entry, item_indent)))
            return
        block = f"{key}:\n" + _block_item(entry, indent + 2)
        if existing is not None:
            key_node = next(k for k, v in mapping.value if v is existing)
            self.edits.append(Edit(self.offset(key_node.start_mark), self._end_of(existing), block))
            return
        at = self._after_line(mapping.value[-1][1])
        self.edits.append(Edit(at, at, f"\n{' ' * indent}{block}"))

    def text_item_to_mapping(self, item: ScalarNode, fields: list[tuple[str, str | int | float]]) -> None:
        """Turn a list item written as plain text (``- anordna städdagar``) into a mapping
        with its text first and the fields after it."""
        column = int(item.start_mark.column)
        # The text as written; its later lines move two columns right, under 'text:'.
        lines = LINE_BREAK.split(self.text[self.offset(item.start_mark) : self._end_of(item)])
        text = "\n".join([lines[0], *(("  " + line) if line.strip() else line for line in lines[1:])])
        pad = " " * column
        self.edits.append(Edit(self.offset(item.start_mark), self._end_of(item), f"text: {text}"))
        at = self._after_line(item)
        self.edits.append(Edit(at, at, "".join(f"\n{pad}{k}: {value(v, column)}" for k, v in fields)))

    def _at_line_start(self, offset: int) -> bool:
        return not self.text[self._line_start(offset) : offset].strip()

    def remove(self, mapping: MappingNode, key: str) -> None:
        """Remove one key and its value: whole lines where the key starts its line,
        otherwise (``- status: done``, ``{a: 1, status: done}``) just the characters."""
        pairs = mapping.value
        for index, (key_node, value_node) in enumerate(pairs):
            if key_node.value != key:
                continue
            key_at = self.offset(key_node.start_mark)
            own_line = not mapping.flow_style and self._at_line_start(key_at)
            start = self._line_start(key_at) if own_line else key_at
            if mapping.flow_style and index > 0:  # in '{a: 1, b: 2}' take ', b: 2'
                start = self.offset(pairs[index - 1][1].end_mark)
                end = self.offset(value_node.end_mark)
            elif index + 1 < len(pairs):  # up to the next key
                following = self.offset(pairs[index + 1][0].start_mark)
                end = self._line_start(following) if own_line and self._at_line_start(following) else following
            else:  # the last of a block mapping: to the end of its value's last line
                end = self.offset(value_node.end_mark)
                end = end if self._line_start(end) == end else self._line_end(end)
            self.edits.append(Edit(start, end, ""))
            return

    def result(self) -> str:
        """The text with every edit made. Insertions at one place keep their order; removals
        that overlap (neighbouring keys taken away together) are merged first, so each
        character is removed once, and a removal that starts after '- ' and runs to a line's
        start takes that line's indentation too, so the next key moves up after the dash."""
        ordered = [e for _, e in sorted(enumerate(self.edits), key=lambda pair: (pair[1].start, pair[1].end, pair[0]))]
        merged: list[Edit] = []
        for edit in ordered:
            last = merged[-1] if merged else None
            if last is not None and not last.text and not edit.text and edit.start <= last.end:
                merged[-1] = Edit(last.start, max(last.end, edit.end), "")
            else:
                merged.append(edit)
        out = self.text
        for index, edit in enumerate(merged):
            at_a_line_start = self._line_start(edit.end) == edit.end
            if not edit.text and edit.start != edit.end and at_a_line_start and not self._at_line_start(edit.start):
                end = edit.end
                while end < len(out) and out[end] == " ":
                    end += 1
                merged[index] = Edit(edit.start, end, "")
        for edit in reversed(merged):
            out = out[: edit.start] + edit.text + out[edit.end :]
        return out


def _block_item(entry: list[tuple[str, str | int | float]], indent: int) -> str:
    pad = " " * indent
    lines = []
    for index, (key, new) in enumerate(entry):
        lead = f"{pad}- " if index == 0 else f"{pad}  "
        lines.append(f"{lead}{key}: {value(new, indent + 2)}")
    return "\n".join(lines)
