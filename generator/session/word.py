"""A thin layer over python-docx for a Dutch Word document people keep editing.

Built-in Heading styles (Dutch Word shows them as Kop 1, Kop 2: the navigation pane and a table of
contents work), the document language Dutch (spelling check, hyphenation), a table of contents
field that Word fills when the file is opened, header rows that repeat on every page.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from ..documents import check_template

LANGUAGE = "nl-NL"
A4 = (Cm(21), Cm(29.7))
MARGIN = Cm(2)
TABLE_TEXT = Pt(10)


class WordDocument:
    """Append-only writer: headings, paragraphs, bullets, tables; then ``bytes()``."""

    def __init__(self, title: str, subject: str, day: dt.date, sjabloon: Path | None = None) -> None:
        self.doc: DocxDocument = Document(io.BytesIO(check_template(sjabloon))) if sjabloon else Document()
        self._dutch()
        if sjabloon:  # the gemeente's styles, page, header and footer; not its body
            body = self.doc.element.body
            for child in list(body):
                if child.tag != qn("w:sectPr"):
                    body.remove(child)
        else:
            section = self.doc.sections[0]  # python-docx starts on US Letter; Dutch offices print A4
            section.page_width, section.page_height = A4
            section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = MARGIN
        created = dt.datetime(day.year, day.month, day.day, 12, 0)
        props = self.doc.core_properties
        props.title, props.subject, props.language = title, subject, LANGUAGE
        props.author = props.last_modified_by = "Doorstroomtoolkit"
        props.created = props.modified = created
        props.revision = 1
        props.comments = props.keywords = ""

    def _dutch(self) -> None:
        """Dutch as the language of every style (docDefaults), of the theme fonts and of number formats."""
        defaults = self.doc.styles.element.find(qn("w:docDefaults"))
        rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), LANGUAGE)
        lang.set(qn("w:eastAsia"), LANGUAGE)
        settings = self.doc.settings.element
        for name, value in (("w:themeFontLang", LANGUAGE), ("w:decimalSymbol", ","), ("w:listSeparator", ";")):
            element = settings.find(qn(name))
            if element is not None:  # python-docx's template has all three
                element.set(qn("w:val"), value)

    def title(self, text: str, subtitle: str) -> None:
        self.doc.add_paragraph(text, style="Title")
        self.doc.add_paragraph(subtitle, style="Subtitle")

    def heading(self, text: str, level: int) -> Paragraph:
        return self.doc.add_heading(text, level)

    def paragraph(self, text: str = "", bold_lead: str = "", italic: bool = False) -> Paragraph:
        """A paragraph; ``bold_lead`` starts it in bold (e.g. who said it). Line breaks are kept."""
        paragraph = self.doc.add_paragraph()
        if bold_lead:
            paragraph.add_run(bold_lead).bold = True
        run = paragraph.add_run(text)
        run.italic = italic
        return paragraph

    def bullet(self, text: str, bold_lead: str = "") -> Paragraph:
        paragraph = self.paragraph(text, bold_lead)
        paragraph.style = self.doc.styles["List Bullet"]
        return paragraph

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]], widths_cm: Sequence[float],
              row_height_cm: float | None = None, text: Pt = TABLE_TEXT) -> Table:
        """A grid table with a bold header row that repeats on every page; columns ``widths_cm`` wide
        (Word and LibreOffice otherwise make every column equally narrow), text ``text`` high."""
        table = self.doc.add_table(rows=1, cols=len(header))
        table.style = self.doc.styles["Table Grid"]
        table.autofit = False
        for cell, title in zip(table.rows[0].cells, header, strict=True):
            run = cell.paragraphs[0].add_run(title)
            run.bold, run.font.size = True, text
        repeat = OxmlElement("w:tblHeader")
        repeat.set(qn("w:val"), "true")
        table.rows[0]._tr.get_or_add_trPr().append(repeat)
        for values in rows:
            row = table.add_row()
            if row_height_cm:
                row.height, row.height_rule = Cm(row_height_cm), WD_ROW_HEIGHT_RULE.AT_LEAST
            for cell, value in zip(row.cells, values, strict=True):
                cell.paragraphs[0].add_run(value).font.size = text
        for column, width in zip(table.columns, widths_cm, strict=True):
            column.width = Cm(width)
            for cell in column.cells:
                cell.width = Cm(width)
        self.doc.add_paragraph()
        return table

    def table_of_contents(self, heading: str, hint: str) -> None:
        """A TOC field over Kop 1 and Kop 2; Word fills it on opening (settings: updateFields)."""
        self.doc.add_paragraph(heading, style="TOC Heading")
        paragraph = self.doc.add_paragraph()
        for kind, text in (("begin", None), ("instr", 'TOC \\o "1-2" \\h \\z \\u'), ("separate", None),
                           ("text", hint), ("end", None)):
            run = paragraph.add_run()
            if kind == "instr":
                instr = OxmlElement("w:instrText")
                instr.set(qn("xml:space"), "preserve")
                instr.text = text
                run._r.append(instr)
            elif kind == "text":
                run.text = text
                run.italic = True
            else:
                char = OxmlElement("w:fldChar")
                char.set(qn("w:fldCharType"), kind)
                run._r.append(char)
        update = OxmlElement("w:updateFields")
        update.set(qn("w:val"), "true")
        self.doc.settings.element.find(qn("w:compat")).addprevious(update)  # schema order: before compat

    def footer(self, text: str) -> None:
        paragraph = self.doc.sections[0].footer.paragraphs[0]
        paragraph.text = text
        for run in paragraph.runs:
            run.font.size = Pt(8)

    def bytes(self) -> bytes:
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()
