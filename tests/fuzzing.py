"""Mutation fuzzing of every command: damaged copies of real data, run as a user would.

An *input* is a data directory made from one of the seeds (the bundled data, the fixtures,
the starter promises) by one to three mutations: bytes, lines, line ends, encodings, values
a coordinator pastes from Word, YAML from the yaml-test-suite (tests/fuzz/), and files put in
the wrong place or linked from outside. Every command then runs on it in-process, and
:func:`check` names what went wrong: an exit code other than 0, 1 or 2, an internal error,
a control character or a secret from outside the data in the output, JSON that is not JSON,
a document with a control character, or -- the promise of ``validate`` -- a command that
fails on data that ``validate`` passed.

The same seed and index give the same input, so a failure is reproduced with
``python scripts/fuzz.py --seed S --start I --inputs 1 --keep DIR``.
"""

from __future__ import annotations

import functools
import json
import os
import random
import re
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import typer.main
from typer.testing import CliRunner

from medlofte.cli import app

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
STARTER = ROOT / "src" / "medlofte" / "actions" / "starter"
SUITE = TESTS / "fuzz" / "yaml-test-suite.json"
SECRET = "ghp_fuzzSECRETtoken0123456789"

SEEDS = [
    ROOT / "data",
    TESTS / "fixtures" / "minimal",
    TESTS / "fixtures" / "followed-up",
    *sorted(p / "data" for p in (TESTS / "fixtures" / "published").iterdir() if (p / "data").is_dir()),
    STARTER / "example",
    STARTER / "empty",
]

# What ends up in YAML files by mistake or on purpose: paste from Word, YAML syntax, escapes
# of control characters, numbers and texts at the edges.
TOKENS = [
    "• ", "•", "– ", "— ", "1. ", "2) ", "-", "- ", "* ", "+ ", "\uf0b7\t", " #3", " # c", "#", "“", "”", "’", "„",
    "\u00a0", "\u00a0\u00a0", "\u2007", "\u3000", "\t", ":", ": ", " :", "'", '"', "\\", "&a ", "*a", "!!str ", "!x ",
    "<<: ", "? ", "{", "}", "[", "]", ",", "|", "|-", ">", "---\n", "...\n", "%YAML 1.1\n", "\u2028", "\u2029",
    "\x85", "\r", "\r\n", "\ufeff", "\u200b", "\u202e", "~", "null", "true", "NO", "12:30", "0x1F", "1e3", ".inf",
    ".nan", "0o17", "2023-02-29", "2024-02-29", "2026-06-31", "9" * 20, "1" * 5000, "0." + "0" * 400 + "1",
    "1" + "0" * 400 + ".5", "x" * 300, "ord " * 80, "é", "\U0001f600", '"\\e\\a\\b\\x7f\\u009b"',
    '"\\x1b]0;title\\x07"', '"\\0\\r"', '"\\u2028\\x85"', "<script>alert(1)</script>", "{{ 7*7 }}", "{% raw %}",
    "| a | b |", "# Rubrik", "[x](javascript:alert(1))", "=HYPERLINK(\"http://x\")", "@SUM(A1)", "+1", "-1",
    "\n  ", "\n- ", "\n    - ", "\n      ", "key: value\n",
]  # fmt: skip
VALUES = [
    "", "~", "null", "true", "false", "NO", "0", "-5", "3.5", "1" * 30, "1" * 5000, "1" + "0" * 400 + ".5",
    "2023-06-30", "2024-02-29", "2023-13-01", "12:30", "Polisen", "Polsen", "okänd aktör", "[Polisen, Kommunen]",
    "[]", "{}", "{text: a}", '"\\e[2J\\x9b"', '"a\\u2028b\\x85c"', "'kvoterad # text'", "Alla soprum i kvarter #3",
    "“Narkotika: bland unga”", "|\n  - a\n  - b\n", "|\n  • a\n  1. b\n", ">\n  a\n  - b\n", "\n  • a\n  • b\n",
    "\n  - a\n   - b\n", "Medborgarlöfte " * 16 + "2025", "x" * 2000, "=cmd|' /C calc'!A0", "done", "planerad",
]  # fmt: skip


