"""The preview's builds, from real data folders: the same document as render, the last good
pages kept while the data has errors, and the folder never written."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from conftest import MINIMAL
from medlofte import api
from medlofte.output import preview
from medlofte.server.site import Builder, Site
from medlofte.views.labels import Labels

TRAFFIC = "areas/09-trafik.yaml"
BANNER = '<section class="preview-banner'
STALE = '<aside class="preview-stale"'
SEED_ROUTES = {
    "/",
    "/follow-up",
    "/status",
    "/actors",
    *(
        f"/actors/{i}"
        for i in (
            "polisen",
            "malmo-stad",
            "miljoforvaltningen",
            "fastighets-och-gatukontoret",
            "grundskoleforvaltningen",
            "socialtjansten",
            "fritidsforvaltningen",
            "raddningstjansten",
            "fastighetsbolagen",
            "civilsamhallet",
        )
    ),
}


def clock() -> datetime:
    return datetime(2025, 5, 2, 14, 3, 12)


def page(site: Site, route: str = "/") -> str:
    return site.pages[route].decode("utf-8")


def without_preview(html: str, site: Site, route: str, labels: Labels, prefix: str = "") -> str:
    """The page as render writes it: the preview's parts taken out again."""
    builder_top = preview.top(labels, route, None)
    html = html.replace(preview.head(site.token, labels), "", 1).replace(builder_top, "", 1)
    html = html.replace(f"<script>{preview.SCRIPT}</script>\n", "", 1)
    return html.replace(f"<title>{prefix}", "<title>", 1)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_every_page_of_valid_data_and_the_same_documents_as_render(seed: Path) -> None:
    labels = Labels("sv")
    site = Builder(seed, now=clock).build()
    assert set(site.pages) == SEED_ROUTES
    assert site.summary == "Checked 11 files in 1 data directory: no problems found."
    data = api.load(seed)
    for route, report in (("/", "promise"), ("/follow-up", "follow-up")):
        rendered = api.render_document(data, "html", report=report).decode("utf-8")
        assert without_preview(page(site, route), site, route, labels) == rendered
    assert BANNER not in page(site)
    assert STALE not in page(site)


def test_the_preview_shows_the_theme_as_render_does(seed: Path) -> None:
    with (seed / "promise.yaml").open("a", encoding="utf-8") as promise:
        promise.write("theme:\n  colour: '#00594f'\n  footer: Malmö stad · malmo.se/trygghet\n")
    labels = Labels("sv")
    site = Builder(seed, now=clock).build()
    rendered = api.render_document(api.load(seed), "html").decode("utf-8")
    assert '<p class="theme-footer">Malmö stad · malmo.se/trygghet</p>' in rendered
    assert without_preview(page(site, "/"), site, "/", labels) == rendered


def test_english_labels(seed: Path) -> None:
    site = Builder(seed, "en", now=clock).build()
    data = api.load(seed)
    rendered = api.render_document(data, "html", lang="en").decode("utf-8")
    assert without_preview(page(site), site, "/", Labels("en")) == rendered
    assert "Tasks by actor" in page(site, "/actors")


def test_an_error_shows_over_the_last_good_page_until_it_is_fixed(seed: Path) -> None:
    builder = Builder(seed, now=clock)
    good = builder.build()
    area = seed / TRAFFIC
    original = area.read_text(encoding="utf-8")
    area.write_text(original.replace("actors: [Polisen,", "actors: [Polsen,"), encoding="utf-8")

    broken = builder.build()
    assert broken.token != good.token
    assert set(broken.pages) == SEED_ROUTES  # the last good pages, every one of them
    html = page(broken)
    assert f"{seed.as_posix()}/{TRAFFIC}:4:14" in html
    assert "Unknown actor &#39;Polsen&#39;. Did you mean &#39;Polisen&#39;?" in html
    assert "  4 |   - actors: [Polsen, Fastighets- och gatukontoret, Socialtjänsten]\n    |              ^" in html
    assert "<strong>Inte aktuell.</strong> Sidan nedan är den senaste versionen utan fel, från kl. 14:03:12." in html
    assert "<title>(1 fel) Medborgarlöfte 2023 – Malmö stad</title>" in html
    assert broken.summary == "Checked 11 files in 1 data directory: 1 error."
    # the document under the banner is the last good one, unchanged
    labels = Labels("sv")
    top = preview.top(labels, "/", preview.banner(api.load(seed).findings, labels, good_at=clock()))
    rendered = without_preview(page(good), good, "/", labels)
    assert html == preview.live_page(rendered, preview.head(broken.token, labels), top, "(1 fel) ")

    area.write_text(original.replace("trafikkontroller", "fler trafikkontroller"), encoding="utf-8")
    fixed = builder.build()
    assert BANNER not in page(fixed)
    assert STALE not in page(fixed)
    assert "fler trafikkontroller" in page(fixed)
    assert "fler trafikkontroller" in page(fixed, "/actors/polisen")


def test_the_same_data_is_the_same_build(seed: Path) -> None:
    builder = Builder(seed, now=clock)
    assert builder.build().token == builder.build().token
    (seed / TRAFFIC).write_bytes((seed / TRAFFIC).read_bytes())  # saved without a change
    assert builder.build().token == Builder(seed, now=clock).build().token


def test_broken_from_the_start_shows_the_findings_and_nothing_else(tmp_path: Path) -> None:
    shutil.copytree(MINIMAL, tmp_path / "data")
    (tmp_path / "data" / "promise.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    site = Builder(tmp_path / "data", now=clock).build()
    assert set(site.pages) == {"/", "/follow-up", "/status", "/actors"}
    html = page(site)
    assert "Det finns ingen version utan fel att visa än. Rätta felen ovan och spara." in html
    assert STALE not in html
    assert f"{(tmp_path / 'data').as_posix()}/promise.yaml:" in html
    assert site.summary.endswith("1 error.")


def test_warnings_are_shown_over_a_current_page(tmp_path: Path) -> None:
    shutil.copytree(MINIMAL, tmp_path / "data")
    actors = tmp_path / "data" / "actors.yaml"
    actors.write_text(
        actors.read_text(encoding="utf-8") + "  - id: skolan\n    name: Skolan\n    type: school\n", encoding="utf-8"
    )
    site = Builder(tmp_path / "data", now=clock).build()
    html = page(site)
    assert "Datan har 1 varning" in html
    assert STALE not in html
    assert "/actors/skolan" in site.pages


def test_unknown_pages_have_a_page_of_their_own(seed: Path) -> None:
    site = Builder(seed, now=clock).build()
    missing = site.missing.decode("utf-8")
    assert "<h1>Sidan finns inte</h1>" in missing
    assert "<script>" in missing  # it reloads like the others, so a page that comes back shows


def test_a_removed_folder_is_findings_not_a_crash(seed: Path) -> None:
    builder = Builder(seed, now=clock)
    builder.build()
    shutil.rmtree(seed)
    site = builder.build()
    assert "The promise file is missing." in page(site)
    assert STALE in page(site)


def test_building_never_writes_into_the_data_folder(seed: Path) -> None:
    before = snapshot(seed)
    builder = Builder(seed, now=clock)
    builder.build()
    (seed / TRAFFIC).write_text("title: [\n", encoding="utf-8")
    builder.build()
    after = snapshot(seed)
    assert after.keys() == before.keys()
    assert {k for k in after if after[k] != before[k]} == {TRAFFIC}
