"""`medlofte actor` and `medlofte actors` on the bundled 2023 data."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import DATA, PINNED
from medlofte.cli import app

ALL_AREAS = [
    "Nedskräpning",
    "Narkotikabrott försäljning/-användande",
    "Ungdomssamlingar",
    "Skadegörelse/anlagda bränder/bilbränder",
    "Låg andel boende som anmäler brott eller ställer upp och vittnar",
    "Grovt kriminella personer och deras påverkan i lokalsamhället",
    "Våldsbrott mot kvinna/flicka i nära relation",
    "Stöld ur eller från motorfordon",
    "Trafik",
]
SEED_AREAS_OF = {
    "Miljöförvaltningen": {"Nedskräpning"},
    "Räddningstjänsten": {"Skadegörelse/anlagda bränder/bilbränder"},
    "Fritidsförvaltningen": {"Ungdomssamlingar"},
    "Grundskoleförvaltningen": {
        "Nedskräpning",
        "Narkotikabrott försäljning/-användande",
        "Grovt kriminella personer och deras påverkan i lokalsamhället",
    },
    "Fastighets- och gatukontoret": {"Nedskräpning", "Trafik"},
    "Socialtjänsten": {
        "Ungdomssamlingar",
        "Grovt kriminella personer och deras påverkan i lokalsamhället",
        "Våldsbrott mot kvinna/flicka i nära relation",
        "Trafik",
    },
    "Polisen": set(ALL_AREAS),
}


def invoke(runner: CliRunner, *args: str) -> object:
    return runner.invoke(app, list(args))


def areas_in_json(runner: CliRunner, name: str, *extra: str) -> list[str]:
    result = runner.invoke(app, ["actor", name, str(DATA), "--format", "json", *extra])
    assert result.exit_code == 0, result.stderr
    return [area["title"] for area in json.loads(result.stdout)["areas"]]


@pytest.mark.parametrize(("name", "areas"), sorted(SEED_AREAS_OF.items()))
def test_each_actors_areas_equal_the_seeds(runner: CliRunner, name: str, areas: set[str]) -> None:
    assert set(areas_in_json(runner, name)) == areas


def test_polisen_lists_all_nine_areas_in_document_order(runner: CliRunner) -> None:
    assert areas_in_json(runner, "polisen") == ALL_AREAS
    result = runner.invoke(app, ["actor", "polisen", str(DATA)])
    assert result.exit_code == 0
    headings = [line[3:] for line in result.stdout.splitlines() if line.startswith("## ")]
    assert headings == ALL_AREAS


def test_miljoforvaltningen_lists_only_nedskrapning(runner: CliRunner) -> None:
    result = runner.invoke(app, ["actor", "Miljöförvaltningen", str(DATA)])
    assert (result.exit_code, result.stderr) == (0, "")
    others = (
        "  Roll: ansvarig · Tillsammans med: Fastighetsbolagen, Fastighets- och gatukontoret, Polisen och "
        "Grundskoleförvaltningen\n"
    )
    assert result.stdout == (
        "# Miljöförvaltningen: uppgifter i Medborgarlöfte 2023\n"
        "\n"
        "Malmö stad · 5 aktiviteter i 1 problemområde\n"
        "\n"
        "## Nedskräpning\n"
        "\n"
        f"- skapa och sprida förhållningsregler\\\n{others}"
        f"- anordna städdagar\\\n{others}"
        f"- debitering av överträdelser vid nedskräpning\\\n{others}"
        f"- container för att möjliggöra för boende att hålla rent\\\n{others}"
        f"- se till att det dagligen städas i trapphus etc.\\\n{others}"
    )


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("polis", "Polisen"),
        ("POLISEN", "Polisen"),
        ("räddningstjänsten", "Räddningstjänsten"),
        ("raddningstjansten", "Räddningstjänsten"),
        ("rädd", "Räddningstjänsten"),
        ("verksamheter från civilsamhället", "Civilsamhället"),
        ("skolan", "Grundskoleförvaltningen"),
        ("fastighets-och-gatukontoret", "Fastighets- och gatukontoret"),
    ],
)
def test_lookups(runner: CliRunner, query: str, name: str) -> None:
    result = runner.invoke(app, ["actor", query, str(DATA), "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["actor"]["name"] == name


def test_unknown_name_exits_2_and_suggests(runner: CliRunner) -> None:
    result = runner.invoke(app, ["actor", "Polsen", str(DATA)])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == "medlofte: no actor matches 'Polsen'. Did you mean: Polisen?\n"


def test_ambiguous_prefix_exits_2_and_lists_candidates(runner: CliRunner) -> None:
    result = runner.invoke(app, ["actor", "fastighets", str(DATA)])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "medlofte: 'fastighets' matches several actors: Fastighetsbolagen, Fastighets- och gatukontoret. Type more of the name.\n"
    )


def test_nothing_like_it_lists_known_actors(runner: CliRunner) -> None:
    result = runner.invoke(app, ["actor", "xyzzy", str(DATA)])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "medlofte: no actor matches 'xyzzy'. Known actors: Polisen, Malmö stad, Fastighetsbolagen, Miljöförvaltningen, "
        "Fastighets- och gatukontoret, Grundskoleförvaltningen, Socialtjänsten, Fritidsförvaltningen, Räddningstjänsten, "
        "Civilsamhället.\n"
    )


CIVILSAMHALLET_MD = """\
# Civilsamhället: uppgifter i Medborgarlöfte 2023