@functools.cache
def suite_documents() -> list[str]:
    """Every document of the yaml-test-suite (valid and invalid ones)."""
    return [case["yaml"] for case in json.loads(SUITE.read_text(encoding="utf-8"))]


class Outcome(NamedTuple):
    command: str
    code: int
    output: str
    problem: str | None = None


Mutation = Callable[[random.Random, Path], None]


def _yaml_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink())


def _pick_file(rng: random.Random, root: Path) -> Path | None:
    files = _yaml_files(root)
    return rng.choice(files) if files else None


def _read(path: Path) -> str:
    return path.read_bytes().decode("utf-8", "surrogateescape")


def _write(path: Path, text: str) -> None:
    path.write_bytes(text.encode("utf-8", "surrogateescape"))


def _lines(text: str) -> list[str]:
    return text.split("\n")


def _text_edit(edit: Callable[[random.Random, str], str]) -> Mutation:
    def mutate(rng: random.Random, root: Path) -> None:
        path = _pick_file(rng, root)
        if path is not None:
            _write(path, edit(rng, _read(path)))

    mutate.__name__ = edit.__name__
    return mutate


def _insert_token(rng: random.Random, text: str) -> str:
    token = rng.choice(TOKENS)
    lines = _lines(text)
    where = rng.randrange(4)
    if where == 0 or not lines:
        at = rng.randint(0, len(text))
        return text[:at] + token + text[at:]
    index = rng.randrange(len(lines))
    line = lines[index]
    if where == 1:  # at the start of the line's content
        indent = len(line) - len(line.lstrip(" "))
        lines[index] = line[:indent] + token + line[indent:]
    elif where == 2 and ": " in line:  # at the start of a value
        at = line.index(": ") + 2
        lines[index] = line[:at] + token + line[at:]
    else:
        lines[index] = line + token
    return "\n".join(lines)


def _replace_value(rng: random.Random, text: str) -> str:
    lines = _lines(text)
    keyed = [i for i, line in enumerate(lines) if re.match(r"\s*(- )?[a-z_]+:", line)]
    if not keyed:
        return text
    index = rng.choice(keyed)
    key = lines[index][: lines[index].index(":") + 1]
    value = rng.choice(VALUES)
    indent = " " * (len(key) - len(key.lstrip()) + 2)
    lines[index] = f"{key} {value}" if not value.startswith("\n") else key + value.replace("\n", "\n" + indent)
    return "\n".join(lines)


def _line_edit(rng: random.Random, text: str) -> str:
    lines = _lines(text)
    if len(lines) < 2:
        return text
    i = rng.randrange(len(lines) - 1)
    kind = rng.randrange(8)
    if kind == 0:
        del lines[i]
    elif kind == 1:
        lines.insert(i, lines[i])
    elif kind == 2:
        lines[i], lines[i + 1] = lines[i + 1], lines[i]
    elif kind == 3:
        lines[i] = " " * rng.randint(1, 2) + lines[i]
    elif kind == 4:
        lines[i] = lines[i][rng.randint(1, 2) :] if lines[i].startswith(" ") else lines[i]
    elif kind == 5:
        lines[i : i + 2] = [lines[i] + " " + lines[i + 1].strip()]
    elif kind == 6 and " " in lines[i].strip():
        at = lines[i].rindex(" ")
        indent = len(lines[i]) - len(lines[i].lstrip())
        lines[i : i + 1] = [lines[i][:at], " " * (indent + rng.choice((0, 1, 2, 4))) + lines[i][at + 1 :]]
    else:
        j = rng.randrange(len(lines))
        lines.insert(j, lines.pop(i))
    return "\n".join(lines)


