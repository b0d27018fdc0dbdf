"""A change set in words, for people: grouped as the document is (the promise, each group of
promises, the actors), each change one line, the details of an activity under it.

Lines are runs of text with a style (a value before or after, words taken out or put in),
so that the terminal can colour them, Markdown strike them through and HTML mark them with
``<del>`` and ``<ins>``; the words are the same everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from medlofte.data.model import Adoption, GroupKind, PartialDate, Per, Period, Quantity, Status, format_number
from medlofte.views.changes import Change, Comparison, DirectoryChanges, Kind, Role, Signed, Target, Value, Word
from medlofte.views.labels import Labels

_WORDS: dict[str, dict[str, str]] = {
    "sv": {
        "heading": "Förändringar från {old} till {new}",
        "since": "Förändringar sedan {since}",
        "working_tree": "arbetskopian",
        "promise": "Löftet",
        "actors": "Aktörer",
        "none": "Inga förändringar.",
        "nothing_compared": "Ingenting jämfördes.",
        "some_not_compared": "Datamappar som inte kunde jämföras: {n}.",
        "count_one": "1 förändring",
        "count_many": "{n} förändringar",
        "in_directories": "{count} i {changed} av {total} datamappar.",
        "not_compared": "Inte jämförd: {name} har fel, så den kan inte jämföras. Kör medlofte validate {name}.",
        "added": "nytt",
        "removed": "borttaget",
        "renamed": "nytt namn, tidigare ”{old}”",
        "directory_added": "ny datamapp",
        "directory_removed": "datamappen finns inte längre",
        "activity_added": "Ny aktivitet: ",
        "activity_removed": "Borttagen aktivitet: ",
        "reworded": "Omformulerad: ",
        "moved": "Flyttad från ”{area}”: ",
        "goal_added": "Nytt mål: ",
        "goal_removed": "Borttaget mål: ",
        "goal": "Mål: ",
        "section_added": "Nytt avsnitt: ",
        "section_removed": "Borttaget avsnitt: ",
        "section": "Avsnitt: ",
        "signature_added": "Ny underskrift: ",
        "signature_removed": "Borttagen underskrift: ",
        "signature": "Underskrift: ",
        "commitment_added": "Nytt åtagande: ",
        "commitment_removed": "Borttaget åtagande: ",
        "commitment": "Åtagande: ",
        "actor_added": "Ny aktör: ",
        "actor_removed": "Borttagen aktör: ",
        "actor": "Aktör: ",
        "follow_up_cleared": "Uppföljningen borttagen: ",
        "with_period": " (med perioden flyttades också: {what})",
        "dates_one": "datumen för 1 aktivitet",
        "dates_many": "datumen för {n} aktiviteter",
        "years_in_title": "årtalet i titeln",
        "years_in_subtitle": "årtalet i underrubriken",
        "years_in_area": "perioden för ”{area}”",
        "nothing": "–",
        "no_heading": "ingen rubrik",
        "yes": "ja",
        "no": "nej",
        "title": "titel",
        "subtitle": "underrubrik",
        "municipality": "kommun",
        "place": "plats",
        "police_area": "lokalpolisområde",
        "period": "period",
        "parties": "parter",
        "partners": "i samarbete med",
        "intro": "inledning",
        "purpose": "syfte",
        "situation": "lägesbild",
        "dialogue": "medborgardialog",
        "promises_intro": "inledning till löftena",
        "follow_up": "uppföljning",
        "source": "källa",
        "adopted": "fastställt",
        "headings": "rubrik för {part}",
        "parts": "ordning",
        "kind": "slag",
        "label": "numrering",
        "order": "plats i ordningen",
        "examples": "exempel",
        "causes": "troliga orsaker",
        "text": "text",
        "others": "andra aktörer",
        "when": "när",
        "start": "start",
        "end": "slut",
        "frequency": "hur ofta",
        "quantity": "omfattning",
        "target_group": "målgrupp",
        "status": "status",
        "result": "resultat",
        "achieved": "uppnått",
        "reason": "orsak",
        "followed_up": "uppföljd",
        "history": "tidigare uppföljningar",
        "numbered": "numrerade problemområden",
        "indicator": "indikator",
        "unit": "enhet",
        "baseline": "utgångsläge",
        "target": "målvärde",
        "outcome": "utfall",
        "comment": "kommentar",
        "actor_field": "aktör",
        "actors_field": "aktörer",
        "date": "datum",
        "id": "id",
        "name": "namn",
        "short": "kortnamn",
        "type": "typ",
        "contact": "kontakt",
        "aliases": "alias",
        "members": "medlemmar",
        "lead": "ansvariga",
        "participant": "deltar",
        "part_promises": "löftena",
        "part_goals": "målen",
        "part_causes": "orsakerna",
        "part_overview": "översikten",
        "part_partners": "samarbetspartnerna",
        "part_signatures": "underskrifterna",
        "part_follow_up_title": "uppföljningsrapporten",
    },
    "en": {
        "heading": "Changes from {old} to {new}",
        "since": "Changes since {since}",
        "working_tree": "the working tree",
        "promise": "The promise",
        "actors": "Actors",
        "none": "No changes.",
        "nothing_compared": "Nothing was compared.",
        "some_not_compared": "Data directories that could not be compared: {n}.",
        "count_one": "1 change",
        "count_many": "{n} changes",
        "in_directories": "{count} in {changed} of {total} data directories.",
        "not_compared": "Not compared: {name} has errors, so it cannot be compared. Run medlofte validate {name}.",
        "added": "new",
        "removed": "removed",
        "renamed": "renamed, before “{old}”",
        "directory_added": "new data directory",
        "directory_removed": "the data directory is gone",
        "activity_added": "New activity: ",
        "activity_removed": "Activity removed: ",
        "reworded": "Reworded: ",
        "moved": "Moved from “{area}”: ",
        "goal_added": "New goal: ",
        "goal_removed": "Goal removed: ",
        "goal": "Goal: ",
        "section_added": "New section: ",
        "section_removed": "Section removed: ",
        "section": "Section: ",
        "signature_added": "New signature: ",
        "signature_removed": "Signature removed: ",
        "signature": "Signature: ",
        "commitment_added": "New commitment: ",
        "commitment_removed": "Commitment removed: ",
        "commitment": "Commitment: ",
        "actor_added": "New actor: ",
        "actor_removed": "Actor removed: ",
        "actor": "Actor: ",
        "follow_up_cleared": "Follow-up cleared: ",
        "with_period": " (moved with the period: {what})",
        "dates_one": "the dates of 1 activity",
        "dates_many": "the dates of {n} activities",
        "years_in_title": "the year in the title",
        "years_in_subtitle": "the year in the subtitle",
        "years_in_area": "the period of “{area}”",
        "nothing": "–",
        "no_heading": "no heading",
        "yes": "yes",
        "no": "no",
        "title": "title",
        "subtitle": "subtitle",
        "municipality": "municipality",
        "place": "place",
        "police_area": "local police area",
        "period": "period",
        "parties": "parties",
        "partners": "in cooperation with",
        "intro": "introduction",
        "purpose": "purpose",
        "situation": "situation",
        "dialogue": "resident dialogue",
        "promises_intro": "introduction to the promises",
        "follow_up": "follow-up",
        "source": "source",
        "adopted": "adopted",
        "headings": "heading of {part}",
        "parts": "order",
        "kind": "kind",
        "label": "numbering",
        "order": "position",
        "examples": "examples",
        "causes": "probable causes",
        "text": "text",
        "others": "other actors",
        "when": "when",
        "start": "start",
        "end": "end",
        "frequency": "how often",
        "quantity": "quantity",
        "target_group": "target group",
        "status": "status",
        "result": "result",
        "achieved": "achieved",
        "reason": "reason",
        "followed_up": "followed up",
        "history": "earlier follow-ups",
        "numbered": "numbered problem areas",
        "indicator": "indicator",
        "unit": "unit",
        "baseline": "baseline",
        "target": "target",
        "outcome": "outcome",
        "comment": "comment",
        "actor_field": "actor",
        "actors_field": "actors",
        "date": "date",
        "id": "id",
        "name": "name",
        "short": "short name",
        "type": "type",
        "contact": "contact",
        "aliases": "aliases",
        "members": "members",
        "lead": "leads",
        "participant": "taking part",
        "part_promises": "the promises",
        "part_goals": "the goals",
        "part_causes": "the causes",
        "part_overview": "the overview",
        "part_partners": "the partners",
        "part_signatures": "the signatures",
        "part_follow_up_title": "the follow-up report",
    },
}

SHORT = 100  # a whole value longer than this is shortened
WHOLE = 200  # a reworded text up to this long is shown whole, a longer one as its changed passages
CONTEXT = 4  # words kept on each side of a changed passage


@dataclass(frozen=True)
class Run:
    """A piece of a line: plain (''), a value before ('old') or after ('new'), words taken
    out ('del') or put in ('ins'), or a side note ('note'). ``data`` when it is the data's
    own words (Swedish), not the labels' (which may be English)."""

    text: str
    style: str = ""
    data: bool = False


