"""Rendering a document view to Markdown and HTML with Jinja2, and HTML to PDF with WeasyPrint.

Rendering is a pure function from a view to a string; writing happens elsewhere. User
templates (``--templates``) always run in Jinja2's sandbox; HTML is autoescaped and every
value printed into Markdown is escaped for CommonMark.
"""

from __future__ import annotations

import functools
import importlib.resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from medlofte.choices import Report
from medlofte.errors import PdfUnavailable, TemplateProblem
from medlofte.messages import t
from medlofte.output import markdown
from medlofte.views.labels import Labels
from medlofte.views.look import PLAIN, Look

if TYPE_CHECKING:
    from medlofte.views.changetext import Run


def _default_templates() -> Path:
    return Path(str(importlib.resources.files("medlofte.output.templates")))


def _finalize_md(value: Any) -> Any:
    """Every value printed into Markdown is escaped; structure comes from the template (and
    from the ``links`` filter, whose result is escaped already)."""
    if isinstance(value, markdown.MarkdownText):
        return value
    return "" if value is None else markdown.escape(str(value))


def _finalize_html(value: Any) -> Any:
    return "" if value is None else value


def _html_links(text: object) -> Any:  # markupsafe.Markup
    """The text, escaped, with its http, https and mailto addresses as links."""
    from markupsafe import Markup, escape

    from medlofte.data.textblocks import runs

    plain = "" if text is None else str(text)
    if ":" not in plain:  # no address without its scheme's colon: the text alone, escaped
        return escape(plain)
    out = Markup("")
    for piece in runs(plain):
        if piece.url is None:
            out += escape(piece.text)
        else:
            out += Markup('<a href="{}">{}</a>').format(piece.url, piece.text)
    return out


def _md_links(text: object) -> markdown.MarkdownText:
    return markdown.with_links("" if text is None else str(text))


def _html_changes(runs: tuple[Run, ...], data_lang: str = "") -> Any:  # markupsafe.Markup
    from medlofte.output.changes import html_runs

    return html_runs(runs, data_lang)


def _md_changes(runs: tuple[Run, ...], data_lang: str = "") -> markdown.MarkdownText:
    from medlofte.output.changes import md_runs

    return markdown.MarkdownText(md_runs(runs))


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
    kind_of = SandboxedEnvironment if templates is not None else Environment
    environment = kind_of(
        loader=FileSystemLoader(search),
        autoescape=kind == "html",
        undefined=StrictUndefined,
        finalize=_finalize_html if kind == "html" else _finalize_md,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=templates is not None,
    )
    links = _html_links if kind == "html" else _md_links
    environment.filters["links"] = links  # addresses in a text become links
    environment.filters["link"] = links  # one address
    environment.filters["change_runs"] = _html_changes if kind == "html" else _md_changes  # a change's words
    environment.filters["scoped"] = _scoped  # a style sheet under one class (--fragment)
    environment.filters["css_data_uri"] = _css_data_uri
    return environment


def _scoped(css: object, scope: str) -> str:
    from medlofte.output.css import scope as scoped

    return scoped(str(css), scope)


def _css_data_uri(css: str) -> str:
    """A style sheet as a data: address, for a stylesheet link a page's body may hold."""
    import base64

    return "data:text/css;base64," + base64.b64encode(css.encode("utf-8")).decode("ascii")


def prepare_html(templates: list[str]) -> None:
    """The bundled HTML templates compiled now (before worker processes start, which
    inherit them) rather than in every worker."""
    environment = _environment("html", None)
    parts = [name for name in environment.list_templates() if name.startswith("_") and name.endswith(".html.j2")]
    parts += ["style.css", "site.css"]
    for name in [*templates, *parts]:
        environment.get_template(name)


