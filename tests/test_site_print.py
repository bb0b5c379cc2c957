"""Printing a werkblad page, rendered by chromium as its print dialog does (A4, the pages' own sizes):
Ctrl+P gives the page with the sheet whole on one page of its own orientation, every page carries the source
and whose site it is, no page holds only those lines, no heading is left behind for the screen; the Afdrukken
button gives the sheet alone on as many pages as its PDF (one)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page
from pypdf import PdfReader

from generator.loader import ToolkitData

MARGIN = ("Bron: Platform31, Werken aan doorstroming van senioren (2023)",
          "Deze website is niet door Platform31 gemaakt.", "Afgedrukt van")


def printed(tab: Page, url: str, button: bool) -> list[str]:
    """The text of each printed page."""
    tab.goto(url)
    if button:  # what the Afdrukken button does before it opens the print dialog
        tab.evaluate("document.documentElement.classList.add('ds-alleen-werkblad')")
    tab.emulate_media(media="print")
    pdf = tab.pdf(format="A4", prefer_css_page_size=True, print_background=True)
    tab.emulate_media(media="screen")
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture(scope="module")
def tab(browser: Browser) -> Page:
    context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def test_ctrl_p_prints_the_sheet_whole_on_one_page_and_no_page_of_footer_alone(tab: Page, site_url: str,
                                                                            toolkit: ToolkitData) -> None:
    problems = []
    for werkblad in toolkit.werkbladen.values():
        pages = printed(tab, f"{site_url}werkbladen/{werkblad.id}.html", button=False)
        sheet = [i for i, text in enumerate(pages) if f"werkblad: {werkblad.id}" in text]
        if len(sheet) != 1 or werkblad.titel not in pages[sheet[0]]:  # its title and its source line together
            problems.append(f"{werkblad.id}: the sheet is not whole on one page ({len(pages)} pages)")
        for number, text in enumerate(pages, start=1):
            if not all(line in text for line in MARGIN):
                problems.append(f"{werkblad.id}: page {number} lacks the source or whose site it is")
            rest = text
            for line in MARGIN:
                rest = rest.replace(line, "")
            if len(rest) < 200 and number > 1:
                problems.append(f"{werkblad.id}: page {number} holds almost nothing: {rest[:80]!r}")
            if "Het werkblad invullen" in text or "Opslaan als bestand" in text:
                problems.append(f"{werkblad.id}: page {number} prints what is only for the screen")
        if len(pages) > 4:
            problems.append(f"{werkblad.id}: {len(pages)} pages")
    assert problems == []


def test_the_afdrukken_button_prints_the_sheet_alone_on_no_more_pages_than_its_pdf(tab: Page, site_url: str,
                                                                                 site_dir: Path,
                                                                                 toolkit: ToolkitData) -> None:
    """The typed-in sheet on one page; never more pages than the blank PDF (which gives room to write by
    hand: Stimuleren and the long indicator sheets take two there)."""
    for werkblad in toolkit.werkbladen.values():
        pages = printed(tab, f"{site_url}werkbladen/{werkblad.id}.html", button=True)
        blank = len(PdfReader(site_dir / "pdf" / f"{werkblad.id}.pdf").pages)
        assert len(pages) == 1 <= blank, werkblad.id
        assert f"werkblad: {werkblad.id}" in pages[0] and "Zo gebruikt u" not in pages[0], werkblad.id
        assert "Afgedrukt van" not in pages[0], "the sheet carries its own source line, like its PDF"
