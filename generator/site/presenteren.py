"""The page "Presenteren": the toolkit as full-screen slides, made from the same YAML as every other page.

Per onderwerp an opening slide (doel, resultaat, its werkbladen), per werkblad and praatplaat the sheet
itself (:func:`generator.sheet.render.render_sheet`, mode ``page``: the empty boxes of the printed
sheet), per menukaart its table of categories and instruments. The slides are rendered here, into a
``<template>`` of the page; the page's scripts (``assets/javascripts/presenteren/``) scale them to the
screen, follow a ``sessie-plan.json`` with a countdown per agenda item, and turn an ``overzicht.json``
or ``sessie.json`` into slides of the gap overview. ``presenteren/#<id>`` opens the slide of that
werkblad, menukaart or onderwerp.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from ..errors import DoorstroomError
from ..loader import ToolkitData
from ..overview.matrix import STATUS_TEXT, WERKBLAD
from ..overview.run import DEFAULT_TITLE
from ..sheet.render import render_sheet

PATH = "presenteren/index.md"
TITLE = "Presenteren"
ROOT = "../"  # from presenteren/index.html to the site root
DATA_SCRIPT = "assets/javascripts/presenteren/gegevens.js"
STYLESHEET = "assets/stylesheets/presenteren.css"
# The page's scripts in the order they need each other (each adds to window.Doorstroom).
MODULES = ("klok", "passend", "dias", "agenda", "overzicht-dias", "pagina")
# Hashes the page itself uses: a slide may not be called so.
RESERVED = ("agenda", "overzicht")
PLAN_KEY = "doorstroom:sessie-plan"  # sessionStorage keys (SPECS §5): what the planner and the session page hand over
OVERVIEW_KEY = "doorstroom:overzicht"
TEMPLATES = Path(__file__).parent / "dias"

Soort = Literal["onderwerp", "werkblad", "praatplaat", "menukaart"]


class DubbeleDia(DoorstroomError):
    """Two items of the toolkit would open at the same address ``presenteren/#<id>``."""

    def __init__(self, sleutel: str) -> None:
        super().__init__(f"Presenteren: de id '{sleutel}' wordt voor twee dia's gebruikt (een onderwerp, werkblad "
                         f"of menukaart, of een woord dat de pagina zelf gebruikt: {', '.join(RESERVED)}). Geef "
                         "een van beide een andere id.")


@dataclass(frozen=True)
class Dia:
    """One slide of the toolkit: its address (``#sleutel``), what it shows and under which onderwerp."""

    sleutel: str
    soort: Soort
    titel: str
    onderwerp: str


def _title(data: ToolkitData, soort: Soort, item_id: str) -> str:
    """As the site names it: 'Werkblad Ambities', 'Praatplaat Menukaart sociaal', '1. Een integrale aanpak'."""
    if soort == "onderwerp":
        onderwerp = data.onderwerpen[item_id]
        return f"{onderwerp.nummer}. {onderwerp.titel}"
    if soort == "menukaart":
        return f"Praatplaat {data.menukaarten[item_id].titel}"
    werkblad = data.werkbladen[item_id]
    return f"{werkblad.soort.capitalize()} {werkblad.titel}"


def dias(data: ToolkitData) -> list[Dia]:
    """Every slide in toolkit order: per onderwerp its opening slide, then its werkbladen and menukaarten.

    Werkbladen and menukaarten that no onderwerp lists come last, so every werkblad and menukaart page can
    link to a slide of its own.
    """
    found: list[Dia] = []
    for onderwerp in data.onderwerpen.values():
        naam = _title(data, "onderwerp", onderwerp.id)
        found.append(Dia(onderwerp.id, "onderwerp", naam, naam))
        for onderdeel in onderwerp.onderdelen:
            if onderdeel.werkblad:
                soort: Soort = data.werkbladen[onderdeel.werkblad].soort
                found.append(Dia(onderdeel.werkblad, soort, _title(data, soort, onderdeel.werkblad), naam))
            elif onderdeel.menukaart:
                found.append(Dia(onderdeel.menukaart, "menukaart", _title(data, "menukaart", onderdeel.menukaart),
                                 naam))
    listed = {d.sleutel for d in found if d.soort != "onderwerp"}
    found += [Dia(w.id, w.soort, _title(data, w.soort, w.id), "") for w in data.werkbladen.values()
              if w.id not in listed]
    found += [Dia(m, "menukaart", _title(data, "menukaart", m), "") for m in data.menukaarten if m not in listed]
    seen = set(RESERVED)
    for dia in found:
        if dia.sleutel in seen:
            raise DubbeleDia(dia.sleutel)
        seen.add(dia.sleutel)
    return found


