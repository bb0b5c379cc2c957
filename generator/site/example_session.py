"""The example session (Regio Lindewaard, invented) on the website: its report, plan van aanpak and
monitor plan as files, and a page that explains and links them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..loader import ToolkitData
from ..overview.links import instrument_links
from ..readers import read_inputs
from ..session.build import accept_session, build_session
from ..session.contract import Sessie
from ..session.outputs import OUTPUTS, produce_all
from .example_build import ExampleBuild, cached_example, relative_to_project
from .pages import VOORBEELD, Page, link

EXAMPLE = Path("examples") / "sessie-regio-lindewaard" / "bladen"
SESSION_TITLE = "Sessie Regio Lindewaard (Voorbeeld met verzonnen gegevens)"
TITLE = "Voorbeeld: sessieverslag en plan van aanpak"
FOLDER = "voorbeeld/sessieverslag"
PAGE = "voorbeeld/sessieverslag.md"
DOWNLOADS = {
    "sessie.html": "Sessieverslag (webpagina)",
    "sessie.pdf": "Sessieverslag (PDF, om af te drukken en te versturen)",
    "wandplaat.pdf": "Wandplaat van de klantreis (PDF, A3 liggend, om samen te bespreken)",
    "plan-van-aanpak.docx": "Concept plan van aanpak (Word)",
    "monitorplan.xlsx": "Monitorplan (Excel)",
    "sessie.json": "Alle gegevens (JSON, voor andere programma's)",
}


def has_example_session(data: ToolkitData) -> bool:
    return (data.root / EXAMPLE).is_dir()


def build_example_session(data: ToolkitData, day: dt.date | None = None) -> ExampleBuild:
    """The example's outputs, with file names relative to the project (no path of the build machine)."""
    today = day or dt.date.today()  # the report and the plan carry the date they were made
    return cached_example(data, "sessie", data.root / EXAMPLE, today.isoformat(), lambda: _build(data, today))


def _build(data: ToolkitData, day: dt.date) -> ExampleBuild:
    gelezen = relative_to_project(read_inputs(data, [data.root / EXAMPLE], accept_session), data.root)
    links = instrument_links(data, "../../")
    sessie = build_session(data, gelezen, SESSION_TITLE, "sociaal", links)
    contents = produce_all(data, sessie, "sociaal", links, day)
    return ExampleBuild(_page(data, sessie), {f"{FOLDER}/{name}": contents[name] for name in OUTPUTS})


def _page(data: ToolkitData, sessie: Sessie) -> Page:
    werkbladen = ", ".join(data.werkbladen[w].titel for w in sessie["werkbladen"])
    bladen = sum(len(d["bladen"]) for d in sessie["werkbladen"].values())
    gekozen = [r for r in sessie["monitorplan"] if r["opnemen"]]
    inregelen = sum(r["status"] == "inregelen" for r in gekozen)
    downloads = "\n".join(f"- [{label}]({link(PAGE, f'{FOLDER}/{name}')})" for name, label in DOWNLOADS.items())
    overview = f"""
Het hoofdstuk Stimuleren van het verslag is het klantreis-gatenoverzicht van deze sessie; het staat
ook los, met de wandplaat (A3) en de bestanden voor Excel: [het voorbeeld van het
klantreis-overzicht]({link(PAGE, VOORBEELD)}).
""" if "stimuleren" in sessie["werkbladen"] else ""
    body = f"""# {TITLE}

**Voorbeeld met verzonnen gegevens.** De regio Lindewaard en alle organisaties erin bestaan niet.

Na een sessie heeft de begeleider een map vol ingevulde werkbladen: PDF's en bestanden die op deze
site zijn opgeslagen, van verschillende werkbladen door elkaar. Het commando `doorstroom sessie`
maakt daar in één keer een verslag van, een concept plan van aanpak om in Word verder te schrijven
en een monitorplan.

In dit voorbeeld: {bladen} ingevulde bladen van de werkbladen {werkbladen}. Per werkblad staan de
antwoorden van alle organisaties naast elkaar. In het monitorplan staan {len(gekozen)} indicatoren die
iemand wil opnemen; voor {inregelen} daarvan is de registratie nog niet geregeld. Eén bestand hoort
er niet bij: een praatplaat uit een gesprek met één senior. Het verslag meldt dat achteraan, onder
"Verwerking". De eerste pagina van het verslag is een samenvatting voor de partners. De
klantreis-matrix met alle punten staat ook als wandplaat in een eigen bestand (A3 liggend), om groot
af te drukken en samen te bespreken; het verslag zelf is A4.

[Open het sessieverslag]({link(PAGE, f'{FOLDER}/sessie.html')}){{ .md-button .md-button--primary }}
{overview}
## Downloads

{downloads}

Zelf maken, met de ingevulde bladen in een map:

```bash
doorstroom sessie ingevuld/ --out verslag/ --titel "Sessie regio X"
```
"""
    return Page(PAGE, TITLE, body)
