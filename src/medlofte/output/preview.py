"""The live preview's pages (``medlofte serve``) as HTML text.

Task lists, the status overview and the list of actors as pages in the documents' look; the
navigation, the banner of findings and the "not current" mark put over every page; and the
one small inline script that reloads the page when the data has changed. Pure functions
from views and findings to text: serving them is the server's work, and the rendered
documents themselves never carry any of it.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Callable
from datetime import datetime
from typing import NamedTuple
from urllib.parse import quote

from medlofte import __version__
from medlofte.data.findings import Finding, Severity, count
from medlofte.data.model import Promise
from medlofte.errors import TemplateProblem
from medlofte.output import document, findings
from medlofte.output.markdown import one_line
from medlofte.output.status import moved_text
from medlofte.views.labels import Labels
from medlofte.views.status import Counts, StatusReport, shown_columns
from medlofte.views.tasklist import TaskList, details, role_text

# The page reloads itself when the server says a build other than its own is current. It
# reads its build from the page, so the script is the same on every page and a
# Content-Security-Policy can allow exactly it by its hash (of the text between the tags).
SCRIPT = """
(() => {
  const build = document.querySelector('meta[name="medlofte-build"]').content;
  const events = new EventSource("/events");
  events.addEventListener("build", (event) => {
    if (event.data !== build) {
      events.close();
      location.reload();
    }
  });
})();
"""
SCRIPT_HASH = "sha256-" + base64.b64encode(hashlib.sha256(SCRIPT.encode("utf-8")).digest()).decode("ascii")

# More findings than this are counted, not listed: the page is for the next fix, and
# `medlofte validate` lists them all.
BANNER_LIMIT = 100

GENERATOR = f"medlofte {__version__}"


# ---------------------------------------------------------------------------------------
# Routes


class Link(NamedTuple):
    href: str
    label: str
    current: bool = False


PROMISE, FOLLOW_UP, STATUS, ACTORS = "/", "/follow-up", "/status", "/actors"


def actor_route(actor_id: str) -> str:
    """Where an actor's task list is served; the id is quoted, so any id makes one path segment."""
    return f"{ACTORS}/{quote(actor_id, safe='')}"


def links(labels: Labels, current: str) -> list[Link]:
    pages = [(PROMISE, labels["preview_promise"]), (FOLLOW_UP, labels["follow_up"])]
    pages += [(STATUS, labels["status"]), (ACTORS, labels["preview_actors"])]
    return [Link(href, label, href == current) for href, label in pages]


# ---------------------------------------------------------------------------------------
# The banner


class Problem(NamedTuple):
    """One finding as the banner shows it: where, what, and the source line with a caret."""

    where: str
    kind: str  # error or warning, for the style
    severity: str  # the word, in the page's language
    code: str
    text: str
    source: str


class Banner(NamedTuple):
    heading: str
    errors: bool  # errors (or a failed build), not only warnings
    problems: list[Problem]
    more: str
    failure: str
    stale: str  # why the page below is not current; empty when it is


def _counted(labels: Labels, n: int, kind: str) -> str:
    return f"{n} {labels[f'preview_{kind}_one' if n == 1 else f'preview_{kind}_many']}"


def banner(
    found: list[Finding],
    labels: Labels,
    *,
    failure: str = "",
    good_at: datetime | None = None,
    reader: Callable[[str], list[str]] = findings.read_source,
) -> Banner | None:
    """The findings over the page, or ``None`` when there is nothing to say.

    With errors (or a ``failure`` to build) the page below is the last good one, from
    ``good_at``, and marked as not current.
    """
    if not found and not failure:
        return None
    errors, warnings = count(found)
    parts = [_counted(labels, errors, "error")] if errors else []
    parts += [_counted(labels, warnings, "warning")] if warnings else []
    heading = labels["preview_heading"].format(problems=labels.join(parts)) if parts else labels["preview_failed"]
    cache: dict[str, list[str]] = {}
    problems = [
        Problem(
            f.loc.shown(),
            f.severity.value,
            labels[f"preview_severity_{f.severity.value}"],
            f.code,
            f.text,
            "\n".join(findings.excerpt(f, cache, reader)),
        )
        for f in found[:BANNER_LIMIT]
    ]
    more = labels["preview_more"].format(n=len(found) - BANNER_LIMIT) if len(found) > BANNER_LIMIT else ""
    # Not current: the page below is the last good one (with nothing good yet, the page says so itself).
    stale = labels["preview_stale"].format(time=good_at.strftime("%H:%M:%S")) if (errors or failure) and good_at else ""
    return Banner(heading, bool(errors or failure), problems, more, failure, stale)