@dataclass(frozen=True)
class Line:
    """One change; ``mark`` is '+' (added), '-' (removed), '~' (changed) or '>' (moved)."""

    mark: str
    runs: tuple[Run, ...]
    details: tuple[Line, ...] = ()

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass(frozen=True)
class Group:
    """The changes of the promise, of one group of promises, or of the actors; ``data``
    when the title is the data's (a group's name), not a label."""

    title: str
    mark: str
    note: str | None
    lines: tuple[Line, ...]
    data: bool = False


@dataclass(frozen=True)
class DirectoryText:
    title: str | None  # only when several directories were compared
    groups: tuple[Group, ...]
    changes: int
    not_compared: str | None  # why not, when a side has errors
    source: DirectoryChanges


@dataclass(frozen=True)
class Described:
    """The comparison in words. ``heading`` is ``heading_words`` with ``old`` and ``new``
    (revisions and folders; ``new_is_words`` when it is 'the working tree') put in."""

    heading: str
    directories: tuple[DirectoryText, ...]
    summary: str
    heading_words: str = "{old} → {new}"
    old: str = ""
    new: str = ""
    new_is_words: bool = False


class Words:
    """The words of one language: the change set's own and the documents' (``Labels``)."""

    def __init__(self, labels: Labels) -> None:
        self.labels = labels
        self.words = _WORDS[labels.lang]

    def __getitem__(self, key: str) -> str:
        return self.words[key]

    def field(self, name: str) -> str:
        if name.startswith("headings."):
            part = name.split(".", 1)[1]
            shown = self.words.get(f"part_{part}") or self.words.get(part, part)
            return self.words["headings"].format(part=shown)
        return self.words[{"actor": "actor_field", "actors": "actors_field"}.get(name, name)]

    def value(self, value: Value) -> str:
        """A value as the document would print it."""
        labels = self.labels
        if value is None or value == ():
            return self.words["nothing"]
        if isinstance(value, bool):
            return self.words["yes" if value else "no"]
        if isinstance(value, (int, float)):
            return format_number(value)
        if isinstance(value, Status):
            return labels.status(value)
        if isinstance(value, PartialDate):
            return labels.date(value)
        if isinstance(value, Period):
            return period_text(value, labels)
        if isinstance(value, Adoption):
            return value.text or ", ".join(x for x in (value.by, labels.date(value.date) if value.date else "") if x)
        if isinstance(value, Signed):
            when = labels.date(value.date) if value.date else None
            return ", ".join(x for x in (value.name, value.title, value.actor, value.place, when) if x)
        if isinstance(value, GroupKind):
            return value.value
        if isinstance(value, tuple):
            if all(isinstance(q, Quantity) for q in value):
                per = {p: labels.per(p) for p in Per}
                return "; ".join(q.display(labels["at_least"], per) for q in value if isinstance(q, Quantity))
            return ", ".join(str(x) for x in value)
        if hasattr(value, "value"):  # the other enums: the word the data uses
            return str(value.value)
        return shorten(str(value))


