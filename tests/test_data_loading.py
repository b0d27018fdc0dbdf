"""Reads bounded before they happen: what is opened is checked, and no more than the cap
plus one byte is ever read."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from conftest import MINIMAL
from medlofte.data import loading


def test_a_file_that_says_it_is_empty_but_is_not_is_read_only_up_to_the_cap() -> None:
    """/proc files give size 0 and then any number of bytes: the read stops at the cap + 1."""
    maps = Path("/proc/self/maps")
    if not maps.exists():
        pytest.skip("no /proc on this system")
    with pytest.raises(loading.Unreadable) as refused:
        loading.read_bounded(maps, "maps", cap=10)
    assert (refused.value.finding.code, refused.value.finding.message) == (
        "ML101",
        "The file is more than 10 bytes; the cap is 10 bytes.",
    )
    assert loading.read_bounded(maps, "maps", cap=10_000_000).endswith(b"\n")


def test_a_device_is_refused_without_reading_it() -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero on this system")
    started = time.monotonic()
    with pytest.raises(loading.Unreadable) as refused:
        loading.read_bounded(Path("/dev/zero"), "areas/02.yaml")
    assert time.monotonic() - started < 1
    finding = refused.value.finding
    assert (finding.code, finding.message) == ("ML120", "This is a device, not a file; medlofte reads only ordinary files.")


def test_a_link_to_dev_zero_is_refused_in_under_a_second(tmp_path: Path) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero on this system")
    data = tmp_path / "repo" / "data"
    shutil.copytree(MINIMAL, data)
    (tmp_path / "repo" / ".git").mkdir()
    for name in ("promise.yaml", "areas/02-noll.yaml"):
        target = data / name
        target.unlink(missing_ok=True)
        target.symlink_to("/dev/zero")
    started = time.monotonic()
    found = loading.load(data)
    assert time.monotonic() - started < 1
    assert [(f.code, f.loc.path) for f in found.findings if f.code.startswith("ML1")] == [
        ("ML116", f"{data.as_posix()}/areas/02-noll.yaml"),
        ("ML116", f"{data.as_posix()}/promise.yaml"),
    ]


def test_a_file_bigger_than_the_cap_is_refused_by_its_size_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    with big.open("wb") as stream:
        stream.truncate(3 * 1024**3)  # sparse: 3 GB that cost no disk
    with pytest.raises(loading.Unreadable) as refused:
        loading.read_bounded(big, "big.yaml")
    assert refused.value.finding.message == "The file is 3,221,225,472 bytes; the cap is 1,048,576 bytes."


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_in_place_of_the_promise_does_not_hang(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(MINIMAL, data)
    (data / "promise.yaml").unlink()
    os.mkfifo(data / "promise.yaml")
    found = loading.load(data)
    assert [f.code for f in found.findings] == ["ML120"]
