"""The yearly document and its follow-up report as a Word document (.docx), for the review
with partners and the municipal board: comments, tracked changes, the diarium.

Built with python-docx from the same view as the HTML (not from a Word template), so it holds
the same content in the same order: Word's own Heading 1–4 styles (the navigation pane and a
table of contents work), real bulleted and numbered lists, the actor × area matrix as a
table, the theme's colour, footer and logo, and with a draft "Utkast" and the date in the
header of every page. The bytes are reproducible: fixed document properties and zip dates.
"""

from __future__ import annotations

import io
import zipfile
from typing import TYPE_CHECKING, Any

from medlofte.data.textblocks import Block
from medlofte.data.textblocks import runs as text_runs
from medlofte.views.common import Fact, GoalView, TocEntry
from medlofte.views.labels import Labels
from medlofte.views.look import Look

if TYPE_CHECKING:
    from medlofte.views.followup import FollowUpArea, FollowUpDocument
    from medlofte.views.promise import AreaView, Document, Part

INK, MUTED, ACCENT = "1b1f24", "4a525c", "15407a"
# Logos Word shows as pictures; an SVG or WebP logo is left out of the Word document.
PICTURES = ("image/png", "image/jpeg", "image/gif")
ZIP_DATE = (2000, 1, 1, 0, 0, 0)


