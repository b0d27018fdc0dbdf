"""Readers: a file into blocks, one reader per file type.

Each keeps what its format knows of the structure (Markdown's '#', HTML's ``<h2>`` and
``<li>``, Word's heading and list styles, a PDF's font sizes) and hands the rest to
``blocks.structure``. A file that cannot be read raises :class:`UnreadableFile` with the
reason (exit code 2). Heavy libraries (pypdfium2, python-docx) are imported only here, and
only for their own file type.
"""

from __future__ import annotations

import contextlib
import re
from collections import Counter
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from medlofte.errors import UnreadableFile
from medlofte.importer.blocks import HEADING, PARAGRAPH, TABLE, Block, Line, squeeze, structure
from medlofte.importer.vocabulary import GENERATED_BY
from medlofte.messages import t

SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf")
MAX_BYTES = 50 * 1024 * 1024


def read(path: Path) -> list[Block]:
    """The blocks of a file, by its suffix."""
    readers: dict[str, Callable[[Path], list[Block]]] = {
        ".txt": read_text, ".text": read_text, ".md": read_markdown, ".markdown": read_markdown,
        ".html": read_html, ".htm": read_html, ".docx": read_docx, ".pdf": read_pdf,
    }  # fmt: skip
    suffix = path.suffix.lower()
    if suffix not in readers:
        shown = ", ".join(SUFFIXES)
        raise UnreadableFile(
            t(
                "cannot import '{path}': medlofte reads {shown} files, not '{value}'.",
                path=path,
                shown=shown,
                value=suffix or "no suffix",
            )
        )
    if not path.exists():
        raise UnreadableFile(t("cannot import '{path}': there is no such file.", path=path))
    if not path.is_file():
        raise UnreadableFile(t("cannot import '{path}': it is not a file.", path=path))
    try:
        size = path.stat().st_size
    except OSError as err:
        raise UnreadableFile(t("cannot import '{path}': {value}.", path=path, value=err.strerror or err)) from err
    if size > MAX_BYTES:
        raise UnreadableFile(
            t("cannot import '{path}': it is larger than {value} MB.", path=path, value=MAX_BYTES // 1024 // 1024)
        )
    blocks = readers[suffix](path)
    if not any(b.text or b.rows for b in blocks):
        raise UnreadableFile(t("cannot import '{path}': it holds no text.", path=path))
    return blocks


def _bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as err:
        raise UnreadableFile(t("cannot import '{path}': {value}.", path=path, value=err.strerror or err)) from err


def decode(path: Path) -> str:
    """The text of a file: UTF-8 (with or without a byte order mark), else Windows-1252,
    the two encodings Swedish text files come in."""
    data = _bytes(path)
    if b"\x00" in data[:4096]:
        raise UnreadableFile(t("cannot import '{path}': it is not a text file (it holds binary data).", path=path))
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding).replace("\r\n", "\n").replace("\r", "\n")
        except UnicodeDecodeError:
            continue
    raise UnreadableFile(t("cannot import '{path}': it is neither UTF-8 nor Windows-1252 text.", path=path))


# ---------------------------------------------------------------------------------------
# Plain text and Markdown


def text_lines(text: str) -> list[Line]:
    """Lines with their indent and the blank lines before them. A text copied from a PDF
    often has a blank line after every line; then only two or more blank lines (or a line
    of spaces) part paragraphs."""
    raw = text.split("\n")
    gaps: list[int] = []
    lines: list[tuple[str, int, int]] = []
    blank = 0
    for line in raw:
        if not line.strip():
            blank += 2 if line and not line.strip() else 1  # a line of spaces parts more than an empty one
            continue
        expanded = line.expandtabs(4)
        lines.append((expanded.strip(), len(expanded) - len(expanded.lstrip()), blank))
        gaps.append(blank)
        blank = 0
    ones = sum(1 for g in gaps[1:] if g == 1)
    double_spaced = len(gaps) > 4 and ones >= 0.6 * (len(gaps) - 1) and any(g >= 2 for g in gaps[1:])
    out = []
    for text_, indent, gap in lines:
        if double_spaced:
            gap = 0 if gap <= 1 else 1
        out.append(Line(text_, indent=indent, gap=min(gap, 1)))
    return out


