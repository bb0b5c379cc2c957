"""Everything read from a session's files -> sessie.json (data -> data, no I/O).

Sheets are grouped per werkblad in toolkit order; each group goes to the combiner of its layout
type. Raster sheets (Stimuleren) go to the gap overview unchanged, so that part is exactly what
``doorstroom overzicht`` makes of the same sheets; the overview applies its own rules and notes.
"""

from __future__ import annotations

from typing import Any

from ..loader import ToolkitData
from ..model import Werkblad
from ..overview.matrix import build_overzicht
from ..readers import Gelezen, Melding, Sheet
from ..regels import reden
from .combine import COMBINERS
from .contract import BladRef, Sessie
from .monitor import monitor_plan
from .prepare import prepare


def accept_session(werkblad: Werkblad) -> str | None:
    """Every werkblad is welcome except a praatplaat: it holds one senior's answers, not a session's."""
    return reden("praatplaat", titel=werkblad.titel) if werkblad.soort == "praatplaat" else None


def build_session(data: ToolkitData, gelezen: Gelezen, titel: str, sector: str,
                  instrument_url: dict[str, str | None]) -> Sessie:
    """Combine every accepted sheet; rejections and notes of all files are listed once, at the top level."""
    per_werkblad: dict[str, list[Sheet]] = {w: [] for w in data.werkbladen}
    for sheet in gelezen.sheets:
        per_werkblad[sheet.werkblad].append(sheet)
    werkbladen: dict[str, dict[str, Any]] = {}
    notes: list[Melding] = list(gelezen.meldingen)
    for werkblad_id, sheets in per_werkblad.items():
        if not sheets:
            continue
        werkblad = data.werkbladen[werkblad_id]
        prepared = prepare(sheets)
        bladen: list[BladRef] = [{"bestand": b.bestand, "organisatie": b.label} for b in prepared.bladen]
        deel: dict[str, Any] = {"type": werkblad.blad.type, "bladen": bladen}
        if werkblad.blad.type == "raster":
            overzicht = build_overzicht(data, sheets, [], titel, sector, instrument_url).as_json()
            deel.update(overzicht)
            notes += [Melding(m["bestand"], m["melding"]) for m in overzicht.get("meldingen", [])]
        else:
            deel.update(COMBINERS[werkblad.blad.type](werkblad, prepared.bladen))
            notes += prepared.meldingen
        werkbladen[werkblad_id] = deel
    return {
        "titel": titel,
        "werkbladen": werkbladen,
        "monitorplan": monitor_plan(werkbladen),
        "afgewezen": [{"bestand": r.bestand, "reden": r.reden} for r in gelezen.afgewezen],
        "meldingen": [{"bestand": m.bestand, "melding": m.melding} for m in _in_file_order(notes, gelezen)],
    }


def _in_file_order(notes: list[Melding], gelezen: Gelezen) -> list[Melding]:
    """Notes in the order of the files (stable: per file, reading notes before combining notes); each once."""
    position = {sheet.bestand: i for i, sheet in reversed(list(enumerate(gelezen.sheets)))}
    unique = list(dict.fromkeys(notes))
    return sorted(unique, key=lambda m: position.get(m.bestand, len(position)))
