"""sessie.json -> plan-van-aanpak.docx: a draft the gemeente edits in Word.

The outline is the result the toolkit names for onderwerp 1 ("een integraal en gezamenlijk plan van
aanpak") plus the monitor plan of onderwerp 2. Each section is filled from the werkbladen that feed
it; a werkblad that was not handed in leaves a short note in its place, so the outline is always
complete and the gemeente sees what is missing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from docx.shared import Pt

from ..loader import ToolkitData
from ..overview.items import split_items
from .contract import Antwoord, MonitorRegel, Sessie
from .monitor import STATUS_TEXT, status
from .report import dutch_date
from .word import WordDocument

# The two werkbladen the plan quotes by name: the toolkit builds the plan "from the werkbladen
# Organisaties, Ambities, Contactmomenten and Stimuleren"; the last two are found by layout type.
ORGANISATIES = "organisaties"
AMBITIES = "ambities"
SECTIONS = ("Betrokken organisaties", "Opgave, ambitie en doelen", "Contactmomenten met senioren per fase",
            "Wat we al doen, per fase van de klantreis", "Waar nog niemand iets doet (gaten)",
            "Ideeën en suggesties uit de menukaart", "Monitorplan", "Wie doet wat, wanneer",
            "Verantwoording")
ACTION_COLUMNS = ("Actie", "Wie (trekker)", "Met wie", "Wanneer klaar", "Stand van zaken")
EMPTY_ACTION_ROWS = 8


def plan_bytes(data: ToolkitData, sessie: Sessie, sector: str, day: dt.date, sjabloon: Path | None = None) -> bytes:
    datum = dutch_date(day)
    doc = WordDocument(f"Plan van aanpak: {sessie['titel']}", "Concept plan van aanpak doorstroming van senioren",
                       day, sjabloon)
    doc.title("Plan van aanpak doorstroming van senioren", sessie["titel"])
    doc.paragraph(f"Concept van {datum}. Gemaakt met de Doorstroomtoolkit uit de ingevulde werkbladen van de "
                  "sessie. Dit is een begin: vul aan, schrap wat niet klopt en maak er samen uw plan van.")
    doc.paragraph(data.toolkit.bron, italic=True)
    doc.table_of_contents("Inhoud", "De inhoudsopgave verschijnt als u het document opent in Word "
                                    "(of: rechtsklik hier en kies 'Veld bijwerken').")
    doc.footer(f"{data.toolkit.bron} · Concept plan van aanpak, {datum}")
    raster = _first_of_type(sessie, "raster")
    sections = (_organisations, _ambitions, _contacts, _already, _gaps, _ideas, _monitor, _actions, _sources)
    for heading, write in zip(SECTIONS, sections, strict=True):
        doc.heading(heading, 1)
        write(doc, data, sessie, raster, sector)
    return doc.bytes()


def _first_of_type(sessie: Sessie, layout: str) -> Mapping[str, Any] | None:
    return next((d for d in sessie["werkbladen"].values() if d["type"] == layout), None)


def _missing(doc: WordDocument, data: ToolkitData, werkblad: str, what: str) -> None:
    doc.paragraph(f"Het werkblad '{data.werkbladen[werkblad].titel}' is niet ingeleverd. {what}", italic=True)


def _answers(doc: WordDocument, antwoorden: Iterable[Antwoord], empty: str = "Niets ingevuld.") -> None:
    antwoorden = list(antwoorden)
    for antwoord in antwoorden:
        doc.bullet(antwoord["tekst"], bold_lead=f"{antwoord['organisatie']}: ")
    if not antwoorden:
        doc.paragraph(empty, italic=True)


def _organisations(doc: WordDocument, data: ToolkitData, sessie: Sessie, *_: object) -> None:
    doc.paragraph("Organisaties die op het werkblad Organisaties zijn genoemd, en organisaties die een "
                  "werkblad hebben ingevuld.")
    named: dict[str, str] = {}
    for vraag in sessie["werkbladen"].get(ORGANISATIES, {}).get("vragen", []):
        for antwoord in vraag["antwoorden"]:
            for item in split_items(antwoord["tekst"]).items:
                named.setdefault(item.lower(), item)
    doc.heading("Genoemd op het werkblad Organisaties", 2)
    if ORGANISATIES not in sessie["werkbladen"]:
        _missing(doc, data, ORGANISATIES, "Noem hier wie bijdraagt of kan bijdragen.")
    for item in named.values():
        doc.bullet(item)
    filled: dict[str, str] = {}
    for werkblad_id, deel in sessie["werkbladen"].items():
        if data.werkbladen[werkblad_id].organisatie:  # labels of group sheets are file names, not organisations
            for blad in deel["bladen"]:
                filled.setdefault(blad["organisatie"].lower(), blad["organisatie"])
    doc.heading("Hebben een werkblad ingevuld", 2)
    for name in filled.values():
        doc.bullet(name)
    if not filled:
        doc.paragraph("Geen werkblad met een organisatie erop (Contactmomenten, Stimuleren) ingeleverd.", italic=True)


def _ambitions(doc: WordDocument, data: ToolkitData, sessie: Sessie, *_: object) -> None:
    deel = sessie["werkbladen"].get(AMBITIES)
    if deel is None:
        _missing(doc, data, AMBITIES, "Beschrijf hier de gezamenlijke opgave, de ambitie, de doelen en de "
                                      "aandachtspunten.")
    for vraag in deel["vragen"] if deel else []:
        doc.heading(vraag["tekst"], 2)
        _answers(doc, vraag["antwoorden"])
    for werkblad_id, indicator_deel in sessie["werkbladen"].items():
        gekozen = indicator_deel.get("gekozen")
        if not gekozen:
            continue
        werkblad = data.werkbladen[werkblad_id]
        groepen = {g.id: g.naam for g in getattr(werkblad.blad, "groepen", [])}
        doc.heading(f"Gekozen doelen (werkblad {werkblad.titel})", 2)
        for groep, wie in gekozen.items():
            if wie:
                doc.bullet(f"{groepen[groep]} (aangevinkt op: {', '.join(wie)})", bold_lead="Gekozen: ")
            else:
                doc.bullet(groepen[groep], bold_lead="Niet gekozen: ")


def _contacts(doc: WordDocument, data: ToolkitData, sessie: Sessie, *_: object) -> None:
    klantreis = [(w, d) for w, d in sessie["werkbladen"].items() if d["type"] == "klantreis"]
    if not klantreis:
        doc.paragraph("Het werkblad Contactmomenten is niet ingeleverd. Beschrijf hier per fase van de "
                      "klantreis welke organisaties contact hebben met senioren, en hoe.", italic=True)
    fasen = {f.id: f.naam for f in data.vocabulaire.klantreis}
    for werkblad_id, deel in klantreis:
        if len(klantreis) > 1:
            doc.paragraph(f"Werkblad {data.werkbladen[werkblad_id].titel}", italic=True)
        for fase in deel["fasen"]:
            doc.heading(fasen[fase["fase"]], 2)
            _answers(doc, fase["antwoorden"], "Niemand noemde hier een contactmoment.")


def _per_fase(doc: WordDocument, data: ToolkitData, raster: Mapping[str, Any], soort: str, empty: str) -> None:
    categorieen = data.vocabulaire.categorieen()
    for fase in data.vocabulaire.klantreis:
        doc.heading(fase.naam, 2)
        items = [(c, i) for c in raster["cellen"] if c["fase"] == fase.id for i in c[soort]]
        for cel, item in items:
            doc.bullet(item["tekst"], bold_lead=f"{categorieen[cel['categorie']].naam} · {item['organisatie']}: ")
        if not items:
            doc.paragraph(empty, italic=True)


def _no_stimuleren(doc: WordDocument, data: ToolkitData, what: str) -> None:
    stimuleren = next(w for w in data.werkbladen.values() if w.blad.type == "raster")
    doc.paragraph(f"Het werkblad {stimuleren.titel} is niet ingeleverd. {what}", italic=True)


def _already(doc: WordDocument, data: ToolkitData, sessie: Sessie, raster: Mapping[str, Any] | None,
             *_: object) -> None:
    if raster is None:
        _no_stimuleren(doc, data, "Beschrijf hier per fase wat de organisaties al doen.")
        return
    doc.paragraph("Uit het werkblad Stimuleren: 'doen we al', per interventiecategorie en organisatie.")
    _per_fase(doc, data, raster, "al", "Hier doet nog niemand iets.")


def _gaps(doc: WordDocument, data: ToolkitData, sessie: Sessie, raster: Mapping[str, Any] | None,
          *_: object) -> None:
    if raster is None:
        _no_stimuleren(doc, data, "Het gatenoverzicht laat zien waar in de klantreis nog niemand iets doet.")
        return
    doc.paragraph("Gat: hier doet nog niemand iets. Potentie: nog niemand doet iets, maar er zijn ideeën.")
    cellen = {(c["categorie"], c["fase"]): c for c in raster["cellen"]}
    rows = [[f"{c.nummer} {c.naam}", *(cellen[(c.id, f.id)]["status"] for f in data.vocabulaire.klantreis)]
            for c in data.vocabulaire.interventiecategorieen]
    doc.table(["Categorie", *(f.naam for f in data.vocabulaire.klantreis)], rows, [3.5] + [2.7] * 5,
              text=Pt(9))  # "Woningzoeken" fits its column, also in LibreOffice's wider fallback font
    for fase in data.vocabulaire.klantreis:
        open_cells = [c for c in data.vocabulaire.interventiecategorieen
                      if cellen[(c.id, fase.id)]["status"] != "gedekt"]
        doc.heading(fase.naam, 2)
        for categorie in open_cells:
            doc.bullet(categorie.naam, bold_lead=f"{cellen[(categorie.id, fase.id)]['status']}: ")
        if not open_cells:
            doc.paragraph("In elke categorie doet al iemand iets.", italic=True)


def _ideas(doc: WordDocument, data: ToolkitData, sessie: Sessie, raster: Mapping[str, Any] | None,
           sector: str) -> None:
    if raster is None:
        _no_stimuleren(doc, data, "De ideeën ('kunnen we nog doen') en de suggesties uit de menukaart komen "
                                  "daarvandaan.")
        return
    doc.paragraph("Uit het werkblad Stimuleren: 'kunnen we nog doen', per fase.")
    _per_fase(doc, data, raster, "nog", "Geen ideeën genoteerd.")
    menukaart = data.menukaarten[sector]
    doc.heading(f"Suggesties uit de {menukaart.titel.lower()}", 2)
    doc.paragraph("Instrumenten uit de menukaart voor de categorieën waarin een gat of potentie zit.")
    fasen = data.vocabulaire.fasen()
    for categorie in data.vocabulaire.interventiecategorieen:
        open_cells = [c for c in raster["cellen"] if c["categorie"] == categorie.id and c["suggesties"]]
        if not open_cells:
            continue
        where = ", ".join(fasen[c["fase"]].naam for c in open_cells)
        doc.paragraph(bold_lead=f"{categorie.naam} (open in: {where})")
        for suggestie in open_cells[0]["suggesties"]:
            doc.bullet(suggestie["tekst"])


def _monitor(doc: WordDocument, data: ToolkitData, sessie: Sessie, *_: object) -> None:
    plan = sessie["monitorplan"]
    if not plan:
        doc.paragraph("Er is geen werkblad 'Wat is de opgave?' of 'Wat willen we monitoren?' ingeleverd. "
                      "Noteer hier welke indicatoren u wilt volgen.", italic=True)
        return
    doc.paragraph("Elke indicator die iemand bij 'Opnemen?' aanvinkte. Staat bij 'Beschikbaar?' op geen enkel "
                  "blad een vinkje, dan moet de registratie nog worden ingeregeld. Het bestand monitorplan.xlsx "
                  "bevat hetzelfde, met een kolom voor de afspraken.")
    chosen = [r for r in plan if r["opnemen"]]
    others = [r for r in plan if not r["opnemen"]]
    doc.heading("Opnemen in de monitor", 2)
    if chosen:
        doc.table(["Indicator (werkblad)", "Status", "Beschikbaar bij", "Toelichting"], [
            [_indicator(data, r), STATUS_TEXT[status(r)], "\n".join(r["beschikbaar"]), _toelichting(r)]
            for r in chosen], [5.6, 3.2, 3.4, 4.8])
    else:
        doc.paragraph("Niemand heeft bij een indicator 'Opnemen?' aangevinkt.", italic=True)
    doc.heading("Niet gekozen", 2)
    if others:
        doc.table(["Indicator (werkblad)", "Beschikbaar bij", "Toelichting"], [
            [_indicator(data, r), "\n".join(r["beschikbaar"]), _toelichting(r)] for r in others], [7.0, 3.4, 6.6])
    else:
        doc.paragraph("Elke indicator is gekozen.", italic=True)
    notes = [(w, a) for w, d in sessie["werkbladen"].items() for a in d.get("aantekeningen", [])]
    if notes:
        doc.heading("Aantekeningen", 2)
        for werkblad_id, note in notes:
            doc.bullet(note["tekst"], bold_lead=f"{data.werkbladen[werkblad_id].titel}, {note['organisatie']}: ")


def _indicator(data: ToolkitData, regel: MonitorRegel) -> str:
    return f"{regel['tekst']}\n({data.werkbladen[regel['werkblad']].titel})"


def _toelichting(regel: MonitorRegel) -> str:
    return "\n".join(f"{t['organisatie']}: {t['tekst']}" for t in regel["toelichting"])


def _actions(doc: WordDocument, *_: object) -> None:
    doc.paragraph("Spreek af wie wat doet en wanneer het klaar is. Voeg rijen toe waar nodig.")
    doc.table(ACTION_COLUMNS, [[""] * len(ACTION_COLUMNS) for _ in range(EMPTY_ACTION_ROWS)],
              [5.0, 3.0, 3.0, 2.5, 3.5], row_height_cm=1.0)


def _sources(doc: WordDocument, data: ToolkitData, sessie: Sessie, *_: object) -> None:
    doc.paragraph("Dit concept is gemaakt uit deze ingevulde bladen:")
    for werkblad_id, deel in sessie["werkbladen"].items():
        titel = data.werkbladen[werkblad_id].titel
        for blad in deel["bladen"]:
            doc.bullet(f"{blad['organisatie']} ({blad['bestand']})", bold_lead=f"{titel}: ")
    if sessie["afgewezen"]:
        doc.paragraph("Niet verwerkt:")
        for rejection in sessie["afgewezen"]:
            doc.bullet(rejection["reden"], bold_lead=f"{rejection['bestand']}: ")
    doc.paragraph(data.toolkit.bron, italic=True)
