"""Render a werkblad as the HTML sheet that reads like the printed original.

One Jinja2 template per layout type (``templates/<type>.html.j2``) plus a frame; the answer spaces
carry the contract field names (``data-veld``) from :mod:`generator.fields`, never hand-written ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from itertools import combinations
from pathlib import Path
from typing import Literal

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from ..fields import cell_name, group_name, indicator_name, label_field
from ..loader import ToolkitData
from ..model import Indicator, IndicatorGroep
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


@dataclass(frozen=True)
class Pagina:
    """What one sheet of paper of a werkblad holds (paper modes only).

    A layout that cannot give every answer space its writing height on one page is split: a raster
    by answer kind (``antwoorden``: one page "doen we al", one "kunnen we nog doen"), indicatoren by
    consecutive indicators (``indicatoren``; a group split over two pages shows its name on both).
    Empty tuples mean "all of them".
    """

    nummer: int = 1
    aantal: int = 1
    antwoorden: tuple[str, ...] = ()
    indicatoren: tuple[str, ...] = ()
    adres: str = ""  # the werkblad's page on the website, printed with a QR code (PDF, when configured)
    qr: str = ""  # that QR code as an SVG data URI


ONE_PAGE = Pagina()


def render_sheet(data: ToolkitData, werkblad_id: str, mode: Mode = "page",
                 categorie_links: dict[str, list[tuple[str, str]]] | None = None,
                 pagina: Pagina = ONE_PAGE) -> Markup:
    """The sheet of one werkblad (or one page of it) as an HTML fragment (a <section>).

    ``page`` draws empty answer boxes (printed booklet); ``fields`` puts PDF form fields with the
    contract names in them (fillable PDF); ``form`` makes it an HTML form with labels (website).
    ``categorie_links`` (form only): per interventiecategorie (menukaart, address of its row).
    ``pagina`` (paper modes): which part of the sheet this page holds, see :class:`Pagina`.
    """
    werkblad = data.werkbladen[werkblad_id]
    blad = werkblad.blad
    antwoorden = [a for a in getattr(blad, "antwoorden", []) if not pagina.antwoorden or a.id in pagina.antwoorden]
    groepen = _groups_on_page(getattr(blad, "groepen", []), pagina.indicatoren)
    html = environment().get_template("sheet.html.j2").render(
        mode=mode,
        werkblad=werkblad,
        blad=blad,
        pagina=pagina,
        antwoorden=antwoorden,
        groepen=groepen,
        velden={v.naam: v for v in data.velden[werkblad_id]},
        labelveld=label_field(werkblad),
        fasen=data.vocabulaire.fasen(),
        categorieen=data.vocabulaire.categorieen(),
        bron=data.toolkit.bron,
        categorie_links=categorie_links or {},
    )
    # Collapse blank lines: Python-Markdown ends a raw HTML block at an empty line.
    return Markup("\n".join(line for line in html.splitlines() if line.strip()))


@dataclass(frozen=True)
class GroepDeel:
    """The part of an indicator group on one page."""

    groep: IndicatorGroep
    indicatoren: list[Indicator]
    vervolg: bool  # the group started on an earlier page


def _groups_on_page(groepen: list[IndicatorGroep], on_page: tuple[str, ...]) -> list[GroepDeel]:
    parts = []
    for groep in groepen:
        shown = [i for i in groep.indicatoren if not on_page or i.id in on_page]
        if shown:
            parts.append(GroepDeel(groep, shown, shown[0] is not groep.indicatoren[0]))
    return parts


Split = list[tuple[tuple[str, ...], tuple[str, ...]]]  # per page: (antwoorden, indicatoren), see Pagina


def split_options(data: ToolkitData, werkblad_id: str) -> list[Split]:
    """Ways to lay a werkblad out on paper, fewest pages first: per page (antwoorden, indicatoren).

    The PDF renderer takes the first whose answer spaces all get their writing height. A raster can
    go one page per answer kind; indicators are dealt over 2, 3, ... pages in order, as evenly as
    possible and, among equally even ways, splitting the fewest groups.
    """
    blad = data.werkbladen[werkblad_id].blad
    options: list[Split] = [[((), ())]]
    if blad.type == "raster" and len(blad.antwoorden) > 1:
        options.append([((a.id,), ()) for a in blad.antwoorden])
    elif blad.type == "indicatoren":
        ids = [i.id for g in blad.groepen for i in g.indicatoren]
        starts = {sum(len(g.indicatoren) for g in blad.groepen[:n]) for n in range(len(blad.groepen))}
        for pages in range(2, min(len(ids), 4) + 1):
            cuts = min((c for c in combinations(range(1, len(ids)), pages - 1)),
                       key=lambda c: _unevenness((0, *c, len(ids)), starts))
            bounds = (0, *cuts, len(ids))
            options.append([((), tuple(ids[a:b])) for a, b in zip(bounds, bounds[1:], strict=False)])
    return options


def _unevenness(bounds: tuple[int, ...], group_starts: set[int]) -> tuple[int, int]:
    """(rows on the fullest page, groups cut in two): smaller is better."""
    heaviest = max(b - a for a, b in zip(bounds, bounds[1:], strict=False))
    return heaviest, sum(1 for cut in bounds[1:-1] if cut not in group_starts)
