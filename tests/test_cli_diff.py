"""`medlofte diff` and `render --changes-since` on the command line: whole outputs, exit codes,
which argument is a folder and which a revision."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import DATA, MINIMAL
from medlofte.cli import app


def needs_git(test: Callable[..., None]) -> Callable[..., None]:
    """A test that runs git: marked external, skipped where git is missing (unless CI requires it)."""
    missing = shutil.which("git") is None and not os.environ.get("MEDLOFTE_REQUIRE_GIT")
    marked: Callable[..., None] = pytest.mark.external(pytest.mark.skipif(missing, reason="needs git")(test))
    return marked


TRAFIK = """\
title: Trafik och mopeder
commitments:
  - actors: [Polisen]
    activities:
      - text: minst 25 trafikkontroller
        quantity: {amount: 25, unit: trafikkontroller, at_least: true}
        status: done
        participants: Kommunen
  - actors: [Kommunen]
    activities:
      - brev om säker mopedåkning till föräldrar
      - cykelkontroller vid skolorna
"""
NARKOTIKA = """\
title: Narkotika
commitments:
  - actors: [Polisen]
    activities:
      - riktade insatser mot öppen narkotikaförsäljning
"""


@pytest.fixture
def two(tmp_path: Path) -> tuple[Path, Path]:
    """Last year's minimal promise and this year's, changed in several ways."""
    old, new = tmp_path / "old", tmp_path / "new"
    shutil.copytree(MINIMAL, old)
    shutil.copytree(MINIMAL, new)
    (new / "areas" / "01-trafik.yaml").write_text(TRAFIK, encoding="utf-8")
    (new / "areas" / "02-narkotika.yaml").write_text(NARKOTIKA, encoding="utf-8")
    promise = new / "promise.yaml"
    promise.write_text(promise.read_text(encoding="utf-8").replace("end: 2026-04-30", "end: 2026-05-31"), encoding="utf-8")
    return old, new


TEXT = """\
Förändringar från {old} till {new}

Löftet
  ~ Period: maj 2025 – april 2026 → maj 2025 – maj 2026

Trafik och mopeder (nytt namn, tidigare ”Trafik”)
  ~ Omformulerad: minst [-20-]{{+25+}} trafikkontroller
      + Omfattning: – → minst 25 trafikkontroller
      ~ Aktörer: + Exempels kommun (deltar)
      + Status: – → genomförd
  + Ny aktivitet: cykelkontroller vid skolorna (Exempels kommun)

+ Narkotika (nytt)
  + Ny aktivitet: riktade insatser mot öppen narkotikaförsäljning (Polisen)

9 förändringar.
"""

MD = """\
## Changes from `{old}` to `{new}`

### The promise

- Period: May 2025 – April 2026 → May 2025 – May 2026

### Trafik och mopeder (renamed, before “Trafik”)

- Reworded: minst ~~20~~**25** trafikkontroller
  - Quantity: – → at least 25 trafikkontroller
  - Actors: \\+ Exempels kommun (taking part)
  - Status: – → done
- New activity: cykelkontroller vid skolorna (Exempels kommun)

### Narkotika (new)

- New activity: riktade insatser mot öppen narkotikaförsäljning (Polisen)

