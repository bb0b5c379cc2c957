"""The public shape of sessie.json, as typed dicts: combiners produce it, every output reads only it.

Keeping the outputs on this contract (and not on the combiners' internals) is what lets another
implementation (the browser) share the outputs' expectations. Key order is the order written.
"""

from __future__ import annotations

from typing import Any, TypedDict


class Antwoord(TypedDict):
    organisatie: str  # the organisation, or the file name of a sheet without an organisation field
    tekst: str


class BladRef(TypedDict):
    bestand: str
    organisatie: str


class FaseDeel(TypedDict):
    fase: str
    antwoorden: list[Antwoord]


class VraagDeel(TypedDict):
    id: str
    tekst: str
    antwoorden: list[Antwoord]


class IndicatorDeel(TypedDict):
    id: str
    tekst: str
    groep: str
    beschikbaar: list[str]
    opnemen: list[str]
    toelichting: list[Antwoord]


class MonitorRegel(TypedDict):
    werkblad: str
    indicator: str
    tekst: str
    opnemen: list[str]
    beschikbaar: list[str]
    niet_beschikbaar: list[str]  # sheets that want it (opnemen) and did not tick Beschikbaar?
    status: str  # beschikbaar | deels-beschikbaar | inregelen | niet-gekozen (generator.session.monitor)
    toelichting: list[Antwoord]


class AfgewezenRegel(TypedDict):
    bestand: str
    reden: str


class MeldingRegel(TypedDict):
    bestand: str
    melding: str


# One werkblad: {"type", "bladen", ...the part of its layout type...}; the raster part is the
# overview's own public JSON, so its keys are those of overzicht.json.
WerkbladDeel = dict[str, Any]


class Sessie(TypedDict):
    titel: str
    werkbladen: dict[str, WerkbladDeel]
    monitorplan: list[MonitorRegel]
    afgewezen: list[AfgewezenRegel]
    meldingen: list[MeldingRegel]
