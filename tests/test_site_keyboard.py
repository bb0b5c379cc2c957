"""Accessibility beyond axe's defaults: every Tab stop can be seen and has a clear focus ring, on a phone and
on a desktop; the phone menu, which axe never sees closed, has enough contrast when open."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from .browser import DESKTOP, PHONE
from .test_site_accessibility import AXE_JS

PAGES = ("", "werkbladen/stimuleren.html", "over/colofon.html", "werkbladen/index.html")
STOPS = 45  # the header, tabs or menu, the navigation and the first controls of the page itself
FOCUSED = """() => {
  const e = document.activeElement;
  if (!e || e === document.body) { return null; }
  const r = e.getBoundingClientRect();
  let opacity = 1, hidden = false;
  for (let x = e; x; x = x.parentElement) {
    const s = getComputedStyle(x);
    opacity *= parseFloat(s.opacity);
    hidden = hidden || s.visibility === "hidden";
  }
  const s = getComputedStyle(e);
  const ring = s.outlineStyle !== "none" ? parseFloat(s.outlineWidth) : 0;
  const name = (e.getAttribute("aria-label") || e.textContent || e.name || "").trim().slice(0, 40);
  return {name: `${e.tagName} ${name}`, inView: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0
    && r.top < innerHeight && r.left < innerWidth, opacity, hidden, ring};
}"""


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["telefoon", "desktop"])
def test_every_tab_stop_is_visible_and_has_a_focus_ring(browser: Browser, site_url: str,
                                                         viewport: dict[str, int]) -> None:
    context = browser.new_context(viewport=viewport, locale="nl-NL", reduced_motion="reduce")
    tab = context.new_page()
    problems = []
    for page in PAGES:
        tab.goto(site_url + page)
        tab.keyboard.press("Escape")
        for _ in range(STOPS):
            tab.keyboard.press("Tab")
            tab.wait_for_timeout(20)
            focused = tab.evaluate(FOCUSED)
            if focused is None:
                break
            if not focused["inView"] or focused["hidden"] or focused["opacity"] < 0.5:
                problems.append(f"{page}: invisible Tab stop {focused['name']}")
            elif focused["ring"] < 2:
                problems.append(f"{page}: no focus ring on {focused['name']} ({focused['ring']}px)")
            if "md-search__input" in (tab.evaluate("document.activeElement.className") or ""):
                tab.keyboard.press("Escape")  # the search opens on focus; Escape closes it again
    context.close()
    assert problems == []


def test_the_open_phone_menu_has_enough_contrast(browser: Browser, site_url: str) -> None:
    context = browser.new_context(viewport=PHONE, locale="nl-NL")
    tab = context.new_page()
    tab.goto(site_url + "werkbladen/ambities.html")
    tab.locator("label.md-header__button[for='__drawer']").click()
    tab.locator(".md-sidebar--primary").get_by_role("link", name="Startpagina").wait_for()
    tab.add_script_tag(path=str(AXE_JS))
    result = tab.evaluate("""async () => await axe.run(".md-sidebar--primary",
        {runOnly: ["color-contrast"], resultTypes: ["violations"]})""")
    context.close()
    assert [(v["id"], [n["target"] for n in v["nodes"]]) for v in result["violations"]] == []
