"""The command line: parse options, call the API, print, choose the exit code.

Exit codes: 0 clean, 1 findings, 2 usage, 3 internal or configuration error. Every error a
command can end with is a :class:`~medlofte.errors.MedlofteError` carrying its exit code,
handled in one place (``command``). Heavy modules (jinja2, rich) are imported
only by the commands that need them.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import os
import re
import shutil
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import typer
from typer.core import TyperCommand, TyperGroup

try:  # Typer 0.28 carries a click of its own; its usage errors are that click's
    from typer._click import exceptions as click_errors
except ImportError:  # pragma: no cover - an older Typer uses click itself
    from click import exceptions as click_errors  # type: ignore[no-redef]

from medlofte import __version__, messages
from medlofte.choices import (
    CiKind,
    ColorMode,
    DiffFormat,
    ExportFormat,
    FindingFormat,
    Lang,
    ListFormat,
    RenderFormat,
    Report,
    StatusFormat,
)
from medlofte.data.model import Status  # the --status choices are the model's own
from medlofte.errors import EXIT_INTERNAL, Interrupted, MedlofteError, UsageError
from medlofte.messages import t


class _SwedishUsageError(click_errors.UsageError):
    """A usage error of the command line's own (an unknown option, a missing argument),
    shown in Swedish: the usage line, the hint and the message."""

    def show(self, file: Any = None) -> None:
        ctx = self.ctx
        lines = []
        if ctx is not None:
            usage = ctx.get_usage()
            lines.append("Användning:" + usage[len("Usage:") :] if usage.startswith("Usage:") else usage)
            lines.append(f"Skriv '{ctx.command_path} --help' för hjälp.\n")
        lines.append(f"Fel: {self.format_message()}")
        typer.echo("\n".join(lines), file=file or sys.stderr)


def _in_swedish(err: click_errors.UsageError) -> str:
    """Click's message for a usage error, said in Swedish (from the exception's own data;
    read by name, as the click inside Typer and click itself differ between versions)."""
    kind = type(err).__name__
    ctx = err.ctx
    param = getattr(err, "param", None)
    name = getattr(err, "param_hint", None) or (param.get_error_hint(ctx) if param is not None and ctx is not None else "")
    if kind == "NoSuchOption":
        option, possible = getattr(err, "option_name", ""), sorted(getattr(err, "possibilities", None) or [])
        if possible:
            return messages.translate(
                t("No such option: {name}. Did you mean {options}?", name=option, options=", ".join(possible)), "sv"
            )
        return messages.translate(t("No such option: {name}.", name=option), "sv")
    if kind == "MissingParameter":
        if getattr(param, "param_type_name", "") == "option":
            return messages.translate(t("Missing option {name}.", name=name), "sv")
        return messages.translate(t("Missing argument {name}.", name=name), "sv")
    command = re.match(r"No such command '(.+?)'\.(?: Did you mean (.+)\?)?", err.message)
    if command:
        if command[2]:
            return messages.translate(
                t("No such command: {name!r}. Did you mean {names}?", name=command[1], names=command[2]), "sv"
            )
        return messages.translate(t("No such command: {name!r}.", name=command[1]), "sv")
    if kind == "BadParameter":
        choice = re.fullmatch(r"(.+) is not one of (.+)\.", err.message)
        said = err.message
        if choice:
            said = messages.translate(t("{value} is not one of {choices}.", value=choice[1], choices=choice[2]), "sv")
        return messages.translate(t("Invalid value for {name}: {message}", name=name, message=said), "sv")
    extra = re.fullmatch(r"Got unexpected extra argument(?:s|\(s\))? \((.*)\)", err.message)
    if extra:
        return messages.translate(t("Unexpected extra arguments: {args}.", args=extra[1]), "sv")
    return err.format_message()


def _swedish_when_asked(err: click_errors.UsageError, args: Sequence[str] = ()) -> click_errors.UsageError:
    """``err`` in Swedish when that is the language (or ``--lang sv`` is among ``args``, for
    an error met before the root callback chose the language)."""
    asked = messages.language() == "sv" or "--lang=sv" in args or _lang_pair(args)
    if not asked or isinstance(err, click_errors.NoArgsIsHelpError):
        return err
    return _SwedishUsageError(_in_swedish(err), err.ctx)


def _lang_pair(args: Sequence[str]) -> bool:
    return any(a == "--lang" and b.lower() == "sv" for a, b in itertools.pairwise(args))


class _Group(TyperGroup):
    def make_context(self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any) -> Any:
        if parent is None:
            messages.use(messages.from_environment())  # until the root callback reads --lang
        given = list(args)  # the parser consumes the list
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click_errors.UsageError as err:
            raise _swedish_when_asked(err, given) from None

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        try:
            return super().resolve_command(ctx, args)
        except click_errors.UsageError as err:
            raise _swedish_when_asked(err) from None


class _Command(TyperCommand):
    def make_context(self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any) -> Any:
        given = list(args)  # the parser consumes the list
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click_errors.UsageError as err:
            raise _swedish_when_asked(err, given) from None


app = typer.Typer(
    cls=_Group,
    name="medlofte",
    help="Keep a medborgarlöfte (citizen promise) as YAML: validate it, list each actor's tasks, render the document.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


P = ParamSpec("P")


def command(name: str | None = None) -> Callable[[Callable[P, None]], Callable[P, None]]:
    """``@app.command()`` with the one error handler: a MedlofteError from the command is
    printed as ``medlofte: <message>`` and ends the run with its exit code. ``name`` for a
    command whose name is no Python name (``import``)."""

    def register(function: Callable[P, None]) -> Callable[P, None]:
        @functools.wraps(function)
        def handled(*args: P.args, **kwargs: P.kwargs) -> None:
            try:
                function(*args, **kwargs)
            except MedlofteError as err:
                typer.echo(f"medlofte: {messages.shown(err.args[0]) if err.args else err}", err=True)
                raise typer.Exit(err.exit_code) from None

        app.command(name, cls=_Command)(handled)
        return function

    return register


def _version(value: bool) -> None:
    if value:
        typer.echo(f"medlofte {__version__}")
        raise typer.Exit()


MESSAGES_HELP = "Language of the messages (sv or en). [default: MEDLOFTE_LANG, else the locale, else en]"


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit."),
    lang: Lang | None = typer.Option(None, "--lang", help=MESSAGES_HELP, show_default=False, case_sensitive=False),
) -> None:
    """medlofte: the medborgarlöfte as version-controlled YAML."""
    messages.use(lang.value if lang is not None else messages.from_environment())


def use_color(mode: ColorMode, stream: object) -> bool:
    if mode is ColorMode.always:
        return True
    if mode is ColorMode.never or os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _is_terminal() -> bool:
    return bool(getattr(sys.stdout, "isatty", None) and sys.stdout.isatty())


def _width() -> int:
    return shutil.get_terminal_size().columns


DATA_DIRS = typer.Argument(None, metavar="[DATA_DIR]...", help="Data directories to check.  [default: data]", show_default=False)
COLOR = typer.Option(ColorMode.auto, "--color", help="Colour the output.", case_sensitive=False)


@command()
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
    lang: Lang | None = typer.Option(None, "--lang", help=MESSAGES_HELP, show_default=False, case_sensitive=False),
) -> None:
    """Check the data: every problem in every file, with file:line:column."""
    from medlofte import api

    if lang is not None:
        messages.use(lang.value)
    report = api.validate(data_dirs or [Path("data")], jobs=jobs)
    fmt = output_format or (FindingFormat.github if os.environ.get("GITHUB_ACTIONS") == "true" else FindingFormat.text)
    if fmt is FindingFormat.text:
        colored = use_color(color, sys.stdout)
        text = api.format_findings(report, fmt, color=colored, context=_is_terminal(), quiet=quiet, strict=strict)
        typer.echo(text, nl=False, color=colored)
    else:
        typer.echo(api.format_findings(report, fmt, strict=strict), nl=False)
        if fmt is not FindingFormat.github:
            typer.echo(api.summary_line(report, strict), err=True)
        summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
        if fmt is FindingFormat.github and summary_file:
            api.append_step_summary(Path(summary_file), report, strict)
    raise typer.Exit(report.exit_code(strict))


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

# The file names each format is written to; .csv holds both CSV flavours.
SUFFIXES = {
    "md": (".md", ".markdown", ".txt"),
    "csv": (".csv",),
    "excel": (".csv",),
    "json": (".json",),
    "xlsx": (".xlsx",),
    "pdf": (".pdf",),
}
_SPREADSHEETS = (".xlsx", ".xlsm", ".xls", ".ods", ".numbers")
F = TypeVar("F", ListFormat, StatusFormat)


def file_format(requested: F | None, output: Path, kind: type[F]) -> F:
    """The format written to ``output``: the one its name says, or the one asked for when
    the name agrees (or has no suffix); anything else is refused, so an .xlsx file never
    gets Markdown and a formula never reaches a spreadsheet through the wrong CSV."""
    suffix = output.suffix.lower()
    formats = [f for f in kind if f.value in SUFFIXES]
    if requested is not None and requested.value not in SUFFIXES:
        names = ", ".join(f.value for f in formats)
        raise UsageError(
            t("--format {value} is for the terminal; use {names} with --output.", value=requested.value, names=names)
        )
    fitting = [f for f in formats if suffix in SUFFIXES[f.value]]
    if requested is not None and (requested in fitting or not suffix):
        return requested
    if requested is None and fitting:
        return fitting[0]
    known = list(dict.fromkeys(SUFFIXES[f.value][0] for f in formats))
    excel = ""
    if suffix in _SPREADSHEETS and not fitting and any(f.value == "excel" for f in formats):
        excel = " For a spreadsheet, write --format excel --output NAME.csv."
    if requested is not None:
        wanted = SUFFIXES[requested.value][0]
        raise UsageError(
            t(
                "--format {value} writes {wanted} files, not '{name}'; name the file {wanted}.{excel}",
                value=requested.value,
                wanted=wanted,
                name=output.name,
                excel=excel,
            )
        )
    shown = f"'{suffix}'" if suffix else f"'{output.name}' (a name without a suffix)"
    listed = ", ".join(known[:-1]) + f" or {known[-1]}"
    raise UsageError(
        t(
            "cannot tell the format from {shown}; name the output {listed}, or give --format.{excel}",
            shown=shown,
            listed=listed,
            excel=excel,
        )
    )


def choose_format(requested: ListFormat | None, output: Path | None) -> ListFormat:
    if requested is ListFormat.xlsx and output is None:
        raise UsageError(t("--format xlsx writes a file: give it with --output, e.g. --output Polisen.xlsx."))
    if requested is ListFormat.pdf and output is None:
        raise UsageError(t("--format pdf writes a file: give it with --output, e.g. --output Polisen.pdf."))
    if output is not None:
        return file_format(requested, output, ListFormat)
    if requested is not None:
        return requested
    return ListFormat.table if _is_terminal() else ListFormat.md


def emit(text: str, output: Path | None, force: bool) -> None:
    """Print, or write the file atomically without replacing anything of the user's."""
    if output is None:
        # Bytes, so that CSV keeps its CRLF and every platform gets UTF-8.
        typer.echo(text.encode("utf-8"), nl=False)
        return
    from medlofte import api

    api.write_outputs({output: text.encode("utf-8")}, force=force, what=str(output))
    typer.echo(f"Wrote {output}", err=True)


