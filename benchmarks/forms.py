"""The follow-up round trip at one municipality's size: forms for 30 actors, then 30 filled
forms collected.

    python benchmarks/forms.py [--repeat 5]

One municipality of the national set (benchmarks/generate.py) is given 30 actors, each
taking part in activities; `medlofte forms` writes a form per actor, every row of every form
is filled in with openpyxl (not timed), and `medlofte collect` takes them all back, on a
fresh copy of the data each time. Targets: each under 1 s (issue #13). Both commands run as
a user runs them, in a new process, so start-up is included.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).parent))
from generate import municipality  # the generator lives beside this script

ACTORS = 30
TARGET = 1.0


def grow(data: Path, rng: random.Random) -> None:
    """Give the municipality 30 actors, each taking part in some activities."""
    registry = yaml.safe_load((data / "actors.yaml").read_text(encoding="utf-8"))
    actors = registry["actors"]
    for n in range(len(actors) + 1, ACTORS + 1):
        actors.append({"id": f"partner-{n}", "name": f"Partner {n}", "type": "other"})
    (data / "actors.yaml").write_text(yaml.safe_dump(registry, allow_unicode=True, sort_keys=False), encoding="utf-8")
    names = [a["name"] for a in actors if a["id"].startswith("partner-")]
    everyone = iter([a["name"] for a in actors] * 2)  # so that every actor has a task
    for path in sorted((data / "areas").glob("*.yaml")):
        area = yaml.safe_load(path.read_text(encoding="utf-8"))
        for commitment in area.get("commitments", []):
            items = commitment.get("activities", [])
            for index, item in enumerate(items):
                entry = item if isinstance(item, dict) else {"text": item}
                given = entry.get("participants", [])
                given = [given] if isinstance(given, str) else given
                entry["participants"] = sorted({*given, *rng.sample(names, 3), next(everyone, names[0])})
                items[index] = entry
        path.write_text(yaml.safe_dump(area, allow_unicode=True, sort_keys=False), encoding="utf-8")


def fill(forms: Path) -> int:
    from openpyxl import load_workbook

    sys.path.insert(0, str(Path(__file__).parent.parent / "src"))
    from medlofte.data.forms import COLUMNS, SHEET

    column = {c.key: i for i, c in enumerate(COLUMNS, start=1)}
    words = ["Genomförd", "Pågående", "Delvis genomförd", "Planerad"]
    rows = 0
    for path in sorted(forms.glob("*.xlsx")):
        book = load_workbook(path)
        sheet = book[SHEET]
        for number in range(2, sheet.max_row + 1):
            # The partners of one activity agree: its answer follows from its key.
            key = str(sheet.cell(row=number, column=column["key"]).value)
            word = words[sum(key.encode()) % len(words)]
            sheet.cell(row=number, column=column["status"]).value = word
            sheet.cell(row=number, column=column["result"]).value = f"Rapporterat för {key}."
            if word == "Delvis genomförd":
                sheet.cell(row=number, column=column["reason"]).value = "Personalen räckte inte till."
            sheet.cell(row=number, column=column["date"]).value = "2024-03-31"
            rows += 1
        book.save(path)
    return rows


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stdout}\n{done.stderr}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    medlofte = [sys.executable, "-m", "medlofte"]
    rng = random.Random(1)
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        source = root / "source"
        municipality(source, "Björkby", rng)
        grow(source, rng)
        forms_times, collect_times = [], []
        forms = root / "forms"
        for attempt in range(args.repeat):
            shutil.rmtree(forms, ignore_errors=True)
            data = root / f"data-{attempt}"
            shutil.copytree(source, data)
            forms_times.append(timed([*medlofte, "forms", str(data), "--output", str(forms), "--no-ids"]))
            if attempt == 0:
                count = len(list(forms.glob("*.xlsx")))
                rows = fill(forms)
                filled = root / "filled"
                shutil.copytree(forms, filled)
            answers = sorted(str(p) for p in filled.glob("*.xlsx"))
            collect_times.append(timed([*medlofte, "collect", *answers, str(data), "--date", "2024-04-01"]))
    forms_median, collect_median = statistics.median(forms_times), statistics.median(collect_times)
    print(f"{count} forms, {rows} filled rows")
    print("| measure | median | target |")
    print("| --- | ---: | ---: |")
    print(f"| `medlofte forms` for {count} actors | {forms_median:.2f} s | < {TARGET:.0f} s |")
    print(f"| `medlofte collect` of {count} filled forms | {collect_median:.2f} s | < {TARGET:.0f} s |")
    return 0 if forms_median < TARGET and collect_median < TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
