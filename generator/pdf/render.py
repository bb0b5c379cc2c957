"""Render werkbladen (fillable), menukaarten and the booklet (print-only) to PDF bytes.

All documents come from the same sheet templates as the website (:mod:`generator.sheet`); this
module only wraps them in a print document, runs WeasyPrint, and finishes the form fields.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from itertools import groupby
from pathlib import Path
from typing import Any, Literal

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from ..errors import DoorstroomError
from ..loader import ToolkitData
from ..sheet.render import Pagina, Split, render_sheet, split_options
from .cache import cached
from .colofon import PROJECT, author, not_platform31, qr_data_uri, sheet_address
from .fonts import FONTS_DIR, body_font_uris, field_font

TEMPLATES = Path(__file__).parent / "templates"
Papier = Literal["a4", "a3"]
SCALE = {"a4": 1.0, "a3": 2**0.5}
BOOKLET = "doorstroomtoolkit-werkbladen.pdf"
# A fixed date in the PDFs, so the same input gives the same bytes (the publication's month).
SOURCE_DATE_EPOCH = "1698796800"
MIN_STRETCH_MM = 1.0  # less free height than this is not worth another layout
WRITING_MM = 21.0  # writing height of every answer space on A4 (three handwritten lines of 7 mm)
MAX_LAYOUTS = 3
STRETCHES = "--rijen:"  # the sheet templates mark tables that share out free height with this variable


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


def paper_filename(filename: str, papier: Papier) -> str:
    """``stimuleren.pdf`` on A4, ``stimuleren-a3.pdf`` on A3: both sets can share one folder."""
    return filename if papier == "a4" else filename.removesuffix(".pdf") + f"-{papier}.pdf"


def menukaart_filename(menukaart_id: str) -> str:
    return f"menukaart-{menukaart_id}.pdf"


def all_jobs(data: ToolkitData) -> list[PdfJob]:
    """Every werkblad (fillable), both menukaarten and the booklet in toolkit order."""
    jobs = [werkblad_job(data, w) for w in data.werkbladen]
    jobs += [PdfJob(menukaart_filename(m), data.menukaarten[m].titel, menukaarten=(m,)) for m in data.menukaarten]
    # The booklet lists everything; _order puts werkbladen and menukaarten in toolkit order.
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


@dataclass(frozen=True)
class Blad:
    """One page of a document: (a page of) a werkblad or a menukaart, with what the booklet needs to list it."""

    sleutel: str  # "werkblad-<id>[-<page>]" or "menukaart-<id>": unique in a document, the anchor for contents
    titel: str
    onderwerp: str
    html: Markup
    liggend: bool
    voet: str
    eerste: bool = True  # the first page of its werkblad: it gets the bookmark and the contents line
    paginas: int = 1  # pages of its werkblad (a werkblad of two pages starts on a right-hand page)




def _order(data: ToolkitData, job: PdfJob) -> list[tuple[str, str, str]]:
    """(kind, id, onderwerp title) of the job's pages in toolkit order (werkbladen and menukaarten interleaved)."""
    wanted = {("werkblad", w) for w in job.werkbladen} | {("menukaart", m) for m in job.menukaarten}
    order = []
    for onderwerp in data.onderwerpen.values():
        for onderdeel in onderwerp.onderdelen:
            for kind, item_id in (("werkblad", onderdeel.werkblad), ("menukaart", onderdeel.menukaart)):
                if item_id and (kind, item_id) in wanted:
                    order.append((kind, item_id, f"{onderwerp.nummer}. {onderwerp.titel}"))
    listed = {(kind, item_id) for kind, item_id, _ in order}
    # Items no onderwerp lists (possible in a partial toolkit) still get their page, at the end.
    order += [(kind, item_id, "") for kind, item_id in sorted(wanted - listed)]
    return order


