"""Strict YAML parsing: one parse per file, nothing built that the user did not write.

The file is composed into PyYAML nodes (with libyaml's C parser when present) using a
resolver of our own, so only ``true``/``false`` become booleans, only plain decimal numbers
become numbers, and everything else -- ``NO``, ``12:30``, ``0755``, ``2025-13-01`` -- stays the
text it was written as.  Anchors and aliases are refused from the event stream before any
node exists, so an alias bomb costs nothing.  Every problem becomes a :class:`Finding`.
"""

from __future__ import annotations

import codecs
import re
from typing import Any

import yaml
from yaml.nodes import Node, ScalarNode

from medlofte.data import textcheck
from medlofte.data.findings import Finding, Loc
from medlofte.messages import Text, t

try:
    from yaml._yaml import CParser as _BaseParser

    LIBYAML = True
except ImportError:  # pragma: no cover - exercised only without libyaml
    LIBYAML = False

MAX_FILE_BYTES = 1_048_576
MAX_DEPTH = 1000  # libyaml's own cap, mirrored by the pure-Python fallback

# What a scalar is, decided by scalar_kind() only where a value is needed.
STR = "str"
INT = "int"
FLOAT = "float"
BOOL = "bool"
NULL = "null"

_INT = re.compile(r"-?(?:0|[1-9][0-9]*)\Z")
_FLOAT = re.compile(r"-?(?:0|[1-9][0-9]*)\.[0-9]+\Z")
NULLS = frozenset({"", "~", "null"})
BOOLS = frozenset({"true", "false"})


def explicit_tag(node: Node) -> str | None:
    """The tag the user wrote (``!!str``, ``!!python/object``), or None.

    The composer gives every untagged node a ``slice`` as its tag (see _Composer), so a tag
    that is a string was written in the file.
    """
    tag = node.tag
    return tag if tag.__class__ is str else None


def scalar_kind(node: ScalarNode) -> str:
    """The YAML 1.2 JSON-like core, minus every spelling that surprises people: only
    ``true``/``false`` are booleans, only plain decimals are numbers, and ``NO``, ``12:30``,
    ``0755``, ``1e3`` and ``2025-13-01`` stay text. Quoted and block scalars are text."""
    if node.style:
        return STR
    value = node.value
    first = value[:1]
    if first and first in "-0123456789":
        if _INT.match(value):
            return INT
        if _FLOAT.match(value):
            return FLOAT
        return STR
    if value in BOOLS:
        return BOOL
    if value in NULLS:
        return NULL
    return STR


# The C parser asks ``resolve`` for a tag for every node and calls ``descend_resolver`` and
# ``ascend_resolver`` around every collection. Python functions there cost about a fifth of
# the parse, so these are C callables that take the same arguments: ``slice(...)`` marks a
# node as untagged, and typing waits for scalar_kind().
if LIBYAML:

    class _Composer(_BaseParser):
        resolve = staticmethod(slice)
        descend_resolver = staticmethod(slice)
        ascend_resolver = staticmethod(tuple)

else:  # pragma: no cover - exercised only without libyaml
    from yaml.composer import Composer
    from yaml.parser import Parser
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    class _Composer(Reader, Scanner, Parser, Composer):  # type: ignore[no-redef]
        def __init__(self, stream: bytes) -> None:
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            Parser.__init__(self)
            Composer.__init__(self)

        resolve = staticmethod(slice)
        descend_resolver = staticmethod(slice)
        ascend_resolver = staticmethod(tuple)


def mark_loc(path: str, mark: Any) -> Loc:
    return Loc(path, mark.line + 1, mark.column + 1)


