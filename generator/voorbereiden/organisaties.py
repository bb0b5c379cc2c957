"""The list of participating organisations (or tables) from a file: one name per line, a CSV file or an
Excel workbook, each with an optional contact column.

Rules (the browser, assets/javascripts/voorbereiden/organisaties.js, follows the same):

- ``.xlsx``: the first worksheet; ``.csv``: UTF-8 (with or without BOM), else Windows-1252 (what Excel
  writes on Windows), separated by the first of ``;``, tab, ``,`` that occurs in the first non-empty line;
  any other text (``.txt``, pasted): one name per line, a line split at a tab or ``;`` when it has one.
- The first non-empty row is a header when one of its cells is a known name heading ('Naam',
  'Organisatie', ...): the name is in the first such column, the contact in the first column with a contact
  heading ('Contact', 'E-mail', ...), if any. Without a header: name in column 1, contact in column 2.
- Rows without a name are skipped; no name at all is an error. Names are checked later (plan.py).
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from ..errors import DoorstroomError
from ..regels import one_line
from .namen import fout, teksten

LINES = re.compile(r"\r\n|\r|\n")
TEXT_SEPARATORS = ("\t", ";")
CSV_SEPARATORS = (";", "\t", ",")


class LijstFout(DoorstroomError):
    """The organisation file cannot be used (exit 2, like any other wrong input: nothing written)."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(f"{message}\n{fout('niets_geschreven')}")


def lees_lijst(bestand: str, raw: bytes) -> list[dict[str, str]]:
    """A file's bytes -> [{naam, contact}] in file order (raises :class:`LijstFout`)."""
    suffix = Path(bestand).suffix.lower()
    if suffix in (".xls", ".xlsm", ".ods", ".doc", ".docx", ".pdf", ".numbers"):
        raise LijstFout(fout("lijst_soort", bestand=bestand))
    if suffix == ".xlsx":
        rows = _xlsx_rows(bestand, raw)
    else:
        text = _decode(raw)
        rows = _csv_rows(text) if suffix == ".csv" else tekst_rijen(text)
    found = uit_rijen(rows)
    if not found:
        raise LijstFout(fout("lijst_leeg_bestand", bestand=bestand))
    return found


def tekst_rijen(text: str) -> list[list[str]]:
    """Pasted text or a .txt file: one row per line, split at the first kind of tab or ';' it holds."""
    rows = []
    for line in LINES.split(text):
        separator = next((s for s in TEXT_SEPARATORS if s in line), None)
        rows.append(line.split(separator) if separator else [line])
    return rows


def uit_rijen(rows: list[list[str]]) -> list[dict[str, str]]:
    """Rows of cells -> [{naam, contact}], reading the header when there is one."""
    rows = [[one_line(cell) for cell in row] for row in rows]
    rows = [row for row in rows if any(row)]
    if not rows:
        return []
    koppen = teksten()["koppen"]
    header = [cell.lower() for cell in rows[0]]
    name_col = next((i for i, cell in enumerate(header) if cell in koppen["naam"]), -1)
    contact_col = 1
    if name_col >= 0:
        contact_col = next((i for i, cell in enumerate(header) if cell in koppen["contact"]), -1)
        rows = rows[1:]
    name_col = max(name_col, 0)
    return [{"naam": row[name_col], "contact": row[contact_col] if 0 <= contact_col < len(row) else ""}
            for row in rows if name_col < len(row) and row[name_col]]


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _csv_rows(text: str) -> list[list[str]]:
    first = next((line for line in LINES.split(text) if line.strip()), "")
    separator = next((s for s in CSV_SEPARATORS if s in first), ";")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=separator))


def _xlsx_rows(bestand: str, raw: bytes) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - any damage: a clear reason, never a traceback
        raise LijstFout(fout("lijst_onleesbaar", bestand=bestand, oorzaak=type(exc).__name__)) from None
    sheet = workbook.worksheets[0]
    rows = [[_cell(value) for value in row] for row in sheet.iter_rows(values_only=True)]
    workbook.close()
    return rows


def _cell(value: Any) -> str:
    """A cell as the text people see: whole numbers without '.0' (a phone number typed as a number)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
