"""Items as people type them, organisations merged, notes in file order (docs/overzicht-regels.md §6-§8).

The shared corpus (tests/corpus) runs these rules through the CLI; here the edges of each rule are
checked one by one on the functions both the CLI and the session report use.
"""

from __future__ import annotations

import pytest

from generator.loader import ToolkitData
from generator.overview.items import answer_text, organisation_key, split_items
from generator.overview.matrix import build_overzicht
from generator.overview.merge import Label, in_file_order, merge_sheets, sheet_labels
from generator.overview.view import afgeleid, toolkit_view
from generator.readers import Melding, Rejection, Sheet
from generator.regels import melding

CELL = "passend-aanbod__huidige-woning__al"


@pytest.mark.parametrize(("text", "items"), [
    ("Woonscan\nSeniorenloket", ["Woonscan", "Seniorenloket"]),
    ("- Woonscan aan huis\n- Gesprek over de toekomst,\n  ook met de kinderen",
     ["Woonscan aan huis", "Gesprek over de toekomst, ook met de kinderen"]),
    ("Wij doen:\nOok dit\n- een\nloopt door\n- twee", ["Wij doen:", "Ook dit", "een loopt door", "twee"]),
    ("1. een\n2) twee\n10. tien\n123) honderd", ["een", "twee", "tien", "honderd"]),
    ("1234. geen nummer\n2024 plannen", ["1234. geen nummer", "2024 plannen"]),
    ("a. een\nb) twee\nA. de Vries", ["een", "twee A. de Vries"]),
    ("-25% huur\n+ meer", ["-25% huur", "+ meer"]),
    ("•Zonder spatie\n▪ blok\n◦ rondje\n‣ pijl\n● bol\n■ vierkant", ["Zonder spatie", "blok", "rondje", "pijl", "bol",
                                                                    "vierkant"]),
    ("- een\n\nlos na lege regel\nhoort erbij", ["een", "los na lege regel hoort erbij"]),
    ("- een\nnvt\nlos na opvulwaarde", ["een", "los na opvulwaarde"]),
    ("  veel \t  ruimte  ", ["veel ruimte"]),
    ("-\ttab na het streepje", ["tab na het streepje"]),
])
def test_items_as_people_type_them(text: str, items: list[str]) -> None:
    assert split_items(text).items == items


@pytest.mark.parametrize(("text", "count"), [
    ("n.v.t.", 1), ("NVT\nGeen\n?\n...\n…\n-\n—\n--", 8), ("- nvt\n- echte inzet", 1), ("•\n*\n- *", 3),
    ("Geen idee nog, maar wel een gesprek", 0), ("", 0), ("\n \n", 0),
])
def test_placeholders_are_counted_never_items(text: str, count: int) -> None:
    result = split_items(text)
    assert result.opvulwaarden == count
    assert not any(item.lower() in ("n.v.t.", "nvt", "geen", "?", "-", "•", "*") for item in result.items)


@pytest.mark.parametrize(("typed", "expected"), [
    ("n.v.t.", ("", 1)),
    ("- nvt\n\n• geen\n", ("", 2)),
    ("-", ("", 1)),
    ("-25% huur", ("-25% huur", 0)),
    ("Geen idee nog, eerst navragen", ("Geen idee nog, eerst navragen", 0)),
    ("\n  Wij doen:\n  - huisbezoek   \n\n", ("Wij doen:\n  - huisbezoek", 0)),
    ("n.v.t.\nWel een folder", ("Wel een folder", 1)),
    ("- Folder\n- ?\n- Avond", ("- Folder\n- Avond", 1)),
])
def test_a_free_text_answer_is_kept_as_typed_without_placeholder_lines(typed: str, expected: tuple[str, int]) -> None:
    """The session report keeps answers whole; a placeholder line is the same as in a Stimuleren box."""
    assert answer_text(typed) == expected
    assert expected[1] == split_items(typed).opvulwaarden  # one rule: the same lines count


