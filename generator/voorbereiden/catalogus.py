"""What a session can hold, as plain JSON: every werkblad, praatplaat and menukaart in toolkit order with our
suggestions (content/sessie.yaml), the onderwerpen and the fixed agenda items.

The plan builder takes only this (and the choices), in Python and in the browser alike: the site build
hands the browser this very dictionary, so both build the plan from the same data.
"""

from __future__ import annotations

from typing import Any

from ..fields import ORGANISATIE, label_field
from ..loader import ToolkitData
from ..pdf.render import menukaart_filename


def catalogus(data: ToolkitData) -> dict[str, Any]:
    from ..site.pages import werkblad_title  # the pages import this module

    sessie = data.sessie
    onderdelen: list[dict[str, Any]] = []
    for onderwerp in data.onderwerpen.values():
        for onderdeel in onderwerp.onderdelen:
            item_id = onderdeel.werkblad or onderdeel.menukaart or ""
            voorstel = sessie.onderdeel(item_id)
            assert voorstel is not None  # the loader checked that every item has one
            if onderdeel.werkblad:
                werkblad = data.werkbladen[item_id]
                veld = label_field(werkblad)
                onderdelen.append({
                    "id": item_id, "soort": werkblad.soort, "titel": werkblad_title(werkblad),
                    "kort": werkblad.titel, "onderwerp": onderwerp.id, "minuten": voorstel.minuten,
                    "invullen": voorstel.invullen, "afdrukken": voorstel.afdrukken,
                    "labelveld": veld.naam if veld else None, "organisatie": veld == ORGANISATIE,
                    "pdf": item_id})
            else:
                menukaart = data.menukaarten[item_id]
                onderdelen.append({
                    "id": item_id, "soort": "menukaart", "titel": menukaart.titel,
                    "kort": menukaart.titel, "onderwerp": onderwerp.id, "minuten": voorstel.minuten,
                    "invullen": None, "afdrukken": voorstel.afdrukken, "labelveld": None, "organisatie": False,
                    "pdf": menukaart_filename(item_id).removesuffix(".pdf")})
    return {
        "onderdelen": onderdelen,
        "onderwerpen": [{"id": o.id, "titel": f"Onderwerp {o.nummer}: {o.titel}", "minuten": sessie.onderwerp.minuten}
                        for o in data.onderwerpen.values()],
        "opening": {"id": sessie.opening.id, "titel": sessie.opening.titel, "minuten": sessie.opening.minuten},
        "pauze": {"titel": sessie.pauze.titel, "minuten": sessie.pauze.minuten},
        "afsluiting": {"id": sessie.afsluiting.id, "titel": sessie.afsluiting.titel,
                       "minuten": sessie.afsluiting.minuten},
        "menukaarten": list(data.menukaarten),
    }
