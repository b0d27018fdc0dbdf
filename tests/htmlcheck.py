"""Small HTML inspections for tests, on the standard library's parser."""

from __future__ import annotations

from html.parser import HTMLParser

_HIDDEN_CONTAINERS = {"style", "script", "title", "head"}
_VOID = {"meta", "link", "br", "img", "hr", "input", "source", "wbr", "area", "base", "col", "embed", "track"}


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.headings: list[tuple[int, str]] = []
        self.references: list[tuple[str, str, str]] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self._heading: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        for name in ("src", "href", "srcset", "data", "poster", "action"):
            value = attributes.get(name)
            if value is not None:
                self.references.append((tag, name, value))
        if tag in _VOID:
            return
        self.stack.append((tag, attributes))
        if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            self._heading = []

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        while self.stack:
            open_tag, _ = self.stack.pop()
            if open_tag == tag:
                break
        if tag in {"h1", "h2", "h3", "h4", "h5", "h6"} and self._heading is not None:
            self.headings.append((int(tag[1]), " ".join("".join(self._heading).split())))
            self._heading = None

    def _hidden(self) -> bool:
        for tag, attributes in self.stack:
            if tag in _HIDDEN_CONTAINERS or "visually-hidden" in (attributes.get("class") or "").split():
                return True
        return False

    def handle_data(self, data: str) -> None:
        if self._heading is not None and not any(t in _HIDDEN_CONTAINERS for t, _ in self.stack):
            self._heading.append(data)
        if not self._hidden():
            self.text.append(data)


def parse(html: str) -> _Collector:
    collector = _Collector()
    collector.feed(html)
    collector.close()
    return collector


def visible_text(html: str) -> str:
    return " ".join(" ".join(parse(html).text).split())


def outline(html: str) -> list[tuple[int, str]]:
    return parse(html).headings


def external_references(html: str) -> list[tuple[str, str, str]]:
    """Every reference that leaves the document: anything but a #fragment."""
    return [ref for ref in parse(html).references if not ref[2].startswith("#")]


def tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    return parse(html).tags
