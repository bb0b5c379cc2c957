"""monitorplan.xlsx as the analyst gets it: the columns of the specification, one row per indicator with the
status per sheet that wants it ("deels beschikbaar"), readable without colour, every value as text, the
print header and footer, the document title; the files that were not used on their own sheet."""

# ruff: noqa: F811 - pytest fixtures are imported by name and used as parameters
from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from generator.loader import ToolkitData
from generator.plan.context import plan_context
from generator.plan.gegevens import plan_gegevens
from generator.plan.monitor_xlsx import spec, xlsx_bytes
from generator.session.combine import combine_indicatoren
from generator.session.monitor import monitor_plan
from generator.session.prepare import prepare

from .plan_helpers import small_runs  # noqa: F401 - fixtures
from .sessie_helpers import EXAMPLE_TITLE, example_run, load_json, sheet  # noqa: F401 - fixtures

COLUMNS = [
    "Indicator",
    "Definitie (uit de toolkit)",
    "Werkblad",
    "Doel of onderwerp",
    "Gewenst door (Opnemen? aangevinkt)",
    "Beschikbaar bij (Beschikbaar? aangevinkt)",
    "Niet beschikbaar bij (wil hem wel)",
    "Stand",
    "Toelichtingen",
    "Bron / systeem",
    "Eigenaar (wie registreert)",
    "Frequentie",
    "Nulmeting: jaar",
    "Nulmeting: waarde",
    "Streefwaarde",
    "Kosten en baten: is de informatie de extra investering waard?",
    "AVG-grondslag",
]
HEADER = spec()["koprij"]


@pytest.fixture(scope="module")
def workbook(example_run: tuple[Path, object]):  # noqa: ANN201, F811 - an openpyxl Workbook
    return load_workbook(example_run[0] / "monitorplan.xlsx"), load_json(example_run[0] / "sessie.json")


def test_the_columns_an_analyst_fills_in_or_reads(workbook) -> None:  # noqa: ANN001
    book, _ = workbook
    sheet = book["Monitorplan"]
    assert [c.value for c in sheet[HEADER]] == COLUMNS
    fill_in = [c for c in sheet[HEADER] if c.value in COLUMNS[9:]]
    assert {c.fill.fgColor.rgb[-6:] for c in fill_in} == {"6B1D5E"}  # the columns to fill in look different
    assert sheet.row_dimensions[HEADER].height >= 45  # the longest header (three lines) is readable whole
    assert sheet.freeze_panes == f"B{HEADER + 1}"
    assert sheet.auto_filter.ref.startswith(f"A{HEADER}:Q")


def test_one_row_per_indicator_with_its_status_per_sheet(workbook) -> None:  # noqa: ANN001
    book, sessie = workbook
    rows = list(book["Monitorplan"].iter_rows(min_row=HEADER + 1, values_only=True))
    assert len(rows) == len(sessie["monitorplan"])
    words = {
        "beschikbaar": "Beschikbaar",
        "deels-beschikbaar": "Deels beschikbaar",
        "inregelen": "Registratie nog inregelen",
        "niet-gekozen": "Niet gekozen",
    }
    for row, regel in zip(rows, sessie["monitorplan"], strict=True):
        assert row[0].startswith(regel["tekst"])
        assert (row[4] or "").split("\n") == (regel["opnemen"] or [""])
        assert (row[5] or "").split("\n") == (regel["beschikbaar"] or [""])
        assert (row[6] or "").split("\n") == (regel["niet_beschikbaar"] or [""])
        assert row[7] == words[regel["status"]]
        for toelichting in regel["toelichting"]:
            assert f"{toelichting['organisatie']}: {toelichting['tekst']}" in row[8]
        assert row[9:] == (None,) * 8  # for the analyst
    assert "Deels beschikbaar" in [r[7] for r in rows]
    first = next(r for r in rows if r[0] == "Aantal verhuizingen")
    assert first[1].startswith("Het aantal senioren (conform definitie")  # the toolkit's explanation


def test_status_readable_without_colour(workbook) -> None:  # noqa: ANN001
    book, sessie = workbook
    sheet = book["Monitorplan"]
    looks = {}
    for row, regel in enumerate(sessie["monitorplan"], start=HEADER + 1):
        cell = sheet.cell(row, 8)
        looks.setdefault(regel["status"], set()).add((cell.fill.patternType, cell.border.left.style))
    assert looks["beschikbaar"] == {("solid", None)}
    assert looks["deels-beschikbaar"] == {("lightUp", None)}  # a hatch, not only a colour
    assert looks["inregelen"] == {(None, "thick")}
    assert looks["niet-gekozen"] == {(None, None)}


def test_print_header_footer_and_title(workbook) -> None:  # noqa: ANN001
    book, _ = workbook
    sheet = book["Monitorplan"]
    assert book.properties.title == f"Monitorplan: {EXAMPLE_TITLE}"
    assert sheet.oddHeader.left.text == f"Monitorplan: {EXAMPLE_TITLE}"
    assert sheet.oddHeader.right.text  # the date
    assert sheet.oddFooter.left.text == "Bron: Platform31, Werken aan doorstroming van senioren (2023)"
    assert sheet.oddFooter.right.text == "Pagina &P van &N"
    assert (sheet.page_setup.orientation, sheet.page_setup.fitToWidth) == ("landscape", 1)
    assert sheet.print_title_rows == f"${HEADER}:${HEADER}"
    rejected = list(book["Niet verwerkt"].iter_rows(min_row=2, values_only=True))
    assert len(rejected) == 1 and rejected[0][0] == "gesprek-ouderenadviseur.json"  # its name, no folder


def test_a_placeholder_row_says_what_it_was_filled_in_as(small_runs: dict[str, Path]) -> None:
    book = load_workbook(small_runs["ambities-en-indicatoren"] / "monitorplan.xlsx")
    indicators = [r[0] for r in book["Monitorplan"].iter_rows(min_row=HEADER + 1, values_only=True)]
    assert (
        "Aantal keer dat interventie x is gebruikt (ingevuld als: Verhuisbus: gratis busje op de verhuisdag)"
        in indicators
    )


def test_a_formula_typed_by_a_participant_stays_text(toolkit: ToolkitData) -> None:
    bladen = prepare(
        [
            sheet(
                toolkit,
                "monitoren-3",
                "=HYPERLINK(x).pdf",
                "@Team & co",
                **{"aantal-gesprekken__opnemen": True, "aantal-gesprekken__toelichting": "=SOM(A1:A9)"},
            )
        ]
    ).bladen
    part = {
        "type": "indicatoren",
        "bladen": [{"bestand": "=HYPERLINK(x).pdf", "organisatie": "@Team & co"}],
        **combine_indicatoren(toolkit.werkbladen["monitoren-3"], bladen),
    }
    sessie = {
        "titel": "=1+1 & meer",
        "werkbladen": {"monitoren-3": part},
        "monitorplan": monitor_plan({"monitoren-3": part}),
        "afgewezen": [{"bestand": "map/@kapot.pdf", "reden": "-"}],
        "meldingen": [],
    }
    context = plan_context(plan_gegevens(toolkit), sessie, {"sector": "sociaal", "datum": "2025-01-01", "site": ""})
    book = load_workbook(io.BytesIO(xlsx_bytes(context)))
    cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value]
    risky = [c for c in cells if str(c.value)[:1] in "=+-@" or "=SOM" in str(c.value)]
    assert len(risky) >= 4
    assert all(c.data_type == "s" for c in cells)
    assert book["Monitorplan"].oddHeader.left.text == "Monitorplan: =1+1 && meer"  # '&' is a code in a print header
