"""The national set for the outputs over many promises (issue #19): 290 promises, varied.

    python benchmarks/national.py OUT_DIR [--promises 290] [--seed 1]

Every municipality gets one data directory. A third are generated (benchmarks/generate.py:
15 actors, 8 areas of 5-15 activities, some follow-up); the others are copies of the
bundled 2023 promise, its followed-up version and the ten published promises of
tests/fixtures/published (grouped by problem, by who promises, by place, numbered, flat
lists, follow-up pages, undated), each given its municipality's name and police area, and
every fifth of those rolled over by a year or two, so that promises follow one another. The
same seed gives the same files.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
from pathlib import Path

import generate

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = [
    ROOT / "data",
    ROOT / "tests" / "fixtures" / "followed-up",
    *sorted(p / "data" for p in (ROOT / "tests" / "fixtures" / "published").iterdir() if (p / "data").is_dir()),
]
_MUNICIPALITY = re.compile(r"^municipality: .*$", re.MULTILINE)
_POLICE_AREA = re.compile(r"^police_area: .*$", re.MULTILINE)
_YEAR = re.compile(r"(?<![0-9])(20[0-9]{2})(?=-[0-9]{2}|\n|$)", re.MULTILINE)


def copy_of(template: Path, target: Path, town: str, shift: int = 0) -> None:
    """The template's data files in ``target``, renamed to ``town``; with ``shift`` every
    year of promise.yaml's period lines moved on by that many years."""
    shutil.copytree(template, target, ignore=shutil.ignore_patterns(".*", "*.md", "*.txt", "schema"))
    promise = target / "promise.yaml"
    text = promise.read_text(encoding="utf-8")
    text = _MUNICIPALITY.sub(f"municipality: {town}s kommun", text, count=1)
    if _POLICE_AREA.search(text):
        text = _POLICE_AREA.sub(f"police_area: Lokalpolisområde {town}", text, count=1)
    if shift:
        text = _shift_period(text, shift)
    promise.write_text(text, encoding="utf-8")


def _shift_period(text: str, years: int) -> str:
    """The years of the period block's start and end (and its label) moved on."""
    lines = text.split("\n")
    inside = False
    for i, line in enumerate(lines):
        if line.startswith("period:"):
            inside = True
            continue
        if inside and not line.startswith((" ", "\t")):
            inside = False
        if inside and line.lstrip().startswith(("start:", "end:", "extended_to:", "label:")):
            lines[i] = _YEAR.sub(lambda m: str(int(m.group(1)) + years), line)
    return "\n".join(lines)


def build(out_dir: Path, promises: int = 290, seed: int = 1) -> list[Path]:
    """Write the set; returns its data directories in order."""
    rng = random.Random(seed)
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    towns = generate.municipality_names(promises, rng)
    dirs = []
    copied = 0
    for number, town in enumerate(towns):
        target = out_dir / f"{number:03d}-{generate.slug(town)}"
        if number % 3 == 0:
            generate.municipality(target, town, rng)
        else:
            template = TEMPLATES[copied % len(TEMPLATES)]
            shift = 0
            # Every fifth copy is next year's promise of the previous copy's municipality.
            if copied % 5 == 4 and dirs:
                town = _town_of(dirs[-1]) or town
                template, shift = dirs[-1], 1
            copy_of(template, target, town, shift)
            copied += 1
        dirs.append(target)
    return dirs


def _town_of(data_dir: Path) -> str | None:
    found = _MUNICIPALITY.search((data_dir / "promise.yaml").read_text(encoding="utf-8"))
    if found is None:
        return None
    name = found.group(0).split(": ", 1)[1]
    return name[: -len("s kommun")] if name.endswith("s kommun") else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--promises", type=int, default=290)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    dirs = build(args.out_dir, args.promises, args.seed)
    print(f"{len(dirs)} data directories in {args.out_dir}")


if __name__ == "__main__":
    main()
