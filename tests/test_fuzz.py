"""Every command over mutated data (tests/fuzzing.py): no input, however broken, ends in an
exit code other than 0, 1 or 2, an internal error, a control character or an outside
file's content in the output, JSON that is not JSON, or a document with a control
character; and data that validate finds no errors in works with every command.

The normal run takes every yaml-test-suite document once and a few hundred mutated copies
of the bundled data, the fixtures and the starter promises; the long run (10,000 inputs
and more) is ``python scripts/fuzz.py``, its last result in docs/robustness.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import fuzzing

pytestmark = pytest.mark.slow  # about 25 seconds: left out of the inner loop by -m 'not slow'

INPUTS = 250  # mutated inputs in the normal run, in batches so a failure names its batch
BATCHES = 10


def _problems(outcomes: list[fuzzing.Outcome], name: str) -> list[str]:
    return [f"{name}: {o.command}: {o.problem}" for o in outcomes if o.problem]


@pytest.mark.parametrize("batch", range(BATCHES))
def test_every_command_on_mutated_data(batch: int, tmp_path: Path) -> None:
    size = INPUTS // BATCHES
    problems: list[str] = []
    for index in range(batch * size, (batch + 1) * size):
        problems += _problems(fuzzing.fuzz_one("suite", index, tmp_path / "input"), f"input suite-{index}")
    assert problems == []


def test_every_command_on_every_yaml_test_suite_document(tmp_path: Path) -> None:
    problems: list[str] = []
    for index in range(fuzzing.suite_inputs()):
        problems += _problems(fuzzing.fuzz_suite(index, tmp_path / "input"), f"yaml-test-suite input {index}")
    assert problems == []
    assert len(fuzzing.suite_documents()) > 350


def test_the_mutations_reach_every_command_with_valid_and_invalid_data(tmp_path: Path) -> None:
    """The fuzzing is not vacuous: over the first inputs both clean and broken data occur,
    and each command ends in success and in refusal."""
    codes: dict[str, set[int]] = {}
    for index in range(40):
        for outcome in fuzzing.fuzz_one("suite", index, tmp_path / "input"):
            codes.setdefault(outcome.command.split()[0], set()).add(outcome.code)
    main = {"validate", "actor", "actors", "status", "render", "rollover"}
    assert main | {"collect"} <= set(codes)
    assert all({0, 1} <= codes[command] for command in main), codes
    assert 0 in codes["collect"]
