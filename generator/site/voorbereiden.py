"""The page "Sessie voorbereiden": plan a session in the browser and get the same files as
``doorstroom voorbereiden``, made on the facilitator's own computer.

The browser gets everything from the same sources as the CLI, through scripts the build writes
(:func:`generated_files`): the catalogue the plan is built from and the fixed data and templates of the
draaiboek and the invitation (``voorbereiden/gegevens.js``), the shared messages
(``sessie/voorbereiden-teksten.js``, teksten.json) and the fonts of the draaiboek PDF
(``voorbereiden/letters.js``, loaded on first use). The page's modules repeat only what depends on the
choices (the plan, the dates).
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from ..loader import ToolkitData
from ..overview.links import site_url_from_mkdocs
from ..pdf.build import cache_dir
from ..pdf.fonts import BODY_FONTS, field_font
from ..voorbereiden.catalogus import catalogus
from ..voorbereiden.draaiboek import DRAAIBOEK, TEMPLATES, UITNODIGING, vaste_gegevens
from ..voorbereiden.namen import TEKSTEN
from . import documenten

PATH = "voorbereiden/index.md"
TITLE = "Sessie voorbereiden"
ROOT = "../"
DATA_SCRIPT = "assets/javascripts/voorbereiden/gegevens.js"
FONTS_SCRIPT = "assets/javascripts/voorbereiden/letters.js"
TEKSTEN_SCRIPT = "assets/javascripts/sessie/voorbereiden-teksten.js"
CSS = "assets/stylesheets/voorbereiden.css"
PAGE_TEMPLATES = Path(__file__).parent / "templates"
HEADER = "// Gemaakt door generator/site/voorbereiden.py uit {bron}: niet bewerken.\n"
# Modules of the session page that the planner uses too (reading names as the readers do), then its own.
SHARED = ("gegevens", "voorbereiden-teksten", "laden", "regels", "tekst", "namen", "sessieplan")
OWN = ("gegevens", "plan", "organisaties", "draaiboek", "doc-pdf", "bladen", "pagina")


def _script(name: str, value: Any, bron: str) -> str:
    content = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (HEADER.format(bron=bron) +
            f"window.Doorstroom = window.Doorstroom || {{}};\nwindow.Doorstroom.{name} = {content};\n")


def browser_data(data: ToolkitData) -> dict[str, Any]:
    """What the planner needs from the toolkit, keyed as its modules use it."""
    return {
        "catalogus": catalogus(data),
        "vast": vaste_gegevens(data, site_url_from_mkdocs(data.root)),
        "sjablonen": {"draaiboek": (TEMPLATES / DRAAIBOEK).read_text(encoding="utf-8"),
                      "uitnodiging": (TEMPLATES / UITNODIGING).read_text(encoding="utf-8")},
    }


def fonts_script(data: ToolkitData) -> str:
    """Open Sans regular, bold and italic (the Latin subset of the field font) for the draaiboek PDF."""
    fonts = {key: field_font(cache_dir(data), BODY_FONTS[style]) for key, style in (
        ("regular", ("normal", 400)), ("bold", ("normal", 700)), ("italic", ("italic", 400)))}
    encoded = {key: base64.b64encode(path.read_bytes()).decode() for key, path in fonts.items()}
    return _script("letters", encoded, "generator/pdf/fonts/ (Open Sans, Apache-2.0)")


def generated_files(data: ToolkitData) -> dict[str, str]:
    """Every file of the page that the build writes: site path -> content."""
    return {
        DATA_SCRIPT: _script("voorbereiden", browser_data(data), "content/sessie.yaml, de YAML en de sjablonen"),
        TEKSTEN_SCRIPT: _script("voorbereidenTeksten", json.loads(TEKSTEN.read_text(encoding="utf-8")),
                                "generator/voorbereiden/teksten.json"),
        FONTS_SCRIPT: fonts_script(data),
    }


INTRO = """Plan hier een bijeenkomst met de toolkit. U kiest de werkbladen, praatplaten en menukaarten, de
organisaties en de tijden. U krijgt een **draaiboek** (PDF en Word) met de agenda, wat u afdrukt en meeneemt,
een **uitnodiging** om te mailen, het **sessieplan** en per organisatie **haar eigen werkbladen**, met de naam
al ingevuld."""

PRIVACY = ("Alles gebeurt op uw eigen computer: er wordt niets verstuurd en niets bewaard. Wilt u later verder? "
           "Download het sessieplan (sessie-plan.json) en open het hier weer met ‘Sessieplan openen’.")
DOWNLOADS = (("pdf", "Draaiboek (PDF)"), ("docx", "Draaiboek (Word)"), ("uitnodiging", "Uitnodiging (tekst)"),
             ("plan", "Sessieplan (JSON)"))


def page_markdown(data: ToolkitData) -> str:
    """The planner: the session, who takes part, the agenda, what it gives (templates/voorbereiden.md.j2)."""
    scripts = ([f"{ROOT}assets/javascripts/sessie/{name}.js" for name in SHARED] +
               [f"{ROOT}{path}" for path in documenten.SCRIPTS] +  # the shared Word writer (draaiboek.docx)
               [f"{ROOT}assets/javascripts/voorbereiden/{name}.js" for name in OWN])
    env = Environment(loader=FileSystemLoader(PAGE_TEMPLATES), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    return env.get_template("voorbereiden.md.j2").render(
        titel=TITLE, intro=Markup(INTRO), privacy=PRIVACY, root=ROOT, css=CSS, sessie=data.sessie,
        downloads=DOWNLOADS, scripts=scripts)
