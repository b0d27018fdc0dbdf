"""A data directory read into the model: promise.yaml, actors.yaml and areas/*.yaml.

Reading never raises for bad user data: every problem is a finding on the dataset.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from medlofte.data import formats, rules, strictyaml
from medlofte.data.findings import Finding, Loc, Severity
from medlofte.data.kinds import Invalid, ObjectKind, Walker
from medlofte.data.model import Area, Promise, Theme
from medlofte.data.registry import Registry
from medlofte.messages import t

PROMISE_NAMES = ("promise.yaml", "promise.yml")
ACTORS_NAMES = ("actors.yaml", "actors.yml")
AREAS_DIR = "areas"
YAML_SUFFIXES = (".yaml", ".yml")
# Files replaced together (medlofte collect) are first written as ".<name>.medlofte-new" and
# named in a journal; while the journal is there, the new files are the data.
JOURNAL = ".medlofte-commit.json"
PENDING = ".medlofte-new"
# More area files than this in areas/ (or YAML files in the data folder itself) and none of
# them is read: a promise has a dozen; 100,000 files would take a minute and a gigabyte.
MAX_AREA_FILES = 2_000

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


class Unreadable(Exception):
    """A file that is not read, with the finding that says why (see :func:`read_bounded`)."""

    def __init__(self, finding: Finding) -> None:
        super().__init__(finding.message)
        self.finding = finding


# What a file that is not an ordinary file is, in words.
_SPECIAL = (
    (stat.S_ISFIFO, t("a named pipe")),
    (stat.S_ISCHR, t("a device")),
    (stat.S_ISBLK, t("a device")),
    (stat.S_ISSOCK, t("a socket")),
)


def read_bounded(path: Path, shown: str, cap: int = strictyaml.MAX_FILE_BYTES) -> bytes:
    """A file's bytes, at most ``cap``: the file is opened first (without waiting, should it
    be a named pipe), what was opened is checked to be an ordinary file no larger than the
    cap, and no more than ``cap`` + 1 bytes are ever read (a file that grows meanwhile, or a
    link to /dev/zero, costs a megabyte, not the memory). Raises :class:`Unreadable`."""
    start = Loc(shown, 1, 1)
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError as err:
        with contextlib.suppress(OSError):  # a socket cannot be opened at all
            _ordinary(path.stat().st_mode, start)
        raise Unreadable(_cannot_read(start, err)) from None
    try:
        mode = os.fstat(handle)
        if stat.S_ISDIR(mode.st_mode):
            raise Unreadable(_cannot_read(start, IsADirectoryError(21, os.strerror(21))))
        _ordinary(mode.st_mode, start)
        if mode.st_size > cap:
            raise Unreadable(_too_large(start, mode.st_size, cap))
        chunks: list[bytes] = []
        size = 0
        while size <= cap:
            chunk = os.read(handle, cap + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as err:
        raise Unreadable(_cannot_read(start, err)) from None
    finally:
        os.close(handle)
    if size > cap:
        raise Unreadable(_too_large(start, None, cap))
    return b"".join(chunks)


def _ordinary(mode: int, start: Loc) -> None:
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return
    what = next((name for test, name in _SPECIAL if test(mode)), t("not an ordinary file"))
    raise Unreadable(
        Finding(
            "ML120",
            start,
            t("This is {what}, not a file; medlofte reads only ordinary files.", what=what),
            t("Put the YAML file itself here (copy it in place of what is there now)."),
        )
    )


def _cannot_read(start: Loc, err: OSError) -> Finding:
    reason = err.strerror or type(err).__name__
    return Finding("ML100", start, t("Cannot read the file: {reason}.", reason=reason), t("Check that it is a readable file."))


def _too_large(start: Loc, size: int | None, cap: int) -> Finding:
    """The size when it is known, else (a file that grew while it was read) 'more than the cap'."""
    said = (
        t("The file is {size:,} bytes; the cap is {cap:,} bytes.", size=size, cap=cap)
        if size is not None
        else t("The file is more than {cap:,} bytes; the cap is {cap:,} bytes.", cap=cap)
    )
    return Finding("ML101", start, said, t("Split it up: a promise file or an area file needs far less than this."))


def read_file(
    path: Path, kind: ObjectKind[T], findings: list[Finding], source: Path | None = None, shown: str | None = None
) -> T | None:
    """One file: bytes, strict parse, conversion; ``None`` when it cannot be used.
    ``source`` is where to read its bytes when they are not yet in place (see ``pending``);
    ``shown`` is the name its locations give (default: its path)."""
    shown = shown or display(path)
    try:
        data = read_bounded(source or path, shown)
    except Unreadable as unread:
        findings.append(unread.finding)
        return None
    node, problems = strictyaml.parse(shown, data)
    if node is None:
        findings.extend(problems)
        return None
    walker = Walker(shown, data)
    value = kind.convert(node, walker)
    findings.extend(walker.findings)
    return None if isinstance(value, Invalid) else value


def load_theme(path: Path) -> tuple[Theme | None, list[Finding]]:
    """A theme file (``render --theme FILE``) with its logo read, and every finding about it."""
    from medlofte.data import theme

    findings: list[Finding] = []
    found = read_file(path, formats.THEME_FILE, findings)
    if found is not None:
        findings.extend(theme.check(found, path.parent, display))
    findings.sort(key=Finding.sort_key)
    return (found if not any(f.severity is Severity.ERROR for f in findings) else None), findings


def _first_existing(root: Path, names: tuple[str, ...]) -> Path | None:
    for name in names:
        candidate = root / name
        if candidate.exists():
            return candidate
    return None


def is_yaml(name: str) -> bool:
    """A YAML file by its name: .yaml or .yml in any case ('01-trafik.YAML' too)."""
    return name.lower().endswith(YAML_SUFFIXES) and not name.startswith(".")


def _entries(folder: Path) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as found:
            return sorted(found, key=lambda e: e.name)
    except OSError:
        return []


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _area_entries(root: Path) -> list[os.DirEntry[str]]:
    return [e for e in _entries(root / AREAS_DIR) if is_yaml(e.name)]


def area_files(root: Path) -> list[Path]:
    """The area files in areas/, in file-name order."""
    return [root / AREAS_DIR / e.name for e in _area_entries(root)]


def _repository(root: Path) -> Path:
    """Where the data's repository starts: the nearest folder with .git, else the data directory."""
    resolved = root.resolve()
    for folder in (resolved, *resolved.parents):
        if (folder / ".git").exists():
            return folder
    return resolved


