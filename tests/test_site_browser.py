"""The website in a real browser (Debian chromium via Playwright): navigation, the route through the
toolkit, search, whose site it is, figures, printing, the 404 page in a subfolder, no foreign
requests, and file:// use without a server."""

from __future__ import annotations

import datetime
import functools
import json
import re
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect
from pypdf import PdfReader

from generator.loader import ToolkitData
from generator.site.pages import build_pages
from generator.site.website import MONTHS

from .browser import MOBILE, RequestLog
from .helpers import site_paths

BRON = "Bron: Platform31, Werken aan doorstroming van senioren (2023)"
NOT_PLATFORM31 = "Deze website is niet door Platform31 gemaakt."


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
    page.locator("article").get_by_role("link", name="Werkblad Stimuleren").first.click()
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
    assert len(urls) == 37  # 33 generated pages (test_site_pages counts them), the example page and its 3 outputs
    for url in urls:
        response = page.goto(url)
        assert response and response.ok, url
        expect(page.locator("body")).to_contain_text(BRON)
        if not url.endswith(("overzicht.html", "sessie.html")):  # standalone output files, not site pages
            expect(page.locator(".md-copyright")).to_contain_text(NOT_PLATFORM31)
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


def today_in_dutch() -> str:
    today = datetime.date.today()
    return f"{today.day} {MONTHS[today.month - 1]} {today.year}"


def pdf_text(page: Page, path: Path) -> tuple[PdfReader, str]:
    page.pdf(path=str(path), prefer_css_page_size=True, format="A4")
    reader = PdfReader(path)
    return reader, " ".join(" ".join(p.extract_text().split()) for p in reader.pages)


def test_a_printed_content_page_carries_source_address_and_date(page: Page, site_url: str, tmp_path: Path) -> None:
    page.goto(site_url + "instrumenten/wooncoach.html")
    page.emulate_media(media="print")
    expect(page.locator(".md-header")).to_be_hidden()
    expect(page.locator(".md-sidebar--primary")).to_be_hidden()
    reader, text = pdf_text(page, tmp_path / "wooncoach.pdf")
    assert "Wooncoach / seniorenmakelaar" in text and "Geleerde lessen" in text
    assert BRON in text and NOT_PLATFORM31 in text
    assert f"Afgedrukt van {site_url}instrumenten/wooncoach.html op {today_in_dutch()}" in text
    assert "Zoeken" not in text and "Inhoudsopgave" not in text, "no navigation on paper"


def test_ctrl_p_on_a_werkblad_page_prints_explanation_and_sheet(page: Page, site_url: str, tmp_path: Path) -> None:
    """Ctrl+P prints the whole page (the Afdrukken button prints the sheet alone, see test_form_browser)."""
    page.goto(site_url + "werkbladen/contactmomenten.html")
    page.get_by_label("Woonwens", exact=True).fill("Wooncoach belt na de informatieavond")
    page.emulate_media(media="print")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    reader, text = pdf_text(page, tmp_path / "contactmomenten.pdf")
    for part in ("Zo gebruikt u dit werkblad", "Senioren doorlopen verschillende fasen",
                 "Wooncoach belt na de informatieavond", "Houd rekening met de klantreis", BRON,
                 f"{site_url}werkbladen/contactmomenten.html"):
        assert part in text, part
    assert "Opslaan als bestand" not in text and "Waar blijven uw antwoorden" not in text
    landscape = [p for p in reader.pages if float(p.mediabox.width) > float(p.mediabox.height)]
    assert len(landscape) == 1 and "Wooncoach belt na de informatieavond" in " ".join(
        landscape[0].extract_text().split()), \
        "the landscape sheet gets a page of its own orientation"
    assert len(reader.pages) > len(landscape), "the explanation prints on portrait pages"


@pytest.mark.parametrize("url, figure, words", [
    ("", "Figuur 1 Verhuisketen", ["Gelijkvloerse woning", "Eengezinswoning", "senior", "gezin", "starter"]),
    ("onderwerpen/integrale-aanpak/index.html", "Figuur 2 Participatieladder",
     ["Informeren", "Raadplegen", "Adviseren", "Coproduceren", "Meebeslissen"]),
])
def test_figures_are_drawn_with_a_text_alternative_and_marked_as_ours(page: Page, site_url: str, url: str,
                                                                         figure: str, words: list[str]) -> None:
    page.goto(site_url + url)
    drawing = page.get_by_role("img", name=figure)
    expect(drawing).to_be_visible()
    description = drawing.evaluate("svg => svg.querySelector('desc').textContent")
    assert len(description) > 150
    box = drawing.bounding_box()
    assert box and box["width"] > 300 and box["height"] > 300
    for word in words:
        expect(drawing.locator("text", has_text=word).first).to_be_visible()
    caption = page.locator("figure", has=drawing).locator("figcaption")
    expect(caption).to_have_text(f"{figure} (getekend voor deze website)")
    assert caption.evaluate("c => getComputedStyle(c).fontStyle") == "normal", "a caption, not a quotation"