def period_text(period: Period, labels: Labels) -> str:
    """The period as the document prints it, with its dates when its own wording is all
    that stayed ('2023' kept as the label while the days changed)."""
    shown = labels.period_of(period)
    days = labels.period(period.start, period.end)
    return shown if not period.label or shown == days else f"{shown} ({days})"


def shorten(text: str, length: int = SHORT) -> str:
    flat = " ".join(text.split())
    if len(flat) <= length:
        return flat
    cut = flat[:length].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:–-") + "…"


_WORD = re.compile(r"\S+")


def _context(text: str, *, first: bool, last: bool) -> str:
    """Kept words around a change: the last few before the first change, the first few after
    the last, a few on each side between two changes."""
    spans = [m.span() for m in _WORD.finditer(text)]
    n = CONTEXT
    if first and not last and len(spans) > n:
        return "… " + text[spans[-n][0] :]
    if last and not first and len(spans) > n:
        return text[: spans[n - 1][1]] + " …"
    if not first and not last and len(spans) > 2 * n:
        return text[: spans[n - 1][1]] + " … " + text[spans[-n][0] :]
    return text


def word_runs(words: tuple[Word, ...]) -> tuple[Run, ...]:
    """A reworded text: whole when short, else the changed passages with a few words of
    context; paragraph breaks that changed show as '¶'. Spaces at the edges of a change
    are plain, so that markers go round words."""
    whole = sum(len(w.text) for w in words) <= WHOLE
    runs: list[Run] = []
    for index, word in enumerate(words):
        if word.op != "=":
            text = word.text.replace("\n\n", " ¶ ").replace("\n", " ")
            core = text.strip()
            if not core:
                runs.append(Run(text, data=True))
                continue
            lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
            pieces = (Run(lead, data=True), Run(core, "del" if word.op == "-" else "ins", True), Run(trail, data=True))
            runs += [r for r in pieces if r.text]
            continue
        text = word.text.replace("\n\n", " ").replace("\n", " ")
        if not whole:
            text = _context(text, first=index == 0, last=index == len(words) - 1)
        runs.append(Run(text, data=True))
    return tuple(runs)


