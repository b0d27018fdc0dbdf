"""The Word document (render --format docx): the same outline as the HTML in Word's own
heading styles, real lists and the overview as a table, the draft's mark and the theme's
footer on every page, reproducible bytes; and LibreOffice Writer opens it and prints it."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from conftest import DATA, FOLLOWED_UP, ROOT
from examples import write_example
from htmlcheck import outline
from medlofte import api
from medlofte.cli import app
from test_published import NAMES, PUBLISHED, REPORT
from test_seed import all_phrases, phrase

THEME = ROOT / "tests" / "fixtures" / "theme" / "theme.yaml"


def _docx_outline(data: bytes) -> list[tuple[int, str]]:
    """(level, text) of every paragraph in a Heading style, in order, as Word's navigation
    pane lists them."""
    document = docx.Document(io.BytesIO(data))
    found = []
    for paragraph in document.paragraphs:
        name = paragraph.style.name if paragraph.style is not None else ""
        if name.startswith("Heading "):
            found.append((int(name.split()[1]), paragraph.text))
    return found


def _squeezed(headings: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Without white space: the HTML sets an area's number apart with a margin, Word with a
    space, and a commitment's actors on a line of their own."""
    return [(level, "".join(text.split())) for level, text in headings]


def _cases(tmp: Path) -> list[tuple[str, Path, str]]:
    example = write_example(tmp / "example")
    shapes = write_example(tmp / "shapes", "shapes")
    cases = [("seed", DATA, "promise"), ("follow-up", FOLLOWED_UP, "follow-up"), ("example", example, "promise")]
    cases += [("example-follow-up", example, "follow-up"), ("shapes", shapes, "promise")]
    cases += [(name, PUBLISHED / name / "data", REPORT[name]) for name in NAMES]
    return cases


def test_the_word_outline_is_the_htmls(tmp_path: Path) -> None:
    """Every heading of the HTML (h1–h4) is a Word heading of the same level and text, in
    the same order, for the seed, the follow-up report, the examples and every published promise."""
    for name, folder, report in _cases(tmp_path):
        data = api.load(folder)
        html = api.render_document(data, "html", report=report).decode("utf-8")
        word = api.render_document(data, "docx", report=report)
        assert _squeezed(_docx_outline(word)) == _squeezed(outline(html)), name
        assert len(outline(html)) >= 3, name


def test_the_changes_since_an_earlier_version_in_word(tmp_path: Path) -> None:
    changed = tmp_path / "data"
    shutil.copytree(DATA, changed)
    area = changed / "areas" / "01-nedskrapning.yaml"
    area.write_text(area.read_text(encoding="utf-8").replace("anordna städdagar", "anordna städdagar två gånger per år"), "utf-8")
    data = api.load(changed)
    html = api.render_document(data, "html", changes_since=str(DATA)).decode("utf-8")
    word = api.render_document(data, "docx", changes_since=str(DATA))
    assert _squeezed(_docx_outline(word)) == _squeezed(outline(html))
    text = [p.text for p in docx.Document(io.BytesIO(word)).paragraphs]
    assert any("[+två gånger per år]" in line for line in text)


def test_the_seed_in_word_has_real_lists_a_table_and_its_text() -> None:
    from medlofte.views import promise
    from medlofte.views.labels import Labels

    data = api.load(DATA)
    view = promise.build(data, Labels("sv"))
    word = api.render_document(data, "docx")
    document = docx.Document(io.BytesIO(word))
    styles = [p.style.name for p in document.paragraphs if p.style is not None]
    assert styles.count("List Bullet") == sum(len(c.activities) for a in view.areas for c in a.commitments) == 20
    assert styles.count("List Number") == len(view.areas) == 9  # the overview's key to its columns
    [table] = document.tables
    assert (len(table.rows), len(table.columns)) == (1 + len(view.overview), 1 + len(view.areas))
    assert table.rows[0].cells[0].text == "Aktör"
    assert "w:tblHeader" in table.rows[0]._tr.xml  # repeated on every page
    text = " ".join(p.text for p in document.paragraphs)
    for words in all_phrases():
        assert phrase(words) in " ".join(text.split()), words
    assert document.core_properties.title == "Medborgarlöfte 2023 – Malmö stad"
    assert document.core_properties.language == "sv-SE"
    assert 'w:val="sv-SE"' in document.styles["Normal"].element.xml


