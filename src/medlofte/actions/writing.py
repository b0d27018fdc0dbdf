"""Writing outputs: all of a command's files together, and never over a file the user made
or changed.

A file is replaced only with ``force``, or when medlofte wrote it itself and it is
unchanged since: each output directory keeps the hashes of what medlofte wrote there in
``.medlofte-outputs.json``, read and changed only under a lock on the directory, so that
runs side by side merge their entries.

All files of one command change together. Each is first written beside its target under a
temporary name (``.medlofte-tmp-…``) and flushed to disk, the record gets the new hashes
beside the old ones, then a journal naming every pair is put in place (the point of no
return), every file is renamed over its target and the journal removed. A run that stops
anywhere (a kill, a full disk) leaves the old set or, once the journal is there, a set the
next run writing into the folder completes; that run also takes away the temporary files
a killed run left. Nothing else in the folder is ever touched. A file that already holds
its new bytes is left as it is (not staged, not in the journal), and each folder's record
is read once per run.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import signal
import stat
import sys
import tempfile
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import FrameType

from medlofte.data.loading import JOURNAL, PENDING
from medlofte.errors import Interrupted, OutputExists

MANIFEST = ".medlofte-outputs.json"
# Every temporary file medlofte makes beside a target starts with this, so that the next
# run can tell a killed run's leftovers from the user's files.
TEMPORARY = ".medlofte-tmp-"
# The journal of a set of outputs (a collect of data files has its own, data.loading.JOURNAL).
OUTPUT_JOURNAL = ".medlofte-outputs-commit.json"
# Windows locks a file, not a folder: this one (POSIX locks the folder itself, no file).
LOCK_FILE = ".medlofte-outputs.lock"


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------------------------------
# The lock


@contextlib.contextmanager
def locked(directories: Iterable[Path]) -> Iterator[None]:
    """Hold an exclusive lock on every directory until the block ends. They are taken in one
    order (by resolved path), so two runs waiting for each other's folders cannot happen."""
    unique: dict[str, Path] = {}
    for directory in directories:
        resolved = directory.resolve()
        unique[str(resolved)] = resolved
    held: list[int] = []
    try:
        for key in sorted(unique):
            held.append(_lock(unique[key]))
        yield
    finally:
        for handle in reversed(held):
            os.close(handle)  # closing releases the lock


if sys.platform == "win32":  # pragma: no cover - tested on Windows only
    import msvcrt

    def _lock(directory: Path) -> int:
        handle = os.open(directory / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o666)
        while True:
            try:
                msvcrt.locking(handle, msvcrt.LK_LOCK, 1)  # tries for 10 s, then raises
                return handle
            except OSError as err:
                if err.errno != errno.EDEADLK:
                    os.close(handle)
                    raise

else:
    import fcntl

    # A file system without locks (some network shares) is written without one.
    _NO_LOCKS = {errno.ENOLCK, errno.EOPNOTSUPP, getattr(errno, "ENOTSUP", errno.EOPNOTSUPP), errno.EINVAL}

    def _lock(directory: Path) -> int:
        handle = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            fcntl.flock(handle, fcntl.LOCK_EX)
        except OSError as err:
            if err.errno not in _NO_LOCKS:
                os.close(handle)
                raise
        except BaseException:
            os.close(handle)
            raise
        return handle


# ---------------------------------------------------------------------------------------
# Signals: SIGINT and SIGTERM while files are written end the write cleanly


