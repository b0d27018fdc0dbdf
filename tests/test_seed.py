"""The bundled data holds the seed promise completely: every area, actor and activity.

The phrases below are the seed's own words (checked against the extracted text), the data
must hold each of them, and removing them from the seed leaves only connecting words.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import DATA
from medlofte import api
from medlofte.data.textfold import fold

SEED = Path(__file__).parent / "fixtures" / "seed" / "medborgarlofte-2023.txt"

# (area title, [(actors as the seed lists them, their actor ids, [activity phrases])])
SEED_AREAS: list[tuple[str, list[tuple[str, set[str], list[str]]]]] = [
    (
        "Nedskräpning",
        [
            (
                "Fastighetsbolagen, Miljöförvaltningen, Fastighets- och gatukontoret, Polisen och Grundskoleförvaltningen",
                {"fastighetsbolagen", "miljoforvaltningen", "fastighets-och-gatukontoret", "polisen", "grundskoleforvaltningen"},
                [
                    "skapa och sprida förhållningsregler",
                    "anordna städdagar",
                    "debitering av överträdelser vid nedskräpning",
                    "container för att möjliggöra för boende att hålla rent",
                    "se till att det dagligen städas i trapphus etc.",
                ],
            )
        ],
    ),
    (
        "Narkotikabrott försäljning/-användande",
        [
            (
                "Polisen och Grundskoleförvaltningen",
                {"polisen", "grundskoleforvaltningen"},
                ["Samarbetar med förebyggande åtgärder", "polisen arbetar bl.a. mot de öppna drogscenerna."],
            )
        ],
    ),
    (
        "Ungdomssamlingar",
        [
            (
                "Polisen, socialtjänsten, fritidsförvaltningen",
                {"polisen", "socialtjansten", "fritidsforvaltningen"},
                [
                    "arbetar aktivt tillsammans med civilsamhället med uppsökande för att få ungdomar in på "
                    "meningsfull fritidssysselsättning."
                ],
            )
        ],
    ),
    (
        "Skadegörelse/anlagda bränder/bilbränder",
        [
            (
                "Polisen, Fastighetsbolagen och Räddningstjänsten",
                {"polisen", "fastighetsbolagen", "raddningstjansten"},
                ["vidtar anpassade förebyggande aktiviteter."],
            )
        ],
    ),
    (
        "Låg andel boende som anmäler brott eller ställer upp och vittnar",
        [
            (
                "Polisen",
                {"polisen"},
                [
                    "arbetar uppsökande och kontaktskapande i området för att komma närmre medborgarna samt är aktiva i "
                    "samarbetet med fastighetsbolagen och civilsamhället bl.a. genom lokal beredskap."
                ],
            )
        ],
    ),
    (
        "Grovt kriminella personer och deras påverkan i lokalsamhället",
        [
            (
                "Polisen, Socialtjänsten",
                {"polisen", "socialtjansten"},
                [
                    "förhindra nyrekrytering av unga personer till kriminalitet samt förmå kriminella personer att "
                    "lämna/ändra kriminellt beteende (Social insatsgrupp samt ”Sluta skjut”)"
                ],
            ),
            (
                "Polisen, Fastighetsbolagen och verksamheter från civilsamhället",
                {"polisen", "fastighetsbolagen", "civilsamhallet"},
                ["uppstart av grannsamverkan", "genomförande av trygghetsvandringar"],
            ),
            (
                "Grundskoleförvaltningen",
                {"grundskoleforvaltningen"},
                [
                    "skolan jobbar med främjande och förebyggande åtgärder och vid oro för ett barns utveckling förmedlar "
                    "de till rätt myndigheter."
                ],
            ),
        ],
    ),
    (
        "Våldsbrott mot kvinna/flicka i nära relation",
        [
            (
                "Polisen och Fastighetsbolagen",
                {"polisen", "fastighetsbolagen"},
                ["informationsinsats i trapphusen mot våld i nära relation"],
            ),
            ("Socialtjänsten", {"socialtjansten"}, ["erbjuder förebyggande arbete mot machokultur till skolorna."]),
        ],
    ),
    (
        "Stöld ur eller från motorfordon",
        [("Polisen", {"polisen"}, ["informationsinsats vid parkeringsplatser ”töm bilen själv”."])],
    ),
    (
        "Trafik",
        [
            (
                "Polisen, Fastighets- och gatukontoret och Socialtjänsten",
                {"polisen", "fastighets-och-gatukontoret", "socialtjansten"},
                [
                    "trafikkontroller",
                    "ombyggnationer (ex. hastighetsdämapande hinder)",
                    "förebyggande arbete mot trafikbeteenden till skolorna.",
                ],
            )
        ],
    ),
]

HEADING = "Medborgarlöfte 2023 Involverade aktörer och exempel på aktiviteter utifrån framtagen lägesbild"
CLOSING = "I samarbete med:"


def squeeze(text: str) -> str:
    """The extracted text with the PDF's line breaks mended."""
    return " ".join(text.split())


def phrase(text: str) -> str:
    """A phrase compared without the full stop that ends a list item."""
    return squeeze(text).rstrip(".")


@pytest.fixture(scope="module")
def seed_text() -> str:
    return squeeze(SEED.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def data() -> api.Dataset:
    loaded = api.load(DATA)
    assert loaded.ok, loaded.findings
    return loaded


def all_phrases() -> list[str]:
    return [p for _, commitments in SEED_AREAS for _, _, phrases in commitments for p in phrases]


@pytest.mark.parametrize("words", all_phrases())
def test_each_phrase_is_the_seeds_own_wording(words: str, seed_text: str) -> None:
    assert phrase(words) in seed_text


@pytest.mark.parametrize("words", all_phrases())
def test_each_phrase_is_an_activity_in_the_data(words: str, data: api.Dataset) -> None:
    texts = [phrase(a.text) for area in data.areas for a in area.activities]
    assert phrase(words) in texts


def test_the_phrases_cover_the_whole_seed(seed_text: str) -> None:
    rest = seed_text.replace(HEADING, " ").replace(CLOSING, " ")
    for title, commitments in SEED_AREAS:
        rest = rest.replace(title, " ", 1)
        for actors_text, _, phrases in commitments:
            rest = rest.replace(actors_text, " ", 1)
            for words in phrases:
                assert phrase(words) in rest, words
                rest = rest.replace(phrase(words), " ", 1)
    leftover = set(re.findall(r"[\w/]+", rest))
    assert leftover <= {"och", "samt", "etc"}, leftover


def test_the_data_has_the_seeds_areas_in_order(data: api.Dataset) -> None:
    assert [a.title for a in data.areas] == [title for title, _ in SEED_AREAS]


def test_each_commitment_has_the_seeds_actors(data: api.Dataset) -> None:
    for area, (_, commitments) in zip(data.areas, SEED_AREAS, strict=True):
        got = [{a.id for a in data.registry.resolve(c.actors)} for c in area.commitments]
        assert got == [ids for _, ids, _ in commitments], area.title


def test_every_actor_the_seed_names_is_registered(data: api.Dataset) -> None:
    names = {fold(a.name) for a in data.registry.actors}
    for name in (
        "Fastighetsbolagen",
        "Miljöförvaltningen",
        "Fastighets- och gatukontoret",
        "Polisen",
        "Grundskoleförvaltningen",
        "Socialtjänsten",
        "Fritidsförvaltningen",
        "Räddningstjänsten",
        "Civilsamhället",
    ):
        assert fold(name) in names
