"""Finish the form fields WeasyPrint writes, so every viewer shows what people fill in.

- Text fields: font size 0 (automatic) in their DA, so longer text shrinks instead of being clipped.
- Checkboxes: WeasyPrint gives them no DA; poppler then draws a checked box as empty. We give them
  ZapfDingbats at automatic size and a check mark caption, and an explicit "Off" appearance.
"""

from __future__ import annotations

import re
from io import BytesIO

import pikepdf

_SIZE = re.compile(rb"(/[^\s/]+)\s+[\d.]+\s+Tf")
CHECKBOX_DA = b"/ZaDb 0 Tf 0 g"


def finish_fields(pdf_bytes: bytes) -> bytes:
    """Return the PDF with fixed field appearances (no-op for PDFs without fields)."""
    with pikepdf.open(BytesIO(pdf_bytes)) as pdf:
        acroform = pdf.Root.get("/AcroForm")
        if acroform is None:
            return pdf_bytes
        # WeasyPrint shares its resource dictionary between the pages and the form: give the form
        # its own copy, so ZapfDingbats (not embedded, only named in the checkbox DA) is no page font.
        shared = acroform.get("/DR", pikepdf.Dictionary())
        resources = pikepdf.Dictionary({k: v for k, v in shared.items()})
        fonts = pikepdf.Dictionary({k: v for k, v in shared.get("/Font", pikepdf.Dictionary()).items()})
        fonts["/ZaDb"] = pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.ZapfDingbats))
        resources.Font = fonts
        acroform.DR = resources
        for field in acroform.Fields:
            kind = field.get("/FT")
            if kind == pikepdf.Name.Tx and "/DA" in field:
                field.DA = pikepdf.String(_SIZE.sub(rb"\1 0 Tf", bytes(field.DA)))
            elif kind == pikepdf.Name.Btn:
                field.DA = pikepdf.String(CHECKBOX_DA)
                if "/MK" not in field:
                    field.MK = pikepdf.Dictionary()
                field.MK.CA = pikepdf.String("4")
                appearances = field.get("/AP")
                if appearances is not None and isinstance(appearances.get("/N"), pikepdf.Dictionary):
                    normal = appearances.N
                    if "/Off" not in normal:
                        rect = [float(x) for x in field.Rect]
                        normal.Off = pdf.make_stream(b"", Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Form,
                                                     BBox=[0, 0, rect[2] - rect[0], rect[3] - rect[1]])
        out = BytesIO()
        pdf.save(out, deterministic_id=True, compress_streams=True,
                 object_stream_mode=pikepdf.ObjectStreamMode.generate)
        return out.getvalue()