def _bytes_edit(rng: random.Random, root: Path) -> None:
    path = _pick_file(rng, root)
    if path is None:
        return
    data = bytearray(path.read_bytes())
    for _ in range(rng.randint(1, 4)):
        at = rng.randint(0, len(data))
        kind = rng.randrange(3)
        if kind == 0:
            del data[at : at + rng.randint(1, 8)]
        elif kind == 1:
            data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 4)))
        elif data:
            data[min(at, len(data) - 1)] ^= 1 << rng.randrange(8)
    path.write_bytes(bytes(data))


def _line_ends(rng: random.Random, text: str) -> str:
    choice = rng.randrange(7)
    if choice == 0:
        return text.replace("\n", "\r\n")
    if choice == 1:
        return text.replace("\n", "\r")
    if choice == 2:
        return text.replace("\n", rng.choice(("\u2028", "\x85", "\u2029")))
    if choice == 3:
        return text.rstrip("\n")
    if choice == 4:
        return "\ufeff" + text
    if choice == 5:  # the file cut off after a key that rollover removes
        return text.rstrip("\n") + rng.choice(("\nsignatures:", "\nadopted:", "\nstatus: done", "\n  result: x"))
    lines = _lines(text)
    i = rng.randrange(len(lines))
    lines[i] = lines[i] + rng.choice(("\u2028", "\x85", "\r"))
    return "\n".join(lines)


def _encoding(rng: random.Random, root: Path) -> None:
    path = _pick_file(rng, root)
    if path is None:
        return
    text = _read(path)
    codec = rng.choice(("utf-16", "latin-1", "cp1252"))
    path.write_bytes(text.encode(codec, "replace"))


def _truncate(rng: random.Random, text: str) -> str:
    return text[: rng.randint(0, len(text))]


def _suite(rng: random.Random, root: Path) -> None:
    documents = suite_documents()
    document = rng.choice(documents)
    kind = rng.randrange(4)
    path = _pick_file(rng, root)
    if kind == 0 or path is None:
        areas = root / "areas"
        areas.mkdir(exist_ok=True)
        (areas / f"99-suite-{rng.randrange(1000)}.yaml").write_text(document, encoding="utf-8")
    elif kind == 1:
        path.write_text(document, encoding="utf-8")
    else:  # under a key, indented
        lines = _lines(_read(path))
        keyed = [i for i, line in enumerate(lines) if re.match(r"\s*(- )?[a-z_]+:\s*$", line)] or [len(lines) - 1]
        i = rng.choice(keyed)
        indent = " " * (len(lines[i]) - len(lines[i].lstrip()) + 2)
        lines[i + 1 : i + 1] = [indent + line for line in document.split("\n")]
        _write(path, "\n".join(lines))


def _files(rng: random.Random, root: Path) -> None:
    areas = sorted((root / "areas").glob("*.yaml")) if (root / "areas").is_dir() else []
    kind = rng.randrange(9)
    if not areas or kind == 0:
        victim = rng.choice(["promise.yaml", "actors.yaml", "areas"])
        target = root / victim
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
        return
    area = rng.choice(areas)
    if kind == 1:
        area.rename(area.with_suffix(".YAML"))
    elif kind == 2:
        area.rename(area.with_name(area.name + ".txt"))
    elif kind == 3:
        area.rename(root / area.name)
    elif kind == 4:
        (root / "area").mkdir(exist_ok=True)
        area.rename(root / "area" / area.name)
    elif kind == 5:
        (root / "areas" / "del").mkdir(exist_ok=True)
        area.rename(root / "areas" / "del" / area.name)
    elif kind == 6:  # a link to a file outside the data, holding a secret
        outside = root.parent / "outside.yaml"
        outside.write_text(f"title: {SECRET}\n{SECRET}: {SECRET}\n", encoding="utf-8")
        area.unlink()
        area.symlink_to(outside)
    elif kind == 7:
        area.write_bytes(b"")
    else:
        (root / "areas" / "kopia.yaml").write_bytes(area.read_bytes())


MUTATIONS: list[tuple[Mutation, int]] = [
    (_text_edit(_insert_token), 30),
    (_text_edit(_replace_value), 20),
    (_text_edit(_line_edit), 20),
    (_bytes_edit, 6),
    (_text_edit(_line_ends), 8),
    (_encoding, 2),
    (_text_edit(_truncate), 3),
    (_suite, 8),
    (_files, 5),
]


