"""Rules that look across files: references, duplicates, consistency and follow-up.

They work on the model alone (no YAML), so they are tested on in-memory data.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from medlofte.data.findings import Finding, Loc
from medlofte.data.model import Activity, Actor, ActorRef, Area, Promise, Status
from medlofte.data.registry import Registry
from medlofte.data.textfold import fold

NEEDS_REASON = (Status.NOT_DONE, Status.PARTLY_DONE)


def check(
    promise: Promise | None,
    registry: Registry | None,
    areas: list[Area],
    actors_file: str,
    broken: frozenset[str] = frozenset(),
) -> list[Finding]:
    """Every cross-file finding.

    ``registry`` is None when actors.yaml could not be read: references are then not
    checked, rather than all reported unknown.  ``broken`` names the files that had
    errors; consistency warnings, which would only repeat those errors, skip them.
    """
    findings: list[Finding] = []
    if registry is not None:
        findings += _registry_findings(registry)
        findings += _reference_findings(promise, registry, areas, actors_file, complete=not (broken - {actors_file}))
    findings += _area_findings(areas, broken)
    if promise is not None:
        findings += _promise_findings(promise)
    findings += _activity_findings(promise, areas)
    return findings


def promise_refs(promise: Promise | None) -> Iterator[ActorRef]:
    if promise is None:
        return
    yield from promise.parties
    yield from promise.partners
    for signature in promise.signatures:
        if signature.actor is not None:
            yield signature.actor


def area_refs(areas: list[Area]) -> Iterator[ActorRef]:
    for area in areas:
        for commitment in area.commitments:
            yield from commitment.actors
            for activity in commitment.activities:
                yield from activity.lead
                yield from activity.participants


def used_actor_ids(promise: Promise | None, registry: Registry, areas: list[Area]) -> set[str]:
    """Ids of the actors named anywhere, and of the members of groups that are."""
    used = {a.id for a in registry.resolve([*promise_refs(promise), *area_refs(areas)])}
    reached = set(used)
    for actor in registry.actors:
        if any(g.id in used for g in registry.groups_of(actor)):
            reached.add(actor.id)
    return reached


def _registry_findings(registry: Registry) -> list[Finding]:
    findings: list[Finding] = []
    ids: dict[str, Loc] = {}
    names: dict[str, tuple[str, Loc]] = {}
    for actor in registry.actors:
        id_loc = actor.where("id")
        if actor.id:
            first = ids.get(actor.id)
            if first is not None:
                findings.append(
                    Finding(
                        "ML302",
                        id_loc,
                        f"Actor id {actor.id!r} is already used at line {first.line}.",
                        "Give each actor its own id.",
                    )
                )
            else:
                ids[actor.id] = id_loc
        labelled = [("id", actor.id), ("name", actor.name), ("short", actor.short or "")]
        labelled += [("aliases", alias) for alias in actor.aliases]
        for key, text in labelled:
            name = fold(text)
            if not name:
                continue
            owner = names.get(name)
            loc = actor.where(key)
            if owner is None:
                names[name] = (actor.id, loc)
            elif owner[0] != actor.id:
                findings.append(
                    Finding(
                        "ML304",
                        loc,
                        f"The name {name!r} of actor {actor.id!r} also names actor {owner[0]!r} (line {owner[1].line}).",
                        "Names, short names and aliases must each point at one actor; remove or change one.",
                    )
                )
    return findings


def _unknown(ref: ActorRef, registry: Registry, actors_file: str, code: str, what: str) -> Finding:
    close = registry.suggest(ref.text)
    if close:
        hint = f"Did you mean {close[0].name!r}? Actors are listed in {actors_file}."
    else:
        hint = f"Add it to {actors_file} or fix the spelling."
    return Finding(code, ref.loc, f"Unknown {what} {ref.text!r}.", hint)


def _reference_findings(
    promise: Promise | None, registry: Registry, areas: list[Area], actors_file: str, complete: bool
) -> list[Finding]:
    findings: list[Finding] = []
    for ref in (*promise_refs(promise), *area_refs(areas)):
        if registry.get(ref.text) is None:
            findings.append(_unknown(ref, registry, actors_file, "ML301", "actor"))
    for group in registry.actors:
        for ref in group.members:
            if registry.get(ref.text) is None:
                findings.append(_unknown(ref, registry, actors_file, "ML305", f"member of {group.name!r}:"))
    findings += _cycle_findings(registry)
    if not complete:  # some references may be lost in a broken file
        return findings
    reached = used_actor_ids(promise, registry, areas)
    for actor in registry.actors:
        if actor.id and actor.id not in reached:
            findings.append(
                Finding(
                    "ML401",
                    actor.where("id"),
                    f"Actor {actor.name or actor.id!r} is never referenced.",
                    "Name it in a commitment, an activity, parties or partners, or remove it from the registry.",
                )
            )
    return findings


def _cycle_findings(registry: Registry) -> list[Finding]:
    findings = []
    for group in registry.actors:
        if group.is_group and _contains(registry, group):
            findings.append(
                Finding(
                    "ML306",
                    group.where("members"),
                    f"Group {group.name!r} contains itself.",
                    "Remove the group from its own members (directly or through another group).",
                )
            )
    return findings


def _contains(registry: Registry, group: Actor) -> bool:
    seen: set[str] = set()
    todo = registry.resolve(group.members)
    while todo:
        member = todo.pop()
        if member is group:
            return True
        if member.id not in seen:
            seen.add(member.id)
            todo.extend(registry.resolve(member.members))
    return False


def _area_findings(areas: list[Area], broken: frozenset[str]) -> list[Finding]:
    findings: list[Finding] = []
    titles: dict[str, Area] = {}
    for area in areas:
        title_loc = area.where("title")
        key = fold(area.title)
        if key:
            first = titles.get(key)
            if first is not None:
                findings.append(
                    Finding(
                        "ML303",
                        title_loc,
                        f"The title {area.title!r} is already used by {first.file}.",
                        "Merge the two areas or give each its own title.",
                    )
                )
            else:
                titles[key] = area
        if area.file in broken:
            continue
        if not any(c.activities for c in area.commitments):
            findings.append(
                Finding(
                    "ML402",
                    title_loc,
                    f"The area {area.title!r} has no activities.",
                    "Add a commitment with its actors and activities.",
                )
            )
        for commitment in area.commitments:
            if not commitment.actors:
                findings.append(
                    Finding(
                        "ML403", commitment.loc, "This commitment names no actors.", "Add 'actors: [...]' naming who takes it on."
                    )
                )
    return findings


def _promise_findings(promise: Promise) -> list[Finding]:
    period = promise.period
    if period.start and period.end and period.end < period.start:
        return [
            Finding(
                "ML404",
                period.where("end"),
                f"The period ends ({period.end}) before it starts ({period.start}).",
                "Swap start and end, or correct the year.",
            )
        ]
    return []


def _activity_findings(promise: Promise | None, areas: list[Area]) -> list[Finding]:
    findings: list[Finding] = []
    period_start = promise.period.start if promise is not None else None
    for area in areas:
        for activity in area.activities:
            findings += _one_activity(activity, period_start)
    return findings


def _one_activity(activity: Activity, period_start: date | None) -> list[Finding]:
    findings: list[Finding] = []
    if activity.start and activity.end and activity.end < activity.start:
        findings.append(
            Finding(
                "ML404",
                activity.where("end"),
                f"The activity ends ({activity.end}) before it starts ({activity.start}).",
                "Swap start and end, or correct the dates.",
            )
        )
    status = activity.status
    if status in NEEDS_REASON and not activity.reason:
        findings.append(
            Finding(
                "ML405",
                activity.where("status"),
                f"The activity is marked {status.value if status else ''} but gives no reason.",
                "Add 'reason: …' saying why; residents are told what was not done and why.",
            )
        )
    if status is Status.DONE and activity.quantity is not None and activity.achieved is None:
        findings.append(
            Finding(
                "ML501",
                activity.where("status"),
                "The activity is done and promised a quantity, but gives no achieved quantity.",
                "Add 'achieved: <number>' with what was actually done.",
            )
        )
    if activity.followed_up and period_start and activity.followed_up < period_start:
        findings.append(
            Finding(
                "ML502",
                activity.where("followed_up"),
                f"The follow-up date {activity.followed_up} lies before the period starts ({period_start}).",
                "Correct the date of the follow-up.",
            )
        )
    return findings
