"""The ``doorstroom voorbereiden`` job: read the organisation list, build the plan, make every file, and put
them in ``--out`` as one set (nothing is written when anything is wrong)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..files import write_set
from ..loader import ToolkitData
from .catalogus import catalogus
from .namen import fout
from .organisaties import LijstFout, lees_lijst
from .plan import KeuzeFout, maak_plan
from .uitvoer import bestanden


def lees_organisaties(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        raise LijstFout(fout("lijst_ontbreekt", bestand=path))
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise LijstFout(fout("lijst_onleesbaar", bestand=path, oorzaak=exc.strerror or type(exc).__name__)) from None
    return lees_lijst(str(path), raw)


def paren(optie: str, voorbeeld: str, text: str | None, getal: bool) -> tuple[dict[str, Any], list[str]]:
    """'stimuleren=45,pauze=10' -> {'stimuleren': 45, 'pauze': 10} (a number where ``getal``), and problems."""
    result: dict[str, Any] = {}
    problems = []
    for part in (text or "").split(","):
        if not part.strip():
            continue
        key, sign, value = part.partition("=")
        if not sign or not key.strip() or not value.strip():
            problems.append(fout("keuze_vorm", optie=optie, voorbeeld=voorbeeld, waarde=part.strip()))
            continue
        value = value.strip()
        result[key.strip()] = int(value) if getal and value.isdigit() else value
    return result, problems


def maak_voorbereiding(data: ToolkitData, keuzes: dict[str, Any], out: Path, site: str | None,
                       problemen: list[str]) -> tuple[dict[str, Any], list[Path]]:
    """Build the plan (every problem at once, with ``problemen`` from reading the options), make all files in
    memory, then write them as one set. Returns the plan and the written paths."""
    try:
        plan = maak_plan(catalogus(data), keuzes)
    except KeuzeFout as exc:
        raise KeuzeFout(problemen + exc.problemen) from None
    if problemen:
        raise KeuzeFout(problemen)
    files = bestanden(data, plan, site)
    return plan, write_set({out / name: content for name, content in files.items()})
