"""The public Python API; the command line calls only these functions."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import NamedTuple, TypeVar

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
    results = parallel_map(_check_one, dirs, jobs)
    findings = [f for found, _ in results for f in found]
    return Report(findings, sum(files for _, files in results), len(dirs))


T = TypeVar("T")
R = TypeVar("R")


def parallel_map(function: Callable[[T], R], items: Sequence[T], workers: int | None = None) -> list[R]:
    """``function`` over ``items`` in order; in worker processes when there are many."""
    count = min(workers or os.cpu_count() or 1, len(items))
    if count < 2 or len(items) < PARALLEL_FROM:
        return [function(item) for item in items]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with ProcessPoolExecutor(max_workers=count, mp_context=context) as pool:
        return list(pool.map(function, items, chunksize=max(1, len(items) // (count * 4))))


def require_valid(data: Dataset) -> None:
    """Refuse to build anything from invalid data."""
    if not data.ok:
        n = len(data.errors)
        raise InvalidData(f"{n} problem{'s' if n != 1 else ''} found in {data.root} — run medlofte validate {data.root}")


class InvalidData(Exception):
    """The data has errors (exit code 1)."""


# ---------------------------------------------------------------------------------------
# Rendering

SUFFIXES = {"md": ".md", "html": ".html", "pdf": ".pdf"}


def render_document(
    data: Dataset, fmt: str, *, lang: str = "sv", templates: Path | None = None, published: date | None = None
) -> bytes:
    """One valid data set as one format; the same input gives the same bytes."""
    from medlofte import render
    from medlofte.labels import Labels

    require_valid(data)
    labels = Labels(lang)
    document = render.build(data, labels, published)
    if fmt == "md":
        return render.to_markdown(document, labels, templates).encode("utf-8")
    html = render.to_html(document, labels, templates)
    if fmt == "html":
        return html.encode("utf-8")
    return render.to_pdf(html)


def document_stem(data: Dataset) -> str:
    """The file name of the rendered document: the promise's title as a slug."""
    from medlofte.schema import slugify

    assert data.promise is not None
    return slugify(data.promise.title)


class RenderJob(NamedTuple):
    data_dir: str
    formats: tuple[str, ...]
    lang: str
    templates: Path | None
    published: date | None


def _render_one(job: RenderJob) -> tuple[str, str, dict[str, bytes]]:
    """(data dir, file stem, bytes per format); invalid data raises InvalidData."""
    data = dataset.load(job.data_dir)
    outputs = {
        fmt: render_document(data, fmt, lang=job.lang, templates=job.templates, published=job.published) for fmt in job.formats
    }
    return job.data_dir, document_stem(data), outputs


def render_many(jobs: Sequence[RenderJob], workers: int | None = None) -> list[tuple[str, str, dict[str, bytes]]]:
    """Render many data directories, on all cores when there are many."""
    return parallel_map(_render_one, jobs, workers)
