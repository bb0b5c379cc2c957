"""One combiner per layout type: the prepared sheets of one werkblad -> its part of sessie.json.

Pure data -> data (no files, no rendering). Nothing here knows a werkblad by name: the werkblad's
YAML says which questions, fasen, themes or indicators there are. The raster layout (Stimuleren) is
combined by the gap overview itself (:func:`generator.overview.matrix.build_overzicht`), see
:mod:`generator.session.build`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from ..fields import AANTEKENINGEN, group_name, indicator_name
from ..model import IndicatorenBlad, KlantreisBlad, ThemasBlad, VragenBlad, Werkblad
from .contract import Antwoord, FaseDeel, IndicatorDeel, VraagDeel
from .prepare import Blad


def answers(bladen: Iterable[Blad], field: str) -> list[Antwoord]:
    """Every non-empty answer in one field, side by side; the same text from the same sheet label once."""
    result: list[Antwoord] = []
    seen: set[tuple[str, str]] = set()
    for blad in bladen:
        tekst = blad.antwoorden.get(field)
        if isinstance(tekst, str) and tekst and (blad.label, tekst) not in seen:
            seen.add((blad.label, tekst))
            result.append({"organisatie": blad.label, "tekst": tekst})
    return result


def ticked(bladen: Iterable[Blad], field: str) -> list[str]:
    """The labels of the sheets on which a checkbox is ticked (each label once, in sheet order)."""
    return list(dict.fromkeys(b.label for b in bladen if b.antwoorden.get(field) is True))


def combine_klantreis(werkblad: Werkblad, bladen: list[Blad]) -> dict[str, Any]:
    """Per fase of the klantreis: which organisations have contact with seniors there, and how."""
    assert isinstance(werkblad.blad, KlantreisBlad)
    fasen: list[FaseDeel] = [{"fase": stap.fase, "antwoorden": answers(bladen, stap.fase)}
                             for stap in werkblad.blad.stappen]
    return {"fasen": fasen}


def combine_vragen(werkblad: Werkblad, bladen: list[Blad]) -> dict[str, Any]:
    """Per question (or theme): every organisation's answer side by side."""
    blad = werkblad.blad
    assert isinstance(blad, VragenBlad | ThemasBlad)
    questions = [(v.id, v.tekst) for v in blad.vragen] if isinstance(blad, VragenBlad) else \
        [(t.id, t.naam) for t in blad.themas]
    vragen: list[VraagDeel] = [{"id": vraag_id, "tekst": tekst, "antwoorden": answers(bladen, vraag_id)}
                               for vraag_id, tekst in questions]
    return {"vragen": vragen}


def combine_indicatoren(werkblad: Werkblad, bladen: list[Blad]) -> dict[str, Any]:
    """Per indicator who ticked Beschikbaar? and Opnemen?, all Toelichtingen; per aanvinkbare group
    who chose it as doel; and the free notes."""
    blad = werkblad.blad
    assert isinstance(blad, IndicatorenBlad)
    indicatoren: list[IndicatorDeel] = [{
        "id": indicator.id,
        "tekst": indicator.tekst,
        "groep": groep.id,
        "beschikbaar": ticked(bladen, indicator_name(indicator.id, "beschikbaar")),
        "opnemen": ticked(bladen, indicator_name(indicator.id, "opnemen")),
        "toelichting": answers(bladen, indicator_name(indicator.id, "toelichting")),
    } for groep in blad.groepen for indicator in groep.indicatoren]
    gekozen = {g.id: ticked(bladen, group_name(g.id)) for g in blad.groepen if g.aanvinkbaar}
    aantekeningen = answers(bladen, AANTEKENINGEN) if blad.aantekeningen else []
    return {"indicatoren": indicatoren, "gekozen": gekozen, "aantekeningen": aantekeningen}


Combiner = Callable[[Werkblad, list[Blad]], dict[str, Any]]

COMBINERS: dict[str, Combiner] = {
    "klantreis": combine_klantreis,
    "vragen": combine_vragen,
    "themas": combine_vragen,
    "indicatoren": combine_indicatoren,
}