def read_text(path: Path) -> list[Block]:
    return structure(text_lines(decode(path)))


_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_MD_INLINE = re.compile(r"(\*\*|__|`)(.+?)\1|(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?!\w)|\[([^\]]+)\]\((\S+?)\)")


def md_inline(text: str) -> str:
    """Markdown's emphasis and code marks dropped; a link kept as '[words](address)',
    which the data format reads as a link too; backslash escapes undone."""

    def plain(found: re.Match[str]) -> str:
        if found.group(2) is not None:
            return found.group(2)
        if found.group(3) is not None:
            return found.group(3)
        return found.group(0)

    return re.sub(r"\\([\\`*_{}\[\]()#+\-.!|])", r"\1", _MD_INLINE.sub(plain, text))


def read_markdown(path: Path) -> list[Block]:
    lines = decode(path).split("\n")
    out: list[Block] = []
    pending: list[str] = []

    def flush() -> None:
        out.extend(structure(text_lines("\n".join(pending))))
        pending.clear()

    index = 0
    while index < len(lines):
        line = lines[index]
        heading = _MD_HEADING.match(line)
        if heading:
            flush()
            out.append(Block(HEADING, squeeze(md_inline(heading.group(2))), level=len(heading.group(1))))
        elif line.strip().startswith("|") and index + 1 < len(lines) and _MD_TABLE_RULE.match(lines[index + 1]):
            flush()
            rows = [_md_cells(line)]
            index += 2
            while index < len(lines) and lines[index].strip().startswith("|"):
                rows.append(_md_cells(lines[index]))
                index += 1
            out.append(Block(TABLE, rows=rows))
            continue
        elif index + 1 < len(lines) and line.strip() and re.fullmatch(r"\s*(=+|-+)\s*", lines[index + 1]) and not pending:
            out.append(Block(HEADING, squeeze(md_inline(line)), level=1 if "=" in lines[index + 1] else 2))
            index += 1
        else:
            pending.append(md_inline(line.rstrip("\\").rstrip()) if line.strip() else "")
        index += 1
    flush()
    return out


def _md_cells(line: str) -> list[str]:
    return [squeeze(md_inline(cell)) for cell in line.strip().strip("|").split("|")]


# ---------------------------------------------------------------------------------------
# HTML: a saved web page


_DROPPED = frozenset({"script", "style", "noscript", "template", "svg", "nav", "aside", "form", "button", "select",
                      "iframe", "object", "canvas", "dialog", "head", "title", "meta", "link", "input", "textarea"})  # fmt: skip
_PAGE_PARTS = frozenset({"header", "footer"})
_FURNITURE_ATTR = re.compile(
    r"cookie|consent|gdpr|banner|breadcrumb|skip|share|social|navigation|\bnav\b|menu|search|sok\b|toolbar"
    r"|print|feedback|related|sidebar|to-?top|back-to-top|site-?header|site-?footer|visually-?hidden|sr-only",
    re.IGNORECASE,
)
_BLOCKS = frozenset({"p", "div", "section", "article", "main", "blockquote", "address", "figcaption", "dd", "dt",
                     "pre", "summary", "details", "center", "body", "html", "figure", "legend", "fieldset"})  # fmt: skip
_VOID = frozenset({"br", "hr", "img", "wbr", "col", "area", "base", "embed", "param", "source", "track"})


