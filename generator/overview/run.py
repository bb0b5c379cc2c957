"""The whole overview job: read the sheets, build the matrix, write the five files."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

from ..loader import ToolkitData
from ..readers import Gelezen, accept_only, read_inputs
from ..regels import one_line
from .links import instrument_links
from .matrix import WERKBLAD, Overzicht, build_overzicht
from .outputs import write_all
from .view import toolkit_view, view_context

Sector = Literal["sociaal", "particulier"]
DEFAULT_TITLE = "Klantreis-overzicht"


def read_stimuleren(data: ToolkitData, inputs: Sequence[Path], out: Path | None = None) -> Gelezen:
    """Every Stimuleren sheet of the inputs, nothing inside ``out`` (organisations on several sheets are
    merged later)."""
    return read_inputs(data, inputs, accept_only(data.werkbladen[WERKBLAD]), out)


def overview_context(data: ToolkitData, overzicht: Overzicht, voorbeeld: bool = False) -> dict[str, Any]:
    """The context every output is made from (see generator.overview.view)."""
    toolkit = toolkit_view(data, overzicht.sector, overzicht.links)
    return view_context(overzicht.as_json(), toolkit, overzicht.titel, voorbeeld=voorbeeld)


def make_overview(data: ToolkitData, inputs: Sequence[Path], out: Path, titel: str, sector: Sector,
                  link_base: str | None) -> Overzicht:
    """Read every input (rejecting what cannot be used), then write all outputs to ``out``."""
    gelezen = read_stimuleren(data, inputs, out)
    overzicht = build_overzicht(data, gelezen.sheets, gelezen.afgewezen, one_line(titel) or DEFAULT_TITLE, sector,
                                instrument_links(data, link_base), meldingen=gelezen.meldingen)
    write_all(overview_context(data, overzicht), out)
    return overzicht
