"""Accepted sheets -> the 5x5 klantreis matrix with a status per cell and suggestions for gaps."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ..fields import cell_name
from ..loader import ToolkitData
from ..readers import Rejection, Sheet
from .items import split_items

Status = Literal["gat", "potentie", "gedekt"]
STATUS_TEXT = {
    "gat": "Gat: hier doet nog niemand iets",
    "potentie": "Potentie: nog niemand doet iets, maar er zijn ideeën",
    "gedekt": "Gedekt: hier doet al iemand iets",
}


@dataclass(frozen=True)
class Item:
    organisatie: str
    tekst: str


@dataclass(frozen=True)
class Suggestie:
    tekst: str
    instrument: str
    url: str | None


@dataclass
class Cel:
    categorie: str
    fase: str
    al: list[Item] = field(default_factory=list)
    nog: list[Item] = field(default_factory=list)
    suggesties: list[Suggestie] = field(default_factory=list)

    @property
    def status(self) -> Status:
        return status_of(bool(self.al), bool(self.nog))


def status_of(has_al: bool, has_nog: bool) -> Status:
    if has_al:
        return "gedekt"
    return "potentie" if has_nog else "gat"


@dataclass
class Overzicht:
    """Everything the outputs show; built once, written five ways."""

    titel: str
    sector: str
    organisaties: list[str]
    cellen: list[Cel]
    afgewezen: list[Rejection]
    links: dict[str, str | None] = field(default_factory=dict)  # instrument id -> its page on the site

    def per_organisatie(self) -> dict[str, list[tuple[Cel, list[Item], list[Item]]]]:
        """Organisation -> the cells it wrote in, with its own items (one pass over all items)."""
        result: dict[str, dict[int, tuple[Cel, list[Item], list[Item]]]] = {o: {} for o in self.organisaties}
        for index, cel in enumerate(self.cellen):
            for position, items in ((1, cel.al), (2, cel.nog)):
                for item in items:
                    entry = result[item.organisatie].setdefault(index, (cel, [], []))
                    entry[position].append(item)
        return {org: [cells[i] for i in sorted(cells)] for org, cells in result.items()}

    def cel(self, categorie: str, fase: str) -> Cel:
        return next(c for c in self.cellen if c.categorie == categorie and c.fase == fase)

    def as_json(self) -> dict[str, object]:
        """The public JSON shape of overzicht.json."""
        return {
            "werkblad": "stimuleren",
            "organisaties": self.organisaties,
            "cellen": [{
                "categorie": c.categorie,
                "fase": c.fase,
                "status": c.status,
                "al": [{"organisatie": i.organisatie, "tekst": i.tekst} for i in c.al],
                "nog": [{"organisatie": i.organisatie, "tekst": i.tekst} for i in c.nog],
                "suggesties": [{"tekst": s.tekst, "instrument": s.instrument, "url": s.url} for s in c.suggesties],
            } for c in self.cellen],
            "afgewezen": [{"bestand": r.bestand, "reden": r.reden} for r in self.afgewezen],
        }


def build_overzicht(data: ToolkitData, sheets: list[Sheet], afgewezen: list[Rejection], titel: str,
                    sector: str, instrument_url: dict[str, str | None]) -> Overzicht:
    """Place every item of every sheet in its cell, in sheet order; add suggestions to gaps."""
    menukaart = data.menukaarten[sector]
    rows = {rij.categorie: rij for rij in menukaart.categorieen}
    cellen = []
    for categorie in data.vocabulaire.interventiecategorieen:
        for fase in data.vocabulaire.klantreis:
            cel = Cel(categorie.id, fase.id)
            for sheet in sheets:
                cel.al += [Item(sheet.organisatie, t)
                           for t in split_items(sheet.antwoorden.get(cell_name(categorie.id, fase.id, "al"), ""))]
                cel.nog += [Item(sheet.organisatie, t)
                            for t in split_items(sheet.antwoorden.get(cell_name(categorie.id, fase.id, "nog"), ""))]
            if cel.status != "gedekt" and categorie.id in rows:
                cel.suggesties = [Suggestie(i.tekst, i.instrument, instrument_url.get(i.instrument))
                                  for i in rows[categorie.id].instrumenten]
            cellen.append(cel)
    return Overzicht(titel, sector, [s.organisatie for s in sheets], cellen, afgewezen, instrument_url)
