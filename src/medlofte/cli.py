"""The command line: parse options, call the API, print, choose the exit code.

Exit codes: 0 clean, 1 findings, 2 usage, 3 internal or configuration error.
Heavy modules (jinja2, rich) are imported inside the commands that need them.
"""

from __future__ import annotations

import enum
import os
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import typer

from medlofte import __version__
from medlofte.model import Status  # the --status choices are the model's own

if TYPE_CHECKING:
    from medlofte.dataset import Dataset
    from medlofte.model import Actor

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3

app = typer.Typer(
    name="medlofte",
    help="Keep a medborgarlöfte (citizen promise) as YAML: validate it, list each actor's tasks, render the document.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class ColorMode(str, enum.Enum):
    auto = "auto"
    always = "always"
    never = "never"


class FindingFormat(str, enum.Enum):
    text = "text"
    json = "json"
    github = "github"
    gitlab = "gitlab"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"medlofte {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit."),
) -> None:
    """medlofte: the medborgarlöfte as version-controlled YAML."""


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    typer.echo(f"medlofte: {message}", err=True)
    raise typer.Exit(code)


def use_color(mode: ColorMode, stream: object) -> bool:
    if mode is ColorMode.always:
        return True
    if mode is ColorMode.never or os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def existing_dirs(paths: list[Path]) -> list[Path]:
    for path in paths:
        if not path.exists():
            fail(f"data directory '{path}' does not exist.")
        if not path.is_dir():
            fail(f"'{path}' is not a directory; give the data directory that holds promise.yaml.")
    return paths


DATA_DIRS = typer.Argument(None, metavar="[DATA_DIR]...", help="Data directories to check.  [default: data]", show_default=False)
COLOR = typer.Option(ColorMode.auto, "--color", help="Colour the output.", case_sensitive=False)


@app.command()
def validate(
    data_dirs: list[Path] | None = DATA_DIRS,
    strict: bool = typer.Option(False, "--strict", help="Fail on warnings too."),
    output_format: FindingFormat | None = typer.Option(
        None,
        "--format",
        "-f",
        help="Output format. [default: github when GITHUB_ACTIONS=true, else text]",
        show_default=False,
        case_sensitive=False,
    ),
    color: ColorMode = COLOR,
    quiet: bool = typer.Option(
        False, "--quiet", "-q", help="Show errors only, without source lines; the summary still counts everything."
    ),
    jobs: int | None = typer.Option(None, "--jobs", "-j", min=1, help="Processes for many directories. [default: all cores]"),
) -> None:
    """Check the data: every problem in every file, with file:line:column."""
    from medlofte import api, reporting

    dirs = existing_dirs(data_dirs or [Path("data")])
    report = api.validate(dirs, jobs=jobs)
    fmt = output_format or (FindingFormat.github if os.environ.get("GITHUB_ACTIONS") == "true" else FindingFormat.text)
    if fmt is FindingFormat.text:
        stdout = sys.stdout
        tty = bool(getattr(stdout, "isatty", None) and stdout.isatty())
        colored = use_color(color, stdout)
        text = reporting.format_text(report, color=colored, context=tty, quiet=quiet, strict=strict)
        typer.echo(text, nl=False, color=colored)
    else:
        typer.echo(reporting.FORMATTERS[fmt.value](report, strict), nl=False)
        if fmt is not FindingFormat.github:
            typer.echo(reporting.summary_line(report, strict), err=True)
        summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
        if fmt is FindingFormat.github and summary_file:
            with Path(summary_file).open("a", encoding="utf-8") as handle:
                handle.write(reporting.format_step_summary(report, strict))
    raise typer.Exit(report.exit_code(strict))


class ListFormat(str, enum.Enum):
    table = "table"
    md = "md"
    csv = "csv"
    excel = "excel"
    json = "json"


class Lang(str, enum.Enum):
    sv = "sv"
    en = "en"


