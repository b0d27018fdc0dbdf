"""The public Python API; the command line calls only these functions.

Each function takes plain values and the shared choices (``medlofte.choices``), returns a
value or text, and raises a :class:`~medlofte.errors.MedlofteError` with its exit code
when it cannot. Nothing here prints.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Callable, Sequence
from datetime import date
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from medlofte.choices import (
    CiKind,
    DiffFormat,
    ExportFormat,
    FindingFormat,
    Lang,
    ListFormat,
    RenderFormat,
    Report,
    StatusFormat,
)
from medlofte.data import loading
from medlofte.data.findings import Finding
from medlofte.data.findings import Report as ValidationReport
from medlofte.data.loading import Dataset
from medlofte.errors import ConfigError, InvalidData, UsageError, WriteError
from medlofte.messages import t

if TYPE_CHECKING:
    from medlofte.actions.init import Scaffold
    from medlofte.data.answers import Change
    from medlofte.data.model import Actor, PartialDate, Status, Theme
    from medlofte.data.queries import ActorSummary
    from medlofte.server.live import Server
    from medlofte.views.changes import Comparison
    from medlofte.views.changetext import ChangeSection, Described
    from medlofte.views.overview import Overview, Summary
    from medlofte.views.status import StatusReport
    from medlofte.views.tasklist import TaskList

__all__ = [
    "ConfigError",
    "Dataset",
    "InvalidData",
    "RenderJob",
    "UsageError",
    "ValidationReport",
    "actor_summaries",
    "append_step_summary",
    "build_site",
    "compare_folders",
    "compare_revision",
    "diff",
    "export",
    "find_actor",
    "format_actors",
    "format_changes",
    "format_findings",
    "format_overview",
    "format_status",
    "format_task_list",
    "import_document",
    "init",
    "load",
    "load_theme",
    "load_valid",
    "overview",
    "render_document",
    "render_many",
    "render_overview",
    "render_targets",
    "rollover",
    "schemas",
    "serve",
    "status_report",
    "step_summary",
    "summary_line",
    "task_list",
    "task_list_pdf",
    "validate",
    "write_outputs",
]

# Below this many directories a worker pool costs more than it saves.
PARALLEL_FROM = 8
# The longest file name a document gets from its title, cut at a word.
STEM_LENGTH = 100

C = TypeVar("C", bound=Enum)


def choice(kind: type[C], value: C | str) -> C:
    """A choice given as its enum member or its value ('md', 'follow-up'); anything else is
    refused, never taken for the default."""
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(str(member.value) for member in kind)
        raise UsageError(t("{value!r} is not one of {allowed}.", value=value, allowed=allowed)) from None


# ---------------------------------------------------------------------------------------
# Reading and validating


def existing_dir(path: Path | str) -> Path:
    """The data directory, or a usage error saying why it cannot be one and, when a data
    directory is near (the folder itself, its parent, a sub-folder), which one to give."""
    path = Path(path)
    if not path.exists():
        here = path.parent if path.parent != Path() else Path.cwd()
        where = t(" in {folder}", folder=here.resolve().as_posix()) if not path.is_absolute() else ""
        raise UsageError(
            t("data directory '{path}' does not exist{where}.{offer}", path=path, where=where, offer=_offer(path.parent))
        )
    if not path.is_dir():
        raise UsageError(t("'{path}' is not a directory; give the data directory that holds promise.yaml.", path=path))
    if not _looks_like_data(path):
        offer = _offer(path, exclude=path)
        if offer:
            names = t(
                "{promise}, {actors} or {areas}/",
                promise=loading.PROMISE_NAMES[0],
                actors=loading.ACTORS_NAMES[0],
                areas=loading.AREAS_DIR,
            )
            raise UsageError(t("'{path}' holds no {names}.{offer}", path=path, names=names, offer=offer))
    return path


def _looks_like_data(folder: Path) -> bool:
    return any((folder / name).exists() for name in (*loading.PROMISE_NAMES, *loading.ACTORS_NAMES, loading.AREAS_DIR))


def _offer(folder: Path, exclude: Path | None = None) -> str:
    """' X holds promise.yaml: give it as the data directory.' for the nearest folder that
    holds one: the folder itself, its parent, or one of its sub-folders."""
    here = folder.resolve()
    candidates = [here, here.parent]
    with contextlib.suppress(OSError):
        candidates += sorted(p for p in here.iterdir() if p.is_dir() and not p.name.startswith("."))
    skip = exclude.resolve() if exclude is not None else None
    for candidate in candidates:
        if candidate != skip and any((candidate / name).is_file() for name in loading.PROMISE_NAMES):
            shown = Path(os.path.relpath(candidate)).as_posix() if not folder.is_absolute() else candidate.as_posix()
            return t(
                " '{folder}' holds {promise}: give it as the data directory.", folder=shown, promise=loading.PROMISE_NAMES[0]
            )
    return ""


def load(data_dir: Path | str) -> Dataset:
    """Read and check one data directory; problems are in ``.findings``."""
    return loading.load(data_dir)


def require_valid(data: Dataset) -> None:
    """Refuse to build anything from invalid data."""
    if not data.ok:
        n = len(data.errors)
        raise InvalidData(
            t("1 problem found in {root} — run medlofte validate {root}", root=data.root)
            if n == 1
            else t("{n} problems found in {root} — run medlofte validate {root}", n=n, root=data.root)
        )


def load_valid(data_dir: Path | str) -> Dataset:
    """The data of an existing directory, or :class:`InvalidData` telling the user to validate."""
    data = loading.load(existing_dir(data_dir))
    require_valid(data)
    return data


def _check_one(data_dir: str) -> tuple[list[Finding], int]:
    data = loading.load(data_dir)
    return data.findings, data.files


def validate(data_dirs: Sequence[Path | str], jobs: int | None = None) -> ValidationReport:
    """Check every data directory; all findings of all files in one report.

    Many directories are checked on all cores (``jobs`` caps the number of processes).
    """
    dirs = [str(existing_dir(d)) for d in data_dirs]
    results = parallel_map(_check_one, dirs, jobs)
    findings = [f for found, _ in results for f in found]
    return ValidationReport(findings, sum(files for _, files in results), len(dirs))


def format_findings(
    report: ValidationReport,
    fmt: FindingFormat | str,
    *,
    strict: bool = False,
    color: bool = False,
    context: bool = False,
    quiet: bool = False,
) -> str:
    """The findings in one format; ``text`` ends with the summary line, the others do not."""
    from medlofte.output import findings

    fmt = choice(FindingFormat, fmt)
    if fmt is FindingFormat.text:
        return findings.format_text(report, color=color, context=context, quiet=quiet, strict=strict)
    return findings.FORMATTERS[fmt](report, strict)


def summary_line(report: ValidationReport, strict: bool = False) -> str:
    from medlofte.output.findings import summary_line as line

    return line(report, strict)


def step_summary(report: ValidationReport, strict: bool = False) -> str:
    """Markdown for GitHub's job summary ($GITHUB_STEP_SUMMARY)."""
    from medlofte.output.findings import format_step_summary

    return format_step_summary(report, strict)


