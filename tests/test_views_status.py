"""Follow-up: counts, overdue and never followed up, and `medlofte status`."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import FOLLOWED_UP
from medlofte import api
from medlofte.cli import app
from medlofte.data.model import Activity, ActivityKind, PartialDate, Status
from medlofte.views.status import count, is_overdue, status_report

AS_OF = "2024-01-15"


def test_counts_and_share_done_leave_out_the_cancelled() -> None:
    activities = [
        Activity("a", status=Status.DONE),
        Activity("b", status=Status.CANCELLED),
        Activity("c"),
        Activity("d", status=Status.ONGOING),
    ]
    counts = count(activities)
    assert counts.total == 4
    assert counts.by_status == {
        "planned": 0, "ongoing": 1, "done": 1, "partly-done": 0, "not-done": 0, "cancelled": 1,
        "reported": 0, "not-followed-up": 1,
    }  # fmt: skip
    assert counts.share_done == pytest.approx(1 / 3)
    assert count([]).share_done is None
    assert count([Activity("x", status=Status.CANCELLED)]).share_done is None


@pytest.mark.parametrize(
    ("activity", "overdue"),
    [
        (Activity("a", end=date(2024, 1, 10)), True),
        (Activity("a", end=date(2024, 1, 20)), False),
        (Activity("a", end=date(2024, 1, 10), status=Status.DONE), False),
        (Activity("a", end=date(2024, 1, 10), status=Status.CANCELLED), False),
        (Activity("a", end=date(2024, 1, 10), status=Status.PARTLY_DONE), True),
        (Activity("a", status=Status.ONGOING), True),  # the period ended 2023-12-31
        (Activity("a", status=Status.ONGOING, end=date(2024, 3, 1)), False),
    ],
)
def test_overdue_means_a_date_has_passed_and_it_is_not_done(activity: Activity, overdue: bool) -> None:
    assert is_overdue(activity, date(2024, 1, 15), date(2023, 12, 31)) is overdue


@pytest.mark.parametrize(
    ("end", "overdue"),
    [
        (date(2024, 1, 16), False),  # due tomorrow
        (date(2024, 1, 15), False),  # due today: there is still the day to do it
        (date(2024, 1, 14), True),  # due yesterday: overdue from the day after
    ],
)
def test_overdue_only_from_the_day_after_the_due_date(end: date, overdue: bool) -> None:
    as_of = date(2024, 1, 15)
    assert is_overdue(Activity("a", end=end, status=Status.ONGOING), as_of, date(2024, 12, 31)) is overdue
    assert is_overdue(Activity("a", status=Status.PLANNED), as_of, end) is overdue  # the period's end counts the same


def test_status_report_on_the_followed_up_fixture() -> None:
    report = status_report(api.load(FOLLOWED_UP), date(2024, 1, 15))
    assert report.overall.by_status == {
        "planned": 1, "ongoing": 3, "done": 8, "partly-done": 3, "not-done": 2, "cancelled": 1,
        "reported": 0, "not-followed-up": 2,
    }  # fmt: skip
    per_area = {area.title[:12]: (c.total, c.done) for area, c in report.areas}
    assert per_area == {
        "Nedskräpning": (5, 2),
        "Narkotikabro": (2, 2),
        "Ungdomssamli": (1, 0),
        "Skadegörelse": (1, 1),
        "Låg andel bo": (1, 0),
        "Grovt krimin": (4, 1),
        "Våldsbrott m": (2, 1),
        "Stöld ur ell": (1, 0),
        "Trafik": (3, 1),
    }
    per_actor = {actor.name: (c.total, c.done) for actor, c in report.actors}
    assert per_actor["Polisen"] == (17, 8)
    assert per_actor["Fastighetsbolagen"] == (10, 5)
    assert per_actor["Socialtjänsten"] == (4, 0)
    assert "Malmö stad" not in per_actor  # a group with no activities of its own
    assert [o.activity.text for o in report.overdue][:1] == ["genomförande av trygghetsvandringar"]
    assert len(report.overdue) == 11
    assert [a.text for _, a, _ in report.not_followed_up] == [
        "skolan jobbar med främjande och förebyggande åtgärder och vid oro för ett barns utveckling förmedlar de till rätt "
        "myndigheter.",
        "förebyggande arbete mot trafikbeteenden till skolorna.",
    ]


def test_status_json(runner: CliRunner) -> None:
    result = runner.invoke(app, ["status", str(FOLLOWED_UP), "--date", AS_OF, "--format", "json"])
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert document["version"] == 1
    assert document["as_of"] == AS_OF
    assert document["overall"]["total"] == 20
    assert document["overall"]["share_done"] == pytest.approx(8 / 19)
    trafik = document["areas"][-1]
    assert (trafik["title"], trafik["total"], trafik["by_status"]["partly-done"]) == ("Trafik", 3, 1)
    assert document["overdue"][0] == {
        "area": "Grovt kriminella personer och deras påverkan i lokalsamhället",
        "text": "genomförande av trygghetsvandringar",
        "due": "2023-06-30",
        "status": "planned",
        "leads": ["polisen", "fastighetsbolagen", "civilsamhallet"],
    }


def test_status_markdown(runner: CliRunner) -> None:
    result = runner.invoke(app, ["status", str(FOLLOWED_UP), "--date", AS_OF])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "# Uppföljning av Medborgarlöfte 2023"
    assert "| Nedskräpning | 5 | 0 | 1 | 2 | 1 | 1 | 0 | 0 | 40\u00a0% |" in lines
    assert "| Totalt | 20 | 1 | 3 | 8 | 3 | 2 | 1 | 2 | 42\u00a0% |" in lines
    assert "| Polisen | 17 | 1 | 3 | 8 | 2 | 2 | 0 | 1 | 47\u00a0% |" in lines
    assert (
        "- genomförande av trygghetsvandringar (Grovt kriminella personer och deras påverkan i lokalsamhället)"
        " · Klart senast: 2023-06-30 · planerad" in lines
    )


def test_status_table_at_a_terminal(runner: CliRunner) -> None:
    result = runner.invoke(app, ["status", str(FOLLOWED_UP), "--date", AS_OF, "--format", "table"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "Nedskräpning" in result.stdout
    assert "Försenade" in result.stdout


def test_status_refuses_invalid_data(runner: CliRunner, minimal) -> None:  # type: ignore[no-untyped-def]
    (minimal / "areas" / "01-trafik.yaml").write_text("titel: x\n", encoding="utf-8")
    result = runner.invoke(app, ["status", str(minimal)])
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"medlofte: 2 problems found in {minimal.as_posix()} — run medlofte validate {minimal.as_posix()}\n"


def test_actor_open_lists_what_is_left(runner: CliRunner) -> None:
    result = runner.invoke(app, ["actor", "Räddningstjänsten", str(FOLLOWED_UP), "--open", "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["areas"] == []  # its only activity is done
    open_tasks = runner.invoke(app, ["actor", "Socialtjänsten", str(FOLLOWED_UP), "--open", "--format", "json"])
    assert open_tasks.exit_code == 0
    texts = [t["text"] for area in json.loads(open_tasks.stdout)["areas"] for t in area["tasks"]]
    assert "erbjuder förebyggande arbete mot machokultur till skolorna." not in texts  # cancelled
    assert "förebyggande arbete mot trafikbeteenden till skolorna." in texts  # never followed up


# ---------------------------------------------------------------------------------------
# Due dates at the precision the data gives them


def _activity(**fields: object) -> Activity:
    return Activity("x", **fields)  # type: ignore[arg-type]


def test_a_month_is_due_on_its_last_day() -> None:
    may = _activity(end=PartialDate(2025, 5))
    assert not is_overdue(may, date(2025, 5, 31), None)
    assert is_overdue(may, date(2025, 6, 1), None)
    year = _activity()
    assert not is_overdue(year, date(2025, 12, 31), PartialDate(2025))
    assert is_overdue(year, date(2026, 1, 1), PartialDate(2025))


def test_a_conditional_promise_and_one_without_a_due_date_are_never_overdue() -> None:
    assert not is_overdue(_activity(kind=ActivityKind.CONDITIONAL, end=PartialDate(2020)), date(2030, 1, 1), None)
    assert not is_overdue(_activity(), date(2030, 1, 1), None)


def test_status_reasons_with_each_groups_own_period_and_an_extension(tmp_path: Path) -> None:
    root = tmp_path / "data"
    (root / "areas").mkdir(parents=True)
    (root / "promise.yaml").write_text(
        "title: T\nmunicipality: K\nperiod: {start: 2024, end: 2024, extended_to: 2025-06}\nparties: [Polisen]\n",
        encoding="utf-8",
    )
    (root / "actors.yaml").write_text("actors:\n  - {id: polisen, name: Polisen}\n", encoding="utf-8")
    (root / "areas" / "a.yaml").write_text("title: Nu\ncommitments: [{actors: Polisen, activities: [i år]}]\n", encoding="utf-8")
    (root / "areas" / "b.yaml").write_text(
        "title: Förra året\nperiod: {start: 2023, end: 2023}\ncommitments: [{actors: Polisen, activities: [förra året]}]\n",
        encoding="utf-8",
    )
    (root / "areas" / "c.yaml").write_text(
        "title: Tills vidare\nperiod: {start: 2023-09, until_further_notice: true}\n"
        "commitments: [{actors: Polisen, activities: [alltid]}]\n",
        encoding="utf-8",
    )
    data = api.load(root)
    assert data.errors == []
    report = status_report(data, date(2025, 3, 1))
    assert [(o.activity.text, o.due.isoformat()) for o in report.overdue] == [("förra året", "2023")]
    later = status_report(data, date(2025, 7, 1))
    assert [(o.activity.text, o.due.isoformat()) for o in later.overdue] == [("förra året", "2023"), ("i år", "2025-06")]


def test_a_result_without_a_status_word_is_reported_not_unfollowed() -> None:
    counts = count([Activity("a", result="Trafikkontroller har skett."), Activity("b"), Activity("c", achieved=3)])
    assert (counts.by_status["reported"], counts.by_status["not-followed-up"], counts.done) == (2, 1, 0)
