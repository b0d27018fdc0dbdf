"""Follow-up forms out and the answers back: `medlofte forms`, `medlofte collect`, rounds.

The forms are filled in with openpyxl as a partner would (wrong status words, a text in the
number column, a deleted row, a sheet sorted another way, two forms that disagree), and
everything is checked through the command line and the YAML as it is afterwards.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from conftest import FOLLOWED_UP
from medlofte import api
from medlofte.cli import app
from medlofte.data.forms import COLUMNS, SHEET
from medlofte.data.model import PartialDate, Status

COLUMN = {c.key: i for i, c in enumerate(COLUMNS, start=1)}
LETTER = {c.key: chr(64 + i) for i, c in enumerate(COLUMNS, start=1)}


@pytest.fixture(scope="module")
def sent_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The followed-up promise whose forms have gone out to every actor, made once: writing
    the forms is most of this module's time."""
    folder = tmp_path_factory.mktemp("sent")
    shutil.copytree(FOLLOWED_UP, folder / "data")
    result = CliRunner().invoke(app, ["forms", str(folder / "data"), "--output", str(folder / "forms")])
    assert result.exit_code == 0, result.output
    return folder


@pytest.fixture
def sent(tmp_path: Path, sent_once: Path) -> Path:
    """A private copy of ``sent_once``, free to change."""
    shutil.copytree(sent_once, tmp_path, dirs_exist_ok=True)
    return tmp_path


def sheet_rows(path: Path) -> list[dict[str, object]]:
    sheet = load_workbook(path)[SHEET]
    return [{c.key: row[COLUMN[c.key] - 1] for c in COLUMNS} for row in sheet.iter_rows(min_row=2, values_only=True)]


def fill(path: Path, answers: dict[str, dict[str, object]]) -> dict[str, int]:
    """Write answers into the rows whose activity starts with the given words; the row
    number of each, for the expected cells."""
    book = load_workbook(path)
    sheet = book[SHEET]
    found = {}
    for number in range(2, sheet.max_row + 1):
        text = str(sheet.cell(row=number, column=COLUMN["activity"]).value or "")
        for start, values in answers.items():
            if text.startswith(start):
                found[start] = number
                for key, value in values.items():
                    sheet.cell(row=number, column=COLUMN[key]).value = value
    book.save(path)
    assert set(found) == set(answers), set(answers) - set(found)
    return found


def test_a_form_for_every_actor_with_tasks(sent: Path) -> None:
    data = api.load(sent / "data")
    expected = {a.name: len(api.task_list(data, a).tasks) for a in data.registry.actors if api.task_list(data, a).tasks}
    files = sorted(p.name for p in (sent / "forms").glob("*.xlsx"))
    assert len(files) == len(expected)
    polisen = load_workbook(sent / "forms" / "polisen.xlsx")
    assert polisen.sheetnames == ["Uppföljning", "Instruktioner", "medlofte"]
    assert polisen["medlofte"].sheet_state == "hidden"
    sheet = polisen[SHEET]
    assert sheet.max_row == 1 + expected["Polisen"]
    assert [c.value for c in sheet[1]][:12] == [c.sv for c in COLUMNS][:12]
    assert sheet.freeze_panes == "C2"
    assert sheet.protection.sheet
    assert sheet.cell(row=2, column=COLUMN["status"]).protection.locked is False
    assert sheet.cell(row=2, column=COLUMN["activity"]).protection.locked is True
    assert sheet.column_dimensions[LETTER["key"]].hidden
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.print_title_rows == "$1:$1"
    [status_list, numbers] = sheet.data_validations.dataValidation
    assert status_list.formula1 == '"Planerad,Pågående,Genomförd,Delvis genomförd,Ej genomförd,Inställd"'
    assert (numbers.type, numbers.operator) == ("decimal", "greaterThanOrEqual")
    keys = [row["key"] for row in sheet_rows(sent / "forms" / "polisen.xlsx")]
    assert len(set(keys)) == len(keys)
    assert all(isinstance(k, str) and not k.startswith("~") for k in keys)  # every activity was given an id


def test_forms_are_the_same_bytes_for_the_same_data(sent: Path, runner: CliRunner) -> None:
    again = runner.invoke(app, ["forms", str(sent / "data"), "--output", str(sent / "again")])
    assert again.exit_code == 0
    for path in (sent / "forms").glob("*.xlsx"):
        assert (sent / "again" / path.name).read_bytes() == path.read_bytes()