def _bladen(data: ToolkitData, job: PdfJob, cache_dir: Path, splits: Mapping[str, Split] | None) -> list[Blad]:
    mode = "fields" if job.fillable else "page"
    categorieen = data.vocabulaire.categorieen()
    boekje = job.filename == BOOKLET
    bladen = []
    for kind, item_id, onderwerp in _order(data, job):
        if kind == "werkblad":
            werkblad = data.werkbladen[item_id]
            split = splits[item_id] if splits and item_id in splits else paging(data, item_id, cache_dir)
            adres = sheet_address(data, item_id)
            qr = qr_data_uri(adres) if adres else ""
            for number, (antwoorden, indicatoren) in enumerate(split, start=1):
                pagina = Pagina(number, len(split), antwoorden, indicatoren, adres or "", qr)
                sleutel = f"werkblad-{item_id}" + (f"-{number}" if number > 1 else "")
                voet = f"werkblad: {item_id}" + (f" · pagina {number} van {len(split)}" if len(split) > 1 else "")
                # In the booklet every page is landscape, so it prints double-sided with one flip setting.
                bladen.append(Blad(sleutel, werkblad.titel, onderwerp, render_sheet(data, item_id, mode, pagina=pagina),
                                   werkblad.liggend or boekje, voet, number == 1, len(split)))
        else:
            menukaart = data.menukaarten[item_id]
            html = Markup(_environment().get_template("menukaart.html.j2").render(menukaart=menukaart,
                                                                                 categorieen=categorieen))
            bladen.append(Blad(f"menukaart-{item_id}", menukaart.titel, onderwerp, html, True,
                               f"menukaart: {item_id}"))
    return bladen


def document_html(data: ToolkitData, job: PdfJob, papier: Papier, cache_dir: Path,
                  vrij: Mapping[str, float] | None = None, splits: Mapping[str, Split] | None = None) -> str:
    """The complete print HTML of a job (also used by the benchmark for a bare WeasyPrint run).

    ``vrij`` is the height (mm) left under each page's content, by :attr:`Blad.sleutel`: tables that
    cannot stretch by themselves share it among their answer spaces. ``splits`` forces how werkbladen
    are spread over pages (the paging measurement); otherwise :func:`paging` decides.
    """
    fonts = {**body_font_uris(), "veld": field_font(cache_dir).as_uri()}
    env = _environment()
    bladen = _bladen(data, job, cache_dir, splits)
    boekje = job.filename == BOOKLET
    css = env.get_template("pdf.css.j2").render(fonts=fonts, papier=papier.upper(), scale=SCALE[papier],
                                                bron=data.toolkit.bron, kleine_lettertjes=not_platform31(data),
                                                paginanummers=boekje)
    eerste = [b for b in bladen if b.eerste]
    return env.get_template("document.html.j2").render(
        title=job.title, toolkit=data.toolkit, css=Markup(css), bladen=bladen, fillable=job.fillable, boekje=boekje,
        inhoud=[(onderwerp, list(groep)) for onderwerp, groep in groupby(eerste, key=lambda b: b.onderwerp)],
        vrij=vrij or {}, auteur=author(data), maker=PROJECT, onderwerp=f"{data.toolkit.bron}. {not_platform31(data)}")


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


def _layout(html: str, fillable: bool, cache_dir: Path, filename: str) -> Any:
    """Lay out the HTML with our fetcher (a ``weasyprint.Document``); call inside ``_weasyprint_problems``."""
    # Imported here: importing WeasyPrint takes ~0.4 s, which a warm build (all PDFs cached) skips.
    import weasyprint
    from weasyprint.urls import FatalURLFetchingError

    from .fetcher import ProjectFetcher

    try:
        return weasyprint.HTML(string=html, base_url=FONTS_DIR.as_uri() + "/",
                               url_fetcher=ProjectFetcher([FONTS_DIR, cache_dir])).render(pdf_forms=fillable)
    except FatalURLFetchingError as exc:
        raise PdfRenderError(filename, [f"{exc} ({exc.__cause__})"]) from None


def _write(document: Any, fillable: bool) -> bytes:
    return document.write_pdf(pdf_forms=fillable, pdf_variant="pdf/ua-1", uncompressed_pdf=False)


def weasyprint_pdf(html: str, fillable: bool, cache_dir: Path, filename: str) -> bytes:
    """Plain WeasyPrint render with our fetcher and settings (no stretching, no field finishing)."""
    with _weasyprint_problems(filename):
        return _write(_layout(html, fillable, cache_dir, filename), fillable)


