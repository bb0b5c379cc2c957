"""A workbook read back cell for cell with openpyxl, for comparing two writers (openpyxl, exceljs): every
value with its type, and the looks that carry meaning (bold, font colour and size, fill pattern and colours,
borders, wrapping); column widths, row heights, frozen panes, filter, print setup, print header and footer,
the document title."""

from __future__ import annotations

import io
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter


def _colour(colour: Any) -> str | None:
    """The RGB of a colour, without its alpha (openpyxl writes 00, exceljs FF)."""
    rgb = getattr(colour, "rgb", None)
    return rgb[-6:] if isinstance(rgb, str) else None


def _widths(sheet: Any) -> dict[str, float]:
    """Column widths per column (openpyxl joins neighbours of the same width into one range)."""
    widths = {}
    for dimension in sheet.column_dimensions.values():
        if dimension.width:
            for index in range(dimension.min or 1, (dimension.max or dimension.min or 1) + 1):
                widths[get_column_letter(index)] = dimension.width
    return widths


def _cell(cell: Any) -> dict[str, Any]:
    font, fill, border = cell.font, cell.fill, cell.border
    return {
        "waarde": cell.value, "soort": cell.data_type,
        "vet": bool(font.b), "tekstkleur": _colour(font.color) if font.b else None,
        "grootte": float(font.sz) if font.sz and float(font.sz) != 11 else None,
        "vulling": (fill.patternType, _colour(fill.fgColor), _colour(fill.bgColor)) if fill.patternType else None,
        "rand": tuple(getattr(border, side).style for side in ("left", "right", "top", "bottom")),
        "terugloop": bool(cell.alignment.wrap_text), "boven": cell.alignment.vertical == "top",
    }


def cells(xlsx: bytes) -> dict[str, Any]:
    book = load_workbook(io.BytesIO(xlsx))
    result: dict[str, Any] = {"titel": book.properties.title, "maker": book.properties.creator, "bladen": {}}
    for sheet in book.worksheets:
        setup = sheet.page_setup
        result["bladen"][sheet.title] = {
            "cellen": {c.coordinate: _cell(c) for row in sheet.iter_rows() for c in row
                       if c.value is not None or c.fill.patternType or c.font.b},
            "breedtes": _widths(sheet),
            "hoogtes": {k: v.height for k, v in sheet.row_dimensions.items() if v.height},
            "vast": sheet.freeze_panes, "filter": sheet.auto_filter.ref,
            "afdruk": (setup.orientation, str(setup.paperSize), setup.fitToWidth, setup.fitToHeight,
                       sheet.sheet_properties.pageSetUpPr.fitToPage if sheet.sheet_properties.pageSetUpPr else None),
            "titelrijen": sheet.print_title_rows,
            "koptekst": (sheet.oddHeader.left.text, sheet.oddHeader.right.text),
            "voettekst": (sheet.oddFooter.left.text, sheet.oddFooter.right.text),
        }
    return result
