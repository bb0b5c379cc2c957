"""What has arrived: a session plan and the sheets read -> per organisation, table and werkblad whether its
sheet is in, and from whom it has not come yet. JSON in, JSON out (the browser: sessie/binnen.js, the
same steps; a test gives both the same cases).

A sheet counts for an expected one when it is of that werkblad and says who filled it in with the planned
name (case and spaces aside, as organisations are merged), or when its file is named after the planned file
or the planned organisation or table (as safe names: 'Tafel Noord.pdf' and 'tafel-noord.pdf' are the table
'Tafel Noord'); any sheet of a werkblad filled in together (plenair) counts. What matches nothing is listed
as not in the plan.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Any

from ..overview.items import organisation_key
from ..readers import Gelezen
from .namen import veilige_naam

ROW_KINDS = (("per-organisatie", "organisatie"), ("per-tafel", "tafel"), ("plenair", "plenair"))


def bladen_uit_sessie(sessie: dict[str, Any]) -> list[dict[str, str]]:
    """sessie.json -> [{werkblad, organisatie, bestand}] in its order (organisatie: the sheet's label)."""
    return [{"werkblad": werkblad, "organisatie": blad["organisatie"], "bestand": blad["bestand"]}
            for werkblad, deel in sessie["werkbladen"].items() for blad in deel["bladen"]]


def _stem(bestand: str) -> str:
    return veilige_naam(PurePosixPath(bestand.replace("\\", "/")).stem)


def _matches(expected: dict[str, Any], blad: dict[str, str]) -> bool:
    if expected["id"] != blad["werkblad"]:
        return False
    planned = _stem(expected["bestand"])
    return (expected["invullen"] == "plenair"
            or organisation_key(blad["organisatie"]) == organisation_key(expected["voor"])
            or _stem(blad["bestand"]) in (planned, planned.removeprefix(expected["id"] + "-")))


def binnen(plan: dict[str, Any], bladen: list[dict[str, str]]) -> dict[str, Any]:
    """The arrival overview: ``werkbladen`` (columns, agenda order), ``rijen`` (who: organisations, tables,
    'Plenair') with a cell per werkblad (``binnen``, ``nog-niet`` or ``""`` where it does not apply),
    ``nog_niet`` (per row its name, kind and the werkbladen still missing), ``onverwacht`` (sheets the plan did
    not expect), and the counts ``verwacht`` and ``ontvangen``."""
    verwacht = [dict(b, bestanden=[]) for b in plan["bladen"] if b["soort"] == "werkblad" and b["invullen"]]
    onverwacht = []
    for blad in bladen:
        match = next((e for e in verwacht if _matches(e, blad)), None)
        if match is None:
            onverwacht.append({"bestand": blad["bestand"], "werkblad": blad["werkblad"],
                               "organisatie": blad["organisatie"]})
        else:
            match["bestanden"].append(blad["bestand"])
    titels = {item["id"]: item["titel"] for item in plan["agenda"]}
    kolommen = [{"id": i, "titel": titels.get(i, i), "invullen": w}
                for i, w in dict.fromkeys((e["id"], e["invullen"]) for e in verwacht)]
    rijen = []
    for wijze, soort in ROW_KINDS:
        names = list(dict.fromkeys(e["voor"] for e in verwacht if e["invullen"] == wijze))
        for naam in names:
            cellen = []
            for kolom in kolommen:
                found = next((e for e in verwacht if e["id"] == kolom["id"] and e["voor"] == naam
                              and e["invullen"] == wijze), None)
                status = "" if found is None else "binnen" if found["bestanden"] else "nog-niet"
                cellen.append({"werkblad": kolom["id"], "status": status,
                               "bestanden": found["bestanden"] if found else []})
            rijen.append({"naam": naam, "soort": soort, "cellen": cellen})
    nog_niet = []
    for rij in rijen:
        missing = [titels.get(c["werkblad"], c["werkblad"]) for c in rij["cellen"] if c["status"] == "nog-niet"]
        if missing:
            nog_niet.append({"naam": rij["naam"], "soort": rij["soort"], "werkbladen": missing})
    return {"titel": plan["titel"], "werkbladen": kolommen, "rijen": rijen, "nog_niet": nog_niet,
            "onverwacht": onverwacht, "verwacht": len(verwacht),
            "ontvangen": sum(bool(e["bestanden"]) for e in verwacht)}


def binnen_uit(gelezen: Gelezen, sessie: dict[str, Any]) -> dict[str, Any] | None:
    """With a plan among the inputs (the first one counts): what has arrived of it; else None."""
    if not gelezen.plannen:
        return None
    return binnen(gelezen.plannen[0].plan, bladen_uit_sessie(sessie))


def samenvatting(uitkomst: dict[str, Any]) -> str:
    """One or two lines for the terminal."""
    line = (f"Volgens het sessieplan '{uitkomst['titel']}': {uitkomst['ontvangen']} van de {uitkomst['verwacht']} "
            "verwachte bladen zijn binnen.")
    missing = "; ".join(f"{'plenair' if n['soort'] == 'plenair' else n['naam']}: {', '.join(n['werkbladen'])}"
                        for n in uitkomst["nog_niet"])
    return line + (f"\nNog niet ontvangen van {missing}." if missing else "")
