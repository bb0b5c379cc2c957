"""The facilitator's choices -> ``sessie-plan.json``: the agenda with times, who fills in which sheet, the
pre-filled sheets and what to print. JSON in, JSON out, no I/O.

The browser builds the plan with the same steps (assets/javascripts/voorbereiden/plan.js) from the same
catalogue (catalogus.py) and messages (teksten.json); a test feeds both the same choices and compares the
JSON byte for byte. Every problem with the choices is collected and raised at once as :class:`KeuzeFout`.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..errors import DoorstroomError
from ..regels import one_line
from .model import INVULWIJZEN
from .namen import check_namen, fout, teksten

PLAN_SOORT = "sessie-plan"
VERSIE = 1
PAUZE = "pauze"
DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
TIME = re.compile(r"^(\d{1,2}):(\d{2})$")
DAY = 24 * 60
AFDRUKKEN = {"per-organisatie": "per-organisatie", "per-tafel": "per-tafel", "plenair": "een"}


class KeuzeFout(DoorstroomError):
    """The choices cannot make a session: every problem listed, nothing written (exit 2, a usage error)."""

    exit_code = 2

    def __init__(self, problemen: list[str]) -> None:
        self.problemen = problemen
        lines = [fout("kop"), *(f"- {p}" for p in problemen), fout("niets_geschreven")]
        super().__init__("\n".join(lines))


def parse_date(text: str) -> dt.date | None:
    match = DATE.match(text)
    if not match:
        return None
    try:
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def parse_time(text: str) -> int | None:
    """'9:30' or '09:30' -> minutes after midnight."""
    match = TIME.match(text)
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        return None
    return int(match.group(1)) * 60 + int(match.group(2))


def clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _is_minutes(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= teksten()["max_minuten"]


def maak_plan(cat: dict[str, Any], keuzes: dict[str, Any]) -> dict[str, Any]:
    """Choices (``titel``, ``datum``, ``onderdelen`` [ids in order, 'pauze' for a break], ``organisaties``
    [{naam, contact}], optional ``plaats``, ``begintijd``, ``menukaart``, ``papier``, ``contact``,
    ``inleveren``, ``minuten`` {id: n}, ``invullen`` {werkblad: wijze}, ``tafels`` [naam]) -> the plan."""
    standaard = teksten()["standaard"]
    problemen: list[str] = []
    titel = one_line(str(keuzes.get("titel") or ""))
    if not titel:
        problemen.append(fout("titel_leeg"))
    datum_tekst = str(keuzes.get("datum") or "")
    datum = parse_date(datum_tekst)
    if datum is None:
        problemen.append(fout("datum_ongeldig", waarde=datum_tekst) if datum_tekst else fout("datum_leeg"))
    begin_tekst = str(keuzes.get("begintijd") or standaard["begintijd"])
    begin = parse_time(begin_tekst)
    if begin is None:
        problemen.append(fout("tijd_ongeldig", waarde=begin_tekst))
    inleveren_tekst = str(keuzes.get("inleveren") or "")
    inleveren = parse_date(inleveren_tekst) if inleveren_tekst else None
    if inleveren_tekst and inleveren is None:
        problemen.append(fout("inleveren_ongeldig", waarde=inleveren_tekst))

    by_id = {o["id"]: o for o in cat["onderdelen"]}
    gekozen, problems = _chosen(cat, list(keuzes.get("onderdelen") or []))
    problemen += problems
    menukaart = str(keuzes.get("menukaart") or next(
        (o["id"] for o in gekozen if o is not None and o["soort"] == "menukaart"), standaard["menukaart"]))
    if menukaart not in cat["menukaarten"]:
        problemen.append(fout("menukaart_onbekend", waarde=menukaart, keuzes=", ".join(cat["menukaarten"])))
    papier = str(keuzes.get("papier") or standaard["papier"])
    if papier not in ("a4", "a3"):
        problemen.append(fout("papier_onbekend", waarde=papier))

    agenda = _agenda(cat, gekozen)
    problemen += _apply_minutes(agenda, dict(keuzes.get("minuten") or {}))
    wijzen, problems = _ways(agenda, dict(keuzes.get("invullen") or {}), by_id)
    problemen += problems
    organisaties, problems = check_namen([str(o.get("naam") or "") for o in keuzes.get("organisaties") or []])
    if not organisaties and not problems:
        problems.append(fout("geen_organisaties"))
    problemen += problems
    contacts = {one_line(str(o.get("naam") or "")): one_line(str(o.get("contact") or ""))
                for o in reversed(keuzes.get("organisaties") or [])}  # reversed: the first one given counts
    tafels, problems = check_namen([str(t) for t in keuzes.get("tafels") or []])
    problemen += problems
    for item in agenda:
        if wijzen.get(item["id"]) == "per-tafel" and not tafels:
            problemen.append(fout("geen_tafels", waarde=item["titel"]))
    agenda = [item for item in agenda if item["minuten"] or item["soort"] not in ("opening", "onderwerp",
                                                                                   "afsluiting")]
    totaal = sum(item["minuten"] for item in agenda)
    if begin is not None and begin + totaal >= DAY:
        problemen.append(fout("na_middernacht", minuten=totaal, begintijd=clock(begin)))
    if problemen:
        raise KeuzeFout(problemen)
    assert datum is not None and begin is not None
    counts = {"per-organisatie": len(organisaties), "per-tafel": max(1, len(tafels)), "een": 1}
    now = begin
    for item in agenda:
        item["begin"], item["eind"] = clock(now), clock(now + item["minuten"])
        now += item["minuten"]
        onderdeel = by_id.get(item["id"]) if item["soort"] in ("werkblad", "praatplaat", "menukaart") else None
        if onderdeel is None:
            continue
        item["onderwerp"] = onderdeel["onderwerp"]
        if onderdeel["soort"] == "werkblad":
            item["invullen"] = wijzen[item["id"]]
        voor = AFDRUKKEN[item["invullen"]] if item["invullen"] else onderdeel["afdrukken"]
        item["afdrukken"] = {"voor": voor, "aantal": counts[voor],
                             "papier": "a4" if onderdeel["soort"] == "menukaart" else papier}
    return {
        "doorstroom": PLAN_SOORT, "versie": VERSIE, "titel": titel, "datum": datum.isoformat(),
        "plaats": one_line(str(keuzes.get("plaats") or "")), "begintijd": clock(begin), "eindtijd": clock(now),
        "menukaart": menukaart, "papier": papier, "contact": one_line(str(keuzes.get("contact") or "")),
        "inleveren": (inleveren or datum + dt.timedelta(days=teksten()["inleveren_na_dagen"])).isoformat(),
        "organisaties": [{"naam": o["naam"], "contact": contacts[o["naam"]], "map": o["map"]} for o in organisaties],
        "tafels": tafels,
        "agenda": agenda,
        "bladen": _bladen(agenda, by_id, organisaties, tafels, papier),
    }


def _chosen(cat: dict[str, Any], ids: list[Any]) -> tuple[list[dict[str, Any] | None], list[str]]:
    """The chosen items in order (None for a break), and the problems: unknown ids, an item twice, none."""
    by_id = {o["id"]: o for o in cat["onderdelen"]}
    known = ", ".join([*by_id, PAUZE])
    result: list[dict[str, Any] | None] = []
    problems: list[str] = []
    for raw in ids:
        item_id = str(raw).strip()
        if item_id == PAUZE:
            result.append(None)
        elif item_id not in by_id:
            problems.append(fout("onderdeel_onbekend", waarde=item_id, keuzes=known))
        elif any(o is not None and o["id"] == item_id for o in result):
            problems.append(fout("onderdeel_dubbel", waarde=item_id))
        else:
            result.append(by_id[item_id])
    if not ids:
        problems.append(fout("geen_onderdelen"))
    return result, problems


def _agenda(cat: dict[str, Any], gekozen: list[dict[str, Any] | None]) -> list[dict[str, Any]]:
    """Opening, every chosen item (an onderwerp's introduction before its first item), closing."""
    onderwerpen = {o["id"]: o for o in cat["onderwerpen"]}
    agenda = [_item("opening", cat["opening"]["id"], cat["opening"]["titel"], cat["opening"]["minuten"])]
    introduced: set[str] = set()
    pauzes = 0
    for onderdeel in gekozen:
        if onderdeel is None:
            pauzes += 1
            agenda.append(_item("pauze", f"{PAUZE}-{pauzes}", cat["pauze"]["titel"], cat["pauze"]["minuten"]))
            continue
        if onderdeel["onderwerp"] not in introduced:
            introduced.add(onderdeel["onderwerp"])
            onderwerp = onderwerpen[onderdeel["onderwerp"]]
            agenda.append(_item("onderwerp", onderwerp["id"], onderwerp["titel"], onderwerp["minuten"]))
        agenda.append(_item(onderdeel["soort"], onderdeel["id"], onderdeel["titel"], onderdeel["minuten"]))
    agenda.append(_item("afsluiting", cat["afsluiting"]["id"], cat["afsluiting"]["titel"],
                        cat["afsluiting"]["minuten"]))
    return agenda


def _item(soort: str, item_id: str, titel: str, minuten: int) -> dict[str, Any]:
    return {"soort": soort, "id": item_id, "titel": titel, "minuten": minuten, "begin": "", "eind": "",
            "onderwerp": None, "invullen": None, "afdrukken": None}


def _apply_minutes(agenda: list[dict[str, Any]], minuten: dict[str, Any]) -> list[str]:
    """``{id: n}``; 'pauze' sets every break, 'pauze-2' the second only."""
    ids = [item["id"] for item in agenda]
    known = ids + ([PAUZE] if any(item["soort"] == "pauze" for item in agenda) else [])
    problems = []
    for key, value in minuten.items():
        if key not in known:
            problems.append(fout("minuten_onbekend", waarde=key, keuzes=", ".join(known)))
        elif not _is_minutes(value):
            problems.append(fout("minuten_ongeldig", waarde=key, max=teksten()["max_minuten"]))
    for item in agenda:
        for key in ((PAUZE, item["id"]) if item["soort"] == "pauze" else (item["id"],)):
            if key in minuten and _is_minutes(minuten[key]):
                item["minuten"] = minuten[key]
    return problems


def _ways(agenda: list[dict[str, Any]], invullen: dict[str, Any],
          by_id: dict[str, dict[str, Any]]) -> tuple[dict[str, str], list[str]]:
    """Who fills in each chosen werkblad: our suggestion unless the choices say otherwise."""
    werkbladen = [item["id"] for item in agenda if item["soort"] == "werkblad"]
    problems = []
    for key, wijze in invullen.items():
        if key not in werkbladen:
            problems.append(fout("invullen_onbekend", waarde=key, keuzes=", ".join(werkbladen)))
        elif wijze not in INVULWIJZEN:
            problems.append(fout("invullen_ongeldig", waarde=key, wijze=wijze))
        elif by_id[key]["organisatie"] and wijze != "per-organisatie":
            problems.append(fout("invullen_organisatie", waarde=by_id[key]["kort"]))
    result = {}
    for werkblad in werkbladen:
        wijze = invullen.get(werkblad)
        fits = wijze in INVULWIJZEN and (wijze == "per-organisatie" or not by_id[werkblad]["organisatie"])
        result[werkblad] = wijze if fits else by_id[werkblad]["invullen"]
    return result, problems

def _bladen(agenda: list[dict[str, Any]], by_id: dict[str, dict[str, Any]], organisaties: list[dict[str, str]],
            tafels: list[dict[str, str]], papier: str) -> list[dict[str, Any]]:
    """Every file to hand out or print: per organisation or table its pre-filled sheet, one plenary sheet,
    and the blank praatplaten and menukaarten."""
    plenair = teksten()["plenair"]
    result: list[dict[str, Any]] = []
    for item in agenda:
        onderdeel = by_id.get(item["id"]) if item["afdrukken"] else None
        if onderdeel is None:
            continue
        item_id = item["id"]
        if onderdeel["soort"] != "werkblad":
            stem = onderdeel["pdf"] + ("-a3" if papier == "a3" and onderdeel["soort"] != "menukaart" else "")
            result.append({"bestand": f"afdrukken/{stem}.pdf", "id": item_id, "soort": onderdeel["soort"],
                           "invullen": None, "voor": None, "velden": {}})
            continue
        wijze = item["invullen"]
        wie = organisaties if wijze == "per-organisatie" else tafels if wijze == "per-tafel" else [
            {"naam": plenair, "map": "plenair"}]
        for naam in wie:
            folder = "plenair" if wijze == "plenair" else f"{wijze}/{naam['map']}"
            result.append({"bestand": f"{folder}/{item_id}-{naam['map']}.pdf", "id": item_id, "soort": "werkblad",
                           "invullen": wijze, "voor": naam["naam"], "velden": {onderdeel["labelveld"]: naam["naam"]}})
    return result
