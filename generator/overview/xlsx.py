"""overzicht.xlsx: the matrix to look at and the items to filter, for people who work in Excel.

The layout is documented cell by cell in the README ("overzicht.xlsx"), because the site writes the
same workbook with exceljs. Every participant's text is stored as text, never as a formula.
"""

from __future__ import annotations

import io
import math
from typing import Any

XLSX_CELL_LIMIT = 32_767  # Excel's maximum number of characters in one cell
# Status without colour (docs/overzicht-weergave.md): gedekt a solid fill, potentie a diagonal hatch
# (pattern "lightUp": lines in the first colour on the second), gat no fill and a thick border.
STATUS_FILLS = {"potentie": ("lightUp", "D9A521", "FFFFFF"), "gedekt": ("solid", "A9D3B6", "A9D3B6")}
GAT_BORDER = "A4161A"
HEADER_FILL, HEADER_FONT = "004F6E", "FFFFFF"
VOORBEELD = "Voorbeeld met verzonnen gegevens"
MATRIX_HEADER_ROW = 6
MATRIX_WIDTH = 45  # characters, columns B-G of the Matrix sheet
ITEM_WIDTH = 90  # characters, the column Punt of the Items sheet


def xlsx_bytes(context: dict[str, Any]) -> bytes:
    """The workbook (sheets Matrix, Items, Meldingen, Niet verwerkt) from the screen view's context."""
    from openpyxl import Workbook  # imported here: only this output needs it

    book = Workbook()
    _styles(book)
    matrix = book.active
    matrix.title = "Matrix"
    _matrix(matrix, context)
    _items(book.create_sheet("Items"), context)
    overzicht = context["overzicht"]
    _list(book.create_sheet("Meldingen"), ("Bestand", "Melding"),
          [(m["bestand"], m["melding"]) for m in overzicht["meldingen"]])
    _list(book.create_sheet("Niet verwerkt"), ("Bestand", "Reden"),
          [(r["bestand"], r["reden"]) for r in overzicht["afgewezen"]])
    book.properties.title = context["opties"]["titel"]
    if context["opties"]["voorbeeld"]:
        book.properties.subject = VOORBEELD
        for sheet in book.worksheets:
            sheet.oddHeader.center.text = VOORBEELD
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _styles(book) -> None:
    """Named cell styles: "Kop" for header rows, "Tekst" for wrapped text, one per status (its pattern).

    Named, because setting a named style is several times faster than setting fill and alignment per
    cell, which counts with thousands of items; Excel lists them under Celstijlen.
    """
    from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side

    top = Alignment(wrap_text=True, vertical="top")
    book.add_named_style(NamedStyle("Kop", font=Font(bold=True, color=HEADER_FONT), alignment=top,
                                    fill=PatternFill("solid", fgColor=HEADER_FILL)))
    book.add_named_style(NamedStyle("Tekst", alignment=top))
    thick = Side(style="thick", color=GAT_BORDER)
    book.add_named_style(NamedStyle("Gat", alignment=top, border=Border(left=thick, right=thick, top=thick,
                                                                        bottom=thick)))
    for status, (pattern, lines, ground) in STATUS_FILLS.items():
        book.add_named_style(NamedStyle(status.capitalize(), alignment=top,
                                        fill=PatternFill(pattern, fgColor=lines, bgColor=ground)))


def _matrix(sheet, context: dict[str, Any]) -> None:
    from openpyxl.styles import Font

    toolkit, afgeleid, opties = context["toolkit"], context["afgeleid"], context["opties"]
    totaal = afgeleid["totaal"]
    text_cell(sheet.cell(1, 1), opties["titel"]).font = Font(bold=True, size=14)
    if opties["voorbeeld"]:
        text_cell(sheet.cell(2, 1), VOORBEELD).font = Font(bold=True, color="6B1D5E")
    text_cell(sheet.cell(3, 1), f"{len(afgeleid['organisaties'])} organisaties, {totaal['punten']} punten. Vakken: "
                            f"{totaal['gat']} gat, {totaal['potentie']} potentie, {totaal['gedekt']} gedekt.")
    legend = " · ".join(f"{status}: {text}" for status, text in toolkit["statussen"].items())
    counts = "Aantallen: organisaties die dit al doen / nog kunnen doen."
    text_cell(sheet.cell(4, 1), f"{legend}. {counts} {toolkit['bron']} {toolkit['herkomst']}")
    heads = ["Interventiecategorie", *(f["naam"] for f in toolkit["fasen"]),
             f"Ideeën uit de {toolkit['menukaart']['titel'].lower()}"]
    for col, head in enumerate(heads, start=1):
        _header(sheet.cell(MATRIX_HEADER_ROW, col), head)
    sheet.column_dimensions["A"].width = 24
    for col in range(2, len(heads) + 1):
        sheet.column_dimensions[_column(col)].width = MATRIX_WIDTH
    for row, rij in enumerate(afgeleid["rijen"], start=MATRIX_HEADER_ROW + 1):
        head = text_cell(sheet.cell(row, 1), f"{rij['categorie']['nummer']} {rij['categorie']['naam']}", "Tekst")
        head.font = Font(bold=True)
        texts = []
        for col, cel in enumerate(rij["cellen"], start=2):
            text = _cell_text(cel, toolkit["soorten"])
            text_cell(sheet.cell(row, col), text, cel["status"].capitalize())
            texts.append(text)
        if rij["open"] and rij["ideeen"]:
            ideas = "\n".join([f"Voor: {', '.join(rij['open'])}"] + [f"• {i['tekst']}" for i in rij["ideeen"]])
            text_cell(sheet.cell(row, len(heads)), ideas, "Tekst")
            texts.append(ideas)
        sheet.row_dimensions[row].height = row_height(texts)
    footer = MATRIX_HEADER_ROW + len(afgeleid["rijen"]) + 1
    text_cell(sheet.cell(footer, 1), "Per fase").font = Font(bold=True)
    for col, fase in enumerate(afgeleid["fasen"], start=2):
        text_cell(sheet.cell(footer, col), f"{fase['gat']} gat · {fase['potentie']} potentie · {fase['gedekt']} gedekt")
    sheet.freeze_panes = sheet.cell(MATRIX_HEADER_ROW + 1, 2)
    print_wide(sheet, f"{MATRIX_HEADER_ROW}:{MATRIX_HEADER_ROW}")


