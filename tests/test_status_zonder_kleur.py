"""Status without colour (docs/overzicht-weergave.md): gat, potentie and gedekt differ in a greyscale
render, by their form alone. The words are taken away first (text stripped from the wall's PDF, made
transparent on screen), then each cell is told from its grey pixels: a hatch varies, a fill is grey, a
gat is white with a heavy border. Every cell of the example must come out as its status in
overzicht.json, on the A3 wall and in the screen view at 1093 px. The workbook uses the same forms as
Excel fills."""

from __future__ import annotations

import io
import json
import statistics
import subprocess
from pathlib import Path

import pdfplumber
import pikepdf
import pytest
from openpyxl import load_workbook
from PIL import Image
from playwright.sync_api import Browser

from generator.loader import ToolkitData

from .sessie_helpers import example_overview  # noqa: F401 - fixture

STATUSES = ("GAT", "POTENTIE", "GEDEKT")
DPI = 100
TEXT_OPERATORS = {"Tj", "TJ", "'", '"'}


@pytest.fixture(scope="module")
def overview(example_overview: Path) -> tuple[Path, dict]:  # noqa: F811
    return example_overview, json.loads((example_overview / "overzicht.json").read_text(encoding="utf-8"))


def classify(pixels: list[int], border_px: float, thin_px: float) -> str:
    """What a reader without colour sees in a cell with its words taken away: a hatch (light and dark
    stripes), a grey fill, or white inside a border heavier than the others."""
    if statistics.pstdev(pixels) > 12:
        return "potentie"
    if statistics.fmean(pixels) < 240:
        return "gedekt"
    return "gat" if border_px >= 1.8 * thin_px else "onbekend"


def dark_run(image: Image.Image, x: int, y: int, towards: int) -> int:
    """Pixels of the first dark run (the cell's border) met going from (x, y) in direction ``towards``."""
    run, seen = 0, False
    for step in range(1, 40):
        value = image.getpixel((x + towards * step, y))
        if value < 150:
            run, seen = run + 1, True
        elif seen:
            return run
    return run


def cell_features(image: Image.Image, box: tuple[int, int, int, int]) -> tuple[list[int], int]:
    """The grey values inside a cell (its edges left out) and the width of its left border."""
    left, top, right, bottom = box
    pixels = [image.getpixel((x, y)) for x in range(left, right, 2) for y in range(top, bottom, 2)]
    border = statistics.median(dark_run(image, left, y, -1) for y in range(top, bottom, 3))
    return pixels, border


def without_text(pdf: Path, target: Path) -> Path:
    """The PDF with every text-showing operator removed: backgrounds, patterns and borders stay."""
    with pikepdf.open(pdf) as document:
        for page in document.pages:
            kept = [(operands, operator) for operands, operator in pikepdf.parse_content_stream(page)
                    if str(operator) not in TEXT_OPERATORS]
            page.Contents = document.make_stream(pikepdf.unparse_content_stream(kept))
        document.save(target)
    return target


def grey_render(pdf: Path, page: int) -> Image.Image:
    ppm = subprocess.run(["pdftoppm", "-gray", "-r", str(DPI), "-f", str(page), "-l", str(page), str(pdf)],
                         check=True, capture_output=True).stdout
    return Image.open(io.BytesIO(ppm)).convert("L")


