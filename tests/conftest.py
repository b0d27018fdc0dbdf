"""Shared fixtures: the bundled data, the minimal data set, a CLI runner."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
MINIMAL = Path(__file__).parent / "fixtures" / "minimal"
FOLLOWED_UP = Path(__file__).parent / "fixtures" / "followed-up"
# Small valid data whose values pin behaviour that is easy to break quietly (see its promise.yaml).
PINNED = Path(__file__).parent / "fixtures" / "pinned"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def minimal(tmp_path: Path) -> Path:
    """A private copy of the minimal valid data set, free to change."""
    target = tmp_path / "data"
    shutil.copytree(MINIMAL, target)
    return target


@pytest.fixture
def seed(tmp_path: Path) -> Path:
    """A private copy of the bundled 2023 data."""
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


@pytest.fixture(autouse=True)
def _no_ci_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests see the same environment locally and in CI."""
    for name in ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "NO_COLOR", "MEDLOFTE_DEBUG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def _english_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Messages in English whatever the machine's locale; a test asks for Swedish with
    --lang sv or MEDLOFTE_LANG=sv."""
    from medlofte import messages

    monkeypatch.setenv("MEDLOFTE_LANG", "en")
    messages.use("en")
