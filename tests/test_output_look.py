"""The look of a document apart from its content: the municipality's theme (in promise.yaml
or a theme file), the draft's mark on every page, and the fragment for a web publishing
system with its styles scoped so that it does not change the page it is put in."""

from __future__ import annotations

import base64
import re
import shutil
from datetime import date
from pathlib import Path

from typer.testing import CliRunner

from conftest import DATA, FOLLOWED_UP, ROOT
from htmlcheck import outline, tags
from medlofte import api
from medlofte.cli import app
from medlofte.output.css import scope, selectors

THEME = ROOT / "tests" / "fixtures" / "theme"


def _fragment_css(html: str) -> str:
    [href] = [a["href"] for tag, a in tags(html) if tag == "link" and a.get("rel") == "stylesheet"]
    assert href is not None
    assert href.startswith("data:text/css;base64,")
    return base64.b64decode(href.split(",", 1)[1]).decode("utf-8")


def test_scope_puts_every_rule_under_the_class_and_leaves_out_page() -> None:
    css = """/* a comment { } */
:root { --ink: #111; }
html, body { margin: 0; }
body.wide > p { color: red; }
*, *::before { box-sizing: border-box; }
@media print { h2, .toc a { break-after: avoid; } @page { size: A4; } }
@page { size: A4; @bottom-right { content: counter(page); } }
a:focus-visible { outline: 3px solid #ffbf47; }
"""
    assert scope(css, "doc") == (
        ".doc { --ink: #111; }\n"
        ".doc, .doc { margin: 0; }\n"
        ".doc.wide > p { color: red; }\n"
        ".doc *, .doc *::before { box-sizing: border-box; }\n"
        "@media print {\n.doc h2, .doc .toc a { break-after: avoid; }\n}\n"
        ".doc a:focus-visible { outline: 3px solid #ffbf47; }\n"
    )


def test_the_fragment_is_the_body_only_and_no_selector_of_its_css_is_global() -> None:
    html = api.render_document(api.load(DATA), "html", fragment=True).decode("utf-8")
    assert html.startswith('<div class="medlofte-doc" lang="sv">\n<link rel="stylesheet" href="data:text/css;base64,')
    assert html.endswith("</div>\n")
    assert not re.search(r"<!DOCTYPE|<(?:html|head|body|main|title|meta|style)\b", html, re.I)
    css = _fragment_css(html)
    found = selectors(css)
    assert len(found) > 100
    assert [s for s in found if not s.startswith(".medlofte-doc")] == []
    assert "@page" not in css
    whole = api.render_document(api.load(DATA), "html").decode("utf-8")
    assert outline(html) == outline(whole)  # the same document: only its frame differs


def test_the_follow_up_fragment_too(tmp_path: Path, runner: CliRunner) -> None:
    target = tmp_path / "uppfoljning.html"
    args = ["render", str(FOLLOWED_UP), "--report", "follow-up", "-f", "html", "--fragment", "-o", str(target)]
    result = runner.invoke(app, args)
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", f"Wrote {target.as_posix()}\n")
    html = target.read_text(encoding="utf-8")
    assert html.startswith('<div class="medlofte-doc"')
    assert [s for s in selectors(_fragment_css(html)) if not s.startswith(".medlofte-doc")] == []


def test_a_fragment_is_html_only(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["render", str(DATA), "-f", "md", "--fragment", "-o", str(tmp_path)])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == "medlofte: --fragment is the body of an HTML page; give --format html alone.\n"
    assert list(tmp_path.iterdir()) == []


