"""Refuse a PDF that draws text in a font we do not ship.

WeasyPrint (through fontconfig) silently takes a system font such as DejaVu Sans for any character
our Open Sans lacks. Such a PDF looks different on every machine, so the build stops and names the
characters instead.
"""

from __future__ import annotations

import re
from io import BytesIO

from pypdf import PdfReader

SHIPPED_FAMILIES = ("Doorstroom", "DoorstroomVeld")  # our @font-face names for the fonts in fonts/
_SUBSET_PREFIX = re.compile(r"^[A-Z]{6}\+")


def font_family(base_font: str) -> str:
    """'/DXVENG+Doorstroom-Bold' -> 'Doorstroom' (subset prefix and style suffix dropped)."""
    return _SUBSET_PREFIX.sub("", base_font.lstrip("/")).split("-")[0]


def foreign_text(pdf_bytes: bytes) -> dict[str, str]:
    """Per foreign font (its name in the PDF): the characters drawn with it, in order of appearance."""
    reader = PdfReader(BytesIO(pdf_bytes))
    names = {str(font.get_object().get("/BaseFont", "")) for page in reader.pages
             for font in page.get("/Resources", {}).get("/Font", {}).values()}
    if all(font_family(name) in SHIPPED_FAMILIES for name in names):
        return {}  # the usual case: no need to read the text
    found: dict[str, str] = {}

    def visit(text: str, cm: object, tm: object, font: dict | None, size: float) -> None:
        name = str(font.get("/BaseFont", "")) if font else ""
        if name and font_family(name) not in SHIPPED_FAMILIES:
            seen = found.setdefault(name.lstrip("/"), "")
            found[name.lstrip("/")] = seen + "".join(c for c in text if c.strip() and c not in seen)

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    return found
