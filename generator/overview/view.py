"""The context of the overview's screen view: plain JSON, so Jinja2 (CLI) and Nunjucks (site) render
the same template from the same data.

Shape (documented in docs/architecture.md; the site page builds the same dict in JavaScript)::

    {"overzicht": <overzicht.json as written>,
     "toolkit":   toolkit_view(...)   what the toolkit says: fasen, categorieen, menukaart, bron
     "opties":    {"titel": str, "voorbeeld": bool, "filter": bool, "kop": int, "lijsten": bool}
     "afgeleid":  afgeleid(overzicht, toolkit)   counts and groupings the template shows}

``afgeleid`` is the only logic a second implementation has to port: a pure function from the two
JSON parts. The template itself only loops, tests and prints (the subset Jinja2 and Nunjucks share).
"""

from __future__ import annotations

from typing import Any

from ..loader import ToolkitData
from .matrix import STATUS_TEXT, STATUSES, status_of

PREVIEW = 3  # items per cell in the compact matrix on screen (the JavaScript takes it from the page)


def herkomst(data: ToolkitData) -> str:
    """Who made a file: every standalone output says it is not Platform31's (beside the source line)."""
    return f"Gemaakt met de Doorstroomtoolkit, niet door {data.toolkit.uitgever}."


def toolkit_view(data: ToolkitData, sector: str, instrument_url: dict[str, str | None]) -> dict[str, Any]:
    """The toolkit facts the view needs, in toolkit order. A missing link is "" (never null)."""
    werkblad = data.werkbladen["stimuleren"]
    menukaart = data.menukaarten[sector]
    return {
        "bron": data.toolkit.bron,
        "herkomst": herkomst(data),
        "werkblad": werkblad.titel,
        "soorten": {a.id: a.label for a in werkblad.blad.antwoorden},
        "statussen": {status: text.split(": ", 1)[1] for status, text in STATUS_TEXT.items()},
        "fasen": [{"id": f.id, "naam": f.naam} for f in data.vocabulaire.klantreis],
        "categorieen": [{"id": c.id, "nummer": c.nummer, "naam": c.naam}
                        for c in data.vocabulaire.interventiecategorieen],
        "menukaart": {
            "titel": menukaart.titel,
            "rijen": [{
                "categorie": rij.categorie,
                "doel": rij.doel,
                "instrumenten": [{"tekst": i.tekst, "url": instrument_url.get(i.instrument) or ""}
                                 for i in rij.instrumenten],
            } for rij in menukaart.categorieen],
        },
    }


def view_context(overzicht: dict[str, Any], toolkit: dict[str, Any], titel: str, voorbeeld: bool = False,
                 met_filter: bool = True, kop: int = 1, lijsten: bool = True) -> dict[str, Any]:
    """The whole template context. ``met_filter``: show the organisation checkboxes and print button;
    ``kop``: the level of the title heading (1 on a page of its own; the session report places the view
    under a chapter heading); ``lijsten``: show the notes and the files not used (the session report
    lists those of all werkbladen together)."""
    return {"overzicht": overzicht, "toolkit": toolkit,
            "opties": {"titel": titel, "voorbeeld": voorbeeld, "filter": met_filter, "kop": kop, "lijsten": lijsten},
            "afgeleid": afgeleid(overzicht, toolkit)}


def grouped(al: list[dict[str, Any]], nog: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Items of a cell as distinct texts, "al" before "nog", with how many organisations wrote each."""
    entries: dict[tuple[bool, str], int] = {}
    for idee, items in ((False, al), (True, nog)):
        for item in items:
            entries[(idee, item["tekst"])] = entries.get((idee, item["tekst"]), 0) + 1
    return [{"tekst": tekst, "idee": idee, "aantal": aantal} for (idee, tekst), aantal in entries.items()]


def preview(al: list[dict[str, Any]], nog: list[dict[str, Any]]) -> dict[str, Any]:
    """The compact matrix shows the first PREVIEW distinct texts; ``meer`` counts the items not shown."""
    shown = grouped(al, nog)[:PREVIEW]
    return {"voorproef": shown, "meer": len(al) + len(nog) - sum(e["aantal"] for e in shown)}


def afgeleid(overzicht: dict[str, Any], toolkit: dict[str, Any]) -> dict[str, Any]:
    """Counts and groupings of the overview, for the template (port this function, nothing else).

    - ``organisaties``: ``[{naam, nr}]``; ``nr`` (text) marks an organisation's items for the filter.
    - ``totaal``: number of items and of cells per status.
    - ``rijen``: per categorie its five cells (status, number of organisations with al / nog items,
      the items with ``nr``, the preview for the compact matrix: :func:`preview`) and the menukaart ideas
      once for the row, with the fasen that are still open (not gedekt).
    - ``fasen``: per fase the number of cells per status and all "nog" ideas of every organisation.
    """
    nr = {naam: str(i) for i, naam in enumerate(overzicht["organisaties"])}
    fasen = {f["id"]: f for f in toolkit["fasen"]}
    ideeen = {r["categorie"]: r for r in toolkit["menukaart"]["rijen"]}
    per_fase = {f["id"]: {"id": f["id"], "naam": f["naam"], "gat": 0, "potentie": 0, "gedekt": 0, "nog": []}
                for f in toolkit["fasen"]}
    cells = {(c["categorie"], c["fase"]): c for c in overzicht["cellen"]}
    totaal = {"punten": 0, **{s: 0 for s in STATUSES}}
    rijen = []
    for categorie in toolkit["categorieen"]:
        row_cells = []
        for fase in toolkit["fasen"]:
            cel = cells[(categorie["id"], fase["id"])]
            al, nog = ([{**i, "nr": nr[i["organisatie"]]} for i in cel[soort]] for soort in ("al", "nog"))
            status = status_of(bool(al), bool(nog))
            per_fase[fase["id"]][status] += 1
            per_fase[fase["id"]]["nog"] += [{**i, "categorie": categorie["naam"]} for i in nog]
            totaal[status] += 1
            totaal["punten"] += len(al) + len(nog)
            row_cells.append({
                "categorie": categorie["id"], "fase": fase["id"], "fasenaam": fasen[fase["id"]]["naam"],
                "status": status, "al": al, "nog": nog,
                "n_al": len({i["nr"] for i in al}), "n_nog": len({i["nr"] for i in nog}),
                **preview(al, nog),
            })
        rij = ideeen.get(categorie["id"])
        rijen.append({
            "categorie": categorie, "cellen": row_cells,
            "open": [c["fasenaam"] for c in row_cells if c["status"] != "gedekt"],
            "doel": rij["doel"] if rij else "", "ideeen": rij["instrumenten"] if rij else [],
        })
    return {
        "organisaties": [{"naam": naam, "nr": nr[naam]} for naam in overzicht["organisaties"]],
        "totaal": totaal, "rijen": rijen, "fasen": list(per_fase.values()),
        "voorproef": PREVIEW,
    }