class _Page(HTMLParser):
    """Collects the page's text as lines, headings, items and tables, leaving out the
    site's navigation, header, footer, forms, scripts and cookie banners."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # (tag, dropped)
        self.items: list[Line | Block] = []
        self.buffer: list[str] = []
        self.heading = 0
        self.lists: list[str] = []  # 'ul' or 'ol' of the open lists
        self.counters: list[int] = []
        self.in_item: list[str] = []
        self.table: list[list[str]] | None = None
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.main_depth: int | None = None
        self.saw_main = False

    @property
    def dropped(self) -> bool:
        return any(d for _, d in self.stack)

    def flush(self) -> None:
        text = squeeze("".join(self.buffer))
        self.buffer = []
        if not text:
            return
        if self.heading:
            self.items.append(Line(text, heading=self.heading))
        elif self.in_item:
            marker = self.in_item[-1]
            self.items.append(Line(f"{marker} {text}", indent=2 * (len(self.lists) - 1), item=False, depth=len(self.lists) - 1))
            self.in_item[-1] = ""  # the next text of the same item continues it
        else:
            self.items.append(Line(text, indent=2 * len(self.lists) if self.lists else 0, gap=1))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            if tag == "br" and not self.dropped:
                if self.cell is not None:
                    self.cell.append(" ")
                else:
                    self.flush()
            return
        marks = " ".join(v or "" for k, v in attrs if k in ("class", "id", "role", "aria-label", "aria-hidden", "hidden"))
        drop = tag in _DROPPED or bool(_FURNITURE_ATTR.search(marks)) or ("hidden" in dict(attrs))
        drop = drop or (tag in _PAGE_PARTS and not self._inside("article", "main"))
        if "role" in dict(attrs) and dict(attrs)["role"] in ("navigation", "banner", "contentinfo", "search", "dialog"):
            drop = True
        self.stack.append((tag, drop))
        if self.dropped:
            return
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.flush()
            self.heading = int(tag[1])
        elif tag in ("ul", "ol"):
            self.flush()
            self.lists.append(tag)
            self.counters.append(0)
        elif tag == "li":
            self.flush()
            if self.counters:
                self.counters[-1] += 1
            ordered = bool(self.lists) and self.lists[-1] == "ol"
            self.in_item.append(f"{self.counters[-1]}." if ordered and self.counters else "•")
        elif tag == "table":
            self.flush()
            self.table = []
        elif tag == "tr" and self.table is not None:
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = []
        elif tag in _BLOCKS:
            self.flush()

    def _inside(self, *tags: str) -> bool:
        return any(t in tags for t, _ in self.stack)

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        if not any(t == tag for t, _ in self.stack):
            return
        dropped_before = self.dropped
        while self.stack:
            open_tag, _ = self.stack.pop()
            if open_tag == tag:
                break
        if dropped_before and self.dropped:
            return
        if dropped_before:
            self.buffer = []
            return
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.flush()
            self.heading = 0
        elif tag in ("ul", "ol") and self.lists:
            self.flush()
            self.lists.pop()
            self.counters.pop()
        elif tag == "li" and self.in_item:
            self.flush()
            self.in_item.pop()
        elif tag in ("td", "th") and self.cell is not None and self.row is not None:
            self.row.append(squeeze("".join(self.cell)))
            self.cell = None
        elif tag == "tr" and self.row is not None and self.table is not None:
            if any(self.row):
                self.table.append(self.row)
            self.row = None
        elif tag == "table" and self.table is not None:
            if self.table:
                self.items.append(Block(TABLE, rows=self.table))
            self.table = None
        elif tag in _BLOCKS:
            self.flush()

    def handle_data(self, data: str) -> None:
        if self.dropped:
            return
        if self.cell is not None:
            self.cell.append(data)
        elif self.table is None:
            self.buffer.append(data)


def _main_part(html: str) -> str:
    """The page's main content when it marks it (``<main>``, ``role="main"``, one
    ``<article>``), else the whole page."""
    lowered = html.lower()
    for opening, closing in (("<main", "</main>"), ('role="main"', None), ("<article", "</article>")):
        start = lowered.find(opening)
        if start < 0:
            continue
        if closing is None:
            start = lowered.rfind("<", 0, start)
            return html[start:]
        end = lowered.rfind(closing)
        if end > start and (opening != "<article" or lowered.count("<article") == 1):
            return html[start : end + len(closing)]
    return html


def read_html(path: Path) -> list[Block]:
    text = decode(path)
    charset = re.search(r"<meta[^>]+charset=[\"']?([\w-]+)", text[:4096], re.IGNORECASE)
    if charset and charset.group(1).lower() not in ("utf-8", "utf8"):
        with contextlib.suppress(LookupError, UnicodeDecodeError):
            text = _bytes(path).decode(charset.group(1))
    main = _main_part(text)
    page = _Page()
    page.feed(main)
    page.close()
    page.flush()
    blocks = _mixed(page.items)
    if main is not text and not any(b.kind == HEADING and b.level == 1 for b in blocks):
        # the page's title and lead above its main content (a masthead) belong to the promise
        before = text[: text.find(main)]
        found = re.search(r"<h1\b", before, re.IGNORECASE)
        if found:
            head = _Page()
            head.feed(before[found.start() :])
            head.close()
            head.flush()
            blocks = _mixed(head.items) + blocks
    if re.search(r"<meta\s+name=[\"']generator[\"']\s+content=[\"']medlofte\b", text[:4096], re.IGNORECASE):
        # a page medlofte rendered: its colophon (left out with the footer) says so, as a PDF's does
        blocks.append(Block(PARAGRAPH, GENERATED_BY))
    return blocks


def _mixed(items: list[Line | Block]) -> list[Block]:
    """Blocks from lines and the tables between them."""
    out: list[Block] = []
    lines: list[Line] = []
    for item in items:
        if isinstance(item, Block):
            out += structure(lines)
            lines = []
            out.append(item)
        else:
            lines.append(item)
    return out + structure(lines)


# ---------------------------------------------------------------------------------------
# Word


def read_docx(path: Path) -> list[Block]:
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError as err:  # pragma: no cover - python-docx is a dependency
        raise UnreadableFile(
            t("cannot import '{path}': reading Word files needs python-docx ({err}).", path=path, err=err)
        ) from err
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as err:
        raise UnreadableFile(
            t("cannot import '{path}': it is not a Word (.docx) file that can be opened ({err}).", path=path, err=err)
        ) from err
    except Exception as err:
        raise UnreadableFile(
            t("cannot import '{path}': the Word file is damaged ({name__}).", path=path, name__=type(err).__name__)
        ) from err
    items: list[Line | Block] = []
    gap = 0
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, document)
            text = paragraph.text
            if not text.strip():
                gap = 1
                continue
            level, listed, depth = _docx_style(paragraph)
            bold = all(run.bold for run in paragraph.runs if run.text.strip()) and any(r.text.strip() for r in paragraph.runs)
            indent = _docx_indent(paragraph)
            for n, part in enumerate(text.split("\n")):
                marker = "" if not listed or n else "• "
                spaces = len(part.expandtabs(4)) - len(part.expandtabs(4).lstrip())
                line = Line(
                    marker + part.strip(), indent=indent + spaces + 2 * depth, gap=gap if n == 0 else 0, heading=level, bold=bold
                )
                items.append(line)
            gap = 0
        elif tag == "tbl":
            table = Table(child, document)
            rows: list[list[str]] = []
            for row in table.rows:
                cells: list[str] = []
                seen: set[int] = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:  # a merged cell is listed once per column it spans
                        continue
                    seen.add(id(cell._tc))
                    cells.append(squeeze(cell.text))
                if any(cells):
                    rows.append(cells)
            if rows:
                items.append(Block(TABLE, rows=rows))
            gap = 1
    return _mixed(items)


def _docx_indent(paragraph: Any) -> int:
    """The paragraph's left indent in spaces (a space is about 1/10 inch)."""
    try:
        left = paragraph.paragraph_format.left_indent
    except (AttributeError, ValueError):  # pragma: no cover - python-docx reads what it can
        return 0
    return int(left.inches * 10) if left else 0


