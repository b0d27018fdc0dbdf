"""Escaping data for CommonMark, and the paragraphs and lists of longer texts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from medlofte.data.textblocks import Block, blocks
from medlofte.output.markdown import escape, one_line


def test_escape_keeps_text_literal_in_commonmark() -> None:
    for text in ("# rubrik", "- punkt", "1. första", "<script>alert(1)</script>", "*fet* och [länk](x)", "a | b"):
        html = MarkdownIt("commonmark").render(escape(text))
        assert html.startswith("<p>"), (text, html)


def test_blank_lines_separate_paragraphs_and_line_breaks_join_lines() -> None:
    assert blocks("Första raden\nfortsätter.\n\n  Andra stycket.  \n") == [
        Block(text="Första raden fortsätter."),
        Block(text="Andra stycket."),
    ]


def test_a_list_after_a_lead_in_line_and_a_paragraph_after_a_blank_line() -> None:
    text = "Resultat:\n- 40 genomförda\n  hastighetskontroller.\n- 10 kontroller.\n\nSlutsats."
    assert blocks(text) == [
        Block(text="Resultat:"),
        Block(items=("40 genomförda hastighetskontroller.", "10 kontroller.")),
        Block(text="Slutsats."),
    ]


def test_pasted_bullets_and_asterisks_start_items_and_blank_lines_between_items_keep_one_list() -> None:
    assert blocks("• Ett\n\n* Två\n\n- Tre") == [Block(items=("Ett", "Två", "Tre"))]


def test_a_dash_without_a_space_is_text_and_empty_items_are_dropped() -> None:
    assert blocks("-5 grader i januari") == [Block(text="-5 grader i januari")]
    assert blocks("- \n- Ett") == [Block(items=("Ett",))]
    assert blocks("") == []
    assert blocks(" \n\n ") == []


@given(st.text(alphabet=st.sampled_from("ab -*•\n\t."), max_size=80))
def test_blocks_keep_every_word_in_order(text: str) -> None:
    """Only bullet markers and whitespace may go; the words stay, in their order."""
    words = [w for w in text.split() if w not in ("-", "*", "•")]
    kept = [w for b in blocks(text) for part in (b.text, *b.items) for w in part.split() if w not in ("-", "*", "•")]
    assert kept == words


def test_one_line_keeps_a_list_readable_on_a_facts_line() -> None:
    assert one_line("Resultat:\n- 40 kontroller\n- 10 med kamera\n\nBra.") == "Resultat: • 40 kontroller • 10 med kamera Bra."
    assert one_line("En rad.") == "En rad."
