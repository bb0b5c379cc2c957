"""The raster combiner: accepted Stimuleren sheets -> the 5x5 klantreis matrix with a status per cell.

Data in, data out (no files, no rendering): the CLI, the example on the site and the session report
(`doorstroom sessie`) all call :func:`build_overzicht` and write what they need from its result.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from ..fields import cell_name
from ..loader import ToolkitData
from ..readers import Melding, Rejection, Sheet
from .merge import merge_sheets

Status = Literal["gat", "potentie", "gedekt"]
STATUSES: tuple[Status, ...] = ("gat", "potentie", "gedekt")
STATUS_TEXT = {  # the legend of every output (and of the session report)
    "gat": "Gat: hier doet nog niemand iets",
    "potentie": "Potentie: nog niemand doet iets, maar er zijn ideeën",
    "gedekt": "Gedekt: hier doet al iemand iets",
}
WERKBLAD = "stimuleren"


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
    """§8: gedekt when anyone does something already, potentie when there are only ideas, else gat."""
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
    meldingen: list[Melding] = field(default_factory=list)  # reading notes and merge notes, in file order

    def cel(self, categorie: str, fase: str) -> Cel:
        return next(c for c in self.cellen if c.categorie == categorie and c.fase == fase)

    def as_json(self) -> dict[str, object]:
        """The public JSON shape of overzicht.json (key order as documented in the README)."""
        return {
            "werkblad": WERKBLAD,
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
            "meldingen": [{"bestand": m.bestand, "melding": m.melding} for m in self.meldingen],
        }


def build_overzicht(data: ToolkitData, sheets: Sequence[Sheet], afgewezen: Sequence[Rejection], titel: str,
                    sector: str, instrument_url: dict[str, str | None], *,
                    meldingen: Sequence[Melding] = ()) -> Overzicht:
    """Merge the sheets per organisation, place every item in its cell, add menukaart ideas to open cells.

    ``meldingen`` are the readers' notes (``Gelezen.meldingen``); the result's ``meldingen`` holds them
    with the notes about placeholders, empty sheets and merged organisations, in file order.
    """
    merged = merge_sheets(sheets, meldingen)
    rows = {rij.categorie: rij for rij in data.menukaarten[sector].categorieen}
    cellen = []
    for categorie in data.vocabulaire.interventiecategorieen:
        for fase in data.vocabulaire.klantreis:
            cel = Cel(categorie.id, fase.id)
            for organisatie in merged.organisaties:
                cel.al += [Item(organisatie.naam, t)
                           for t in organisatie.punten.get(cell_name(categorie.id, fase.id, "al"), [])]
                cel.nog += [Item(organisatie.naam, t)
                            for t in organisatie.punten.get(cell_name(categorie.id, fase.id, "nog"), [])]
            if cel.status != "gedekt" and categorie.id in rows:
                cel.suggesties = [Suggestie(i.tekst, i.instrument, instrument_url.get(i.instrument))
                                  for i in rows[categorie.id].instrumenten]
            cellen.append(cel)
    return Overzicht(titel, sector, [o.naam for o in merged.organisaties], cellen, list(afgewezen),
                     dict(instrument_url), merged.meldingen)
