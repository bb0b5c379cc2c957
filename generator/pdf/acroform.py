"""Finish the form fields WeasyPrint writes, so that every filler and every viewer shows what people type.

PDF fillers (pdftk, pypdf, PyMuPDF, Acrobat, Preview, browsers) draw a filled field themselves, with the
font its DA names. They can only do that with a simple font in a standard encoding, so we set the form up
the way Acrobat does:

- ``/AcroForm /DR`` holds exactly ``/Helv`` (Helvetica, WinAnsiEncoding: covers é ë ï ö ü € ‘ ’ “ ” – —)
  and ``/ZaDb`` (ZapfDingbats); both are standard-14 fonts every viewer has, so nothing is embedded;
- text fields: DA ``/Helv 9 Tf 0 g`` (9 pt on A4, 12.7 pt on A3): a fixed, legible size. With size 0
  ("automatic") fillers shrink a long text to 4 pt or less and MuPDF draws it at 12 pt and cuts it;
  with a fixed size a text that does not fit scrolls on screen and is cut on paper, never shrunk;
- ``NeedAppearances`` false: every filler writes the appearance of what it filled (pdftk, pypdf,
  PyMuPDF, pdf.js, pdf-lib, Acrobat all do), and every viewer shows that appearance. With the flag on,
  poppler, PDFium and pdf.js draw the text themselves instead (PDFium draws ‘ ’ “ ” – • wrong) and
  MuPDF does not: the same file looked different in every viewer (measured, see README "De PDF's");
- checkboxes: DA ``/ZaDb <size> Tf 0 g`` with caption "4" (a tick) for viewers that draw their own, and our own
  appearances for on (a drawn tick: no font) and Off, on a normalised rectangle.

WeasyPrint also lists the field font in the pages' resources although no page text uses it: we drop every
page font that the page does not use, so the field font is not embedded at all.
"""

from __future__ import annotations

from io import BytesIO

import pikepdf

from .tags import fix_table_headers

FIELD_PT = 9.0  # the text size of every field on A4 (scaled with the paper)


def text_da(scale: float = 1.0) -> bytes:
    """The default appearance of a text field on paper of this scale (A4 = 1)."""
    return b"/Helv %g Tf 0 g" % round(FIELD_PT * scale, 1)
CHECK_CAPTION = "4"  # ZapfDingbats a20: a check mark
CHECK_SIZE = 0.8  # ZapfDingbats size for the caption, relative to the box
TICK = ((0.18, 0.52), (0.42, 0.24), (0.84, 0.80))  # the check mark as fractions of the box


def finish(pdf_bytes: bytes, scale: float = 1.0) -> bytes:
    """Return the PDF with its table headers right for every cell (:mod:`.tags`) and, if it has fields,
    the form set up for every filler."""
    with pikepdf.open(BytesIO(pdf_bytes)) as pdf:
        fix_table_headers(pdf)
        acroform = pdf.Root.get("/AcroForm")
        if acroform is not None:
            _finish_form(pdf, acroform, scale)
        out = BytesIO()
        pdf.save(out, deterministic_id=True, compress_streams=True,
                 object_stream_mode=pikepdf.ObjectStreamMode.generate)
        return out.getvalue()


def _finish_form(pdf: pikepdf.Pdf, acroform: pikepdf.Dictionary, scale: float) -> None:
    acroform.DR = pikepdf.Dictionary(Font=pikepdf.Dictionary(
        Helv=pdf.make_indirect(_standard_font("Helvetica", "Helv", winansi=True)),
        ZaDb=pdf.make_indirect(_standard_font("ZapfDingbats", "ZaDb", winansi=False))))
    acroform.DA = pikepdf.String(text_da(scale))
    acroform.NeedAppearances = False
    for field in acroform.Fields:
        field.Rect = _normalised(field.Rect)
        kind = field.get("/FT")
        if kind == pikepdf.Name.Tx:
            field.DA = pikepdf.String(text_da(scale))
        elif kind == pikepdf.Name.Btn:
            _finish_checkbox(pdf, field)
    _drop_unused_fonts(pdf)


