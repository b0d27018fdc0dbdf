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
from collections.abc import Sequence
from pathlib import Path, PurePosixPath
from typing import NamedTuple

from medlofte.data import loading
from medlofte.errors import UsageError
from medlofte.messages import t

# Files of a data directory, relative to it, with their object ids: what the loader reads.
Files = dict[str, str]


class GitError(UsageError):
    """git cannot answer as asked: not installed, not a repository, an unknown revision (exit code 2)."""


def _run(args: Sequence[str], cwd: Path, stdin: bytes | None = None) -> bytes:
    env = dict(os.environ, GIT_LITERAL_PATHSPECS="1", GIT_OPTIONAL_LOCKS="0", LC_ALL="C")
    try:
        done = subprocess.run(["git", *args], cwd=cwd, input=stdin, capture_output=True, env=env, check=False)
    except FileNotFoundError:
        raise GitError(t("git is not installed; install it, or compare two folders: medlofte diff OLD_DIR NEW_DIR")) from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(
            t(
                "git {value} failed: {value2}",
                value=args[0],
                value2=message[-1] if message else "exit code " + str(done.returncode),
            )
        )
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
                    t(
                        "'{inside}' is not in a git repository; to compare two folders, give both: medlofte diff OLD_DIR NEW_DIR",
                        inside=inside,
                    )
                ) from None
            raise
        self.top = Path(out.decode("utf-8").strip())

    def relative(self, folder: Path) -> str:
        """The folder's path inside the repository, as git writes it ('' for the top)."""
        try:
            inside = folder.absolute().resolve().relative_to(self.top.resolve())
        except ValueError:
            raise GitError(t("'{folder}' is not inside the git repository at {top}", folder=folder, top=self.top)) from None
        return PurePosixPath(inside).as_posix() if str(inside) != "." else ""

    def commit(self, revision: str) -> str:
        """The commit a revision names ('HEAD', 'main', 'v2023', 'origin/main', a hash)."""
        if not revision or revision.startswith("-"):
            raise GitError(t("'{revision}' is not a revision", revision=revision))
        try:
            return _run(["rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}"], self.top).decode().strip()
        except GitError:
            raise GitError(
                t(
                    "'{revision}' is neither a folder nor a revision of this repository: give a "
                    "commit, branch or tag (see git log), or an existing data directory",
                    revision=revision,
                )
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
        for entry in out.split(b"\0"):
            if not entry:
                continue
            meta, _, raw_path = entry.partition(b"\t")
            mode, kind, object_id = meta.decode().split(" ")
            if kind != "blob" or mode == "120000":  # a symbolic link is not read through
                continue
            path = raw_path.decode("utf-8", "surrogateescape")
            # The folder a loaded file belongs to is one or two levels up: <folder>/promise.yaml
            # or <folder>/areas/<name>.yaml.
            head, _, name = path.rpartition("/")
            grand, _, parent = head.rpartition("/")
            for folder, relative in ((head, name), (grand, f"{parent}/{name}")):
                if folder in found and is_loaded(relative):
                    found[folder][relative] = object_id
                    break
        return found

    def copy(self, files: dict[Path, str]) -> None:
        """Write each file (path -> object id) with its content from git's objects, all
        read by one ``git cat-file --batch``."""
        ids = list(dict.fromkeys(files.values()))
        if not ids:
            return
        out = _run(["cat-file", "--batch"], self.top, "".join(f"{i}\n" for i in ids).encode())
        contents: dict[str, bytes] = {}
        position = 0
        for object_id in ids:
            end = out.index(b"\n", position)
            header = out[position:end].decode().split(" ")
            if len(header) != 3:
                raise GitError(t("git cat-file gave no object for {object_id}", object_id=object_id))
            size = int(header[2])
            contents[header[0]] = out[end + 1 : end + 1 + size]
            position = end + 1 + size + 1
        for path, object_id in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(contents[object_id])


def object_id(content: bytes) -> str:
    """git's id of a file's content (a blob), to know a file unchanged without asking git."""
    return hashlib.sha1(b"blob %d\0" % len(content) + content, usedforsecurity=False).hexdigest()


def folder_files(folder: Path) -> Files:
    """The files the loader would read in a folder, with git's ids of the contents it would
    read (a replacement still pending, see ``loading.pending``, in place of its target)."""
    names = [n for n in loading.PROMISE_NAMES + loading.ACTORS_NAMES if (folder / n).is_file()]
    names += [f"{loading.AREAS_DIR}/{p.name}" for p in loading.area_files(folder)]
    pending = loading.pending(folder)
    found: Files = {}
    if len(names) > loading.MAX_AREA_FILES:  # none is read: the loader says so
        return dict.fromkeys(names, "")
    for name in names:
        path = folder / name
        try:
            found[name] = object_id(loading.read_bounded(pending.get(path, path), name))
        except loading.Unreadable:
            found[name] = ""  # unreadable: the loader will say so
    return found


class Side(NamedTuple):
    """A data directory on one side: the name its locations show, and its files (none: the
    side does not have it)."""

    shown: str
    files: Files


def shown_at(revision: str, relative: str) -> str:
    """How git names a folder at a revision: 'HEAD:data' ('HEAD:.' for the top)."""
    return f"{revision}:{relative or '.'}"
