"""How a text was written in its file: the mistakes that parse as YAML but change the text.

YAML joins the lines of a text written without '|' into one line, so a list pasted from
Word ('•', '–', '1.'), or an item indented one space too far, becomes part of the text
above it; ' #' starts a comment, so 'kvarter #3' loses '#3 …'; and a double-quoted escape
such as '\\e' puts a control character into the text. Each of these is a finding here,
found from the node's position in the source, so the document never silently differs
from what the coordinator wrote.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import NamedTuple

from yaml.nodes import Node, ScalarNode

from medlofte.data.findings import Finding, Loc
from medlofte.messages import t


@functools.cache
def _pattern(source: str) -> re.Pattern[str]:
    """A pattern compiled when first used: most are needed only for a finding, and
    compiling them all at import would cost every start."""
    return re.compile(source)


# What libyaml counts as a line break (YAML 1.1), so that marks and lines agree.
LINE_BREAK = re.compile(r"\r\n|[\r\n\x85\u2028\u2029]")
# Line separators that come with text copied from Word or PDF; in a value they are line breaks.
_SEPARATORS = str.maketrans({"\x85": "\n", "\u2028": "\n", "\u2029": "\n"})
# Control characters and Unicode noncharacters (U+FDD0-U+FDEF, U+xFFFE, U+xFFFF): none can
# be printed, and HTML forbids them.
_NONCHARACTERS = "".join(chr(plane * 0x10000 + last) for plane in range(17) for last in (0xFFFE, 0xFFFF))
_CONTROL = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x84\\x86-\\x9f\\ufdd0-\\ufdef{_NONCHARACTERS}]")
_CONTROL_NAMES = {0x00: "NUL", 0x07: "BEL", 0x08: "BS", 0x0D: "CR", 0x1B: "ESC", 0x7F: "DEL", 0x9B: "CSI"}

# List marks. Strong ones are list items wherever a line starts with them; weak ones (a
# dash, a number) may also start a wrapped line of prose, so they count when two lines of
# the text start with a mark, or the text itself does.
_WORD_BULLETS = "•◦▪▫■□●○‣⁃∙·\uf0b7\uf0a7\uf076\uf0d8"
_STRONG = rf"[-*+](?=[ \t])|[{_WORD_BULLETS}]"
_WEAK = r"[–—]|-(?=[^\s-])|[0-9]{1,2}[.)](?=[ \t])"
# What textblocks reads as a list item in a text written with '|'.
_BULLET = r"[-*\u2022][ \t]"
# After a plain text: ' #3' on its line, or a line of nothing but '  #3 …' below it. One
# match at the text's end, since it is tried on every plain text of every file.
COMMENT = re.compile(r"[ \t]+#(?=[^\s#])|[ \t]*(?:\r\n|[\r\n\x85\u2028\u2029])([ \t]+)#(?=[^\s#])")
_SEPARATOR = re.compile("[\x85\u2028\u2029]")
_CUTTING = re.compile(rb"#[^\s#]")


def clean(value: str) -> str:
    """The value with Word's line separators read as the line breaks they are."""
    return value.translate(_SEPARATORS) if _SEPARATOR.search(value) else value


def _loc(path: str, source: str, index: int) -> Loc:
    """The 1-based line and column of a character offset, counting lines as libyaml does."""
    before = source[:index]
    breaks = list(LINE_BREAK.finditer(before))
    line_start = breaks[-1].end() if breaks else 0
    return Loc(path, len(breaks) + 1, index - line_start + 1)


class _Line(NamedTuple):
    start: int  # offset of the line's first character in the source
    text: str

    @property
    def indent(self) -> int:
        return len(self.text) - len(self.text.lstrip(" \t"))

    @property
    def content(self) -> str:
        return self.text.lstrip(" \t")


def _lines(source: str, start: int, end: int) -> list[_Line]:
    """The source lines from ``start`` to ``end``, the first one from ``start``."""
    lines = []
    at = start
    for found in LINE_BREAK.finditer(source, start, end):
        lines.append(_Line(at, source[at : found.start()]))
        at = found.end()
    lines.append(_Line(at, source[at:end]))
    return lines


def _line_start(source: str, index: int) -> int:
    return max(source.rfind(c, 0, index) for c in "\n\r\x85\u2028\u2029") + 1


