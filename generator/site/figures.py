"""The publication's figures, redrawn for this website as accessible inline SVG.

The drawing of figure ``<id>`` is ``figuren/<id>.svg.j2``; its title and text alternative come from
the YAML (``figuur`` of a section), so all Dutch text a reader gets stays in the content.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from ..model import Figuur

FIGUREN = Path(__file__).parent / "figuren"
DRAWN_HERE = "getekend voor deze website"


def figure_exists(figuur_id: str) -> bool:
    return (FIGUREN / f"{figuur_id}.svg.j2").is_file()


@cache
def _environment() -> Environment:
    return Environment(loader=FileSystemLoader(FIGUREN), autoescape=True, undefined=StrictUndefined,
                       trim_blocks=True, lstrip_blocks=True)


def figure_html(figuur: Figuur) -> str:
    """``<figure>`` with the SVG (named by its title and described by its text) and the caption.

    Lines are joined without blank lines: Python-Markdown ends a raw HTML block at an empty line.
    """
    anchor = f"figuur-{figuur.id}"
    svg = _environment().get_template(f"{figuur.id}.svg.j2").render(
        title_id=f"{anchor}-titel", desc_id=f"{anchor}-tekst", titel=figuur.titel,
        beschrijving=figuur.beschrijving)
    caption = (f'<figcaption><span class="ds-figuur__titel">{escape(figuur.titel)}</span> '
               f'<span class="ds-figuur__herkomst">({DRAWN_HERE})</span></figcaption>')
    html = "\n".join([f'<figure class="ds-figuur" id="{anchor}">', svg, caption, "</figure>"])
    return str(Markup("\n".join(line for line in html.splitlines() if line.strip())))
