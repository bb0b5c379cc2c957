"""Pre-fill a blank sheet: the one place where the voorbereiden job writes field values into a PDF.

Today: pypdf sets the values and draws an appearance for them, with ``auto_regenerate=False``, so the
sheet keeps ``NeedAppearances`` from our blank PDF (every program redraws what the participant types).
B's robust filler (``generator/pdf/fill.py: fill_pdf(blank, values)``) can replace the body of this one
function at merge time; nothing else calls a PDF library to fill.
"""

from __future__ import annotations

import io
import logging

from pypdf import PdfReader, PdfWriter
from pypdf.generic import BooleanObject, NameObject


def vooraf_invullen(blank: bytes, velden: dict[str, str]) -> bytes:
    """``blank`` with the text fields in ``velden`` filled in (the rest stays empty)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(blank)))
    quiet = logging.getLogger("pypdf")
    level = quiet.level
    quiet.setLevel(logging.ERROR)  # "characters not supported by font encoding": viewers redraw (below)
    try:
        for page in writer.pages:
            names = {annotation.get_object().get("/T") for annotation in page.get("/Annots", [])}
            values = {name: value for name, value in velden.items() if name in names}
            if values:
                writer.update_page_form_field_values(page, values, auto_regenerate=False)
    finally:
        quiet.setLevel(level)
    writer._root_object["/AcroForm"][NameObject("/NeedAppearances")] = BooleanObject(True)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
