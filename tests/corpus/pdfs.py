"""Make the PDF inputs of a corpus case from its ``pdf.json``, with the fillers people really use.

PDF inputs are made when the tests run, from the blank PDFs of the current build, so the cases keep
working when the layout of a werkblad changes. ``pdf.json`` lists files:

``{"naam": "x.pdf", "werkblad": "stimuleren", "vuller": "pypdf", "waarden": {...}, "stappen": [...]}``

- ``vuller``: ``pypdf`` (values only, viewers draw them), ``pdftk`` (XFDF, the way pdftk-java fills),
  ``pymupdf`` (draws appearances, as MuPDF-based viewers do), ``utf16`` (values stored as UTF-16
  strings, as Acrobat does), ``leeg`` (not filled). Or ``bron`` instead of werkblad/vuller:
  ``tekst-pdf`` (a PDF with text but no fields), ``titel-pdf`` (text that names a werkblad, nothing
  more), ``lege-pagina`` (no text at all: a scan), ``vreemd-formulier`` (a form with other field names),
  ``vorige-release`` (Stimuleren filled in the previous release's PDF: tests/fixtures, an older layout).
- ``stappen``, in order: ``{"vrijtekst": [{"veld": naam | "positie": [x_mm, y_mm], "tekst": ..,
  "rijk": true?}]}`` (FreeText annotations, as "Tekst toevoegen" / Fill & Sign make them; ``rijk``:
  the text only as rich text /RC; on a flattened sheet ``veld`` is the field's box on the blank
  sheet), ``{"tekening": naam}`` / ``{"stempel": naam}`` (an Ink / Stamp annotation in a field's box),
  ``{"plat": "pymupdf"}`` (flattened: appearances drawn and burnt into the page, fields gone; of an
  unfilled sheet only the empty boxes remain), ``{"schaal": "letter" | "a3" | "gedraaid"}`` (printed
  "fit to page" on US Letter, enlarged on A3, or turned a quarter on A4 portrait), ``{"afbreken":
  0.5}`` (only the first half of the bytes: an interrupted download), ``{"wachtwoord": "openen" |
  "eigenaar"}``, ``{"zonder_acroform": true}`` (the form dictionary dropped, widgets left: what some
  programs do when they combine pages), ``{"handtekeningveld": naam}`` (a digital-signature field
  added).
"""

from __future__ import annotations

import json
import subprocess
import tempfile
import warnings
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

import pikepdf

MM = 72 / 25.4


def make_pdfs(case: Path, target: Path, blanks: Path) -> None:
    """Write every PDF that ``case/pdf.json`` describes into ``target`` (the case's input folder)."""
    spec = case / "pdf.json"
    if not spec.is_file():
        return
    for entry in json.loads(spec.read_text(encoding="utf-8"))["bestanden"]:
        content = _source(entry, blanks)
        for step in entry.get("stappen", []):
            content = _apply(step, content, blanks / f"{entry.get('werkblad', '')}.pdf")
        path = target / entry["naam"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)


def _source(entry: dict, blanks: Path) -> bytes:
    if "bron" in entry:
        return {"tekst-pdf": _text_pdf, "titel-pdf": _title_pdf, "lege-pagina": _empty_page,
                "vreemd-formulier": _foreign_form, "vorige-release": _previous_release}[entry["bron"]]()
    blank = blanks / f"{entry['werkblad']}.pdf"
    values = entry.get("waarden", {})
    return {"pypdf": _pypdf, "pdftk": _pdftk, "pymupdf": _pymupdf, "utf16": _utf16,
            "leeg": lambda b, _: b.read_bytes()}[entry["vuller"]](blank, values)


def _pypdf(blank: Path, values: dict) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(blank))
    converted = {k: ("/on" if v else "/Off") if isinstance(v, bool) else v for k, v in values.items()}
    for page in writer.pages:
        writer.update_page_form_field_values(page, converted, auto_regenerate=False)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def _pdftk(blank: Path, values: dict) -> bytes:
    fields = "".join(f'<field name="{escape(k)}"><value>{_xfdf_value(v)}</value></field>' for k, v in values.items())
    xfdf = ('<?xml version="1.0" encoding="UTF-8"?><xfdf xmlns="http://ns.adobe.com/xfdf/" xml:space="preserve">'
            f"<fields>{fields}</fields></xfdf>")
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data.xfdf"
        data.write_text(xfdf, encoding="utf-8")
        out = Path(folder) / "uit.pdf"
        subprocess.run(["pdftk", str(blank), "fill_form", str(data), "output", str(out)], check=True,
                       capture_output=True)
        return out.read_bytes()


