"""Reading PDFs back the way users' programs do: fillers (pdftk, pypdf, PyMuPDF), three renderers for
pixels (poppler, MuPDF, PDFium), OCR for what a person would read, and widget/word geometry."""

from __future__ import annotations

import difflib
import re
import subprocess
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

import pymupdf
import pypdfium2
from PIL import Image, ImageChops
from pypdf import PdfReader, PdfWriter

MM = 72 / 25.4  # PDF points per millimetre
Values = dict[str, str | bool]


# ---------------------------------------------------------------- fillers (as a user's tool would)

def fill(source: Path, target: Path, values: Values) -> None:
    """Fill fields with pypdf, values only (checkboxes: True -> '/on'); kept for the overview tests."""
    fill_pypdf(source, target, values, regenerate=False)


def fill_pypdf(source: Path, target: Path, values: Values, regenerate: bool) -> None:
    """pypdf draws its own appearances; ``regenerate`` also asks viewers to redraw (NeedAppearances)."""
    writer = PdfWriter(clone_from=PdfReader(source))
    converted = {k: ("/on" if v else "/Off") if isinstance(v, bool) else v for k, v in values.items()}
    for page in writer.pages:
        writer.update_page_form_field_values(page, converted, auto_regenerate=regenerate)
    writer.write(target)


def fill_pdftk(source: Path, target: Path, values: Values) -> None:
    """pdftk-java with an XFDF file (UTF-8), as scripts commonly fill forms."""
    rows = "".join(f'<field name="{escape(k)}"><value>{escape(("on" if v else "Off") if isinstance(v, bool) else v)}'
                   f"</value></field>" for k, v in values.items())
    xfdf = target.with_suffix(".xfdf")
    xfdf.write_text('<?xml version="1.0" encoding="UTF-8"?>'
                    '<xfdf xmlns="http://ns.adobe.com/xfdf/" xml:space="preserve">'
                    f"<fields>{rows}</fields></xfdf>", encoding="utf-8")
    subprocess.run(["pdftk", str(source), "fill_form", str(xfdf), "output", str(target)], check=True,
                   capture_output=True)


def fill_pymupdf(source: Path, target: Path, values: Values) -> None:
    """PyMuPDF the documented way: set ``field_value`` and ``update()`` each widget (MuPDF draws it)."""
    document = pymupdf.open(source)
    for page in document:
        for widget in page.widgets():
            if widget.field_name in values:
                value = values[widget.field_name]
                widget.field_value = (widget.on_state() if value else "Off") if isinstance(value, bool) else value
                widget.update()
    document.save(target)
    document.close()


FILLERS: dict[str, Callable[[Path, Path, Values], None]] = {
    "pdftk": fill_pdftk,
    "pypdf": lambda s, t, v: fill_pypdf(s, t, v, regenerate=False),
    "pypdf-regenereren": lambda s, t, v: fill_pypdf(s, t, v, regenerate=True),
    "pymupdf": fill_pymupdf,
}


# ---------------------------------------------------------------- renderers

def poppler(pdf: Path, out: Path, dpi: int = 60, page: int = 1) -> Image.Image:
    stem = out.with_suffix("")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-gray", "-png", "-singlefile",
                    str(pdf), str(stem)], check=True, capture_output=True)
    return Image.open(stem.with_suffix(".png")).convert("L")


def mupdf(pdf: Path, out: Path, dpi: int = 60) -> Image.Image:
    subprocess.run(["mutool", "draw", "-q", "-r", str(dpi), "-c", "gray", "-o", str(out), str(pdf), "1"],
                   check=True, capture_output=True)
    return Image.open(out).convert("L")


def pdfium(pdf: Path, out: Path, dpi: int = 60) -> Image.Image:
    """PDFium as Chrome and Edge use it: forms initialised, form fields drawn."""
    document = pypdfium2.PdfDocument(str(pdf))
    document.init_forms()
    image = document[0].render(scale=dpi / 72, may_draw_forms=True).to_pil().convert("L")
    document.close()
    image.save(out)
    return image


