"""The filled PDF the website makes in the browser (our own download, pdf-lib in Debian's chromium) draws
its own appearances in the embedded Open Sans: every viewer shows the same, legible text and ticks, and a
character the font cannot draw never stops the download."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pikepdf
import pytest
from playwright.sync_api import Browser, Page
from pypdf import PdfReader

from .pdftools import RENDERERS, widget_rects
from .test_pdf_fillers import DPI, SHEETS, assert_legible
from .test_pdf_fonts import EMBEDDED, appearance_fonts

OUTSIDE_THE_FONT = "Ĳssel 🙂 中文 ✓"  # Ĳ is in the font; the rest is not


@pytest.fixture
def tab(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(accept_downloads=True, locale="nl-NL", viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


def download(tab: Page, site_dir: Path, werkblad: str, values: dict[str, str | bool], target: Path) -> Path:
    """Fill the sheet on its page (from file://, as offline users do) and save the downloaded PDF."""
    tab.goto((site_dir / f"werkbladen/{werkblad}.html").as_uri())
    for name, value in values.items():
        field = tab.locator(f'form.ws-formulier [name="{name}"]')
        if isinstance(value, bool):
            field.set_checked(value)
        else:
            field.fill(value)
    with tab.expect_download() as event:
        tab.get_by_role("button", name="Download als ingevulde PDF").first.click()  # above and below the sheet
    event.value.save_as(target)
    assert "kon niet" not in tab.locator(".ws-melding").inner_text()
    return target


@pytest.mark.parametrize("werkblad", list(SHEETS))
def test_browser_download_is_legible_in_every_renderer(werkblad: str, tab: Page, site_dir: Path,
                                                       pdf_dir: Path, tmp_path: Path) -> None:
    values = dict(SHEETS[werkblad])
    pdf = download(tab, site_dir, werkblad, values, tmp_path / "gevuld.pdf")
    fields = PdfReader(pdf).get_fields()
    for name, value in values.items():
        stored = fields[name].get("/V")
        assert (stored not in (None, "/Off")) == value if isinstance(value, bool) else stored == value, name
    with pikepdf.open(pdf) as document:
        assert document.Root.AcroForm.NeedAppearances is False, "our appearances are complete"
        fonts = list(appearance_fonts(document))
        assert fonts and all("OpenSans" in str(f.BaseFont) for f in fonts)
        assert all(any(k in f.DescendantFonts[0].FontDescriptor for k in EMBEDDED) for f in fonts)
    rects = widget_rects(pdf_dir / f"{werkblad}.pdf")
    for renderer, render in RENDERERS.items():
        assert_legible(render(pdf, tmp_path / f"{renderer}.png", dpi=DPI), rects, values, f"browser / {renderer}")


def test_characters_outside_the_font_never_stop_the_download(tab: Page, site_dir: Path, tmp_path: Path) -> None:
    values = {"organisatie": f"Gemeente {OUTSIDE_THE_FONT}", "voorrang__verhuizen__nog": f"Zeer\n{OUTSIDE_THE_FONT}"}
    pdf = download(tab, site_dir, "stimuleren", values, tmp_path / "gevuld.pdf")
    fields = PdfReader(pdf).get_fields()
    assert {name: fields[name].get("/V") for name in values} == values
