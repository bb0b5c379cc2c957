"""Every answer field sits where people see its box: inside the page and its printed box, over no other
field and no printed word, big enough to write in, on A4 and on A3. Read from the PDFs themselves:
widget /Rect, the vector drawings (box borders, table lines) and the printed words with positions."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pymupdf
import pytest

from generator.loader import ToolkitData
from generator.pdf.render import SCALE

from .pdftools import MM

PAPERS = {"a4": "", "a3": "-a3"}
BOX_MARGIN_MM = 1.5  # a printed box may reach this far beyond its field (border + padding)
BOTTOM_MARGIN_MM = 13  # the page's bottom margin (the footer lives there)
MAX_EMPTY_MM = 8  # what a sheet may leave empty above the footer
# Two lines at 12 pt, the size MuPDF (and so PyMuPDF) draws "automatic" multi-line text with:
# 2 x 12 pt x 1.116 line height, plus 0.2 x 12 pt below the last line.
TWO_LINES_PT = 2 * 12 * 1.116 + 0.2 * 12


def overlap(a: pymupdf.Rect, b: pymupdf.Rect) -> float:
    """Area two rectangles share (0 when they only touch)."""
    shared = pymupdf.Rect(a) & pymupdf.Rect(b)
    return 0.0 if shared.is_empty else shared.width * shared.height


class Sheet:
    """Page 1 of a PDF: its widgets, the rectangles it draws, its words and its size."""

    def __init__(self, pdf: Path) -> None:
        with pymupdf.open(pdf) as document:
            page = document[0]
            self.pages = len(document)
            self.page = pymupdf.Rect(page.rect)
            self.widgets = {w.field_name: pymupdf.Rect(w.rect) for w in page.widgets()}
            self.kinds = {w.field_name: w.field_type_string for w in page.widgets()}
            self.drawings = [self.inked(d) for d in page.get_drawings()]
            self.words = [(pymupdf.Rect(w[:4]), w[4]) for w in page.get_text("words")]

    @staticmethod
    def inked(drawing: dict) -> pymupdf.Rect:
        """The area a drawing covers: a stroked line has no area of its own, its stroke width gives it one."""
        half = (drawing.get("width") or 0) / 2 if "s" in drawing["type"] else 0
        return pymupdf.Rect(drawing["rect"]) + (-half, -half, half, half)

    def printed_box(self, field: pymupdf.Rect, margin: float) -> pymupdf.Rect | None:
        """The drawn rectangle around a field that reaches at most ``margin`` beyond it on every side."""
        for drawn in self.drawings:
            if (drawn.x0 <= field.x0 + 0.01 and drawn.y0 <= field.y0 + 0.01 and drawn.x1 >= field.x1 - 0.01
                    and drawn.y1 >= field.y1 - 0.01 and max(field.x0 - drawn.x0, field.y0 - drawn.y0,
                                                            drawn.x1 - field.x1, drawn.y1 - field.y1) <= margin):
                return drawn
        return None

    def lines(self) -> list[pymupdf.Rect]:
        """Thin drawn rectangles: table rules and box borders (not fills)."""
        return [d for d in self.drawings if min(d.width, d.height) < 2 and max(d.width, d.height) > 5]


@pytest.fixture(scope="module")
def sheets(toolkit: ToolkitData, pdf_dir: Path) -> dict[tuple[str, str], Sheet]:
    return {(w, papier): Sheet(pdf_dir / f"{w}{suffix}.pdf") for w in toolkit.werkbladen
            for papier, suffix in PAPERS.items()}


@pytest.mark.parametrize("papier", list(PAPERS))
def test_fields_lie_inside_the_page_and_their_printed_box_and_never_overlap(
        toolkit: ToolkitData, sheets: dict[tuple[str, str], Sheet], papier: str) -> None:
    margin = BOX_MARGIN_MM * SCALE[papier] * MM
    for werkblad_id, velden in toolkit.velden.items():
        sheet = sheets[(werkblad_id, papier)]
        assert sheet.pages == 1, werkblad_id
        assert sorted(sheet.widgets) == sorted(v.naam for v in velden), werkblad_id
        for name, rect in sheet.widgets.items():
            assert rect in sheet.page, (werkblad_id, name, rect)
            assert sheet.printed_box(rect, margin) is not None, (werkblad_id, name, rect)
        for (name_a, a), (name_b, b) in combinations(sheet.widgets.items(), 2):
            assert overlap(a, b) == 0, (werkblad_id, name_a, name_b)


@pytest.mark.parametrize("papier", list(PAPERS))
def test_no_printed_word_lies_under_a_field_or_across_a_table_line(
        toolkit: ToolkitData, sheets: dict[tuple[str, str], Sheet], papier: str) -> None:
    for werkblad_id in toolkit.werkbladen:
        sheet = sheets[(werkblad_id, papier)]
        assert len(sheet.words) > 10, werkblad_id
        lines = sheet.lines()
        for word, text in sheet.words:
            inner = pymupdf.Rect(word.x0 + 0.5, word.y0 + 0.5, word.x1 - 0.5, word.y1 - 0.5)
            for name, rect in sheet.widgets.items():
                assert overlap(inner, rect) == 0, (werkblad_id, text, name)
            for line in lines:  # a word that runs out of its column crosses the column's rule
                assert overlap(inner, line) == 0, (werkblad_id, text, line)


@pytest.mark.parametrize("papier", list(PAPERS))
def test_spaces_are_big_enough_to_write_in(toolkit: ToolkitData, sheets: dict[tuple[str, str], Sheet],
                                           papier: str) -> None:
    scale = SCALE[papier] * MM  # points per A4-millimetre on this paper
    for werkblad_id, velden in toolkit.velden.items():
        sheet = sheets[(werkblad_id, papier)]
        for veld in velden:
            rect = sheet.widgets[veld.naam]
            if veld.soort == "checkbox":
                assert min(rect.width, rect.height) >= 4 * scale, (werkblad_id, veld.naam)
            elif veld.soort == "long_text":
                assert rect.height >= TWO_LINES_PT * SCALE[papier], (werkblad_id, veld.naam, rect.height / MM)
                assert rect.width >= 40 * scale, (werkblad_id, veld.naam, rect.width / MM)
    stimuleren = sheets[("stimuleren", papier)]
    cells = [rect for name, rect in stimuleren.widgets.items() if name.endswith(("__al", "__nog"))]
    assert len(cells) == 50
    assert min(r.width for r in cells) >= 40 * MM * SCALE[papier]
    assert min(r.height for r in cells) >= {"a4": 12, "a3": 18}[papier] * MM


@pytest.mark.parametrize("papier", list(PAPERS))
def test_every_sheet_uses_its_page(toolkit: ToolkitData, sheets: dict[tuple[str, str], Sheet], papier: str) -> None:
    """No sheet leaves a band of paper empty above the footer (Monitoren 1 and 2 used to leave 40%)."""
    for werkblad_id in toolkit.werkbladen:
        sheet = sheets[(werkblad_id, papier)]
        bottom = max(d.y1 for d in sheet.drawings)
        content_bottom = sheet.page.y1 - BOTTOM_MARGIN_MM * SCALE[papier] * MM
        assert content_bottom - bottom <= MAX_EMPTY_MM * SCALE[papier] * MM, (werkblad_id,
                                                                               (content_bottom - bottom) / MM)
