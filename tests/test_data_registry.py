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
