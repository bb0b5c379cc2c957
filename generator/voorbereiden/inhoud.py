"""Checks of content/sessie.yaml against the rest of the toolkit (run by ``load_toolkit``): every werkblad,
praatplaat and menukaart has exactly one suggestion, of the kind that fits it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol

from ..model import Menukaart, Werkblad
from ..yamlsource import Loc, Source
from .model import SessieInhoud

SESSIE_YAML = "content/sessie.yaml"
PAUZE = "pauze"


class Collector(Protocol):
    """The part of the loader's problem collector these checks use."""

    def report(self, source: Source, loc: Loc, message: str) -> None: ...

    def known(self, source: Source, loc: Loc, ref: str, known: Iterable[str], what: str) -> bool: ...


def one_reference(c: Collector, source: Source, i: int, onderdeel: Any) -> tuple[str, str] | None:
    """The (kind, id) an onderdeel names: exactly one of 'werkblad' or 'menukaart' (also the loader's check of
    the onderwerpen' onderdelen), else a problem reported and None."""
    refs = [(k, getattr(onderdeel, k)) for k in ("werkblad", "menukaart") if getattr(onderdeel, k)]
    if len(refs) != 1:
        c.report(source, ("onderdelen", i), "geef precies één van 'werkblad' of 'menukaart'")
        return None
    return refs[0]


def check_sessie(c: Collector, sessie: SessieInhoud, source: Source, werkbladen: dict[str, tuple[Any, Source]],
                 menukaarten: dict[str, tuple[Any, Source]], onderwerpen: Iterable[str], broken: set[str]) -> None:
    """Report every problem of content/sessie.yaml with its line (the loader collects them all). ``broken``: ids of
    files that did not validate (reported already; a reference to one is no new problem)."""
    seen: dict[str, int] = {}
    for i, onderdeel in enumerate(sessie.onderdelen):
        if (reference := one_reference(c, source, i, onderdeel)) is None:
            continue
        kind, ref = reference
        loaded = werkbladen if kind == "werkblad" else menukaarten
        if not c.known(source, ("onderdelen", i, kind), ref, set(loaded) | broken, kind) or ref in broken:
            continue
        if ref in seen:
            c.report(source, ("onderdelen", i, kind), f"'{ref}' staat er al (onderdelen[{seen[ref]}])")
            continue
        seen[ref] = i
        _check_kind(c, source, i, onderdeel.invullen, onderdeel.afdrukken, loaded[ref][0])
    for kind, loaded in (("werkblad", werkbladen), ("menukaart", menukaarten)):
        for item_id in loaded:
            if item_id not in seen:
                c.report(source, ("onderdelen",), f"{kind} '{item_id}' ontbreekt: geef elk werkblad, elke "
                                                  "praatplaat en elke menukaart een voorstel")
    taken = {*werkbladen, *menukaarten, *onderwerpen, PAUZE}
    for key in ("opening", "afsluiting"):
        item_id = getattr(sessie, key).id
        if item_id in taken or (key == "afsluiting" and item_id == sessie.opening.id):
            c.report(source, (key, "id"), f"de id '{item_id}' is al in gebruik; kies een andere")


def _check_kind(c: Collector, source: Source, i: int, invullen: str | None, afdrukken: str | None,
                item: Werkblad | Menukaart) -> None:
    """A werkblad says who fills it in; a praatplaat or menukaart (nothing handed back) how many copies."""
    filled = isinstance(item, Werkblad) and item.soort == "werkblad"
    if filled and invullen is None:
        c.report(source, ("onderdelen", i), "een werkblad heeft 'invullen' nodig (per-organisatie, per-tafel "
                                            "of plenair)")
    if filled and afdrukken is not None:
        c.report(source, ("onderdelen", i, "afdrukken"), "bij een werkblad volgt het aantal afdrukken uit "
                                                         "'invullen'; laat 'afdrukken' weg")
    if not filled and invullen is not None:
        c.report(source, ("onderdelen", i, "invullen"), "alleen een werkblad wordt ingeleverd; geef hier "
                                                        "'afdrukken' in plaats van 'invullen'")
    if not filled and afdrukken is None:
        c.report(source, ("onderdelen", i), "een praatplaat of menukaart heeft 'afdrukken' nodig "
                                            "(per-organisatie, per-tafel of een)")
    if isinstance(item, Werkblad) and item.organisatie and invullen not in (None, "per-organisatie"):
        c.report(source, ("onderdelen", i, "invullen"), f"op het werkblad '{item.titel}' staat 'Organisatie': "
                                                        "het wordt per organisatie ingevuld")

