"""The long fuzzing run: every command over many mutated data directories.

    python scripts/fuzz.py [--inputs 10000] [--seed long] [--start 0] [--jobs 2] [--every-format] [--keep DIR]

Each input is made and checked by tests/fuzzing.py (the normal test run uses the same code
on a few hundred inputs). Prints one line per failing input and a summary; exits 1 when any
input failed. ``--keep DIR`` copies each failing input there to reproduce it. The last
result is recorded in docs/robustness.md.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import fuzzing  # found through the path set just above

_SCRATCH: Path | None = None


def _start(scratch: str) -> None:
    global _SCRATCH
    _SCRATCH = Path(scratch)


def _one(job: tuple[str, int, bool, str | None]) -> tuple[int, list[tuple[str, int, str | None]], float]:
    seed, index, every_format, keep = job
    assert _SCRATCH is not None
    folder = fuzzing.scratch_dir(_SCRATCH, "input")
    began = time.perf_counter()
    outcomes = fuzzing.fuzz_one(seed, index, folder, every_format)
    failed = [o for o in outcomes if o.problem]
    if failed and keep:
        target = Path(keep) / f"{seed}-{index}"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(folder, target, symlinks=True)
        (target / "problems.txt").write_text(
            "\n\n".join(f"{o.command}: {o.problem}\n{o.output[-2000:]}" for o in failed), encoding="utf-8"
        )
    return index, [(o.command, o.code, o.problem) for o in outcomes], time.perf_counter() - began


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--seed", default="long")
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--every-format", action="store_true", help="run each command in every format (slower)")
    parser.add_argument("--keep", help="copy failing inputs into this directory")
    args = parser.parse_args()

    began = time.perf_counter()
    codes: Counter[str] = Counter()
    commands: Counter[str] = Counter()
    failures = 0
    internal = 0
    with tempfile.TemporaryDirectory(prefix="medlofte-fuzz-") as scratch:
        jobs = [(args.seed, i, args.every_format, args.keep) for i in range(args.start, args.start + args.inputs)]
        with ProcessPoolExecutor(max_workers=args.jobs, initializer=_start, initargs=(scratch,)) as pool:
            for index, outcomes, _ in pool.map(_one, jobs, chunksize=20):
                problems = [(command, problem) for command, _, problem in outcomes if problem]
                for command, code, _ in outcomes:
                    commands[command.split()[0]] += 1
                    codes[f"{command.split()[0]} {code}"] += 1
                if problems:
                    failures += 1
                    internal += sum(1 for _, p in problems if p and "internal error" in p)
                    for command, problem in problems:
                        print(f"input {args.seed}-{index}: {command}: {problem}", flush=True)
    seconds = time.perf_counter() - began
    print(f"inputs: {args.inputs} (seed {args.seed!r}, from {args.start}), command runs: {sum(commands.values())}")
    print("exit codes: " + ", ".join(f"{k}: {v}" for k, v in sorted(codes.items())))
    print(f"failing inputs: {failures}, internal errors: {internal}, time: {seconds:.0f} s with {args.jobs} processes")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
