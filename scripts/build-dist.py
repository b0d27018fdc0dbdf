"""Build medlofte for installing without a package index: a wheel and a zipapp.

    python scripts/build-dist.py [--out dist]

writes into ``dist/``

- ``medlofte-<version>-py3-none-any.whl``: medlofte itself (pure Python). Install it with
  ``pipx install <wheel>`` (one command, its own environment) or ``pip install <wheel>``;
  its dependencies come from PyPI (or from a folder of wheels: ``--find-links``).
- ``medlofte-<version>-<python>-<platform>.pyz``: one file with medlofte and every
  dependency, run with a plain Python: ``python medlofte-….pyz validate``. Nothing to
  install, no package index at all.

The zipapp is made with shiv, not pex: shiv's archive unpacks itself once into a cache
(``~/.shiv``, or ``SHIV_ROOT``) and runs from there, which is what a C extension such as
PyYAML's libyaml binding needs (it cannot be imported from inside a zip), and the archive
runs on a plain Python with nothing else installed. A zipapp holds compiled extensions, so
it is made for one platform and one Python version: build it on (and for) the machine that
runs it, e.g. on Windows with Python 3.12 for a Windows PC with Python 3.12. The wheel runs
everywhere.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def version() -> str:
    import tomllib  # the build runs on 3.11+; medlofte itself runs on 3.10

    return str(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"])


def zipapp_name(ver: str) -> str:
    python = f"py{sys.version_info.major}{sys.version_info.minor}"
    platform = sysconfig.get_platform().replace("-", "_").replace(".", "_")
    return f"medlofte-{ver}-{python}-{platform}.pyz"


def build(out: Path) -> tuple[Path, Path]:
    out.mkdir(parents=True, exist_ok=True)
    ver = version()
    wheel = out / f"medlofte-{ver}-py3-none-any.whl"
    wheel.unlink(missing_ok=True)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(out), str(ROOT)], check=True)
    if not wheel.is_file():
        raise SystemExit(f"pip wheel did not write {wheel}")
    pyz = out / zipapp_name(ver)
    done = subprocess.run(
        [
            sys.executable, "-m", "shiv",
            "--console-script", "medlofte",
            "--output-file", str(pyz),
            "--python", "/usr/bin/env python3",
            "--reproducible",
            "--compressed",
            str(wheel),
        ],
        capture_output=True,
        text=True,
        check=False,
    )  # fmt: skip
    if done.returncode != 0:  # pip's output (through shiv) only when it failed
        sys.stderr.write(done.stdout + done.stderr)
        raise SystemExit(f"shiv failed with exit code {done.returncode}")
    return wheel, pyz


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="Where to write the wheel and the zipapp.")
    args = parser.parse_args()
    for path in build(args.out):
        print(f"Wrote {path}")


if __name__ == "__main__":
    main()
