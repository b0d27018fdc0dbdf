"""Next year's promise from this one: the same areas, actors and commitments with the
follow-up cleared, the period and the activities' dates moved, the signatures removed.

The files are edited as text at the positions the parser reports, so comments, order and
layout stay as the coordinator wrote them.
"""

from __future__ import annotations

import bisect
import calendar
import functools
import json
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from medlofte.data import loading, strictyaml, textcheck
from medlofte.data.loading import Dataset
from medlofte.data.model import FIRST_YEAR, LAST_YEAR, PartialDate, as_partial
from medlofte.errors import UsageError

# Keys whose values belong to one year's follow-up.
ACTIVITY_FOLLOW_UP = ("status", "result", "achieved", "reason", "followed_up")
GOAL_FOLLOW_UP = ("outcome", "comment")
PROMISE_SIGNING = ("signatures", "adopted")
_YEAR = re.compile(r"\b(19|20)[0-9]{2}\b")
_PLAIN_SAFE = re.compile(r"[^\s#:\[\]{},&*!|>'\"%@`-][^#:\r\n\x85\u2028\u2029]*\Z")
# Characters a double-quoted scalar must hold as escapes: JSON leaves them raw, but YAML
# reads these as line breaks or refuses them.
_RAW = re.compile(r"[\x7f-\x9f\u2028\u2029\ufeff]")


class RolloverError(UsageError):
    """The promise cannot be rolled over as asked (exit code 2)."""


class Edit(NamedTuple):
    start: int
    end: int
    text: str


class Shift(NamedTuple):
    """How dates move: by whole years when the period keeps its days, else by days.

    A date keeps its precision: a year or a month moves by years, or to the month its
    first day moves to."""

    years: int
    days: int

    def apply(self, day: PartialDate) -> PartialDate:
        if self.days:
            moved = day.first() + timedelta(days=self.days)
            return PartialDate(moved.year, moved.month if day.month is not None else None, moved.day if day.day else None)
        year = day.year + self.years
        if not FIRST_YEAR <= year <= LAST_YEAR:
            raise RolloverError(f"the new period would reach the year {year}; medlofte takes {FIRST_YEAR}–{LAST_YEAR}")
        if day.month == 2 and day.day == 29 and not calendar.isleap(year):  # 29 February into a common year
            return PartialDate(year, 2, 28)
        return PartialDate(year, day.month, day.day)


def new_period(
    old_start: PartialDate,
    old_end: PartialDate | None,
    *,
    year: int | None,
    start: PartialDate | None,
    end: PartialDate | None,
) -> tuple[PartialDate, PartialDate | None, Shift]:
    """The next period: a year on by default, from ``year``, or exactly ``start``–``end``."""
    if start is not None or end is not None:
        if start is None or end is None:
            raise RolloverError("give both --start and --end, or neither")
        if end.last() < start.first():
            raise RolloverError(f"the new period ends ({end.isoformat()}) before it starts ({start.isoformat()})")
        whole_years = (start.month, start.day) == (old_start.month, old_start.day)
        days = (start.first() - old_start.first()).days
        shift = Shift(start.year - old_start.year, 0) if whole_years else Shift(0, days)
        return start, end, shift
    if year is not None and not FIRST_YEAR <= year <= LAST_YEAR:
        raise RolloverError(f"--year {year} is outside {FIRST_YEAR}–{LAST_YEAR}")
    years = (year - old_start.year) if year is not None else 1
    if years <= 0:
        raise RolloverError(f"the new period must start after {old_start.year}; got {year}")
    shift = Shift(years, 0)
    return shift.apply(old_start), shift.apply(old_end) if old_end is not None else None, shift


