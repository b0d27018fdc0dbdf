"""The file formats, declared once: this drives validation, the JSON Schemas and the docs.

Each field names its key, its kind (see ``kinds``), and its description in English and
Swedish; the model's records have exactly these fields (a test holds them together).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final, TypeVar

from medlofte.data import model
from medlofte.data.kinds import (
    TEXT,
    ActorRefKind,
    Boolean,
    Choice,
    DateKind,
    Field,
    IdKind,
    Integer,
    ListOf,
    Number,
    NumberOrText,
    ObjectKind,
    TextOr,
)

R = TypeVar("R")

# Swedish (and common English) key names people write, mapped to ours, for hints.
KEY_SYNONYMS = {
    "titel": "title",
    "rubrik": "title",
    "underrubrik": "subtitle",
    "kommun": "municipality",
    "plats": "place",
    "område": "place",
    "lokalpolisområde": "police_area",
    "lpo": "police_area",
    "parter": "parties",
    "partner": "partners",
    "samarbetspartner": "partners",
    "inledning": "intro",
    "introduction": "intro",
    "syfte": "purpose",
    "lägesbild": "situation",
    "mål": "goals",
    "uppföljning": "follow_up",
    "followup": "follow_up",
    "underskrifter": "signatures",
    "aktörer": "actors",
    "aktör": "actors",
    "namn": "name",
    "förkortning": "short",
    "typ": "type",
    "alias": "aliases",
    "medlemmar": "members",
    "orsaker": "causes",
    "åtaganden": "commitments",
    "löften": "commitments",
    "aktiviteter": "activities",
    "aktivitet": "text",
    "ansvarig": "lead",
    "deltagare": "participants",
    "när": "when",
    "frekvens": "frequency",
    "antal": "quantity",
    "målgrupp": "target_group",
    "resultat": "result",
    "orsak": "reason",
    "anledning": "reason",
    "utfall": "outcome",
    "datum": "date",
    "slut": "end",
    "description": "text",
    "beskrivning": "text",
}


def _object(name: str, where: str, fields: list[Field], factory: Callable[..., R], en: str, sv: str) -> ObjectKind[R]:
    return ObjectKind(name, where, fields, factory, en, sv, KEY_SYNONYMS)


DATE: Final = DateKind()
ACTORS: Final = ListOf(ActorRefKind(), single=True)
TEXTS: Final = ListOf(TEXT, single=True)

STATUS = Choice(
    model.Status,
    {
        "planerad": "planned",
        "planerat": "planned",
        "pågående": "ongoing",
        "pågår": "ongoing",
        "klar": "done",
        "klart": "done",
        "genomförd": "done",
        "genomfört": "done",
        "uppfyllt": "done",
        "delvis": "partly-done",
        "delvis genomförd": "partly-done",
        "delvis genomfört": "partly-done",
        "ej genomförd": "not-done",
        "ej genomfört": "not-done",
        "inte genomförd": "not-done",
        "inte genomfört": "not-done",
        "not done": "not-done",
        "not_done": "not-done",
        "partly done": "partly-done",
        "partly_done": "partly-done",
        "inställd": "cancelled",
        "inställt": "cancelled",
        "canceled": "cancelled",
    },
)

ACTOR_TYPE = Choice(
    model.ActorType,
    {
        "polis": "police",
        "polisen": "police",
        "kommun": "municipal",
        "kommunen": "municipal",
        "förvaltning": "municipal",
        "municipality": "municipal",
        "bostadsbolag": "housing",
        "fastighetsbolag": "housing",
        "fastighetsägare": "housing",
        "räddningstjänst": "rescue",
        "skola": "school",
        "civilsamhälle": "civil-society",
        "civilsamhället": "civil-society",
        "förening": "civil-society",
        "region": "agency",
        "myndighet": "agency",
        "näringsliv": "business",
        "företag": "business",
        "annan": "other",
        "övrigt": "other",
    },
)

PERIOD = _object(
    "period",
    "in the period",
    [
        Field("start", DATE, "First day of the period, YYYY-MM-DD.", "Periodens första dag, ÅÅÅÅ-MM-DD.", required=True),
        Field("end", DATE, "Last day of the period, YYYY-MM-DD.", "Periodens sista dag, ÅÅÅÅ-MM-DD.", required=True),
        Field(
            "label",
            TEXT,
            "How the document writes the period, e.g. 'maj 2024 – maj 2025'.",
            "Hur dokumentet skriver perioden, t.ex. 'maj 2024 – maj 2025'.",
        ),
    ],
    model.Period,
    "The period the promise covers.",
    "Perioden som löftet gäller.",
)

SIGNATURE = _object(
    "signature",
    "in a signature",
    [
        Field("name", TEXT, "Name of the person who signs.", "Namn på den som undertecknar.", required=True),
        Field("title", TEXT, "Their title, e.g. 'Lokalpolisområdeschef'.", "Titel, t.ex. 'Lokalpolisområdeschef'."),
        Field("actor", ActorRefKind(), "The actor they sign for.", "Aktören som personen skriver under för."),
        Field("date", DATE, "Date of signing, YYYY-MM-DD.", "Datum för underskriften, ÅÅÅÅ-MM-DD."),
        Field("place", TEXT, "Place of signing.", "Ort för underskriften."),
    ],
    model.Signature,
    "A person who signs the promise.",
    "En person som undertecknar löftet.",
)

ADOPTION = _object(
    "adoption",
    "in 'adopted'",
    [
        Field(
            "by",
            TEXT,
            "Who adopted the promise, e.g. 'Kommunstyrelsen'.",
            "Vem som fastställde löftet, t.ex. 'Kommunstyrelsen'.",
            required=True,
        ),
        Field("date", DATE, "Date of the decision, YYYY-MM-DD.", "Datum för beslutet, ÅÅÅÅ-MM-DD.", required=True),
    ],
    model.Adoption,
    "A formal adoption of the promise instead of, or besides, signatures.",
    "Ett formellt beslut om löftet i stället för, eller utöver, underskrifter.",
)

SECTION = _object(
    "section",
    "in a section",
    [
        Field("title", TEXT, "Heading of the section.", "Avsnittets rubrik.", required=True),
        Field(
            "text",
            TEXT,
            "Text of the section; blank lines separate paragraphs, lines starting with '- ' make a list.",
            "Avsnittets text; tomma rader skiljer stycken, rader som börjar med '- ' blir en punktlista.",
            required=True,
        ),
    ],
    model.Section,
    "An extra section of the document, e.g. resident dialogue or communication.",
    "Ett extra avsnitt i dokumentet, t.ex. medborgardialog eller kommunikation.",
)

GOAL = _object(
    "goal",
    "in a goal",
    [
        Field("text", TEXT, "The goal as the document states it.", "Målet som dokumentet formulerar det.", required=True),
        Field("indicator", TEXT, "What is measured.", "Vad som mäts."),
        Field("unit", TEXT, "Unit of the figures, e.g. 'procent'.", "Enhet för värdena, t.ex. 'procent'."),
        Field("baseline", NumberOrText(), "Value at the start.", "Utgångsvärde."),
        Field("target", NumberOrText(), "Value to reach.", "Målvärde."),
        Field(
            "source",
            TEXT,
            "Where the figures come from, e.g. 'Polisens trygghetsmätning'.",
            "Källa, t.ex. 'Polisens trygghetsmätning'.",
        ),
        Field("outcome", NumberOrText(), "Follow-up: the value reached.", "Uppföljning: uppnått värde."),
        Field("comment", TEXT, "Follow-up: comment on the outcome.", "Uppföljning: kommentar till utfallet."),
    ],
    model.Goal,
    "A measurable goal.",
    "Ett mätbart mål.",
)

QUANTITY = _object(
    "quantity",
    "in a quantity",
    [
        Field("amount", Number(), "The promised number, e.g. 20.", "Utlovat antal, t.ex. 20.", required=True),
        Field("unit", TEXT, "What is counted, e.g. 'trafikkontroller'.", "Vad som räknas, t.ex. 'trafikkontroller'."),
        Field("at_least", Boolean(), "true when the promise says 'minst'.", "true när löftet säger 'minst'."),
        Field(
            "text", TEXT, "The wording to print, if not amount and unit.", "Formulering att skriva ut, om inte antal och enhet."
        ),
    ],
    model.Quantity,
    "A promised quantity, e.g. 'minst 20 trafikkontroller'.",
    "Ett utlovat antal, t.ex. 'minst 20 trafikkontroller'.",
)

ACTIVITY = _object(
    "activity",
    "in an activity",
    [
        Field(
            "text",
            TEXT,
            "What will be done, as the document states it.",
            "Vad som ska göras, som dokumentet formulerar det.",
            required=True,
        ),
        Field(
            "lead",
            ACTORS,
            "Who leads it; by default every actor of the commitment.",
            "Vem som leder; annars alla åtagandets aktörer.",
        ),
        Field("participants", ACTORS, "Who takes part without leading.", "Vilka som deltar utan att leda."),
        Field(
            "when",
            TEXT,
            "When, in words: 'under våren', 'kvällar och helger'.",
            "När, i ord: 'under våren', 'kvällar och helger'.",
        ),
        Field("start", DATE, "First day, YYYY-MM-DD.", "Första dag, ÅÅÅÅ-MM-DD."),
        Field("end", DATE, "Last day or deadline, YYYY-MM-DD.", "Sista dag eller slutdatum, ÅÅÅÅ-MM-DD."),
        Field(
            "frequency", TEXT, "How often: 'varje vecka', 'två gånger per år'.", "Hur ofta: 'varje vecka', 'två gånger per år'."
        ),
        Field(
            "quantity",
            TextOr(QUANTITY),
            "How much: 'minst 20 trafikkontroller' or amount/unit.",
            "Hur mycket: 'minst 20 trafikkontroller' eller antal/enhet.",
        ),
        Field("place", TEXT, "Where: a square, a street, 'utanför skolor'.", "Var: ett torg, en gata, 'utanför skolor'."),
        Field(
            "target_group",
            TEXT,
            "For whom: 'föräldrar', 'elever i årskurs fem'.",
            "För vem: 'föräldrar', 'elever i årskurs fem'.",
        ),
        Field("status", STATUS, "Follow-up: planned, ongoing, done, partly-done, not-done or cancelled.", "Uppföljning: status."),
        Field(
            "result",
            TEXT,
            "Follow-up: what was done; paragraphs and '- ' lists allowed.",
            "Uppföljning: vad som gjordes; stycken och '- '-listor går bra.",
        ),
        Field("achieved", Number(), "Follow-up: the quantity achieved, e.g. 40.", "Uppföljning: uppnått antal, t.ex. 40."),
        Field("reason", TEXT, "Follow-up: why it was not (fully) done.", "Uppföljning: varför det inte (helt) gjordes."),
        Field("followed_up", DATE, "Follow-up: date of the follow-up, YYYY-MM-DD.", "Uppföljning: datum, ÅÅÅÅ-MM-DD."),
    ],
    model.Activity,
    "One activity; a plain text is enough.",
    "En aktivitet; en vanlig text räcker.",
)

COMMITMENT = _object(
    "commitment",
    "in a commitment",
    [
        Field(
            "actors",
            ACTORS,
            "The actors who take these activities on together.",
            "Aktörerna som tillsammans åtar sig aktiviteterna.",
        ),
        Field("title", TEXT, "Optional heading, e.g. 'Polisen lovar att'.", "Valfri rubrik, t.ex. 'Polisen lovar att'."),
        Field("activities", ListOf(TextOr(ACTIVITY)), "What they will do.", "Vad de ska göra."),
    ],
    model.Commitment,
    "A group of actors and the activities they take on.",
    "En grupp aktörer och aktiviteterna de åtar sig.",
)

AREA = _object(
    "area",
    "in an area file",
    [
        Field("title", TEXT, "The problem area, e.g. 'Nedskräpning'.", "Problemområdet, t.ex. 'Nedskräpning'.", required=True),
        Field(
            "order",
            Integer(),
            "Position in the document; otherwise file-name order.",
            "Plats i dokumentet; annars filnamnens ordning.",
        ),
        Field("place", TEXT, "The place the area is about, if any.", "Platsen som området gäller, om någon."),
        Field("situation", TEXT, "The lägesbild for this area.", "Lägesbilden för området."),
        Field("causes", TEXTS, "Probable causes.", "Troliga orsaker."),
        Field("goals", ListOf(TextOr(GOAL)), "Measurable goals.", "Mätbara mål."),
        Field("commitments", ListOf(COMMITMENT), "Who does what.", "Vem som gör vad."),
    ],
    model.Area,
    "One problem area of the promise (one file in areas/).",
    "Ett problemområde i löftet (en fil i areas/).",
)

ACTOR = _object(
    "actor",
    "in an actor",
    [
        Field(
            "id",
            IdKind(),
            "Stable id: lower-case letters, digits and '-'.",
            "Stabilt id: små bokstäver, siffror och '-'.",
            required=True,
        ),
        Field("name", TEXT, "Name as printed, e.g. 'Fastighets- och gatukontoret'.", "Namn som det skrivs ut.", required=True),
        Field("short", TEXT, "Short name or abbreviation, e.g. 'FGK'.", "Kortnamn eller förkortning, t.ex. 'FGK'."),
        Field(
            "type",
            ACTOR_TYPE,
            "police, municipal, housing, rescue, school, civil-society, agency, business or other.",
            "Typ av aktör.",
        ),
        Field("aliases", TEXTS, "Other names the data may use.", "Andra namn som data får använda."),
        Field("members", ACTORS, "For a group: the actors it stands for.", "För en grupp: aktörerna den står för."),
        Field("contact", TEXT, "Contact for the task list, e.g. an e-mail address.", "Kontakt för uppgiftslistan, t.ex. e-post."),
    ],
    model.Actor,
    "An organisation that takes part.",
    "En organisation som deltar.",
)

ACTORS_FILE = _object(
    "actors",
    "in actors.yaml",
    [Field("actors", ListOf(ACTOR), "Every actor of the promise.", "Alla aktörer i löftet.", required=True)],
    model.ActorRegistry,
    "The actor registry (actors.yaml).",
    "Aktörsregistret (actors.yaml).",
)

PROMISE_FILE = _object(
    "promise",
    "in promise.yaml",
    [
        Field("title", TEXT, "Title, e.g. 'Medborgarlöfte 2023'.", "Titel, t.ex. 'Medborgarlöfte 2023'.", required=True),
        Field("subtitle", TEXT, "Subtitle.", "Underrubrik."),
        Field(
            "municipality", TEXT, "The municipality, e.g. 'Kungälvs kommun'.", "Kommunen, t.ex. 'Kungälvs kommun'.", required=True
        ),
        Field(
            "place",
            TEXT,
            "District or place, if the promise covers only part of the municipality.",
            "Stadsdel eller plats, om löftet gäller en del av kommunen.",
        ),
        Field("police_area", TEXT, "The local police area, e.g. 'Lokalpolisområde Kungälv'.", "Lokalpolisområdet."),
        Field("period", PERIOD, "The period the promise covers.", "Perioden som löftet gäller.", required=True),
        Field("parties", ACTORS, "The parties to the agreement (actor names).", "Parterna i överenskommelsen (aktörsnamn)."),
        Field("partners", ACTORS, "Partners, 'I samarbete med' (actor names).", "Samarbetspartner, 'I samarbete med'."),
        Field("intro", TEXT, "Introduction and background.", "Inledning och bakgrund."),
        Field("purpose", TEXT, "Purpose of the promise.", "Löftets syfte."),
        Field("situation", TEXT, "The overall lägesbild.", "Den samlade lägesbilden."),
        Field(
            "sections",
            ListOf(SECTION),
            "Further sections, each with title and text.",
            "Fler avsnitt, vart och ett med rubrik och text.",
        ),
        Field("goals", ListOf(TextOr(GOAL)), "What we will achieve together.", "Det här ska vi åstadkomma tillsammans."),
        Field("follow_up", TEXT, "How the promise will be followed up.", "Hur löftet följs upp."),
        Field("signatures", ListOf(SIGNATURE), "Who signs.", "Vilka som undertecknar."),
        Field("adopted", ADOPTION, "Formal adoption, e.g. by kommunstyrelsen.", "Formellt beslut, t.ex. av kommunstyrelsen."),
    ],
    model.Promise,
    "The promise as a whole (promise.yaml).",
    "Löftet som helhet (promise.yaml).",
)
