"""A wheel of the running medlofte, built from its installed files.

``medlofte init`` puts one into the new repository so that its CI installs medlofte from
the repository itself, with no package index needed for medlofte (its dependencies still
come from PyPI). medlofte is pure Python, so the wheel is ``py3-none-any``: the package's
files plus a ``.dist-info`` with METADATA (the installed project's own), WHEEL,
entry_points.txt and RECORD. The bytes depend only on the files, never on the clock, so
the same medlofte always writes the same wheel.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.metadata
import importlib.resources
import zipfile
from io import BytesIO
from pathlib import Path

from medlofte import __version__

NAME = "medlofte"
# Packages whose files live outside src/medlofte in a checkout (setuptools' package-dir).
MAPPED = {"medlofte/output/templates": "medlofte.output.templates"}
_EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip can hold: no clock in the bytes


def file_name() -> str:
    return f"{NAME}-{__version__}-py3-none-any.whl"


def _package_files() -> dict[str, bytes]:
    """Archive name -> bytes of every file of the installed package (no caches)."""
    files: dict[str, bytes] = {}
    roots = {NAME: Path(str(importlib.resources.files(NAME)))}
    roots.update({name: Path(str(importlib.resources.files(package))) for name, package in MAPPED.items()})
    for prefix, root in roots.items():
        for path in sorted(root.rglob("*")):
            if path.is_dir() or "__pycache__" in path.parts or path.suffix in (".pyc", ".pyo"):
                continue
            files[f"{prefix}/{path.relative_to(root).as_posix()}"] = path.read_bytes()
    return files


def _metadata() -> bytes:
    """The installed project's own METADATA, as pip wrote it (its dependencies with it)."""
    try:
        distribution = importlib.metadata.distribution(NAME)
        text = distribution.read_text("METADATA") or distribution.read_text("PKG-INFO")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        text = None
    if not text:  # pragma: no cover - as above
        text = f"Metadata-Version: 2.1\nName: {NAME}\nVersion: {__version__}\n"
    return text.encode("utf-8")


def build() -> bytes:
    """The wheel's bytes."""
    info = f"{NAME}-{__version__}.dist-info"
    files = _package_files()
    files[f"{info}/METADATA"] = _metadata()
    files[f"{info}/WHEEL"] = b"Wheel-Version: 1.0\nGenerator: medlofte\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    files[f"{info}/entry_points.txt"] = b"[console_scripts]\nmedlofte = medlofte.cli:main\n"
    record = []
    for name, data in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        record.append(f"{name},sha256={digest},{len(data)}")
    record.append(f"{info}/RECORD,,")
    files[f"{info}/RECORD"] = ("\n".join(record) + "\n").encode("utf-8")
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            entry = zipfile.ZipInfo(name, _EPOCH)
            entry.external_attr = 0o644 << 16
            entry.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(entry, data)
    return buffer.getvalue()
