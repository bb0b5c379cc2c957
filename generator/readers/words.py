"""Printed words with their boxes, page by page: what the flattened-sheet reader compares.

pdfplumber (pdfminer.six, both MIT) groups characters into words (a gap of more than 3 pt or a space
ends a word). Coordinates are PDF points from the top-left corner of the page, as in the layout JSON
that the browser uses with pdf.js.
"""

from __future__ import annotations

import unicodedata
import warnings
from dataclasses import dataclass
from io import BytesIO

import pikepdf


@dataclass(frozen=True)
class Word:
    tekst: str
    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def centre(self) -> tuple[float, float]:
        return (self.x0 + self.x1) / 2, (self.top + self.bottom) / 2

    @property
    def key(self) -> str:
        """The word as compared with the template: compatibility characters folded, lower case."""
        return match_key(self.tekst)


def match_key(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


class TextUnreadable(Exception):
    """The text layer of the PDF could not be read (pdfminer gave up)."""


def page_words(pdf: pikepdf.Pdf, pages: int) -> list[list[Word]]:
    """The words of the first ``pages`` pages. The PDF is written out by qpdf first (repaired, not
    encrypted), so pdfminer reads the same document pikepdf opened."""
    import pdfplumber  # only flattened sheets need it: keep the common path light

    clean = BytesIO()
    with warnings.catch_warnings():  # pikepdf warns about odd forms: not the facilitator's business
        warnings.simplefilter("ignore")
        pdf.save(clean)
    clean.seek(0)
    try:
        with pdfplumber.open(clean) as document:
            return [[Word(w["text"], float(w["x0"]), float(w["top"]), float(w["x1"]), float(w["bottom"]))
                     for w in page.extract_words()] for page in document.pages[:pages]]
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many kinds on odd PDFs; all mean the same
        raise TextUnreadable(type(exc).__name__) from exc
