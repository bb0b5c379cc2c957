"""The monitor plan: from the combined indicator werkbladen, which indicators go into the monitor and
where the registration still has to be set up.

The toolkit: "Door aan te kruisen of de indicator al beschikbaar is in systemen, weet je voor welke
indicatoren je de registratie nog moet inregelen." An indicator that anyone ticked Opnemen? is chosen.
Whether it is available is decided per sheet that wants it, not for the session as a whole: a
corporation that has the figure "alleen van onze eigen huurders" does not give the gemeente its figure.

- ``beschikbaar``: every sheet that wants it ticked Beschikbaar?;
- ``deels-beschikbaar``: some sheet ticked Beschikbaar?, but a sheet that wants it did not;
- ``inregelen``: no sheet ticked Beschikbaar?: the registration still has to be set up;
- ``niet-gekozen``: nobody ticked Opnemen? (listed after the chosen ones, so no tick and no Toelichting
  is lost).

Sheets are named by their label (generator.session.prepare); a label that wants it and has it counts
as having it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from .contract import MonitorRegel

Status = Literal["beschikbaar", "deels-beschikbaar", "inregelen", "niet-gekozen"]
STATUS_TEXT: dict[Status, str] = {
    "beschikbaar": "Beschikbaar",
    "deels-beschikbaar": "Deels beschikbaar",
    "inregelen": "Registratie nog inregelen",
    "niet-gekozen": "Niet gekozen",
}


def monitor_plan(werkbladen: Mapping[str, Mapping[str, Any]]) -> list[MonitorRegel]:
    """Chosen indicators first, then the others; each group in werkblad order, then sheet order."""
    chosen: list[MonitorRegel] = []
    others: list[MonitorRegel] = []
    for werkblad_id, deel in werkbladen.items():
        if deel["type"] != "indicatoren":
            continue
        for indicator in deel["indicatoren"]:
            opnemen, beschikbaar = list(indicator["opnemen"]), list(indicator["beschikbaar"])
            niet_beschikbaar = [label for label in opnemen if label not in beschikbaar]
            regel: MonitorRegel = {
                "werkblad": werkblad_id,
                "indicator": indicator["id"],
                "tekst": indicator["tekst"],
                "opnemen": opnemen,
                "beschikbaar": beschikbaar,
                "niet_beschikbaar": niet_beschikbaar,
                "status": _status(opnemen, beschikbaar, niet_beschikbaar),
                "toelichting": list(indicator["toelichting"]),
            }
            (chosen if opnemen else others).append(regel)
    return chosen + others


def _status(opnemen: list[str], beschikbaar: list[str], niet_beschikbaar: list[str]) -> Status:
    if not opnemen:
        return "niet-gekozen"
    if not beschikbaar:
        return "inregelen"
    return "deels-beschikbaar" if niet_beschikbaar else "beschikbaar"


def status(regel: MonitorRegel) -> Status:
    """Where an indicator stands in the plan (how the report, workbook and plan van aanpak label it)."""
    return regel["status"]  # type: ignore[return-value]
