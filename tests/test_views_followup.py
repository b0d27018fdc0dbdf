"""`medlofte render --report follow-up`: per area the promised activities with status,
results, promised against achieved, reasons, goal outcomes and an accessible status chart.
Golden files: tests/golden/*-uppfoljning.* (MEDLOFTE_UPDATE_GOLDEN=1 to regenerate)."""

from __future__ import annotations

import itertools
import re
from datetime import date
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from conftest import DATA, FOLLOWED_UP
from htmlcheck import external_references, outline, tags, visible_text
from medlofte import api
from medlofte.cli import app
from test_output_document import check_golden
from test_seed import all_phrases, phrase


def report(data_dir: Path, fmt: str, **options: object) -> str:
    return api.render_document(api.load(data_dir), fmt, report="follow-up", **options).decode("utf-8")  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_follow_up_matches_its_golden_file(fmt: str) -> None:
    check_golden(f"medborgarlofte-2023-uppfoljning.{fmt}", report(FOLLOWED_UP, fmt, published=date(2024, 1, 15)))


def test_follow_up_holds_statuses_results_quantities_and_reasons() -> None:
    text = visible_text(report(FOLLOWED_UP, "html"))
    assert "8 av 20 aktiviteter är genomförda, 42 % av de 19 som inte ställdes in." in text  # visible_text folds spaces
    assert "anordna städdagar genomförd Utlovat: minst 4 städdagar · Uppnått: 6" in text
    assert "trafikkontroller genomförd Ansvarig: Polisen · Utlovat: minst 20 trafikkontroller · Uppnått: 40" in text
    assert "Orsak: Det saknades rättsligt stöd för att debitera enskilda boende." in text
    assert "Utgångsläge: 62 procent · Målvärde: 50 procent · Källa: Polisens trygghetsmätning · Utfall: 54 procent" in text
    for words in all_phrases():
        assert phrase(words) in text


def test_what_was_not_done_is_listed_with_its_reason() -> None:
    html = report(FOLLOWED_UP, "html")
    section = html[html.index('id="ej-genomfort"') :]
    items = re.findall(r"<li>(.*?)</li>", section, flags=re.S)
    assert len(items) == 6  # 2 not done, 3 partly done, 1 cancelled
    assert all("Orsak:" in item for item in items)


def test_each_area_has_a_chart_with_a_text_alternative() -> None:
    html = report(FOLLOWED_UP, "html")
    svgs = [a for t, a in tags(html) if t == "svg"]
    assert len(svgs) == 1 + 9
    assert all(a.get("role") == "img" and a.get("aria-labelledby") for a in svgs)
    assert (
        '<title id="diagram-nedskrapning">Nedskräpning: 2 Genomförd, 1 Delvis genomförd, 1 Pågående, 1 Ej genomförd</title>'
        in html
    )
    assert "Genomförd: 2" in visible_text(html)  # the legend says it in words too
    assert external_references(html) == []


def test_heading_levels_and_structure() -> None:
    levels = [level for level, _ in outline(report(FOLLOWED_UP, "html"))]
    assert levels.count(1) == 1
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels))


def test_markdown_follow_up_is_commonmark_without_html() -> None:
    md = report(FOLLOWED_UP, "md")
    tokens = MarkdownIt("commonmark").parse(md)
    assert not [t for t in tokens if t.type in {"html_block", "html_inline"}]
    assert "- anordna städdagar — **genomförd**\\\n  Utlovat: minst 4 städdagar · Uppnått: 6" in md


def test_promise_without_follow_up_says_not_followed_up() -> None:
    text = visible_text(report(DATA, "html"))
    assert "0 av 20 aktiviteter är genomförda (0 %)." in text
    assert "Ej uppföljd: 20" in text


def test_cli_names_the_follow_up_files(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["render", str(FOLLOWED_UP), "--report", "follow-up", "-o", str(tmp_path)])
    assert result.exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == [
        "medborgarlofte-2023-uppfoljning.html",
        "medborgarlofte-2023-uppfoljning.md",
    ]


def test_the_follow_up_report_is_the_whole_published_page(tmp_path: Path) -> None:
    """It keeps the promise's own texts in the document's order, under its headings, and
    its own title when the document has one."""
    root = tmp_path / "data"
    (root / "areas").mkdir(parents=True)
    (root / "promise.yaml").write_text(
        "title: Medborgarlöftet Kungälv 2020–2021\nmunicipality: Kungälvs kommun\nperiod: {start: 2020, end: 2021}\n"
        "parties: [Polisen]\nintro: Sammanfattning medborgarlöfte Kungälv 2020–2021.\n"
        "headings: {intro: false, follow_up_title: Uppföljning medborgarlöftet Kungälv 2020-2021, promises: false}\n",
        encoding="utf-8",
    )
    (root / "actors.yaml").write_text("actors:\n  - {id: polisen, name: Polisen, short: Polis}\n", encoding="utf-8")
    (root / "areas" / "a.yaml").write_text(
        "kind: list\nintro: Polisen lovade närvaro.\ncommitments:\n  - actors: Polisen\n    activities:\n"
        "      - {text: Vi kommer att öka närvaron. (Polis), status: done, result: Polis har uppfyllt sitt löfte.}\n",
        encoding="utf-8",
    )
    data = api.load(root)
    assert data.errors == []
    md = api.render_document(data, "md", report="follow-up").decode()
    visible = " ".join(visible_text(MarkdownIt("commonmark").render(md)).split())
    order = [
        "Uppföljning medborgarlöftet Kungälv 2020-2021",
        "Sammanfattning medborgarlöfte Kungälv 2020–2021.",
        "Polisen lovade närvaro.",
        "Vi kommer att öka närvaron. (Polis)",
        "Polis har uppfyllt sitt löfte.",
    ]
    positions = [visible.find(text) for text in order]
    assert -1 not in positions
    assert positions == sorted(positions)
    assert md.startswith("# Uppföljning medborgarlöftet Kungälv 2020-2021\n")