def test_labels_fold_organisations_and_name_group_sheets_by_ingevuld_door_or_file() -> None:
    sheets = [Sheet("a/gemeente.pdf", "contactmomenten", "Gemeente A", {}),
              Sheet("a/tafel.pdf", "ambities", "", {}),
              Sheet("b/gemeente-2.json", "contactmomenten", "gemeente  a", {}),
              Sheet("b/tafel.pdf", "ambities", "", {}),
              Sheet("c/tafel-noord.pdf", "ambities", "Tafel Noord", {}),
              Sheet("c/noord-2.pdf", "monitoren-1", "tafel noord", {})]
    assert sheet_labels(sheets) == [
        Label("Gemeente A"), Label("tafel.pdf", bestandsnaam=True), Label("Gemeente A", "a/gemeente.pdf"),
        Label("b/tafel.pdf", bestandsnaam=True),  # the same file name twice: the path tells them apart
        Label("Tafel Noord"), Label("Tafel Noord", "c/tafel-noord.pdf")]  # 'Ingevuld door' folds like a name


def test_organisation_names_match_after_case_and_whitespace_folding_like_javascript() -> None:
    assert organisation_key("  gemeente   LINDEWAARD ") == organisation_key("Gemeente Lindewaard")
    assert organisation_key("Straße") != organisation_key("Strasse")  # lower(), not casefold(): as toLowerCase()


def test_the_same_organisation_is_merged_items_once_named_by_its_first_sheet() -> None:
    sheets = [
        Sheet("in/a.json", "stimuleren", "Gemeente A", {CELL: "Woonscan\nLoket", "voorrang__woonwens__nog": "V"}),
        Sheet("in/b.json", "stimuleren", "Corporatie B", {CELL: "Label"}),
        Sheet("in/sub/c.yaml", "stimuleren", "gemeente  a", {CELL: "Loket\nConsulent\nConsulent"}),
    ]
    merged = merge_sheets(sheets)
    assert [o.naam for o in merged.organisaties] == ["Gemeente A", "Corporatie B"]
    assert merged.organisaties[0].punten[CELL] == ["Woonscan", "Loket", "Consulent"]
    note = melding("samengevoegd", eerste="a.json", organisatie="Gemeente A")
    assert merged.meldingen == [Melding("in/sub/c.yaml", note)]


def test_notes_per_file_placeholders_then_empty_then_merged() -> None:
    sheets = [
        Sheet("a.json", "stimuleren", "Gemeente A", {CELL: "Woonscan"}),
        Sheet("b.json", "stimuleren", "GEMEENTE A", {CELL: "nvt", "voorrang__woonwens__nog": "-"}),
        Sheet("c.json", "stimuleren", "Leeg", {}),
    ]
    assert [(m.bestand, m.melding) for m in merge_sheets(sheets).meldingen] == [
        ("b.json", melding("opvulwaarden", aantal=2)),
        ("b.json", melding("leeg_ingeleverd")),
        ("b.json", melding("samengevoegd", eerste="a.json", organisatie="Gemeente A")),
        ("c.json", melding("leeg_ingeleverd")),
    ]


def test_reading_notes_come_first_per_file_and_everything_stays_in_file_order() -> None:
    sheets = [Sheet(name, "stimuleren", name, {}) for name in ("a", "b", "c")]
    reading = [Melding("b", "b gelezen 1"), Melding("b", "b gelezen 2"), Melding("x", "x: zelfde bestand"),
               Melding("c", "c gelezen")]
    own = [[Melding("a", "a eigen")], [Melding("b", "b eigen")], [Melding("c", "c eigen")]]
    assert [m.melding for m in in_file_order(sheets, reading, own)] == [
        "a eigen", "b gelezen 1", "b gelezen 2", "b eigen", "x: zelfde bestand", "c gelezen", "c eigen"]
    # a second path to a file already read sits between sheets in path order (as the CLI finds them)
    sheets = [Sheet(name, "stimuleren", name, {}) for name in ("in/a.json", "in/c/d.json", "in/e.json")]
    own = [[Melding(s.bestand, s.bestand + " eigen")] for s in sheets]
    reading = [Melding("in/c/b-link.json", "zelfde bestand")]
    assert [m.melding for m in in_file_order(sheets, reading, own)] == [
        "in/a.json eigen", "zelfde bestand", "in/c/d.json eigen", "in/e.json eigen"]