def _xfdf_value(value: str | bool) -> str:
    if isinstance(value, bool):
        return "on" if value else "Off"
    return escape(value)


def _pymupdf(blank: Path, values: dict) -> bytes:
    import pymupdf

    document = pymupdf.open(blank)
    for page in document:
        for widget in page.widgets():
            if widget.field_name not in values:
                continue
            value = values[widget.field_name]
            if isinstance(value, bool):
                widget.field_value = widget.on_state() if value else "Off"
            else:
                widget.field_value = value
                widget.text_fontsize = 7  # small enough for every box of every release
            widget.update()
    return document.tobytes()


def _utf16(blank: Path, values: dict) -> bytes:
    with pikepdf.open(blank) as pdf:
        for field in pdf.Root.AcroForm.Fields:
            name = str(field.get("/T", ""))
            if name in values:
                value = values[name]
                if isinstance(value, bool):
                    field.V = pikepdf.Name.on if value else pikepdf.Name.Off
                    for widget in [field, *field.get("/Kids", [])]:
                        if "/AP" in widget:
                            widget.AS = field.V
                else:
                    field.V = pikepdf.String(b"\xfe\xff" + value.encode("utf-16-be"))
        out = BytesIO()
        pdf.save(out)
        return out.getvalue()


def _apply(step: dict, content: bytes, blank: Path) -> bytes:
    (kind, arg), = step.items()
    if kind == "afbreken":
        return content[: int(len(content) * arg)]
    with pikepdf.open(BytesIO(content)) as pdf:
        if kind == "vrijtekst":
            for note in arg:
                _free_text(pdf, note, blank)
        elif kind == "tekening":
            _ink(pdf, arg)
        elif kind == "stempel":
            _stamp(pdf, arg)
        elif kind == "zonder_acroform":
            del pdf.Root["/AcroForm"]
        elif kind == "handtekeningveld":
            _signature_field(pdf, arg)
        elif kind == "plat":
            return _flatten(content)
        elif kind == "schaal":
            _reprint(pdf, arg)
        elif kind == "wachtwoord":
            encryption = pikepdf.Encryption(user="geheim" if arg == "openen" else "", owner="eigenaar", R=6)
            out = BytesIO()
            pdf.save(out, encryption=encryption)
            return out.getvalue()
        out = BytesIO()
        with warnings.catch_warnings():  # pikepdf warns about widgets without /AcroForm: that is the point
            warnings.simplefilter("ignore")
            pdf.save(out)
        return out.getvalue()


def _widget_rect(pdf: pikepdf.Pdf, name: str, blank: Path | None = None) -> list[float]:
    """The box of a field's widget; on a flattened PDF (no widgets left) the box on the blank sheet."""
    return _widget_place(pdf, name, blank)[1]


def _widget_place(pdf: pikepdf.Pdf, name: str, blank: Path | None = None) -> tuple[int, list[float]]:
    """(page index, box) of a field's widget: a sheet can have more than one page."""
    widgets = any(a.get("/Subtype") == pikepdf.Name.Widget for page in pdf.pages for a in page.get("/Annots", []))
    if blank is not None and not widgets:
        with pikepdf.open(blank) as original:
            return _widget_place(original, name)
    for number, page in enumerate(pdf.pages):
        for annotation in page.get("/Annots", []):
            field = annotation if "/T" in annotation else annotation.get("/Parent", {})
            if str(field.get("/T", "")) == name:
                return number, [float(v) for v in annotation.Rect]
    raise KeyError(name)


def _free_text(pdf: pikepdf.Pdf, note: dict, blank: Path) -> None:
    page = pdf.pages[0]
    if "veld" in note:
        number, (x0, y0, x1, y1) = _widget_place(pdf, note["veld"], blank)
        page = pdf.pages[number]
        rect = [x0 + 2, y0 + 2, min(x1 - 2, x0 + 150), y1 - 2]
    else:
        x, y = note["positie"]
        top = float(page.MediaBox[3])
        rect = [x * MM, top - y * MM - 14, x * MM + 150, top - y * MM]
    annotation = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.FreeText, Rect=rect, Contents=pikepdf.String(note["tekst"]),
        DA=pikepdf.String("/Helv 9 Tf 0 g"), F=4, IT=pikepdf.Name.FreeTextTypeWriter))
    if note.get("rijk"):
        paragraphs = "".join(f"<p>{escape(line)}</p>" for line in note["tekst"].split("\n"))
        annotation.Contents = pikepdf.String("")
        annotation.RC = pikepdf.String(f'<body xmlns="http://www.w3.org/1999/xhtml">{paragraphs}</body>')
    if "/Annots" not in page:
        page.Annots = pdf.make_indirect(pikepdf.Array())
    page.Annots.append(annotation)