9 changes.
"""


def test_two_folders_as_text(runner: CliRunner, two: tuple[Path, Path]) -> None:
    old, new = two
    result = runner.invoke(app, ["diff", str(old), str(new)])
    assert result.exit_code == 0
    assert result.stdout == TEXT.format(old=old.as_posix(), new=new.as_posix())


def test_two_folders_as_markdown_in_english(runner: CliRunner, two: tuple[Path, Path]) -> None:
    old, new = two
    result = runner.invoke(app, ["diff", str(old), str(new), "--format", "md", "--lang", "en"])
    assert result.exit_code == 0
    assert result.stdout == MD.format(old=old.as_posix(), new=new.as_posix())


def test_colour_only_when_asked_or_at_a_terminal(runner: CliRunner, two: tuple[Path, Path]) -> None:
    old, new = two
    coloured = runner.invoke(app, ["diff", str(old), str(new), "--color", "always"]).stdout
    assert "\033[1;32m25\033[0m" in coloured  # words put in, in bold green
    assert "\033[9;31m20\033[0m" in coloured  # words taken out, struck through in red
    assert "[-20-]" not in coloured
    assert "\033[" not in runner.invoke(app, ["diff", str(old), str(new)]).stdout


def test_json_is_versioned_and_says_each_change_in_the_models_terms(runner: CliRunner, two: tuple[Path, Path]) -> None:
    old, new = two
    result = runner.invoke(app, ["diff", str(old), str(new), "--format", "json"])
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert document["version"] == 1
    assert (document["from"], document["to"]) == (old.as_posix(), new.as_posix())
    assert document["summary"] == {"changes": 9, "directories": 1, "compared": 1, "unchanged": 0, "errors": 0}
    (directory,) = document["directories"]
    changes = directory["changes"]
    assert [(c["target"], c["kind"], c["field"]) for c in changes] == [
        ("promise", "changed", "period"),
        ("area", "renamed", "title"),
        ("activity", "reworded", "text"),
        ("activity", "changed", "quantity"),
        ("activity", "actors", "actors"),
        ("activity", "follow-up", "status"),
        ("activity", "added", None),
        ("area", "added", None),
        ("activity", "added", None),
    ]
    assert changes[0]["old"] == {
        "start": "2025-05-01",
        "end": "2026-04-30",
        "label": None,
        "until_further_notice": False,
        "extended_to": None,
    }
    assert changes[3]["new"] == [{"amount": 25, "unit": "trafikkontroller", "at_least": True, "per": None, "text": None}]
    assert changes[4]["joined"] == [{"id": "exempels-kommun", "name": "Exempels kommun", "role": "participant"}]
    assert changes[5]["new"] == "done"
    assert changes[2]["words"] == [
        {"op": "=", "text": "minst "},
        {"op": "-", "text": "20"},
        {"op": "+", "text": "25"},
        {"op": "=", "text": " trafikkontroller"},
    ]
    assert (changes[2]["path"], changes[2]["line"]) == ((new / "areas" / "01-trafik.yaml").as_posix(), 5)
    assert set(changes[0]) == {
        "target", "kind", "subject", "area", "field", "old", "new", "words", "joined", "left",
        "dates_moved", "years_moved", "path", "line",
    }  # fmt: skip


def test_exit_code_says_whether_something_changed(runner: CliRunner, two: tuple[Path, Path]) -> None:
    old, new = two
    assert runner.invoke(app, ["diff", str(old), str(new), "--exit-code"]).exit_code == 1
    same = runner.invoke(app, ["diff", str(old), str(old), "--exit-code"])
    assert same.exit_code == 0
    assert same.stdout == f"Förändringar från {old.as_posix()} till {old.as_posix()}\n\nInga förändringar.\n"


def test_a_side_with_errors_shows_its_findings_and_exits_1(runner: CliRunner, two: tuple[Path, Path]) -> None:
    old, new = two
    broken = new / "areas" / "02-narkotika.yaml"
    broken.write_text(NARKOTIKA.replace("[Polisen]", "[Polsen]"), encoding="utf-8")
    result = runner.invoke(app, ["diff", str(old), str(new)])
    assert result.exit_code == 1
    shown = broken.as_posix()
    assert result.stdout == (
        f"Förändringar från {old.as_posix()} till {new.as_posix()}\n\n"
        f"{(new / 'areas' / '01-trafik.yaml').as_posix()}:7:17: warning [ML501] The activity is done and promised a"
        " quantity, but gives no achieved quantity. Add 'achieved: <number>' with what was actually done.\n"
        f"{shown}:3:14: error [ML301] Unknown actor 'Polsen'. Did you mean 'Polisen'? "
        f"Actors are listed in {(new / 'actors.yaml').as_posix()}.\n"
        "Checked 4 files in 1 data directory: 1 error, 1 warning.\n"
        f"Inte jämförd: {new.as_posix()} har fel, så den kan inte jämföras. Kör medlofte validate {new.as_posix()}.\n"
        "\nIngenting jämfördes.\n"
    )
    md = runner.invoke(app, ["diff", str(old), str(new), "--format", "md"])
    assert md.exit_code == 1
    assert f"| `{shown}:3:14` | error | ML301 |" in md.stdout
    document = json.loads(runner.invoke(app, ["diff", str(old), str(new), "--format", "json"]).stdout)
    assert document["directories"][0]["invalid"] == [new.as_posix()]
    assert [f["code"] for f in document["directories"][0]["findings"]] == ["ML501", "ML301"]
    assert document["summary"]["errors"] == 1


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository holding the minimal promise in data/, with one later commit, as the
    current directory."""
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "-q")
    shutil.copytree(MINIMAL, root / "data")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "first")
    trafik = root / "data" / "areas" / "01-trafik.yaml"
    trafik.write_text(trafik.read_text(encoding="utf-8").replace("minst 20", "minst 25"), encoding="utf-8")
    git(root, "commit", "-qam", "second")
    monkeypatch.chdir(root)
    return root


REWORDED = "  ~ Omformulerad: minst [-20-]{+25+} trafikkontroller\n"


@needs_git
def test_a_revision_against_the_working_tree(runner: CliRunner, repo: Path) -> None:
    assert runner.invoke(app, ["diff"]).stdout == "Förändringar från HEAD till arbetskopian\n\nInga förändringar.\n"
    result = runner.invoke(app, ["diff", "HEAD~1"])
    assert result.exit_code == 0
    assert result.stdout == f"Förändringar från HEAD~1 till arbetskopian\n\nTrafik\n{REWORDED}\n1 förändring.\n"
    assert runner.invoke(app, ["diff", "HEAD~1", "data"]).stdout == result.stdout
    assert runner.invoke(app, ["diff", "--exit-code", "HEAD~1"]).exit_code == 1


