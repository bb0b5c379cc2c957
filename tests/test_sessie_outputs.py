"""The report (HTML and PDF) of the example: nothing of the session is lost, the PDF uses only the shipped
fonts (monitorplan.xlsx: tests/test_plan_monitorplan.py)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pypdf import PdfReader

from generator.loader import ToolkitData

from .sessie_helpers import EXAMPLE_TITLE, every_answer, example_run, load_json  # noqa: F401 - fixture


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skip = False

    def handle_starttag(self, tag: str, attrs: list) -> None:  # noqa: ARG002
        self.skip = tag in ("style", "script")

    def handle_endtag(self, tag: str) -> None:  # noqa: ARG002
        self.skip = False

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def no_space(text: str) -> str:
    """Text without any whitespace or hyphen: a PDF breaks lines where it likes, and in a narrow table column
    it hyphenates a long word ("Woonwensenonder-zoek")."""
    return re.sub(r"[\s\-‐]+", "", text)


@pytest.fixture(scope="module")
def outputs(example_run: tuple[Path, object]) -> tuple[Path, dict]:  # noqa: F811
    out, _ = example_run
    return out, load_json(out / "sessie.json")


def test_report_html_shows_every_answer_and_every_file(outputs: tuple[Path, dict]) -> None:
    out, sessie = outputs
    html = (out / "sessie.html").read_text(encoding="utf-8")
    parser = _Text()
    parser.feed(html)
    text = re.sub(r"\s+", " ", "".join(parser.parts))
    assert '<html lang="nl">' in html and "http://" not in html and "https://" not in html
    assert EXAMPLE_TITLE in text and "Bron: Platform31, Werken aan doorstroming van senioren (2023)" in text
    for label, tekst in every_answer(sessie):
        assert re.sub(r"\s+", " ", tekst) in text, tekst
        assert label in text
    for regel in sessie["monitorplan"]:
        assert regel["tekst"] in text
    for note in sessie["meldingen"] + sessie["afgewezen"]:
        assert note["bestand"] in text
    for stand in ("beschikbaar", "deels-beschikbaar", "inregelen", "niet-gekozen"):  # each indicator's stand, once
        assert html.count(f'class="stand stand--{stand}"') == sum(r["status"] == stand for r in sessie["monitorplan"])
    # a section per werkblad handed in, in toolkit order
    headings = re.findall(r'<h2 id="werkblad-([a-z0-9-]+)"', html)
    assert headings == list(sessie["werkbladen"])


def test_report_pdf_has_everything_in_the_shipped_fonts(outputs: tuple[Path, dict]) -> None:
    out, sessie = outputs
    reader = PdfReader(out / "sessie.pdf")
    assert reader.metadata.title == EXAMPLE_TITLE
    assert reader.metadata.creator == "Doorstroomtoolkit" and "niet door Platform31" in reader.metadata.subject
    assert reader.pdf_header.startswith("%PDF-")
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (595, 842)  # A4
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = (font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font)
            fonts.add(str(font["/BaseFont"]).split("+")[-1])
            assert "/FontFile2" in descriptor["/FontDescriptor"].get_object()  # embedded
    assert fonts <= {"Doorstroom", "Doorstroom-Bold", "Doorstroom-Italic"}, fonts
    text = no_space("".join(page.extract_text() for page in reader.pages))  # keeps "65-" at a line end
    for label, tekst in every_answer(sessie):
        assert no_space(tekst) in text, tekst
        assert no_space(label) in text
    for regel in sessie["monitorplan"]:
        assert no_space(regel["tekst"]) in text


def test_report_pdf_is_a4_with_the_status_matrix_and_the_menukaart_ideas_once_per_row(
        outputs: tuple[Path, dict], toolkit: ToolkitData) -> None:
    """The A3 wall is no longer inside the A4 report: the chapter holds every cell's status and every item."""
    out, sessie = outputs
    reader = PdfReader(out / "sessie.pdf")
    sizes = {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages}
    assert sizes == {(595, 842)}
    chapter = next(i for i, p in enumerate(reader.pages) if p.extract_text().lstrip().startswith("Stimuleren"))
    matrix = " ".join(reader.pages[chapter].extract_text().split("alle punten")[0].split())  # details follow
    assert "wandplaat.pdf" in matrix
    vocabulaire = toolkit.vocabulaire
    assert all(x.naam in matrix for x in [*vocabulaire.klantreis, *vocabulaire.interventiecategorieen])
    assert len(re.findall(r"\b(GAT|POTENTIE|GEDEKT)\b", matrix)) == 25 + 3  # every cell, and the legend
    contents = next(p.extract_text() for p in reader.pages if "Inhoud" in p.extract_text())
    assert re.search(rf"Stimuleren[ .]*{chapter + 1}\b", contents)  # the table of contents points to the chapter
    text = no_space("".join(page.extract_text() for page in reader.pages))
    rows = {c["categorie"]: [s["tekst"] for s in c["suggesties"]]
            for c in reversed(sessie["werkbladen"]["stimuleren"]["cellen"]) if c["suggesties"]}
    assert rows
    assert text.count(no_space("Ideeën uit de menukaart sociaal")) == len(rows)  # one block per row, not per cell
    for suggesties in rows.values():
        assert all(no_space(tekst) in text for tekst in suggesties)


def test_the_wall_is_its_own_a3_file(outputs: tuple[Path, dict], toolkit: ToolkitData) -> None:
    out, sessie = outputs
    wall = PdfReader(out / "wandplaat.pdf")
    assert wall.metadata.title == f"{EXAMPLE_TITLE}: klantreis-gatenoverzicht"
    assert wall.metadata.creator == "Doorstroomtoolkit" and "niet door Platform31" in wall.metadata.subject
    assert {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in wall.pages} == {(1191, 842)}
    first = wall.pages[0].extract_text()
    assert first.startswith(f"{EXAMPLE_TITLE}: klantreis-gatenoverzicht")
    assert len(re.findall(r"\b(GAT|POTENTIE|GEDEKT)\b", first)) == 25 + 3
    organisaties = sessie["werkbladen"]["stimuleren"]["organisaties"]
    assert f"Werkblad Stimuleren van {len(organisaties)} organisaties" in first
    text = no_space("".join(page.extract_text() for page in wall.pages))
    assert no_space("Niet verwerkt") not in text  # the notes of the session are in the report
    for cel in sessie["werkbladen"]["stimuleren"]["cellen"]:
        assert all(no_space(i["tekst"]) in text for soort in ("al", "nog") for i in cel[soort])