DATA_DIR = typer.Argument(Path("data"), metavar="[DATA_DIR]", help="The data directory.")
LIST_FORMAT = typer.Option(
    None,
    "--format",
    "-f",
    help="Output format; excel is CSV for Swedish Excel. [default: table at a terminal, else md, or from --output's suffix]",
    show_default=False,
    case_sensitive=False,
)
OUTPUT = typer.Option(None, "--output", "-o", help="Write to this file (atomically) instead of standard output.")
FORCE = typer.Option(False, "--force", help="Replace an existing output file that medlofte did not write.")
LANG = typer.Option(Lang.sv, "--lang", help="Language of the fixed labels.", case_sensitive=False)

_SUFFIX_FORMATS = {".md": ListFormat.md, ".markdown": ListFormat.md, ".csv": ListFormat.csv, ".json": ListFormat.json}


def load_valid(data_dir: Path) -> Dataset:
    """The data, or exit 1 telling the user to run validate."""
    from medlofte import api

    existing_dirs([data_dir])
    data = api.load(data_dir)
    try:
        api.require_valid(data)
    except api.InvalidData as err:
        fail(str(err), EXIT_FINDINGS)
    return data


def choose_format(requested: ListFormat | None, output: Path | None) -> ListFormat:
    if requested is ListFormat.table and output is not None:
        fail("--format table is for the terminal; use md, csv, excel or json with --output.")
    if requested is not None:
        return requested
    if output is not None:
        return _SUFFIX_FORMATS.get(output.suffix.lower(), ListFormat.md)
    return ListFormat.table if sys.stdout.isatty() else ListFormat.md


def emit(text: str, output: Path | None, force: bool) -> None:
    """Print, or write the file atomically without replacing anything of the user's."""
    if output is None:
        # Bytes, so that CSV keeps its CRLF and every platform gets UTF-8.
        typer.echo(text.encode("utf-8"), nl=False)
        return
    from medlofte import writing

    encoded = text.encode("utf-8")
    try:
        writing.write_outputs({output: encoded}, force=force)
    except writing.OutputExists as err:
        fail(str(err))
    except OSError as err:
        fail(f"cannot write {output}: {err.strerror or err}", EXIT_INTERNAL)
    typer.echo(f"Wrote {output}", err=True)


@app.command()
def actor(
    name: str = typer.Argument(
        ..., metavar="NAME", help="Id, name, short name or alias; any case, å/ä/ö optional, a unique prefix is enough."
    ),
    data_dir: Path = DATA_DIR,
    output_format: ListFormat | None = LIST_FORMAT,
    lead_only: bool = typer.Option(False, "--lead-only", help="Only activities the actor leads (itself or through a group)."),
    status: Status | None = typer.Option(None, "--status", help="Only activities with this status.", case_sensitive=False),
    open_only: bool = typer.Option(False, "--open", help="Only activities not yet done (not done, cancelled excluded)."),
    output: Path | None = OUTPUT,
    force: bool = FORCE,
    lang: Lang = LANG,
    color: ColorMode = COLOR,
) -> None:
    """One actor's task list: what it has promised, area by area."""
    from medlofte import queries, tasklists
    from medlofte.labels import Labels

    data = load_valid(data_dir)
    found = data.registry.lookup(name)
    if found.actor is None:
        fail(_no_such_actor(name, found.candidates, data))
    fmt = choose_format(output_format, output)
    tasks = queries.task_list(data, found.actor, lead_only=lead_only, status=status, open_only=open_only)
    task_list = tasklists.make(data, found.actor, tasks)
    labels = Labels(lang.value)
    show(
        fmt,
        output,
        force,
        table=lambda: tasklists.print_table(task_list, labels, use_color(color, sys.stdout)),
        md=lambda: tasklists.format_md(task_list, labels),
        csv=lambda excel: tasklists.format_csv(task_list, labels, excel=excel),
        json=lambda: tasklists.format_json(task_list),
    )