def test_a_themed_draft_in_word(tmp_path: Path) -> None:
    theme = api.load_theme(THEME)
    word = api.render_document(api.load(DATA), "docx", theme=theme, draft=date(2026, 12, 2))
    document = docx.Document(io.BytesIO(word))
    section = document.sections[0]
    assert section.header.paragraphs[0].text == "Utkast 2 december 2026"
    assert section.footer.paragraphs[0].text.startswith(
        "Malmö stad och Polisen i lokalpolisområde Malmö Norr · malmo.se/trygghet\t"
    )
    fields = section.footer.paragraphs[0]._p.xml
    assert "PAGE" in fields
    assert "NUMPAGES" in fields
    texts = [p.text for p in document.paragraphs]
    assert "Parter: Polisen, lokalpolisområde Malmö Norr och Malmö stad, stadsområdesförvaltning Norr" in texts
    assert document.styles["Heading 1"].font.color.rgb == docx.shared.RGBColor.from_string("00594F")


def test_a_png_logo_is_in_the_word_document(tmp_path: Path) -> None:
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    pixels = zlib.compress(b"\x00\x00\x59\x4f\x00\x59\x4f" * 2)  # 2 x 2, the theme's green
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
    png += chunk(b"pHYs", struct.pack(">IIB", 2835, 2835, 1)) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    (tmp_path / "logo.png").write_bytes(png)
    (tmp_path / "theme.yaml").write_text("logo: logo.png\nlogo_text: Exempels kommun\n", encoding="utf-8")
    word = api.render_document(api.load(DATA), "docx", theme=api.load_theme(tmp_path / "theme.yaml"))
    document = docx.Document(io.BytesIO(word))
    [picture] = document.inline_shapes
    assert picture._inline.docPr.get("descr") == "Exempels kommun"


def test_word_output_is_reproducible_and_written_by_render(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "löfte.docx"
    result = runner.invoke(app, ["render", str(DATA), "-f", "docx", "-o", str(target)])
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", f"Wrote {target.as_posix()}\n")
    assert target.read_bytes() == api.render_document(api.load(DATA), "docx")
    with zipfile.ZipFile(target) as archive:
        assert {info.date_time for info in archive.infolist()} == {(2000, 1, 1, 0, 0, 0)}
        assert "word/document.xml" in archive.namelist()


SOFFICE = shutil.which("soffice")


@pytest.mark.external
@pytest.mark.skipif(SOFFICE is None and not os.environ.get("MEDLOFTE_REQUIRE_WRITER"), reason="LibreOffice is not installed")
def test_libreoffice_opens_the_word_document_and_prints_it(tmp_path: Path) -> None:
    """LibreOffice Writer reads the .docx as the board's secretary would and turns it into a
    PDF of A4 pages that holds the headings, the draft's mark and the page numbers."""
    assert SOFFICE is not None
    word = tmp_path / "utkast.docx"
    word.write_bytes(api.render_document(api.load(DATA), "docx", theme=api.load_theme(THEME), draft=date(2026, 12, 2)))
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(word)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    pdf = tmp_path / "utkast.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    assert "(A4)" in info
    pages = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout.split("\f")[:-1]
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        flat = " ".join(page.split())
        assert "Utkast 2 december 2026" in flat
        assert re.search(rf"\b{number}\s*/\s*{len(pages)}$", flat), flat[-80:]
    everything = " ".join(" ".join(pages).split())
    for heading in ("Medborgarlöfte 2023", "Problemområden och åtaganden", "9. Trafik", "Vem gör vad"):
        assert heading in everything


def test_the_overview_of_many_promises_has_no_word_version(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["render", str(DATA), str(FOLLOWED_UP), "--report", "overview", "-f", "docx", "-o", str(tmp_path)]
    )
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "medlofte: the overview of many promises is written as md, html or pdf, without --theme, --draft or --fragment.\n"
    )
