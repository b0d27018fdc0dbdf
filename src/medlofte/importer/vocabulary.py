"""The words Swedish promises are written in: months, number words, the actors that recur,
the verbs of a promise and the headings of its parts.

Gathered from the general patterns of published promises (the domain notes: about forty
promises from some thirty municipalities), not from any one text, so that the recogniser
reads promises it has never seen.
"""

from __future__ import annotations

import re
from typing import NamedTuple

MONTHS = {
    "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
    "augusti": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "okt": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTH_NAMES_EN = (
    "", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)  # fmt: skip

NUMBER_WORDS = {
    "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9,
    "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15, "sexton": 16,
    "sjutton": 17, "arton": 18, "nitton": 19, "tjugo": 20, "tjugofem": 25, "trettio": 30, "fyrtio": 40,
    "femtio": 50, "sextio": 60, "sjuttio": 70, "åttio": 80, "nittio": 90, "hundra": 100, "etthundra": 100,
    "tvåhundra": 200, "trehundra": 300, "femhundra": 500, "tusen": 1000, "ettusen": 1000, "dussin": 12,
}  # fmt: skip
# Words before a number that make it a promised amount: "minst tjugo", "vid minst 200".
AT_LEAST = ("minst", "åtminstone", "inte mindre än")
ABOUT = ("cirka", "ca", "ungefär", "drygt", "runt", "i snitt", "upp till", "högst", "totalt", "sammanlagt")
# Units a number is not a promised amount of: ages, school years, shares, the calendar.
NOT_UNITS = frozenset(
    {"år", "års", "åring", "åringar", "årskurs", "procent", "%", "kr", "kronor", "klockan", "kl", "maj", "juni",
     "gånger", "gång"}
)  # fmt: skip
# Words that make a counted time a frequency: "fem dagar i veckan", "två gånger per år".
OCCASION_UNITS = frozenset(
    {"gång", "gånger", "dag", "dagar", "kväll", "kvällar", "natt", "nätter", "helg", "helger", "vecka", "veckor",
     "pass"}
)  # fmt: skip
PER = {
    "year": r"per år|om året|i året|varje år|/år|årligen|årsvis",
    "month": r"per månad|i månaden|varje månad|/månad|månadsvis",
    "week": r"per vecka|i veckan|varje vecka|/vecka|veckovis",
    "day": r"per dag|om dagen|per dygn|/dygn|/dag|dagligen",
}
FREQUENCY = re.compile(
    r"(?<!\w)(?:(?:i snitt |minst |högst )?(?:\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r") "
    r"(?:gång(?:er)?|dagar|kvällar|nätter|helger|pass)(?: (?:" + "|".join(PER.values()) + r"))"
    r"|varje (?:år|månad|vecka|dag|kväll|helg|termin|kvartal|januari|februari|mars|april|maj|juni|juli|augusti|"
    r"september|oktober|november|december|sommar|vinter|vår|höst)"
    r"|kontinuerligt|löpande|regelbundet|dagligen|veckovis|månadsvis|årligen|kvartalsvis|återkommande"
    r"|\d+ gång(?:er)?/(?:dygn|dag|vecka|månad|år))(?!\w)",
    re.IGNORECASE,
)
WHEN = re.compile(
    r"(?<!\w)(?:under (?:våren|sommaren|hösten|vintern|sommarlovet|jullovet|sportlovet|höstlovet|påsklovet"
    r"|året|perioden|hela året|(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)\d\d)?"
    r"|(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)(?: (?:19|20)\d\d)?)"
    r"|kvällar och helger|kvällstid|nattetid|helgtid|på helger|på kvällar"
    r"|i samband med [^.,;:()]+)(?!\w)",
    re.IGNORECASE,
)


class ActorForm(NamedTuple):
    """A written form of an actor that recurs in Swedish promises: the pattern (matched as
    whole words, any case), the name to give it, and its type."""

    pattern: str
    name: str
    type: str


