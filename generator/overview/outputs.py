"""Write an :class:`Overzicht` five ways: HTML (interactive), PDF (A3), XLSX, CSV and JSON.

All files are first written next to their target and then renamed into place, so an earlier
overview is never left half-overwritten.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from ..files import write_atomic
from ..loader import ToolkitData
from ..pdf.cache import cached
from ..pdf.fonts import body_font
from ..pdf.render import css_string, weasyprint_pdf
from .matrix import STATUS_TEXT, Overzicht

TEMPLATES = Path(__file__).parent / "templates"
XLSX_CELL_LIMIT = 32_767  # Excel's maximum number of characters in one cell
# The printed overview stays readable (and quick to make) for large sessions; the other outputs keep
# everything: longer items are shortened and long cells are summarised.
PDF_ITEM_LIMIT = 600
PDF_MAX_ITEMS = 15


@cache
def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["kort"] = lambda text: text if len(text) <= PDF_ITEM_LIMIT else text[:PDF_ITEM_LIMIT] + " … (ingekort)"
    env.filters["css_string"] = css_string
    return env


def render_html(data: ToolkitData, overzicht: Overzicht, for_pdf: bool = False) -> str:
    """The overview page (self-contained); ``for_pdf`` drops the filter and script, shortens long items."""
    fonts = {"regular": body_font("normal", 400).as_uri(), "bold": body_font("normal", 700).as_uri()}
    return _environment().get_template("overzicht.html.j2").render(
        o=overzicht, fasen=data.vocabulaire.klantreis, categorieen=data.vocabulaire.interventiecategorieen,
        menukaart=data.menukaarten[overzicht.sector], status_text=STATUS_TEXT, bron=data.toolkit.bron,
        pdf=for_pdf, fonts=fonts, instrument_url={} if for_pdf else overzicht.links,
        pdf_max_items=PDF_MAX_ITEMS, per_organisatie=overzicht.per_organisatie(),
        categorie_by_id=data.vocabulaire.categorieen(),
        org_index={name: i for i, name in enumerate(overzicht.organisaties)},
        items_total=sum(len(c.al) + len(c.nog) for c in overzicht.cellen),
    )


def csv_text(overzicht: Overzicht) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["organisatie", "categorie", "fase", "soort", "tekst"])
    for cel in overzicht.cellen:
        for soort, items in (("al", cel.al), ("nog", cel.nog)):
            for item in items:
                writer.writerow([item.organisatie, cel.categorie, cel.fase, soort, item.tekst])
    return out.getvalue()


def xlsx_bytes(data: ToolkitData, overzicht: Overzicht) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    fills = {"gat": "F9D6D5", "potentie": "FFF1C2", "gedekt": "D7F0DC"}
    book = Workbook()
    matrix = book.active
    matrix.title = "Matrix"
    _text(matrix.cell(1, 1), overzicht.titel).font = Font(bold=True, size=14)
    _text(matrix.cell(2, 1), data.toolkit.bron)
    for col, fase in enumerate(data.vocabulaire.klantreis, start=2):
        _text(matrix.cell(4, col), fase.naam).font = Font(bold=True)
        matrix.column_dimensions[chr(64 + col)].width = 40
    matrix.column_dimensions["A"].width = 24
    for row, categorie in enumerate(data.vocabulaire.interventiecategorieen, start=5):
        _text(matrix.cell(row, 1), f"{categorie.nummer} {categorie.naam}").font = Font(bold=True)
        for col, fase in enumerate(data.vocabulaire.klantreis, start=2):
            cel = overzicht.cel(categorie.id, fase.id)
            lines = [cel.status.upper(), f"{len({i.organisatie for i in cel.al})} organisaties doen al iets"]
            lines += ["Doen we al:"] + [f"- {i.organisatie}: {i.tekst}" for i in cel.al] if cel.al else []
            lines += ["Kunnen we nog doen:"] + [f"- {i.organisatie}: {i.tekst}" for i in cel.nog] if cel.nog else []
            text = "\n".join(lines)
            if len(text) > XLSX_CELL_LIMIT:
                text = text[: XLSX_CELL_LIMIT - 40] + "\n… (zie het blad Items)"
            cell = _text(matrix.cell(row, col), text)
            cell.fill = PatternFill("solid", fgColor=fills[cel.status])
            cell.alignment = Alignment(wrap_text=True, vertical="top")

    items = book.create_sheet("Items")
    items.append(["organisatie", "categorie", "fase", "soort", "tekst"])
    row = 1  # counted here: openpyxl's max_row scans every cell, which makes big sessions quadratic
    for cel in overzicht.cellen:
        for soort, cell_items in (("al", cel.al), ("nog", cel.nog)):
            for item in cell_items:
                row += 1
                chunks = [item.tekst[i:i + XLSX_CELL_LIMIT] for i in range(0, len(item.tekst), XLSX_CELL_LIMIT)]
                for col, value in enumerate([item.organisatie, cel.categorie, cel.fase, soort, *chunks], start=1):
                    _text(items.cell(row, col), value)
    rejected = book.create_sheet("Niet verwerkt")
    rejected.append(["bestand", "reden"])
    for row, r in enumerate(overzicht.afgewezen, start=2):
        _text(rejected.cell(row, 1), r.bestand)
        _text(rejected.cell(row, 2), r.reden)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _text(cell, value: str):  # noqa: ANN001, ANN202 - openpyxl cell
    """Store as text, always: '=SOM(...)' typed by a participant must not become a formula."""
    cell.value = value
    cell.data_type = "s"
    return cell


def pdf_bytes(data: ToolkitData, overzicht: Overzicht, cache_dir: Path) -> bytes:
    html = render_html(data, overzicht, for_pdf=True)
    content, _ = cached(cache_dir, "overzicht\n" + html,
                        lambda: weasyprint_pdf(html, False, cache_dir, "overzicht.pdf"))
    return content


OUTPUTS = ("overzicht.html", "overzicht.pdf", "overzicht.xlsx", "overzicht.csv", "overzicht.json")


def produce_all(data: ToolkitData, overzicht: Overzicht, cache_dir: Path) -> dict[str, Callable[[], bytes]]:
    """File name -> how to make its bytes (lazily, so a failure leaves earlier files untouched)."""
    return {
        "overzicht.json": lambda: (json.dumps(overzicht.as_json(), ensure_ascii=False, indent=2) + "\n").encode(),
        "overzicht.csv": lambda: csv_text(overzicht).encode("utf-8"),
        "overzicht.xlsx": lambda: xlsx_bytes(data, overzicht),
        "overzicht.html": lambda: render_html(data, overzicht).encode("utf-8"),
        "overzicht.pdf": lambda: pdf_bytes(data, overzicht, cache_dir),
    }


def write_all(data: ToolkitData, overzicht: Overzicht, out: Path, cache_dir: Path) -> list[Path]:
    """Make every output in memory first, then put them in place one by one with atomic renames."""
    contents = {name: make() for name, make in produce_all(data, overzicht, cache_dir).items()}
    return [write_atomic(out / name, contents[name]) for name in OUTPUTS]