class _Writer:
    """One Word document being written: python-docx's objects (no type information) and
    the helpers that keep its styles, lists and links consistent."""

    def __init__(self, labels: Labels, look: Look, title: str, lang: str) -> None:
        import docx
        from docx.shared import Pt, RGBColor

        self.labels, self.look = labels, look
        self.doc: Any = docx.Document()
        self.rgb = RGBColor
        accent = RGBColor.from_string((look.colour or f"#{ACCENT}")[1:].upper())
        normal = self.doc.styles["Normal"]
        normal.font.name = "Arial"
        normal.font.size = Pt(10.5)
        normal.font.color.rgb = RGBColor.from_string(INK)
        self._language(normal, "sv-SE" if lang == "sv" else "en-GB")
        for level, size in ((1, 20), (2, 15), (3, 12.5), (4, 11)):
            style = self.doc.styles[f"Heading {level}"]
            style.font.name = "Arial"
            style.font.size = Pt(size)
            style.font.bold = True
            style.font.italic = False
            style.font.color.rgb = accent if level <= 2 else RGBColor.from_string(INK)
            style.paragraph_format.keep_with_next = True  # no heading alone at a page's foot
            self._one_typeface(style)
        self.accent = accent
        self._properties(title, lang)
        self._page_furniture()

    # --- set-up

    def _one_typeface(self, style: Any) -> None:
        """The style's font as named, not the Word theme's heading font (one typeface family)."""
        from docx.oxml.ns import qn

        fonts = style.element.get_or_add_rPr().find(qn("w:rFonts"))
        if fonts is not None:
            for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                fonts.attrib.pop(qn(theme), None)

    def _language(self, style: Any, lang: str) -> None:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        rpr = style.element.get_or_add_rPr()
        element = OxmlElement("w:lang")
        element.set(qn("w:val"), lang)
        element.set(qn("w:eastAsia"), lang)
        element.set(qn("w:bidi"), lang)
        rpr.append(element)

    def _properties(self, title: str, lang: str) -> None:
        import datetime as dt

        core = self.doc.core_properties
        core.title = title
        core.language = "sv-SE" if lang == "sv" else "en-GB"
        core.author = "medlofte"
        core.last_modified_by = "medlofte"
        core.comments = ""
        core.revision = 1
        fixed = dt.datetime(2000, 1, 1)  # no timestamp: the same data gives the same bytes
        core.created = fixed
        core.modified = fixed
        core.last_printed = fixed

    def _page_furniture(self) -> None:
        """A4 with the print margins; the draft's mark in the header, the theme's footer and
        the page number ("2 / 4") in the footer of every page."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Mm, Pt

        section = self.doc.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(20), Mm(22)
        section.left_margin = section.right_margin = Mm(18)
        if self.look.draft:
            header = section.header.paragraphs[0]
            header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            mark = header.add_run(self.look.draft)
            mark.bold = True
            mark.font.size = Pt(8.5)
            mark.font.color.rgb = self.rgb.from_string("B3261E")
        footer = section.footer.paragraphs[0]
        if self.look.footer:
            run = footer.add_run(self.look.footer + "\t")
            run.font.size = Pt(8.5)
        else:
            footer.add_run("\t")
        from docx.enum.text import WD_TAB_ALIGNMENT
        from docx.shared import Inches

        tabs = footer.paragraph_format.tab_stops
        for inherited in (Inches(3.25), Inches(6.5)):  # the Footer style's centre and right tabs
            tabs.add_tab_stop(inherited, alignment=WD_TAB_ALIGNMENT.CLEAR)
        tabs.add_tab_stop(Mm(174), alignment=WD_TAB_ALIGNMENT.RIGHT)  # the page number at the text's edge
        for field in ("PAGE", None, "NUMPAGES"):
            if field is None:
                separator = footer.add_run(" / ")
                separator.font.size = Pt(8.5)
            else:
                self._field(footer, field, "1")

    def _field(self, paragraph: Any, instruction: str, shown: str) -> None:
        """A Word field (PAGE, NUMPAGES, TOC …) with ``shown`` as its text until Word updates it."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from docx.shared import Pt

        def char(kind: str) -> Any:
            run = paragraph.add_run()
            run.font.size = Pt(8.5)
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
            run._r.append(element)
            return run

        char("begin")
        code = paragraph.add_run()
        code.font.size = Pt(8.5)
        text = OxmlElement("w:instrText")
        text.set(qn("xml:space"), "preserve")
        text.text = f" {instruction} "
        code._r.append(text)
        char("separate")
        value = paragraph.add_run(shown)
        value.font.size = Pt(8.5)
        char("end")

    # --- content

    def heading(self, text: str, level: int) -> Any:
        return self.doc.add_heading(text, level=min(level, 9))

    def paragraph(self, text: str = "", style: str | None = None) -> Any:
        paragraph = self.doc.add_paragraph(style=style)
        if text:
            self.text(paragraph, text)
        return paragraph

    def text(self, paragraph: Any, text: str, *, small: bool = False, bold: bool = False) -> None:
        """The text with its http, https and mailto addresses as links."""
        for piece in text_runs(text):
            if piece.url is None:
                run = paragraph.add_run(piece.text)
                self._style_run(run, small, bold)
            else:
                self._link(paragraph, piece.text, piece.url, small)

    def _style_run(self, run: Any, small: bool, bold: bool) -> None:
        from docx.shared import Pt

        if small:
            run.font.size = Pt(9.5)
            run.font.color.rgb = self.rgb.from_string(MUTED)
        if bold:
            run.bold = True

    def _link(self, paragraph: Any, text: str, url: str, small: bool) -> None:
        from docx.opc.constants import RELATIONSHIP_TYPE
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        relation = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
        link = OxmlElement("w:hyperlink")
        link.set(qn("r:id"), relation)
        run = OxmlElement("w:r")
        properties = OxmlElement("w:rPr")
        colour = OxmlElement("w:color")
        colour.set(qn("w:val"), "0B4FA3")
        underline = OxmlElement("w:u")
        underline.set(qn("w:val"), "single")
        properties.append(colour)
        properties.append(underline)
        if small:
            size = OxmlElement("w:sz")
            size.set(qn("w:val"), "19")
            properties.append(size)
        run.append(properties)
        element = OxmlElement("w:t")
        element.set(qn("xml:space"), "preserve")
        element.text = text
        run.append(element)
        link.append(run)
        paragraph._p.append(link)

    def facts(self, paragraph: Any, facts: list[Fact]) -> None:
        """'Ansvarig: Polisen · Omfattning: …' on a line of its own in the same paragraph, small."""
        if not facts:
            return
        paragraph.add_run().add_break()
        for index, fact in enumerate(facts):
            if index:
                self._style_run(paragraph.add_run(" · "), True, False)
            self._style_run(paragraph.add_run(f"{fact.label}: "), True, True)
            self.text(paragraph, fact.value, small=True)

    def blocks(self, blocks: list[Block]) -> None:
        for block in blocks:
            if block.items:
                for item in block.items:
                    self.paragraph(item, "List Bullet")
            else:
                self.paragraph(block.text)

    def bullets(self, items: list[str], level: int = 1) -> None:
        for item in items:
            self.paragraph(item, "List Bullet" if level == 1 else f"List Bullet {level}")

    def numbered(self, items: list[str]) -> None:
        """A numbered list that starts at 1 (Word's lists go on counting otherwise)."""
        first = None
        for item in items:
            paragraph = self.paragraph(item, "List Number")
            first = first if first is not None else paragraph
        if first is not None:
            self._restart(first)

    def _restart(self, paragraph: Any) -> None:
        numbering = self.doc.part.numbering_part.numbering_definitions._numbering
        style_num = self.doc.styles["List Number"].element.pPr.numPr.numId.val
        abstract = numbering.num_having_numId(style_num).abstractNumId.val
        num = numbering.add_num(abstract)
        num.add_lvlOverride(ilvl=0).add_startOverride(1)
        paragraph._p.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = num.numId
        paragraph._p.get_or_add_pPr().get_or_add_numPr().get_or_add_ilvl().val = 0
        # the list's other items follow the first one's numbering
        from docx.oxml.ns import qn

        following = paragraph._p.getnext()
        while (
            following is not None
            and following.tag == qn("w:p")
            and following.pPr is not None
            and following.pPr.pStyle is not None
        ):
            if following.pPr.pStyle.val != paragraph._p.pPr.pStyle.val:
                break
            following.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = num.numId
            following.get_or_add_pPr().get_or_add_numPr().get_or_add_ilvl().val = 0
            following = following.getnext()

    def goals(self, goals: list[GoalView]) -> None:
        for goal in goals:
            paragraph = self.paragraph(goal.text, "List Bullet")
            self.facts(paragraph, goal.facts)

    def contents(self, entries: list[TocEntry], title: str) -> None:
        """The contents' heading, then Word's table of contents (a TOC field over Heading 1–3)
        that shows the entries as the HTML lists them until Word updates it with page numbers."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        self.heading(title, 2)
        lines: list[tuple[str, int]] = []
        for entry in entries:
            lines.append((entry.title, 0))
            lines += [(child.title, 1) for child in entry.children]
        for index, (text, depth) in enumerate(lines):
            paragraph = self.doc.add_paragraph()
            paragraph.paragraph_format.left_indent = int(depth * 228600)  # 0.25 inch a level
            paragraph.paragraph_format.space_after = 0
            if index == 0:
                begin = paragraph.add_run()
                element = OxmlElement("w:fldChar")
                element.set(qn("w:fldCharType"), "begin")
                begin._r.append(element)
                code = paragraph.add_run()
                instruction = OxmlElement("w:instrText")
                instruction.set(qn("xml:space"), "preserve")
                instruction.text = ' TOC \\o "2-3" \\h \\z \\u '
                code._r.append(instruction)
                separate = paragraph.add_run()
                element = OxmlElement("w:fldChar")
                element.set(qn("w:fldCharType"), "separate")
                separate._r.append(element)
            paragraph.add_run(text)
            if index == len(lines) - 1:
                end = paragraph.add_run()
                element = OxmlElement("w:fldChar")
                element.set(qn("w:fldCharType"), "end")
                end._r.append(element)

    def table(self, header: list[str], rows: list[list[str]], caption: str) -> None:
        """A table with a header row that Word repeats on every page; ``caption`` above it."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from docx.shared import Pt

        self.paragraph(caption, "Caption")
        table = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        table.style = self.doc.styles["Table Grid"]
        for row_index, values in enumerate([header, *rows]):
            row = table.rows[row_index]
            for column, (cell, value) in enumerate(zip(row.cells, values, strict=True)):
                run = cell.paragraphs[0].add_run(value)
                run.font.size = Pt(9.5)
                if column:
                    cell.paragraphs[0].alignment = 1  # centred, as the marks are in the HTML
                run.bold = row_index == 0 or column == 0
            if row_index == 0:
                properties = row._tr.get_or_add_trPr()
                repeat = OxmlElement("w:tblHeader")
                repeat.set(qn("w:val"), "true")
                properties.append(repeat)

    def logo(self) -> None:
        from docx.shared import Mm

        if not self.look.logo or not self.look.logo.startswith(tuple(f"data:{t};" for t in PICTURES)):
            return
        import base64

        data = base64.b64decode(self.look.logo.split(",", 1)[1])
        self.doc.add_picture(io.BytesIO(data), height=Mm(15))
        picture = self.doc.inline_shapes[-1]
        picture._inline.docPr.set("descr", self.look.logo_text or "")

    def signature_lines(self, name: str, lines: list[str], place_and_date: str | None) -> None:
        from docx.shared import Pt

        space = self.paragraph()
        space.paragraph_format.space_before = Pt(30)
        space.add_run("_" * 40)
        paragraph = self.paragraph()
        paragraph.paragraph_format.keep_together = True
        self.text(paragraph, name, bold=True)
        for line in lines:
            paragraph.add_run().add_break()
            self.text(paragraph, line)
        paragraph.add_run().add_break()
        if place_and_date:
            self.text(paragraph, place_and_date, small=True)
        else:
            self.text(paragraph, f"{self.labels['place_and_date']}: " + "_" * 24, small=True)

    def colophon(self, published: str | None) -> None:
        paragraph = self.paragraph()
        self.text(
            paragraph, f"{published} · {self.labels['generated_by']}" if published else self.labels["generated_by"], small=True
        )

    def bytes(self) -> bytes:
        """The document, its zip entries dated and ordered the same every time."""
        buffer = io.BytesIO()
        self.doc.save(buffer)
        out = io.BytesIO()
        with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for info in source.infolist():
                entry = zipfile.ZipInfo(info.filename, ZIP_DATE)
                entry.compress_type = zipfile.ZIP_DEFLATED
                target.writestr(entry, source.read(info.filename))
        return out.getvalue()