def test_the_wall_tells_the_three_statuses_apart_in_greyscale(overview: tuple[Path, dict], tmp_path: Path,
                                                               toolkit: ToolkitData) -> None:
    out, data = overview
    mm = DPI / 25.4
    with pdfplumber.open(out / "overzicht.pdf") as pdf:
        words = pdf.pages[0].extract_words()
        scale = DPI / 72
    fasen = {f.naam.split()[0] for f in toolkit.vocabulaire.klantreis}
    header = max(w["bottom"] for w in words if w["text"] in fasen)
    badges = sorted((w for w in words if w["text"] in STATUSES and w["top"] > header),
                    key=lambda w: (round(w["top"] / 6), w["x0"]))
    assert [b["text"].lower() for b in badges] == [c["status"] for c in data["cellen"]]  # row by row, as the JSON
    columns = [b["x0"] for b in badges[:5]]  # the first row
    rows = [b["top"] for b in badges[::5]]  # the first column
    pitch_x, pitch_y = (columns[1] - columns[0]) * scale, (rows[1] - rows[0]) * scale
    image = grey_render(without_text(out / "overzicht.pdf", tmp_path / "zonder-tekst.pdf"), 1)
    found: dict[str, list[tuple[list[int], int]]] = {}
    for badge, cel in zip(badges, data["cellen"], strict=True):
        x, y = badge["x0"] * scale, badge["top"] * scale
        box = (round(x - 2 * mm), round(y + 7 * mm), round(x + pitch_x - 8 * mm), round(y + pitch_y - 6 * mm))
        found.setdefault(cel["status"], []).append(cell_features(image, box))
    thin = statistics.median(border for status in ("potentie", "gedekt") for _, border in found[status])
    seen = {status: [classify(pixels, border, thin) for pixels, border in cells] for status, cells in found.items()}
    assert seen == {status: [status] * len(cells) for status, cells in found.items()}
    assert set(seen) == {"gat", "potentie", "gedekt"}  # the example has all three


def test_the_screen_view_at_1093_px_tells_them_apart_in_greyscale(overview: tuple[Path, dict],
                                                                   browser: Browser) -> None:
    out, data = overview
    context = browser.new_context(viewport={"width": 1093, "height": 615}, locale="nl-NL")
    tab = context.new_page()
    tab.goto((out / "overzicht.html").as_uri())
    tab.add_style_tag(content="* { color: transparent !important; text-decoration: none !important; }")
    matrix = tab.locator("table.ov-matrix")
    matrix.scroll_into_view_if_needed()
    shot = Image.open(io.BytesIO(matrix.screenshot())).convert("L")
    origin = matrix.bounding_box()
    found: dict[str, list[tuple[list[int], int]]] = {}
    for cel in data["cellen"]:
        box = tab.locator(f"td[data-vak='{cel['categorie']}|{cel['fase']}']").bounding_box()
        badge = tab.locator(f"td[data-vak='{cel['categorie']}|{cel['fase']}'] .ov-status").bounding_box()
        left, top = box["x"] - origin["x"], badge["y"] + badge["height"] - origin["y"]
        bottom = box["y"] - origin["y"] + box["height"] - 4
        cell = (round(left + 6), round(top + 4), round(left + box["width"] - 6), round(bottom))
        found.setdefault(cel["status"], []).append(cell_features(shot, cell))
    context.close()
    thin = statistics.median(border for status in ("potentie", "gedekt") for _, border in found[status])
    seen = {status: [classify(pixels, border, thin) for pixels, border in cells] for status, cells in found.items()}
    assert seen == {status: [status] * len(cells) for status, cells in found.items()}


def test_the_workbook_shows_the_status_by_pattern_and_border(overview: tuple[Path, dict]) -> None:
    """Excel and LibreOffice print fills in grey too: gedekt solid, potentie hatched, gat no fill and a thick
    border, in the Matrix (each cell) and in the Items sheet (the Status column)."""
    out, data = overview
    book = load_workbook(out / "overzicht.xlsx")
    expected = {"gedekt": ("solid", None), "potentie": ("lightUp", None), "gat": (None, "thick")}
    for index, cel in enumerate(data["cellen"]):
        cell = book["Matrix"].cell(7 + index // 5, 2 + index % 5)
        assert cell.value.startswith(cel["status"].upper())
        assert (cell.fill.patternType, side(cell)) == expected[cel["status"]], cell.coordinate
    for row in book["Items"].iter_rows(min_row=2):
        assert (row[4].fill.patternType, side(row[4])) == expected[row[4].value]


def side(cell) -> str | None:  # noqa: ANN001 - an openpyxl cell
    return cell.border.left.style if cell.border and cell.border.left else None
