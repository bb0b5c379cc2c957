"""plan-van-aanpak.docx as the CLI makes it, read back with python-docx chapter by chapter: what the sheets
hold is in the chapter that needs it, labelled by who filled in the sheet, never by a folder; what the sheets
cannot know is a writing prompt in the style "In te vullen"; Word's conventions (headings, table of contents,
page numbers); a gemeente's own template."""

# ruff: noqa: F811 - pytest fixtures are imported by name and used as parameters
from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from generator.overview.items import split_items

from .docx_structure import structure
from .helpers import ROOT, run_cli
from .plan_helpers import CHAPTERS, FIXTURES, Plan, small_runs, squash, table_with  # noqa: F401 - fixtures
from .sessie_helpers import EXAMPLE, EXAMPLE_TITLE, example_run, load_json  # noqa: F401 - fixtures
from .test_documents import HOUSE_HEADER, house_style


@pytest.fixture(scope="module")
def example(example_run: tuple[Path, object]) -> tuple[Plan, dict]:
    out, _ = example_run
    return Plan((out / "plan-van-aanpak.docx").read_bytes()), load_json(out / "sessie.json")


def run_of(name: str, example_run: tuple[Path, object], small_runs: dict[str, Path]) -> Path:
    return example_run[0] if name == "voorbeeld" else small_runs[name]


def test_the_chapters_of_a_plan_in_order_with_a_table_of_contents_and_page_numbers(
    example: tuple[Plan, dict], example_run: tuple[Path, object]
) -> None:
    plan, _ = example
    assert plan.headings(1) == CHAPTERS
    assert plan.paragraphs()[0] == ("Title", "Plan van aanpak doorstroming van senioren")
    toc = [text.rstrip("\t") for style, text in plan.paragraphs() if style == "toc 1"]
    assert toc == CHAPTERS  # listed before Word updates the field (LibreOffice, Word Online)
    found = structure((example_run[0] / "plan-van-aanpak.docx").read_bytes())
    assert found["velden"] == ["PAGE", "NUMPAGES"] and found["inhoudsveld"][0].startswith("TOC ")
    assert found["voettekst"][0].startswith("Bron: Platform31, Werken aan doorstroming van senioren (2023)")
    assert found["eigenschappen"]["titel"] == f"Plan van aanpak: {EXAMPLE_TITLE}"


def test_summary_names_everyone_the_ambitions_the_klantreis_in_numbers_and_the_actions(
    example: tuple[Plan, dict],
) -> None:
    plan, sessie = example
    text = plan.text("1 Samenvatting")
    stimuleren = sessie["werkbladen"]["stimuleren"]
    for name in stimuleren["organisaties"]:
        assert name in text
    assert "Tafel Noord:" in text and "Tafel Zuid:" in text and ".pdf:" not in text
    numbers = table_with(plan, "1 Samenvatting", "Fase")
    fasen = ["Huidige woning", "Woonwens", "Woningzoeken", "Verhuizen", "Nieuw thuis!"]
    assert [row[0] for row in numbers[1:6]] == fasen
    for row, fase in zip(
        numbers[1:6], ("huidige-woning", "woonwens", "woningzoeken", "verhuizen", "nieuw-thuis"), strict=True
    ):
        cells = [c for c in stimuleren["cellen"] if c["fase"] == fase]
        assert row[1:] == [str(sum(c["status"] == s for c in cells)) for s in ("gat", "potentie", "gedekt")]
    acties = len(table_with(plan, "6 Acties", "Actie")) - 1
    assert f"Hoofdstuk 6 heeft {acties} acties" in text
    assert plan.prompts("1 Samenvatting")  # what the wethouder is asked: to be written


