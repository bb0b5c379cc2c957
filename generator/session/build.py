"""Everything read from a session's files -> sessie.json (data -> data, no I/O).

Sheets are grouped per werkblad in toolkit order; each group goes to the combiner of its layout
type. Raster sheets (Stimuleren) go to the gap overview unchanged, so that part is exactly what
``doorstroom overzicht`` makes of the same sheets (with their reading notes); the overview applies its
own rules and notes. The notes of all files are put in file order once, by the overview's own rule.
"""

from __future__ import annotations

from typing import Any

from ..loader import ToolkitData
from ..model import Werkblad
from ..overview.matrix import build_overzicht
from ..overview.merge import in_file_order, sheet_labels
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
    own_notes: dict[str, list[Melding]] = {}  # file -> the notes of combining it (placeholders, empty, merged)
    for werkblad_id, sheets in per_werkblad.items():
        if not sheets:
            continue
        werkblad = data.werkbladen[werkblad_id]
        bladen: list[BladRef] = [{"bestand": s.bestand, "organisatie": label.naam}
                                 for s, label in zip(sheets, sheet_labels(sheets), strict=True)]
        deel: dict[str, Any] = {"type": werkblad.blad.type, "bladen": bladen}
        if werkblad.blad.type == "raster":
            reading = [m for m in gelezen.meldingen if m.bestand in {s.bestand for s in sheets}]
            overzicht = build_overzicht(data, sheets, [], titel, sector, instrument_url, meldingen=reading)
            deel.update(overzicht.as_json())
            notes = [m for m in overzicht.meldingen if m not in reading]
        else:
            prepared = prepare(sheets)
            deel.update(COMBINERS[werkblad.blad.type](werkblad, prepared.bladen))
            notes = prepared.meldingen
        for note in notes:
            own_notes.setdefault(note.bestand, []).append(note)
        werkbladen[werkblad_id] = deel
    meldingen = in_file_order(gelezen.sheets, gelezen.meldingen, [own_notes.get(s.bestand, []) for s in gelezen.sheets])
    return {
        "titel": titel,
        "werkbladen": werkbladen,
        "monitorplan": monitor_plan(werkbladen),
        "afgewezen": [{"bestand": r.bestand, "reden": r.reden} for r in gelezen.afgewezen],
        "meldingen": [{"bestand": m.bestand, "melding": m.melding} for m in meldingen],
    }