def _items(value: Value) -> tuple[object, ...] | None:
    """A list's items; None for anything else, also the tuples that are one value (a date,
    a signature)."""
    if isinstance(value, tuple) and not isinstance(value, (PartialDate, Signed)):
        return value
    return None


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


class _Describer:
    def __init__(self, words: Words) -> None:
        self.w = words

    def field_line(self, change: Change) -> Line:
        w = self.w
        label = _capital(w.field(change.field or "")) + ": "
        if change.kind is Kind.ACTORS:
            return Line("~", (Run(label), *self.people(change.joined, change.left)))
        if change.words:
            return Line("~", (Run(label), *word_runs(change.words)))
        before, after = _items(change.old), _items(change.new)
        if before is not None and after is not None and change.field not in ("quantity", "parts"):
            return Line("~", (Run(label), *self.items(before, after)))
        old, new = w.value(change.old), w.value(change.new)
        if (change.field or "").startswith("headings."):  # false: the part has no heading
            old, new = (w["no_heading"] if v is False else w.value(v) for v in (change.old, change.new))
        runs = [
            Run(label),
            Run(old, "old", isinstance(change.old, str)),
            Run(" → "),
            Run(new, "new", isinstance(change.new, str)),
        ]
        if change.field == "period" and (change.dates_moved or change.years_moved):
            runs.append(Run(w["with_period"].format(what=self.moved_with(change)), "note"))
        mark = "+" if change.old in (None, ()) else "-" if change.new in (None, ()) else "~"
        return Line(mark, tuple(runs))

    def moved_with(self, change: Change) -> str:
        w = self.w
        what = []
        if change.dates_moved:
            what.append(w["dates_one"] if change.dates_moved == 1 else w["dates_many"].format(n=change.dates_moved))
        for name in change.years_moved:
            if name.startswith("area:"):
                what.append(w["years_in_area"].format(area=name[5:]))
            else:
                what.append(w[f"years_in_{name}"])
        return ", ".join(what)

    def items(self, old: tuple[object, ...], new: tuple[object, ...]) -> list[Run]:
        before = {str(x).casefold(): str(x) for x in old}
        after = {str(x).casefold(): str(x) for x in new}
        runs: list[Run] = []
        for key, text in after.items():
            if key not in before:
                runs += [Run(", " if runs else ""), Run("+ "), Run(text, "new", True)]
        for key, text in before.items():
            if key not in after:
                runs += [Run(", " if runs else ""), Run("− "), Run(text, "old", True)]
        return [r for r in runs if r.text]

    def people(self, joined: tuple[Role, ...], left: tuple[Role, ...]) -> list[Run]:
        """'+ Polisen (ansvariga), − Kommunen (deltar)'; for parties the role is the field."""
        runs: list[Run] = []
        for role, sign, style in [(r, "+", "new") for r in joined] + [(r, "−", "old") for r in left]:
            note = f" ({self.w[role.role]})" if role.role in ("lead", "participant") else ""
            runs += [Run(", " if runs else ""), Run(f"{sign} "), Run(role.name, style, True), Run(note)]
        return [r for r in runs if r.text]

    def roles_note(self, roles: tuple[Role, ...]) -> tuple[Run, ...]:
        names = [r.name for r in roles if r.role == "lead"]
        return (Run(" ("), Run(self.w.labels.join(names), "note", True), Run(")")) if names else ()

    def subject_lines(self, changes: list[Change]) -> Iterator[Line]:
        """One thing's changes (an activity, a goal …) as a line with its details under it."""
        w = self.w
        first = changes[0]
        target = first.target
        if target is Target.ACTIVITY and first.kind is Kind.ADDED:
            yield Line("+", (Run(w["activity_added"]), Run(first.subject, "new", True), *self.roles_note(first.joined)))
            return
        if target is Target.ACTIVITY and first.kind is Kind.REMOVED:
            yield Line("-", (Run(w["activity_removed"]), Run(first.subject, "old", True), *self.roles_note(first.left)))
            return
        prefix = {
            Target.GOAL: "goal",
            Target.SECTION: "section",
            Target.SIGNATURE: "signature",
            Target.COMMITMENT: "commitment",
            Target.ACTOR: "actor",
        }.get(target)
        if first.kind in (Kind.ADDED, Kind.REMOVED) and prefix:
            value = first.new if first.kind is Kind.ADDED else first.old
            text = w.value(value) if value is not None else first.subject
            style = "new" if first.kind is Kind.ADDED else "old"
            yield Line("+" if first.kind is Kind.ADDED else "-", (Run(w[f"{prefix}_{first.kind.value}"]), Run(text, style, True)))
            return
        rest = changes
        if first.kind is Kind.MOVED:
            before, _, after = w["moved"].partition("{area}")
            moved = word_runs(first.words) if first.words else (Run(first.subject, data=True),)
            head = Line(">", (Run(before), Run(str(first.old), data=True), Run(after), *moved))
            rest = changes[1:]
        elif first.kind is Kind.REWORDED:
            label = w["reworded"] if target is Target.ACTIVITY else w[prefix or "goal"]
            named: tuple[Run, ...] = (Run(first.subject, data=True), Run(": ")) if target is Target.SECTION else ()
            head = Line("~", (Run(label), *named, *word_runs(first.words)))
            rest = changes[1:]
        else:
            label = w[prefix] if prefix else ""
            head = Line("~", (Run(label), Run(first.subject, data=True)))
        yield Line(head.mark, head.runs, tuple(self.details(rest)))

    def details(self, changes: list[Change]) -> Iterator[Line]:
        w = self.w
        follow_up = [c for c in changes if c.kind is Kind.FOLLOW_UP]
        cleared = len(follow_up) > 1 and all(c.new is None for c in follow_up)
        for change in changes:
            if cleared and change.kind is Kind.FOLLOW_UP:
                if change is follow_up[0]:
                    parts = []
                    for c in follow_up:
                        shown = "" if c.field in ("result", "reason", "comment") else w.value(c.old)  # texts: named only
                        parts.append(f"{w.field(c.field or '')} {shown}".strip())
                    yield Line("-", (Run(w["follow_up_cleared"]), Run(", ".join(parts), "old")))
                continue
            yield self.field_line(change)

    def group(self, title: str, changes: list[Change], head: Change | None) -> Group:
        w = self.w
        mark, note = "~", None
        if head is not None and head.kind is Kind.ADDED:
            mark, note = "+", w["added"]
        elif head is not None and head.kind is Kind.REMOVED:
            mark, note = "-", w["removed"]
        lines: list[Line] = []
        for key, items in _by_subject(changes):
            if key[0] is Target.PROMISE or key[0] is Target.AREA:
                for change in items:
                    if change.kind is Kind.RENAMED:
                        note = w["renamed"].format(old=change.old or "")
                        continue
                    lines.append(self.field_line(change))
            else:
                lines += self.subject_lines(items)
        return Group(title, mark, note, tuple(lines))

    def directory(self, directory: DirectoryChanges, title: str | None) -> DirectoryText:
        w = self.w
        if directory.invalid:
            reasons = " ".join(w["not_compared"].format(name=name) for name in directory.invalid)
            return DirectoryText(title, (), 0, reasons, directory)
        groups: list[Group] = []
        for kind, title_of, changes in _by_group(directory.changes):
            if kind is Target.DIRECTORY:
                change = changes[0]
                added = change.kind is Kind.ADDED
                note = w["directory_added" if added else "directory_removed"]
                groups.append(Group(change.subject, "+" if added else "-", note, (), data=True))
            elif kind is Target.PROMISE:
                groups.append(self.group(w["promise"], changes, None))
            elif kind is Target.ACTOR:
                groups.append(self.group(w["actors"], changes, None))
            else:
                head = next((c for c in changes if c.target is Target.AREA and c.kind in (Kind.ADDED, Kind.REMOVED)), None)
                group = self.group(title_of, [c for c in changes if c is not head], head)
                groups.append(Group(group.title, group.mark, group.note, group.lines, data=True))
        return DirectoryText(title, tuple(groups), len(directory.changes), None, directory)


