"""Revisions read through git: a scratch repository with one commit per kind of change, each
reported once and nothing else; files compared by git's object ids; git's errors as usage errors."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import DATA
from medlofte import api, gitdata
from medlofte.errors import UsageError
from medlofte.views.changes import Change

pytestmark = [
    pytest.mark.external,  # git
    pytest.mark.skipif(shutil.which("git") is None and not os.environ.get("MEDLOFTE_REQUIRE_GIT"), reason="needs git"),
]


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository whose first commit is the bundled 2023 data in data/."""
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "-q", "-b", "main")
    shutil.copytree(DATA, root / "data")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "The 2023 promise")
    return root


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def append(path: Path, text: str) -> None:
    with path.open("a", encoding="utf-8") as handle:
        handle.write(text)


def summary(changes: list[Change]) -> list[tuple[str, ...]]:
    """What each change says, in short: target, kind, field and what it is about."""
    return [(c.target.value, c.kind.value, c.field or "", c.subject) for c in changes]


AREAS = "data/areas"
NEDSKRAPNING = f"{AREAS}/01-nedskrapning.yaml"
TRAFIK = f"{AREAS}/09-trafik.yaml"
STOLD = f"{AREAS}/08-stold-ur-motorfordon.yaml"

# One commit per kind of change: (message, the edit, what diff must report).
Step = tuple[str, Callable[[Path], object], list[tuple[str, ...]]]


def doing(*actions: Callable[[Path], object]) -> Callable[[Path], None]:
    """Several edits as one step."""

    def run(repo: Path) -> None:
        for action in actions:
            action(repo)

    return run


STEPS: list[Step] = [
    (
        "period",
        lambda r: edit(
            r / "data/promise.yaml", "  start: 2023-01-01\n  end: 2023-12-31\n", "  start: 2023-01-01\n  end: 2024-06-30\n"
        ),
        [("promise", "changed", "period", "Medborgarlöfte 2023")],
    ),
    (
        "a party",
        lambda r: edit(r / "data/promise.yaml", "  - Malmö stad\n", "  - Malmö stad\n  - Fastighetsbolagen\n"),
        [("promise", "actors", "parties", "Medborgarlöfte 2023")],
    ),
    (
        "a signature",
        lambda r: append(r / "data/promise.yaml", "signatures:\n  - name: Eva Exempel\n    actor: Polisen\n    date: 2023-02\n"),
        [("signature", "added", "", "Eva Exempel")],
    ),
    (
        "an area",
        lambda r: (r / AREAS / "10-bidragsbrott.yaml").write_text(
            "title: Brott mot välfärden – bidragsbrott\ncommitments:\n  - actors: Malmö stad\n"
            "    activities:\n      - kontroller av utbetalningar\n",
            encoding="utf-8",
        ),
        [
            ("area", "added", "", "Brott mot välfärden – bidragsbrott"),
            ("activity", "added", "", "kontroller av utbetalningar"),
        ],
    ),
    (
        "an area renamed, its file too",
        doing(
            lambda r: git(r, "mv", STOLD, f"{AREAS}/08-fordon.yaml"),
            lambda r: edit(r / AREAS / "08-fordon.yaml", "title: Stöld ur eller från motorfordon", "title: Stölder ur fordon"),
        ),
        [("area", "renamed", "title", "Stölder ur fordon")],
    ),
    (
        "a file renamed only",
        lambda r: git(r, "mv", TRAFIK, f"{AREAS}/09-trafiken.yaml"),
        [],
    ),
    (
        "an activity added",
        lambda r: edit(
            r / AREAS / "09-trafiken.yaml", "      - trafikkontroller\n", "      - trafikkontroller\n      - cykelkontroller\n"
        ),
        [("activity", "added", "", "cykelkontroller")],
    ),
    (
        "an activity removed",
        lambda r: edit(r / AREAS / "09-trafiken.yaml", "      - cykelkontroller\n", ""),
        [("activity", "removed", "", "cykelkontroller")],
    ),
    (
        "an activity reworded",
        lambda r: edit(r / NEDSKRAPNING, "      - anordna städdagar\n", "      - anordna städdagar två gånger per år\n"),
        [("activity", "reworded", "text", "anordna städdagar två gånger per år")],
    ),
    (
        "an activity moved",
        doing(
            lambda r: edit(r / AREAS / "09-trafiken.yaml", "      - ombyggnationer (ex. hastighetsdämapande hinder)\n", ""),
            lambda r: edit(
                r / AREAS / "08-fordon.yaml",
                "    activities:\n",
                "    activities:\n      - text: ombyggnationer (ex. hastighetsdämapande hinder)\n"
                "        lead: [Polisen, Fastighets- och gatukontoret, Socialtjänsten]\n",
            ),
        ),
        [("activity", "moved", "area", "ombyggnationer (ex. hastighetsdämapande hinder)")],
    ),
    (
        "an actor joins an activity",
        lambda r: edit(
            r / AREAS / "08-fordon.yaml",
            "informationsinsats vid parkeringsplatser ”töm bilen själv”.\n",
            "text: informationsinsats vid parkeringsplatser ”töm bilen själv”.\n        participants: Fastighetsbolagen\n",
        ),
        [("activity", "actors", "actors", "informationsinsats vid parkeringsplatser ”töm bilen själv”.")],
    ),
    (
        "a quantity",
        lambda r: edit(
            r / AREAS / "09-trafiken.yaml",
            "      - trafikkontroller\n",
            "      - text: trafikkontroller\n        quantity: {amount: 20, unit: trafikkontroller, at_least: true}\n",
        ),
        [("activity", "changed", "quantity", "trafikkontroller")],
    ),
    (
        "the quantity again",
        lambda r: edit(r / AREAS / "09-trafiken.yaml", "amount: 20", "amount: 25"),
        [("activity", "changed", "quantity", "trafikkontroller")],
    ),
    (
        "a date",
        lambda r: edit(r / AREAS / "09-trafiken.yaml", "        quantity:", "        end: 2023-10\n        quantity:"),
        [("activity", "changed", "end", "trafikkontroller")],
    ),
    (
        "follow-up",
        lambda r: edit(
            r / AREAS / "09-trafiken.yaml",
            "        end: 2023-10\n",
            "        end: 2023-10\n        status: done\n        achieved: 31\n",
        ),
        [("activity", "follow-up", "status", "trafikkontroller"), ("activity", "follow-up", "achieved", "trafikkontroller")],
    ),
    (
        "an actor in the registry",
        lambda r: append(r / "data/actors.yaml", "\n  - id: nattvandrarna\n    name: Nattvandrarna\n    type: civil-society\n"),
        [("actor", "added", "", "Nattvandrarna")],
    ),
    (
        "the same, written otherwise",
        doing(
            lambda r: edit(
                r / AREAS / "09-trafiken.yaml",
                "[Polisen, Fastighets- och gatukontoret, Socialtjänsten]",
                "[polis, Fastighets- och gatukontoret, Socialtjänsten]",
            ),
            lambda r: edit(
                r / AREAS / "09-trafiken.yaml",
                "{amount: 25, unit: trafikkontroller, at_least: true}",
                '{unit: "trafikkontroller", amount: 25, at_least: true}',
            ),
            lambda r: edit(
                r / "data/promise.yaml",
                "subtitle: Involverade aktörer och exempel",
                "subtitle: >-\n  Involverade aktörer\n  och exempel",
            ),
        ),
        [],
    ),
    (
        "an actor removed from the registry",
        lambda r: edit(r / "data/actors.yaml", "\n  - id: nattvandrarna\n    name: Nattvandrarna\n    type: civil-society\n", ""),
        [("actor", "removed", "", "Nattvandrarna")],
    ),
    (
        "an area removed",
        lambda r: git(r, "rm", "-q", f"{AREAS}/10-bidragsbrott.yaml"),
        [
            ("area", "removed", "", "Brott mot välfärden – bidragsbrott"),
            ("activity", "removed", "", "kontroller av utbetalningar"),
        ],
    ),
]


