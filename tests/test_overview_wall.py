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
