"""Installing without the package index: scripts/build-dist.py builds a wheel and a shiv
zipapp; the zipapp runs `validate` and `render` with a plain Python in a clean virtual
environment (nothing installed in it), and the wheel installs with one pipx command.

Marked external and slow: building resolves the dependencies through pip. Needs shiv and
pipx (both in the test extra); skipped without them unless MEDLOFTE_REQUIRE_DIST=1.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from conftest import DATA, ROOT

_TOOLS = all(importlib.util.find_spec(name) is not None for name in ("shiv", "pipx"))
pytestmark = [
    pytest.mark.external,
    pytest.mark.slow,
    pytest.mark.skipif(not _TOOLS and not os.environ.get("MEDLOFTE_REQUIRE_DIST"), reason="needs shiv and pipx"),
]
BIN = "Scripts" if sys.platform == "win32" else "bin"


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("dist")
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build-dist.py"), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    (wheel,) = out.glob("medlofte-*-py3-none-any.whl")
    (pyz,) = out.glob("medlofte-*.pyz")
    assert done.stdout.splitlines() == [f"Wrote {wheel}", f"Wrote {pyz}"]
    return {"wheel": wheel, "pyz": pyz}


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MEDLOFTE_", "VIRTUAL_ENV", "PYTHON"))}
    env.update(extra)
    return env


def test_the_zipapp_validates_and_renders_with_a_plain_python(dist: dict[str, Path], tmp_path: Path) -> None:
    builder = venv.EnvBuilder(with_pip=False, clear=True)
    builder.create(tmp_path / "clean")
    python = tmp_path / "clean" / BIN / "python"
    nothing = subprocess.run([python, "-c", "import yaml"], capture_output=True, text=True, check=False)
    assert nothing.returncode == 1  # really clean: not even PyYAML
    work = tmp_path / "work"
    shutil.copytree(DATA, work / "data")
    env = clean_env(SHIV_ROOT=str(tmp_path / "shiv"))

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [python, dist["pyz"], *args], cwd=work, env=env, capture_output=True, text=True, timeout=300, check=False
        )

    validated = run("validate")
    assert (validated.returncode, validated.stdout) == (0, "Checked 11 files in 1 data directory: no problems found.\n")
    rendered = run("render")
    assert rendered.returncode == 0, rendered.stderr
    assert rendered.stderr.splitlines() == ["Wrote out/medborgarlofte-2023.md", "Wrote out/medborgarlofte-2023.html"]
    assert "<h1" in (work / "out" / "medborgarlofte-2023.html").read_text(encoding="utf-8")
    swedish = run("--lang", "sv", "validate", "saknas")
    assert swedish.returncode == 2
    assert swedish.stderr.startswith("medlofte: datamappen 'saknas' finns inte")


def test_the_wheel_installs_with_one_pipx_command(dist: dict[str, Path], tmp_path: Path) -> None:
    env = clean_env(PIPX_HOME=str(tmp_path / "pipx"), PIPX_BIN_DIR=str(tmp_path / "bin"), PIPX_MAN_DIR=str(tmp_path / "man"))
    installed = subprocess.run(
        [sys.executable, "-m", "pipx", "install", str(dist["wheel"])],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert installed.returncode == 0, installed.stderr
    medlofte = tmp_path / "bin" / ("medlofte.exe" if sys.platform == "win32" else "medlofte")
    checked = subprocess.run([medlofte, "validate", str(DATA)], env=env, capture_output=True, text=True, timeout=120, check=False)
    assert (checked.returncode, checked.stdout) == (0, "Checked 11 files in 1 data directory: no problems found.\n")
