"""The whole session job: read every file, combine, make all outputs, put them in place."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from ..errors import DoorstroomError
from ..loader import ToolkitData
from ..overview.links import instrument_links
from ..readers import read_inputs
from ..regels import one_line
from .build import accept_session, build_session
from .contract import Sessie
from .outputs import produce_all, write_set

Sector = Literal["sociaal", "particulier"]
DEFAULT_TITLE = "Sessieverslag"


class NothingFound(DoorstroomError):
    """No file at all in the inputs (an empty folder): a usage error, nothing is written."""

    exit_code = 2

    def __init__(self) -> None:
        super().__init__("Geen bestanden gevonden in de invoer. Geef ingevulde werkbladen (PDF, JSON of YAML) "
                         "of een map daarmee; er is niets geschreven.")


class SessionInternalError(DoorstroomError):
    """A fault in our own code: a short message instead of a traceback, and the old outputs stay."""

    exit_code = 3

    def __init__(self, soort: str) -> None:
        super().__init__(f"Interne fout bij het maken van het sessieverslag ({soort}); meld dit aan de beheerder "
                         "van de Doorstroomtoolkit. Er is niets overschreven.")


def make_session(data: ToolkitData, inputs: Sequence[Path], out: Path, titel: str, sector: Sector,
                 link_base: str | None, day: dt.date) -> Sessie:
    """Read, combine and write; our own errors pass through, anything else becomes exit code 3."""
    try:
        gelezen = read_inputs(data, inputs, accept_session)
        if not gelezen.sheets and not gelezen.afgewezen:
            raise NothingFound()
        titel = one_line(titel) or DEFAULT_TITLE  # a blank title would leave the report without a heading
        sessie = build_session(data, gelezen, titel, sector, instrument_links(data, link_base))
        write_set(produce_all(data, sessie, sector, day), out)
        return sessie
    except DoorstroomError:
        raise
    except Exception as exc:  # noqa: BLE001 - the promise is: never a traceback, exit code 3
        raise SessionInternalError(type(exc).__name__) from None
