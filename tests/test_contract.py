"""The public field contract: names, kinds and order of every werkblad's answer fields."""

from __future__ import annotations

import json
import re

from generator.loader import ToolkitData

from .helpers import run_cli

CATEGORIEEN = ["passend-aanbod", "op-weg-helpen", "ontzorgen", "prijsprikkel", "voorrang"]
FASEN = ["huidige-woning", "woonwens", "woningzoeken", "verhuizen", "nieuw-thuis"]


def test_stimuleren_has_exactly_the_51_contract_fields(toolkit: ToolkitData) -> None:
    expected = ["organisatie"] + [f"{c}__{f}__{s}" for c in CATEGORIEEN for f in FASEN for s in ("al", "nog")]
    fields = toolkit.velden["stimuleren"]
    assert [v.naam for v in fields] == expected
    assert len(fields) == 51
    assert fields[0].soort == "short_text"
    assert {v.soort for v in fields[1:]} == {"long_text"}
    by_name = {v.naam: v.label for v in fields}
    assert by_name["passend-aanbod__huidige-woning__al"] == "Passend aanbod, Huidige woning: doen we al"
    assert by_name["voorrang__nieuw-thuis__nog"] == "Voorrang, Nieuw thuis!: kunnen we nog doen"


def test_shared_vocabularies_have_the_contract_ids_in_toolkit_order(toolkit: ToolkitData) -> None:
    assert [f.id for f in toolkit.vocabulaire.klantreis] == FASEN
    assert [c.id for c in toolkit.vocabulaire.interventiecategorieen] == CATEGORIEEN


def test_every_field_name_is_safe_for_pdf_forms_and_unique(toolkit: ToolkitData) -> None:
    for werkblad_id, fields in toolkit.velden.items():
        names = [v.naam for v in fields]
        assert names, werkblad_id
        assert len(names) == len(set(names)), werkblad_id
        for name in names:
            assert re.fullmatch(r"[a-z0-9_-]+", name), (werkblad_id, name)
        assert all(v.label.strip() for v in fields)


def test_indicator_sheets_get_two_checkboxes_and_a_toelichting_per_indicator(toolkit: ToolkitData) -> None:
    werkblad = toolkit.werkbladen["monitoren-3"]
    indicatoren = [i for g in werkblad.blad.groepen for i in g.indicatoren]  # type: ignore[union-attr]
    fields = {v.naam: v.soort for v in toolkit.velden["monitoren-3"]}
    for ind in indicatoren:
        assert fields.pop(f"{ind.id}__beschikbaar") == "checkbox"
        assert fields.pop(f"{ind.id}__opnemen") == "checkbox"
        assert fields.pop(f"{ind.id}__toelichting") == "long_text"
    assert fields == {"ingevuld-door": "short_text"}


def test_ingevuld_door_comes_last_on_every_session_werkblad_without_organisatie(toolkit: ToolkitData) -> None:
    for werkblad_id, fields in toolkit.velden.items():
        werkblad = toolkit.werkbladen[werkblad_id]
        names = [v.naam for v in fields]
        if werkblad.soort == "praatplaat" or werkblad.organisatie:
            assert "ingevuld-door" not in names, werkblad_id
        else:
            assert names[-1] == "ingevuld-door" and names.count("ingevuld-door") == 1, werkblad_id
            assert fields[-1].soort == "short_text" and fields[-1].label == "Ingevuld door"


def test_organisatie_field_only_where_the_sheet_prints_it(toolkit: ToolkitData) -> None:
    with_field = {w for w, fields in toolkit.velden.items() if fields[0].naam == "organisatie"}
    assert with_field == {"stimuleren", "contactmomenten"}


def test_velden_command_prints_the_contract_as_json() -> None:
    result = run_cli("velden", "stimuleren", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data) == 51
    assert data[1] == {"naam": "passend-aanbod__huidige-woning__al", "soort": "long_text",
                       "label": "Passend aanbod, Huidige woning: doen we al"}


def test_velden_command_rejects_an_unknown_werkblad_as_usage_error() -> None:
    result = run_cli("velden", "bestaat-niet")
    assert result.returncode == 2
    assert "onbekend werkblad 'bestaat-niet'" in result.stderr
    assert "stimuleren" in result.stderr
    assert "Traceback" not in result.stderr