def test_home_page_route_reaches_every_werkblad_and_praatplaat(page: Page, site_url: str, site_dir: Path,
                                                              toolkit: ToolkitData) -> None:
    page.goto(site_url)
    route = page.locator(".ds-aandeslag")
    expect(route).to_be_in_viewport()
    titles = [f"Werkblad {w.titel}" if w.soort == "werkblad" else f"Praatplaat {w.titel}"
              for w in toolkit.werkbladen.values()] + [f"Praatplaat {m.titel}" for m in toolkit.menukaarten.values()]
    for title in titles:
        link = route.get_by_role("link", name=title, exact=True)
        expect(link).to_have_count(1)
        target = link.get_attribute("href")
        assert (site_dir / target).is_file(), target
    for built, link_name in ((site_dir / "voorbeeld/index.html", "Voorbeeld: sessie Regio Lindewaard"),
                             (site_dir / "sessie/index.html", "Sessieverslag maken")):
        expect(route.get_by_role("link", name=link_name)).to_have_count(1 if built.is_file() else 0)
    heading = page.get_by_role("heading", name="Hoe deze toolkit te gebruiken?")
    following = heading.evaluate("h => [h.nextElementSibling.tagName, h.nextElementSibling.nextElementSibling"
                                 ".querySelector('table') !== null]")
    assert following == ["P", True], "the onderwerpen table right after the first paragraph"


def test_onderwerp_pages_show_their_werkbladen_first(page: Page, site_url: str, toolkit: ToolkitData) -> None:
    for onderwerp in toolkit.onderwerpen.values():
        page.goto(f"{site_url}onderwerpen/{onderwerp.id}/index.html")
        first = page.locator("article .ds-kaart a").first
        expect(first).to_be_in_viewport()
        expect(page.locator("article .ds-kaart a")).to_have_count(len(onderwerp.onderdelen))


def test_stimuleren_leads_to_both_menukaarten_and_each_row_to_its_place(page: Page, site_url: str) -> None:
    page.goto(site_url + "werkbladen/stimuleren.html")
    route = page.locator(".ds-eigen", has_text="Eerst een menukaart")
    for name, path in (("Praatplaat Menukaart sociaal", "menukaarten/sociaal.html"),
                       ("Praatplaat Menukaart particulier", "menukaarten/particulier.html")):
        expect(route.get_by_role("link", name=name)).to_have_attribute("href", "../" + path)
    expect(route).to_contain_text("woningcorporaties en hun huurders")
    expect(route).to_contain_text("woningeigenaren")
    rows = page.locator("table.ws-raster tbody th[scope=row]")
    expect(rows).to_have_count(5)
    for menukaart in ("sociaal", "particulier"):
        row_links = rows.get_by_role("link", name=re.compile(f"^Menukaart {menukaart}, rij ")).all()
        assert len(row_links) == 5
        for row_link in row_links:
            href = row_link.get_attribute("href")
            target, anchor = href.split("#")
            response = page.request.get(site_url + "werkbladen/" + target)
            assert response.ok and f'id="{anchor}"' in response.text(), href
    rows.get_by_role("link", name="Menukaart particulier, rij Prijsprikkel").click()
    expect(page).to_have_url(re.compile(r"menukaarten/particulier\.html#prijsprikkel$"))
    expect(page.locator("h2#prijsprikkel")).to_be_in_viewport()
    expect(page.locator("h2#prijsprikkel")).to_have_text("4 Prijsprikkel")


