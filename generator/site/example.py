"""The example session (Noord-Veluwe) on the website: its overview files and a page about them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..loader import ToolkitData
from ..overview.links import instrument_links
from ..overview.matrix import Overzicht, build_overzicht
from ..overview.outputs import OUTPUTS, produce_all
from ..overview.run import read_stimuleren
from ..pdf.build import cache_dir
from .pages import Page, link, werkblad_path
from .sessie import PATH as SESSIE_PATH
from .sessie import TITLE as SESSIE_TITLE

EXAMPLE = Path("examples") / "sessie-noord-veluwe" / "bladen"
TITLE = "Voorbeeld: sessie Noord-Veluwe"
FOLDER = "voorbeeld/sessie-noord-veluwe"
PAGE = "voorbeeld/index.md"


@dataclass(frozen=True)
class ExampleBuild:
    page: Page
    files: dict[str, bytes]  # site path -> content


def has_example(data: ToolkitData) -> bool:
    return (data.root / EXAMPLE).is_dir()


def build_example(data: ToolkitData) -> ExampleBuild:
    """The overview of the example session, linked relatively to the instrument pages of the site."""
    gelezen = read_stimuleren(data, [data.root / EXAMPLE])
    overzicht = build_overzicht(data, gelezen.sheets, gelezen.afgewezen, "Sessie Noord-Veluwe: klantreis-overzicht",
                                "sociaal", instrument_links(data, "../../"))
    files = {f"{FOLDER}/{name}": make() for name, make in produce_all(data, overzicht, cache_dir(data)).items()}
    return ExampleBuild(_page(overzicht), files)


def _page(overzicht: Overzicht) -> Page:
    gaps = [c for c in overzicht.cellen if c.status != "gedekt"]
    names = ", ".join(overzicht.organisaties)
    downloads = "\n".join(f"- [{name}]({link(PAGE, f'{FOLDER}/{name}')})" for name in OUTPUTS)
    body = f"""# {TITLE}

Na een bijeenkomst vult elke organisatie het [werkblad Stimuleren]({link(PAGE, werkblad_path('stimuleren'))}) in.
Het commando `doorstroom overzicht` legt alle ingevulde werkbladen naast elkaar. Zo ziet u in één
keer wie wat doet in welke fase van de klantreis, en waar nog niemand iets doet.

Dit voorbeeld is verzonnen, maar gebaseerd op een echte regionale notitie over doorstroming in de
regio Noord-Veluwe (verhuiscoach, verhuisvergoeding, voorrangsregeling). Meegedaan:
{len(overzicht.organisaties)} organisaties ({names}). Een deel leverde een ingevulde PDF in, een
deel een antwoordbestand.

[Open het overzicht]({link(PAGE, f'{FOLDER}/overzicht.html')}){{ .md-button .md-button--primary }}

Zelf zo'n overzicht maken, zonder iets te installeren? Zet de ingevulde bladen neer op
[{SESSIE_TITLE}]({link(PAGE, SESSIE_PATH)}).

In {len(gaps)} van de {len(overzicht.cellen)} vakken van de klantreis doet nog niemand iets
(gat of alleen ideeën). Bij die vakken staan ideeën uit de menukaart sociaal.

## Downloads

{downloads}
"""
    return Page(PAGE, TITLE, body)
