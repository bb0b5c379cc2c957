"""The example session (Regio Lindewaard, invented) on the website: its overview files and a page about them."""

from __future__ import annotations

from pathlib import Path

from ..loader import ToolkitData
from ..overview.links import instrument_links
from ..overview.matrix import Overzicht, build_overzicht
from ..overview.outputs import OUTPUTS, produce_all
from ..overview.run import overview_context, read_stimuleren
from .example_build import ExampleBuild, cached_example, relative_to_project
from .example_session import PAGE as REPORT_PAGE
from .example_session import TITLE as REPORT_TITLE
from .example_session import has_example_session
from .pages import Page, link, werkblad_path
from .sessie import PATH as SESSIE_PATH
from .sessie import TITLE as SESSIE_TITLE

EXAMPLE = Path("examples") / "sessie-regio-lindewaard" / "bladen" / "stimuleren"
TITLE = "Voorbeeld: sessie Regio Lindewaard"
FOLDER = "voorbeeld/sessie-regio-lindewaard"
PAGE = "voorbeeld/index.md"
# The CSV holds only the contract's columns, so the "invented" mark goes into its name: a CSV saved
# from the site still says what it is. The other files say it inside.
SITE_NAMES = {"overzicht.csv": "overzicht-voorbeeld-verzonnen-gegevens.csv"}


def has_example(data: ToolkitData) -> bool:
    return (data.root / EXAMPLE).is_dir()


def site_name(output: str) -> str:
    return SITE_NAMES.get(output, output)


def build_example(data: ToolkitData) -> ExampleBuild:
    """The overview of the example session, linked relatively to the instrument pages of the site."""
    return cached_example(data, "overzicht", data.root / EXAMPLE, "", lambda: _build(data))


def _build(data: ToolkitData) -> ExampleBuild:
    gelezen = relative_to_project(read_stimuleren(data, [data.root / EXAMPLE]), data.root)
    overzicht = build_overzicht(data, gelezen.sheets, gelezen.afgewezen, "Sessie Regio Lindewaard: klantreis-overzicht",
                                "sociaal", instrument_links(data, "../../"), meldingen=gelezen.meldingen)
    context = overview_context(data, overzicht, voorbeeld=True)
    files = {f"{FOLDER}/{site_name(name)}": make() for name, make in produce_all(context).items()}
    return ExampleBuild(_page(overzicht, has_example_session(data)), files)


def _page(overzicht: Overzicht, with_report: bool) -> Page:
    gaps = [c for c in overzicht.cellen if c.status != "gedekt"]
    names = ", ".join(overzicht.organisaties)
    downloads = "\n".join(f"- [{site_name(name)}]({link(PAGE, f'{FOLDER}/{site_name(name)}')})" for name in OUTPUTS)
    report = f"""
Dezelfde sessie leverde ook andere werkbladen op (Organisaties, Ambities, Contactmomenten, de
indicatoren). Alles samen, met dit overzicht als hoofdstuk, een concept plan van aanpak en een
monitorplan: [{REPORT_TITLE}]({link(PAGE, REPORT_PAGE)}).
""" if with_report else ""
    body = f"""# {TITLE}

**Voorbeeld met verzonnen gegevens.** De regio Lindewaard en alle organisaties hieronder bestaan niet.

Na een bijeenkomst vult elke organisatie het [werkblad Stimuleren]({link(PAGE, werkblad_path('stimuleren'))}) in.
Het commando `doorstroom overzicht` legt alle ingevulde werkbladen naast elkaar. Zo ziet u in één
keer wie wat doet in welke fase van de klantreis, en waar nog niemand iets doet.

Meegedaan: {len(overzicht.organisaties)} organisaties ({names}). Een deel leverde een ingevulde PDF
in, een deel een antwoordbestand; de gemeente Lindewaard leverde twee bladen in (team Wonen en team
Zorg en welzijn), die het overzicht samenvoegt. Zulke dingen staan onder "Meldingen".

[Open het overzicht]({link(PAGE, f'{FOLDER}/overzicht.html')}){{ .md-button .md-button--primary }}

Zelf zo'n overzicht maken, zonder iets te installeren? Zet de ingevulde bladen neer op
[{SESSIE_TITLE}]({link(PAGE, SESSIE_PATH)}).
{report}
In {len(gaps)} van de {len(overzicht.cellen)} vakken van de klantreis doet nog niemand iets
(gat of alleen ideeën). Bij die vakken staan ideeën uit de menukaart sociaal.
`overzicht.pdf` is de wandplaat (A3 liggend): op de eerste pagina de hele klantreis.

## Downloads

{downloads}
"""
    return Page(PAGE, TITLE, body)