def append_step_summary(path: Path, report: ValidationReport, strict: bool = False) -> None:
    """Add the job summary to the end of ``path`` ($GITHUB_STEP_SUMMARY), whole or not at
    all: a write that fails midway (a full disk) is cut back to where it began."""
    import stat

    text = step_summary(report, strict).encode("utf-8")
    what = t("the job summary (GITHUB_STEP_SUMMARY)")
    try:
        handle = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o666)
    except OSError as err:
        raise write_error(what, path, err) from err
    try:
        begun = os.fstat(handle)
        written = 0
        try:
            while written < len(text):
                written += os.write(handle, text[written:])
        except OSError as err:
            if stat.S_ISREG(begun.st_mode):
                with contextlib.suppress(OSError):
                    os.ftruncate(handle, begun.st_size)
            raise write_error(what, path, err) from err
    finally:
        os.close(handle)


T = TypeVar("T")
R = TypeVar("R")


def parallel_map(
    function: Callable[[T], R], items: Sequence[T], workers: int | None = None, prepare: Callable[[], object] | None = None
) -> list[R]:
    """``function`` over ``items`` in order; in worker processes when there are many.

    ``prepare`` runs once before the workers start (what every item needs, made once and
    inherited: the site's compiled templates). Items go out in small chunks, sixteen a
    worker, so that no worker sits idle at the end while another finishes a long chunk."""
    count = min(workers or os.cpu_count() or 1, len(items))
    if prepare is not None and items:
        prepare()
    if count < 2 or len(items) < PARALLEL_FROM:
        return [function(item) for item in items]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with ProcessPoolExecutor(max_workers=count, mp_context=context) as pool:
        return list(pool.map(function, items, chunksize=max(1, len(items) // (count * 16))))


# ---------------------------------------------------------------------------------------
# Actors and their task lists


def find_actor(data: Dataset, name: str) -> Actor:
    """The actor a name typed on the command line means, or a usage error that says which
    actors it could have meant."""
    from medlofte.data.textfold import ascii_fold

    found = data.registry.lookup(name)
    if found.actor is not None:
        return found.actor
    candidates = found.candidates
    wanted = ascii_fold(name)
    if len(candidates) > 1 and all(any(ascii_fold(n).startswith(wanted) for n in a.names) for a in candidates):
        raise UsageError(
            t(
                "'{name}' matches several actors: {value}. Type more of the name.",
                name=name,
                value=", ".join(a.name for a in candidates),
            )
        )
    if candidates:
        raise UsageError(
            t("no actor matches '{name}'. Did you mean: {value}?", name=name, value=", ".join(a.name for a in candidates))
        )
    known = ", ".join(a.name for a in data.registry.actors)
    raise UsageError(t("no actor matches '{name}'. Known actors: {known}.", name=name, known=known))


def task_list(
    data: Dataset, actor: Actor, *, lead_only: bool = False, status: Status | None = None, open_only: bool = False
) -> TaskList:
    """The actor's tasks in document order, also those that come through its groups."""
    from medlofte.data import queries
    from medlofte.views.tasklist import make

    return make(data, actor, queries.task_list(data, actor, lead_only=lead_only, status=status, open_only=open_only))


def actor_summaries(data: Dataset) -> list[ActorSummary]:
    """Every actor with its number of areas and activities, in Swedish order."""
    from medlofte.data import queries

    return queries.actor_summaries(data)


def format_task_list(
    tasks: TaskList, fmt: ListFormat | str, lang: Lang | str = Lang.sv, *, color: bool = False, width: int = 80
) -> str:
    from medlofte.output import tasklist
    from medlofte.views.labels import Labels

    labels = Labels(choice(Lang, lang).value)
    formatters: dict[ListFormat, Callable[[], str]] = {
        ListFormat.table: lambda: tasklist.format_table(tasks, labels, color, width),
        ListFormat.md: lambda: tasklist.format_md(tasks, labels),
        ListFormat.csv: lambda: tasklist.format_csv(tasks, labels, excel=False),
        ListFormat.excel: lambda: tasklist.format_csv(tasks, labels, excel=True),
        ListFormat.json: lambda: tasklist.format_json(tasks),
    }
    return formatters[choice(ListFormat, fmt)]()


def task_list_pdf(tasks: TaskList, lang: Lang | str = Lang.sv) -> bytes:
    """The actor's task list as a PDF to send: one A4 page where it fits, with its contact."""
    from medlofte.output import tasklist
    from medlofte.views.labels import Labels

    return tasklist.format_pdf(tasks, Labels(choice(Lang, lang).value))


def format_actors(
    summaries: list[ActorSummary], fmt: ListFormat | str, lang: Lang | str = Lang.sv, *, color: bool = False, width: int = 80
) -> str:
    from medlofte.output import tasklist
    from medlofte.views.labels import Labels

    labels = Labels(choice(Lang, lang).value)
    formatters: dict[ListFormat, Callable[[], str]] = {
        ListFormat.table: lambda: tasklist.format_actors_table(summaries, labels, color, width),
        ListFormat.md: lambda: tasklist.format_actors_md(summaries, labels),
        ListFormat.csv: lambda: tasklist.format_actors_csv(summaries, labels, excel=False),
        ListFormat.excel: lambda: tasklist.format_actors_csv(summaries, labels, excel=True),
        ListFormat.json: lambda: tasklist.format_actors_json(summaries),
    }
    return formatters[choice(ListFormat, fmt)]()


# ---------------------------------------------------------------------------------------
# Follow-up status


def status_report(data: Dataset, as_of: date, actor: Actor | None = None) -> StatusReport:
    """Activities by status per area and per actor, overdue, never followed up and changed
    since the previous round, as of a day; with ``actor``, for its activities only."""
    from medlofte.views.status import status_report as report

    return report(data, as_of, actor)


def format_status(
    report: StatusReport, title: str, fmt: StatusFormat | str, lang: Lang | str = Lang.sv, *, color: bool = False, width: int = 80
) -> str:
    from medlofte.output import status
    from medlofte.views.labels import Labels

    labels = Labels(choice(Lang, lang).value)
    formatters: dict[StatusFormat, Callable[[], str]] = {
        StatusFormat.table: lambda: status.format_table(report, title, labels, color, width),
        StatusFormat.md: lambda: status.format_md(report, title, labels),
        StatusFormat.json: lambda: status.format_json(report),
    }
    return formatters[choice(StatusFormat, fmt)]()


# ---------------------------------------------------------------------------------------
# Rendering


def render_document(
    data: Dataset,
    fmt: RenderFormat | str,
    *,
    lang: Lang | str = Lang.sv,
    templates: Path | None = None,
    published: date | None = None,
    report: Report | str = Report.promise,
    changes_since: str | None = None,
    theme: Theme | None = None,
    draft: date | None = None,
    fragment: bool = False,
) -> bytes:
    """One valid data set as one format of one report (the promise or its follow-up);
    the same input gives the same bytes. ``changes_since`` (a git revision or an earlier
    data folder) closes the promise with what changed since. ``theme`` (default: the one in
    promise.yaml) gives the municipality's look; ``draft`` marks every page "Utkast" with
    that day; ``fragment`` makes HTML the body only, its styles scoped, for another page."""
    from medlofte.output import document as rendering
    from medlofte.views import look as looks
    from medlofte.views.labels import Labels

    fmt, report = choice(RenderFormat, fmt), choice(Report, report)
    require_valid(data)
    if fragment and fmt is not RenderFormat.html:
        raise UsageError(t("--fragment is the body of an HTML page; give --format html."))
    labels = Labels(choice(Lang, lang).value)
    if report is Report.overview:
        raise UsageError(t("the overview spans many promises: render_overview(overview(data_dirs, as_of), fmt)."))
    assert data.promise is not None
    look = looks.build(labels, theme or data.promise.theme, draft, fragment)
    if report is Report.follow_up:
        from medlofte.views import followup

        if changes_since is not None:
            raise UsageError(t("--changes-since adds to the promise document; leave out --report follow-up."))
        view: object = followup.build(data, labels, published)
    else:
        from medlofte.views import promise

        changes = changes_section(data, changes_since, labels.lang) if changes_since is not None else None
        view = promise.build(data, labels, published, changes)
    if fmt is RenderFormat.md:
        return rendering.to_markdown(view, labels, templates, report).encode("utf-8")
    if fmt is RenderFormat.docx:
        from medlofte.output import docx
        from medlofte.views.followup import FollowUpDocument
        from medlofte.views.promise import Document

        if isinstance(view, FollowUpDocument):
            return docx.follow_up_docx(view, labels, look)
        assert isinstance(view, Document)
        return docx.promise_docx(view, labels, look)
    html = rendering.to_html(view, labels, templates, report, look=look)
    if fmt is RenderFormat.html:
        return html.encode("utf-8")
    return rendering.to_pdf(html, templates)


def load_theme(path: Path | str) -> Theme:
    """A theme file (``render --theme FILE``) with its logo, or :class:`InvalidData` that
    lists its problems (``validate`` checks data folders, not theme files)."""
    from medlofte.output.findings import format_text

    path = Path(path)
    if not path.is_file():
        raise UsageError(t("theme file '{path}' does not exist.", path=str(path)))
    theme, findings = loading.load_theme(path)
    if theme is None:
        report = ValidationReport(findings, 1, 1)
        raise InvalidData(f"the theme file {path.as_posix()} has problems:\n{format_text(report).rstrip()}")
    return theme


def require_pdf() -> None:
    """Fail before any work when PDF output cannot be made on this machine."""
    from medlofte.output.document import require_pdf as check

    check()


def document_stem(data: Dataset, report: Report | str = Report.promise) -> str:
    """The file name of a rendered document: the promise's title as a slug."""
    assert data.promise is not None
    stem = file_stem(data.promise.title)
    return f"{stem}-uppfoljning" if choice(Report, report) is Report.follow_up else stem


def file_stem(name: str) -> str:
    """A file name from a title or a name: a slug, cut at a word after 100 characters, as
    file systems take 255 bytes a name and a title may be longer."""
    from medlofte.data.textfold import slugify

    stem = slugify(name)
    if len(stem) > STEM_LENGTH:
        stem = stem[: stem.rfind("-", 0, STEM_LENGTH + 1)] if "-" in stem[:STEM_LENGTH] else stem[:STEM_LENGTH]
    return stem


class RenderJob(NamedTuple):
    data_dir: str
    formats: tuple[RenderFormat, ...]
    lang: Lang
    templates: Path | None
    published: date | None
    report: Report = Report.promise
    changes_since: str | None = None
    theme: Theme | None = None
    draft: date | None = None
    fragment: bool = False


class Rendered(NamedTuple):
    data_dir: str
    stem: str
    outputs: dict[RenderFormat, bytes]


def _render_one(job: RenderJob) -> Rendered:
    """One data directory in every asked format; invalid data raises InvalidData."""
    data = loading.load(job.data_dir)
    outputs = {
        fmt: render_document(
            data,
            fmt,
            lang=job.lang,
            templates=job.templates,
            published=job.published,
            report=job.report,
            changes_since=job.changes_since,
            theme=job.theme,
            draft=job.draft,
            fragment=job.fragment,
        )
        for fmt in job.formats
    }
    return Rendered(job.data_dir, document_stem(data, job.report), outputs)


def render_many(jobs: Sequence[RenderJob], workers: int | None = None) -> list[Rendered]:
    """Render many data directories, on all cores when there are many."""
    return parallel_map(_render_one, jobs, workers)


def render_targets(results: list[Rendered], formats: tuple[RenderFormat, ...], output: Path | None) -> dict[Path, bytes]:
    """Where each rendered document goes: out/<stem>.<format>, one folder per data directory
    when there are several, or the file named by ``output``."""
    if output is not None and len(results) == 1 and len(formats) == 1 and output.suffix.lower() == formats[0].suffix:
        return {output: results[0].outputs[formats[0]]}
    base = output or Path("out")
    files: dict[Path, bytes] = {}
    folders: set[str] = set()
    for result in results:
        folder = base
        if len(results) > 1:
            name = Path(result.data_dir).resolve().name
            unique, n = name, 2
            while unique in folders:
                unique, n = f"{name}-{n}", n + 1
            folders.add(unique)
            folder = base / unique
        for fmt in formats:
            files[folder / f"{result.stem}{fmt.suffix}"] = result.outputs[fmt]
    return files


# ---------------------------------------------------------------------------------------
# Writing


def write_outputs(files: dict[Path, bytes], *, force: bool = False, track: bool = True, what: str | None = None) -> None:
    """Write every file or none, as one set, never over a file medlofte did not write
    (unless ``force``); a failing disk is a :class:`WriteError` naming the path."""
    from medlofte.actions import writing

    try:
        writing.write_outputs(files, force=force, track=track)
    except OSError as err:
        raise write_error(what or t("the output"), next(iter(files), Path()), err) from err


def write_error(what: str, path: Path, err: OSError) -> WriteError:
    """``cannot write <what> (<path>): <why>``: the path the system names, else ``path``."""
    where = Path(os.fsdecode(err.filename)) if err.filename else path
    shown = where.as_posix()
    why = _why(where, err)
    if shown == what or shown in what:
        return WriteError(t("cannot write {what}: {why}", what=what, why=why))
    return WriteError(t("cannot write {what} ({path}): {why}", what=what, path=shown, why=why))


# Reasons in a coordinator's words, by errno; anything else as the system says it.
_REASONS = {
    errno.ENOSPC: t("the disk is full"),
    getattr(errno, "EDQUOT", errno.ENOSPC): t("the disk is full (the quota is used up)"),
    errno.EROFS: t("the file system is read-only"),
    errno.EACCES: t("permission denied (the folder or file is not writable)"),
    errno.EPERM: t("permission denied (the folder or file is not writable)"),
    errno.EISDIR: t("it is a folder, not a file; remove or rename the folder"),
    errno.EFBIG: t("the file is larger than this system allows"),
    errno.ENAMETOOLONG: t("the name is too long for the file system"),
}


def _why(path: Path, err: OSError) -> str:
    """Why a path cannot be written, in words: a file where a folder must be, or the reason."""
    for parent in path.parents:
        if parent.exists():
            if not parent.is_dir():
                return t("{parent} is a file, not a folder", parent=parent.as_posix())
            break
    if err.errno in _REASONS:
        return _REASONS[err.errno]
    return err.strerror or str(err)


def schemas() -> dict[str, str]:
    """File name -> JSON Schema text for promise.yaml, actors.yaml and the area files."""
    from medlofte.output import jsonschema

    return jsonschema.schemas()


def init(directory: Path, *, empty: bool = False, ci: CiKind | str = CiKind.github, guide: Lang | str = Lang.sv) -> Scaffold:
    """Lay out a new data repository; files that exist are kept, never replaced."""
    from medlofte.actions import init as scaffold

    if directory.exists() and not directory.is_dir():
        raise UsageError(t("'{directory}' exists and is not a directory.", directory=directory))
    try:
        return scaffold.init(directory, empty=empty, ci=choice(CiKind, ci), guide=choice(Lang, guide))
    except OSError as err:
        raise write_error(t("the repository"), directory, err) from err


# ---------------------------------------------------------------------------------------
# Rollover


def rollover(
    data_dir: Path | str,
    output: Path,
    *,
    year: int | None = None,
    start: date | None = None,
    end: date | None = None,
) -> tuple[list[Path], PartialDate, PartialDate | None]:
    """Write next year's promise from this one into ``output``, a new or empty directory;
    it is checked before it is put in place, and nothing existing is ever replaced."""
    from medlofte.actions import rollover as rolling
    from medlofte.actions.writing import atomic_write, staging_folder

    existing_dir(data_dir)
    try:
        occupied = output.exists() and (not output.is_dir() or any(output.iterdir()))
    except OSError as err:
        raise WriteError(t("cannot write next year's promise to {output}: {why}", output=output, why=_why(output, err))) from err
    if occupied:
        raise UsageError(t("{output} exists and is not an empty directory; rollover never overwrites.", output=output))
    data = loading.load(data_dir)
    require_valid(data)
    files, new_start, new_end = rolling.rollover(data, Path(data_dir), year=year, start=start, end=end)
    try:  # a regular file on the way, a read-only file system, a full disk
        with staging_folder(output.parent) as staging:
            for relative, content in files.items():
                atomic_write(staging / relative, content)
            checked = loading.load(staging)
            if not checked.ok:
                problems = "; ".join(f"{f.loc.path}:{f.loc.line}: {f.message}" for f in checked.errors[:5])
                raise ConfigError(t("the rolled-over promise does not validate: {problems}", problems=problems))
            _into_place(staging, output, files)
    except OSError as err:
        raise WriteError(t("cannot write next year's promise to {output}: {why}", output=output, why=_why(output, err))) from err
    return [output / relative for relative in files], new_start, new_end


def _into_place(staging: Path, output: Path, files: dict[str, bytes]) -> None:
    """The staged folder renamed to ``output`` in one step (POSIX also over an empty folder);
    else, into an existing folder, file by file."""
    try:
        staging.replace(output)
        return
    except OSError:
        if not output.is_dir():
            raise
    for relative in files:
        target = output / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        (staging / relative).replace(target)


# ---------------------------------------------------------------------------------------
# Follow-up forms out, and the answers back


class FormsResult(NamedTuple):
    written: list[Path]  # one form per actor
    ids_added: list[Path]  # area files where activities were given an id


def form(data: Dataset, actor: Actor, lang: Lang | str = Lang.sv) -> bytes:
    """One actor's follow-up form (.xlsx): a row per activity it leads or takes part in."""
    from medlofte.output.forms import form_xlsx
    from medlofte.views import forms
    from medlofte.views.labels import Labels

    labels = Labels(choice(Lang, lang).value)
    return form_xlsx(forms.build(data, task_list(data, actor), labels), labels)


def forms(
    data_dir: Path | str, output: Path, *, force: bool = False, ids: bool = True, lang: Lang | str = Lang.sv
) -> FormsResult:
    """A form for every actor with tasks, in ``output``. With ``ids`` every activity without
    an ``id`` is first given one in the YAML (comments kept), so that an answer finds its
    activity even after its text is corrected."""
    from medlofte.actions import collect

    data = load_valid(data_dir)
    added: list[Path] = []
    if ids:
        try:
            added = collect.write_ids(data)
        except OSError as err:
            raise write_error(t("the activities' ids"), Path(data_dir), err) from err
        if added:
            data = load_valid(data_dir)
    files: dict[Path, bytes] = {}
    for actor in data.registry.actors:
        if task_list(data, actor).tasks:
            stem, n = file_stem(actor.name), 2
            while output / f"{stem}.xlsx" in files:  # two names with one slug: both forms go out
                stem, n = f"{file_stem(actor.name)}-{n}", n + 1
            files[output / f"{stem}.xlsx"] = form(data, actor, lang)
    write_outputs(files, force=force, what=t("the forms"))
    return FormsResult(sorted(files), added)


class Collected(NamedTuple):
    findings: list[Finding]
    changes: list[Change]
    written: list[Path]
    answers: int
    forms: int
    without: int

    @property
    def ok(self) -> bool:
        from medlofte.data.findings import Severity

        return not any(f.severity is Severity.ERROR for f in self.findings)


def collect(
    forms: Sequence[Path | str],
    data_dir: Path | str,
    *,
    dry_run: bool = False,
    prefer: str | None = None,
    today: date | None = None,
) -> Collected:
    """Read every returned form, check every row, and (unless ``dry_run`` or a finding is an
    error) write the answers into the YAML, all files together or none."""
    from medlofte.actions import collect as collecting
    from medlofte.data import answers

    root = existing_dir(data_dir)
    collecting.prepare(root)
    data = load_valid(root)
    returned = [answers.read(Path(f)) for f in forms]
    plan = collecting.plan(data, returned, today or date.today(), prefer)
    written: list[Path] = []
    if plan.ok and not dry_run and plan.changes:
        try:
            written = collecting.apply(data, plan.changes)
        except OSError as err:
            raise write_error(t("the answers"), root, err) from err
    return Collected(plan.findings, plan.changes, written, plan.answers, plan.forms, plan.without)


def format_collected(collected: Collected, *, dry_run: bool = False, color: bool = False) -> str:
    """The findings (as ``validate`` prints them), then each change, then a summary line."""
    from medlofte.data.findings import Report as FindingsReport
    from medlofte.output import collect as collect_output
    from medlofte.output import findings

    out = ""
    if collected.findings:
        text = findings.format_text(FindingsReport(collected.findings, collected.forms, 1), color=color)
        out += "".join(line + "\n" for line in text.splitlines()[:-1])  # the summary comes below
    if collected.ok:
        out += collect_output.format_changes(collected.changes, dry_run)
    out += collect_output.summary(collected.answers, collected.forms, collected.without, collected.ok, dry_run) + "\n"
    return out


# ---------------------------------------------------------------------------------------
# Changes between two versions


def compare_folders(old_dir: Path | str, new_dir: Path | str) -> Comparison:
    """What changed from one data directory to another (last year's and this year's)."""
    from medlofte import gitdata
    from medlofte.views.changes import Comparison, compare_directories

    old, new = existing_dir(old_dir), existing_dir(new_dir)
    if gitdata.folder_files(old) == gitdata.folder_files(new):
        return Comparison(old.as_posix(), new.as_posix(), [], unchanged=1)
    directory = compare_directories(old.as_posix(), new.as_posix(), loading.load(old), loading.load(new))
    return Comparison(old.as_posix(), new.as_posix(), [directory])


def compare_revision(revision: str, data_dirs: Sequence[Path | str], *, to: str | None = None) -> Comparison:
    """What changed in each data directory from a git revision to the working tree (or to
    the revision ``to``), read through git without checking anything out. Directories
    whose files are the same on both sides are counted as unchanged, not read."""
    import tempfile

    from medlofte import gitdata
    from medlofte.views.changes import Comparison, DirectoryChanges, compare_directories

    dirs = [Path(d) for d in data_dirs] or [Path("data")]
    if to is None:
        dirs = [existing_dir(d) for d in dirs]
    repository = gitdata.Repository(dirs[0])
    relative = [repository.relative(d) for d in dirs]
    old_files = repository.files(repository.commit(revision), relative)
    if to is not None:
        new_files = repository.files(repository.commit(to), relative)
    else:
        new_files = {rel: gitdata.folder_files(d) for rel, d in zip(relative, dirs, strict=True)}
    unchanged = 0
    pairs: list[tuple[Path, gitdata.Side, gitdata.Side]] = []
    for folder, rel in zip(dirs, relative, strict=True):
        old = gitdata.Side(gitdata.shown_at(revision, rel), old_files[rel])
        new = gitdata.Side(gitdata.shown_at(to, rel) if to else folder.as_posix(), new_files[rel])
        if old.files != new.files:
            pairs.append((folder, old, new))
        elif not old.files and to is not None:
            raise UsageError(t("'{folder}' holds no data at {revision} nor at {to}.", folder=folder, revision=revision, to=to))
        else:
            unchanged += 1
    compared: list[DirectoryChanges] = []
    with tempfile.TemporaryDirectory(prefix="medlofte-diff-") as scratch:
        # Each side read from git goes to a folder of its own, all in one read of git's objects.
        copies: dict[int, Path] = {}
        wanted: dict[Path, str] = {}
        sides = [side for _, old, new in pairs for side in ((old, new) if to else (old,))]
        for n, side in enumerate(sides):
            copies[id(side)] = Path(scratch) / str(n)
            wanted.update({copies[id(side)] / name: object_id for name, object_id in side.files.items()})
        repository.copy(wanted)

        def read(side: gitdata.Side) -> Dataset | None:
            return loading.load(copies[id(side)], shown=side.shown) if side.files else None

        for folder, old, new in pairs:
            after = read(new) if to else loading.load(folder)
            compared.append(compare_directories(old.shown, new.shown, read(old), after, folder.as_posix()))
    return Comparison(revision, to or "", compared, unchanged)


def diff(arguments: Sequence[str], *, to: str | None = None) -> Comparison:
    """``medlofte diff``'s arguments: ``OLD_DIR NEW_DIR`` (two folders), or ``[REV]
    [DATA_DIR]...`` (a revision, HEAD by default, against the working tree or ``to``).
    A first argument that is an existing folder is a folder, not a revision."""
    args = list(arguments)
    if to is None and len(args) == 2 and all(Path(a).is_dir() for a in args):
        return compare_folders(args[0], args[1])
    if args and not Path(args[0]).is_dir():
        return compare_revision(args[0], args[1:], to=to)
    return compare_revision("HEAD", args, to=to)


def describe_changes(comparison: Comparison, lang: Lang | str = Lang.sv) -> Described:
    from medlofte.views.changetext import describe
    from medlofte.views.labels import Labels

    return describe(comparison, Labels(choice(Lang, lang).value))


def format_changes(comparison: Comparison, fmt: DiffFormat | str, lang: Lang | str = Lang.sv, *, color: bool = False) -> str:
    """The change set as text (coloured when ``color``), Markdown or versioned JSON."""
    from medlofte.output import changes

    fmt = choice(DiffFormat, fmt)
    if fmt is DiffFormat.json:
        return changes.format_json(comparison)
    described = describe_changes(comparison, lang)
    return changes.format_md(described) if fmt is DiffFormat.md else changes.format_text(described, color)


def changes_section(data: Dataset, since: str, lang: Lang | str = Lang.sv) -> ChangeSection:
    """What changed in a valid data set since a git revision ('Förändringar sedan' the
    revision's date) or since an earlier data folder (since its promise's title), as the
    document's closing part; both sides must be valid."""
    from medlofte import gitdata
    from medlofte.views import changetext
    from medlofte.views.changes import Comparison, compare_directories
    from medlofte.views.labels import Labels

    root = Path(data.root)
    label: str | date
    if Path(since).is_dir():
        old = loading.load(since)
        comparison = Comparison(old.root, data.root, [compare_directories(old.root, data.root, old, data)])
        label = old.promise.title if old.promise is not None else since
    else:
        comparison = compare_revision(since, [root])
        repository = gitdata.Repository(root)
        label = date.fromisoformat(repository.commit_date(repository.commit(since)))
    invalid = [name for d in comparison.directories for name in d.invalid]
    if invalid:
        raise InvalidData(
            t(
                "cannot show the changes since {since}: {value} has errors — run medlofte validate",
                since=since,
                value=", ".join(invalid),
            )
        )
    return changetext.section(comparison, Labels(choice(Lang, lang).value), label)


# ---------------------------------------------------------------------------------------
# Live preview


def serve(
    data_dir: Path | str,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    lang: Lang | str = Lang.sv,
    on_build: Callable[[str], None] | None = None,
) -> Server:
    """The live preview of a data folder, bound to ``host``:``port`` and built once; it serves
    and rebuilds on every saved change between ``start()`` and ``stop()`` (or as a context
    manager). ``on_build`` gets a line whenever a rebuild shows something new. A port in
    use or an address that cannot be used is a :class:`UsageError`."""
    from medlofte.server.live import Server

    return Server(existing_dir(data_dir), host=host, port=port, lang=choice(Lang, lang).value, on_build=on_build)


# ---------------------------------------------------------------------------------------
# Import


class Imported(NamedTuple):
    """What ``import_document`` wrote and the guesses it made, for the report."""

    written: list[Path]
    guesses: list[str]
    warnings: int


def import_document(source: Path, output: Path, *, force: bool = False) -> Imported:
    """Read a promise from a Word, PDF, HTML, Markdown or text file into a draft data folder.

    The draft is written to a staging folder and validated before it is put in place;
    ``output`` must be new or empty unless ``force``, which replaces its promise.yaml,
    actors.yaml and area files.
    """
    from medlofte.actions.writing import staging_folder
    from medlofte.importer import build

    if output.exists() and not output.is_dir():
        raise UsageError(t("{output} exists and is not a directory; give a new directory for the draft.", output=output))
    existing = sorted(p for p in output.iterdir()) if output.is_dir() else []
    if existing and not force:
        raise UsageError(
            t("{output} exists and is not empty; import never overwrites. Use --force to replace its data files.", output=output)
        )
    files, guesses = build.draft_files(source)
    try:
        with staging_folder(output.parent) as staging:
            warnings = _stage_draft(source, staging, output, files, guesses)
    except OSError as err:
        raise write_error(t("the draft"), output, err) from err
    return Imported([output / relative for relative in files], guesses, warnings)


def _stage_draft(source: Path, staging: Path, output: Path, files: dict[str, str], guesses: list[str]) -> int:
    """Write the draft into ``staging``, check it (falling back to text only) and move it
    into place; ``files`` and ``guesses`` become what was written. The number of warnings."""
    import shutil

    from medlofte.actions.writing import atomic_write
    from medlofte.importer import build

    for relative, text in files.items():
        atomic_write(staging / relative, text.encode("utf-8"))
    checked = loading.load(staging)
    if not checked.ok:
        fallback, said = build.fallback_files(source, [f"{f.code} {f.message}" for f in checked.errors])
        files.clear()
        files.update(fallback)
        guesses[:] = said
        shutil.rmtree(staging)
        staging.mkdir()
        for relative, text in files.items():
            atomic_write(staging / relative, text.encode("utf-8"))
        checked = loading.load(staging)
        if not checked.ok:  # pragma: no cover - the fallback is text only
            problems = "; ".join(f"{f.loc.path}:{f.loc.line}: {f.message}" for f in checked.errors[:5])
            raise ConfigError(t("the imported draft does not validate: {problems}", problems=problems))
    if not output.exists():
        staging.replace(output)
    else:
        for stale in sorted((output / "areas").glob("*.y*ml")) if (output / "areas").is_dir() else []:
            if stale.relative_to(output).as_posix() not in files:
                stale.unlink()
        for relative in files:
            target = output / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            (staging / relative).replace(target)
    return len(checked.findings)


# ---------------------------------------------------------------------------------------
# Many promises at once: the overview, open data, the site


class ManyJob(NamedTuple):
    data_dir: str
    as_of: date
    rows: bool = False  # keep each activity's row (for export)
    site: Lang | None = None  # render the promise's pages for the site, in this language


class Gathered(NamedTuple):
    summary: Summary
    pages: dict[str, bytes]  # 'promise' and, when anything was followed up, 'follow-up'
    words: str  # what the site's search finds it by


def _gather_one(job: ManyJob) -> Gathered:
    """One data folder, read once: its summary, and its site pages when asked for.

    The cyclic garbage collector is paused for the folder, as ``loading.load`` pauses it
    for the reading: building the views and rendering make many objects and few cycles,
    which one collection frees when the folder is done (3-10 % of a site's time)."""
    import gc

    enabled = gc.isenabled()
    gc.disable()
    try:
        return _gather(job)
    finally:
        if enabled:
            gc.enable()


def _gather(job: ManyJob) -> Gathered:
    from medlofte.views import overview

    data = loading.load(job.data_dir)
    require_valid(data)
    summary = overview.summarise(data, job.as_of, rows=job.rows)
    pages: dict[str, bytes] = {}
    words = ""
    if job.site is not None:
        from medlofte.output import document, site
        from medlofte.views import followup, promise
        from medlofte.views.labels import Labels
        from medlofte.views.status import NOT_FOLLOWED_UP, column_of

        labels = Labels(job.site.value)
        followed = any(column_of(a) != NOT_FOLLOWED_UP for area in data.areas for a in area.activities)
        view = promise.build(data, labels, None)
        pages["promise"] = document.to_html(view, labels, None, Report.promise, site.nav(labels, followed, "promise")).encode()
        if followed:
            report = followup.build(data, labels, None)
            nav = site.nav(labels, followed, "follow-up")
            pages["follow-up"] = document.to_html(report, labels, None, Report.follow_up, nav).encode()
        words = overview.search_words(data, summary.info)
    return Gathered(summary, pages, words)


def _prepare_site() -> None:
    """The site's modules imported and its templates compiled before the workers start, so
    that each inherits them instead of doing it again."""
    from medlofte.output import document
    from medlofte.views import followup, overview, promise, status  # noqa: F401

    document.prepare_html([document.TEMPLATES[Report.promise]["html"], document.TEMPLATES[Report.follow_up]["html"]])


def gather(jobs: Sequence[ManyJob], workers: int | None = None) -> list[Gathered]:
    """Every data folder read once (on all cores when there are many), each promise with a
    key unique in the run; any folder with errors stops it with :class:`InvalidData`."""
    from medlofte.views import overview

    if not jobs:
        raise UsageError(t("give the data directories, e.g. medlofte status kommuner/*/data"))
    for job in jobs:
        existing_dir(job.data_dir)
    if len({os.path.realpath(job.data_dir) for job in jobs}) != len(jobs):
        raise UsageError(t("a data directory is given twice; give each once."))
    found = parallel_map(_gather_one, list(jobs), workers, _prepare_site if any(job.site for job in jobs) else None)
    summaries = overview.unique([g.summary for g in found])
    return [g._replace(summary=s) for g, s in zip(found, summaries, strict=True)]


def many_jobs(
    data_dirs: Sequence[Path | str], as_of: date, *, rows: bool = False, site: Lang | str | None = None
) -> list[ManyJob]:
    lang = choice(Lang, site) if site is not None else None
    return [ManyJob(str(d), as_of, rows, lang) for d in data_dirs]


def overview(data_dirs: Sequence[Path | str], as_of: date, workers: int | None = None) -> Overview:
    """Per promise, per kind of group and per actor type: activities, share done, overdue;
    the areas and actors most common across the promises (matched by folded name and kind)."""
    from medlofte.views import overview as view

    found = gather(many_jobs(data_dirs, as_of), workers)
    return view.combine([g.summary for g in found], as_of)


def format_overview(
    report: Overview, fmt: StatusFormat | str, lang: Lang | str = Lang.sv, *, color: bool = False, width: int = 80
) -> str:
    """``medlofte status DIR...``: the overview as tables at a terminal, Markdown or JSON."""
    from medlofte.output import overview as output
    from medlofte.views.labels import Labels

    labels = Labels(choice(Lang, lang).value)
    fmt = choice(StatusFormat, fmt)
    if fmt is StatusFormat.json:
        return output.format_json(report)
    if fmt is StatusFormat.md:
        return render_overview(report, RenderFormat.md, lang=lang).decode("utf-8")
    return output.format_table(report, labels, color, width)


def render_overview(
    report: Overview, fmt: RenderFormat | str, *, lang: Lang | str = Lang.sv, published: date | None = None
) -> bytes:
    """The overview as a document: Markdown, HTML (the documents' templates and style) or PDF."""
    from medlofte.output import document as rendering
    from medlofte.views import overview as view
    from medlofte.views.labels import Labels

    fmt = choice(RenderFormat, fmt)
    if fmt is RenderFormat.docx:
        raise UsageError(t("the overview of many promises is written as md, html or pdf."))
    labels = Labels(choice(Lang, lang).value)
    shown = view.document(report, labels, published)
    if fmt is RenderFormat.md:
        return rendering.to_markdown(shown, labels, None, Report.overview).encode("utf-8")
    html = rendering.to_html(shown, labels, None, Report.overview)
    return html.encode("utf-8") if fmt is RenderFormat.html else rendering.to_pdf(html)


OVERVIEW_STEM = "oversikt"


class Exported(NamedTuple):
    output: Path
    package: Path
    rows: int
    promises: int


def export(
    data_dirs: Sequence[Path | str],
    output: Path,
    fmt: ExportFormat | str,
    *,
    force: bool = False,
    as_of: date | None = None,
    workers: int | None = None,
) -> Exported:
    """One row per activity of every promise, as CSV, xlsx or JSON in ``output``, with the
    Frictionless ``datapackage.json`` that describes it beside it; both written together."""
    from medlofte.output import export as encoding

    fmt = choice(ExportFormat, fmt)
    if output.suffix.lower() != fmt.suffix:
        raise UsageError(
            t(
                "--format {value} writes {suffix} files, not '{name}'; name the file {suffix}.",
                value=fmt.value,
                suffix=fmt.suffix,
                name=output.name,
            )
        )
    package = output.with_name("datapackage.json")
    if output.name == package.name:
        raise UsageError(t("datapackage.json is the description written beside the export; give the export another name."))
    found = gather(many_jobs(data_dirs, as_of or date.today(), rows=True), workers)
    rows = [row for g in found for row in g.summary.rows]
    files = {output: encoding.encode(rows, fmt), package: encoding.datapackage(output.name, fmt, len(rows))}
    write_outputs(files, force=force, what=str(output))
    return Exported(output, package, len(rows), len(found))


class BuiltSite(NamedTuple):
    written: list[Path]
    promises: int
    follow_ups: int


def build_site(
    data_dirs: Sequence[Path | str],
    output: Path,
    *,
    lang: Lang | str = Lang.sv,
    as_of: date | None = None,
    force: bool = False,
    workers: int | None = None,
) -> BuiltSite:
    """A static, self-contained site of every promise in ``output``: an index by
    municipality and year with an offline search, the overview, and a page per promise and
    per follow-up linked to the previous and next year's; every file checked before the
    first is written."""
    from medlofte.output import site
    from medlofte.views import overview as view
    from medlofte.views.labels import Labels

    if output.exists() and not output.is_dir():
        raise UsageError(t("{output} exists and is not a directory; give a folder for the site.", output=output))
    day = as_of or date.today()
    labels = Labels(choice(Lang, lang).value)
    found = gather(many_jobs(data_dirs, day, site=lang), workers)
    entries = []
    for g in found:
        page, follow = site.page_names(g.summary.info.key)
        entries.append(view.SiteEntry(g.summary.info, page, follow if "follow-up" in g.pages else "", g.words))
    linked = view.linked(entries)
    by_key = {entry.info.key: entry for entry in linked}
    files: dict[Path, bytes] = {output / site.INDEX: site.index_html(linked, labels).encode("utf-8")}
    report = view.combine([g.summary for g in found], day)
    files[output / site.OVERVIEW] = site.overview_html(view.document(report, labels), labels).encode("utf-8")
    for g in found:
        entry = by_key[g.summary.info.key]
        files[output / entry.page] = site.place_links(g.pages["promise"], entry, labels)
        if entry.follow_up:
            files[output / entry.follow_up] = site.place_links(g.pages["follow-up"], entry, labels)
    write_outputs(files, force=force, what=t("the site"))
    return BuiltSite(sorted(files), len(found), sum(1 for e in linked if e.follow_up))
