"""Finding actors by what people type."""

from __future__ import annotations

import pytest

from medlofte.data.model import Actor, ActorRef
from medlofte.data.registry import Registry
from medlofte.data.textfold import ascii_fold, fold


def registry() -> Registry:
    return Registry(
        [
            Actor(id="polisen", name="Polisen", short="Polis"),
            Actor(id="raddningstjansten", name="Räddningstjänsten", aliases=["RTJ"]),
            Actor(id="fastighets-och-gatukontoret", name="Fastighets- och gatukontoret"),
            Actor(id="fastighetsbolagen", name="Fastighetsbolagen"),
            Actor(id="fritidsforvaltningen", name="Fritidsförvaltningen"),
            Actor(id="kommunen", name="Kommunen", members=[ActorRef("Fritidsförvaltningen")]),
        ]
    )


def test_fold_and_ascii_fold() -> None:
    assert fold("  RÄDDNINGSTJÄNSTEN   Syd ") == "räddningstjänsten syd"
    assert ascii_fold("Räddningstjänsten Öst") == "raddningstjansten ost"


@pytest.mark.parametrize(
    ("query", "actor_id"),
    [
        ("polisen", "polisen"),
        ("POLIS", "polisen"),
        ("rtj", "raddningstjansten"),
        ("räddningstjänsten", "raddningstjansten"),
        ("raddningstjansten", "raddningstjansten"),
        ("RÄDD", "raddningstjansten"),
        ("Fritid", "fritidsforvaltningen"),
        ("fastighets-och", "fastighets-och-gatukontoret"),
    ],
)
def test_lookup_finds_by_id_name_alias_diacritics_and_unique_prefix(query: str, actor_id: str) -> None:
    found = registry().lookup(query)
    assert found.actor is not None
    assert found.actor.id == actor_id


def test_ambiguous_prefix_lists_the_candidates() -> None:
    found = registry().lookup("fastighets")
    assert found.actor is None
    assert {a.id for a in found.candidates} == {"fastighets-och-gatukontoret", "fastighetsbolagen"}


def test_unknown_name_suggests_the_closest() -> None:
    found = registry().lookup("Polsen")
    assert found.actor is None
    assert [a.name for a in found.candidates][:1] == ["Polisen"]


def test_data_references_are_exact_up_to_case() -> None:
    reg = registry()
    assert reg.get("polis") is not None
    assert reg.get("pol") is None
    assert reg.get("raddningstjansten") is not None  # the id
    assert reg.get("Raddningstjänsten") is None


def test_groups_of_a_member() -> None:
    reg = registry()
    member = reg.get("Fritidsförvaltningen")
    assert member is not None
    assert [g.id for g in reg.groups_of(member)] == ["kommunen"]


def test_a_name_far_from_every_actor_suggests_none() -> None:
    reg = Registry([Actor(id="polisen", name="Polisen"), Actor(id="kommunen", name="Exempels kommun", short="Kommunen")])
    assert reg.suggest("Kommunstyrelsen") == []
    assert reg.lookup("Kommunstyrelsen") == (None, ())
    assert [a.id for a in reg.suggest("Kommunn")] == ["kommunen"]


def chain(depth: int) -> Registry:
    """Group i+1 has group i as its only member: a chain ``depth`` deep."""
    actors = [Actor(id=f"g{i}", name=f"G{i}", members=[ActorRef(f"G{i - 1}")] if i else []) for i in range(depth)]
    return Registry(actors)


def test_groups_of_the_bottom_of_a_deep_chain_nearest_first() -> None:
    reg = chain(5000)
    bottom = reg.actors[0]
    assert [g.id for g in reg.groups_of(bottom)[:3]] == ["g1", "g2", "g3"]
    assert len(reg.groups_of(bottom)) == 4999
    assert reg.in_cycles() == set()


def test_groups_of_is_breadth_first_and_each_group_once() -> None:
    # a is in b and c; b and c are both in d: d once, after both.
    reg = Registry(
        [
            Actor(id="a", name="A"),
            Actor(id="d", name="D", members=[ActorRef("B"), ActorRef("C")]),
            Actor(id="b", name="B", members=[ActorRef("A")]),
            Actor(id="c", name="C", members=[ActorRef("A"), ActorRef("a")]),
        ]
    )
    a = reg.get("A")
    assert a is not None
    assert [g.id for g in reg.groups_of(a)] == ["b", "c", "d"]


def test_cycles_are_the_groups_that_reach_themselves() -> None:
    reg = Registry(
        [
            Actor(id="self", name="Self", members=[ActorRef("Self")]),
            Actor(id="x", name="X", members=[ActorRef("Y")]),
            Actor(id="y", name="Y", members=[ActorRef("X"), ActorRef("Z")]),
            Actor(id="z", name="Z"),
            Actor(id="outer", name="Outer", members=[ActorRef("X")]),
        ]
    )
    assert {a.id for a in reg.in_cycles()} == {"self", "x", "y"}
    x = reg.get("X")
    assert x is not None
    assert [g.id for g in reg.groups_of(x)] == ["y", "outer"]  # never the actor itself


def test_a_cycle_around_a_long_chain_is_found() -> None:
    actors = chain(3000).actors
    actors[0].members = [ActorRef("G2999")]
    assert len(Registry(actors).in_cycles()) == 3000


def test_inherit_gives_each_actor_the_bits_of_all_its_groups() -> None:
    reg = Registry(
        [
            Actor(id="a", name="A"),
            Actor(id="b", name="B", members=[ActorRef("A")]),
            Actor(id="c", name="C", members=[ActorRef("B"), ActorRef("D")]),
            Actor(id="d", name="D", members=[ActorRef("C")]),  # c and d: a cycle
            Actor(id="e", name="E"),
        ]
    )
    by_id = {a.id: a for a in reg.actors}
    total = reg.inherit({by_id["a"]: 1, by_id["b"]: 2, by_id["c"]: 4, by_id["d"]: 8})
    assert {a.id: bits for a, bits in total.items()} == {"a": 15, "b": 14, "c": 12, "d": 12, "e": 0}