@contextlib.contextmanager
def _interruptible() -> Iterator[None]:
    """While the block runs, SIGINT and SIGTERM raise :class:`Interrupted`, so that the
    temporary files are taken away (or a committed set completed) before the run ends."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: FrameType | None) -> None:
        raise Interrupted(signum)

    names = [getattr(signal, n) for n in ("SIGINT", "SIGTERM") if hasattr(signal, n)]
    before = {n: signal.signal(n, stop) for n in names}
    try:
        yield
    finally:
        for number, handler in before.items():
            signal.signal(number, handler)


# ---------------------------------------------------------------------------------------
# Single files


def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


def _stage(path: Path, data: bytes, name: str | None = None) -> Path:
    """``data`` in a new file beside ``path``, flushed to disk: a temporary name, or ``name``.
    An error names ``path``, not the temporary file."""
    try:
        return _staged(path, data, name)
    except OSError as err:
        raise _naming(err, path) from err


def _naming(err: OSError, path: Path) -> OSError:
    return OSError(err.errno, err.strerror or str(err), str(path)) if err.errno else err


def _staged(path: Path, data: bytes, name: str | None) -> Path:
    if name is None:
        # The name is cut so that the temporary name fits where the file's own name does.
        handle, made = tempfile.mkstemp(dir=path.parent, prefix=f"{TEMPORARY}{path.name[:40]}.", suffix=".tmp")
        temporary = Path(made)
    else:
        temporary = path.with_name(name)
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        temporary.chmod(0o666 & ~_umask())
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


def atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same directory, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = _stage(path, data)
    try:
        temporary.replace(path)
    except OSError as err:
        temporary.unlink(missing_ok=True)
        raise _naming(err, path) from err
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


# ---------------------------------------------------------------------------------------
# The record of what medlofte wrote


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


def replaceable(path: Path, data: bytes, manifest: dict[str, list[str]] | None = None) -> bool:
    """True when writing ``data`` to ``path`` loses nothing: the file is new, already holds
    exactly this, or is medlofte's own unchanged output."""
    if not path.exists():
        return True
    if not path.is_file():
        return False
    current = path.read_bytes()
    if current == data:
        return True
    known = manifest if manifest is not None else _manifest(path.parent)
    return _digest(current) in known.get(path.name, [])


# ---------------------------------------------------------------------------------------
# Sets of files


def _in_the_way(path: Path) -> None:
    """A folder where a file is to go: refused before anything is written."""
    if path.is_dir() and not path.is_symlink():
        raise IsADirectoryError(errno.EISDIR, "a folder of that name is in the way", str(path))


def write_outputs(files: dict[Path, bytes], *, force: bool = False, track: bool = True) -> None:
    """Write every file or none, as one set (see the module's description).

    A file that already holds exactly its new bytes is left as it is (a site built again
    renames only the pages that changed); the others are staged several at a time. Each
    folder's record is read once, however many of its files are asked about. With
    ``track`` the hashes are recorded so that the next run may replace them: the new ones
    beside the old ones before any file is renamed, the new ones alone after. Wherever a
    kill or a full disk stops it, every file is still known as medlofte's own.
    """
    if not files:
        return
    folders = list(dict.fromkeys(path.parent for path in files))
    for folder in folders:
        folder.mkdir(parents=True, exist_ok=True)
    root = Path(os.path.commonpath([folder.resolve() for folder in folders]))
    # The folders a killed run's journal names are locked too, so that its set is completed.
    named = [f for journal in _journals(root, folders) for f in _named_folders(journal)]
    with _interruptible(), locked([root, *folders, *named]):
        recover_outputs(root, [*folders, *named])
        for path in files:
            _in_the_way(path)
        before = {folder: _manifest(folder) for folder in folders} if track or not force else {}
        unchanged: set[Path] = set()
        for path, data in files.items():
            found = _check(path, data, None if force else before[path.parent])
            if found == "theirs":
                raise OutputExists(path)
            if found == "same":
                unchanged.add(path)
        by_folder: dict[Path, dict[str, str]] = {}
        for path, data in files.items():
            by_folder.setdefault(path.parent, {})[path.name] = _digest(data)
        staged = _stage_all({path: data for path, data in files.items() if path not in unchanged})
        try:
            for folder, written in by_folder.items() if track else ():
                old = before[folder]
                both = {name: [*old.get(name, []), digest] for name, digest in written.items()}
                _write_manifest(folder, {**old, **both})
        except BaseException:
            _discard(staged.values())
            raise
        if staged:
            _commit(root, OUTPUT_JOURNAL, staged)
        for folder, written in by_folder.items() if track else ():
            # The documents are in place, and the record already knows them (with the old
            # hashes beside): a disk full now costs nothing, so the run has succeeded.
            with contextlib.suppress(OSError):
                _write_manifest(folder, {**before[folder], **{name: [digest] for name, digest in written.items()}})