def title_prefix(found: list[Finding], labels: Labels, failure: str = "") -> str:
    """'(2 fel) ' before the page's title, so a tab in the background shows it too."""
    errors = sum(1 for f in found if f.severity is Severity.ERROR)
    if errors:
        return f"({_counted(labels, errors, 'error')}) "
    return "(!) " if failure else ""


# ---------------------------------------------------------------------------------------
# Pages of their own


class TaskItem(NamedTuple):
    text: str
    facts: list[tuple[str, str]]


class TaskArea(NamedTuple):
    name: str
    tasks: list[TaskItem]


class TasksPage(NamedTuple):
    lang: str
    generator: str
    title: str  # for <title>
    municipality: str
    heading: str
    count_line: str
    contact: str
    none: str
    areas: list[TaskArea]


def tasks_page(task_list: TaskList, labels: Labels) -> str:
    """An actor's task list, the same facts as ``medlofte actor --format md``."""
    promise = task_list.promise
    title = labels["tasks_title"].format(actor=task_list.actor.name, promise=promise.title)
    areas = []
    for area, tasks in task_list.by_area():
        items = []
        for task in tasks:
            facts = [(labels["role"], role_text(task, labels))]
            if task.others:
                facts.append((labels["with"], labels.join([a.name for a in task.others])))
            facts += [(name, one_line(value)) for name, value in details(task, labels)]
            items.append(TaskItem(task.activity.text, facts))
        areas.append(TaskArea(area.name, items))
    count_line = labels.counted(len(task_list.tasks), len(areas)) if task_list.tasks else ""
    view = TasksPage(
        labels.lang,
        GENERATOR,
        title,
        promise.municipality,
        title,
        count_line,
        task_list.actor.contact or "",
        labels["tasks_none"].format(actor=task_list.actor.name, promise=promise.title),
        areas,
    )
    return document.to_html_page("preview_tasks.html.j2", view, labels)


class Table(NamedTuple):
    heading: str
    header: list[str]
    rows: list[list[str]]
    total: list[str]


class ListItem(NamedTuple):
    text: str
    facts: str


class ItemList(NamedTuple):
    heading: str
    items: list[ListItem]
    none: str


class StatusPage(NamedTuple):
    lang: str
    generator: str
    title: str
    municipality: str
    heading: str
    as_of: str
    tables: list[Table]
    lists: list[ItemList]


def _row(name: str, counts: Counts, labels: Labels, columns: tuple[str, ...]) -> list[str]:
    return [name, str(counts.total), *(str(counts.by_status[c]) for c in columns), labels.percent(counts.share_done)]


