"""The page "Sessie-overzicht maken": the gap overview made in the browser, from the same model and rules.

The browser gets its data from scripts the build writes (:func:`generated_files`), never from a
hand-made copy: ``gegevens.js`` (werkbladen with their field contract, fasen, categorieen, menukaarten,
generator/regels.json and the static part of the overview's view context, ``toolkit_view`` per
menukaart), ``opmaak.js`` (where every word and field box is on our blank PDFs, for flattened sheets)
and ``sjabloon.js`` (the overview template, generator/overview/templates/scherm.html.j2, as text for
Nunjucks). The view's CSS and filter script are copied from the same folder. So the page and the CLI
can never disagree about a label, a field name, a rule text or the look of the overview.
"""

from __future__ import annotations

import json
from typing import Any

from ..fields import LABEL_FIELDS, ORGANISATIE, label_field
from ..loader import ToolkitData
from ..overview.html import SCREEN_CSS, SCREEN_JS, SCREEN_TEMPLATE
from ..overview.links import instrument_links
from ..overview.run import DEFAULT_TITLE
from ..overview.view import PREVIEW, toolkit_view
from ..readers.layout import layout
from ..regels import regels
from ..sheet.render import render_sheet
from . import documenten

PATH = "sessie/index.md"
TITLE = "Sessie-overzicht maken"
WERKBLAD = "stimuleren"  # the raster werkblad whose sheets make the gap overview
DATA_SCRIPT = "assets/javascripts/sessie/gegevens.js"
LAYOUT_SCRIPT = "assets/javascripts/sessie/opmaak.js"
TEMPLATE_SCRIPT = "assets/javascripts/sessie/sjabloon.js"
VIEW_CSS = "assets/overzicht/scherm.css"
VIEW_JS = "assets/overzicht/scherm.js"
ROOT = "../"  # from sessie/index.html to the site root

# The page's scripts in the order they need each other (each adds to window.Doorstroom).
MODULES = ("laden", "regels", "tekst", "bestanden", "voorbereiden-teksten", "namen", "sessieplan", "antwoordbestand",
           "pdf-velden", "pdfjs", "pdf-plat", "pdf-lezen", "lezen", "samenvoegen", "scherm-context", "uitvoer", "xlsx",
           "weergave", "blad-toevoegen", "pagina",
           "binnen-sjabloon", "binnen", "binnen-pagina")  # the last three: what has arrived of a session plan
HEADER = "// Gemaakt door generator/site/sessie.py uit {bron}: niet bewerken.\n"


def browser_data(data: ToolkitData) -> dict[str, Any]:
    """Everything the session page needs from the toolkit, keyed as the JavaScript modules use it."""
    vocabulaire = data.vocabulaire
    return {
        "regels": regels(),
        "overzicht": WERKBLAD,
        "werkbladen": [{
            "id": w.id,
            "titel": w.titel,
            "antwoorden": [a.model_dump() for a in getattr(w.blad, "antwoorden", [])],
            "velden": [v.as_dict() for v in data.velden[w.id]],
            "labelveld": veld.naam if (veld := label_field(w)) else None,
        } for w in data.werkbladen.values()],
        "organisatieveld": ORGANISATIE.naam,
        "labelvelden": list(LABEL_FIELDS),
        "fasen": [{"id": f.id, "naam": f.naam} for f in vocabulaire.klantreis],
        "categorieen": [{"id": c.id, "nummer": c.nummer, "naam": c.naam}
                        for c in vocabulaire.interventiecategorieen],
        "menukaarten": {m.id: {
            "titel": m.titel,
            "categorieen": [{"categorie": r.categorie, "instrumenten": [
                {"tekst": i.tekst, "instrument": i.instrument} for i in r.instrumenten]} for r in m.categorieen],
        } for m in data.menukaarten.values()},
        "instrumenten": {i.id: {"titel": i.titel, "pad": f"instrumenten/{i.id}.html"}
                         for i in data.instrumenten.values()},
        # The static part of the view context, per menukaart; links relative to the site root (the page
        # makes them absolute against the address it was opened from).
        "toolkit": {m: toolkit_view(data, m, instrument_links(data, "")) for m in data.menukaarten},
        "voorproef": PREVIEW,
    }


def _script(name: str, value: Any, bron: str) -> str:
    """A value as a script that sets ``window.Doorstroom.<name>`` (fetching .json does not work from file://)."""
    content = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (HEADER.format(bron=bron) +
            f"window.Doorstroom = window.Doorstroom || {{}};\nwindow.Doorstroom.{name} = {content};\n")


def data_script(data: ToolkitData) -> str:
    return _script("gegevens", browser_data(data), "de YAML en generator/regels.json")


def layout_script(data: ToolkitData) -> str:
    """The layout of every werkblad with fields (generator/readers/layout.py), for flattened sheets (§3a)."""
    layouts = {w: layout(data, w) for w in data.werkbladen if data.velden[w]}
    return _script("opmaak", layouts, "onze lege PDF's (generator/readers/layout.py)")


