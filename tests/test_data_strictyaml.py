"""The strict YAML layer: what becomes what, and where problems are reported."""

from __future__ import annotations

import pytest
from yaml.nodes import MappingNode, ScalarNode

from medlofte.data import strictyaml
from medlofte.data.findings import Finding, Loc
from medlofte.data.strictyaml import BOOL, FLOAT, INT, NULL, STR


def scalar_kinds(text: str) -> dict[str, str]:
    node, findings = strictyaml.parse("f.yaml", text.encode())
    assert findings == []
    assert isinstance(node, MappingNode)
    return {k.value: strictyaml.scalar_kind(v) for k, v in node.value}


@pytest.mark.parametrize(
    ("value", "tag"),
    [
        ("true", BOOL),
        ("false", BOOL),
        ("NO", STR),
        ("no", STR),
        ("yes", STR),
        ("on", STR),
        ("Off", STR),
        ("True", STR),
        ("12:30", STR),
        ("0755", STR),
        ("0o17", STR),
        ("0x1F", STR),
        ("1_000", STR),
        ("1e3", STR),
        (".inf", STR),
        ("2025-13-01", STR),
        ("2023-06-30", STR),
        ("20", INT),
        ("-3", INT),
        ("0", INT),
        ("2.5", FLOAT),
        ("null", NULL),
        ("~", NULL),
        ("", NULL),
        ('"true"', STR),
        ("'20'", STR),
    ],
)
def test_only_unsurprising_spellings_become_non_text(value: str, tag: str) -> None:
    assert scalar_kinds(f"key: {value}\n")["key"] == tag
    assert scalar_kinds(f"{{key: {value}}}\n")["key"] == tag  # the same in flow style


def test_text_keeps_its_exact_spelling() -> None:
    node, _ = strictyaml.parse("f.yaml", b"when: 12:30\nplace: NO\n")
    assert isinstance(node, MappingNode)
    assert [v.value for _, v in node.value] == ["12:30", "NO"]


def test_a_bom_is_accepted_and_columns_stay_right() -> None:
    node, findings = strictyaml.parse("f.yaml", b"\xef\xbb\xbftitle: x\n")
    assert findings == []
    assert isinstance(node, MappingNode)
    key = node.value[0][0]
    assert (key.start_mark.line, key.start_mark.column) == (0, 0)


def test_invalid_utf8_is_reported_at_its_character() -> None:
    _, findings = strictyaml.parse("f.yaml", "a: 1\nplats: Möllan \xe5\n".encode()[:-3] + b"\xe5\n")
    assert [(f.code, f.loc.line, f.loc.column) for f in findings] == [("ML102", 2, 15)]
    assert "UTF-8" in findings[0].hint


def test_utf16_is_named() -> None:
    _, findings = strictyaml.parse("f.yaml", "title: x\n".encode("utf-16"))
    assert [f.code for f in findings] == ["ML102"]
    assert "UTF-16" in findings[0].message


def test_columns_count_characters_not_bytes() -> None:
    _, findings = strictyaml.parse("f.yaml", "titel: Åäö: x\n".encode())
    assert [(f.code, f.loc.line, f.loc.column) for f in findings] == [("ML104", 1, 11)]


def test_tab_indentation_is_reported_at_the_tab() -> None:
    _, findings = strictyaml.parse("f.yaml", b"a:\n  b: 1\n\tc: 2\n")
    assert [(f.code, f.loc.line, f.loc.column) for f in findings] == [("ML105", 3, 1)]


def test_a_tab_after_a_colon_is_fine() -> None:
    node, findings = strictyaml.parse("f.yaml", b"a:\tb\n")
    assert findings == []
    assert node is not None


def test_anchors_are_refused_before_anything_is_built() -> None:
    text = "a: &x [1, 2]\nb: *x\nc: *x\nd: *nowhere\n"
    node, findings = strictyaml.parse("f.yaml", text.encode())
    assert node is None
    assert [(f.code, f.loc.line, f.loc.column) for f in findings] == [("ML107", 1, 4), ("ML107", 4, 4)]
    assert "2 aliases" in findings[0].message


def test_an_ampersand_in_text_is_not_an_anchor() -> None:
    node, findings = strictyaml.parse("f.yaml", b"name: Fastighets- & gatukontoret\nnote: 5 * 4\n")
    assert findings == []
    assert node is not None


def test_second_document_is_refused() -> None:
    _, findings = strictyaml.parse("f.yaml", b"a: 1\n---\nb: 2\n")
    assert [(f.code, f.loc.line) for f in findings] == [("ML110", 2)]


def test_empty_and_comment_only_files_are_empty() -> None:
    for text in (b"", b"\n\n", b"# nothing\n", b"---\n", b"~\n"):
        node, findings = strictyaml.parse("f.yaml", text)
        assert node is None
        assert [f.code for f in findings] == ["ML103"]


def test_size_cap_refuses_without_parsing() -> None:
    data = b"a: " + b"x" * strictyaml.MAX_FILE_BYTES
    _, findings = strictyaml.parse("f.yaml", data)
    assert [f.code for f in findings] == ["ML101"]


def test_depth_cap() -> None:
    _, findings = strictyaml.parse("f.yaml", b"a: " + b"[" * 2000 + b"]" * 2000)
    assert [f.code for f in findings] == ["ML111"]


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("a: b: c\n", "quotes"),
        ('a: "open\n', "quote is not closed"),
        ("a: [1, 2\n", "not closed"),
        ("a: {x: 1\n", "not closed"),
        ("a: @home\n", "quotes"),
    ],
)
def test_syntax_errors_carry_a_hint(text: str, hint: str) -> None:
    _, findings = strictyaml.parse("f.yaml", text.encode())
    assert [f.code for f in findings] == ["ML104"]
    assert hint in findings[0].hint


def test_explicit_tags_survive_parsing_for_the_schema_to_refuse() -> None:
    node, findings = strictyaml.parse("f.yaml", b"a: !!python/object/apply:os.system [x]\n")
    assert findings == []
    assert isinstance(node, MappingNode)
    value = node.value[0][1]
    assert strictyaml.explicit_tag(value) == "tag:yaml.org,2002:python/object/apply:os.system"
    assert strictyaml.explicit_tag(node) is None
    assert not isinstance(value, ScalarNode)


def test_a_control_character_is_named_with_its_code_point_and_place() -> None:
    _, findings = strictyaml.parse("f.yaml", "a: 1\nb: åå\x1by\n".encode())
    assert findings == [
        Finding(
            "ML104",
            Loc("f.yaml", 2, 6),  # columns count characters, not the bytes of 'å'
            "The file contains the control character U+001B, which YAML does not allow.",
            "Delete it; it is often left by copying text from a PDF or a Word file.",
        )
    ]
