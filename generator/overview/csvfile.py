"""overzicht.csv: one row per item, for Dutch Excel by double-click; the contract in the README.

The site writes the same bytes in JavaScript, so every detail is fixed: UTF-8 with BOM (Excel reads
accents), `;` (Dutch Excel's separator), CRLF, a field quoted only when it holds `;`, `"`, CR or LF,
and a leading `'` before `=`, `+`, `-`, `@`, tab or CR so Excel never runs a participant's text.
"""

from __future__ import annotations

from typing import Any

HEADER = ("organisatie", "categorie", "fase", "soort", "tekst")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def field(value: str) -> str:
    if value.startswith(FORMULA_STARTS):
        value = "'" + value
    if any(c in value for c in ';"\r\n'):
        value = '"' + value.replace('"', '""') + '"'
    return value


def csv_bytes(overzicht: dict[str, Any], toolkit: dict[str, Any]) -> bytes:
    """The CSV of an overview (public JSON) with the names of categorie, fase and soort from the toolkit view."""
    categorieen = {c["id"]: c["naam"] for c in toolkit["categorieen"]}
    fasen = {f["id"]: f["naam"] for f in toolkit["fasen"]}
    rows = [HEADER]
    for cel in overzicht["cellen"]:
        for soort in ("al", "nog"):
            rows += [(item["organisatie"], categorieen[cel["categorie"]], fasen[cel["fase"]], toolkit["soorten"][soort],
                      item["tekst"]) for item in cel[soort]]
    text = "".join(";".join(field(value) for value in row) + "\r\n" for row in rows)
    return "\ufeff".encode() + text.encode("utf-8")
