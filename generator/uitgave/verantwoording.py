"""The Verantwoording's list of changes, made from the records in the YAML (and nothing else).

Grouped by kind, so a reader sees at once what sort of change it is; within a kind in the order of the
website, one list item per change (a table of four columns does not fit a phone). ``plek`` turns a YAML
file into a link to its page, so the reader can go and look.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass

from pydantic import BaseModel

from ..loader import ToolkitData
from ..model import SOORTEN, Afwijking, Menukaart, Onderwerp, Pagina, Werkblad
from .normaliseren import normaliseer
from .publicatie import EersteWeergave
from .teksten import vastleggingen

# (collection, id) -> Markdown link to the page that shows it; ("toolkit", "") is the website as a whole.
Plek = Callable[[str, str], str]

KOPPEN = {
    "taalfout": "Taal- en tikfouten verbeterd",
    "OCR": "Leesfouten van de scan verbeterd",
    "label": "Andere namen en koppen",
    "reconstructie": "Tekst die wij hebben hersteld",
    "ordening": "Een andere plek of volgorde",
    "weggelaten": "Niet overgenomen",
}
UITLEG = {
    "taalfout": "In de uitgave staat een taal- of tikfout. Wij hebben die verbeterd. Bij een paar woorden weten wij "
                "niet zeker of de fout in de uitgave staat of door de scan komt; dat staat er dan bij.",
    "OCR": "Onze kopie van de uitgave is door een computer uit een scan gelezen (OCR). Waar die een woord "
           "verkeerd las, schrijven wij wat er in de uitgave staat.",
    "label": "Soms heet iets in de uitgave op twee plekken anders, of past een kop niet op deze website. Hier "
             "staat welke naam wij gebruiken.",
    "reconstructie": "Hier is onze kopie van de uitgave niet te lezen. Wij schrijven wat er volgens ons staat. "
                     "Zeker weten wij het niet.",
    "ordening": "Deze tekst staat op deze website op een andere plek of in een andere volgorde dan in de uitgave.",
    "weggelaten": "Deze tekst uit de uitgave staat niet op deze website.",
}
SHORT_NAME = 80  # a longer name of an item is left out: the link to its page says enough


@dataclass(frozen=True)
class Wijziging:
    """One record with the place it concerns, as the reader sees it: 'Werkblad Stimuleren, bij ‘…’'."""

    waar: str
    afwijking: Afwijking


def wijzigingen(data: ToolkitData, plek: Plek) -> list[Wijziging]:
    """Every record of the toolkit, in the order of the website."""
    result = []
    for key, model, title in _in_site_order(data):
        for record in vastleggingen(model):
            part = record.onderdeel
            if key == ("toolkit", "") and record.loc[0] == "bijlage":
                where, part = f"[{_md(part)}]({plek('bijlage', '')})", ""
            else:
                where = f"[{_md(title)}]({plek(*key)})" if title else "De hele website"
            if part and len(normaliseer(part)) <= SHORT_NAME:
                where += f", bij ‘{_md(normaliseer(part))}’"
            result.append(Wijziging(where, record.afwijking))
    return result


def wijzigingen_markdown(data: ToolkitData, plek: Plek, eerste_weergaven: list[EersteWeergave]) -> str:
    """The generated part of the Verantwoording: a count, then a section per kind with a table."""
    changes = wijzigingen(data, plek)
    counts = {soort: sum(1 for c in changes if c.afwijking.soort == soort) for soort in SOORTEN}
    summary = ", ".join(f"{counts[s]} × {KOPPEN[s].lower()}" for s in SOORTEN if counts[s])
    blocks = [
        f"Op deze website zijn {len(changes)} dingen anders dan in de uitgave: {summary}. Ze staan hieronder "
        "allemaal. Wij maken deze lijst uit de bron van de website zelf: bij elke tekst die anders is, staat "
        "daar wat er in de uitgave staat en waarom wij het anders doen. Bij elke nieuwe versie vergelijkt een test "
        "alle tekst van de website met de uitgave. Is er een verschil dat hier niet staat, dan keurt de test de "
        "nieuwe versie af.",
    ]
    for soort in SOORTEN:
        rows = [c for c in changes if c.afwijking.soort == soort]
        if rows:
            blocks += [f"### {KOPPEN[soort]} ({len(rows)})", UITLEG[soort], _items(soort, rows)]
    if eerste_weergaven:
        blocks += ["### Werkbladen die twee keer in de uitgave staan",
                   "Sommige werkbladen en menukaarten staan twee keer in de uitgave: eerst klein in de tekst, daarna "
                   "groot op een eigen pagina. Wij volgen de tweede, grote weergave. De kleine is in onze kopie "
                   "slecht te lezen; leesfouten daarin noemen wij niet apart. Het gaat om:",
                   "\n".join(f"- {_md(w.wat)}" + (f": {_md(w.opmerking)}" if w.opmerking else "")
                             for w in eerste_weergaven)]
    return "\n\n".join(blocks)


def _items(soort: str, rows: list[Wijziging]) -> str:
    """One list item per change: where, what the publication says, what we say, why (a list reads on a phone)."""
    items = []
    for row in rows:
        record = row.afwijking
        if soort == "ordening":
            text = _md(record.reden) + _ordening_detail(record)
        elif soort == "weggelaten":
            text = f"in de uitgave {_quote(_md(_plain(record.bron or '')))}. {_md(record.reden)}"
        else:
            bron, hier = _marked(_plain(record.bron or ""), _plain(record.hier or ""))
            text = f"in de uitgave {_quote(bron)}, op deze website {_quote(hier)}. {_md(record.reden)}"
        items.append(f"- {row.waar}: {text}")
    return "\n".join(items)


def _ordening_detail(record: Afwijking) -> str:
    """A move that changes words says which: the reader should not have to find them."""
    if not (record.bron and record.hier):
        return ""
    bron, hier = (_quote(_md(_plain(text))) for text in (record.bron, record.hier))
    return f" In de uitgave {bron}, op deze website {hier}."


_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")


def _marked(bron: str, hier: str) -> tuple[str, str]:
    """Both texts with what differs in bold (whole words, or a single sign such as '?'), so the reader sees
    the change at a glance."""
    old, new = _TOKEN.findall(bron), _TOKEN.findall(hier)
    out_old, out_new = [], []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        out_old.append(_bold("".join(old[i1:i2]), op != "equal"))
        out_new.append(_bold("".join(new[j1:j2]), op != "equal"))
    return "".join(out_old), "".join(out_new)


def _bold(text: str, changed: bool) -> str:
    """Escaped text; in bold when changed (the spaces around it stay outside the bold)."""
    if not changed or not text.strip():
        return _md(text)
    lead, core, trail = re.match(r"(\s*)(.*?)(\s*)$", text, re.DOTALL).groups()  # type: ignore[union-attr]
    return f"{lead}**{_md(core)}**{trail}"


def _in_site_order(data: ToolkitData) -> list[tuple[tuple[str, str], BaseModel, str]]:
    """(collection, id), model and page title of each file, in the order the website shows them."""
    items: list[tuple[tuple[str, str], BaseModel, str]] = [(("toolkit", ""), data.toolkit, "")]
    start = set(data.toolkit.start)
    items += [(("paginas", p.id), p, p.titel) for p in data.paginas.values() if p.id in start]
    for onderwerp in data.onderwerpen.values():
        items.append((("onderwerpen", onderwerp.id), onderwerp, _title(onderwerp)))
        for onderdeel in onderwerp.onderdelen:
            if onderdeel.werkblad:
                werkblad = data.werkbladen[onderdeel.werkblad]
                items.append((("werkbladen", werkblad.id), werkblad, _title(werkblad)))
            elif onderdeel.menukaart:
                menukaart = data.menukaarten[onderdeel.menukaart]
                items.append((("menukaarten", menukaart.id), menukaart, _title(menukaart)))
    items += [(("instrumenten", i.id), i, f"Bijlage: {i.titel}") for i in data.instrumenten.values()]
    items += [(("paginas", p.id), p, p.titel) for p in data.paginas.values() if p.id not in start]
    return [item for item in items if not (isinstance(item[1], Pagina) and item[1].eigen)]


def _title(item: Onderwerp | Werkblad | Menukaart) -> str:
    if isinstance(item, Onderwerp):
        return f"{item.nummer}. {item.titel}"
    if isinstance(item, Werkblad):
        return f"{item.soort.capitalize()} {item.titel}"
    return item.titel


def _plain(text: str) -> str:
    """A record's text on one line (tabs and line breaks of the OCR copy become spaces)."""
    return " ".join(text.split())


def _quote(text: str) -> str:
    return f"‘{text}’"


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|#])")


def _md(text: str) -> str:
    """Literal text in a Markdown table cell: nothing in it is read as markup."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)