def parse(path: str, data: bytes) -> tuple[Node | None, list[Finding]]:
    """Parse one file's bytes into a node tree, or return why not."""
    start = Loc(path, 1, 1)
    if len(data) > MAX_FILE_BYTES:
        return None, [
            Finding(
                "ML101",
                start,
                t("The file is {size:,} bytes; the cap is {cap:,} bytes.", size=len(data), cap=MAX_FILE_BYTES),
                t("Split it up: a promise file or an area file needs far less than this."),
            )
        ]
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in data[:4]:
        return None, [
            Finding(
                "ML102",
                start,
                t("The file is saved as UTF-16 (Notepad calls it 'Unicode' or 'UTF-16 LE')."),
                t("Save it as UTF-8: in Notepad, File → Save as → Encoding: UTF-8; in most other editors, Save as → Encoding."),
            )
        ]
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as err:
        return None, [_utf8_finding(path, data, err)]
    if b"&" in data or b"*" in data:
        refused = _anchors_and_aliases(path, data)
        if refused:
            return None, refused
    parser = _Composer(data)
    try:
        node: Node | None = parser.get_single_node()
    except yaml.MarkedYAMLError as err:
        return None, [_syntax_finding(path, data, err)]
    except yaml.reader.ReaderError as err:
        return None, [_reader_finding(path, data, err)]
    except yaml.YAMLError as err:  # pragma: no cover - libyaml reports all its errors with marks
        return None, [Finding("ML104", start, t("The file is not valid YAML: {err}.", err=err), t("Fix the YAML syntax."))]
    except RecursionError:  # pragma: no cover - pure-Python fallback only
        return None, [Finding("ML111", start, t("The data is nested too deeply."), t("Flatten the structure."))]
    finally:
        dispose = getattr(parser, "dispose", None)
        if dispose is not None:
            dispose()
    if node is None or (isinstance(node, ScalarNode) and scalar_kind(node) == NULL):
        return None, [
            Finding("ML103", start, t("The file holds no data."), t("Fill it in (see docs/data-format.md) or delete it."))
        ]
    return node, []


def _offset_loc(path: str, data: bytes, offset: int) -> Loc:
    """The 1-based line and column (in characters) of a byte offset."""
    offset = max(0, min(offset, len(data)))
    line_start = data.rfind(b"\n", 0, offset) + 1
    line = data.count(b"\n", 0, offset) + 1
    return Loc(path, line, len(data[line_start:offset].decode("utf-8", "replace")) + 1)


def _utf8_finding(path: str, data: bytes, err: UnicodeDecodeError) -> Finding:
    byte = data[err.start]
    return Finding(
        "ML102",
        _offset_loc(path, data, err.start),
        t("Byte 0x{byte:02X} is not valid UTF-8; the file looks saved as Latin-1 or Windows-1252.", byte=byte),
        t("Save the file as UTF-8 (in most editors: Save as → Encoding: UTF-8)."),
    )


def _anchors_and_aliases(path: str, data: bytes) -> list[Finding]:
    """Find anchors and aliases from the event stream, before any node is built.

    One finding per anchor (at its definition, counting its aliases) and one per alias of
    an anchor that was never defined, so an alias bomb gives a short list, not thousands.
    """
    anchors: dict[str, Any] = {}
    uses: dict[str, int] = {}
    orphans: dict[str, Any] = {}
    parser = _Composer(data)
    broken: Finding | None = None
    try:
        while parser.check_event():
            event: Any = parser.get_event()
            anchor: str | None = getattr(event, "anchor", None)
            if anchor is None:
                continue
            if event.__class__ is yaml.AliasEvent:
                uses[anchor] = uses.get(anchor, 0) + 1
                if anchor not in anchors:
                    orphans.setdefault(anchor, event.start_mark)
            else:
                anchors.setdefault(anchor, event.start_mark)
    except yaml.MarkedYAMLError as err:
        broken = _syntax_finding(path, data, err)
    except yaml.reader.ReaderError as err:
        broken = _reader_finding(path, data, err)
    finally:
        dispose = getattr(parser, "dispose", None)
        if dispose is not None:
            dispose()
    hint = t("Write the value out in full; medlofte does not expand anchors and aliases.")
    found = []
    for name, mark in anchors.items():
        used = uses.get(name, 0)
        if used:
            also = t(" (used by {n} alias)", n=used) if used == 1 else t(" (used by {n} aliases)", n=used)
            message = t("Anchor '&{name}'{also} is not allowed.", name=name, also=also)
        else:
            message = t("Anchor '&{name}' is not allowed.", name=name)
        found.append(Finding("ML107", mark_loc(path, mark), message, hint))
    for name, mark in orphans.items():
        found.append(Finding("ML107", mark_loc(path, mark), t("Alias '*{name}' is not allowed.", name=name), hint))
    if broken is not None:
        found.append(broken)
    return found


