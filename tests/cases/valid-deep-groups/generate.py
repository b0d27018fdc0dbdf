"""Groups nested 3,000 deep (each a member of the next, the outermost a member of the
municipality): valid, and every command must stay fast on it (benchmarks/, case f)."""

from pathlib import Path

DEPTH = 3000


def generate(data_dir: Path) -> None:
    actors = (data_dir / "actors.yaml").read_text(encoding="utf-8")
    actors = actors.replace("    short: Kommunen\n", f"    short: Kommunen\n    members: [Grupp {DEPTH}]\n")
    for i in range(1, DEPTH + 1):
        actors += f"  - id: grupp-{i}\n    name: Grupp {i}\n    type: municipal\n"
        if i > 1:
            actors += f"    members: [Grupp {i - 1}]\n"
    (data_dir / "actors.yaml").write_text(actors, encoding="utf-8")
    area = "title: Trygghet\ncommitments:\n  - actors: [Grupp 1, Grupp 1500]\n    activities:\n      - trygghetsvandringar\n"
    (data_dir / "areas" / "02-trygghet.yaml").write_text(area, encoding="utf-8")
