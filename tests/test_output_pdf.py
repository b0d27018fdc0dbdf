"""PDF through WeasyPrint (the optional extra): same content as the HTML, A4, tagged,
reproducible; its pages are rasterised with pdftoppm to show they exist as images.

Skipped when WeasyPrint or poppler-utils is missing, except in CI (MEDLOFTE_REQUIRE_PDF=1).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import DATA
from htmlcheck import outline
from medlofte import api
from medlofte.cli import app
from test_seed import all_phrases, phrase


def _has_pdf_tools() -> bool:
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError):
        return False
    return shutil.which("pdftotext") is not None and shutil.which("pdftoppm") is not None


pytestmark = pytest.mark.external


@pytest.fixture(scope="module", autouse=True)
def _pdf_tools() -> None:
    """Checked when a test here runs, not at collection, so that `-m "not external"` never
    imports WeasyPrint (half a second)."""
    if not _has_pdf_tools() and not os.environ.get("MEDLOFTE_REQUIRE_PDF"):
        pytest.skip("WeasyPrint or poppler-utils is not installed")


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("pdf") / "medborgarlofte-2023.pdf"
    result = CliRunner().invoke(app, ["render", str(DATA), "--format", "pdf", "--output", str(target)])
    assert result.exit_code == 0, result.stderr
    return target


def test_pdf_is_a4_tagged_and_titled(pdf: Path) -> None:
    assert pdf.read_bytes().startswith(b"%PDF-")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "Title:           Medborgarlöfte 2023 – Malmö stad" in info
    assert "Tagged:          yes" in info
    assert "A4" in info


def _pdf_headings(pdf: Path) -> list[tuple[int, str]]:
    """The H1–H6 elements of the PDF's structure tree (pdfinfo -struct-text), with their text."""
    tree = subprocess.run(["pdfinfo", "-struct-text", str(pdf)], capture_output=True, text=True, check=True).stdout
    headings: list[tuple[int, str]] = []
    depth = None
    for line in tree.splitlines():
        indent = len(line) - len(line.lstrip())
        level = re.fullmatch(r"H([1-6]) \(block\)", line.strip())
        if level:
            headings.append((int(level.group(1)), ""))
            depth = indent
        elif depth is not None and indent > depth:
            if line.strip().startswith('"'):
                headings[-1] = (headings[-1][0], headings[-1][1] + line.strip()[1:-1])
        else:
            depth = None
    return headings


def test_pdf_structure_tree_has_the_htmls_headings_and_table_headers(pdf: Path) -> None:
    """Tagged means usable: a screen reader finds the same outline as in the HTML, and the
    overview table keeps its header cells."""
    html = api.render_document(api.load(DATA), "html").decode("utf-8")
    expected = [(level, "".join(text.split())) for level, text in outline(html)]
    assert [(level, "".join(text.split())) for level, text in _pdf_headings(pdf)] == expected  # PDF lines lose spaces
    assert len(expected) == 25
    tree = subprocess.run(["pdfinfo", "-struct", str(pdf)], capture_output=True, text=True, check=True).stdout
    elements = [line.split()[0] for line in tree.splitlines() if line.strip()]
    assert elements.count("Table") == 1
    assert elements.count("TH") == html.count("<th ")


def test_pdf_text_holds_every_seed_phrase(pdf: Path) -> None:
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "\u2010\n" in text  # long words are hyphenated (hyphens: auto), with the typesetter's hyphen
    flat = " ".join(text.replace("\u2010\n", "").replace("/\n", "/").split())  # also a break after "lämna/"
    for words in all_phrases():
        assert phrase(words) in flat, words
    for heading in ("Medborgarlöfte 2023", "Problemområden och åtaganden", "Vem gör vad", "9. Trafik"):
        assert heading in flat


def test_pdf_pages_rasterise(pdf: Path, tmp_path: Path) -> None:
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert 2 <= len(pages) <= 8
    assert all(p.stat().st_size > 2000 for p in pages)


