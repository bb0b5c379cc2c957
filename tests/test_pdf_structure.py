"""What a PDF says about itself and what a screen reader hears: who made it (this project, never
Platform31), the sheet title as a heading, and for every answer cell its own row and column headers,
read from the structure tree (``/Headers`` of each TD, the text of the TH cells it names)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader

from generator.fields import cell_name, indicator_name
from generator.loader import ToolkitData
from generator.pdf.colofon import PROJECT

from .helpers import ROOT, run_cli
from .pdfstructure import Structure

COLUMN = {"beschikbaar": "Beschikbaar?", "opnemen": "Opnemen?", "toelichting": "Toelichting"}
MAINTAINER = "Gemeente Lindewaard, team Wonen"  # a maintainer set in a copy's mkdocs.yml (extra.beheer)


def flat(text: str) -> str:
    return "".join(text.split())


def test_metadata_of_every_pdf_names_this_project_and_says_it_is_not_platform31(pdf_dir: Path) -> None:
    paths = sorted(pdf_dir.glob("*.pdf"))
    assert len(paths) == 28, "11 werkbladen, 2 menukaarten and the booklet, on A4 and A3"
    for path in paths:
        with pikepdf.open(path) as pdf:
            info = pdf.docinfo
            # this repository's mkdocs.yml sets no maintainer (extra.beheer is empty): the project is the author
            assert str(info.Author) == PROJECT, path.name
            assert str(info.Creator) == PROJECT, path.name
            assert "geen uitgave van Platform31" in str(info.Subject), path.name
            meta = pdf.open_metadata()
            assert meta.get("dc:creator") == [PROJECT], path.name
            for value in (str(info.Author), str(info.Creator), str(info.get("/Producer", ""))):
                assert "Platform31" not in value, (path.name, value)


def test_the_author_is_the_maintainer_or_the_project_and_a_site_address_puts_a_qr_code_on_each_page(
        tmp_path: Path) -> None:
    for name in ("content", "worksheets"):
        shutil.copytree(ROOT / name, tmp_path / name)
    (tmp_path / "mkdocs.yml").write_text("site_name: Test\nsite_url: https://toolkit.example.nl/doorstroom/\n",
                                         encoding="utf-8")
    out = tmp_path / "uit"
    result = run_cli("pdf", "organisaties", "--out", str(out), "--bron", str(tmp_path))
    assert result.returncode == 0, result.stderr
    for werkblad in ("organisaties",):
        reader = PdfReader(out / f"{werkblad}.pdf")
        assert reader.metadata.author == PROJECT
        address = f"https://toolkit.example.nl/doorstroom/werkbladen/{werkblad}.html"
        for number, page in enumerate(reader.pages, start=1):
            assert flat(address) in flat(page.extract_text()), werkblad
            assert _decode_qr(out / f"{werkblad}.pdf", number, tmp_path) == address, (werkblad, number)
    result = run_cli("pdf", "organisaties", "--out", str(out), "--bron", str(ROOT))  # no site_url: no address
    assert result.returncode == 0, result.stderr
    assert "Online invullen" not in PdfReader(out / "organisaties.pdf").pages[0].extract_text()
    (tmp_path / "mkdocs.yml").write_text(  # a copy whose maintainer is set: the maintainer is the author
        f"site_name: Test\nextra:\n  beheer:\n    naam: {MAINTAINER}\n    email: wonen@lindewaard.nl\n",
        encoding="utf-8")
    result = run_cli("pdf", "organisaties", "--out", str(out), "--bron", str(tmp_path))
    assert result.returncode == 0, result.stderr
    with pikepdf.open(out / "organisaties.pdf") as pdf:
        assert str(pdf.docinfo.Author) == MAINTAINER and str(pdf.docinfo.Creator) == PROJECT
        assert pdf.open_metadata().get("dc:creator") == [MAINTAINER]


def _decode_qr(pdf: Path, page: int, folder: Path) -> str:
    """The QR code of a page, read back from a print-like render (150 dpi) by zbarimg (Debian zbar-tools)."""
    subprocess.run(["pdftoppm", "-r", "150", "-f", str(page), "-l", str(page), "-png", "-singlefile", str(pdf),
                    str(folder / "qr")], check=True)
    found = subprocess.run(["zbarimg", "-q", "--raw", str(folder / "qr.png")], capture_output=True, text=True)
    return found.stdout.strip()


@pytest.fixture(scope="module")
def structures(toolkit: ToolkitData, pdf_dir: Path) -> dict[str, Structure]:
    result = {w: Structure(pdf_dir / f"{w}.pdf") for w in toolkit.werkbladen}
    yield result
    for structure in result.values():
        structure.close()


def test_every_answer_cell_names_its_own_row_and_column_headers(toolkit: ToolkitData,
                                                                 structures: dict[str, Structure]) -> None:
    fasen, categorieen = toolkit.vocabulaire.fasen(), toolkit.vocabulaire.categorieen()
    checked = 0
    for werkblad_id, werkblad in toolkit.werkbladen.items():
        headers = structures[werkblad_id].cell_headers()
        blad = werkblad.blad
        if blad.type == "raster":
            for rij in blad.rijen:
                for kolom in blad.kolommen:
                    for antwoord in blad.antwoorden:
                        name = cell_name(rij, kolom, antwoord.id)
                        expected = [f"{categorieen[rij].nummer} {categorieen[rij].naam}", fasen[kolom].naam]
                        assert [flat(h) for h in headers[name]] == [flat(e) for e in expected], name
                        checked += 1
        elif blad.type == "indicatoren":
            for groep in blad.groepen:
                for indicator in groep.indicatoren:
                    for suffix in COLUMN:
                        name = indicator_name(indicator.id, suffix)
                        group, text, column = (flat(h) for h in headers[name])
                        assert group.startswith(flat(groep.naam)), (name, group)
                        assert (text, column) == (flat(indicator.tekst), flat(COLUMN[suffix])), name
                        checked += 1
    indicators = sum(len(g.indicatoren) for w in toolkit.werkbladen.values() if w.blad.type == "indicatoren"
                     for g in w.blad.groepen)
    assert checked == 50 + 3 * indicators


def test_every_page_of_a_sheet_has_its_title_as_a_heading(toolkit: ToolkitData,
                                                          structures: dict[str, Structure]) -> None:
    for werkblad_id, werkblad in toolkit.werkbladen.items():
        structure = structures[werkblad_id]
        titles = [structure.text(e) for e in structure.elements() if e.S == "/H1"]
        assert len(titles) == len(structure.pdf.pages), werkblad_id
        assert all(flat(werkblad.titel) in flat(title) for title in titles), (werkblad_id, titles)