def show(
    fmt: ListFormat,
    output: Path | None,
    force: bool,
    *,
    table: Callable[[], None],
    md: Callable[[], str],
    csv: Callable[[bool], str],
    json: Callable[[], str],
) -> None:
    """Print the table, or emit the text of the chosen format."""
    if fmt is ListFormat.table:
        table()
        return
    producers = {
        ListFormat.md: md,
        ListFormat.csv: lambda: csv(False),
        ListFormat.excel: lambda: csv(True),
        ListFormat.json: json,
    }
    emit(producers[fmt](), output, force)


def _no_such_actor(name: str, candidates: tuple[Actor, ...], data: Dataset) -> str:
    if len(candidates) > 1 and all(_starts(name, a) for a in candidates):
        return f"'{name}' matches several actors: {', '.join(a.name for a in candidates)}. Type more of the name."
    if candidates:
        return f"no actor matches '{name}'. Did you mean: {', '.join(a.name for a in candidates)}?"
    known = ", ".join(a.name for a in data.registry.actors)
    return f"no actor matches '{name}'. Known actors: {known}."


def _starts(name: str, actor: Actor) -> bool:
    from medlofte.registry import ascii_fold

    return any(ascii_fold(n).startswith(ascii_fold(name)) for n in actor.names)


@app.command()
def actors(
    data_dir: Path = DATA_DIR,
    output_format: ListFormat | None = LIST_FORMAT,
    output: Path | None = OUTPUT,
    force: bool = FORCE,
    lang: Lang = LANG,
    color: ColorMode = COLOR,
) -> None:
    """Every actor with its number of areas and activities; actors never used are flagged."""
    from medlofte import queries, tasklists
    from medlofte.labels import Labels

    data = load_valid(data_dir)
    fmt = choose_format(output_format, output)
    summaries = queries.actor_summaries(data)
    labels = Labels(lang.value)
    show(
        fmt,
        output,
        force,
        table=lambda: tasklists.print_actors_table(summaries, labels, use_color(color, sys.stdout)),
        md=lambda: tasklists.format_actors_md(summaries, labels),
        csv=lambda excel: tasklists.format_actors_csv(summaries, labels, excel=excel),
        json=lambda: tasklists.format_actors_json(summaries),
    )


class RenderFormat(str, enum.Enum):
    md = "md"
    html = "html"
    pdf = "pdf"


class ReportChoice(str, enum.Enum):
    promise = "promise"
    follow_up = "follow-up"


@app.command()
def render(
    data_dirs: list[Path] | None = typer.Argument(
        None, metavar="[DATA_DIR]...", help="Data directories to render.  [default: data]", show_default=False
    ),
    formats: list[RenderFormat] | None = typer.Option(
        None,
        "--format",
        "-f",
        help="md, html or pdf; repeat for several. [default: md and html]",
        show_default=False,
        case_sensitive=False,
    ),
    output: Path | None = typer.Option(
        None,
        "--output",
        "-o",
        help="A file (one directory, one format), a directory, or - for standard output. [default: out/]",
        show_default=False,
    ),
    templates: Path | None = typer.Option(
        None, "--templates", help="A directory of Jinja2 templates that override the bundled ones; they run sandboxed."
    ),
    lang: Lang = LANG,
    published: datetime | None = typer.Option(
        None,
        "--date",
        formats=["%Y-%m-%d"],
        help="Publication date to print (YYYY-MM-DD); none by default, so output is reproducible.",
    ),
    report: ReportChoice = typer.Option(
        ReportChoice.promise, "--report", help="The promise, or its follow-up (uppföljning).", case_sensitive=False
    ),
    force: bool = FORCE,
) -> None:
    """The yearly document, or its follow-up report, as Markdown, self-contained HTML or PDF."""
    from medlofte import api, writing
    from medlofte import render as rendering

    dirs = existing_dirs(data_dirs or [Path("data")])
    chosen = tuple(dict.fromkeys(f.value for f in formats)) if formats else ("md", "html")
    if templates is not None and not templates.is_dir():
        fail(f"template directory '{templates}' does not exist.")
    to_stdout = output is not None and str(output) == "-"
    if to_stdout and (len(dirs) > 1 or len(chosen) > 1):
        fail("--output - writes one format of one data directory to standard output.")
    if "pdf" in chosen:
        _require_weasyprint()
    day = published.date() if published else None
    jobs = [api.RenderJob(str(d), chosen, lang.value, templates, day, report.value) for d in dirs]
    try:
        results = api.render_many(jobs)
    except api.InvalidData as err:
        fail(str(err), EXIT_FINDINGS)
    except rendering.TemplateProblem as err:
        fail(f"template error: {err}", EXIT_INTERNAL)
    except rendering.PdfUnavailable as err:
        fail(str(err))
    if to_stdout:
        typer.echo(results[0][2][chosen[0]], nl=False)
        return
    files = _render_targets(results, chosen, output)
    try:
        writing.write_outputs(files, force=force)
    except writing.OutputExists as err:
        fail(str(err))
    except OSError as err:
        fail(f"cannot write the output: {err.strerror or err}", EXIT_INTERNAL)
    for path in files:
        typer.echo(f"Wrote {path.as_posix()}", err=True)


