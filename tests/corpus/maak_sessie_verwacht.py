"""The expected sessie.json of every session case, written by hand from docs/overzicht-regels.md, SPECS §2
(the monitor plan) and the README's sessie.json: the specification in examples, NOT produced by either
implementation. Compact form: tests/corpus/harness.py compact_sessie. Run after editing an expectation:
.venv/bin/python tests/corpus/maak_sessie_verwacht.py (writes verwacht.json and opties.json).
"""

from __future__ import annotations

import json
from pathlib import Path

from maak_verwacht import melding, reden

HERE = Path(__file__).resolve().parent / "sessie"
CASES: dict[str, dict] = {}
OPTIONS: dict[str, dict] = {}

G, C, Z, R = "Gemeente G", "Woonstichting C", "Zorggroep Z", "Regiotafel"
ZIP = "ingestuurd.zip/Zorg Z/"
OPTIONS["01-gemengd"] = {"titel": "Sessie corpus 01"}
CASES["01-gemengd"] = {
    "titel": "Sessie corpus 01",
    "werkbladen": {
        "organisaties": {"type": "vragen", "bladen": [
            ["organisaties/a/plenair.json", "plenair.json"],
            ["organisaties/b/plenair.json", "organisaties/b/plenair.json"]],  # the same file name twice: the path
            "vragen": {"organisaties": [["plenair.json", "- Gemeente G\n- Woonstichting C\n- Nog betrekken: makelaars"],
                                        ["organisaties/b/plenair.json", "- Zorggroep Z"]]}},
        "ambities": {"type": "vragen", "bladen": [
            ["ambities/tafel-noord.json", "Tafel Noord"], ["ambities/tafel-zuid.json", "tafel-zuid.json"]],
            "vragen": {
                "gezamenlijke-opgave": [["Tafel Noord", "Meer ouderen wonen passend"],
                                        ["tafel-zuid.json", "Meer ouderen wonen passend"]],
                "ambitie": [["Tafel Noord", "- Elke senior een woonwens-gesprek\n- Doorstroming x2"]],
                "doelen": [["tafel-zuid.json", "Binnen vijf jaar 100 verhuizingen"]]}},
        "contactmomenten": {"type": "klantreis", "bladen": [
            ["contactmomenten/corporatie.yaml", C], ["contactmomenten/gemeente.json", G],
            ["contactmomenten/gemeente_aanvulling.json", G], [ZIP + "contactmomenten.json", Z]],
            "fasen": {
                "huidige-woning": [[C, "Huisbezoek bij mutatie"], [G, "Seniorenvoorlichting"]],  # the same text once
                "woonwens": [[G, "Wmo-keukentafelgesprek"]],
                "woningzoeken": [[G, "Woonloket"]],
                "verhuizen": [[C, "Verhuisbegeleiding"]],
                "nieuw-thuis": [[Z, "Nazorg na verhuizing"]]}},
        "stimuleren": {"type": "raster", "bladen": [
            [ZIP + "gemeente-kopie.json", G], ["stimuleren/corporatie.pdf", C], ["stimuleren/gemeente.json", G]],
            "organisaties": [G, C],
            "cellen": {
                "passend-aanbod|huidige-woning": {"status": "gedekt", "al": [[C, "Huisbezoek"]], "nog": [[G, "Wooncoach"]]},
                "prijsprikkel|verhuizen": {"status": "gedekt", "al": [[G, "Verhuispremie € 1.500"]], "nog": []},
                "voorrang|woningzoeken": {"status": "gedekt", "al": [[C, "Voorrang 65+"]], "nog": []}},
            "meldingen": [
                ["stimuleren/gemeente.json", melding("zelfde_inhoud", eerste="gemeente-kopie.json")],
                ["stimuleren/gemeente.json", melding("samengevoegd", eerste="gemeente-kopie.json", organisatie=G)]]},
        "wat-is-de-opgave": {"type": "indicatoren", "bladen": [["wat-is-de-opgave/regiotafel.json", R]],
            "indicatoren": {
                "oudere-huishoudens-geschikt": {"beschikbaar": [R], "opnemen": [R], "toelichting": []},
                "oudere-huishoudens-verhuiswens": {"beschikbaar": [], "opnemen": [R], "toelichting": [[R, "Uit Woonnet"]]}},
            "gekozen": {"zelfstandig-blijven-wonen": [R], "intensiever-benutten": []},
            "aantekeningen": []},
        "monitoren-1": {"type": "indicatoren", "bladen": [
            ["monitoren-1/corporatie.json", C], ["monitoren-1/gemeente.json", "gemeente.json"]],
            "indicatoren": {
                "aantal-verhuizingen": {"beschikbaar": [C], "opnemen": [C, "gemeente.json"],
                                        "toelichting": [[C, "Alleen van onze eigen huurders"]]},
                "lengte-verhuisketen": {"beschikbaar": ["gemeente.json"], "opnemen": [],
                                        "toelichting": [["gemeente.json", "Uit de BRP"]]},
                "reden-verhuizing": {"beschikbaar": [], "opnemen": [C], "toelichting": []}},
            "gekozen": {},
            "aantekeningen": [[C, "Eerst de definities"]]},
        "monitoren-2": {"type": "indicatoren", "bladen": [[ZIP + "monitoren-2.json", Z]],
            "indicatoren": {
                "leeftijdscategorie": {"beschikbaar": [Z], "opnemen": [Z], "toelichting": []},
                "woning": {"beschikbaar": [], "opnemen": [Z], "toelichting": [[Z, "Alleen cliënten"]]}},
            "gekozen": {},
            "aantekeningen": []},
    },
    "monitorplan": [  # chosen first (werkblad, then indicator order), then the others
        ["wat-is-de-opgave", "oudere-huishoudens-geschikt", "beschikbaar", [R], [R], [], []],
        ["wat-is-de-opgave", "oudere-huishoudens-verhuiswens", "inregelen", [R], [], [R], [[R, "Uit Woonnet"]]],
        ["monitoren-1", "aantal-verhuizingen", "deels-beschikbaar", [C, "gemeente.json"], [C], ["gemeente.json"],
         [[C, "Alleen van onze eigen huurders"]]],
        ["monitoren-1", "reden-verhuizing", "inregelen", [C], [], [C], []],
        ["monitoren-2", "leeftijdscategorie", "beschikbaar", [Z], [Z], [], []],
        ["monitoren-2", "woning", "inregelen", [Z], [], [Z], [[Z, "Alleen cliënten"]]],
        ["monitoren-1", "lengte-verhuisketen", "niet-gekozen", [], ["gemeente.json"], [], [["gemeente.json", "Uit de BRP"]]],
    ],
    "monitorplan_rijen": 11 + 5 + 8,
    "afgewezen": [
        ["gesprek.json", reden("praatplaat", titel="Hoe wilt u wonen in de (nabije) toekomst?")],
        ["kapot.json", reden("json_ongeldig")],
        ["notities.txt", reden("onbekend_soort")],
    ],
    "meldingen": [  # file order; per file reading notes, then named after its file, placeholders, empty, merged
        ["ambities/tafel-noord.json", melding("opvulwaarde")],
        ["ambities/tafel-zuid.json", melding("naar_bestandsnaam", naam="tafel-zuid.json")],
        ["ambities/tafel-zuid.json", melding("opvulwaarden", aantal=2)],
        ["contactmomenten/gemeente.json", melding("opvulwaarde")],
        ["contactmomenten/gemeente_aanvulling.json", melding("samengevoegd", eerste="gemeente.json", organisatie=G)],
        ["monitoren-1/gemeente.json", melding("naar_bestandsnaam", naam="gemeente.json")],
        ["organisaties/a/plenair.json", melding("naar_bestandsnaam", naam="plenair.json")],
        ["organisaties/b/plenair.json", melding("naar_bestandsnaam", naam="organisaties/b/plenair.json")],
        ["stimuleren/gemeente.json", melding("zelfde_inhoud", eerste="gemeente-kopie.json")],
        ["stimuleren/gemeente.json", melding("samengevoegd", eerste="gemeente-kopie.json", organisatie=G)],
    ],
}

