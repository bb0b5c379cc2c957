"""plan-van-aanpak.docx of the example, opened with python-docx: every section, every organisation and
every item of the session, Word's own heading styles, Dutch, the source line and the date."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from generator.loader import ToolkitData
from generator.overview.items import split_items
from generator.readers import Gelezen
from generator.session.build import build_session
from generator.session.monitor import STATUS_TEXT
from generator.session.plan import ACTION_COLUMNS, EMPTY_ACTION_ROWS, SECTIONS, plan_bytes
from generator.session.report import dutch_date

from .helpers import ROOT
from .sessie_helpers import EXAMPLE, EXAMPLE_TITLE, every_answer, example_run, load_json, sheet  # noqa: F401


@pytest.fixture(scope="module")
def plan(example_run: tuple[Path, object]):  # noqa: ANN201, F811 - a python-docx Document
    out, _ = example_run
    return Document(str(out / "plan-van-aanpak.docx"))


@pytest.fixture(scope="module")
def sessie(example_run: tuple[Path, object]) -> dict:  # noqa: F811
    return load_json(example_run[0] / "sessie.json")


def all_text(document) -> str:  # noqa: ANN001
    """Paragraphs and table cells, in document order, lines as Word shows them."""
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_every_section_is_a_word_heading(plan) -> None:  # noqa: ANN001
    kop1 = [p.text for p in plan.paragraphs if p.style.name == "Heading 1"]
    assert kop1 == list(SECTIONS)
    kop2 = [p.text for p in plan.paragraphs if p.style.name == "Heading 2"]
    for expected in ("Genoemd op het werkblad Organisaties", "Wat zien we als onze gezamenlijke opgave?",
                     "Welke doelen stellen we?", "Huidige woning", "Nieuw thuis!", "Opnemen in de monitor",
                     "Niet gekozen", "Aantekeningen"):
        assert expected in kop2
    # built-in styles (Word shows them as Kop 1 / Kop 2): the style ids Word's navigation pane uses
    assert {p.style.style_id for p in plan.paragraphs if p.style.name in ("Heading 1", "Heading 2")} == \
        {"Heading1", "Heading2"}


def test_title_source_line_date_and_table_of_contents(plan) -> None:  # noqa: ANN001
    text = all_text(plan)
    assert plan.paragraphs[0].text == "Plan van aanpak doorstroming van senioren"
    assert plan.paragraphs[0].style.name == "Title"
    assert EXAMPLE_TITLE in text  # "Voorbeeld met verzonnen gegevens"
    assert "Bron: Platform31, Werken aan doorstroming van senioren (2023)" in text
    assert f"Concept van {dutch_date(dt.date.today())}" in text
    assert "Bron: Platform31" in plan.sections[0].footer.paragraphs[0].text
    instructions = [t.text for t in plan.element.body.iter(qn("w:instrText"))]
    assert any(i.startswith("TOC ") for i in instructions)
    assert plan.settings.element.find(qn("w:updateFields")) is not None


def test_dutch_language_and_a4(plan) -> None:  # noqa: ANN001
    rpr_default = plan.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    assert rpr_default.find(qn("w:lang")).get(qn("w:val")) == "nl-NL"
    assert plan.core_properties.language == "nl-NL"
    section = plan.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)


def test_every_organisation(plan, sessie: dict) -> None:  # noqa: ANN001
    text = all_text(plan)
    named = [item for vraag in sessie["werkbladen"]["organisaties"]["vragen"] for a in vraag["antwoorden"]
             for item in split_items(a["tekst"]).items]
    filled = [b["organisatie"] for w in ("contactmomenten", "stimuleren") for b in sessie["werkbladen"][w]["bladen"]]
    assert named and filled and sessie["werkbladen"]["stimuleren"]["organisaties"]
    for name in named + filled + sessie["werkbladen"]["stimuleren"]["organisaties"]:
        assert name in text, name


def test_every_item_of_the_session(plan, sessie: dict) -> None:  # noqa: ANN001
    text = squash(all_text(plan))
    answers = every_answer(sessie)
    cells = [i for c in sessie["werkbladen"]["stimuleren"]["cellen"] for soort in ("al", "nog") for i in c[soort]]
    assert len(answers) > 100 and len(cells) > 80
    for label, tekst in answers:  # per item: a list answer (Organisaties) becomes bullets in Word
        for item in split_items(tekst).items:
            assert squash(item) in text, item
        assert label in text
    for regel in sessie["monitorplan"]:
        assert squash(regel["tekst"]) in text, regel["tekst"]
    for rejection in sessie["afgewezen"]:
        assert rejection["bestand"] in text


def test_stimuleren_gives_what_is_done_the_gaps_and_the_menukaart_once_per_categorie(plan, sessie: dict) -> None:  # noqa: ANN001
    text = all_text(plan)
    assert "Het werkblad Stimuleren is niet ingeleverd." not in text
    kop2 = [p.text for p in plan.paragraphs if p.style.name == "Heading 2"]
    assert kop2.count("Huidige woning") == 4  # contactmomenten, done already, gaps, ideas: each per fase
    assert "Suggesties uit de menukaart sociaal" in kop2
    stimuleren = sessie["werkbladen"]["stimuleren"]
    for cel in stimuleren["cellen"]:
        for item in cel["al"] + cel["nog"]:
            assert f"{item['organisatie']}: {item['tekst']}" in text, item
    rows: dict[str, list[str]] = {}
    for cel in stimuleren["cellen"]:
        rows.setdefault(cel["categorie"], [])
        rows[cel["categorie"]] = rows[cel["categorie"]] or [s["tekst"] for s in cel["suggesties"]]
    suggesties = [tekst for row in rows.values() for tekst in row]
    assert suggesties
    bullets = [p.text for p in plan.paragraphs if p.style.name == "List Bullet"]
    for tekst in suggesties:
        assert bullets.count(tekst) == 1, tekst  # once per categorie row, not once per open cell


def test_monitor_plan_table_says_which_registration_to_set_up(plan, sessie: dict) -> None:  # noqa: ANN001
    chosen = next(t for t in plan.tables if t.rows[0].cells[0].text == "Indicator (werkblad)")
    rows = {squash(r.cells[0].text.split("\n")[0]): r.cells[1].text for r in chosen.rows[1:]}
    for regel in (r for r in sessie["monitorplan"] if r["opnemen"]):
        assert rows[squash(regel["tekst"])] == STATUS_TEXT[regel["status"]]


def test_empty_who_does_what_table_to_fill_in(plan) -> None:  # noqa: ANN001
    table = next(t for t in plan.tables if tuple(c.text for c in t.rows[0].cells) == ACTION_COLUMNS)
    assert len(table.rows) == 1 + EMPTY_ACTION_ROWS
    assert all(cell.text == "" for row in table.rows[1:] for cell in row.cells)


def test_example_docx_is_the_one_the_site_publishes() -> None:
    """The example on the site is made from the same sheets (guards the Makefile's title)."""
    expected = load_json(ROOT / EXAMPLE / "verwacht-sessie.json")
    assert expected["titel"] == EXAMPLE_TITLE


def test_without_stimuleren_the_three_stimuleren_sections_say_what_is_missing(toolkit: ToolkitData) -> None:
    gelezen = Gelezen(sheets=[sheet(toolkit, "contactmomenten", "gemeente.json", "Gemeente Noord", woonwens="Avond")])
    sessie = build_session(toolkit, gelezen, "Sessie", "sociaal", {})
    document = Document(io.BytesIO(plan_bytes(toolkit, sessie, "sociaal", dt.date(2025, 3, 1))))
    assert all_text(document).count("Het werkblad Stimuleren is niet ingeleverd.") == 3
