"""The answer fields of a werkblad: the public contract shared by PDF, browser form and reader.

Names follow from the layout type and the ids in the YAML, so nobody writes them by hand:

- vragen:      ``<vraag-id>``
- klantreis:   ``<fase-id>``
- raster:      ``<categorie-id>__<fase-id>__<antwoord-id>``  (Stimuleren: ``..__al`` / ``..__nog``)
- indicatoren: ``<indicator-id>__beschikbaar`` / ``__opnemen`` (checkboxes),
               ``<indicator-id>__toelichting``, ``<groep-id>__gekozen``, ``aantekeningen``
- themas:      ``<thema-id>``

plus ``organisatie`` first where the sheet prints "Organisatie: ____", and ``ingevuld-door`` last on
every other werkblad of a session (not the praatplaten, which hold one senior's answers): a group sheet
says who filled it in (an organisation, a tafel or a name). Either one is the sheet's *label field*.
The label field came last so that sheets filled in the previous layout stay readable.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from .model import (
    IndicatorenBlad,
    KlantreisBlad,
    RasterBlad,
    ThemasBlad,
    Vocabulaire,
    VragenBlad,
    Werkblad,
)

Soort = Literal["short_text", "long_text", "checkbox"]
SEPARATOR = "__"


@dataclass(frozen=True)
class Veld:
    """One answer field: its contract name, kind and the label people (and screen readers) see."""

    naam: str
    soort: Soort
    label: str

    def as_dict(self) -> dict[str, str]:
        return {"naam": self.naam, "soort": self.soort, "label": self.label}


ORGANISATIE = Veld("organisatie", "short_text", "Organisatie")
INGEVULD_DOOR = Veld("ingevuld-door", "short_text", "Ingevuld door")
LABEL_FIELDS = (ORGANISATIE.naam, INGEVULD_DOOR.naam)
AANTEKENINGEN = "aantekeningen"


def cell_name(categorie: str, fase: str, antwoord: str) -> str:
    """Field name of one answer in a grid cell, e.g. ``passend-aanbod__huidige-woning__al``."""
    return SEPARATOR.join((categorie, fase, antwoord))


def indicator_name(indicator: str, part: str) -> str:
    """Field name of one part (beschikbaar, opnemen, toelichting) of an indicator."""
    return f"{indicator}{SEPARATOR}{part}"


def group_name(groep: str) -> str:
    """Field name of the checkbox of an aanvinkbare group (a chosen doel)."""
    return f"{groep}{SEPARATOR}gekozen"


def velden(werkblad: Werkblad, vocabulaire: Vocabulaire) -> list[Veld]:
    """All answer fields of a werkblad, in reading order (deterministic)."""
    head = [ORGANISATIE] if werkblad.organisatie else []
    tail = [INGEVULD_DOOR] if label_field(werkblad) == INGEVULD_DOOR else []
    return head + _BY_LAYOUT[type(werkblad.blad)](werkblad.blad, vocabulaire) + tail


def label_field(werkblad: Werkblad) -> Veld | None:
    """The field that says whom a sheet is from: 'Organisatie' where the sheet prints it, 'Ingevuld door'
    on every other werkblad of a session; a praatplaat has none (it is one senior's)."""
    if werkblad.organisatie:
        return ORGANISATIE
    return INGEVULD_DOOR if werkblad.soort == "werkblad" else None


def _vragen(blad: VragenBlad, _: Vocabulaire) -> list[Veld]:
    return [Veld(v.id, "long_text", v.tekst) for v in blad.vragen]


def _klantreis(blad: KlantreisBlad, vocab: Vocabulaire) -> list[Veld]:
    fasen = vocab.fasen()
    result = []
    for stap in blad.stappen:
        label = fasen[stap.fase].naam if stap.fase in fasen else stap.fase
        if stap.hulpvraag:
            label = f"{label}: {stap.hulpvraag}"
        result.append(Veld(stap.fase, "long_text", label))
    return result


def _raster(blad: RasterBlad, vocab: Vocabulaire) -> list[Veld]:
    categorieen = {i: c.naam for i, c in vocab.categorieen().items()}
    fasen = {i: f.naam for i, f in vocab.fasen().items()}
    return [
        Veld(cell_name(rij, kolom, antwoord.id), "long_text",
             f"{categorieen.get(rij, rij)}, {fasen.get(kolom, kolom)}: {antwoord.label}")
        for rij in blad.rijen
        for kolom in blad.kolommen
        for antwoord in blad.antwoorden
    ]


def _indicatoren(blad: IndicatorenBlad, _: Vocabulaire) -> list[Veld]:
    result = []
    for groep in blad.groepen:
        if groep.aanvinkbaar:
            result.append(Veld(group_name(groep.id), "checkbox", f"{groep.naam}: gekozen"))
        for ind in groep.indicatoren:
            result += [
                Veld(indicator_name(ind.id, "beschikbaar"), "checkbox", f"{ind.tekst}: beschikbaar?"),
                Veld(indicator_name(ind.id, "opnemen"), "checkbox", f"{ind.tekst}: opnemen?"),
                Veld(indicator_name(ind.id, "toelichting"), "long_text", f"{ind.tekst}: toelichting"),
            ]
    if blad.aantekeningen:
        result.append(Veld(AANTEKENINGEN, "long_text", blad.aantekeningen))
    return result


def _themas(blad: ThemasBlad, _: Vocabulaire) -> list[Veld]:
    return [Veld(t.id, "long_text", t.naam) for t in blad.themas]


_BY_LAYOUT: dict[type, Callable[..., list[Veld]]] = {
    VragenBlad: _vragen,
    KlantreisBlad: _klantreis,
    RasterBlad: _raster,
    IndicatorenBlad: _indicatoren,
    ThemasBlad: _themas,
}
