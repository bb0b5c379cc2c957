"""One download with every fillable werkblad (A4 and A3) on the page 'Alle werkbladen', made by the site build
from the very PDFs the site offers, the same bytes every time."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import lxml.html

from generator.loader import ToolkitData
from generator.site.pdfzip import PDF_ZIP, pdf_zip


def test_the_zip_holds_every_fillable_pdf_of_the_site_on_both_paper_sizes(site_dir: Path,
                                                                          toolkit: ToolkitData) -> None:
    content = (site_dir / "pdf" / PDF_ZIP).read_bytes()
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        names = archive.namelist()
        expected = [f"A4/{w}.pdf" for w in toolkit.werkbladen] + [f"A3/{w}-a3.pdf" for w in toolkit.werkbladen]
        assert names == ["LEESMIJ.txt", *expected]
        for name in expected:
            assert archive.read(name) == (site_dir / "pdf" / Path(name).name).read_bytes(), name
        assert {i.date_time for i in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}, "no build time inside"
        readme = archive.read("LEESMIJ.txt").decode("utf-8")
        assert "Bron: Platform31" in readme and "niet door Platform31 gemaakt" in readme
    files = {f"pdf/{Path(n).name}": (site_dir / "pdf" / Path(n).name).read_bytes() for n in expected}
    assert pdf_zip(toolkit, files) == content, "the same PDFs give the same ZIP, byte for byte"


def test_the_werkbladen_page_offers_the_zip_and_every_pdf(site_dir: Path, toolkit: ToolkitData) -> None:
    page = lxml.html.fromstring((site_dir / "werkbladen/index.html").read_text(encoding="utf-8"))
    links = {a.get("href") for a in page.iter("a")}
    assert f"../pdf/{PDF_ZIP}" in links
    for werkblad in toolkit.werkbladen:
        assert {f"../pdf/{werkblad}.pdf", f"../pdf/{werkblad}-a3.pdf"} <= links, werkblad
    home = (site_dir / "index.html").read_text(encoding="utf-8")
    assert 'href="werkbladen/index.html"' in home