def test_giving_ids_keeps_every_comment_and_changes_nothing_else(sent: Path) -> None:
    before, after = api.load(FOLLOWED_UP), api.load(sent / "data")

    def meaning(activity: object) -> tuple[object, ...]:
        fields = ("text", "status", "result", "achieved", "reason", "followed_up", "quantities", "when", "frequency")
        refs = tuple(tuple(r.text for r in getattr(activity, k)) for k in ("lead", "participants"))
        return (*(getattr(activity, k) for k in fields), refs)

    for old, new in zip(before.areas, after.areas, strict=True):
        assert [meaning(a) for a in old.activities] == [meaning(a) for a in new.activities]
        assert all(a.id for a in new.activities)
    for path in (FOLLOWED_UP / "areas").glob("*.yaml"):
        written = (sent / "data" / "areas" / path.name).read_text(encoding="utf-8").splitlines()
        original = path.read_text(encoding="utf-8").splitlines()
        assert [line for line in written if line.lstrip().startswith("#")] == [
            line for line in original if line.lstrip().startswith("#")
        ]
        assert len(written) - len(original) == sum(1 for line in written if line.lstrip().startswith("id: "))


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_collect_reports_every_mistake_at_its_cell_and_writes_nothing(sent: Path, runner: CliRunner) -> None:
    forms = sent / "forms"
    rows = fill(
        forms / "polisen.xlsx",
        {
            "skapa och sprida": {"status": "klart"},  # a word that is not a status
            "anordna städdagar": {"achieved": "ca 6"},  # text in the number column
            "Samarbetar med": {"status": "Genomförd", "date": "2099-01-01"},  # in the future
        },
    )
    other = fill(forms / "fastighetsbolagen.xlsx", {"se till att det dagligen": {"status": "Delvis genomförd"}})
    fill(forms / "polisen.xlsx", {"se till att det dagligen": {"status": "Genomförd"}})
    before = snapshot(sent / "data")
    result = runner.invoke(
        app, ["collect", str(forms / "polisen.xlsx"), str(forms / "fastighetsbolagen.xlsx"), str(sent / "data")]
    )
    assert result.exit_code == 1
    f, p = (forms / "fastighetsbolagen.xlsx").as_posix(), (forms / "polisen.xlsx").as_posix()
    assert result.stdout.splitlines() == [
        f"{f}:{SHEET}!{LETTER['status']}{other['se till att det dagligen']}: error [ML603] polisen.xlsx and "
        "fastighetsbolagen.xlsx give different answers for 'se till att det dagligen städas i trapphus etc.': 'done' "
        "and 'partly-done'. "
        "Agree on one answer and correct one form, or choose whose answer counts with --prefer FILE.",
        f"{p}:{SHEET}!{LETTER['status']}{rows['skapa och sprida']}: error [ML204] 'klart' is not a status. "
        "Did you mean 'Genomförd'? Choose one of the list: Planerad, Pågående, Genomförd, Delvis genomförd, "
        "Ej genomförd, Inställd.",
        f"{p}:{SHEET}!{LETTER['achieved']}{rows['anordna städdagar']}: error [ML203] 'ca 6' is not a number. "
        "Write only the number in this column (40, or 2,5); words and explanations go in the result.",
        f"{p}:{SHEET}!{LETTER['date']}{rows['Samarbetar med']}: error [ML503] The date 2099-01-01 lies in the "
        "future. Write the day the follow-up was made.",
        "Nothing was written: correct the errors above in the forms and collect them again.",
    ]
    assert snapshot(sent / "data") == before


