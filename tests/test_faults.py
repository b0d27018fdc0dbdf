"""Faults while writing: kills at random moments, runs side by side, a full and a read-only
disk. After each the output folder holds the old set or the new set, no temporary file is
left once the next run has looked, and the next run replaces medlofte's own output without
--force.

The kills run a real medlofte process whose ``os.fsync`` and ``os.replace`` wait a few
milliseconds (the standard library slowed down, not medlofte changed), so that the write
phase is long enough to be hit; each kill lands at a random moment of it (seeded). The
disks are small tmpfs mounts, which need root on Linux; elsewhere those tests skip.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import DATA, FOLLOWED_UP
from medlofte.actions import writing
from medlofte.cli import app

pytestmark = pytest.mark.slow  # fresh Python processes, killed

HTML, MD = "medborgarlofte-2023.html", "medborgarlofte-2023.md"
KILLS = 30
SIGTERMS = 8  # of the KILLS, the rest are SIGKILL

SLOWED = """
import os, sys, time
real_fsync, real_replace = os.fsync, os.replace
def fsync(fd):
    sys.stderr.write("~"); sys.stderr.flush()  # the write phase has begun
    time.sleep(0.004)
    real_fsync(fd)
def replace(src, dst, **kw):
    time.sleep(0.012)
    real_replace(src, dst, **kw)
os.fsync, os.replace = fsync, replace
from medlofte.cli import main
sys.argv = ["medlofte", *sys.argv[1:]]
main()
"""


def documents(folder: Path) -> dict[str, str]:
    """The documents in a folder (not medlofte's hidden files) -> their digests."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if not p.name.startswith(".")}


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(writing.TEMPORARY) or p.name.endswith(".tmp"))


def render(runner: CliRunner, data: Path, out: Path, *more: str) -> tuple[int, str]:
    result = runner.invoke(app, ["render", str(data), "-o", str(out), *more])
    return result.exit_code, result.stderr


@pytest.fixture(scope="module")
def two_sets(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path, dict[str, str], dict[str, str]]:
    """The bundled data (old) and a copy with one text changed (new), and a folder holding
    the old set as medlofte wrote it; with the digests of both sets."""
    base = tmp_path_factory.mktemp("sets")
    old_data, new_data = DATA, base / "new"
    shutil.copytree(DATA, new_data)
    area = sorted((new_data / "areas").glob("*.yaml"))[0]
    text = area.read_text(encoding="utf-8")
    area.write_text(text.replace("\ntitle: Nedskräpning\n", "\ntitle: Nedskräpning i centrum\n", 1), encoding="utf-8")
    runner = CliRunner()
    for data, folder in ((old_data, base / "old-out"), (new_data, base / "new-out")):
        assert render(runner, data, folder) == (0, f"Wrote {(folder / MD).as_posix()}\nWrote {(folder / HTML).as_posix()}\n")
    old, new = documents(base / "old-out"), documents(base / "new-out")
    assert old.keys() == new.keys() == {HTML, MD}
    assert old[HTML] != new[HTML]
    assert old[MD] != new[MD]
    return old_data, new_data, base / "old-out", old, new