def _mark(content: str) -> tuple[str, bool] | None:
    """The list mark a line starts with, and whether it is a strong one."""
    found = _pattern(_STRONG).match(content)
    if found:
        return found.group(0), True
    found = _pattern(_WEAK).match(content)
    if found:
        return (content[: found.end()].strip() or "-"), False
    return None


def _join(before: str, after: str) -> str:
    before, after = " ".join(before.split()), " ".join(after.split())
    return f"…{before[-25:]} {after[:30]}…"


def may_cut(data: bytes) -> bool:
    """Whether a file has a '#' before a non-space anywhere, the only way a comment can cut a
    text; a file without one needs no look at what follows each text."""
    return _CUTTING.search(data) is not None


def check(node: ScalarNode, value: str, source: Callable[[], str], path: str) -> list[Finding]:
    """What makes this text come out other than it was written; empty when nothing does.
    ``source`` gives the file's text (decoded only when a check needs it)."""
    style = node.style
    found = _control(node, value, path) if style == '"' else None
    if found is not None:
        return [found]
    if style == "|":
        return _literal(node, value, source, path)
    text = source()
    if not text:
        return []
    if style == ">":
        return _plain_lines(node, text, path, folded=True)
    found = None if style else _comment(node, text, path)
    if found is not None:
        return [found]
    if node.end_mark.line != node.start_mark.line:  # plain or quoted: YAML joins the lines
        return _plain_lines(node, text, path, folded=False)
    return []


def _control(node: Node, value: str, path: str) -> Finding | None:
    found = _CONTROL.search(value)
    if found is None:
        return None
    code = ord(found.group(0))
    kind = t("control character") if code < 0xA0 else t("Unicode noncharacter")
    name = f" ({_CONTROL_NAMES[code]})" if code in _CONTROL_NAMES else ""
    return Finding(
        "ML209",
        Loc(path, node.start_mark.line + 1, node.start_mark.column + 1),
        t(
            "The text holds the {kind} U+{code:04X}{name}, written as an escape such as '\\e' or '\\x1b'.",
            kind=kind,
            code=code,
            name=name,
        ),
        t("Remove the escape: such a character cannot be printed, and in a terminal it can change what is shown."),
    )


def _comment(node: ScalarNode, source: str, path: str) -> Finding | None:
    """' #3 och #4' after a text on its line, or on the next line indented as its
    continuation: YAML reads it as a comment and the text ends before it."""
    found = COMMENT.match(source, node.end_mark.index)
    if found is None:
        return None
    if found.group(1) is not None:  # on the next line: only when indented under the text's key
        line_start = _line_start(source, node.start_mark.index)
        line = source[line_start : node.start_mark.index]
        if len(found.group(1)) <= len(line) - len(line.lstrip(" ")):
            return None
    hash_at = found.end() - 1
    stop = LINE_BREAK.search(source, hash_at)
    cut = source[hash_at : stop.start() if stop else len(source)].strip()
    tail = " ".join(node.value.split())[-30:]
    return Finding(
        "ML118",
        _loc(path, source, hash_at),
        t(
            "The text ends at '…{tail}': YAML reads ' #' as the start of a comment, so '{cut}' is left out.",
            tail=tail,
            cut=cut[:40],
        ),
        t("Put the whole text in quotes (\"…\") if this belongs to it; for a comment, write a space after the '#'."),
    )


def _list_item_dash(source: str, node: Node) -> int | None:
    """The column of the '- ' that starts this value's list item, if it is one."""
    start = node.start_mark.index
    before = source[_line_start(source, start) : start]
    stripped = before.rstrip(" \t")
    if stripped.endswith("-") and not stripped[:-1].strip(" -"):
        return len(stripped)
    return None


