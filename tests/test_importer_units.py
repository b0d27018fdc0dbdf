"""The importer's parts on small inputs: the structure of lines, the facts of a sentence,
the actors' written forms, the YAML writer, and the readers of each file type."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medlofte.data import strictyaml
from medlofte.errors import UnreadableFile
from medlofte.importer import facts, readers
from medlofte.importer.blocks import HEADING, ITEM, PARAGRAPH, Line, structure
from medlofte.importer.cast import Cast
from medlofte.importer.readers import text_lines
from medlofte.importer.vocabulary import GENERATED_BY, RENDERED_STATUS
from medlofte.importer.yamlout import document, plain_ok, scalar
from medlofte.views.labels import Labels


def kinds(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in structure(text_lines(text))]


# ---------------------------------------------------------------------------------------
# Lines into blocks


def test_wrapped_lines_are_joined_and_bullets_and_headings_found() -> None:
    text = (
        "Medborgarlöfte 2024\n\nFortkörning är ett problem som invånarna lyft fram. Dessa problem\n"
        "framkommer också i lägesbilden.\n\nPolisen lovar att:\n"
        " • under 2020 närvara med synlig polis i syfte att arbeta brottsförebyggande och\n"
        "  trygghetsskapande med minst 900 timmar per år.\n 1) Ökad information\n"
    )
    assert kinds(text) == [
        (HEADING, "Medborgarlöfte 2024"),
        (PARAGRAPH, "Fortkörning är ett problem som invånarna lyft fram. Dessa problem framkommer också i lägesbilden."),
        (HEADING, "Polisen lovar att:"),
        (
            ITEM,
            "under 2020 närvara med synlig polis i syfte att arbeta brottsförebyggande och trygghetsskapande med minst 900 "
            "timmar per år.",
        ),
        (ITEM, "Ökad information"),
    ]


def test_a_text_copied_from_a_pdf_with_a_blank_line_after_every_line_is_read_as_paragraphs() -> None:
    text = (
        "Trafik – Polisen och Socialtjänsten – trafikkontroller, \n\nombyggnationer samt\n\n \n\n"
        "förebyggande arbete.\n\n \n\nSlut på texten här nu.\n\n"
    )
    assert kinds(text) == [
        (PARAGRAPH, "Trafik – Polisen och Socialtjänsten – trafikkontroller, ombyggnationer samt förebyggande arbete."),
        (PARAGRAPH, "Slut på texten här nu."),
    ]


def test_an_indented_line_under_an_item_belongs_to_it_and_page_furniture_is_dropped() -> None:
    blocks = structure(text_lines("Sök\n • Fotpatruller i centrum\n  Ett dussintal fotpatrulleringar har skett.\nTill toppen\n"))
    assert [(b.kind, b.depth, b.text) for b in blocks] == [
        (ITEM, 0, "Fotpatruller i centrum"),
        (PARAGRAPH, 1, "Ett dussintal fotpatrulleringar har skett."),
    ]


def test_a_word_broken_at_its_hyphen_is_joined_but_a_suspended_compound_keeps_its_space() -> None:
    lines = [
        Line("i samband HX-", full=True),
        Line("festivalen och ungdomar i högstadie-", tight=True),
        Line("och gymnasieåldern."),
    ]
    assert [b.text for b in structure(lines)] == ["i samband HX-festivalen och ungdomar i högstadie- och gymnasieåldern."]


# ---------------------------------------------------------------------------------------
# The facts of a sentence


@pytest.mark.parametrize(
    ("text", "start", "end", "label"),
    [
        ("Detta medborgarlöfte gäller under perioden maj 2024 - maj 2025.", "2024-05", "2025-05", None),
        ("Medborgarlöftet för 2021–2022", 2021, 2022, None),
        ("Medborgarlöfte för 2019/2020", 2019, 2020, "2019/2020"),
        ("Följande aktiviteter utlovas juni 2017-juni 2018:", "2017-06", "2018-06", None),
        ("Löftet gäller 2018-07-01 – 2020-06-30.", "2018-07-01", "2020-06-30", None),
        ("Medborgarlöftet gäller juni – augusti 2021.", "2021-06", "2021-08", None),
        ("Medborgarlöfte 2024", 2024, 2024, None),
    ],
)
def test_periods_in_their_swedish_forms_at_their_precision(text: str, start: object, end: object, label: str | None) -> None:
    period = facts.find_period(text, heading=len(text) < 30)
    assert period is not None
    assert (period.start.yaml(), period.end.yaml() if period.end else None, period.label) == (start, end, label)


def test_a_year_in_passing_is_no_period() -> None:
    assert facts.find_period("Ett antal medborgardialoger har genomförts under 2015 i området.") is None
    assert facts.find_period("Brottsstatistik från 2020–2023 har använts.") is None


def test_until_further_notice_and_extended() -> None:
    period = facts.find_period("Löftet gäller från juni 2017 tills vidare.")
    assert period is not None
    assert period.until_further_notice
    assert period.start.yaml() == "2017-06"
    extended = facts.find_period("Medborgarlöftet för 2018, förlängt till 2019")
    assert extended is not None
    assert extended.extended_to is not None
    assert extended.extended_to.yaml() == 2019
    assert extended.english() == "2018, extended to 2019"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Minst tjugo trafikkontroller med fokus på hastighet.",
            [("Minst tjugo trafikkontroller", 20, "trafikkontroller", True, None)],
        ),
        (
            "Vid minst tre tillfällen per år kommer det att satsas.",
            [("Vid minst tre tillfällen per år", 3, "tillfällen", True, "year")],
        ),
        (
            "med en årsbaserad tidsåtgång om minst 900 timmar per år.",
            [("om minst 900 timmar per år", 900, "timmar", True, "year")],
        ),
        (
            "Två riktade narkotikainsatser har genomförts.",
            [("Två riktade narkotikainsatser", 2, "narkotikainsatser", False, None)],
        ),
        ("Brev till föräldrar till ungdomar mellan 12 och 18 år.", []),
        ("Fritidsgården öppnar tre kvällar i veckan för barn i årskurs 4–6.", []),
        ("områdespoliser, som för närvarande är 4 poliser, i större omfattning", []),
    ],
)
def test_quantities_in_digits_and_words(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert [tuple(q) for q in facts.find_quantities(sentence)] == expected


def test_how_often_when_where_and_for_whom() -> None:
    assert facts.frequency("Fritidsgården öppnar tre kvällar i veckan.") == "tre kvällar i veckan"
    assert facts.frequency("Kontinuerligt arbeta med en ren stadskärna.") == "Kontinuerligt"
    assert facts.when("Stänga av biltrafik på Lilla torg under sommaren.") == "under sommaren"
    assert facts.place("Stänga av biltrafik på Lilla torg under sommaren.", set()) == "på Lilla torg"
    assert (
        facts.target_group("Utskick av brev till föräldrar med ungdomar som fyller 15 år.")
        == "föräldrar med ungdomar som fyller 15 år"
    )
    assert facts.is_conditional("Om det uppkommer önskemål om trygghetsvandringar så lovar vi att bistå.")
    assert not facts.is_conditional("Polisen lovar att bistå.")


def test_a_follow_up_states_its_status_and_what_it_achieved_in_the_promised_unit() -> None:
    assert facts.status("Polis har uppfyllt sitt löfte genom ökad närvaro.") == ("done", "har uppfyllt")
    assert facts.status("Kamerabevakningen har inte genomförts.") == ("not-done", "har inte genomförts")
    assert facts.status("Trafikkontroller har skett i byarna.") is None
    assert facts.achieved("40 genomförda hastighetskontroller med fokus på platserna.", "trafikkontroller") == (
        40,
        "40 genomförda hastighetskontroller",
    )


# ---------------------------------------------------------------------------------------
# Actors


def test_actors_in_their_written_forms() -> None:
    cast = Cast("Malmö stad", "Lokalpolisområde Malmö söder")
    police = cast.known("Polis")
    assert police is not None
    assert police is cast.known("polisen") is cast.known("lokalpolisområde Malmö söder")
    assert cast.known("kommunen") is cast.known("Malmö Stad")
    social = cast.known("Socialförvaltningen Nordost")
    assert social is not None
    assert (social.name, social.type) == ("Socialförvaltningen Nordost", "municipal")
    listed = cast.parse_list("Polisen, Fastighets- och gatukontoret och verksamheter från civilsamhället", strict=True)
    assert listed is not None
    assert [getattr(a, "name", a) for a in listed] == ["Polisen", "Fastighets- och gatukontoret", "Civilsamhället"]
    assert cast.parse_list("Nedskräpning", strict=True) is None
    others = cast.parse_list("polis och skola", strict=False)
    assert others is not None
    assert [getattr(a, "name", a) for a in others] == ["Polisen", "skola"]


# ---------------------------------------------------------------------------------------
# YAML


@pytest.mark.parametrize(
    "text", ["Polisen lovar att:", "2023", "NO", "- lista", "a: b", "Trafik #2", " space", "true", "2024-05"]
)
def test_text_that_would_change_meaning_is_quoted(text: str) -> None:
    assert not plain_ok(text)
    assert scalar(text, 0).startswith('"')


def _read_back(value: str) -> object:
    node, findings = strictyaml.parse("x.yaml", document({"text": value}, []).encode("utf-8"))
    assert findings == []
    assert node is not None
    return node.value[0][1].value


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=200))
def test_every_text_is_read_back_unchanged(value: str) -> None:
    read = _read_back(value)
    assert read == value


# ---------------------------------------------------------------------------------------
# Readers


def test_markdown_keeps_headings_lists_and_tables(tmp_path: Path) -> None:
    path = tmp_path / "lofte.md"
    path.write_text(
        "# Medborgarlöfte 2024\n\nText med **fetstil**.\n\n## Polisen lovar att:\n\n- ett\n- två\n\n"
        "| Aktivitet | Ansvarig |\n|---|---|\n| Trygghetsvandring | Polisen |\n",
        encoding="utf-8",
    )
    blocks = readers.read(path)
    assert [(b.kind, b.level, b.text, b.rows) for b in blocks] == [
        (HEADING, 1, "Medborgarlöfte 2024", []),
        (PARAGRAPH, 0, "Text med fetstil.", []),
        (HEADING, 2, "Polisen lovar att:", []),
        (ITEM, 0, "ett", []),
        (ITEM, 0, "två", []),
        ("table", 0, "", [["Aktivitet", "Ansvarig"], ["Trygghetsvandring", "Polisen"]]),
    ]


PAGE = """<!doctype html><html><head><title>Malå</title><script>var x = 1;</script></head><body>
<header><nav><a href="/">Start</a> <a href="/sok">Sök</a></nav></header>
<div class="cookie-banner"><p>Vi använder kakor. <button>Godkänn</button></p></div>
<main><h1>Malå – medborgarlöften</h1><p>Medborgarlöftet är ett löfte från polis och kommun.</p>
<h2>Medborgarlöfte 2024</h2><ul><li>Varje år kommer minst en tillsyn att göras.</li>
<li>Om det uppkommer önskemål om grannsamverkan så lovar vi att bistå.</li></ul>
<p><a href="#top">Till toppen</a></p></main>
<footer><p>Polisen, 114 14</p></footer></body></html>"""


def test_a_saved_web_page_keeps_its_main_content_only(tmp_path: Path) -> None:
    path = tmp_path / "mala.html"
    path.write_text(PAGE, encoding="utf-8")
    assert [(b.kind, b.text) for b in readers.read(path)] == [
        (HEADING, "Malå – medborgarlöften"),
        (PARAGRAPH, "Medborgarlöftet är ett löfte från polis och kommun."),
        (HEADING, "Medborgarlöfte 2024"),
        (ITEM, "Varje år kommer minst en tillsyn att göras."),
        (ITEM, "Om det uppkommer önskemål om grannsamverkan så lovar vi att bistå."),
    ]


SOFFICE = shutil.which("soffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_a_word_file_gives_its_headings_lists_and_tables_from_its_styles(tmp_path: Path) -> None:
    """Word's own structure, from a file LibreOffice Writer made from a web page."""
    page = tmp_path / "lofte.html"
    page.write_text(
        "<html><body><h1>Medborgarlöfte 2024</h1><p>Inledande text.</p><h2>Polisen lovar att:</h2>"
        "<ul><li>Minst 25 spaningsinsatser</li><li>Minst tio trafikkontroller</li></ul>"
        "<table><tr><td>Trygghetsvandring</td><td>Polisen</td></tr></table></body></html>",
        encoding="utf-8",
    )
    assert SOFFICE is not None
    result = subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless", "--convert-to",
         "docx:MS Word 2007 XML", "--outdir", str(tmp_path), str(page)],
        capture_output=True, timeout=180, check=False,
    )  # fmt: skip
    if not (tmp_path / "lofte.docx").exists():
        pytest.skip(f"LibreOffice Writer could not convert: {result.stderr.decode(errors='replace')[-200:]}")
    blocks = readers.read(tmp_path / "lofte.docx")
    assert [(b.kind, b.text) for b in blocks if b.kind != "table"] == [
        (HEADING, "Medborgarlöfte 2024"),
        (PARAGRAPH, "Inledande text."),
        (HEADING, "Polisen lovar att:"),
        (ITEM, "Minst 25 spaningsinsatser"),
        (ITEM, "Minst tio trafikkontroller"),
    ]
    assert [b.rows for b in blocks if b.kind == "table"] == [[["Trygghetsvandring", "Polisen"]]]