def outside_link(path: Path, root: Path, linked: bool | None = None) -> Path | None:
    """Where ``path`` leads when it, or the areas/ folder it is in, is a symbolic link to a
    place outside the repository; such a file is never read, so nothing from outside the
    repository can end up in a message (or a CI log). ``linked`` says whether it is a link,
    when the caller knows."""
    if linked is None:
        linked = any(p.is_symlink() for p in (path, path.parent) if p != root)
    if not linked:
        return None
    try:
        target = path.resolve()
    except (OSError, RuntimeError):  # a loop of links: reading it reports the problem
        return None
    boundary = _repository(root)
    return None if boundary == target or boundary in target.parents else target


def _readable(
    path: Path, root: Path, findings: list[Finding], show: Callable[[Path], str] = display, linked: bool | None = None
) -> bool:
    target = outside_link(path, root, linked)
    if target is None:
        return True
    shown = path.readlink().as_posix() if path.is_symlink() else target.as_posix()  # as the link was written
    findings.append(
        Finding(
            "ML116",
            Loc(show(path), 1, 1),
            t("This file is a link to '{shown}', outside the repository; medlofte does not read it.", shown=shown),
            t("Copy the file into the repository instead of linking to it."),
        )
    )
    return False


def too_many(shown: str, count: int, hint: str) -> Finding:
    """More YAML files in one folder than :data:`MAX_AREA_FILES`: none of them is read."""
    return Finding(
        "ML121",
        Loc(shown, 1, 1),
        t(
            "This folder holds {count:,} YAML files; the cap is {cap:,}, so medlofte reads none of them.",
            count=count,
            cap=MAX_AREA_FILES,
        ),
        hint,
    )


