"""Every werkblad page on a phone (375px), a laptop (1093px) and a desktop (1280px): nothing scrolls
sideways, no word is cut in a cell, every answer space has its contract label (on a phone wholly
visible right above it; an indicator's text before its boxes), text fields are at least 16px (iOS
zooms in on smaller ones) and grow with their text. The navigation stays in view on laptops."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, expect

from generator.loader import ToolkitData

from .browser import PHONE, WIDTHS

CHECK = """({contract, phone}) => {
  const problems = [];
  const width = document.documentElement.clientWidth;
  const shown = (el) => { const r = el.getBoundingClientRect(); return r.width > 1 && r.height > 1; };
  const text = (el) => el.textContent.replace(/\\s+/g, " ").trim();
  if (document.documentElement.scrollWidth > width) {
    problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${width})`);
  }
  for (const el of document.querySelectorAll(".ws-tabelvak, .ws th, .ws td, .ws label")) {
    if (shown(el) && el.scrollWidth > el.clientWidth + 1) { problems.push(`cut off: ${text(el).slice(0, 40)}`); }
  }
  const controls = [...document.querySelectorAll("form.ws-formulier [name]")].filter((c) => c.type !== "file");
  const names = controls.map((c) => c.name);
  // reading order = the contract's, except that "Ingevuld door" heads the sheet as "Organisatie" does
  // (it is last in the contract only so that sheets of the previous layout stay readable)
  const order = Object.keys(contract).sort((a, b) => (b === "ingevuld-door") - (a === "ingevuld-door"));
  if (JSON.stringify(names) !== JSON.stringify(order)) { problems.push(`fields: ${names}`); }
  for (const control of controls) {
    const name = control.name;
    const label = control.labels && control.labels[0];
    if (!label || text(label) !== contract[name]) {
      problems.push(`${name}: label '${label && text(label)}'`);
      continue;
    }
    const box = control.getBoundingClientRect();
    if (box.left < 0 || box.right > width + 1 || box.width < 1) { problems.push(`${name}: not in view`); }
    if (control.type !== "checkbox" && parseFloat(getComputedStyle(control).fontSize) < 16) {
      problems.push(`${name}: font ${getComputedStyle(control).fontSize}`);
    }
    const parts = [...label.querySelectorAll(".ws-label__context, .ws-label__kort")];
    const visible = parts.filter(shown);
    const at = label.getBoundingClientRect();
    const group = label.closest(".ws-groep");
    const context = label.querySelector(".ws-label__context");
    const row = control.closest("tr");
    const indicator = row && row.querySelector(".ws-indicator");
    const saidAbove = context && indicator && shown(indicator) && text(indicator) === text(context)
      && indicator.getBoundingClientRect().bottom <= box.top + 1;  // the indicator's text heads its row
    if (phone && !group && visible.length !== parts.length && !saidAbove) {
      problems.push(`${name}: on a phone the whole label shows`);
    }
    if (control.type === "checkbox") {
      if (!group && indicator && indicator.getBoundingClientRect().bottom > box.top + 1 && phone) {
        problems.push(`${name}: the indicator text comes before its boxes`);
      }
      const first = visible.length && visible[0].getClientRects()[0];
      if (first && (first.top > box.bottom || first.bottom < box.top || first.left < box.right - 1)) {
        problems.push(`${name}: its label is not right next to the box`);
      }
      if (!visible.length && !(indicator && shown(indicator)) && !group) {
        problems.push(`${name}: nothing says what it is`);
      }
    } else if (visible.length) {
      const above = at.bottom <= box.top + 1 && box.top - at.bottom < 24 && at.left < box.right && at.right > box.left;
      // "Organisatie: ____" on a wide screen: the label before the field, on the same line
      const before = !phone && at.right <= box.left + 1 && at.top < box.bottom && at.bottom > box.top;
      if (!above && !before) { problems.push(`${name}: its label is not right above it`); }
    } else {
      const heading = row && row.querySelector("th");
      if (phone || !heading || !shown(heading)) { problems.push(`${name}: no visible label or row heading`); }
    }
  }
  return problems;
}"""


@pytest.mark.parametrize("width", WIDTHS, ids=list(WIDTHS))
def test_every_werkblad_page_fits_and_labels_every_answer_space(browser: Browser, site_url: str,
                                                                 toolkit: ToolkitData, width: str) -> None:
    context = browser.new_context(viewport=WIDTHS[width], locale="nl-NL")
    tab = context.new_page()
    found = {}
    for werkblad_id, velden in toolkit.velden.items():
        tab.goto(f"{site_url}werkbladen/{werkblad_id}.html")
        contract = {v.naam: v.label for v in velden}
        problems = tab.evaluate(CHECK, {"contract": contract, "phone": width == "telefoon"})
        if problems:
            found[werkblad_id] = problems[:5]
    context.close()
    assert found == {}


def test_on_a_phone_stimuleren_shows_categorie_fase_and_answer_above_each_box(browser: Browser,
                                                                               site_url: str) -> None:
    context = browser.new_context(viewport=PHONE, locale="nl-NL")
    tab = context.new_page()
    tab.goto(site_url + "werkbladen/stimuleren.html")
    field = tab.locator("textarea[name='ontzorgen__verhuizen__nog']")
    label = tab.locator("label[for='veld-ontzorgen__verhuizen__nog']")
    expect(label).to_have_text("Ontzorgen, Verhuizen: kunnen we nog doen")
    expect(label).to_be_visible()
    assert label.bounding_box()["y"] + label.bounding_box()["height"] <= field.bounding_box()["y"] + 1
    expect(tab.locator("#ws-hint-punten")).to_have_text(
        "Eén punt per regel. Een streepje (-) of een nummer (1.) vooraan mag.")
    expect(field).to_have_attribute("aria-describedby", "ws-hint-punten")
    context.close()


def test_a_text_field_grows_with_its_text(browser: Browser, site_url: str) -> None:
    context = browser.new_context(viewport=PHONE, locale="nl-NL")
    tab = context.new_page()
    tab.goto(site_url + "werkbladen/ambities.html")
    field = tab.get_by_label("Welke doelen stellen we?", exact=True)
    before = field.bounding_box()["height"]
    field.fill("\n".join(f"Doel {n}: meer senioren wonen geschikt in hun eigen wijk" for n in range(1, 9)))
    field.dispatch_event("input")
    after = field.bounding_box()["height"]
    assert after > before * 3
    assert field.evaluate("f => f.scrollHeight <= f.clientHeight + 1"), "every line in view, no inner scrolling"
    tab.reload()  # stored answers come back at full height too
    restored = tab.get_by_label("Welke doelen stellen we?", exact=True).bounding_box()["height"]
    assert restored == pytest.approx(after, abs=2)
    context.close()


@pytest.mark.parametrize("width", [960, 1093, 1219])
def test_laptops_show_the_onderwerpen_and_werkbladen_without_a_menu(browser: Browser, site_url: str,
                                                                     width: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": 700}, locale="nl-NL")
    tab = context.new_page()
    tab.goto(site_url + "werkbladen/monitoren-2.html")
    expect(tab.locator("label.md-header__button[for='__drawer']")).to_be_hidden()
    tabs = tab.locator(".md-tabs")
    for title in ("1. Een integrale aanpak", "2. Zicht op de opgave en resultaten", "3. Vergeet het gedrag niet"):
        link = tabs.get_by_role("link", name=title)
        expect(link).to_be_in_viewport()
    sidebar = tab.locator(".md-sidebar--primary")
    sibling = sidebar.get_by_role("link", name="Werkblad Wat willen we monitoren? 3/3")
    expect(sibling).to_be_in_viewport()
    sibling.click()
    expect(tab.locator("h1")).to_have_text("Werkblad Wat willen we monitoren? 3/3")
    tabs.get_by_role("link", name="3. Vergeet het gedrag niet").click()
    expect(tab.locator("h1")).to_have_text("3. Vergeet het gedrag niet")
    expect(tab.locator(".md-sidebar--primary").get_by_role("link", name="Praatplaat Hoe ziet u uw toekomst?")
           ).to_be_in_viewport()
    assert tab.evaluate("document.documentElement.scrollWidth") <= width
    context.close()
