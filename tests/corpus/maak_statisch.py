"""Writes the static input files of the shared corpus (run once; the files are committed).

Kept as a script because several inputs hold bytes an editor would change (control characters,
Latin-1, decomposed accents, BOMs). Run: .venv/bin/python tests/corpus/maak_statisch.py
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent / "overzicht"


def js(path: str, organisatie: str | None, antwoorden: object, werkblad: str = "stimuleren", **extra: object) -> None:
    data: dict[str, object] = {"werkblad": werkblad}
    if organisatie is not None:
        data["organisatie"] = organisatie
    if antwoorden is not None:
        data["antwoorden"] = antwoorden
    data.update(extra)
    raw(path, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))


def raw(path: str, content: bytes) -> None:
    target = HERE / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(content)


def text(path: str, content: str) -> None:
    raw(path, content.encode("utf-8"))


def main() -> None:
    # 01: the basics: JSON and YAML sheets, gedekt / potentie / gat
    js("01-basis/invoer/gemeente-beekveld.json", "Gemeente Beekveld", {
        "passend-aanbod__huidige-woning__al": "Woonwensenonderzoek 65+",
        "op-weg-helpen__woonwens__nog": "Informatieavond in de bibliotheek",
        "voorrang__woningzoeken__al": "",
    })
    text("01-basis/invoer/woonstichting-de-linde.yaml",
         "werkblad: stimuleren\norganisatie: Woonstichting De Linde\nantwoorden:\n"
         "  passend-aanbod__huidige-woning__nog: Hofjeswoningen bouwen\n"
         "  ontzorgen__verhuizen__nog: |\n    Klusdienst bij de verhuizing\n"
         "  voorrang__woningzoeken__al: Voorrang 65+ bij seniorenwoningen\n")

    # 02: items as people type them
    js("02-opsomming/invoer/welzijn-heidehoven.json", "Welzijn Heidehoven", {
        "passend-aanbod__huidige-woning__al": "- Woonscan aan huis\n- Gesprek over de toekomst,\n  ook met de kinderen\n* Folder",
        "passend-aanbod__woonwens__al": "1. Eerste idee\n2) Tweede idee\nloopt door op de volgende regel\na. Derde idee\nb) Vierde",
        "passend-aanbod__woningzoeken__al": "-25% huur voor wie kleiner gaat wonen\nA. de Vries, wooncoach\nLosse regel",
        "passend-aanbod__verhuizen__al": "• Punt met bolletje\n•Zonder spatie\n▪ Vierkantje\n– Gedachtestreepje\n— Lang streepje\n· Middenpunt",
        "passend-aanbod__nieuw-thuis__al": "Eerste regel zonder teken\n- tweede met teken\nhoort bij tweede\n\nna lege regel nieuw",
        "op-weg-helpen__huidige-woning__al": "   Veel    spaties   binnen  de regel   \n\n\n   \n",
        "op-weg-helpen__woonwens__al": "2024 plannen maken\n55+ woningen\n-\tTab na het streepje",
    })

    # 03: placeholders never count
    js("03-opvulwaarden/invoer/gemeente-zuiderhaven.json", "Gemeente Zuiderhaven", {
        "passend-aanbod__huidige-woning__al": "n.v.t.",
        "passend-aanbod__huidige-woning__nog": "Seniorenmakelaar inzetten",
        "passend-aanbod__woonwens__al": "- nvt\n- Geen\n- echte inzet",
        "passend-aanbod__woningzoeken__al": "?",
        "passend-aanbod__verhuizen__al": "...\n…\nN.V.T.\n-\n—\n•\n- *",
        "passend-aanbod__nieuw-thuis__nog": "geen",
        "ontzorgen__huidige-woning__al": "Geen idee nog, maar wel een gesprek",
    })

    # 04: the same organisation on two sheets is merged
    js("04-samenvoegen/invoer/a-gemeente-ede-wonen.json", "Gemeente Lindewaard", {
        "passend-aanbod__huidige-woning__al": "Woonscan\nSeniorenloket",
        "voorrang__woningzoeken__nog": "Voorrang bij nieuwbouw",
    })
    js("04-samenvoegen/invoer/b-corporatie.json", "Woonbedrijf Oosterveld", {
        "passend-aanbod__huidige-woning__al": "Seniorenlabel",
    })
    text("04-samenvoegen/invoer/c-gemeente-ede-zorg.yaml",
         "werkblad: stimuleren\norganisatie: '  gemeente   LINDEWAARD '\nantwoorden:\n"
         "  passend-aanbod__huidige-woning__al: |\n    Seniorenloket\n    Wmo-consulent bespreekt wonen\n"
         "  ontzorgen__nieuw-thuis__nog: Nazorg na de verhuizing\n")
    js("04-samenvoegen/invoer/d-herzien.json", "Gemeente Lindewaard", {
        "voorrang__woningzoeken__nog": "Voorrang bij nieuwbouw\nVoorrang bij nieuwbouw",
    })

    # 05: sheets handed in empty
    js("05-leeg-ingeleverd/invoer/alleen-naam.json", "Zorggroep Dorpshart", {})
    js("05-leeg-ingeleverd/invoer/alleen-opvulling.json", "Stichting Ouderenwerk", {
        "passend-aanbod__huidige-woning__al": "nvt", "voorrang__verhuizen__nog": "-"})
    js("05-leeg-ingeleverd/invoer/met-punten.json", "Gemeente Beekveld", {"ontzorgen__woonwens__al": "Huisbezoek 75+"})

    # 06: control characters, line ends, NFC, NBSP
    js("06-tekst-schoonmaken/invoer/geplakt.json", "Gemeente\u00a0Heide\u0007hoven", {
        "passend-aanbod__huidige-woning__al": "Geplakt\b uit Word\x07\r\nTweede\u2028Derde\rVierde",
        "passend-aanbod__woonwens__al": "Cafe\u0301 voor senioren\ufeff",
        "passend-aanbod__woningzoeken__al": "Kolom\tmet tab\x00",
        "passend-aanbod__verhuizen__al": "\x1b[31mrood\x1b[0m",
    })

    # 07: files that cannot be used (and files that are not inputs at all)
    d = "07-afgewezen/invoer/"
    js(d + "a-goed.json", "Gemeente Beekveld", {"passend-aanbod__huidige-woning__al": "Woonscan"})
    text(d + "b-notitie.txt", "los briefje")
    raw(d + "c-leeg.json", b"")
    raw(d + "d-alleen-witruimte.yaml", b"  \n\n ")
    text(d + "e-alleen-commentaar.yaml", "# nog invullen\n")
    text(d + "f-geen-pdf.pdf", "Dit is geen PDF maar tekst.")
    text(d + "g-kapot.json", '{"werkblad": "stimuleren", "organisatie": "D",')
    text(d + "h-kapot.yaml", "werkblad: stimuleren\norganisatie: [\n")
    text(d + "i-alias.yaml", "werkblad: stimuleren\norganisatie: &naam Gemeente E\nantwoorden:\n"
         "  passend-aanbod__huidige-woning__al: *naam\n")
    js(d + "j-ambities.json", "Gemeente F", {"doelen": "Meer doorstroming"}, werkblad="ambities")
    js(d + "k-onbekende-velden.json", "Gemeente G", {f"veld-{i}": "x" for i in range(7)})
    js(d + "l-zonder-organisatie.json", "  ", {"passend-aanbod__huidige-woning__al": "iets"})
    raw(d + "m-latin1.yaml", "werkblad: stimuleren\norganisatie: Café H\n".encode("latin-1"))
    text(d + "n-lijst.json", "[1, 2, 3]")
    js(d + "o-extra-sleutel.json", "Gemeente I", {}, datum="2024-05-01")
    text(d + "p-zonder-werkblad.json", '{"organisatie": "Gemeente J", "antwoorden": {}}')
    js(d + "q-onbekend-werkblad.json", "Gemeente K", {}, werkblad="stimuleren-2")
    text(d + "r-organisatie-getal.json", '{"werkblad": "stimuleren", "organisatie": 12, "antwoorden": {}}')
    text(d + "s-antwoorden-lijst.json", '{"werkblad": "stimuleren", "organisatie": "Gemeente L", "antwoorden": ["a"]}')
    js(d + "t-waarde-lijst.json", "Gemeente M", {"passend-aanbod__huidige-woning__al": ["a", "b"]})
    js(d + "u-twee-organisaties.json", "Gemeente N", {"organisatie": "Gemeente O"})
    text(d + "v-nan.json", '{"werkblad": "stimuleren", "organisatie": "Gemeente P", "antwoorden": '
         '{"passend-aanbod__huidige-woning__al": NaN}}')
    js(d + "w-kommagetal.json", "Gemeente Q", {"passend-aanbod__huidige-woning__al": 1.5})
    text(d + "x-twee-documenten.yaml", "werkblad: stimuleren\norganisatie: R\n---\nwerkblad: stimuleren\n")
    text(d + "y-dubbele-sleutel.yaml", "werkblad: stimuleren\norganisatie: S\norganisatie: T\n")
    js(d + "z-contactmomenten.json", "Gemeente U", {"woonwens": "x"}, werkblad="contactmomenten")
    js(d + ".verborgen.json", "Verborgen", {})
    js(d + "~$lock.json", "Slot", {})
    raw(d + "Thumbs.db", b"\x00\x01")
    raw(d + "desktop.ini", b"[.ShellClassInfo]\r\n")
    js(d + "__MACOSX/a-goed.json", "Mac-rommel", {})

    # 08: order of files in nested folders, and of organisations
    js("08-volgorde/invoer/a/x.json", "Organisatie X", {"voorrang__verhuizen__al": "X doet iets"})
    js("08-volgorde/invoer/a-b/y.json", "Organisatie Y", {"voorrang__verhuizen__al": "Y doet iets"})
    js("08-volgorde/invoer/a/c/z.json", "Organisatie Z", {"voorrang__verhuizen__al": "Z doet iets"})
    js("08-volgorde/invoer/B.json", "Organisatie B", {"voorrang__verhuizen__al": "B doet iets"})

    # 09: the older answer-file layout (organisatie among the answers)
    js("09-oude-indeling/invoer/binnen.json", None, {"organisatie": "Gemeente Oud", "prijsprikkel__verhuizen__al": "Vergoeding"})
    js("09-oude-indeling/invoer/beide.json", "Gemeente Dubbel", {"organisatie": "gemeente  dubbel",
                                                                  "prijsprikkel__verhuizen__nog": "Meer vergoeding"})
    text("09-oude-indeling/invoer/null.json", '{"werkblad": "stimuleren", "organisatie": "Gemeente Null", '
         '"antwoorden": null}')

    # 10: YAML types: YAML 1.2 core schema
    text("10-yaml-typen/invoer/typen.yml",
         "werkblad: stimuleren\norganisatie: Gemeente Typen\nantwoorden:\n"
         "  passend-aanbod__huidige-woning__al: yes\n"
         "  passend-aanbod__woonwens__al: no\n"
         "  passend-aanbod__woningzoeken__al: 2024-05-01\n"
         "  passend-aanbod__verhuizen__al: 12\n"
         "  passend-aanbod__nieuw-thuis__al: ~\n"
         "  op-weg-helpen__huidige-woning__al: null\n"
         "  op-weg-helpen__woonwens__al: 'on'\n"
         "  op-weg-helpen__woningzoeken__al: \"Tekst met: dubbele punt\"\n"
         "  op-weg-helpen__verhuizen__al: >\n    Gevouwen\n    tekst\n")
    raw("10-yaml-typen/invoer/bom.yaml", "\ufeffwerkblad: stimuleren\norganisatie: Gemeente BOM\nantwoorden:\n"
        "  voorrang__nieuw-thuis__nog: Met BOM\n".encode("utf-8"))

    # 15: answer files at the edges: the number rule, JSON and YAML details
    d = "15-antwoordbestand-randen/invoer/"
    text(d + "a-getallen.json", '{"werkblad": "stimuleren", "organisatie": "Gemeente Getal", "antwoorden": {'
         '"passend-aanbod__huidige-woning__al": 1.0, "passend-aanbod__woonwens__al": 1e3, '
         '"passend-aanbod__woningzoeken__al": -5}}')
    text(d + "b-groot-getal.json", '{"werkblad": "stimuleren", "organisatie": "Gemeente Groot", "antwoorden": {'
         '"passend-aanbod__huidige-woning__al": 9007199254740992}}')
    text(d + "c-oneindig.json", '{"werkblad": "stimuleren", "organisatie": "Gemeente Oneindig", "antwoorden": {'
         '"passend-aanbod__huidige-woning__al": Infinity}}')
    text(d + "d-sleutel-twee-keer.json", '{"werkblad": "stimuleren", "organisatie": "Gemeente Eerste", '
         '"organisatie": "Gemeente Laatste", "antwoorden": {"op-weg-helpen__huidige-woning__al": "Laatste telt"}}')
    text(d + "e-anker.yaml", "werkblad: stimuleren\norganisatie: &naam Gemeente Anker\n")
    text(d + "f-binair.yaml", "werkblad: stimuleren\norganisatie: !!binary R2VtZWVudGU=\n")
    text(d + "g-hex.yaml", "werkblad: stimuleren\norganisatie: Gemeente Hex\nantwoorden:\n"
         "  ontzorgen__huidige-woning__al: 0x1F\n  ontzorgen__woonwens__al: 0o17\n")
    text(d + "h-leeg-document.yaml", "---\n# nog niets\n...\n")
    js(d + "i-HOOFDLETTERS.JSON", "Gemeente Hoofdletters", {"prijsprikkel__huidige-woning__nog": "Hoofdletters"})
    raw(d + "j-witruimte.pdf", b" \r\n\t\n")
    raw(d + "k-stuurteken.yaml", b"werkblad: stimuleren\norganisatie: Gemeente \x07Bel\n")
    text(d + "l-organisatie-null.json", '{"werkblad": "stimuleren", "organisatie": null, "antwoorden": {'
         '"organisatie": "Gemeente Binnen", "voorrang__huidige-woning__nog": "Binnen"}}')
    text(d + "m-sleutel-getal.yaml", "werkblad: stimuleren\n12: twaalf\n")
    text(d + "n-surrogaat.json", '{"werkblad": "stimuleren", "organisatie": "Gemeente Surrogaat", "antwoorden": {'
         '"voorrang__woonwens__nog": "a\\ud800b"}}')

    # 17: rules the two implementations once read differently (settled in docs/overzicht-regels.md)
    d = "17-randen-regels/invoer/"
    js(d + "a-teken-en-opvulling.json", "Gemeente Teken", {
        "passend-aanbod__huidige-woning__al": "- n.v.t.\nEerste regel\nloopt door",  # a marked placeholder: marks used
        "passend-aanbod__woonwens__al": "•\nLos\nApart",  # a lone bullet is only a placeholder
    })
    text(d + "b-alleen-nbsp.yaml", "\u00a0\n")  # not empty: only spaces and tabs count as empty
    raw(d + "c-scheidingsteken.json", b"\x1c\n")
    text(d + "d-getallen.yaml", "werkblad: stimuleren\norganisatie: Gemeente Getallen\nantwoorden:\n"
         "  passend-aanbod__huidige-woning__nog: 1_000\n  passend-aanbod__woonwens__nog: 0b11\n"
         "  passend-aanbod__woningzoeken__nog: +0x1F\n  passend-aanbod__verhuizen__nog: 012\n"
         "  passend-aanbod__nieuw-thuis__nog: 1.\n  op-weg-helpen__huidige-woning__nog: -0\n"
         "  op-weg-helpen__woonwens__nog: 1e3\n  op-weg-helpen__woningzoeken__nog: 9007199254740991\n")
    text(d + "e-anker-na-dubbele-sleutel.yaml", "werkblad: stimuleren\nwerkblad: stimuleren\norganisatie: &o Gemeente X\n")
    text(d + "f-alias-zonder-anker.yaml", "werkblad: stimuleren\norganisatie: *onbekend\n")
    text(d + "g-anker-in-tweede-document.yaml", "werkblad: stimuleren\n---\norganisatie: &o Gemeente X\n")
    text(d + "h-lijst-als-sleutel.yaml", "werkblad: stimuleren\n[a, b]: 1\n")
    text(d + "i-anker-en-syntaxfout.yaml", "werkblad: &w stimuleren\norganisatie: [Gemeente\n")
    text(d + "j-onbekende-tag-en-anker.yaml", "werkblad: !!binary c3RpbQ==\norganisatie: &o Gemeente X\n")
    js(d + "k-getal-als-organisatie.json", None, {"organisatie": 12, "voorrang__woonwens__al": "x"})

    zip_case_19()


CELL = "passend-aanbod__huidige-woning__al"


def sheet_text(organisatie: str, werkblad: str = "stimuleren", opvulling: bool = False) -> str:
    """An answer file as text, for inside a ZIP: one item 'Punt <organisatie>' (Stimuleren); with
    ``opvulling`` also a placeholder, so that a note names the file."""
    answers = {CELL: f"Punt {organisatie}"} if werkblad == "stimuleren" else {}
    if opvulling:
        answers["voorrang__verhuizen__nog"] = "n.v.t."
    return json.dumps({"werkblad": werkblad, "organisatie": organisatie, "antwoorden": answers}, ensure_ascii=False)


def zip_case_19() -> None:
    """19: ZIP files as people send them (docs/overzicht-regels.md §1a); the ZIPs are made when the tests
    run (tests/corpus/zips.py), from this zip.json and pdf.json."""
    d = "20-zip/"
    js(d + "invoer/a-los.json", "Gemeente A", {CELL: "Woonscan"})
    text(d + "invoer/q-niet-echt.zip", "dit is geen ZIP-bestand\n")
    pdf = {"bestanden": [
        {"naam": naam, "werkblad": "stimuleren", "vuller": "pypdf",
         "waarden": {"organisatie": organisatie, CELL: f"Punt {organisatie}"}}
        for naam, organisatie in (("p1.pdf", "Woonstichting P1"), ("p2.pdf", "Zorggroep P2"))]}
    text(d + "pdf.json", json.dumps(pdf, ensure_ascii=False, indent=1) + "\n")
    zips = {"bestanden": [
        {"naam": "b-opgeslagen.zip", "inhoud": [  # the bug of issue 16: stored PDFs were read as the last PDF
            {"naam": "bladen/", "map": True},
            {"naam": "bladen/p1.pdf", "van": "invoer/p1.pdf", "verplaatsen": True, "methode": "opgeslagen"},
            {"naam": "bladen/p2.pdf", "van": "invoer/p2.pdf", "verplaatsen": True, "methode": "opgeslagen"},
            {"naam": "__MACOSX/bladen/._p1.pdf", "tekst": "rommel", "methode": "opgeslagen"},
            {"naam": "bladen/.DS_Store", "tekst": "rommel", "methode": "opgeslagen"},
            {"naam": "bladen/Thumbs.db", "tekst": "rommel", "methode": "opgeslagen"}]},
        {"naam": "c-ingepakt.zip", "inhoud": [
            {"naam": "notitie.txt", "tekst": "hallo"},
            {"naam": "d.json", "tekst": sheet_text("Gemeente D")},
            {"naam": "kapot.json", "tekst": '{"werkblad": '},
            {"naam": "binnen.zip", "zip": [
                {"naam": "kopie.json", "van": "invoer/a-los.json"},  # the same bytes as a loose sheet
                {"naam": "e.json", "tekst": sheet_text("Gemeente E")}]}]},
        {"naam": "d-kapot.zip", "inhoud": [{"naam": "x.json", "tekst": sheet_text("Gemeente X")}], "afbreken": 0.6},
        {"naam": "e-leeg.zip", "inhoud": []},
        {"naam": "f-rommel.zip", "inhoud": [{"naam": "map", "map": True}, {"naam": "__MACOSX/x.json", "tekst": "{}"},
                                            {"naam": ".verborgen.json", "tekst": "{}"}]},
        {"naam": "g-wachtwoord.zip", "inhoud": [{"naam": "geheim.json", "tekst": "versleuteld?", "wachtwoord": True},
                                                {"naam": "open.json", "tekst": sheet_text("Gemeente G")}]},
        {"naam": "h-methode.zip", "inhoud": [{"naam": "deflate64.json", "tekst": "x", "methode": 9},
                                             {"naam": "bzip.json", "tekst": "x", "methode": 12}]},
        {"naam": "i-bom.zip", "inhoud": [{"naam": "map/nullen.json", "nullen": 2 * 1024 * 1024}]},
        {"naam": "j-te-veel.zip", "inhoud": [{"naam": "leeg-{n}.json", "tekst": "", "herhaal": 1001}]},
        {"naam": "k-namen.zip", "inhoud": [
            {"naam": "Tafel Noord é.json", "codering": "cp437", "tekst": sheet_text("Gemeente K1", opvulling=True)},
            {"naam": "Zuid ë.json", "codering": "utf8-zonder-vlag", "tekst": sheet_text("Gemeente K2", opvulling=True)},
            {"naam": "Oost ï.json", "codering": "utf8", "tekst": sheet_text("Gemeente K3", opvulling=True)},
            {"naam": "map\\west.json", "tekst": sheet_text("Gemeente K4", opvulling=True)},
            {"naam": "dubbel.json", "tekst": sheet_text("Gemeente K5", opvulling=True)},
            {"naam": "dubbel.json", "tekst": sheet_text("Gemeente K6", opvulling=True)},
            {"naam": "tab\tnaam.json", "tekst": sheet_text("Gemeente K7", opvulling=True)}]},
        {"naam": "l-diep.zip", "inhoud": [{"naam": "1.zip", "zip": [{"naam": "2.zip", "zip": [
            {"naam": "diep.json", "tekst": sheet_text("Gemeente L")},
            {"naam": "3.zip", "zip": [{"naam": "te-diep.json", "tekst": sheet_text("Gemeente Te Diep")}]}]}]}]},
        {"naam": "m-leugen.zip", "inhoud": [{"naam": "groot.json", "nullen": 3_000_000, "grootte": 1000}]},
        {"naam": "n-bederf.zip", "inhoud": [{"naam": "b.json", "tekst": sheet_text("Gemeente Bederf"),
                                             "methode": "opgeslagen"},
                                            {"naam": "c.json", "tekst": sheet_text("Gemeente N")}], "bederf": 40},
        {"naam": "o-document.zip", "inhoud": [{"naam": "[Content_Types].xml", "tekst": "<Types/>"},
                                              {"naam": "word/document.xml", "tekst": "<w:document/>"}]},
        {"naam": "p-te-groot.zip", "inhoud": [{"naam": "g{n}.json", "tekst": "x", "grootte": 45 * 1024 * 1024,
                                               "herhaal": 5}]},
        {"naam": "r-groot-bestand.zip", "inhoud": [
            {"naam": "groot.json", "nullen": 700_000, "grootte": 60 * 1024 * 1024, "methode": "opgeslagen"},
            {"naam": "klein.json", "tekst": sheet_text("Gemeente R")}]},
        {"naam": "s-plan.docx", "inhoud": [{"naam": "word/document.xml", "tekst": "<w:document/>"}]},
    ]}
    text(d + "zip.json", json.dumps(zips, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    main()
