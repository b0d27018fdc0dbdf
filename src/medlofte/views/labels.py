"""Fixed words of the outputs, in Swedish (the documents' language) and English."""

from __future__ import annotations

import datetime as dt

from medlofte.data.model import ActorType, Status

LANGUAGES = ("sv", "en")

_LABELS: dict[str, dict[str, str]] = {
    "sv": {
        "tasks_title": "{actor}: uppgifter i {promise}",
        "tasks_none": "{actor} har inga uppgifter i {promise}.",
        "area": "Problemområde",
        "activity": "Aktivitet",
        "role": "Roll",
        "with": "Tillsammans med",
        "via": "Via",
        "leads": "Ansvariga",
        "participants": "Deltagare",
        "when": "När",
        "start": "Start",
        "end": "Slut",
        "dates": "Datum",
        "frequency": "Hur ofta",
        "quantity": "Omfattning",
        "place": "Plats",
        "target_group": "Målgrupp",
        "status": "Status",
        "result": "Resultat",
        "achieved": "Uppnått",
        "reason": "Orsak",
        "details": "Detaljer",
        "role_lead": "ansvarig",
        "role_participant": "deltar",
        "role_group": "via {group} ({role})",
        "actor": "Aktör",
        "type": "Typ",
        "areas": "Problemområden",
        "as_lead": "Som ansvarig",
        "as_participant": "Som deltagare",
        "via_group": "Via grupp",
        "unused": "används inte",
        "at_least": "minst",
        "count_line": "{n} {activities} i {areas} {area_word}",
        "activity_one": "aktivitet",
        "activity_many": "aktiviteter",
        "area_one": "problemområde",
        "area_many": "problemområden",
        "and": "och",
        "contents": "Innehåll",
        "period": "Period",
        "parties": "Parter",
        "municipality": "Kommun",
        "police_area": "Lokalpolisområde",
        "intro": "Inledning",
        "purpose": "Syfte",
        "situation": "Lägesbild",
        "joint_goals": "Det här ska vi åstadkomma tillsammans",
        "areas_heading": "Problemområden och åtaganden",
        "causes": "Troliga orsaker",
        "goals": "Mål",
        "commitments": "Åtaganden",
        "overview": "Vem gör vad",
        "overview_caption": "Aktörer och problemområden: ● ansvarig, ○ deltar",
        "follow_up": "Uppföljning",
        "partners": "I samarbete med",
        "signatures": "Underskrifter",
        "adopted": "{by} fastställde löftet den {date}.",
        "published": "Utgiven {date}",
        "lead": "Ansvarig",
        "indicator": "Indikator",
        "baseline": "Utgångsläge",
        "target": "Målvärde",
        "source": "Källa",
        "outcome": "Utfall",
        "comment": "Kommentar",
        "lead_mark": "ansvarig",
        "participant_mark": "deltar",
        "skip_to_content": "Hoppa till innehållet",
        "area_number": "Problemområde {n}",
        "generated_by": "Skapad med medlofte",
        "not-followed-up": "ej uppföljd",
        "status_title": "Uppföljning av {promise}",
        "as_of": "Läget den {date}",
        "by_area": "Per problemområde",
        "by_actor": "Per aktör",
        "activities": "Aktiviteter",
        "share_done": "Andel genomförda",
        "overdue": "Försenade",
        "overdue_none": "Inga försenade aktiviteter.",
        "not_followed_up": "Ej uppföljda",
        "not_followed_up_none": "Alla aktiviteter är uppföljda.",
        "due": "Skulle vara klar",
        "total": "Totalt",
        "followup_title": "Uppföljning: {promise}",
        "summary": "Sammanfattning",
        "summary_text": "Genomförda: {done} av {total} ({share}).",
        "summary_text_cancelled": "Genomförda: {done} av {total}, {share} av de {counted} som inte ställdes in.",
        "not_done_heading": "Det här blev inte gjort, och varför",
        "promised": "Utlovat",
        "followed_up": "Uppföljd",
        "chart_label": "{area}: {counts}",
        "no_reason": "Ingen orsak angiven.",
    },
    "en": {
        "tasks_title": "{actor}: tasks in {promise}",
        "tasks_none": "{actor} has no tasks in {promise}.",
        "area": "Problem area",
        "activity": "Activity",
        "role": "Role",
        "with": "Together with",
        "via": "Through",
        "leads": "Leads",
        "participants": "Participants",
        "when": "When",
        "start": "Start",
        "end": "End",
        "dates": "Dates",
        "frequency": "How often",
        "quantity": "Quantity",
        "place": "Place",
        "target_group": "Target group",
        "status": "Status",
        "result": "Result",
        "achieved": "Achieved",
        "reason": "Reason",
        "details": "Details",
        "role_lead": "lead",
        "role_participant": "participant",
        "role_group": "through {group} ({role})",
        "actor": "Actor",
        "type": "Type",
        "areas": "Problem areas",
        "as_lead": "As lead",
        "as_participant": "As participant",
        "via_group": "Through a group",
        "unused": "not used",
        "at_least": "at least",
        "count_line": "{n} {activities} in {areas} {area_word}",
        "activity_one": "activity",
        "activity_many": "activities",
        "area_one": "problem area",
        "area_many": "problem areas",
        "and": "and",
        "contents": "Contents",
        "period": "Period",
        "parties": "Parties",
        "municipality": "Municipality",
        "police_area": "Local police area",
        "intro": "Introduction",
        "purpose": "Purpose",
        "situation": "Situation",
        "joint_goals": "What we will achieve together",
        "areas_heading": "Problem areas and commitments",
        "causes": "Probable causes",
        "goals": "Goals",
        "commitments": "Commitments",
        "overview": "Who does what",
        "overview_caption": "Actors and problem areas: ● lead, ○ participant",
        "follow_up": "Follow-up",
        "partners": "In cooperation with",
        "signatures": "Signatures",
        "adopted": "Adopted by {by} on {date}.",
        "published": "Published {date}",
        "lead": "Lead",
        "indicator": "Indicator",
        "baseline": "Baseline",
        "target": "Target",
        "source": "Source",
        "outcome": "Outcome",
        "comment": "Comment",
        "lead_mark": "lead",
        "participant_mark": "participant",
        "skip_to_content": "Skip to content",
        "area_number": "Problem area {n}",
        "generated_by": "Made with medlofte",
        "not-followed-up": "not followed up",
        "status_title": "Follow-up of {promise}",
        "as_of": "As of {date}",
        "by_area": "By problem area",
        "by_actor": "By actor",
        "activities": "Activities",
        "share_done": "Share done",
        "overdue": "Overdue",
        "overdue_none": "No overdue activities.",
        "not_followed_up": "Not followed up",
        "not_followed_up_none": "Every activity has been followed up.",
        "due": "Due",
        "total": "Total",
        "followup_title": "Follow-up: {promise}",
        "summary": "Summary",
        "summary_text": "Done: {done} of {total} ({share}).",
        "summary_text_cancelled": "Done: {done} of {total}, {share} of the {counted} not cancelled.",
        "not_done_heading": "What was not done, and why",
        "promised": "Promised",
        "followed_up": "Followed up",
        "chart_label": "{area}: {counts}",
        "no_reason": "No reason given.",
    },
}