_SYNTAX_HINTS = (
    ("mapping values are not allowed", t("Text that contains ': ' must be put in quotes, or this line is indented wrongly.")),
    (
        "could not find expected ':'",
        t("Each entry needs 'key: value'; check the indentation, and indent a text that runs over several lines under its key."),
    ),
    ("did not find expected key", t("Keys of one mapping must start in the same column; check the indentation.")),
    ("did not find expected '-' indicator", t("Items of one list must all start with '- ' in the same column.")),
    ("did not find expected ',' or ']'", t("A [ ... ] list is not closed; add the closing ']'.")),
    ("did not find expected ',' or '}'", t("A { ... } mapping is not closed; add the closing '}'.")),
    ("found unexpected end of stream", t("A quote is not closed; add the closing quote.")),
    ("found unknown escape character", t("Inside double quotes a backslash starts an escape; use single quotes or write \\\\.")),
    ("cannot start any token", t("Text starting with this character must be put in quotes.")),
    ("did not find expected node content", t("A value is missing or starts with a character that needs quotes.")),
    ("found undefined alias", t("Aliases are not allowed; write the value out in full.")),
)

# What libyaml says, in words the catalogue translates; anything else is shown as it is.
_PARSER_WORDS: dict[str, Text] = {
    "mapping values are not allowed in this context": t("mapping values are not allowed in this context"),
    "could not find expected ':'": t("could not find expected ':'"),
    "did not find expected key": t("did not find expected key"),
    "did not find expected '-' indicator": t("did not find expected '-' indicator"),
    "did not find expected ',' or ']'": t("did not find expected ',' or ']'"),
    "did not find expected ',' or '}'": t("did not find expected ',' or '}'"),
    "found unexpected end of stream": t("found unexpected end of stream"),
    "found unknown escape character": t("found unknown escape character"),
    "found character that cannot start any token": t("found character that cannot start any token"),
    "did not find expected node content": t("did not find expected node content"),
    "found undefined alias": t("found undefined alias"),
    "block sequence entries are not allowed in this context": t("block sequence entries are not allowed in this context"),
    "found a tab character that violates indentation": t("found a tab character that violates indentation"),
    "found a tab character where an indentation space is expected": t(
        "found a tab character where an indentation space is expected"
    ),
    "found unexpected ':'": t("found unexpected ':'"),
    "did not find expected <document start>": t("did not find expected <document start>"),
    "found incompatible YAML document": t("found incompatible YAML document"),
    "while parsing a block mapping": t("while parsing a block mapping"),
    "while parsing a block collection": t("while parsing a block collection"),
    "while parsing a flow sequence": t("while parsing a flow sequence"),
    "while parsing a flow mapping": t("while parsing a flow mapping"),
    "while scanning a simple key": t("while scanning a simple key"),
    "while scanning a quoted scalar": t("while scanning a quoted scalar"),
    "while scanning a block scalar": t("while scanning a block scalar"),
    "while parsing a flow node": t("while parsing a flow node"),
    "while parsing a block node": t("while parsing a block node"),
    "while scanning an anchor": t("while scanning an anchor"),
    "while scanning an alias": t("while scanning an alias"),
    "while scanning a tag": t("while scanning a tag"),
    "while scanning a directive": t("while scanning a directive"),
    "while scanning a plain scalar": t("while scanning a plain scalar"),
    "while parsing a node": t("while parsing a node"),
}


def parser_words(words: str) -> str:
    """libyaml's words for a problem, translated when the catalogue knows them."""
    return _PARSER_WORDS.get(words, words)


def _reader_finding(path: str, data: bytes, err: yaml.reader.ReaderError) -> Finding:
    """libyaml refuses control characters; say which one and where."""
    char = err.character if isinstance(err.character, int) else ord(str(err.character)[:1] or "\0")
    return Finding(
        "ML104",
        _offset_loc(path, data, err.position),
        t("The file contains the control character U+{char:04X}, which YAML does not allow.", char=char),
        t("Delete it; it is often left by copying text from a PDF or a Word file."),
    )