def test_a_render_killed_at_random_moments_leaves_one_set_and_the_next_run_replaces_it(
    two_sets: tuple[Path, Path, Path, dict[str, str], dict[str, str]], tmp_path: Path, runner: CliRunner
) -> None:
    old_data, new_data, template, old, new = two_sets
    rng = random.Random(21)
    seen = {"old": 0, "new": 0, "committed, not yet complete": 0}
    for n in range(KILLS):
        out = tmp_path / f"out-{n}"
        shutil.copytree(template, out)
        number = signal.SIGTERM if n < SIGTERMS else signal.SIGKILL
        process = subprocess.Popen(
            [sys.executable, "-c", SLOWED, "render", str(new_data), "-o", str(out)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        assert process.stderr is not None
        process.stderr.read(1)  # the first fsync: the write phase has begun
        time.sleep(rng.uniform(0, 0.12))
        process.send_signal(number)
        _, rest = process.communicate(timeout=30)
        stderr = rest.decode("utf-8", "replace").replace("~", "")
        assert "Traceback" not in stderr
        found = documents(out)
        journal = (out / writing.OUTPUT_JOURNAL).exists()
        if number == signal.SIGTERM:
            # Cleaned up by the run itself: no temporary file, no journal, one set.
            # 0 or 143; or killed the default way when the signal came after the write was
            # over (the handlers given back, on the way out): then the new set is complete.
            assert process.returncode in (0, 143, -signal.SIGTERM), stderr
            if process.returncode == -signal.SIGTERM:
                assert documents(out) == new, stderr
            if process.returncode == 143:
                assert stderr.endswith("medlofte: interrupted; nothing was left half-written\n"), stderr
            assert (leftovers(out), journal) == ([], False)
            assert found in (old, new)
        elif found not in (old, new):
            assert journal, f"kill {n}: a mix of old and new without a journal to complete it: {found}"
        state = "old" if found == old else "new" if found == new else "committed, not yet complete"
        seen[state] += 1
        # The next run writing into the folder completes a committed set or takes the new
        # files away; the documents are then one set, and nothing of medlofte's is left.
        assert runner.invoke(app, ["schema", "--output", str(out)]).exit_code == 0
        assert documents(out) in ({**old, **_schemas(out)}, {**new, **_schemas(out)})
        assert not leftovers(out)
        assert not (out / writing.OUTPUT_JOURNAL).exists()
        # ... and medlofte replaces its own output, both ways, without --force.
        assert render(runner, old_data, out)[0] == 0
        assert {k: v for k, v in documents(out).items() if k in old} == old
    assert seen["old"], seen  # the kills did land on both sides of the commit
    assert seen["new"], seen


def _schemas(out: Path) -> dict[str, str]:
    return {k: v for k, v in documents(out).items() if k.endswith(".schema.json")}


def _retitled(source: Path, target: Path, title: str) -> Path:
    shutil.copytree(source, target)
    promise = target / "promise.yaml"
    lines = promise.read_text(encoding="utf-8").splitlines(keepends=True)
    promise.write_text("".join(f"title: {title}\n" if line.startswith("title:") else line for line in lines), encoding="utf-8")
    return target


def _changed(data: Path, text: str) -> None:
    area = sorted((data / "areas").glob("*.yaml"))[0]
    area.write_text(
        area.read_text(encoding="utf-8").replace("\ntitle: Nedskräpning", f"\ntitle: Nedskräpning {text}"), encoding="utf-8"
    )


def test_eight_renders_side_by_side_into_one_folder_never_make_a_later_run_refuse(tmp_path: Path, runner: CliRunner) -> None:
    out = tmp_path / "out"
    datas = [_retitled(DATA, tmp_path / f"data-{n}", f"Medborgarlöfte prov {n}") for n in range(8)]
    for round_ in range(2):
        processes = [
            subprocess.Popen(
                [sys.executable, "-m", "medlofte", "render", str(d), "-o", str(out)],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
            for d in datas
        ]
        for process in processes:
            _, stderr = process.communicate(timeout=120)
            assert process.returncode == 0, stderr  # refused: a parallel run lost this one's record
        record = writing._manifest(out)
        names = {f"medborgarlofte-prov-{n}{s}" for n in range(8) for s in (".md", ".html")}
        assert set(record) == names
        assert all(len(digests) == 1 for digests in record.values())
        assert not leftovers(out)
        # The next round changes every document, so each run must find its own record.
        for data in datas:
            _changed(data, f"{round_}")
        for data in datas[:2]:
            assert render(runner, data, out)[0] == 0


# ---------------------------------------------------------------------------------------
# Full and read-only disks: small tmpfs mounts


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MiB tmpfs of its own, unmounted afterwards."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root on Linux")
    mount = tmp_path / "disk"
    mount.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m,mode=0755", "tmpfs", str(mount)], capture_output=True, text=True
    )
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path, free: int) -> Path:
    """Fill the disk, then free ``free`` bytes (tmpfs counts in pages of 4 KiB)."""
    filler = disk / "filler"
    written = 0
    with filler.open("wb", buffering=0) as stream:
        block = b"\0" * 4096
        try:
            while True:
                written += stream.write(block)
        except OSError:
            pass
        stream.truncate(max(0, written - free))
    return filler


def read_only(disk: Path, yes: bool = True) -> None:
    subprocess.run(["mount", "-o", f"remount,{'ro' if yes else 'rw'}", str(disk)], check=True)


@pytest.mark.parametrize("pages", range(12))
def test_a_disk_that_fills_up_anywhere_in_a_render_leaves_one_set(
    disk: Path, runner: CliRunner, pages: int, two_sets: tuple[Path, Path, Path, dict[str, str], dict[str, str]]
) -> None:
    old_data, new_data, _, old, new = two_sets
    out = disk / "out"
    assert render(runner, old_data, out)[0] == 0
    filler = fill(disk, pages * 4096)
    code, stderr = render(runner, new_data, out)
    assert (code, documents(out) == new) in ((0, True), (3, False)), stderr
    if code == 3:
        assert stderr.startswith("medlofte: cannot write the output ("), stderr
        assert stderr.endswith("): the disk is full\n"), stderr
        assert documents(out) == old
    assert not leftovers(out)
    assert not (out / writing.OUTPUT_JOURNAL).exists()
    filler.unlink()
    assert render(runner, new_data, out)[0] == 0  # its own output, never refused
    assert documents(out) == new
    assert render(runner, old_data, out)[0] == 0


