"""The session's combiners as data -> data: one per layout type, the shared rules for labels and
placeholders (their edges: tests/test_overview_items.py), the monitor plan's "inregelen" logic, and how
build_session puts it together."""

from __future__ import annotations

import pytest

from generator.loader import ToolkitData
from generator.overview.matrix import build_overzicht
from generator.readers import Gelezen, Melding, Rejection
from generator.regels import melding
from generator.session.build import accept_session, build_session
from generator.session.combine import COMBINERS, combine_indicatoren, combine_klantreis, combine_vragen
from generator.session.monitor import monitor_plan, status
from generator.session.prepare import prepare

from .sessie_helpers import sheet


def combined(toolkit: ToolkitData, werkblad: str, *sheets) -> tuple[dict, list]:  # noqa: ANN002 - Sheet objects
    prepared = prepare(list(sheets))
    part = COMBINERS[toolkit.werkbladen[werkblad].blad.type](toolkit.werkbladen[werkblad], prepared.bladen)
    return part, [(m.bestand, m.melding) for m in prepared.meldingen]


def test_vragen_every_answer_side_by_side_labelled_by_ingevuld_door_or_file_name(toolkit: ToolkitData) -> None:
    part, notes = combined(
        toolkit, "ambities",
        sheet(toolkit, "ambities", "a/tafel-1.pdf", "Tafel Noord", ambitie="  Geschikt wonen\n- voor iedereen  \n\n",
              doelen="90% geschikt"),
        sheet(toolkit, "ambities", "b/tafel-2.yaml", ambitie="Beter benutten"),
    )
    assert [v["id"] for v in part["vragen"]] == [v.id for v in toolkit.werkbladen["ambities"].blad.vragen]
    by_id = {v["id"]: v for v in part["vragen"]}
    assert by_id["ambitie"]["tekst"] == "Wat willen we bereiken? Wat is onze ambitie op doorstroming?"
    assert by_id["ambitie"]["antwoorden"] == [
        {"organisatie": "Tafel Noord", "tekst": "Geschikt wonen\n- voor iedereen"},  # as typed, trimmed
        {"organisatie": "tafel-2.yaml", "tekst": "Beter benutten"},  # 'Ingevuld door' left empty
    ]
    assert by_id["doelen"]["antwoorden"] == [{"organisatie": "Tafel Noord", "tekst": "90% geschikt"}]
    assert by_id["aandachtspunten"]["antwoorden"] == []
    assert notes == [("b/tafel-2.yaml", melding("naar_bestandsnaam", naam="tafel-2.yaml"))]


def test_themas_use_the_theme_names_as_questions(toolkit: ToolkitData) -> None:
    werkblad = toolkit.werkbladen["hoe-ziet-u-uw-toekomst"]
    bladen = prepare([sheet(toolkit, werkblad.id, "gesprek.json", wonen="Gelijkvloers graag")]).bladen
    part = combine_vragen(werkblad, bladen)
    assert [(v["id"], v["tekst"]) for v in part["vragen"]] == [(t.id, t.naam) for t in werkblad.blad.themas]
    wonen = next(v for v in part["vragen"] if v["id"] == "wonen")
    assert wonen["antwoorden"] == [{"organisatie": "gesprek.json", "tekst": "Gelijkvloers graag"}]
    assert COMBINERS["themas"] is combine_vragen