# The police and the municipality are found by their own rules (``facts.police_area`` and the
# municipality's name); these are the other actors, most specific first.
ACTOR_FORMS: tuple[ActorForm, ...] = (
    ActorForm(r"fastighets- och gatukontor(?:et)?", "Fastighets- och gatukontoret", "municipal"),
    ActorForm(r"kultur- och fritidsförvaltning(?:en)?", "Kultur- och fritidsförvaltningen", "municipal"),
    ActorForm(r"socialförvaltning(?:en)?", "Socialförvaltningen", "municipal"),
    ActorForm(r"socialtjänst(?:en)?", "Socialtjänsten", "municipal"),
    ActorForm(r"socialnämnd(?:en)?", "Socialnämnden", "municipal"),
    ActorForm(r"fältassistent(?:er|erna)?", "Fältassistenterna", "municipal"),
    ActorForm(r"fältverksamhet(?:en)?", "Fältverksamheten", "municipal"),
    ActorForm(r"fältgrupp(?:en)?", "Fältgruppen", "municipal"),
    ActorForm(r"grundskoleförvaltning(?:en)?", "Grundskoleförvaltningen", "school"),
    ActorForm(r"gymnasieförvaltning(?:en)?", "Gymnasieförvaltningen", "school"),
    ActorForm(r"förskoleförvaltning(?:en)?", "Förskoleförvaltningen", "school"),
    ActorForm(r"utbildningsförvaltning(?:en)?", "Utbildningsförvaltningen", "school"),
    ActorForm(r"barn- och utbildningsförvaltning(?:en)?", "Barn- och utbildningsförvaltningen", "school"),
    ActorForm(r"grundskolorna", "Grundskolorna", "school"),
    ActorForm(r"skolorna", "Skolorna", "school"),
    ActorForm(r"skolan", "Skolan", "school"),
    ActorForm(r"fritidsförvaltning(?:en)?", "Fritidsförvaltningen", "municipal"),
    ActorForm(r"fritidsgård(?:en|arna)", "Fritidsgårdarna", "municipal"),
    ActorForm(r"miljöförvaltning(?:en)?", "Miljöförvaltningen", "municipal"),
    ActorForm(r"stadsbyggnadskontor(?:et)?", "Stadsbyggnadskontoret", "municipal"),
    ActorForm(r"trafikkontor(?:et)?", "Trafikkontoret", "municipal"),
    ActorForm(r"gatukontor(?:et)?", "Gatukontoret", "municipal"),
    ActorForm(r"tekniska förvaltning(?:en)?", "Tekniska förvaltningen", "municipal"),
    ActorForm(r"samhällsbyggnadsförvaltning(?:en)?", "Samhällsbyggnadsförvaltningen", "municipal"),
    ActorForm(r"säkerhetsenhet(?:en)?", "Säkerhetsenheten", "municipal"),
    ActorForm(r"kommunstyrelse(?:n)?", "Kommunstyrelsen", "municipal"),
    ActorForm(r"brottsförebyggande samordnar(?:e|en)", "Brottsförebyggande samordnaren", "municipal"),
    ActorForm(r"(?:lokala )?brottsförebyggande råd(?:et)?", "Brottsförebyggande rådet", "municipal"),
    ActorForm(r"räddningstjänst(?:en)?", "Räddningstjänsten", "rescue"),
    ActorForm(r"räddningstjänstförbund(?:et)?", "Räddningstjänstförbundet", "rescue"),
    ActorForm(r"storstockholms brandförsvar", "Storstockholms brandförsvar", "rescue"),
    ActorForm(r"fastighetsbolag(?:en|et)", "Fastighetsbolagen", "housing"),
    ActorForm(r"bostadsbolag(?:en|et)", "Bostadsbolagen", "housing"),
    ActorForm(r"fastighetsägarföreningen", "Fastighetsägarföreningen", "housing"),
    ActorForm(r"fastighetsägar(?:na|e)", "Fastighetsägarna", "housing"),
    ActorForm(r"hyresvärd(?:ar|arna|en)", "Hyresvärdarna", "housing"),
    ActorForm(r"allmännyttan", "Allmännyttan", "housing"),
    ActorForm(r"civilsamhälle(?:t)?", "Civilsamhället", "civil-society"),
    ActorForm(r"nattvandrar(?:e|na)", "Nattvandrarna", "civil-society"),
    ActorForm(r"trossamfund(?:en)?", "Trossamfunden", "civil-society"),
    ActorForm(r"föreningslivet", "Föreningslivet", "civil-society"),
    ActorForm(r"kustbevakning(?:en)?", "Kustbevakningen", "agency"),
    ActorForm(r"länsstyrelse(?:n)?", "Länsstyrelsen", "agency"),
    ActorForm(r"tullverket", "Tullverket", "agency"),
    ActorForm(r"kriminalvård(?:en)?", "Kriminalvården", "agency"),
    ActorForm(r"försäkringskassan", "Försäkringskassan", "agency"),
    ActorForm(r"skatteverket", "Skatteverket", "agency"),
    ActorForm(r"regionen", "Regionen", "agency"),
    ActorForm(r"centrumförening(?:en)?", "Centrumföreningen", "business"),
    ActorForm(r"näringsliv(?:et)?", "Näringslivet", "business"),
    ActorForm(r"ordningsvakt(?:er|erna)", "Ordningsvakterna", "business"),
)
# Endings of Swedish organisation names, to recognise actors not in the list above
# ("Socialförvaltningen Nordost", "Lövgärdesskolan", "Bohusläns Nattvandrare").
ORGANISATION_ENDINGS = (
    "förvaltningen", "förvaltning", "kontoret", "nämnden", "enheten", "tjänsten", "bolaget", "bolagen",
    "skolan", "skolorna", "föreningen", "förbundet", "gården", "gårdarna", "verket", "myndigheten",
    "stiftelsen", "kyrkan", "församlingen", "nattvandrare", "nattvandrarna", "hem", "bostäder", "fastigheter",
    "trafiken",
)  # fmt: skip
# Unnamed partners: kept as text (``others``), never as actors of the registry.
UNNAMED = re.compile(
    r"(?<!\w)(?:andra|lokala|övriga|berörda|externa|olika|fler|flera) (?:aktörer|samverkanspartner|"
    r"samarbetspartner|parter|partners|organisationer|föreningar|verksamheter|myndigheter)(?!\w)",
    re.IGNORECASE,
)
# Subjects a sentence may start with that name no actor.
NOT_ACTORS = frozenset(
    {"det", "detta", "den", "de", "vi", "man", "alla", "här", "där", "om", "vid", "varje", "minst", "inom", "under",
     "för", "med", "genom", "efter", "medborgarlöftet", "medborgarlöften", "löftet", "löften", "aktiviteterna",
     "aktiviteten", "arbetet", "insatserna", "syftet", "målet", "fokus", "utgångspunkten", "sammanställningen",
     "underlaget", "resultatet", "trafikkontroller", "trafikinsatser", "riktade", "ökad", "ökat", "ökade",
     "förbättrad", "minskad", "tidigare", "invånarna", "medborgarna", "boende", "ungdomar", "barn", "föräldrar",
     "samtliga", "både", "även", "också", "sammanfattning", "enligt", "till", "från", "hur", "vad", "när", "var",
     "som", "ett", "en", "samt", "och", "eller", "att", "i", "på", "av", "flera", "andra", "lokala"}
)  # fmt: skip