def _stretched_layout(data: ToolkitData, job: PdfJob, papier: Papier, cache_dir: Path,
                      splits: Mapping[str, Split] | None = None) -> Any:
    """Lay out, measure the height each page leaves empty, lay out again with that height shared out.

    Rows whose printed text is taller than their answer space swallow part of what they get, so the
    measuring is repeated (at most ``MAX_LAYOUTS`` layouts in all) until the pages are full. Call inside
    ``_weasyprint_problems``.
    """
    from .stretch import free_heights

    vrij: dict[str, float] = {}
    for _ in range(MAX_LAYOUTS):
        html = document_html(data, job, papier, cache_dir, vrij, splits)
        document = _layout(html, job.fillable, cache_dir, job.filename)
        if STRETCHES not in html:  # no table that shares out free height: one layout is all it takes
            break
        free = free_heights(document)
        if max(free.values(), default=0.0) < MIN_STRETCH_MM:
            break
        vrij = {key: round(vrij.get(key, 0.0) + left, 2) for key, left in free.items()}
    return document


def _stretched_pdf(data: ToolkitData, job: PdfJob, papier: Papier, cache_dir: Path) -> bytes:
    with _weasyprint_problems(job.filename):
        return _write(_stretched_layout(data, job, papier, cache_dir), job.fillable)


def paging(data: ToolkitData, werkblad_id: str, cache_dir: Path) -> Split:
    """How a werkblad is spread over pages: the fewest pages on which every answer space gets
    ``WRITING_MM`` of height on A4 (A3 is the same sheet, larger). Measured on the fillable A4 sheet,
    kept in the cache like a PDF; a sheet that never gets there takes its last (most spread) option."""
    from .stretch import writing_heights

    options = split_options(data, werkblad_id)
    if len(options) == 1:
        return options[0]

    def measure() -> bytes:
        job = werkblad_job(data, werkblad_id)
        with _weasyprint_problems(job.filename):
            for option in options:
                heights = writing_heights(_stretched_layout(data, job, "a4", cache_dir, {werkblad_id: option}))
                if min(heights, default=WRITING_MM) >= WRITING_MM + 0.3:  # 0.3 mm for rounding between layouts
                    break
        return json.dumps(option).encode()

    key = "\n".join(["paging", data.werkbladen[werkblad_id].model_dump_json(), data.vocabulaire.model_dump_json(),
                     sheet_address(data, werkblad_id) or ""])  # the address and QR code take room in the header
    chosen, _ = cached(cache_dir, key, measure)
    return [(tuple(antwoorden), tuple(indicatoren)) for antwoorden, indicatoren in json.loads(chosen)]


def _refuse_foreign_fonts(filename: str, pdf: bytes) -> None:
    from .fontcheck import foreign_text

    foreign = foreign_text(pdf)
    if foreign:
        raise PdfRenderError(filename, [
            f"de tekens {' '.join(chars)} staan niet in het meegeleverde lettertype Open Sans (het systeem zou er "
            f"{font.split('+')[-1]} voor nemen); vervang ze in de YAML door tekens die er wel in staan."
            for font, chars in foreign.items()])


def _cache_key(data: ToolkitData, job: PdfJob, papier: Papier) -> str:
    parts = [job.filename, job.title, papier, str(job.fillable), data.toolkit.model_dump_json(),
             data.vocabulaire.model_dump_json(), author(data), *(sheet_address(data, w) or "" for w in job.werkbladen)]
    parts += [data.werkbladen[w].model_dump_json() for w in job.werkbladen]
    parts += [data.menukaarten[m].model_dump_json() for m in job.menukaarten]
    return "\n".join(parts)


def render_pdf(data: ToolkitData, job: PdfJob, papier: Papier, cache_dir: Path) -> tuple[bytes, bool]:
    """PDF bytes of a job, from the cache when nothing changed. Returns (bytes, was_cached)."""

    def produce() -> bytes:
        from .acroform import finish  # pikepdf, like WeasyPrint, only when rendering

        pdf = _stretched_pdf(data, job, papier, cache_dir)
        _refuse_foreign_fonts(job.filename, pdf)
        return finish(pdf, SCALE[papier])

    return cached(cache_dir, _cache_key(data, job, papier), produce)