def _masthead(w: _Writer, kicker: str, title: str, subtitle: str | None, meta: list[tuple[str, str]]) -> None:
    from docx.shared import Pt

    if w.look.draft:
        banner = w.paragraph()
        mark = banner.add_run(w.look.draft)
        mark.bold = True
        mark.font.color.rgb = w.rgb.from_string("8A1C15")
        banner.add_run(f" {w.labels['draft_note']}")
    w.logo()
    if kicker:
        paragraph = w.paragraph()
        w.text(paragraph, kicker, small=True)
    w.heading(title, 1)
    if subtitle:
        paragraph = w.paragraph()
        run = paragraph.add_run(subtitle)
        run.font.size = Pt(12.5)
    for label, value in meta:
        paragraph = w.paragraph()
        paragraph.paragraph_format.space_after = Pt(2)
        w.text(paragraph, f"{label}: ", bold=True)
        w.text(paragraph, value)


def promise_docx(doc: Document, labels: Labels, look: Look) -> bytes:
    w = _Writer(labels, look, f"{doc.title} – {doc.municipality}", doc.lang)
    kicker = " · ".join(x for x in (doc.municipality, doc.place, doc.police_area) if x)
    meta = [(labels["period"], doc.period)] if doc.period else []
    parties = look.parties or doc.parties
    if parties:
        meta.append((labels["parties"], parties))
    _masthead(w, kicker, doc.title, doc.subtitle, meta)
    if doc.toc:
        w.contents(doc.toc, labels["contents"])
    for part in doc.parts:
        _promise_part(w, doc, part, labels)
    if doc.source:
        paragraph = w.paragraph()
        w.text(paragraph, f"{labels['source']}: {doc.source}")
    w.colophon(doc.published)
    return w.bytes()


