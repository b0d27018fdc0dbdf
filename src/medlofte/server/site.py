"""What the preview serves: every page built from the data folder, in memory.

A build reads the folder, renders the promise, its follow-up, the status and each actor's
task list, and puts the banner of findings over each page. When the data has errors the
pages are the last good ones, marked as not current. A build never raises: whatever goes
wrong is shown in the page.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple

from medlofte.choices import Report
from medlofte.data import loading, queries
from medlofte.data.findings import Finding
from medlofte.data.findings import Report as ValidationReport
from medlofte.errors import MedlofteError
from medlofte.output import document, preview
from medlofte.output.findings import summary_line
from medlofte.views import followup, promise, status, tasklist
from medlofte.views.labels import Labels

CONTENT_TYPE = "text/html; charset=utf-8"


class Site(NamedTuple):
    """One build: its token (a digest of what it shows), each route's page, the page for
    any other address, and a line for the terminal."""

    token: str
    pages: dict[str, bytes]
    missing: bytes
    summary: str


def documents(data: loading.Dataset, labels: Labels, today: date) -> dict[str, str]:
    """Every page of valid data by route, rendered by the same functions as ``medlofte render``."""
    assert data.promise is not None
    from medlofte.views import look as looks

    look = looks.build(labels, data.promise.theme)  # the municipality's theme, as render gives it
    pages = {
        preview.PROMISE: document.to_html(promise.build(data, labels, None), labels, None, Report.promise, look=look),
        preview.FOLLOW_UP: document.to_html(followup.build(data, labels, None), labels, None, Report.follow_up, look=look),
        preview.STATUS: preview.status_page(status.status_report(data, today), data.promise, labels),
    }
    task_lists = [tasklist.make(data, actor, queries.task_list(data, actor)) for actor in data.registry.actors]
    pages[preview.ACTORS] = preview.actors_page(task_lists, data.promise, labels)
    for task_list in task_lists:
        pages[preview.actor_route(task_list.actor.id)] = preview.tasks_page(task_list, labels)
    return pages


class Builder:
    """Builds the site again on every call, keeping the last pages built from data without errors."""

    def __init__(self, data_dir: Path, lang: str = "sv", now: Callable[[], datetime] = datetime.now) -> None:
        self.data_dir = data_dir
        self.labels = Labels(lang)
        self.now = now
        self.good: dict[str, str] | None = None
        self.good_at: datetime | None = None

    def build(self) -> Site:
        labels = self.labels
        found: list[Finding] = []
        failure = ""
        summary = ""
        try:
            data = loading.load(self.data_dir)
            found = data.findings
            summary = summary_line(ValidationReport(found, data.files, 1))
            if data.ok:
                when = self.now()
                self.good, self.good_at = documents(data, labels, when.date()), when
        except MedlofteError as err:
            failure = str(err)
        except Exception as err:  # noqa: BLE001 - a bug must not end the preview: it is shown in the page
            failure = f"internal error: {type(err).__name__}: {err}. This is a bug in medlofte; please report it."
        if failure:
            summary = f"{summary} {labels['preview_failed']}: {failure}".strip()
        shown = preview.banner(found, labels, failure=failure, good_at=self.good_at)
        prefix = preview.title_prefix(found, labels, failure)
        where = self.data_dir.name or str(self.data_dir)
        pages = self.good or {
            route: preview.message_page(labels["preview_nav"], labels["preview_nothing"], where, labels)
            for route in (preview.PROMISE, preview.FOLLOW_UP, preview.STATUS, preview.ACTORS)
        }
        missing = preview.message_page(labels["preview_not_found"], labels["preview_not_found_text"], where, labels)
        tops = {route: preview.top(labels, route, shown) for route in [*pages, ""]}
        digest = hashlib.sha256()
        for route, page in [*pages.items(), ("", missing)]:
            for part in (route, page, tops[route], prefix):
                digest.update(part.encode("utf-8") + b"\0")
        token = digest.hexdigest()[:16]
        head = preview.head(token, labels)

        def live(route: str, page: str) -> bytes:
            return preview.live_page(page, head, tops[route], prefix).encode("utf-8")

        return Site(token, {route: live(route, page) for route, page in pages.items()}, live("", missing), summary)
