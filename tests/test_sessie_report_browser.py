"""The session report in Debian's chromium: accessible (axe-core) at desktop and phone width, no
request to anywhere, no sideways scrolling on a phone; and the example's page on the built site."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from generator.loader import ToolkitData
from generator.session.outputs import OUTPUTS
from generator.site.example_session import FOLDER, PAGE

from .browser import DESKTOP, MOBILE, RequestLog
from .helpers import page_url
from .sessie_helpers import example_run, load_json  # noqa: F401 - fixture
from .test_site_accessibility import violations

PHONE = {"width": 375, "height": 812}


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "telefoon"])
def test_report_is_accessible_and_self_contained(browser: Browser, example_run: tuple[Path, object],  # noqa: F811
                                                 viewport: dict[str, int]) -> None:
    report = (example_run[0] / "sessie.html").as_uri()
    assert violations(browser, [report], viewport) == []
    context = browser.new_context(viewport=viewport, locale="nl-NL")
    tab = context.new_page()
    log = RequestLog(tab)
    tab.goto(report)
    assert log.foreign(None) == []
    assert tab.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    assert tab.locator("h1").inner_text().startswith("Sessie Regio Lindewaard")
    contents = tab.get_by_role("navigation", name="Inhoud")
    contents.get_by_role("link", name="Verwerking: niet verwerkt en meldingen").click()
    assert tab.evaluate("location.hash") == "#verwerking"
    context.close()


def test_example_page_on_the_site_links_every_output(browser: Browser, site_url: str, site_dir: Path) -> None:
    for name in OUTPUTS:
        assert (site_dir / FOLDER / name).stat().st_size > 0
    url = site_url + page_url(PAGE)
    assert violations(browser, [url, site_url + f"{FOLDER}/sessie.html"], DESKTOP) == []
    assert violations(browser, [url], MOBILE) == []
    context = browser.new_context(viewport=DESKTOP, locale="nl-NL")
    tab = context.new_page()
    tab.goto(url)
    assert "Voorbeeld met verzonnen gegevens" in tab.locator("article").inner_text()
    hrefs = tab.locator("article a").evaluate_all("links => links.map(a => a.href)")
    for name in OUTPUTS:
        assert any(h.endswith(f"{FOLDER}/{name}") for h in hrefs), name
    nav = tab.locator("nav.md-nav--primary").inner_text()
    assert "Voorbeeld: sessieverslag en plan van aanpak" in nav
    tab.locator("article").get_by_role("link", name="het voorbeeld van het klantreis-overzicht").click()
    expect(tab.locator("article h1")).to_have_text("Voorbeeld: sessie Regio Lindewaard")  # and back again:
    tab.locator("article").get_by_role("link", name="Voorbeeld: sessieverslag en plan van aanpak").click()
    tab.get_by_role("link", name="Open het sessieverslag").click()
    assert tab.locator("h1").inner_text().startswith("Sessie Regio Lindewaard")
    context.close()


def test_the_stimuleren_chapter_is_the_overviews_own_screen_view(browser: Browser, toolkit: ToolkitData,
                                                                   example_run: tuple[Path, object]) -> None:  # noqa: F811
    """The same template, CSS and filter script as overzicht.html, one heading level below the chapter; its
    notes are in the report's own chapter; the menukaart ideas once per categorie row."""
    out, _ = example_run
    sessie = load_json(out / "sessie.json")
    cellen = sessie["werkbladen"]["stimuleren"]["cellen"]
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="nl-NL")
    tab = context.new_page()
    tab.goto((out / "sessie.html").as_uri())
    chapter = tab.locator("section[aria-labelledby='werkblad-stimuleren']")
    view = chapter.locator("[data-overzicht]")
    expect(view.locator("h3.ov-titel")).to_have_text("Klantreis-gatenoverzicht")
    expect(view.locator("h4.ov-deel")).to_have_text(["Klantreis-matrix", "Per fase: ideeën om mee te beginnen",
                                                     "Alle punten per interventiecategorie"])
    expect(view.locator("#ov-meldingen, #ov-niet-verwerkt")).to_have_count(0)
    for cel in cellen:
        expect(view.locator(f"td[data-vak='{cel['categorie']}|{cel['fase']}'] .ov-status")).to_have_text(cel["status"])
    matrix = view.locator("table.ov-matrix")
    matrix.scroll_into_view_if_needed()
    assert matrix.bounding_box()["height"] <= 800  # the compact matrix fits one screen here too
    rows = [r for r in toolkit.menukaarten["sociaal"].categorieen
            if any(c["status"] != "gedekt" for c in cellen if c["categorie"] == r.categorie)]
    expect(view.locator(".ov-ideeen:visible li")).to_have_count(sum(len(r.instrumenten) for r in rows))
    # hide the only organisation that does something in a cell: the view recomputes, as in overzicht.html
    cel = next(c for c in cellen if c["status"] == "gedekt" and len({i["organisatie"] for i in c["al"]}) == 1)
    only = cel["al"][0]["organisatie"]
    view.get_by_text("Organisaties tonen of verbergen").click()
    view.get_by_label(only, exact=True).uncheck()
    left = [i for i in cel["nog"] if i["organisatie"] != only]
    expect(view.locator(f"td[data-vak='{cel['categorie']}|{cel['fase']}'] .ov-status")).to_have_text(
        "potentie" if left else "gat")
    expect(view.locator("[data-verborgen]")).to_contain_text(f"Verborgen: {only}.")
    context.close()
