"""Render a werkblad as the HTML sheet that reads like the printed original.

One Jinja2 template per layout type (``templates/<type>.html.j2``) plus a frame; the answer spaces
carry the contract field names (``data-veld``) from :mod:`generator.fields`, never hand-written ones.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Literal

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from ..fields import cell_name, group_name, indicator_name, label_field
from ..loader import ToolkitData
from ..text import md_block, md_inline

TEMPLATES = Path(__file__).parent / "templates"
Mode = Literal["page", "fields", "form"]


@cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters.update(md_block=md_block, md_inline=md_inline)
    env.globals.update(cell_name=cell_name, indicator_name=indicator_name, group_name=group_name,
                       label_parts=label_parts)
    return env


def label_parts(label: str) -> tuple[str, str, str]:
    """'Passend aanbod, Huidige woning: doen we al' -> (context, ': ', 'doen we al').

    The form shows the short part where row and column headings already say the context (a wide
    table) and the whole label where they do not (a phone); screen readers always get the whole label.
    """
    context, separator, short = label.rpartition(": ")
    return context, separator, short


def render_sheet(data: ToolkitData, werkblad_id: str, mode: Mode = "page",
                 categorie_links: dict[str, list[tuple[str, str]]] | None = None) -> Markup:
    """The sheet of one werkblad as an HTML fragment (a <section>).

    ``page`` draws empty answer boxes (printed booklet); ``fields`` puts PDF form fields with the
    contract names in them (fillable PDF); ``form`` makes it an HTML form with labels (website).
    ``categorie_links`` (form only): per interventiecategorie (menukaart, address of its row).
    """
    werkblad = data.werkbladen[werkblad_id]
    html = environment().get_template("sheet.html.j2").render(
        mode=mode,
        werkblad=werkblad,
        blad=werkblad.blad,
        velden={v.naam: v for v in data.velden[werkblad_id]},
        labelveld=label_field(werkblad),
        fasen=data.vocabulaire.fasen(),
        categorieen=data.vocabulaire.categorieen(),
        bron=data.toolkit.bron,
        categorie_links=categorie_links or {},
    )
    # Collapse blank lines: Python-Markdown ends a raw HTML block at an empty line.
    return Markup("\n".join(line for line in html.splitlines() if line.strip()))
