"""The screenshot in docs/serve.md: the live preview with a finding over the last good page.

    python scripts/screenshot_serve.py docs/screenshot-serve.png

Serves a copy of data/, opens it in headless Chromium (Debian's, through Playwright), saves
one area file with an unknown actor and takes the page once it has reloaded by itself.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from medlofte import api

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]


def main(target: Path) -> None:
    target = target.resolve()
    work = Path(tempfile.mkdtemp(prefix="medlofte-shot-"))
    shutil.copytree(ROOT / "data", work / "data")
    os.chdir(work)  # so the page shows data/areas/... as a coordinator's terminal would
    area = Path("data/areas/09-trafik.yaml")
    try:
        with api.serve("data", port=0) as server, sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1100, "height": 820}, device_scale_factor=1)
            page.goto(server.url)
            with page.expect_event("load"):
                area.write_text(area.read_text(encoding="utf-8").replace("[Polisen,", "[Polsen,"), encoding="utf-8")
            page.screenshot(path=str(target))
            browser.close()
    finally:
        os.chdir(ROOT)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
