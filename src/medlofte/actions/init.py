"""`medlofte init`: a new data repository that validates and renders straight away."""

from __future__ import annotations

import importlib.resources
import re
from dataclasses import dataclass, field
from pathlib import Path

from medlofte.actions import wheel, writing
from medlofte.choices import CiKind, Lang
from medlofte.output import jsonschema

# Stored name in the package -> name in the new repository (package data has no dot-files).
COMMON = {
    "README.md": "README.md",
    "gitignore": ".gitignore",
    "pre-commit-config.yaml": ".pre-commit-config.yaml",
    "vscode/settings.json": ".vscode/settings.json",
    "vscode/extensions.json": ".vscode/extensions.json",
}
CI = {
    CiKind.github: {"github/workflows/medlofte.yml": ".github/workflows/medlofte.yml"},
    CiKind.gitlab: {"gitlab/gitlab-ci.yml": ".gitlab-ci.yml"},
    CiKind.none: {},
}


@dataclass
class Scaffold:
    written: list[Path] = field(default_factory=list)
    kept: list[Path] = field(default_factory=list)


def _starter() -> Path:
    return Path(str(importlib.resources.files("medlofte.actions.starter")))


# Where CI finds the medlofte to install: one pin, by default the wheel init puts beside it.
REQUIREMENTS = ".medlofte/requirements.txt"
GUIDE = "docs/data-format.md"
# The guide's links to the other pages of medlofte's documentation, which the new repository
# does not hold, point at them where they are published.
DOCS_URL = "https://github.com/medlofte/medlofte/blob/main/docs"
_DOC_LINK = re.compile(r"\]\((?![a-z]+:|#)([\w.-]+\.md)(#[^)]*)?\)")


def guide_text(lang: Lang) -> bytes:
    """The data guide in ``lang`` as the new repository holds it: links to medlofte's other
    pages made absolute."""
    text = (_starter() / "guide" / f"data-format.{Lang(lang).value}.md").read_text(encoding="utf-8")
    return _DOC_LINK.sub(lambda m: f"]({DOCS_URL}/{m[1]}{m[2] or ''})", text).encode("utf-8")


def requirements() -> bytes:
    """``.medlofte/requirements.txt``: the one line CI installs medlofte from."""
    return (
        "# The medlofte that CI installs: pip install -r .medlofte/requirements.txt\n"
        "# By default the wheel beside this file, which `medlofte init` wrote (medlofte itself needs\n"
        "# no package index; its dependencies come from PyPI). To use your own copy instead, replace\n"
        "# the last line with one of these and delete the wheel:\n"
        "#   medlofte @ git+https://github.com/<your organisation>/medlofte@<tag or commit>\n"
        "#   medlofte @ https://<your server>/" + wheel.file_name() + "\n"
        "#   ./tools/" + wheel.file_name() + "\n"
        "./.medlofte/" + wheel.file_name() + "\n"
    ).encode("utf-8")


def planned_files(
    *, empty: bool = False, ci: CiKind = CiKind.github, guide: Lang = Lang.sv, vendor: bool = True
) -> dict[str, bytes]:
    """Relative path -> content of every file of a new repository (with ``vendor``, the
    wheel of the running medlofte too: it is built, so leave it out where it is not needed)."""
    root = _starter()
    files: dict[str, bytes] = {}
    files[GUIDE] = guide_text(guide)
    files[REQUIREMENTS] = requirements()
    if vendor:
        files[f".medlofte/{wheel.file_name()}"] = wheel.build()
    data = root / ("empty" if empty else "example")
    for path in sorted(data.rglob("*.yaml")):
        files[f"data/{path.relative_to(data).as_posix()}"] = path.read_bytes()
    for name, text in jsonschema.schemas().items():
        files[f"schema/{name}"] = text.encode("utf-8")
    for stored, target in {**COMMON, **CI[ci]}.items():
        files[target] = (root / "common" / stored).read_bytes()
    return files


def init(target: Path, *, empty: bool = False, ci: CiKind = CiKind.github, guide: Lang = Lang.sv) -> Scaffold:
    """Lay out a new repository in ``target``; files that exist are kept, never replaced."""
    result = Scaffold()
    files: dict[Path, bytes] = {}
    for relative, content in planned_files(empty=empty, ci=ci, guide=guide).items():
        path = target / relative
        if path.exists() or path.is_symlink():
            result.kept.append(path)
            continue
        files[path] = content
        result.written.append(path)
    # All together or none (a full disk midway leaves no half repository); nothing is
    # recorded, as these are the user's files from the start.
    writing.write_outputs(files, track=False)
    return result
