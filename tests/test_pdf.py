"""Fillable PDFs read back as users' tools read them: fields, values, pixels, structure."""

from __future__ import annotations

import shutil
from pathlib import Path

import pikepdf
from pypdf import PageObject, PdfReader

from generator.loader import ToolkitData, load_toolkit
from generator.pdf.build import build_pdfs
from generator.pdf.render import all_jobs, werkblad_job

from .helpers import ROOT, run_cli
from .pdftools import dark_pixels, fill, poppler

SPECIAL = "Eerste regel é ë € ‘quotes’ – “dubbel”\nTweede regel: Ĳsselmeer, ŉ, «»"
KIND = {"checkbox": "/Btn", "short_text": "/Tx", "long_text": "/Tx"}
MULTILINE = 1 << 12


def test_every_werkblad_pdf_has_exactly_the_contract_fields(toolkit: ToolkitData, pdf_dir: Path) -> None:
    for werkblad_id, velden in toolkit.velden.items():
        reader = PdfReader(pdf_dir / f"{werkblad_id}.pdf")
        fields = reader.get_fields()
        assert fields is not None, werkblad_id
        assert sorted(fields) == sorted(v.naam for v in velden), werkblad_id
        for veld in velden:
            field = fields[veld.naam]
            assert field.get("/FT") == KIND[veld.soort], veld.naam
            assert field.get("/TU") == veld.label, veld.naam
            flags = int(field.get("/Ff", 0))
            assert bool(flags & MULTILINE) == (veld.soort == "long_text"), veld.naam
            assert "." not in veld.naam
    assert len(PdfReader(pdf_dir / "stimuleren.pdf").get_fields()) == 51


def test_filling_every_field_reads_back_identical_values(toolkit: ToolkitData, pdf_dir: Path, tmp_path: Path) -> None:
    for werkblad_id, velden in toolkit.velden.items():
        values: dict[str, str | bool] = {}
        for i, veld in enumerate(velden):
            values[veld.naam] = (i % 2 == 0) if veld.soort == "checkbox" else f"{SPECIAL} {veld.naam}"
        target = tmp_path / f"{werkblad_id}.pdf"
        fill(pdf_dir / f"{werkblad_id}.pdf", target, values)
        fields = PdfReader(target).get_fields()
        for name, expected in values.items():
            value = fields[name].get("/V")
            if isinstance(expected, bool):
                assert value == ("/on" if expected else "/Off"), name
            else:
                assert value == expected, name


def test_page_one_renders_non_blank_in_the_right_orientation(toolkit: ToolkitData, pdf_dir: Path,
                                                             tmp_path: Path) -> None:
    for werkblad_id, werkblad in toolkit.werkbladen.items():
        image = poppler(pdf_dir / f"{werkblad_id}.pdf", tmp_path / f"{werkblad_id}.png")
        landscape = image.width > image.height
        assert landscape == werkblad.liggend, werkblad_id
        assert dark_pixels(image) > 2_000, werkblad_id


def test_page_counts_and_paper(toolkit: ToolkitData, pdf_dir: Path) -> None:
    """A werkblad takes one page, or more where one page cannot give every box its writing height
    (Stimuleren: one page per answer kind); every page of it in the werkblad's orientation."""
    pages = {}
    for werkblad_id, werkblad in toolkit.werkbladen.items():
        reader = PdfReader(pdf_dir / f"{werkblad_id}.pdf")
        pages[werkblad_id] = len(reader.pages)
        assert 1 <= len(reader.pages) <= 4, werkblad_id
        for page in reader.pages:
            assert (float(page.mediabox.width) > float(page.mediabox.height)) == werkblad.liggend, werkblad_id
    assert pages["stimuleren"] == 2
    for menukaart_id in toolkit.menukaarten:
        reader = PdfReader(pdf_dir / f"menukaart-{menukaart_id}.pdf")
        assert len(reader.pages) == 1
        assert reader.get_fields() is None
    booklet = PdfReader(pdf_dir / "doorstroomtoolkit-werkbladen.pdf")
    blank = sum("Deze pagina is bewust leeg gelaten." in page.extract_text() for page in booklet.pages)
    assert len(booklet.pages) == 2 + sum(pages.values()) + len(toolkit.menukaarten) + blank  # cover, contents
    assert booklet.get_fields() is None, "the booklet is print-only: field names would collide"
    for page in booklet.pages:  # one orientation throughout: it prints double-sided with one flip setting
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (842, 595)