def _syntax_finding(path: str, data: bytes, err: yaml.MarkedYAMLError) -> Finding:
    problem = err.problem or ""
    context = err.context or ""
    mark = err.problem_mark or err.context_mark
    loc = mark_loc(path, mark) if mark is not None else Loc(path, 1, 1)
    if "expected a single document" in context:
        return Finding(
            "ML110",
            loc,
            t("The file holds a second YAML document (a line '---')."),
            t("Remove the '---' line and merge the content into one document."),
        )
    if "maximum nesting depth" in problem:
        return Finding(
            "ML111", loc, t("The data is nested more than {depth} levels deep.", depth=MAX_DEPTH), t("Flatten the structure.")
        )
    if "tab" in problem or _char_at(data, mark) == "\t":
        return Finding(
            "ML105",
            loc,
            t("A tab character is used for indentation."),
            t("Indent with spaces only (two per level); YAML does not allow tabs."),
        )
    pasted = _pasted(path, data, err)
    if pasted is not None:
        return pasted
    hint = next((h for key, h in _SYNTAX_HINTS if key in problem), t("Fix the YAML syntax at this position."))
    started = err.context_mark
    if context and started is not None and err.problem_mark is not None and started.line != err.problem_mark.line:
        message = t(
            "YAML syntax error {context} (started at line {line}): {problem}.",
            context=parser_words(context),
            line=started.line + 1,
            problem=parser_words(problem),
        )
    elif context:
        message = t("YAML syntax error {context}: {problem}.", context=parser_words(context), problem=parser_words(problem))
    else:
        message = t("YAML syntax error: {problem}.", problem=parser_words(problem))
    return Finding("ML104", loc, message, hint)


def _pasted(path: str, data: bytes, err: yaml.MarkedYAMLError) -> Finding | None:
    """The syntax error named for the paste mistake behind it, if one is on the lines where
    the parser stopped: the context line, the line before the problem, the problem line."""
    text = data.decode("utf-8", "replace")
    lines = textcheck.LINE_BREAK.split(text)
    for mark in (err.context_mark, err.problem_mark):
        separator = _separator_before(text, mark)
        if mark is None or separator is None:
            continue
        return Finding(
            "ML104",
            Loc(path, mark.line, separator[1]),
            t(
                "The text holds the line separator U+{char:04X} (copied from Word or a PDF?), which YAML "
                "reads as a line break: the text goes on at the start of the next line, where YAML expects a new key.",
                char=ord(separator[0]),
            ),
            t("Delete it, or replace it with a space."),
        )
    candidates: set[int] = set()
    for mark in (err.context_mark, err.problem_mark):
        if mark is not None and mark.line < len(lines):
            candidates.add(mark.line)
    if err.problem_mark is not None:
        before = min(err.problem_mark.line, len(lines)) - 1
        while before >= 0 and (not lines[before].strip() or lines[before].lstrip().startswith("#")):
            before -= 1
        if before >= 0:
            candidates.add(before)
    for index in sorted(candidates):
        found = textcheck.line_mistake(lines, index)
        if found is not None:
            column, message, hint = found
            return Finding("ML104", Loc(path, index + 1, column), message, hint)
    return None


def _separator_before(text: str, mark: Any) -> tuple[str, int] | None:
    """The Unicode line separator (and its column) that ends the line before ``mark``'s, if
    that line was ended by one instead of an ordinary line break."""
    if mark is None or mark.line == 0:
        return None
    breaks = list(textcheck.LINE_BREAK.finditer(text, 0, mark.index + 1))
    if len(breaks) < mark.line:
        return None
    found = breaks[mark.line - 1]
    if found.group(0) not in "\x85\u2028\u2029":
        return None
    line_start = breaks[mark.line - 2].end() if mark.line >= 2 else 0
    return found.group(0), found.start() - line_start + 1


def _char_at(data: bytes, mark: Any) -> str:
    if mark is None:
        return ""
    lines = data.split(b"\n")
    if mark.line >= len(lines):
        return ""
    text = lines[mark.line].decode("utf-8", "replace")
    return text[mark.column] if mark.column < len(text) else ""
