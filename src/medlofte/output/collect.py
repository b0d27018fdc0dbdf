"""What ``medlofte collect`` takes from the forms, in words, per activity."""

from __future__ import annotations

from medlofte.data.answers import Change
from medlofte.data.model import PartialDate, Status


def _shown(value: object) -> str:
    if isinstance(value, Status):
        return value.value
    if isinstance(value, PartialDate):
        return value.isoformat()
    if value is None:
        return "–"
    text = " ".join(str(value).split())
    return text if len(text) <= 60 else text[:59] + "…"


FIELDS = {"status": "status", "result": "result", "achieved": "achieved", "reason": "reason", "date": "followed_up"}


def format_changes(changes: list[Change], dry_run: bool) -> str:
    """One line per activity: its file, its text, and each field old → new."""
    lines = []
    for change in changes:
        activity = change.activity
        values: dict[str, object] = dict(change.values)
        current = {
            "status": activity.status,
            "result": activity.result,
            "achieved": activity.achieved,
            "reason": activity.reason,
            "date": activity.followed_up,
        }
        parts = [f"{FIELDS[k]} {_shown(current[k])} → {_shown(v)}" for k, v in values.items()]
        if change.earlier is not None:
            parts.append("the earlier round kept in history")
        text = _shown(activity.text)
        lines.append(f"{activity.loc.path}: {text!r}: {'; '.join(parts)}")
    verb = "Would write" if dry_run else "Wrote"
    if not lines:
        return ""
    return "\n".join([*lines, f"{verb} {len(lines)} activit{'y' if len(lines) == 1 else 'ies'}."]) + "\n"


def summary(answers: int, forms: int, without: int, ok: bool, dry_run: bool) -> str:
    """'Took 14 answers from 3 forms; 6 activities are still without a follow-up.'"""
    if not ok:
        return "Nothing was written: correct the errors above in the forms and collect them again."
    verb = "Would take" if dry_run else "Took"
    still = f"{without} activit{'y is' if without == 1 else 'ies are'} still without a follow-up"
    return f"{verb} {answers} answer{'s' if answers != 1 else ''} from {forms} form{'s' if forms != 1 else ''}; {still}."
