"""The page "Sessieverslag maken": the whole session report made in the browser, from the same model,
rules and templates as ``doorstroom sessie``.

The browser gets its data from scripts the build writes (:func:`generated_files`), never from a
hand-made copy: ``gegevens.js`` (werkbladen with their field contract, fasen, categorieen, menukaarten,
generator/regels.json, the static part of the overview's view context, ``toolkit_view`` per menukaart,
and of the report's context, ``report_toolkit``), ``opmaak.js`` (where every word and field box is on
our blank PDFs, for flattened sheets), ``sjabloon.js`` (the overview template,
generator/overview/templates/scherm.html.j2, as text for Nunjucks) and ``verslag-sjabloon.js`` (the
report template generator/session/templates/sessie.html.j2 with the overview's CSS and script, which
the report inlines as the CLI's sessie.html does). So the page and the CLI can never disagree about a
label, a field name, a rule text or the look of the report.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from ..fields import AANTEKENINGEN, LABEL_FIELDS, ORGANISATIE, label_field
from ..loader import ToolkitData
from ..overview.html import SCREEN_CSS, SCREEN_JS, SCREEN_TEMPLATE
from ..overview.links import instrument_links
from ..overview.view import PREVIEW, toolkit_view
from ..readers.layout import layout
from ..regels import regels
from ..session.report import GAP_TITLE, MAANDEN, TEMPLATES, report_toolkit
from ..session.run import DEFAULT_TITLE
from ..sheet.render import render_sheet
from . import documenten

PATH = "sessie/index.md"
TITLE = "Sessieverslag maken"
WERKBLAD = "stimuleren"  # the raster werkblad whose sheets make the gap overview
DATA_SCRIPT = "assets/javascripts/sessie/gegevens.js"
LAYOUT_SCRIPT = "assets/javascripts/sessie/opmaak.js"
TEMPLATE_SCRIPT = "assets/javascripts/sessie/sjabloon.js"
REPORT_SCRIPT = "assets/javascripts/sessie/verslag-sjabloon.js"
REPORT_TEMPLATE = TEMPLATES / "sessie.html.j2"
VIEW_CSS = "assets/overzicht/scherm.css"
VIEW_JS = "assets/overzicht/scherm.js"
ROOT = "../"  # from sessie/index.html to the site root
PRESENTEREN = "presenteren/index.md"  # the presentation page (another part of the site), linked when it is built

# The page's scripts in the order they need each other (each adds to window.Doorstroom).
MODULES = ("laden", "regels", "tekst", "bestanden", "zip", "voorbereiden-teksten", "namen", "sessieplan",
           "antwoordbestand", "pdf-velden", "pdfjs", "pdf-plat", "pdf-lezen", "lezen", "inlezen", "labels",
           "samenvoegen", "combineren", "monitor", "sessie", "binnen", "scherm-context", "uitvoer", "xlsx",
           "weergave", "samenvatting", "verslag", "blad-toevoegen", "pagina")
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
            "soort": w.soort,
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
        # The static part of the session report's context (generator/session/report.py), and its words.
        "verslag": {**report_toolkit(data), "maanden": list(MAANDEN), "gatenoverzicht": GAP_TITLE,
                    "aantekeningen": AANTEKENINGEN, "standaardtitel": DEFAULT_TITLE},
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


INCLUDE = re.compile(r'{%-? include "([a-z0-9.-]+)" -?%}')


def template_text(path: Path) -> str:
    """A template with its includes written out (from the same folder), as one text for Nunjucks in the
    browser, which has no loader there; Jinja2 renders the same text alike."""
    return INCLUDE.sub(lambda m: template_text(path.parent / m.group(1)).rstrip("\n"), path.read_text(encoding="utf-8"))


def generated_files(data: ToolkitData) -> dict[str, str]:
    """Every file of the page that the build writes: site path -> content."""
    return {
        DATA_SCRIPT: data_script(data),
        LAYOUT_SCRIPT: layout_script(data),
        TEMPLATE_SCRIPT: _script("sjabloon", SCREEN_TEMPLATE.read_text(encoding="utf-8"),
                                 "generator/overview/templates/scherm.html.j2"),
        REPORT_SCRIPT: _script("verslagSjabloon", {
            "sjabloon": template_text(REPORT_TEMPLATE),
            "scherm_css": SCREEN_CSS.read_text(encoding="utf-8"),
            "scherm_js": SCREEN_JS.read_text(encoding="utf-8"),
        }, "generator/session/templates/sessie.html.j2 en generator/overview/templates/scherm.*"),
        VIEW_CSS: SCREEN_CSS.read_text(encoding="utf-8"),
        VIEW_JS: SCREEN_JS.read_text(encoding="utf-8"),
    }


INTRO = """Na de sessie heeft u een map vol ingevulde werkbladen, van alle werkbladen door elkaar: PDF's
(uit welk PDF-programma ook), antwoordbestanden van deze site en ZIP-bestanden die deelnemers mailden.
Zet ze hier allemaal neer. U krijgt meteen het sessieverslag: per werkblad de antwoorden van alle
organisaties naast elkaar, het klantreis-gatenoverzicht van het [werkblad Stimuleren](../werkbladen/stimuleren.md)
en het monitorplan. Daarna downloadt u het concept plan van aanpak (Word) en het monitorplan (Excel).
U hoeft niets te installeren."""

PRIVACY = ("De bestanden worden alleen op uw eigen computer gelezen. Er wordt niets verstuurd en niets "
           "bewaard: sluit u deze pagina, dan is alles weg. Bewaar het verslag met een van de "
           "downloadknoppen.")

REPORT_BUTTONS = (("plan", "Plan van aanpak (Word)", True), ("monitorplan", "Monitorplan (Excel)", False),
                  ("verslag-afdrukken", "Verslag afdrukken", False), ("html", "Verslag als webpagina", False),
                  ("sessie-json", "Alle gegevens (sessie.json)", False))
OVERVIEW_BUTTONS = (("afdrukken", "Afdrukken (A3)", False), ("excel", "Download als Excel", False),
                    ("csv", "Download als CSV", False), ("json", "Download als JSON", False))


def _buttons(buttons: tuple[tuple[str, str, bool], ...]) -> str:
    return "\n".join(f'<button type="button" class="md-button{" md-button--primary" if primary else ""}" '
                     f'data-actie="{action}" disabled>{label}</button>' for action, label, primary in buttons)


def page_markdown(data: ToolkitData, pages: frozenset[str] = frozenset(), voorbeeld: str | None = None) -> str:
    """The page: drop zone, settings, progress, the downloads, the report (rendered into an iframe, as its
    own document like the CLI's sessie.html) and the form to type in a paper sheet. ``pages``: the paths
    of the site's pages (the presentation button only when that page is built); ``voorbeeld``: the link to
    the example session's page, to try this page with its files."""
    sectors = "".join(f'<option value="{m.id}">{m.titel}</option>' for m in data.menukaarten.values())
    overview = OVERVIEW_BUTTONS + ((("presenteren", "Presenteren", False),) if PRESENTEREN in pages else ())
    scripts = "\n".join([f'<script src="{ROOT}assets/javascripts/sessie/{name}.js"></script>'
                         for name in ("gegevens", "sjabloon", "verslag-sjabloon", *MODULES)] +
                        [f'<script src="{ROOT}{VIEW_JS}"></script>', documenten.script_tags(ROOT)])
    example = (f"\nEerst zien hoe het werkt? Download de voorbeeldbestanden bij [het voorbeeldverslag]"
               f"({voorbeeld}) (één ZIP-bestand) en zet dat hier neer.\n") if voorbeeld else ""
    sheet = render_sheet(data, WERKBLAD, "form")
    return f"""---
hide:
  - navigation
  - toc
---

# {TITLE}

{INTRO}
{example}
<link rel="stylesheet" href="{ROOT}{VIEW_CSS}">
<link rel="stylesheet" href="{ROOT}assets/stylesheets/sessie.css">
<div class="sessie" markdown="0">
<p class="sessie-privacy">{PRIVACY}</p>
<div class="sessie-invoer" id="sessie-neerzetten">
<p class="sessie-invoer__uitleg">Sleep de bestanden, een hele map of ZIP-bestanden hierheen, of kies ze:</p>
<div class="sessie-knoppen">
<button type="button" class="md-button md-button--primary" data-actie="bestanden">Bestanden kiezen</button>
<button type="button" class="md-button" data-actie="map" hidden>Map kiezen</button>
<button type="button" class="md-button" data-actie="blad">Blad toevoegen</button>
<button type="button" class="md-button" data-actie="wissen" disabled>Opnieuw beginnen</button>
</div>
<label class="md-visually-hidden" for="sessie-bestanden">Kies de ingevulde bladen (PDF, JSON, YAML of ZIP)</label>
<input type="file" id="sessie-bestanden" multiple accept=".pdf,.json,.yaml,.yml,.zip" hidden>
<label class="md-visually-hidden" for="sessie-map">Kies een map met ingevulde bladen</label>
<input type="file" id="sessie-map" multiple webkitdirectory hidden>
<p class="sessie-invoer__hulp">Kiest u daarna nog meer bestanden, dan komen die erbij. Een blad op papier? Met
<strong>Blad toevoegen</strong> typt u een werkblad Stimuleren over.</p>
</div>
<div class="sessie-instellingen">
<p><label for="sessie-titel">Titel van het verslag</label><br>
<input type="text" id="sessie-titel" class="sessie-veld" value="{DEFAULT_TITLE}"></p>
<p><label for="sessie-sector">Ideeën voor de gaten uit</label><br>
<select id="sessie-sector" class="sessie-veld">{sectors}</select></p>
</div>
<p class="sessie-status" role="status" aria-live="polite">Nog geen bladen gekozen.</p>
<p class="sessie-voortgang" hidden><label for="sessie-voortgang">Bladen lezen</label>
<progress id="sessie-voortgang" max="1" value="0"></progress> <span class="sessie-voortgang__tekst"></span></p>
<div class="sessie-uitvoer" hidden>
<h2 id="sessie-downloads">Het verslag bewaren</h2>
<div class="sessie-knoppen" role="group" aria-labelledby="sessie-downloads">
{_buttons(REPORT_BUTTONS)}
</div>
<p class="sessie-uitvoer__kop" id="sessie-overzicht-kop">Het klantreis-gatenoverzicht (werkblad Stimuleren) apart:</p>
<div class="sessie-knoppen" role="group" aria-labelledby="sessie-overzicht-kop">
{_buttons(overview)}
</div>
<p class="sessie-melding" role="alert"></p>
</div>
<iframe id="sessie-verslag" class="sessie-verslag" title="Sessieverslag" hidden></iframe>
<div id="sessie-overzicht" class="sessie-overzicht" hidden></div>
<dialog id="sessie-blad" class="sessie-blad" aria-labelledby="sessie-blad-kop">
<form class="sessie-blad__formulier" data-werkblad="{WERKBLAD}" method="dialog" autocomplete="off" novalidate>
<h2 id="sessie-blad-kop">Blad toevoegen: werkblad Stimuleren van één organisatie</h2>
<p>Typ het blad over zoals het op papier staat: één punt per regel. Het blad gaat alleen in dit
verslag en wordt nergens bewaard. Wilt u het bewaren, kies dan <strong>Opslaan als bestand</strong>: dat
antwoordbestand kunt u later weer neerzetten.</p>
<p class="sessie-blad__melding" role="alert"></p>
{sheet}
<div class="sessie-knoppen">
<button type="submit" class="md-button md-button--primary" value="toevoegen">Toevoegen aan het verslag</button>
<button type="button" class="md-button sessie-blad__opslaan">Opslaan als bestand</button>
<button type="submit" class="md-button" value="annuleren" formnovalidate>Annuleren</button>
</div>
</form>
</dialog>
</div>

{scripts}
"""