def test_klantreis_per_fase_and_one_organisation_twice_keeps_both_answers(toolkit: ToolkitData) -> None:
    part, notes = combined(
        toolkit, "contactmomenten",
        sheet(toolkit, "contactmomenten", "x/welzijn.pdf", "Welzijn Oost", **{"huidige-woning": "Huisbezoek 75+"}),
        sheet(toolkit, "contactmomenten", "x/gemeente.json", "Gemeente Noord", woonwens="Informatieavond"),
        sheet(toolkit, "contactmomenten", "y/welzijn-2.json", "welzijn  oost",
              **{"huidige-woning": "Huisbezoek 75+", "woningzoeken": "Samen zoeken"}),
    )
    assert [f["fase"] for f in part["fasen"]] == [s.fase for s in toolkit.werkbladen["contactmomenten"].blad.stappen]
    fasen = {f["fase"]: f["antwoorden"] for f in part["fasen"]}
    assert fasen["huidige-woning"] == [{"organisatie": "Welzijn Oost", "tekst": "Huisbezoek 75+"}]  # same text once
    assert fasen["woningzoeken"] == [{"organisatie": "Welzijn Oost", "tekst": "Samen zoeken"}]  # first spelling
    assert fasen["woonwens"] == [{"organisatie": "Gemeente Noord", "tekst": "Informatieavond"}]
    assert fasen["verhuizen"] == []
    assert COMBINERS["klantreis"] is combine_klantreis
    assert notes == [("y/welzijn-2.json", melding("samengevoegd", eerste="welzijn.pdf", organisatie="Welzijn Oost"))]


def test_indicatoren_ticks_toelichtingen_doelen_and_notes(toolkit: ToolkitData) -> None:
    part, _ = combined(
        toolkit, "wat-is-de-opgave",
        sheet(toolkit, "wat-is-de-opgave", "gemeente.pdf", **{
            "zelfstandig-blijven-wonen__gekozen": True,
            "oudere-huishoudens-geschikt__beschikbaar": True, "oudere-huishoudens-geschikt__opnemen": True,
            "oudere-huishoudens-geschikt__toelichting": "Woonwensenonderzoek"}),
        sheet(toolkit, "wat-is-de-opgave", "corporatie.pdf", **{
            "zelfstandig-blijven-wonen__gekozen": True,
            "oudere-huishoudens-geschikt__opnemen": True, "verhuisbeweging__toelichting": "Alleen huur"}),
    )
    indicatoren = {i["id"]: i for i in part["indicatoren"]}
    werkblad = toolkit.werkbladen["wat-is-de-opgave"]
    assert list(indicatoren) == [i.id for g in werkblad.blad.groepen for i in g.indicatoren]
    assert indicatoren["oudere-huishoudens-geschikt"] == {
        "id": "oudere-huishoudens-geschikt", "tekst": "Aantal oudere huishoudens dat geschikt woont",
        "groep": "zelfstandig-blijven-wonen", "beschikbaar": ["gemeente.pdf"],
        "opnemen": ["gemeente.pdf", "corporatie.pdf"],
        "toelichting": [{"organisatie": "gemeente.pdf", "tekst": "Woonwensenonderzoek"}],
    }
    assert indicatoren["verhuisbeweging"]["toelichting"] == [{"organisatie": "corporatie.pdf", "tekst": "Alleen huur"}]
    assert part["gekozen"] == {"zelfstandig-blijven-wonen": ["gemeente.pdf", "corporatie.pdf"],
                               "intensiever-benutten": []}
    assert part["aantekeningen"] == []  # this werkblad has no notes field


def test_indicatoren_free_notes_field(toolkit: ToolkitData) -> None:
    werkblad = toolkit.werkbladen["monitoren-1"]
    bladen = prepare([sheet(toolkit, "monitoren-1", "a.pdf", aantekeningen="Eerst een nulmeting"),
                      sheet(toolkit, "monitoren-1", "b.pdf")]).bladen
    part = combine_indicatoren(werkblad, bladen)
    assert part["aantekeningen"] == [{"organisatie": "a.pdf", "tekst": "Eerst een nulmeting"}]
    assert part["gekozen"] == {}


