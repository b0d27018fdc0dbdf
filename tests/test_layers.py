"""The package's rooms hold: each stage imports only the stages before it, the heavy
libraries stay in output/, and no module reaches into another's private names.

Read from the source with ``ast``, so an import inside a function counts as much as one at
the top of a file.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from conftest import ROOT

PACKAGE = ROOT / "src" / "medlofte"

# What each room may import from medlofte (besides itself); the top-level helpers
# `medlofte` (__version__), `errors`, `choices` and the messages in two languages
# (`messages`, its Swedish catalogue `locale_sv`) are open to every room.
SHARED = {"medlofte", "medlofte.errors", "medlofte.choices", "medlofte.messages", "medlofte.locale_sv"}
ALLOWED = {
    "data": {"data"},
    "views": {"data", "views"},
    "output": {"data", "views", "output"},
    "actions": {"data", "views", "output", "actions"},
    "gitdata": {"data"},  # reading a git revision: I/O at the edge, into the data stage's loader
    # The live preview's edge (HTTP, the watcher): it builds pages as the API does and
    # serves them; the API starts it, and only the API.
    "server": {"data", "views", "output", "server"},
    "importer": {"data", "actions", "importer"},  # reads files into a draft; writes through actions
    "api": {"data", "views", "output", "actions", "gitdata", "server", "importer"},
    "cli": {"api"},
}
# Single names a room may take from a room it may not otherwise import.
EXCEPTIONS = {("medlofte.cli", "medlofte.data.model", "Status")}  # the --status choices are the model's own
HEAVY = {"rich", "jinja2", "markupsafe", "weasyprint"}


def modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE.parent).with_suffix("")
        name = ".".join(relative.parts).removesuffix(".__init__")
        found[name] = path
    return found


def room(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "medlofte"


def imports(path: Path) -> list[tuple[str, list[str], int]]:
    """(module, names, line) of every import in the file; relative imports resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, [], node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{path}:{node.lineno}: use absolute imports"
            found.append((node.module or "", [alias.name for alias in node.names], node.lineno))
    return found


def test_the_rooms_exist_and_hold_modules() -> None:
    rooms = {room(m) for m in modules()}
    assert {"data", "views", "output", "actions", "gitdata", "server", "api", "cli", "errors", "choices"} <= rooms


@pytest.mark.parametrize("module", [m for m in modules() if room(m) in ALLOWED])
def test_each_room_imports_only_the_rooms_before_it(module: str) -> None:
    allowed = ALLOWED[room(module)]
    wrong = []
    for target, names, line in imports(modules()[module]):
        if target.split(".")[0] != "medlofte":
            continue
        if names and all((module, target, n) in EXCEPTIONS for n in names):
            continue
        candidates = [target] if target != "medlofte" else [f"medlofte.{n}" for n in names]
        for candidate in candidates:
            if candidate in SHARED or candidate == "medlofte.__version__" or room(candidate) in allowed:
                continue
            wrong.append(f"line {line}: {candidate}")
    assert wrong == []


@pytest.mark.parametrize("module", list(modules()))
def test_rich_jinja2_and_weasyprint_only_in_output(module: str) -> None:
    heavy = [t for t, _, _ in imports(modules()[module]) if t.split(".")[0] in HEAVY]
    assert room(module) == "output" or heavy == []


@pytest.mark.parametrize("module", list(modules()))
def test_typer_only_in_the_command_line(module: str) -> None:
    typer = [t for t, _, _ in imports(modules()[module]) if t.split(".")[0] in ("typer", "click")]
    assert module in ("medlofte.cli", "medlofte.__main__") or typer == []


@pytest.mark.parametrize("module", list(modules()))
def test_no_module_imports_another_modules_private_names(module: str) -> None:
    path = modules()[module]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    aliases = {}  # local name -> medlofte module it stands for
    private = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("medlofte"):
            for alias in node.names:
                if alias.name.startswith("_") and not alias.name.startswith("__"):
                    private.append(f"line {node.lineno}: {node.module}.{alias.name}")
                aliases[alias.asname or alias.name] = f"{node.module}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("medlofte"):
                    aliases[alias.asname or alias.name] = alias.name
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in aliases
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
        ):
            private.append(f"line {node.lineno}: {node.value.id}.{node.attr}")
    assert private == []


def test_the_data_stage_imports_no_views_output_or_actions() -> None:
    """The rule stated on its own, so that a failure says it plainly."""
    for module, path in modules().items():
        if room(module) != "data":
            continue
        for target, _, line in imports(path):
            assert room(target) not in ("views", "output", "actions", "api", "cli"), f"{module} line {line} imports {target}"
