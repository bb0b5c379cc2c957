"""The toolkit's facts the plan van aanpak and the monitor plan need, as one JSON-shaped dict.

The same dict is written for the browser (generator/site/documenten.py: plan-gegevens.js), so the plan
context is computed from the same input in both languages.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..fields import label_field
from ..loader import ToolkitData
from ..model import IndicatorGroep
from .trefwoorden import fold

REGELS = Path(__file__).parent / "regels.json"


def plan_gegevens(data: ToolkitData) -> dict[str, Any]:
    """Everything the plan needs from the toolkit, as plain JSON (also written for the browser)."""
    indicatoren: dict[str, dict[str, Any]] = {}
    for werkblad in data.werkbladen.values():
        for groep in getattr(werkblad.blad, "groepen", []):
            facts = indicatoren.setdefault(werkblad.id, {"groepen": {}, "indicatoren": {}})
            facts["groepen"][groep.id] = groep.naam
            for index, indicator in enumerate(groep.indicatoren):
                facts["indicatoren"][indicator.id] = {
                    "groep": groep.naam,
                    "definitie": _definition(groep, index),
                    "plaatshouder": indicator.plaatshouder,
                }
    return {
        "bron": data.toolkit.bron,
        "werkbladen": [
            {
                "id": w.id,
                "titel": w.titel,
                "type": w.blad.type,
                "labelveld": veld.naam if (veld := label_field(w)) else None,
            }
            for w in data.werkbladen.values()
            if w.soort == "werkblad"
        ],
        "fasen": [{"id": f.id, "naam": f.naam} for f in data.vocabulaire.klantreis],
        "categorieen": [
            {"id": c.id, "nummer": c.nummer, "naam": c.naam} for c in data.vocabulaire.interventiecategorieen
        ],
        "menukaarten": {
            m.id: {
                "titel": m.titel,
                "categorieen": [
                    {
                        "categorie": r.categorie,
                        "doel": r.doel,
                        "instrumenten": [
                            {"tekst": i.tekst, "instrument": i.instrument, "trefwoorden": list(i.trefwoorden)}
                            for i in r.instrumenten
                        ],
                    }
                    for r in m.categorieen
                ],
            }
            for m in data.menukaarten.values()
        },
        "instrumenten": {
            i.id: {"titel": i.titel, "pad": f"instrumenten/{i.id}.html"} for i in data.instrumenten.values()
        },
        "indicatoren": indicatoren,
        "regels": json.loads(REGELS.read_text(encoding="utf-8")),
    }


def _definition(groep: IndicatorGroep, index: int) -> str:
    """The toolkit's explanation of an indicator: its own, or the line of its group's explanation at the
    same place (Monitoren 3/3 explains a group line by line); nothing when that only repeats the indicator."""
    indicator = groep.indicatoren[index]
    if indicator.uitleg:
        return " ".join(indicator.uitleg.split())
    lines = [line.strip().removeprefix("- ").strip() for line in (groep.uitleg or "").splitlines()]
    lines = [line for line in lines if line]
    text = lines[index] if len(lines) == len(groep.indicatoren) else "; ".join(lines)
    return "" if fold(text) == fold(indicator.tekst) else text
