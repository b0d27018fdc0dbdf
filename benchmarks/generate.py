"""A realistic national data set: one valid data directory per municipality.

    python benchmarks/generate.py OUT_DIR [--municipalities 290] [--seed 1]
    python benchmarks/generate.py OUT_DIR --hostile

Each municipality gets about 15 actors (police, the municipality and its departments as a
group, housing companies, rescue service, schools, civil society, region, business) and 8
area files of 5-15 activities in Swedish, with goals, quantities, places, periods that are
not always calendar years, and some follow-up. The same seed gives the same files.

``--hostile`` writes instead the odd data directories that once made medlofte slow (see
HOSTILE): a group chain, many unknown names, many repeated keys (each file under the 1 MiB
cap), an area file linked to /dev/zero, and 100,000 area files.
"""

from __future__ import annotations

import argparse
import random
import shutil
from datetime import date, timedelta
from pathlib import Path

import yaml

PREFIXES = ["Björk", "Ek", "Sjö", "Berg", "Lind", "Ås", "Älv", "Ström", "Hög", "Norr", "Sö", "Väst", "Öst", "Mal",
            "Kung", "Tor", "Rud", "Hag", "Vik", "Fors", "Sand", "Gran", "Al", "Hass"]  # fmt: skip
SUFFIXES = ["by", "holm", "sund", "köping", "hamn", "vik", "ås", "berg", "torp", "stad", "hult", "näs", "fors",
            "dal", "ryd", "lund", "tuna", "åker", "bo", "mark"]  # fmt: skip

AREAS = [
    ("Nedskräpning och klotter", "Nedskräpning och klotter i centrum och vid stationen upplevs som ett växande problem."),
    ("Narkotika", "Öppen narkotikaförsäljning förekommer i anslutning till skolor och parker."),
    ("Trafik och mopedåkning", "Fortkörning och störande mopedåkning kvällstid påverkar tryggheten i bostadsområdena."),
    ("Otrygga platser", "Många invånare undviker vissa platser kvällstid, särskilt parker och gångtunnlar."),
    ("Våld i nära relation", "Antalet anmälda fall av våld i nära relation har ökat de senaste åren."),
    ("Bedrägerier mot äldre", "Äldre invånare utsätts för telefonbedrägerier och falska hantverkare."),
    ("Inbrott i bostäder", "Inbrotten i villaområden och förråd ökar under semesterperioderna."),
    ("Ungdomar i riskmiljöer", "Unga dras in i kriminella nätverk och rekryteras tidigt."),
    ("Skadegörelse och bränder", "Anlagda bränder i containrar och bilbränder skapar oro."),
    ("Alkohol och ordningsstörningar", "Berusade personer och ordningsstörningar i centrum under helgnätter."),
    ("Trygghet i centrum", "Centrum upplevs som otryggt efter att butikerna har stängt."),
]
VERBS = ["genomföra", "anordna", "erbjuda", "samordna", "utveckla", "följa upp", "sprida information om", "arbeta med"]
OBJECTS = [
    "trafikkontroller med fokus på hastighet",
    "trygghetsvandringar i bostadsområdena",
    "föräldramöten om narkotika och alkohol",
    "städdagar tillsammans med de boende",
    "informationsinsatser i trapphusen",
    "riktade narkotikainsatser",
    "nattvandringar under helgkvällar",
    "samtal med unga i riskzonen",
    "belysningsinventeringar av gångvägar",
    "utbildning om bedrägerier för äldre",
    "grannsamverkan i villaområdena",
    "kameraövervakning vid resecentrum",
    "sommarlovsaktiviteter för unga",
    "kontroller av serveringsställen",
    "brandförebyggande information i skolorna",
]
WHEN = ["under våren", "under hösten", "kvällar och helger", "under sommarlovet", "varje månad", "löpande", None, None]
FREQUENCY = ["varje vecka", "två gånger per år", "en gång i månaden", "i snitt tre gånger per vecka", None, None, None]
PLACES = ["vid resecentrum", "i centrum", "utanför skolorna", "i kommunens byar", "på torget", "i parkerna", None, None, None]
GROUPS = ["föräldrar med ungdomar som fyller 15 år", "elever i årskurs fem", "äldre", "boende i området", None, None, None]
UNITS = ["tillfällen", "insatser", "kontroller", "möten", "timmar"]
STATUSES = ["planned", "ongoing", "done", "partly-done", "not-done"]


