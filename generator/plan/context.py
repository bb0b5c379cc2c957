"""sessie.json + the toolkit's facts + options -> the context of the plan van aanpak and the monitor plan.

The one piece of logic written twice (here and in documenten/plan.js, proven equal by the tests): grouping,
matching and merging, no wording. Every word of the plan is in the template (templates/plan.html.j2) or
the YAML; the toolkit's facts come as one JSON-shaped dict (gegevens.py: plan_gegevens), the same the site
build hands to the browser, so both compute from the same input.

Rules (docs/plan-van-aanpak.md):
- a sheet is named by its label (sessie.json ``bladen[].organisatie``: the organisation or "Ingevuld
  door"); a sheet that said nothing is named by its file name, never by a folder or a path;
- a Stimuleren item belongs to the instrument of its categorie on the menukaart whose trefwoord comes
  first in it (trefwoorden.py: best); others stay with their categorie;
- an idea ("kunnen we nog doen") of an organisation that the same organisation already does according
  to another sheet (its "doen we al" elsewhere on Stimuleren, or its Contactmomenten) gets that noted:
  the same text, or the trefwoorden of the idea's instrument;
- the actions: one per idea, ideas with the same text in one categorie merged (names and fasen
  together, as the overview counts equal texts), then one per gap (no one does anything, no ideas), then
  one per organisation the Organisaties sheet says is still to be involved.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..overview.items import organisation_key, split_items
from ..regels import regels
from ..session.report import MAANDEN
from .trefwoorden import best, fold, matches

STATUS_WORDS = {
    "beschikbaar": "Beschikbaar",
    "deels-beschikbaar": "Deels beschikbaar",
    "inregelen": "Registratie nog inregelen",
    "niet-gekozen": "Niet gekozen",
}


def dutch_date(iso: str) -> str:
    day = dt.date.fromisoformat(iso)
    return f"{day.day} {MAANDEN[day.month - 1]} {day.year}"


def file_name(path: str) -> str:
    """The last part of a path, whichever separator the computer used."""
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def lines(text: str) -> list[str]:
    """A typed answer as its lines (the template puts a line break between them)."""
    return [line.rstrip() for line in text.split("\n")]


def list_items(text: str) -> list[str]:
    """The items of an answer typed as a list (a line starts with a mark such as "- " or "1."), by the
    readers' rule (docs/overzicht-regels.md §6); [] for running text, which keeps its lines."""
    mark = re.compile(regels()["opsommingsteken"])
    if not any(mark.match(" ".join(line.split())) for line in text.split("\n")):
        return []
    return split_items(text).items


def plan_context(gegevens: dict[str, Any], sessie: dict[str, Any], opties: dict[str, Any]) -> dict[str, Any]:
    """The plan's context. ``opties``: ``sector`` (menukaart id), ``datum`` (YYYY-MM-DD) and ``site`` (the
    site's address for links to the instruments; "" for none)."""
    return _Plan(gegevens, sessie, opties).context()


