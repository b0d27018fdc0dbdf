"""The live preview's pages and the parts put over them, on in-memory findings and the minimal data."""

from __future__ import annotations

import base64
import hashlib
import re
from datetime import date, datetime
from pathlib import Path

import pytest

from conftest import MINIMAL
from htmlcheck import external_references, outline, visible_text
from medlofte import api
from medlofte.data.findings import Finding, Loc
from medlofte.errors import TemplateProblem
from medlofte.output import preview
from medlofte.views.labels import Labels

SV, EN = Labels("sv"), Labels("en")
UNKNOWN = Finding("ML301", Loc("data/areas/01-trafik.yaml", 3, 14), "Unknown actor 'Polsen'.", "Did you mean 'Polisen'?")
LINES = {"data/areas/01-trafik.yaml": ["title: Trafik", "commitments:", "  - actors: [Polsen]"]}


def reader(path: str) -> list[str]:
    return LINES.get(path, [])


def warning() -> Finding:
    from medlofte.data.findings import RULES, Severity

    code = next(code for code, rule in RULES.items() if rule.severity is Severity.WARNING)
    return Finding(code, Loc("data/promise.yaml", 2, 1), "A warning.", "")


def test_no_findings_no_banner() -> None:
    assert preview.banner([], SV) is None
    assert preview.title_prefix([], SV) == ""


def test_an_error_is_shown_with_its_place_its_source_line_and_a_caret() -> None:
    shown = preview.banner([UNKNOWN], SV, good_at=datetime(2025, 5, 2, 14, 3, 12), reader=reader)
    assert shown is not None
    assert shown.heading == "Datan har 1 fel"
    assert shown.errors
    assert shown.problems == [
        preview.Problem(
            "data/areas/01-trafik.yaml:3:14",
            "error",
            "fel",
            "ML301",
            "Unknown actor 'Polsen'. Did you mean 'Polisen'?",
            "  3 |   - actors: [Polsen]\n    |              ^",
        )
    ]
    assert shown.stale == (
        "Sidan nedan är den senaste versionen utan fel, från kl. 14:03:12. "
        "Det du har ändrat sedan dess syns när felen är rättade."
    )
    assert preview.title_prefix([UNKNOWN], SV) == "(1 fel) "


def test_without_a_good_page_there_is_no_stale_mark_and_the_page_says_why() -> None:
    shown = preview.banner([UNKNOWN, UNKNOWN], EN, reader=reader)
    assert shown is not None
    assert shown.heading == "The data has 2 errors"
    assert shown.stale == ""
    assert preview.title_prefix([UNKNOWN, UNKNOWN], EN) == "(2 errors) "


def test_warnings_alone_keep_the_page_current() -> None:
    shown = preview.banner([warning()], SV, good_at=datetime(2025, 5, 2), reader=reader)
    assert shown is not None
    assert (shown.heading, shown.errors, shown.stale) == ("Datan har 1 varning", False, "")
    assert shown.problems[0].source == ""  # the file is not there: no excerpt, no crash
    assert preview.title_prefix([warning()], SV) == ""
    both = preview.banner([UNKNOWN, warning(), warning()], SV, reader=reader)
    assert both is not None
    assert both.heading == "Datan har 1 fel och 2 varningar"


def test_a_failed_build_is_an_error_of_its_own() -> None:
    shown = preview.banner([], EN, failure="template error: x", good_at=datetime(2025, 5, 2, 9, 0, 0))
    assert shown is not None
    assert (shown.heading, shown.failure, shown.errors) == ("The page could not be built", "template error: x", True)
    assert shown.stale.startswith("The page below is the last version without errors, from 09:00:00.")
    assert preview.title_prefix([], EN, "template error: x") == "(!) "


def test_many_findings_are_counted_after_the_first_hundred() -> None:
    shown = preview.banner([UNKNOWN] * 130, SV, reader=reader)
    assert shown is not None
    assert len(shown.problems) == preview.BANNER_LIMIT
    assert shown.more == "… och 30 till. Kommandot medlofte validate visar alla."


def test_the_banner_escapes_what_the_data_says() -> None:
    nasty = Finding("ML301", Loc("data/areas/<b>.yaml", 1, 1), "Unknown actor '<script>alert(1)</script>'.", "")
    top = preview.top(SV, preview.PROMISE, preview.banner([nasty], SV, reader=lambda _: ["actors: [<script>]"]))
    assert "<script>" not in top
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in top
    assert "data/areas/&lt;b&gt;.yaml:1:1" in top
    assert "  1 | actors: [&lt;script&gt;]" in top


def test_the_navigation_marks_the_current_page() -> None:
    top = preview.top(EN, preview.STATUS, None)
    assert visible_text(top) == "medlofte serve The promise Follow-up Status Tasks by actor"
    assert '<a href="/status" aria-current="page">Status</a>' in top
    assert top.count("aria-current") == 1
    assert "preview-banner" not in top


def test_findings_in_english_are_marked_as_english_in_a_swedish_page() -> None:
    top = preview.top(SV, preview.PROMISE, preview.banner([UNKNOWN], SV, reader=reader))
    assert "<span lang=\"en\">Unknown actor 'Polsen'. Did you mean 'Polisen'?</span>" in top.replace("&#39;", "'")
    assert ' lang="en"' not in preview.top(EN, preview.PROMISE, preview.banner([UNKNOWN], EN, reader=reader))


PAGE = """<!DOCTYPE html>
<html lang="sv">
<head>
<title>Löfte – Kommun</title>
</head>
<body>
<a class="skip-link" href="#innehallet">Hoppa till innehållet</a>
<main id="innehallet"><h1>Löfte</h1></main>
</body>
</html>
"""


