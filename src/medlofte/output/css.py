"""A style sheet scoped under one class, for a document put into another page (a web
publishing system such as Sitevision): every selector starts with the class, :root, html
and body become the class itself, and @page (which would set the host's print) is left out.

A small reader of the CSS medlofte's templates write: comments, rules, and @media blocks
(nested); no strings holding braces.
"""

from __future__ import annotations

import re

_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_WHOLE_PAGE = re.compile(r"^(?::root|html|body)(?=$|[\s.:#\[>+~])")


def _blocks(css: str) -> list[tuple[str, str]]:
    """(prelude, body) of each top-level rule or at-rule, in order."""
    out, depth, start, prelude = [], 0, 0, ""
    for index, char in enumerate(css):
        if char == "{":
            if depth == 0:
                prelude, start = css[start:index].strip(), index + 1
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                out.append((prelude, css[start:index].strip()))
                start = index + 1
    return out


def _selector(selector: str, scope: str) -> str:
    selector = " ".join(selector.split())
    if _WHOLE_PAGE.match(selector):
        return _WHOLE_PAGE.sub(f".{scope}", selector, count=1)
    return f".{scope} {selector}"


def scope(css: str, name: str) -> str:
    """``css`` with every rule under ``.name``."""
    lines = []
    for prelude, body in _blocks(_COMMENT.sub("", css)):
        if prelude.startswith("@page"):
            continue
        if prelude.startswith("@"):
            inner = scope(body, name)
            lines.append(f"{prelude} {{\n{inner}}}")
            continue
        selectors = ", ".join(_selector(s, name) for s in prelude.split(","))
        lines.append(f"{selectors} {{ {' '.join(body.split())} }}")
    return "".join(f"{line}\n" for line in lines)


def selectors(css: str) -> list[str]:
    """Every selector of the style sheet, also those inside @media blocks; none of @page."""
    found = []
    for prelude, body in _blocks(_COMMENT.sub("", css)):
        if prelude.startswith("@page"):
            continue
        if prelude.startswith("@"):
            found += selectors(body)
        else:
            found += [" ".join(s.split()) for s in prelude.split(",")]
    return found