@command()
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
    from medlofte import api

    data = api.load_valid(data_dir)
    found = api.find_actor(data, name)
    fmt = choose_format(output_format, output)
    if fmt is ListFormat.xlsx:
        if lead_only or status is not None or open_only:
            raise UsageError(
                t("the follow-up form holds every activity of the actor; leave out --lead-only, --status and --open.")
            )
        assert output is not None
        api.write_outputs({output: api.form(data, found, lang)}, force=force, what=str(output))
        typer.echo(f"Wrote {output}", err=True)
        return
    tasks = api.task_list(data, found, lead_only=lead_only, status=status, open_only=open_only)
    if fmt is ListFormat.pdf:
        assert output is not None
        api.require_pdf()
        api.write_outputs({output: api.task_list_pdf(tasks, lang)}, force=force, what=str(output))
        typer.echo(f"Wrote {output}", err=True)
        return
    emit(api.format_task_list(tasks, fmt, lang, color=use_color(color, sys.stdout), width=_width()), output, force)


@command()
def actors(
    data_dir: Path = DATA_DIR,
    output_format: ListFormat | None = LIST_FORMAT,
    output: Path | None = OUTPUT,
    force: bool = FORCE,
    lang: Lang = LANG,
    color: ColorMode = COLOR,
) -> None:
    """Every actor with its number of areas and activities; actors never used are flagged."""
    from medlofte import api

    if output_format is ListFormat.pdf or (output is not None and output.suffix.lower() == ".pdf"):
        raise UsageError(t("task lists to send are made per actor: medlofte actor NAME --format pdf --output NAME.pdf."))
    data = api.load_valid(data_dir)
    fmt = choose_format(output_format, output)
    if fmt is ListFormat.xlsx:
        raise UsageError(
            t("follow-up forms are made per actor: medlofte forms --output DIR, or medlofte actor NAME --format xlsx.")
        )
    summaries = api.actor_summaries(data)
    emit(api.format_actors(summaries, fmt, lang, color=use_color(color, sys.stdout), width=_width()), output, force)


