"""``medlofte collect``: the partners' answers from their returned forms into the YAML.

Every row of every form is checked first; each problem is a finding at its cell. Only when
no error remains are the answers written, into all area files together or none, keeping
the files' comments and layout; the new data is loaded and validated before it replaces
the old, and nothing but the follow-up of the activities answered may change. A later round
keeps the earlier one's status, result and date under ``history``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import NamedTuple

from yaml.nodes import MappingNode, Node, ScalarNode

from medlofte.actions import yamledit
from medlofte.actions.writing import recover, replace_together
from medlofte.data import loading, strictyaml
from medlofte.data.answers import Answer, Change, Returned, same_text
from medlofte.data.findings import Finding, Severity
from medlofte.data.forms import FILL_IN, activity_keys, new_id
from medlofte.data.loading import Dataset
from medlofte.data.model import Activity, Area, FollowUp, PartialDate, Status
from medlofte.data.textfold import fold
from medlofte.errors import ConfigError
from medlofte.messages import t

# The fields a form fills in, as the YAML names them.
YAML_KEYS = {"status": "status", "result": "result", "achieved": "achieved", "reason": "reason", "date": "followed_up"}


class Plan(NamedTuple):
    changes: list[Change]
    findings: list[Finding]
    answers: int  # answers taken
    forms: int  # forms they came from
    without: int  # activities still without a follow-up afterwards

    @property
    def ok(self) -> bool:
        return not any(f.severity is Severity.ERROR for f in self.findings)


def plan(data: Dataset, returned: list[Returned], today: date, prefer: str | None = None) -> Plan:
    """Match every answer to its activity and decide what changes; nothing is written."""
    promise = data.promise
    assert promise is not None
    findings = [f for r in returned for f in r.findings]
    by_key: dict[str, tuple[Area, Activity]] = {}
    by_text: dict[tuple[str, str], tuple[Area, Activity]] = {}
    keys = activity_keys(data.areas)
    for area in data.areas:
        for activity in area.activities:
            by_key[keys[id(activity)]] = (area, activity)
            by_text.setdefault((fold(area.name), fold(activity.text)), (area, activity))
    found: dict[int, list[tuple[Answer, Area, Activity]]] = {}
    for answer in (a for r in returned for a in r.answers):
        match = by_key.get(answer.key) if answer.key else by_text.get((fold(answer.area), fold(answer.text)))
        if match is None:
            findings.append(_unknown(answer))
            continue
        area, activity = match
        if answer.key and not same_text(answer.text, activity.text):
            findings.append(
                Finding(
                    "ML602",
                    answer.locs["activity"],
                    t(
                        "The activity's text has changed since the form was made; it now reads {text!r}.",
                        text=_short(activity.text),
                    ),
                    t("Check that the answer still fits the activity; it is taken."),
                )
            )
        findings += _date_findings(answer, area, data, today)
        # A cell the partner left as the form was made with (or as the data has it) is no answer.
        before = answer.was if answer.was is not None else _current(activity)
        now = _current(activity)
        left = {f: None for f in FILL_IN if getattr(answer, f) is not None and getattr(answer, f) in (before[f], now[f])}
        answer = answer._replace(**left)  # type: ignore[arg-type]  # the fields of Answer by name
        if not answer.empty:
            found.setdefault(id(activity), []).append((answer, area, activity))
    changes = []
    taken = 0
    sources: set[str] = set()
    for entries in found.values():
        merged = _merge(entries, prefer, findings)
        if merged is None:
            continue
        answer, area, activity, files = merged
        taken += 1
        sources.update(files)
        change = _change(area, activity, answer, files, today)
        if change is not None:
            changes.append(change)
    answered = {id(c.activity) for c in changes}
    without = sum(
        1 for area in data.areas for a in area.activities if a.status is None and a.result is None and id(a) not in answered
    )
    findings.sort(key=Finding.sort_key)
    return Plan(changes, findings, taken, len(sources), without)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 70 else text[:69] + "…"


def _unknown(answer: Answer) -> Finding:
    where = answer.locs["key"] if answer.key else answer.locs["activity"]
    return Finding(
        "ML601",
        where,
        t("This row's activity is not in the promise: {text!r}.", text=_short(answer.text)),
        t(
            "Its text may have been changed or the activity removed since the form was made; ask for a new form, "
            "or give the activity an 'id' so that forms find it again."
        ),
    )


def _date_findings(answer: Answer, area: Area, data: Dataset, today: date) -> list[Finding]:
    assert data.promise is not None
    if answer.date is None:
        return []
    loc = answer.locs["date"]
    shown = answer.date.isoformat()
    if answer.date.first() > today:
        return [
            Finding(
                "ML503", loc, t("The date {date} lies in the future.", date=shown), t("Write the day the follow-up was made.")
            )
        ]
    period = area.period if area.period is not None and area.period.given else data.promise.period
    if period.start is not None and answer.date.last() < period.start.first():
        return [
            Finding(
                "ML605",
                loc,
                t(
                    "The date {date} lies before the promise's period starts ({start}).",
                    date=shown,
                    start=period.start.isoformat(),
                ),
                t("Check the year; write the day the follow-up was made."),
            )
        ]
    return []


def _values(answer: Answer) -> dict[str, object]:
    return {field: getattr(answer, field) for field in FILL_IN if getattr(answer, field) is not None}


def _merge(
    entries: list[tuple[Answer, Area, Activity]], prefer: str | None, findings: list[Finding]
) -> tuple[Answer, Area, Activity, tuple[str, ...]] | None:
    """One answer per activity: answers that agree (or fill in different fields) are put
    together; answers that disagree are a conflict, unless ``prefer`` names whose counts."""
    first, area, activity = entries[0]
    if len(entries) == 1:
        return first, area, activity, (first.file,)
    if prefer is not None:
        preferred = [e for e in entries if Path(e[0].file).name == Path(prefer).name or e[0].file == prefer]
        if preferred:
            entries = preferred + [e for e in entries if e not in preferred]
    combined: dict[str, object] = {}
    source: dict[str, Answer] = {}
    for answer, _, _ in entries:
        for field, new in _values(answer).items():
            if field not in combined:
                combined[field], source[field] = new, answer
            elif combined[field] != new and prefer is None:
                earlier = source[field]
                findings.append(
                    Finding(
                        "ML603",
                        answer.locs[field],
                        t(
                            "{one} and {other} give different answers for {text!r}: {first!r} and {second!r}.",
                            one=Path(earlier.file).name,
                            other=Path(answer.file).name,
                            text=_short(activity.text),
                            first=_show(combined[field]),
                            second=_show(new),
                        ),
                        t("Agree on one answer and correct one form, or choose whose answer counts with --prefer FILE."),
                    )
                )
                return None
    fields = {field: combined.get(field) for field in FILL_IN}
    merged = first._replace(**fields)  # type: ignore[arg-type]  # the fields of Answer by name
    return merged, area, activity, tuple(dict.fromkeys(a.file for a, _, _ in entries))


def _show(value: object) -> str:
    if isinstance(value, Status):
        return value.value
    if isinstance(value, PartialDate):
        return value.isoformat()
    return str(value)


def _current(activity: Activity) -> dict[str, object]:
    return {
        "status": activity.status,
        "result": activity.result,
        "achieved": activity.achieved,
        "reason": activity.reason,
        "date": activity.followed_up,
    }


def _change(area: Area, activity: Activity, answer: Answer, files: tuple[str, ...], today: date) -> Change | None:
    new = _values(answer)
    now = _current(activity)
    round_date = answer.date or PartialDate.of(today)
    values: dict[str, Status | str | float | PartialDate] = {}
    for field, given in new.items():
        if given != now[field]:
            values[field] = given  # type: ignore[assignment]  # each field keeps its own type
    if not values:
        return None
    if "date" not in values and now["date"] != round_date:
        values["date"] = round_date
    had_round = any(now[f] is not None for f in ("status", "result", "achieved", "reason"))
    earlier = None
    if had_round and now["date"] != values.get("date", now["date"]):
        earlier = FollowUp(
            date=activity.followed_up,
            status=activity.status,
            result=activity.result,
            achieved=activity.achieved,
            reason=activity.reason,
        )
    return Change(area, activity, values, earlier, files)


# ---------------------------------------------------------------------------------------
# Writing


def _yaml_value(value: Status | str | float | PartialDate) -> str | int | float:
    if isinstance(value, Status):
        return value.value
    if isinstance(value, PartialDate):
        return value.isoformat()
    return value


def _activity_nodes(root: Node) -> list[Node]:
    return [
        item
        for commitment in yamledit.items(yamledit.get(root, "commitments"))
        for item in yamledit.items(yamledit.get(commitment, "activities"))
    ]


def edit_area(
    text: str, root: MappingNode, edits: dict[int, list[tuple[str, str | int | float]]], history: dict[int, FollowUp]
) -> str:
    """The area file's text with each activity (by its position in the file) given the
    fields, and its earlier round appended to ``history``."""
    editor = yamledit.Editor(text)
    for index, node in enumerate(_activity_nodes(root)):
        fields = edits.get(index)
        if not fields and index not in history:
            continue
        fields = fields or []
        earlier = history.get(index)
        if isinstance(node, ScalarNode):
            editor.text_item_to_mapping(node, fields)
            if earlier is not None:  # a plain item had no follow-up: it cannot have an earlier round
                raise ConfigError(t("an activity written as plain text cannot have an earlier follow-up round"))
            continue
        assert isinstance(node, MappingNode)
        for key, new in fields:
            editor.set(node, key, new)
        if earlier is not None:
            entry: list[tuple[str, str | int | float]] = [("date", earlier.date.isoformat())] if earlier.date else []
            for key in ("status", "result", "achieved", "reason"):
                old = getattr(earlier, key)
                if old is not None:
                    entry.append((key, _yaml_value(old)))
            editor.append(node, "history", entry)
    return editor.result()


def new_texts(data: Dataset, changes: list[Change]) -> dict[Path, bytes]:
    """Area file -> its new bytes, for every file with a change."""
    by_file: dict[str, list[Change]] = {}
    for change in changes:
        by_file.setdefault(change.area.file, []).append(change)
    out: dict[Path, bytes] = {}
    for file, in_file in by_file.items():
        path = Path(file)
        raw = path.read_bytes()
        text = raw.decode("utf-8-sig")
        node, problems = strictyaml.parse(file, raw)
        if node is None or not isinstance(node, MappingNode) or problems:
            raise ConfigError(t("{file} cannot be read again; run medlofte validate", file=file))
        positions = {id(a): i for i, a in enumerate(in_file[0].area.activities)}
        edits = {positions[id(c.activity)]: [(YAML_KEYS[k], _yaml_value(v)) for k, v in c.values.items()] for c in in_file}
        history = {positions[id(c.activity)]: c.earlier for c in in_file if c.earlier is not None}
        bom = "\ufeff" if raw.startswith(b"\xef\xbb\xbf") else ""
        out[path] = (bom + edit_area(text, node, edits, history)).encode("utf-8")
    return out


def apply(data: Dataset, changes: list[Change]) -> list[Path]:
    """Write the changes into the area files, all together or none; the new data must
    validate and differ from the old only in the follow-up of the activities changed."""
    files = new_texts(data, changes)
    if not files:
        return []
    root = Path(data.root)
    check(data, files, changes)
    replace_together(root, files)
    return sorted(files)


def check(data: Dataset, files: dict[Path, bytes], changes: list[Change]) -> None:
    """Load the data as it would be and compare it with what was asked for."""
    import shutil
    import tempfile

    root = Path(data.root)
    with tempfile.TemporaryDirectory(prefix=".medlofte-collect-") as scratch:
        copy = Path(scratch) / "data"
        shutil.copytree(root, copy, ignore=shutil.ignore_patterns(".*"))
        for path, content in files.items():
            (copy / path.relative_to(root)).write_bytes(content)
        after = loading.load(copy)
    if not after.ok:
        problems = "; ".join(f"{f.loc.shown()}: {f.message}" for f in after.errors[:3])
        raise ConfigError(t("the answers would make the data invalid, so nothing was written: {problems}", problems=problems))
    expected = {id(c.activity): c for c in changes}
    for before_area, after_area in zip(data.areas, after.areas, strict=True):
        for before, later in zip(before_area.activities, after_area.activities, strict=True):
            change = expected.get(id(before))
            wanted = _current(before)
            history = list(before.history)
            if change is not None:
                wanted.update(change.values)
                if change.earlier is not None:
                    history.append(change.earlier)
            same_promise = _promise_of(before) == _promise_of(later)
            if not same_promise or _current(later) != wanted or later.history != history:
                raise ConfigError(
                    t(
                        "writing the answers would change more than asked at {shown}; nothing was written",
                        shown=before.loc.shown(),
                    )
                )


def _promise_of(activity: Activity) -> tuple[object, ...]:
    """What an activity promises, apart from where it stands in its file."""
    refs = tuple(tuple(r.text for r in refs) for refs in (activity.lead, activity.participants))
    rest = (activity.when, activity.start, activity.end, activity.frequency, activity.place, activity.target_group)
    return (activity.text, activity.id, activity.kind, refs, tuple(activity.others), activity.quantities, rest)


def prepare(root: Path) -> None:
    """Finish or undo a collect that was interrupted, before reading the data."""
    recover(root)


# ---------------------------------------------------------------------------------------
# Giving activities ids, so a corrected text keeps its answers


def assign_ids(data: Dataset) -> dict[Path, bytes]:
    """Area file -> its text with an ``id`` added to every activity that has none."""
    taken = {a.id for area in data.areas for a in area.activities if a.id}
    out: dict[Path, bytes] = {}
    for area in data.areas:
        missing = [i for i, a in enumerate(area.activities) if not a.id]
        if not missing:
            continue
        path = Path(area.file)
        raw = path.read_bytes()
        node, problems = strictyaml.parse(area.file, raw)
        if node is None or not isinstance(node, MappingNode) or problems:
            raise ConfigError(t("{file} cannot be read again; run medlofte validate", file=area.file))
        editor = yamledit.Editor(raw.decode("utf-8-sig"))
        nodes = _activity_nodes(node)
        for index in missing:
            given = new_id(area.activities[index].text, taken)
            item = nodes[index]
            if isinstance(item, ScalarNode):
                editor.text_item_to_mapping(item, [("id", given)])
            else:
                assert isinstance(item, MappingNode)
                editor.set(item, "id", given, after="text")
        bom = "\ufeff" if raw.startswith(b"\xef\xbb\xbf") else ""
        out[path] = (bom + editor.result()).encode("utf-8")
    return out


def write_ids(data: Dataset) -> list[Path]:
    """Give every activity without an id one, in all area files together or none."""
    files = assign_ids(data)
    if not files:
        return []
    import shutil
    import tempfile

    root = Path(data.root)
    with tempfile.TemporaryDirectory(prefix=".medlofte-ids-") as scratch:
        copy = Path(scratch) / "data"
        shutil.copytree(root, copy, ignore=shutil.ignore_patterns(".*"))
        for path, content in files.items():
            (copy / path.relative_to(root)).write_bytes(content)
        after = loading.load(copy)
    texts_before = [(a.text, a.status) for area in data.areas for a in area.activities]
    texts_after = [(a.text, a.status) for area in after.areas for a in area.activities]
    if not after.ok or texts_before != texts_after or any(not a.id for area in after.areas for a in area.activities):
        raise ConfigError(t("giving the activities ids would change the data; nothing was written"))
    replace_together(root, files)
    return sorted(files)
