"""A sheet filled in any common program is legible in any common viewer.

Stimuleren and an indicator sheet are filled with pdftk, pypdf (with and without asking viewers to
redraw) and PyMuPDF, rendered by poppler, MuPDF and PDFium at 200 dpi, and read back as a person would:
tesseract (Dutch) reads the typed words from each field's box, and ticked boxes are told apart from empty
ones by their pixels. The values themselves (with é ë ï ö ü € ‘ ’ “ ” – —) must come back exactly.

MuPDF draws a field with automatic size at 12 pt and never shrinks it (PyMuPDF fills that way): the
texts here are short lines that fit a Stimuleren space at 12 pt, like the items people write.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from .pdftools import FILLERS, RENDERERS, Values, crop_widget, ink, missing_words, ocr, widget_rects

DPI = 200
DUTCH = "é ë ï ö ü € ‘ ’ “ ” – —"
SHEETS: dict[str, Values] = {
    "stimuleren": {
        "organisatie": "Woonstichting Voorbeeld",
        "passend-aanbod__huidige-woning__al": "Seniorenwoningen\nKluspremie € 500",
        "op-weg-helpen__woonwens__nog": "Café met ideeën\nvoor één buurt",
        "voorrang__verhuizen__al": f"Coöperatie ‘Thuis’ – reünie\n{DUTCH}",
    },
    "monitoren-3": {
        "aantal-gesprekken__beschikbaar": True,
        "aantal-gesprekken__opnemen": False,
        "aantal-gesprekken__toelichting": "Uit het klantsysteem van de coöperatie, € 35 per gesprek",
        "toewijzingen-voorrang__opnemen": True,
        "interventie-x-gebruikt__toelichting": f"Per jaar één keer “geteld” —\n{DUTCH}",
    },
}
# Which typed words OCR must find: the symbol-only line is checked by value, not by eye.
LEGIBLE = {name: text.replace(DUTCH, "") for values in SHEETS.values() for name, text in values.items()
           if isinstance(text, str)}


@pytest.fixture(scope="module")
def filled(pdf_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    """Every sheet filled by every filler, once for the module."""
    out = tmp_path_factory.mktemp("gevuld")
    result = {}
    for sheet, values in SHEETS.items():
        for filler, fill in FILLERS.items():
            target = out / f"{sheet}-{filler}.pdf"
            fill(pdf_dir / f"{sheet}.pdf", target, values)
            result[(sheet, filler)] = target
    return result


@pytest.mark.parametrize("filler", list(FILLERS))
@pytest.mark.parametrize("sheet", list(SHEETS))
def test_every_filler_stores_the_exact_values(sheet: str, filler: str, filled: dict[tuple[str, str], Path]) -> None:
    fields = PdfReader(filled[(sheet, filler)]).get_fields()
    for name, value in SHEETS[sheet].items():
        stored = fields[name].get("/V")
        if isinstance(value, bool):
            assert (stored not in (None, "/Off")) == value, (name, stored)
        else:
            assert stored == value, name


@pytest.mark.parametrize("renderer", list(RENDERERS))
@pytest.mark.parametrize("filler", list(FILLERS))
@pytest.mark.parametrize("sheet", list(SHEETS))
def test_typed_text_and_ticks_are_legible(sheet: str, filler: str, renderer: str, pdf_dir: Path,
                                          filled: dict[tuple[str, str], Path], tmp_path: Path) -> None:
    pdf = filled[(sheet, filler)]
    image = RENDERERS[renderer](pdf, tmp_path / "blad.png", dpi=DPI)
    assert_legible(image, widget_rects(pdf_dir / f"{sheet}.pdf"), SHEETS[sheet], f"{filler} / {renderer}")


def assert_legible(image, rects: dict, values: Values, route: str) -> None:  # noqa: ANN001 - PIL image, rects
    """Every typed text readable by OCR inside its own field; every box ticked or empty as filled."""
    texts = [name for name, value in values.items() if isinstance(value, str)]
    read = ocr([crop_widget(image, rects[name], DPI) for name in texts])
    for name, seen in zip(texts, read, strict=True):
        assert not missing_words(LEGIBLE[name], seen), (route, name, seen)
    for name, value in values.items():
        if isinstance(value, bool):
            share = ink(crop_widget(image, rects[name], DPI, inset=0.15))
            assert (share > 0.08) if value else (share < 0.01), (route, name, share)
