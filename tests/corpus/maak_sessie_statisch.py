"""Writes the static inputs of the session cases of the shared corpus (tests/corpus/sessie/; run once,
the files are committed): mixed folders as a facilitator has them after a session. PDFs and ZIPs are
made when the tests run, from each case's pdf.json and zip.json. Run: .venv/bin/python
tests/corpus/maak_sessie_statisch.py
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent / "sessie"


def answer(werkblad: str, antwoorden: dict | None = None, organisatie: str | None = None) -> str:
    content: dict[str, object] = {"werkblad": werkblad}
    if organisatie is not None:
        content["organisatie"] = organisatie
    if antwoorden is not None:
        content["antwoorden"] = antwoorden
    return json.dumps(content, ensure_ascii=False, indent=2)


def write(path: str, text: str) -> None:
    target = HERE / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def spec(path: str, content: dict) -> None:
    write(path, json.dumps(content, ensure_ascii=False, indent=1) + "\n")


def gemengd() -> None:
    """01: every session werkblad, mixed: group sheets with and without 'Ingevuld door', the same file name
    in two folders, one organisation on two sheets, a praatplaat, broken files, and a ZIP a participant
    mailed (with a copy of a loose sheet)."""
    d = "01-gemengd/invoer/"
    write(d + "ambities/tafel-noord.json", answer("ambities", {
        "ingevuld-door": "Tafel Noord", "gezamenlijke-opgave": "Meer ouderen wonen passend",
        "ambitie": "- Elke senior een woonwens-gesprek\n- Doorstroming x2", "doelen": "", "aandachtspunten": "n.v.t."}))
    write(d + "ambities/tafel-zuid.json", answer("ambities", {
        "gezamenlijke-opgave": "Meer ouderen wonen passend", "doelen": "Binnen vijf jaar 100 verhuizingen\n-\nnvt"}))
    write(d + "contactmomenten/corporatie.yaml", "werkblad: contactmomenten\norganisatie: Woonstichting C\n"
          "antwoorden:\n  huidige-woning: Huisbezoek bij mutatie\n  verhuizen: Verhuisbegeleiding\n")
    write(d + "contactmomenten/gemeente.json", answer("contactmomenten", {
        "huidige-woning": "Seniorenvoorlichting", "woningzoeken": "Woonloket\n\n?"}, "Gemeente G"))
    write(d + "contactmomenten/gemeente_aanvulling.json", answer("contactmomenten", {
        "huidige-woning": "Seniorenvoorlichting", "woonwens": "Wmo-keukentafelgesprek"}, "gemeente  g"))
    write(d + "gesprek.json", answer("hoe-wilt-u-wonen", {"omgeving": "Dicht bij de winkels"}))
    write(d + "kapot.json", '{"werkblad": ')
    write(d + "monitoren-1/corporatie.json", answer("monitoren-1", {
        "ingevuld-door": "Woonstichting C", "aantal-verhuizingen__opnemen": True, "aantal-verhuizingen__beschikbaar": True,
        "aantal-verhuizingen__toelichting": "Alleen van onze eigen huurders", "reden-verhuizing__opnemen": True,
        "aantekeningen": "Eerst de definities"}))
    write(d + "monitoren-1/gemeente.json", answer("monitoren-1", {
        "aantal-verhuizingen__opnemen": True, "lengte-verhuisketen__beschikbaar": True,
        "lengte-verhuisketen__toelichting": "Uit de BRP"}))
    write(d + "notities.txt", "Koffie om tien uur.\n")
    write(d + "organisaties/a/plenair.json", answer("organisaties", {
        "organisaties": "- Gemeente G\n- Woonstichting C\n- Nog betrekken: makelaars"}))
    write(d + "organisaties/b/plenair.json", answer("organisaties", {"organisaties": "- Zorggroep Z"}))
    gemeente = answer("stimuleren", {"passend-aanbod__huidige-woning__nog": "Wooncoach",
                                     "prijsprikkel__verhuizen__al": "Verhuispremie € 1.500"}, "Gemeente G")
    write(d + "stimuleren/gemeente.json", gemeente)
    write(d + "wat-is-de-opgave/regiotafel.json", answer("wat-is-de-opgave", {
        "zelfstandig-blijven-wonen__gekozen": True, "oudere-huishoudens-geschikt__beschikbaar": True,
        "oudere-huishoudens-geschikt__opnemen": True, "oudere-huishoudens-verhuiswens__opnemen": True,
        "oudere-huishoudens-verhuiswens__toelichting": "Uit Woonnet"}, "Regiotafel"))
    spec("01-gemengd/pdf.json", {"bestanden": [
        {"naam": "stimuleren/corporatie.pdf", "werkblad": "stimuleren", "vuller": "pypdf", "waarden": {
            "organisatie": "Woonstichting C", "passend-aanbod__huidige-woning__al": "Huisbezoek",
            "voorrang__woningzoeken__al": "Voorrang 65+"}}]})
    spec("01-gemengd/zip.json", {"bestanden": [{"naam": "ingestuurd.zip", "inhoud": [
        {"naam": "Zorg Z/", "map": True},
        {"naam": "Zorg Z/contactmomenten.json", "tekst": answer("contactmomenten", {
            "nieuw-thuis": "Nazorg na verhuizing"}, "Zorggroep Z")},
        {"naam": "Zorg Z/monitoren-2.json", "tekst": answer("monitoren-2", {
            "leeftijdscategorie__opnemen": True, "leeftijdscategorie__beschikbaar": True, "woning__opnemen": True,
            "woning__toelichting": "Alleen cliënten"}, "Zorggroep Z")},
        {"naam": "Zorg Z/gemeente-kopie.json", "tekst": gemeente}]}]})


def zonder_stimuleren() -> None:
    """02: only Monitoren 3/3: every monitor status, a group sheet labelled by its top-level organisation,
    one by 'Ingevuld door' in a PDF inside a stored ZIP, and one handed in empty (named after its file)."""
    d = "02-monitoren/"
    write(d + "invoer/a.json", answer("monitoren-3", {
        "aantal-gesprekken__opnemen": True, "aantal-trajecten__opnemen": True,
        "interventie-x-gebruikt__toelichting": "n.v.t."}, "Gemeente A"))
    write(d + "invoer/c.json", answer("monitoren-3"))
    spec(d + "pdf.json", {"bestanden": [{"naam": "b.pdf", "werkblad": "monitoren-3", "vuller": "pypdf", "waarden": {
        "ingevuld-door": "Corporatie B", "aantal-gesprekken__opnemen": True, "aantal-gesprekken__beschikbaar": True,
        "aantal-trajecten__beschikbaar": True, "brieven-folders-hits__opnemen": True,
        "brieven-folders-hits__beschikbaar": True, "brieven-folders-hits__toelichting": "Websitestatistiek"}}]})
    spec(d + "zip.json", {"bestanden": [{"naam": "bladen.zip", "inhoud": [
        {"naam": "monitoren/b.pdf", "van": "invoer/b.pdf", "verplaatsen": True, "methode": "opgeslagen"}]}]})


def niets_bruikbaar() -> None:
    """03: nothing usable: the report still says what was not used."""
    write("03-niets-bruikbaar/invoer/leeg.json", "")
    write("03-niets-bruikbaar/invoer/x.pdf", "geen PDF\n")


def main() -> None:
    gemengd()
    zonder_stimuleren()
    niets_bruikbaar()


if __name__ == "__main__":
    main()
