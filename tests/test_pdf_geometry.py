"""Every answer field sits where people see its box: inside the page and its printed box, over no other
field and no printed word, with room to write by hand (21 mm: three handwritten lines of 7 mm, on A4
and more on A3), and nothing printed within 10 mm of the paper edge. Read from the PDFs themselves:
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
BOTTOM_MARGIN_MM = {False: 21, True: 17}  # the page's bottom margin (the footer lives there), portrait/landscape
MAX_EMPTY_MM = 8  # what a sheet may leave empty above the footer
WRITING_MM = 21  # three handwritten lines of 7 mm, on every multi-line answer space (A4)
NAME_MM = 8.5  # a one-line space (a name) by hand
EDGE_MM = 10  # office printers leave the outer 4-6 mm unprinted


def overlap(a: pymupdf.Rect, b: pymupdf.Rect) -> float:
    """Area two rectangles share (0 when they only touch)."""
    shared = pymupdf.Rect(a) & pymupdf.Rect(b)
    return 0.0 if shared.is_empty else shared.width * shared.height


class Sheet:
    """One page of a PDF: its widgets, the rectangles it draws, its words and its size."""

    def __init__(self, document: pymupdf.Document, number: int) -> None:
        page = document[number]
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


def pages_of(pdf: Path) -> list[Sheet]:
    with pymupdf.open(pdf) as document:
        return [Sheet(document, number) for number in range(len(document))]


@pytest.fixture(scope="module")
def sheets(toolkit: ToolkitData, pdf_dir: Path) -> dict[tuple[str, str], list[Sheet]]:
    return {(w, papier): pages_of(pdf_dir / f"{w}{suffix}.pdf") for w in toolkit.werkbladen
            for papier, suffix in PAPERS.items()}


@pytest.mark.parametrize("papier", list(PAPERS))
def test_fields_lie_inside_the_page_and_their_printed_box_and_never_overlap(
        toolkit: ToolkitData, sheets: dict[tuple[str, str], list[Sheet]], papier: str) -> None:
    margin = BOX_MARGIN_MM * SCALE[papier] * MM
    for werkblad_id, velden in toolkit.velden.items():
        pages = sheets[(werkblad_id, papier)]
        names = [name for sheet in pages for name in sheet.widgets]
        assert sorted(names) == sorted(v.naam for v in velden), werkblad_id  # each field once, on one page
        for sheet in pages:
            for name, rect in sheet.widgets.items():
                assert rect in sheet.page, (werkblad_id, name, rect)
                assert sheet.printed_box(rect, margin) is not None, (werkblad_id, name, rect)
            for (name_a, a), (name_b, b) in combinations(sheet.widgets.items(), 2):
                assert overlap(a, b) == 0, (werkblad_id, name_a, name_b)


@pytest.mark.parametrize("papier", list(PAPERS))
def test_no_printed_word_lies_under_a_field_or_across_a_table_line(
        toolkit: ToolkitData, sheets: dict[tuple[str, str], list[Sheet]], papier: str) -> None:
    for werkblad_id in toolkit.werkbladen:
        for sheet in sheets[(werkblad_id, papier)]:
            assert len(sheet.words) > 10, werkblad_id
            lines = sheet.lines()
            for word, text in sheet.words:
                inner = pymupdf.Rect(word.x0 + 0.5, word.y0 + 0.5, word.x1 - 0.5, word.y1 - 0.5)
                for name, rect in sheet.widgets.items():
                    assert overlap(inner, rect) == 0, (werkblad_id, text, name)
                for line in lines:  # a word that runs out of its column crosses the column's rule
                    assert overlap(inner, line) == 0, (werkblad_id, text, line)


@pytest.mark.parametrize("papier", list(PAPERS))
def test_every_answer_space_has_room_to_write_by_hand(toolkit: ToolkitData,
                                                      sheets: dict[tuple[str, str], list[Sheet]], papier: str) -> None:
    """21 mm of height (three handwritten lines) and 40 mm of width per multi-line space on A4, the same
    times 1.41 on A3; a name 8.5 mm; a tick box 4 mm."""
    scale = SCALE[papier] * MM  # points per A4-millimetre on this paper
    for werkblad_id, velden in toolkit.velden.items():
        widgets = {name: rect for sheet in sheets[(werkblad_id, papier)] for name, rect in sheet.widgets.items()}
        for veld in velden:
            rect = widgets[veld.naam]
            if veld.soort == "checkbox":
                assert min(rect.width, rect.height) >= 4 * scale, (werkblad_id, veld.naam)
            elif veld.soort == "long_text":
                assert rect.height >= WRITING_MM * scale, (werkblad_id, veld.naam, rect.height / MM)
                assert rect.width >= 40 * scale, (werkblad_id, veld.naam, rect.width / MM)
            else:
                assert rect.height >= NAME_MM * scale and rect.width >= 80 * scale, (werkblad_id, veld.naam)


@pytest.mark.parametrize("papier", list(PAPERS))
def test_nothing_is_printed_within_10_mm_of_the_paper_edge(pdf_dir: Path, papier: str) -> None:
    """Words, lines, boxes and fields of every page of every PDF (sheets, menukaarten, booklet)."""
    for path in sorted(pdf_dir.glob(f"*{PAPERS[papier]}.pdf")):
        if papier == "a4" and path.stem.endswith("-a3"):
            continue
        for number, sheet in enumerate(pages_of(path), start=1):
            inner = pymupdf.Rect(sheet.page) + (EDGE_MM * MM, EDGE_MM * MM, -EDGE_MM * MM, -EDGE_MM * MM)
            printed = [*sheet.drawings, *(rect for rect, _ in sheet.words), *sheet.widgets.values()]
            assert printed, (path.name, number)
            for rect in printed:
                assert rect in inner, (path.name, number, rect, sheet.page)


@pytest.mark.parametrize("papier", list(PAPERS))
def test_every_sheet_uses_its_page(toolkit: ToolkitData, sheets: dict[tuple[str, str], list[Sheet]],
                                   papier: str) -> None:
    """No sheet leaves a band of paper empty above the footer (Monitoren 1 and 2 used to leave 40%)."""
    for werkblad_id, werkblad in toolkit.werkbladen.items():
        for sheet in sheets[(werkblad_id, papier)]:
            bottom = max(d.y1 for d in sheet.drawings)
            content_bottom = sheet.page.y1 - BOTTOM_MARGIN_MM[werkblad.liggend] * SCALE[papier] * MM
            assert content_bottom - bottom <= MAX_EMPTY_MM * SCALE[papier] * MM, (werkblad_id,
                                                                                   (content_bottom - bottom) / MM)
