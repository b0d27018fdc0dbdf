"""Whether two folders hold the same files, byte for byte: a check that work on speed left
every output as it was.

    python benchmarks/same_files.py BEFORE AFTER

For example, a site of the national set built by two versions of medlofte:

    python benchmarks/national.py /tmp/national
    OLD/bin/medlofte site /tmp/national/* --output /tmp/before --date 2025-06-01
    NEW/bin/medlofte site /tmp/national/* --output /tmp/after --date 2025-06-01
    python benchmarks/same_files.py /tmp/before /tmp/after

Every file is compared, hidden ones too (the manifest of what medlofte wrote). Prints the
files only in one folder and those that differ, and exits 1 when there is any.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def files(root: Path) -> set[str]:
    return {path.relative_to(root).as_posix() for path in root.rglob("*") if path.is_file()}


def compare(before: Path, after: Path) -> list[str]:
    """One line per difference; none when the folders are the same."""
    old, new = files(before), files(after)
    problems = [f"only in {before}: {name}" for name in sorted(old - new)]
    problems += [f"only in {after}: {name}" for name in sorted(new - old)]
    for name in sorted(old & new):
        a, b = (before / name).read_bytes(), (after / name).read_bytes()
        if a != b:
            at = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
            problems.append(f"differs: {name} (from byte {at}; {len(a)} and {len(b)} bytes)")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    args = parser.parse_args()
    problems = compare(args.before, args.after)
    for line in problems:
        print(line)
    count = len(files(args.after))
    print(f"{count} files; {'the same' if not problems else f'{len(problems)} differences'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