def test_build_overzicht_keeps_its_signature_and_puts_notes_last_in_the_json(toolkit: ToolkitData) -> None:
    sheets = [Sheet("a.json", "stimuleren", "Gemeente A", {CELL: "- Woonscan\n- n.v.t."}),
              Sheet("b.json", "stimuleren", "Gemeente B", {"voorrang__woonwens__nog": "Voorrang"})]
    overzicht = build_overzicht(toolkit, sheets, [Rejection("c.txt", "geen PDF")], "Titel", "sociaal", {},
                                meldingen=[Melding("a.json", "gelezen uit een tekstvak")])
    public = overzicht.as_json()
    assert list(public) == ["werkblad", "organisaties", "cellen", "afgewezen", "meldingen"]
    assert public["meldingen"] == [{"bestand": "a.json", "melding": "gelezen uit een tekstvak"},
                                   {"bestand": "a.json", "melding": melding("opvulwaarde")}]
    assert [m.melding for m in overzicht.meldingen] == [m["melding"] for m in public["meldingen"]]
    first = public["cellen"][0]
    assert (first["categorie"], first["fase"], first["status"]) == ("passend-aanbod", "huidige-woning", "gedekt")
    assert first["al"] == [{"organisatie": "Gemeente A", "tekst": "Woonscan"}]
    voorrang = next(c for c in public["cellen"] if (c["categorie"], c["fase"]) == ("voorrang", "woonwens"))
    assert voorrang["status"] == "potentie" and voorrang["suggesties"]


def test_the_derived_view_counts_organisations_statuses_and_groups_the_preview(toolkit: ToolkitData) -> None:
    sheets = [Sheet("a.json", "stimuleren", "A", {CELL: "Woonscan\nLoket\nFolder",
                                                 "passend-aanbod__huidige-woning__nog": "Idee"}),
              Sheet("b.json", "stimuleren", "B", {CELL: "Woonscan"}),
              Sheet("c.json", "stimuleren", "C", {"passend-aanbod__woonwens__nog": "Idee\nNog een"})]
    overzicht = build_overzicht(toolkit, sheets, [], "T", "sociaal", {}).as_json()
    view = afgeleid(overzicht, toolkit_view(toolkit, "sociaal", {}))
    first, second = view["rijen"][0]["cellen"][:2]
    assert (first["n_al"], first["n_nog"], first["status"]) == (2, 1, "gedekt")
    assert [(p["tekst"], p["idee"], p["aantal"]) for p in first["voorproef"]] == [
        ("Woonscan", False, 2), ("Loket", False, 1), ("Folder", False, 1)]
    assert first["meer"] == 1  # 5 items, 4 of them behind the 3 preview lines
    assert (second["status"], second["n_nog"], second["meer"]) == ("potentie", 1, 0)
    assert view["totaal"] == {"punten": 7, "gat": 23, "potentie": 1, "gedekt": 1}
    huidige, woonwens = view["fasen"][:2]
    assert (huidige["gat"], huidige["potentie"], huidige["gedekt"]) == (4, 0, 1)
    assert [(i["organisatie"], i["tekst"], i["categorie"]) for i in woonwens["nog"]] == [
        ("C", "Idee", "Passend aanbod"), ("C", "Nog een", "Passend aanbod")]
    assert view["rijen"][0]["open"] == ["Woonwens", "Woningzoeken", "Verhuizen", "Nieuw thuis!"]
    assert [o["nr"] for o in view["organisaties"]] == ["0", "1", "2"]
