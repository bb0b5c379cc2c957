"""What the report says besides sessie.json itself: the summary on page 1, who handed in which sheets,
and where each indicator stands in the monitor plan.

A pure function of sessie.json and the toolkit's names (:func:`summary_names`, plain JSON that the site
also hands to the browser), returning plain JSON, so that the report's template only loops and prints
(the subset Jinja2 and Nunjucks share). The browser builds the same dict from the same sessie.json
(sessie/samenvatting.js, line by line; shape in docs/overzicht-weergave.md, "Het sessieverslag").
Names are the same name when they are after §5 of the rules (lower case, spaces folded), as everywhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..loader import ToolkitData
from ..overview.items import organisation_key
from ..overview.matrix import STATUSES
from ..overview.merge import file_name
from .contract import Sessie
from .monitor import STATUS_TEXT

MONITOR_ORDER = ("beschikbaar", "deels-beschikbaar", "inregelen", "niet-gekozen")


def summary_names(data: ToolkitData) -> dict[str, Any]:
    """The toolkit's names the summary needs, in toolkit order (werkbladen and fasen come with the
    report's own names: :func:`generator.session.report.report_toolkit`)."""
    return {
        "fasen": [f.id for f in data.vocabulaire.klantreis],
        "categorie_naam": {c.id: f"{c.nummer} {c.naam}" for c in data.vocabulaire.interventiecategorieen},
        "statussen": list(STATUSES),
        "monitor_status": [{"status": s, "tekst": STATUS_TEXT[s]} for s in MONITOR_ORDER],  # type: ignore[index]
    }


def is_file_label(blad: Mapping[str, str]) -> bool:
    """A group sheet that said nothing is named after its file: that is no participant's name."""
    return blad["organisatie"] in (file_name(blad["bestand"]), blad["bestand"])


def samenvatting(toolkit: Mapping[str, Any], sessie: Sessie) -> dict[str, Any]:
    """The report's own figures, from sessie.json (``toolkit``: the report's toolkit part with
    :func:`summary_names`):

    - ``bladen``, ``werkbladen``: how many sheets of how many werkbladen;
    - ``deelnemers``: every name a sheet was handed in under (organisation or "Ingevuld door"), each once
      (first spelling), sorted; ``zonder_naam``: the sheets named after their file instead (each once);
    - ``per_werkblad``: per werkblad (toolkit order) its labels, each once, with the number of sheets;
    - ``klantreis``: the gap overview in numbers (``None`` without a Stimuleren sheet): organisations,
      items, cells per status, per fase, and the cells where nobody does anything (``gaten``);
    - ``monitor``: the number of indicators per monitor status, and ``gekozen`` (all but niet-gekozen);
    - ``stand``: werkblad -> indicator -> its monitor status and the status's text.
    """
    names: dict[str, str] = {}
    unnamed: list[str] = []
    per_werkblad = []
    for werkblad_id, deel in sessie["werkbladen"].items():
        counts: dict[str, int] = {}
        for blad in deel["bladen"]:
            counts[blad["organisatie"]] = counts.get(blad["organisatie"], 0) + 1
            if is_file_label(blad):
                unnamed.append(blad["organisatie"])
            else:
                names.setdefault(organisation_key(blad["organisatie"]), blad["organisatie"])
        per_werkblad.append({"werkblad": werkblad_id, "titel": toolkit["werkbladen"][werkblad_id]["titel"],
                             "labels": [{"naam": naam, "aantal": aantal} for naam, aantal in counts.items()]})
    teksten = {m["status"]: m["tekst"] for m in toolkit["monitor_status"]}
    monitor = {status: 0 for status in teksten}
    stand: dict[str, dict[str, dict[str, str]]] = {}
    for regel in sessie["monitorplan"]:
        monitor[regel["status"]] += 1
        stand.setdefault(regel["werkblad"], {})[regel["indicator"]] = {
            "status": regel["status"], "tekst": teksten[regel["status"]]}
    return {
        "bladen": sum(len(deel["bladen"]) for deel in sessie["werkbladen"].values()),
        "werkbladen": len(sessie["werkbladen"]),
        "deelnemers": [names[key] for key in sorted(names)],
        "zonder_naam": list(dict.fromkeys(unnamed)),
        "per_werkblad": per_werkblad,
        "klantreis": _klantreis(toolkit, sessie),
        "monitor": {"gekozen": len(sessie["monitorplan"]) - monitor["niet-gekozen"],
                    "teksten": [{"status": s, "tekst": t, "aantal": monitor[s]} for s, t in teksten.items()],
                    **monitor},
        "stand": stand,
    }


def _klantreis(toolkit: Mapping[str, Any], sessie: Sessie) -> dict[str, Any] | None:
    deel = next((d for d in sessie["werkbladen"].values() if d["type"] == "raster"), None)
    if deel is None:
        return None
    fasen, categorieen, statussen = toolkit["fase_naam"], toolkit["categorie_naam"], toolkit["statussen"]
    per_fase = {fase: {"naam": fasen[fase], **{s: 0 for s in statussen}} for fase in toolkit["fasen"]}
    totaal = {s: 0 for s in statussen}
    for cel in deel["cellen"]:
        per_fase[cel["fase"]][cel["status"]] += 1
        totaal[cel["status"]] += 1
    return {
        "organisaties": len(deel["organisaties"]),
        "punten": sum(len(c["al"]) + len(c["nog"]) for c in deel["cellen"]),
        "ideeen": sum(len(c["nog"]) for c in deel["cellen"]),
        **totaal,
        "fasen": list(per_fase.values()),
        "gaten": [f"{categorieen[c['categorie']]} · {fasen[c['fase']]}"
                  for c in deel["cellen"] if c["status"] == "gat"],
    }
