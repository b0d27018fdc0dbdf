"""Fixed words of the outputs, in Swedish (the documents' language) and English."""

from __future__ import annotations

from medlofte.model import ActorType, Status

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
        "count_activities": "{n} aktiviteter i {areas} problemområden",
        "count_activity": "1 aktivitet i 1 problemområde",
        "and": "och",
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
        "count_activities": "{n} activities in {areas} problem areas",
        "count_activity": "1 activity in 1 problem area",
        "and": "and",
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

    def join(self, names: list[str]) -> str:
        """'A', 'A och B', 'A, B och C'."""
        if len(names) <= 1:
            return "".join(names)
        return f"{', '.join(names[:-1])} {self['and']} {names[-1]}"
