"""Ten published promises, each kept as data next to its published text, show that the format
holds every shape a real promise takes without inventing anything: the folder
``tests/fixtures/published/<name>/`` has the text as published (``source.txt``, cut after
about 2,100 characters like the copies in shared/examples) and the data (``data/``).

The main test splits the published text into its sentences and list items and checks that
the rendered Markdown holds each one, in the published order, and no sentence or fact more
often than the text does.

Golden files: tests/golden/published-*.md (MEDLOFTE_UPDATE_GOLDEN=1 to regenerate).
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from htmlcheck import outline, tags
from medlofte import api
from medlofte.cli import app
from medlofte.data import queries
from medlofte.data.model import PER_WORDS
from medlofte.views.status import count
from sentences import SOURCE_LINE, order_problems, sentences, squeeze
from sentences import shown_text as shown
from test_output_document import check_golden

PUBLISHED = Path(__file__).parent / "fixtures" / "published"
# Every folder with a published text is a fixture: one added later is tested like these.
NAMES = tuple(sorted(p.name for p in PUBLISHED.iterdir() if (p / "source.txt").is_file()))
THE_TEN = (
    "gallivare-2018",
    "goteborg-ostra-odaterat",
    "halmstad-2020",
    "halmstad-2021",
    "helsingborg-2016",
    "kungalv-2017",
    "kungalv-2020-uppfoljning",
    "mala-2024",
    "malmo-rosengard-2024",
    "uppsala-2020",
)


def _report(name: str) -> str:
    """A page that publishes results is rendered as the follow-up report, which keeps the
    promise's own texts: that report is then the whole published page."""
    try:
        data = api.load(PUBLISHED / name / "data")
    except api.InvalidData:
        return "promise"  # the validity test says what is wrong
    followed_up = any(a.status or a.result for area in data.areas for a in area.activities)
    return "follow-up" if followed_up else "promise"


REPORT = {name: _report(name) for name in NAMES}
# Warnings a fixture has because its text really lacks something; a fixture not named here
# may have only such warnings (no period, a group whose promises the copy cuts off).
EXPECTED_WARNINGS: dict[str, list[str]] = {
    "goteborg-ostra-odaterat": ["ML406"],  # undated: the page gives no period
    "helsingborg-2016": ["ML406"],  # no period in the text
    # Only one of the page's two places has a period; the copy ends before the second's promises.
    "uppsala-2020": ["ML402", "ML406"],
}
TEXT_MAY_LACK = {"ML402", "ML406"}

# ---------------------------------------------------------------------------------------
# The published text as sentences and list items.


def source_text(name: str) -> str:
    return (PUBLISHED / name / "source.txt").read_text(encoding="utf-8")


def occurrences(needle: str, haystack: str) -> int:
    """How often the words occur, not as part of a longer word, case aside."""
    pattern = r"(?<!\w)" + re.escape(needle.casefold()) + r"(?!\w)"
    return len(re.findall(pattern, haystack.casefold()))


def test_the_splitter_keeps_headings_and_abbreviations_and_drops_furniture() -> None:
    text = (
        "SOURCE: https://polisen.se/x/\n\nSök\nLöfte 1\nFör att skapa trygghet ska vi. Polisen lovar\n"
        " • Trafikinsatser avseende ex. belysning. Byarna har besökts, bl.a. Hakkas.\n"
        "1.  Polisen skall öka synligheten.\n2) Ökad information\n"
        "Purple Flag-certifieringenlänk till annan webbplats\nTill toppen\n"
    )
    assert sentences(text) == [
        "Löfte 1",
        "För att skapa trygghet ska vi.",
        "Polisen lovar",
        "Trafikinsatser avseende ex. belysning.",
        "Byarna har besökts, bl.a. Hakkas.",
        "Polisen skall öka synligheten.",
        "Ökad information",
        "Purple Flag-certifieringen",
    ]


# ---------------------------------------------------------------------------------------
# The fixtures.


def data_dir(name: str) -> Path:
    return PUBLISHED / name / "data"


def rendered(name: str, fmt: str) -> str:
    return api.render_document(api.load(data_dir(name)), fmt, report=REPORT[name]).decode("utf-8")


def shown_text(name: str) -> str:
    """What a reader sees of the rendered Markdown ('1\\.' is '1.'), whitespace squeezed."""
    return shown(rendered(name, "md"))


def test_every_published_text_of_the_examples_is_a_fixture() -> None:
    assert set(THE_TEN) <= set(NAMES)
    assert [n for n in THE_TEN if REPORT[n] == "follow-up"] == ["gallivare-2018", "kungalv-2020-uppfoljning"]


@pytest.mark.parametrize("name", NAMES)
def test_the_published_promise_is_valid_data(name: str) -> None:
    report = api.validate([data_dir(name)])
    assert [f.text for f in report.findings if f.severity.value == "error"] == []
    codes = [f.code for f in report.findings]
    if name in THE_TEN:
        assert codes == EXPECTED_WARNINGS.get(name, [])
    else:
        assert set(codes) <= TEXT_MAY_LACK, [f.text for f in report.findings]
    assert report.files == 1 + 1 + len(list((data_dir(name) / "areas").glob("*.yaml")))


@pytest.mark.parametrize("name", NAMES)
def test_the_source_copy_names_the_promises_source(name: str) -> None:
    first = source_text(name).splitlines()[0]
    data = api.load(data_dir(name))
    assert data.promise is not None
    assert first == f"{SOURCE_LINE}{data.promise.source}"


@pytest.mark.parametrize("name", NAMES)
def test_every_sentence_of_the_published_text_is_in_the_document_once_in_order(name: str) -> None:
    """Each sentence and list item of the published text is in the rendered document, each
    found after the one before it, and no more often than in the text (nothing is printed
    twice)."""
    assert order_problems(source_text(name), shown_text(name)) == []