# "X lovar att:", "X åtar sig att", "X förbinder sig att", "X ska", "X kommer att".
PROMISE_VERBS = (
    r"lovar(?: vi| att)?|åtar sig|åtar vi oss|förbinder sig|förbinder vi oss|utlovar|utlovas|ska(?:ll)?(?: tillsammans)?"
    r"|kommer(?: \w+)? att|ska verka för|verkar för"
)
# Headings of the part that holds the promises ("Det här lovar vi", "Medborgarlöftet för 2020").
PROMISES_HEADING = re.compile(
    r"^(?:det här lovar (?:vi|vi dig|vi er)|våra löften|löftena?|vårt löfte|åtaganden|våra åtaganden|aktiviteter"
    r"|insatser|det här gör vi|så här arbetar vi|medborgar\w*(?:ft|fte|ftet|ften|ftena)(?:t)?(?: (?:för|under|år))*"
    r"(?: (?:perioden |åren )?(?:19|20)\d\d(?:\s*[–/-]\s*(?:19|20)?\d\d)?)?|exempel på (?:aktiviteter|insatser))[:.]?$",
    re.IGNORECASE,
)
# Headings of the promise's text parts, by the key of the part.
PART_HEADINGS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("goals", re.compile(r"åstadkomma|\bmål(?:en|et|sättning\w*)?\b|vad vill vi uppnå|förväntat resultat", re.I)),
    ("situation", re.compile(r"lägesbild|situation|problembild|nuläge|nuvarande läge|problemområden\b|bakgrund och läge", re.I)),
    ("dialogue", re.compile(r"medborgardialog|dialog\w*\b|medborgarundersökning|undersökning|enkät", re.I)),
    ("purpose", re.compile(r"^syfte|\bsyftet\b", re.I)),
    ("follow_up", re.compile(r"uppföljning|följer upp|följs upp|utvärdering|återrapport", re.I)),
    ("signatures", re.compile(r"underskrift|undertecknat|signatur", re.I)),
    ("partners", re.compile(r"^i samarbete med|^samarbetspartner|^i samverkan med", re.I)),
    ("intro", re.compile(r"^inledning|^bakgrund|^introduktion|^om medborgarlöften|^vad är ett? medborgarlöfte", re.I)),
)
# A heading that is the table of contents of the document (dropped: the draft makes its own).
CONTENTS = re.compile(r"^(?:innehåll|innehållsförteckning)$", re.IGNORECASE)
# The labels a rendered promise prints before a fact of an activity ("Ansvarig: Polisen").
FACT_LABELS = {
    "ansvarig": "lead", "ansvariga": "lead", "genomförs av": "lead", "utförs av": "lead",
    "deltagare": "participants", "deltar": "participants", "i samverkan med": "participants",
    "tillsammans med": "participants", "när": "when", "tidpunkt": "when", "hur ofta": "frequency",
    "frekvens": "frequency", "omfattning": "quantity", "antal": "quantity", "plats": "place", "var": "place",
    "målgrupp": "target_group", "status": "status", "resultat": "result", "uppnått": "achieved",
    "orsak": "reason", "uppföljd": "followed_up", "start": "start", "slut": "end", "datum": "dates",
}  # fmt: skip
# The words a rendered promise prints before the promise's own facts, at its head.
HEAD_LABELS = {"kommun": "municipality", "lokalpolisområde": "police_area", "period": "period", "parter": "parties"}
# Titles of those who sign ("Lokalpolisområdeschef", "Kommunstyrelsens ordförande").
SIGNATORY = re.compile(
    r"lokalpolisområdeschef|polisområdeschef|polischef|kommunpolis|kommunstyrelsens ordförande|kommunstyrelsens"
    r" vice ordförande|kommundirektör|kommunchef|stadsdirektör|förvaltningschef|ordförande|verkställande direktör"
    r"|\bvd\b|säkerhetschef|räddningschef",
    re.IGNORECASE,
)
# Statuses a follow-up states in words; anything less clear is left for the coordinator.
STATUS_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("not-done", re.compile(r"\b(?:inte|ej) (?:har )?(?:uppfyllts|uppfyllt|genomförts|genomförd|genomfört|uppnåtts|nåtts)"
                            r"|har inte (?:kunnat )?(?:uppfyllts|genomförts|uppfyllt|genomfört)|uteblev|ställdes in", re.I)),
    ("partly-done", re.compile(r"\bdelvis (?:uppfyllt|uppfyllts|genomfört|genomförts|nåtts)", re.I)),
    ("done", re.compile(r"\bhar (?:uppfyllt|genomfört|uppfyllts|genomförts|infriat|infriats)\b|\bkan anses (?:vara )?uppfyllt"
                        r"|\blöftet (?:är|har) (?:uppfyllt|uppfyllts|infriat)", re.I)),
    ("ongoing", re.compile(r"\bpågår\b|\bfortgår\b", re.I)),
)  # fmt: skip
# Common nouns that head a target group ("föräldrar med ungdomar som fyller 15 år").
TARGET_HEADS = (
    "barn", "unga", "ungdomar", "föräldrar", "vårdnadshavare", "elever", "äldre", "pappor", "mammor", "boende",
    "invånare", "invånarna", "medborgare", "medborgarna", "kvinnor", "flickor", "pojkar", "män", "näringsidkare",
    "handlare", "företagare", "mopedåkare", "förare", "bilister", "cyklister", "gångtrafikanter", "seniorer",
    "pensionärer", "nyanlända", "personer", "de som", "alla elever", "alla", "högstadieelever", "gymnasieelever",
    "skolungdomar", "tonåringar", "familjer", "hyresgäster", "besökare", "studenter", "personal",
)  # fmt: skip
# Common nouns of places ("i stadskärnan", "på Lilla torg", "utanför skolor").
PLACE_NOUNS = (
    "stadskärnan", "centrum", "city", "torget", "torg", "resecentrum", "området", "områdena", "stadsdelen",
    "skolor", "skolorna", "respektive skola", "byarna", "kommunens byar", "parken", "parker", "hamnen",
    "stationen", "centralstationen", "gallerian", "gallerior", "köpcentrum", "köpcentret", "trapphusen",
    "trapphus", "parkeringsplatser", "bostadsområdet", "bostadsområden", "landsbygden", "centralorterna",
    "kulturstråk", "stråket", "gatan", "vägen", "platser och tider",
)  # fmt: skip
# Place prepositions of a fact of place.
PLACE_PREPOSITIONS = ("i", "på", "vid", "inom", "utanför", "kring", "runt", "längs", "mellan")
# Words of problem areas: a heading with one of these is a problem, not a place.
PROBLEM_WORDS = re.compile(
    r"brott|narkotik|drog|trafik|nedskräp|skadegörelse|klotter|våld|stöld|inbrott|bränder|ungdom|trygg|otrygg"
    r"|ordning|alkohol|langning|missbruk|kriminal|rekryter|mopeder|buskörning|hastighet|bedrägeri|tillgänglig"
    r"|samling|anmäl|vittn|hot|oro|sexuell|ofredande|ANDT|spel|vapen|kniv|rån|skjut|gäng|nätverk|bidrag|välfärd"
    r"|nykter|rattfylleri|belysning|miljö|renhåll|framkomlig|synlig|närvaro|information|stöd|samverkan",
    re.IGNORECASE,
)

# The words of medlofte's own rendered documents (views.labels, Swedish), which an import of
# such a PDF reads as layout, not text: the generator line, the status beside a promise,
# the follow-up report's counts. A test keeps them equal to the labels.
GENERATED_BY = "Skapad med medlofte"
RENDERED_STATUS = {
    "planerad": "planned", "pågående": "ongoing", "genomförd": "done", "delvis genomförd": "partly-done",
    "ej genomförd": "not-done", "inställd": "cancelled", "ej uppföljd": "", "redovisad utan status": "",
}  # fmt: skip
RENDERED_COUNTS = re.compile(
    r"^(?:Genomförda: \d+ av \d+.*|\d+ av \d+ aktiviteter? är genomförda?\b.*"  # the summary, old and new
    r"|(?:(?:" + "|".join(w.capitalize() for w in RENDERED_STATUS) + r"): \d+\s*)+)$"
)
RENDERED_ACHIEVED = re.compile(r"^Uppnått: (?P<n>\d+(?:[ \u00a0]\d{3})*(?:,\d+)?)(?: .*)?$")
