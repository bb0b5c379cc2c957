"""The monitor plan: from the combined indicator werkbladen, which indicators go into the monitor and
for which of them the registration still has to be set up.

The toolkit: "Door aan te kruisen of de indicator al beschikbaar is in systemen, weet je voor welke
indicatoren je de registratie nog moet inregelen." So an indicator that anyone ticked Opnemen? is
chosen; it is available when Beschikbaar? is ticked on any sheet of the session, otherwise its
registration still has to be set up (``inregelen``). The indicators nobody chose follow, so no tick
and no Toelichting is lost.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from .contract import MonitorRegel

Status = Literal["beschikbaar", "inregelen", "niet-gekozen"]
STATUS_TEXT: dict[Status, str] = {
    "beschikbaar": "Beschikbaar",
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
            regel: MonitorRegel = {
                "werkblad": werkblad_id,
                "indicator": indicator["id"],
                "tekst": indicator["tekst"],
                "opnemen": list(indicator["opnemen"]),
                "beschikbaar": list(indicator["beschikbaar"]),
                "inregelen": bool(indicator["opnemen"]) and not indicator["beschikbaar"],
                "toelichting": list(indicator["toelichting"]),
            }
            (chosen if regel["opnemen"] else others).append(regel)
    return chosen + others


def status(regel: MonitorRegel) -> Status:
    """Where an indicator stands in the plan (how the report, workbook and plan van aanpak label it)."""
    if not regel["opnemen"]:
        return "niet-gekozen"
    return "inregelen" if regel["inregelen"] else "beschikbaar"