def test_each_kind_of_change_is_reported_once_and_nothing_else(repo: Path) -> None:
    for message, change, expected in STEPS:
        change(repo)
        assert api.validate([repo / "data"]).errors == 0, message
        git(repo, "add", "-A")
        git(repo, "commit", "-q", "--allow-empty", "-m", message)
        comparison = api.compare_revision("HEAD~1", [repo / "data"], to="HEAD")
        found = [c for d in comparison.directories for c in d.changes]
        assert summary(found) == expected, message
        assert comparison.unchanged == (0 if comparison.directories else 1)
    # Over all commits at once, the working tree against the first.
    everything = api.compare_revision(f"HEAD~{len(STEPS)}", [repo / "data"])
    kinds = {(c.target.value, c.kind.value) for c in everything.directories[0].changes}
    assert ("area", "renamed") in kinds
    assert ("activity", "moved") in kinds
    assert ("area", "added") not in kinds  # added, then removed again


def test_the_working_tree_with_a_file_not_yet_added(repo: Path) -> None:
    (repo / AREAS / "10-ny.yaml").write_text(
        "title: Nytt område\ncommitments:\n  - actors: Polisen\n    activities:\n      - ny aktivitet\n", encoding="utf-8"
    )
    comparison = api.compare_revision("HEAD", [repo / "data"])
    assert summary(comparison.directories[0].changes) == [
        ("area", "added", "", "Nytt område"),
        ("activity", "added", "", "ny aktivitet"),
    ]
    assert comparison.directories[0].old_name == "HEAD:data"
    assert comparison.directories[0].new_name == (repo / "data").as_posix()