def test_a_pdf_without_text_says_so_and_suggests_ocr(tmp_path: Path) -> None:
    import pypdfium2 as pdfium

    scan = pdfium.PdfDocument.new()
    scan.new_page(595, 842)
    path = tmp_path / "scan.pdf"
    scan.save(str(path))
    with pytest.raises(UnreadableFile, match=r"no text layer.*OCR"):
        readers.read(path)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("lofte.odt", b"x", "reads .txt, .text, .md, .markdown, .html, .htm, .docx, .pdf files, not '.odt'"),
        ("lofte.docx", b"not a zip", "not a Word (.docx) file that can be opened"),
        ("lofte.pdf", b"%PDF-1.4 broken", "PDF"),
        ("lofte.txt", b"\x00\x01\x02binary", "not a text file"),
        ("lofte.txt", b"   \n\n", "holds no text"),
    ],
)
def test_a_file_that_cannot_be_read_gives_the_reason(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UnreadableFile, match=message.replace(".", r"\.").replace("(", r"\(").replace(")", r"\)")) as raised:
        readers.read(path)
    assert raised.value.exit_code == 2


def test_a_text_in_windows_1252_is_read(tmp_path: Path) -> None:
    path = tmp_path / "lofte.txt"
    path.write_bytes("Medborgarlöfte i Kungälv\n\nTrygghet för alla.\n".encode("cp1252"))
    assert [b.text for b in readers.read(path)] == ["Medborgarlöfte i Kungälv", "Trygghet för alla."]


