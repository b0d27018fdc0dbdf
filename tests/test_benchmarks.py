"""The benchmark's data generator makes valid, reproducible, Swedish data directories."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from medlofte import api

# Each test runs the generator script in a fresh Python process.
pytestmark = pytest.mark.slow


def generate(target: Path, seed: int = 1) -> list[Path]:
    script = ROOT / "benchmarks" / "generate.py"
    subprocess.run(
        [sys.executable, str(script), str(target), "--municipalities", "4", "--seed", str(seed)], check=True, capture_output=True
    )
    return sorted(p for p in target.iterdir() if p.is_dir())


def test_every_generated_directory_is_valid_without_warnings(tmp_path: Path) -> None:
    dirs = generate(tmp_path / "a")
    assert len(dirs) == 4
    report = api.validate(dirs)
    assert report.findings == []
    for data_dir in dirs:
        data = api.load(data_dir)
        assert len(data.registry.actors) == 15
        assert len(data.areas) == 8
        assert all(5 <= len(area.activities) <= 15 for area in data.areas)
        text = "".join(p.read_text(encoding="utf-8") for p in data_dir.rglob("*.yaml"))
        assert {"å", "ä", "ö"} <= set(text)  # Swedish text, stored as UTF-8


def test_the_same_seed_gives_the_same_files(tmp_path: Path) -> None:
    first = generate(tmp_path / "a")
    second = generate(tmp_path / "b")
    for one, two in zip(first, second, strict=True):
        assert [p.read_bytes() for p in sorted(one.rglob("*.yaml"))] == [p.read_bytes() for p in sorted(two.rglob("*.yaml"))]
    third = generate(tmp_path / "c", seed=2)
    assert [d.name for d in third] != [d.name for d in first]


def test_the_hostile_directories_have_the_shapes_the_benchmark_names(tmp_path: Path) -> None:
    script = ROOT / "benchmarks" / "generate.py"
    # 2,001 area files instead of the benchmark's 100,000: one more than the cap is the same case.
    hostile = [sys.executable, str(script), str(tmp_path), "--hostile", "--many-files", "2001"]
    subprocess.run(hostile, check=True, capture_output=True)
    names = ["group-chain", "many-files", "repeated-keys", "unknown-names", "zero-link"]
    assert sorted(p.name for p in tmp_path.iterdir()) == names
    files = [p for name in names[:4] for p in (tmp_path / name).rglob("*.yaml")]
    assert max(p.stat().st_size for p in files) < 1024 * 1024  # all under the cap
    assert (tmp_path / "zero-link" / "areas" / "02-noll.yaml").readlink() == Path("/dev/zero")
    assert [f.code for f in api.load(tmp_path / "zero-link").findings] == ["ML116"]
    many = api.load(tmp_path / "many-files")
    assert len(list((tmp_path / "many-files" / "areas").iterdir())) == 2001
    assert [f.code for f in many.findings] == ["ML121"]
    chain = api.load(tmp_path / "group-chain")
    assert chain.findings == []
    bottom = chain.registry.get("Grupp 0001")
    assert bottom is not None
    assert len(chain.registry.groups_of(bottom)) == 2999
    unknown = api.load(tmp_path / "unknown-names")
    assert len(unknown.registry.actors) == 2002
    assert [f.code for f in unknown.findings] == ["ML301"] * 2000
    repeated = api.load(tmp_path / "repeated-keys")
    assert [f.code for f in repeated.findings] == ["ML106"] * 99_999