def municipality_names(count: int, rng: random.Random) -> list[str]:
    names = sorted({p + s for p in PREFIXES for s in SUFFIXES})
    rng.shuffle(names)
    return sorted(names[:count])


def actors(town: str) -> list[dict[str, object]]:
    departments = [
        ("socialtjansten", "Socialtjänsten", "municipal"),
        ("fritidsforvaltningen", "Fritidsförvaltningen", "municipal"),
        ("gatukontoret", "Gatukontoret", "municipal"),
        ("utbildningsforvaltningen", "Utbildningsförvaltningen", "school"),
        ("miljoforvaltningen", "Miljöförvaltningen", "municipal"),
    ]
    out: list[dict[str, object]] = [
        {"id": "polisen", "name": "Polisen", "short": "Polis", "type": "police", "aliases": [f"Lokalpolisområde {town}"]},
        {
            "id": "kommunen",
            "name": f"{town}s kommun",
            "short": "Kommunen",
            "type": "municipal",
            "members": [d[1] for d in departments],
        },
    ]
    out += [{"id": i, "name": n, "type": t} for i, n, t in departments]
    out += [
        {"id": "bostader", "name": f"{town}bostäder", "type": "housing", "aliases": ["allmännyttan"]},
        {"id": "hyresvardarna", "name": "Fastighetsägarna i " + town, "type": "housing"},
        {"id": "raddningstjansten", "name": "Räddningstjänsten", "type": "rescue"},
        {"id": "nattvandrarna", "name": "Nattvandrarna", "type": "civil-society"},
        {"id": "grannsamverkan", "name": "Grannsamverkan", "type": "civil-society"},
        {"id": "svenska-kyrkan", "name": f"Svenska kyrkan i {town}", "type": "civil-society", "aliases": ["Svenska kyrkan"]},
        {"id": "regionen", "name": "Regionen", "type": "agency"},
        {"id": "centrumforeningen", "name": "Centrumföreningen", "type": "business"},
    ]
    return out


def activity(rng: random.Random, others: list[str], period: tuple[date, date]) -> object:
    text = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)}"
    if rng.random() < 0.3:
        return text[0].upper() + text[1:]
    item: dict[str, object] = {"text": text[0].upper() + text[1:]}
    if rng.random() < 0.4:
        item["lead"] = rng.choice(others)
    if rng.random() < 0.25:
        item["participants"] = rng.choice(["Nattvandrarna", "Grannsamverkan", "Regionen", "Centrumföreningen"])
    for key, pool in (("when", WHEN), ("frequency", FREQUENCY), ("place", PLACES), ("target_group", GROUPS)):
        value = rng.choice(pool)
        if value:
            item[key] = value
    if rng.random() < 0.4:
        item["quantity"] = {"amount": rng.choice([2, 4, 8, 10, 20, 50, 200, 900]), "unit": rng.choice(UNITS), "at_least": True}
    if rng.random() < 0.3:
        start = period[0] + timedelta(days=rng.randrange(0, 120))
        item["start"] = start.isoformat()
        item["end"] = (start + timedelta(days=rng.randrange(30, 200))).isoformat()
    if rng.random() < 0.35:
        status = rng.choice(STATUSES)
        item["status"] = status
        if status in ("not-done", "partly-done"):
            item["reason"] = "Personalen behövdes vid andra insatser under perioden."
        if status == "done":
            item["result"] = "Genomfört enligt plan."
            if "quantity" in item:
                item["achieved"] = rng.randrange(1, 60)
        item["followed_up"] = (period[1] - timedelta(days=10)).isoformat()
    return item


