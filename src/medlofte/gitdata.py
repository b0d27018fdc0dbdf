"""The data as it was at a git revision, read through git itself without checking anything
out: the files the loader reads are copied from git's objects into a temporary folder and
read there by the same loader, with their locations shown as git shows them
('HEAD:data/areas/01-trafik.yaml').

Which files a directory holds on each side is known from their object ids (git's own for
a revision, computed the same way for a folder), so a directory whose files are the same
on both sides need not be read at all.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePosixPath
from typing import NamedTuple

from medlofte.data import loading
from medlofte.data.loading import Dataset
from medlofte.errors import UsageError

# Files of a data directory, relative to it, with their object ids: what the loader reads.
Files = dict[str, str]


class GitError(UsageError):
    """git cannot answer as asked: not installed, not a repository, an unknown revision (exit code 2)."""


def _run(args: Sequence[str], cwd: Path, stdin: bytes | None = None) -> bytes:
    env = dict(os.environ, GIT_LITERAL_PATHSPECS="1", GIT_OPTIONAL_LOCKS="0", LC_ALL="C")
    try:
        done = subprocess.run(["git", *args], cwd=cwd, input=stdin, capture_output=True, env=env, check=False)
    except FileNotFoundError:
        raise GitError("git is not installed; install it, or compare two folders: medlofte diff OLD_DIR NEW_DIR") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(f"git {args[0]} failed: {message[-1] if message else 'exit code ' + str(done.returncode)}")
    return done.stdout


def is_loaded(relative: str) -> bool:
    """Whether the loader reads this file of a data directory (``promise.yaml``,
    ``actors.yaml``, ``areas/*.yaml``)."""
    parts = relative.split("/")
    if len(parts) == 1:
        return parts[0] in loading.PROMISE_NAMES + loading.ACTORS_NAMES
    return (
        len(parts) == 2
        and parts[0] == loading.AREAS_DIR
        and parts[1].endswith(loading.YAML_SUFFIXES)
        and not parts[1].startswith(".")
    )


class Repository:
    """The git repository that holds a folder."""

    def __init__(self, inside: Path) -> None:
        start = inside
        while not start.is_dir() and start != start.parent:
            start = start.parent
        try:
            out = _run(["rev-parse", "--show-toplevel"], start)
        except GitError as err:
            if "not a git repository" in str(err):
                raise GitError(
                    f"'{inside}' is not in a git repository; to compare two folders, give both: medlofte diff OLD_DIR NEW_DIR"
                ) from None
            raise
        self.top = Path(out.decode("utf-8").strip())

    def relative(self, folder: Path) -> str:
        """The folder's path inside the repository, as git writes it ('' for the top)."""
        try:
            inside = folder.absolute().resolve().relative_to(self.top.resolve())
        except ValueError:
            raise GitError(f"'{folder}' is not inside the git repository at {self.top}") from None
        return PurePosixPath(inside).as_posix() if str(inside) != "." else ""

    def commit(self, revision: str) -> str:
        """The commit a revision names ('HEAD', 'main', 'v2023', 'origin/main', a hash)."""
        if not revision or revision.startswith("-"):
            raise GitError(f"'{revision}' is not a revision")
        try:
            return _run(["rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}"], self.top).decode().strip()
        except GitError:
            raise GitError(
                f"'{revision}' is neither a folder nor a revision of this repository: give a commit, branch or tag"
                " (see git log), or an existing data directory"
            ) from None

    def commit_date(self, commit: str) -> str:
        """The commit's date (committer's, YYYY-MM-DD)."""
        return _run(["show", "-s", "--format=%cs", commit], self.top).decode().strip()

    def files(self, commit: str, folders: Sequence[str]) -> dict[str, Files]:
        """For each folder (relative to the top) the files the loader would read there, at
        ``commit``; a folder the revision does not have has none."""
        found: dict[str, Files] = {f: {} for f in folders}
        if not folders:
            return found
        wanted = sorted(set(folders))
        specs = [f for f in wanted if f] if all(wanted) else []
        out = _run(["ls-tree", "-r", "-z", "--full-tree", commit, "--", *specs], self.top)
        prefixes = sorted(((f + "/" if f else ""), f) for f in wanted)
        for entry in out.split(b"\0"):
            if not entry:
                continue
            meta, _, raw_path = entry.partition(b"\t")
            mode, kind, object_id = meta.decode().split(" ")
            if kind != "blob" or mode == "120000":  # a symbolic link is not read through
                continue
            path = raw_path.decode("utf-8", "surrogateescape")
            for prefix, folder in prefixes:
                if path.startswith(prefix) and is_loaded(path[len(prefix) :]):
                    found[folder][path[len(prefix) :]] = object_id
        return found

    def copy(self, files: Files, target: Path) -> None:
        """Write the files (their contents from git's objects) under ``target``."""
        ids = list(dict.fromkeys(files.values()))
        out = _run(["cat-file", "--batch"], self.top, "".join(f"{i}\n" for i in ids).encode())
        contents: dict[str, bytes] = {}
        position = 0
        for object_id in ids:
            end = out.index(b"\n", position)
            header = out[position:end].decode().split(" ")
            if len(header) != 3:
                raise GitError(f"git cat-file gave no object for {object_id}")
            size = int(header[2])
            contents[header[0]] = out[end + 1 : end + 1 + size]
            position = end + 1 + size + 1
        for relative, object_id in files.items():
            path = target / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(contents[object_id])


def object_id(content: bytes) -> str:
    """git's id of a file's content (a blob), to know a file unchanged without asking git."""
    return hashlib.sha1(b"blob %d\0" % len(content) + content, usedforsecurity=False).hexdigest()


def folder_files(folder: Path) -> Files:
    """The files the loader would read in a folder, with git's ids of their contents."""
    names = [n for n in loading.PROMISE_NAMES + loading.ACTORS_NAMES if (folder / n).is_file()]
    names += [f"{loading.AREAS_DIR}/{p.name}" for p in loading.area_files(folder)]
    found: Files = {}
    for name in names:
        try:
            found[name] = object_id((folder / name).read_bytes())
        except OSError:
            found[name] = ""  # unreadable: the loader will say so
    return found


class Side(NamedTuple):
    """A data directory on one side: the name its locations show, and its files (none: the
    side does not have it)."""

    shown: str
    files: Files


def load_revision(repository: Repository, side: Side, scratch: Path) -> Dataset:
    """The data directory at a revision, read from a copy in ``scratch``."""
    repository.copy(side.files, scratch)
    return loading.load(scratch, shown=side.shown)


def shown_at(revision: str, relative: str) -> str:
    """How git names a folder at a revision: 'HEAD:data' ('HEAD:.' for the top)."""
    return f"{revision}:{relative or '.'}"


def same(sides: Iterable[Side]) -> bool:
    first, *rest = list(sides)
    return all(side.files == first.files for side in rest)
