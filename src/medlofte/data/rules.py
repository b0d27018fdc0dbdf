"""Rules that look across files: references, duplicates, consistency and follow-up.

They work on the model alone (no YAML), so they are tested on in-memory data.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from medlofte.data.findings import Finding, Loc
from medlofte.data.formats import AREA_PARTS, PROMISE_PARTS
from medlofte.data.model import Activity, ActorRef, Area, PartialDate, PartRef, Period, Promise, Status
from medlofte.data.registry import Registry
from medlofte.data.textfold import fold
from medlofte.messages import Text, t

NEEDS_REASON = (Status.NOT_DONE, Status.PARTLY_DONE)


def check(
    promise: Promise | None,
    registry: Registry | None,
    areas: list[Area],
    actors_file: str,
    broken: frozenset[str] = frozenset(),
    today: date | None = None,
) -> list[Finding]:
    """Every cross-file finding.

    ``registry`` is None when actors.yaml could not be read: references are then not
    checked, rather than all reported unknown.  ``broken`` names the files that had
    errors; consistency warnings, which would only repeat those errors, skip them.
    ``today`` is the day follow-up dates may not lie after (the real today by default).
    """
    findings: list[Finding] = []
    if registry is not None:
        findings += _registry_findings(registry)
        findings += _reference_findings(promise, registry, areas, actors_file, complete=not (broken - {actors_file}))
    findings += _area_findings(areas, broken)
    if promise is not None:
        findings += _promise_findings(promise, promise.loc.path in broken)
        if not (broken - {actors_file}):  # a part may be missing only because its file is broken
            findings += _parts_findings(promise, areas)
    findings += _activity_findings(promise, areas, today or date.today())
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
        yield from area.parties
        for commitment in area.commitments:
            yield from commitment.actors
            for activity in commitment.activities:
                yield from activity.lead
                yield from activity.participants


def used_actor_ids(promise: Promise | None, registry: Registry, areas: list[Area]) -> set[str]:
    """Ids of the actors named anywhere, and of the members of groups that are (at any
    depth: one pass over the groups, see Registry.inherit)."""
    used = {a.id for a in registry.resolve([*promise_refs(promise), *area_refs(areas)])}
    reached = registry.inherit({actor: 1 for actor in registry.actors if actor.id in used})
    return used | {actor.id for actor in registry.actors if reached[actor]}


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
                        t("Actor id {id!r} is already used at line {line}.", id=actor.id, line=first.line),
                        t("Give each actor its own id."),
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
                        t(
                            "The name {name!r} of actor {id!r} also names actor {other!r} (line {line}).",
                            name=name,
                            id=actor.id,
                            other=owner[0],
                            line=owner[1].line,
                        ),
                        t("Names, short names and aliases must each point at one actor; remove or change one."),
                    )
                )
    return findings


# "Did you mean" is looked for among all actors for this many different unknown names in
# one file; past them (a file of made-up names, or a registry that lost its actors) the rest
# are reported without a suggestion, so that checking stays fast, and a note says so.
SUGGESTED_NAMES_PER_FILE = 20


def _unknown_findings(unknown: list[tuple[ActorRef, str, Text]], registry: Registry, actors_file: str) -> list[Finding]:
    """Findings for unknown references (``ref``, code, what), with suggestions for the first
    different names of each file in the order of the file."""
    findings: list[Finding] = []
    by_file: dict[str, list[tuple[ActorRef, str, Text]]] = {}
    for item in unknown:
        by_file.setdefault(item[0].loc.path, []).append(item)
    for items in by_file.values():
        items.sort(key=lambda item: (item[0].loc.line, item[0].loc.column))
        names: set[str] = set()
        noted = False
        for ref, code, what in items:
            name = fold(ref.text)
            if name in names or len(names) < SUGGESTED_NAMES_PER_FILE:
                names.add(name)
                close = registry.suggest(ref.text, n=1)
            else:
                close = []
            if close:
                hint = t("Did you mean {name!r}? Actors are listed in {file}.", name=close[0].name, file=actors_file)
            else:
                hint = t("Add it to {file} or fix the spelling.", file=actors_file)
                if name not in names and not noted:
                    hint = t(
                        "Add it to {file} or fix the spelling. No more names are suggested in this file: it has more "
                        "than {most} different unknown names.",
                        file=actors_file,
                        most=SUGGESTED_NAMES_PER_FILE,
                    )
                    noted = True
            findings.append(Finding(code, ref.loc, t("Unknown {what} {name!r}.", what=what, name=ref.text), hint))
    return findings


def _reference_findings(
    promise: Promise | None, registry: Registry, areas: list[Area], actors_file: str, complete: bool
) -> list[Finding]:
    unknown: list[tuple[ActorRef, str, Text]] = []
    for ref in (*promise_refs(promise), *area_refs(areas)):
        if registry.get(ref.text) is None:
            unknown.append((ref, "ML301", t("actor")))
    for group in registry.actors:
        for ref in group.members:
            if registry.get(ref.text) is None:
                unknown.append((ref, "ML305", t("member of {group!r}:", group=group.name)))
    findings = _unknown_findings(unknown, registry, actors_file)
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
                    t("Actor {name!r} is never referenced.", name=actor.name or actor.id),
                    t("Name it in a commitment, an activity, parties or partners, or remove it from the registry."),
                )
            )
    return findings


def _cycle_findings(registry: Registry) -> list[Finding]:
    findings = []
    cyclic = registry.in_cycles()
    for group in registry.actors:
        if group in cyclic:
            findings.append(
                Finding(
                    "ML306",
                    group.where("members"),
                    t("Group {name!r} contains itself.", name=group.name),
                    t("Remove the group from its own members (directly or through another group)."),
                )
            )
    return findings


def _area_findings(areas: list[Area], broken: frozenset[str]) -> list[Finding]:
    findings: list[Finding] = []
    titles: dict[str, Area] = {}
    ids: dict[str, Loc] = {}
    for area in areas:
        for activity in area.activities:
            if activity.id is None:
                continue
            loc = activity.where("id")
            earlier = ids.setdefault(activity.id, loc)
            if earlier is not loc:
                findings.append(
                    Finding(
                        "ML310",
                        loc,
                        t(
                            "The activity id {id!r} is already used in {file} at line {line}.",
                            id=activity.id,
                            file=earlier.path,
                            line=earlier.line,
                        ),
                        t("Give each activity its own id (or none: forms then use the activity's text)."),
                    )
                )
        title_loc = area.where("title")
        key = fold(area.title or "")
        if key:
            first = titles.get(key)
            if first is not None:
                findings.append(
                    Finding(
                        "ML303",
                        title_loc,
                        t("The title {title!r} is already used by {file}.", title=area.title, file=first.file),
                        t("Merge the two areas or give each its own title."),
                    )
                )
            else:
                titles[key] = area
        if area.file in broken:
            continue
        findings += _area_parts_findings(area)
        if area.period is not None:
            findings += _period_findings(area.period, t("The group's period"))
        if not any(c.activities for c in area.commitments):
            findings.append(
                Finding(
                    "ML402",
                    title_loc,
                    t("The area {name!r} has no activities.", name=area.name),
                    t("Add a commitment with its actors and activities."),
                )
            )
        for commitment in area.commitments:
            if not commitment.actors:
                findings.append(
                    Finding(
                        "ML403",
                        commitment.loc,
                        t("This commitment names no actors."),
                        t("Add 'actors: [...]' naming who takes it on."),
                    )
                )
    return findings


def _promise_findings(promise: Promise, broken: bool) -> list[Finding]:
    period = promise.period
    if not period.given:
        if broken:  # the period may be in the part of the file that could not be read
            return []
        return [
            Finding(
                "ML406",
                promise.loc,
                t("The promise gives no period."),
                t(
                    "Add 'period:' with start and end (a year or a month is enough) if the document has one; "
                    "without it nothing can be overdue."
                ),
            )
        ]
    return _period_findings(period, t("The period"))


def _period_findings(period: Period, what: Text) -> list[Finding]:
    findings = []
    if period.start is not None and period.end is not None and ends_before(period.start, period.end):
        findings.append(
            Finding(
                "ML404",
                period.where("end"),
                t(
                    "{what} ends ({end}) before it starts ({start}).",
                    what=what,
                    end=period.end.isoformat(),
                    start=period.start.isoformat(),
                ),
                t("Swap start and end, or correct the year."),
            )
        )
    extended = period.extended_to
    if extended is not None and period.end is not None and extended.last() <= period.end.last():
        findings.append(
            Finding(
                "ML404",
                period.where("extended_to"),
                t(
                    "{what} is extended to {extended}, which is not after its end ({end}).",
                    what=what,
                    extended=extended.isoformat(),
                    end=period.end.isoformat(),
                ),
                t("Give the new end in 'extended_to', after 'end'."),
            )
        )
    return findings


def ends_before(start: PartialDate, end: PartialDate) -> bool:
    """An end that lies wholly before the start, at the precision each was given."""
    return end.last() < start.first()


def _parts_findings(promise: Promise, areas: list[Area]) -> list[Finding]:
    """``parts`` names each part with content exactly once, and nothing else."""
    if promise.parts is None:
        return []
    sections = {fold(s.title): s for s in promise.sections}
    files: dict[str, Area] = {}
    for area in areas:
        files[fold(f"areas/{area.stem}")] = area
        files[fold(f"areas/{area.file.rsplit('/', 1)[-1]}")] = area
    placed: set[str] = set()
    findings = []
    for ref in promise.parts:
        key = fold(ref.text)
        if key in PROMISE_PARTS:
            name = key
        elif key in sections:
            name = f"section:{sections[key].title}"
        elif key in files:
            name = f"area:areas/{files[key].stem}"
        else:
            known = [*PROMISE_PARTS, *(s.title for s in promise.sections), *(f"areas/{a.stem}" for a in areas)]
            findings.append(_unknown_part(ref, known, PROMISE_PARTS))
            continue
        if name in placed:
            findings.append(_twice(ref))
        placed.add(name)
    present = {key for key in PROMISE_PARTS if _promise_has(promise, key)}
    if "sections" not in placed:
        present |= {f"section:{s.title}" for s in promise.sections}
    if "promises" not in placed:
        present |= {f"area:areas/{a.stem}" for a in areas}
    for name in sorted(present - placed):
        shown = name.split(":", 1)[-1]
        findings.append(
            Finding(
                "ML308",
                promise.where("parts"),
                t("'parts' leaves out {part!r}, which has content; it would not be shown.", part=shown),
                t("Add {part!r} to 'parts' where the document has it.", part=shown),
            )
        )
    return findings


def _promise_has(promise: Promise, key: str) -> bool:
    """Whether a part of the promise has content (sections, promises and the overview are
    counted by their own rules)."""
    if key in ("intro", "purpose", "situation", "dialogue", "follow_up", "goals", "partners"):
        return bool(getattr(promise, key))
    if key == "signatures":
        return bool(promise.signatures or promise.adopted)
    return False


def _area_parts_findings(area: Area) -> list[Finding]:
    if area.parts is None:
        return []
    findings = []
    placed: set[str] = set()
    for ref in area.parts:
        key = fold(ref.text)
        if key not in AREA_PARTS:
            findings.append(_unknown_part(ref, list(AREA_PARTS), AREA_PARTS))
            continue
        if key in placed:
            findings.append(_twice(ref))
        placed.add(key)
    present = {k for k in AREA_PARTS if getattr(area, k)}
    for key in sorted(present - placed):
        findings.append(
            Finding(
                "ML308",
                area.where("parts"),
                t("'parts' leaves out {part!r}, which has content; it would not be shown.", part=key),
                t("Add {part!r} to 'parts' where the document has it.", part=key),
            )
        )
    return findings


def _twice(ref: PartRef) -> Finding:
    return Finding("ML309", ref.loc, t("'parts' names {part!r} twice.", part=ref.text), t("Keep it where the document has it."))


def _unknown_part(ref: PartRef, known: list[str], keys: dict[str, tuple[str, str]]) -> Finding:
    from medlofte.data.textfold import closest

    folded = {fold(k): k for k in known}
    guess = next(iter(closest(fold(ref.text), list(folded))), None)
    hint = t("Did you mean {guess!r}? ", guess=folded[guess]) if guess else ""
    message = t("'parts' names {part!r}, which is not a part of this file.", part=ref.text)
    if "promises" in keys:
        return Finding(
            "ML307",
            ref.loc,
            message,
            t("{guess}Use one of: {parts}, a section's title or areas/<file name>.", guess=hint, parts=", ".join(keys)),
        )
    return Finding("ML307", ref.loc, message, t("{guess}Use one of: {values}.", guess=hint, values=", ".join(keys)))


def _activity_findings(promise: Promise | None, areas: list[Area], today: date) -> list[Finding]:
    findings: list[Finding] = []
    promise_start = promise.period.start if promise is not None else None
    for area in areas:
        own = area.period.start if area.period is not None else None
        for activity in area.activities:
            findings += _one_activity(activity, own or promise_start, today)
    return findings


def _one_activity(activity: Activity, period_start: PartialDate | None, today: date) -> list[Finding]:
    findings: list[Finding] = []
    if activity.start and activity.end and ends_before(activity.start, activity.end):
        findings.append(
            Finding(
                "ML404",
                activity.where("end"),
                t(
                    "The activity ends ({end}) before it starts ({start}).",
                    end=activity.end.isoformat(),
                    start=activity.start.isoformat(),
                ),
                t("Swap start and end, or correct the dates."),
            )
        )
    status = activity.status
    if status in NEEDS_REASON and not activity.reason:
        findings.append(
            Finding(
                "ML405",
                activity.where("status"),
                t("The activity is marked {status} but gives no reason.", status=status.value if status else ""),
                t("Add 'reason: …' saying why; residents are told what was not done and why."),
            )
        )
    if status is Status.DONE and activity.quantity is not None and activity.achieved is None:
        findings.append(
            Finding(
                "ML501",
                activity.where("status"),
                t("The activity is done and promised a quantity, but gives no achieved quantity."),
                t("Add 'achieved: <number>' with what was actually done."),
            )
        )
    followed = activity.followed_up
    if followed and period_start and followed.last() < period_start.first():
        findings.append(
            Finding(
                "ML502",
                activity.where("followed_up"),
                t(
                    "The follow-up date {date} lies before the period starts ({start}).",
                    date=followed.isoformat(),
                    start=period_start.isoformat(),
                ),
                t("Correct the date of the follow-up."),
            )
        )
    if followed and followed.first() > today:
        findings.append(
            Finding(
                "ML503",
                activity.where("followed_up"),
                t("The follow-up date {date} lies in the future.", date=followed.isoformat()),
                t("Write the day the follow-up was made; a follow-up cannot be dated ahead."),
            )
        )
    return findings