def _standard_font(base: str, name: str, winansi: bool) -> pikepdf.Dictionary:
    font = pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name("/" + base),
                              Name=pikepdf.Name("/" + name))
    if winansi:
        font.Encoding = pikepdf.Name.WinAnsiEncoding
    return font


def _normalised(rect: pikepdf.Array) -> pikepdf.Array:
    """WeasyPrint writes some rectangles top-down; viewers expect lower-left, upper-right."""
    xa, ya, xb, yb = (float(v) for v in rect)
    return pikepdf.Array([round(v, 3) for v in (min(xa, xb), min(ya, yb), max(xa, xb), max(ya, yb))])


def _finish_checkbox(pdf: pikepdf.Pdf, field: pikepdf.Dictionary) -> None:
    """A tick drawn as a path (visible with or without fonts) and an empty Off state; on-state stays /on."""
    x0, y0, x1, y1 = (float(v) for v in field.Rect)
    width, height = x1 - x0, y1 - y0
    # An explicit size: with size 0 poppler (when it draws the tick itself) makes it under 1 mm. No border
    # colour in /MK: the page already prints the box, and fillers that redraw the widget would draw a second one.
    field.DA = pikepdf.String(b"/ZaDb %.1f Tf 0 g" % (min(width, height) * CHECK_SIZE))
    field.MK = pikepdf.Dictionary(CA=pikepdf.String(CHECK_CAPTION))
    on_state = next((k for k in field.AP.N.keys() if k != "/Off"), "/on") if "/AP" in field else "/on"
    box = [0, 0, round(width, 3), round(height, 3)]
    normal = pikepdf.Dictionary()
    normal[on_state] = pdf.make_stream(_tick(width, height), Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Form,
                                       BBox=box, Resources=pikepdf.Dictionary())
    normal["/Off"] = pdf.make_stream(b"", Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Form, BBox=box,
                                     Resources=pikepdf.Dictionary())
    field.AP = pikepdf.Dictionary(N=normal)
    field.AS = pikepdf.Name.Off
    field.V = pikepdf.Name.Off


def _tick(width: float, height: float) -> bytes:
    """A bold check mark filling most of the box, as PDF path operators."""
    size = min(width, height)
    ox, oy = (width - size) / 2, (height - size) / 2
    (xa, ya), (xb, yb), (xc, yc) = ((ox + px * size, oy + py * size) for px, py in TICK)
    return (f"q 0 g 0 G {size * 0.14:.3f} w 1 J 1 j {xa:.3f} {ya:.3f} m {xb:.3f} {yb:.3f} l "
            f"{xc:.3f} {yc:.3f} l S Q").encode()


def _drop_unused_fonts(pdf: pikepdf.Pdf) -> None:
    """Remove fonts no page content selects (WeasyPrint lists the field font in the pages' resources)."""
    used: set[str] = set()
    for page in pdf.pages:
        used |= _fonts_used(page.obj)
    for page in pdf.pages:
        fonts = page.obj.get("/Resources", pikepdf.Dictionary()).get("/Font")
        for name in list(fonts.keys()) if fonts is not None else []:
            if name not in used:
                del fonts[name]


def _fonts_used(content: pikepdf.Object) -> set[str]:
    """Font resource names selected (Tf) by a page or form XObject, including the forms it draws."""
    used = {str(operands[0]) for operands, operator in pikepdf.parse_content_stream(content)
            if operator == pikepdf.Operator("Tf") and operands}
    xobjects = content.get("/Resources", pikepdf.Dictionary()).get("/XObject", pikepdf.Dictionary())
    for xobject in xobjects.values():
        if xobject.get("/Subtype") == pikepdf.Name.Form:
            used |= _fonts_used(xobject)
    return used
