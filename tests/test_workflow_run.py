"""The CI set-up `medlofte init` writes passes on its first push, with no package index
for medlofte: the workflow's `run:` steps (and GitLab's script) are run in order, as the
runner runs them, in a fresh virtual environment inside the new repository.

Needs pip to reach PyPI for medlofte's dependencies, so marked external and slow.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest
import yaml

from medlofte.actions import init as scaffold
from medlofte.choices import CiKind

pytestmark = [pytest.mark.external, pytest.mark.slow]


def fresh_venv(where: Path) -> Path:
    """A new virtual environment with pip and nothing else; its bin (Scripts) folder."""
    venv.EnvBuilder(with_pip=True, clear=True).create(where)
    return where / ("Scripts" if sys.platform == "win32" else "bin")


def run_steps(repository: Path, steps: list[str], env: dict[str, str]) -> list[subprocess.CompletedProcess[str]]:
    done = []
    for script in steps:
        result = subprocess.run(
            ["bash", "-e", "-c", script], cwd=repository, env=env, capture_output=True, text=True, timeout=600, check=False
        )
        done.append(result)
        assert result.returncode == 0, f"{script}\n{result.stdout}\n{result.stderr}"
    return done


def runner_env(bin_dir: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MEDLOFTE_", "VIRTUAL_ENV", "PYTHON"))}
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    env.update(extra)
    return env


def test_the_github_workflow_passes_on_its_first_push(tmp_path: Path) -> None:
    repository = tmp_path / "medborgarlofte"
    scaffold.init(repository)
    workflow = yaml.safe_load((repository / ".github" / "workflows" / "medlofte.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["medlofte"]["steps"]
    # A push, not a pull request: steps with `if: github.event_name == 'pull_request'` are skipped.
    scripts = [s["run"] for s in steps if "run" in s and "pull_request" not in s.get("if", "")]
    assert scripts[0] == "pip install -r .medlofte/requirements.txt"
    summary = tmp_path / "summary.md"
    summary.touch()
    bin_dir = fresh_venv(tmp_path / "runner-venv")
    env = runner_env(bin_dir, GITHUB_ACTIONS="true", GITHUB_STEP_SUMMARY=str(summary), CI="true")
    results = run_steps(repository, scripts, env)
    # pip took medlofte from the wheel in the repository, not from an index.
    assert "Processing ./.medlofte/medlofte-0.1.0-py3-none-any.whl" in results[0].stdout
    assert results[1].stdout == "Checked 5 files in 1 data directory: no problems found.\n"
    assert results[2].stderr.splitlines() == ["Wrote out/medborgarlofte-i-kungalv.md", "Wrote out/medborgarlofte-i-kungalv.html"]
    assert (repository / "out" / "medborgarlofte-i-kungalv.html").is_file()


def test_the_gitlab_script_passes_on_its_first_push(tmp_path: Path) -> None:
    repository = tmp_path / "medborgarlofte"
    scaffold.init(repository, ci=CiKind.gitlab)
    pipeline = yaml.safe_load((repository / ".gitlab-ci.yml").read_text(encoding="utf-8"))
    scripts = pipeline["medlofte"]["script"]
    bin_dir = fresh_venv(tmp_path / "runner-venv")
    run_steps(repository, scripts, runner_env(bin_dir, CI="true", GITLAB_CI="true"))
    assert yaml.safe_load((repository / "gl-code-quality-report.json").read_text(encoding="utf-8")) == []
    assert (repository / "out" / "medborgarlofte-i-kungalv.md").is_file()