def _promise_part(w: _Writer, doc: Document, part: Part, labels: Labels) -> None:
    if part.title:
        w.heading(part.title, 2)
    if part.key == "goals":
        w.goals(part.goals)
    elif part.key in ("promises", "placed"):
        w.blocks(part.blocks)
        for area in part.areas:
            _area(w, area, labels, 3 if part.title else 2)
    elif part.key == "overview":
        header = [labels["actor"], *(str(a.number) for a in part.areas)]
        marks = {"lead": "●", "participant": "○", "": ""}
        rows = [[row.actor, *(marks[c] for c in row.cells)] for row in doc.overview]
        w.table(header, rows, labels["overview_caption"])
        w.numbered([a.title for a in part.areas])
    elif part.key == "partners":
        w.bullets(part.items)
    elif part.key == "changes":
        w.blocks(part.blocks)
        for group in part.changes:
            w.heading(group.title + (f" ({group.note})" if group.note else ""), 3)
            for line in group.lines:
                w.paragraph(_change_text(line.runs), "List Bullet")
                for detail in line.details:
                    w.paragraph(_change_text(detail.runs), "List Bullet 2")
    elif part.key == "signatures":
        if doc.adopted:
            w.paragraph(doc.adopted)
        for signature in doc.signatures:
            w.signature_lines(signature.name, [x for x in (signature.title, signature.actor) if x], signature.place_and_date)
    else:
        w.blocks(part.blocks)


