"""The command line: parse options, call the API, print, choose the exit code.

Exit codes: 0 clean, 1 findings, 2 usage, 3 internal or configuration error.
Heavy modules (jinja2, rich) are imported inside the commands that need them.
"""

from __future__ import annotations

import enum
import os
import sys
from pathlib import Path
from typing import NoReturn, Optional

import typer

from medlofte import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3

app = typer.Typer(
    name="medlofte",
    help="Keep a medborgarlöfte (citizen promise) as YAML: validate it, list each actor's tasks, render the document.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
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


DATA_DIRS = typer.Argument(None, help="Data directories to check.  [default: data]", show_default=False)
COLOR = typer.Option(ColorMode.auto, "--color", help="Colour the output.", case_sensitive=False)


@app.command()
def validate(
    data_dirs: Optional[list[Path]] = DATA_DIRS,  # noqa: UP045 - Typer 0.28 needs Optional here
    strict: bool = typer.Option(False, "--strict", help="Fail on warnings too."),
    output_format: Optional[FindingFormat] = typer.Option(  # noqa: UP045
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
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Processes for many directories. [default: all cores]"),  # noqa: UP045
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
