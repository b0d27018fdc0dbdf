"""An area file that is a named pipe: reading it would wait for a writer for ever; it is
refused without being opened for longer than a look at what it is."""

import os
from pathlib import Path


def generate(data_dir: Path) -> None:
    os.mkfifo(data_dir / "areas" / "02-ror.yaml")
