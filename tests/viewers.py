"""Fillers and renderers that live in a browser: pdf.js (as Firefox fills and prints a form), pdf-lib's
default filling (its own appearances in Helvetica from the DA, as Acrobat-like tools do) and pdf.js
drawing a page, all from the vendored files in Debian's chromium, in one page for a whole module."""

from __future__ import annotations

import base64
import io
from pathlib import Path

from PIL import Image
from playwright.sync_api import Page

from .helpers import ROOT
from .pdftools import Values

SCRIPTS = ROOT / "generator/site/static/assets/javascripts"
HARNESS = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>pdf</title>
<script src="{vendor}/pdf.worker.min.js"></script><script src="{vendor}/pdf.min.js"></script>
<script src="{scripts}/pdf-lib.min.js"></script></head><body><script>
pdfjsLib.GlobalWorkerOptions.workerSrc = "{vendor}/pdf.worker.min.js";
function bytes(b) {{ return Uint8Array.from(atob(b), c => c.charCodeAt(0)); }}
function text(u) {{ let s = ""; for (let i = 0; i < u.length; i += 0x8000) {{
  s += String.fromCharCode.apply(null, u.subarray(i, i + 0x8000)); }} return btoa(s); }}
function open(b) {{ return pdfjsLib.getDocument({{data: bytes(b), isEvalSupported: false, verbosity: 0}}).promise; }}
async function fillPdfjs(b, values) {{   // what Firefox does: values in the annotation storage, then save
  const doc = await open(b);
  for (let p = 1; p <= doc.numPages; p++) {{
    for (const a of await (await doc.getPage(p)).getAnnotations()) {{
      if (a.fieldName in values) {{ doc.annotationStorage.setValue(a.id, {{value: values[a.fieldName]}}); }}
    }}
  }}
  return text(await doc.saveDocument());
}}
async function fillPdfLib(b, values) {{   // pdf-lib's defaults: setText/check, save() draws the appearances
  const pdf = await PDFLib.PDFDocument.load(bytes(b));
  const form = pdf.getForm();
  for (const [name, value] of Object.entries(values)) {{
    if (typeof value === "boolean") {{ value ? form.getCheckBox(name).check() : form.getCheckBox(name).uncheck(); }}
    else {{ form.getTextField(name).setText(value); }}
  }}
  return text(await pdf.save());
}}
async function render(b, dpi, pages) {{   // as Firefox prints: the stored appearances, drawn by pdf.js
  const doc = await open(b);
  const out = [];
  for (const number of pages) {{
    const page = await doc.getPage(number);
    const viewport = page.getViewport({{scale: dpi / 72}});
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(viewport.width); canvas.height = Math.round(viewport.height);
    const context = canvas.getContext("2d");
    context.fillStyle = "#fff"; context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({{canvasContext: context, viewport,
                        annotationMode: pdfjsLib.AnnotationMode.ENABLE_STORAGE}}).promise;
    out.push(canvas.toDataURL("image/png").split(",")[1]);
  }}
  return out;
}}
</script></body></html>"""


def open_harness(page: Page, folder: Path) -> Page:
    html = folder / "pdf.html"
    html.write_text(HARNESS.format(vendor=(SCRIPTS / "vendor").as_uri(), scripts=SCRIPTS.as_uri()), encoding="utf-8")
    page.goto(html.as_uri())
    return page


def _b64(path: Path) -> str:
    return base64.b64encode(path.read_bytes()).decode()


def fill_in_browser(page: Page, function: str, source: Path, target: Path, values: Values) -> None:
    target.write_bytes(base64.b64decode(page.evaluate(f"([b, v]) => {function}(b, v)", [_b64(source), values])))


def pdfjs_render(page: Page, pdf: Path, dpi: int, pages: list[int]) -> list[Image.Image]:
    shots = page.evaluate("([b, d, p]) => render(b, d, p)", [_b64(pdf), dpi, pages])
    return [Image.open(io.BytesIO(base64.b64decode(shot))).convert("L") for shot in shots]