def make_input(seed: object, index: int, target: Path) -> Path:
    """Input ``index`` of run ``seed`` as a data directory ``target/data``."""
    rng = random.Random(f"{seed}-{index}")
    base = SEEDS[rng.randrange(len(SEEDS))]
    data = target / "data"
    shutil.copytree(base, data, symlinks=True)
    mutations, weights = zip(*MUTATIONS, strict=True)
    for mutate in rng.choices(mutations, weights, k=rng.choice((1, 1, 2, 3))):
        mutate(rng, data)
    return data


# ---------------------------------------------------------------------------------------
# Running every command

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff]|\r(?!\n)")
_RUNNER = CliRunner()
# typer's runner builds the click command anew on every call, half the time of a fuzzing
# run; the command does not change, so it is built once.
_COMMAND = typer.main.get_command(app)
ENV = {"COLUMNS": "80", "NO_COLOR": "1", "GITHUB_ACTIONS": "", "GITHUB_STEP_SUMMARY": "", "MEDLOFTE_DEBUG": ""}


def _run(args: list[str]) -> tuple[int, str, str, BaseException | None]:
    """Exit code, standard output, both streams, and an exception that escaped (a bug)."""
    error: BaseException | None = None
    with _RUNNER.isolation(env=ENV) as streams:
        try:
            _COMMAND.main(args=args, prog_name="medlofte")
            code = 0
        except SystemExit as done:
            code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
        except Exception as err:  # noqa: BLE001 - an exception that escapes a command is the bug looked for
            error, code = err, 1
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
        stdout = streams[0].getvalue().decode("utf-8", "replace")
        stderr = streams[1].getvalue().decode("utf-8", "replace")
    return code, stdout, stdout + stderr, error


def _strict_json(text: str) -> str | None:
    def refuse(constant: str) -> None:
        raise ValueError(f"{constant} is not JSON")

    try:
        json.loads(text, parse_constant=refuse)
    except ValueError as err:
        return f"not JSON: {err}"
    return None


def _first_actor(data: Path) -> str:
    """A name the actor command can be given: the first id in actors.yaml, if any."""
    try:
        text = (data / "actors.yaml").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return "Polisen"
    found = re.search(r"^\s*- id: *([a-z0-9][a-z0-9-]*) *$", text, re.MULTILINE)
    return found.group(1) if found else "Polisen"


def commands(data: Path, work: Path, rng: random.Random, every_format: bool) -> list[tuple[str, list[str]]]:
    """Every command on ``data`` (validate first); one output format each, or all of them."""

    def formats(*names: str) -> tuple[str, ...]:
        return names if every_format else (rng.choice(names),)

    d = str(data)
    runs: list[tuple[str, list[str]]] = [("validate json", ["validate", d, "--format", "json"])]
    runs += [(f"validate {f}", ["validate", d, "--format", f]) for f in formats("text", "github", "gitlab")]
    name = _first_actor(data)
    for f in formats("table", "md", "csv", "excel", "json", "xlsx"):
        target = ["--output", str(work / "form.xlsx")] if f == "xlsx" else []
        runs.append((f"actor {f}", ["actor", name, d, "--format", f, *target]))
        if f == "xlsx":  # the actor's own form, returned untouched: nothing to take in
            runs.append(("collect", ["collect", str(work / "form.xlsx"), d, "--dry-run", "--date", "2024-06-01"]))
    runs += [(f"actors {f}", ["actors", d, "--format", f]) for f in formats("table", "md", "csv", "excel", "json")]
    runs += [(f"status {f}", ["status", d, "--format", f, "--date", "2024-06-01"]) for f in formats("table", "md", "json")]
    for report in formats("promise", "follow-up"):
        out = work / f"out-{report}"
        runs.append((f"render {report}", ["render", d, "--report", report, "-f", "md", "-f", "html", "-o", str(out)]))
    if every_format:
        runs.append(("forms", ["forms", d, "--output", str(work / "forms")]))
    runs.append(("rollover", ["rollover", d, "--output", str(work / "next")]))
    return runs


