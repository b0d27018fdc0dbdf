"""Findings: every problem in user data as a value with a code, a severity and a location.

The catalogue below is the single source of the stable codes; ``docs/findings.md`` is
checked against it by the tests.
"""

from __future__ import annotations

import enum
from typing import NamedTuple

from medlofte.messages import shown


class Severity(str, enum.Enum):
    ERROR = "error"
    WARNING = "warning"


class Rule(NamedTuple):
    name: str
    severity: Severity
    summary: str


E, W = Severity.ERROR, Severity.WARNING

RULES: dict[str, Rule] = {
    # Files and YAML syntax
    "ML100": Rule("file-unreadable", E, "A file could not be read."),
    "ML101": Rule("file-too-large", E, "A file is larger than the size cap."),
    "ML102": Rule("not-utf8", E, "A file is not valid UTF-8."),
    "ML103": Rule("empty-file", E, "A file holds no data."),
    "ML104": Rule("yaml-syntax", E, "A file is not valid YAML."),
    "ML105": Rule("tab-indentation", E, "A tab character is used for indentation."),
    "ML106": Rule("duplicate-key", E, "The same key appears twice in one mapping."),
    "ML107": Rule("anchor-alias", E, "YAML anchors (&) and aliases (*) are refused."),
    "ML108": Rule("merge-key", E, "YAML merge keys (<<) are refused."),
    "ML109": Rule("yaml-tag", E, "Explicit YAML tags (!!type) are refused."),
    "ML110": Rule("multiple-documents", E, "A file holds more than one YAML document."),
    "ML111": Rule("too-deep", E, "The nesting is deeper than the cap."),
    "ML112": Rule("missing-file", E, "A required file is missing from the data directory."),
    "ML113": Rule("no-areas", E, "The data directory has no problem-area files."),
    "ML114": Rule("complex-key", E, "A mapping key is not plain text."),
    "ML115": Rule("file-not-read", E, "A file meant as data is not read: wrong folder or file name."),
    "ML116": Rule("link-outside", E, "A data file is a symbolic link to a file outside the repository."),
    "ML117": Rule("joined-list", E, "Lines written as list items are joined into one text."),
    "ML118": Rule("comment-in-text", E, "' #' inside a text without quotes starts a comment and cuts the text."),
    "ML119": Rule("bad-logo", E, "The theme's logo is missing, too large or not a PNG, JPEG, GIF, WebP or SVG image."),
    "ML120": Rule("not-a-file", E, "A data file is a named pipe, a device or a socket, not an ordinary file."),
    "ML121": Rule("too-many-files", E, "A folder holds more YAML files than the cap (2,000); none of them is read."),
    # Schema
    "ML201": Rule("unknown-key", E, "A key that the format does not know."),
    "ML202": Rule("missing-key", E, "A required key is missing."),
    "ML203": Rule("wrong-type", E, "A value has the wrong type."),
    "ML204": Rule("bad-choice", E, "A value is not one of the allowed choices."),
    "ML205": Rule("bad-date", E, "A date is not a valid YYYY-MM-DD date."),
    "ML206": Rule("bad-id", E, "An actor id is not a valid id."),
    "ML207": Rule("empty-value", E, "A required value is empty."),
    "ML208": Rule("bad-url", E, "An address is not an http, https or mailto link."),
    "ML209": Rule("control-character", E, "A text holds a control character, written as an escape."),
    "ML210": Rule("number-too-large", E, "A number has more digits than a promise needs."),
    "ML211": Rule("bad-colour", E, "A colour is not written as #rrggbb."),
    # References across files
    "ML301": Rule("unknown-actor", E, "An actor reference matches no actor in the registry."),
    "ML302": Rule("duplicate-id", E, "Two actors have the same id."),
    "ML303": Rule("duplicate-title", E, "Two problem areas have the same title."),
    "ML304": Rule("duplicate-name", E, "Two actors share a name, short name or alias."),
    "ML305": Rule("unknown-member", E, "A group member matches no actor in the registry."),
    "ML306": Rule("group-cycle", E, "A group contains itself, directly or through other groups."),
    "ML307": Rule("unknown-part", E, "An entry of 'parts' names no part, section or area file."),
    "ML308": Rule("part-not-placed", E, "'parts' is given but leaves out a part that has content."),
    "ML309": Rule("part-twice", E, "'parts' names the same part twice."),
    "ML310": Rule("duplicate-activity-id", E, "Two activities have the same id."),
    # Consistency
    "ML401": Rule("unused-actor", W, "An actor is never referenced."),
    "ML402": Rule("area-without-activities", W, "A problem area has no activities."),
    "ML403": Rule("commitment-without-actors", W, "A commitment names no actors."),
    "ML404": Rule("reversed-dates", E, "A period or activity ends before it starts."),
    "ML405": Rule("missing-reason", W, "An activity not done or partly done gives no reason."),
    "ML406": Rule("no-period", W, "The promise gives no period, so nothing can be overdue."),
    "ML407": Rule("low-contrast", E, "A theme colour is too light (or too dark) for the text on it to be read."),
    # Follow-up
    "ML501": Rule("missing-achieved", W, "A done activity with a promised quantity has no achieved quantity."),
    "ML502": Rule("follow-up-too-early", W, "A follow-up date lies before the period starts."),
    "ML503": Rule("follow-up-in-future", E, "A follow-up date lies in the future."),
    # Returned follow-up forms (medlofte collect)
    "ML601": Rule("form-unknown-activity", E, "A form's row names an activity that is not in the promise."),
    "ML602": Rule("form-text-changed", W, "An activity's text changed after its form was made."),
    "ML603": Rule("form-conflict", E, "Two forms give different answers for one activity."),
    "ML604": Rule("not-a-form", E, "A file given to collect is not a follow-up form."),
    "ML605": Rule("form-date-before-period", E, "A form's date lies before the promise's period."),
}


