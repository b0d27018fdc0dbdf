"""Many promises at once: each promise's activities as rows (the open-data export), and an
overview per promise, per kind of group, per actor type, with the areas and actors most
common across them.

Built in two steps so that each data folder is read once, in a worker when there are many:
``summarise`` one valid data set into plain, picklable values (its rows and its counts),
then ``combine`` the summaries. Pure functions, given the day they are "as of".
"""

from __future__ import annotations

import re
from datetime import date
from typing import Generic, NamedTuple, TypeVar

from medlofte.data.loading import Dataset
from medlofte.data.model import ActorType, GroupKind, PartialDate, Quantity
from medlofte.data.queries import activities
from medlofte.data.textfold import fold, slugify, swedish_key
from medlofte.views.labels import Labels
from medlofte.views.status import COLUMNS, Counts, column_of, due_date, is_overdue, period_end_of

# The export's columns, in order; their meaning is documented in docs/export.md and their
# names never change (a new column goes at the end).
COLUMN_NAMES = (
    "promise",
    "promise_title",
    "municipality",
    "promise_place",
    "police_area",
    "period_start",
    "period_end",
    "period",
    "area",
    "area_kind",
    "area_file",
    "activity_number",
    "activity_id",
    "activity",
    "activity_kind",
    "lead",
    "lead_ids",
    "participants",
    "participant_ids",
    "actor_types",
    "others",
    "quantity",
    "quantity_amount",
    "quantity_unit",
    "when",
    "frequency",
    "activity_place",
    "target_group",
    "start",
    "end",
    "due",
    "status",
    "result",
    "achieved",
    "reason",
    "followed_up",
)
NUMBER_COLUMNS = frozenset({"activity_number", "quantity_amount", "achieved"})
# Several values in one cell (names, ids, types) are joined by this.
JOIN = "; "

Cell = str | int | float | None


class PromiseInfo(NamedTuple):
    """What identifies a promise among many: ``key`` is unique in one run (a slug of the
    municipality, place and first year, numbered when two share it)."""

    key: str
    title: str
    municipality: str
    place: str
    police_area: str
    period_start: str
    period_end: str
    period: str  # the document's own label, else start–end as written
    label: str  # the document's own label only
    year: int | None
    source: str
    data_dir: str


class Summary(NamedTuple):
    """One promise counted: rows for the export, counts for the overview (all by column as
    views.status counts them), and how many activities are overdue in each."""

    info: PromiseInfo
    rows: list[tuple[Cell, ...]]
    counts: Counts
    overdue: int
    kinds: dict[str, tuple[Counts, int]]  # group kind -> counts, overdue
    types: dict[str, tuple[Counts, int]]  # actor type -> counts, overdue
    areas: dict[tuple[str, str], tuple[str, Counts, int]]  # (folded name, kind) -> shown name, counts, overdue
    actors: dict[tuple[str, str], tuple[str, Counts, int]]  # (folded name, type) -> shown name, counts, overdue


def promise_key(municipality: str, place: str | None, year: int | None) -> str:
    return slugify(" ".join(p for p in (municipality, place or "", str(year) if year else "") if p))


def info(data: Dataset, key: str | None = None) -> PromiseInfo:
    promise = data.promise
    assert promise is not None
    period = promise.period
    start = period.start.isoformat() if period.start else ""
    end = period.effective_end.isoformat() if period.effective_end else ""
    shown = period.label or (f"{start}–{end}" if start and end and start != end else start or end)
    year = period.start.year if period.start else None
    return PromiseInfo(
        key or promise_key(promise.municipality, promise.place, year),
        promise.title,
        promise.municipality,
        promise.place or "",
        promise.police_area or "",
        start,
        end,
        shown,
        period.label or "",
        year,
        promise.source or "",
        data.root,
    )


def _quantity(quantities: list[Quantity]) -> tuple[str, Cell, str]:
    words = JOIN.join(q.display() for q in quantities)
    first = quantities[0] if quantities else None
    if first is None:
        return "", None, ""
    return words, first.amount, first.unit or ""


K = TypeVar("K", str, tuple[str, str])


class _Tally(Generic[K]):
    """Counts by status column and overdue, per key."""

    def __init__(self) -> None:
        self.found: dict[K, list[int]] = {}
        self.late: dict[K, int] = {}

    def add(self, key: K, column: int, late: bool) -> None:
        self.found.setdefault(key, [0] * len(COLUMNS))[column] += 1
        self.late[key] = self.late.get(key, 0) + late

    def result(self, key: K) -> tuple[Counts, int]:
        return _counts(self.found[key]), self.late[key]