def _docx_style(paragraph: Any) -> tuple[int, bool, int]:
    """(heading level, is a list item, list depth) from the paragraph's style and numbering."""
    name = (paragraph.style.name if paragraph.style is not None else "") or ""
    lowered = name.lower()
    level = 0
    if lowered in ("title", "rubrik"):
        level = 1
    else:
        found = re.match(r"(?:heading|rubrik)\s*(\d)", lowered)
        if found:
            level = min(int(found.group(1)) + 1, 6)
    properties = paragraph._p.pPr
    numbering = properties.numPr if properties is not None else None
    listed = numbering is not None or "list" in lowered or "lista" in lowered or "liststycke" in lowered
    depth = 0
    if numbering is not None and numbering.ilvl is not None and numbering.ilvl.val is not None:
        depth = int(numbering.ilvl.val)
    return level, listed and not level, depth


# ---------------------------------------------------------------------------------------
# PDF


class _Span:
    __slots__ = ("bold", "right", "size", "text", "x", "y")

    def __init__(self, text: str, x: float, y: float, size: float, bold: bool, right: float = 0.0) -> None:
        self.text, self.x, self.y, self.size, self.bold, self.right = text, x, y, size, bold, right


def read_pdf(path: Path) -> list[Block]:
    try:
        import pypdfium2 as pdfium
    except ImportError as err:  # pragma: no cover - pypdfium2 is a dependency
        raise UnreadableFile(t("cannot import '{path}': reading PDF files needs pypdfium2 ({err}).", path=path, err=err)) from err
    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as err:
        if "password" in str(err).lower():
            raise UnreadableFile(t("cannot import '{path}': the PDF is protected by a password.", path=path)) from err
        raise UnreadableFile(t("cannot import '{path}': it is not a PDF that can be read ({err}).", path=path, err=err)) from err
    try:
        pages = [_page_lines(document[n]) for n in range(len(document))]
    except pdfium.PdfiumError as err:  # pragma: no cover - a page PDFium opened but cannot read
        raise UnreadableFile(t("cannot import '{path}': the PDF is damaged ({err}).", path=path, err=err)) from err
    finally:
        document.close()
    chars = sum(len(s.text.strip()) for page in pages for line in page for s in line)
    if chars < 5 * max(1, len(pages)):
        raise UnreadableFile(
            t(
                "cannot import '{path}': the PDF has no text layer (it is probably a scanned image). Run it "
                "through OCR first (for example `ocrmypdf in.pdf out.pdf`) and import the result.",
                path=path,
            )
        )
    return structure(_pdf_lines(pages))


