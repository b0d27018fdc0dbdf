"""Writing outputs: atomic, never over a user's file, and a full disk midway never makes
medlofte's own outputs look like the user's."""

from __future__ import annotations

import errno
import tempfile
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from conftest import DATA
from medlofte.actions import writing
from medlofte.cli import app

REAL_MKSTEMP = tempfile.mkstemp


def _disk_full_at(monkeypatch: pytest.MonkeyPatch, prefix: str, after: int = 0) -> None:
    """The file system fills up at the ``after``-th new file whose name starts with ``prefix``."""
    seen = {"n": 0}

    def mkstemp(*args: Any, **kwargs: Any) -> tuple[int, str]:
        if str(kwargs.get("prefix", "")).startswith(prefix):
            seen["n"] += 1
            if seen["n"] > after:
                raise OSError(errno.ENOSPC, "No space left on device")
        return REAL_MKSTEMP(*args, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)


@pytest.mark.parametrize(
    ("prefix", "after"),
    [(f".{writing.MANIFEST}", 1), (".medborgarlofte-2023.html", 0), (".medborgarlofte-2023.md", 0)],
    ids=["before-the-last-record", "before-the-second-document", "before-the-first-document"],
)
def test_a_full_disk_midway_leaves_outputs_that_the_next_run_replaces(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, prefix: str, after: int
) -> None:
    """The disk filled after the documents but before medlofte's record of them: the next
    render called its own output "not written by medlofte" and refused to replace it."""
    out = tmp_path / "out"
    assert runner.invoke(app, ["render", str(DATA), "-o", str(out), "--date", "2023-01-01"]).exit_code == 0
    with monkeypatch.context() as patch:
        _disk_full_at(patch, prefix, after)
        failed = runner.invoke(app, ["render", str(DATA), "-o", str(out)])
    assert failed.exit_code == 3
    assert failed.stderr == "medlofte: cannot write the output: No space left on device\n"
    again = runner.invoke(app, ["render", str(DATA), "-o", str(out)])
    assert again.exit_code == 0, again.stderr
    assert writing.replaceable(out / "medborgarlofte-2023.html", b"new")
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]


def test_the_record_keeps_one_digest_a_file_when_nothing_failed(tmp_path: Path) -> None:
    writing.write_outputs({tmp_path / "a.md": b"a", tmp_path / "b.md": b"b"})
    writing.write_outputs({tmp_path / "a.md": b"A"})
    record = (tmp_path / writing.MANIFEST).read_text(encoding="utf-8")
    assert record.count('"') == 8  # two names, two single digests
    (tmp_path / "b.md").write_bytes(b"changed by the user")
    assert writing.replaceable(tmp_path / "a.md", b"x")
    assert not writing.replaceable(tmp_path / "b.md", b"x")


def test_a_file_that_already_holds_its_bytes_is_left_as_it_is(tmp_path: Path) -> None:
    """A site built again rewrites only the pages that changed (and keeps the others' times)."""
    writing.write_outputs({tmp_path / "a.html": b"a", tmp_path / "b.html": b"b"})
    before = {name: (tmp_path / name).stat().st_ino for name in ("a.html", "b.html")}
    writing.write_outputs({tmp_path / "a.html": b"a", tmp_path / "b.html": b"B"}, force=True)
    assert (tmp_path / "a.html").stat().st_ino == before["a.html"]
    assert (tmp_path / "b.html").stat().st_ino != before["b.html"]
    assert (tmp_path / "b.html").read_bytes() == b"B"
    assert writing.replaceable(tmp_path / "a.html", b"x")
    assert writing.replaceable(tmp_path / "b.html", b"x")


def test_many_files_are_written_all_or_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Many files are staged several at a time; a full disk at the twentieth leaves every
    target as it was, and no temporary file behind."""
    files = {tmp_path / "pages" / f"page-{i:02}.html": f"page {i}".encode() for i in range(40)}
    writing.write_outputs(files)
    new = {path: data + b" again" for path, data in files.items()}
    with monkeypatch.context() as patch:
        _disk_full_at(patch, ".page-", after=19)
        with pytest.raises(OSError, match="No space left on device"):
            writing.write_outputs(new)
    assert {path: path.read_bytes() for path in files} == files
    assert sorted(p.name for p in (tmp_path / "pages").iterdir() if p.name.startswith(".")) == [writing.MANIFEST]
    writing.write_outputs(new)
    assert {path: path.read_bytes() for path in files} == new
