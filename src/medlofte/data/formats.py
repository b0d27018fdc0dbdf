"""The file formats, declared once: this drives validation, the JSON Schemas and the docs.

Each field names its key, its kind (see ``kinds``), and its description in English and
Swedish; the model's records have exactly these fields (a test holds them together).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final, TypeVar

from medlofte.data import model
from medlofte.data.findings import Loc
from medlofte.data.kinds import (
    TEXT,
    ActorRefKind,
    Boolean,
    Choice,
    ColourKind,
    Field,
    HeadingKind,
    IdKind,
    Integer,
    ListOf,
    Number,
    NumberOrText,
    ObjectKind,
    PartialDateKind,
    PartRefKind,
    TextOr,
    UrlKind,
)
from medlofte.messages import t

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
    "tema": "theme",
    "färg": "colour",
    "color": "colour",
    "ljus_färg": "light_colour",
    "light_color": "light_colour",
    "sidfot": "footer",
    "logotyp": "logo",
}


# Runs only while the module is imported, before mutmut activates a mutant (docs/testing.md).
def _object(
    name: str, where: str, fields: list[Field], factory: Callable[..., R], en: str, sv: str
) -> ObjectKind[R]:  # pragma: no mutate block
    return ObjectKind(name, where, fields, factory, en, sv, KEY_SYNONYMS)


DATE: Final = PartialDateKind()
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

GROUP_KIND = Choice(
    model.GroupKind,
    {"problemområde": "problem", "område": "problem", "aktör": "actor", "plats": "place", "lista": "list"},
)
ACTIVITY_KIND = Choice(model.ActivityKind, {"villkorat": "conditional", "villkor": "conditional", "fortsätter": "continuing"})
PARTS: Final = ListOf(PartRefKind())

# The parts of the promise and of an area, with the fixed heading each has by default (a key
# of views.labels) and what it holds; ``parts`` and ``headings`` name them by these keys.
PROMISE_PARTS = {
    "intro": ("Introduction and background.", "Inledning och bakgrund."),
    "purpose": ("Purpose.", "Syfte."),
    "situation": ("The lägesbild.", "Lägesbilden."),
    "dialogue": ("The resident dialogue.", "Medborgardialogen."),
    "sections": ("The further sections not placed by their title.", "Övriga avsnitt som inte placerats med sin rubrik."),
    "goals": ("The joint goals.", "De gemensamma målen."),
    "promises": ("The groups of promises (areas/) not placed by their file.", "Löftena (areas/) som inte placerats med sin fil."),
    "overview": ("Who does what, made by medlofte.", "Vem gör vad, som medlofte gör."),
    "follow_up": ("How the promise is followed up.", "Hur löftet följs upp."),
    "partners": ("Partners.", "Samarbetspartner."),
    "signatures": ("Signatures and adoption.", "Underskrifter och beslut."),
}
AREA_PARTS = {
    "intro": ("Text under the heading.", "Text under rubriken."),
    "situation": ("The lägesbild.", "Lägesbilden."),
    "causes": ("Probable causes.", "Troliga orsaker."),
    "goals": ("Goals.", "Mål."),
    "commitments": ("Who does what.", "Vem som gör vad."),
    "follow_up": ("How it is followed up.", "Hur det följs upp."),
}


# Runs only while the module is imported, before mutmut activates a mutant (docs/testing.md).
def _headings(keys: dict[str, tuple[str, str]], where: str) -> ObjectKind[model.Headings]:  # pragma: no mutate block
    def build(loc: Loc, locs: dict[str, model.Mark], **headings: str | bool) -> model.Headings:
        return dict(headings)

    fields = [Field(key, HeadingKind(), f"Heading of: {en}", f"Rubrik för: {sv}") for key, (en, sv) in keys.items()]
    return _object("headings", where, fields, build, "The document's own headings.", "Dokumentets egna rubriker.")


PROMISE_HEADINGS = _headings(
    {
        **{k: v for k, v in PROMISE_PARTS.items() if k != "sections"},
        "follow_up_title": ("the follow-up report (its title).", "uppföljningsrapporten (dess titel)."),
    },
    t("in 'headings'"),
)
AREA_HEADINGS = _headings(
    {k: v for k, v in AREA_PARTS.items() if k not in ("intro", "commitments")}, t("in an area's 'headings'")
)

PERIOD = _object(
    "period",
    t("in the period"),
    [
        Field(
            "start",
            DATE,
            "Start of the period as precise as the document: 2024-05-01, 2024-05 or 2024.",
            "Periodens början, så exakt som dokumentet: 2024-05-01, 2024-05 eller 2024.",
            required=True,
        ),
        Field(
            "end",
            DATE,
            "End of the period: 2025-04-30, 2025-04 or 2025; not needed with until_further_notice.",
            "Periodens slut: 2025-04-30, 2025-04 eller 2025; behövs inte med until_further_notice.",
            required=True,
            unless=("until_further_notice", "true"),
        ),
        Field(
            "label",
            TEXT,
            "How the document writes the period, e.g. 'maj 2024 – maj 2025'.",
            "Hur dokumentet skriver perioden, t.ex. 'maj 2024 – maj 2025'.",
        ),
        Field(
            "until_further_notice",
            Boolean(),
            "true when the promise runs 'tills vidare', without an end.",
            "true när löftet gäller tills vidare, utan slut.",
        ),
        Field(
            "extended_to",
            DATE,
            "The new end when the promise was extended ('förlängt till 2019').",
            "Det nya slutet när löftet förlängts ('förlängt till 2019').",
        ),
    ],
    model.Period,
    "The period the promise covers.",
    "Perioden som löftet gäller.",
)

SIGNATURE = _object(
    "signature",
    t("in a signature"),
    [
        Field("name", TEXT, "Name of the person who signs.", "Namn på den som undertecknar.", required=True),
        Field("title", TEXT, "Their title, e.g. 'Lokalpolisområdeschef'.", "Titel, t.ex. 'Lokalpolisområdeschef'."),
        Field("actor", ActorRefKind(), "The actor they sign for.", "Aktören som personen skriver under för."),
        Field("date", DATE, "Date of signing: YYYY-MM-DD, or YYYY-MM.", "Datum för underskriften: ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM."),
        Field("place", TEXT, "Place of signing.", "Ort för underskriften."),
    ],
    model.Signature,
    "A person who signs the promise.",
    "En person som undertecknar löftet.",
)

ADOPTION = _object(
    "adoption",
    t("in 'adopted'"),
    [
        Field(
            "by",
            TEXT,
            "Who adopted the promise, e.g. 'Kommunstyrelsen'.",
            "Vem som fastställde löftet, t.ex. 'Kommunstyrelsen'.",
            required=True,
        ),
        Field("date", DATE, "Date of the decision: YYYY-MM-DD, or YYYY-MM.", "Datum för beslutet: ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM."),
        Field(
            "text",
            TEXT,
            "The document's own sentence, e.g. 'Vid kommunstyrelsens sammanträde …'.",
            "Dokumentets egen mening, t.ex. 'Vid kommunstyrelsens sammanträde …'.",
        ),
    ],
    model.Adoption,
    "A formal adoption of the promise instead of, or besides, signatures.",
    "Ett formellt beslut om löftet i stället för, eller utöver, underskrifter.",
)

SECTION = _object(
    "section",
    t("in a section"),
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
    t("in a goal"),
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
    t("in a quantity"),
    [
        Field("amount", Number(), "The promised number, e.g. 20.", "Utlovat antal, t.ex. 20.", required=True),
        Field("unit", TEXT, "What is counted, e.g. 'trafikkontroller'.", "Vad som räknas, t.ex. 'trafikkontroller'."),
        Field("at_least", Boolean(), "true when the promise says 'minst'.", "true när löftet säger 'minst'."),
        Field(
            "text",
            TEXT,
            "The wording as the document has it ('minst tre tillfällen per år'); printed instead of amount and unit.",
            "Formuleringen som i dokumentet ('minst tre tillfällen per år'); skrivs ut i stället för antal och enhet.",
        ),
        Field(
            "per",
            Choice(model.Per, {"år": "year", "månad": "month", "vecka": "week", "dag": "day", "dygn": "day"}),
            "The quantity is per year, month, week or day ('minst 900 timmar per år').",
            "Antalet gäller per år, månad, vecka eller dag ('minst 900 timmar per år').",
        ),
    ],
    model.Quantity,
    "A promised quantity, e.g. 'minst 20 trafikkontroller'.",
    "Ett utlovat antal, t.ex. 'minst 20 trafikkontroller'.",
)

FOLLOW_UP = _object(
    "follow-up",
    t("in a follow-up round"),
    [
        Field("date", DATE, "The day (or month) of that round, if it was dated.", "Dag (eller månad) för omgången."),
        Field("status", STATUS, "The status then.", "Status då."),
        Field("result", TEXT, "What had been done then.", "Vad som hade gjorts då."),
        Field("achieved", Number(), "The quantity achieved then.", "Uppnått antal då."),
        Field("reason", TEXT, "Why it was not (fully) done then.", "Varför det inte (helt) var gjort då."),
    ],
    model.FollowUp,
    "An earlier follow-up round, kept by medlofte collect.",
    "En tidigare uppföljningsomgång, sparad av medlofte collect.",
)

ACTIVITY = _object(
    "activity",
    t("in an activity"),
    [
        Field(
            "text",
            TEXT,
            "What will be done, as the document states it.",
            "Vad som ska göras, som dokumentet formulerar det.",
            required=True,
        ),
        Field(
            "id",
            IdKind(),
            "A stable key for follow-up forms, kept when the text is corrected (lower-case a-z, digits, '-').",
            "En stabil nyckel för uppföljningsformulär, som består när texten rättas (a-z, siffror, '-').",
        ),
        Field(
            "lead",
            ACTORS,
            "Who leads it; by default every actor of the commitment.",
            "Vem som leder; annars alla åtagandets aktörer.",
        ),
        Field("participants", ACTORS, "Who takes part without leading.", "Vilka som deltar utan att leda."),
        Field(
            "others",
            TEXTS,
            "Partners the document does not name, as text: 'andra aktörer'.",
            "Partner som dokumentet inte namnger, som text: 'andra aktörer'.",
        ),
        Field(
            "kind",
            ACTIVITY_KIND,
            "conditional ('Om det uppkommer önskemål … lovar vi att bistå') or continuing (earlier work).",
            "conditional (villkorat löfte) eller continuing (fortsätter tidigare arbete).",
        ),
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
            ListOf(TextOr(QUANTITY), any_single=True),
            "How much: 'minst 20 trafikkontroller', or amount/unit; a list for several.",
            "Hur mycket: 'minst 20 trafikkontroller', eller antal/enhet; en lista för flera.",
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
        Field(
            "history",
            ListOf(FOLLOW_UP),
            "Earlier follow-up rounds (date, status, result, achieved, reason), oldest first.",
            "Tidigare uppföljningsomgångar (datum, status, resultat, uppnått, orsak), äldst först.",
        ),
    ],
    model.Activity,
    "One activity; a plain text is enough.",
    "En aktivitet; en vanlig text räcker.",
)

COMMITMENT = _object(
    "commitment",
    t("in a commitment"),
    [
        Field(
            "actors",
            ACTORS,
            "The actors who take these activities on together.",
            "Aktörerna som tillsammans åtar sig aktiviteterna.",
        ),
        Field("title", TEXT, "Optional heading, e.g. 'Polisen lovar att'.", "Valfri rubrik, t.ex. 'Polisen lovar att'."),
        Field("activities", ListOf(TextOr(ACTIVITY)), "What they will do.", "Vad de ska göra."),
        Field("text", TEXT, "What the document says after the list.", "Det dokumentet säger efter listan."),
        Field("others", TEXTS, "Partners the document does not name, as text.", "Partner som dokumentet inte namnger."),
        Field(
            "examples",
            Boolean(),
            "true when the list gives examples, not every activity ('exempel på insatser').",
            "true när listan ger exempel, inte alla aktiviteter ('exempel på insatser').",
        ),
    ],
    model.Commitment,
    "A group of actors and the activities they take on.",
    "En grupp aktörer och aktiviteterna de åtar sig.",
)

AREA = _object(
    "area",
    t("in an area file"),
    [
        Field(
            "title",
            TEXT,
            "The heading, e.g. 'Nedskräpning' or 'Polisen lovar att:'; not needed for kind: list.",
            "Rubriken, t.ex. 'Nedskräpning' eller 'Polisen lovar att:'; behövs inte för kind: list.",
            required=True,
            unless=("kind", "list"),
        ),
        Field(
            "kind",
            GROUP_KIND,
            "problem (a problem area, the default), actor (who promises), place, or list (no heading).",
            "problem (problemområde, standard), actor (vem som lovar), place (plats) eller list (ingen rubrik).",
        ),
        Field(
            "label",
            TEXT,
            "The document's own numbering, e.g. 'Löfte 1' or '1.'; no number is added then.",
            "Dokumentets egen numrering, t.ex. 'Löfte 1' eller '1.'; då läggs inget nummer till.",
        ),
        Field(
            "order",
            Integer(),
            "Position in the document; otherwise file-name order.",
            "Plats i dokumentet; annars filnamnens ordning.",
        ),
        Field("place", TEXT, "The place the area is about, if any.", "Platsen som området gäller, om någon."),
        Field(
            "period",
            PERIOD,
            "Its own period, when it differs from the promise's (last year's follow-up on the same page).",
            "Egen period, när den skiljer sig från löftets (förra årets uppföljning på samma sida).",
        ),
        Field(
            "parties",
            ACTORS,
            "Who signed this group's promise, when a page holds several promises with their own parties.",
            "Vilka som skrivit under gruppens löfte, när en sida har flera löften med egna parter.",
        ),
        Field("intro", TEXT, "Text under the heading, before the rest.", "Text under rubriken, före resten."),
        Field("situation", TEXT, "The lägesbild for this area.", "Lägesbilden för området."),
        Field("causes", TEXTS, "Probable causes.", "Troliga orsaker."),
        Field("goals", ListOf(TextOr(GOAL)), "Measurable goals.", "Mätbara mål."),
        Field("commitments", ListOf(COMMITMENT), "Who does what.", "Vem som gör vad."),
        Field("follow_up", TEXT, "How this group is followed up.", "Hur gruppen följs upp."),
        Field(
            "examples",
            Boolean(),
            "true when the activities are examples, not all of them.",
            "true när aktiviteterna är exempel, inte alla.",
        ),
        Field(
            "headings",
            AREA_HEADINGS,
            "The document's own headings of the parts: situation, causes, goals, follow_up.",
            "Dokumentets egna rubriker för delarna: situation, causes, goals, follow_up.",
        ),
        Field(
            "parts",
            PARTS,
            "The order of the parts when it differs: intro, situation, causes, goals, commitments, follow_up.",
            "Delarnas ordning när den skiljer sig: intro, situation, causes, goals, commitments, follow_up.",
        ),
    ],
    model.Area,
    "One problem area of the promise (one file in areas/).",
    "Ett problemområde i löftet (en fil i areas/).",
)

ACTOR = _object(
    "actor",
    t("in an actor"),
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
    t("in actors.yaml"),
    [Field("actors", ListOf(ACTOR), "Every actor of the promise.", "Alla aktörer i löftet.", required=True)],
    model.ActorRegistry,
    "The actor registry (actors.yaml).",
    "Aktörsregistret (actors.yaml).",
)

THEME_FIELDS = [
    Field(
        "logo",
        TEXT,
        "The logo: an image file (PNG, JPEG, GIF, WebP or SVG, at most 1 MB), its path relative to this file's folder.",
        "Logotypen: en bildfil (PNG, JPEG, GIF, WebP eller SVG, högst 1 MB), sökvägen räknad från den här filens mapp.",
    ),
    Field(
        "logo_text",
        TEXT,
        "What the logo says, for those who cannot see it; the municipality's name by default.",
        "Vad logotypen säger, för den som inte ser den; kommunens namn om inget anges.",
    ),
    Field(
        "colour",
        ColourKind(),
        "The accent colour of headings, rules and marks, #rrggbb; dark enough to read on white.",
        "Accentfärgen för rubriker, linjer och markeringar, #rrggbb; mörk nog att läsas mot vitt.",
    ),
    Field(
        "light_colour",
        ColourKind(),
        "The light colour behind the contents, #rrggbb; light enough for text and links on it.",
        "Den ljusa färgen bakom innehållsförteckningen, #rrggbb; ljus nog för text och länkar.",
    ),
    Field("footer", TEXT, "A footer line on every page, e.g. the address.", "En sidfot på varje sida, t.ex. adressen."),
    Field(
        "parties",
        TEXTS,
        "The parties' names as they want them printed, e.g. 'Polisen i lokalpolisområde Kungälv'.",
        "Parternas namn som de vill ha dem tryckta, t.ex. 'Polisen i lokalpolisområde Kungälv'.",
    ),
]

THEME = _object(
    "theme",
    "in 'theme'",
    THEME_FIELDS,
    model.Theme,
    "The municipality's own look: logo, colours, footer and the parties' names as printed.",
    "Kommunens egen profil: logotyp, färger, sidfot och parternas namn som de ska tryckas.",
)

THEME_FILE = _object(
    "theme",
    "in the theme file",
    THEME_FIELDS,
    model.Theme,
    "A theme file (medlofte render --theme FILE): the same keys as 'theme' in promise.yaml.",
    "En temafil (medlofte render --theme FIL): samma nycklar som 'theme' i promise.yaml.",
)

PROMISE_FILE = _object(
    "promise",
    t("in promise.yaml"),
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
        Field("period", PERIOD, "The period the promise covers, if the document gives one.", "Perioden som löftet gäller."),
        Field("parties", ACTORS, "The parties to the agreement (actor names).", "Parterna i överenskommelsen (aktörsnamn)."),
        Field("partners", ACTORS, "Partners, 'I samarbete med' (actor names).", "Samarbetspartner, 'I samarbete med'."),
        Field("intro", TEXT, "Introduction and background.", "Inledning och bakgrund."),
        Field("purpose", TEXT, "Purpose of the promise.", "Löftets syfte."),
        Field("situation", TEXT, "The overall lägesbild.", "Den samlade lägesbilden."),
        Field("dialogue", TEXT, "The resident dialogue (medborgardialog).", "Medborgardialogen."),
        Field(
            "sections",
            ListOf(SECTION),
            "Further sections, each with title and text.",
            "Fler avsnitt, vart och ett med rubrik och text.",
        ),
        Field("goals", ListOf(TextOr(GOAL)), "What we will achieve together.", "Det här ska vi åstadkomma tillsammans."),
        Field(
            "promises_intro",
            TEXT,
            "Text that opens the promises, e.g. 'Det här är några av de aktiviteter …'.",
            "Text som inleder löftena, t.ex. 'Det här är några av de aktiviteter …'.",
        ),
        Field("follow_up", TEXT, "How the promise will be followed up.", "Hur löftet följs upp."),
        Field("signatures", ListOf(SIGNATURE), "Who signs.", "Vilka som undertecknar."),
        Field("adopted", ADOPTION, "Formal adoption, e.g. by kommunstyrelsen.", "Formellt beslut, t.ex. av kommunstyrelsen."),
        Field("source", UrlKind(), "The published document's address.", "Adressen till det publicerade dokumentet."),
        Field(
            "headings",
            PROMISE_HEADINGS,
            "The document's own headings of the parts, e.g. situation: 'Situationen idag - en lägesbild'.",
            "Dokumentets egna rubriker för delarna, t.ex. situation: 'Situationen idag - en lägesbild'.",
        ),
        Field(
            "parts",
            PARTS,
            "The document's own order of its parts, sections (by title) and area files (areas/<file>).",
            "Dokumentets egen ordning av delar, avsnitt (med rubrik) och områdesfiler (areas/<fil>).",
        ),
        Field(
            "numbered",
            Boolean(),
            "false when the document does not number its problem areas: 'Trafik', not '1. Trafik'.",
            "false när dokumentet inte numrerar sina problemområden: 'Trafik', inte '1. Trafik'.",
        ),
        Field(
            "theme",
            THEME,
            "The municipality's own look in the rendered documents (see docs/render.md).",
            "Kommunens egen profil i de färdiga dokumenten (se docs/render.md).",
        ),
    ],
    model.Promise,
    "The promise as a whole (promise.yaml).",
    "Löftet som helhet (promise.yaml).",
)
