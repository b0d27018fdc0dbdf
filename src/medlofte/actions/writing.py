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
    if not path.exists():
        return True
    if not path.is_file():
        return False
    current = path.read_bytes()
    if current == data:
        return True
    return _digest(current) in _manifest(path.parent).get(path.name, [])


def atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same directory, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # The name is cut so that the temporary name fits where the file's own name does.
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name[:40]}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        umask = os.umask(0)
        os.umask(umask)
        Path(temporary).chmod(0o666 & ~umask)
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_outputs(files: dict[Path, bytes], *, force: bool = False, track: bool = True) -> None:
    """Write every file or none: all targets are checked before the first is written.

    With ``track`` the hashes are recorded so that the next run may replace them: first
    the new ones beside the old ones, then the files, then the new ones alone. Wherever a
    full disk stops it, every file is still known as medlofte's own on the next run.
    """
    if not force:
        for path, data in files.items():
            if not replaceable(path, data):
                raise OutputExists(path)
    by_directory: dict[Path, dict[str, str]] = {}
    for path, data in files.items():
        by_directory.setdefault(path.parent, {})[path.name] = _digest(data)
    before = {directory: _manifest(directory) for directory in by_directory} if track else {}
    for directory, written in by_directory.items() if track else ():
        old = before[directory]
        _write_manifest(directory, {**old, **{name: [*old.get(name, []), digest] for name, digest in written.items()}})
    for path, data in files.items():
        atomic_write(path, data)
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
