"""A data directory read into the model: promise.yaml, actors.yaml and areas/*.yaml.

Reading never raises for bad user data: every problem is a finding on the dataset.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TypeVar

from medlofte.data import formats, rules, strictyaml
from medlofte.data.findings import Finding, Loc, Severity
from medlofte.data.kinds import Invalid, ObjectKind, Walker
from medlofte.data.model import Area, Promise
from medlofte.data.registry import Registry

PROMISE_NAMES = ("promise.yaml", "promise.yml")
ACTORS_NAMES = ("actors.yaml", "actors.yml")
AREAS_DIR = "areas"
YAML_SUFFIXES = (".yaml", ".yml")
# Files replaced together (medlofte collect) are first written as ".<name>.medlofte-new" and
# named in a journal; while the journal is there, the new files are the data.
JOURNAL = ".medlofte-commit.json"
PENDING = ".medlofte-new"

T = TypeVar("T")


class Dataset:
    """One data directory as read: the model, and every finding about it."""

    def __init__(
        self,
        root: str,
        promise: Promise | None = None,
        registry: Registry | None = None,
        areas: list[Area] | None = None,
        findings: list[Finding] | None = None,
        files: int = 0,
        actors_file: str = "",
    ) -> None:
        self.root = root
        self.promise = promise
        self.registry = registry if registry is not None else Registry([])
        self.areas = areas if areas is not None else []
        self.findings = findings if findings is not None else []
        self.files = files
        self.actors_file = actors_file

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.ERROR]

    @property
    def ok(self) -> bool:
        return not self.errors


def display(path: Path) -> str:
    return path.as_posix()


def pending(root: Path) -> dict[Path, Path]:
    """Target -> new file of a replacement that was interrupted after it was committed."""
    import json

    try:
        pairs = json.loads((root / JOURNAL).read_text(encoding="utf-8"))
        found = {root / target: root / new for new, target in pairs}
    except (OSError, ValueError, TypeError):
        return {}
    return {target: new for target, new in found.items() if new.exists()}


def read_file(
    path: Path, kind: ObjectKind[T], findings: list[Finding], source: Path | None = None, shown: str | None = None
) -> T | None:
    """One file: bytes, strict parse, conversion; ``None`` when it cannot be used.
    ``source`` is where to read its bytes when they are not yet in place (see ``pending``);
    ``shown`` is the name its locations give (default: its path)."""
    shown = shown or display(path)
    try:
        data = (source or path).read_bytes()
    except OSError as err:
        reason = err.strerror or type(err).__name__
        findings.append(
            Finding("ML100", Loc(shown, 1, 1), f"Cannot read the file: {reason}.", "Check that it is a readable file.")
        )
        return None
    node, problems = strictyaml.parse(shown, data)
    if node is None:
        findings.extend(problems)
        return None
    walker = Walker(shown)
    value = kind.convert(node, walker)
    findings.extend(walker.findings)
    return None if isinstance(value, Invalid) else value


def _first_existing(root: Path, names: tuple[str, ...]) -> Path | None:
    for name in names:
        candidate = root / name
        if candidate.exists():
            return candidate
    return None


def area_files(root: Path) -> list[Path]:
    folder = root / AREAS_DIR
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return []
    return [folder / e.name for e in entries if e.name.endswith(YAML_SUFFIXES) and not e.name.startswith(".")]


def load(root: Path | str, shown: str | None = None) -> Dataset:
    """Read and check one data directory.

    ``shown`` names the directory in every location instead of its path: a copy of the
    data at a git revision is read from a temporary folder but shown as 'HEAD:data'.

    The cyclic garbage collector is paused meanwhile: reading makes many small objects
    (nodes, marks, model objects, findings) and no reference cycles, and the collector would
    walk the live ones again and again (a file of 100,000 duplicate keys took more than
    twice as long). Reference counting still frees everything.
    """
    import gc

    enabled = gc.isenabled()
    gc.disable()
    try:
        return _load(Path(root), shown)
    finally:
        if enabled:
            gc.enable()


def _load(root: Path, shown: str | None) -> Dataset:
    new = pending(root)
    findings: list[Finding] = []
    prefix = display(root)

    def show(path: Path) -> str:
        text = display(path)
        return shown + text[len(prefix) :] if shown is not None and text.startswith(prefix) else text

    data = Dataset(show(root))

    promise_path = _first_existing(root, PROMISE_NAMES)
    if promise_path is None:
        findings.append(
            Finding(
                "ML112",
                Loc(show(root / PROMISE_NAMES[0]), 1, 1),
                "The promise file is missing.",
                "Create promise.yaml (see docs/data-format.md).",
            )
        )
    else:
        data.files += 1
        data.promise = read_file(promise_path, formats.PROMISE_FILE, findings, new.get(promise_path), show(promise_path))

    actors_path = _first_existing(root, ACTORS_NAMES)
    data.actors_file = show(actors_path or root / ACTORS_NAMES[0])
    if actors_path is None:
        findings.append(
            Finding(
                "ML112",
                Loc(data.actors_file, 1, 1),
                "The actor registry is missing.",
                "Create actors.yaml (see docs/data-format.md).",
            )
        )
    registry = None
    if actors_path is not None:
        data.files += 1
        registry = read_file(actors_path, formats.ACTORS_FILE, findings, new.get(actors_path), show(actors_path))
        if registry is not None:
            data.registry = Registry(registry.actors)

    paths = area_files(root)
    if not paths:
        findings.append(
            Finding(
                "ML113",
                Loc(show(root / AREAS_DIR), 1, 1),
                "No problem-area files found.",
                f"Add one YAML file per problem area under {show(root / AREAS_DIR)}/ (see docs/data-format.md).",
            )
        )
    areas: list[Area] = []
    for path in paths:
        data.files += 1
        shown_path = show(path)
        area = read_file(path, formats.AREA, findings, new.get(path), shown_path)
        if area is not None:
            area.file = shown_path
            areas.append(area)
    areas.sort(key=lambda a: (a.order is None, a.order or 0, a.file))
    data.areas = areas

    broken = frozenset(f.loc.path for f in findings if f.severity is Severity.ERROR)
    checked = data.registry if registry is not None else None
    findings.extend(rules.check(data.promise, checked, data.areas, data.actors_file, broken))
    findings.sort(key=Finding.sort_key)
    data.findings = findings
    return data