def _plain_lines(node: ScalarNode, source: str, path: str, folded: bool) -> list[Finding]:
    """A text whose lines YAML joins: a line in it that starts like a list item."""
    lines = _lines(source, node.start_mark.index, node.end_mark.index)
    if folded:  # the first line holds the '>' indicator
        lines = lines[1:]
        base = min((line.indent for line in lines if line.content), default=0)
        lines = [line for line in lines if line.indent == base or not line.content]

    def after_text(i: int) -> bool:  # joined to the line above (a blank line keeps a break)
        return i > 0 and bool(lines[i - 1].content)

    def is_joined(i: int) -> bool:
        return after_text(i) or (i + 1 < len(lines) and bool(lines[i + 1].content))

    marked = [(i, m) for i, line in enumerate(lines) if (m := _mark(line.content)) is not None and is_joined(i)]
    dashes = [(i, m) for i, m in marked if m[1] and m[0] in "-*+" and (after_text(i) or (folded and i == 0))]
    if dashes:
        index, (mark, strong) = dashes[0]
    elif len(marked) >= 2 or any(strong and after_text(i) for i, (_, strong) in marked):
        index, (mark, strong) = marked[0]
    else:
        return []
    line = lines[index]
    previous = next((lines[j].content for j in range(index - 1, -1, -1) if lines[j].content), "")
    following = next((lines[j].content for j in range(index + 1, len(lines)) if lines[j].content), "")
    joined = _join(previous, line.content) if previous else _join(line.content, following)
    loc = _loc(path, source, line.start + line.indent)
    if strong and mark in "-*+":
        if folded:
            message = t(
                "In a text written after '>' the lines are joined, so this '{mark} ' item becomes part of the line "
                "above: '{joined}'.",
                mark=mark,
                joined=joined,
            )
            hint = t("Write '|' instead of '>' to keep each line and the list.")
            return [Finding("ML117", loc, message, hint)]
        dash = _list_item_dash(source, node)
        if dash is not None:
            message = t(
                "This '{mark} ' line is read as part of the list item above, because it is indented further than "
                "that item's '- ': the item becomes '{joined}'.",
                mark=mark,
                joined=joined,
            )
            hint = t("Start each '- ' of the list in the same column (column {dash}).", dash=dash)
        else:
            message = t(
                "This '{mark} ' line is read as a continuation of the text above, not as a list item: '{joined}'.",
                mark=mark,
                joined=joined,
            )
            hint = t(
                "For a list, start it on the line below the key with each item as '- '; to keep a list inside a text, "
                "write '|' after the key and the text on the lines below it."
            )
        return [Finding("ML117", loc, message, hint)]
    return [_foreign_mark(loc, mark, joined)]


def _foreign_mark(loc: Loc, mark: str, joined: str) -> Finding:
    copied = t(" (copied from Word?)") if mark not in "-" else ""
    message = t(
        "This line starts with '{mark}'{copied}, which is not a list item here: the lines are joined into '{joined}'.",
        mark=mark,
        copied=copied,
        joined=joined,
    )
    if mark[:1].isdigit():
        hint = t(
            "Start each list item with '- ' (a hyphen and a space) instead of '{mark}'; the document shows a bulleted list.",
            mark=mark,
        )
    elif mark == "-":
        hint = t("Write a space after the '-': each list item starts with '- '.")
    else:
        hint = t("Start each list item with '- ' (a hyphen and a space) instead of '{mark}'.", mark=mark)
    return Finding("ML117", loc, message, hint)


def _literal(node: ScalarNode, value: str, source: Callable[[], str], path: str) -> list[Finding]:
    """A text written with '|': lines starting with a mark that is not '- ' are joined into
    the paragraph above when the document is made."""
    if not any(c in value for c in _WORD_BULLETS) and not re.search(r"^[ \t]*(?:[–—]|-[^\s-]|[0-9]{1,2}[.)][ \t])", value, re.M):
        return []
    lines = value.split("\n")
    marks = [_mark(line.lstrip(" \t")) for line in lines]
    count = sum(1 for m in marks if m is not None)
    for i, (line, m) in enumerate(zip(lines, marks, strict=True)):
        if m is None or _pattern(_BULLET).match(line.lstrip(" \t")):
            continue
        mark, strong = m
        alone = (i == 0 or not lines[i - 1].strip()) and (i + 1 == len(lines) or not lines[i + 1].strip())
        if alone or (not strong and count < 2):
            continue
        loc = Loc(path, node.start_mark.line + 2 + i, node.start_mark.column + 1)
        text = source()
        if text:
            loc = _literal_loc(node, text, path, i) or loc
        neighbour = lines[i - 1] if i and lines[i - 1].strip() else (lines[i + 1] if i + 1 < len(lines) else "")
        joined = _join(neighbour, line) if i and lines[i - 1].strip() else _join(line, neighbour)
        return [_foreign_mark(loc, mark, joined)]
    return []


