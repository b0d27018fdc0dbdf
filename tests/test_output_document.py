"""`medlofte render`: the document's content, escaping, determinism, templates, outputs.

Golden files under tests/golden/ hold the expected Markdown and HTML; regenerate them with
``MEDLOFTE_UPDATE_GOLDEN=1 python -m pytest tests/test_render.py`` and review the diff.
"""

from __future__ import annotations

import itertools
import os
import sys
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from conftest import DATA
from examples import write_example
from htmlcheck import external_references, outline, tags, visible_text
from medlofte import api
from medlofte.cli import app
from test_seed import all_phrases, phrase

GOLDEN = Path(__file__).parent / "golden"


def rendered(data_dir: Path, fmt: str, **options: object) -> str:
    return api.render_document(api.load(data_dir), fmt, **options).decode("utf-8")  # type: ignore[arg-type]


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("MEDLOFTE_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8", newline="")
    assert text == path.read_text(encoding="utf-8"), f"{name} differs; see the module docstring to update"


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_example(tmp_path_factory.mktemp("example"))


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_bundled_document_matches_its_golden_file(fmt: str) -> None:
    check_golden(f"medborgarlofte-2023.{fmt}", rendered(DATA, fmt))


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_full_example_matches_its_golden_file(example: Path, fmt: str) -> None:
    check_golden(f"example-every-field.{fmt}", rendered(example, fmt, published=__import__("datetime").date(2017, 6, 1)))


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_the_shapes_example_matches_its_golden_file(tmp_path: Path, fmt: str) -> None:
    """The guide's example of every shape: groups by who promises and by place, the
    document's own order and headings, a period of years extended, links."""
    check_golden(f"example-shapes.{fmt}", rendered(write_example(tmp_path, "shapes"), fmt))


def test_english_labels_keep_the_data_swedish(example: Path) -> None:
    html = rendered(example, "html", lang="en")
    assert '<html lang="en">' in html
    assert '<h2 id="omraden">Problem areas and commitments</h2>' in html
    assert '<h1 lang="sv">Medborgarlöfte i Kungälv</h1>' in html
    check_golden("example-every-field.en.md", rendered(example, "md", lang="en"))


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_every_seed_phrase_is_in_the_visible_text(fmt: str) -> None:
    text = rendered(DATA, fmt)
    visible = visible_text(text) if fmt == "html" else " ".join(text.split())
    for words in all_phrases():
        assert phrase(words) in visible, words


def test_html_is_self_contained_and_well_formed() -> None:
    html = rendered(DATA, "html")
    assert html.startswith('<!DOCTYPE html>\n<html lang="sv">')
    assert external_references(html) == []
    assert not [t for t, _ in tags(html) if t in {"script", "link", "img", "iframe", "object"}]
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert "@page" in html
    assert "size: A4" in html


def test_heading_hierarchy_never_skips_a_level(example: Path) -> None:
    for data_dir in (DATA, example):
        levels = [level for level, _ in outline(rendered(data_dir, "html"))]
        assert levels.count(1) == 1
        assert levels[0] == 1
        assert all(b <= a + 1 for a, b in itertools.pairwise(levels))


def test_table_headers_have_scope() -> None:
    for tag, attributes in tags(rendered(DATA, "html")):
        if tag == "th":
            assert attributes.get("scope") in {"col", "row"}


def test_table_of_contents_links_resolve(example: Path) -> None:
    html = rendered(example, "html")
    ids = {a.get("id") for _, a in tags(html)}
    links = [a["href"] for t, a in tags(html) if t == "a" and a.get("href")]
    assert links
    assert all(link.startswith("#") and link[1:] in ids for link in links if link)


def test_sections_without_data_are_left_out(minimal: Path, example: Path) -> None:
    bare = [title for _, title in outline(rendered(minimal, "html"))]
    assert "Underskrifter" not in bare
    assert "Inledning" not in bare
    assert "I samarbete med" not in bare
    full = [title for _, title in outline(rendered(example, "html"))]
    for heading in (
        "Inledning",
        "Syfte",
        "Lägesbild",
        "Medborgardialog",
        "Det här ska vi åstadkomma tillsammans",
        "Uppföljning",
        "I samarbete med",
        "Underskrifter",
    ):
        assert heading in full
    assert "## Underskrifter" not in rendered(minimal, "md")


def test_rendering_is_deterministic_and_dated_only_on_request(example: Path) -> None:
    for fmt in ("md", "html"):
        assert rendered(example, fmt) == rendered(example, fmt)
        assert "Utgiven" not in rendered(example, fmt)
    assert "Utgiven 1 juni 2017" in rendered(example, "html", published=__import__("datetime").date(2017, 6, 1))


HOSTILE = [
    "<script>alert('x')</script>",
    "<img src=x onerror=alert(1)>",
    "# Inte en rubrik",
    "- inte en lista",
    "1. inte numrerad",
    "[länk](javascript:alert(1))",
    "[bild](data:text/html,x) file:///etc/passwd",
    "**fet** _kursiv_ `kod`",
    "| a | b |",
    "&amp; &lt;",
    "rad ett\n\n## rad två",
]