def _require_weasyprint() -> None:
    try:
        import weasyprint  # type: ignore[import-untyped]  # noqa: F401 - only whether it is there
    except ImportError:
        fail("PDF output needs WeasyPrint, an optional extra: pip install 'medlofte[pdf]'")
    except OSError as err:  # installed, but the Pango library is missing
        fail(f"WeasyPrint cannot start: {err}. On Debian: apt-get install libpango-1.0-0 libpangoft2-1.0-0")


def _render_targets(
    results: list[tuple[str, str, dict[str, bytes]]], formats: tuple[str, ...], output: Path | None
) -> dict[Path, bytes]:
    """Where each rendered document goes: out/<stem>.<format>, one folder per data directory
    when there are several, or the file named by --output."""
    from medlofte.api import SUFFIXES

    if output is not None and len(results) == 1 and len(formats) == 1 and output.suffix.lower() == SUFFIXES[formats[0]]:
        return {output: results[0][2][formats[0]]}
    base = output or Path("out")
    files: dict[Path, bytes] = {}
    folders: set[str] = set()
    for data_dir, stem, outputs in results:
        folder = base
        if len(results) > 1:
            name = Path(data_dir).resolve().name
            unique, n = name, 2
            while unique in folders:
                unique, n = f"{name}-{n}", n + 1
            folders.add(unique)
            folder = base / unique
        for fmt in formats:
            files[folder / f"{stem}{SUFFIXES[fmt]}"] = outputs[fmt]
    return files


@app.command()
def schema(
    output: Path = typer.Option(Path("schema"), "--output", "-o", help="Directory for the schema files."),
    force: bool = FORCE,
) -> None:
    """Write JSON Schemas (draft-07) for promise.yaml, actors.yaml and the area files, for editors."""
    from medlofte import jsonschema, writing

    files = {output / name: text.encode("utf-8") for name, text in jsonschema.schemas().items()}
    try:
        writing.write_outputs(files, force=force, track=False)
    except writing.OutputExists as err:
        fail(str(err))
    except OSError as err:
        fail(f"cannot write the schemas: {err.strerror or err}", EXIT_INTERNAL)
    for path in files:
        typer.echo(f"Wrote {path.as_posix()}", err=True)


class CiChoice(str, enum.Enum):
    github = "github"
    gitlab = "gitlab"
    none = "none"


@app.command()
def init(
    directory: Path = typer.Argument(..., metavar="DIR", help="The new repository's directory (created if needed)."),
    empty: bool = typer.Option(False, "--empty", help="An empty skeleton instead of the example promise."),
    ci: CiChoice = typer.Option(CiChoice.github, "--ci", help="Which CI workflow to add.", case_sensitive=False),
) -> None:
    """Start a data repository: example data, schemas, editor, pre-commit and CI set-up."""
    from medlofte import scaffold

    if directory.exists() and not directory.is_dir():
        fail(f"'{directory}' exists and is not a directory.")
    try:
        result = scaffold.init(directory, empty=empty, ci=ci.value)
    except OSError as err:
        fail(f"cannot create the repository: {err.strerror or err}", EXIT_INTERNAL)
    for path in result.written:
        typer.echo(f"Created {path.as_posix()}", err=True)
    for path in result.kept:
        typer.echo(f"Kept existing {path.as_posix()}", err=True)
    typer.echo(f"Next: cd {directory.as_posix()} && medlofte validate && medlofte render", err=True)