def _literal_loc(node: ScalarNode, source: str, path: str, line_index: int) -> Loc | None:
    """Where content line ``line_index`` of a block text is in the file."""
    lines = _lines(source, node.start_mark.index, node.end_mark.index)[1:]
    if line_index >= len(lines):
        return None
    line = lines[line_index]
    return _loc(path, source, line.start + line.indent)


def list_item_starts_here(source: str, key: Node) -> bool:
    """Whether only '- ' (and indentation) stands before this key on its line, so the
    mapping it begins is a list item."""
    return _list_item_dash(source, key) is not None


# ---------------------------------------------------------------------------------------
# Lines pasted from Word or a web page, named for what they are when they break the YAML

_ODD_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u3000\ufeff"
_CURLY = "“”„‟‘’‚‛«»"
_KEY_LINE = r"([ ]*)(?:- )?[A-Za-z_][A-Za-z0-9_]*[ ]*:(?:[ \t]|\Z)"
_NO_COLON = r"([ ]*)(?:- )?([a-z_]+)[ \t]+([^:#\s].*)\Z"
_CURLY_VALUE = rf"[ ]*(?:- )?(?:[A-Za-z_][A-Za-z0-9_]*[ ]*:[ \t]+)?([{_CURLY}])"


def _space_name(char: str) -> str:
    return t("non-breaking spaces") if char == "\u00a0" else t("the special space U+{code:04X}", code=ord(char))


def line_mistake(lines: list[str], index: int) -> tuple[int, str, str] | None:
    """A paste mistake on line ``index`` (0-based) of a file: (column, message, hint), or None.

    Indentation with non-breaking spaces, a Word bullet or dash where '- ' belongs, Word's
    curly quotes around a text, and a key without its ':'.
    """
    line = lines[index]
    content = line.lstrip(" ")
    lead = len(line) - len(content)
    odd = next((i for i, c in enumerate(line) if c not in " " + _ODD_SPACES), len(line))
    spaces = [c for c in line[:odd] if c in _ODD_SPACES]
    if spaces and line[odd:].strip():
        return (
            1,
            t(
                "This line is indented with {spaces} (copied from a web page or Word?); "
                "YAML counts only ordinary spaces as indentation.",
                spaces=_space_name(spaces[0]),
            ),
            t("Replace the indentation with ordinary spaces (two per level)."),
        )
    mark = _mark(content)
    if mark is not None and content[:1] in _WORD_BULLETS + "–—":
        return (
            lead + 1,
            t("This line starts with '{mark}' (copied from Word?), which YAML does not read as a list item.", mark=content[0]),
            t("Write '- ' (a hyphen and a space) instead of '{mark}'.", mark=content[0]),
        )
    curly = _pattern(_CURLY_VALUE).match(line)
    if curly is not None:
        quote = curly.group(1)
        return (
            curly.start(1) + 1,
            t(
                "The text starts with the typographic quote '{quote}' (from Word); YAML reads only straight quotes "
                "(\" and ') as quotes, so the text is not quoted.",
                quote=quote,
            ),
            t('Write the text between straight double quotes: "…".'),
        )
    missing = _pattern(_NO_COLON).match(line)
    if missing is not None and _key_at(lines, index, len(missing.group(1))):
        key, rest = missing.group(2), missing.group(3).rstrip()
        return (
            len(missing.group(1)) + 1,
            t("There is no ':' after the key '{key}'.", key=key),
            t("Write '{key}: {rest}'.", key=key, rest=rest[:40]),
        )
    return None


def _key_at(lines: list[str], index: int, indent: int) -> bool:
    """Whether the nearest other line with content (above or below) is a key at this indentation."""
    for step in (1, -1):
        j = index + step
        while 0 <= j < len(lines) and (not lines[j].strip() or lines[j].lstrip().startswith("#")):
            j += step
        if 0 <= j < len(lines):
            found = _pattern(_KEY_LINE).match(lines[j])
            if found is not None and len(found.group(1)) == indent:
                return True
    return False


def key_mistake(key: str) -> tuple[str, str] | None:
    """An unknown key that is really a pasted line: indentation of non-breaking spaces or a
    Word bullet in front of the key."""
    found = line_mistake([key], 0)
    return None if found is None else (found[1], found[2])
