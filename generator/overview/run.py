"""The whole overview job: read the sheets, build the matrix, write the five files."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from ..loader import ToolkitData
from ..pdf.build import cache_dir
from ..readers import Gelezen, Rejection, accept_only, read_inputs
from .items import organisation_key
from .links import instrument_links
from .matrix import Overzicht, build_overzicht
from .outputs import write_all

Sector = Literal["sociaal", "particulier"]
WERKBLAD = "stimuleren"


def read_stimuleren(data: ToolkitData, inputs: Sequence[Path], out: Path | None = None) -> Gelezen:
    """Every Stimuleren sheet of the inputs (nothing inside ``out``); an organisation that appears twice
    counts once (its first sheet)."""
    gelezen = read_inputs(data, inputs, accept_only(data.werkbladen[WERKBLAD]), out)
    seen: dict[str, str] = {}
    sheets = []
    for sheet in gelezen.sheets:
        key = organisation_key(sheet.organisatie)
        if key in seen:
            reason = f"organisatie '{sheet.organisatie}' staat al in {seen[key]}"
            gelezen.afgewezen.append(Rejection(sheet.bestand, reason))
            continue
        seen[key] = sheet.bestand
        sheets.append(sheet)
    gelezen.sheets = sheets
    return gelezen


def make_overview(data: ToolkitData, inputs: Sequence[Path], out: Path, titel: str, sector: Sector,
                  link_base: str | None) -> Overzicht:
    """Read every input (rejecting what cannot be used), then write all outputs to ``out``."""
    gelezen = read_stimuleren(data, inputs, out)
    overzicht = build_overzicht(data, gelezen.sheets, gelezen.afgewezen, titel, sector,
                                instrument_links(data, link_base))
    write_all(data, overzicht, out, cache_dir(data))
    return overzicht
