"""sessie.json -> the session report: one self-contained HTML page (screen and print) and its PDF.

The PDF is WeasyPrint with the shipped fonts, like every other PDF of the project, but it is never
cached: it holds participants' text, and nothing of that may be written outside the output folder.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from ..loader import ToolkitData
from ..overview.matrix import STATUS_TEXT
from ..pdf.fonts import FONTS_DIR, body_font
from ..pdf.render import css_string, weasyprint_pdf
from .contract import Sessie

TEMPLATES = Path(__file__).parent / "templates"
MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december")


def dutch_date(day: dt.date) -> str:
    """'3 maart 2025': how the report and the plan van aanpak are dated."""
    return f"{day.day} {MAANDEN[day.month - 1]} {day.year}"


@cache
def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["css_string"] = css_string
    return env


def report_context(data: ToolkitData, sessie: Sessie, day: dt.date) -> dict[str, Any]:
    """What the template shows besides sessie.json: the toolkit's names for the ids in it."""
    werkbladen = {w: data.werkbladen[w] for w in sessie["werkbladen"]}
    cellen = {f"{c['categorie']}|{c['fase']}": c
              for deel in sessie["werkbladen"].values() if deel["type"] == "raster" for c in deel["cellen"]}
    return {
        "s": sessie,
        "werkbladen": werkbladen,
        "onderwerpen": data.onderwerpen,
        "fasen": data.vocabulaire.klantreis,
        "fase_naam": {f.id: f.naam for f in data.vocabulaire.klantreis},
        "categorieen": data.vocabulaire.interventiecategorieen,
        "cellen": cellen,
        "status_text": STATUS_TEXT,
        "bron": data.toolkit.bron,
        "datum": dutch_date(day),
        "aantal_bladen": sum(len(d["bladen"]) for d in sessie["werkbladen"].values()),
        "gekozen": [r for r in sessie["monitorplan"] if r["opnemen"]],
        "niet_gekozen": [r for r in sessie["monitorplan"] if not r["opnemen"]],
    }


def render_html(data: ToolkitData, sessie: Sessie, day: dt.date, for_pdf: bool = False) -> str:
    fonts = {"regular": body_font("normal", 400).as_uri(), "bold": body_font("normal", 700).as_uri(),
             "italic": body_font("italic", 400).as_uri()}
    return _environment().get_template("sessie.html.j2").render(
        **report_context(data, sessie, day), pdf=for_pdf, fonts=fonts)


def pdf_bytes(data: ToolkitData, sessie: Sessie, day: dt.date) -> bytes:
    """The printed report (A4). Only the shipped fonts may be read: the fetcher allows nothing else."""
    return weasyprint_pdf(render_html(data, sessie, day, for_pdf=True), False, FONTS_DIR, "sessie.pdf")