def _page_lines(page: Any) -> list[list[_Span]]:
    """The page's text runs (PDFium's rectangles: text on one line in one font) grouped
    into lines, top to bottom, left to right, each with its font size and weight."""
    import ctypes

    import pypdfium2.raw as raw

    text_page = page.get_textpage()
    spans: list[_Span] = []
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int(0)
    try:
        for n in range(text_page.count_rects()):
            left, bottom, right, top = text_page.get_rect(n)
            text = text_page.get_text_bounded(left, bottom, right, top).replace("\r", "").replace("\n", " ")
            text = text.replace("\x02", "-")  # PDFium marks a hyphen at the end of a line so
            if not text.strip():
                continue
            index = text_page.get_index(left + 0.5, (bottom + top) / 2, 2.0, 2.0)
            size, bold = top - bottom, False
            if index >= 0:
                size = raw.FPDFText_GetFontSize(text_page.raw, index) or size
                raw.FPDFText_GetFontInfo(text_page.raw, index, name, len(name), ctypes.byref(flags))
                font = name.value.decode("latin-1", errors="replace")
                bold = bool(re.search(r"bold|black|heavy|semibold|demi", font, re.IGNORECASE)) or bool(flags.value & 0x40000)
            spans.append(_Span(text, left, bottom, size, bold, right))
    finally:
        text_page.close()
        page.close()
    spans.sort(key=lambda s: (-round(s.y), s.x))
    lines: list[list[_Span]] = []
    for span in spans:
        if lines and abs(lines[-1][0].y - span.y) <= max(2.0, 0.3 * span.size):
            lines[-1].append(span)
        else:
            lines.append([span])
    for line in lines:
        line.sort(key=lambda s: s.x)
    return lines