@pytest.fixture
def hostile(minimal: Path) -> Path:
    lines = "".join(f"      - {__import__('json').dumps(text, ensure_ascii=False)}\n" for text in HOSTILE)
    (minimal / "areas" / "01-trafik.yaml").write_text(
        'title: "<b>Trafik</b> # [x](y)"\ncommitments:\n  - actors: [Polisen, Kommunen]\n    activities:\n' + lines,
        encoding="utf-8",
    )
    return minimal


def test_html_shows_hostile_text_as_text(hostile: Path) -> None:
    html = rendered(hostile, "html")
    assert "<script>" not in html
    assert "<img" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    visible = visible_text(html)
    for text in HOSTILE:
        assert " ".join(text.split()) in visible


def test_markdown_shows_hostile_text_as_text(hostile: Path) -> None:
    md = rendered(hostile, "md")
    tokens = MarkdownIt("commonmark").parse(md)
    inline = [child for token in tokens if token.children for child in token.children]
    assert not [
        t.type
        for t in [*tokens, *inline]
        if t.type in {"html_block", "html_inline", "link_open", "image", "em_open", "code_inline"}
    ]
    headings = [
        "".join(c.content for c in tokens[i + 1].children or [] if c.type == "text")
        for i, t in enumerate(tokens)
        if t.type == "heading_open"
    ]
    assert headings == ["Medborgarlöfte 2025", "Problemområden och åtaganden", "1. <b>Trafik</b> # [x](y)", "Vem gör vad"]
    lists = [t for t in tokens if t.type in {"bullet_list_open", "ordered_list_open"}]
    assert len(lists) == 3  # the facts, the activities and the overview: none from the data
    html = MarkdownIt("commonmark").render(md)
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    plain = visible_text(html)
    for text in HOSTILE:
        assert " ".join(text.split()) in plain


@pytest.fixture
def linked(minimal: Path) -> Path:
    (minimal / "areas" / "01-trafik.yaml").write_text(
        "title: Trafik\ncommitments:\n  - actors: [Polisen]\n    activities:\n"
        "      - 'Läs [beslutet](https://example.com/beslut?a=1&b=2) och https://polisen.se/lokalt.'\n"
        "      - 'Skriv till mailto:kontakt@example.se, men [inte](javascript:alert(1)).'\n",
        encoding="utf-8",
    )
    return minimal


def test_http_https_and_mailto_addresses_become_links_in_markdown(linked: Path) -> None:
    md = rendered(linked, "md")
    tokens = MarkdownIt("commonmark").parse(md)
    links = [c.attrs["href"] for t in tokens for c in t.children or [] if c.type == "link_open"]
    assert links == ["https://example.com/beslut?a=1&b=2", "https://polisen.se/lokalt", "mailto:kontakt@example.se"]
    assert "[inte](javascript:alert(1))" in visible_text(MarkdownIt("commonmark").render(md))


def test_http_https_and_mailto_addresses_become_links_in_html(linked: Path) -> None:
    html = rendered(linked, "html")
    assert '<a href="https://example.com/beslut?a=1&amp;b=2">beslutet</a>' in html
    assert '<a href="https://polisen.se/lokalt">https://polisen.se/lokalt</a>.' in html
    assert '<a href="mailto:kontakt@example.se">mailto:kontakt@example.se</a>' in html
    assert "javascript" not in html.split("[inte]")[0].rsplit("<li>", 1)[-1]
    assert "[inte](javascript:alert(1))" in visible_text(html)


