"""Task lists and actor summaries, on data built in memory."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from medlofte.data.loading import Dataset
from medlofte.data.model import Activity, Actor, ActorRef, Area, Commitment, Period, Promise, Status
from medlofte.data.queries import Role, actor_summaries, task_list
from medlofte.data.registry import Registry
from medlofte.data.textfold import swedish_key


def ref(text: str) -> ActorRef:
    return ActorRef(text)


def dataset() -> Dataset:
    actors = [
        Actor(id="polisen", name="Polisen"),
        Actor(id="mkb", name="MKB"),
        Actor(id="fastighetsbolagen", name="Fastighetsbolagen", members=[ref("MKB")]),
        Actor(id="skolan", name="Skolan"),
        Actor(id="nattvandrarna", name="Nattvandrarna"),
        Actor(id="oanvand", name="Oanvänd"),
    ]
    areas = [
        Area(
            title="Trygghet i trapphus",
            commitments=[
                Commitment(
                    [ref("Polisen"), ref("Fastighetsbolagen")],
                    [
                        Activity("informationsinsats i trapphusen", status=Status.DONE),
                        Activity("trygghetsvandringar", lead=[ref("Fastighetsbolagen")], participants=[ref("Nattvandrarna")]),
                    ],
                )
            ],
        ),
        Area(
            title="Narkotika",
            commitments=[
                Commitment(
                    [ref("Polisen"), ref("Skolan")],
                    [
                        Activity("föräldramöten", lead=[ref("Skolan")], participants=[ref("Polisen")], status=Status.NOT_DONE),
                        Activity("narkotikainsatser", lead=[ref("Polisen")], status=Status.CANCELLED),
                    ],
                )
            ],
        ),
    ]
    promise = Promise(title="Medborgarlöfte", municipality="Exempel", period=Period(date(2025, 1, 1), date(2025, 12, 31)))
    return Dataset("mem", promise=promise, registry=Registry(actors), areas=areas)


def actor(data: Dataset, name: str) -> Actor:
    found = data.registry.get(name)
    assert found is not None
    return found


def texts(tasks: list) -> list[str]:  # type: ignore[type-arg]
    return [t.activity.text for t in tasks]


def test_lead_defaults_to_the_commitment_and_lead_narrows_it() -> None:
    data = dataset()
    tasks = task_list(data, actor(data, "Polisen"))
    assert [(t.activity.text, t.role) for t in tasks] == [
        ("informationsinsats i trapphusen", Role.LEAD),
        ("föräldramöten", Role.PARTICIPANT),
        ("narkotikainsatser", Role.LEAD),
    ]
    assert [a.name for a in tasks[0].others] == ["Fastighetsbolagen"]
    assert [a.name for a in tasks[1].others] == ["Skolan"]


def test_a_member_gets_its_groups_tasks_marked_as_through_the_group() -> None:
    data = dataset()
    tasks = task_list(data, actor(data, "MKB"))
    assert [(t.activity.text, t.role, t.via.name if t.via else None, t.via_role) for t in tasks] == [
        ("informationsinsats i trapphusen", Role.GROUP, "Fastighetsbolagen", Role.LEAD),
        ("trygghetsvandringar", Role.GROUP, "Fastighetsbolagen", Role.LEAD),
    ]
    assert [a.name for a in tasks[1].others] == ["Nattvandrarna"]


def test_filters() -> None:
    data = dataset()
    polisen = actor(data, "Polisen")
    assert texts(task_list(data, polisen, lead_only=True)) == ["informationsinsats i trapphusen", "narkotikainsatser"]
    assert texts(task_list(data, polisen, status=Status.DONE)) == ["informationsinsats i trapphusen"]
    assert texts(task_list(data, polisen, open_only=True)) == []
    assert texts(task_list(data, actor(data, "Fastighetsbolagen"), open_only=True)) == ["trygghetsvandringar"]
    assert texts(task_list(data, actor(data, "MKB"), lead_only=True)) == [
        "informationsinsats i trapphusen",
        "trygghetsvandringar",
    ]
    assert texts(task_list(data, actor(data, "Nattvandrarna"), lead_only=True)) == []


def test_actor_summaries_count_by_role_and_flag_unused() -> None:
    data = dataset()
    rows = {s.actor.name: (s.areas, s.lead, s.participant, s.via_group, s.referenced) for s in actor_summaries(data)}
    assert rows == {
        "Fastighetsbolagen": (1, 2, 0, 0, True),
        "MKB": (1, 0, 0, 2, True),
        "Nattvandrarna": (1, 0, 1, 0, True),
        "Oanvänd": (0, 0, 0, 0, False),
        "Polisen": (2, 2, 1, 0, True),
        "Skolan": (1, 1, 0, 0, True),
    }
    assert [s.actor.name for s in actor_summaries(data)] == [
        "Fastighetsbolagen",
        "MKB",
        "Nattvandrarna",
        "Oanvänd",
        "Polisen",
        "Skolan",
    ]


def test_swedish_order() -> None:
    names = ["Örebro", "Ängelholm", "Åre", "Zinkgruvan", "Alingsås", "Ödeshög", "Ystad", "Älmhult", "Åmål", "Eslöv", "Écoles"]
    assert sorted(names, key=swedish_key) == [
        "Alingsås", "Écoles", "Eslöv", "Ystad", "Zinkgruvan", "Åmål", "Åre", "Älmhult", "Ängelholm", "Ödeshög", "Örebro",
    ]  # fmt: skip


def test_swedish_order_is_word_by_word() -> None:
    names = ["Fastighetsbolagen", "Fastighets- och gatukontoret", "Fastighetsägarna"]
    assert sorted(names, key=swedish_key) == ["Fastighets- och gatukontoret", "Fastighetsbolagen", "Fastighetsägarna"]


# Any registry of up to 8 actors whose members are any of them (cycles included), and
# activities that name any of them (or no one) as lead or participant.
NAMES = [f"A{i}" for i in range(8)]
names = st.lists(st.sampled_from([*NAMES, "Okänd"]), max_size=3)


@st.composite
def datasets(draw: st.DrawFn) -> Dataset:
    count = draw(st.integers(1, 8))
    actors = [Actor(id=f"a{i}", name=NAMES[i], members=[ref(n) for n in draw(names)]) for i in range(count)]
    areas = []
    for number in range(draw(st.integers(1, 3))):
        commitments = []
        for _ in range(draw(st.integers(1, 2))):
            activities = []
            for i in range(draw(st.integers(0, 3))):
                lead, participants = [ref(n) for n in draw(names)], [ref(n) for n in draw(names)]
                status = draw(st.sampled_from([None, *Status]))
                result = draw(st.sampled_from([None, "Genomfört."]))  # reported on without a status word
                activity = Activity(f"{number}-{i}", lead=lead, participants=participants, status=status, result=result)
                activities.append(activity)
            commitments.append(Commitment([ref(n) for n in draw(names)], activities))
        areas.append(Area(title=f"Område {number}", commitments=commitments))
    promise = Promise(title="M", municipality="E", period=Period(date(2025, 1, 1), date(2025, 12, 31)))
    return Dataset("mem", promise=promise, registry=Registry(actors), areas=areas)


@settings(max_examples=300, deadline=None)
@given(datasets())
def test_summaries_and_status_count_what_each_task_list_holds(data: Dataset) -> None:
    from medlofte.views.status import count, status_report

    summaries = {s.actor: s for s in actor_summaries(data)}
    by_status = dict(status_report(data, date(2025, 6, 1)).actors)
    for one in data.registry.actors:
        tasks = task_list(data, one)
        roles = [t.role for t in tasks]
        summary = summaries[one]
        assert summary.areas == len({id(t.area) for t in tasks})
        assert (summary.lead, summary.participant, summary.via_group) == tuple(roles.count(r) for r in Role)
        if tasks:
            assert by_status[one] == count([t.activity for t in tasks])
        else:
            assert one not in by_status


def test_a_chain_3000_deep_counts_through_every_level() -> None:
    depth = 3000
    actors = [Actor(id=f"g{i}", name=f"G{i}", members=[ref(f"G{i - 1}")] if i else []) for i in range(depth)]
    activities = [Activity(f"insats {i}", lead=[ref(f"G{i}")]) for i in range(0, depth, 100)]
    areas = [Area(title="Trygghet", commitments=[Commitment([ref("G0")], activities)])]
    data = Dataset("mem", registry=Registry(actors), areas=areas)
    rows = {s.actor.id: (s.lead, s.via_group) for s in actor_summaries(data)}
    assert rows["g0"] == (1, 29)
    assert rows["g2900"] == (1, 0)
    assert rows["g2999"] == (0, 0)
    bottom = task_list(data, actors[0])
    assert [(t.role, t.via.id if t.via else None) for t in bottom][:2] == [(Role.LEAD, None), (Role.GROUP, "g100")]
