"""The yearly document: a view of valid data, rendered by Jinja2 templates to Markdown and
HTML, and HTML to PDF through WeasyPrint.

Rendering is a pure function from data to a string; writing happens elsewhere.  Templates
always run in Jinja2's sandbox (the user may supply their own with ``--templates``); HTML is
autoescaped and every value printed into Markdown is escaped for CommonMark.
"""

from __future__ import annotations

import functools
import importlib.resources
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from medlofte import __version__, markdown
from medlofte.dataset import Dataset
from medlofte.labels import Labels
from medlofte.model import Activity, Goal, Promise, format_number
from medlofte.queries import Involvement, activities, involvement, swedish_key
from medlofte.schema import slugify

FORMATS = ("md", "html", "pdf")


class TemplateProblem(Exception):
    """A template could not be loaded or rendered (a configuration error, exit code 3)."""


class PdfUnavailable(Exception):
    """WeasyPrint is not installed."""


# ---------------------------------------------------------------------------------------
# The view: plain values the templates print without computing anything.


@dataclass(frozen=True)
class Fact:
    label: str
    value: str


def _line(facts: list[Fact]) -> str:
    return " · ".join(f"{f.label}: {f.value}" for f in facts)


@dataclass(frozen=True)
class ActivityView:
    text: str
    roles: list[Fact]  # who leads and who takes part, when it differs from the commitment
    facts: list[Fact]  # quantity, when, where …

    @property
    def lines(self) -> list[str]:
        """The details as plain lines, for Markdown."""
        return [_line(group) for group in (self.roles, self.facts) if group]


@dataclass(frozen=True)
class CommitmentView:
    title: str | None
    actors: str
    activities: list[ActivityView]


@dataclass(frozen=True)
class GoalView:
    text: str
    facts: list[Fact]

    @property
    def lines(self) -> list[str]:
        return [_line(self.facts)] if self.facts else []


@dataclass(frozen=True)
class AreaView:
    number: int
    anchor: str
    title: str
    place: str | None
    situation: list[markdown.Block]
    causes: list[str]
    goals: list[GoalView]
    commitments: list[CommitmentView]


@dataclass(frozen=True)
class OverviewRow:
    actor: str
    cells: list[str]  # "lead", "participant" or "" per area
    areas: list[tuple[str, str]]  # (title, "lead" or "participant") of the areas it takes part in


@dataclass(frozen=True)
class SignatureView:
    name: str
    title: str | None
    actor: str | None
    place_and_date: str | None

    @property
    def lines(self) -> list[str]:
        return [x for x in (self.title, self.actor, self.place_and_date) if x]


@dataclass(frozen=True)
class SectionView:
    anchor: str
    title: str
    blocks: list[markdown.Block]


@dataclass(frozen=True)
class TocEntry:
    anchor: str
    title: str
    children: list[TocEntry] = field(default_factory=list)


@dataclass(frozen=True)
class Document:
    lang: str
    file_stem: str
    title: str
    subtitle: str | None
    municipality: str
    place: str | None
    police_area: str | None
    period: str
    parties: str
    sections: list[SectionView]
    goals: list[GoalView]
    areas: list[AreaView]
    overview: list[OverviewRow]
    follow_up: list[markdown.Block]
    partners: list[str]
    signatures: list[SignatureView]
    adopted: str | None
    published: str | None
    generator: str
    toc: list[TocEntry]


FIXED_ANCHORS = ("innehall", "innehallet", "mal", "omraden", "oversikt", "uppfoljning", "samarbete", "underskrifter")


class _Anchors:
    """Unique, readable fragment identifiers that never clash with the fixed ones."""

    def __init__(self) -> None:
        self.used: set[str] = set(FIXED_ANCHORS)

    def __call__(self, text: str) -> str:
        base = slugify(text)
        anchor, n = base, 2
        while anchor in self.used:
            anchor, n = f"{base}-{n}", n + 1
        self.used.add(anchor)
        return anchor


