"""Writing outputs: atomically, and never over a file the user made or changed.

A file is replaced only with ``force``, or when medlofte wrote it itself and it is
unchanged since: each output directory keeps the hashes of what medlofte wrote there in
``.medlofte-outputs.json``.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from medlofte.data.loading import JOURNAL, PENDING
from medlofte.errors import OutputExists

MANIFEST = ".medlofte-outputs.json"


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _manifest(directory: Path) -> dict[str, list[str]]:
    """File name -> the digests medlofte wrote it with: one, or while a write is under way
    the old and the new one."""
    try:
        loaded = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(loaded, dict):
        return {}
    return {str(k): [str(d) for d in v] if isinstance(v, list) else [str(v)] for k, v in loaded.items()}


def _write_manifest(directory: Path, manifest: dict[str, list[str]]) -> None:
    plain = {name: digests[0] if len(digests) == 1 else digests for name, digests in manifest.items()}
    atomic_write(directory / MANIFEST, (json.dumps(plain, indent=2, sort_keys=True) + "\n").encode())


def replaceable(path: Path, data: bytes) -> bool:
    """True when writing ``data`` to ``path`` loses nothing: the file is new, already holds
    exactly this, or is medlofte's own unchanged output."""
    return _check(path, data, {}) != "theirs"


def _check(path: Path, data: bytes, manifests: dict[Path, dict[str, list[str]]], whose: bool = True) -> str:
    """'new', 'same' (the file holds exactly ``data``), 'ours' (medlofte's own unchanged
    output) or 'theirs' ('other' without ``whose``); each folder's record read once into
    ``manifests`` however many of its files are asked about."""
    if not path.exists():
        return "new"
    if not path.is_file():
        return "theirs"
    current = path.read_bytes()
    if current == data:
        return "same"
    if not whose:
        return "other"
    if path.parent not in manifests:
        manifests[path.parent] = _manifest(path.parent)
    return "ours" if _digest(current) in manifests[path.parent].get(path.name, []) else "theirs"


def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


def _stage(path: Path, data: bytes, mode: int) -> Path:
    """``data`` on disk in a new temporary file beside ``path`` (its folder exists), with
    the permissions a new file gets."""
    # The name is cut so that the temporary name fits where the file's own name does.
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name[:40]}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).chmod(mode)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return Path(temporary)


def atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same directory, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = _stage(path, data, 0o666 & ~_umask())
    try:
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


# Files staged at once: a file's cost is mostly the wait for the disk (creating it, and
# fsync), which several threads share; one at a time, a site of 450 pages took seconds.
_STAGING_THREADS = 8


def _stage_all(files: dict[Path, bytes]) -> dict[Path, Path]:
    """Every file's temporary beside it, or none (and the first error in the files' order)."""
    for directory in dict.fromkeys(path.parent for path in files):
        directory.mkdir(parents=True, exist_ok=True)
    mode = 0o666 & ~_umask()
    if len(files) < _STAGING_THREADS:
        staged: dict[Path, Path] = {}
        try:
            for path, data in files.items():
                staged[path] = _stage(path, data, mode)
        except BaseException:
            for temporary in staged.values():
                temporary.unlink(missing_ok=True)
            raise
        return staged
    from concurrent.futures import ThreadPoolExecutor, wait

    with ThreadPoolExecutor(max_workers=_STAGING_THREADS) as pool:
        futures = {path: pool.submit(_stage, path, data, mode) for path, data in files.items()}
        wait(futures.values())
    failed = next((f.exception() for f in futures.values() if f.exception() is not None), None)
    if failed is not None:
        for future in futures.values():
            if future.exception() is None:
                future.result().unlink(missing_ok=True)
        raise failed
    return {path: future.result() for path, future in futures.items()}


def write_outputs(files: dict[Path, bytes], *, force: bool = False, track: bool = True) -> None:
    """Write every file or none: all targets are checked before the first is written.

    A file that already holds exactly its new bytes is left as it is (a site built again
    rewrites only the pages that changed). Every other file is first written beside its
    target (on disk, several at a time); only then are they renamed into place. With
    ``track`` the hashes are recorded so that the next run may replace them: first the new
    ones beside the old ones, then the files, then the new ones alone. Wherever a full disk stops it, every file is still known as
    medlofte's own on the next run.
    """
    manifests: dict[Path, dict[str, list[str]]] = {}
    unchanged: set[Path] = set()
    for path, data in files.items():
        found = _check(path, data, manifests, whose=not force)
        if found == "theirs" and not force:
            raise OutputExists(path)
        if found == "same":
            unchanged.add(path)
    by_directory: dict[Path, dict[str, str]] = {}
    for path, data in files.items():
        by_directory.setdefault(path.parent, {})[path.name] = _digest(data)
    staged = _stage_all({path: data for path, data in files.items() if path not in unchanged})
    try:
        before = {d: manifests[d] if d in manifests else _manifest(d) for d in by_directory} if track else {}
        for directory, written in by_directory.items() if track else ():
            old = before[directory]
            _write_manifest(directory, {**old, **{name: [*old.get(name, []), digest] for name, digest in written.items()}})
        for path, temporary in staged.items():
            temporary.replace(path)
    except BaseException:
        for temporary in staged.values():
            temporary.unlink(missing_ok=True)  # those not renamed yet
        raise
    for directory, written in by_directory.items() if track else ():
        _write_manifest(directory, {**before[directory], **{name: [digest] for name, digest in written.items()}})


def replace_together(root: Path, files: dict[Path, bytes]) -> None:
    """Replace several of the user's files so that they change together: every new file is
    written beside its target first, then a journal naming them is put in place (the point
    of no return), then each is renamed over its target and the journal removed.

    A run killed before the journal leaves every file as it was; one killed after it is
    completed by :func:`recover` (the next ``collect`` calls it), and until then every
    medlofte command reads the new files (see ``data.loading``), so nothing ever sees a
    mix of old and new.
    """
    recover(root)
    staged: dict[Path, Path] = {}
    try:
        for path, data in files.items():
            temporary = path.with_name(f".{path.name}{PENDING}")
            with temporary.open("wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            staged[path] = temporary
        pairs = [[os.path.relpath(t, root), os.path.relpath(p, root)] for p, t in staged.items()]
        atomic_write(root / JOURNAL, (json.dumps(pairs, ensure_ascii=False) + "\n").encode("utf-8"))
    except BaseException:
        for temporary in staged.values():
            temporary.unlink(missing_ok=True)
        raise
    recover(root)


def recover(root: Path) -> None:
    """Finish a replacement that was interrupted after its journal was written, and take
    away new files of one interrupted before."""
    journal = root / JOURNAL
    try:
        pairs = json.loads(journal.read_text(encoding="utf-8"))
    except FileNotFoundError:
        pairs = None
    except (OSError, ValueError):
        pairs = []  # a journal cut short was never complete: it is not a commit
    if pairs is not None:
        for temporary, target in pairs:
            source = root / temporary
            if source.exists():
                source.replace(root / target)
        journal.unlink(missing_ok=True)
    for stray in root.rglob(f".*{PENDING}"):
        stray.unlink(missing_ok=True)