def test_the_words_of_medloftes_own_documents_are_its_labels() -> None:
    labels = Labels("sv")
    assert labels["generated_by"] == GENERATED_BY
    from medlofte.data.model import Status

    assert {labels.status(s) for s in Status} | {labels["not-followed-up"], labels["reported"]} == set(RENDERED_STATUS)


def test_the_fallback_draft_keeps_the_whole_text_and_validates(tmp_path: Path) -> None:
    """Should a recognised draft not validate (a bug), the import falls back to the whole text
    as the introduction: still every sentence, still valid, and the report says why."""
    from medlofte import api
    from medlofte.importer import build

    source = tmp_path / "lofte.txt"
    source.write_text("Medborgarlöfte 2024\n\nPolisen lovar att:\n • Minst tio trafikkontroller.\n", encoding="utf-8")
    files, guesses = build.fallback_files(source, ["ML301 Unknown actor 'X'."])
    for name, text in files.items():
        (tmp_path / "draft" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "draft" / name).write_text(text, encoding="utf-8")
    data = api.load(tmp_path / "draft")
    assert data.errors == []
    assert data.promise is not None
    assert data.promise.intro == "Polisen lovar att:\n\n- Minst tio trafikkontroller."
    assert guesses[0].endswith("(please report this as a bug: ML301 Unknown actor 'X'.)")