def test_notes_for_placeholders_and_empty_sheets_and_labels_for_same_file_names(toolkit: ToolkitData) -> None:
    prepared = prepare([
        sheet(toolkit, "ambities", "noord/ambities.pdf", ambitie="n.v.t.", doelen="?"),
        sheet(toolkit, "ambities", "zuid/ambities.pdf", ambitie="Beter benutten", doelen="-"),
    ])
    assert [b.label for b in prepared.bladen] == ["ambities.pdf", "zuid/ambities.pdf"]
    assert [(m.bestand, m.melding) for m in prepared.meldingen] == [
        ("noord/ambities.pdf", melding("naar_bestandsnaam", naam="ambities.pdf")),
        ("noord/ambities.pdf", melding("opvulwaarden", aantal=2)),
        ("noord/ambities.pdf", melding("leeg_ingeleverd")),
        ("zuid/ambities.pdf", melding("naar_bestandsnaam", naam="zuid/ambities.pdf")),
        ("zuid/ambities.pdf", melding("opvulwaarde", aantal=1)),
    ]


def _regel(opnemen: list[str], beschikbaar: list[str]) -> dict:
    return {"id": "i", "tekst": "Indicator", "groep": "g", "opnemen": opnemen, "beschikbaar": beschikbaar,
            "toelichting": []}


@pytest.mark.parametrize(("opnemen", "beschikbaar", "niet_beschikbaar", "stand"), [
    (["Gemeente"], [], ["Gemeente"], "inregelen"),  # chosen, available nowhere: set up the registration
    (["Gemeente"], ["Gemeente"], [], "beschikbaar"),
    (["Gemeente", "Corporatie"], ["Corporatie", "Gemeente"], [], "beschikbaar"),  # every sheet that wants it has it
    # the corporation has it ("alleen van onze eigen huurders"), the gemeente that wants it does not
    (["Gemeente"], ["Corporatie"], ["Gemeente"], "deels-beschikbaar"),
    (["Gemeente", "Corporatie"], ["Corporatie"], ["Gemeente"], "deels-beschikbaar"),
    ([], ["Corporatie"], [], "niet-gekozen"),  # available but nobody wants it in the monitor
    ([], [], [], "niet-gekozen"),
])
def test_monitor_plan_status_per_sheet_that_wants_it(opnemen: list[str], beschikbaar: list[str],
                                                     niet_beschikbaar: list[str], stand: str) -> None:
    (regel,) = monitor_plan({"monitoren-1": {"type": "indicatoren", "indicatoren": [_regel(opnemen, beschikbaar)]}})
    assert regel["status"] == status(regel) == stand
    assert regel["niet_beschikbaar"] == niet_beschikbaar
    assert regel["opnemen"] == opnemen and regel["beschikbaar"] == beschikbaar


def test_monitor_plan_lists_chosen_first_then_the_rest_of_every_indicator_werkblad(toolkit: ToolkitData) -> None:
    werkbladen = {
        "ambities": {"type": "vragen", "vragen": []},
        "monitoren-1": {"type": "indicatoren", "indicatoren": [
            {**_regel([], ["a.pdf"]), "id": "m1-niet"}, {**_regel(["a.pdf"], []), "id": "m1-wel"}]},
        "monitoren-3": {"type": "indicatoren", "indicatoren": [
            {**_regel(["b.pdf"], ["b.pdf"]), "id": "m3-wel"}, {**_regel([], []), "id": "m3-niet"}]},
    }
    plan = monitor_plan(werkbladen)
    assert [(r["werkblad"], r["indicator"]) for r in plan] == [
        ("monitoren-1", "m1-wel"), ("monitoren-3", "m3-wel"), ("monitoren-1", "m1-niet"), ("monitoren-3", "m3-niet")]
    assert list(plan[0]) == ["werkblad", "indicator", "tekst", "opnemen", "beschikbaar", "niet_beschikbaar", "status",
                             "toelichting"]


