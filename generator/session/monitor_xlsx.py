"""The monitor plan as a workbook the partners keep working in: monitorplan.xlsx.

One row per indicator: first the chosen ones (available, or registration still to be set up), then
the ones nobody chose. Every value is stored as text, so a participant's '=SOM(..)' never runs; cells,
row heights and the print setup (A3 landscape, one page wide) as in overzicht.xlsx.
"""

from __future__ import annotations

import io
from collections.abc import Iterable

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from ..loader import ToolkitData
from ..overview.xlsx import HEADER_FILL, HEADER_FONT, XLSX_CELL_LIMIT, print_wide, row_height, text_cell
from .contract import Antwoord, Sessie
from .monitor import STATUS_TEXT, status

HEADER = ("Status", "Indicator", "Werkblad", "Doel of onderwerp", "Opnemen? (aangevinkt door)",
          "Beschikbaar? (aangevinkt door)", "Toelichting", "Afspraak: bron, wie registreert, hoe vaak")
WIDTHS = (24, 44, 26, 26, 28, 28, 56, 40)
FILLS = {"inregelen": "F9D6D5", "deels-beschikbaar": "FCEBC5", "beschikbaar": "D7F0DC", "niet-gekozen": "EEEEEE"}


def xlsx_bytes(data: ToolkitData, sessie: Sessie, datum: str) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "Monitorplan"
    _text(sheet.cell(1, 1), f"Monitorplan: {sessie['titel']}").font = Font(bold=True, size=14)
    _text(sheet.cell(2, 1), f"Concept van {datum}, uit de werkbladen 'Wat is de opgave?' en 'Wat willen we "
                            "monitoren?'. Vul de laatste kolom in met de afspraken.")
    _text(sheet.cell(3, 1), data.toolkit.bron)
    header_row = 5
    for col, (title, width) in enumerate(zip(HEADER, WIDTHS, strict=True), start=1):
        _header(sheet.cell(header_row, col), title)
        sheet.column_dimensions[sheet.cell(header_row, col).column_letter].width = width
    groups = _group_names(data)
    row = header_row
    for regel in sessie["monitorplan"]:
        row += 1
        kind = status(regel)
        values = (STATUS_TEXT[kind], regel["tekst"], data.werkbladen[regel["werkblad"]].titel,
                  groups[(regel["werkblad"], regel["indicator"])], "\n".join(regel["opnemen"]),
                  "\n".join(regel["beschikbaar"]), _lines(regel["toelichting"]), "")
        for col, value in enumerate(values, start=1):
            cell = _text(sheet.cell(row, col), value)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        heights = (row_height([value], width) for value, width in zip(values, WIDTHS, strict=True))
        sheet.row_dimensions[row].height = max(heights)
        sheet.cell(row, 1).fill = PatternFill("solid", fgColor=FILLS[kind])
    if row == header_row:
        _text(sheet.cell(row + 1, 1), "Er is geen werkblad met indicatoren ingeleverd.")
    sheet.freeze_panes = sheet.cell(header_row + 1, 3)
    print_wide(sheet, f"{header_row}:{header_row}")
    sheet.auto_filter.ref = f"A{header_row}:{sheet.cell(max(row, header_row), len(HEADER)).coordinate}"
    _rejected(book.create_sheet("Niet verwerkt"), sessie)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _group_names(data: ToolkitData) -> dict[tuple[str, str], str]:
    """(werkblad, indicator) -> the name of its Doel or Onderwerp on the sheet."""
    names = {}
    for werkblad in data.werkbladen.values():
        for groep in getattr(werkblad.blad, "groepen", []):
            for indicator in groep.indicatoren:
                names[(werkblad.id, indicator.id)] = groep.naam
    return names


def _lines(toelichting: Iterable[Antwoord]) -> str:
    return "\n".join(f"{t['organisatie']}: {t['tekst']}" for t in toelichting)


def _rejected(sheet: Worksheet, sessie: Sessie) -> None:
    for col, title in enumerate(("Bestand", "Reden"), start=1):
        _header(sheet.cell(1, col), title)
    sheet.column_dimensions["A"].width = 60
    sheet.column_dimensions["B"].width = 90
    for row, rejection in enumerate(sessie["afgewezen"], start=2):
        values = (rejection["bestand"], rejection["reden"])
        for col, value in enumerate(values, start=1):
            _text(sheet.cell(row, col), value).alignment = Alignment(wrap_text=True, vertical="top")
        sheet.row_dimensions[row].height = max(row_height([values[0]], 60), row_height([values[1]], 90))
    sheet.freeze_panes = "A2"
    print_wide(sheet, "1:1")


def _header(cell: Cell, title: str) -> None:
    """A header cell as in overzicht.xlsx: bold white on dark blue, wrapped."""
    _text(cell, title)
    cell.font = Font(bold=True, color=HEADER_FONT)
    cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
    cell.alignment = Alignment(wrap_text=True, vertical="top")


def _text(cell: Cell, value: str) -> Cell:
    """Stored as text (no formulas); longer than Excel allows: cut, with a pointer to the report."""
    if len(value) > XLSX_CELL_LIMIT:
        value = value[: XLSX_CELL_LIMIT - 40] + "\n… (ingekort; zie sessie.json)"
    return text_cell(cell, value)
