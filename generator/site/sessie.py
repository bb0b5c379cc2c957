"""The page "Sessie-overzicht maken": the gap overview made in the browser, from the same model and rules.

The browser gets its data from one generated script (``assets/javascripts/sessie/gegevens.js``):
werkbladen with their field contract, fasen, categorieen, menukaarten and generator/regels.json. It is
written from the model at every build, so the page and the CLI can never disagree about a label,
a field name or a rule text.
"""

from __future__ import annotations

import json
from typing import Any

from ..fields import ORGANISATIE
from ..loader import ToolkitData
from ..regels import regels
from ..sheet.render import render_sheet

PATH = "sessie/index.md"
TITLE = "Sessie-overzicht maken"
WERKBLAD = "stimuleren"  # the raster werkblad whose sheets make the gap overview
DATA_SCRIPT = "assets/javascripts/sessie/gegevens.js"
ROOT = "../"  # from sessie/index.html to the site root

# The page's scripts in the order they need each other (each adds to window.Doorstroom).
MODULES = ("laden", "regels", "tekst", "bestanden", "antwoordbestand", "pdf-velden", "pdfjs", "pdf-plat",
           "pdf-lezen", "lezen", "samenvoegen", "uitvoer", "xlsx", "weergave", "blad-toevoegen", "pagina")


def browser_data(data: ToolkitData) -> dict[str, Any]:
    """Everything the session page needs from the toolkit, keyed as the JavaScript modules use it."""
    vocabulaire = data.vocabulaire
    return {
        "regels": regels(),
        "overzicht": WERKBLAD,
        "werkbladen": [{
            "id": w.id,
            "titel": w.titel,
            "soort": w.soort,
            "organisatie": w.organisatie,
            "antwoorden": [a.model_dump() for a in getattr(w.blad, "antwoorden", [])],
            "velden": [v.as_dict() for v in data.velden[w.id]],
            "pdf": f"pdf/{w.id}.pdf.js",
        } for w in data.werkbladen.values()],
        "organisatieveld": ORGANISATIE.naam,
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
        "bron": data.toolkit.bron,
    }


def data_script(data: ToolkitData) -> str:
    """The data as a script (a fetch of a .json file would not work from file://)."""
    content = json.dumps(browser_data(data), ensure_ascii=False, separators=(",", ":"))
    return ("// Gemaakt door generator/site/sessie.py uit de YAML en generator/regels.json: niet bewerken.\n"
            f"window.Doorstroom = window.Doorstroom || {{}};\nwindow.Doorstroom.gegevens = {content};\n")


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
    scripts = "\n".join(f'<script src="{ROOT}assets/javascripts/sessie/{name}.js"></script>'
                        for name in ("gegevens", *MODULES))
    sheet = render_sheet(data, WERKBLAD, "form")
    return f"""---
hide:
  - toc
---

# {TITLE}

{INTRO}

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
<input type="text" id="sessie-titel" class="sessie-veld" value="Klantreis-gatenoverzicht"></p>
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
overzicht; bewaren doet u met <strong>Download als JSON</strong> van het overzicht.</p>
<p class="sessie-blad__melding" role="alert"></p>
{sheet}
<div class="sessie-knoppen">
<button type="submit" class="md-button md-button--primary" value="toevoegen">Toevoegen aan het overzicht</button>
<button type="submit" class="md-button" value="annuleren" formnovalidate>Annuleren</button>
</div>
</form>
</dialog>
</div>

{scripts}
"""
