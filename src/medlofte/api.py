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
    data: Dataset,
    fmt: str,
    *,
    lang: str = "sv",
    templates: Path | None = None,
    published: date | None = None,
    report: str = "promise",
) -> bytes:
    """One valid data set as one format of one report (the promise or its follow-up);
    the same input gives the same bytes."""
    from medlofte import render
    from medlofte.labels import Labels

    require_valid(data)
    labels = Labels(lang)
    if report == "follow-up":
        from medlofte import followup_document

        document: object = followup_document.build(data, labels, published)
    else:
        document = render.build(data, labels, published)
    if fmt == "md":
        return render.to_markdown(document, labels, templates, report).encode("utf-8")
    html = render.to_html(document, labels, templates, report)
    if fmt == "html":
        return html.encode("utf-8")
    return render.to_pdf(html)


def document_stem(data: Dataset, report: str = "promise") -> str:
    """The file name of a rendered document: the promise's title as a slug."""
    from medlofte.schema import slugify

    assert data.promise is not None
    stem = slugify(data.promise.title)
    return f"{stem}-uppfoljning" if report == "follow-up" else stem


class RenderJob(NamedTuple):
    data_dir: str
    formats: tuple[str, ...]
    lang: str
    templates: Path | None
    published: date | None
    report: str = "promise"


def _render_one(job: RenderJob) -> tuple[str, str, dict[str, bytes]]:
    """(data dir, file stem, bytes per format); invalid data raises InvalidData."""
    data = dataset.load(job.data_dir)
    outputs = {
        fmt: render_document(data, fmt, lang=job.lang, templates=job.templates, published=job.published, report=job.report)
        for fmt in job.formats
    }
    return job.data_dir, document_stem(data, job.report), outputs


def render_many(jobs: Sequence[RenderJob], workers: int | None = None) -> list[tuple[str, str, dict[str, bytes]]]:
    """Render many data directories, on all cores when there are many."""
    return parallel_map(_render_one, jobs, workers)


# ---------------------------------------------------------------------------------------
# Rollover


def rollover(
    data_dir: Path | str,
    output: Path,
    *,
    year: int | None = None,
    start: date | None = None,
    end: date | None = None,
) -> tuple[list[Path], date, date]:
    """Write next year's promise from this one into ``output``, a new or empty directory;
    it is checked before it is put in place, and nothing existing is ever replaced."""
    import shutil
    import tempfile

    from medlofte import rollover as rolling
    from medlofte.writing import atomic_write

    if output.exists() and (not output.is_dir() or any(output.iterdir())):
        raise UsageError(f"{output} exists and is not an empty directory; rollover never overwrites.")
    data = dataset.load(data_dir)
    require_valid(data)
    files, new_start, new_end = rolling.rollover(data, Path(data_dir), year=year, start=start, end=end)
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.", dir=output.parent))
    try:
        for relative, content in files.items():
            atomic_write(staging / relative, content)
        checked = dataset.load(staging)
        if not checked.ok:
            problems = "; ".join(f"{f.loc.path}:{f.loc.line}: {f.message}" for f in checked.errors[:5])
            raise ConfigError(f"the rolled-over promise does not validate: {problems}")
        if output.exists():
            for relative in files:
                target = output / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                (staging / relative).replace(target)
        else:
            staging.replace(output)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return [output / relative for relative in files], new_start, new_end