def _check(path: Path, data: bytes, manifest: dict[str, list[str]] | None) -> str:
    """'new', 'same' (the file holds exactly ``data``), 'ours' (medlofte's own unchanged
    output, by ``manifest``) or 'theirs'; without ``manifest`` (``--force``) 'other' for
    both. The file is read once."""
    if not path.exists():
        return "new"
    if path.is_file():
        current = path.read_bytes()
        if current == data:
            return "same"
    else:
        current = None
    if manifest is None:
        return "other"
    return "ours" if current is not None and _digest(current) in manifest.get(path.name, []) else "theirs"


# Files staged at once: a file's cost is mostly the wait for the disk (creating it, and
# fsync), which several threads share; one at a time, a site of 450 pages took seconds.
_STAGING_THREADS = 8


def _stage_all(files: dict[Path, bytes]) -> dict[Path, Path]:
    """Every file's temporary beside it, or none (and the first error in the files' order)."""
    if len(files) < _STAGING_THREADS:
        staged: dict[Path, Path] = {}
        try:
            for path, data in files.items():
                staged[path] = _stage(path, data)
        except BaseException:
            _discard(staged.values())
            raise
        return staged
    from concurrent.futures import Future, ThreadPoolExecutor, wait

    pool = ThreadPoolExecutor(max_workers=_STAGING_THREADS)
    futures: dict[Path, Future[Path]] = {}

    def made() -> list[Path]:
        return [f.result() for f in futures.values() if f.done() and not f.cancelled() and f.exception() is None]

    try:
        for path, data in files.items():
            futures[path] = pool.submit(_stage, path, data)
        wait(futures.values())
    except BaseException:  # SIGINT or SIGTERM: the files staged so far are taken away
        pool.shutdown(wait=True, cancel_futures=True)
        _discard(made())
        raise
    pool.shutdown()
    failed = next((f.exception() for f in futures.values() if f.exception() is not None), None)
    if failed is not None:
        _discard(made())
        raise failed
    return {path: future.result() for path, future in futures.items()}


def _discard(temporaries: Iterable[Path]) -> None:
    for temporary in temporaries:
        temporary.unlink(missing_ok=True)


def recover_outputs(root: Path, folders: Iterable[Path]) -> None:
    """Before a set is written into ``folders`` (locked, as is ``root``): complete a set a
    killed run had committed, then take away the temporary files killed runs left there.
    A journal just above one of them (a run into several folders) is completed for the
    folders held (:func:`write_outputs` locks every folder it names); a pair in a folder
    not held waits for a run that holds it."""
    held = {f.resolve() for f in (root, *folders)}
    for journal in _journals(root, folders):
        _roll_forward(journal, held)
    for folder in folders:
        for entry in _scan(folder):
            if entry.name.startswith(TEMPORARY) and _plain_file(entry):
                with contextlib.suppress(FileNotFoundError):
                    Path(entry.path).unlink()


def _journals(root: Path, folders: Iterable[Path]) -> list[Path]:
    """Where a journal naming files in these folders can be: in one of them or just above."""
    return list(dict.fromkeys(p / OUTPUT_JOURNAL for f in (root, *folders) for p in (f, f.parent)))


def _named_folders(journal: Path) -> list[Path]:
    """The journal's folder and the existing folders of the targets it names (none if there
    is no journal)."""
    pairs = _pairs(journal)
    found = [journal.parent] if pairs else []
    return list(dict.fromkeys([*found, *(target.parent for _, target in pairs if target.parent.is_dir())]))


def _pairs(journal: Path) -> list[tuple[Path, Path]]:
    """A journal's (new file, target) pairs; none when there is no journal or it is cut
    short (never complete, so not a commit), and never one leading out of its folder."""
    try:
        pairs = json.loads(journal.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    base = journal.parent
    return [
        (base / pair[0], base / pair[1])
        for pair in (pairs if isinstance(pairs, list) else [])
        if isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) and _inside(p) for p in pair)
    ]


def _scan(folder: Path) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as found:
            return list(found)
    except FileNotFoundError:
        return []


def _plain_file(entry: os.DirEntry[str]) -> bool:
    try:
        return stat.S_ISREG(entry.stat(follow_symlinks=False).st_mode)
    except OSError:
        return False


