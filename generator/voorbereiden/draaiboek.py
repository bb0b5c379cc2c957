"""The draaiboek (doc-HTML, SPECS §3) and the invitation e-mail of a planned session.

One template each (templates/draaiboek.html.j2, uitnodiging.txt.j2) that Jinja2 renders here and Nunjucks
in the browser. Their context is the plan plus :func:`vaste_gegevens`, the part that follows from the
YAML alone (the site build hands the browser the same dictionary); only the dates in words and the total
are worked out per plan, in :func:`context` here and in voorbereiden/draaiboek.js.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from lxml import html as lxml_html

from ..loader import ToolkitData
from ..pdf.jinja import pdf_environment
from ..session.report import MAANDEN
from ..text import md_block
from .plan import parse_date

TEMPLATES = Path(__file__).parent / "templates"
DRAAIBOEK = "draaiboek.html.j2"
UITNODIGING = "uitnodiging.txt.j2"
DAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
EIGEN = ("De tijden, de werkwijze, de afdruklijst, wat u meeneemt en de stappen na de sessie zijn suggesties van "
         "de Doorstroomtoolkit-software, geen tekst uit de toolkit. Wat onder 'Uit de toolkit' staat, is "
         "letterlijk uit de toolkit.")


def lange_datum(iso: str) -> str:
    """'2025-03-14' -> 'vrijdag 14 maart 2025'."""
    day = parse_date(iso)
    assert day is not None  # the plan holds only valid dates
    return f"{DAGEN[day.weekday()]} {day.day} {MAANDEN[day.month - 1]} {day.year}"


def paragraphs(markdown: str) -> list[str]:
    """The toolkit's text as plain paragraphs (a quotation in doc-HTML holds no markup of its own)."""
    tree = lxml_html.fragment_fromstring(str(md_block(markdown)), create_parent="div")
    return [" ".join(block.text_content().split()) for block in tree.iter("p", "li")]


def vaste_gegevens(data: ToolkitData, site: str | None) -> dict[str, Any]:
    """Everything the templates show that follows from the YAML (not from the plan)."""
    toolkit = data.toolkit
    sessie = data.sessie
    onderdelen: dict[str, dict[str, Any]] = {}
    for werkblad in data.werkbladen.values():
        onderdelen[werkblad.id] = _onderdeel(data, werkblad.id, werkblad.titel, werkblad.gebruik,
                                             f"{werkblad.soort} {werkblad.titel}")
    for menukaart in data.menukaarten.values():
        onderdelen[menukaart.id] = _onderdeel(data, menukaart.id, menukaart.titel, menukaart.gebruik,
                                              f"praatplaat {menukaart.titel}")
    onderwerpen = {o.id: {
        "doel": o.doel, "resultaat": o.resultaat,
        "citaat": [p for sectie in o.aanpak for p in paragraphs("\n\n".join(
            [sectie.tekst or "", *[f"- {item}" for item in sectie.lijst]]))],
        "bron": f"{toolkit.bron}, onderwerp {o.nummer} '{o.titel}', Aanpak."} for o in data.onderwerpen.values()}
    return {
        "toolkit": toolkit.titel,
        "uitgever": toolkit.uitgever,
        "bron": toolkit.bron,
        "disclaimer": (f"Dit draaiboek is gemaakt met de Doorstroomtoolkit, gebaseerd op de toolkit "
                       f"‘{toolkit.titel}’ ({toolkit.jaar}) van {toolkit.uitgever}; het is geen uitgave van "
                       f"{toolkit.uitgever}."),
        "voettekst": f"{toolkit.bron} · Gemaakt met de Doorstroomtoolkit, geen uitgave van {toolkit.uitgever}",
        "eigen": EIGEN,
        "site": site or "",
        "menukaarten": {m.id: m.titel for m in data.menukaarten.values()},
        "onderdelen": onderdelen,
        "onderwerpen": onderwerpen,
        "vast": {"opening": sessie.opening.werkwijze, "onderwerp": sessie.onderwerp.werkwijze,
                 "pauze": sessie.pauze.werkwijze, "afsluiting": sessie.afsluiting.werkwijze},
        "invulwijzen": {w: sessie.invulwijzen.tekst(w).model_dump() for w in ("per-organisatie", "per-tafel",
                                                                               "plenair")},
        "meenemen": list(sessie.meenemen),
        "na_de_sessie": list(sessie.na_de_sessie),
    }


def _onderdeel(data: ToolkitData, item_id: str, kort: str, gebruik: str, naam: str) -> dict[str, Any]:
    voorstel = data.sessie.onderdeel(item_id)
    assert voorstel is not None
    return {"kort": kort, "werkwijze": voorstel.werkwijze, "citaat": paragraphs(gebruik),
            "bron": f"{data.toolkit.bron}, {naam}."}


def context(gegevens: dict[str, Any], plan: dict[str, Any]) -> dict[str, Any]:
    """The templates' context: the fixed data, the plan, and what is worked out from the plan."""
    return {**gegevens, "plan": plan, "datum": lange_datum(plan["datum"]), "inleveren": lange_datum(plan["inleveren"]),
            "totaal": sum(item["minuten"] for item in plan["agenda"]),
            "per_organisatie": [item["titel"] for item in plan["agenda"] if item["invullen"] == "per-organisatie"]}


@cache
def _environment(text: bool) -> Environment:
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=not text, undefined=StrictUndefined,
                       trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)


def draaiboek_html(ctx: dict[str, Any], for_pdf: bool = False) -> str:
    """The draaiboek as doc-HTML; ``for_pdf`` makes every value printable in the shipped fonts."""
    env = pdf_environment(TEMPLATES) if for_pdf else _environment(False)
    return env.get_template(DRAAIBOEK).render(**ctx)


def uitnodiging(ctx: dict[str, Any]) -> str:
    return _environment(True).get_template(UITNODIGING).render(**ctx)
