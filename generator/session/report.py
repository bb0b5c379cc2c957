"""sessie.json -> the session report: one self-contained HTML page (screen and print) and its PDF.

The Stimuleren part is not drawn here: the HTML holds the overview's own screen view, the PDF the
wall's pages (generator/overview), so the gap overview looks the same wherever it appears. The PDF is
WeasyPrint with the shipped fonts, like every other PDF of the project, but it is never cached: it
holds participants' text, and nothing of that may be written outside the output folder.
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
from ..overview.view import toolkit_view, view_context
from ..overview.wall import wall_parts
from ..pdf.fonts import FONTS_DIR, body_font_uris
from ..pdf.jinja import pdf_environment
from ..pdf.render import css_string, weasyprint_pdf
from .contract import BladRef, Sessie

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
    which renders the same template with Nunjucks): the toolkit's names for the ids in it."""
    return {
        "werkbladen": {w.id: {"titel": w.titel, "soort": w.soort, "onderwerp": w.onderwerp, "vraag": w.vraag,
                              "blad": w.blad.model_dump(mode="json")} for w in data.werkbladen.values()},
        "onderwerpen": {o.id: {"nummer": o.nummer, "titel": o.titel} for o in data.onderwerpen.values()},
        "fase_naam": {f.id: f.naam for f in data.vocabulaire.klantreis},
        "bron": data.toolkit.bron,
    }


def report_context(data: ToolkitData, sessie: Sessie, day: dt.date,
                   binnen: dict[str, Any] | None = None) -> dict[str, Any]:
    """The template's context: sessie.json, the toolkit part, what follows from this session (the browser
    computes the same in sessie/verslag.js: keep the two equal) and what has arrived of a session plan
    among the inputs (``binnen``, generator/voorbereiden/binnen.py)."""
    toolkit = report_toolkit(data)
    return {
        "s": sessie,
        "volgorde": list(sessie["werkbladen"]),
        "werkbladen": {w: toolkit["werkbladen"][w] for w in sessie["werkbladen"]},
        "onderwerpen": toolkit["onderwerpen"],
        "fase_naam": toolkit["fase_naam"],
        "bron": toolkit["bron"],
        "datum": dutch_date(day),
        "aantal_bladen": sum(len(d["bladen"]) for d in sessie["werkbladen"].values()),
        "ingeleverd": {w: handed_in(d["bladen"]) for w, d in sessie["werkbladen"].items()},
        "gekozen": [r for r in sessie["monitorplan"] if r["opnemen"]],
        "niet_gekozen": [r for r in sessie["monitorplan"] if not r["opnemen"]],
        "binnen": binnen,
    }


def handed_in(bladen: list[BladRef]) -> list[dict[str, Any]]:
    """Who handed in sheets of one werkblad: each label once, in order, with its number of sheets."""
    counts: dict[str, int] = {}
    for blad in bladen:
        counts[blad["organisatie"]] = counts.get(blad["organisatie"], 0) + 1
    return [{"naam": naam, "aantal": aantal} for naam, aantal in counts.items()]


def gap_view(data: ToolkitData, sessie: Sessie, werkblad_id: str, sector: str, links: dict[str, str | None],
             titel: str, kop: int) -> dict[str, Any]:
    """The context of the overview's own views (generator.overview.view) for the raster part of the
    session. Its notes and rejections are left out there: the report lists those of every werkblad
    together."""
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
    """sessie.pdf (A4): the Stimuleren chapter is the wall's page 1 and ideas per fase (A3 landscape pages,
    to print big and discuss) and its detail per categorie (A4); the wall's title is the chapter heading.
    Only the shipped fonts may be read (the fetcher allows nothing else) and every printed value is made
    printable in them."""
    raster = _raster(sessie)
    wand = None
    if raster:
        titel = f"{data.werkbladen[raster].titel}: {GAP_TITLE.lower()}"
        wand = wall_parts(gap_view(data, sessie, raster, sector, links, titel, kop=2), f"werkblad-{raster}")
    html = _pdf_environment().get_template("sessie.html.j2").render(
        **report_context(data, sessie, day, binnen), pdf=True, fonts=body_font_uris(), wand=wand, scherm=None)
    return weasyprint_pdf(html, False, FONTS_DIR, "sessie.pdf")
