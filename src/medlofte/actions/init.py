"""`medlofte init`: a new data repository that validates and renders straight away."""

from __future__ import annotations

import importlib.resources
from dataclasses import dataclass, field
from pathlib import Path

from medlofte.actions import writing
from medlofte.choices import CiKind
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


def planned_files(*, empty: bool = False, ci: CiKind = CiKind.github) -> dict[str, bytes]:
    """Relative path -> content of every file of a new repository."""
    root = _starter()
    files: dict[str, bytes] = {}
    data = root / ("empty" if empty else "example")
    for path in sorted(data.rglob("*.yaml")):
        files[f"data/{path.relative_to(data).as_posix()}"] = path.read_bytes()
    for name, text in jsonschema.schemas().items():
        files[f"schema/{name}"] = text.encode("utf-8")
    for stored, target in {**COMMON, **CI[ci]}.items():
        files[target] = (root / "common" / stored).read_bytes()
    return files


def init(target: Path, *, empty: bool = False, ci: CiKind = CiKind.github) -> Scaffold:
    """Lay out a new repository in ``target``; files that exist are kept, never replaced."""
    result = Scaffold()
    files: dict[Path, bytes] = {}
    for relative, content in planned_files(empty=empty, ci=ci).items():
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
