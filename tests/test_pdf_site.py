"""The website offers every werkblad on A4 and on A3, built with the site (like the A4 ones, cached)."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from pypdf import PdfReader

from generator.loader import ToolkitData


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.hrefs.append(href)


def test_every_werkblad_page_offers_a4_and_a3(toolkit: ToolkitData, site_dir: Path) -> None:
    for werkblad_id, werkblad in toolkit.werkbladen.items():
        links = Links()
        links.feed((site_dir / f"werkbladen/{werkblad_id}.html").read_text(encoding="utf-8"))
        assert f"../pdf/{werkblad_id}.pdf" in links.hrefs, werkblad_id
        assert f"../pdf/{werkblad_id}-a3.pdf" in links.hrefs, werkblad_id
        for name, long_side in ((f"{werkblad_id}.pdf", 842), (f"{werkblad_id}-a3.pdf", 1191)):
            box = PdfReader(site_dir / "pdf" / name).pages[0].mediabox
            width, height = round(float(box.width)), round(float(box.height))
            assert max(width, height) == long_side, name
            assert (width > height) == werkblad.liggend, name
    assert (site_dir / "pdf/veldletter.ttf.js").stat().st_size > 10_000, "the font the browser fills PDFs with"
