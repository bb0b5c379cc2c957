"""overzicht.html: the shared screen view (scherm.html.j2 + scherm.css + scherm.js) as one file.

The site page "Sessie-overzicht maken" renders the same template with Nunjucks and loads the same CSS
and script (the paths below); here they are inlined, so the file works alone, offline, from disk.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

TEMPLATES = Path(__file__).parent / "templates"
SCREEN_TEMPLATE = TEMPLATES / "scherm.html.j2"
SCREEN_CSS = TEMPLATES / "scherm.css"
SCREEN_JS = TEMPLATES / "scherm.js"


@cache
def environment() -> Environment:
    """Settings Nunjucks can mirror: autoescape, fail on undefined, trim block lines."""
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
                       trim_blocks=True, lstrip_blocks=True)


def render_screen(context: dict[str, Any]) -> str:
    """The screen view alone (a fragment), from the context of :func:`generator.overview.view.view_context`."""
    return environment().get_template(SCREEN_TEMPLATE.name).render(**context)


def page_html(context: dict[str, Any]) -> str:
    """overzicht.html: the screen view in a page of its own, CSS and script inlined."""
    return environment().get_template("pagina.html.j2").render(
        titel=context["opties"]["titel"], scherm=Markup(render_screen(context)),
        herkomst=context["toolkit"]["herkomst"],
        css=Markup(SCREEN_CSS.read_text(encoding="utf-8")), js=Markup(SCREEN_JS.read_text(encoding="utf-8")))
