"""The choices a command offers, shared by the command line and the API, so that a format
or a report named in one place is the same value everywhere (and an unknown one is refused,
never rendered as something else)."""

from __future__ import annotations

import enum


class FindingFormat(str, enum.Enum):
    """How ``validate`` reports findings."""

    text = "text"
    json = "json"
    github = "github"
    gitlab = "gitlab"


class ListFormat(str, enum.Enum):
    """How task lists and the actor overview are written; ``excel`` is CSV for Swedish Excel,
    ``xlsx`` the fill-in follow-up form and ``pdf`` a page to send (task lists only)."""

    table = "table"
    md = "md"
    csv = "csv"
    excel = "excel"
    json = "json"
    xlsx = "xlsx"  # the follow-up form, to fill in and return (medlofte collect)
    pdf = "pdf"  # a task list to send to a partner who does not use spreadsheets (task lists only)


class StatusFormat(str, enum.Enum):
    table = "table"
    md = "md"
    json = "json"


class DiffFormat(str, enum.Enum):
    """How ``diff`` writes a change set."""

    text = "text"
    md = "md"
    json = "json"


class RenderFormat(str, enum.Enum):
    md = "md"
    html = "html"
    pdf = "pdf"
    docx = "docx"  # Word, for the review with partners and the board

    @property
    def suffix(self) -> str:
        return f".{self.value}"


class Report(str, enum.Enum):
    """Which document ``render`` makes."""

    promise = "promise"
    follow_up = "follow-up"
    overview = "overview"  # many promises at once


class ExportFormat(str, enum.Enum):
    """How ``export`` writes the activities of many promises; ``excel`` is CSV for Swedish
    Excel (semicolons, a byte-order mark)."""

    csv = "csv"
    excel = "excel"
    xlsx = "xlsx"
    json = "json"

    @property
    def suffix(self) -> str:
        return ".csv" if self is ExportFormat.excel else f".{self.value}"


class Lang(str, enum.Enum):
    sv = "sv"
    en = "en"


class CiKind(str, enum.Enum):
    """Which CI set-up ``init`` writes."""

    github = "github"
    gitlab = "gitlab"
    none = "none"


class ColorMode(str, enum.Enum):
    auto = "auto"
    always = "always"
    never = "never"