def test_aanleiding_and_ambitions_labelled_by_who_filled_them_in_side_by_side_where_they_differ(
    example: tuple[Plan, dict],
) -> None:
    plan, sessie = example
    assert plan.prompts("2 Aanleiding")
    opgave = next(v for v in sessie["werkbladen"]["ambities"]["vragen"] if v["id"] == "gezamenlijke-opgave")
    text = plan.text("2 Aanleiding")
    for answer in opgave["antwoorden"]:
        assert f"{answer['organisatie']}: {squash(answer['tekst'])}" in text
    ambitie = next(t for t in plan.tables("3 Ambitie en doelen") if t[0] == ["Tafel Noord", "Tafel Zuid"])
    assert "De bestaande woningen beter benutten" in ambitie[1][1]
    assert any("verschillen. Kies" in p for p in plan.prompts("3 Ambitie en doelen"))


def test_partners_every_organisation_what_it_does_and_who_is_still_to_be_involved(example: tuple[Plan, dict]) -> None:
    plan, sessie = example
    table = table_with(plan, "4 Partners en rollen", "Organisatie")
    rows = {row[0].split("\n")[0]: row for row in table[1:]}
    stimuleren = sessie["werkbladen"]["stimuleren"]
    for name in stimuleren["organisaties"]:
        done = sum(i["organisatie"] == name for c in stimuleren["cellen"] for i in c["al"])
        assert rows[name][1] == str(done), name
    for blad in sessie["werkbladen"]["contactmomenten"]["bladen"]:
        assert blad["organisatie"] in rows
    assert rows["Woonstichting De Linde"][3]  # the fasen in which it meets seniors (Contactmomenten)
    assert all(row[4] == "" for row in table[1:])  # the role: for the gemeente to fill in
    text = plan.text("4 Partners en rollen")
    assert "makelaars in de regio" in text and "Seniorenraad Lindewaard" in text


def test_approach_per_instrument_every_item_once_with_the_wooncoach_together(example: tuple[Plan, dict]) -> None:
    plan, sessie = example
    text = plan.text("5 Aanpak per instrument")
    for cel in sessie["werkbladen"]["stimuleren"]["cellen"]:
        for soort, lead in (("al", "Doet al"), ("nog", "Voorstel")):
            for item in cel[soort]:
                assert text.count(f"{lead}: {item['organisatie']}") and squash(item["tekst"]) in text
    chapter = plan.chapter("5 Aanpak per instrument")
    start = chapter.index(
        ("Heading 3", "De inzet van een wooncoach sociaal (bv. door het voeren van woonwenseninventarisatiegesprekken)")
    )
    end = next(
        i
        for i in range(start + 1, len(chapter))
        if isinstance(chapter[i], tuple) and chapter[i][0].startswith("Heading")
    )
    coach = " ".join(b[1] for b in chapter[start:end] if isinstance(b, tuple))
    for item in (
        "Ouderenadviseur bespreekt wonen tijdens het keukentafelgesprek",
        "Wooncoach samen met de corporaties",
    ):
        assert item in coach
    assert (
        "Let op: Gemeente Lindewaard schrijft op het werkblad Contactmomenten al: "
        "‘Verhuiskostenvergoeding via de Wmo"
    ) in text


def test_actions_every_idea_with_its_proposer_and_every_gap(example: tuple[Plan, dict]) -> None:
    plan, sessie = example
    table = table_with(plan, "6 Acties", "Actie")
    assert table[0] == [
        "Actie",
        "Categorie / fase",
        "Voorgesteld door",
        "Trekker",
        "Partners",
        "Planning",
        "Budget / financier",
        "Stand van zaken",
    ]
    cellen = sessie["werkbladen"]["stimuleren"]["cellen"]
    for cel in cellen:
        for item in cel["nog"]:
            row = next(r for r in table[1:] if r[0].split("\n")[0] == item["tekst"])
            assert item["organisatie"] in row[2]
    gaps = [r for r in table[1:] if r[2] == "gat in de klantreis"]
    assert len(gaps) == sum(c["status"] == "gat" for c in cellen)
    assert [r[0] for r in table[1:] if r[2] == "werkblad Organisaties"] == [
        "makelaars in de regio betrekken bij de aanpak",
        "Seniorenraad Lindewaard betrekken bij de aanpak",
    ]
    assert all(cell == "" for row in table[1:] for cell in row[3:])  # for the gemeente