def area(rng: random.Random, title: str, situation: str, period: tuple[date, date]) -> dict[str, object]:
    names = ["Polisen", "Kommunen", "Socialtjänsten", "Fritidsförvaltningen", "Gatukontoret", "Utbildningsförvaltningen",
             "Miljöförvaltningen", "allmännyttan", "Räddningstjänsten", "Svenska kyrkan"]  # fmt: skip
    commitments = []
    remaining = rng.randrange(5, 16)
    while remaining:
        size = min(remaining, rng.randrange(1, 6))
        remaining -= size
        group = ["Polisen", *rng.sample(names[1:], rng.randrange(1, 3))]
        commitments.append({"actors": group, "activities": [activity(rng, group, period) for _ in range(size)]})
    return {
        "title": title,
        "situation": situation,
        "causes": rng.sample(
            [
                "Brist på belysning",
                "Få vuxna ute kvällstid",
                "Tillgång till narkotika",
                "Låg anmälningsbenägenhet",
                "Trångboddhet",
                "Brist på fritidsaktiviteter",
            ],
            2,
        ),
        "goals": [
            {
                "text": "Ökad trygghet",
                "indicator": "Andel som känner sig trygga kvällstid",
                "unit": "procent",
                "baseline": rng.randrange(40, 70),
                "target": rng.randrange(70, 90),
                "source": "Polisens trygghetsmätning",
            }
        ],
        "commitments": commitments,
    }


def municipality(target: Path, town: str, rng: random.Random) -> None:
    year = rng.choice([2023, 2024, 2025])
    start = date(year, rng.choice([1, 5, 6, 10]), 1)
    end = date(start.year + 1, start.month, 1) - timedelta(days=1)
    registry = actors(town)
    promise = {
        "title": f"Medborgarlöfte {town} {start.year}",
        "municipality": f"{town}s kommun",
        "police_area": f"Lokalpolisområde {town}",
        "period": {"start": start.isoformat(), "end": end.isoformat()},
        "parties": ["Polisen", f"{town}s kommun"],
        "partners": [
            "Nattvandrarna",
            "Grannsamverkan",
            "Centrumföreningen",
            "Regionen",
            "Fastighetsägarna i " + town,
            "allmännyttan",
            "Svenska kyrkan",
        ],
        "intro": f"Polisen och {town}s kommun ger varje år ett gemensamt medborgarlöfte.\n\n"
        "Löftet bygger på lägesbilden och medborgardialoger.",
        "goals": ["Ökad trygghet bland invånarna", "Ökat förtroende för polis och kommun"],
        "follow_up": "Löftet följs upp varje kvartal i det brottsförebyggande rådet.",
        "signatures": [
            {
                "name": "Anna Exempel",
                "title": "Lokalpolisområdeschef",
                "actor": "Polisen",
                "date": start.isoformat(),
                "place": town,
            },
            {
                "name": "Bo Exempel",
                "title": "Kommunstyrelsens ordförande",
                "actor": "Kommunen",
                "date": start.isoformat(),
                "place": town,
            },
        ],
    }
    (target / "areas").mkdir(parents=True)
    dump(target / "promise.yaml", promise)
    dump(target / "actors.yaml", {"actors": registry})
    for number, (title, situation) in enumerate(rng.sample(AREAS, 8), start=1):
        dump(target / "areas" / f"{number:02d}-{slug(title)}.yaml", area(rng, title, situation, (start, end)))


def slug(text: str) -> str:
    table = str.maketrans({"å": "a", "ä": "a", "ö": "o", " ": "-"})
    return "".join(c for c in text.lower().translate(table) if c.isalnum() or c == "-")


def dump(path: Path, value: object) -> None:
    path.write_text(yaml.safe_dump(value, allow_unicode=True, sort_keys=False, width=100), encoding="utf-8")


# ---------------------------------------------------------------------------------------
# Hostile data: each a data directory of its own, written as text (fast, and exactly the
# shape wanted). The sizes are those of issue #20.

HOSTILE_PROMISE = """title: Medborgarlöfte 2025
municipality: Exempels kommun
period:
  start: 2025-05-01
  end: 2026-04-30
parties: [Polisen, {party}]
"""


def _hostile_dir(target: Path, party: str, actors: list[str], areas: dict[str, str]) -> None:
    (target / "areas").mkdir(parents=True)
    (target / "promise.yaml").write_text(HOSTILE_PROMISE.format(party=party), encoding="utf-8")
    registry = "actors:\n  - id: polisen\n    name: Polisen\n    type: police\n" + "".join(actors)
    (target / "actors.yaml").write_text(registry, encoding="utf-8")
    for name, text in areas.items():
        (target / "areas" / name).write_text(text, encoding="utf-8")


