"""Rich tables rendered to text, so formatters return strings and the command line prints."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

# Control characters: data may bring them (a source line with ESC, a file name with BEL),
# and a terminal or a CI log would act on them (set its title, clear the screen).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """``text`` with each control character shown as U+FFFD, so that columns still line up."""
    return _CONTROL.sub("\ufffd", text) if _CONTROL.search(text) else text


def console_text(color: bool, width: int) -> tuple[Console, Callable[[], str]]:
    """A rich console that records into a string ``width`` columns wide, and the function
    that returns what was printed. Colour only when asked for, as at a terminal."""
    from rich.console import Console

    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        no_color=not color,
        force_terminal=color,
        color_system="auto" if color else None,
        highlight=False,
    )
    return console, buffer.getvalue


# A cell longer than this is cut in a terminal table: nobody reads a megabyte in a
# terminal, and rich's layout of it takes minutes.
CELL_LIMIT = 4000
# Words longer than this (web addresses) may be broken; names never are.
LONGEST_WORD = 30


def clip(text: str, limit: int = CELL_LIMIT) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _longest_word(text: str) -> int:
    return min(LONGEST_WORD, max((len(word) for word in text.split()), default=0))


def _longest_line(text: str) -> int:
    return max((len(line) for line in text.split("\n")), default=0)


def column_widths(headers: list[str], rows: list[list[str]], width: int, ratios: list[int] | None = None) -> list[int] | None:
    """Widths of a boxed table ``width`` columns wide in which no word is broken: each
    column as wide as its longest word, the rest shared by ``ratios`` up to each column's
    longest line. None when the longest words do not fit side by side."""
    count = len(headers)
    ratios = ratios or [1] * count
    available = width - (3 * count + 1)  # a border before each column and after the last, padding 1 a side
    columns = [[headers[i], *(row[i] for row in rows)] for i in range(count)]
    widths = [max(1, max(_longest_word(cell) for cell in column)) for column in columns]
    if sum(widths) > available:
        return None
    natural = [max(widths[i], max(_longest_line(cell) for cell in column)) for i, column in enumerate(columns)]
    spare = available - sum(widths)
    while spare > 0:
        wanting = [i for i in range(count) if widths[i] < natural[i]]
        if not wanting:
            break
        total = sum(ratios[i] for i in wanting)
        given = 0
        for i in sorted(wanting, key=lambda i: natural[i] - widths[i]):  # the nearly whole first
            deficit, share = natural[i] - widths[i], max(1, spare * ratios[i] // total)
            take = min(deficit if deficit <= 2 * share else share, spare - given)
            widths[i] += take
            given += take
        spare -= given
    return widths


def table(
    title: Text | None,
    headers: list[str],
    rows: list[list[str]],
    widths: list[int] | None,
    *,
    show_lines: bool = False,
    right: frozenset[int] = frozenset(),
) -> Table:
    """A rich table of plain texts (never markup), the columns in ``right`` right-aligned.
    Without widths (a terminal too narrow for whole words) rich shares out the width."""
    from rich.table import Table
    from rich.text import Text

    made = Table(title=title, title_justify="left", show_lines=show_lines, expand=widths is None)
    for index, header in enumerate(headers):
        width = widths[index] if widths else None
        if index in right:
            made.add_column(header, width=width, overflow="fold", justify="right")
        else:
            made.add_column(header, width=width, overflow="fold")
    for row in rows:
        made.add_row(*(Text(cell) for cell in row))
    return made
