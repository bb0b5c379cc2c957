"""The expected outcome of every corpus case, written by hand from docs/overzicht-regels.md.

This is the specification in examples: it is NOT produced by either implementation. Run it after
editing an expectation here: .venv/bin/python tests/corpus/maak_verwacht.py (writes verwacht.json).
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent / "overzicht"
R = json.loads((Path(__file__).resolve().parents[2] / "generator" / "regels.json").read_text(encoding="utf-8"))


def reden(key: str, **kw: object) -> str:
    return R["redenen"][key].format(**kw)


def fout(key: str, **kw: object) -> str:
    return reden("antwoordbestand", fout=reden(key, **kw))


def melding(key: str, **kw: object) -> str:
    return R["meldingen"][key].format(**kw)


def cel(status: str, al: list | None = None, nog: list | None = None) -> dict:
    return {"status": status, "al": [list(i) for i in al or []], "nog": [list(i) for i in nog or []]}


CASES: dict[str, dict] = {}

B, L = "Gemeente Beekveld", "Woonstichting De Linde"
CASES["01-basis"] = {
    "organisaties": [B, L],
    "cellen": {
        "passend-aanbod|huidige-woning": cel("gedekt", [(B, "Woonwensenonderzoek 65+")], [(L, "Hofjeswoningen bouwen")]),
        "op-weg-helpen|woonwens": cel("potentie", nog=[(B, "Informatieavond in de bibliotheek")]),
        "ontzorgen|verhuizen": cel("potentie", nog=[(L, "Klusdienst bij de verhuizing")]),
        "voorrang|woningzoeken": cel("gedekt", [(L, "Voorrang 65+ bij seniorenwoningen")]),
    },
    "afgewezen": [], "meldingen": [],
}

W = "Welzijn Heidehoven"
CASES["02-opsomming"] = {
    "organisaties": [W],
    "cellen": {
        "passend-aanbod|huidige-woning": cel("gedekt", [(W, "Woonscan aan huis"),
                                                         (W, "Gesprek over de toekomst, ook met de kinderen"),
                                                         (W, "Folder")]),
        "passend-aanbod|woonwens": cel("gedekt", [(W, "Eerste idee"), (W, "Tweede idee loopt door op de volgende regel"),
                                                   (W, "Derde idee"), (W, "Vierde")]),
        "passend-aanbod|woningzoeken": cel("gedekt", [(W, "-25% huur voor wie kleiner gaat wonen"),
                                                       (W, "A. de Vries, wooncoach"), (W, "Losse regel")]),
        "passend-aanbod|verhuizen": cel("gedekt", [(W, "Punt met bolletje"), (W, "Zonder spatie"), (W, "Vierkantje"),
                                                    (W, "Gedachtestreepje"), (W, "Lang streepje"), (W, "Middenpunt")]),
        "passend-aanbod|nieuw-thuis": cel("gedekt", [(W, "Eerste regel zonder teken"),
                                                      (W, "tweede met teken hoort bij tweede"),
                                                      (W, "na lege regel nieuw")]),
        "op-weg-helpen|huidige-woning": cel("gedekt", [(W, "Veel spaties binnen de regel")]),
        "op-weg-helpen|woonwens": cel("gedekt", [(W, "2024 plannen maken"), (W, "55+ woningen"),
                                                  (W, "Tab na het streepje")]),
    },
    "afgewezen": [], "meldingen": [],
}

Z = "Gemeente Zuiderhaven"
CASES["03-opvulwaarden"] = {
    "organisaties": [Z],
    "cellen": {
        "passend-aanbod|huidige-woning": cel("potentie", nog=[(Z, "Seniorenmakelaar inzetten")]),
        "passend-aanbod|woonwens": cel("gedekt", [(Z, "echte inzet")]),
        "ontzorgen|huidige-woning": cel("gedekt", [(Z, "Geen idee nog, maar wel een gesprek")]),
    },
    "afgewezen": [],
    "meldingen": [["gemeente-zuiderhaven.json", melding("opvulwaarden", aantal=12)]],
}

LW, OV = "Gemeente Lindewaard", "Woonbedrijf Oosterveld"
CASES["04-samenvoegen"] = {
    "organisaties": [LW, OV],
    "cellen": {
        "passend-aanbod|huidige-woning": cel("gedekt", [(LW, "Woonscan"), (LW, "Seniorenloket"),
                                                         (LW, "Wmo-consulent bespreekt wonen"), (OV, "Seniorenlabel")]),
        "ontzorgen|nieuw-thuis": cel("potentie", nog=[(LW, "Nazorg na de verhuizing")]),
        "voorrang|woningzoeken": cel("potentie", nog=[(LW, "Voorrang bij nieuwbouw")]),
    },
    "afgewezen": [],
    "meldingen": [
        ["c-gemeente-ede-zorg.yaml", melding("samengevoegd", eerste="a-gemeente-ede-wonen.json", organisatie=LW)],
        ["d-herzien.json", melding("samengevoegd", eerste="a-gemeente-ede-wonen.json", organisatie=LW)],
    ],
}

CASES["05-leeg-ingeleverd"] = {
    "organisaties": ["Zorggroep Dorpshart", "Stichting Ouderenwerk", B],
    "cellen": {"ontzorgen|woonwens": cel("gedekt", [(B, "Huisbezoek 75+")])},
    "afgewezen": [],
    "meldingen": [
        ["alleen-naam.json", melding("leeg_ingeleverd")],
        ["alleen-opvulling.json", melding("opvulwaarden", aantal=2)],
        ["alleen-opvulling.json", melding("leeg_ingeleverd")],
    ],
}

H = "Gemeente Heidehoven"
CASES["06-tekst-schoonmaken"] = {
    "organisaties": [H],
    "cellen": {
        "passend-aanbod|huidige-woning": cel("gedekt", [(H, "Geplakt uit Word"), (H, "Tweede"), (H, "Derde"),
                                                         (H, "Vierde")]),
        "passend-aanbod|woonwens": cel("gedekt", [(H, "Café voor senioren")]),
        "passend-aanbod|woningzoeken": cel("gedekt", [(H, "Kolom met tab")]),
        "passend-aanbod|verhuizen": cel("gedekt", [(H, "[31mrood[0m")]),
    },
    "afgewezen": [], "meldingen": [],
}

CASES["07-afgewezen"] = {
    "organisaties": [B],
    "cellen": {"passend-aanbod|huidige-woning": cel("gedekt", [(B, "Woonscan")])},
    "afgewezen": [
        ["b-notitie.txt", reden("onbekend_soort")],
        ["c-leeg.json", reden("leeg")],
        ["d-alleen-witruimte.yaml", reden("leeg")],
        ["e-alleen-commentaar.yaml", reden("leeg")],
        ["f-geen-pdf.pdf", reden("geen_pdf")],
        ["g-kapot.json", reden("json_ongeldig")],
        ["h-kapot.yaml", reden("yaml_ongeldig")],
        ["i-alias.yaml", reden("yaml_verwijzing")],
        ["j-ambities.json", reden("ander_werkblad", gevonden="Ambities", verwacht="Stimuleren")],
        ["k-onbekende-velden.json", reden("onbekende_velden", namen=reden(
            "onbekende_velden_meer", namen="veld-0, veld-1, veld-2, veld-3, veld-4", aantal=2))],
        ["l-zonder-organisatie.json", reden("geen_organisatie")],
        ["m-latin1.yaml", reden("geen_utf8")],
        ["n-lijst.json", fout("fout_vorm")],
        ["o-extra-sleutel.json", fout("fout_sleutel", sleutel="datum")],
        ["p-zonder-werkblad.json", fout("fout_werkblad_ontbreekt")],
        ["q-onbekend-werkblad.json", fout("fout_werkblad_onbekend", werkblad="stimuleren-2")],
        ["r-organisatie-getal.json", fout("fout_organisatie")],
        ["s-antwoorden-lijst.json", fout("fout_antwoorden")],
        ["t-waarde-lijst.json", fout("fout_tekst", naam="passend-aanbod__huidige-woning__al")],
        ["u-twee-organisaties.json", reden("twee_organisaties", eerste="Gemeente N", tweede="Gemeente O")],
        ["v-nan.json", reden("json_ongeldig")],
        ["w-kommagetal.json", fout("fout_tekst", naam="passend-aanbod__huidige-woning__al")],
        ["x-twee-documenten.yaml", reden("yaml_ongeldig")],
        ["y-dubbele-sleutel.yaml", reden("yaml_ongeldig")],
        ["z-contactmomenten.json", reden("ander_werkblad", gevonden="Contactmomenten", verwacht="Stimuleren")],
    ],
    "meldingen": [],
}

CASES["08-volgorde"] = {
    "organisaties": ["Organisatie B", "Organisatie Z", "Organisatie X", "Organisatie Y"],
    "cellen": {"voorrang|verhuizen": cel("gedekt", [("Organisatie B", "B doet iets"), ("Organisatie Z", "Z doet iets"),
                                                     ("Organisatie X", "X doet iets"), ("Organisatie Y", "Y doet iets")])},
    "afgewezen": [], "meldingen": [],
}

CASES["09-oude-indeling"] = {
    "organisaties": ["Gemeente Dubbel", "Gemeente Oud", "Gemeente Null"],
    "cellen": {"prijsprikkel|verhuizen": cel("gedekt", [("Gemeente Oud", "Vergoeding")],
                                             [("Gemeente Dubbel", "Meer vergoeding")])},
    "afgewezen": [],
    "meldingen": [["null.json", melding("leeg_ingeleverd")]],
}

T = "Gemeente Typen"
CASES["10-yaml-typen"] = {
    "organisaties": ["Gemeente BOM", T],
    "cellen": {
        "voorrang|nieuw-thuis": cel("potentie", nog=[("Gemeente BOM", "Met BOM")]),
        "passend-aanbod|huidige-woning": cel("gedekt", [(T, "yes")]),
        "passend-aanbod|woonwens": cel("gedekt", [(T, "no")]),
        "passend-aanbod|woningzoeken": cel("gedekt", [(T, "2024-05-01")]),
        "passend-aanbod|verhuizen": cel("gedekt", [(T, "12")]),
        "op-weg-helpen|woonwens": cel("gedekt", [(T, "on")]),
        "op-weg-helpen|woningzoeken": cel("gedekt", [(T, "Tekst met: dubbele punt")]),
        "op-weg-helpen|verhuizen": cel("gedekt", [(T, "Gevouwen tekst")]),
    },
    "afgewezen": [], "meldingen": [],
}

D, HH = "Zorggroep Dorpshart", "Welzijn Heidehoven"
CASES["11-pdf-vullers"] = {
    "organisaties": [B, L, HH, D],
    "cellen": {
        "passend-aanbod|huidige-woning": cel("gedekt", [(B, "Woonscan aan huis"),
                                                         (B, "Gesprek met é ë ï ö ü € ‘aanhalingstekens’ “dubbel” – en —")],
                                             [(L, "Café-avond over wonen € 0")]),
        "op-weg-helpen|woonwens": cel("potentie", nog=[(B, "Informatieavond")]),
        "voorrang|woningzoeken": cel("gedekt", [(L, "Voorrang 65+"), (L, "Meeneemhuur")]),
        "ontzorgen|verhuizen": cel("potentie", nog=[(HH, "Klusdienst")]),
        "prijsprikkel|verhuizen": cel("gedekt", [(D, "Verhuisvergoeding € 2.500"), (D, "Één loket"), (D, "Ook ‘s avonds")]),
    },
    "afgewezen": [],
    "meldingen": [["c-pymupdf.pdf", melding("opvulwaarde")]],
}

CASES["12-pdf-tekstvak"] = {
    "organisaties": ["Gemeente Tekstvak", H],
    "cellen": {
        "ontzorgen|nieuw-thuis": cel("potentie", nog=[("Gemeente Tekstvak", "Nazorg")]),
        "passend-aanbod|huidige-woning": cel("gedekt", [(H, "Uit het veld"), (H, "Tweede punt via een tekstvak")]),
        "passend-aanbod|woonwens": cel("gedekt", [(H, "Getypt met Invullen en ondertekenen")]),
    },
    "afgewezen": [],
    "meldingen": [
        ["alleen-tekstvakken.pdf", melding("tekstvak_gelezen", veld="Organisatie")],
        ["alleen-tekstvakken.pdf", melding("tekstvak_gelezen", veld="Ontzorgen, Nieuw thuis!: kunnen we nog doen")],
        ["tekstvak.pdf", melding("tekstvak_gelezen", veld="Passend aanbod, Woonwens: doen we al")],
        ["tekstvak.pdf", melding("tekstvak_gelezen", veld="Passend aanbod, Huidige woning: doen we al")],
        ["tekstvak.pdf", melding("tekstvak_buiten", tekst="Opmerking naast de titel")],
        ["tekstvak.pdf", melding("tekening", veld="Voorrang, Nieuw thuis!: kunnen we nog doen")],
    ],
}

P, BR = "Gemeente Platland", "Woonstichting Brief"
CASES["13-pdf-plat"] = {
    "organisaties": [P, BR],
    "cellen": {
        "passend-aanbod|huidige-woning": cel("gedekt", [(P, "Woonscan 75+")]),
        "ontzorgen|woonwens": cel("gedekt", [(P, "Huisbezoek")]),
        "voorrang|verhuizen": cel("potentie", nog=[(P, "Verhuishulp")]),
        "op-weg-helpen|woningzoeken": cel("potentie", nog=[(BR, "Spreekuur")]),
        "prijsprikkel|nieuw-thuis": cel("gedekt", [(BR, "Huurkorting")]),
    },
    "afgewezen": [["c-plat-zonder-tekst.pdf", reden("pdf_plat")]],
    "meldingen": [["a-plat.pdf", melding("plat_gelezen")], ["b-plat-letter.pdf", melding("plat_gelezen")]],
}

CASES["14-pdf-onbruikbaar"] = {
    "organisaties": ["Gemeente Goed", "Gemeente Eigenaar"],
    "cellen": {"voorrang|woonwens": cel("gedekt", [("Gemeente Goed", "Voorlichting")],
                                        [("Gemeente Eigenaar", "Beveiligd maar leesbaar")])},
    "afgewezen": [
        ["b-afgebroken.pdf", reden("pdf_kapot")],
        ["c-download.pdf.part", reden("pdf_kapot")],
        ["d-wachtwoord.pdf", reden("pdf_wachtwoord")],
        ["f-vreemd-formulier.pdf", reden("pdf_vreemd")],
        ["g-notulen.pdf", reden("pdf_vreemd")],
        ["h-scan.pdf", reden("pdf_scan")],
        ["i-ambities.pdf", reden("ander_werkblad", gevonden="Ambities", verwacht="Stimuleren")],
        ["j-zonder-organisatie.pdf", reden("geen_organisatie")],
    ],
    "meldingen": [],
}

CASES["15-antwoordbestand-randen"] = {
    "organisaties": ["Gemeente Getal", "Gemeente Laatste", "Gemeente Hex", "Gemeente Hoofdletters", "Gemeente Binnen",
                     "Gemeente Surrogaat"],
    "cellen": {
        "passend-aanbod|huidige-woning": cel("gedekt", [("Gemeente Getal", "1")]),
        "passend-aanbod|woonwens": cel("gedekt", [("Gemeente Getal", "1000")]),
        "passend-aanbod|woningzoeken": cel("gedekt", [("Gemeente Getal", "-5")]),
        "op-weg-helpen|huidige-woning": cel("gedekt", [("Gemeente Laatste", "Laatste telt")]),
        "ontzorgen|huidige-woning": cel("gedekt", [("Gemeente Hex", "31")]),
        "ontzorgen|woonwens": cel("gedekt", [("Gemeente Hex", "15")]),
        "prijsprikkel|huidige-woning": cel("potentie", nog=[("Gemeente Hoofdletters", "Hoofdletters")]),
        "voorrang|huidige-woning": cel("potentie", nog=[("Gemeente Binnen", "Binnen")]),
        "voorrang|woonwens": cel("potentie", nog=[("Gemeente Surrogaat", "a\ufffdb")]),
    },
    "afgewezen": [
        ["b-groot-getal.json", fout("fout_tekst", naam="passend-aanbod__huidige-woning__al")],
        ["c-oneindig.json", reden("json_ongeldig")],
        ["e-anker.yaml", reden("yaml_verwijzing")],
        ["f-binair.yaml", reden("yaml_ongeldig")],
        ["h-leeg-document.yaml", reden("leeg")],
        ["j-witruimte.pdf", reden("leeg")],
        ["k-stuurteken.yaml", reden("yaml_ongeldig")],
        ["m-sleutel-getal.yaml", fout("fout_sleutel", sleutel="12")],
    ],
    "meldingen": [],
}

CASES["16-pdf-randen"] = {
    "organisaties": ["Gemeente Widget", "Gemeente Handtekening", "Gemeente Rijk", "Gemeente Stempel", "Gemeente Groot",
                     "Gemeente Slot", "Gemeente Papier"],
    "cellen": {
        "passend-aanbod|huidige-woning": cel("gedekt", [("Gemeente Widget", "Uit de widgets"), ("Gemeente Stempel", "Punt")]),
        "voorrang|woonwens": cel("gedekt", [("Gemeente Handtekening", "Getekend")]),
        "ontzorgen|verhuizen": cel("gedekt", [("Gemeente Rijk", "Eerste regel"), ("Gemeente Rijk", "Tweede & laatste")]),
        "prijsprikkel|woonwens": cel("potentie", nog=[("Gemeente Groot", "Groot afgedrukt")]),
        "op-weg-helpen|verhuizen": cel("gedekt", [("Gemeente Slot", "Beveiligd plat")]),
        "ontzorgen|nieuw-thuis": cel("potentie", nog=[("Gemeente Papier", "Ingevuld op een PDF zonder velden")]),
    },
    "afgewezen": [["f-plat-gedraaid.pdf", reden("pdf_plat")], ["g-alleen-titel.pdf", reden("pdf_plat")]],
    "meldingen": [
        ["c-rijke-tekst.pdf", melding("tekstvak_gelezen", veld="Organisatie")],
        ["c-rijke-tekst.pdf", melding("tekstvak_gelezen", veld="Ontzorgen, Verhuizen: doen we al")],
        ["d-stempel.pdf", melding("tekening", veld="Voorrang, Nieuw thuis!: kunnen we nog doen")],
        ["e-plat-a3.pdf", melding("plat_gelezen")],
        ["h-plat-beveiligd.pdf", melding("plat_gelezen")],
        ["i-plat-met-tekstvak.pdf", melding("plat_gelezen")],
        ["i-plat-met-tekstvak.pdf", melding("tekstvak_gelezen", veld="Organisatie")],
        # page by page (§3.6): "kunnen we nog doen" is on page 2 of Stimuleren, the loose text box on page 1
        ["i-plat-met-tekstvak.pdf", melding("tekstvak_buiten", tekst="Groeten van Jan")],
        ["i-plat-met-tekstvak.pdf", melding("tekstvak_gelezen", veld="Ontzorgen, Nieuw thuis!: kunnen we nog doen")],
    ],
}

CASES["17-randen-regels"] = {
    "organisaties": ["Gemeente Teken", "Gemeente Getallen", "Gemeente Stil"],
    "cellen": {
        "passend-aanbod|huidige-woning": cel("gedekt", [("Gemeente Teken", "Eerste regel loopt door")],
                                             [("Gemeente Getallen", "1_000")]),
        "passend-aanbod|woonwens": cel("gedekt", [("Gemeente Teken", "Los"), ("Gemeente Teken", "Apart")],
                                       [("Gemeente Getallen", "0b11")]),
        "passend-aanbod|woningzoeken": cel("potentie", nog=[("Gemeente Getallen", "+0x1F")]),
        "passend-aanbod|verhuizen": cel("potentie", nog=[("Gemeente Getallen", "12")]),
        "passend-aanbod|nieuw-thuis": cel("potentie", nog=[("Gemeente Getallen", "1")]),
        "op-weg-helpen|huidige-woning": cel("potentie", nog=[("Gemeente Getallen", "0")]),
        "op-weg-helpen|woonwens": cel("potentie", nog=[("Gemeente Getallen", "1000")]),
        "op-weg-helpen|woningzoeken": cel("potentie", nog=[("Gemeente Getallen", "9007199254740991")]),
        "voorrang|verhuizen": cel("gedekt", [("Gemeente Stil", "Echt punt")]),
    },
    "afgewezen": [
        ["b-alleen-nbsp.yaml", fout("fout_vorm")],
        ["c-scheidingsteken.json", reden("json_ongeldig")],
        ["e-anker-na-dubbele-sleutel.yaml", reden("yaml_verwijzing")],
        ["f-alias-zonder-anker.yaml", reden("yaml_verwijzing")],
        ["g-anker-in-tweede-document.yaml", reden("yaml_ongeldig")],
        ["h-lijst-als-sleutel.yaml", reden("yaml_ongeldig")],
        ["i-anker-en-syntaxfout.yaml", reden("yaml_ongeldig")],
        ["j-onbekende-tag-en-anker.yaml", reden("yaml_verwijzing")],
        ["k-getal-als-organisatie.json", fout("fout_organisatie")],
    ],
    "meldingen": [
        ["a-teken-en-opvulling.json", melding("opvulwaarden", aantal=2)],
        ["l-tekstvak-stuurtekens.pdf", melding("tekstvak_gelezen", veld="Organisatie")],
        ["l-tekstvak-stuurtekens.pdf", melding("tekstvak_gelezen", veld="Voorrang, Verhuizen: doen we al")],
    ],
}


V, N = "Woonstichting Voorbeeld", "Gemeente Nieuwland"
CASES["18-plat-oude-opmaak"] = {  # the values of tests/fixtures/stimuleren-vorige-release.pdf, by the rules
    "organisaties": [V, N],
    "cellen": {
        "passend-aanbod|huidige-woning": cel("gedekt", [(V, "Woonbehoefteonderzoek 55+"), (V, "Seniorenwoningen € 2.000 ‘extra’")]),
        "passend-aanbod|nieuw-thuis": cel("potentie", nog=[(V, "Welkomstbezoek na één maand")]),
        "op-weg-helpen|woonwens": cel("gedekt", [(V, "Wooncoach ‘Verder wonen’"), (V, "Café-avond in de bibliotheek"), (V, "Spreekuur"),
                                                  (N, "Spreekuur"), (N, "Huisbezoek")]),
        # a long answer that the filler wrapped inside the box is one item again; a typed break stays (§3a)
        "ontzorgen|verhuizen": cel("gedekt", [(V, "Verhuisservice: inpakken, ëën dag"),
                                              (N, "Verhuishulp door vrijwilligers van de buurtvereniging in de eigen wijk")],
                                   [(V, "Klusdienst € 150 per woning")]),
        "prijsprikkel|woningzoeken": cel("potentie", nog=[(V, "Huurkorting — eerste jaar")]),
        "voorrang|woonwens": cel("potentie", nog=[(N, "Voorrang bij verhuizing")]),
        "voorrang|woningzoeken": cel("gedekt", [(V, "Voorrang 55+ & meer")]),
    },
    # the same sheet flattened: its older layout fits on the title but not on the boxes (§3a step 5)
    "afgewezen": [["b-vorige-release-plat.pdf", reden("pdf_plat")]],
    "meldingen": [["c-plat.pdf", melding("plat_gelezen")]],
}

CASES["19-sessieplan"] = {  # a session plan is no sheet: a note, never a rejection; a broken one is (§4.0)
    "organisaties": [B],
    "cellen": {"passend-aanbod|huidige-woning": cel("gedekt", [(B, "Woonwensenonderzoek 65+")])},
    "afgewezen": [["c-kapot-plan.json", reden("sessieplan_ongeldig")]],
    "meldingen": [["b-sessie-plan.json", melding("sessieplan", titel="Sessie Beekveld")],
                  ["d-plan.yaml", melding("sessieplan", titel="Sessie in YAML")]],
}


def punt(*organisaties: str) -> list:
    return [(o, f"Punt {o}") for o in organisaties]


Z1 = "c-ingepakt.zip/binnen.zip/kopie.json"
CASES["20-zip"] = {  # §1a: ZIPs read as the folder they were, with every limit and damage named
    "organisaties": ["Gemeente A", "Woonstichting P1", "Zorggroep P2", "Gemeente E", "Gemeente D", "Gemeente G",
                     "Gemeente K3", "Gemeente K1", "Gemeente K2", "Gemeente K5", "Gemeente K6", "Gemeente K4",
                     "Gemeente K7", "Gemeente L", "Gemeente N", "Gemeente R"],
    "cellen": {
        "passend-aanbod|huidige-woning": cel("gedekt", [("Gemeente A", "Woonscan")] + punt(
            "Woonstichting P1", "Zorggroep P2", "Gemeente E", "Gemeente D", "Gemeente G", "Gemeente K3", "Gemeente K1",
            "Gemeente K2", "Gemeente K5", "Gemeente K6", "Gemeente K4", "Gemeente K7", "Gemeente L", "Gemeente N",
            "Gemeente R")),
    },
    "afgewezen": [
        ["c-ingepakt.zip/kapot.json", reden("json_ongeldig")],
        ["c-ingepakt.zip/notitie.txt", reden("onbekend_soort")],
        ["d-kapot.zip", reden("zip_kapot")],
        ["e-leeg.zip", reden("zip_leeg")],
        ["f-rommel.zip", reden("zip_leeg")],
        ["g-wachtwoord.zip/geheim.json", reden("zip_wachtwoord")],
        ["h-methode.zip/bzip.json", reden("zip_methode", methode=12)],
        ["h-methode.zip/deflate64.json", reden("zip_methode", methode=9)],
        ["i-bom.zip", reden("zip_bom", naam="nullen.json", verhouding=100)],
        ["j-te-veel.zip", reden("zip_te_veel", aantal=1000)],
        ["l-diep.zip/1.zip/2.zip/3.zip", reden("zip_diep", diepte=3)],
        ["m-leugen.zip/groot.json", reden("zip_bestand_kapot")],
        ["n-bederf.zip/b.json", reden("zip_bestand_kapot")],
        ["o-document.zip", reden("onbekend_soort")],
        ["p-te-groot.zip", reden("zip_te_groot", mb=200)],
        ["q-niet-echt.zip", reden("zip_kapot")],
        ["r-groot-bestand.zip/groot.json", reden("te_groot", mb=50)],
        ["s-plan.docx", reden("onbekend_soort")],
    ],
    "meldingen": [
        [Z1, melding("zelfde_inhoud", eerste="a-los.json")],
        [Z1, melding("samengevoegd", eerste="a-los.json", organisatie="Gemeente A")],
        # names as zip tools write them: UTF-8 flagged, CP437, UTF-8 unflagged, '\\', the same name twice, a tab
        *[[f"k-namen.zip/{naam}", melding("opvulwaarde")] for naam in (
            "Oost ï.json", "Tafel Noord é.json", "Zuid ë.json", "dubbel.json", "dubbel (2).json", "map/west.json",
            "tab\ufffdnaam.json")],
    ],
}


def main() -> None:
    for name, expected in CASES.items():
        folder = HERE / name
        assert folder.is_dir(), folder
        expected = {**expected, "afgewezen": [list(a) for a in expected["afgewezen"]],
                    "meldingen": [list(m) for m in expected["meldingen"]]}
        (folder / "verwacht.json").write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n",
                                              encoding="utf-8")
    missing = sorted(p.name for p in HERE.iterdir() if p.is_dir() and p.name not in CASES)
    assert not missing, f"geen verwachting voor {missing}"


if __name__ == "__main__":
    main()
