"""Writing outputs: atomic, never over a user's file, and a full disk midway never makes
medlofte's own outputs look like the user's."""

from __future__ import annotations

import errno
import json
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
    ("prefix", "after", "named"),
    [
        (f"{writing.TEMPORARY}{writing.MANIFEST}", 0, writing.MANIFEST),
        (f"{writing.TEMPORARY}medborgarlofte-2023.html", 0, "medborgarlofte-2023.html"),
        (f"{writing.TEMPORARY}medborgarlofte-2023.md", 0, "medborgarlofte-2023.md"),
    ],
    ids=["before-the-first-record", "before-the-second-document", "before-the-first-document"],
)
def test_a_full_disk_midway_leaves_outputs_that_the_next_run_replaces(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, prefix: str, after: int, named: str
) -> None:
    """The disk filled after the documents but before medlofte's record of them: the next
    render called its own output "not written by medlofte" and refused to replace it."""
    out = tmp_path / "out"
    assert runner.invoke(app, ["render", str(DATA), "-o", str(out), "--date", "2023-01-01"]).exit_code == 0
    with monkeypatch.context() as patch:
        _disk_full_at(patch, prefix, after)
        failed = runner.invoke(app, ["render", str(DATA), "-o", str(out)])
    assert failed.exit_code == 3
    assert failed.stderr == f"medlofte: cannot write the output ({(out / named).as_posix()}): the disk is full\n"
    again = runner.invoke(app, ["render", str(DATA), "-o", str(out)])
    assert again.exit_code == 0, again.stderr
    assert writing.replaceable(out / "medborgarlofte-2023.html", b"new")
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]