def status_page(report: StatusReport, promise: Promise, labels: Labels) -> str:
    """The follow-up status, the same counts and lists as ``medlofte status --format md``."""
    heading = labels["status_title"].format(promise=promise.title)
    columns = shown_columns([report.overall])
    tables = []
    for title, first, rows in (
        (labels["by_area"], labels["area"], [(a.name, c) for a, c in report.areas]),
        (labels["by_actor"], labels["actor"], [(a.name, c) for a, c in report.actors]),
    ):
        header = [first, labels["activities"], *(labels.status_word(c).capitalize() for c in columns), labels["share_done"]]
        body = [_row(name, counts, labels, columns) for name, counts in rows]
        tables.append(Table(title, header, body, _row(labels["total"], report.overall, labels, columns)))
    overdue = []
    for item in report.overdue:
        status = labels.status(item.activity.status) if item.activity.status else labels["not-followed-up"]
        overdue.append(ListItem(item.activity.text, f"{item.area.name} · {labels['due']}: {item.due.isoformat()} · {status}"))
    not_followed_up = [ListItem(activity.text, area.name) for area, activity, _ in report.not_followed_up]
    lists = [ItemList(labels["overdue"], overdue, labels["overdue_none"])]
    if report.changed:
        changed = [ListItem(m.activity.text, f"{m.area.name}: {moved_text(m, labels)}") for m in report.changed]
        lists.append(ItemList(labels["changed_since"], changed, ""))
    lists.append(ItemList(labels["not_followed_up"], not_followed_up, labels["not_followed_up_none"]))
    as_of = labels["as_of"].format(date=labels.date(report.as_of))
    view = StatusPage(labels.lang, GENERATOR, heading, promise.municipality, heading, as_of, tables, lists)
    return document.to_html_page("preview_status.html.j2", view, labels)


class ActorLink(NamedTuple):
    href: str
    name: str
    count_line: str


class ActorsPage(NamedTuple):
    lang: str
    generator: str
    title: str
    municipality: str
    heading: str
    actors: list[ActorLink]


def actors_page(task_lists: list[TaskList], promise: Promise, labels: Labels) -> str:
    """Every actor, in the registry's order, with a link to its task list."""
    actors = [
        ActorLink(actor_route(t.actor.id), t.actor.name, labels.counted(len(t.tasks), len(t.by_area()))) for t in task_lists
    ]
    heading = labels["preview_actors"]
    view = ActorsPage(labels.lang, GENERATOR, heading, promise.municipality, heading, actors)
    return document.to_html_page("preview_actors.html.j2", view, labels)


class MessagePage(NamedTuple):
    lang: str
    generator: str
    title: str
    municipality: str
    heading: str
    text: str


def message_page(heading: str, text: str, where: str, labels: Labels) -> str:
    """A page with only a message: no such page, or nothing to show yet."""
    view = MessagePage(labels.lang, GENERATOR, heading, where, heading, text)
    return document.to_html_page("preview_message.html.j2", view, labels)


# ---------------------------------------------------------------------------------------
# Over every page


class Top(NamedTuple):
    lang: str
    links: list[Link]
    banner: Banner | None


class Head(NamedTuple):
    token: str


def top(labels: Labels, current: str, shown: Banner | None) -> str:
    """The navigation, then the banner and the "not current" mark when there are findings."""
    return document.to_html_page("_preview_top.html.j2", Top(labels.lang, links(labels, current), shown), labels)


def head(token: str, labels: Labels) -> str:
    return document.to_html_page("_preview_head.html.j2", Head(token), labels)


# The opening <body> tag and the skip link that must stay the first thing in it.
_BODY = re.compile(r'<body[^>]*>\s*(?:<a class="skip-link"[^>]*>[^<]*</a>\s*)?')


def live_page(page: str, head_html: str, top_html: str, prefix: str = "") -> str:
    """A rendered page with the preview's parts put in: ``head_html`` before ``</head>``,
    ``top_html`` first in the body (after the skip link), the reload script at its end, and
    ``prefix`` before the title."""
    from markupsafe import escape

    if prefix:
        page = page.replace("<title>", f"<title>{escape(prefix)}", 1)
    head_end = page.find("</head>")
    body = _BODY.search(page)
    body_end = page.rfind("</body>")
    if head_end < 0 or body is None or body_end < body.end() or body.start() < head_end:
        raise TemplateProblem("template error: a page of the preview needs </head>, <body> and </body>")
    return "".join(
        (
            page[:head_end],
            head_html,
            page[head_end : body.end()],
            top_html,
            page[body.end() : body_end],
            f"<script>{SCRIPT}</script>\n",
            page[body_end:],
        )
    )