def test_booklet_is_in_toolkit_order(toolkit: ToolkitData, pdf_dir: Path) -> None:
    reader = PdfReader(pdf_dir / "doorstroomtoolkit-werkbladen.pdf")
    footers = [text for page in reader.pages[2:]  # after the cover and the contents, without the blank pages
               if "bewust leeg gelaten" not in (text := page.extract_text())]
    expected = []
    for onderwerp in toolkit.onderwerpen.values():
        for onderdeel in onderwerp.onderdelen:
            if onderdeel.werkblad:
                pages = len(PdfReader(pdf_dir / f"{onderdeel.werkblad}.pdf").pages)
                expected += [f"werkblad: {onderdeel.werkblad}"] * pages
            else:
                expected.append(f"menukaart: {onderdeel.menukaart}")
    assert len(footers) == len(expected)
    for text, marker in zip(footers, expected, strict=True):
        assert marker in text


def test_pdfs_are_tagged_titled_dutch_and_not_pdfa(pdf_dir: Path) -> None:
    with pikepdf.open(pdf_dir / "stimuleren.pdf") as pdf:
        assert pdf.Root.MarkInfo.Marked is True
        assert "/StructTreeRoot" in pdf.Root
        assert str(pdf.Root.Lang) == "nl"
        assert pdf.Root.AcroForm.NeedAppearances is False
        meta = pdf.open_metadata()
        assert meta.get("dc:title") == "Werkblad Stimuleren"
        assert meta.get("pdfuaid:part") == "1"
        assert meta.get("pdfaid:part") is None
        assert str(pdf.docinfo.Title) == "Werkblad Stimuleren"


def test_sheets_stay_small_on_both_papers(toolkit: ToolkitData, pdf_dir: Path) -> None:
    for werkblad_id in toolkit.werkbladen:
        for suffix in ("", "-a3"):
            size = (pdf_dir / f"{werkblad_id}{suffix}.pdf").stat().st_size
            assert size < 80_000, (werkblad_id, suffix, size)


def test_form_is_set_up_the_way_acrobat_does(toolkit: ToolkitData, pdf_dir: Path) -> None:
    """A simple standard font every filler can draw with, a fixed legible size (9 pt, 12.7 pt on A3), every
    filler's own appearance shown (no NeedAppearances), checkboxes with their own tick."""
    for werkblad_id, velden in toolkit.velden.items():
        for suffix, text_da in (("", b"/Helv 9 Tf 0 g"), ("-a3", b"/Helv 12.7 Tf 0 g")):
            with pikepdf.open(pdf_dir / f"{werkblad_id}{suffix}.pdf") as pdf:
                form = pdf.Root.AcroForm
                assert form.NeedAppearances is False
                fonts = form.DR.Font
                assert sorted(fonts.keys()) == ["/Helv", "/ZaDb"]
                assert (fonts.Helv.Subtype, fonts.Helv.BaseFont, fonts.Helv.Encoding) == (
                    "/Type1", "/Helvetica", "/WinAnsiEncoding")
                assert (fonts.ZaDb.Subtype, fonts.ZaDb.BaseFont) == ("/Type1", "/ZapfDingbats")
                kinds = {v.naam: v.soort for v in velden}
                for field in form.Fields:
                    x0, y0, x1, y1 = (float(v) for v in field.Rect)
                    assert x0 < x1 and y0 < y1, "rectangles lower-left to upper-right"
                    if kinds[str(field.T)] == "checkbox":
                        font, size, operator = bytes(field.DA).split()[:3]
                        assert (font, operator) == (b"/ZaDb", b"Tf") and float(size) >= 0.7 * (y1 - y0)
                        assert str(field.MK.CA) == "4" and "/BC" not in field.MK
                        assert sorted(field.AP.N.keys()) == ["/Off", "/on"] and field.AS == "/Off"
                        assert b" S" in field.AP.N.on.read_bytes(), "the tick is drawn, no font needed"
                    else:
                        assert bytes(field.DA) == text_da


