"""Measures the outputs over many promises on the national set (issue #19), in one run.

    python benchmarks/many.py [--promises 290] [--seed 1] [--repeat 3] [--data DIR] [--keep]

On the same files (benchmarks/national.py) it times, as whole processes, in turns, with
medians of wall-clock time and of processor time (user + system, workers included):

  a) a bare yaml.load(..., Loader=yaml.CSafeLoader) of every file in one process (the floor)
  b) medlofte export DIR... --format csv
  c) medlofte site DIR... --force, built again over the site of the run before (the pages
     that come out the same are left as they are)
  d) medlofte site DIR... into a new, empty folder: every page written

and checks that the overview's counts (medlofte status DIR... --format json) equal a count
made independently from the exported CSV. Targets: b/a, c/a and d/a at most 2.0. Exits 1
when a target is missed or the counts differ.
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import national
from run import BARE_LOAD, BIN, machine, run

TARGET = 2.0
AS_OF = "2025-06-01"


def independent_counts(export_csv: Path, as_of: date) -> dict[str, dict[str, int]]:
    """Per promise: activities, done, not cancelled, overdue, counted from the CSV's own
    columns with nothing of medlofte's code."""
    counts: dict[str, dict[str, int]] = {}
    with export_csv.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            found = counts.setdefault(row["promise"], {"total": 0, "done": 0, "counted": 0, "overdue": 0})
            found["total"] += 1
            found["done"] += row["status"] == "done"
            found["counted"] += row["status"] != "cancelled"
            if row["due"] and row["status"] not in ("done", "cancelled") and row["activity_kind"] != "conditional":
                found["overdue"] += _last_day(row["due"]) < as_of
    return counts


def _last_day(text: str) -> date:
    import calendar

    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return date(parts[0], 12, 31)


def overview_counts(status_json: dict[str, object]) -> dict[str, dict[str, int]]:
    out = {}
    for item in status_json["promises"]:  # type: ignore[attr-defined]
        by_status = item["by_status"]
        out[item["promise"]] = {
            "total": item["total"],
            "done": by_status["done"],
            "counted": item["total"] - by_status["cancelled"],
            "overdue": item["overdue"],
        }
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--promises", type=int, default=290)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--data", type=Path, help="use this national set instead of generating one")
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="medlofte-many-"))
    try:
        data = args.data or work / "national"
        if args.data is None:
            national.build(data, args.promises, args.seed)
        dirs = sorted(str(p) for p in data.iterdir() if p.is_dir())
        medlofte = str(BIN / "medlofte")
        commands = {
            "a": [sys.executable, "-c", BARE_LOAD, *dirs],
            "b": [medlofte, "export", *dirs, "--format", "csv", "--output", str(work / "out" / "aktiviteter.csv"), "--force"],
            "c": [medlofte, "site", *dirs, "--output", str(work / "out" / "site"), "--date", AS_OF, "--force"],
            "d": [medlofte, "site", *dirs, "--output", str(work / "out" / "new-site"), "--date", AS_OF],
        }
        status = subprocess.run(
            [medlofte, "status", *dirs, "--format", "json", "--date", AS_OF], capture_output=True, text=True, check=True
        )
        runs: dict[str, list[tuple[float, float]]] = {key: [] for key in commands}
        for command in commands.values():  # warm-up, and the outputs for the check
            run(command)
        for _ in range(args.repeat):
            for key, command in commands.items():
                if key == "d":
                    shutil.rmtree(work / "out" / "new-site")  # every page written anew
                measured = run(command)
                runs[key].append((measured.seconds, measured.cpu))
        wall = {key: statistics.median(s for s, _ in found) for key, found in runs.items()}
        cpu = {key: statistics.median(c for _, c in found) for key, found in runs.items()}
        files = sum(1 for d in dirs for p in Path(d).rglob("*.yaml"))
        print(f"{machine()}; {len(dirs)} promises, {files} files; medians of {args.repeat} runs in turns")
        names = {
            "a": "bare yaml.load (CSafeLoader)",
            "b": "medlofte export --format csv",
            "c": "medlofte site, built again",
            "d": "medlofte site, empty folder",
        }
        for key in commands:
            print(f"  {key}  {names[key]:<32} {wall[key]:7.3f} s   cpu {cpu[key]:7.3f} s")
        failed = False
        for key in ("b", "c", "d"):
            ratio = wall[key] / wall["a"]
            ok = ratio <= TARGET
            failed |= not ok
            print(f"  {key}/a {ratio:5.2f} (target <= {TARGET})  cpu {cpu[key] / cpu['a']:5.2f}  {'ok' if ok else 'MISSED'}")
        independent = independent_counts(work / "out" / "aktiviteter.csv", date.fromisoformat(AS_OF))
        same = independent == overview_counts(json.loads(status.stdout))
        failed |= not same
        print(f"  overview counts = counts from the export: {'yes' if same else 'NO'} ({len(independent)} promises)")
        return 1 if failed else 0
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
