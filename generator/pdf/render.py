"""Render werkbladen (fillable), menukaarten and the booklet (print-only) to PDF bytes.

All documents come from the same sheet templates as the website (:mod:`generator.sheet`); this
module only wraps them in a print document, runs WeasyPrint, and finishes the form fields.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from ..errors import DoorstroomError
from ..loader import ToolkitData
from ..sheet.render import render_sheet
from .cache import cached
from .fonts import FONTS_DIR, body_font, field_font

TEMPLATES = Path(__file__).parent / "templates"
Papier = Literal["a4", "a3"]
SCALE = {"a4": 1.0, "a3": 2**0.5}
BOOKLET = "doorstroomtoolkit-werkbladen.pdf"
# A fixed date in the PDFs, so the same input gives the same bytes (the publication's month).
SOURCE_DATE_EPOCH = "1698796800"


class PdfRenderError(DoorstroomError):
    """WeasyPrint reported a problem (a missing font or resource): we do not ship such a PDF."""

    def __init__(self, filename: str, messages: list[str]) -> None:
        super().__init__(f"{filename}: PDF niet gemaakt:\n" + "\n".join(f"  {m}" for m in messages))


@dataclass(frozen=True)
class PdfJob:
    """One PDF file to make."""

    filename: str
    title: str
    werkbladen: tuple[str, ...] = ()
    menukaarten: tuple[str, ...] = ()
    fillable: bool = False


def werkblad_job(data: ToolkitData, werkblad_id: str) -> PdfJob:
    return PdfJob(f"{werkblad_id}.pdf", f"Werkblad {data.werkbladen[werkblad_id].titel}", (werkblad_id,),
                  fillable=True)


def menukaart_filename(menukaart_id: str) -> str:
    return f"menukaart-{menukaart_id}.pdf"


def all_jobs(data: ToolkitData) -> list[PdfJob]:
    """Every werkblad (fillable), both menukaarten and the booklet in toolkit order."""
    jobs = [werkblad_job(data, w) for w in data.werkbladen]
    jobs += [PdfJob(menukaart_filename(m), data.menukaarten[m].titel, menukaarten=(m,)) for m in data.menukaarten]
    # ToolkitData keeps werkbladen and menukaarten in toolkit order; _items interleaves them.
    jobs.append(PdfJob(BOOKLET, f"{data.toolkit.titel}: alle werkbladen", tuple(data.werkbladen),
                       tuple(data.menukaarten)))
    return jobs


def css_string(text: str) -> Markup:
    """Quote text as a CSS string (for `content:` in a page footer), safe inside <style> too."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ").replace("<", "\\3c ")
    return Markup(f'"{escaped}"')


@cache
def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), undefined=StrictUndefined, trim_blocks=True,
                      lstrip_blocks=True, autoescape=select_autoescape(enabled_extensions=("html.j2",),
                                                                       default=False))
    env.filters["css_string"] = css_string
    return env


def _items(data: ToolkitData, job: PdfJob) -> list[dict[str, object]]:
    """The pages of a document in toolkit order (the booklet interleaves werkbladen and menukaarten)."""
    mode = "fields" if job.fillable else "page"
    wanted = {("werkblad", w) for w in job.werkbladen} | {("menukaart", m) for m in job.menukaarten}
    order = [("werkblad", w) for w in job.werkbladen] + [("menukaart", m) for m in job.menukaarten]
    if len(wanted) > 1:
        order = [(k, i) for o in data.onderwerpen.values() for d in o.onderdelen
                 for k, i in (("werkblad", d.werkblad), ("menukaart", d.menukaart)) if i and (k, i) in wanted]
    categorieen = data.vocabulaire.categorieen()
    items = []
    for kind, item_id in order:
        if kind == "werkblad":
            werkblad = data.werkbladen[item_id]
            html = render_sheet(data, item_id, mode)
            items.append({"html": html, "liggend": werkblad.liggend, "voet": f"werkblad: {item_id}"})
        else:
            menukaart = data.menukaarten[item_id]
            html = Markup(_environment().get_template("menukaart.html.j2").render(menukaart=menukaart,
                                                                                 categorieen=categorieen))
            items.append({"html": html, "liggend": True, "voet": f"menukaart: {item_id}"})
    return items


def document_html(data: ToolkitData, job: PdfJob, papier: Papier, cache_dir: Path) -> str:
    """The complete print HTML of a job (also used by the benchmark for a bare WeasyPrint run)."""
    fonts = {
        "regular": body_font("normal", 400).as_uri(),
        "bold": body_font("normal", 700).as_uri(),
        "italic": body_font("italic", 400).as_uri(),
        "veld": field_font(cache_dir).as_uri(),
    }
    env = _environment()
    css = env.get_template("pdf.css.j2").render(fonts=fonts, papier=papier.upper(), scale=SCALE[papier],
                                                bron=data.toolkit.bron)
    return env.get_template("document.html.j2").render(
        title=job.title, uitgever=data.toolkit.uitgever, bron=data.toolkit.bron, css=Markup(css),
        items=_items(data, job), fillable=job.fillable)


@contextlib.contextmanager
def _weasyprint_problems(filename: str) -> Iterator[None]:
    """Turn WeasyPrint warnings (e.g. a font that could not be loaded) into an error."""
    records: list[logging.LogRecord] = []
    handler = logging.Handler(logging.WARNING)
    handler.emit = records.append  # type: ignore[method-assign]
    logger = logging.getLogger("weasyprint")
    logger.addHandler(handler)
    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = SOURCE_DATE_EPOCH
    try:
        yield
    finally:
        logger.removeHandler(handler)
        if previous is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous
    if records:
        raise PdfRenderError(filename, [r.getMessage() for r in records])


def weasyprint_pdf(html: str, fillable: bool, cache_dir: Path, filename: str) -> bytes:
    """Plain WeasyPrint render with our fetcher and settings (no field finishing)."""
    # Imported here: importing WeasyPrint takes ~0.4 s, which a warm build (all PDFs cached) skips.
    import weasyprint
    from weasyprint.urls import FatalURLFetchingError

    from .fetcher import ProjectFetcher

    with _weasyprint_problems(filename):
        document = weasyprint.HTML(string=html, base_url=FONTS_DIR.as_uri() + "/",
                                   url_fetcher=ProjectFetcher([FONTS_DIR, cache_dir]))
        try:
            return document.write_pdf(pdf_forms=fillable, pdf_variant="pdf/ua-1", uncompressed_pdf=False)
        except FatalURLFetchingError as exc:
            raise PdfRenderError(filename, [f"{exc} ({exc.__cause__})"]) from None


def _cache_key(data: ToolkitData, job: PdfJob, papier: Papier) -> str:
    parts = [job.filename, job.title, papier, str(job.fillable), data.toolkit.model_dump_json(),
             data.vocabulaire.model_dump_json()]
    parts += [data.werkbladen[w].model_dump_json() for w in job.werkbladen]
    parts += [data.menukaarten[m].model_dump_json() for m in job.menukaarten]
    return "\n".join(parts)


def render_pdf(data: ToolkitData, job: PdfJob, papier: Papier, cache_dir: Path) -> tuple[bytes, bool]:
    """PDF bytes of a job, from the cache when nothing changed. Returns (bytes, was_cached)."""

    def produce() -> bytes:
        from .acroform import finish_fields  # pikepdf, like WeasyPrint, only when rendering

        pdf = weasyprint_pdf(document_html(data, job, papier, cache_dir), job.fillable, cache_dir, job.filename)
        return finish_fields(pdf) if job.fillable else pdf

    return cached(cache_dir, _cache_key(data, job, papier), produce)