def test_texts_in_a_pdf_are_escaped_and_the_network_is_never_used(tmp_path: Path) -> None:
    for name in ("content", "worksheets"):
        shutil.copytree(ROOT / name, tmp_path / name)
    sheet = tmp_path / "worksheets/organisaties.yaml"
    text = sheet.read_text(encoding="utf-8")
    sheet.write_text(text.replace("      tekst: Organisaties", "      tekst: \"<script>alert('x')</script> & co\""),
                     encoding="utf-8")
    out = tmp_path / "uit"
    result = run_cli("pdf", "organisaties", "--out", str(out), "--bron", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "<script>alert('x')</script> & co" in PdfReader(out / "organisaties.pdf").pages[0].extract_text()

    sheet.write_text(text.replace("kaders:\n", "kaders:\n  - soort: tip\n    tekst: \"![logo](http://example.com/logo.png)\"\n"),
                     encoding="utf-8")
    before = (out / "organisaties.pdf").read_bytes()
    result = run_cli("pdf", "organisaties", "--out", str(out), "--bron", str(tmp_path))
    assert result.returncode == 1
    assert "organisaties.pdf: PDF niet gemaakt" in result.stderr
    assert "http://example.com/logo.png" in result.stderr
    assert "Traceback" not in result.stderr
    assert (out / "organisaties.pdf").read_bytes() == before, "a failed render must not touch the old PDF"


def test_unchanged_pdfs_come_from_the_cache_and_changes_are_rendered(tmp_path: Path) -> None:
    for name in ("content", "worksheets"):
        shutil.copytree(ROOT / name, tmp_path / name)
    data = load_toolkit(tmp_path)
    cold = build_pdfs(data, all_jobs(data))
    assert not any(p.cached for p in cold)
    warm = build_pdfs(data, all_jobs(data))
    assert all(p.cached for p in warm)
    assert [p.content for p in warm] == [p.content for p in cold]

    sheet = tmp_path / "worksheets/ambities.yaml"
    sheet.write_text(sheet.read_text(encoding="utf-8").replace("Welke doelen stellen we?", "Welke doelen?"),
                     encoding="utf-8")
    data = load_toolkit(tmp_path)
    again = {p.filename: p.cached for p in build_pdfs(data, all_jobs(data))}
    assert {name for name, hit in again.items() if not hit} == {"ambities.pdf", "doorstroomtoolkit-werkbladen.pdf"}


def test_same_input_gives_identical_bytes(tmp_path: Path) -> None:
    outputs = []
    for run in ("a", "b"):
        root = tmp_path / run
        for name in ("content", "worksheets"):
            shutil.copytree(ROOT / name, root / name)
        data = load_toolkit(root)
        (pdf,) = build_pdfs(data, [werkblad_job(data, "stimuleren")])
        assert not pdf.cached
        outputs.append(pdf.content)
    assert outputs[0] == outputs[1]


def test_a3_files_sit_next_to_the_a4_files(toolkit: ToolkitData, pdf_dir: Path) -> None:
    for name in [*toolkit.werkbladen, *(f"menukaart-{m}" for m in toolkit.menukaarten), "doorstroomtoolkit-werkbladen"]:
        a4, a3 = PdfReader(pdf_dir / f"{name}.pdf"), PdfReader(pdf_dir / f"{name}-a3.pdf")
        assert len(a3.pages) == len(a4.pages), name
        for small, big in zip(a4.pages, a3.pages, strict=True):
            sizes = sorted(round(float(v)) for v in (small.mediabox.width, small.mediabox.height))
            assert sizes == [595, 842], name
            assert sorted(round(float(v)) for v in (big.mediabox.width, big.mediabox.height)) == [842, 1191], name
    assert len(PdfReader(pdf_dir / "stimuleren-a3.pdf").get_fields()) == 51


def test_unknown_werkblad_is_a_usage_error() -> None:
    result = run_cli("pdf", "bestaat-niet", "--out", "/tmp/niet-gebruikt")
    assert result.returncode == 2
    assert "onbekend werkblad bestaat-niet" in result.stderr


def text_sizes(page: PageObject) -> list[float]:
    """Effective font size (pt) of every piece of text drawn on a page."""
    sizes: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            sizes.append(size * (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5)

    page.extract_text(visitor_text=visit)
    return sizes


def test_all_printed_text_is_legible_and_every_page_carries_the_source_and_says_not_platform31(pdf_dir: Path) -> None:
    """Body text 9 pt or more, the footer's small print 8.5 pt, the QR caption 7.5 pt: never under 7 pt."""
    for path in sorted(pdf_dir.glob("*.pdf")):
        for number, page in enumerate(PdfReader(path).pages, start=1):
            sizes = text_sizes(page)
            text = " ".join(page.extract_text().split())
            assert min(sizes) >= 7.49, (path.name, number, min(sizes))
            assert "Bron: Platform31, Werken aan doorstroming van senioren (2023)" in text, (path.name, number)
            assert "Gebaseerd op deze toolkit, geen uitgave van Platform31." in text, (path.name, number)
    assert "werkblad: stimuleren" in PdfReader(pdf_dir / "stimuleren.pdf").pages[0].extract_text()