def _line_text(spans: list[_Span]) -> str:
    out = ""
    for span in spans:
        piece = span.text
        if out and not out.endswith((" ", "\u00a0")) and not piece.startswith(" "):
            out += " "
        out += piece
    return out.strip()


_PAGE_NUMBER = re.compile(r"^(?:sida\s*)?\d{1,4}(?:\s*(?:/|av|of)\s*\d{1,4})?$", re.IGNORECASE)


def _pdf_lines(pages: list[list[list[_Span]]]) -> list[Line]:
    """Lines with the gap before them, their indent and heading level from the font size;
    running heads, feet and page numbers left out."""
    sizes: Counter[float] = Counter()
    for page in pages:
        for line in page:
            for span in line:
                sizes[round(span.size, 1)] += len(span.text)
    body = sizes.most_common(1)[0][0] if sizes else 10.0
    larger = sorted({s for s in sizes if s >= body * 1.15}, reverse=True)
    level_of = {s: min(i + 1, 6) for i, s in enumerate(larger)}
    repeated = _running(pages)
    heads = _title_heads(pages, body)
    left = min((line[0].x for page in pages for line in page if line), default=0.0)
    out: list[Line] = []
    for number, page in enumerate(pages):
        margin = max((line[-1].right for line in page), default=0.0)
        previous_y: float | None = None
        for index, line in enumerate(page):
            text = _line_text(line)
            key = re.sub(r"\d+", "#", text)
            if not text or key in repeated or _PAGE_NUMBER.match(text) or (index == 0 and number in heads):
                continue
            size = max(round(s.size, 1) for s in line)
            spacing = 1.9 * body
            distance = previous_y - line[0].y if previous_y is not None else None
            gap = 1 if distance is not None and distance > spacing else 0
            tight = distance is not None and distance <= 1.6 * size
            if previous_y is None and out:
                gap = 0 if not out[-1].heading else 1
            previous_y = line[0].y
            bold = all(s.bold for s in line)
            level = level_of.get(size, 0) if len(text) <= 160 else 0
            indent = round((line[0].x - left) / max(body * 0.5, 1))
            out.append(
                Line(
                    text, indent=indent, gap=gap, heading=level, bold=bold, full=line[-1].right >= margin - 3 * body, tight=tight
                )
            )
    return _merge_headings(out)


def _title_heads(pages: list[list[list[_Span]]], body: float) -> set[int]:
    """The pages after the first whose top line is a running head that repeats the title (the
    largest line of the first page), set smaller than the text: found on a document of two
    pages too, where a running head is not yet repeated enough to tell."""
    first = pages[0] if pages else []
    if not first:
        return set()
    title = _line_text(max(first, key=lambda line: max(s.size for s in line)))
    return {
        n
        for n, page in enumerate(pages)
        if n and page and _line_text(page[0]).startswith(title) and max(s.size for s in page[0]) < body
    }


def _running(pages: list[list[list[_Span]]]) -> set[str]:
    """Lines repeated at the top or foot of most pages: running heads and feet."""
    if len(pages) < 3:
        return set()
    counts: Counter[str] = Counter()
    for page in pages:
        edge = page[:2] + page[-2:]
        counts.update({re.sub(r"\d+", "#", _line_text(line)) for line in edge})
    return {text for text, n in counts.items() if n >= max(3, len(pages) // 2)}


def _merge_headings(lines: list[Line]) -> list[Line]:
    """A heading that wraps is one heading; a number set apart from its heading ('1.' then
    'Trafik' on the same line) is already joined by the line."""
    out: list[Line] = []
    for line in lines:
        previous = out[-1] if out else None
        if previous and line.heading and previous.heading == line.heading and line.tight and not previous.text.endswith(":"):
            out[-1].text = f"{out[-1].text} {line.text}"
            continue
        out.append(line)
    return out
