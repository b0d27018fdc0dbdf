"""The change set's formats: plain and coloured text, Markdown for GitHub, and the JSON that
docs/diff.md documents (a test keeps the two equal)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from conftest import MINIMAL, ROOT
from medlofte.cli import app
from medlofte.output import changes as output
from medlofte.views.changes import Change, Comparison, DirectoryChanges, Kind, Target, Word
from medlofte.views.changetext import Described, Run, describe, word_runs
from medlofte.views.labels import Labels
from test_cli_diff import NARKOTIKA, TRAFIK

DOC = (ROOT / "docs" / "diff.md").read_text(encoding="utf-8")


def one(*changes: Change, old: str = "HEAD", new: str = "") -> Described:
    return describe(Comparison(old, new, [DirectoryChanges(f"{old}:data", "data", list(changes))]), Labels("sv"))


def test_the_documented_example_is_what_the_command_prints(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(MINIMAL, tmp_path / "utkast" / "data")
    shutil.copytree(MINIMAL, tmp_path / "data")
    (tmp_path / "data" / "areas" / "01-trafik.yaml").write_text(TRAFIK, encoding="utf-8")
    (tmp_path / "data" / "areas" / "02-narkotika.yaml").write_text(NARKOTIKA, encoding="utf-8")
    promise = tmp_path / "data" / "promise.yaml"
    promise.write_text(promise.read_text(encoding="utf-8").replace("end: 2026-04-30", "end: 2026-05-31"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    (example,) = re.findall(r"```console\n\$ (medlofte diff [^\n]*)\n(.*?)```", DOC, flags=re.S)
    result = runner.invoke(app, example[0].split()[1:])
    assert result.stdout == example[1]


def documented(heading: str) -> list[str]:
    """The keys in the first column of the table under ``heading`` in docs/diff.md."""
    table = DOC[DOC.index(heading) :].split("\n\n")[0 if heading.startswith("|") else 1]
    rows = [line.split("|")[1] for line in table.splitlines()[2:]]
    return [key for row in rows for key in re.findall(r"`([a-z_-]+)`", row)]


def test_the_json_tables_name_every_key() -> None:
    change = output.change_json(Change(Target.ACTIVITY, Kind.ADDED, "x"))
    assert documented("Each change:") == list(change)
    assert documented("| `target` | |") == [t.value for t in Target]
    assert sorted(documented("| `kind` | |")) == sorted(k.value for k in Kind)


def test_the_json_example_has_the_documents_shape() -> None:
    (example,) = re.findall(r"```json\n(.*?)```", DOC, flags=re.S)
    documented = json.loads(example)
    comparison = Comparison("HEAD~1", "", [DirectoryChanges("HEAD~1:data", "data", [Change(Target.ACTIVITY, Kind.ADDED, "x")])])
    made = json.loads(output.format_json(comparison))
    assert set(made) == set(documented)
    assert set(made["summary"]) == set(documented["summary"])
    assert set(made["directories"][0]) == set(documented["directories"][0])
    assert set(made["directories"][0]["changes"][0]) == set(documented["directories"][0]["changes"][0])
    assert made["version"] == documented["version"] == 1


def test_plain_text_marks_words_as_git_word_diff_does() -> None:
    runs = word_runs((Word("=", "minst "), Word("-", "20"), Word("+", "25"), Word("=", " kontroller")))
    assert output.format_text(one()).startswith("Förändringar från HEAD till arbetskopian\n")
    change = Change(
        Target.ACTIVITY,
        Kind.REWORDED,
        "minst 25 kontroller",
        "Trafik",
        "text",
        "minst 20 kontroller",
        "minst 25 kontroller",
        (Word("=", "minst "), Word("-", "20"), Word("+", "25"), Word("=", " kontroller")),
    )
    text = output.format_text(one(change)).splitlines()
    assert text == [
        "Förändringar från HEAD till arbetskopian",
        "",
        "Trafik",
        "  ~ Omformulerad: minst [-20-]{+25+} kontroller",
        "",
        "1 förändring.",
    ]
    assert runs == (Run("minst ", data=True), Run("20", "del", True), Run("25", "ins", True), Run(" kontroller", data=True))


def test_spaces_stay_outside_the_marks() -> None:
    change = Change(Target.ACTIVITY, Kind.REWORDED, "a b", "G", "text", "a", "a b", (Word("=", "a"), Word("+", " b")))
    assert "a {+b+}" in output.format_text(one(change))
    assert "a **b**" in output.format_md(one(change))


def test_markdown_renders_as_github_would() -> None:
    """Data cannot make structure: a title with Markdown in it stays text."""
    change = Change(Target.ACTIVITY, Kind.ADDED, "# *inte* en rubrik", "<b>Trafik</b> | x")
    md = output.format_md(one(change, old="main`x"))
    assert md.splitlines()[0] == "## Förändringar från ``main`x`` till arbetskopian"
    html = MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(md)
    assert "<b>" not in html
    assert "<em>" not in html
    assert "<h3>&lt;b&gt;Trafik&lt;/b&gt; | x</h3>" in html
    assert "<li>Ny aktivitet: # *inte* en rubrik</li>" in html


def test_a_long_text_shows_its_changed_passages() -> None:
    before = " ".join(f"ord{n}" for n in range(60))
    after = before.replace("ord30", "ORD30")
    from medlofte.views.changes import word_changes

    change = Change(Target.PROMISE, Kind.CHANGED, "Löftet", None, "situation", before, after, word_changes(before, after))
    (line,) = [line for line in output.format_text(one(change)).splitlines() if "Lägesbild" in line]
    assert line == "  ~ Lägesbild: … ord26 ord27 ord28 ord29 [-ord30-]{+ORD30+} ord31 ord32 ord33 ord34 …"


def test_html_marks_words_with_del_and_ins_and_escapes_the_rest() -> None:
    html = str(output.html_runs((Run("<a> "), Run("20", "del"), Run("25", "ins"))))
    assert html == "&lt;a&gt; <del>20</del><ins>25</ins>"
    runs = (Run("Reworded: "), Run("minst ", data=True), Run("20", "del", True), Run("25", "ins", True))
    english = str(output.html_runs(runs, ' lang="sv"'))
    assert english == 'Reworded: <span lang="sv">minst </span><del lang="sv">20</del><ins lang="sv">25</ins>'
    assert str(output.html_runs(runs)) == "Reworded: minst <del>20</del><ins>25</ins>"
