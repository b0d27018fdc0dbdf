"""The example data folder of docs/data-format.md, written out for tests."""

from __future__ import annotations

import re
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"


def example_files() -> dict[str, str]:
    """YAML blocks of docs/data-format.md whose first line is ``# file: <path>``."""
    markdown = (DOCS / "data-format.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(# file: (\S+)\n.*?)```", markdown, flags=re.S)
    return {path: body for body, path in blocks}


def write_example(target: Path) -> Path:
    for name, body in example_files().items():
        path = target / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body, encoding="utf-8")
    return target