def test_build_session_sorts_per_werkblad_in_toolkit_order_and_reuses_the_gap_overview(toolkit: ToolkitData) -> None:
    stimuleren = [
        sheet(toolkit, "stimuleren", "s/b.json", "Corporatie", **{"passend-aanbod__huidige-woning__al": "- Scan"}),
        sheet(toolkit, "stimuleren", "s/a.json", "Gemeente", **{"voorrang__woningzoeken__nog": "Voorrang 65+"}),
    ]
    gelezen = Gelezen(
        sheets=[sheet(toolkit, "monitoren-1", "m.pdf", **{"aantal-verhuizingen__opnemen": True}), stimuleren[0],
                sheet(toolkit, "organisaties", "o.pdf", organisaties="Gemeente"), stimuleren[1]],
        afgewezen=[Rejection("p.json", accept_session(toolkit.werkbladen["hoe-wilt-u-wonen"]) or "")],
    )
    sessie = build_session(toolkit, gelezen, "Sessie", "particulier", {i: None for i in toolkit.instrumenten})
    assert list(sessie) == ["titel", "werkbladen", "monitorplan", "afgewezen", "meldingen"]
    assert list(sessie["werkbladen"]) == ["organisaties", "stimuleren", "monitoren-1"]
    raster = sessie["werkbladen"]["stimuleren"]
    overview = build_overzicht(toolkit, stimuleren, [], "Sessie", "particulier",
                               {i: None for i in toolkit.instrumenten}).as_json()
    assert raster == {"type": "raster", "bladen": [{"bestand": "s/b.json", "organisatie": "Corporatie"},
                                                   {"bestand": "s/a.json", "organisatie": "Gemeente"}], **overview}
    assert sessie["monitorplan"][0]["status"] == "inregelen"
    assert sessie["afgewezen"] == [{"bestand": "p.json", "reden": (
        "'Hoe wilt u wonen in de (nabije) toekomst?' is een praatplaat voor een gesprek met één senior: "
        "die hoort niet in een sessieverslag")}]


def test_every_werkblad_but_the_praatplaten_is_accepted(toolkit: ToolkitData) -> None:
    refused = {w.id for w in toolkit.werkbladen.values() if accept_session(w)}
    assert refused == {w.id for w in toolkit.werkbladen.values() if w.soort == "praatplaat"}
    assert refused == {"hoe-ziet-u-uw-toekomst", "hoe-wilt-u-wonen", "als-u-wilt-verhuizen"}


def test_notes_come_in_file_order_with_the_reading_notes_first(toolkit: ToolkitData) -> None:
    """One rule for the whole session (docs/overzicht-regels.md §7): per file the reading notes, then
    placeholders, empty, merged; a note about a second path to a file already read keeps its place."""
    gelezen = Gelezen(sheets=[
        sheet(toolkit, "ambities", "1.pdf", "Tafel 1", ambitie="nvt"),
        sheet(toolkit, "contactmomenten", "2.json", "Gemeente", woonwens="Avond"),
        sheet(toolkit, "ambities", "3.pdf", "Tafel 3", ambitie="Doel"),
        sheet(toolkit, "stimuleren", "4.pdf", "Corporatie", **{"passend-aanbod__huidige-woning__al": "- Scan\n- nvt"}),
        sheet(toolkit, "contactmomenten", "5.json", "GEMEENTE", woonwens="Folder"),
    ], meldingen=[Melding("4.pdf", "plat gelezen"), Melding("9.pdf", "hetzelfde bestand als 2.json")])
    sessie = build_session(toolkit, gelezen, "S", "sociaal", {})
    assert [(m["bestand"], m["melding"]) for m in sessie["meldingen"]] == [
        ("1.pdf", melding("opvulwaarde")), ("1.pdf", melding("leeg_ingeleverd")),
        ("4.pdf", "plat gelezen"), ("4.pdf", melding("opvulwaarde")),
        ("5.json", melding("samengevoegd", eerste="2.json", organisatie="Gemeente")),
        ("9.pdf", "hetzelfde bestand als 2.json")]
    # the raster part is what `doorstroom overzicht` writes for the same sheet: its reading note included
    assert sessie["werkbladen"]["stimuleren"]["meldingen"] == [
        {"bestand": "4.pdf", "melding": "plat gelezen"}, {"bestand": "4.pdf", "melding": melding("opvulwaarde")}]