def _ink(pdf: pikepdf.Pdf, name: str) -> None:
    number, (x0, y0, x1, y1) = _widget_place(pdf, name)
    stroke = [x0 + 3, y0 + 3, (x0 + x1) / 2, y1 - 3, x1 - 3, y0 + 3]
    annotation = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Ink, Rect=[x0, y0, x1, y1], InkList=[stroke], F=4))
    pdf.pages[number].Annots.append(annotation)


def _stamp(pdf: pikepdf.Pdf, name: str) -> None:
    number, rect = _widget_place(pdf, name)
    annotation = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Stamp, Rect=rect, Name=pikepdf.Name.Approved, F=4))
    pdf.pages[number].Annots.append(annotation)


def _signature_field(pdf: pikepdf.Pdf, name: str) -> None:
    field = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=pikepdf.Name.Sig, T=pikepdf.String(name),
        Rect=[0, 0, 0, 0], F=132, P=pdf.pages[0].obj))
    pdf.pages[0].Annots.append(field)
    pdf.Root.AcroForm.Fields.append(field)
    pdf.Root.AcroForm.SigFlags = 3


def _flatten(content: bytes) -> bytes:
    """Burn the appearances into the page and drop the form, as 'flatten' and 'print to PDF' do."""
    import pymupdf

    document = pymupdf.open(stream=content, filetype="pdf")
    document.bake()
    return document.tobytes()


def _reprint(pdf: pikepdf.Pdf, how: str) -> None:
    """Draw every page onto other paper: 'fit to page' on US Letter (with a margin), enlarged on A3, or
    turned a quarter onto A4 portrait (what a printer driver does with a landscape sheet)."""
    for page in pdf.pages:
        _reprint_page(pdf, page, how)


def _reprint_page(pdf: pikepdf.Pdf, page: pikepdf.Page, how: str) -> None:
    x0, y0, x1, y1 = (float(v) for v in page.MediaBox)
    w, h = x1 - x0, y1 - y0
    if how == "gedraaid":
        width, height = 595.28, 841.89
        scale = min(width / h, height / w)
        matrix = f"0 {scale:.5f} {-scale:.5f} 0 {h * scale:.3f} 0"
    else:
        width, height = {"letter": (792, 612), "a3": (1190.55, 841.89)}[how]
        if w < h:
            width, height = height, width
        margin = 36 if how == "letter" else 0
        scale = min((width - margin) / w, (height - margin) / h)
        matrix = f"{scale:.5f} 0 0 {scale:.5f} {(width - w * scale) / 2:.3f} {(height - h * scale) / 2:.3f}"
    page.contents_coalesce()
    original = page.Contents.read_bytes()
    page.Contents = pdf.make_stream(f"q {matrix} cm\n".encode() + original + b"\nQ")
    page.MediaBox = [0, 0, width, height]
    if "/CropBox" in page:
        del page.CropBox


def _previous_release() -> bytes:
    return (Path(__file__).resolve().parent.parent / "fixtures" / "stimuleren-vorige-release.pdf").read_bytes()


def _text_pdf() -> bytes:
    import weasyprint

    return weasyprint.HTML(string="<p>Notulen van het overleg over wonen en zorg.</p>").write_pdf()


def _title_pdf() -> bytes:
    import weasyprint

    return weasyprint.HTML(string="<h1>Werkblad | Stimuleren</h1><p>Zie de bijlage bij de mail.</p>").write_pdf()


def _empty_page() -> bytes:
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(595, 842))
    pdf.pages[0].Contents = pdf.make_stream(b"0.8 g 50 50 495 742 re f")
    out = BytesIO()
    pdf.save(out)
    return out.getvalue()


def _foreign_form() -> bytes:
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(595, 842))
    field = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=pikepdf.Name.Tx, T=pikepdf.String("naam"),
        V=pikepdf.String("Jan"), Rect=[50, 700, 300, 720], F=4, P=pdf.pages[0].obj))
    pdf.pages[0].Annots = pdf.make_indirect(pikepdf.Array([field]))
    pdf.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array([field]))
    out = BytesIO()
    pdf.save(out)
    return out.getvalue()
