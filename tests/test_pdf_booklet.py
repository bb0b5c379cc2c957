"""The print booklet works as a booklet: a cover that says what it is and where it comes from, contents
with the right page numbers, a page number on every page, a bookmark per werkblad and menukaart."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from generator.loader import ToolkitData


@pytest.fixture(scope="module")
def booklet(pdf_dir: Path) -> PdfReader:
    return PdfReader(pdf_dir / "doorstroomtoolkit-werkbladen.pdf")


def in_toolkit_order(toolkit: ToolkitData) -> list[tuple[str, str]]:
    """(title, footer marker) of every werkblad and menukaart, in the order of the toolkit."""
    items = []
    for onderwerp in toolkit.onderwerpen.values():
        for onderdeel in onderwerp.onderdelen:
            if onderdeel.werkblad:
                items.append((toolkit.werkbladen[onderdeel.werkblad].titel, f"werkblad: {onderdeel.werkblad}"))
            else:
                items.append((toolkit.menukaarten[onderdeel.menukaart].titel, f"menukaart: {onderdeel.menukaart}"))
    return items


def flat(text: str) -> str:
    return " ".join(text.split())


def test_cover_names_the_toolkit_its_source_and_that_it_is_not_a_platform31_publication(
        toolkit: ToolkitData, booklet: PdfReader) -> None:
    cover = flat(booklet.pages[0].extract_text())
    assert toolkit.toolkit.titel in cover
    assert toolkit.toolkit.ondertitel in cover
    assert toolkit.toolkit.bron in cover
    assert "geen uitgave van Platform31" in cover


def test_every_werkblad_and_menukaart_has_a_bookmark_on_its_own_page(toolkit: ToolkitData,
                                                                     booklet: PdfReader) -> None:
    outline = booklet.outline
    assert all(not isinstance(entry, list) for entry in outline), "one level: one bookmark per sheet"
    expected = in_toolkit_order(toolkit)
    assert [entry.title for entry in outline] == [title for title, _ in expected]
    for entry, (title, marker) in zip(outline, expected, strict=True):
        page = booklet.get_destination_page_number(entry)
        assert marker in booklet.pages[page].extract_text(), (title, page)


def test_contents_list_every_sheet_with_its_page_number(toolkit: ToolkitData, booklet: PdfReader) -> None:
    contents = booklet.pages[1].extract_text()
    assert contents.startswith("Inhoud")
    for onderwerp in toolkit.onderwerpen.values():
        assert f"{onderwerp.nummer}. {onderwerp.titel}" in contents
    for entry in booklet.outline:
        number = booklet.get_destination_page_number(entry) + 1
        line = re.search(re.escape(entry.title) + r"[ .]*?(\d+)\s*$", contents, re.MULTILINE)
        assert line and int(line.group(1)) == number, (entry.title, number)


def test_every_page_has_its_page_number(booklet: PdfReader) -> None:
    total = len(booklet.pages)
    for number, page in enumerate(booklet.pages, start=1):
        assert f"pagina {number} van {total}" in flat(page.extract_text()), number
