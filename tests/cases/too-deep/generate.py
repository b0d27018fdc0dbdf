"""Writes an area file nested 5,000 levels deep in flow style."""

from pathlib import Path


def generate(data_dir: Path) -> None:
    (data_dir / "areas" / "02-deep.yaml").write_text("title: Djup\ncauses: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