def _counts(found: list[int]) -> Counts:
    return Counts(dict(zip(COLUMNS, found, strict=True)))


def summarise(data: Dataset, as_of: date, key: str | None = None, rows: bool = True) -> Summary:
    """The counts of one valid data set, and with ``rows`` its export rows (one per
    activity; the overview and the site need none)."""
    assert data.promise is not None
    about = info(data, key)
    out: list[tuple[Cell, ...]] = []
    total: _Tally[str] = _Tally()
    kinds: _Tally[str] = _Tally()
    types: _Tally[str] = _Tally()
    areas: _Tally[tuple[str, str]] = _Tally()
    actors: _Tally[tuple[str, str]] = _Tally()
    area_names: dict[tuple[str, str], str] = {}
    actor_names: dict[tuple[str, str], str] = {}
    for number, (_, area, _, activity, inv) in enumerate(activities(data), 1):
        period_end = period_end_of(area, data.promise.period)
        due = due_date(activity, period_end)
        late = is_overdue(activity, as_of, period_end)
        column = COLUMNS.index(column_of(activity))
        kind = area.kind.value
        total.add("", column, late)
        kinds.add(kind, column, late)
        area_key = (fold(area.name), kind)
        area_names.setdefault(area_key, area.name)
        areas.add(area_key, column, late)
        involved = inv.actors
        actor_types = sorted({a.type.value for a in involved}, key=_type_order)
        for actor_type in actor_types:
            types.add(actor_type, column, late)
        for actor in involved:
            actor_key = (fold(actor.name), actor.type.value)
            actor_names.setdefault(actor_key, actor.name)
            actors.add(actor_key, column, late)
        if not rows:
            continue
        words, amount, unit = _quantity(activity.quantities)
        out.append(
            (
                about.key,
                about.title,
                about.municipality,
                about.place,
                about.police_area,
                about.period_start,
                about.period_end,
                about.period,
                area.name,
                kind,
                area.file.rsplit("/", 1)[-1],
                number,
                activity.id or "",
                activity.text,
                activity.kind.value if activity.kind else "",
                JOIN.join(a.name for a in inv.leads),
                JOIN.join(a.id for a in inv.leads),
                JOIN.join(a.name for a in inv.participants),
                JOIN.join(a.id for a in inv.participants),
                JOIN.join(actor_types),
                JOIN.join(activity.others),
                words,
                amount,
                unit,
                activity.when or "",
                activity.frequency or "",
                activity.place or "",
                activity.target_group or "",
                activity.start.isoformat() if activity.start else "",
                activity.end.isoformat() if activity.end else "",
                due.isoformat() if due else "",
                activity.status.value if activity.status else "",
                activity.result or "",
                activity.achieved,
                activity.reason or "",
                activity.followed_up.isoformat() if activity.followed_up else "",
            )
        )
    counts, overdue = total.result("") if total.found else (_counts([0] * len(COLUMNS)), 0)
    return Summary(
        about,
        out,
        counts,
        overdue,
        {k: kinds.result(k) for k in kinds.found},
        {k: types.result(k) for k in types.found},
        {k: (name, *areas.result(k)) for k, name in area_names.items()},
        {k: (name, *actors.result(k)) for k, name in actor_names.items()},
    )


def with_key(summary: Summary, key: str) -> Summary:
    """The summary under another key (made unique among many), its rows too."""
    if key == summary.info.key:
        return summary
    return summary._replace(info=summary.info._replace(key=key), rows=[(key, *row[1:]) for row in summary.rows])


_TYPE_ORDER = {t.value: i for i, t in enumerate(ActorType)}
_KIND_ORDER = {k.value: i for i, k in enumerate(GroupKind)}


def _type_order(value: str) -> int:
    return _TYPE_ORDER.get(value, len(_TYPE_ORDER))


# ---------------------------------------------------------------------------------------
# The overview over many promises


class Line(NamedTuple):
    """One row of an overview table: a name, its counts and how many are overdue; ``key``
    is what the row stands for (a promise's key, a kind, a type), ``promises`` in how many
    promises it occurs."""

    key: str
    name: str
    counts: Counts
    overdue: int
    promises: int = 1
    kind: str = ""  # an area's kind or an actor's type, for the common ones


class Overview(NamedTuple):
    as_of: date
    promises: list[tuple[PromiseInfo, Line]]
    overall: Line
    kinds: list[Line]
    types: list[Line]
    common_areas: list[Line]  # in at least two promises, most common first
    common_actors: list[Line]


# How many of the most common areas and actors an overview shows.
COMMON = 20


