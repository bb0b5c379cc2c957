"""The print booklet works as a booklet: a cover that says what it is and where it comes from, contents
with the right page numbers, a page number on every page, a bookmark per onderwerp with its werkbladen and
menukaarten under it, and it prints double-sided: every onderwerp and every werkblad of two pages starts on
a right-hand (odd) page, and a page left empty for that says so."""

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


def outline_tree(booklet: PdfReader) -> list[tuple[object, list[object]]]:
    """(onderwerp bookmark, its children) from pypdf's nested outline list."""
    tree: list[tuple[object, list[object]]] = []
    for entry in booklet.outline:
        if isinstance(entry, list):
            tree[-1][1].extend(entry)
        else:
            tree.append((entry, []))
    return tree


def test_a_bookmark_per_onderwerp_with_its_werkbladen_and_menukaarten_on_their_pages(
        toolkit: ToolkitData, booklet: PdfReader) -> None:
    tree = outline_tree(booklet)
    assert [entry.title for entry, _ in tree] == [f"{o.nummer}. {o.titel}" for o in toolkit.onderwerpen.values()]
    expected = in_toolkit_order(toolkit)
    children = [child for _, kids in tree for child in kids]
    assert all(not isinstance(child, list) for child in children), "two levels"
    assert [child.title for child in children] == [title for title, _ in expected]
    for child, (title, marker) in zip(children, expected, strict=True):
        page = booklet.get_destination_page_number(child)
        assert marker in booklet.pages[page].extract_text(), (title, page)
    for entry, kids in tree:
        assert booklet.get_destination_page_number(entry) == booklet.get_destination_page_number(kids[0])


def test_sections_and_two_page_werkbladen_start_on_a_right_hand_page(toolkit: ToolkitData, booklet: PdfReader,
                                                                      pdf_dir: Path) -> None:
    tree = outline_tree(booklet)
    for entry, _ in tree:
        assert booklet.get_destination_page_number(entry) % 2 == 0, entry.title  # 0-based even = odd page
    for child in (c for _, kids in tree for c in kids):
        text = booklet.pages[booklet.get_destination_page_number(child)].extract_text()
        if "pagina 1 van 2" in " ".join(text.split()):
            assert booklet.get_destination_page_number(child) % 2 == 0, child.title
    blank = [n for n, page in enumerate(booklet.pages) if "Deze pagina is bewust leeg gelaten." in page.extract_text()]
    assert blank, "the toolkit's sections need at least one blank page"
    for number in blank:
        assert number % 2 == 1, "only a left-hand page is left blank"
        following = " ".join(booklet.pages[number + 1].extract_text().split())
        starts = {booklet.get_destination_page_number(entry) for entry, _ in tree}
        assert number + 1 in starts or "pagina 1 van 2" in following, number


def test_contents_list_every_sheet_with_its_page_number(toolkit: ToolkitData, booklet: PdfReader) -> None:
    contents = booklet.pages[1].extract_text()
    assert contents.startswith("Inhoud")
    for onderwerp in toolkit.onderwerpen.values():
        assert f"{onderwerp.nummer}. {onderwerp.titel}" in contents
    for entry in (child for _, kids in outline_tree(booklet) for child in kids):
        number = booklet.get_destination_page_number(entry) + 1
        line = re.search(re.escape(entry.title) + r"[ .]*?(\d+)\s*$", contents, re.MULTILINE)
        assert line and int(line.group(1)) == number, (entry.title, number)


def test_every_page_has_its_page_number(booklet: PdfReader) -> None:
    total = len(booklet.pages)
    for number, page in enumerate(booklet.pages, start=1):
        assert f"pagina {number} van {total}" in flat(page.extract_text()), number
