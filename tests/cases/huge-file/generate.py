"""Writes a 5 MB area file: too large to be a real one, so it is refused unparsed."""

from pathlib import Path


def generate(data_dir: Path) -> None:
    line = "      - minst 20 trafikkontroller med fokus på hastighet och mopeder\n"
    body = "title: Trafik\ncommitments:\n  - actors: [Polisen]\n    activities:\n"
    body += line * (5 * 1024 * 1024 // len(line.encode()))
    (data_dir / "areas" / "02-huge.yaml").write_text(body, encoding="utf-8")
