"""The website in a real browser (Debian chromium via Playwright): navigation, search, grid, no
foreign requests, printing, and file:// use without a server."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Page, expect

from generator.loader import ToolkitData
from generator.site.pages import build_pages

from .browser import MOBILE, RequestLog
from .helpers import site_paths

BRON = "Bron: Platform31, Werken aan doorstroming van senioren (2023)"


def all_urls(toolkit: ToolkitData, base: str) -> list[str]:
    return [base + path for path in site_paths(build_pages(toolkit))]


def test_home_page_shows_the_inleiding_and_the_three_onderwerpen(page: Page, site_url: str) -> None:
    page.goto(site_url)
    expect(page.locator("h1")).to_have_text("Werken aan doorstroming van senioren")
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    table = page.locator("article table").first
    for title in ("1. Een integrale aanpak", "2. Zicht op de opgave en resultaten", "3. Vergeet het gedrag niet"):
        expect(table.get_by_role("link", name=title)).to_be_visible()
    expect(page.locator(".md-copyright")).to_contain_text(BRON)


def test_navigation_reaches_stimuleren_and_shows_the_grid(page: Page, site_url: str, tmp_path: Path) -> None:
    page.goto(site_url)
    page.locator(".md-tabs").get_by_role("link", name="1. Een integrale aanpak").click()
    expect(page.locator("h1")).to_have_text("1. Een integrale aanpak")
    page.locator("article").get_by_role("link", name="Werkblad Stimuleren").click()
    expect(page.locator("h1")).to_have_text("Werkblad Stimuleren")
    breadcrumbs = page.locator("nav.md-path")
    expect(breadcrumbs).to_contain_text("1. Een integrale aanpak")

    grid = page.locator("table.ws-raster")
    expect(grid).to_be_visible()
    headers = grid.locator("thead th[scope=col]")
    expect(headers).to_have_text(["Huidige woning", "Woonwens", "Woningzoeken", "Verhuizen", "Nieuw thuis!"])
    rows = grid.locator("tbody th[scope=row]")
    expect(rows).to_have_text([re.compile(r"1\s+Passend aanbod"), re.compile(r"2\s+Op weg helpen"),
                               re.compile(r"3\s+Ontzorgen"), re.compile(r"4\s+Prijsprikkel"),
                               re.compile(r"5\s+Voorrang")])
    expect(grid.locator("textarea[name$='__al']")).to_have_count(25)
    expect(grid.locator("textarea[name$='__nog']")).to_have_count(25)
    shot = tmp_path / "stimuleren-raster.png"
    grid.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    box = grid.bounding_box()
    assert box and box["width"] > 600 and box["height"] > 300

    download = page.get_by_role("link", name="Download het werkblad als PDF")
    assert download.get_attribute("href") == "../pdf/stimuleren.pdf"
    pdf_url = page.evaluate("document.querySelector('.ws-download a').href")
    assert pdf_url == site_url + "pdf/stimuleren.pdf"
    response = page.request.get(pdf_url)
    assert response.ok and response.body().startswith(b"%PDF-")


def test_dutch_search_finds_toolkit_words(page: Page, site_url: str) -> None:
    page.goto(site_url)
    expectations = {"wooncoach": "Wooncoach / seniorenmakelaar", "voorrang": "Voorrangregelingen",
                    "klantreis": "Werkblad Stimuleren"}
    for word, expected_title in expectations.items():
        page.locator("label.md-search__icon, .md-search__input").first.click()
        search = page.locator("input.md-search__input")
        search.fill("")
        search.press_sequentially(word, delay=30)
        results = page.locator(".md-search-result__item")
        expect(results.first).to_be_visible(timeout=15_000)
        expect(page.locator(".md-search-result__list")).to_contain_text(expected_title)
        page.keyboard.press("Escape")


def test_browsing_every_page_requests_nothing_from_another_host(page: Page, site_url: str,
                                                                   toolkit: ToolkitData) -> None:
    log = RequestLog(page)
    urls = all_urls(toolkit, site_url)
    assert len(urls) == 30
    for url in urls:
        response = page.goto(url)
        assert response and response.ok, url
        expect(page.locator("body")).to_contain_text(BRON)
    page.goto(site_url)
    page.locator(".md-search__input").first.click()
    page.locator("input.md-search__input").press_sequentially("doorstroming", delay=20)
    expect(page.locator(".md-search-result__item").first).to_be_visible(timeout=15_000)
    assert len(log.urls) > len(urls)
    assert log.foreign("127.0.0.1") == []


def test_the_site_works_from_file_urls_including_search(page: Page, site_dir: Path) -> None:
    log = RequestLog(page)
    page.goto((site_dir / "index.html").as_uri())
    expect(page.locator("h1")).to_have_text("Werken aan doorstroming van senioren")
    page.locator(".md-tabs").get_by_role("link", name="Instrumenten").click()
    expect(page.locator("h1")).to_have_text("Bijlage: Overzicht van instrumenten")
    page.locator(".md-search__input").first.click()
    page.locator("input.md-search__input").press_sequentially("wooncoach", delay=30)
    expect(page.locator(".md-search-result__list")).to_contain_text("Wooncoach / seniorenmakelaar", timeout=15_000)
    assert log.foreign(None) == []


def test_print_stylesheet_hides_navigation_and_keeps_the_source(page: Page, site_url: str) -> None:
    page.goto(site_url + "instrumenten/wooncoach.html")
    page.emulate_media(media="print")
    expect(page.locator(".md-header")).to_be_hidden()
    expect(page.locator(".md-sidebar--primary")).to_be_hidden()
    expect(page.locator("h1")).to_have_text("Wooncoach / seniorenmakelaar")
    expect(page.locator("article")).to_contain_text("Geleerde lessen")
    expect(page.locator(".md-copyright")).to_contain_text(BRON)
    pdf = page.pdf(format="A4")
    assert len(pdf) > 20_000


def test_mobile_width_shows_the_sheet_without_breaking_the_page(browser, site_url: str) -> None:
    context = browser.new_context(viewport=MOBILE, locale="nl-NL")
    tab = context.new_page()
    tab.goto(site_url + "werkbladen/stimuleren.html")
    expect(tab.locator("table.ws-raster")).to_be_attached()
    page_width = tab.evaluate("document.documentElement.scrollWidth")
    assert page_width <= MOBILE["width"] + 1, "the wide grid must scroll inside its box, not the page"
    context.close()
