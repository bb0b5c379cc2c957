"""axe-core (bundled in the PyPI package axe-playwright-python, injected from disk) finds no
violations on any page of the site, on a phone (375px), a laptop (1093px) and a desktop (1280px)."""

from __future__ import annotations

from pathlib import Path

import axe_playwright_python
import pytest
from playwright.sync_api import Browser

from generator.loader import ToolkitData
from generator.site.pages import build_pages

from .browser import DESKTOP, WIDTHS
from .helpers import site_paths

AXE_JS = Path(axe_playwright_python.__file__).with_name("axe.min.js")


def violations(browser: Browser, urls: list[str], viewport: dict[str, int]) -> list[str]:
    context = browser.new_context(viewport=viewport, locale="nl-NL")
    tab = context.new_page()
    found = []
    for url in urls:
        tab.goto(url)
        tab.add_script_tag(path=str(AXE_JS))
        result = tab.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        for violation in result["violations"]:
            targets = [node["target"] for node in violation["nodes"]][:3]
            found.append(f"{url}: {violation['id']} ({violation['impact']}): {violation['help']} {targets}")
    context.close()
    return found


@pytest.mark.parametrize("width", WIDTHS, ids=list(WIDTHS))
def test_axe_reports_no_violations_on_any_page(browser: Browser, site_url: str, toolkit: ToolkitData,
                                               width: str) -> None:
    urls = [site_url + path for path in site_paths(build_pages(toolkit))]
    assert len(urls) == 37  # 33 generated pages (test_site_pages counts them), the example page and its 3 outputs
    assert violations(browser, urls + [site_url + "404.html"], WIDTHS[width]) == []


def test_axe_reports_no_violations_with_the_search_dialog_open(browser: Browser, site_url: str) -> None:
    context = browser.new_context(viewport=DESKTOP, locale="nl-NL")
    tab = context.new_page()
    tab.goto(site_url)
    tab.locator(".md-search__input").first.click()
    tab.locator("input.md-search__input").press_sequentially("wooncoach", delay=20)
    tab.locator(".md-search-result__item").first.wait_for()
    tab.add_script_tag(path=str(AXE_JS))
    result = tab.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    context.close()
    assert [(v["id"], [n["target"] for n in v["nodes"]]) for v in result["violations"]] == []