def _change_text(runs: tuple[Any, ...]) -> str:
    """A change's words as text: what was taken out in [−…], what was put in in [+…]."""
    out = []
    for run in runs:
        if run.style == "del":
            out.append(f"[−{run.text}]")
        elif run.style == "ins":
            out.append(f"[+{run.text}]")
        else:
            out.append(run.text)
    return "".join(out)


def _area_heading(area: AreaView | FollowUpArea) -> str:
    number = f"{area.auto_number}." if area.auto_number else area.label or ""
    return " ".join(x for x in (number, area.own_title or "") if x)


def _area(w: _Writer, area: AreaView, labels: Labels, level: int) -> None:
    sub = level + 1 if area.heading else level
    if area.heading:
        w.heading(_area_heading(area), level)
    if area.place:
        paragraph = w.paragraph()
        w.text(paragraph, area.place, small=True)
    if area.parties:
        paragraph = w.paragraph()
        w.text(paragraph, f"{labels['parties']}: ", bold=True)
        w.text(paragraph, area.parties)
    for part in area.parts:
        if part.title:
            w.heading(part.title, sub)
        if part.key == "causes":
            w.bullets(part.items)
        elif part.key == "goals":
            w.goals(part.goals)
        elif part.key == "commitments":
            for commitment in part.commitments:
                if commitment.title or commitment.actors:
                    heading = w.heading(commitment.title or commitment.actors or "", sub)
                    if commitment.title and commitment.actors:
                        heading.add_run().add_break()
                        heading.add_run(commitment.actors)
                for activity in commitment.activities:
                    paragraph = w.paragraph(activity.text, "List Bullet")
                    w.facts(paragraph, activity.roles)
                    w.facts(paragraph, activity.facts)
                w.blocks(commitment.text)
        else:
            w.blocks(part.blocks)


def follow_up_docx(doc: FollowUpDocument, labels: Labels, look: Look) -> bytes:
    w = _Writer(labels, look, doc.title, doc.lang)
    _masthead(w, doc.municipality, doc.title, None, [(labels["period"], doc.period)] if doc.period else [])
    w.contents(doc.toc, labels["contents"])
    w.heading(labels["summary"], 2)
    w.paragraph(doc.summary)
    w.text(w.paragraph(), doc.chart.description, small=True)  # the chart, in words
    for part in doc.parts:
        if part.title:
            w.heading(part.title, 2)
        if part.key == "goals":
            w.goals(part.goals)
        elif part.key == "promises":
            w.blocks(part.blocks)
            for area in part.areas:
                _follow_up_area(w, area, labels, 3 if part.title else 2)
        else:
            w.blocks(part.blocks)
    if doc.not_done:
        w.heading(labels["not_done_heading"], 2)
        for item in doc.not_done:
            paragraph = w.paragraph(f"{item.text} ({item.status}, {item.area})", "List Bullet")
            w.facts(paragraph, [Fact(labels["reason"], item.reason)])
    w.colophon(doc.published)
    return w.bytes()


def _follow_up_area(w: _Writer, area: FollowUpArea, labels: Labels, level: int) -> None:
    sub = level + 1 if area.heading else level
    if area.heading:
        w.heading(_area_heading(area), level)
        w.paragraph(area.summary)
        w.text(w.paragraph(), area.chart.description, small=True)
    for text in area.before:
        if text.title:
            w.heading(text.title, sub)
        w.blocks(text.blocks)
    if area.goals:
        w.heading(labels["goals"], sub)
        w.goals(area.goals)
    for commitment in area.commitments:
        if commitment.actors:
            w.heading(commitment.actors, sub)
        for activity in commitment.activities:
            paragraph = w.paragraph(activity.text, "List Bullet")
            if activity.status:
                status = paragraph.add_run(f" [{activity.status}]")
                status.bold = True
            w.facts(paragraph, activity.facts)
            if activity.result:
                inner = w.paragraph(f"{labels['result']}:", "List Continue")
                inner.runs[0].bold = True
                for block in activity.result:
                    if block.items:
                        w.bullets(list(block.items), 2)
                    else:
                        w.paragraph(block.text, "List Continue")
    for text in area.after:
        if text.title:
            w.heading(text.title, sub)
        w.blocks(text.blocks)