def _merge(lines: list[tuple[Counts, int]]) -> tuple[Counts, int]:
    found = dict.fromkeys(COLUMNS, 0)
    late = 0
    for counts, overdue in lines:
        for column, n in counts.by_status.items():
            found[column] += n
        late += overdue
    return Counts(found), late


def _common(summaries: list[Summary], attribute: str, limit: int) -> list[Line]:
    grouped: dict[tuple[str, str], list[tuple[str, Counts, int]]] = {}
    for summary in summaries:
        for key, value in getattr(summary, attribute).items():
            grouped.setdefault(key, []).append(value)
    lines = []
    for (folded, kind), values in grouped.items():
        if len(values) < 2:
            continue
        counts, late = _merge([(c, o) for _, c, o in values])
        names = sorted({n for n, _, _ in values}, key=swedish_key)
        lines.append(Line(folded, names[0], counts, late, len(values), kind))
    lines.sort(key=lambda line: (-line.promises, -line.counts.total, swedish_key(line.name), line.kind))
    return lines[:limit]


def combine(summaries: list[Summary], as_of: date, limit: int = COMMON) -> Overview:
    """The overview of many summarised promises, in the order of municipality, place and
    period; the areas and actors most common across them matched by folded name and kind
    (or actor type)."""
    ordered = sorted(
        summaries, key=lambda s: (swedish_key(s.info.municipality), swedish_key(s.info.place), s.info.period_start, s.info.key)
    )
    promises = [(s.info, Line(s.info.key, s.info.title, s.counts, s.overdue)) for s in ordered]
    counts, late = _merge([(s.counts, s.overdue) for s in summaries])
    kinds = []
    for kind in sorted({k for s in summaries for k in s.kinds}, key=lambda k: _KIND_ORDER.get(k, 99)):
        found = [s.kinds[kind] for s in summaries if kind in s.kinds]
        merged, overdue = _merge(found)
        kinds.append(Line(kind, kind, merged, overdue, len(found)))
    types = []
    for actor_type in sorted({t for s in summaries for t in s.types}, key=_type_order):
        found = [s.types[actor_type] for s in summaries if actor_type in s.types]
        merged, overdue = _merge(found)
        types.append(Line(actor_type, actor_type, merged, overdue, len(found)))
    return Overview(
        as_of,
        promises,
        Line("", "", counts, late, len(summaries)),
        kinds,
        types,
        _common(summaries, "areas", limit),
        _common(summaries, "actors", limit),
    )


def unique(summaries: list[Summary]) -> list[Summary]:
    """The summaries with keys made unique in their order: 'malmo-stad-2023', then
    'malmo-stad-2023-2'."""
    seen: set[str] = set()
    out = []
    for summary in summaries:
        key, n = summary.info.key, 2
        while key in seen:
            key, n = f"{summary.info.key}-{n}", n + 1
        seen.add(key)
        out.append(with_key(summary, key))
    return out


# ---------------------------------------------------------------------------------------
# The overview as a document (render --report overview, status DIR... --format md)


class Table(NamedTuple):
    anchor: str
    heading: str
    header: list[str]
    numeric: int  # the columns from this one on are numbers, right-aligned
    rows: list[list[str]]
    total: list[str] | None
    none: str = ""  # what to say when there are no rows


class OverviewDocument(NamedTuple):
    lang: str
    generator: str
    title: str
    municipality: str  # the page's kicker: how many promises
    as_of: str
    summary: str
    tables: list[Table]
    published: str


def _figures(line: Line, labels: Labels, promises: bool = False) -> list[str]:
    counted = [str(line.promises)] if promises else []
    return [*counted, str(line.counts.total), labels.percent(line.counts.share_done), str(line.overdue)]


def _partial(text: str) -> PartialDate | None:
    return PartialDate(*(int(part) for part in text.split("-"))) if text else None


def period_text(item: PromiseInfo, labels: Labels) -> str:
    """The period as the documents print it: the document's own label, else '2021–2022',
    'maj 2024 – maj 2025'."""
    return item.label or labels.period(_partial(item.period_start), _partial(item.period_end))


def kind_word(kind: str, labels: Labels) -> str:
    return labels[f"kind_{kind}"] if kind in _KIND_ORDER else kind


def type_word(actor_type: str, labels: Labels) -> str:
    return labels.actor_type(ActorType(actor_type)) if actor_type in _TYPE_ORDER else actor_type