def test_after_the_mistakes_are_fixed_status_shows_exactly_what_was_entered(sent: Path, runner: CliRunner) -> None:
    forms = sent / "forms"
    polisen = forms / "polisen.xlsx"
    book = load_workbook(polisen)
    sheet = book[SHEET]
    sheet.delete_rows(6)  # a partner deletes a row it has nothing to say about
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    values.reverse()  # and sorts the sheet another way
    for number, row in enumerate(values, start=2):
        for column, value in enumerate(row, start=1):
            sheet.cell(row=number, column=column).value = value
    book.save(polisen)
    fill(
        polisen,
        {
            "skapa och sprida": {"status": "Genomförd", "date": "2024-01-10"},
            "anordna städdagar": {"status": "Genomförd", "achieved": 7, "result": "Sju städdagar.", "date": "2024-01-10"},
            "genomförande av trygghetsvandringar": {"status": "Pågående", "result": "Två av fyra gjorda.", "date": "2024-01-10"},
        },
    )
    fill(forms / "fastighetsbolagen.xlsx", {"anordna städdagar": {"status": "genomförd"}})  # agrees: any case
    area = sent / "data" / "areas" / "01-nedskrapning.yaml"
    comments = [line for line in area.read_text(encoding="utf-8").splitlines() if line.strip().startswith("#")]
    dry = runner.invoke(app, ["collect", str(polisen), str(forms / "fastighetsbolagen.xlsx"), str(sent / "data"), "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert dry.stdout.splitlines()[-1] == "Would take 3 answers from 1 form; 2 activities are still without a follow-up."
    assert snapshot(sent / "data")["areas/01-nedskrapning.yaml"] == area.read_bytes()
    done = runner.invoke(app, ["collect", str(polisen), str(forms / "fastighetsbolagen.xlsx"), str(sent / "data")])
    assert done.exit_code == 0, done.output
    assert done.stdout.splitlines()[-1] == "Took 3 answers from 1 form; 2 activities are still without a follow-up."
    data = api.load(sent / "data")
    assert data.errors == []
    by_text = {a.text: a for ar in data.areas for a in ar.activities}
    assert by_text["anordna städdagar"].status is Status.DONE
    assert (by_text["anordna städdagar"].achieved, by_text["anordna städdagar"].result) == (7, "Sju städdagar.")
    assert by_text["genomförande av trygghetsvandringar"].status is Status.ONGOING
    status = json.loads(runner.invoke(app, ["status", str(sent / "data"), "--format", "json", "--date", "2024-01-15"]).stdout)
    trygghet = [c for c in status["changed_since_last_round"] if c["text"] == "genomförande av trygghetsvandringar"]
    assert trygghet == [
        {"area": "Grovt kriminella personer och deras påverkan i lokalsamhället", "text": "genomförande av trygghetsvandringar",
         "before": "planned", "status": "ongoing", "since": None}
    ]  # fmt: skip
    assert [line for line in area.read_text(encoding="utf-8").splitlines() if line.strip().startswith("#")] == comments
    again = runner.invoke(app, ["collect", str(polisen), str(sent / "data")])  # the same answers again: nothing to do
    assert again.exit_code == 0
    assert again.stdout == "Took 0 answers from 0 forms; 2 activities are still without a follow-up.\n"


def test_a_later_round_keeps_the_earlier_one_as_history(sent: Path, runner: CliRunner) -> None:
    forms = sent / "forms"
    fill(forms / "polisen.xlsx", {"genomförande av trygghetsvandringar": {"status": "Pågående", "date": "2024-03-31"}})
    assert runner.invoke(app, ["collect", str(forms / "polisen.xlsx"), str(sent / "data")]).exit_code == 0
    fill(forms / "polisen.xlsx", {"genomförande av trygghetsvandringar": {"status": "Genomförd", "date": "2024-06-30"}})
    assert runner.invoke(app, ["collect", str(forms / "polisen.xlsx"), str(sent / "data")]).exit_code == 0
    data = api.load(sent / "data")
    [activity] = [a for ar in data.areas for a in ar.activities if a.text == "genomförande av trygghetsvandringar"]
    assert (activity.status, activity.followed_up.isoformat() if activity.followed_up else None) == (Status.DONE, "2024-06-30")
    assert [(h.date.isoformat() if h.date else None, h.status) for h in activity.history] == [
        (None, Status.PLANNED),
        ("2024-03-31", Status.ONGOING),
    ]
    report = api.render_document(data, "md", report="follow-up").decode()
    assert "Förra uppföljningen: 31 mars 2024: pågående" in report
    status = runner.invoke(app, ["status", str(sent / "data"), "--format", "md", "--date", "2024-07-01"]).stdout
    assert "- genomförande av trygghetsvandringar (Grovt kriminella personer och deras påverkan i lokalsamhället): " \
           "pågående → genomförd (förra gången 31 mars 2024)" in status  # fmt: skip


def test_a_row_whose_activity_is_gone_or_reworded(sent: Path, runner: CliRunner) -> None:
    forms = sent / "forms"
    rows = fill(
        forms / "polisen.xlsx", {"anordna städdagar": {"status": "Genomförd"}, "skapa och sprida": {"status": "Genomförd"}}
    )
    area = sent / "data" / "areas" / "01-nedskrapning.yaml"
    text = area.read_text(encoding="utf-8")
    text = text.replace(
        "- text: anordna städdagar\n        id: anordna-staddagar\n",
        "- text: anordna städdagar i maj\n        id: anordna-staddagar\n",
    )
    text = re.sub(r"\n        id: skapa-och-sprida-forhallningsregler", "", text)
    area.write_text(text.replace("skapa och sprida förhållningsregler", "sprida förhållningsregler"), encoding="utf-8")
    result = runner.invoke(app, ["collect", str(forms / "polisen.xlsx"), str(sent / "data")])
    p = (forms / "polisen.xlsx").as_posix()
    assert result.exit_code == 1
    assert result.stdout.splitlines()[:2] == [
        f"{p}:{SHEET}!{LETTER['key']}{rows['skapa och sprida']}: error [ML601] This row's activity is not in the promise: "
        "'skapa och sprida förhållningsregler'. Its text may have been changed or the activity removed since the form "
        "was made; ask for a new form, or give the activity an 'id' so that forms find it again.",
        f"{p}:{SHEET}!{LETTER['activity']}{rows['anordna städdagar']}: warning [ML602] The activity's text has changed since "
        "the form was made; it now reads 'anordna städdagar i maj'. Check that the answer still fits the activity; it is taken.",
    ]


def test_the_csv_task_list_comes_back_too(sent: Path, runner: CliRunner) -> None:
    csv_path = sent / "polisen.csv"
    made = runner.invoke(app, ["actor", "Polisen", str(sent / "data"), "--format", "excel", "--output", str(csv_path)])
    assert made.exit_code == 0
    text = csv_path.read_text(encoding="utf-8-sig").splitlines()
    text[1] = text[1].replace(";Genomförd;", ";Delvis genomförd;", 1) if ";Genomförd;" in text[1] else text[1]
    header = text[0].split(";")
    cells = text[2].split(";")
    cells[header.index("Status")] = "Inställd"
    cells[header.index("Orsak")] = "Ingen lokal fanns."
    text[2] = ";".join(cells)
    csv_path.write_text("\ufeff" + "\r\n".join(text) + "\r\n", encoding="utf-8")
    result = runner.invoke(app, ["collect", str(csv_path), str(sent / "data"), "--date", "2024-01-10"])
    assert result.exit_code == 0, result.output
    data = api.load(sent / "data")
    changed = [a for ar in data.areas for a in ar.activities if a.reason == "Ingen lokal fanns."]
    assert [a.status for a in changed] == [Status.CANCELLED]


def test_what_is_not_a_form(sent: Path, runner: CliRunner) -> None:
    junk = sent / "junk.xlsx"
    junk.write_bytes(b"not a spreadsheet")
    result = runner.invoke(app, ["collect", str(junk), str(sent / "data")])
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == (
        f"{junk.as_posix()}:1:1: error [ML604] This is not a medlofte follow-up form: it cannot be opened as an Excel file "
        "(BadZipFile). Collect the .xlsx form that medlofte made (or the task list saved as CSV), without renaming its "
        "sheet or headers."
    )
    usage = runner.invoke(app, ["collect", str(sent / "data")])
    assert (usage.exit_code, usage.stderr) == (
        2,
        "medlofte: give the returned forms to collect, e.g. medlofte collect Polisen.xlsx Kommunen.xlsx data\n",
    )


def test_actor_writes_one_form_and_refuses_xlsx_to_the_terminal(sent: Path, runner: CliRunner) -> None:
    out = sent / "one.xlsx"
    result = runner.invoke(app, ["actor", "Polisen", str(sent / "data"), "--output", str(out)])
    assert (result.exit_code, result.stderr) == (0, f"Wrote {out}\n")
    assert load_workbook(out)[SHEET].max_row == 18
    refused = runner.invoke(app, ["actor", "Polisen", str(sent / "data"), "--format", "xlsx"])
    assert (refused.exit_code, refused.stderr) == (
        2,
        "medlofte: --format xlsx writes a file: give it with --output, e.g. --output Polisen.xlsx.\n",
    )


KILLER = """
import sys
from medlofte.cli import main
sys.argv = ["medlofte", "collect", *sys.argv[1:]]
main()
"""


@pytest.mark.slow  # a fresh Python process per delay, killed up to a second in
@pytest.mark.parametrize("delay", [0.05, 0.15, 0.25, 0.35, 0.45, 0.6, 0.8, 1.0])
def test_a_kill_during_collect_leaves_the_answers_all_old_or_all_new(sent: Path, runner: CliRunner, delay: float) -> None:
    forms = sent / "forms"
    fill(
        forms / "polisen.xlsx",
        {"anordna städdagar": {"achieved": 9}, "förebyggande arbete mot trafikbeteenden": {"status": "Genomförd"}},
    )
    old = {a.text: (a.status, a.achieved) for ar in api.load(sent / "data").areas for a in ar.activities}
    process = subprocess.Popen([sys.executable, "-c", KILLER, str(forms / "polisen.xlsx"), str(sent / "data")], cwd=sent)
    time.sleep(delay)
    process.send_signal(signal.SIGKILL) if process.poll() is None else None
    process.wait()
    seen = {a.text: (a.status, a.achieved) for ar in api.load(sent / "data").areas for a in ar.activities}
    changed = {t for t in old if seen[t] != old[t]}
    assert changed in (set(), {"anordna städdagar", "förebyggande arbete mot trafikbeteenden till skolorna."})
    finished = runner.invoke(app, ["collect", str(forms / "polisen.xlsx"), str(sent / "data")])
    assert finished.exit_code == 0, finished.output
    assert not [p for p in (sent / "data").rglob("*") if "medlofte" in p.name]  # no journal, no new file left over
    final = {a.text: (a.status, a.achieved) for ar in api.load(sent / "data").areas for a in ar.activities}
    assert final["anordna städdagar"] == (Status.DONE, 9)
    assert os.environ.get("MEDLOFTE_DEBUG") is None


def test_a_date_before_the_period_and_whose_answer_counts(sent: Path, runner: CliRunner) -> None:
    forms = sent / "forms"
    rows = fill(forms / "polisen.xlsx", {"se till att det dagligen": {"status": "Genomförd", "date": "2022-12-31"}})
    result = runner.invoke(app, ["collect", str(forms / "polisen.xlsx"), str(sent / "data")])
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == (
        f"{(forms / 'polisen.xlsx').as_posix()}:{SHEET}!{LETTER['date']}{rows['se till att det dagligen']}: error [ML605] "
        "The date 2022-12-31 lies before the promise's period starts (2023-01-01). Check the year; write the day the "
        "follow-up was made."
    )
    fill(forms / "polisen.xlsx", {"se till att det dagligen": {"status": "Genomförd", "date": "2024-01-12"}})
    fill(forms / "fastighetsbolagen.xlsx", {"se till att det dagligen": {"status": "Delvis genomförd"}})
    both = [str(forms / "polisen.xlsx"), str(forms / "fastighetsbolagen.xlsx"), str(sent / "data")]
    assert runner.invoke(app, ["collect", *both]).exit_code == 1  # they disagree
    chosen = runner.invoke(app, ["collect", *both, "--prefer", "fastighetsbolagen.xlsx"])
    assert chosen.exit_code == 0, chosen.output
    [activity] = [a for ar in api.load(sent / "data").areas for a in ar.activities if a.text.startswith("se till att")]
    assert (activity.status, activity.followed_up) == (Status.PARTLY_DONE, PartialDate(2024, 1, 12))


@pytest.mark.parametrize("line_end", ["\r", "\r\n", "\u2028"], ids=["cr", "crlf", "line-separator"])
def test_ids_are_given_in_files_with_any_line_end(tmp_path: Path, runner: CliRunner, line_end: str) -> None:
    """Edits were placed by counting LF lines: with CR line ends or a line separator in a
    text, forms crashed (an internal error) or wrote YAML that did not validate."""
    shutil.copytree(FOLLOWED_UP, tmp_path / "data")
    area = tmp_path / "data" / "areas" / "01-nedskrapning.yaml"
    text = area.read_text(encoding="utf-8")
    if line_end == "\u2028":
        text = text.replace("\n        result: ", "\n        result: Rad ett\u2028\n          ", 1)
    else:
        text = text.replace("\n", line_end)
    area.write_bytes(text.encode("utf-8"))
    assert api.load(tmp_path / "data").ok
    result = runner.invoke(app, ["forms", str(tmp_path / "data"), "--output", str(tmp_path / "forms")])
    assert result.exit_code == 0, result.output
    given = api.load(tmp_path / "data")
    assert given.findings == []
    assert all(a.id for area in given.areas for a in area.activities)


def test_a_long_actor_name_gives_a_form_name_the_file_system_takes(tmp_path: Path, runner: CliRunner) -> None:
    """A name of 300 characters made the form's file name too long: forms failed (exit 3)."""
    shutil.copytree(FOLLOWED_UP, tmp_path / "data")
    actors = tmp_path / "data" / "actors.yaml"
    long_name = "Polisen i lokalpolisområdet " * 11
    actors.write_text(
        actors.read_text(encoding="utf-8").replace("name: Polisen", f"name: {long_name.strip()}\n    aliases: [Polisen]"),
        encoding="utf-8",
    )
    assert api.load(tmp_path / "data").ok
    result = runner.invoke(app, ["forms", str(tmp_path / "data"), "--output", str(tmp_path / "forms")])
    assert result.exit_code == 0, result.output
    names = [p.name for p in (tmp_path / "forms").glob("polisen-i-*.xlsx")]
    assert len(names) == 1
    assert len(names[0]) <= 105