def check(data: Path, work: Path, rng: random.Random, every_format: bool = False) -> list[Outcome]:
    """Run every command on one input; each outcome names its problem, if any.

    Data without errors must work with every command; only rollover may refuse (exit 2)
    data that validate warned about (a promise without a period has none to move)."""
    outcomes: list[Outcome] = []
    errors: int | None = None
    warnings = 0
    for label, args in commands(data, work, rng, every_format):
        code, stdout, output, error = _run(args)
        problem = None
        if error is not None:
            problem = f"internal error: {type(error).__name__}: {error}"
        elif code not in (0, 1, 2):
            problem = f"exit code {code}"
        elif "internal error" in output:
            problem = "internal error"
        elif _CONTROL.search(output):
            problem = f"control character in the output: {_CONTROL.search(output)!r}"
        elif SECRET in output:
            problem = "a file from outside the data directory was read and printed"
        elif label.endswith(("json", "gitlab")) and (code == 0 or (label.startswith("validate") and code == 1)):
            problem = _strict_json(stdout)
        if problem is None and label == "validate json" and code in (0, 1):
            summary = json.loads(stdout)["summary"]
            errors, warnings = summary["errors"], summary["warnings"]
        elif problem is None and errors == 0 and code != 0 and not (label == "rollover" and code == 2 and warnings):
            problem = f"validate found no errors but {label} failed with exit code {code}"
        if problem is None and code == 0 and label.startswith("render"):
            problem = _check_documents(work / f"out-{label.split()[1]}")
        if problem is None and code == 0 and label == "rollover":
            again, _, text, _ = _run(["validate", str(work / "next"), "--format", "text"])
            if again != 0:
                problem = f"the rolled-over data does not validate: {text[-300:]}"
        outcomes.append(Outcome(label, code, output, problem))
    return outcomes


def _check_documents(folder: Path) -> str | None:
    for path in sorted(folder.glob("*")):
        if path.suffix in (".md", ".html"):
            text = path.read_text(encoding="utf-8")
            if _CONTROL.search(text):
                return f"control character in {path.name}"
    return None


SUITE_FILES = ("promise.yaml", "actors.yaml", "areas/01-trafik.yaml")


def suite_inputs() -> int:
    """How many inputs it takes to put every yaml-test-suite document into a data directory."""
    return -(-len(suite_documents()) // len(SUITE_FILES))


def make_suite_input(index: int, target: Path) -> Path:
    """The minimal data with three documents of the yaml-test-suite as its three files."""
    data = target / "data"
    shutil.copytree(SEEDS[1], data)
    documents = suite_documents()[index * len(SUITE_FILES) : (index + 1) * len(SUITE_FILES)]
    for name, document in zip(SUITE_FILES, documents, strict=False):
        (data / name).write_text(document, encoding="utf-8")
    return data


def fuzz_suite(index: int, scratch: Path, every_format: bool = False) -> list[Outcome]:
    """Every command on suite input ``index``."""
    if scratch.exists():
        shutil.rmtree(scratch)
    scratch.mkdir(parents=True)
    data = make_suite_input(index, scratch)
    work = scratch / "work"
    work.mkdir()
    return check(data, work, random.Random(f"suite-{index}"), every_format)


def fuzz_one(seed: object, index: int, scratch: Path, every_format: bool = False) -> list[Outcome]:
    """Make input ``index`` in ``scratch`` and run every command on it."""
    if scratch.exists():
        shutil.rmtree(scratch)
    scratch.mkdir(parents=True)
    data = make_input(seed, index, scratch)
    work = scratch / "work"
    work.mkdir()
    return check(data, work, random.Random(f"{seed}-{index}-formats"), every_format)


def scratch_dir(base: Path, name: str) -> Path:
    return base / f"{name}-{os.getpid()}"