def document(overview: Overview, labels: Labels, published: date | None = None) -> OverviewDocument:
    """The overview's tables as texts, in the labels' language."""
    from medlofte import __version__

    t = labels
    figures = [t["activities"], t["share_done"], t["overdue_count"]]
    promise_rows = [[p.municipality, p.place, p.police_area, p.period, *_figures(line, t)] for p, line in overview.promises]
    overall = overview.overall
    total_row = [t["total"], "", "", "", *_figures(overall, t)]
    tables = [
        Table(
            "per-lofte",
            t["by_promise"],
            [t["municipality"], t["place"], t["police_area"], t["period"], *figures],
            4,
            promise_rows,
            total_row,
        ),
        Table(
            "per-slag",
            t["by_area_kind"],
            [t["area_kind"], t["promises_count"], *figures],
            1,
            [[kind_word(line.key, t), *_figures(line, t, True)] for line in overview.kinds],
            None,
        ),
        Table(
            "per-aktorstyp",
            t["by_actor_type"],
            [t["actor_type"], t["promises_count"], *figures],
            1,
            [[type_word(line.key, t), *_figures(line, t, True)] for line in overview.types],
            None,
        ),
        Table(
            "vanligaste-omradena",
            t["common_areas"],
            [t["area"], t["area_kind"], t["promises_count"], *figures],
            2,
            [[line.name, kind_word(line.kind, t), *_figures(line, t, True)] for line in overview.common_areas],
            None,
            t["common_none"],
        ),
        Table(
            "vanligaste-aktorerna",
            t["common_actors"],
            [t["actor"], t["actor_type"], t["promises_count"], *figures],
            2,
            [[line.name, type_word(line.kind, t), *_figures(line, t, True)] for line in overview.common_actors],
            None,
            t["common_none"],
        ),
    ]
    n = len(overview.promises)
    return OverviewDocument(
        lang=t.lang,
        generator=f"medlofte {__version__}",
        title=t["overview_title"].format(n=n),
        municipality=t["site_subtitle"].format(n=n),
        as_of=t["as_of"].format(date=t.date(overview.as_of)),
        summary=t["overview_summary"].format(
            promises=n,
            activities=overall.counts.total,
            done=overall.counts.done,
            share=t.percent(overall.counts.share_done),
            overdue=overall.overdue,
        ),
        tables=tables,
        published=t["published"].format(date=t.date(published)) if published else "",
    )


# ---------------------------------------------------------------------------------------
# The site: promises by municipality and year, each linked to the next


class SiteEntry(NamedTuple):
    """One promise on the site: its pages, what a search finds it by, and its neighbours in
    time (the same municipality and place, by period)."""

    info: PromiseInfo
    page: str  # relative to the site's root
    follow_up: str  # '' when nothing of it has been followed up
    words: str  # folded words a search matches
    previous: PromiseInfo | None = None
    next: PromiseInfo | None = None


def chain_key(item: PromiseInfo) -> tuple[str, str]:
    """Which promises follow one another from year to year: the same municipality and place
    (as rollover keeps them), whatever the title or the police area's name."""
    return fold(item.municipality), fold(item.place)


def linked(entries: list[SiteEntry]) -> list[SiteEntry]:
    """The entries with ``previous`` and ``next`` set, in the order of municipality, place
    and period."""
    ordered = sorted(
        entries,
        key=lambda e: (swedish_key(e.info.municipality), swedish_key(e.info.place), e.info.period_start, e.info.key),
    )
    chains: dict[tuple[str, str], list[int]] = {}
    for i, entry in enumerate(ordered):
        chains.setdefault(chain_key(entry.info), []).append(i)
    out = list(ordered)
    for members in chains.values():
        for i in members:
            own = ordered[i].info.period_start
            before = [ordered[j].info for j in members if ordered[j].info.period_start < own]
            after = [ordered[j].info for j in members if ordered[j].info.period_start > own]
            out[i] = ordered[i]._replace(
                previous=before[-1] if before and own else None, next=after[0] if after and own else None
            )
    return out


def search_words(data: Dataset, about: PromiseInfo) -> str:
    """Every word a search should find the promise by, folded without diacritics, once."""
    from medlofte.data.textfold import ascii_fold

    assert data.promise is not None
    texts = [about.title, about.municipality, about.place, about.police_area, about.period, str(about.year or "")]
    texts += [data.promise.subtitle or ""]
    texts += [area.name for area in data.areas]
    texts += [name for actor in data.registry.actors for name in (actor.name, actor.short or "")]
    texts += [activity.text for area in data.areas for activity in area.activities]
    words = _WORD.findall(ascii_fold(" ".join(texts)))
    return " ".join(dict.fromkeys(words))


_WORD = re.compile(r"[a-z0-9]+")
