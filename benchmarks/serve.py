"""medlofte serve: from saving a file to the reloaded page, on the bundled data.

    python benchmarks/serve.py [--saves 20]

A copy of data/ is served on a free port; headless Chromium (Debian's, through Playwright)
opens the promise; each save changes one activity of an area file, every other one by
writing a new file and renaming it over the old (as many editors save). The time is from
just before the write to the reloaded page's load event, and the new text is then checked
to be on the page. The result and the machine go into docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
AREA = Path("areas") / "09-trafik.yaml"
ACTIVITY = "- trafikkontroller"


def save(path: Path, text: str, by_rename: bool) -> None:
    if by_rename:
        fresh = path.with_name(f".{path.name}.new")
        fresh.write_text(text, encoding="utf-8")
        fresh.replace(path)
    else:
        path.write_text(text, encoding="utf-8")


def measure(saves: int) -> list[float]:
    from playwright.sync_api import sync_playwright

    from medlofte import api

    folder = Path(tempfile.mkdtemp(prefix="medlofte-serve-bench-")) / "data"
    shutil.copytree(ROOT / "data", folder)
    area = folder / AREA
    original = area.read_text(encoding="utf-8")
    times = []
    try:
        with api.serve(folder, port=0) as server, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page()
            page.goto(server.url)
            for n in range(saves + 1):  # the first is a warm-up, not counted
                marker = f"trafikkontroller, mätning {n}"
                with page.expect_event("load", timeout=10_000):
                    start = time.perf_counter()
                    save(area, original.replace(ACTIVITY, f"- {marker}", 1), by_rename=n % 2 == 1)
                elapsed = time.perf_counter() - start
                if marker not in page.inner_text("main"):
                    raise SystemExit(f"save {n}: the reloaded page does not show {marker!r}")
                if n:
                    times.append(elapsed)
                time.sleep(0.3)  # a person between two saves; the watcher is quiet again
            browser.close()
    finally:
        shutil.rmtree(folder.parent, ignore_errors=True)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--saves", type=int, default=20)
    args = parser.parse_args()
    times = sorted(measure(args.saves))
    p90 = times[max(0, round(0.9 * len(times)) - 1)]
    print(f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print(f"{len(times)} saves: median {statistics.median(times) * 1000:.0f} ms, p90 {p90 * 1000:.0f} ms, ", end="")
    print(f"min {times[0] * 1000:.0f} ms, max {times[-1] * 1000:.0f} ms")


if __name__ == "__main__":
    main()
