"""The follow-up form, declared once for the writer (output/forms.py) and the reader
(data/answers.py): its sheets, its columns and how an activity is known in it.

A row finds its activity again by the activity's ``id``; an activity without one is known
by a key made from its group and its text, so reordering keeps it, and ``medlofte forms``
gives every activity an ``id`` so that a corrected text keeps it too.
"""

from __future__ import annotations

import hashlib
import re
from typing import NamedTuple

from medlofte.data.model import Activity, Area
from medlofte.data.textfold import fold, slugify

SHEET = "Uppföljning"
INSTRUCTIONS = "Instruktioner"
META = "medlofte"  # a hidden sheet: what made the form and for whom
FORM_VERSION = "1"


class Column(NamedTuple):
    key: str
    sv: str  # the header, as the partner reads it
    en: str
    fill_in: bool  # the partner writes here; the other columns are locked
    width: int


COLUMNS = (
    Column("area", "Problemområde", "Problem area", False, 18),
    Column("activity", "Aktivitet", "Activity", False, 40),
    Column("leads", "Ansvariga", "Leads", False, 24),
    Column("participants", "Deltagare", "Participants", False, 20),
    Column("promised", "Utlovat", "Promised", False, 15),
    Column("when", "När", "When", False, 15),
    Column("due", "Klart senast", "Due", False, 12),
    Column("status", "Status", "Status", True, 15),
    Column("result", "Resultat", "Result", True, 34),
    Column("achieved", "Uppnått (antal)", "Achieved (number)", True, 10),
    Column("reason", "Orsak om inte genomförd", "Reason if not done", True, 26),
    Column("date", "Datum för uppföljningen", "Date of the follow-up", True, 14),
    Column("key", "Nyckel (ändra inte)", "Key (do not change)", False, 14),  # hidden
    Column("text", "Text när formuläret gjordes", "Text when the form was made", False, 30),  # hidden
    Column("was", "Ifyllt när formuläret gjordes", "Filled in when the form was made", False, 30),  # hidden
)
HIDDEN = ("key", "text", "was")
FILL_IN = tuple(c.key for c in COLUMNS if c.fill_in)


# The headers of the task list's CSV (medlofte actor --format csv/excel), for the same columns.
TASK_LIST_HEADERS = {
    "area": ("Problemområde", "Problem area"),
    "activity": ("Aktivitet", "Activity"),
    "status": ("Status",),
    "result": ("Resultat", "Result"),
    "achieved": ("Uppnått", "Achieved"),
    "reason": ("Orsak", "Reason"),
}


def column_of(text: object) -> str | None:
    """Which column a header names, in either language (case and spacing aside), in a form
    or in a task list saved as CSV."""
    wanted = fold(str(text or ""))
    for column in COLUMNS:
        names = (column.sv, column.en, column.key, *TASK_LIST_HEADERS.get(column.key, ()))
        if wanted in {fold(name) for name in names}:
            return column.key
    return None


def content_key(area: Area, activity: Activity) -> str:
    """A key from the group and the text: the same when areas or activities are reordered."""
    digest = hashlib.sha256(f"{fold(area.name)}\n{fold(activity.text)}".encode()).hexdigest()
    return f"~{digest[:12]}"


def activity_keys(areas: list[Area]) -> dict[int, str]:
    """Each activity's key (by ``id()`` of the activity): its ``id``, else its content key,
    numbered ('~…-2') when the same text stands twice in one group."""
    keys: dict[int, str] = {}
    seen: dict[str, int] = {}
    for area in areas:
        for activity in area.activities:
            key = activity.id or content_key(area, activity)
            seen[key] = seen.get(key, 0) + 1
            keys[id(activity)] = key if seen[key] == 1 else f"{key}-{seen[key]}"
    return keys


_WORDS = re.compile(r"[^\W_]+", re.UNICODE)


def new_id(text: str, taken: set[str]) -> str:
    """A readable id from an activity's first words, not among ``taken``:
    'Minst 20 trafikkontroller med fokus …' -> 'minst-20-trafikkontroller-med'."""
    words = _WORDS.findall(text)[:5]
    while len(words) > 1 and len(slugify(" ".join(words))) > 40:  # whole words, at most 40 characters
        words.pop()
    base = slugify(" ".join(words))[:40].strip("-") if words else ""
    base = base if base and base != "id" else "aktivitet"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate
