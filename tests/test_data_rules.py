"""Cross-file rules, on model objects built in memory (no YAML involved)."""

from __future__ import annotations

from datetime import date

from medlofte.data import rules
from medlofte.data.findings import Loc
from medlofte.data.model import Activity, Actor, ActorRef, Area, Commitment, Period, Promise, Quantity, Status
from medlofte.data.registry import Registry


def ref(text: str, line: int = 1) -> ActorRef:
    return ActorRef(text, Loc("areas/a.yaml", line, 5))


def actors() -> list[Actor]:
    return [
        Actor(id="polisen", name="Polisen", short="Polis", loc=Loc("actors.yaml", 2, 5), locs={"id": Loc("actors.yaml", 2, 9)}),
        Actor(
            id="kommunen",
            name="Exempels kommun",
            short="Kommunen",
            loc=Loc("actors.yaml", 4, 5),
            locs={"id": Loc("actors.yaml", 4, 9)},
        ),
    ]


def area(*commitments: Commitment, title: str = "Trafik", file: str = "areas/a.yaml") -> Area:
    return Area(title=title, commitments=list(commitments), file=file, loc=Loc(file, 1, 1), locs={"title": Loc(file, 1, 8)})


def promise(start: date = date(2025, 1, 1), end: date = date(2025, 12, 31)) -> Promise:
    return Promise(
        title="M",
        municipality="E",
        period=Period(start, end, loc=Loc("promise.yaml", 3, 3)),
        parties=[ref("Polisen"), ref("Kommunen")],
    )


def codes(*areas: Area, registry: Registry | None = None, the_promise: Promise | None = None) -> list[str]:
    found = rules.check(
        the_promise or promise(), registry if registry is not None else Registry(actors()), list(areas), "actors.yaml"
    )
    return [f.code for f in found]


def test_clean_data_has_no_findings() -> None:
    assert codes(area(Commitment([ref("Polis")], [Activity("x")]))) == []


def test_unknown_actor_names_the_closest_actor_and_the_registry() -> None:
    found = rules.check(
        promise(), Registry(actors()), [area(Commitment([ref("Polsen", 7)], [Activity("x")]))], "data/actors.yaml"
    )
    unknown = [f for f in found if f.code == "ML301"]
    assert len(unknown) == 1
    assert unknown[0].loc == Loc("areas/a.yaml", 7, 5)
    assert unknown[0].hint == "Did you mean 'Polisen'? Actors are listed in data/actors.yaml."


def test_an_unknown_name_far_from_every_actor_gets_no_suggestion() -> None:
    found = rules.check(promise(), Registry(actors()), [area(Commitment([ref("Kommunstyrelsen")], [Activity("x")]))], "a.yaml")
    assert [(f.message, f.hint) for f in found] == [("Unknown actor 'Kommunstyrelsen'.", "Add it to a.yaml or fix the spelling.")]


def test_suggestions_stop_after_20_different_unknown_names_in_a_file() -> None:
    names = [f"Polisen{i}" for i in range(1, 26)]
    refs = [ref(name, line) for line, name in enumerate(names, start=10)]
    refs.insert(0, ref("Polisen1", 9))  # the same name again costs nothing: it keeps its suggestion
    refs.append(ref("Polisen2", 99))
    polsen = ActorRef("Polsen", Loc("areas/b.yaml", 1, 5))
    elsewhere = area(Commitment([polsen], [Activity("x")]), title="Annat", file="areas/b.yaml")
    found = rules.check(promise(), Registry(actors()), [area(Commitment(refs, [Activity("x")])), elsewhere], "a.yaml")
    hints = [(f.loc.path, f.loc.line, f.hint) for f in found if f.code == "ML301"]
    suggested = "Did you mean 'Polisen'? Actors are listed in a.yaml."
    plain = "Add it to a.yaml or fix the spelling."
    note = " No more names are suggested in this file: it has more than 20 different unknown names."
    assert hints == [
        ("areas/a.yaml", 9, suggested),
        *[("areas/a.yaml", line, suggested) for line in range(10, 30)],
        ("areas/a.yaml", 30, plain + note),
        *[("areas/a.yaml", line, plain) for line in range(31, 35)],
        ("areas/a.yaml", 99, suggested),
        ("areas/b.yaml", 1, suggested),  # each file has its own 20
    ]


def test_references_ignore_case_and_spacing() -> None:
    assert codes(area(Commitment([ref("POLISEN"), ref("exempels  KOMMUN")], [Activity("x")]))) == []


def test_actor_references_in_activities_are_checked() -> None:
    activity = Activity("x", lead=[ref("Polisen")], participants=[ref("Skolan")])
    assert codes(area(Commitment([ref("Polisen")], [activity]))) == ["ML301"]


def test_a_member_of_a_used_group_is_used() -> None:
    group = Actor(id="alla", name="Alla", members=[ref("Kommunen")])
    registry = Registry([*actors(), group])
    the_promise = Promise(title="M", municipality="E", period=Period(date(2025, 1, 1), date(2025, 12, 31)), parties=[])
    assert (
        codes(area(Commitment([ref("Polisen"), ref("Alla")], [Activity("x")])), registry=registry, the_promise=the_promise) == []
    )


def test_unknown_group_member_and_cycles() -> None:
    a = Actor(id="a", name="A", members=[ref("B"), ref("Nobody")])
    b = Actor(id="b", name="B", members=[ref("A")])
    found = codes(
        area(Commitment([ref("A"), ref("Polisen"), ref("Kommunen")], [Activity("x")])), registry=Registry([*actors(), a, b])
    )
    assert sorted(found) == ["ML305", "ML306", "ML306"]


def test_a_member_of_a_group_deep_down_a_chain_is_used_and_a_long_cycle_found() -> None:
    depth = 3000
    chain = [Actor(id=f"g{i}", name=f"G{i}", members=[ref(f"G{i - 1}")] if i else []) for i in range(depth)]
    top = area(Commitment([ref("Polisen"), ref("Kommunen"), ref(f"G{depth - 1}")], [Activity("x")]))
    assert codes(top, registry=Registry([*actors(), *chain])) == []
    chain[0].members = [ref(f"G{depth - 1}")]
    assert codes(top, registry=Registry([*actors(), *chain])) == ["ML306"] * depth


def test_duplicate_ids_and_names() -> None:
    twins = [
        *actors(),
        Actor(id="polisen", name="Polisen i Exempel", loc=Loc("actors.yaml", 6, 5)),
        Actor(id="trafikpolisen", name="Trafikpolisen", aliases=["Polis"], loc=Loc("actors.yaml", 8, 5)),
    ]
    found = rules.check(promise(), Registry(twins), [area(Commitment([ref("Polisen")], [Activity("x")]))], "actors.yaml")
    assert sorted(f.code for f in found) == ["ML302", "ML304", "ML401"]


def test_unused_actor_is_a_warning_only_when_the_data_is_complete() -> None:
    registry = Registry([*actors(), Actor(id="rtj", name="Räddningstjänsten")])
    data = [area(Commitment([ref("Polisen")], [Activity("x")]))]
    assert [f.code for f in rules.check(promise(), registry, data, "actors.yaml")] == ["ML401"]
    assert [f.code for f in rules.check(promise(), registry, data, "actors.yaml", frozenset({"areas/a.yaml"}))] == []


def test_duplicate_titles_are_case_insensitive() -> None:
    one = area(Commitment([ref("Polisen")], [Activity("x")]))
    two = area(Commitment([ref("Polisen")], [Activity("y")]), title="TRAFIK", file="areas/b.yaml")
    assert codes(one, two) == ["ML303"]


def test_empty_area_and_commitment_without_actors() -> None:
    assert codes(area(Commitment([ref("Polisen"), ref("Kommunen")], []))) == ["ML402"]
    assert codes(area(Commitment([], [Activity("x")]), Commitment([ref("Polisen")], [Activity("y")]))) == ["ML403"]


def test_reversed_period_and_activity_dates() -> None:
    assert codes(
        area(Commitment([ref("Polisen")], [Activity("x")])), the_promise=promise(date(2025, 5, 1), date(2024, 4, 30))
    ) == ["ML404"]
    late = Activity("x", start=date(2025, 9, 1), end=date(2025, 6, 1))
    assert codes(area(Commitment([ref("Polisen")], [late]))) == ["ML404"]


def test_follow_up_rules() -> None:
    activities = [
        Activity("a", status=Status.NOT_DONE),
        Activity("b", status=Status.PARTLY_DONE, reason="Tiden räckte inte."),
        Activity("c", status=Status.DONE, quantity=Quantity(20, "kontroller")),
        Activity("d", status=Status.DONE, quantity=Quantity(20, "kontroller"), achieved=40),
        Activity("e", status=Status.ONGOING, followed_up=date(2024, 12, 1)),
    ]
    assert codes(area(Commitment([ref("Polisen")], activities))) == ["ML405", "ML501", "ML502"]


def test_without_a_registry_references_are_not_reported() -> None:
    found = rules.check(promise(), None, [area(Commitment([ref("Vem som helst")], [Activity("x")]))], "actors.yaml")
    assert found == []
