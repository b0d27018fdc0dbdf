"""`medlofte import FILE --output DIR`: exit codes, the report, never over existing files,
and any text at all gives a draft that validates and keeps every sentence in order."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from conftest import ROOT
from medlofte import api
from medlofte.cli import app
from sentences import order_problems, shown_text

MALA = """SOURCE: https://polisen.se/mala/

Malå – medborgarlöften

Medborgarlöftet är ett löfte om konkreta aktiviteter från polis och kommun.

Medborgarlöfte 2024

  • Varje år kommer minst en tillsyn att göras.
  • Om det uppkommer önskemål om grannsamverkan så lovar vi att bistå.
"""

REPORT = """\
Guesses (10), also marked '# import:' in the files:
- the document's address read from its first lines
- municipality read as 'Malå kommun' from 'Malå'
- period read as 2024 from 'Medborgarlöfte 2024'
- parties read as Polisen and Malå kommun from 'Medborgarlöftet är ett löfte om konkreta…'
- 'Medborgarlöfte 2024' read as the heading of the promises
- quantity read as 1 tillsyn from 'minst en tillsyn'
- in 'Varje år kommer minst en tillsyn att göras.': frequency 'Varje år'
- 'Om det uppkommer önskemål om grannsamverkan så…' read as a conditional promise
- 'Polisen' added as an actor (the police)
- 'Malå kommun' added as an actor (the municipality)
The draft validates with no errors. Next: check the guesses, then medlofte validate {out}
"""


def test_import_writes_a_draft_that_validates_and_reports_its_guesses(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "mala.txt"
    source.write_text(MALA, encoding="utf-8")
    out = tmp_path / "draft"
    result = runner.invoke(app, ["import", str(source), "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout == REPORT.format(out=out.as_posix())
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.yaml")) == [
        "actors.yaml",
        "areas/01-lofte.yaml",
        "promise.yaml",
    ]
    assert "# import: period read as 2024 from 'Medborgarlöfte 2024'" in (out / "promise.yaml").read_text(encoding="utf-8")
    validated = runner.invoke(app, ["validate", str(out)])
    assert validated.exit_code == 0, validated.output


def test_import_never_writes_into_a_folder_that_holds_files_without_force(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "mala.txt"
    source.write_text(MALA, encoding="utf-8")
    out = tmp_path / "draft"
    out.mkdir()
    (out / "promise.yaml").write_text("title: Mitt eget\n", encoding="utf-8")
    (out / "areas").mkdir()
    (out / "areas" / "99-gammal.yaml").write_text("title: Gammal\n", encoding="utf-8")
    result = runner.invoke(app, ["import", str(source), "-o", str(out)])
    assert result.exit_code == 2
    assert (
        result.stderr
        == f"medlofte: {out} exists and is not empty; import never overwrites. Use --force to replace its data files.\n"
    )
    assert (out / "promise.yaml").read_text(encoding="utf-8") == "title: Mitt eget\n"
    forced = runner.invoke(app, ["import", str(source), "-o", str(out), "--force"])
    assert forced.exit_code == 0, forced.output
    assert not (out / "areas" / "99-gammal.yaml").exists()
    assert api.load(out).ok


def test_a_file_that_cannot_be_read_exits_2_with_the_reason(runner: CliRunner, tmp_path: Path) -> None:
    missing = tmp_path / "finns-inte.pdf"
    result = runner.invoke(app, ["import", str(missing), "-o", str(tmp_path / "draft")])
    assert result.exit_code == 2
    assert result.stderr == f"medlofte: cannot import '{missing}': there is no such file.\n"
    broken = tmp_path / "trasig.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    result = runner.invoke(app, ["import", str(broken), "-o", str(tmp_path / "draft")])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"medlofte: cannot import '{broken}': ")
    assert not (tmp_path / "draft").exists()


def test_the_output_must_be_a_directory(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "mala.txt"
    source.write_text(MALA, encoding="utf-8")
    (tmp_path / "fil").write_text("x", encoding="utf-8")
    result = runner.invoke(app, ["import", str(source), "-o", str(tmp_path / "fil")])
    assert result.exit_code == 2
    assert result.stderr == f"medlofte: {tmp_path / 'fil'} exists and is not a directory; give a new directory for the draft.\n"


WORDS = st.sampled_from(
    ["Polisen", "kommunen", "lovar", "att:", "minst", "tre", "tillfällen", "per", "år", "Trafik", "–", "Socialtjänsten,",
     "Fastighetsbolagen", "och", "(Polis)", "Om", "det", "uppkommer", "önskemål", "så", "bistå.", "Lövgärdet", "Löfte",
     "1", "2024", "maj", "-", "2025", "Resultat:", "har", "genomförts", "i", "samverkan", "med", "andra", "aktörer",
     "ska", "arbeta", "för", "barn", "unga", "på", "Stora", "torg", "under", "sommaren", "Uppföljning", "Lägesbild",
     "Det", "här", "vi", "Medborgarlöfte", "2021–2022", "Malmö", "stad", "Sök"]
)  # fmt: skip
MARKS = st.sampled_from(["", "", "", " • ", "- ", "1) ", "2. "])
LINES = st.lists(st.tuples(MARKS, st.lists(WORDS, min_size=1, max_size=14).map(" ".join)).map("".join), min_size=1, max_size=25)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(lines=LINES, gaps=st.lists(st.sampled_from(["\n", "\n\n", "\n  "]), min_size=25, max_size=25))
@example(lines=["-", "Polisen"], gaps=["\n"] * 25)  # found by Hypothesis: a mark alone on its line
@example(lines=["–", "Polisen"], gaps=["\n"] * 25)
def test_any_text_imports_into_a_valid_draft_that_keeps_every_sentence(tmp_path: Path, lines: list[str], gaps: list[str]) -> None:
    """Whatever the text, the import never fails, its draft has no errors, and every
    sentence of the text is in the draft's document, in order."""
    # A line that starts with a dash is a list item as Word writes one ("– Polisen"): its dash
    # is the list's mark, as '•' is, so the text is compared without it; a dash or hyphen alone
    # on its line is the mark of the item on the next line (a PDF puts them apart).
    lines = [re.sub(r"^(?:– )+", "", line) for line in lines]
    lines = ["" if line in ("-", "–") else line for line in lines]
    text = "".join(line + gap for line, gap in zip(lines, gaps, strict=False))
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    target = folder / "draft"
    source = folder / "lofte.txt"
    source.write_text(text, encoding="utf-8")
    if not text.strip(" \n•-#|"):
        return
    api.import_document(source, target)
    data = api.load(target)
    assert [f.text for f in data.errors] == []
    followed_up = any(a.status or a.result for area in data.areas for a in area.activities)
    md = api.render_document(data, "md", report="follow-up" if followed_up else "promise").decode("utf-8")
    assert [p for p in order_problems(text, shown_text(md)) if not p.startswith("printed")] == []


def test_the_example_in_docs_import_md_is_what_the_command_prints(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """docs/import.md shows the import of a saved web page; the command prints exactly that."""
    docs = (ROOT / "docs" / "import.md").read_text(encoding="utf-8")
    example = docs.split("```console\n", 1)[1].split("```", 1)[0]
    command, expected = example.split("\n", 1)
    assert command == "$ medlofte import mala.html --output data"
    (tmp_path / "mala.html").write_bytes((ROOT / "tests" / "fixtures" / "import" / "mala.html").read_bytes())
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["import", "mala.html", "--output", "data"])
    assert result.exit_code == 0
    assert result.stdout == expected
