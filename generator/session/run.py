"""The whole session job: read every file, combine, make all outputs, put them in place."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from ..documents import check_template
from ..loader import ToolkitData
from ..overview.links import instrument_links
from ..readers import Gelezen, read_inputs
from ..regels import one_line
from ..voorbereiden.binnen import binnen_uit
from .build import accept_session, build_session
from .contract import Sessie

Sector = Literal["sociaal", "particulier"]
DEFAULT_TITLE = "Sessieverslag"


def make_session(data: ToolkitData, inputs: Sequence[Path], out: Path, titel: str, sector: Sector,
                 link_base: str | None, day: dt.date, sjabloon: Path | None = None) -> tuple[Sessie, Gelezen]:
    """Read every input except what lies in ``out`` (nothing found: NoInputs, exit 2), combine, and
    replace the outputs in ``out`` as one set. Returns the report and what was read (for the exit code).
    An unusable ``sjabloon`` (the plan's Word template) stops everything first (exit 2, nothing written)."""
    if sjabloon is not None:
        check_template(sjabloon)
    gelezen = read_inputs(data, inputs, accept_session, out)
    titel = one_line(titel) or DEFAULT_TITLE  # a blank title would leave the report without a heading
    links = instrument_links(data, link_base)
    sessie = build_session(data, gelezen, titel, sector, links)
    from .outputs import write_all  # Word, Excel and the report's engines: only when a report is made

    write_all(data, sessie, sector, links, day, out, sjabloon, link_base, binnen=binnen_uit(gelezen, sessie))
    return sessie, gelezen
