"""A session plan among the sheets (``sessie-plan.json`` of 'Sessie voorbereiden', docs/overzicht-regels.md
§4.0): recognised by ``"doorstroom": "sessie-plan"`` and handed over as a :class:`Plan`, not read as an
answer file. The session report uses it to show which sheets have arrived."""

from __future__ import annotations

from typing import Any

from .model import Plan
from .reject import Reject

PLAN_KEY = "doorstroom"
PLAN_SOORT = "sessie-plan"
VERSIE = 1


def is_plan(content: Any) -> bool:
    return isinstance(content, dict) and content.get(PLAN_KEY) == PLAN_SOORT


def read_plan(bestand: str, content: dict[str, Any]) -> Plan:
    """The plan as it is, once its shape is what the arrival logic reads; else ``sessieplan_ongeldig``."""
    if not (content.get("versie") == VERSIE and isinstance(content.get("titel"), str)
            and _rows(content, "organisaties", {"naam": str}) and _rows(content, "tafels", {"naam": str})
            and _rows(content, "agenda", {"soort": str, "id": str, "titel": str})
            and _rows(content, "bladen", {"bestand": str, "id": str, "soort": str})
            and all(isinstance(b.get("voor"), (str, type(None))) and isinstance(b.get("invullen"), (str, type(None)))
                    for b in content["bladen"])):
        raise Reject("sessieplan_ongeldig")
    return Plan(bestand, content)


def _rows(content: dict[str, Any], key: str, fields: dict[str, type]) -> bool:
    rows = content.get(key)
    return isinstance(rows, list) and all(
        isinstance(row, dict) and all(isinstance(row.get(name), kind) for name, kind in fields.items()) for row in rows)