def test_locations_at_a_revision_are_shown_as_git_names_them(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    edit(repo / NEDSKRAPNING, "title: Nedskräpning", "title: [Nedskräpning")
    git(repo, "commit", "-qam", "broken")
    edit(repo / NEDSKRAPNING, "title: [Nedskräpning", "title: Nedskräpning")
    monkeypatch.chdir(repo)
    comparison = api.compare_revision("HEAD", ["data"])
    directory = comparison.directories[0]
    assert directory.invalid == ("HEAD:data",)
    assert {f.loc.path for f in directory.findings} == {"HEAD:data/areas/01-nedskrapning.yaml"}
    assert comparison.exit_code() == 1
    # git itself finds the file by that name
    assert "Nedskräpning" in git(repo, "show", "HEAD:data/areas/01-nedskrapning.yaml")


def test_unchanged_directories_are_not_read(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(repo / "data", repo / "other")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "two")
    edit(repo / "other" / "areas" / "09-trafik.yaml", "trafikkontroller", "hastighetskontroller")
    read: list[Path] = []
    real = gitdata.loading.load

    def counting(root: Path | str, shown: str | None = None) -> api.Dataset:
        read.append(Path(root))
        return real(root, shown)

    monkeypatch.setattr(gitdata.loading, "load", counting)
    comparison = api.compare_revision("HEAD", [repo / "data", repo / "other"])
    assert comparison.unchanged == 1
    assert [d.new_name for d in comparison.directories] == [(repo / "other").as_posix()]
    assert [c.kind.value for c in comparison.directories[0].changes] == ["reworded"]
    assert len(read) == 2  # the changed directory, at HEAD and in the working tree


def test_a_directory_on_one_side_only(repo: Path) -> None:
    shutil.copytree(repo / "data", repo / "new")
    comparison = api.compare_revision("HEAD", [repo / "new"])
    assert summary(comparison.directories[0].changes) == [("directory", "added", "", (repo / "new").as_posix())]
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "new")
    git(repo, "rm", "-rq", "new")
    git(repo, "commit", "-qm", "gone")
    comparison = api.compare_revision("HEAD~1", [repo / "new"], to="HEAD")
    assert summary(comparison.directories[0].changes) == [("directory", "removed", "", "HEAD~1:new")]
    with pytest.raises(UsageError, match="holds no data at HEAD~2 nor at HEAD"):
        api.compare_revision("HEAD~2", [repo / "new"], to="HEAD")


def test_object_ids_are_gits(repo: Path) -> None:
    path = repo / "data" / "promise.yaml"
    assert gitdata.object_id(path.read_bytes()) == git(repo, "hash-object", str(path)).strip()
    files = gitdata.folder_files(repo / "data")
    repository = gitdata.Repository(repo / "data")
    assert repository.files(repository.commit("HEAD"), ["data"])["data"] == files
    assert sorted(files)[:3] == ["actors.yaml", "areas/01-nedskrapning.yaml", "areas/02-narkotikabrott.yaml"]


def test_only_the_files_the_loader_reads() -> None:
    assert gitdata.is_loaded("promise.yaml")
    assert gitdata.is_loaded("actors.yml")
    assert gitdata.is_loaded("areas/01-trafik.yaml")
    assert not gitdata.is_loaded("areas/.hidden.yaml")
    assert not gitdata.is_loaded("areas/old/01.yaml")
    assert not gitdata.is_loaded("README.md")
    assert not gitdata.is_loaded("schema/area.schema.json")


def test_git_errors_are_usage_errors(repo: Path, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="'nope' is neither a folder nor a revision"):
        api.compare_revision("nope", [repo / "data"])
    with pytest.raises(UsageError, match="is not a revision"):
        api.compare_revision("--output=x", [repo / "data"])
    outside = tmp_path / "outside"
    shutil.copytree(DATA, outside)
    with pytest.raises(UsageError, match="is not in a git repository; to compare two folders, give both"):
        api.compare_revision("HEAD", [outside])
    with pytest.raises(UsageError, match="is not inside the git repository"):
        api.compare_revision("HEAD", [repo / "data", outside])
    with pytest.raises(UsageError, match="does not exist"):
        api.compare_revision("HEAD", [repo / "missing"])


def test_git_missing(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")
    with pytest.raises(UsageError, match="git is not installed"):
        api.compare_revision("HEAD", [repo / "data"])


def test_the_commit_date(repo: Path) -> None:
    repository = gitdata.Repository(repo)
    day = repository.commit_date(repository.commit("HEAD"))
    assert len(day) == 10
    assert day[4] == "-"


def test_a_pending_replacement_is_what_the_folder_holds(tmp_path: Path) -> None:
    """While medlofte collect's journal is there the loader reads the new files; so does the
    comparison of object ids."""
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    new = folder / "areas" / ".01-nedskrapning.yaml.medlofte-new"
    new.write_text("title: Nedskräpning\n", encoding="utf-8")
    (folder / ".medlofte-commit.json").write_text(
        '[["areas/.01-nedskrapning.yaml.medlofte-new", "areas/01-nedskrapning.yaml"]]', encoding="utf-8"
    )
    assert gitdata.folder_files(folder)["areas/01-nedskrapning.yaml"] == gitdata.object_id(b"title: Nedskr\xc3\xa4pning\n")
