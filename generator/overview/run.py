"""The whole overview job: read the sheets, build the matrix, write the five files."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from ..loader import ToolkitData
from ..pdf.build import cache_dir
from .links import instrument_links
from .matrix import Overzicht, build_overzicht
from .outputs import write_all
from .readers import read_sheets

Sector = Literal["sociaal", "particulier"]


def make_overview(data: ToolkitData, inputs: Iterable[Path], out: Path, titel: str, sector: Sector,
                  link_base: str | None) -> Overzicht:
    """Read every input (rejecting what cannot be used), then write all outputs to ``out``."""
    sheets, rejected = read_sheets(data, inputs)
    overzicht = build_overzicht(data, sheets, rejected, titel, sector, instrument_links(data, link_base))
    write_all(data, overzicht, out, cache_dir(data))
    return overzicht