def test_invalid_data_is_refused_without_writing(runner: CliRunner, minimal: Path, tmp_path: Path) -> None:
    (minimal / "areas" / "01-trafik.yaml").write_text("titel: x\n", encoding="utf-8")
    result = runner.invoke(app, ["render", str(minimal), "--output", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stderr == f"medlofte: 2 problems found in {minimal.as_posix()} — run medlofte validate {minimal.as_posix()}\n"
    assert not (tmp_path / "out").exists()


def test_default_outputs_are_md_and_html_in_out(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["render", str(DATA)])
    assert result.exit_code == 0
    assert result.stderr == "Wrote out/medborgarlofte-2023.md\nWrote out/medborgarlofte-2023.html\n"
    assert (tmp_path / "out" / "medborgarlofte-2023.html").read_bytes() == api.render_document(api.load(DATA), "html")
    again = runner.invoke(app, ["render", str(DATA)])
    assert again.exit_code == 0
    (tmp_path / "out" / "medborgarlofte-2023.md").write_text("edited by hand\n", encoding="utf-8")
    refused = runner.invoke(app, ["render", str(DATA)])
    assert refused.exit_code == 2
    assert "Use --force" in refused.stderr
    assert (tmp_path / "out" / "medborgarlofte-2023.md").read_text(encoding="utf-8") == "edited by hand\n"


def test_output_file_directory_and_stdout(runner: CliRunner, tmp_path: Path, minimal: Path) -> None:
    single = tmp_path / "promise.html"
    assert runner.invoke(app, ["render", str(DATA), "-f", "html", "-o", str(single)]).exit_code == 0
    assert single.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    several = runner.invoke(app, ["render", str(DATA), str(minimal), "-f", "md", "-o", str(tmp_path / "all")])
    assert several.exit_code == 0
    # Both directories are called "data": the second folder gets a suffix.
    assert (tmp_path / "all" / "data" / "medborgarlofte-2023.md").is_file()
    assert (tmp_path / "all" / "data-2" / "medborgarlofte-2025.md").is_file()
    stdout = runner.invoke(app, ["render", str(DATA), "-f", "md", "-o", "-"])
    assert stdout.exit_code == 0
    assert stdout.stdout.startswith("# Medborgarlöfte 2023\n")
    both = runner.invoke(app, ["render", str(DATA), "-o", "-"])
    assert both.exit_code == 2


def test_an_output_file_name_must_fit_the_one_document(runner: CliRunner, tmp_path: Path) -> None:
    """render -o doc.html made a folder called doc.html when the formats did not fit."""
    both = runner.invoke(app, ["render", str(DATA), "-o", str(tmp_path / "doc.html")])
    assert both.exit_code == 2
    assert both.stderr == (
        "medlofte: --output doc.html names one file, but this writes 2 documents; "
        "give a folder, or one --format and one data directory.\n"
    )
    other = runner.invoke(app, ["render", str(DATA), "-f", "md", "-o", str(tmp_path / "doc.html")])
    assert other.exit_code == 2
    assert other.stderr == (
        "medlofte: --output doc.html does not fit --format md; name the file .md or choose the format of '.html' "
        "(md, html, pdf or docx).\n"
    )
    assert list(tmp_path.iterdir()) == []


def test_a_long_title_gives_a_file_name_the_file_system_takes(runner: CliRunner, minimal: Path, tmp_path: Path) -> None:
    """A title of 240 characters made a file name longer than 255 bytes: render failed."""
    promise = minimal / "promise.yaml"
    title = "Medborgarlöfte för trygghet och säkerhet i " * 6 + "2025"
    promise.write_text(promise.read_text(encoding="utf-8").replace("Medborgarlöfte 2025", title), encoding="utf-8")
    result = runner.invoke(app, ["render", str(minimal), "--report", "follow-up", "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.stderr
    names = sorted(p.name for p in (tmp_path / "out").iterdir() if not p.name.startswith("."))
    stem = "medborgarlofte-for-trygghet-och-sakerhet-i-medborgarlofte-for-trygghet-och-sakerhet-i-medborgarlofte"
    assert names == [f"{stem}-uppfoljning.html", f"{stem}-uppfoljning.md"]


def test_user_templates_override_and_run_sandboxed(runner: CliRunner, tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "document.md.j2").write_text("# {{ doc.title }} ({{ doc.areas|length }} områden)\n", encoding="utf-8")
    result = runner.invoke(app, ["render", str(DATA), "-f", "md", "-o", "-", "--templates", str(templates)])
    assert result.exit_code == 0
    assert result.stdout == "# Medborgarlöfte 2023 (9 områden)\n"
    html = runner.invoke(app, ["render", str(DATA), "-f", "html", "-o", "-", "--templates", str(templates)])
    assert html.stdout.startswith("<!DOCTYPE html>")  # not overridden: the bundled one

    (templates / "document.md.j2").write_text("{{ doc.__class__.__mro__[1].__subclasses__() }}\n", encoding="utf-8")
    unsafe = runner.invoke(app, ["render", str(DATA), "-f", "md", "-o", "-", "--templates", str(templates)])
    assert unsafe.exit_code == 3
    assert "template error" in unsafe.stderr
    assert "Traceback" not in unsafe.stderr

    (templates / "document.md.j2").write_text("line one\n{% for x in %}\n", encoding="utf-8")
    broken = runner.invoke(app, ["render", str(DATA), "-f", "md", "-o", "-", "--templates", str(templates)])
    assert broken.exit_code == 3
    assert "document.md.j2:2:" in broken.stderr

    (templates / "document.md.j2").write_text("{{ doc.no_such_field }}\n", encoding="utf-8")
    undefined = runner.invoke(app, ["render", str(DATA), "-f", "md", "-o", "-", "--templates", str(templates)])
    assert undefined.exit_code == 3
    assert "no_such_field" in undefined.stderr


def test_missing_template_directory_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["render", str(DATA), "--templates", str(tmp_path / "nope")])
    assert result.exit_code == 2


def test_pdf_without_weasyprint_says_how_to_install(runner: CliRunner, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "weasyprint", None)
    result = runner.invoke(app, ["render", str(DATA), "-f", "pdf", "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert "pip install weasyprint (where medlofte is installed)" in result.stderr
    assert not list(tmp_path.iterdir())


def test_templates_ship_inside_the_package() -> None:
    import importlib.resources

    names = {p.name for p in importlib.resources.files("medlofte.output.templates").iterdir()}
    assert {"document.html.j2", "document.md.j2", "style.css"} <= names