def group_chain(target: Path, depth: int = 3000) -> None:
    """Valid data whose groups nest ``depth`` deep: each group is a member of the next, the
    outermost is a party, and every hundredth group leads an activity."""
    actors = [f"  - id: grupp-{i:04d}\n    name: Grupp {i:04d}\n    type: municipal\n" for i in range(1, depth + 1)]
    for i in range(2, depth + 1):
        actors[i - 1] += f"    members: [Grupp {i - 1:04d}]\n"
    activities = "".join(f"      - text: Insats {i}\n        lead: Grupp {i:04d}\n" for i in range(1, depth + 1, 100))
    area = f"title: Trygghet\ncommitments:\n  - actors: [Polisen, Grupp {depth:04d}]\n    activities:\n{activities}"
    _hostile_dir(target, f"Grupp {depth:04d}", actors, {"01-trygghet.yaml": area})


def unknown_names(target: Path, count: int = 2000) -> None:
    """``count`` actors, all in one group that is a party, and an area that names each of
    them with one letter left out: ``count`` unknown actors, each close to a known one."""
    members = "".join(f"      - Förening {i:04d}\n" for i in range(1, count + 1))
    actors = [f"  - id: alla\n    name: Alla föreningar\n    type: civil-society\n    members:\n{members}"]
    actors += [f"  - id: forening-{i:04d}\n    name: Förening {i:04d}\n    type: civil-society\n" for i in range(1, count + 1)]
    activities = "".join(f"      - text: Insats {i}\n        lead: Förning {i:04d}\n" for i in range(1, count + 1))
    area = f"title: Trygghet\ncommitments:\n  - actors: [Polisen]\n    activities:\n{activities}"
    _hostile_dir(target, "Alla föreningar", actors, {"01-trygghet.yaml": area})


def repeated_keys(target: Path, count: int = 100_000) -> None:
    """An area file whose activity repeats ``place:`` ``count`` times, in a flow mapping
    (the block form would pass the 1 MiB cap)."""
    places = ", place: a" * count
    area = f"title: Trafik\ncommitments:\n  - actors: [Polisen]\n    activities:\n      - {{text: Kontroller{places}}}\n"
    _hostile_dir(target, "Exempels kommun", [EXEMPEL], {"01-trafik.yaml": area})


def zero_link(target: Path) -> None:
    """An area file that is a symbolic link to /dev/zero: endless bytes, once read until the
    memory ran out (3 GB)."""
    area = "title: Trafik\ncommitments:\n  - actors: [Polisen]\n    activities:\n      - Kontroller\n"
    _hostile_dir(target, "Exempels kommun", [EXEMPEL], {"01-trafik.yaml": area})
    (target / "areas" / "02-noll.yaml").symlink_to("/dev/zero")


def many_files(target: Path, count: int = 100_000) -> None:
    """``count`` area files, each a small valid area (once 20 s and 352 MB to validate, 49 s
    and 822 MB to render)."""
    _hostile_dir(target, "Exempels kommun", [EXEMPEL], {})
    area = b"title: Trafik\ncommitments:\n  - actors: [Polisen]\n    activities:\n      - Kontroller\n"
    for n in range(1, count + 1):
        (target / "areas" / f"{n:06d}-trafik.yaml").write_bytes(area)


EXEMPEL = "  - id: exempels-kommun\n    name: Exempels kommun\n    type: municipal\n"

# name -> generator; each directory is written under OUT_DIR/<name>.
HOSTILE = {
    "group-chain": group_chain,
    "unknown-names": unknown_names,
    "repeated-keys": repeated_keys,
    "zero-link": zero_link,
    "many-files": many_files,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--municipalities", type=int, default=290)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--hostile", action="store_true", help="write the hostile data directories instead")
    parser.add_argument("--many-files", type=int, default=100_000, help="area files in the hostile many-files case")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    if args.out_dir.exists():
        shutil.rmtree(args.out_dir)
    if args.hostile:
        for name, write in HOSTILE.items():
            if name == "many-files":
                many_files(args.out_dir / name, args.many_files)
            else:
                write(args.out_dir / name)
        print(f"{len(HOSTILE)} hostile data directories in {args.out_dir}")
        return
    for town in municipality_names(args.municipalities, rng):
        municipality(args.out_dir / slug(town), town, rng)
    print(f"{args.municipalities} data directories in {args.out_dir}")


if __name__ == "__main__":
    main()
