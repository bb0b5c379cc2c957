"""The example session (Regio Lindewaard, invented) on the website: its report, plan van aanpak and
monitor plan as files, and a page that explains and links them."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from ..loader import ToolkitData
from ..overview.links import instrument_links, site_url_from_mkdocs
from ..readers import read_inputs
from ..session.build import accept_session, build_session
from ..session.contract import Sessie
from ..session.outputs import OUTPUTS, produce_all
from .example_build import ExampleBuild, cached_example, relative_to_project
from .pages import SESSIE, VOORBEELD, VOORBEELD_SESSIE, Page, link
from .sessie import TITLE as SESSIE_TITLE

EXAMPLE = Path("examples") / "sessie-regio-lindewaard" / "bladen"
SESSION_TITLE = "Sessie Regio Lindewaard (Voorbeeld met verzonnen gegevens)"
TITLE = "Voorbeeld: sessieverslag en plan van aanpak"
FOLDER = "voorbeeld/sessieverslag"
PAGE = VOORBEELD_SESSIE
SHEETS_ZIP = "voorbeeldbladen-regio-lindewaard.zip"  # every sheet of the example, to try the session page with
SHEETS_FOLDER = "bladen-regio-lindewaard"  # the folder inside it
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
    contents = produce_all(data, sessie, "sociaal", links, day, site=site_url_from_mkdocs(data.root))
    files = {f"{FOLDER}/{name}": contents[name] for name in OUTPUTS}
    files[f"{FOLDER}/{SHEETS_ZIP}"] = sheets_zip(data.root / EXAMPLE)
    return ExampleBuild(_page(data, sessie), files)


def sheets_zip(folder: Path) -> bytes:
    """The example's sheets as one ZIP (as a facilitator would mail them): the same bytes on every build."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(f"{SHEETS_FOLDER}/{path.relative_to(folder).as_posix()}", (2025, 3, 3, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes())
    return out.getvalue()


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
site zijn opgeslagen, van verschillende werkbladen door elkaar, en soms een ZIP-bestand dat een
deelnemer mailde. De pagina [{SESSIE_TITLE}]({link(PAGE, SESSIE)}) en het commando `doorstroom sessie`
maken daar in één keer een verslag van, een concept plan van aanpak om in Word verder te schrijven
en een monitorplan.

In dit voorbeeld: {bladen} ingevulde bladen van de werkbladen {werkbladen}. Per werkblad staan de
antwoorden van alle organisaties naast elkaar. In het monitorplan staan {len(gekozen)} indicatoren die
iemand wil opnemen; voor {inregelen} daarvan is de registratie nog niet geregeld. Eén bestand hoort
er niet bij: een praatplaat uit een gesprek met één senior. Het verslag meldt dat achteraan, onder
"Verwerking". Woonstichting De Linde mailde twee bladen als ZIP-bestand; die worden gelezen alsof ze los
waren ingeleverd. De eerste pagina van het verslag is een samenvatting voor de partners. De
klantreis-matrix met alle punten staat ook als wandplaat in een eigen bestand (A3 liggend), om groot
af te drukken en samen te bespreken; het verslag zelf is A4.

[Open het sessieverslag]({link(PAGE, f'{FOLDER}/sessie.html')}){{ .md-button .md-button--primary }}
{overview}
## Probeer het met de voorbeeldbestanden

Zelf maken, zonder iets te installeren: download
[alle ingevulde bladen van dit voorbeeld]({link(PAGE, f'{FOLDER}/{SHEETS_ZIP}')}) (één ZIP-bestand,
zoals een begeleider het na de sessie gemaild krijgt) en zet dat op de pagina
[{SESSIE_TITLE}]({link(PAGE, SESSIE)}). U krijgt hetzelfde verslag, met het plan van aanpak en
het monitorplan om te downloaden.

[Probeer het met de voorbeeldbestanden]({link(PAGE, SESSIE)}){{ .md-button }}

## Downloads

{downloads}

Of met het commando, met de ingevulde bladen in een map:

```bash
doorstroom sessie ingevuld/ --out verslag/ --titel "Sessie regio X"
```
"""
    return Page(PAGE, TITLE, body)
