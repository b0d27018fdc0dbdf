"""The errors a command can end with, each carrying its exit code.

Problems in the user's data are findings, not exceptions; these are for everything else:
how medlofte was called (2), data that must be valid first (1), and the set-up or the
machine (3). The command line has one handler for all of them.
"""

from __future__ import annotations

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


class MedlofteError(Exception):
    """Base of every error a command reports as ``medlofte: <message>`` with an exit code."""

    exit_code = EXIT_INTERNAL


class UsageError(MedlofteError):
    """A problem with how medlofte was called: an option, a name, a path (exit code 2)."""

    exit_code = EXIT_USAGE


class InvalidData(MedlofteError):
    """The data has errors, so nothing is built from it (exit code 1)."""

    exit_code = EXIT_FINDINGS


class ConfigError(MedlofteError):
    """A problem with the set-up rather than the data: a template, a disk (exit code 3)."""

    exit_code = EXIT_INTERNAL


class OutputExists(UsageError):
    """The target exists and is not an unchanged medlofte output."""

    def __init__(self, path: object) -> None:
        super().__init__(f"{path} exists; medlofte did not write it (or it was changed since). Use --force to replace it.")
        self.path = path


class TemplateProblem(ConfigError):
    """A template could not be loaded or rendered."""


class PdfUnavailable(UsageError):
    """WeasyPrint, or the Pango library it needs, is not installed."""


class WriteError(ConfigError):
    """An output could not be written (read-only, full disk, a directory in the way)."""


class UnreadableFile(UsageError):
    """A file to import cannot be read: missing, of a type medlofte does not read, damaged,
    or a PDF without text (exit code 2)."""


class Interrupted(BaseException):
    """SIGINT or SIGTERM arrived while files were written; raised there so that the write
    cleans up, then the run ends with 128 + the signal's number (130, 143). A
    BaseException, so that nothing on the way takes it for an error to report."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.exit_code = 128 + signum