@needs_git
def test_two_revisions(runner: CliRunner, repo: Path) -> None:
    (repo / "data" / "areas" / "01-trafik.yaml").write_text("not: [valid", encoding="utf-8")  # the working tree is not read
    result = runner.invoke(app, ["diff", "HEAD~1", "--to", "HEAD"])
    assert result.exit_code == 0
    assert result.stdout == f"Förändringar från HEAD~1 till HEAD\n\nTrafik\n{REWORDED}\n1 förändring.\n"
    (path,) = {
        c["path"]
        for c in json.loads(runner.invoke(app, ["diff", "HEAD~1", "--to", "HEAD", "-f", "json"]).stdout)["directories"][0][
            "changes"
        ]
    }
    assert path == "HEAD:data/areas/01-trafik.yaml"


@needs_git
def test_a_folder_argument_is_a_folder_and_two_are_compared(runner: CliRunner, repo: Path) -> None:
    shutil.copytree(DATA, repo / "seed")
    one = runner.invoke(app, ["diff", "seed"])  # a folder alone: HEAD against it (it is not in HEAD)
    assert one.exit_code == 0
    assert one.stdout == "Förändringar från HEAD till arbetskopian\n\n+ seed (ny datamapp)\n\n1 förändring.\n"
    folders = runner.invoke(app, ["diff", "data", "seed", "-f", "json"])
    assert json.loads(folders.stdout)["from"] == "data"


@needs_git
def test_usage_errors(runner: CliRunner, repo: Path, tmp_path: Path) -> None:
    unknown = runner.invoke(app, ["diff", "nope"])
    assert unknown.exit_code == 2
    assert unknown.stderr.startswith("medlofte: 'nope' is neither a folder nor a revision of this repository")
    missing = runner.invoke(app, ["diff", "HEAD", "missing"])
    assert missing.exit_code == 2
    assert missing.stderr == (
        f"medlofte: data directory 'missing' does not exist in {repo.resolve().as_posix()}. "
        "'data' holds promise.yaml: give it as the data directory.\n"
    )
    outside = tmp_path / "outside"
    shutil.copytree(MINIMAL, outside)
    result = runner.invoke(app, ["diff", "HEAD", str(outside)])
    assert result.exit_code == 2
    assert "is not in a git repository; to compare two folders, give both: medlofte diff OLD_DIR NEW_DIR" in result.stderr
    bad_format = runner.invoke(app, ["diff", "--format", "html"])
    assert bad_format.exit_code == 2


@needs_git
def test_render_ends_with_the_changes_since_a_revision(runner: CliRunner, repo: Path) -> None:
    result = runner.invoke(app, ["render", "--changes-since", "HEAD~1", "--format", "md", "--output", "-"])
    assert result.exit_code == 0
    day = subprocess.run(
        ["git", "show", "-s", "--format=%cs", "HEAD~1"], capture_output=True, text=True, check=True
    ).stdout.strip()
    from datetime import date

    from medlofte.views.labels import Labels

    heading = f"## Förändringar sedan {Labels('sv').date(date.fromisoformat(day))}"
    assert result.stdout.endswith(
        f"{heading}\n\n1 förändring.\n\n### Trafik\n\n- Omformulerad: minst ~~20~~**25** trafikkontroller\n"
    )
    html = runner.invoke(app, ["render", "--changes-since", "HEAD~1", "--format", "html", "--output", "-"]).stdout
    assert '<h2 id="forandringar">Förändringar sedan' in html
    assert "minst <del>20</del><ins>25</ins> trafikkontroller" in html
    assert '<a href="#forandringar">Förändringar sedan' in html  # in the contents


def test_render_changes_since_a_folder(runner: CliRunner, two: tuple[Path, Path]) -> None:
    old, new = two
    result = runner.invoke(app, ["render", str(new), "--changes-since", str(old), "--format", "md", "--output", "-"])
    assert result.exit_code == 0
    assert "## Förändringar sedan Medborgarlöfte 2025\n\n9 förändringar.\n\n### Löftet\n" in result.stdout
    follow_up = runner.invoke(app, ["render", str(new), "--changes-since", str(old), "--report", "follow-up"])
    assert follow_up.exit_code == 2
    assert follow_up.stderr == "medlofte: --changes-since adds to the promise document; leave out --report follow-up.\n"


def test_render_changes_since_an_invalid_version(runner: CliRunner, two: tuple[Path, Path]) -> None:
    old, new = two
    (old / "areas" / "01-trafik.yaml").write_text("title: [", encoding="utf-8")
    result = runner.invoke(app, ["render", str(new), "--changes-since", str(old), "--format", "md", "--output", "-"])
    assert result.exit_code == 1
    assert result.stderr == (
        f"medlofte: cannot show the changes since {old}: {old.as_posix()} has errors — run medlofte validate\n"
    )
