"""Table header cells in the PDF's structure tree, right for every cell (what a screen reader announces).

WeasyPrint tags tables (TH, TD with ``/Headers``), but counts a cell's column by its place in its row: in
a row after a ``rowspan`` every cell points one column too far left (Stimuleren's "Woonwens" was announced
as "Huidige woning"). We lay each table out as a grid again, with RowSpan and ColSpan, and give every
data cell the IDs of its row headers (every header cell of its rows, left to right: the indicator
sheets print the indicator right of its tick boxes) and of its column headers, and every header cell its
``/Scope``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pikepdf

ROW_GROUPS = ("/THead", "/TBody", "/TFoot")


def fix_table_headers(pdf: pikepdf.Pdf) -> int:
    """Rewrite ``/Headers`` and ``/Scope`` of every table; returns the number of data cells set."""
    root = pdf.Root.get("/StructTreeRoot")
    if root is None:
        return 0
    return sum(_fix_table(table) for table in _elements(root, "/Table"))


def _elements(node: pikepdf.Object, kind: str) -> Iterator[pikepdf.Dictionary]:
    """Every structure element of ``kind`` below ``node`` (depth first, document order)."""
    for child in _kids(node):
        if child.get("/S") == kind:
            yield child
        else:
            yield from _elements(child, kind)


def _kids(node: pikepdf.Object) -> list[pikepdf.Dictionary]:
    kids = node.get("/K") if isinstance(node, pikepdf.Dictionary) else None
    if kids is None:
        return []
    items = list(kids) if isinstance(kids, pikepdf.Array) else [kids]
    return [k for k in items if isinstance(k, pikepdf.Dictionary) and "/S" in k]


def _attributes(cell: pikepdf.Dictionary) -> pikepdf.Dictionary:
    """The cell's Table attribute dictionary (made when missing)."""
    attributes = cell.get("/A")
    if isinstance(attributes, pikepdf.Array):
        for entry in attributes:
            if isinstance(entry, pikepdf.Dictionary) and entry.get("/O") == "/Table":
                return entry
    elif isinstance(attributes, pikepdf.Dictionary) and attributes.get("/O") == "/Table":
        return attributes
    table = pikepdf.Dictionary(O=pikepdf.Name.Table)
    cell.A = pikepdf.Array([attributes, table]) if attributes is not None else table
    return table


def _fix_table(table: pikepdf.Dictionary) -> int:
    rows: list[tuple[str, pikepdf.Dictionary]] = []
    for part in _kids(table):
        if part.get("/S") in ROW_GROUPS:
            rows += [(str(part.S), row) for row in _kids(part) if row.get("/S") == "/TR"]
        elif part.get("/S") == "/TR":
            rows.append(("/TBody", part))
    taken: set[tuple[int, int]] = set()
    placed: list[tuple[pikepdf.Dictionary, str, int, int, int, int]] = []  # cell, group, row, col, rows, cols
    for r, (group, row) in enumerate(rows):
        c = 0
        for cell in (k for k in _kids(row) if k.get("/S") in ("/TH", "/TD")):
            while (r, c) in taken:
                c += 1
            attributes = _attributes(cell)
            span_rows, span_cols = int(attributes.get("/RowSpan", 1)), int(attributes.get("/ColSpan", 1))
            taken |= {(r + dr, c + dc) for dr in range(span_rows) for dc in range(span_cols)}
            placed.append((cell, group, r, c, span_rows, span_cols))
            c += span_cols
    headers = [p for p in placed if p[0].S == "/TH"]
    for cell, group, *_ in headers:
        _attributes(cell).Scope = pikepdf.Name.Column if group == "/THead" else pikepdf.Name.Row
    done = 0
    for cell, _, r, c, span_rows, span_cols in placed:
        if cell.S != "/TD":
            continue
        rows_of = set(range(r, r + span_rows))
        cols_of = set(range(c, c + span_cols))
        row_headers = [h for h in headers if h[1] != "/THead" and rows_of & set(range(h[2], h[2] + h[4]))]
        col_headers = [h for h in headers if h[1] == "/THead" and cols_of & set(range(h[3], h[3] + h[5]))]
        ids = [h[0].ID for h in sorted(row_headers, key=lambda h: h[3]) + sorted(col_headers, key=lambda h: h[2])
               if "/ID" in h[0]]
        _attributes(cell).Headers = pikepdf.Array(ids)
        done += 1
    return done