class StatusFormat(str, enum.Enum):
    table = "table"
    md = "md"
    json = "json"


@app.command()
def status(
    data_dir: Path = DATA_DIR,
    output_format: StatusFormat | None = typer.Option(
        None,
        "--format",
        "-f",
        help="Output format. [default: table at a terminal, else md]",
        show_default=False,
        case_sensitive=False,
    ),
    as_of: datetime | None = typer.Option(
        None, "--date", formats=["%Y-%m-%d"], help="Count overdue activities as of this day (YYYY-MM-DD). [default: today]"
    ),
    output: Path | None = OUTPUT,
    force: bool = FORCE,
    lang: Lang = LANG,
    color: ColorMode = COLOR,
) -> None:
    """Follow-up status: activities by status per area and per actor, overdue and never followed up."""
    from datetime import date

    from medlofte import followup, statusreport
    from medlofte.labels import Labels

    data = load_valid(data_dir)
    assert data.promise is not None
    report = followup.status_report(data, as_of.date() if as_of else date.today())
    labels = Labels(lang.value)
    fmt = output_format or (StatusFormat.md if output is not None or not sys.stdout.isatty() else StatusFormat.table)
    if fmt is StatusFormat.table:
        if output is not None:
            fail("--format table is for the terminal; use md or json with --output.")
        statusreport.print_table(report, data.promise.title, labels, use_color(color, sys.stdout))
        return
    text = (
        statusreport.format_md(report, data.promise.title, labels) if fmt is StatusFormat.md else statusreport.format_json(report)
    )
    emit(text, output, force)


@app.command()
def rollover(
    data_dir: Path = DATA_DIR,
    output: Path = typer.Option(..., "--output", "-o", help="A new (or empty) directory for next year's data."),
    year: int | None = typer.Option(
        None, "--year", help="The year the new period starts. [default: a year later]", show_default=False
    ),
    start: datetime | None = typer.Option(
        None, "--start", formats=["%Y-%m-%d"], help="Exact start of the new period (with --end)."
    ),
    end: datetime | None = typer.Option(None, "--end", formats=["%Y-%m-%d"], help="Exact end of the new period (with --start)."),
) -> None:
    """Next year's promise: same areas, actors and commitments; follow-up, signatures cleared."""
    from medlofte import api
    from medlofte.rollover import RolloverError

    existing_dirs([data_dir])
    try:
        written, new_start, new_end = api.rollover(
            data_dir, output, year=year, start=start.date() if start else None, end=end.date() if end else None
        )
    except api.InvalidData as err:
        fail(str(err), EXIT_FINDINGS)
    except (api.UsageError, RolloverError) as err:
        fail(str(err))
    except api.ConfigError as err:
        fail(str(err), EXIT_INTERNAL)
    for path in written:
        typer.echo(f"Wrote {path.as_posix()}", err=True)
    typer.echo(f"New period {new_start.isoformat()} – {new_end.isoformat()}; statuses, results and signatures cleared.", err=True)


def main() -> None:
    """Console entry point: internal errors become exit code 3, never a traceback."""
    try:
        app()
    except SystemExit:
        raise
    except KeyboardInterrupt:
        sys.stderr.write("medlofte: interrupted\n")
        sys.exit(130)
    except Exception as err:
        if os.environ.get("MEDLOFTE_DEBUG"):
            raise
        sys.stderr.write(
            f"medlofte: internal error: {type(err).__name__}: {err}\n"
            "This is a bug in medlofte; please report it. Set MEDLOFTE_DEBUG=1 to see the traceback.\n"
        )
        sys.exit(EXIT_INTERNAL)
