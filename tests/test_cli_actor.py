"""`medlofte actor` and `medlofte actors` on the bundled 2023 data."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import DATA
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
    assert result.exit_code == 0
    assert [line for line in result.stdout.splitlines() if line.startswith("## ")] == ["## Nedskräpning"]
    assert result.stdout.count("\n- ") == 5


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
    assert result.exit_code == 2
    assert "matches several actors: Fastighetsbolagen, Fastighets- och gatukontoret" in result.stderr


def test_nothing_like_it_lists_known_actors(runner: CliRunner) -> None:
    result = runner.invoke(app, ["actor", "xyzzy", str(DATA)])
    assert result.exit_code == 2
    assert "Known actors: Polisen, Malmö stad" in result.stderr


def test_markdown_shows_roles_and_co_actors(runner: CliRunner) -> None:
    result = runner.invoke(app, ["actor", "Civilsamhället", str(DATA), "--format", "md"])
    assert result.exit_code == 0
    assert result.stdout.startswith(
        "# Civilsamhället: uppgifter i Medborgarlöfte 2023\n\nMalmö stad · 4 aktiviteter i 3 problemområden\n"
    )
    assert "- uppstart av grannsamverkan\\\n  Roll: ansvarig · Tillsammans med: Polisen och Fastighetsbolagen\n" in result.stdout
    assert "Roll: deltar · Tillsammans med: Polisen, Socialtjänsten och Fritidsförvaltningen" in result.stdout


def test_english_labels(runner: CliRunner) -> None:
    result = runner.invoke(app, ["actor", "Civilsamhället", str(DATA), "--format", "md", "--lang", "en"])
    assert "Role: participant · Together with: Polisen, Socialtjänsten and Fritidsförvaltningen" in result.stdout


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


def test_excel_defuses_formulas(runner: CliRunner, minimal: Path) -> None:
    area = minimal / "areas" / "01-trafik.yaml"
    area.write_text(
        area.read_text(encoding="utf-8").replace("minst 20 trafikkontroller", '"=HYPERLINK(\\"x\\")"'), encoding="utf-8"
    )
    result = runner.invoke(app, ["actor", "Polisen", str(minimal), "--format", "excel"])
    assert result.exit_code == 0
    assert ";\"'=HYPERLINK" in result.stdout
    plain = runner.invoke(app, ["actor", "Polisen", str(minimal), "--format", "csv"])
    assert ',"=HYPERLINK(""x"")"' in plain.stdout


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
    result = runner.invoke(app, ["actor", "Polisen", str(minimal), "--format", "table"], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.stderr
    assert "[/Prio 1] [bold]kontroller" in result.stdout
    assert "Trafik" in result.stdout


def test_status_and_open_filters(runner: CliRunner, minimal: Path) -> None:
    (minimal / "areas" / "01-trafik.yaml").write_text(
        "title: Trafik\ncommitments:\n  - actors: [Polisen, Kommunen]\n    activities:\n"
        "      - {text: a, status: done, result: klart}\n      - {text: b, status: not-done, reason: tid}\n      - c\n",
        encoding="utf-8",
    )
    done = runner.invoke(app, ["actor", "Polisen", str(minimal), "--status", "done", "--format", "json"])
    assert [t["text"] for t in json.loads(done.stdout)["areas"][0]["tasks"]] == ["a"]
    open_ = runner.invoke(app, ["actor", "Polisen", str(minimal), "--open", "--format", "json"])
    assert [t["text"] for t in json.loads(open_.stdout)["areas"][0]["tasks"]] == ["c"]


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


def test_invalid_data_is_refused(runner: CliRunner, minimal: Path) -> None:
    (minimal / "areas" / "01-trafik.yaml").write_text("titel: x\n", encoding="utf-8")
    for command in (["actor", "Polisen", str(minimal)], ["actors", str(minimal)]):
        result = runner.invoke(app, command)
        assert result.exit_code == 1
        assert (
            result.stderr == f"medlofte: 2 problems found in {minimal.as_posix()} — run medlofte validate {minimal.as_posix()}\n"
        )


def test_actors_overview(runner: CliRunner) -> None:
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
    assert md.exit_code == 0
    assert "| Räddningstjänsten (används inte) | räddningstjänst | 0 | 0 | 0 | 0 |" in md.stdout
    rows = list(csv.reader(io.StringIO(runner.invoke(app, ["actors", str(minimal), "--format", "csv"]).stdout, newline="")))
    assert rows[-1] == ["Räddningstjänsten", "räddningstjänst", "0", "0", "0", "0", "används inte"]
    table = runner.invoke(app, ["actors", str(minimal), "--format", "table"], env={"COLUMNS": "120"})
    assert "Räddningstjänsten (används inte)" in table.stdout


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
