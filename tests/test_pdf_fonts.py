"""Shipped fonts only: every font a PDF draws with is one of ours and embedded; the form lists the two
standard-14 fonts fillers draw with (/Helv, /ZaDb), nothing else. A character our font lacks stops the
build with a clear message instead of a silent system font; a character of a participant's that our font
lacks prints as '?' in the overview's and the session's PDF."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pikepdf
from pypdf import PdfReader

from generator.pdf.fontcheck import SHIPPED_FAMILIES, font_family

from .helpers import ROOT, run_cli

EMBEDDED = ("/FontFile", "/FontFile2", "/FontFile3")


def fonts_in(resources: pikepdf.Dictionary, seen: set[tuple[int, int]]) -> Iterator[pikepdf.Dictionary]:
    """Every font a resource dictionary reaches, through form XObjects too (each object once)."""
    yield from resources.get("/Font", pikepdf.Dictionary()).values()
    for xobject in resources.get("/XObject", pikepdf.Dictionary()).values():
        if xobject.objgen not in seen and xobject.get("/Subtype") == pikepdf.Name.Form:
            seen.add(xobject.objgen)
            yield from fonts_in(xobject.get("/Resources", pikepdf.Dictionary()), seen)


def appearance_fonts(pdf: pikepdf.Pdf) -> Iterator[pikepdf.Dictionary]:
    """Fonts of every annotation appearance: what a viewer draws a filled field with."""
    seen: set[tuple[int, int]] = set()
    for page in pdf.pages:
        for annotation in page.obj.get("/Annots", []):
            normal = annotation.get("/AP", pikepdf.Dictionary()).get("/N")
            states = [normal] if isinstance(normal, pikepdf.Stream) else list(normal.values()) if normal else []
            for state in states:
                yield from fonts_in(state.get("/Resources", pikepdf.Dictionary()), seen)


def drawn_fonts(pdf: pikepdf.Pdf) -> Iterator[pikepdf.Dictionary]:
    """Fonts of the pages and of every annotation appearance."""
    seen: set[tuple[int, int]] = set()
    for page in pdf.pages:
        yield from fonts_in(page.obj.get("/Resources", pikepdf.Dictionary()), seen)
    yield from appearance_fonts(pdf)


def test_every_pdf_draws_only_with_our_embedded_fonts(pdf_dir: Path) -> None:
    listed: dict[str, set[str]] = {}
    for path in sorted(pdf_dir.glob("*.pdf")):
        with pikepdf.open(path) as pdf:
            for font in drawn_fonts(pdf):
                name = str(font.BaseFont)
                listed.setdefault(path.name, set()).add(name)
                descendant = font.DescendantFonts[0] if "/DescendantFonts" in font else font
                assert any(k in descendant.FontDescriptor for k in EMBEDDED), (path.name, name, "not embedded")
                assert font_family(name) in SHIPPED_FAMILIES, (path.name, name)
            if "/AcroForm" in pdf.Root:
                standard = {str(f.BaseFont) for f in pdf.Root.AcroForm.DR.Font.values()}
                assert standard == {"/Helvetica", "/ZapfDingbats"}, path.name
    assert len(listed) == 28, "11 werkbladen, 2 menukaarten and the booklet, on A4 and A3"
    assert all(listed.values())


def test_a_character_outside_our_font_stops_the_build_with_a_reason(tmp_path: Path) -> None:
    for name in ("content", "worksheets"):
        shutil.copytree(ROOT / name, tmp_path / name)
    sheet = tmp_path / "worksheets/organisaties.yaml"
    sheet.write_text(sheet.read_text(encoding="utf-8").replace("      tekst: Organisaties",
                                                                "      tekst: Organisaties → partners ✓"),
                     encoding="utf-8")
    result = run_cli("pdf", "organisaties", "--out", str(tmp_path / "uit"), "--bron", str(tmp_path))
    assert result.returncode == 1, result.stdout
    assert "organisaties.pdf: PDF niet gemaakt" in result.stderr
    assert "→ ✓" in result.stderr and "Open Sans" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "uit/organisaties.pdf").exists()


ODD = "Wij doen 👍🏽 al ≥ 3 jaar → ✓ 中文"


def answer_file(path: Path, werkblad: str, organisatie: str, **antwoorden: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"werkblad": werkblad, "organisatie": organisatie, "antwoorden": antwoorden},
                               ensure_ascii=False), encoding="utf-8")
    return path


def test_participants_characters_outside_our_font_print_as_question_marks_in_our_font(tmp_path: Path) -> None:
    """Emoji, arrows, CJK typed by participants (in answers, names, file names, the title): both PDFs draw
    '?' in Open Sans instead of quietly taking a system font; HTML and JSON keep the real text."""
    bladen = tmp_path / "bladen"
    stimuleren = answer_file(bladen / "stimuleren.json", "stimuleren", "Gemeente 🏠 Noord", **{
        "passend-aanbod__huidige-woning__al": ODD, "voorrang__verhuizen__nog": "Idee ✨"})
    answer_file(bladen / "contactmomenten.json", "contactmomenten", "Welzijn → Oost", woonwens=ODD)
    answer_file(bladen / "tafel-😀.json", "monitoren-1", "", aantekeningen=ODD)
    overzicht = run_cli("overzicht", str(stimuleren), "--out", str(tmp_path / "overzicht"), "--titel", "Sessie ✓")
    sessie = run_cli("sessie", str(bladen), "--out", str(tmp_path / "sessie"), "--titel", "Sessie ✓ 中")
    assert overzicht.returncode == 0 and sessie.returncode == 0, overzicht.stderr + sessie.stderr
    for pdf_path in (tmp_path / "overzicht/overzicht.pdf", tmp_path / "sessie/sessie.pdf"):
        with pikepdf.open(pdf_path) as pdf:
            names = set()
            for font in drawn_fonts(pdf):
                names.add(str(font.BaseFont))
                descendant = font.DescendantFonts[0] if "/DescendantFonts" in font else font
                assert any(k in descendant.FontDescriptor for k in EMBEDDED), (pdf_path.name, font.BaseFont)
            assert names and all(font_family(name) in SHIPPED_FAMILIES for name in names), (pdf_path.name, names)
        text = "".join(page.extract_text() for page in PdfReader(pdf_path).pages)
        assert "Wij doen ?? al ≥ 3 jaar ? ? ??" in " ".join(text.split()), pdf_path.name
    session_text = "".join(page.extract_text() for page in PdfReader(tmp_path / "sessie/sessie.pdf").pages)
    assert all(shown in session_text for shown in ("Gemeente ? Noord", "Welzijn ? Oost", "tafel-?.json", "Sessie ? ?"))
    for kept in (tmp_path / "overzicht/overzicht.html", tmp_path / "overzicht/overzicht.json",
                 tmp_path / "sessie/sessie.html", tmp_path / "sessie/sessie.json"):
        assert ODD in kept.read_text(encoding="utf-8"), kept.name
