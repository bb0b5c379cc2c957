"""Everything a visitor sees is Dutch: no English interface word on any page (text, the names screen readers
read, the theme's texts for search), no raw error text of the browser, no doubled words in our own lines."""

from __future__ import annotations

import json
import re
from pathlib import Path

import lxml.html
import pytest
from playwright.sync_api import Browser, expect

from generator.loader import ToolkitData
from generator.regels import regels

from .test_site_honest import site_pages

# English interface words of the theme, the browser and JavaScript that must not reach a page.
ENGLISH = ("Home", "Header", "Footer", "Tabs", "Search", "Skip to content", "Back to top", "Previous", "Next",
           "Table of contents", "On this page", "Copy to clipboard", "Copied", "Initializing", "Type to start",
           "matching", "Clear", "Share", "Navigation", "Loading", "Select", "Edit this page", "Go to repository",
           "Made with", "true", "false", "null", "undefined", "NaN", "Error", "TypeError", "Failed to fetch",
           "Usage", "Missing", "required", "default")
# Slips in our own lines seen before: a doubled paper size, Material's "1 overeenkomende document".
TYPOS = ("A3 A3", "A4 A4", "overeenkomende document ", "overeenkomende document<")
ATTRIBUTES = ("aria-label", "title", "placeholder", "alt", "aria-description")
_ENGLISH = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in ENGLISH) + r")\b")


def visible_texts(page: lxml.html.HtmlElement) -> list[str]:
    """The text and accessible names of a page, and the theme's texts (search messages) from its settings."""
    found = []
    for element in page.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style", "template", "svg", "path"):
            continue
        # a key's name as printed on the keyboard (<kbd>Home</kbd>) is not interface language
        found += ["" if element.tag == "kbd" else element.text or "", element.tail or ""]
        found += [element.get(name) or "" for name in ATTRIBUTES]
        if element.tag == "input" and element.get("type") in ("button", "submit"):
            found.append(element.get("value") or "")
    settings = page.get_element_by_id("__config", None)
    if settings is not None:
        found += list(json.loads(settings.text)["translations"].values())
    return [t for t in found if t.strip()]


@pytest.fixture(scope="module")
def pages(toolkit: ToolkitData, site_dir: Path) -> dict[str, lxml.html.HtmlElement]:
    return site_pages(toolkit, site_dir)


def test_no_english_interface_word_on_any_page(pages: dict[str, lxml.html.HtmlElement]) -> None:
    found = {}
    for url, page in pages.items():
        words = sorted({m.group(0) for t in visible_texts(page) for m in _ENGLISH.finditer(t)})
        if words:
            found[url] = words
    assert found == {}


def test_the_theme_speaks_dutch_where_it_spoke_english(pages: dict[str, lxml.html.HtmlElement]) -> None:
    home = pages[""]
    names = {e.get("aria-label") for e in home.iter() if isinstance(e.tag, str) and e.get("aria-label")}
    assert {"Paginakop", "Onderdelen van de website", "Kruimelpad"} - names == {"Kruimelpad"}  # no crumbs at home
    assert "Startpagina" in [" ".join(a.text_content().split()) for a in home.find_class("md-tabs__link")]
    crumbs = pages["werkbladen/stimuleren.html"].find_class("md-path")[0]
    assert " ".join(crumbs.text_content().split()).startswith("Startpagina")
    translations = json.loads(home.get_element_by_id("__config").text)["translations"]
    assert translations["search.result.one"] == "1 resultaat"


def test_no_doubled_words_in_our_own_lines(site_dir: Path) -> None:
    for page in site_dir.rglob("*.html"):
        html = " ".join(page.read_text(encoding="utf-8").split())
        for typo in TYPOS:
            assert typo not in html, (page, typo)


def test_the_rule_texts_shown_for_a_rejected_sheet_are_dutch() -> None:
    texts = [t for group in ("redenen", "meldingen") for t in regels()[group].values()]
    assert len(texts) > 20
    assert [t for t in texts if _ENGLISH.search(t)] == []


def test_a_failing_pdf_download_says_so_in_dutch_without_the_browser_error(browser: Browser, site_url: str) -> None:
    context = browser.new_context(locale="nl-NL")
    tab = context.new_page()
    tab.route("**/pdf-lib.min.js", lambda route: route.abort())
    errors: list[str] = []
    tab.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    tab.goto(site_url + "werkbladen/ambities.html")
    tab.get_by_role("button", name="Download als ingevulde PDF").first.click()
    message = tab.locator(".ws-melding")
    expect(message).to_have_text("De PDF kon niet worden gemaakt. Uw antwoorden zijn niet veranderd. Probeer het "
                                 "nog eens, of sla uw antwoorden op als bestand.")
    assert errors, "the technical reason goes to the console, for whoever helps"
    context.close()
