"""Case folders: tests/cases/<name>/ turned into a data directory and its expected findings.

A case folder holds
  data/        files laid over the minimal valid data set (tests/fixtures/minimal/),
  delete       optional: paths (relative to the data directory) to remove from it,
  generate.py  optional: ``generate(data_dir)`` writes files too large to keep in git,
  expected     the expected findings, one ``path:line:column: severity [code]`` a line,
               paths relative to the data directory; empty for a valid case.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

TESTS = Path(__file__).parent
CASES = TESTS / "cases"
MINIMAL = TESTS / "fixtures" / "minimal"


def case_names() -> list[str]:
    return sorted(p.name for p in CASES.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))


def build(name: str, target: Path) -> Path:
    """Lay the case out as a complete data directory under ``target``."""
    case = CASES / name
    data = target / "data"
    shutil.copytree(MINIMAL, data)
    overlay = case / "data"
    if overlay.is_dir():
        shutil.copytree(overlay, data, dirs_exist_ok=True)
    deletions = case / "delete"
    if deletions.is_file():
        for line in deletions.read_text(encoding="utf-8").split():
            (data / line).unlink()
    generator = case / "generate.py"
    if generator.is_file():
        spec = importlib.util.spec_from_file_location(f"case_{name.replace('-', '_')}", generator)
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.generate(data)
    return data


def expected(name: str) -> list[str]:
    path = CASES / name / "expected"
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