@command()
def render(
    data_dirs: list[Path] | None = typer.Argument(
        None, metavar="[DATA_DIR]...", help="Data directories to render.  [default: data]", show_default=False
    ),
    formats: list[RenderFormat] | None = typer.Option(
        None,
        "--format",
        "-f",
        help="md, html, pdf or docx (Word); repeat for several. [default: md and html]",
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
    report: Report = typer.Option(
        Report.promise,
        "--report",
        help="The promise, its follow-up (uppföljning), or an overview of all the data directories given.",
        case_sensitive=False,
    ),
    changes_since: str | None = typer.Option(
        None,
        "--changes-since",
        metavar="REV|DIR",
        help="End the promise with what changed since a git revision (dated by its commit) or an earlier data folder.",
        show_default=False,
    ),
    theme: Path | None = typer.Option(
        None,
        "--theme",
        metavar="FILE",
        help="A theme file (logo, colours, footer, the parties' names as printed) instead of 'theme:' in promise.yaml.",
    ),
    draft: bool = typer.Option(
        False, "--draft", help='Mark every page "Utkast" with the date (--date, or today): for review before adoption.'
    ),
    fragment: bool = typer.Option(
        False, "--fragment", help="HTML: the document's body only, its styles scoped, for a web publishing system."
    ),
    force: bool = FORCE,
) -> None:
    """The yearly document, or its follow-up report, as Markdown, self-contained HTML, PDF or Word."""
    from medlofte import api

    dirs = [api.existing_dir(d) for d in data_dirs or [Path("data")]]
    chosen = tuple(dict.fromkeys(formats)) if formats else (RenderFormat.md, RenderFormat.html)
    if templates is not None and not templates.is_dir():
        raise UsageError(t("template directory '{templates}' does not exist.", templates=templates))
    to_stdout = output is not None and str(output) == "-"
    if to_stdout and ((len(dirs) > 1 and report is not Report.overview) or len(chosen) > 1):
        raise UsageError(t("--output - writes one format of one data directory to standard output."))
    if changes_since is not None and report is Report.follow_up:
        raise UsageError(t("--changes-since adds to the promise document; leave out --report follow-up."))
    if output is not None and not to_stdout:
        _check_render_output(output, chosen, 1 if report is Report.overview else len(dirs))
    if fragment and chosen != (RenderFormat.html,):
        raise UsageError(t("--fragment is the body of an HTML page; give --format html alone."))
    if report is Report.overview and (theme is not None or draft or fragment or RenderFormat.docx in chosen):
        raise UsageError(
            t("the overview of many promises is written as md, html or pdf, without --theme, --draft or --fragment.")
        )
    if RenderFormat.pdf in chosen:
        api.require_pdf()
    day = published.date() if published else None
    if report is Report.overview:
        _render_overview(dirs, chosen, output, to_stdout, day, lang, force)
        return
    look = api.load_theme(theme) if theme is not None else None
    marked = (day or date.today()) if draft else None
    jobs = [api.RenderJob(str(d), chosen, lang, templates, day, report, changes_since, look, marked, fragment) for d in dirs]
    results = api.render_many(jobs)
    if to_stdout:
        typer.echo(results[0].outputs[chosen[0]], nl=False)
        return
    files = api.render_targets(results, chosen, output)
    api.write_outputs(files, force=force)
    for path in files:
        typer.echo(f"Wrote {path.as_posix()}", err=True)


def _render_overview(
    dirs: list[Path], chosen: tuple[RenderFormat, ...], output: Path | None, to_stdout: bool, day: object, lang: Lang, force: bool
) -> None:
    """render --report overview: one document over every data directory, counted as of
    --date (today without it)."""
    from datetime import date

    from medlofte import api

    as_of = day if isinstance(day, date) else date.today()
    report = api.overview(dirs, as_of)
    documents = {
        fmt: api.render_overview(report, fmt, lang=lang, published=day if isinstance(day, date) else None) for fmt in chosen
    }
    if to_stdout:
        typer.echo(documents[chosen[0]], nl=False)
        return
    if output is not None and len(chosen) == 1 and output.suffix.lower() == chosen[0].suffix:
        files = {output: documents[chosen[0]]}
    else:
        files = {(output or Path("out")) / f"{api.OVERVIEW_STEM}{fmt.suffix}": documents[fmt] for fmt in chosen}
    api.write_outputs(files, force=force)
    for path in files:
        typer.echo(f"Wrote {path.as_posix()}", err=True)


# Names that say "a file", so that --output never makes a folder called 'doc.html'.
_DOCUMENT_SUFFIXES = (".md", ".markdown", ".html", ".htm", ".pdf", ".txt", ".docx", ".doc", ".odt", *_SPREADSHEETS)


def _check_render_output(output: Path, chosen: tuple[RenderFormat, ...], directories: int) -> None:
    """A file name for --output must fit the one format of the one data directory rendered."""
    suffix = output.suffix.lower()
    if suffix not in _DOCUMENT_SUFFIXES or output.is_dir():
        return
    if len(chosen) > 1 or directories > 1:
        raise UsageError(
            t(
                "--output {name} names one file, but this writes {value} documents; "
                "give a folder, or one --format and one data directory.",
                name=output.name,
                value=len(chosen) * directories,
            )
        )
    if suffix != chosen[0].suffix:
        raise UsageError(
            t(
                "--output {name} does not fit --format {value}; name the file {suffix} "
                "or choose the format of '{suffix2}' (md, html, pdf or docx).",
                name=output.name,
                value=chosen[0].value,
                suffix=chosen[0].suffix,
                suffix2=suffix,
            )
        )


@command()
def schema(
    output: Path = typer.Option(Path("schema"), "--output", "-o", help="Directory for the schema files."),
    force: bool = FORCE,
) -> None:
    """Write JSON Schemas (draft-07) for promise.yaml, actors.yaml and the area files, for editors."""
    from medlofte import api

    files = {output / name: text.encode("utf-8") for name, text in api.schemas().items()}
    api.write_outputs(files, force=force, track=False, what=t("the schemas"))
    for path in files:
        typer.echo(f"Wrote {path.as_posix()}", err=True)


@command()
def init(
    directory: Path = typer.Argument(..., metavar="DIR", help="The new repository's directory (created if needed)."),
    empty: bool = typer.Option(False, "--empty", help="An empty skeleton instead of the example promise."),
    ci: CiKind = typer.Option(CiKind.github, "--ci", help="Which CI workflow to add.", case_sensitive=False),
    guide: Lang = typer.Option(
        Lang.sv, "--guide-lang", help="Language of the data guide copied to docs/data-format.md.", case_sensitive=False
    ),
) -> None:
    """Start a data repository: example data, schemas, editor, pre-commit and CI set-up."""
    from medlofte import api

    result = api.init(directory, empty=empty, ci=ci, guide=guide)
    for path in result.written:
        typer.echo(f"Created {path.as_posix()}", err=True)
    for path in result.kept:
        typer.echo(f"Kept existing {path.as_posix()}", err=True)
    # No '&&': Windows PowerShell 5 has none.
    next_steps = t("Next: cd {directory}, then medlofte validate and medlofte render", directory=directory.as_posix())
    typer.echo(messages.shown(next_steps), err=True)


@command()
def status(
    data_dirs: list[Path] | None = typer.Argument(
        None,
        metavar="[DATA_DIR]...",
        help="The data directory; several give an overview of them all.  [default: data]",
        show_default=False,
    ),
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
    actor_name: str | None = typer.Option(
        None, "--actor", metavar="NAME", help="Only this actor's activities, with its open items."
    ),
    output: Path | None = OUTPUT,
    force: bool = FORCE,
    lang: Lang = LANG,
    color: ColorMode = COLOR,
) -> None:
    """Follow-up status: activities by status per area and per actor, overdue and never followed up."""
    from datetime import date

    from medlofte import api

    dirs = data_dirs or [Path("data")]
    if output is not None:
        fmt = file_format(output_format, output, StatusFormat)
    else:
        fmt = output_format or (StatusFormat.table if _is_terminal() else StatusFormat.md)
    if len(dirs) > 1:
        if actor_name is not None:
            raise UsageError(t("--actor is for one data directory; give one, or leave out --actor for the overview."))
        overview = api.overview(dirs, as_of.date() if as_of else date.today())
        emit(api.format_overview(overview, fmt, lang, color=use_color(color, sys.stdout), width=_width()), output, force)
        return
    data = api.load_valid(dirs[0])
    assert data.promise is not None
    one = api.find_actor(data, actor_name) if actor_name is not None else None
    report = api.status_report(data, as_of.date() if as_of else date.today(), one)
    text = api.format_status(report, data.promise.title, fmt, lang, color=use_color(color, sys.stdout), width=_width())
    emit(text, output, force)


@command()
def forms(
    data_dir: Path = DATA_DIR,
    output: Path = typer.Option(..., "--output", "-o", help="The directory for the forms, one .xlsx per actor."),
    force: bool = FORCE,
    no_ids: bool = typer.Option(
        False, "--no-ids", help="Leave the YAML as it is: do not give activities without an id one first."
    ),
    lang: Lang = LANG,
) -> None:
    """Follow-up forms to send out: one Excel file per actor, to fill in and return (medlofte collect)."""
    from medlofte import api

    result = api.forms(data_dir, output, force=force, ids=not no_ids, lang=lang)
    for path in result.ids_added:
        typer.echo(f"Gave the activities of {path.as_posix()} an id, so that forms find them after a text is corrected", err=True)
    for path in result.written:
        typer.echo(f"Wrote {path.as_posix()}", err=True)


@command()
def collect(
    paths: list[Path] = typer.Argument(
        ..., metavar="FORM... [DATA_DIR]", help="Returned forms (.xlsx, or task lists as .csv), and the data directory."
    ),
    dry_run: bool = typer.Option(False, "--dry-run", "-n", help="Show what would change, write nothing."),
    prefer: str | None = typer.Option(
        None, "--prefer", metavar="FORM", help="When two forms disagree on an activity, take this form's answer."
    ),
    as_of: datetime | None = typer.Option(
        None, "--date", formats=["%Y-%m-%d"], help="The day of this round, for answers without a date. [default: today]"
    ),
    color: ColorMode = COLOR,
) -> None:
    """The partners' answers from their returned forms into the YAML: all checked first, then written together."""
    from medlofte import api

    forms_given = [p for p in paths if not p.is_dir()]
    folders = [p for p in paths if p.is_dir()]
    if len(folders) > 1:
        raise UsageError(
            t("give one data directory, not {len}: {value}.", len=len(folders), value=", ".join(p.as_posix() for p in folders))
        )
    if not forms_given:
        raise UsageError(t("give the returned forms to collect, e.g. medlofte collect Polisen.xlsx Kommunen.xlsx data"))
    day = as_of.date() if as_of else None
    result = api.collect(forms_given, folders[0] if folders else Path("data"), dry_run=dry_run, prefer=prefer, today=day)
    typer.echo(api.format_collected(result, dry_run=dry_run, color=use_color(color, sys.stdout)), nl=False)
    for path in result.written:
        typer.echo(f"Wrote {path.as_posix()}", err=True)
    raise typer.Exit(0 if result.ok else 1)


@command()
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

    written, new_start, new_end = api.rollover(
        data_dir, output, year=year, start=start.date() if start else None, end=end.date() if end else None
    )
    for path in written:
        typer.echo(f"Wrote {path.as_posix()}", err=True)
    until = new_end.isoformat() if new_end is not None else "until further notice"
    typer.echo(f"New period {new_start.isoformat()} – {until}; statuses, results and signatures cleared.", err=True)


@command()
def diff(
    arguments: list[str] | None = typer.Argument(
        None,
        metavar="[REV] [DATA_DIR]... | OLD_DIR NEW_DIR",
        help="A git revision (default HEAD) and data directories (default data), or two folders to compare.",
        show_default=False,
    ),
    to: str | None = typer.Option(
        None, "--to", metavar="REV", help="Compare with this revision instead of the working tree.", show_default=False
    ),
    output_format: DiffFormat = typer.Option(
        DiffFormat.text, "--format", "-f", help="text, md (for a pull request or the step summary) or json.", case_sensitive=False
    ),
    exit_code: bool = typer.Option(False, "--exit-code", help="Exit with 1 when something changed, as git diff does."),
    lang: Lang = LANG,
    color: ColorMode = COLOR,
) -> None:
    """What changed in the promise, in words: since a git revision, between two, or between two folders."""
    from medlofte import api

    comparison = api.diff(arguments or [], to=to)
    colored = output_format is DiffFormat.text and use_color(color, sys.stdout)
    typer.echo(api.format_changes(comparison, output_format, lang, color=colored), nl=False, color=colored)
    raise typer.Exit(comparison.exit_code(exit_code))


@command()
def serve(
    data_dir: Path = DATA_DIR,
    port: int = typer.Option(8000, "--port", "-p", min=0, max=65535, help="The port to listen on; 0 picks a free one."),
    host: str = typer.Option(
        "127.0.0.1",
        "--host",
        help="The address to listen on. Any other than 127.0.0.1 lets others on the network read the pages.",
    ),
    open_browser: bool = typer.Option(False, "--open", help="Open the preview in the web browser."),
    lang: Lang = LANG,
) -> None:
    """A live preview in the browser: document, follow-up, status and task lists, updated on save, mistakes in the page."""
    from time import strftime

    from medlofte import api

    def built(line: str) -> None:
        typer.echo(f"{strftime('%H:%M:%S')} {line}", err=True)

    server = api.serve(data_dir, host=host, port=port, lang=lang, on_build=built)
    if not server.local:
        typer.echo(
            f"medlofte: warning: serving on {host}: anyone who can reach this machine on port {server.port} can read "
            "these pages. Leave out --host to keep them on this machine.",
            err=True,
        )
    built(server.summary)
    # Ctrl-C is how a preview ends, wherever it comes: the server stops, the exit code is 0.
    with contextlib.suppress(KeyboardInterrupt), server:
        typer.echo(
            f"Serving {data_dir.as_posix()} on {server.url} - the page updates when you save. Press Ctrl-C to stop.", err=True
        )
        if open_browser:
            import webbrowser

            webbrowser.open(server.url)
        server.wait()
    typer.echo("Stopped.", err=True)


@command("import")
def import_(
    source: Path = typer.Argument(..., metavar="FILE", help="The promise as .docx, .pdf, .html, .md or .txt."),
    output: Path = typer.Option(..., "--output", "-o", help="A new (or empty) directory for the draft data folder."),
    force: bool = typer.Option(False, "--force", help="Replace the data files of an existing directory."),
) -> None:
    """Last year's promise from a Word, PDF or web page into a draft data folder, every sentence kept."""
    from medlofte import api

    result = api.import_document(source, output, force=force)
    for path in result.written:
        typer.echo(f"Wrote {path.as_posix()}", err=True)
    typer.echo(f"Guesses ({len(result.guesses)}), also marked '# import:' in the files:")
    for guess in result.guesses:
        typer.echo(f"- {guess}")
    warnings = f", {result.warnings} warning{'s' if result.warnings != 1 else ''}" if result.warnings else ""
    typer.echo(
        f"The draft validates with no errors{warnings}. Next: check the guesses, then medlofte validate {output.as_posix()}"
    )


MANY_DIRS = typer.Argument(..., metavar="DATA_DIR...", help="The data directories, one per promise.")


@command()
def export(
    data_dirs: list[Path] = MANY_DIRS,
    output_format: ExportFormat | None = typer.Option(
        None,
        "--format",
        "-f",
        help="csv, excel (CSV for Swedish Excel), xlsx or json. [default: from --output's suffix]",
        show_default=False,
        case_sensitive=False,
    ),
    output: Path = typer.Option(..., "--output", "-o", help="The file to write; datapackage.json is written beside it."),
    force: bool = FORCE,
) -> None:
    """Open data: one row per activity of every promise, described by a Frictionless data package."""
    from medlofte import api

    fmt = output_format
    if fmt is None:
        by_suffix = {".csv": ExportFormat.csv, ".xlsx": ExportFormat.xlsx, ".json": ExportFormat.json}
        fmt = by_suffix.get(output.suffix.lower())
        if fmt is None:
            raise UsageError(
                t(
                    "cannot tell the format from '{name}'; name the output .csv, .xlsx or .json, or give --format.",
                    name=output.name,
                )
            )
    result = api.export(data_dirs, output, fmt, force=force)
    typer.echo(f"Wrote {result.output.as_posix()} ({result.rows} activities of {result.promises} promises)", err=True)
    typer.echo(f"Wrote {result.package.as_posix()}", err=True)


@command()
def site(
    data_dirs: list[Path] = MANY_DIRS,
    output: Path = typer.Option(..., "--output", "-o", help="The folder for the site (index.html and the pages)."),
    as_of: datetime | None = typer.Option(
        None, "--date", formats=["%Y-%m-%d"], help="Count overdue activities in the overview as of this day. [default: today]"
    ),
    lang: Lang = LANG,
    force: bool = FORCE,
) -> None:
    """A static site of every promise: an index by municipality and year with an offline search, every promise and follow-up."""
    from medlofte import api

    result = api.build_site(data_dirs, output, lang=lang, as_of=as_of.date() if as_of else None, force=force)
    typer.echo(
        f"Wrote {output.as_posix()}/index.html: {result.promises} promises, {result.follow_ups} follow-ups, "
        f"{len(result.written)} files",
        err=True,
    )


def main() -> None:
    """Console entry point: internal errors become exit code 3, never a traceback."""
    try:
        app()
    except SystemExit:
        raise
    except Interrupted as stopped:
        sys.stderr.write(f"medlofte: {messages.shown(t('interrupted; nothing was left half-written'))}\n")
        sys.exit(stopped.exit_code)
    except KeyboardInterrupt:
        sys.stderr.write(f"medlofte: {messages.shown(t('interrupted'))}\n")
        sys.exit(130)
    except Exception as err:
        if os.environ.get("MEDLOFTE_DEBUG"):
            raise
        sys.stderr.write(
            f"medlofte: internal error: {type(err).__name__}: {err}\n"
            "This is a bug in medlofte; please report it. Set MEDLOFTE_DEBUG=1 to see the traceback.\n"
        )
        sys.exit(EXIT_INTERNAL)