def test_pdf_is_reproducible(pdf: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.pdf"
    assert CliRunner().invoke(app, ["render", str(DATA), "-f", "pdf", "-o", str(again)]).exit_code == 0
    assert again.read_bytes() == pdf.read_bytes()


def test_hostile_text_in_pdf_is_text(minimal: Path, tmp_path: Path) -> None:
    area = minimal / "areas" / "01-trafik.yaml"
    area.write_text(
        area.read_text(encoding="utf-8").replace("minst 20 trafikkontroller", "\"<script>alert('x')</script>\""), encoding="utf-8"
    )
    target = tmp_path / "x.pdf"
    assert CliRunner().invoke(app, ["render", str(minimal), "-f", "pdf", "-o", str(target)]).exit_code == 0
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "<script>alert('x')</script>" in text


def test_follow_up_report_as_pdf(tmp_path: Path) -> None:
    from conftest import FOLLOWED_UP

    target = tmp_path / "uppfoljning.pdf"
    result = CliRunner().invoke(app, ["render", str(FOLLOWED_UP), "--report", "follow-up", "-f", "pdf", "-o", str(target)])
    assert result.exit_code == 0, result.stderr
    text = " ".join(subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout.split())
    assert "Uppföljning: Medborgarlöfte 2023" in text
    assert "Det här blev inte gjort och varför" in text
    assert "Orsak: Det saknades rättsligt stöd för att debitera enskilda boende." in text
    subprocess.run(["pdftoppm", "-r", "30", "-png", "-f", "1", "-l", "1", str(target), str(tmp_path / "page")], check=True)
    assert list(tmp_path.glob("page-*.png"))


@pytest.fixture(scope="module")
def example_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from examples import write_example

    folder = write_example(tmp_path_factory.mktemp("example"))
    target = tmp_path_factory.mktemp("pdf") / "example.pdf"
    target.write_bytes(api.render_document(api.load(folder), "pdf"))
    return target


def _font_of(pdf: Path, words: str) -> list[tuple[float, str]]:
    """(size, font name) of the first character of every place ``words`` is printed."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    found = []
    document = pdfium.PdfDocument(str(pdf))
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int(0)
    for page in document:
        text_page = page.get_textpage()
        text = text_page.get_text_range()
        start = text.find(words)
        while start >= 0:
            size = raw.FPDFText_GetFontSize(text_page.raw, start)
            raw.FPDFText_GetFontInfo(text_page.raw, start, name, len(name), ctypes.byref(flags))
            found.append((round(size, 1), name.value.decode("latin-1").split("+")[-1]))
            start = text.find(words, start + 1)
    document.close()
    assert found, words
    return found


def test_the_print_scale_keeps_the_hierarchy(example_pdf: Path) -> None:
    """The promise itself is never set smaller than its details, a goal not smaller than its
    indicator, a contents' sub-entry not larger than its main entry; headings above the text."""
    size = {words: _font_of(example_pdf, words)[0][0] for words in PRINT_SAMPLES}
    activity, details = size["Trafikkontroller med fokus"], size["minst 20 trafikkontroller"]
    assert activity == 14.0  # 10.5 pt: WeasyPrint's PDF counts in CSS pixels (3/4 pt)
    assert details == 12.7  # 9.5 pt
    assert size["Ökad trygghet bland"] >= size["Andel som känner sig trygga"]
    assert size["Syfte"] >= size["Trafikproblem"]  # the contents: a main entry, then a sub-entry
    heading = max(found[0] for found in _font_of(example_pdf, "Lägesbild"))  # in the contents, then the heading
    assert size["Medborgarlöfte i Kungälv"] > heading > activity


PRINT_SAMPLES = (
    "Trafikkontroller med fokus",
    "minst 20 trafikkontroller",
    "Ökad trygghet bland",
    "Andel som känner sig trygga",
    "Syfte",
    "Trafikproblem",
    "Medborgarlöfte i Kungälv",
)


def test_pdf_furniture_contents_page_numbers_and_one_typeface(example_pdf: Path) -> None:
    """A running head with the title and the period from page 2, page numbers in the same
    typeface as the text, the contents with the page of every entry, and room to sign."""
    pages = subprocess.run(["pdftotext", "-layout", str(example_pdf), "-"], capture_output=True, text=True, check=True)
    text = pages.stdout.split("\f")
    assert "Medborgarlöfte" not in text[0].splitlines()[0]  # no running head on the title page
    assert text[1].strip().splitlines()[0].strip().startswith("Medborgarlöfte i Kungälv")
    assert "juni 2017 – juni 2018" in text[1].strip().splitlines()[0]
    assert re.search(r"\s1\s*/\s*\d\s*$", text[0], re.M)
    contents = [line for line in text[0].splitlines() if re.search(r"\. \. \. .* \d+$", line)]
    assert len(contents) >= 5
    fonts = [font for words in ("1 / ", "Trafikkontroller med fokus") for _, font in _font_of(example_pdf, words)]
    families = {font.split("-")[0] for font in fonts}
    assert len(families) == 1, families
    everything = "".join(text)
    assert "Kungälv, 30 maj 2017" in everything


def test_a_themed_draft_has_its_mark_and_footer_on_every_page(tmp_path: Path) -> None:
    from conftest import ROOT

    theme = api.load_theme(ROOT / "tests" / "fixtures" / "theme" / "theme.yaml")
    target = tmp_path / "utkast.pdf"
    target.write_bytes(api.render_document(api.load(DATA), "pdf", theme=theme, draft=date(2026, 12, 2)))
    pages = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout.split("\f")[:-1]
    assert len(pages) >= 3
    for page in pages:
        flat = " ".join(page.split())
        assert "Utkast 2 december 2026" in flat
        assert "Malmö stad och Polisen i lokalpolisområde Malmö Norr · malmo.se/trygghet" in flat
    assert "Polisen, lokalpolisområde Malmö Norr och Malmö stad" in " ".join(pages[0].split())  # the parties as printed


def test_an_actors_task_list_as_pdf_is_one_page_with_the_contact(tmp_path: Path) -> None:
    from examples import write_example

    folder = write_example(tmp_path / "example")
    target = tmp_path / "Polisen.pdf"
    result = CliRunner().invoke(app, ["actor", "Polisen", str(folder), "--format", "pdf", "--output", str(target)])
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", f"Wrote {target}\n")
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    assert "Pages:           1" in info
    assert "Tagged:          yes" in info
    text = " ".join(subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout.split())
    assert "Polisen: uppgifter i Medborgarlöfte i Kungälv" in text
    assert "Kontakt: kommunpolis.kungalv@polisen.se" in text
    for area in ("Trafikproblem", "Narkotika", "Tillgänglighet till polisen"):
        assert area in text
    size = {words: _font_of(target, words)[0][0] for words in ("Trafikkontroller med fokus", "Bohusläns Nattvandrare")}
    assert size["Trafikkontroller med fokus"] > size["Bohusläns Nattvandrare"]  # the task, then its facts


def test_a_long_task_list_goes_on_to_more_pages(tmp_path: Path) -> None:
    from conftest import FOLLOWED_UP

    target = tmp_path / "polisen.pdf"
    data = api.load(FOLLOWED_UP)
    target.write_bytes(api.task_list_pdf(api.task_list(data, api.find_actor(data, "Polisen"))))
    pages = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout.split("\f")[:-1]
    assert len(pages) == 2
    assert pages[1].strip().startswith("Polisen: uppgifter i Medborgarlöfte 2023")  # the running head
