"""Every view of every fixture, whole: the follow-up report, each actor's task list and
follow-up form rows, and the status, for the bundled data, the followed-up fixture and the
ten published promises. A change to any of them shows here as a diff to read
(``MEDLOFTE_UPDATE_GOLDEN=1`` rewrites tests/golden/views/ after an intended change)."""

from __future__ import annotations

import dataclasses
import json
import os
from datetime import date

import pytest

from conftest import ROOT
from medlofte import api
from medlofte.views.forms import build as form_view
from medlofte.views.labels import Labels

GOLDEN = ROOT / "tests" / "golden" / "views"
PUBLISHED = ROOT / "tests" / "fixtures" / "published"
FOLDERS = {
    "seed": ROOT / "data",
    "followed-up": ROOT / "tests" / "fixtures" / "followed-up",
    **{p.name: p / "data" for p in sorted(PUBLISHED.iterdir())},
}
AS_OF = date(2024, 6, 1)


def _plain(value: object) -> object:
    """A view as JSON: dataclasses and named tuples as objects, dates as ISO text."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple) and hasattr(value, "_asdict"):
        return {k: _plain(v) for k, v in value._asdict().items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(getattr(value, "value", value))


@pytest.mark.parametrize("name", sorted(FOLDERS))
def test_every_view_of_a_fixture_whole(name: str) -> None:
    data = api.load_valid(FOLDERS[name])
    assert data.promise is not None
    labels = Labels("sv")
    shown: dict[str, object] = {
        "follow-up.md": api.render_document(data, "md", report="follow-up", published=AS_OF).decode("utf-8"),
        "status.json": json.loads(api.format_status(api.status_report(data, AS_OF), data.promise.title, "json")),
        "status.md": api.format_status(api.status_report(data, AS_OF), data.promise.title, "md"),
    }
    for summary in api.actor_summaries(data):
        actor = api.find_actor(data, summary.actor.id)
        tasks = api.task_list(data, actor)
        shown[f"actor {actor.id}"] = {
            "tasks.md": api.format_task_list(tasks, "md"),
            "tasks.json": json.loads(api.format_task_list(tasks, "json")),
            "form": _plain(form_view(data, tasks, labels)),
            "status.json": json.loads(api.format_status(api.status_report(data, AS_OF, actor), actor.name, "json")),
        }
    text = json.dumps(shown, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    golden = GOLDEN / f"{name}.json"
    if os.environ.get("MEDLOFTE_UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")
