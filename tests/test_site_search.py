"""Search finds what a visitor looks for and shows the toolkit's words, not the site's boilerplate: an
instrument's name finds the menukaart rows that offer it, and no download or form text fills the snippets."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from generator.loader import ToolkitData

BOILERPLATE = ("Download het werkblad", "Download de menukaart", "Opslaan als bestand", "Bestand openen",
               "Waar blijven uw antwoorden", "Vergeet alles op dit apparaat", "Onderdeel van")


@pytest.fixture(scope="module")
def index(site_dir: Path) -> list[dict[str, str]]:
    return json.loads((site_dir / "search/search_index.json").read_text(encoding="utf-8"))["docs"]


def test_every_menukaart_row_is_indexed_with_the_names_of_its_instruments(toolkit: ToolkitData, index: list) -> None:
    sections = {d["location"]: d for d in index}
    for menukaart in toolkit.menukaarten.values():
        for rij in menukaart.categorieen:
            section = sections[f"menukaarten/{menukaart.id}.html#{rij.categorie}"]
            for item in rij.instrumenten:
                assert toolkit.instrumenten[item.instrument].titel in section["text"], (menukaart.id, rij.categorie)


def test_no_site_boilerplate_in_what_search_shows(index: list) -> None:
    """(The session page's own instructions name its buttons in sentences; they may be found.)"""
    found = [(d["location"], phrase) for d in index for phrase in BOILERPLATE
             if phrase in d["text"] and not d["location"].startswith("sessie/")]
    assert found == []


def test_wooncoach_finds_both_menukaarten_on_the_first_screen_of_results(page: Page, site_url: str) -> None:
    page.goto(site_url)
    page.locator(".md-search__input").first.click()
    page.locator("input.md-search__input").press_sequentially("wooncoach", delay=20)
    expect(page.locator(".md-search-result__meta")).to_have_text(re.compile(r"^\d+ resultaten$"))
    page.wait_for_timeout(500)  # the list follows the typing; let it settle
    items = page.locator(".md-search-result__item").all()[:8]  # one item per page, the best section first
    first = [(item.locator("a").first.get_attribute("href") or "").split("?")[0] for item in items]
    assert first[0].endswith("instrumenten/wooncoach.html"), first
    for menukaart in ("menukaarten/sociaal.html", "menukaarten/particulier.html"):
        assert any(link.endswith(menukaart) for link in first), [link.split("/", 3)[-1] for link in first]