def test_a_read_only_disk_is_a_write_error_naming_the_path(
    disk: Path, runner: CliRunner, two_sets: tuple[Path, Path, Path, dict[str, str], dict[str, str]]
) -> None:
    old_data, new_data, _, old, _ = two_sets
    out = disk / "out"
    assert render(runner, old_data, out)[0] == 0
    read_only(disk)
    try:
        assert render(runner, new_data, out) == (
            3,
            f"medlofte: cannot write the output ({(out / MD).as_posix()}): the file system is read-only\n",
        )
        assert documents(out) == old
    finally:
        read_only(disk, False)
    assert render(runner, new_data, out)[0] == 0


@pytest.fixture(scope="module")
def forms_sent(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("forms")
    shutil.copytree(FOLLOWED_UP, folder / "data")
    assert CliRunner().invoke(app, ["forms", str(folder / "data"), "--output", str(folder / "forms")]).exit_code == 0
    return folder


def _commands(disk: Path, forms: Path) -> dict[str, tuple[list[str], str]]:
    """Each command that writes, aimed at the disk: its arguments and the path it names."""
    data = disk / "data"
    form = sorted((forms / "forms").glob("*.xlsx"))[0]
    return {
        "render": (["render", str(data), "-o", str(disk / "out")], f"the output ({(disk / 'out').as_posix()}"),
        "forms": (["forms", str(data), "--output", str(disk / "forms"), "--no-ids"], "the forms ("),
        "rollover": (["rollover", str(data), "--output", str(disk / "next")], f"next year's promise to {disk / 'next'}"),
        "init": (["init", str(disk / "repo")], f"the repository ({(disk / 'repo').as_posix()}"),
        "collect": (["collect", str(form), str(data)], f"the answers ({data.as_posix()}"),
        "actor": (["actor", "Polisen", str(data), "-o", str(disk / "polisen.md")], f"{(disk / 'polisen.md').as_posix()}"),
        "summary": (["validate", str(data), "--format", "github"], "the job summary (GITHUB_STEP_SUMMARY) ("),
    }


@pytest.mark.parametrize("command", ["render", "forms", "rollover", "init", "collect", "actor", "summary"])
@pytest.mark.parametrize("fault", ["full", "read-only"])
def test_every_writing_command_on_a_full_or_read_only_disk_is_a_write_error(
    disk: Path, runner: CliRunner, forms_sent: Path, command: str, fault: str
) -> None:
    shutil.copytree(forms_sent / "data", disk / "data")  # with the ids the forms gave it
    form = sorted((forms_sent / "forms").glob("*.xlsx"))[0]
    if command == "collect":
        from openpyxl import load_workbook

        book = load_workbook(form)
        sheet = book.worksheets[0]
        for row in range(2, sheet.max_row + 1):
            for column in range(1, sheet.max_column + 1):
                if str(sheet.cell(row=1, column=column).value or "").lower().startswith("status"):
                    sheet.cell(row=row, column=column).value = "Genomförd"
        form = disk.parent / "filled.xlsx"
        book.save(form)
    summary = disk / "summary.md"
    summary.write_text("## An earlier step\n".ljust(4095) + "\n", encoding="utf-8")  # a page: more needs another
    before = {p.relative_to(disk).as_posix(): p.read_bytes() for p in disk.rglob("*") if p.is_file()}
    arguments, named = _commands(disk, forms_sent)[command]
    if command == "collect":
        arguments[1] = str(form)
    if fault == "full":
        fill(disk, 0)
    else:
        read_only(disk)
    try:
        result = runner.invoke(app, arguments, env={"GITHUB_STEP_SUMMARY": str(summary)} if command == "summary" else {})
    finally:
        if fault == "read-only":
            read_only(disk, False)
    reason = "the disk is full" if fault == "full" else "the file system is read-only"
    assert result.exit_code == 3, result.output
    assert result.stderr.startswith(f"medlofte: cannot write {named}"), result.stderr
    assert result.stderr.endswith(f": {reason}\n"), result.stderr
    (disk / "filler").unlink(missing_ok=True)
    after = {p.relative_to(disk).as_posix(): p.read_bytes() for p in disk.rglob("*") if p.is_file()}
    assert after == before  # nothing half-written, nothing left over