def _text(value: int | float | str | None) -> str:
    if value is None:
        return ""
    return format_number(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else str(value)


def _goal(goal: Goal, labels: Labels) -> GoalView:
    unit = f" {goal.unit}" if goal.unit else ""
    facts = [
        ("indicator", goal.indicator or ""),
        ("baseline", _text(goal.baseline) + unit if goal.baseline is not None else ""),
        ("target", _text(goal.target) + unit if goal.target is not None else ""),
        ("source", goal.source or ""),
        ("outcome", _text(goal.outcome) + unit if goal.outcome is not None else ""),
        ("comment", goal.comment or ""),
    ]
    return GoalView(goal.text, [Fact(labels[k], v) for k, v in facts if v])


def activity_facts(activity: Activity, labels: Labels) -> list[Fact]:
    if activity.start and activity.end:
        dates = labels.period(activity.start, activity.end)
    else:
        single = activity.start or activity.end
        dates = labels.date(single) if single else ""
    facts = [
        ("quantity", activity.quantity.display(labels["at_least"]) if activity.quantity else ""),
        ("when", activity.when or ""),
        ("dates", dates),
        ("frequency", activity.frequency or ""),
        ("place", activity.place or ""),
        ("target_group", activity.target_group or ""),
    ]
    return [Fact(labels[k], v) for k, v in facts if v]


def _roles(inv: Involvement, commitment_actors: list[str], labels: Labels) -> list[Fact]:
    """The commitment's heading names who leads by default; say so only when it differs."""
    leads = [a.name for a in inv.leads]
    roles = []
    if leads != commitment_actors:
        roles.append(Fact(labels["lead"], labels.join(leads)))
    if inv.participants:
        roles.append(Fact(labels["participants"], labels.join([a.name for a in inv.participants])))
    return roles


def build(data: Dataset, labels: Labels, published: date | None = None) -> Document:
    """The document's content from valid data."""
    promise = data.promise
    assert promise is not None, "render only valid data"
    anchors = _Anchors()
    registry = data.registry

    areas: list[AreaView] = []
    for index, area in enumerate(data.areas):
        commitments = []
        for commitment in area.commitments:
            names = [a.name for a in registry.resolve(commitment.actors)]
            views = []
            for activity in commitment.activities:
                inv = involvement(registry, commitment, activity)
                views.append(ActivityView(activity.text, _roles(inv, names, labels), activity_facts(activity, labels)))
            commitments.append(CommitmentView(commitment.title, labels.join(names), views))
        areas.append(
            AreaView(
                number=index + 1,
                anchor=anchors(area.title),
                title=area.title,
                place=area.place,
                situation=markdown.blocks(area.situation or ""),
                causes=list(area.causes),
                goals=[_goal(g, labels) for g in area.goals],
                commitments=commitments,
            )
        )

    sections = _sections(promise, labels, anchors)
    goals = [_goal(g, labels) for g in promise.goals]
    document = Document(
        lang=labels.lang,
        file_stem=slugify(promise.title),
        title=promise.title,
        subtitle=promise.subtitle,
        municipality=promise.municipality,
        place=promise.place,
        police_area=promise.police_area,
        period=promise.period.label or labels.period(promise.period.start, promise.period.end),
        parties=labels.join([a.name for a in registry.resolve(promise.parties)]),
        sections=sections,
        goals=goals,
        areas=areas,
        overview=_overview(data),
        follow_up=markdown.blocks(promise.follow_up or ""),
        partners=[a.name for a in registry.resolve(promise.partners)],
        signatures=[_signature(s, registry, labels) for s in promise.signatures],
        adopted=labels["adopted"].format(by=promise.adopted.by, date=labels.date(promise.adopted.date))
        if promise.adopted and promise.adopted.date
        else None,
        published=labels["published"].format(date=labels.date(published)) if published else None,
        generator=f"medlofte {__version__}",
        toc=[],
    )
    return _with_toc(document, labels, anchors)


def _sections(promise: Promise, labels: Labels, anchors: _Anchors) -> list[SectionView]:
    out = []
    for key, text in (("intro", promise.intro), ("purpose", promise.purpose), ("situation", promise.situation)):
        if text:
            out.append(SectionView(anchors(labels[key]), labels[key], markdown.blocks(text)))
    for section in promise.sections:
        out.append(SectionView(anchors(section.title), section.title, markdown.blocks(section.text)))
    return out


def _signature(signature: Any, registry: Any, labels: Labels) -> SignatureView:
    actor = registry.get(signature.actor.text) if signature.actor else None
    when = labels.date(signature.date) if signature.date else None
    place_and_date = ", ".join(x for x in (signature.place, when) if x) or None
    return SignatureView(signature.name, signature.title, actor.name if actor else None, place_and_date)


def _overview(data: Dataset) -> list[OverviewRow]:
    """Actor × area: who leads and who takes part where, like the seed's lists."""
    marks: dict[str, dict[int, str]] = {}
    names: dict[str, str] = {}
    for index, _area, _commitment, _activity, inv in activities(data):
        for actor in inv.leads:
            names[actor.id] = actor.name
            marks.setdefault(actor.id, {})[index] = "lead"
        for actor in inv.participants:
            names[actor.id] = actor.name
            marks.setdefault(actor.id, {}).setdefault(index, "participant")
    rows = []
    for actor_id in sorted(marks, key=lambda i: swedish_key(names[i])):
        cells = [marks[actor_id].get(i, "") for i in range(len(data.areas))]
        rows.append(OverviewRow(names[actor_id], cells, [(a.title, cells[i]) for i, a in enumerate(data.areas) if cells[i]]))
    return rows


def _with_toc(document: Document, labels: Labels, anchors: _Anchors) -> Document:
    toc = [TocEntry(s.anchor, s.title) for s in document.sections]
    if document.goals:
        toc.append(TocEntry("mal", labels["joint_goals"]))
    if document.areas:
        toc.append(
            TocEntry("omraden", labels["areas_heading"], [TocEntry(a.anchor, f"{a.number}. {a.title}") for a in document.areas])
        )
    if document.overview:
        toc.append(TocEntry("oversikt", labels["overview"]))
    if document.follow_up:
        toc.append(TocEntry("uppfoljning", labels["follow_up"]))
    if document.partners:
        toc.append(TocEntry("samarbete", labels["partners"]))
    if document.signatures or document.adopted:
        toc.append(TocEntry("underskrifter", labels["signatures"]))
    return Document(**{**document.__dict__, "toc": toc})


# ---------------------------------------------------------------------------------------
# Templates


def _default_templates() -> Path:
    return Path(str(importlib.resources.files("medlofte.templates")))


def _finalize_md(value: Any) -> Any:
    """Every value printed into Markdown is escaped; structure comes from the template."""
    return "" if value is None else markdown.escape(str(value))


def _finalize_html(value: Any) -> Any:
    return "" if value is None else value


@functools.lru_cache(maxsize=8)
def _environment(kind: str, templates: Path | None) -> Any:
    """One environment per kind and template folder, kept for the process so templates are
    compiled once however many documents are rendered.

    With user templates (``--templates``) it is Jinja2's sandbox, for every template it
    loads; the bundled templates alone are our own code and run without the sandbox's
    per-attribute checks, which would cost most of the rendering time.
    """
    from jinja2 import Environment, FileSystemLoader, StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    search = [str(templates)] if templates else []
    search.append(str(_default_templates()))
    environment = SandboxedEnvironment if templates is not None else Environment
    return environment(
        loader=FileSystemLoader(search),
        autoescape=kind == "html",
        undefined=StrictUndefined,
        finalize=_finalize_html if kind == "html" else _finalize_md,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=templates is not None,
    )


def _render(kind: str, template: str, document: Any, labels: Labels, templates: Path | None) -> str:
    import jinja2

    try:
        env = _environment(kind, templates)
        return str(env.get_template(template).render(doc=document, t=labels))
    except jinja2.TemplateSyntaxError as err:
        raise TemplateProblem(f"{err.filename or err.name}:{err.lineno}: {err.message}") from err
    except jinja2.TemplateNotFound as err:
        raise TemplateProblem(f"template not found: {err.name}") from err
    except jinja2.TemplateError as err:
        raise TemplateProblem(f"{template}: {err.message or err}") from err
    except (TypeError, ValueError, AttributeError, KeyError, IndexError) as err:
        raise TemplateProblem(f"{template}: {type(err).__name__}: {err}") from err


# The report a document is: its templates by format.
TEMPLATES = {
    "promise": {"md": "document.md.j2", "html": "document.html.j2"},
    "follow-up": {"md": "followup.md.j2", "html": "followup.html.j2"},
}


def to_markdown(document: Any, labels: Labels, templates: Path | None = None, report: str = "promise") -> str:
    return _render("md", TEMPLATES[report]["md"], document, labels, templates)


def to_html(document: Any, labels: Labels, templates: Path | None = None, report: str = "promise") -> str:
    return _render("html", TEMPLATES[report]["html"], document, labels, templates)


def to_pdf(html: str) -> bytes:
    """The same HTML as a PDF (A4 from the print CSS)."""
    try:
        import weasyprint  # type: ignore[import-untyped]
    except ImportError as err:
        raise PdfUnavailable("PDF output needs WeasyPrint: pip install 'medlofte[pdf]'") from err
    except OSError as err:  # WeasyPrint installed, but Pango is missing
        raise PdfUnavailable(
            f"WeasyPrint cannot start ({err}); install Pango (Debian: apt-get install libpango-1.0-0 libpangoft2-1.0-0)"
        ) from err
    # PDF/UA-1: a tagged PDF with its language and title, as screen readers need.
    pdf: bytes = weasyprint.HTML(string=html).write_pdf(pdf_variant="pdf/ua-1")
    return pdf
