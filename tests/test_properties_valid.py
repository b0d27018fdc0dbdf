"""Property tests on valid data of any shape: every command that reads it finishes, and
its outputs stay well-formed, whatever the text, statuses, quantities and dates."""

from __future__ import annotations

import json
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from htmlcheck import visible_text
from medlofte import api
from medlofte.actions import rollover
from medlofte.data.model import Status
from medlofte.data.textblocks import blocks

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30).filter(lambda s: s.strip())
# A longer text: paragraphs, blank lines and '- ' list items in any mix.
LONG_TEXT = (
    st.lists(st.one_of(TEXT, TEXT.map(lambda s: "- " + s), st.just("")), min_size=1, max_size=6)
    .map("\n".join)
    .filter(lambda s: s.strip())
)
NAMES = ["Polisen", "Kommunen", "Skolan", "Räddningstjänsten", "Fastighetsbolagen"]


@st.composite
def activities(draw: st.DrawFn, start: date) -> Any:
    if draw(st.booleans()):
        return draw(TEXT)
    item: dict[str, Any] = {"text": draw(TEXT)}
    if draw(st.booleans()):
        item["lead"] = draw(st.sampled_from(NAMES))
    if draw(st.booleans()):
        item["quantity"] = draw(st.one_of(TEXT, st.fixed_dictionaries({"amount": st.integers(0, 10_000), "unit": TEXT})))
    if draw(st.booleans()):
        status = draw(st.sampled_from([s.value for s in Status]))
        item["status"] = status
        item["reason"] = draw(TEXT)
        item["result"] = draw(LONG_TEXT)
        item["achieved"] = draw(st.integers(0, 100))
        item["followed_up"] = (start + timedelta(days=draw(st.integers(0, 400)))).isoformat()
    if draw(st.booleans()):
        first = start + timedelta(days=draw(st.integers(0, 300)))
        item["start"] = first.isoformat()
        item["end"] = (first + timedelta(days=draw(st.integers(0, 300)))).isoformat()
    return item


@st.composite
def data_sets(draw: st.DrawFn) -> dict[str, Any]:
    start = date(2020, 1, 1) + timedelta(days=draw(st.integers(0, 2000)))
    titles = draw(st.lists(TEXT, min_size=1, max_size=4, unique_by=lambda s: " ".join(s.casefold().split())))
    areas = []
    for title in titles:
        commitments = [
            {
                "actors": draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=3, unique=True)),
                "activities": draw(st.lists(activities(start), min_size=1, max_size=4)),
            }
            for _ in range(draw(st.integers(1, 3)))
        ]
        areas.append(
            {
                "title": title,
                "situation": draw(LONG_TEXT),
                "commitments": commitments,
                "goals": [{"text": draw(TEXT), "outcome": 3}],
            }
        )
    promise = {
        "title": draw(TEXT),
        "municipality": draw(TEXT),
        "period": {"start": start.isoformat(), "end": (start + timedelta(days=draw(st.integers(1, 700)))).isoformat()},
        "parties": NAMES,
        "signatures": [{"name": draw(TEXT), "date": start.isoformat()}],
    }
    actors = [{"id": f"a{i}", "name": name} for i, name in enumerate(NAMES)]
    return {"promise": promise, "actors": {"actors": actors}, "areas": areas}


def write(target: Path, spec: dict[str, Any]) -> Path:
    (target / "areas").mkdir(parents=True)
    (target / "promise.yaml").write_text(yaml.safe_dump(spec["promise"], allow_unicode=True), encoding="utf-8")
    (target / "actors.yaml").write_text(yaml.safe_dump(spec["actors"], allow_unicode=True), encoding="utf-8")
    for index, area in enumerate(spec["areas"]):
        (target / "areas" / f"{index:02d}.yaml").write_text(yaml.safe_dump(area, allow_unicode=True), encoding="utf-8")
    return target


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data_sets())
def test_every_reader_of_valid_data_finishes(spec: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = write(Path(tmp) / "data", spec)
        data = api.load(root)
        assert data.ok, data.errors
        for report in ("promise", "follow-up"):
            md = api.render_document(data, "md", report=report).decode()
            assert not [t for t in MarkdownIt("commonmark").parse(md) if t.type in {"html_block", "html_inline"}]
            html = api.render_document(data, "html", report=report).decode()
            shown = " ".join(visible_text(html).split())
            for area in spec["areas"]:
                assert " ".join(area["title"].split()) in shown
                if report == "promise":  # every paragraph and list item of a longer text is shown
                    for block in blocks(area["situation"]):
                        for part in (block.text, *block.items):
                            assert " ".join(part.split()) in shown
        for actor in data.registry.actors:
            task_list = api.task_list(data, actor)
            for fmt in ("md", "csv", "excel", "table"):
                api.format_task_list(task_list, fmt)
            json.loads(api.format_task_list(task_list, "json"))
        api.status_report(data, date(2030, 1, 1))
        files, _, _ = rollover.rollover(data, root)
        rolled = Path(tmp) / "next"
        for relative, content in files.items():
            (rolled / relative).parent.mkdir(parents=True, exist_ok=True)
            (rolled / relative).write_bytes(content)
        assert api.load(rolled).ok
