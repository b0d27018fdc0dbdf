"""The mutation score of data/ and views/ from mutmut's results, and a random sample of
mutants to run when a full run is too long for the machine at hand.

    python scripts/mutation_score.py                 # score of the mutants checked so far
    python scripts/mutation_score.py --sample 1500   # names of a seeded uniform sample
    python scripts/mutation_score.py --only FILE     # score of the names listed in FILE

Killed counts what the tests caught (killed, timeout, caught by type check); every other
checked mutant (survived, no tests, suspicious, skipped) counts against the score.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTMUT = ROOT / ".mutation-venv" / "bin" / "mutmut"
CAUGHT = {"killed", "timeout", "caught by type check"}


def results() -> dict[str, str]:
    """Mutant name -> status, for every mutant mutmut generated."""
    out = subprocess.run([str(MUTMUT), "results", "--all", "True"], cwd=ROOT, capture_output=True, text=True, check=True)
    found = {}
    for line in out.stdout.splitlines():
        name, sep, status = line.strip().partition(": ")
        if sep and name.startswith("medlofte."):
            found[name] = status.strip()
    return found


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sample", type=int, help="print the names of a uniform random sample of this size")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--only", type=Path, help="score only the mutants named in this file (one per line)")
    options = parser.parse_args()
    statuses = results()
    if options.sample:
        names = sorted(statuses)
        for name in sorted(random.Random(options.seed).sample(names, min(options.sample, len(names)))):
            print(name)
        return 0
    if options.only:
        wanted = set(options.only.read_text(encoding="utf-8").split())
        statuses = {k: v for k, v in statuses.items() if k in wanted}
    by_package: dict[str, Counter[str]] = {}
    for name, status in statuses.items():
        package = name.split(".")[1]
        by_package.setdefault(package, Counter())[status] += 1
        by_package.setdefault("all", Counter())[status] += 1
    for package, counts in sorted(by_package.items()):
        checked = sum(n for s, n in counts.items() if s != "not checked")
        caught = sum(counts[s] for s in CAUGHT)
        score = 100 * caught / checked if checked else 0.0
        detail = ", ".join(f"{s} {n}" for s, n in sorted(counts.items()))
        print(f"{package}: {caught}/{checked} caught = {score:.1f} %  ({detail})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