def _group_key(change: Change) -> tuple[Target, str]:
    if change.target is Target.DIRECTORY:
        return Target.DIRECTORY, change.subject
    if change.target is Target.ACTOR:
        return Target.ACTOR, ""
    if change.area is None:  # the promise, its sections, goals and signatures
        return Target.PROMISE, ""
    return Target.AREA, change.area


def _by_group(changes: list[Change]) -> Iterator[tuple[Target, str, list[Change]]]:
    """Consecutive changes of the same group (compare lists them so)."""
    current: list[Change] = []
    key: tuple[Target, str] | None = None
    for change in changes:
        k = _group_key(change)
        if key is not None and k != key:
            yield key[0], key[1], current
            current = []
        key = k
        current.append(change)
    if key is not None:
        yield key[0], key[1], current


def _by_subject(changes: list[Change]) -> Iterator[tuple[tuple[Target, str], list[Change]]]:
    """Consecutive changes of one thing: an activity, a goal; the fields of the promise or
    of the group itself each on their own."""
    current: list[Change] = []
    key: tuple[Target, str] | None = None
    for change in changes:
        k = (change.target, change.subject)
        starts = change.kind in (Kind.ADDED, Kind.REMOVED, Kind.MOVED, Kind.REWORDED)
        if key is not None and (k != key or starts):
            yield key, current
            current = []
        key = k
        current.append(change)
    if key is not None:
        yield key, current


