"""sessie.json -> the session report for the partners: one self-contained HTML page (screen and
print), its PDF (A4) and the wall of the gap overview as a file of its own (wandplaat.pdf, A3).

Page 1 is the summary (generator/session/summary.py); every answer is in the report once. The
Stimuleren part is not drawn here: the HTML holds the overview's own screen view, the PDF the wall's
status matrix and every item per categorie, and wandplaat.pdf is the wall of ``doorstroom overzicht``
(generator/overview), so the gap overview looks the same wherever it appears. The PDFs are WeasyPrint
with the shipped fonts, like every other PDF of the project, but never cached: they hold participants'
text, and nothing of that may be written outside the output folder.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from ..loader import ToolkitData
from ..overview.html import SCREEN_CSS, SCREEN_JS, render_screen
from ..overview.matrix import build_overzicht
from ..overview.view import herkomst, toolkit_view, view_context
from ..overview.wall import wall_parts, wall_pdf
from ..pdf.fonts import FONTS_DIR, body_font_uris
from ..pdf.jinja import pdf_environment
from ..pdf.render import css_string, weasyprint_pdf
from .contract import Sessie
from .summary import samenvatting, summary_names

TEMPLATES = Path(__file__).parent / "templates"
GAP_TITLE = "Klantreis-gatenoverzicht"
MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december")


def dutch_date(day: dt.date) -> str:
    """'3 maart 2025': how the report and the plan van aanpak are dated."""
    return f"{day.day} {MAANDEN[day.month - 1]} {day.year}"


@cache
def _screen_environment() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["css_string"] = css_string  # the template is one for screen and print
    return env


@cache
def _pdf_environment() -> Environment:
    return pdf_environment(TEMPLATES)


def report_toolkit(data: ToolkitData) -> dict[str, Any]:
    """What the template shows besides sessie.json, as plain JSON (the site hands the same to the browser,
    which renders the same template with Nunjucks): the toolkit's names for the ids in it, and the summary's
    names (generator/session/summary.py)."""
    return {
        "werkbladen": {w.id: {"titel": w.titel, "soort": w.soort, "onderwerp": w.onderwerp, "vraag": w.vraag,
                              "blad": w.blad.model_dump(mode="json")} for w in data.werkbladen.values()},
        "onderwerpen": {o.id: {"nummer": o.nummer, "titel": o.titel} for o in data.onderwerpen.values()},
        "fase_naam": {f.id: f.naam for f in data.vocabulaire.klantreis},
        "bron": data.toolkit.bron,
        "herkomst": herkomst(data),
        **summary_names(data),
    }


def report_context(data: ToolkitData, sessie: Sessie, day: dt.date,
                   binnen: dict[str, Any] | None = None) -> dict[str, Any]:
    """The template's context: sessie.json, the summary, the toolkit part (the browser computes the same
    in sessie/verslag.js and sessie/samenvatting.js: keep them equal) and what has arrived of a session
    plan among the inputs (``binnen``, generator/voorbereiden/binnen.py)."""
    toolkit = report_toolkit(data)
    return {
        "s": sessie,
        "sv": samenvatting(toolkit, sessie),
        "werkbladen": {w: toolkit["werkbladen"][w] for w in sessie["werkbladen"]},
        "onderwerpen": toolkit["onderwerpen"],
        "fase_naam": toolkit["fase_naam"],
        "bron": toolkit["bron"],
        "herkomst": toolkit["herkomst"],
        "datum": dutch_date(day),
        "binnen": binnen,
    }


def gap_view(data: ToolkitData, sessie: Sessie, werkblad_id: str | None, sector: str, links: dict[str, str | None],
             titel: str, kop: int) -> dict[str, Any]:
    """The context of the overview's own views (generator.overview.view) for the raster part of the
    session (``werkblad_id`` None: no Stimuleren sheet came in, every cell is empty). Its notes and
    rejections are left out there: the report lists those of every werkblad together."""
    if werkblad_id is None:
        overzicht = build_overzicht(data, [], [], titel, sector, links).as_json()
    else:
        overzicht = {key: value for key, value in sessie["werkbladen"][werkblad_id].items()
                     if key not in ("type", "bladen")}
    return view_context(overzicht, toolkit_view(data, sector, links), titel, kop=kop, lijsten=False)


def _raster(sessie: Sessie) -> str | None:
    """The werkblad handed in with the raster layout (Stimuleren), if any."""
    return next((w for w, deel in sessie["werkbladen"].items() if deel["type"] == "raster"), None)


def render_html(data: ToolkitData, sessie: Sessie, day: dt.date, sector: str, links: dict[str, str | None],
                binnen: dict[str, Any] | None = None) -> str:
    """sessie.html: the Stimuleren chapter is the overview's screen view (the same template, CSS and
    filter script as overzicht.html), under the chapter heading."""
    raster = _raster(sessie)
    scherm = Markup(render_screen(gap_view(data, sessie, raster, sector, links, GAP_TITLE, kop=3))) if raster else None
    return _screen_environment().get_template("sessie.html.j2").render(
        **report_context(data, sessie, day, binnen), pdf=False, wand=None, scherm=scherm,
        scherm_css=Markup(SCREEN_CSS.read_text(encoding="utf-8")),
        scherm_js=Markup(SCREEN_JS.read_text(encoding="utf-8")))


def pdf_bytes(data: ToolkitData, sessie: Sessie, day: dt.date, sector: str, links: dict[str, str | None],
              binnen: dict[str, Any] | None = None) -> bytes:
    """sessie.pdf (A4): the Stimuleren chapter is the wall's status matrix and every item per categorie
    (the wall itself is wandplaat.pdf). Only the shipped fonts may be read (the fetcher allows nothing
    else) and every printed value is made printable in them."""
    return weasyprint_pdf(pdf_html(data, sessie, day, sector, links, binnen), False, FONTS_DIR, "sessie.pdf")


def pdf_html(data: ToolkitData, sessie: Sessie, day: dt.date, sector: str, links: dict[str, str | None],
             binnen: dict[str, Any] | None = None) -> str:
    """The print HTML of sessie.pdf (also what benchmarks/cli_speed.py gives a plain WeasyPrint)."""
    raster = _raster(sessie)
    wand = wall_parts(gap_view(data, sessie, raster, sector, links, GAP_TITLE, kop=2)) if raster else None
    return _pdf_environment().get_template("sessie.html.j2").render(
        **report_context(data, sessie, day, binnen), pdf=True, fonts=body_font_uris(), wand=wand, scherm=None)


def wall_bytes(data: ToolkitData, sessie: Sessie, sector: str, links: dict[str, str | None]) -> bytes:
    """wandplaat.pdf: the wall of ``doorstroom overzicht`` for the session's Stimuleren sheets (A3
    landscape; empty cells when none came in), without the notes: those are in the report."""
    titel = f"{sessie['titel']}: {GAP_TITLE.lower()}"
    return wall_pdf(gap_view(data, sessie, _raster(sessie), sector, links, titel, kop=1), "wandplaat.pdf")