def _not_read(shown: str, message: str, hint: str) -> Finding:
    return Finding("ML115", Loc(shown, 1, 1), message, hint)


def unread_files(root: Path, promise: Path | None, actors: Path | None, show: Callable[[Path], str] = display) -> list[Finding]:
    """Files that look like data but are not read: an area file in the data folder itself or
    in a folder other than areas/, in a sub-folder of areas/, or named '.yaml.txt'."""
    found: list[Finding] = []
    used = {p.name for p in (promise, actors) if p is not None}
    areas = AREAS_DIR
    top = _entries(root)
    loose = sum(1 for e in top if (is_yaml(e.name) or _hidden_suffix(e.name)) and e.name not in used)
    if loose > MAX_AREA_FILES:
        found.append(
            too_many(
                show(root),
                loose,
                t(
                    "Only {promise} and {actors} belong here, the areas in {areas}/: move the other files out.",
                    promise=PROMISE_NAMES[0],
                    actors=ACTORS_NAMES[0],
                    areas=areas,
                ),
            )
        )
        top = [e for e in top if _is_dir(e)]
    for entry in top:
        name = entry.name
        if name.startswith("."):
            continue
        path = root / name
        if _is_dir(entry):
            if name != AREAS_DIR:
                for inner in _yaml_below(path):
                    relative = inner.relative_to(root).as_posix()
                    found.append(
                        _not_read(
                            show(inner),
                            t(
                                "This file is in '{folder}/', which medlofte does not read: area files go in '{areas}/'.",
                                folder=relative.rsplit("/", 1)[0],
                                areas=AREAS_DIR,
                            ),
                            t("Move it to {areas}/ (or rename the folder to '{name}').", areas=areas, name=AREAS_DIR),
                        )
                    )
            continue
        if name in used:
            continue
        if is_yaml(name):
            wanted = PROMISE_NAMES if name.lower() in PROMISE_NAMES else ACTORS_NAMES if name.lower() in ACTORS_NAMES else ()
            if wanted:
                chosen = promise if wanted is PROMISE_NAMES else actors
                message = t("This file is not read: medlofte reads {name} instead.", name=chosen.name if chosen else wanted[0])
                hint = t("Merge the two files into one and delete this one.")
            else:
                message = t(
                    "This file is not read: only {promise} and {actors} belong in the data folder itself.",
                    promise=PROMISE_NAMES[0],
                    actors=ACTORS_NAMES[0],
                )
                hint = t("If it is a problem area, move it to {areas}/.", areas=areas)
            found.append(_not_read(show(path), message, hint))
        elif _hidden_suffix(name):
            found.append(_txt_finding(path, show))
    for entry in _entries(root / AREAS_DIR):
        if is_yaml(entry.name) or entry.name.startswith("."):  # read (a folder named .yaml: ML100)
            continue
        path = root / AREAS_DIR / entry.name
        if _is_dir(entry):
            for inner in _yaml_below(path):
                found.append(
                    _not_read(
                        show(inner),
                        t(
                            "This file is in a sub-folder of {areas}/; medlofte reads only the files in {areas}/ itself.",
                            areas=AREAS_DIR,
                        ),
                        t("Move it to {areas}/.", areas=areas),
                    )
                )
        elif _hidden_suffix(entry.name):
            found.append(_txt_finding(path, show))
    return found