def _commit(root: Path, journal_name: str, staged: dict[Path, Path]) -> None:
    """Put the journal naming every (new file, target) pair in place, rename each, and
    remove the journal. Stopped before the journal, the new files are taken away; after
    it, the renames are completed (they need no space) before the error goes on."""
    journal = root / journal_name
    base = root.resolve()

    def relative(path: Path) -> str:  # through the same links as the root, so never '..'
        return os.path.relpath(path.parent.resolve() / path.name, base)

    pairs = [[relative(t), relative(p)] for p, t in staged.items()]
    try:
        atomic_write(journal, (json.dumps(pairs, ensure_ascii=False) + "\n").encode("utf-8"))
        _roll_forward(journal, None)
    except BaseException:
        if journal.exists():
            with contextlib.suppress(OSError):
                _roll_forward(journal, None)
        else:
            for temporary in staged.values():
                temporary.unlink(missing_ok=True)
        raise


def _roll_forward(journal: Path, held: set[Path] | None) -> None:
    """Rename every new file a journal names over its target; with ``held``, only those in
    these folders, and the journal is removed only from a folder among them once nothing
    it names is left."""
    if not journal.exists():
        return
    base = journal.parent
    left = False
    for source, target in _pairs(journal):
        if held is not None and target.parent.resolve() not in held:
            left = left or source.exists()
            continue
        with contextlib.suppress(FileNotFoundError):  # renamed already
            source.replace(target)
    if not left and (held is None or base.resolve() in held):
        journal.unlink(missing_ok=True)


def _inside(relative: str) -> bool:
    parts = Path(relative).parts
    return bool(parts) and not Path(relative).is_absolute() and ".." not in parts and not Path(relative).drive


# ---------------------------------------------------------------------------------------
# A new folder built beside its place (rollover, import)

STAGING = ".medlofte-staging-"
_STAGINGS = (STAGING, ".medlofte-rollover.")  # the second: left by earlier versions


@contextlib.contextmanager
def staging_folder(parent: Path) -> Iterator[Path]:
    """A new folder in ``parent`` to build files in before they are moved into place, made
    under the lock on ``parent``: a folder a killed run left there is taken away first, this
    one when the block ends (also on SIGINT or SIGTERM)."""
    import shutil

    parent.mkdir(parents=True, exist_ok=True)
    with _interruptible(), locked([parent]):
        for entry in _scan(parent):
            if entry.name.startswith(_STAGINGS) and entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path, ignore_errors=True)
        staging = Path(tempfile.mkdtemp(prefix=STAGING, dir=parent))
        try:
            staging.chmod(0o777 & ~_umask())
            yield staging
        finally:
            shutil.rmtree(staging, ignore_errors=True)


# ---------------------------------------------------------------------------------------
# The user's own data files, changed together (collect)


def replace_together(root: Path, files: dict[Path, bytes]) -> None:
    """Replace several of the user's files so that they change together, as a set of outputs
    is written, with the new files named ``.<name>.medlofte-new`` and the journal in the
    data directory.

    A run killed before the journal leaves every file as it was; one killed after it is
    completed by :func:`recover` (the next ``collect`` calls it), and until then every
    medlofte command reads the new files (see ``data.loading``), so nothing ever sees a
    mix of old and new.
    """
    with _interruptible(), locked([root]):
        _recover_data(root)
        staged: dict[Path, Path] = {}
        try:
            for path, data in files.items():
                staged[path] = _stage(path, data, f".{path.name}{PENDING}")
        except BaseException:
            for temporary in staged.values():
                temporary.unlink(missing_ok=True)
            raise
        _commit(root, JOURNAL, staged)


def recover(root: Path) -> None:
    """Finish a replacement that was interrupted after its journal was written, and take
    away new files of one interrupted before."""
    with locked([root]):
        _recover_data(root)


def _recover_data(root: Path) -> None:
    _roll_forward(root / JOURNAL, None)
    for stray in root.rglob(f".*{PENDING}"):
        stray.unlink(missing_ok=True)
    for entry in _scan(root):
        if entry.name.startswith(TEMPORARY) and _plain_file(entry):
            with contextlib.suppress(FileNotFoundError):
                Path(entry.path).unlink()