def test_a_full_disk_after_the_documents_costs_nothing(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk filled after the documents were renamed, at the record's last write: the
    record already holds the new hashes (beside the old), so the run has succeeded."""
    out = tmp_path / "out"
    assert runner.invoke(app, ["render", str(DATA), "-o", str(out), "--date", "2023-01-01"]).exit_code == 0
    with monkeypatch.context() as patch:
        _disk_full_at(patch, f"{writing.TEMPORARY}{writing.MANIFEST}", 1)
        result = runner.invoke(app, ["render", str(DATA), "-o", str(out)])
    assert (result.exit_code, result.stderr) == (
        0,
        f"Wrote {(out / 'medborgarlofte-2023.md').as_posix()}\nWrote {(out / 'medborgarlofte-2023.html').as_posix()}\n",
    )
    assert [len(digests) for digests in writing._manifest(out).values()] == [2, 2]
    assert runner.invoke(app, ["render", str(DATA), "-o", str(out), "--date", "2023-01-01"]).exit_code == 0
    assert [len(digests) for digests in writing._manifest(out).values()] == [1, 1]


def test_the_record_keeps_one_digest_a_file_when_nothing_failed(tmp_path: Path) -> None:
    writing.write_outputs({tmp_path / "a.md": b"a", tmp_path / "b.md": b"b"})
    writing.write_outputs({tmp_path / "a.md": b"A"})
    record = (tmp_path / writing.MANIFEST).read_text(encoding="utf-8")
    assert record.count('"') == 8  # two names, two single digests
    (tmp_path / "b.md").write_bytes(b"changed by the user")
    assert writing.replaceable(tmp_path / "a.md", b"x")
    assert not writing.replaceable(tmp_path / "b.md", b"x")


def test_a_folder_where_an_output_goes_is_a_write_error_even_with_force(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "medborgarlofte-2023.html").mkdir(parents=True)
    result = runner.invoke(app, ["render", str(DATA), "-o", str(out), "--force"])
    assert (result.exit_code, result.stderr) == (
        3,
        f"medlofte: cannot write the output ({(out / 'medborgarlofte-2023.html').as_posix()}): "
        "it is a folder, not a file; remove or rename the folder\n",
    )
    assert sorted(p.name for p in out.iterdir()) == ["medborgarlofte-2023.html"]  # not the .md either


def test_write_errors_are_said_in_swedish(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    (out / "medborgarlofte-2023.html").mkdir(parents=True)
    in_the_way = runner.invoke(app, ["--lang", "sv", "render", str(DATA), "-o", str(out), "--force"])
    assert (in_the_way.exit_code, in_the_way.stderr) == (
        3,
        f"medlofte: kan inte skriva filerna ({(out / 'medborgarlofte-2023.html').as_posix()}): "
        "det är en mapp, inte en fil; ta bort mappen eller byt namn på den\n",
    )
    (out / "medborgarlofte-2023.html").rmdir()
    with monkeypatch.context() as patch:
        _disk_full_at(patch, f"{writing.TEMPORARY}medborgarlofte-2023.md")
        full = runner.invoke(app, ["--lang", "sv", "render", str(DATA), "-o", str(out)])
    assert (full.exit_code, full.stderr) == (
        3,
        f"medlofte: kan inte skriva filerna ({(out / 'medborgarlofte-2023.md').as_posix()}): disken är full\n",
    )
    assert sorted(p.name for p in out.iterdir()) == []


def test_a_job_summary_that_cannot_be_written_is_a_write_error(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path))
    result = runner.invoke(app, ["validate", str(DATA), "--format", "github"])
    assert (result.exit_code, result.stdout) == (3, "Checked 11 files in 1 data directory: no problems found.\n")
    assert result.stderr == (
        f"medlofte: cannot write the job summary (GITHUB_STEP_SUMMARY) ({tmp_path.as_posix()}): "
        "it is a folder, not a file; remove or rename the folder\n"
    )


def test_the_next_run_takes_away_only_medloftes_own_leftovers(tmp_path: Path) -> None:
    own = [f"{writing.TEMPORARY}a.md.x1.tmp", f"{writing.TEMPORARY}{writing.MANIFEST}.x2.tmp"]
    users = [".a.md.x1.tmp", "notes.tmp", ".medlofte-tmp", "medlofte-tmp-a.tmp"]
    for name in own + users:
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / f"{writing.TEMPORARY}folder").mkdir()
    writing.write_outputs({tmp_path / "a.md": b"a"})
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*users, f"{writing.TEMPORARY}folder", "a.md", writing.MANIFEST])


def test_a_committed_set_is_completed_and_a_journal_never_leads_out_of_its_folder(tmp_path: Path) -> None:
    out = tmp_path / "out"
    writing.write_outputs({out / "a.md": b"old a", out / "b.md": b"old b"})
    (out / f"{writing.TEMPORARY}b").write_bytes(b"new b")  # a killed run renamed a.md, not yet b.md
    (out / "a.md").write_bytes(b"new a")
    (tmp_path / "elsewhere").write_bytes(b"the user's")
    pairs = [[f"{writing.TEMPORARY}b", "b.md"], ["../elsewhere", "c.md"], ["/etc/hostname", "d.md"]]
    (out / writing.OUTPUT_JOURNAL).write_text(json.dumps(pairs), encoding="utf-8")
    writing.write_outputs({out / "c.md": b"c"})
    assert {p.name: p.read_bytes() for p in out.iterdir() if not p.name.startswith(".")} == {
        "a.md": b"new a",
        "b.md": b"new b",
        "c.md": b"c",
    }
    assert (tmp_path / "elsewhere").read_bytes() == b"the user's"
    assert not (out / writing.OUTPUT_JOURNAL).exists()


def test_a_run_into_one_folder_completes_a_set_written_into_several(tmp_path: Path) -> None:
    """A render of two data folders writes out/a and out/b with one journal in out/; a run
    into out/a alone finds it there and completes it, out/b too (it locks both)."""
    out = tmp_path / "out"
    writing.write_outputs({out / "a" / "x.md": b"old a", out / "b" / "x.md": b"old b"})
    for folder in ("a", "b"):
        (out / folder / f"{writing.TEMPORARY}x").write_bytes(f"new {folder}".encode())
    pairs = [[f"{folder}/{writing.TEMPORARY}x", f"{folder}/x.md"] for folder in ("a", "b")]
    (out / writing.OUTPUT_JOURNAL).write_text(json.dumps(pairs), encoding="utf-8")
    writing.write_outputs({out / "a" / "y.md": b"y"})
    assert (out / "a" / "x.md").read_bytes() == b"new a"
    assert (out / "b" / "x.md").read_bytes() == b"new b"
    assert not (out / writing.OUTPUT_JOURNAL).exists()
    assert not [p for p in out.rglob("*") if p.name.startswith(writing.TEMPORARY)]


def test_a_staging_folder_a_killed_run_left_is_taken_away_by_the_next(tmp_path: Path) -> None:
    (tmp_path / f"{writing.STAGING}abc" / "areas").mkdir(parents=True)
    (tmp_path / ".medlofte-rollover.xyz").mkdir()
    (tmp_path / ".medlofte-other").mkdir()
    with writing.staging_folder(tmp_path) as staging:
        assert sorted(p.name for p in tmp_path.iterdir()) == sorted([".medlofte-other", staging.name])
        assert staging.name.startswith(writing.STAGING)
    assert [p.name for p in tmp_path.iterdir()] == [".medlofte-other"]


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
        _disk_full_at(patch, f"{writing.TEMPORARY}page-", after=19)
        with pytest.raises(OSError, match="No space left on device"):
            writing.write_outputs(new)
    assert {path: path.read_bytes() for path in files} == files
    assert sorted(p.name for p in (tmp_path / "pages").iterdir() if p.name.startswith(".")) == [writing.MANIFEST]
    writing.write_outputs(new)
    assert {path: path.read_bytes() for path in files} == new
