"""The example data folders of docs/data-format.md (and of its Swedish twin,
docs/data-format.sv.md), written out for tests.

A YAML block whose first line is ``# file: <path>`` belongs to the main example folder; one
whose path starts with ``<folder>/`` and whose folder is named in ``FOLDERS`` belongs to that
example folder instead (``# file: shapes/promise.yaml``).
"""

from __future__ import annotations

import re
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"
FOLDERS = ("shapes",)
# The data guide in each language; the tests hold the two in step.
GUIDES = {"en": DOCS / "data-format.md", "sv": DOCS / "data-format.sv.md"}


def all_example_files(lang: str = "en") -> dict[str, dict[str, str]]:
    """Folder ('' for the main one) -> path -> YAML text."""
    markdown = GUIDES[lang].read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(# file: (\S+)\n.*?)```", markdown, flags=re.S)
    folders: dict[str, dict[str, str]] = {"": {}}
    for body, path in blocks:
        folder, _, rest = path.partition("/")
        if folder in FOLDERS:
            folders.setdefault(folder, {})[rest] = body
        else:
            folders[""][path] = body
    return folders


def example_files(folder: str = "", lang: str = "en") -> dict[str, str]:
    return all_example_files(lang)[folder]


def write_example(target: Path, folder: str = "", lang: str = "en") -> Path:
    for name, body in example_files(folder, lang).items():
        path = target / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body, encoding="utf-8")
    return target