_STATUS = {
    "sv": {
        Status.PLANNED: "planerad",
        Status.ONGOING: "pågående",
        Status.DONE: "genomförd",
        Status.PARTLY_DONE: "delvis genomförd",
        Status.NOT_DONE: "ej genomförd",
        Status.CANCELLED: "inställd",
    },
    "en": {s: s.value.replace("-", " ") for s in Status},
}

_ACTOR_TYPE = {
    "sv": {
        ActorType.POLICE: "polis",
        ActorType.MUNICIPAL: "kommun",
        ActorType.HOUSING: "fastighetsägare",
        ActorType.RESCUE: "räddningstjänst",
        ActorType.SCHOOL: "skola",
        ActorType.CIVIL_SOCIETY: "civilsamhälle",
        ActorType.AGENCY: "region eller myndighet",
        ActorType.BUSINESS: "näringsliv",
        ActorType.OTHER: "övrig",
    },
    "en": {t: t.value.replace("-", " ") for t in ActorType},
}


_MONTHS = {
    "sv": [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}


class Labels:
    """The words of one language; ``labels["when"]`` or ``labels.status(Status.DONE)``."""

    def __init__(self, lang: str = "sv") -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}")
        self.lang = lang
        self._words = _LABELS[lang]

    def __getitem__(self, key: str) -> str:
        return self._words[key]

    def status(self, status: Status) -> str:
        return _STATUS[self.lang][status]

    def actor_type(self, kind: ActorType) -> str:
        return _ACTOR_TYPE[self.lang][kind]

    def status_word(self, key: str) -> str:
        """A status column's word: a Status value or 'not-followed-up'."""
        return self[key] if key == "not-followed-up" else self.status(Status(key))

    def percent(self, share: float | None) -> str:
        """'60 %' (Swedish spacing) / '60%'; '–' when there is nothing to count."""
        if share is None:
            return "–"
        value = round(share * 100)
        return f"{value}\u00a0%" if self.lang == "sv" else f"{value}%"

    def month(self, number: int) -> str:
        return _MONTHS[self.lang][number - 1]

    def date(self, day: dt.date) -> str:
        """'19 mars 2020' / '19 March 2020'."""
        return f"{day.day} {self.month(day.month)} {day.year}"

    def period(self, start: dt.date | None, end: dt.date | None) -> str:
        """A period as people write it: '2023', 'maj 2024 – april 2025', '1 maj – 15 juni 2024'."""
        if start is None or end is None:
            return self.date(start) if start else self.date(end) if end else ""
        whole_months = start.day == 1 and (end + dt.timedelta(days=1)).day == 1
        if whole_months and start.month == 1 and end.month == 12 and start.year == end.year:
            return str(start.year)
        if whole_months:
            if start.year == end.year:
                if start.month == end.month:
                    return f"{self.month(start.month)} {start.year}"
                return f"{self.month(start.month)} – {self.month(end.month)} {end.year}"
            return f"{self.month(start.month)} {start.year} – {self.month(end.month)} {end.year}"
        if start.year == end.year:
            return f"{start.day} {self.month(start.month)} – {self.date(end)}"
        return f"{self.date(start)} – {self.date(end)}"

    def counted(self, activities: int, areas: int) -> str:
        """'5 aktiviteter i 1 problemområde'."""
        return self["count_line"].format(
            n=activities,
            activities=self["activity_one" if activities == 1 else "activity_many"],
            areas=areas,
            area_word=self["area_one" if areas == 1 else "area_many"],
        )

    def join(self, names: list[str]) -> str:
        """'A', 'A och B', 'A, B och C'."""
        if len(names) <= 1:
            return "".join(names)
        return f"{', '.join(names[:-1])} {self['and']} {names[-1]}"
