"""overzicht.pdf is a wall to discuss: page 1 holds the whole klantreis at 11 pt or more, the cells point
to the pages with the rest, and a continued list always names its categorie and fase (3, 11 and 30
organisations, read back with pypdf)."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from pypdf import PageObject, PdfReader

from generator.loader import ToolkitData

from .helpers import ROOT, run_cli

WORDS = ("verhuiscoach voorrang 55+ verhuisvergoeding meeneemhuur voorinspectie klusdienst informatieavond "
         "woonwensengesprek seniorenwoningen hofje huurgewenning buurthuis ouderenadviseur bibliotheek "
         "gelijkvloers nultredenwoning seniorenraad wijkverpleging mantelzorg").split()
FOOTER_PT = 14 / 25.4 * 72  # the bottom margin holds the source line and the page number (9 pt)


def session(folder: Path, size: int, toolkit: ToolkitData) -> Path:
    """``size`` invented organisations, each writing in about a quarter of the boxes."""
    names = [v.naam for v in toolkit.velden["stimuleren"] if v.naam != "organisatie"]
    rng = random.Random(size)
    folder.mkdir()
    for i in range(size):
        answers = {name: "\n".join(" ".join(rng.sample(WORDS, rng.randint(2, 7))).capitalize()
                                   for _ in range(rng.randint(1, 3)))
                   for name in names if rng.random() < 0.25}
        (folder / f"org-{i:02d}.json").write_text(json.dumps(
            {"werkblad": "stimuleren", "organisatie": f"Organisatie {i:02d}", "antwoorden": answers}), encoding="utf-8")
    return folder


@pytest.fixture(scope="module", params=[3, 11, 30], ids=lambda n: f"{n}-organisaties")
def wall(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, toolkit: ToolkitData) -> PdfReader:
    tmp = tmp_path_factory.mktemp("wand")
    inputs = ROOT / "examples/sessie-regio-lindewaard/bladen/stimuleren" if request.param == 11 else \
        session(tmp / "bladen", request.param, toolkit)
    result = run_cli("overzicht", str(inputs), "--out", str(tmp / "uit"))
    assert result.returncode == 0, result.stderr
    return PdfReader(tmp / "uit/overzicht.pdf")


def placed_text(page: PageObject) -> list[tuple[str, float, float]]:
    """(text, size in pt, height above the bottom edge in pt) of every piece of text on a page."""
    found: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
            found.append((text, size * scale, tm[4] * cm[1] + tm[5] * cm[3] + cm[5]))

    page.extract_text(visitor_text=visit)
    return found


def test_page_one_is_the_whole_klantreis_readable_from_a_metre(wall: PdfReader, toolkit: ToolkitData) -> None:
    page = wall.pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    assert (round(width), round(height)) == (1191, 842)  # A3 landscape
    text = page.extract_text()
    vocabulaire = toolkit.vocabulaire
    assert all(x.naam in text for x in [*vocabulaire.klantreis, *vocabulaire.interventiecategorieen])
    assert len(re.findall(r"\b(GAT|POTENTIE|GEDEKT)\b", text)) == 25 + 3  # every cell, and the legend
    assert len(re.findall(r"\d+ al · \d+ nog", text)) == 25
    body = [(t, size) for t, size, y in placed_text(page) if y > FOOTER_PT]
    assert min(size for _, size in body) >= 10.99, [t for t, size in body if size < 10.99][:5]


def test_cells_point_to_the_pages_with_the_rest(wall: PdfReader) -> None:
    first = wall.pages[0].extract_text()
    referenced = {int(n) for n in re.findall(r"meer: blz\. (\d+)", first)}
    targets = set()
    for annotation in wall.pages[0].get("/Annots", []):
        link = annotation.get_object()
        if link.get("/Subtype") == "/Link" and "/Dest" in link:
            targets.add(wall.get_destination_page_number(wall.named_destinations[link["/Dest"]])
                        if isinstance(link["/Dest"], str) else wall.get_page_number(link["/Dest"][0].get_object()))
    assert {t + 1 for t in targets} == referenced
    for number in referenced:
        assert "alle punten" in wall.pages[number - 1].extract_text() or \
            re.search(r"\d \w[^\n]* · ", wall.pages[number - 1].extract_text())


def test_a_list_that_continues_names_its_categorie_and_fase_on_every_page(wall: PdfReader,
                                                                          toolkit: ToolkitData) -> None:
    fasen = [f.naam for f in toolkit.vocabulaire.klantreis]
    categorieen = [c.naam for c in toolkit.vocabulaire.interventiecategorieen]
    categorie = "(" + "|".join(map(re.escape, categorieen)) + ")"
    # a page of details starts with a categorie's heading or with a cell's header (repeated when continued)
    top = re.compile(rf"^\d {categorie}(: alle punten| · ({'|'.join(map(re.escape, fasen))}))")
    seen_detail = False
    for number, page in enumerate(wall.pages[1:], start=2):
        text = page.extract_text()
        if "Meldingen" in text.split("\n")[0] or "Niet verwerkt" in text.split("\n")[0]:
            break
        if not seen_detail and "alle punten" not in text:  # the per-fase pages: fase names on top of every page
            assert all(name in " ".join(text.split("\n")[:3]) for name in fasen), number
            continue
        seen_detail = True
        assert top.match(text), (number, text[:200])
    assert seen_detail


AMOUNT = "€ 1.500"


def test_clamp_never_cuts_before_a_number() -> None:
    """Wherever the amount falls near the end of the two lines, it is shown, or the item is not shortened
    at all (None: the wall leaves it for the detail pages)."""
    from generator.overview.wall import CELL_MM, ITEM_LINES, clamp, glue_numbers

    for words in range(0, 14):
        text = glue_numbers(" ".join(["verhuiskostenvergoeding"] * words + [f"van {AMOUNT} voor", "wie"] +
                                     ["kleiner gaat wonen"] * 4))
        fitted = clamp(text, CELL_MM, ITEM_LINES)
        if fitted is not None:
            assert glue_numbers(AMOUNT) in fitted[0], (words, fitted)
            assert fitted[1] <= ITEM_LINES
    assert clamp(glue_numbers(f"Huisbezoek {'lang ' * 40}75+"), CELL_MM, ITEM_LINES) is None
    assert clamp("Zonder getallen " + "lange tekst " * 20, CELL_MM, ITEM_LINES)[0].endswith("…")


def test_an_item_on_the_wall_keeps_its_amounts(tmp_path: Path) -> None:
    """Items with amounts and ages near the cut: on page 1 each shows its numbers, or it is not on page 1
    (it counts in "+N meer" and stands whole on the detail pages)."""
    items = [f"Gemeentelijke verhuiskostenvergoeding {'voor senioren ' * n}van {AMOUNT} bij verhuizing"
             for n in range(1, 6)] + ["Voorrang 65+ bij toewijzing van gelabelde seniorenwoningen in de regio",
                                      "Huurkorting van 25 % voor wie kleiner gaat wonen in een nultredenwoning"]
    folder = tmp_path / "bladen"
    folder.mkdir()
    for i, item in enumerate(items):
        (folder / f"org-{i}.json").write_text(json.dumps({"werkblad": "stimuleren", "organisatie": f"Org {i}",
                                                          "antwoorden": {"prijsprikkel__verhuizen__al": item}}))
    result = run_cli("overzicht", str(folder), "--out", str(tmp_path / "uit"))
    assert result.returncode == 0, result.stderr
    wall = PdfReader(tmp_path / "uit/overzicht.pdf")
    first = re.sub(r"\s+", " ", wall.pages[0].extract_text())
    shown = 0
    for item in items:
        head = " ".join(item.split()[:2])
        numbers = re.findall(r"€ [\d.]+|\d+\+|\d+ %", item)
        if head in first:
            shown += 1
            start = first.index(head)
            assert all(n in first[start:start + len(item) + 20] for n in numbers), item
    assert shown >= 3
    details = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in wall.pages[1:]))
    assert all(item in details for item in items)