class _Plan:
    def __init__(self, gegevens: dict[str, Any], sessie: dict[str, Any], opties: dict[str, Any]) -> None:
        self.g = gegevens
        self.sessie = sessie
        self.opties = opties
        self.werkbladen = {w["id"]: w for w in gegevens["werkbladen"]}
        self.fasen = {f["id"]: f["naam"] for f in gegevens["fasen"]}
        self.labels = self._labels()

    # ------------------------------------------------------------------ who handed in what
    def _labels(self) -> dict[str, str]:
        """Label as in sessie.json -> how the plan names it: a file label without its folders; two sheets
        with the same file name are numbered."""
        result: dict[str, str] = {}
        seen: dict[str, int] = {}
        for deel in self.sessie["werkbladen"].values():
            for blad in deel["bladen"]:
                label = blad["organisatie"]
                if label in result:
                    continue
                if _is_file_label(blad):
                    name = file_name(label)
                    seen[name] = seen.get(name, 0) + 1
                    result[label] = name if seen[name] == 1 else f"{name} ({seen[name]})"
                else:
                    result[label] = label
        return result

    def label(self, label: str) -> str:
        return self.labels.get(label, label)

    def part(self, werkblad: str) -> dict[str, Any] | None:
        return self.sessie["werkbladen"].get(werkblad)

    def of_type(self, layout: str) -> list[tuple[str, dict[str, Any]]]:
        return [(w, d) for w, d in self.sessie["werkbladen"].items() if d["type"] == layout]

    # ------------------------------------------------------------------ the context
    def context(self) -> dict[str, Any]:
        menukaart = self.g["menukaarten"][self.opties["sector"]]
        raster = next((d for _, d in self.of_type("raster")), None)
        self.categories = self._categories(menukaart, raster)
        organisaties = self._organisations(raster)
        acties = self._actions(organisaties["nog_betrekken"])
        monitor = self._monitor()
        return {
            "titel": self.sessie["titel"],
            "datum": self.opties["datum"],
            "datum_tekst": dutch_date(self.opties["datum"]),
            "bron": self.g["bron"],
            "menukaart": menukaart["titel"],
            "menukaart_klein": menukaart["titel"].lower(),
            "werkbladen": self._werkbladen(),
            "vragen": self._vragen(),
            "organisaties": organisaties,
            "klantreis": self._klantreis(raster),
            "categorieen": self.categories,
            "acties": acties,
            "samenvatting_acties": acties[: self.g["regels"]["samenvatting_acties"]],
            "monitor": monitor,
            "inventaris": self._inventory(),
            "bladen": [
                {
                    "werkblad": self.werkbladen[w]["titel"],
                    "bestand": file_name(b["bestand"]),
                    "label": self.label(b["organisatie"]),
                }
                for w, d in self.sessie["werkbladen"].items()
                for b in d["bladen"]
            ],
            "afgewezen": [{"bestand": file_name(r["bestand"]), "reden": r["reden"]} for r in self.sessie["afgewezen"]],
        }

    def _werkbladen(self) -> dict[str, dict[str, Any]]:
        """Every werkblad of a session: its title and whether it was handed in (the template says what is missing)."""
        return {
            w["id"]: {
                "titel": w["titel"],
                "ingeleverd": w["id"] in self.sessie["werkbladen"],
                "aantal": len((self.part(w["id"]) or {"bladen": []})["bladen"]),
            }
            for w in self.g["werkbladen"]
        }

    def _answers(self, antwoorden: list[dict[str, Any]], together: bool = False) -> list[dict[str, Any]]:
        """Each answer with who gave it, as lines, and as items when it is a list (marks like "- ");
        ``together``: the same text from several sheets once, with all their names."""
        result: list[dict[str, Any]] = []
        seen: dict[str, dict[str, Any]] = {}
        for a in antwoorden:
            label = self.label(a["organisatie"])
            same = seen.get(organisation_key(a["tekst"])) if together else None
            if same is not None:
                same["label"] += f", {label}"
                continue
            entry = {"label": label, "regels": lines(a["tekst"]), "punten": list_items(a["tekst"])}
            seen[organisation_key(a["tekst"])] = entry
            result.append(entry)
        return result

    def _vragen(self) -> dict[str, list[dict[str, Any]]]:
        """Per werkblad of type vragen/themas, its questions: every sheet's answer, and whether they differ."""
        return {
            werkblad: [
                {
                    "id": v["id"],
                    "tekst": v["tekst"],
                    "antwoorden": self._answers(v["antwoorden"], True),
                    "verschillen": len({organisation_key(a["tekst"]) for a in v["antwoorden"]}) > 1,
                }
                for v in deel["vragen"]
            ]
            for werkblad, deel in self.sessie["werkbladen"].items()
            if "vragen" in deel
        }

    # ------------------------------------------------------------------ Stimuleren, per instrument
    def _categories(self, menukaart: dict[str, Any], raster: dict[str, Any] | None) -> list[dict[str, Any]]:
        rows = {r["categorie"]: r for r in menukaart["categorieen"]}
        cells = {(c["categorie"], c["fase"]): c for c in raster["cellen"]} if raster else {}
        done = self._done_elsewhere(raster)
        result = []
        for categorie in self.g["categorieen"]:
            row = rows.get(categorie["id"], {"doel": "", "instrumenten": []})
            instrumenten = [
                {
                    "tekst": i["tekst"],
                    "trefwoorden": i["trefwoorden"],
                    "url": self._url(i["instrument"]),
                    "instrument": self.g["instrumenten"][i["instrument"]]["titel"],
                    "al": [],
                    "nog": [],
                }
                for i in row["instrumenten"]
            ]
            overig: dict[str, list[dict[str, Any]]] = {"al": [], "nog": []}
            open_cells = []
            for fase in self.g["fasen"]:
                cel = cells.get((categorie["id"], fase["id"]))
                if cel is None:
                    continue
                if cel["status"] != "gedekt":
                    open_cells.append({"fase": fase["naam"], "status": cel["status"]})
                for soort in ("al", "nog"):
                    for item in cel[soort]:
                        entry = {"organisatie": item["organisatie"], "fase": fase["naam"], "tekst": item["tekst"]}
                        which = best(item["tekst"], [i["trefwoorden"] for i in instrumenten])
                        target = instrumenten[which] if which is not None else None
                        if soort == "nog":
                            entry["al_elders"] = done(
                                item, target["trefwoorden"] if target else [], categorie["id"], fase["id"]
                            )
                        (target[soort] if target else overig[soort]).append(entry)
            for instrument in instrumenten:
                del instrument["trefwoorden"]
            result.append(
                {
                    "nummer": categorie["nummer"],
                    "naam": categorie["naam"],
                    "doel": row["doel"],
                    "instrumenten": instrumenten,
                    "overig": overig,
                    "open": open_cells,
                    "ingeleverd": raster is not None,
                }
            )
        return result

    def _url(self, instrument: str) -> str:
        site = self.opties.get("site") or ""
        if not site:
            return ""
        return (site if site.endswith("/") else site + "/") + self.g["instrumenten"][instrument]["pad"]

    def _done_elsewhere(self, raster: dict[str, Any] | None):  # noqa: ANN202 - a closure over the session
        """For an idea: what the same organisation says it does already on another sheet (Stimuleren "doen
        we al" in another box, or its Contactmomenten), by the same text or the idea's instrument."""
        already: dict[str, list[dict[str, Any]]] = {}
        stimuleren = next((w["titel"] for w in self.g["werkbladen"] if w["type"] == "raster"), "")
        for cel in raster["cellen"] if raster else []:
            for item in cel["al"]:
                already.setdefault(organisation_key(item["organisatie"]), []).append(
                    {"werkblad": stimuleren, "tekst": item["tekst"], "plek": (cel["categorie"], cel["fase"])}
                )
        for werkblad, deel in self.of_type("klantreis"):
            for fase in deel["fasen"]:
                for antwoord in fase["antwoorden"]:
                    for text in split_items(antwoord["tekst"]).items:
                        already.setdefault(organisation_key(antwoord["organisatie"]), []).append(
                            {"werkblad": self.werkbladen[werkblad]["titel"], "tekst": text, "plek": None}
                        )

        def done(item: dict[str, Any], trefwoorden: list[str], categorie: str, fase: str) -> list[dict[str, str]]:
            same = fold(" ".join(item["tekst"].split()))
            shared = matches(item["tekst"], trefwoorden)  # the trefwoorden the idea itself contains
            found = []
            for entry in already.get(organisation_key(item["organisatie"]), []):
                if entry["plek"] == (categorie, fase):
                    continue  # the same box: the overview already shows both side by side
                if fold(" ".join(entry["tekst"].split())) == same or matches(entry["tekst"], shared):
                    found.append({"werkblad": entry["werkblad"], "tekst": entry["tekst"]})
            return found

        return done

    # ------------------------------------------------------------------ organisations
    def _organisations(self, raster: dict[str, Any] | None) -> dict[str, Any]:
        """Every organisation of the session: named on Organisaties, or on a sheet with an Organisatie field;
        what each does already (count, instruments) and where it meets seniors (Contactmomenten)."""
        markers = sorted((fold(m) for m in self.g["regels"]["nog_betrekken"]), key=len, reverse=True)
        named: list[str] = []
        nog_betrekken: list[str] = []
        for vraag in (self.part("organisaties") or {}).get("vragen", []):
            for antwoord in vraag["antwoorden"]:
                for item in split_items(antwoord["tekst"]).items:
                    rest = _after_marker(item, markers)
                    (nog_betrekken if rest is not None else named).append(rest if rest is not None else item)
        people: dict[str, dict[str, Any]] = {}

        def person(name: str) -> dict[str, Any]:
            key = organisation_key(name)
            for known_key, entry in people.items():  # "Welzijn Heidehoven (ouderenadviseurs)" is Welzijn Heidehoven
                if key == known_key or key.startswith(known_key + " ") or known_key.startswith(key + " "):
                    return entry
            return people.setdefault(
                key,
                {"naam": name, "genoemd": False, "bladen": [], "al": 0, "nog": 0, "instrumenten": [], "contact": []},
            )

        for werkblad, deel in self.sessie["werkbladen"].items():
            if self.werkbladen[werkblad]["labelveld"] != "organisatie":
                continue  # a group sheet is named after a table or a person, not an organisation
            for blad in deel["bladen"]:
                entry = person(blad["organisatie"])
                if self.werkbladen[werkblad]["titel"] not in entry["bladen"]:
                    entry["bladen"].append(self.werkbladen[werkblad]["titel"])
        for name in named:
            entry = person(name)
            entry["genoemd"] = True
        for categorie in self.categories:
            for instrument in categorie["instrumenten"]:
                for soort in ("al", "nog"):
                    for item in instrument[soort]:
                        entry = person(item["organisatie"])
                        if soort == "al" and instrument["instrument"] not in entry["instrumenten"]:
                            entry["instrumenten"].append(instrument["instrument"])
            for soort in ("al", "nog"):
                for item in [i for ins in categorie["instrumenten"] for i in ins[soort]] + categorie["overig"][soort]:
                    person(item["organisatie"])[soort] += 1
        for _, deel in self.of_type("klantreis"):
            for fase in deel["fasen"]:
                for antwoord in fase["antwoorden"]:
                    entry = person(antwoord["organisatie"])
                    if self.fasen[fase["fase"]] not in entry["contact"]:
                        entry["contact"].append(self.fasen[fase["fase"]])
        group_sheets = [
            b
            for w, d in self.sessie["werkbladen"].items()
            if self.werkbladen[w]["labelveld"] != "organisatie"
            for b in d["bladen"]
        ]
        named_groups = [b["organisatie"] for b in group_sheets if not _is_file_label(b)]
        groepen = [
            g for g in dict.fromkeys(named_groups) if organisation_key(g) not in people
        ]  # a table, not a partner
        return {
            "lijst": list(people.values()),
            "nog_betrekken": nog_betrekken,
            "groepen": groepen,
            "naamloos": len(group_sheets) - len(named_groups),
        }

    # ------------------------------------------------------------------ actions
    def _actions(self, nog_betrekken: list[str]) -> list[dict[str, Any]]:
        acties: list[dict[str, Any]] = []
        for categorie in self.categories:
            merged: dict[str, dict[str, Any]] = {}
            ideas = [item for instrument in categorie["instrumenten"] for item in instrument["nog"]]
            for item in ideas + categorie["overig"]["nog"]:
                key = organisation_key(item["tekst"])
                actie = merged.setdefault(
                    key,
                    {
                        "soort": "idee",
                        "regels": lines(item["tekst"]),
                        "categorie": categorie["naam"],
                        "fasen": [],
                        "door": [],
                        "al_elders": [],
                    },
                )
                for field, value in (("fasen", item["fase"]), ("door", item["organisatie"])):
                    if value not in actie[field]:
                        actie[field].append(value)
                actie["al_elders"] += [{"organisatie": item["organisatie"], **e} for e in item["al_elders"]]
            acties += merged.values()
        for categorie in self.categories:
            for cel in categorie["open"]:
                if cel["status"] == "gat":
                    suggesties = [i["tekst"] for i in categorie["instrumenten"]]
                    acties.append(
                        {
                            "soort": "gat",
                            "regels": [],
                            "categorie": categorie["naam"],
                            "fasen": [cel["fase"]],
                            "door": [],
                            "al_elders": [],
                            "suggesties": suggesties,
                        }
                    )
        for name in nog_betrekken:
            acties.append(
                {"soort": "betrekken", "regels": [name], "categorie": "", "fasen": [], "door": [], "al_elders": []}
            )
        return acties

    # ------------------------------------------------------------------ klantreis in numbers
    def _klantreis(self, raster: dict[str, Any] | None) -> dict[str, Any]:
        if raster is None:
            return {"ingeleverd": False, "fasen": [], "totaal": {}, "gaten": [], "matrix": []}
        cells = {(c["categorie"], c["fase"]): c["status"] for c in raster["cellen"]}
        fasen = [
            {
                "naam": f["naam"],
                **{
                    s: sum(cells[(c["id"], f["id"])] == s for c in self.g["categorieen"])
                    for s in ("gat", "potentie", "gedekt")
                },
            }
            for f in self.g["fasen"]
        ]
        totaal = {s: sum(f[s] for f in fasen) for s in ("gat", "potentie", "gedekt")}
        gaten = [
            {
                "categorie": c["naam"],
                "fasen": [f["naam"] for f in self.g["fasen"] if cells[(c["id"], f["id"])] == "gat"],
            }
            for c in self.g["categorieen"]
        ]
        matrix = [
            {"categorie": f"{c['nummer']} {c['naam']}", "cellen": [cells[(c["id"], f["id"])] for f in self.g["fasen"]]}
            for c in self.g["categorieen"]
        ]
        return {
            "ingeleverd": True,
            "fasen": fasen,
            "totaal": totaal,
            "gaten": [g for g in gaten if g["fasen"]],
            "matrix": matrix,
            "organisaties": len(raster["organisaties"]),
        }

    # ------------------------------------------------------------------ monitor plan
    def _monitor(self) -> dict[str, Any]:
        regels = []
        for regel in self.sessie["monitorplan"]:
            facts = self.g["indicatoren"][regel["werkblad"]]["indicatoren"][regel["indicator"]]
            toelichting = [f"{self.label(t['organisatie'])}: {t['tekst']}" for t in regel["toelichting"]]
            indicator = regel["tekst"]
            if facts.get("plaatshouder") and toelichting:
                named = "; ".join(" ".join(t["tekst"].split()) for t in regel["toelichting"])
                indicator += f" (ingevuld als: {named})"
            regels.append(
                {
                    "indicator": indicator,
                    "definitie": facts["definitie"],
                    "werkblad": self.werkbladen[regel["werkblad"]]["titel"],
                    "groep": facts["groep"],
                    "gewenst": [self.label(x) for x in regel["opnemen"]],
                    "beschikbaar": [self.label(x) for x in regel["beschikbaar"]],
                    "niet_beschikbaar": [self.label(x) for x in regel["niet_beschikbaar"]],
                    "status": regel["status"],
                    "status_tekst": STATUS_WORDS[regel["status"]],
                    "toelichting": toelichting,
                }
            )
        gekozen = [r for r in regels if r["status"] != "niet-gekozen"]
        aantekeningen = [
            {
                "werkblad": self.werkbladen[w]["titel"],
                "label": self.label(a["organisatie"]),
                "regels": lines(a["tekst"]),
            }
            for w, d in self.of_type("indicatoren")
            for a in d.get("aantekeningen", [])
        ]
        doelen = [
            {
                "werkblad": self.werkbladen[werkblad]["titel"],
                "doel": self.g["indicatoren"][werkblad]["groepen"][groep],
                "door": [self.label(x) for x in wie],
            }
            for werkblad, deel in self.of_type("indicatoren")
            for groep, wie in deel["gekozen"].items()
        ]
        return {
            "regels": regels,
            "gekozen": gekozen,
            "aantal": {s: sum(r["status"] == s for r in regels) for s in STATUS_WORDS},
            "ingeleverd": bool(self.of_type("indicatoren")),
            "aantekeningen": aantekeningen,
            "doelen": doelen,
        }

    # ------------------------------------------------------------------ appendix: the inventory
    def _inventory(self) -> list[dict[str, Any]]:
        """Per werkblad handed in, what it holds (the appendix; the chapters use the same material)."""
        result = []
        for werkblad, deel in self.sessie["werkbladen"].items():
            entry: dict[str, Any] = {"titel": self.werkbladen[werkblad]["titel"], "type": deel["type"], "delen": []}
            if "vragen" in deel:
                entry["delen"] = [
                    {"kop": v["tekst"], "antwoorden": self._answers(v["antwoorden"])} for v in deel["vragen"]
                ]
            elif "fasen" in deel:
                entry["delen"] = [
                    {"kop": self.fasen[f["fase"]], "antwoorden": self._answers(f["antwoorden"])} for f in deel["fasen"]
                ]
            elif "cellen" in deel:
                for fase in self.g["fasen"]:
                    cells = [c for c in deel["cellen"] if c["fase"] == fase["id"]]
                    names = {c["id"]: c["naam"] for c in self.g["categorieen"]}
                    entry["delen"].append(
                        {
                            "kop": fase["naam"],
                            "soorten": [
                                {
                                    "soort": soort,
                                    "punten": [
                                        {
                                            "label": i["organisatie"],
                                            "categorie": names[c["categorie"]],
                                            "regels": lines(i["tekst"]),
                                        }
                                        for c in cells
                                        for i in c[soort]
                                    ],
                                }
                                for soort in ("al", "nog")
                            ],
                        }
                    )
            elif "indicatoren" in deel:
                entry["delen"] = [{"kop": "", "antwoorden": self._answers(deel.get("aantekeningen", []))}]
            result.append(entry)
        return result


def _is_file_label(blad: dict[str, str]) -> bool:
    """A sheet that said nothing is labelled by its file name (or its path, when two share a name)."""
    return blad["organisatie"] in (blad["bestand"], file_name(blad["bestand"]))


def _after_marker(item: str, markers: list[str]) -> str | None:
    """'Nog betrekken: makelaars' or 'Makelaars (nog betrekken)' -> 'makelaars'; None without a marker.
    Markers are compared folded (case, accents); the rest keeps its spelling."""
    folded = fold(item)
    for marker in markers:
        if folded.startswith(marker) and not folded[len(marker) : len(marker) + 1].isalnum():
            return item[len(marker) :].strip(" :-–—()").strip() or item
        end = folded.rstrip(" ).")
        if end.endswith(marker) and not end[-len(marker) - 1 : -len(marker)].isalnum():
            return item[: len(end) - len(marker)].strip(" :-–—(").strip() or item
    return None
