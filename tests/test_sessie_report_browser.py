"""The session report in Debian's chromium: accessible (axe-core) at desktop and phone width, no
request to anywhere, no sideways scrolling on a phone; and the example's page on the built site."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser

from generator.session.outputs import OUTPUTS
from generator.site.example_session import FOLDER, PAGE

from .browser import DESKTOP, MOBILE, RequestLog
from .helpers import page_url
from .sessie_helpers import example_run  # noqa: F401 - fixture
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
    tab.get_by_role("link", name="Monitorplan").click()
    assert tab.evaluate("location.hash") == "#monitorplan"
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
    tab.get_by_role("link", name="Open het sessieverslag").click()
    assert tab.locator("h1").inner_text().startswith("Sessie Regio Lindewaard")
    context.close()