def _hidden_suffix(name: str) -> bool:
    """'01-trafik.yaml.txt': saved by an editor that added '.txt' (Windows hides it)."""
    lower = name.lower()
    return lower.endswith(".txt") and is_yaml(lower[: -len(".txt")])


def _txt_finding(path: Path, show: Callable[[Path], str]) -> Finding:
    return _not_read(
        show(path),
        t("This file is named '{name}', so it is not read as YAML (Windows may hide the '.txt').", name=path.name),
        t("Rename it to '{name}'.", name=path.name[: -len(".txt")]),
    )


def _yaml_below(folder: Path) -> list[Path]:
    """The YAML files in a folder (not in its sub-folders); none when the folder is a data
    directory of its own (it holds a promise file)."""
    entries = _entries(folder)
    if any(e.name in PROMISE_NAMES for e in entries):
        return []
    return [folder / e.name for e in entries if (is_yaml(e.name) or _hidden_suffix(e.name)) and not _is_dir(e)][
        : MAX_AREA_FILES + 1
    ]


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
    actors_path = _first_existing(root, ACTORS_NAMES)
    findings.extend(unread_files(root, promise_path, actors_path, show))
    if promise_path is None:
        findings.append(
            Finding(
                "ML112",
                Loc(show(root / PROMISE_NAMES[0]), 1, 1),
                t("The promise file is missing."),
                t("Create promise.yaml (see docs/data-format.md)."),
            )
        )
    else:
        data.files += 1
        if _readable(promise_path, root, findings, show):
            data.promise = read_file(promise_path, formats.PROMISE_FILE, findings, new.get(promise_path), show(promise_path))

    data.actors_file = show(actors_path or root / ACTORS_NAMES[0])
    registry = None
    if actors_path is None:
        findings.append(
            Finding(
                "ML112",
                Loc(data.actors_file, 1, 1),
                t("The actor registry is missing."),
                t("Create actors.yaml (see docs/data-format.md)."),
            )
        )
    else:
        data.files += 1
        if _readable(actors_path, root, findings, show):
            registry = read_file(actors_path, formats.ACTORS_FILE, findings, new.get(actors_path), show(actors_path))
            if registry is not None:
                data.registry = Registry(registry.actors)

    entries = _area_entries(root)
    folder_linked = (root / AREAS_DIR).is_symlink()
    if len(entries) > MAX_AREA_FILES:
        findings.append(
            too_many(
                show(root / AREAS_DIR),
                len(entries),
                t(
                    "A promise needs one file per problem area, a dozen or so: move the other files out of {areas}/.",
                    areas=AREAS_DIR,
                ),
            )
        )
        entries = []
    elif not entries:
        findings.append(
            Finding(
                "ML113",
                Loc(show(root / AREAS_DIR), 1, 1),
                t("No problem-area files found."),
                t(
                    "Add one YAML file per problem area under {folder}/ (see docs/data-format.md).",
                    folder=show(root / AREAS_DIR),
                ),
            )
        )
    areas: list[Area] = []
    for entry in entries:
        data.files += 1
        path = root / AREAS_DIR / entry.name
        shown_path = show(path)
        readable = _readable(path, root, findings, show, folder_linked or entry.is_symlink())
        area = read_file(path, formats.AREA, findings, new.get(path), shown_path) if readable else None
        if area is not None:
            area.file = shown_path
            areas.append(area)
    areas.sort(key=lambda a: (a.order is None, a.order or 0, a.file))
    data.areas = areas

    if data.promise is not None and data.promise.theme is not None:
        from medlofte.data import theme

        findings.extend(theme.check(data.promise.theme, root, show))
    broken = frozenset(f.loc.path for f in findings if f.severity is Severity.ERROR)
    checked = data.registry if registry is not None else None
    findings.extend(rules.check(data.promise, checked, data.areas, data.actors_file, broken))
    findings.sort(key=Finding.sort_key)
    data.findings = findings
    return data