class Loc(NamedTuple):
    """A 1-based position in a file; in a spreadsheet, ``sheet`` is set and ``line`` and
    ``column`` are the cell's row and column."""

    path: str
    line: int
    column: int
    sheet: str | None = None

    def shown(self) -> str:
        """'areas/01-trafik.yaml:3:14', or 'Polisen.xlsx:Uppföljning!C7' for a cell."""
        if self.sheet is None:
            return f"{self.path}:{self.line}:{self.column}"
        return f"{self.path}:{self.sheet}!{cell_name(self.line, self.column)}"


def cell_name(row: int, column: int) -> str:
    """'C7' for row 7, column 3."""
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{row}"


class Finding(NamedTuple):
    code: str
    loc: Loc
    message: str
    hint: str = ""

    @property
    def severity(self) -> Severity:
        return RULES[self.code].severity

    @property
    def rule(self) -> str:
        return RULES[self.code].name

    @property
    def text(self) -> str:
        """Message and hint as one sentence pair, in the language in use."""
        return f"{shown(self.message)} {shown(self.hint)}" if self.hint else shown(self.message)

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.loc.path, self.loc.line, self.loc.column, self.code)


def count(findings: list[Finding]) -> tuple[int, int]:
    """Number of errors and of warnings."""
    errors = sum(1 for f in findings if RULES[f.code].severity is Severity.ERROR)
    return errors, len(findings) - errors


def plural(n: int, word: str, words: str | None = None) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {words or word + 's'}"


class Report(NamedTuple):
    """The outcome of validating one or more data directories."""

    findings: list[Finding]
    files: int
    directories: int

    @property
    def errors(self) -> int:
        return count(self.findings)[0]

    @property
    def warnings(self) -> int:
        return count(self.findings)[1]

    def exit_code(self, strict: bool = False) -> int:
        """1 when there are errors (or, with ``strict``, warnings); else 0."""
        errors, warnings = count(self.findings)
        return 1 if errors or (strict and warnings) else 0