def test_search_index_knows_the_dutch_word_forms(site_dir: Path) -> None:
    index = json.loads((site_dir / "search/search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == ["nl"] and "varianten" in index["config"]["fields"]
    page = " ".join(d["text"] for d in index["docs"] if d["location"].startswith("werkbladen/contactmomenten.html"))
    forms = " ".join(d["varianten"] for d in index["docs"] if d["location"].startswith("werkbladen/contactmomenten"))
    assert "verhuizen" in page and "verhuizing" not in page and "verhuizing" in forms.split()
    offline = (site_dir / "search/search_index.js").read_text(encoding="utf-8")
    assert '"varianten"' in offline, "file:// search uses the same index"


def search(page: Page, words: str) -> list[str]:
    """The result pages for a search, in order (Material groups sections under their page)."""
    page.locator("label.md-search__icon, .md-search__input").first.click()
    box = page.locator("input.md-search__input")
    box.fill("")
    box.press_sequentially(words, delay=20)
    expect(page.locator(".md-search-result__item").first).to_be_visible(timeout=15_000)
    page.wait_for_timeout(300)  # the worker answers per keystroke: let the last answer land
    meta = page.locator(".md-search-result__meta").text_content() or ""
    total = int(m.group(1)) if (m := re.search(r"(\d+) overeenkomende", meta)) else 1
    items = page.locator(".md-search-result__item > .md-search-result__link")
    for _ in range(10):  # Material shows ten pages at a time, more as the list scrolls
        if items.count() >= total:
            break
        page.locator(".md-search__scrollwrap").evaluate("el => el.scrollTop = el.scrollHeight")
        page.wait_for_timeout(200)
    hrefs = page.locator(".md-search-result__item > .md-search-result__link").evaluate_all(
        "links => links.map(a => a.getAttribute('href').split('#')[0].split('?')[0])")
    page.keyboard.press("Escape")
    return list(dict.fromkeys(hrefs))


WORKER_SEARCH = """async (words) => {
  const config = JSON.parse(document.getElementById("__config").textContent);
  const url = new URL("search/search_index.json", new URL(config.base + "/", location.href));
  const index = await (await fetch(url)).json();
  const worker = new Worker(config.search);  // the very search worker of the site, with the site's index
  const answers = {};
  await new Promise((resolve) => {
    let next = 0;
    worker.onmessage = ({ data }) => {
      if (data.type === 1 || data.type === 3) {
        if (data.type === 3) {
          answers[words[next++]] = data.data.items.map((group) => group[0].location.split("#")[0]);
        }
        if (next < words.length) { worker.postMessage({ type: 2, data: words[next] }); } else { resolve(); }
      }
    };
    worker.postMessage({ type: 0, data: { ...index, options: { suggest: false } } });
  });
  worker.terminate();
  return answers;
}"""


def test_search_finds_the_same_pages_for_verhuizing_and_verhuizen(page: Page, site_url: str) -> None:
    page.goto(site_url)
    found = page.evaluate(WORKER_SEARCH, ["verhuizing", "verhuizen", "verhuis"])
    assert len(found["verhuizing"]) >= 10
    assert sorted(found["verhuizing"]) == sorted(found["verhuizen"])
    assert "werkbladen/contactmomenten.html" in found["verhuizing"], "it only says 'verhuizen'"
    counts = []
    for word in ("verhuizing", "verhuizen"):  # and the search box says so too
        page.locator(".md-search__input").first.click()
        page.locator("input.md-search__input").fill("")
        page.locator("input.md-search__input").press_sequentially(word, delay=20)
        meta = page.locator(".md-search-result__meta")
        expect(meta).to_have_text(re.compile(r"^\d+ resultaten$"), timeout=15_000)
        page.wait_for_timeout(300)
        counts.append(meta.text_content())
        page.keyboard.press("Escape")
    assert counts[0] == counts[1] == f"{len(found['verhuizing'])} resultaten"


def test_a_werkblad_ranks_first_for_its_own_title(page: Page, site_url: str, toolkit: ToolkitData) -> None:
    page.goto(site_url)
    for werkblad in toolkit.werkbladen.values():
        results = search(page, werkblad.titel)
        assert results[0].endswith(f"werkbladen/{werkblad.id}.html"), (werkblad.titel, results[:3])


def test_mobile_width_shows_the_sheet_without_breaking_the_page(browser, site_url: str) -> None:
    context = browser.new_context(viewport=MOBILE, locale="nl-NL")
    tab = context.new_page()
    tab.goto(site_url + "werkbladen/stimuleren.html")
    expect(tab.locator("table.ws-raster")).to_be_attached()
    page_width = tab.evaluate("document.documentElement.scrollWidth")
    assert page_width <= MOBILE["width"] + 1, "the wide grid must scroll inside its box, not the page"
    context.close()


class _SubfolderHandler(SimpleHTTPRequestHandler):
    """A web server that hosts the site under /sub/ and answers missing pages with its 404.html."""

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass

    def translate_path(self, path: str) -> str:
        inner = path.split("?")[0]
        inner = inner[len("/sub"):] if inner.startswith("/sub/") else "/__nergens__" + inner
        return super().translate_path(inner)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        if code != 404:
            return super().send_error(code, message, explain)
        body = Path(self.directory, "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@pytest.fixture(scope="module")
def subfolder_url(site_dir: Path) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_SubfolderHandler, directory=str(site_dir)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sub/"
    server.shutdown()


def test_the_404_page_is_dutch_and_styled_in_a_subfolder(browser: Browser, subfolder_url: str) -> None:
    context = browser.new_context(viewport=MOBILE, locale="nl-NL")
    tab = context.new_page()
    log = RequestLog(tab)
    response = tab.goto(subfolder_url + "werkbladen/bestaat-niet.html")
    assert response and response.status == 404
    expect(tab.locator("html")).to_have_attribute("lang", "nl")
    expect(tab.locator("h1")).to_have_text("Pagina niet gevonden")
    assert tab.locator("header").evaluate("h => getComputedStyle(h).backgroundColor") == "rgb(0, 79, 110)"
    assert tab.evaluate("document.documentElement.scrollWidth") <= MOBILE["width"]
    home = tab.get_by_role("link", name="Naar de startpagina")
    expect(home).to_have_attribute("href", re.compile(r"/sub/index\.html$"))
    expect(tab.locator("footer")).to_contain_text(NOT_PLATFORM31)
    home.click()
    expect(tab.locator("h1")).to_have_text("Werken aan doorstroming van senioren")
    assert tab.url == subfolder_url + "index.html"
    tab.goto(subfolder_url + "over/verdwenen.html")
    tab.get_by_role("link", name="2. Zicht op de opgave en resultaten").click()
    expect(tab.locator("h1")).to_have_text("2. Zicht op de opgave en resultaten")
    assert log.foreign("127.0.0.1") == []
    context.close()