def count_text(n: int, words: Words) -> str:
    return words["count_one"] if n == 1 else words["count_many"].format(n=n)


def describe(comparison: Comparison, labels: Labels) -> Described:
    """The comparison in words: a heading, each directory's groups, a closing summary."""
    words = Words(labels)
    describer = _Describer(words)
    new = comparison.new_label or words["working_tree"]
    several = len(comparison.directories) > 1 or comparison.unchanged > 0
    directories = []
    for directory in comparison.directories:
        title = None
        if several:
            title = directory.folder or f"{directory.old_name} → {directory.new_name}"
        directories.append(describer.directory(directory, title))
    total = comparison.changes
    invalid = sum(1 for d in comparison.directories if d.invalid)
    if invalid and invalid == len(comparison.directories) and not comparison.unchanged:
        summary = words["nothing_compared"]
    elif not total:
        summary = words["none"]
    elif several:
        changed = sum(1 for d in comparison.directories if d.changes)
        summary = words["in_directories"].format(
            count=count_text(total, words), changed=changed, total=len(comparison.directories) + comparison.unchanged
        )
    else:
        summary = count_text(total, words) + "."
    if invalid and summary != words["nothing_compared"]:
        summary += " " + words["some_not_compared"].format(n=invalid)
    heading = words["heading"].format(old=comparison.old_label, new=new)
    return Described(heading, tuple(directories), summary, words["heading"], comparison.old_label, new, not comparison.new_label)


@dataclass(frozen=True)
class ChangeSection:
    """The changes as a part of the document: 'Förändringar sedan 12 mars 2024'."""

    title: str
    groups: tuple[Group, ...]
    summary: str


def section(comparison: Comparison, labels: Labels, since: str | date) -> ChangeSection:
    """One directory's changes for its document, since a day (a revision's) or a named
    version ('Medborgarlöfte 2023'); both sides must be valid."""
    described = describe(comparison, labels)
    groups = tuple(g for d in described.directories for g in d.groups)
    title = _WORDS[labels.lang]["since"].format(since=labels.date(since) if isinstance(since, date) else since)
    return ChangeSection(title, groups, described.summary)
