"""An area that names 25 actors the registry does not have, each close to a known one:
every one is an error; the first 20 different names get a suggestion (tests/test_data_rules.py
holds the messages)."""

from pathlib import Path


def generate(data_dir: Path) -> None:
    activities = "".join(f"      - text: insats {i}\n        lead: Polisen{i}\n" for i in range(1, 26))
    area = f"title: Trygghet\ncommitments:\n  - actors: [Polisen]\n    activities:\n{activities}"
    (data_dir / "areas" / "02-trygghet.yaml").write_text(area, encoding="utf-8")
