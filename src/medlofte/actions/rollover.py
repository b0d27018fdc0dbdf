"""Next year's promise from this one: the same areas, actors and commitments with the
follow-up cleared, the period and the activities' dates moved, the signatures removed.

The files are edited as text at the positions the parser reports, so comments, order and
layout stay as the coordinator wrote them.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from pathlib import Path
from typing import NamedTuple

from yaml.nodes import MappingNode, Node, ScalarNode

from medlofte.actions.yamledit import Editor, get, items, quoted, scalar
from medlofte.data import loading, strictyaml
from medlofte.data.loading import Dataset
from medlofte.data.model import FIRST_YEAR, LAST_YEAR, PartialDate, as_partial
from medlofte.errors import UsageError
from medlofte.messages import t

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
            raise RolloverError(
                t(
                    "the new period would reach the year {year}; medlofte takes {FIRST_YEAR}–{LAST_YEAR}",
                    year=year,
                    FIRST_YEAR=FIRST_YEAR,
                    LAST_YEAR=LAST_YEAR,
                )
            )
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
            raise RolloverError(t("give both --start and --end, or neither"))
        if end.last() < start.first():
            raise RolloverError(
                t(
                    "the new period ends ({isoformat}) before it starts ({isoformat2})",
                    isoformat=end.isoformat(),
                    isoformat2=start.isoformat(),
                )
            )
        whole_years = (start.month, start.day) == (old_start.month, old_start.day)
        days = (start.first() - old_start.first()).days
        shift = Shift(start.year - old_start.year, 0) if whole_years else Shift(0, days)
        return start, end, shift
    if year is not None and not FIRST_YEAR <= year <= LAST_YEAR:
        raise RolloverError(
            t("--year {year} is outside {FIRST_YEAR}–{LAST_YEAR}", year=year, FIRST_YEAR=FIRST_YEAR, LAST_YEAR=LAST_YEAR)
        )
    years = (year - old_start.year) if year is not None else 1
    if years <= 0:
        raise RolloverError(t("the new period must start after {year}; got {year2}", year=old_start.year, year2=year))
    shift = Shift(years, 0)
    return shift.apply(old_start), shift.apply(old_end) if old_end is not None else None, shift


def _move_years(text: str, years: dict[int, int]) -> str:
    return _YEAR.sub(lambda m: str(years.get(int(m.group(0)), int(m.group(0)))), text)


def _clear_goals(edits: Editor, goals: Node | None) -> None:
    for goal in items(goals):
        if isinstance(goal, MappingNode):
            for key in GOAL_FOLLOW_UP:
                edits.remove(goal, key)


def _promise(text: str, root: MappingNode, start: PartialDate, end: PartialDate | None, years: dict[int, int]) -> str:
    edits = Editor(text)
    period = get(root, "period")
    for key, day in (("start", start), ("end", end)):
        node = get(period, key) if period is not None else None
        if node is not None and day is not None:
            edits.replace(node, day.isoformat())
    if isinstance(period, MappingNode):
        edits.remove(period, "extended_to")  # an extension was of last year's promise
    for node in (get(root, "title"), get(root, "subtitle"), get(period, "label") if period is not None else None):
        if isinstance(node, ScalarNode) and not node.style and node.start_mark.line == node.end_mark.line:
            moved = _move_years(node.value, years)
            if moved != node.value:
                edits.replace(node, scalar(moved))
        elif isinstance(node, ScalarNode) and node.style in ('"', "'") and node.start_mark.line == node.end_mark.line:
            moved = _move_years(node.value, years)
            if moved != node.value:
                edits.replace(node, quoted(moved))
    for key in PROMISE_SIGNING:
        edits.remove(root, key)
    _clear_goals(edits, get(root, "goals"))
    return edits.result()


def _area(text: str, root: MappingNode, shift: Shift) -> str:
    edits = Editor(text)
    _clear_goals(edits, get(root, "goals"))
    for commitment in items(get(root, "commitments")):
        for activity in items(get(commitment, "activities")):
            if not isinstance(activity, MappingNode):
                continue
            for key in ACTIVITY_FOLLOW_UP:
                edits.remove(activity, key)
            for key in ("start", "end"):
                node = get(activity, key)
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
        raise RolloverError(t("{path} cannot be read; run medlofte validate", path=path))
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
        raise RolloverError(t("the promise gives no period to move; add 'period:' to promise.yaml first"))
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
