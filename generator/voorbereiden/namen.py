"""Names of organisations and tables: checked, and turned into safe folder and file names.

The same rules run in the browser (assets/javascripts/voorbereiden/namen.js); their texts and tables
live once, in teksten.json.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

from ..overview.items import organisation_key
from ..regels import one_line

TEKSTEN = Path(__file__).with_name("teksten.json")
NOT_SAFE = re.compile(r"[^a-z0-9]+")


@cache
def teksten() -> dict[str, Any]:
    return json.loads(TEKSTEN.read_text(encoding="utf-8"))


def fout(key: str, **values: object) -> str:
    """A Dutch message of teksten.json with its placeholders filled in."""
    return teksten()["fouten"][key].format(**values)


def veilige_naam(naam: str) -> str:
    """'Woonstichting Ĳsselland & Zn.' -> 'woonstichting-ijsselland-zn': letters and digits only (no '/',
    no character Windows refuses, no accent a ZIP tool could mangle), at most ``max_map`` characters;
    a name Windows reserves (CON, NUL, ...) gets '-org'. Empty when nothing usable is left."""
    rules = teksten()
    text = "".join(rules["letters"].get(c, c) for c in naam)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if unicodedata.category(c) != "Mn")
    slug = NOT_SAFE.sub("-", text.lower()).strip("-")[: rules["max_map"]].strip("-")
    return f"{slug}-org" if slug in rules["gereserveerd"] else slug


def check_namen(namen: list[str]) -> tuple[list[dict[str, str]], list[str]]:
    """Clean names (one line) -> [{naam, map}] and the problems, in list order. Names equal after case and
    space folding are one organisation (as the overview merges them), so a second one is a mistake."""
    rules = teksten()
    result: list[dict[str, str]] = []
    problems: list[str] = []
    keys: dict[str, str] = {}
    maps: dict[str, str] = {}
    for raw in namen:
        naam = one_line(raw)
        if not naam:
            continue
        if "/" in naam or "\\" in naam:
            problems.append(fout("naam_schuine_streep", waarde=naam))
            continue
        if len(naam) > rules["max_naam"]:
            problems.append(fout("naam_te_lang", waarde=naam, max=rules["max_naam"]))
            continue
        key = organisation_key(naam)
        if key in keys:
            problems.append(fout("naam_dubbel", waarde=naam, eerste=keys[key]))
            continue
        keys[key] = naam
        folder = veilige_naam(naam)
        if not folder:
            problems.append(fout("naam_onbruikbaar", waarde=naam))
            continue
        if folder in maps:
            problems.append(fout("naam_zelfde_bestand", waarde=naam, eerste=maps[folder], map=folder))
            continue
        maps[folder] = naam
        result.append({"naam": naam, "map": folder})
    return result, problems
