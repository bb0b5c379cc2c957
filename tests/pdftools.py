"""Reading PDFs back the way users' viewers do: pypdf for fields, three renderers for pixels."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pypdfium2
from PIL import Image, ImageChops
from pypdf import PdfReader, PdfWriter


def fill(source: Path, target: Path, values: dict[str, str | bool]) -> None:
    """Fill fields with pypdf, as a user's tool would (checkboxes: True -> '/on')."""
    writer = PdfWriter(clone_from=PdfReader(source))
    converted = {k: ("/on" if v else "/Off") if isinstance(v, bool) else v for k, v in values.items()}
    for page in writer.pages:
        writer.update_page_form_field_values(page, converted, auto_regenerate=False)
    writer.write(target)


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


def widget_box(pdf: Path, name: str, dpi: int) -> tuple[int, int, int, int]:
    """Pixel box of a field's widget on page 1 (PDF points -> image pixels, y flipped)."""
    reader = PdfReader(pdf)
    page = reader.pages[0]
    height = float(page.mediabox.height)
    for annotation in page.get("/Annots", []):
        widget = annotation.get_object()
        if widget.get("/T") == name:
            xa, ya, xb, yb = (float(v) for v in widget["/Rect"])
            x0, x1, y0, y1 = min(xa, xb), max(xa, xb), min(ya, yb), max(ya, yb)
            scale = dpi / 72
            return (int(x0 * scale) - 2, int((height - y1) * scale) - 2, int(x1 * scale) + 2,
                    int((height - y0) * scale) + 2)
    raise KeyError(name)