def generated_files(data: ToolkitData) -> dict[str, str]:
    """Every file of the page that the build writes: site path -> content."""
    return {
        DATA_SCRIPT: data_script(data),
        LAYOUT_SCRIPT: layout_script(data),
        TEMPLATE_SCRIPT: _script("sjabloon", SCREEN_TEMPLATE.read_text(encoding="utf-8"),
                                 "generator/overview/templates/scherm.html.j2"),
        VIEW_CSS: SCREEN_CSS.read_text(encoding="utf-8"),
        VIEW_JS: SCREEN_JS.read_text(encoding="utf-8"),
    }


INTRO = """Na de bijeenkomst vult elke organisatie het [werkblad Stimuleren](../werkbladen/stimuleren.md) in.
Zet hier alle ingevulde bladen neer: de PDF's (uit welk PDF-programma ook) en de antwoordbestanden
die de site maakt. U krijgt meteen het klantreis-gatenoverzicht: wie doet wat in welke fase, en waar
doet nog niemand iets."""

PRIVACY = ("De bestanden worden alleen op uw eigen computer gelezen. Er wordt niets verstuurd en niets "
           "bewaard: sluit u deze pagina, dan is alles weg. Bewaar het overzicht met een van de "
           "downloadknoppen.")


def page_markdown(data: ToolkitData) -> str:
    """The page: drop zone, settings, buttons, the overview area and the form to type in a paper sheet."""
    sectors = "".join(f'<option value="{m.id}">{m.titel}</option>' for m in data.menukaarten.values())
    downloads = "\n".join(
        f'<button type="button" class="md-button" data-actie="{action}" disabled>{label}</button>'
        for action, label in (("afdrukken", "Afdrukken (A3)"), ("excel", "Download als Excel"),
                              ("csv", "Download als CSV"), ("json", "Download als JSON")))
    scripts = "\n".join([f'<script src="{ROOT}assets/javascripts/sessie/{name}.js"></script>'
                         for name in ("gegevens", "sjabloon", *MODULES)] + [f'<script src="{ROOT}{VIEW_JS}"></script>',
                                                                            documenten.script_tags(ROOT)])
    sheet = render_sheet(data, WERKBLAD, "form")
    return f"""---
hide:
  - navigation
  - toc
---

# {TITLE}

{INTRO}

<link rel="stylesheet" href="{ROOT}{VIEW_CSS}">
<link rel="stylesheet" href="{ROOT}assets/stylesheets/sessie.css">
<div class="sessie" markdown="0">
<p class="sessie-privacy">{PRIVACY}</p>
<div class="sessie-invoer" id="sessie-neerzetten">
<p class="sessie-invoer__uitleg">Sleep de bestanden of een hele map hierheen, of kies ze:</p>
<div class="sessie-knoppen">
<button type="button" class="md-button md-button--primary" data-actie="bestanden">Bestanden kiezen</button>
<button type="button" class="md-button" data-actie="map" hidden>Map kiezen</button>
<button type="button" class="md-button" data-actie="blad">Blad toevoegen</button>
<button type="button" class="md-button" data-actie="wissen" disabled>Opnieuw beginnen</button>
</div>
<label class="md-visually-hidden" for="sessie-bestanden">Kies de ingevulde bladen (PDF, JSON of YAML)</label>
<input type="file" id="sessie-bestanden" multiple accept=".pdf,.json,.yaml,.yml" hidden>
<label class="md-visually-hidden" for="sessie-map">Kies een map met ingevulde bladen</label>
<input type="file" id="sessie-map" multiple webkitdirectory hidden>
<p class="sessie-invoer__hulp">Een blad op papier? Met <strong>Blad toevoegen</strong> typt u het over.</p>
</div>
<div class="sessie-instellingen">
<p><label for="sessie-titel">Titel van het overzicht</label><br>
<input type="text" id="sessie-titel" class="sessie-veld" value="{DEFAULT_TITLE}"></p>
<p><label for="sessie-sector">Ideeën voor de gaten uit</label><br>
<select id="sessie-sector" class="sessie-veld">{sectors}</select></p>
</div>
<p class="sessie-status" role="status" aria-live="polite">Nog geen bladen gekozen.</p>
<div class="sessie-knoppen sessie-uitvoer">
{downloads}
</div>
<div id="sessie-overzicht" class="sessie-overzicht"></div>
<dialog id="sessie-blad" class="sessie-blad" aria-labelledby="sessie-blad-kop">
<form class="sessie-blad__formulier" data-werkblad="{WERKBLAD}" method="dialog" autocomplete="off" novalidate>
<h2 id="sessie-blad-kop">Blad toevoegen: werkblad Stimuleren van één organisatie</h2>
<p>Typ het blad over zoals het op papier staat: één punt per regel. Het blad gaat alleen in dit
overzicht en wordt nergens bewaard. Wilt u het bewaren, kies dan <strong>Opslaan als bestand</strong>: dat
antwoordbestand kunt u later weer neerzetten.</p>
<p class="sessie-blad__melding" role="alert"></p>
{sheet}
<div class="sessie-knoppen">
<button type="submit" class="md-button md-button--primary" value="toevoegen">Toevoegen aan het overzicht</button>
<button type="button" class="md-button sessie-blad__opslaan">Opslaan als bestand</button>
<button type="submit" class="md-button" value="annuleren" formnovalidate>Annuleren</button>
</div>
</form>
</dialog>
</div>

{scripts}
"""
