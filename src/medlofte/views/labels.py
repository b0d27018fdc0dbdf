"""Fixed words of the outputs, in Swedish (the documents' language) and English."""

from __future__ import annotations

import datetime as dt

from medlofte.data.model import ActorType, PartialDate, Per, Period, Status, as_partial

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
        "place_and_date": "Ort och datum",
        "draft_mark": "Utkast {date}",
        "draft_note": "Ett utkast, inte fastställt.",
        "draft_watermark": "UTKAST",
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
        "reported": "redovisad utan status",
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
        "due": "Klart senast",
        "deadline": "Klart senast",
        "total": "Totalt",
        "followup_title": "Uppföljning: {promise}",
        "summary": "Sammanfattning",
        "summary_text": "{done} av {total} {activities} är {done_word} ({share}).",
        "summary_text_cancelled": "{done} av {total} {activities} är {done_word}, {share} av de {counted} som inte ställdes in.",
        "done_one": "genomförd",
        "done_many": "genomförda",
        "not_done_heading": "Det här blev inte gjort och varför",
        "promised": "Utlovat",
        "followed_up": "Senast uppföljd",
        "chart_label": "{area}: {counts}",
        "no_reason": "Ingen orsak angiven.",
        "until_further_notice": "från {start}, tills vidare",
        "extended_to": "{period}, förlängt till {end}",
        "promises": "Löften",
        "dialogue": "Medborgardialog",
        "contact": "Kontakt",
        "overview_title": "Översikt över {n} medborgarlöften",
        "overview_summary": "{promises} löften med {activities} aktiviteter: {done} genomförda ({share}), {overdue} försenade.",
        "by_promise": "Per löfte",
        "by_area_kind": "Per slag av område",
        "by_actor_type": "Per aktörstyp",
        "common_areas": "Vanligaste områdena",
        "common_actors": "Vanligaste aktörerna",
        "common_none": "Inget förekommer i mer än ett löfte.",
        "promise": "Löfte",
        "promises_count": "Löften",
        "area_kind": "Slag",
        "actor_type": "Aktörstyp",
        "overdue_count": "Försenade",
        "kind_problem": "problemområde",
        "kind_actor": "vem som lovar",
        "kind_place": "plats",
        "kind_list": "lista",
        "site_title": "Medborgarlöften",
        "site_subtitle": "{n} löften",
        "site_search": "Sök bland löftena",
        "site_search_hint": "Skriv ett ord, till exempel en kommun, ett år, ett problem eller en aktör.",
        "site_search_none": "Inga löften matchar.",
        "site_search_found": "{n} löften matchar.",
        "site_by_municipality": "Löften per kommun och år",
        "site_index": "Alla löften",
        "site_overview": "Översikt",
        "site_navigation": "Webbplatsen",
        "site_follow_up": "Uppföljning",
        "site_promise": "Löftet",
        "site_previous": "Föregående år: {title}",
        "site_next": "Nästa år: {title}",
        "open_items": "Öppna aktiviteter",
        "open_items_none": "Inga öppna aktiviteter.",
        "changed_since": "Ändrat sedan förra uppföljningen",
        "since": "förra gången {date}",
        "previous_round": "Förra uppföljningen",
        "form_title": "Uppföljning: {promise} – {actor}",
        "form_page": "Sida &P av &N",
        "form_status_title": "Välj en status",
        "form_status_error": "Skriv ett av orden i listan: {words}.",
        "form_number_title": "Bara en siffra",
        "form_number_error": "Skriv bara antalet, som en siffra (till exempel 40). Ord och förklaringar går i Resultat.",
        "form_statuses": "Status skrivs med ett av orden: {words}.",
        "form_contact": "Frågor och ifyllt formulär: {contact}.",
        "form_instructions": (
            "Så här fyller du i formuläret\n"
            "1. Fliken Uppföljning har en rad för varje aktivitet som ni leder eller deltar i.\n"
            "2. Fyll i de gula kolumnerna: Status (välj i listan), Resultat (vad som gjordes), Uppnått "
            "(bara antalet, som en siffra), Orsak (om något inte blev gjort, och varför) och Datum för "
            "uppföljningen (ÅÅÅÅ-MM-DD).\n"
            "3. Ändra inte de grå kolumnerna, raderna eller flikarnas namn; ta inte bort något. Lämna en rad tom "
            "om ni inte har något att rapportera.\n"
            "4. Spara filen som den är (.xlsx) och skicka tillbaka den."
        ),
        # The live preview (medlofte serve): its navigation and the banner over the page.
        "preview_nav": "Förhandsvisning",
        "preview_promise": "Löftet",
        "preview_actors": "Aktörernas uppgifter",
        "preview_heading": "Datan har {problems}",
        "preview_error_one": "fel",
        "preview_error_many": "fel",
        "preview_warning_one": "varning",
        "preview_warning_many": "varningar",
        "preview_fix": "Rätta i filen och spara: sidan uppdateras av sig själv.",
        "preview_stale_mark": "Inte aktuell",
        "preview_stale": (
            "Sidan nedan är den senaste versionen utan fel, från kl. {time}. "
            "Det du har ändrat sedan dess syns när felen är rättade."
        ),
        "preview_nothing": "Det finns ingen version utan fel att visa än. Rätta felen ovan och spara.",
        "preview_more": "… och {n} till. Kommandot medlofte validate visar alla.",
        "preview_failed": "Sidan kunde inte byggas",
        "preview_not_found": "Sidan finns inte",
        "preview_not_found_text": "Det finns ingen sida på den här adressen. Välj en sida i menyn ovan.",
        "preview_actors_none": "Det finns inga aktörer i actors.yaml.",
        "preview_severity_error": "fel",
        "preview_severity_warning": "varning",
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
        "place_and_date": "Place and date",
        "draft_mark": "Draft {date}",
        "draft_note": "A draft, not adopted.",
        "draft_watermark": "DRAFT",
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
        "reported": "reported, no status",
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
        "deadline": "Done by",
        "total": "Total",
        "followup_title": "Follow-up: {promise}",
        "summary": "Summary",
        "summary_text": "{done} of {total} {activities} {done_word} ({share}).",
        "summary_text_cancelled": "{done} of {total} {activities} {done_word}, {share} of the {counted} not cancelled.",
        "done_one": "is done",
        "done_many": "are done",
        "not_done_heading": "What was not done and why",
        "promised": "Promised",
        "followed_up": "Last followed up",
        "chart_label": "{area}: {counts}",
        "no_reason": "No reason given.",
        "until_further_notice": "from {start}, until further notice",
        "extended_to": "{period}, extended to {end}",
        "promises": "Promises",
        "dialogue": "Resident dialogue",
        "contact": "Contact",
        "overview_title": "Overview of {n} citizen promises",
        "overview_summary": "{promises} promises with {activities} activities: {done} done ({share}), {overdue} overdue.",
        "by_promise": "By promise",
        "by_area_kind": "By kind of group",
        "by_actor_type": "By actor type",
        "common_areas": "Most common areas",
        "common_actors": "Most common actors",
        "common_none": "Nothing occurs in more than one promise.",
        "promise": "Promise",
        "promises_count": "Promises",
        "area_kind": "Kind",
        "actor_type": "Actor type",
        "overdue_count": "Overdue",
        "kind_problem": "problem area",
        "kind_actor": "who promises",
        "kind_place": "place",
        "kind_list": "list",
        "site_title": "Citizen promises",
        "site_subtitle": "{n} promises",
        "site_search": "Search the promises",
        "site_search_hint": "Type a word: a municipality, a year, a problem or an actor.",
        "site_search_none": "No promise matches.",
        "site_search_found": "{n} promises match.",
        "site_by_municipality": "Promises by municipality and year",
        "site_index": "All promises",
        "site_overview": "Overview",
        "site_navigation": "The site",
        "site_follow_up": "Follow-up",
        "site_promise": "The promise",
        "site_previous": "Previous year: {title}",
        "site_next": "Next year: {title}",
        "open_items": "Open activities",
        "open_items_none": "No open activities.",
        "changed_since": "Changed since the previous follow-up",
        "since": "last time {date}",
        "previous_round": "Previous follow-up",
        "form_title": "Follow-up: {promise} – {actor}",
        "form_page": "Page &P of &N",
        "form_status_title": "Choose a status",
        "form_status_error": "Write one of the words in the list: {words}.",
        "form_number_title": "A number only",
        "form_number_error": "Write only the number (for example 40). Words and explanations go in Result.",
        "form_statuses": "Status is one of the words: {words}.",
        "form_contact": "Questions and the filled-in form: {contact}.",
        "form_instructions": (
            "How to fill in the form\n"
            "1. The sheet Follow-up has one row for each activity you lead or take part in.\n"
            "2. Fill in the yellow columns: Status (choose from the list), Result (what was done), Achieved "
            "(only the number), Reason (if something was not done, and why) and Date of the follow-up "
            "(YYYY-MM-DD).\n"
            "3. Do not change the grey columns, the rows or the sheets' names; delete nothing. Leave a row empty "
            "if you have nothing to report.\n"
            "4. Save the file as it is (.xlsx) and send it back."
        ),
        # The live preview (medlofte serve): its navigation and the banner over the page.
        "preview_nav": "Preview",
        "preview_promise": "The promise",
        "preview_actors": "Tasks by actor",
        "preview_heading": "The data has {problems}",
        "preview_error_one": "error",
        "preview_error_many": "errors",
        "preview_warning_one": "warning",
        "preview_warning_many": "warnings",
        "preview_fix": "Fix the file and save: the page updates by itself.",
        "preview_stale_mark": "Not current",
        "preview_stale": (
            "The page below is the last version without errors, from {time}. "
            "What you have changed since shows once the errors are fixed."
        ),
        "preview_nothing": "There is no version without errors to show yet. Fix the errors above and save.",
        "preview_more": "… and {n} more. The command medlofte validate lists them all.",
        "preview_failed": "The page could not be built",
        "preview_not_found": "No such page",
        "preview_not_found_text": "There is no page at this address. Choose a page in the menu above.",
        "preview_actors_none": "There are no actors in actors.yaml.",
        "preview_severity_error": "error",
        "preview_severity_warning": "warning",
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