RENDERERS = {"poppler": poppler, "mupdf": mupdf, "pdfium": pdfium}


def changed_pixels(a: Image.Image, b: Image.Image, box: tuple[int, int, int, int] | None = None) -> int:
    """How many pixels differ clearly (grey level > 64) between two renderings, optionally in a box."""
    diff = ImageChops.difference(a, b)
    if box:
        diff = diff.crop(box)
    return sum(diff.point(lambda p: 255 if p > 64 else 0).histogram()[255:])


def dark_pixels(image: Image.Image) -> int:
    return sum(image.point(lambda p: 255 if p < 128 else 0).histogram()[255:])


# ---------------------------------------------------------------- geometry

Rect = tuple[float, float, float, float]  # x0, y0, x1, y1 in points, origin top-left (as PyMuPDF)


def widget_rects(pdf: Path, page: int = 0) -> dict[str, Rect]:
    """Every widget's /Rect on a page, by field name (top-left origin, like words and drawings)."""
    with pymupdf.open(pdf) as document:
        return {w.field_name: tuple(w.rect) for w in document[page].widgets()}


def widget_box(pdf: Path, name: str, dpi: int) -> tuple[int, int, int, int]:
    """Pixel box of a field's widget on page 1, with 2 px around it."""
    x0, y0, x1, y1 = (v * dpi / 72 for v in widget_rects(pdf)[name])
    return int(x0) - 2, int(y0) - 2, int(x1) + 2, int(y1) + 2


def crop_widget(image: Image.Image, rect: Rect, dpi: int, inset: float = 0.0) -> Image.Image:
    """The part of a rendering inside a widget, ``inset`` (a fraction of the smaller side) in from its edge."""
    scale = dpi / 72
    x0, y0, x1, y1 = (v * scale for v in rect)
    margin = inset * min(x1 - x0, y1 - y0)
    return image.crop((round(x0 + margin), round(y0 + margin), round(x1 - margin), round(y1 - margin)))


def ink(image: Image.Image) -> float:
    """Share of clearly dark pixels (a tick, a letter) in an image."""
    return dark_pixels(image) / max(1, image.width * image.height)


# ---------------------------------------------------------------- OCR

def ocr(crops: list[Image.Image]) -> list[str]:
    """What tesseract (Dutch) reads in each crop: one process for all crops, small crops scaled up."""
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for number, crop in enumerate(crops):
            scale = max(1, round(150 / max(1, crop.height)))
            image = crop.resize((crop.width * scale, crop.height * scale), Image.LANCZOS) if scale > 1 else crop
            path = Path(folder) / f"{number}.png"
            image.save(path)
            paths.append(str(path))
        listing = Path(folder) / "lijst.txt"
        listing.write_text("\n".join(paths) + "\n", encoding="utf-8")
        result = subprocess.run(["tesseract", str(listing), "stdout", "-l", "nld", "--psm", "6"],
                                capture_output=True, text=True, check=True)
    pages = result.stdout.split("\f")
    return [page.strip() for page in pages[:len(crops)]]


def words(text: str) -> list[str]:
    return re.findall(r"[\w€]+", unicodedata.normalize("NFC", text).lower())


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _same_word(expected: str, read: str, similarity: float) -> bool:
    """A misread letter is fine; a misplaced accent too (OCR reads 'één' as 'éen'), a lost accent is not."""
    if difflib.SequenceMatcher(None, expected, read).ratio() >= similarity:
        return True
    return _plain(expected) == _plain(read) and (expected.isascii() or not read.isascii())


def missing_words(expected: str, read: str, similarity: float = 0.8) -> list[str]:
    """Words of ``expected`` (3+ characters, or €) that OCR did not read."""
    seen = words(read)
    return [word for word in words(expected) if (len(word) >= 3 or word == "€")
            and not any(_same_word(word, other, similarity) for other in seen)]