def _cell_text(cel: dict[str, Any], soorten: dict[str, str]) -> str:
    lines = [cel["status"].upper(), f"{cel['n_al']} doen al · {cel['n_nog']} kunnen nog"]
    for soort in ("al", "nog"):
        if cel[soort]:
            lines += ["", soorten[soort].capitalize() + ":"]
            lines += [f"• {i['organisatie']}: {i['tekst']}" for i in cel[soort]]
    text = "\n".join(lines)
    if len(text) > XLSX_CELL_LIMIT:
        text = text[: XLSX_CELL_LIMIT - 40] + "\n… (zie het blad Items)"
    return text


def row_height(texts: list[str], width: float = MATRIX_WIDTH) -> float:
    """Row height in points for wrapped text (Excel does not fit rows itself); at most Excel's 409.
    Also the rows of monitorplan.xlsx (generator/plan/monitor_xlsx.py)."""
    per_line = width * 1.1  # characters of an average text per line in a column this wide (a little less)
    lines = max(sum(max(1, math.ceil(len(line) / per_line)) for line in text.split("\n")) for text in texts)
    return min(409, 15 * lines)


def _items(sheet, context: dict[str, Any]) -> None:
    toolkit = context["toolkit"]
    heads = ("Organisatie", "Categorie", "Fase", "Soort", "Status", "Punt")
    for col, head in enumerate(heads, start=1):
        _header(sheet.cell(1, col), head)
    for col, width in zip("ABCDEF", (30, 20, 16, 20, 11, ITEM_WIDTH), strict=True):
        sheet.column_dimensions[col].width = width
    widest = len(heads)
    row = 1  # counted here: openpyxl's max_row scans every cell, which makes big sessions quadratic
    for rij in context["afgeleid"]["rijen"]:
        for cel in rij["cellen"]:
            for soort in ("al", "nog"):
                for item in cel[soort]:
                    row += 1
                    text = item["tekst"]
                    chunks = [text[i:i + XLSX_CELL_LIMIT] for i in range(0, len(text), XLSX_CELL_LIMIT)]
                    values = [item["organisatie"], rij["categorie"]["naam"], cel["fasenaam"],
                              toolkit["soorten"][soort], cel["status"], *chunks]
                    for col, value in enumerate(values, start=1):
                        text_cell(sheet.cell(row, col), value)
                    sheet.cell(row, 5).style = cel["status"].capitalize()
                    sheet.cell(row, 6).style = "Tekst"
                    if len(text) > ITEM_WIDTH:
                        sheet.row_dimensions[row].height = row_height([chunks[0]], ITEM_WIDTH)
                    widest = max(widest, len(values))
    for col in range(len(heads) + 1, widest + 1):
        _header(sheet.cell(1, col), "Punt (vervolg)")
    _filtered(sheet, len(heads), row)


def _list(sheet, heads: tuple[str, str], rows: list[tuple[str, str]]) -> None:
    for col, head in enumerate(heads, start=1):
        _header(sheet.cell(1, col), head)
    sheet.column_dimensions["A"].width = 50
    sheet.column_dimensions["B"].width = 90
    for row, values in enumerate(rows, start=2):
        for col, value in enumerate(values, start=1):
            text_cell(sheet.cell(row, col), value, "Tekst")
        sheet.row_dimensions[row].height = max(row_height([values[0]], 50), row_height([values[1]], 90))
    _filtered(sheet, len(heads), len(rows) + 1)


def print_wide(sheet, title_rows: str) -> None:
    """Printed landscape on A3, as wide as the page, the header row on every page (also monitorplan.xlsx)."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A3
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = title_rows


def _header(cell, text: str) -> None:
    text_cell(cell, text, "Kop")


def _filtered(sheet, columns: int, last_row: int) -> None:
    """Header row frozen and filterable (over the header alone when there are no rows yet)."""
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{_column(columns)}{max(last_row, 1)}"
    print_wide(sheet, "1:1")


def _column(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)


def text_cell(cell, value: str, style: str | None = None):
    """Store as text, always: '=SOM(...)' typed by a participant must not become a formula (every workbook
    of the project writes its cells through here)."""
    cell.value = value
    cell.data_type = "s"
    if style:
        cell.style = style
    return cell