def address(werkblad_or_menukaart: str) -> str:
    """Where a werkblad's or menukaart's slide opens, relative to the site root (for links from its page)."""
    return f"{PATH}#{werkblad_or_menukaart}"


@cache
def _environment() -> Environment:
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
                       trim_blocks=True, lstrip_blocks=True)


def columns(data: ToolkitData, werkblad_id: str) -> int:
    """How many columns a sheet of questions gets on a wide slide: at most four, rows as even as possible."""
    vragen = len(getattr(data.werkbladen[werkblad_id].blad, "vragen", []))
    rows = max(1, -(-vragen // 4))
    return max(1, -(-vragen // rows))


def slides_html(data: ToolkitData) -> Markup:
    """All slides as HTML, for the page's ``<template>`` (no blank lines: Markdown keeps it one block)."""
    sheets = {d.sleutel: render_sheet(data, d.sleutel, "page") for d in dias(data) if d.soort in ("werkblad",
                                                                                                "praatplaat")}
    html = _environment().get_template("dias.html.j2").render(
        dias=dias(data), data=data, sheets=sheets, categorieen=data.vocabulaire.categorieen(),
        titel=lambda soort, item_id: _title(data, soort, item_id), kolommen=lambda w: columns(data, w))
    return Markup("\n".join(line for line in html.splitlines() if line.strip()))


def browser_data(data: ToolkitData) -> dict[str, Any]:
    """What the scripts need from the toolkit besides the slides: names for the overview and the agenda."""
    return {
        "bron": data.toolkit.bron,
        "overzicht": WERKBLAD,
        "fasen": [{"id": f.id, "naam": f.naam} for f in data.vocabulaire.klantreis],
        "categorieen": [{"id": c.id, "nummer": c.nummer, "naam": c.naam}
                        for c in data.vocabulaire.interventiecategorieen],
        "statussen": STATUS_TEXT,
        "standaardTitel": DEFAULT_TITLE,
        "sleutels": {"plan": PLAN_KEY, "overzicht": OVERVIEW_KEY},
    }


def generated_files(data: ToolkitData) -> dict[str, str]:
    """The files of the page that the build writes: site path -> content."""
    content = json.dumps(browser_data(data), ensure_ascii=False, separators=(",", ":"))
    return {DATA_SCRIPT: ("// Gemaakt door generator/site/presenteren.py uit de YAML: niet bewerken.\n"
                          f"window.Doorstroom = window.Doorstroom || {{}};\nwindow.Doorstroom.presentatie = "
                          f"{content};\n")}


def page_markdown(data: ToolkitData, links: dict[str, str]) -> str:
    """The page: how to present, the agenda and overview choosers, the keys, every slide, and the deck.

    ``links`` are the other session pages that are built (``voorbereiden``, ``sessie``: relative link),
    so the page names them only when they exist.
    """
    voorbereiden = (f" Zo'n bestand maakt u op de pagina [Sessie voorbereiden]({links['voorbereiden']})."
                    if "voorbereiden" in links else "")
    sessie = (f" U maakt het op de pagina [Sessie-overzicht maken]({links['sessie']}) of met "
              "`doorstroom overzicht`." if "sessie" in links else " U maakt het met `doorstroom overzicht`.")
    scripts = "\n".join(f'<script src="{ROOT}assets/javascripts/presenteren/{name}.js"></script>'
                        for name in ("gegevens", *MODULES))
    return f"""---
hide:
  - navigation
  - toc
---

# {TITLE}

<link rel="stylesheet" href="{ROOT}{STYLESHEET}">

<div class="ds-eigen" markdown>

Laat tijdens de bijeenkomst de werkbladen, de menukaarten en de praatplaten groot op het scherm zien.
Elke dia past op het hele scherm, ook op een beamer. Met **Volledig scherm** (of de toets F) ziet de zaal
alleen de dia.

</div>

<div class="pr-start" markdown="0">
<p class="pr-knoppen">{_button("start", "Start de presentatie", primary=True)}</p>
<noscript><p class="pr-melding">De presentatie werkt alleen als JavaScript aanstaat.</p></noscript>
</div>

## Met de agenda van uw sessie

<div class="ds-eigen" markdown>

Heeft u de sessie voorbereid? Open dan het bestand `sessie-plan.json`. De dia's volgen dan de agenda, en
bij elk onderdeel loopt een klok met de minuten uit het plan. U kunt de klok pauzeren en er een minuut
bij doen.{voorbereiden}

</div>

{_chooser("plan", "Agenda openen (sessie-plan.json)", "agenda", "Start de agenda",
           "Kies het bestand sessie-plan.json")}

## Na de sessie: het overzicht presenteren

<div class="ds-eigen" markdown>

Open `overzicht.json` of `sessie.json`. U ziet eerst de hele klantreis: per vak of er al iemand iets doet.
Daarna per fase waar nog niemand iets doet en welke ideeën de organisaties hebben.{sessie} Het bestand
blijft op uw computer; niets wordt verstuurd.

</div>

{_chooser("overzicht", "Overzicht openen (overzicht.json of sessie.json)", "overzicht", "Start het overzicht",
           "Kies het bestand overzicht.json of sessie.json")}

## Toetsen

| Toets | Wat het doet |
| --- | --- |
| pijl naar rechts, <kbd>Page Down</kbd>, spatie, of klik op de dia | volgende dia |
| pijl naar links, <kbd>Page Up</kbd>, <kbd>Shift</kbd> + spatie | vorige dia |
| <kbd>Home</kbd>, <kbd>End</kbd> | eerste, laatste dia |
| <kbd>F</kbd> | volledig scherm aan of uit |
| <kbd>P</kbd> | klok pauzeren of verder laten lopen (met een agenda) |
| <kbd>+</kbd> | een minuut erbij (met een agenda) |
| <kbd>Esc</kbd> | volledig scherm uit; nog een keer: terug naar deze pagina |

## Alle dia's

{_slide_list(data)}

<div class="pr-dias" markdown="0">
<template id="pr-dias" data-search-exclude>
{slides_html(data)}
</template>
<template id="pr-deck-sjabloon" data-search-exclude>
{_deck(data)}
</template>
</div>

{scripts}
"""


def _button(action: str, label: str, primary: bool = False, hidden: bool = False) -> str:
    kind = "md-button md-button--primary" if primary else "md-button"
    return f'<button type="button" class="{kind}" data-actie="{action}"{" hidden" if hidden else ""}>{label}</button>'


def _chooser(soort: str, choose: str, start: str, start_label: str, input_label: str) -> str:
    """A file chooser (``pr-<soort>``) with its button, the button that starts what was loaded, and a status line."""
    return "\n".join([
        '<div class="pr-invoer" markdown="0">',
        f'<p class="pr-knoppen">{_button(f"{soort}-kiezen", choose)}',
        f'{_button(start, start_label, hidden=True)}</p>',
        f'<label class="md-visually-hidden" for="pr-{soort}">{input_label}</label>',
        f'<input type="file" id="pr-{soort}" accept=".json,application/json" hidden>',
        f'<p class="pr-melding" id="pr-{soort}-melding" role="status" aria-live="polite"></p>',
        "</div>",
    ])


def _slide_list(data: ToolkitData) -> str:
    """Per onderwerp a list of its slides, each a link that opens it (``#<id>``)."""
    blocks: list[str] = []
    group = None
    for dia in dias(data):
        if (dia.onderwerp or "Overig") != group:
            group = dia.onderwerp or "Overig"
            blocks += ["", f"### {group}", ""]
        label = "Opening: doel en resultaat" if dia.soort == "onderwerp" else dia.titel
        # the anchor is on the page too, so a link to presenteren/#<id> has a target for every link checker
        blocks.append(f'- <span id="{dia.sleutel}"></span>[{label}](#{dia.sleutel})')
    return "\n".join(blocks).strip()


def _deck(data: ToolkitData) -> str:
    """The full-screen frame: the stage (slides scale to fit it) and the bar with counter, clock and buttons.

    In a ``<template>`` (as the slides): the script puts it straight into ``<body>``, outside the page it
    makes inert; and Material's search skips a ``<template>`` whole (its exclusion ends at the first
    closing tag of the same name, so a ``<div>`` with ``<div>``s inside would be indexed after all).
    """
    return _environment().get_template("deck.html.j2").render(bron=data.toolkit.bron, uitgever=data.toolkit.uitgever)