Malmö stad · 4 aktiviteter i 3 problemområden

## Ungdomssamlingar

- arbetar aktivt tillsammans med civilsamhället med uppsökande för att få ungdomar in på meningsfull fritidssysselsättning\\
  Roll: deltar · Tillsammans med: Polisen, Socialtjänsten och Fritidsförvaltningen

## Låg andel boende som anmäler brott eller ställer upp och vittnar

- arbetar uppsökande och kontaktskapande i området för att komma närmre medborgarna samt är aktiva i samarbetet med \
fastighetsbolagen och civilsamhället bl.a. genom lokal beredskap\\
  Roll: deltar · Tillsammans med: Polisen och Fastighetsbolagen

## Grovt kriminella personer och deras påverkan i lokalsamhället

- uppstart av grannsamverkan\\
  Roll: ansvarig · Tillsammans med: Polisen och Fastighetsbolagen
- genomförande av trygghetsvandringar\\
  Roll: ansvarig · Tillsammans med: Polisen och Fastighetsbolagen
"""


CIVILSAMHALLET_MD_EN = """\
# Civilsamhället: tasks in Medborgarlöfte 2023

Malmö stad · 4 activities in 3 problem areas

## Ungdomssamlingar

- arbetar aktivt tillsammans med civilsamhället med uppsökande för att få ungdomar in på meningsfull fritidssysselsättning\\
  Role: participant · Together with: Polisen, Socialtjänsten and Fritidsförvaltningen

## Låg andel boende som anmäler brott eller ställer upp och vittnar

- arbetar uppsökande och kontaktskapande i området för att komma närmre medborgarna samt är aktiva i samarbetet med \
fastighetsbolagen och civilsamhället bl.a. genom lokal beredskap\\
  Role: participant · Together with: Polisen and Fastighetsbolagen

## Grovt kriminella personer och deras påverkan i lokalsamhället

- uppstart av grannsamverkan\\
  Role: lead · Together with: Polisen and Fastighetsbolagen
- genomförande av trygghetsvandringar\\
  Role: lead · Together with: Polisen and Fastighetsbolagen
