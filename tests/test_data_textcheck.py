"""How a text was written: what YAML would silently change is a finding, and ordinary
prose, comments and addresses are left alone."""

from __future__ import annotations

import pytest

from medlofte.data import strictyaml, textcheck
from medlofte.data.kinds import TEXT, Invalid, Walker


def convert(source: str) -> tuple[object, list[str]]:
    """The value of the only key, and the codes of the findings."""
    data = source.encode("utf-8")
    node, problems = strictyaml.parse("f.yaml", data)
    assert node is not None, problems
    walker = Walker("f.yaml", data)
    value = TEXT.convert(node.value[0][1], walker)
    return value, [f.code for f in walker.findings]


@pytest.mark.parametrize(
    "source",
    [
        "text: Vi vill att alla ska känna sig trygga\n  – oavsett ålder och bostadsort.\n",
        "text: Kvarteret har 3\n  1. uppgång\n",  # one numbered line is prose
        "text: |\n  Stycke ett.\n\n  1. Ett stycke som börjar med en siffra.\n",
        "text: |\n  Vi har:\n  - städat\n  - målat\n",
        "text: >\n  Vi har\n    - städat\n    - målat\n",  # more indented: kept as lines
        "text: Klart i maj  # a comment, with a space\n",
        "text: https://example.se/sida#avsnitt\n",
        "text: Temperaturen var\n  -5 grader.\n",
        "text: '#3 och #4 i citattecken'\n",
    ],
)
def test_prose_comments_and_addresses_are_left_alone(source: str) -> None:
    value, codes = convert(source)
    assert codes == []
    assert isinstance(value, str)


@pytest.mark.parametrize(
    ("source", "code"),
    [
        ("text: Vi har\n  • städat\n  • målat\n", "ML117"),
        ("text: |\n  Vi har:\n  •städat\n  •målat\n", "ML117"),
        ("text: |\n  Vi har:\n  – städat\n  – målat\n", "ML117"),
        ("text: Alla i hus #3\n", "ML118"),
        ('text: "Trafik\\x1b[2J"\n', "ML209"),
    ],
)
def test_what_would_change_the_text_is_a_finding(source: str, code: str) -> None:
    value, codes = convert(source)
    assert codes == [code]
    assert isinstance(value, Invalid)


def test_line_separators_are_line_breaks() -> None:
    assert textcheck.clean("a\u2028b\x85c\u2029d") == "a\nb\nc\nd"
    value, codes = convert('text: "a\\u2028b"\n')
    assert (value, codes) == ("a\nb", [])


def test_a_key_with_word_indentation_is_named() -> None:
    assert textcheck.key_mistake("\u00a0\u00a0title") == (
        "This line is indented with non-breaking spaces (copied from a web page or Word?); "
        "YAML counts only ordinary spaces as indentation.",
        "Replace the indentation with ordinary spaces (two per level).",
    )
    assert textcheck.key_mistake("title") is None


def test_a_quoted_text_joins_its_lines_too() -> None:
    value, codes = convert('text: "Vi har gjort\n  - det ena\n  - det andra"\n')
    assert codes == ["ML117"]
    assert isinstance(value, Invalid)


def test_a_list_item_after_a_blank_line_is_not_joined() -> None:
    """In a text without '|' a blank line keeps its line break: the item is not joined."""
    value, codes = convert("text: '0\n\n  - '\n")
    assert (value, codes) == ("0\n-", [])


NO_COLON = (1, "There is no ':' after the key 'title'.", "Write 'title: Trygghet'.")


@pytest.mark.parametrize(
    ("lines", "index", "expected"),
    [
        (["title Trygghet", "period:"], 0, NO_COLON),  # a key below
        (["period:", "title Trygghet"], 1, NO_COLON),  # a key above, on the first line
        (["period:", "", "# note", "title Trygghet"], 3, NO_COLON),  # blank and comment lines skipped
        (["title Trygghet", "", "  # note", "", "period:"], 0, NO_COLON),  # an indented comment too
        (["x:", "# c", "title Trygghet", "# c", "y:"], 2, NO_COLON),
        (["a:", "  title Trygghet", "  b: 1"], 1, (3, *NO_COLON[1:])),  # the column after the indentation
        (["title Trygghet", "  period:"], 0, None),  # the neighbour is a key at another indentation
        (["  title Trygghet", "period:"], 0, None),
        (["x:", "  b: 1", "    title Trygghet"], 2, None),
        (["title Trygghet", "bara text"], 0, None),  # the neighbour is no key
        (["title Trygghet"], 0, None),  # no neighbour: prose
    ],
)
def test_a_key_without_its_colon_is_one_between_keys_at_its_indentation(
    lines: list[str], index: int, expected: tuple[int, str, str] | None
) -> None:
    assert textcheck.line_mistake(lines, index) == expected