def _render(
    kind: str, template: str, document: object, labels: Labels, templates: Path | None, look: Look | None = None, **extra: object
) -> str:
    import jinja2

    try:
        env = _environment(kind, templates)
        return str(env.get_template(template).render(doc=document, t=labels, look=look or PLAIN, **extra))
    except jinja2.TemplateSyntaxError as err:
        raise TemplateProblem(
            t(
                "template error: {value}:{lineno}: {message}",
                value=err.filename or err.name,
                lineno=err.lineno,
                message=err.message,
            )
        ) from err
    except jinja2.TemplateNotFound as err:
        raise TemplateProblem(t("template error: template not found: {name}", name=err.name)) from err
    except jinja2.TemplateError as err:
        raise TemplateProblem(t("template error: {template}: {value}", template=template, value=err.message or err)) from err
    except (TypeError, ValueError, AttributeError, KeyError, IndexError) as err:
        raise TemplateProblem(
            t("template error: {template}: {name__}: {err}", template=template, name__=type(err).__name__, err=err)
        ) from err


# The report a document is: its templates by format.
TEMPLATES = {
    Report.promise: {"md": "document.md.j2", "html": "document.html.j2"},
    Report.follow_up: {"md": "followup.md.j2", "html": "followup.html.j2"},
    Report.overview: {"md": "overview.md.j2", "html": "overview.html.j2"},
}


def to_markdown(document: object, labels: Labels, templates: Path | None = None, report: Report = Report.promise) -> str:
    return _render("md", TEMPLATES[report]["md"], document, labels, templates)


def to_html(
    document: object,
    labels: Labels,
    templates: Path | None = None,
    report: Report = Report.promise,
    nav: object = None,
    look: Look | None = None,
) -> str:
    """The report as one HTML file; ``nav`` (links with ``href``, ``text`` and ``current``)
    puts a site's navigation at the top of the page (medlofte site); with ``look.fragment``
    it is the document's body for another page."""
    if nav:
        return _render("html", TEMPLATES[report]["html"], document, labels, templates, look, nav=nav, many=True)
    return _render("html", TEMPLATES[report]["html"], document, labels, templates, look)


def to_html_page(template: str, view: object, labels: Labels, **extra: object) -> str:
    """Another page in the documents' look from a bundled template (the live preview's task
    lists, status and banner; the site's index), autoescaped like the documents."""
    return _render("html", template, view, labels, None, None, **extra)


def _weasyprint() -> Any:  # WeasyPrint has no type information
    """The WeasyPrint module, or why PDF output cannot be made here."""
    try:
        import weasyprint  # type: ignore[import-untyped]
    except ImportError as err:
        raise PdfUnavailable(
            t("PDF output needs WeasyPrint, an optional extra: pip install weasyprint (where medlofte is installed)")
        ) from err
    except OSError as err:  # installed, but the Pango library is missing
        raise PdfUnavailable(
            t("WeasyPrint cannot start: {err}. On Debian: apt-get install libpango-1.0-0 libpangoft2-1.0-0", err=err)
        ) from err
    return weasyprint


def require_pdf() -> None:
    """Fail early, before any work, when PDF output cannot be made here."""
    _weasyprint()


def _pdf_css(templates: Path | None) -> str:
    """The paged-media rules only the PDF gets (running header and footer, the contents'
    page numbers): ``pdf.css`` from the user's templates, else the bundled one."""
    for folder in (templates, _default_templates()):
        if folder is not None and (folder / "pdf.css").is_file():
            try:
                return (folder / "pdf.css").read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as err:
                raise TemplateProblem(f"template error: {folder / 'pdf.css'}: cannot read it: {err}") from err
    return ""


def to_pdf(html: str, templates: Path | None = None) -> bytes:
    """The same HTML as a PDF (A4 from the print CSS and ``pdf.css``), tagged as PDF/UA-1
    with its language and title, as screen readers need."""
    weasyprint = _weasyprint()
    sheets = [weasyprint.CSS(string=_pdf_css(templates))]
    pdf: bytes = weasyprint.HTML(string=html).write_pdf(stylesheets=sheets, pdf_variant="pdf/ua-1")
    return pdf
