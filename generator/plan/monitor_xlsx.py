"""monitorplan.xlsx: the monitor plan as a specification an analyst works in (openpyxl).

The sheet's shape is data (monitorplan.json), read by this writer and by the browser's
(documenten/monitorplan.js), which must give the same workbook cell for cell; the rows are the plan
context's monitor rows (context.py). Every value is stored as text (a participant's '=SOM(..)' never
runs); the status is readable without colour (SPECS §4): "beschikbaar" a solid fill, "deels
beschikbaar" a hatch, "registratie nog inregelen" a thick border, and always the word.
"""

from __future__ import annotations

import functools
import io
import json
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

from ..overview.xlsx import XLSX_CELL_LIMIT, print_wide, row_height, text_cell

SPEC = Path(__file__).parent / "monitorplan.json"
TOP = Alignment(wrap_text=True, vertical="top")
FONT = "Calibri"  # the workbook's own font: a bold header without a name would print in a serif
BOLD = 0.8  # a bold header line holds about this much of a plain one


@functools.cache
def spec() -> dict[str, Any]:
    return json.loads(SPEC.read_text(encoding="utf-8"))


def fill_in(text: str, values: dict[str, str], header: bool = False) -> str:
    """{titel}, {datum}, {bron} filled in; in a print header or footer a '&' of a value is written '&&'."""
    for key, value in values.items():
        text = text.replace("{" + key + "}", value.replace("&", "&&") if header else value)
    return text


def cell_value(value: Any) -> str:
    """A list is one line per entry; longer than Excel allows: cut, with a pointer to sessie.json."""
    text = "\n".join(value) if isinstance(value, list) else str(value or "")
    if len(text) > XLSX_CELL_LIMIT:
        text = text[: XLSX_CELL_LIMIT - 40] + "\n… (ingekort; zie sessie.json)"
    return text


def xlsx_bytes(context: dict[str, Any]) -> bytes:
    """The workbook from the plan context (plan_context: titel, datum_tekst, bron, monitor, afgewezen)."""
    shape = spec()
    values = {"titel": context["titel"], "datum": context["datum_tekst"], "bron": context["bron"]}
    book = Workbook()
    book.properties.title = fill_in(shape["boven"][0]["tekst"], values)
    book.properties.creator = "Doorstroomtoolkit"
    sheet = book.active
    sheet.title = shape["blad"]
    for row, line in enumerate(shape["boven"], start=1):
        cell = text_cell(sheet.cell(row, 1), fill_in(line["tekst"], values))
        if line.get("vet") or line.get("grootte"):
            cell.font = Font(name=FONT, bold=bool(line.get("vet")), size=line.get("grootte", 11))
    _monitor_rows(sheet, shape, context["monitor"]["regels"])
    for where, part in (("oddHeader", shape["koptekst"]), ("oddFooter", shape["voettekst"])):
        header = getattr(sheet, where)
        header.left.text = fill_in(part["links"], values, header=True)
        header.right.text = fill_in(part["rechts"], values, header=True)
    _rejected(book.create_sheet(shape["niet_verwerkt"]["blad"]), shape["niet_verwerkt"], context["afgewezen"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _header_row(sheet: Worksheet, row: int, columns: list[dict[str, Any]], shape: dict[str, Any]) -> None:
    for col, column in enumerate(columns, start=1):
        look = shape["kop"] if column.get("veld") else shape["invullen"]
        cell = text_cell(sheet.cell(row, col), column["kop"])
        cell.font = Font(name=FONT, bold=True, color=look["tekst"])
        cell.fill = PatternFill("solid", fgColor=look["vulling"], bgColor=look["vulling"])
        cell.alignment = TOP
        sheet.column_dimensions[cell.column_letter].width = column["breedte"]
    # bold text is wider: fewer characters per line, so every header shows whole
    sheet.row_dimensions[row].height = max(row_height([c["kop"]], c["breedte"] * BOLD) for c in columns)


def _monitor_rows(sheet: Worksheet, shape: dict[str, Any], regels: list[dict[str, Any]]) -> None:
    columns, header = shape["kolommen"], shape["koprij"]
    _header_row(sheet, header, columns, shape)
    row = header
    for regel in regels:
        row += 1
        texts = []
        for col, column in enumerate(columns, start=1):
            value = cell_value(regel.get(column["veld"], "")) if column.get("veld") else ""
            cell = text_cell(sheet.cell(row, col), value)
            cell.alignment = TOP
            if column.get("status"):
                _status(cell, shape["stand"][regel["status"]])
            texts.append((value, column["breedte"]))
        sheet.row_dimensions[row].height = max(row_height([v], w) for v, w in texts)
    if row == header:
        text_cell(sheet.cell(header + 1, 1), shape["leeg"])
    sheet.freeze_panes = sheet.cell(header + 1, 2)
    print_wide(sheet, f"{header}:{header}")
    sheet.auto_filter.ref = f"A{header}:{sheet.cell(max(row, header), len(columns)).coordinate}"


def _status(cell: Cell, look: dict[str, str]) -> None:
    if "patroon" in look:
        cell.fill = PatternFill(look["patroon"], fgColor=look["kleur"], bgColor=look.get("achtergrond", look["kleur"]))
    if "rand" in look:
        side = Side(style=look["rand"], color="000000")
        cell.border = Border(left=side, right=side, top=side, bottom=side)


def _rejected(sheet: Worksheet, shape: dict[str, Any], afgewezen: list[dict[str, str]]) -> None:
    columns = shape["kolommen"]
    for col, column in enumerate(columns, start=1):
        cell = text_cell(sheet.cell(1, col), column["kop"])
        cell.font = Font(name=FONT, bold=True, color=spec()["kop"]["tekst"])
        cell.fill = PatternFill("solid", fgColor=spec()["kop"]["vulling"], bgColor=spec()["kop"]["vulling"])
        cell.alignment = TOP
        sheet.column_dimensions[cell.column_letter].width = column["breedte"]
    for row, rejection in enumerate(afgewezen, start=2):
        values = (cell_value(rejection["bestand"]), cell_value(rejection["reden"]))
        for col, value in enumerate(values, start=1):
            text_cell(sheet.cell(row, col), value).alignment = TOP
        sheet.row_dimensions[row].height = max(
            row_height([v], c["breedte"]) for v, c in zip(values, columns, strict=True)
        )
    sheet.freeze_panes = "A2"
    print_wide(sheet, "1:1")
