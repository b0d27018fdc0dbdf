"""The pre-commit hook, run by pre-commit itself in a scratch repository: it blocks a
commit with an unknown actor and lets a clean one through.

pre-commit installs medlofte from this repository's last commit (it needs git and the
package index); the test is skipped where that commit has no .pre-commit-hooks.yaml.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import DATA, ROOT


def _head_has_hooks() -> str | None:
    if shutil.which("git") is None:
        return None
    done = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return None
    sha = done.stdout.strip()
    has = subprocess.run(
        ["git", "-C", str(ROOT), "cat-file", "-e", f"{sha}:.pre-commit-hooks.yaml"], capture_output=True, check=False
    )
    return sha if has.returncode == 0 else None


SHA = _head_has_hooks()
pytestmark = [
    pytest.mark.external,  # git and pre-commit
    pytest.mark.skipif(SHA is None and not os.environ.get("MEDLOFTE_REQUIRE_PRECOMMIT"), reason="no commit with the hook"),
]


def git(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
    }
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, env=env, check=False)


def test_hook_blocks_an_unknown_actor_and_passes_clean_data(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    assert git(repo, "init", "-q", "-b", "main").returncode == 0
    shutil.copytree(DATA, repo / "data")
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {ROOT.as_posix()}\n    rev: {SHA}\n    hooks:\n      - id: medlofte-validate\n", encoding="utf-8"
    )
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache")}
    pre_commit = [sys.executable, "-m", "pre_commit"]
    installed = subprocess.run([*pre_commit, "install"], cwd=repo, capture_output=True, text=True, env=env, check=False)
    assert installed.returncode == 0, installed.stdout + installed.stderr

    def commit(message: str) -> subprocess.CompletedProcess[str]:
        git(repo, "add", "-A")
        return subprocess.run(
            ["git", "commit", "-q", "-m", message],
            cwd=repo,
            capture_output=True,
            text=True,
            env={
                **env,
                "GIT_AUTHOR_NAME": "t",
                "GIT_AUTHOR_EMAIL": "t@e.org",
                "GIT_COMMITTER_NAME": "t",
                "GIT_COMMITTER_EMAIL": "t@e.org",
            },
            check=False,
            timeout=900,
        )

    clean = commit("the 2023 promise")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    area = repo / "data" / "areas" / "09-trafik.yaml"
    area.write_text(area.read_text(encoding="utf-8").replace("[Polisen,", "[Polsen,"), encoding="utf-8")
    blocked = commit("a typo")
    assert blocked.returncode != 0
    assert "[ML301] Unknown actor 'Polsen'. Did you mean 'Polisen'?" in blocked.stdout + blocked.stderr
    assert git(repo, "rev-list", "--count", "HEAD").stdout.strip() == "1"
