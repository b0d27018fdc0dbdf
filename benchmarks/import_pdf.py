"""Benchmark: `medlofte import` of a 50-page PDF, target under 3 seconds.

Builds a long promise (problem areas by the dozen, each with its lägesbild and a list of
promises in the words of the shared examples), imports it from text, renders the draft as
a PDF with medlofte's own renderer (at least 50 pages), then times the import of that PDF:
in one process (the import alone, median of the repetitions) and as the whole command.

    python benchmarks/import_pdf.py [--pages 50] [--repeat 5]

Prints the figures and exits 1 when the median of the command is 3 s or more.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_SECONDS = 3.0

PROBLEMS = (
    "Nedskräpning", "Narkotikaförsäljning", "Ungdomssamlingar", "Skadegörelse och bränder", "Trafik och hastighet",
    "Våld i nära relation", "Stöld ur motorfordon", "Otrygghet i centrum", "Langning av alkohol", "Buskörning med moped",
)  # fmt: skip
ACTORS = ("Polisen", "Socialtjänsten", "Fastighetsbolagen", "Räddningstjänsten", "Grundskoleförvaltningen", "Kommunen")
PROMISES = (
    "Minst {n} trafikkontroller med fokus på hastighet vid platser och tider som invånarna föreslår. (Polis)",
    "Utskick av brev om laglig och säker mopedåkning till föräldrar med ungdomar som fyller 15 år. (Kommun)",
    "Vid minst {n} tillfällen per år kommer det att satsas extra resurser för att upptäcka och stoppa ungdomsfester.",
    "{actor} arbetar uppsökande och kontaktskapande i området för att komma närmre medborgarna under sommaren.",
    "Om det uppkommer önskemål om trygghetsvandringar så lovar vi att bistå.",
    "{actor} och Fastighetsbolagen genomför en informationsinsats i trapphusen mot våld i nära relation.",
    "Kontinuerligt arbeta med en ren och välskött stadskärna på Stora torg i samverkan med andra aktörer.",
)
SITUATION = (
    "Enligt den senaste trygghetsmätningen upplever {p} procent av de som svarat otrygghet i området kvällstid. "
    "Problemen har lyfts fram i medborgardialoger under våren och framkommer också i polisens och kommunens lägesbilder, "
    "där brottsstatistiken visar en ökning jämfört med föregående år."
)


def promise_text(areas: int, rng: random.Random) -> str:
    lines = ["Medborgarlöfte i Exempelby", "", "Medborgarlöftet gäller under perioden maj 2024 - maj 2025.", ""]
    lines += ["Det här är vårt löfte till dig som bor och verkar i Exempelby kommun, från polisen och kommunen.", ""]
    for number in range(areas):
        lines += [f"{PROBLEMS[number % len(PROBLEMS)]} {number + 1}", "", SITUATION.format(p=rng.randint(20, 80)), ""]
        lines += [f"För att minska problemen i område {number + 1} lovar vi:"]
        for _ in range(12):
            template = rng.choice(PROMISES)
            lines.append(" • " + template.format(n=rng.randint(2, 40), actor=rng.choice(ACTORS)))
        lines.append("")
    return "\n".join(lines)


def pages(pdf: Path) -> int:
    import pypdfium2 as pdfium

    return len(pdfium.PdfDocument(str(pdf)))


def build(folder: Path, wanted: int) -> Path:
    """A PDF of at least ``wanted`` pages rendered by medlofte from a long promise."""
    from medlofte import api

    areas = 12
    while True:
        text = folder / f"lofte-{areas}.txt"
        text.write_text(promise_text(areas, random.Random(1)), encoding="utf-8")
        draft = folder / f"draft-{areas}"
        api.import_document(text, draft)
        pdf = folder / f"lofte-{areas}.pdf"
        pdf.write_bytes(api.render_document(api.load(draft), "pdf"))
        if pages(pdf) >= wanted:
            return pdf
        areas = int(areas * wanted / max(pages(pdf), 1)) + 2


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    from medlofte import api

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        pdf = build(folder, args.pages)
        print(f"PDF: {pages(pdf)} pages, {pdf.stat().st_size // 1024} KB, made by medlofte from a long promise")
        inside = []
        for n in range(args.repeat):
            start = time.perf_counter()
            result = api.import_document(pdf, folder / f"in-process-{n}")
            inside.append(time.perf_counter() - start)
        activities = sum(len(a.activities) for a in api.load(folder / "in-process-0").areas)
        command = []
        for n in range(args.repeat):
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "medlofte", "import", str(pdf), "-o", str(folder / f"command-{n}")],
                check=True,
                capture_output=True,
            )
            command.append(time.perf_counter() - start)
    print(f"draft: {activities} activities, {len(result.guesses)} guesses")
    print(f"import in one process: median {statistics.median(inside):.2f} s (min {min(inside):.2f} s)")
    median = statistics.median(command)
    print(f"medlofte import (whole command): median {median:.2f} s (min {min(command):.2f} s); target < {TARGET_SECONDS:.0f} s")
    sys.exit(0 if median < TARGET_SECONDS else 1)


if __name__ == "__main__":
    main()
