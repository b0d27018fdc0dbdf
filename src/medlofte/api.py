"""The public Python API; the command line calls only these functions."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from medlofte import dataset
from medlofte.dataset import Dataset
from medlofte.findings import Finding
from medlofte.reporting import Report

# Below this many directories a worker pool costs more than it saves.
PARALLEL_FROM = 8


class UsageError(Exception):
    """A problem with how medlofte was called (exit code 2)."""


class ConfigError(Exception):
    """A problem with the set-up rather than the data (exit code 3)."""


def load(data_dir: Path | str) -> Dataset:
    """Read and check one data directory; problems are in ``.findings``."""
    return dataset.load(data_dir)


def _check_one(data_dir: str) -> tuple[list[Finding], int]:
    data = dataset.load(data_dir)
    return data.findings, data.files


def validate(data_dirs: Sequence[Path | str], jobs: int | None = None) -> Report:
    """Check every data directory; all findings of all files in one report.

    Many directories are checked on all cores (``jobs`` caps the number of processes).
    """
    dirs = [str(d) for d in data_dirs]
    workers = min(jobs or os.cpu_count() or 1, len(dirs))
    parallel = workers > 1 and len(dirs) >= PARALLEL_FROM
    results = _in_parallel(dirs, workers) if parallel else [_check_one(d) for d in dirs]
    findings = [f for found, _ in results for f in found]
    return Report(findings, sum(files for _, files in results), len(dirs))


def _in_parallel(dirs: list[str], workers: int) -> list[tuple[list[Finding], int]]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    chunk = max(1, len(dirs) // (workers * 4))
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        return list(pool.map(_check_one, dirs, chunksize=chunk))


def require_valid(data: Dataset) -> None:
    """Refuse to build anything from invalid data."""
    if not data.ok:
        n = len(data.errors)
        raise InvalidData(f"{n} problem{'s' if n != 1 else ''} found in {data.root} — run medlofte validate {data.root}")


class InvalidData(Exception):
    """The data has errors (exit code 1)."""