def test_monitoring_in_short_with_the_status_per_sheet_and_prompts(example: tuple[Plan, dict]) -> None:
    plan, sessie = example
    table = table_with(plan, "7 Monitoring en evaluatie", "Indicator")
    chosen = [r for r in sessie["monitorplan"] if r["opnemen"]]
    assert len(table) - 1 == len(chosen)
    words = {
        "beschikbaar": "Beschikbaar",
        "deels-beschikbaar": "Deels beschikbaar",
        "inregelen": "Registratie nog inregelen",
    }
    assert [r[1] for r in table[1:]] == [words[r["status"]] for r in chosen]
    assert "Deels beschikbaar" in [r[1] for r in table[1:]]
    assert {"Nulmeting", "Evaluatie"} <= set(plan.headings(2))
    assert len(plan.prompts("7 Monitoring en evaluatie")) >= 3


def test_organisation_and_financing_in_the_shape_of_a_real_memo(example: tuple[Plan, dict]) -> None:
    plan, sessie = example
    assert {
        "Overlegstructuur",
        "Samenwerkingsovereenkomst",
        "Rolverdeling en ureninzet per instrument",
        "Financiering en verdeelsleutel",
        "Planning",
    } <= set(plan.headings(2))
    partners = table_with(plan, "8 Organisatie en financiering", "Partner")
    for name in sessie["werkbladen"]["stimuleren"]["organisaties"]:
        assert [name, "", "", ""] in partners
    assert table_with(plan, "8 Organisatie en financiering", "Actie")[0] == ["Actie", "Actiehouder", "Wanneer"]
    assert plan.prompts("9 Besluitpunten")


def test_appendices_hold_every_answer_and_the_sheets_by_file_name_only(example: tuple[Plan, dict]) -> None:
    plan, sessie = example
    text = plan.text("10 Bijlagen")
    for deel in sessie["werkbladen"].values():
        for vraag in deel.get("vragen", []):
            for antwoord in vraag["antwoorden"]:
                for item in split_items(antwoord["tekst"]).items:
                    assert squash(item) in text, item
    sheets = table_with(plan, "10 Bijlagen", "Werkblad")
    names = [row[1] for row in sheets[1:]]
    assert names == [Path(b["bestand"]).name for d in sessie["werkbladen"].values() for b in d["bladen"]]
    assert ["Organisaties", "plenair.pdf", "plenair.pdf"] in sheets  # said nothing: named by its file
    assert ["Ambities", "tafel-noord.pdf", "Tafel Noord"] in sheets
    matrix = table_with(plan, "10 Bijlagen", "Categorie")
    assert len(matrix) == 6 and all(c in ("gat", "potentie", "gedekt") for row in matrix[1:] for c in row[1:])


@pytest.mark.parametrize("name", ["voorbeeld", "zonder-stimuleren", "ambities-en-indicatoren"])
def test_no_folder_or_path_anywhere_in_the_document(
    name: str,
    example_run: tuple[Path, object],
    small_runs: dict[str, Path],
) -> None:
    out = run_of(name, example_run, small_runs)
    sessie = load_json(out / "sessie.json")
    plan = Plan((out / "plan-van-aanpak.docx").read_bytes())
    text = "\n".join(
        [t for _, t in plan.paragraphs()]
        + [c for b in plan.blocks if isinstance(b, list) for r in b for c in r]
        + [p.text for p in plan.document.sections[-1].footer.paragraphs]
    )
    files = [Path(b["bestand"]) for d in sessie["werkbladen"].values() for b in d["bladen"]]
    files += [Path(r["bestand"]) for r in sessie["afgewezen"]]
    assert all(f.parent.parts for f in files)  # the inputs were in folders: none of them may show
    shown = [f for f in files if f"{f.parent.name}/{f.name}" in text or str(f.parent) in text]
    assert not shown and "\\" not in text and str(ROOT) not in text