A, B = "Gemeente A", "Corporatie B"
PDF = "bladen.zip/monitoren/b.pdf"
CASES["02-monitoren"] = {
    "titel": "Sessieverslag",
    "werkbladen": {
        "monitoren-3": {"type": "indicatoren", "bladen": [["a.json", A], [PDF, B], ["c.json", "c.json"]],
            "indicatoren": {
                "brieven-folders-hits": {"beschikbaar": [B], "opnemen": [B], "toelichting": [[B, "Websitestatistiek"]]},
                "aantal-gesprekken": {"beschikbaar": [B], "opnemen": [A, B], "toelichting": []},
                "aantal-trajecten": {"beschikbaar": [B], "opnemen": [A], "toelichting": []}},
            "gekozen": {},
            "aantekeningen": []},
    },
    "monitorplan": [
        ["monitoren-3", "brieven-folders-hits", "beschikbaar", [B], [B], [], [[B, "Websitestatistiek"]]],
        ["monitoren-3", "aantal-gesprekken", "deels-beschikbaar", [A, B], [B], [A], []],
        # B has it but does not want it; A wants it and does not have it: partly available
        ["monitoren-3", "aantal-trajecten", "deels-beschikbaar", [A], [B], [A], []],
    ],
    "monitorplan_rijen": 12,
    "afgewezen": [],
    "meldingen": [
        ["a.json", melding("opvulwaarde")],
        ["c.json", melding("naar_bestandsnaam", naam="c.json")],
        ["c.json", melding("leeg_ingeleverd")],
    ],
}

CASES["03-niets-bruikbaar"] = {
    "titel": "Sessieverslag",
    "werkbladen": {},
    "monitorplan": [],
    "monitorplan_rijen": 0,
    "afgewezen": [["leeg.json", reden("leeg")], ["x.pdf", reden("geen_pdf")]],
    "meldingen": [],
}


def main() -> None:
    for name, expected in CASES.items():
        folder = HERE / name
        assert folder.is_dir(), folder
        (folder / "verwacht.json").write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        if name in OPTIONS:
            (folder / "opties.json").write_text(json.dumps(OPTIONS[name], ensure_ascii=False) + "\n", encoding="utf-8")
    missing = sorted(p.name for p in HERE.iterdir() if p.is_dir() and p.name not in CASES)
    assert not missing, f"geen verwachting voor {missing}"


if __name__ == "__main__":
    main()