class _Text:
    """A file's text, for edits at the parser's marks.

    Marks are found by their character index, and lines are split where libyaml splits
    them (CR LF, CR, LF, U+0085, U+2028, U+2029), so classic-Mac line ends and Word's line
    separators edit the right characters."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0, *(m.end() for m in textcheck.LINE_BREAK.finditer(text))]
        self.edits: list[Edit] = []

    @staticmethod
    def offset(mark: Any) -> int:
        return int(mark.index)

    def line_start(self, offset: int) -> int:
        return self.starts[bisect.bisect_right(self.starts, offset) - 1]

    def line_end(self, offset: int) -> int:
        """The offset just after the line break that ends the line holding ``offset``."""
        found = textcheck.LINE_BREAK.search(self.text, offset)
        return len(self.text) if found is None else found.end()

    def replace(self, node: Node, value: str) -> None:
        self.edits.append(Edit(self.offset(node.start_mark), self.offset(node.end_mark), value))

    @functools.cached_property
    def _line_starts(self) -> frozenset[int]:
        return frozenset(self.starts)

    def _at_line_start(self, offset: int) -> bool:
        return not self.text[self.line_start(offset) : offset].strip()

    def _own_line(self, mark: Any) -> bool:
        """Whether only indentation stands before ``mark`` on its line."""
        return self._at_line_start(self.offset(mark))

    def remove(self, mapping: MappingNode, key: str) -> None:
        """Remove one key and its value: whole lines where the key starts its line,
        otherwise (``- status: done``, ``{a: 1, status: done}``) just the characters."""
        pairs = mapping.value
        for index, (key_node, value_node) in enumerate(pairs):
            if key_node.value != key:
                continue
            key_at = self.offset(key_node.start_mark)
            own_line = not mapping.flow_style and self._at_line_start(key_at)
            start = self.line_start(key_at) if own_line else key_at
            if mapping.flow_style and index > 0:  # in '{a: 1, b: 2}' take ', b: 2'
                start = self.offset(pairs[index - 1][1].end_mark)
                end = self.offset(value_node.end_mark)
            elif index + 1 < len(pairs):  # up to the next key
                following = self.offset(pairs[index + 1][0].start_mark)
                end = self.line_start(following) if own_line and self._at_line_start(following) else following
            else:  # the last of a block mapping: to the end of its value's last line
                end = self.offset(value_node.end_mark)
                end = end if end in self._line_starts else self.line_end(end)
            self.edits.append(Edit(start, end, ""))
            return

    def result(self) -> str:
        """The text with every edit made; overlapping removals (neighbouring keys taken
        away together) are merged first, so each character is removed once."""
        merged: list[Edit] = []
        for edit in sorted(self.edits):
            last = merged[-1] if merged else None
            if last is not None and not last.text and not edit.text and edit.start <= last.end:
                merged[-1] = Edit(last.start, max(last.end, edit.end), "")
            else:
                merged.append(edit)
        text = self.text
        for index, edit in enumerate(merged):
            # A removal that starts after '- ' and runs to a line's start would leave that
            # line's indentation after the dash: take the indentation too.
            if not edit.text and edit.end in self._line_starts and not self._at_line_start(edit.start):
                end = edit.end
                while end < len(text) and text[end] == " ":
                    end += 1
                merged[index] = Edit(edit.start, end, "")
        for edit in reversed(merged):
            text = text[: edit.start] + edit.text + text[edit.end :]
        return text


def _scalar(text: str) -> str:
    """A value as YAML: plain when that reads back as the same text, else double-quoted."""
    plain = ScalarNode("", text)
    if _PLAIN_SAFE.match(text) and text == text.strip() and strictyaml.scalar_kind(plain) == strictyaml.STR:
        return text
    return _quoted(text)


def _quoted(text: str) -> str:
    """A double-quoted scalar: a JSON string (valid YAML), with line separators and C1
    characters escaped too, so it reads back as exactly ``text``."""
    return _RAW.sub(lambda m: f"\\u{ord(m.group(0)):04x}", json.dumps(text, ensure_ascii=False))


def _get(mapping: Node, key: str) -> Node | None:
    if isinstance(mapping, MappingNode):
        for key_node, value_node in mapping.value:
            if key_node.value == key:
                found: Node = value_node
                return found
    return None


def _items(node: Node | None) -> list[Node]:
    return list(node.value) if isinstance(node, SequenceNode) else []


def _move_years(text: str, years: dict[int, int]) -> str:
    return _YEAR.sub(lambda m: str(years.get(int(m.group(0)), int(m.group(0)))), text)


def _clear_goals(edits: _Text, goals: Node | None) -> None:
    for goal in _items(goals):
        if isinstance(goal, MappingNode):
            for key in GOAL_FOLLOW_UP:
                edits.remove(goal, key)


def _promise(text: str, root: MappingNode, start: PartialDate, end: PartialDate | None, years: dict[int, int]) -> str:
    edits = _Text(text)
    period = _get(root, "period")
    for key, day in (("start", start), ("end", end)):
        node = _get(period, key) if period is not None else None
        if node is not None and day is not None:
            edits.replace(node, day.isoformat())
    if isinstance(period, MappingNode):
        edits.remove(period, "extended_to")  # an extension was of last year's promise
    for node in (_get(root, "title"), _get(root, "subtitle"), _get(period, "label") if period is not None else None):
        if isinstance(node, ScalarNode) and not node.style and node.start_mark.line == node.end_mark.line:
            moved = _move_years(node.value, years)
            if moved != node.value:
                edits.replace(node, _scalar(moved))
        elif isinstance(node, ScalarNode) and node.style in ('"', "'") and node.start_mark.line == node.end_mark.line:
            moved = _move_years(node.value, years)
            if moved != node.value:
                edits.replace(node, _quoted(moved))
    for key in PROMISE_SIGNING:
        edits.remove(root, key)
    _clear_goals(edits, _get(root, "goals"))
    return edits.result()


def _area(text: str, root: MappingNode, shift: Shift) -> str:
    edits = _Text(text)
    _clear_goals(edits, _get(root, "goals"))
    for commitment in _items(_get(root, "commitments")):
        for activity in _items(_get(commitment, "activities")):
            if not isinstance(activity, MappingNode):
                continue
            for key in ACTIVITY_FOLLOW_UP:
                edits.remove(activity, key)
            for key in ("start", "end"):
                node = _get(activity, key)
                day = _partial(node)
                if isinstance(node, ScalarNode) and day is not None:
                    edits.replace(node, shift.apply(day).isoformat())
    return edits.result()


def _partial(node: Node | None) -> PartialDate | None:
    """A date as the data wrote it (validation has checked it)."""
    if not isinstance(node, ScalarNode):
        return None
    parts = [int(p) for p in node.value.strip().split("-")]
    return PartialDate(parts[0], *parts[1:3]) if parts else None


def _parse(path: Path) -> tuple[str, MappingNode]:
    raw = path.read_bytes()
    node, _ = strictyaml.parse(path.as_posix(), raw)
    if node is None or not isinstance(node, MappingNode):
        raise RolloverError(f"{path} cannot be read; run medlofte validate")
    text = raw.decode("utf-8-sig")
    return text, node


def rollover(
    data: Dataset, root: Path, *, year: int | None = None, start: date | None = None, end: date | None = None
) -> tuple[dict[str, bytes], PartialDate, PartialDate | None]:
    """The files of the next promise (relative path -> bytes) and its period."""
    promise = data.promise
    assert promise is not None
    old_start, old_end = promise.period.start, promise.period.end
    if old_start is None:
        raise RolloverError("the promise gives no period to move; add 'period:' to promise.yaml first")
    new_start, new_end, shift = new_period(old_start, old_end, year=year, start=as_partial(start), end=as_partial(end))
    old_years = range(old_start.year, (old_end or old_start).year + 1)
    years = {y: shift.apply(PartialDate(y, 6, 15)).year for y in old_years}
    files: dict[str, bytes] = {}
    promise_path = next(root / n for n in loading.PROMISE_NAMES if (root / n).exists())
    text, node = _parse(promise_path)
    files[promise_path.name] = _promise(text, node, new_start, new_end, years).encode("utf-8")
    actors_path = next(root / n for n in loading.ACTORS_NAMES if (root / n).exists())
    files[actors_path.name] = actors_path.read_bytes()
    for path in loading.area_files(root):
        text, node = _parse(path)
        files[f"{loading.AREAS_DIR}/{path.name}"] = _area(text, node, shift).encode("utf-8")
    return files, new_start, new_end
