"""medlofte site: a static, self-contained site of many promises.

The index lists every promise by municipality and year and searches them offline (a prebuilt
index inlined in the page and a little vanilla JavaScript, no server, no network). Each
promise and each follow-up is the document ``medlofte render`` makes, from the same
templates, with the site's navigation on top: the index, the overview, the promise and its
follow-up, and the previous and next year's promise.

A page is rendered where its data is read (in a worker when there are many), before the
neighbours in time are known; its previous and next links are put in afterwards
(``place_links``), so every data folder is read once.
"""

from __future__ import annotations

import json
from typing import NamedTuple

from medlofte.output import document
from medlofte.views.labels import Labels
from medlofte.views.overview import PromiseInfo, SiteEntry, period_text

INDEX = "index.html"
OVERVIEW = "oversikt.html"
PROMISES = "loften"
# Stand-ins for the previous and next year's links, rendered in each page and replaced once
# all promises are known.
_SLOTS = ("previous", "next")


class Link(NamedTuple):
    href: str
    text: str
    current: bool = False


def page_names(key: str) -> tuple[str, str]:
    """The promise's page and its follow-up's, relative to the site's root."""
    return f"{PROMISES}/{key}.html", f"{PROMISES}/{key}-uppfoljning.html"


def nav(labels: Labels, follow_up: bool, current: str) -> list[Link]:
    """The navigation of a promise's page (``current`` 'promise' or 'follow-up'), relative
    to the folder the pages are in, with stand-ins for its own pages' names (the promise's
    key is made unique only when all are known) and for the neighbours."""
    links = [
        Link(f"../{INDEX}", labels["site_index"]),
        Link(f"../{OVERVIEW}", labels["site_overview"]),
        Link("@@page@@", labels["site_promise"], current == "promise"),
    ]
    if follow_up:
        links.append(Link("@@follow-up@@", labels["site_follow_up"], current == "follow-up"))
    links += [Link(f"@@{slot}@@", f"@@{slot}-text@@") for slot in _SLOTS]
    return links


def place_links(html: bytes, entry: SiteEntry, labels: Labels) -> bytes:
    """The page with its previous and next year's links, or without them where there is none."""
    from markupsafe import escape

    for slot, neighbour in zip(_SLOTS, (entry.previous, entry.next), strict=True):
        line = f'    <li><a href="@@{slot}@@">@@{slot}-text@@</a></li>\n'.encode()
        new = b""
        if neighbour is not None:
            text = labels[f"site_{slot}"].format(title=_when(neighbour, labels))
            href = page_names(neighbour.key)[0].rsplit("/", 1)[-1]
            new = f'    <li><a href="{escape(href)}">{escape(text)}</a></li>\n'.encode()
        html = html.replace(line, new)
    page, follow = (name.rsplit("/", 1)[-1].encode() for name in page_names(entry.info.key))
    return html.replace(b'href="@@page@@"', b'href="' + page + b'"').replace(b'href="@@follow-up@@"', b'href="' + follow + b'"')


def _when(info: PromiseInfo, labels: Labels) -> str:
    """'2024: Medborgarlöfte för Kungälv', or the title alone when it names its period."""
    period = period_text(info, labels)
    return f"{period}: {info.title}" if period and period not in info.title else info.title


class IndexEntry(NamedTuple):
    page: str
    follow_up: str
    period: str
    title: str
    place: str


class Municipality(NamedTuple):
    name: str
    entries: list[IndexEntry]


class IndexPage(NamedTuple):
    lang: str
    generator: str
    title: str
    municipality: str  # the kicker: how many promises
    overview: str
    municipalities: list[Municipality]
    search: object  # markupsafe.Markup: the search index as JSON, safe inside <script>
    published: str


def search_index(entries: list[SiteEntry], labels: Labels) -> str:
    """The search index as JSON that cannot end its <script> element early."""
    items = [
        {
            "u": entry.page,
            "t": entry.info.title,
            "d": " · ".join(p for p in (entry.info.municipality, entry.info.place, period_text(entry.info, labels)) if p),
            "w": entry.words,
        }
        for entry in entries
    ]
    text = json.dumps(items, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def index_html(entries: list[SiteEntry], labels: Labels) -> str:
    """The index page of linked entries (in the order of views.overview.linked)."""
    from markupsafe import Markup

    from medlofte import __version__

    groups: list[Municipality] = []
    for entry in entries:
        item = IndexEntry(entry.page, entry.follow_up, period_text(entry.info, labels), entry.info.title, entry.info.place)
        if groups and groups[-1].name == entry.info.municipality:
            groups[-1].entries.append(item)
        else:
            groups.append(Municipality(entry.info.municipality, [item]))
    page = IndexPage(
        lang=labels.lang,
        generator=f"medlofte {__version__}",
        title=labels["site_title"],
        municipality=labels["site_subtitle"].format(n=len(entries)),
        overview=OVERVIEW,
        municipalities=groups,
        search=Markup(search_index(entries, labels)),  # JSON escaped for <script> by search_index
        published="",
    )
    nav_links = [Link(INDEX, labels["site_index"], True), Link(OVERVIEW, labels["site_overview"])]
    return document.to_html_page("site_index.html.j2", page, labels, nav=nav_links)


def overview_html(view: object, labels: Labels) -> str:
    """The overview document with the site's navigation."""
    from medlofte.choices import Report

    nav_links = [Link(INDEX, labels["site_index"]), Link(OVERVIEW, labels["site_overview"], True)]
    return document.to_html(view, labels, None, Report.overview, nav=nav_links)
