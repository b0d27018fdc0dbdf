"""Three other published promises, kept as data, show that the model fits more than the seed:
activities grouped by who promises them with a yearly quantity (Halmstad 2020), actor tags
per activity and joint goals (Kungälv 2017), and a follow-up with results as lists
(Kungälv 2020–2021). Each folder holds the published text (``source.txt``) and the data.

Golden files: tests/golden/published-*.md (MEDLOFTE_UPDATE_GOLDEN=1 to regenerate).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from htmlcheck import visible_text
from medlofte import api
from medlofte.cli import app
from medlofte.data import queries
from medlofte.views.status import count
from test_output_document import check_golden
from test_seed import phrase, squeeze

PUBLISHED = Path(__file__).parent / "fixtures" / "published"
NAMES = ("halmstad-2020", "kungalv-2017", "kungalv-2020-uppfoljning")

# Each activity and result of the published text, in its own words.
PHRASES = {
    "halmstad-2020": [
        "i samverkan med andra aktörer bidra till Purple Flag-certifieringen",
        "i samverkan med andra aktörer skapa evenemang för en levande stadskärna",
        "diskutera möjligheterna till kamerabevakning",
        "närvara med synlig uniformerad polis inom stadskärnan i syfte att arbeta kontaktskapande, "
        "brottsförebyggande och trygghetsskapande",
        "minst 900 timmar per år",
        "verka för att ogräs och klotter tas bort",
        "två gånger per år",
        "arbeta med renhållning av stadskärnan",
        "ta fram en centrumutvecklingsplan där hänsyn tas till tryggheten",
        "ta fram ett belysningsprogram för centrum",
    ],
    "kungalv-2017": [
        "med fokus på hastighet, störande mopedåkning och epatraktorkörning vid platser och tider som invånarna föreslår",
        "Utskick av brev om laglig och säker mopedåkning",
        "föräldrar med ungdomar som fyller 15 år",
        "inriktning mot ungdomar i högstadie- och gymnasieåldern",
        "Utskick av brev om narkotikaproblematik",
        "Informationen omfattar även hur man kan få stöd av kommunen",
        "bjuds in till möte på respektive skola i syfte att få information om narkotikasituationen i kommunen "
        "och hur man kan motverka att ungdomarna använder narkotika",
        "Att polisstationen i Kungälv ska öppnas och vara tillgänglig för invånarna",
        "fem dagar i veckan",
        "Upplevda problem med trafik och narkotika ska minska",
        "Polisen ska uppfattas som mer tillgänglig",
        "Ökad trygghet bland invånarna",
        "Ökat förtroende för polis och kommun hos invånarna",
    ],
    "kungalv-2020-uppfoljning": [
        "i syfte att verka trygghetsskapande",
        "Polis har uppfyllt sitt löfte genom ökad närvaro vid minst 200 tillfällen",
        "Händelser som kan sättas i samband med närvaron har bland annat resulterat i:",
        "Flera avvisningar av personer som förtärt alkohol allmän plats (ca 60 stycken)",
        "Omhändertagit personer gällande Lagen om omhändertagande av berusade personer",
        "Upprätta anmälningar där det finns misstanke om narkotikabrott",
        "Sökt med hund för att eftersöka narkotika i omgivningen",
        "Två riktade narkotikainsatser har genomförts under året",
        "Anmälningar upprättande gällande narkotikabrott samt dopingbrott (eget bruk, innehav samt överlåtelse)",
        "Även anmälningar upprättande gällande rattfylleri under påverkan av narkotika, olovlig körning samt brott "
        "mot kniv- och vapenlagen",
        "Inom ramen för insatserna har vi även gjort ett tio-tal platssök med narkotikahund",
        "Där individer under 18 år rapporteras för brott har polis tagit kontakt med ansvarig vårdnadshavare och lyft vår oro",
        "Trafikkontroller med fokus på hastighet utifrån medborgarnas önskemål",
        "40 genomförda hastighetskontroller med fokus på de platser där medborgarna påtalat att behovet finns",
        "10 kontroller utförda av trafikpolisen med hjälp mobil trafiksäkerhetskamera",
        "Flertalet ordningsföreläggande samt körkortsomhändertagande har gjorts i samband med kontrollerna",
        "Enstaka anmälningar gällande olovlig körning samt rattfylleri under påverkan av narkotika eller alkohol "
        "har upprättats i samband med kontroller",
        "med fokus på trimmade mopeder och A-traktorer",
    ],
}
REPORT = {"halmstad-2020": "promise", "kungalv-2017": "promise", "kungalv-2020-uppfoljning": "follow-up"}


def data_dir(name: str) -> Path:
    return PUBLISHED / name / "data"


def rendered(name: str, fmt: str) -> str:
    return api.render_document(api.load(data_dir(name)), fmt, report=REPORT[name]).decode("utf-8")


@pytest.mark.parametrize("name", NAMES)
def test_the_published_promise_is_valid_data(name: str) -> None:
    report = api.validate([data_dir(name)])
    assert report.findings == []
    assert report.files == 1 + 1 + len(list((data_dir(name) / "areas").glob("*.yaml")))


@pytest.mark.parametrize(("name", "words"), [(n, w) for n in NAMES for w in PHRASES[n]])
def test_each_phrase_is_the_published_wording_and_is_in_the_document(name: str, words: str) -> None:
    source = squeeze((PUBLISHED / name / "source.txt").read_text(encoding="utf-8"))
    assert phrase(words).lower() in source.lower()
    assert phrase(words) in squeeze(visible_text(rendered(name, "html")))


@pytest.mark.parametrize("name", NAMES)
def test_the_published_promise_matches_its_golden_file(name: str) -> None:
    check_golden(f"published-{name}.md", rendered(name, "md"))


def test_halmstad_groups_activities_by_who_promises_them() -> None:
    data = api.load(data_dir("halmstad-2020"))
    [area] = data.areas
    assert [c.title for c in area.commitments] == ["Polisen och kommunen lovar att", "Polisen lovar att", "Kommunen lovar att"]
    polisen, kommunen = (data.registry.lookup(n).actor for n in ("Polisen", "Kommunen"))  # type: ignore[union-attr]
    assert len(queries.task_list(data, polisen)) == 4
    assert len(queries.task_list(data, kommunen)) == 7
    text = visible_text(rendered("halmstad-2020", "html"))
    assert "Omfattning: minst 900 timmar per år · När: under 2020" in squeeze(text)
    assert "Kommunstyrelsen fastställde löftet den 19 mars 2020." in text


def test_kungalv_2017_actor_tags_become_leads() -> None:
    """ "(Polis)" and "(Kommun)" after each activity: the commitment holds both, the tag leads."""
    data = api.load(data_dir("kungalv-2017"))
    leads = [(a.text.split()[0], [x.id for x in inv.leads]) for _, _, _, a, inv in queries.activities(data)]
    assert leads == [
        ("Trafikkontroller", ["polisen"]),
        ("Utskick", ["kungalvs-kommun"]),
        ("Narkotikainsatser", ["polisen"]),
        ("Utskick", ["kungalvs-kommun"]),
        ("Att", ["kungalvs-kommun"]),
        ("Att", ["polisen"]),  # the commitment is the police's alone
    ]
    assert data.promise is not None
    assert len(data.promise.goals) == 4


def test_kungalv_2020_follow_up_shows_results_as_lists_and_achieved_against_promised() -> None:
    data = api.load(data_dir("kungalv-2020-uppfoljning"))
    counts = count([a for area in data.areas for a in area.activities])
    assert (counts.total, counts.done) == (4, 4)
    html = rendered("kungalv-2020-uppfoljning", "html")
    assert "<li>Två riktade narkotikainsatser har genomförts under året.</li>" in html
    text = squeeze(visible_text(html))
    assert "Utlovat: minst 20 trafikkontroller · Uppnått: 40 trafikkontroller" in text
    assert "Utlovat: två insatser · Uppnått: 3 insatser · Resultat: 3 insatser." in text


def test_kungalv_2020_task_list_keeps_the_result_list_readable(runner: CliRunner) -> None:
    result = runner.invoke(app, ["actor", "polis", str(data_dir("kungalv-2020-uppfoljning")), "--format", "md"])
    assert result.exit_code == 0
    assert (
        "Status: genomförd · Uppnått: 40 trafikkontroller · Resultat: • 40 genomförda hastighetskontroller med fokus "
        "på de platser där medborgarna påtalat att behovet finns. • 10 kontroller" in result.output
    )
