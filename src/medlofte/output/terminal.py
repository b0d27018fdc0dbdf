"""Rich tables rendered to text, so formatters return strings and the command line prints."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console


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