def test_the_live_page_puts_its_parts_in_place_and_keeps_the_skip_link_first() -> None:
    page = preview.live_page(PAGE, "<!--head-->", "<!--top-->", "(1 fel) ")
    assert page == PAGE.replace("<title>", "<title>(1 fel) ").replace("</head>", "<!--head--></head>").replace(
        "Hoppa till innehållet</a>\n", "Hoppa till innehållet</a>\n<!--top-->"
    ).replace("</body>", f"<script>{preview.SCRIPT}</script>\n</body>")


def test_the_script_is_exactly_what_the_policy_allows() -> None:
    page = preview.live_page(PAGE, "", "")
    scripts = re.findall(r"<script>(.*?)</script>", page, re.DOTALL)
    assert len(scripts) == 1
    digest = base64.b64encode(hashlib.sha256(scripts[0].encode("utf-8")).digest()).decode()
    assert f"sha256-{digest}" == preview.SCRIPT_HASH
    assert 'new EventSource("/events")' in scripts[0]  # the same origin, nothing from outside


@pytest.mark.parametrize("broken", ["<html><body></body></html>", "<html><head></head></html>", "<body></body><head></head>"])
def test_a_page_without_head_or_body_is_a_template_problem(broken: str) -> None:
    with pytest.raises(TemplateProblem, match="needs </head>, <body> and </body>"):
        preview.live_page(broken, "", "")


def test_the_head_carries_the_build_and_the_style() -> None:
    head = preview.head("abc123", SV)
    assert head.startswith('<meta name="medlofte-build" content="abc123">\n<style>\n')
    assert ".preview-banner" in head


@pytest.fixture(scope="module")
def minimal() -> api.Dataset:
    return api.load(MINIMAL)


def test_a_task_list_page_holds_what_the_markdown_task_list_holds(minimal: api.Dataset) -> None:
    police = api.find_actor(minimal, "Polisen")
    page = preview.tasks_page(api.task_list(minimal, police), SV)
    assert outline(page) == [(1, "Polisen: uppgifter i Medborgarlöfte 2025"), (2, "Trafik")]
    assert visible_text(page) == (
        "Hoppa till innehållet Exempels kommun · 1 aktivitet i 1 problemområde "
        "Polisen: uppgifter i Medborgarlöfte 2025 Trafik minst 20 trafikkontroller Roll: ansvarig"
    )
    assert external_references(page) == []


def test_an_actor_without_tasks_says_so(tmp_path: Path) -> None:
    import shutil

    shutil.copytree(MINIMAL, tmp_path / "data")
    actors = tmp_path / "data" / "actors.yaml"
    actors.write_text(
        actors.read_text(encoding="utf-8") + "  - id: skolan\n    name: Skolan\n    type: school\n", encoding="utf-8"
    )
    data = api.load(tmp_path / "data")
    page = preview.tasks_page(api.task_list(data, api.find_actor(data, "Skolan")), EN)
    assert "Skolan has no tasks in Medborgarlöfte 2025." in visible_text(page)
    assert outline(page) == [(1, "Skolan: tasks in Medborgarlöfte 2025")]


def test_the_status_page_holds_the_counts_of_medlofte_status(minimal: api.Dataset) -> None:
    assert minimal.promise is not None
    page = preview.status_page(api.status_report(minimal, date(2025, 6, 1)), minimal.promise, SV)
    text = visible_text(page)
    assert outline(page) == [
        (1, "Uppföljning av Medborgarlöfte 2025"),
        (2, "Per problemområde"),
        (2, "Per aktör"),
        (2, "Försenade"),
        (2, "Ej uppföljda"),
    ]
    assert "Läget den 1 juni 2025" in text
    assert "Trafik 2 0 0 0 0 0 0 2 0 % Totalt 2 0 0 0 0 0 0 2 0 %" in text  # the same rows as the Markdown
    assert "Inga försenade aktiviteter." in text
    assert "minst 20 trafikkontroller Trafik" in text


def test_the_actors_page_links_every_task_list(minimal: api.Dataset) -> None:
    assert minimal.promise is not None
    lists = [api.task_list(minimal, actor) for actor in minimal.registry.actors]
    page = preview.actors_page(lists, minimal.promise, SV)
    assert '<a href="/actors/polisen">Polisen</a>' in page
    assert '<a href="/actors/exempels-kommun">Exempels kommun</a>' in page
    assert "Polisen 1 aktivitet i 1 problemområde" in visible_text(page)


def test_actor_routes_are_one_quoted_segment() -> None:
    assert preview.actor_route("polisen") == "/actors/polisen"
    assert preview.actor_route("a/../b c") == "/actors/a%2F..%2Fb%20c"


def test_the_status_page_shows_what_changed_since_the_last_round(tmp_path: Path) -> None:
    import shutil

    shutil.copytree(MINIMAL, tmp_path / "data")
    area = tmp_path / "data" / "areas" / "01-trafik.yaml"
    area.write_text(
        area.read_text(encoding="utf-8").replace(
            "      - minst 20 trafikkontroller\n",
            "      - text: minst 20 trafikkontroller\n        status: done\n        followed_up: 2025-09-01\n"
            "        history:\n          - date: 2025-06-01\n            status: ongoing\n",
        ),
        encoding="utf-8",
    )
    data = api.load(tmp_path / "data")
    assert data.errors == []
    assert data.promise is not None
    report = api.status_report(data, date(2025, 10, 1))
    page = preview.status_page(report, data.promise, SV)
    assert (2, "Ändrat sedan förra uppföljningen") in outline(page)
    markdown = api.format_status(report, data.promise.title, "md")
    moved = next(line for line in markdown.splitlines() if line.startswith("- minst 20 trafikkontroller (Trafik): "))
    assert f"minst 20 trafikkontroller Trafik: {moved.split('(Trafik): ')[1]}" in visible_text(page)