"""


def test_markdown_shows_roles_and_co_actors(runner: CliRunner) -> None:
    result = runner.invoke(app, ["actor", "Civilsamhället", str(DATA), "--format", "md"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == CIVILSAMHALLET_MD


def test_english_labels(runner: CliRunner) -> None:
    result = runner.invoke(app, ["actor", "Civilsamhället", str(DATA), "--format", "md", "--lang", "en"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == CIVILSAMHALLET_MD_EN


def test_lead_only(runner: CliRunner) -> None:
    assert areas_in_json(runner, "Civilsamhället") == [
        "Ungdomssamlingar",
        "Låg andel boende som anmäler brott eller ställer upp och vittnar",
        "Grovt kriminella personer och deras påverkan i lokalsamhället",
    ]
    assert areas_in_json(runner, "Civilsamhället", "--lead-only") == [
        "Grovt kriminella personer och deras påverkan i lokalsamhället"
    ]


def test_csv_parses_back_with_a_header(runner: CliRunner) -> None:
    result = runner.invoke(app, ["actor", "Polisen", str(DATA), "--format", "csv"])
    assert result.exit_code == 0
    assert b"\r\n" in result.stdout_bytes
    rows = list(csv.reader(io.StringIO(result.stdout, newline="")))
    assert rows[0][:3] == ["Problemområde", "Aktivitet", "Roll"]
    assert len(rows) == 1 + 18
    assert all(len(row) == len(rows[0]) for row in rows)
    assert {row[0] for row in rows[1:]} == set(ALL_AREAS)
    assert rows[1][4] == "Fastighetsbolagen, Miljöförvaltningen, Fastighets- och gatukontoret, Polisen, Grundskoleförvaltningen"


def test_excel_csv_has_bom_semicolons_and_one_value_per_column(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "polisen.csv"
    result = runner.invoke(app, ["actor", "Polisen", str(DATA), "--format", "excel", "--output", str(target)])
    assert result.exit_code == 0
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0][0] == "Problemområde"
    assert all(len(row) == len(rows[0]) for row in rows)
    assert "Skadegörelse/anlagda bränder/bilbränder" in {row[0] for row in rows}


def test_both_csv_variants_defuse_formulas(runner: CliRunner, minimal: Path, tmp_path: Path) -> None:
    """A file named .csv opens in a spreadsheet whichever variant it is: neither keeps a
    formula live (the plain one did, and --output tasks.csv picked it)."""
    area = minimal / "areas" / "01-trafik.yaml"
    area.write_text(
        area.read_text(encoding="utf-8").replace("minst 20 trafikkontroller", '"=HYPERLINK(\\"x\\")"'), encoding="utf-8"
    )
    result = runner.invoke(app, ["actor", "Polisen", str(minimal), "--format", "excel"])
    assert result.exit_code == 0
    assert ";\"'=HYPERLINK" in result.stdout
    plain = runner.invoke(app, ["actor", "Polisen", str(minimal), "--format", "csv"])
    assert ',"\'=HYPERLINK(""x"")"' in plain.stdout
    target = tmp_path / "tasks.csv"
    assert runner.invoke(app, ["actor", "Polisen", str(minimal), "--output", str(target)]).exit_code == 0
    assert ",\"'=HYPERLINK" in target.read_text(encoding="utf-8")


def test_json_is_stable_and_documented_fields(runner: CliRunner) -> None:
    result = runner.invoke(app, ["actor", "Civilsamhället", str(DATA), "--format", "json"])
    document = json.loads(result.stdout)
    assert document["version"] == 1
    assert document["actor"] == {
        "id": "civilsamhallet",
        "name": "Civilsamhället",
        "short": None,
        "type": "civil-society",
        "contact": None,
    }
    assert document["promise"]["period"] == {"start": "2023-01-01", "end": "2023-12-31", "label": "2023"}
    task = document["areas"][0]["tasks"][0]
    assert task["role"] == "participant"
    assert task["leads"] == ["polisen", "socialtjansten", "fritidsforvaltningen"]
    assert task["with"] == ["polisen", "socialtjansten", "fritidsforvaltningen"]
    assert result.stdout == runner.invoke(app, ["actor", "Civilsamhället", str(DATA), "--format", "json"]).stdout


def test_table_prints_data_literally(runner: CliRunner, minimal: Path) -> None:
    area = minimal / "areas" / "01-trafik.yaml"
    area.write_text(
        area.read_text(encoding="utf-8").replace("minst 20 trafikkontroller", '"[/Prio 1] [bold]kontroller"'), encoding="utf-8"
    )
    result = runner.invoke(app, ["actor", "Polisen", str(minimal), "--format", "table"], env={"COLUMNS": "60"})
    assert (result.exit_code, result.stderr) == (0, "")
    assert [line.rstrip() for line in result.stdout.splitlines()] == [
        "Polisen: uppgifter i Medborgarlöfte 2025",
        "Exempels kommun · 1 aktivitet i 1 problemområde",
        "Trafik",
        "┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━┳━━━━━━━━━━━━━━━━━┓",
        "┃ Aktivitet                  ┃ Roll     ┃ Tillsammans med ┃",
        "┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━╇━━━━━━━━━━━━━━━━━┩",
        "│ [/Prio 1] [bold]kontroller │ ansvarig │                 │",
        "└────────────────────────────┴──────────┴─────────────────┘",
    ]


def test_status_and_open_filters(runner: CliRunner, minimal: Path) -> None:
    (minimal / "areas" / "01-trafik.yaml").write_text(
        "title: Trafik\ncommitments:\n  - actors: [Polisen, Kommunen]\n    activities:\n"
        "      - {text: a, status: done, result: klart}\n      - {text: b, status: not-done, reason: tid}\n      - c\n",
        encoding="utf-8",
    )
    done = runner.invoke(app, ["actor", "Polisen", str(minimal), "--status", "done", "--format", "json"])
    assert done.exit_code == 0
    assert [t["text"] for t in json.loads(done.stdout)["areas"][0]["tasks"]] == ["a"]
    open_ = runner.invoke(app, ["actor", "Polisen", str(minimal), "--open", "--format", "json"])
    assert open_.exit_code == 0
    assert [t["text"] for t in json.loads(open_.stdout)["areas"][0]["tasks"]] == ["c"]
    none = runner.invoke(app, ["actor", "Polisen", str(minimal), "--status", "cancelled", "--format", "md"])
    assert (none.exit_code, none.stderr) == (0, "")
    assert none.stdout == "# Polisen: uppgifter i Medborgarlöfte 2025\n\nPolisen har inga uppgifter i Medborgarlöfte 2025.\n"


def test_output_is_written_and_user_files_are_never_replaced(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "polisen.md"
    first = runner.invoke(app, ["actor", "Polisen", str(DATA), "--output", str(target)])
    assert first.exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("# Polisen")
    again = runner.invoke(app, ["actor", "Polisen", str(DATA), "--output", str(target)])
    assert again.exit_code == 0  # its own unchanged output may be replaced
    target.write_text("my notes\n", encoding="utf-8")
    refused = runner.invoke(app, ["actor", "Polisen", str(DATA), "--output", str(target)])
    assert refused.exit_code == 2
    assert "Use --force" in refused.stderr
    assert target.read_text(encoding="utf-8") == "my notes\n"
    forced = runner.invoke(app, ["actor", "Polisen", str(DATA), "--output", str(target), "--force"])
    assert forced.exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("# Polisen")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_format_follows_the_output_suffix(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "polisen.json"
    assert runner.invoke(app, ["actor", "Polisen", str(DATA), "-o", str(target)]).exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["actor"]["id"] == "polisen"
    table = runner.invoke(app, ["actor", "Polisen", str(DATA), "-o", str(tmp_path / "x.txt"), "--format", "table"])
    assert table.exit_code == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["-o", "polis.ods"],
            "medlofte: cannot tell the format from '.ods'; name the output .md, .csv, .json, .xlsx or .pdf, or give "
            "--format. For a spreadsheet, write --format excel --output NAME.csv.\n",
        ),
        (
            ["-o", "polis"],
            "medlofte: cannot tell the format from 'polis' (a name without a suffix); name the output .md, .csv, .json, "
            ".xlsx or .pdf, or give --format.\n",
        ),
        (
            ["-o", "polis.xlsx", "--format", "md"],
            "medlofte: --format md writes .md files, not 'polis.xlsx'; name the file .md.\n",
        ),
        (["-o", "polis.csv", "--format", "md"], "medlofte: --format md writes .md files, not 'polis.csv'; name the file .md.\n"),
        (
            ["-o", "polis.md", "--format", "json"],
            "medlofte: --format json writes .json files, not 'polis.md'; name the file .json.\n",
        ),
    ],
)
def test_an_output_name_that_does_not_fit_the_format_is_refused(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], message: str
) -> None:
    """--output polis.ods wrote Markdown into it and exited 0 (as polis.xlsx did before it meant the form)."""
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["actor", "Polisen", str(DATA), *args])
    assert result.exit_code == 2
    assert result.stderr == message
    assert list(tmp_path.iterdir()) == []


def test_the_format_given_and_the_name_may_agree(runner: CliRunner, tmp_path: Path) -> None:
    for args, start in ((["-f", "excel", "-o", "a.csv"], "\ufeffProblemområde;"), (["-f", "json", "-o", "b"], "{")):
        assert runner.invoke(app, ["actor", "Polisen", str(DATA), *args[:2], "-o", str(tmp_path / args[3])]).exit_code == 0
        assert (tmp_path / args[3]).read_text(encoding="utf-8").startswith(start)
    status = runner.invoke(app, ["status", str(DATA), "-o", str(tmp_path / "s.json"), "--date", "2023-06-01"])
    assert status.exit_code == 0
    assert json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))["as_of"] == "2023-06-01"
    refused = runner.invoke(app, ["status", str(DATA), "-o", str(tmp_path / "s.xlsx")])
    assert refused.exit_code == 2
    assert refused.stderr == "medlofte: cannot tell the format from '.xlsx'; name the output .md or .json, or give --format.\n"


def test_invalid_data_is_refused(runner: CliRunner, minimal: Path) -> None:
    (minimal / "areas" / "01-trafik.yaml").write_text("titel: x\n", encoding="utf-8")
    for command in (["actor", "Polisen", str(minimal)], ["actors", str(minimal)]):
        result = runner.invoke(app, command)
        assert (result.exit_code, result.stdout) == (1, "")
        assert (
            result.stderr == f"medlofte: 2 problems found in {minimal.as_posix()} — run medlofte validate {minimal.as_posix()}\n"
        )


def test_actors_overview(runner: CliRunner) -> None:
    md = runner.invoke(app, ["actors", str(DATA), "--format", "md"])
    assert (md.exit_code, md.stderr) == (0, "")
    assert md.stdout == (
        "| Aktör | Typ | Problemområden | Som ansvarig | Som deltagare | Via grupp |\n"
        "| --- | --- | ---: | ---: | ---: | ---: |\n"
        "| Civilsamhället | civilsamhälle | 3 | 2 | 2 | 0 |\n"
        "| Fastighets- och gatukontoret | kommun | 2 | 8 | 0 | 0 |\n"
        "| Fastighetsbolagen | fastighetsägare | 5 | 9 | 1 | 0 |\n"
        "| Fritidsförvaltningen | kommun | 1 | 1 | 0 | 0 |\n"
        "| Grundskoleförvaltningen | skola | 3 | 7 | 0 | 0 |\n"
        "| Malmö stad | kommun | 0 | 0 | 0 | 0 |\n"
        "| Miljöförvaltningen | kommun | 1 | 5 | 0 | 0 |\n"
        "| Polisen | polis | 9 | 18 | 0 | 0 |\n"
        "| Räddningstjänsten | räddningstjänst | 1 | 1 | 0 | 0 |\n"
        "| Socialtjänsten | kommun | 4 | 6 | 0 | 0 |\n"
    )
    result = runner.invoke(app, ["actors", str(DATA), "--format", "json"])
    assert result.exit_code == 0
    rows = json.loads(result.stdout)["actors"]
    assert [r["name"] for r in rows] == [
        "Civilsamhället",
        "Fastighets- och gatukontoret",
        "Fastighetsbolagen",
        "Fritidsförvaltningen",
        "Grundskoleförvaltningen",
        "Malmö stad",
        "Miljöförvaltningen",
        "Polisen",
        "Räddningstjänsten",
        "Socialtjänsten",
    ]
    polisen = next(r for r in rows if r["id"] == "polisen")
    assert (polisen["areas"], polisen["lead"], polisen["participant"], polisen["referenced"]) == (9, 18, 0, True)


def test_actors_flags_the_unused(runner: CliRunner, minimal: Path) -> None:
    with (minimal / "actors.yaml").open("a", encoding="utf-8") as handle:
        handle.write("  - id: rtj\n    name: Räddningstjänsten\n    type: rescue\n")
    md = runner.invoke(app, ["actors", str(minimal), "--format", "md"])
    assert (md.exit_code, md.stderr) == (0, "")
    assert md.stdout == (
        "| Aktör | Typ | Problemområden | Som ansvarig | Som deltagare | Via grupp |\n"
        "| --- | --- | ---: | ---: | ---: | ---: |\n"
        "| Exempels kommun | kommun | 1 | 1 | 0 | 0 |\n"
        "| Polisen | polis | 1 | 1 | 0 | 0 |\n"
        "| Räddningstjänsten (används inte) | räddningstjänst | 0 | 0 | 0 | 0 |\n"
    )
    csv_ = runner.invoke(app, ["actors", str(minimal), "--format", "csv"])
    assert (csv_.exit_code, csv_.stderr) == (0, "")
    assert csv_.stdout_bytes.decode("utf-8") == (
        "Aktör,Typ,Problemområden,Som ansvarig,Som deltagare,Via grupp,används inte\r\n"
        "Exempels kommun,kommun,1,1,0,0,\r\n"
        "Polisen,polis,1,1,0,0,\r\n"
        "Räddningstjänsten,räddningstjänst,0,0,0,0,används inte\r\n"
    )
    table = runner.invoke(app, ["actors", str(minimal), "--format", "table"], env={"COLUMNS": "120"})
    assert (table.exit_code, table.stderr) == (0, "")
    assert [line.rstrip() for line in table.stdout.splitlines()] == [
        "┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┳━━━━━━━━━━━┓",
        "┃ Aktör                            ┃ Typ             ┃ Problemområden ┃ Som ansvarig ┃ Som deltagare ┃ Via grupp ┃",
        "┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━╇━━━━━━━━━━━┩",
        "│ Exempels kommun                  │ kommun          │              1 │            1 │             0 │         0 │",
        "│ Polisen                          │ polis           │              1 │            1 │             0 │         0 │",
        "│ Räddningstjänsten (används inte) │ räddningstjänst │              0 │            0 │             0 │         0 │",
        "└──────────────────────────────────┴─────────────────┴────────────────┴──────────────┴───────────────┴───────────┘",
    ]


def test_actors_are_listed_in_swedish_order(runner: CliRunner) -> None:
    result = runner.invoke(app, ["actors", str(PINNED), "--format", "csv"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout_bytes.decode("utf-8") == (
        "Aktör,Typ,Problemområden,Som ansvarig,Som deltagare,Via grupp,används inte\r\n"
        "Émile-stiftelsen,civilsamhälle,1,0,1,0,\r\n"  # é as e
        "Eriksbergs förening,civilsamhälle,1,0,1,0,\r\n"
        "Exempels kommun,kommun,1,1,0,0,\r\n"
        "Polisen,polis,2,7,0,0,\r\n"
        "Uvådalens förening,civilsamhälle,1,0,1,0,\r\n"
        "Ürün kulturförening,civilsamhälle,1,0,1,0,\r\n"  # ü as y
        "Ytterby bostäder,fastighetsägare,1,0,1,0,\r\n"
        "Zonens förening,civilsamhälle,1,6,0,0,\r\n"
        "Åbyskolan,skola,1,0,1,0,\r\n"  # å, ä, ö after z
        "Ängens fritidsgård,kommun,1,6,0,0,\r\n"
        "Öresundsgruppen,civilsamhälle,1,0,1,0,\r\n"
    )


def test_the_task_list_carries_the_actors_contact(runner: CliRunner, minimal: Path) -> None:
    text = (minimal / "actors.yaml").read_text(encoding="utf-8")
    (minimal / "actors.yaml").write_text(
        text.replace("name: Polisen\n", "name: Polisen\n    contact: mailto:kommunpolis@example.se\n", 1)
    )
    md = runner.invoke(app, ["actor", "Polisen", str(minimal), "--format", "md"])
    assert md.exit_code == 0
    assert "\nKontakt: <mailto:kommunpolis@example.se>\n" in md.stdout
    data = json.loads(runner.invoke(app, ["actor", "Polisen", str(minimal), "--format", "json"]).stdout)
    assert data["actor"]["contact"] == "mailto:kommunpolis@example.se"
    table = runner.invoke(app, ["actor", "Polisen", str(minimal), "--format", "table"], env={"COLUMNS": "100"})
    assert "Kontakt: mailto:kommunpolis@example.se" in table.stdout


def test_a_name_unlike_any_actor_is_not_suggested(runner: CliRunner, minimal: Path) -> None:
    result = runner.invoke(app, ["actor", "Kommunstyrelsen", str(minimal)])
    assert result.exit_code == 2
    assert result.stderr == "medlofte: no actor matches 'Kommunstyrelsen'. Known actors: Polisen, Exempels kommun.\n"


def test_a_task_list_as_pdf_is_written_to_a_file(runner: CliRunner) -> None:
    result = runner.invoke(app, ["actor", "Polisen", str(DATA), "--format", "pdf"])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == "medlofte: --format pdf writes a file: give it with --output, e.g. --output Polisen.pdf.\n"
    every = runner.invoke(app, ["actors", str(DATA), "--format", "pdf"])
    assert (every.exit_code, every.stdout) == (2, "")
    assert (
        every.stderr == "medlofte: task lists to send are made per actor: medlofte actor NAME --format pdf --output NAME.pdf.\n"
    )