def _facts(name: str) -> list[str]:
    """Every fact the data gives besides the sentences: quantities in their wording, when,
    how often, where, for whom, unnamed partners, an area's place."""
    data = api.load(data_dir(name))
    facts = [a.place for a in data.areas if a.place]
    for _, _, commitment, activity, _ in queries.activities(data):
        facts += [q.display("minst", PER_WORDS) for q in activity.quantities]
        facts += [x for x in (activity.when, activity.frequency, activity.place, activity.target_group) if x]
        facts += [*activity.others, *commitment.others]
    return facts


@pytest.mark.parametrize("name", NAMES)
def test_no_fact_given_as_data_is_printed_more_often_than_the_text_states_it(name: str) -> None:
    source = squeeze(" ".join(sentences(source_text(name))))
    shown = shown_text(name)
    for fact in _facts(name):
        assert occurrences(fact, source) >= 1, f"not in the published text: {fact!r}"
        assert occurrences(fact, shown) == occurrences(fact, source), f"printed again: {fact!r}"


@pytest.mark.parametrize("name", NAMES)
def test_the_published_promise_matches_its_golden_file(name: str) -> None:
    check_golden(f"published-{name}.md", rendered(name, "md"))


# ---------------------------------------------------------------------------------------
# What particular shapes hold.


def test_halmstad_groups_activities_by_who_promises_them() -> None:
    data = api.load(data_dir("halmstad-2020"))
    assert [a.title for a in data.areas] == ["Polisen och kommunen lovar att:", "Polisen lovar att:", "Kommunen lovar att:"]
    polisen, kommunen = (data.registry.lookup(n).actor for n in ("Polisen", "Kommunen"))  # type: ignore[union-attr]
    assert len(queries.task_list(data, polisen)) == 4
    assert len(queries.task_list(data, kommunen)) == 7
    text = shown_text("halmstad-2020")
    assert "Kommunstyrelsen fastställde löftet den 19 mars 2020." in text
    assert "Omfattning:" not in text  # "minst 900 timmar per år" is in the sentence


def test_kungalv_2017_actor_tags_become_leads() -> None:
    """ "(Polis)" and "(Kommun)" after each activity: the commitment holds both, the tag leads."""
    data = api.load(data_dir("kungalv-2017"))
    leads = [(a.text.split()[0], [x.id for x in inv.leads]) for _, _, _, a, inv in queries.activities(data)]
    assert leads == [
        ("Minst", ["polisen"]),
        ("Utskick", ["kungalvs-kommun"]),
        ("Minst", ["polisen"]),
        ("Utskick", ["kungalvs-kommun"]),
        ("Att", ["kungalvs-kommun"]),
        ("Att", ["polisen"]),
    ]
    assert data.promise is not None
    assert len(data.promise.goals) == 4
    assert "Ansvarig:" not in shown_text("kungalv-2017")  # "(Polis)" says it


def test_kungalv_2020_follow_up_shows_results_as_lists() -> None:
    data = api.load(data_dir("kungalv-2020-uppfoljning"))
    counts = count([a for area in data.areas for a in area.activities])
    assert counts.total == 4
    md = MarkdownIt("commonmark").render(rendered("kungalv-2020-uppfoljning", "md"))
    assert "<li>Två riktade narkotikainsatser har genomförts under året.</li>" in md


def test_kungalv_2020_task_list_keeps_the_result_list_readable(runner: CliRunner) -> None:
    result = runner.invoke(app, ["actor", "polis", str(data_dir("kungalv-2020-uppfoljning")), "--format", "md"])
    assert result.exit_code == 0
    assert (
        "Resultat: • 40 genomförda hastighetskontroller med fokus på de platser där medborgarna påtalat att behovet "
        "finns. • 10 kontroller" in result.output
    )


@pytest.mark.parametrize("name", NAMES)
def test_headings_never_skip_a_level_and_every_section_has_one(name: str) -> None:
    """Parts and groups without a heading of their own (``headings: … false``, a plain list)
    leave no gap in the outline and no <section> without a heading."""
    html = rendered(name, "html")
    levels = [level for level, _ in outline(html)]
    assert levels[0] == 1
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels)), outline(html)
    opened = [a for t, a in tags(html) if t == "section"]
    assert all(a.get("aria-labelledby") for a in opened)


def test_a_document_that_does_not_number_its_problem_areas() -> None:
    data = api.load(data_dir("kungalv-2017"))
    assert data.promise is not None
    assert data.promise.numbered is False
    assert [a.kind.value for a in data.areas] == ["problem"] * 3
    assert "## För att minska trafikproblem lovar vi:\n" in rendered("kungalv-2017", "md")


def test_the_actors_are_not_repeated_under_a_heading_that_names_them() -> None:
    html = rendered("halmstad-2020", "html")
    assert [title for _, title in outline(html)] == [
        "Medborgarlöften för ökad trygghet",
        "Innehåll",
        "Medborgarlöftet för 2020",
        "Polisen och kommunen lovar att:",
        "Polisen lovar att:",
        "Kommunen lovar att:",
    ]


def test_the_follow_up_prints_no_quantity_that_the_sentence_or_the_result_states() -> None:
    text = shown_text("kungalv-2020-uppfoljning")
    assert "Utlovat:" not in text  # each sentence states its quantity
    assert "Uppnått: 200" not in text  # "vid minst 200 tillfällen" is in the result
    assert "Uppnått: 40 trafikkontroller" in text  # the result counts hastighetskontroller
    # The last result is cut off before any status: it says no status word of its own.
    assert text.endswith("A-traktorer. (Polis) Resultat: 3 insatser ge")
