"""Shipped fonts only: every font a PDF draws with is one of ours and embedded; the form lists the two
standard-14 fonts fillers draw with (/Helv, /ZaDb), nothing else. A character our font lacks stops the
build with a clear message instead of a silent system font."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pikepdf

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