def test_two_sheets_with_one_file_name_are_told_apart_without_their_folders(small_runs: dict[str, Path]) -> None:
    plan = Plan((small_runs["ambities-en-indicatoren"] / "plan-van-aanpak.docx").read_bytes())
    text = plan.text("3 Ambitie en doelen")
    assert "noord.yaml:" in text and "noord.yaml (2):" in text and "extra" not in text
    assert "Regio Noord:" in text and "Regio Zuid:" in text


def test_without_stimuleren_the_plan_says_what_is_missing_and_keeps_everything_else(
    small_runs: dict[str, Path],
) -> None:
    plan = Plan((small_runs["zonder-stimuleren"] / "plan-van-aanpak.docx").read_bytes())
    assert plan.headings(1) == CHAPTERS
    for chapter in ("1 Samenvatting", "5 Aanpak per instrument"):
        assert any("Het werkblad Stimuleren is niet ingeleverd" in p for p in plan.prompts(chapter))
    doelen = plan.text("3 Ambitie en doelen")
    assert doelen.count("25 verhuizingen per jaar") == 1  # the same answer on two sheets: once, with both names
    assert "Tafel A, ambities-tafel-b.yaml:" in doelen
    acties = table_with(plan, "6 Acties", "Actie")
    assert [r[0] for r in acties[1:]] == [
        "Makelaardij De Duinen betrekken bij de aanpak",
        "ouderenbond KBO afdeling Oostkust betrekken bij de aanpak",
    ]
    partners = [r[0].split("\n")[0] for r in table_with(plan, "4 Partners en rollen", "Organisatie")[1:]]
    assert partners == ["Gemeente Oostkust", "Woningstichting Havenzicht", "Stichting Welzijn & Zorg Oostkust"]


def test_a_placeholder_of_the_toolkit_is_shown_with_what_it_was_filled_in_as(small_runs: dict[str, Path]) -> None:
    plan = Plan((small_runs["ambities-en-indicatoren"] / "plan-van-aanpak.docx").read_bytes())
    rows = table_with(plan, "7 Monitoring en evaluatie", "Indicator")
    assert any(
        r[0].startswith("Aantal keer dat interventie x is gebruikt (ingevuld als: Verhuisbus: gratis busje")
        for r in rows
    )
    aantal = next(r for r in rows if r[0].startswith("Aantal verhuizingen"))
    assert aantal[1:] == [
        "Deels beschikbaar",
        "Stichting Thuis & Co, Gemeente Noordwijk-Binnen",  # in file order
        "Gemeente Noordwijk-Binnen",
        "Stichting Thuis & Co",
    ]


def test_the_gemeente_template_gives_the_plan_its_house_style(tmp_path: Path) -> None:
    sjabloon = house_style(tmp_path)
    out = tmp_path / "uit"
    result = run_cli(
        "sessie", str(FIXTURES / "zonder-stimuleren"), "--out", str(out), "--sjabloon", str(sjabloon), cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    document = Document(str(out / "plan-van-aanpak.docx"))
    kop1 = [p for p in document.paragraphs if p.style.style_id == "Kop1"]
    assert [p.text for p in kop1] == CHAPTERS
    assert document.sections[-1].header.paragraphs[0].text == HOUSE_HEADER
    assert "Oude inhoud van het sjabloon" not in [p.text for p in document.paragraphs]
    assert [i.text for i in document.sections[-1].footer._element.iter(qn("w:instrText"))] == ["PAGE", "NUMPAGES"]


def test_the_example_plan_is_the_one_the_site_publishes() -> None:
    """The site's example is made from the same sheets (guards the Makefile's title)."""
    assert load_json(ROOT / EXAMPLE / "verwacht-sessie.json")["titel"] == EXAMPLE_TITLE
