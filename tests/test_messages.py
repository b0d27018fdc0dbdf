"""Messages in two languages: every template in the source has its Swedish, with the same
placeholders, and nothing in the catalogue is left over; the language is chosen as the
README says; Swedish reaches the user at the command line."""

from __future__ import annotations

import ast
import pickle
import string
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import ROOT
from medlofte import messages
from medlofte.cli import app
from medlofte.locale_sv import SV
from medlofte.messages import Text, both, t, translate

PACKAGE = ROOT / "src" / "medlofte"


def templates() -> dict[str, tuple[Path, int, bool]]:
    """Every literal ``t("…")`` in the source: template -> (file, line, has arguments)."""
    found: dict[str, tuple[Path, int, bool]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "t":
                assert node.args, f"{path}:{node.lineno}: t() without a template"
                first = node.args[0]
                assert isinstance(first, ast.Constant), f"{path}:{node.lineno}: t() needs a literal template"
                assert isinstance(first.value, str)
                found.setdefault(first.value, (path, node.lineno, bool(node.keywords)))
    return found


def fields(template: str) -> list[tuple[str, str, str]]:
    """The placeholders of a template: (name, conversion, format spec), sorted."""
    return sorted({(name, conv or "", spec or "") for _, name, spec, conv in string.Formatter().parse(template) if name})


def test_every_template_in_the_source_has_its_swedish() -> None:
    missing = [f"{path.relative_to(ROOT)}:{line}: {tmpl!r}" for tmpl, (path, line, _) in templates().items() if tmpl not in SV]
    assert missing == []


def test_the_swedish_has_the_same_placeholders() -> None:
    wrong = []
    for tmpl, (_, _, has_args) in templates().items():
        if tmpl in SV and has_args and fields(SV[tmpl]) != fields(tmpl):
            wrong.append((tmpl, fields(tmpl), fields(SV[tmpl])))
    assert wrong == []


def test_a_template_without_arguments_is_shown_as_written() -> None:
    """Braces in a template without arguments are text ('A { ... } mapping'), in both languages."""
    for tmpl, (_, _, has_args) in templates().items():
        if not has_args:
            assert str(t(tmpl)) == tmpl
            assert translate(t(tmpl), "sv") == SV[tmpl]


def test_no_swedish_is_left_over() -> None:
    assert sorted(set(SV) - set(templates())) == []


def test_the_swedish_differs_from_the_english() -> None:
    """A template 'translated' into itself is a forgotten translation, except where the
    words are the same in both languages or are names and placeholders only."""
    same = {k for k, v in SV.items() if k == v}
    assert same == {"{where}: {parts}."}


def test_a_text_is_english_and_carries_its_template() -> None:
    text = t("Unknown key {key!r} {where}.", key="titel", where=t("in an area file"))
    assert text == "Unknown key 'titel' in an area file."
    assert isinstance(text, Text)
    assert translate(text, "sv") == "Okänd nyckel 'titel' i en områdesfil."
    assert translate(text, "en") == "Unknown key 'titel' in an area file."
    assert translate("plain", "sv") == "plain"


def test_a_text_written_in_both_languages_keeps_its_swedish() -> None:
    text = t("Add '{key}: …' ({what}).", key="title", what=both("The area's title", "Områdets rubrik"))
    assert text == "Add 'title: …' (The area's title)."
    assert translate(text, "sv") == "Lägg till 'title: …' (Områdets rubrik)."


def test_a_text_survives_pickling() -> None:
    """Findings come back from worker processes (validate --jobs) with their templates."""
    text = t("Unknown key {key!r} {where}.", key="titel", where=t("in an area file"))
    again = pickle.loads(pickle.dumps(text))
    assert again == text
    assert translate(again, "sv") == "Okänd nyckel 'titel' i en områdesfil."


@pytest.mark.parametrize(
    ("environ", "lang"),
    [
        ({}, "en"),
        ({"MEDLOFTE_LANG": "sv"}, "sv"),
        ({"MEDLOFTE_LANG": "en", "LANG": "sv_SE.UTF-8"}, "en"),
        ({"LANG": "sv_SE.UTF-8"}, "sv"),
        ({"LC_ALL": "C.UTF-8", "LANG": "sv_SE.UTF-8"}, "en"),
        ({"LC_MESSAGES": "sv_FI.UTF-8"}, "sv"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"MEDLOFTE_LANG": "fi"}, "en"),
    ],
)
def test_the_language_comes_from_the_environment(environ: dict[str, str], lang: str) -> None:
    assert messages.from_environment(environ) == lang


BROKEN_AREA = """\
title: Trafik
titel: Trafiksäkerhet
commitments:
  - actors: [Polsen]
    activities:
      - Hastighetskontroller
"""


def test_validate_with_lang_sv_prints_swedish(minimal: Path, runner: CliRunner) -> None:
    (minimal / "areas" / "01-trafik.yaml").write_text(BROKEN_AREA, encoding="utf-8")
    result = runner.invoke(app, ["validate", "--lang", "sv", str(minimal)])
    assert result.exit_code == 1
    area = f"{minimal.as_posix()}/areas/01-trafik.yaml"
    assert result.stdout.splitlines()[:2] == [
        f"{area}:2:1: error [ML201] Okänd nyckel 'titel' i en områdesfil. Menade du 'title'? Tillåtna nycklar: "
        + result.stdout.splitlines()[0].split("Tillåtna nycklar: ", 1)[1],
        f"{area}:4:14: error [ML301] Okänd aktör 'Polsen'. Menade du 'Polisen'? Aktörerna finns i "
        f"{minimal.as_posix()}/actors.yaml.",
    ]
    assert result.stdout.splitlines()[-1] == "Kontrollerade 3 filer i 1 datamapp: 2 fel."
    english = runner.invoke(app, ["validate", "--lang", "en", str(minimal)])
    assert english.stdout.splitlines()[-1] == "Checked 3 files in 1 data directory: 2 errors."


def test_the_command_lines_own_usage_errors_in_swedish(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--lang", "sv", "validate", "--format", "xml"])
    assert result.exit_code == 2
    assert result.stderr == (
        "Användning: medlofte validate [OPTIONS] [DATA_DIR]...\n"
        "Skriv 'medlofte validate --help' för hjälp.\n"
        "\n"
        "Fel: Ogiltigt värde för '--format' / '-f': 'xml' är inte något av 'text', 'json', 'github', 'gitlab'.\n"
    )
    missing = runner.invoke(app, ["--lang", "sv", "actor"])
    assert (missing.exit_code, missing.stderr.splitlines()[-1]) == (2, "Fel: Argumentet 'NAME' saknas.")
    unknown = runner.invoke(app, ["validate", "--lang", "sv", "--bogus"], env={"MEDLOFTE_LANG": "en"})
    assert unknown.exit_code == 2
    assert unknown.stderr.splitlines()[-1].startswith("Fel: Alternativet --bogus finns inte.")
    command = runner.invoke(app, ["valdate"], env={"MEDLOFTE_LANG": "sv"})
    assert (command.exit_code, command.stderr.splitlines()[-1]) == (
        2,
        "Fel: Kommandot 'valdate' finns inte. Menade du 'validate'?",
    )
    english = runner.invoke(app, ["valdate"])
    assert english.stderr.splitlines()[-1] == "Error: No such command 'valdate'. Did you mean 'validate'?"


def test_an_error_a_command_ends_with_in_swedish(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["--lang", "sv", "validate", str(tmp_path / "saknas")])
    assert result.exit_code == 2
    assert result.stderr == f"medlofte: datamappen '{tmp_path / 'saknas'}' finns inte.\n"