_PER = {
    "sv": {Per.YEAR: "per år", Per.MONTH: "per månad", Per.WEEK: "per vecka", Per.DAY: "per dag"},
    "en": {Per.YEAR: "a year", Per.MONTH: "a month", Per.WEEK: "a week", Per.DAY: "a day"},
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
        """A status column's word: a Status value, 'reported' or 'not-followed-up'."""
        return self[key] if key in ("not-followed-up", "reported") else self.status(Status(key))

    def percent(self, share: float | None) -> str:
        """'60 %' (Swedish spacing) / '60%'; '–' when there is nothing to count."""
        if share is None:
            return "–"
        value = round(share * 100)
        return f"{value}\u00a0%" if self.lang == "sv" else f"{value}%"

    def month(self, number: int) -> str:
        return _MONTHS[self.lang][number - 1]

    def date(self, day: dt.date | PartialDate) -> str:
        """'19 mars 2020', 'mars 2020' or '2020', at the precision it was given."""
        if isinstance(day, dt.date):
            return f"{day.day} {self.month(day.month)} {day.year}"
        if day.month is None:
            return str(day.year)
        if day.day is None:
            return f"{self.month(day.month)} {day.year}"
        return f"{day.day} {self.month(day.month)} {day.year}"

    def period(self, start: dt.date | PartialDate | None, end: dt.date | PartialDate | None) -> str:
        """A period as people write it, at its precision: '2023', '2021–2022',
        'maj 2024 – maj 2025', 'juni – augusti 2021', '1 maj – 15 juni 2024'."""
        start, end = as_partial(start), as_partial(end)
        if start is None or end is None:
            return self.date(start) if start else self.date(end) if end else ""
        if start.day is not None and end.day is not None:
            return self._days(start.first(), end.last())
        if start.month is None and end.month is None:
            return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
        if start.month is not None and end.month is not None and start.day is None and end.day is None:
            return self._months(start.year, start.month, end.year, end.month)
        return f"{self.date(start)} – {self.date(end)}"

    def _months(self, start_year: int, start_month: int, end_year: int, end_month: int) -> str:
        if start_year == end_year:
            if start_month == end_month:
                return f"{self.month(start_month)} {start_year}"
            if (start_month, end_month) == (1, 12):
                return str(start_year)
            return f"{self.month(start_month)} – {self.month(end_month)} {end_year}"
        return f"{self.month(start_month)} {start_year} – {self.month(end_month)} {end_year}"

    def _days(self, start: dt.date, end: dt.date) -> str:
        if start.day == 1 and (end + dt.timedelta(days=1)).day == 1:  # whole months
            return self._months(start.year, start.month, end.year, end.month)
        if start.year == end.year:
            return f"{start.day} {self.month(start.month)} – {self.date(end)}"
        return f"{self.date(start)} – {self.date(end)}"

    def period_of(self, period: Period) -> str:
        """The promise's period as the document should print it: its own wording when given,
        'tills vidare' and 'förlängt till …' where they apply; '' for no period."""
        if period.label:
            text = period.label
        elif period.until_further_notice and period.end is None:
            text = self["until_further_notice"].format(start=self.date(period.start)) if period.start else ""
        else:
            text = self.period(period.start, period.end)
        if period.extended_to is not None and not period.label:
            text = self["extended_to"].format(period=text, end=self.date(period.extended_to))
        return text

    def per(self, unit: Per) -> str:
        return _PER[self.lang][unit]

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