def test_a_theme_in_promise_yaml_gives_logo_colours_footer_and_printed_parties(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    shutil.copy(THEME / "logo.svg", data / "logo.svg")
    with (data / "promise.yaml").open("a", encoding="utf-8") as promise:
        promise.write(
            "theme:\n"
            "  logo: logo.svg\n"
            "  colour: '#00594F'\n"
            "  light_colour: '#e6f0ee'\n"
            "  footer: Malmö stad · malmo.se/trygghet\n"
            "  parties: [Polisen i Malmö Norr, Malmö stad]\n"
        )
    loaded = api.load(data)
    assert loaded.findings == []
    html = api.render_document(loaded, "html").decode("utf-8")
    svg = base64.b64encode((THEME / "logo.svg").read_bytes()).decode("ascii")
    assert f'<img class="logo" src="data:image/svg+xml;base64,{svg}" alt="Malmö stad">' in html
    assert ":root { --accent: #00594f; --lead: #00594f; --accent-soft: #e6f0ee; }\n</style>" in html
    assert '<p class="theme-footer">Malmö stad · malmo.se/trygghet</p>' in html
    assert "<dd>Polisen i Malmö Norr och Malmö stad</dd>" in html
    assert "<dd>Polisen och Malmö stad</dd>" not in html


def test_a_theme_file_replaces_the_one_in_promise_yaml(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "x.html"
    result = runner.invoke(app, ["render", str(DATA), "-f", "html", "--theme", str(THEME / "theme.yaml"), "-o", str(target)])
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", f"Wrote {target.as_posix()}\n")
    html = target.read_text(encoding="utf-8")
    assert 'alt="Malmö stad">' in html
    assert "<dd>Polisen, lokalpolisområde Malmö Norr och Malmö stad, stadsområdesförvaltning Norr</dd>" in html


def test_a_theme_file_with_problems_is_refused_with_them(runner: CliRunner, tmp_path: Path) -> None:
    theme = tmp_path / "theme.yaml"
    theme.write_text("logo: saknas.png\ncolour: '#fc0'\nfärg: '#000000'\n", encoding="utf-8")
    result = runner.invoke(app, ["render", str(DATA), "-f", "html", "--theme", str(theme), "-o", str(tmp_path / "out")])
    assert (result.exit_code, result.stdout) == (1, "")
    shown = theme.as_posix()
    assert result.stderr == (
        f"medlofte: the theme file {shown} has problems:\n"
        f"{shown}:1:7: error [ML119] The logo '{(tmp_path / 'saknas.png').as_posix()}' cannot be read: No such file or "
        "directory. Give the path of a PNG, JPEG, GIF, WebP or SVG file of at most 1 MB, relative to the folder of this file.\n"
        f"{shown}:2:9: error [ML211] '#fc0' is not a colour written as #rrggbb. Write the colour as # and six hexadecimal "
        'digits, in quotes, e.g. "#00558c" (the municipality\'s graphic profile gives it).\n'
        f"{shown}:3:1: error [ML201] Unknown key 'färg' in the theme file. Did you mean 'colour'? "
        "Allowed keys: logo, logo_text, colour, light_colour, footer, parties.\n"
        "Checked 1 file in 1 data directory: 3 errors.\n"
    )
    assert not (tmp_path / "out").exists()


def test_a_draft_is_marked_with_its_date(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["render", str(DATA), "-f", "html", "--draft", "--date", "2026-12-02", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    html = (tmp_path / "medborgarlofte-2023.html").read_text(encoding="utf-8")
    assert '<div class="draft-watermark" data-mark="UTKAST" aria-hidden="true"></div>' in html
    assert (
        '<p class="draft-banner"><strong class="draft-mark">Utkast 2 december 2026</strong> Ett utkast, inte fastställt.</p>'
        in html
    )
    plain = api.render_document(api.load(DATA), "html").decode("utf-8")
    assert "draft-mark" not in plain.split("</style>")[1]


def test_a_draft_without_a_date_is_dated_today(tmp_path: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["render", str(DATA), "-f", "html", "--draft", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    html = (tmp_path / "medborgarlofte-2023.html").read_text(encoding="utf-8")
    today = date.today()
    months = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober"]
    months += ["november", "december"]
    assert f"Utkast {today.day} {months[today.month - 1]} {today.year}</strong>" in html
