"""The overview's screen view in Debian's chromium: one template renders the same with Jinja2 and with
the vendored Nunjucks (the site page's engine), the page fits one screen at 1280x800, works at 375 px,
is keyboard usable, and axe-core finds nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from generator.loader import ToolkitData
from generator.overview.html import SCREEN_TEMPLATE, render_screen
from generator.overview.links import instrument_links
from generator.overview.matrix import build_overzicht
from generator.overview.run import overview_context, read_stimuleren
from generator.overview.view import toolkit_view, view_context
from generator.readers import Melding, Rejection, Sheet

from .helpers import ROOT, run_cli
from .test_site_accessibility import AXE_JS

NUNJUCKS = ROOT / "generator/site/static/assets/javascripts/nunjucks.min.js"
EXAMPLE = ROOT / "examples/sessie-regio-lindewaard/bladen/stimuleren"

# Every element (tag and attributes, in document order) and the text, whitespace normalised: what a
# reader and the filter script see. Escaping differences between the engines disappear when parsed.
SHAPE = """html => {
  const box = document.createElement("template");
  box.innerHTML = html;
  const elements = Array.from(box.content.querySelectorAll("*")).map(el =>
    el.tagName + Array.from(el.attributes).map(a => " " + a.name + "=" + a.value).sort().join(""));
  return {elements, text: box.content.textContent.replace(/\\s+/g, " ").trim()};
}"""

RENDER = """([template, context]) => {
  const env = new nunjucks.Environment(null, {autoescape: true, throwOnUndefined: true, trimBlocks: true,
                                              lstripBlocks: true});
  return env.renderString(template, context);
}"""


@pytest.fixture(scope="module")
def contexts(toolkit: ToolkitData) -> dict[str, dict]:
    """An example session, one with odd text and links-free particulier ideas, and one without sheets."""
    gelezen = read_stimuleren(toolkit, [EXAMPLE])
    example = build_overzicht(toolkit, gelezen.sheets, gelezen.afgewezen, "Sessie Regio Lindewaard", "sociaal",
                              instrument_links(toolkit, "https://toolkit.example/"), meldingen=gelezen.meldingen)
    strange = Sheet("a.json", "stimuleren", "Org <i>&amp;</i> \"x\"", {"voorrang__nieuw-thuis__nog": "{{ 1 }} {% x %}"})
    odd = build_overzicht(
        toolkit, [strange],
        [Rejection("kapot.pdf", "de PDF is beschadigd")], "Titel met <b>", "particulier", {},
        meldingen=[Melding("a.json", "gelezen")])
    empty = build_overzicht(toolkit, [], [Rejection("leeg.json", "het bestand is leeg")], "Leeg", "sociaal", {})
    embedded = view_context(odd.as_json(), toolkit_view(toolkit, "particulier", {}), "Deel", kop=3, lijsten=False)
    without = overview_context(toolkit, example)
    without["opties"] = {k: v for k, v in without["opties"].items() if k not in ("kop", "lijsten")}
    return {"voorbeeld": overview_context(toolkit, example, voorbeeld=True), "vreemd": overview_context(toolkit, odd),
            "leeg": overview_context(toolkit, empty), "ingebed": embedded, "zonder-kop-en-lijsten": without}


@pytest.fixture(scope="module")
def blank(browser: Browser) -> Iterator[Page]:
    tab = browser.new_page()
    tab.set_content("<!DOCTYPE html><html lang='nl'><title>t</title><body></body></html>")
    tab.add_script_tag(path=str(NUNJUCKS))
    yield tab
    tab.close()


@pytest.mark.parametrize("case", ["voorbeeld", "vreemd", "leeg", "ingebed", "zonder-kop-en-lijsten"])
def test_the_template_renders_the_same_with_jinja2_and_nunjucks(case: str, contexts: dict[str, dict],
                                                                 blank: Page) -> None:
    context = json.loads(json.dumps(contexts[case]))  # the plain JSON the browser gets
    template = SCREEN_TEMPLATE.read_text(encoding="utf-8")
    jinja = blank.evaluate(SHAPE, render_screen(context))
    nunjucks = blank.evaluate(SHAPE, blank.evaluate(RENDER, [template, context]))
    assert nunjucks["text"] == jinja["text"]
    assert nunjucks["elements"] == jinja["elements"]
    assert len(jinja["elements"]) > 100 and context["opties"]["titel"] in jinja["text"]
    kop = context["opties"].get("kop", 1)
    assert next(e for e in jinja["elements"] if "class=ov-titel" in e).startswith(f"H{kop} ")
    lijsten = context["opties"].get("lijsten", True)
    assert any("id=ov-niet-verwerkt" in e for e in jinja["elements"]) is lijsten


@pytest.fixture(scope="module")
def example_page(tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("overzicht")
    result = run_cli("overzicht", str(EXAMPLE), "--out", str(out), "--titel", "Sessie Regio Lindewaard")
    assert result.returncode == 0, result.stderr
    return (out / "overzicht.html").as_uri()


def axe(tab: Page) -> list[str]:
    tab.add_script_tag(path=str(AXE_JS))
    result = tab.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [f"{v['id']}: {v['help']} {[n['target'] for n in v['nodes']][:3]}" for v in result["violations"]]


@pytest.mark.parametrize("viewport", [{"width": 1280, "height": 800}, {"width": 375, "height": 800}],
                         ids=["breed", "smal"])
def test_axe_finds_nothing_also_with_an_organisation_hidden(viewport: dict, browser: Browser,
                                                            example_page: str) -> None:
    context = browser.new_context(viewport=viewport, locale="nl-NL")
    tab = context.new_page()
    tab.goto(example_page)
    assert axe(tab) == []
    tab.get_by_text("Organisaties tonen of verbergen").click()
    tab.get_by_label("Gemeente Lindewaard").uncheck()
    assert axe(tab) == []
    context.close()


def test_the_compact_matrix_fits_one_screen_at_1280_by_800(browser: Browser, example_page: str) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="nl-NL")
    tab = context.new_page()
    tab.goto(example_page)
    box = tab.locator("table.ov-matrix").bounding_box()
    assert box["y"] > 0 and box["y"] + box["height"] <= 800
    assert tab.evaluate("document.documentElement.scrollWidth") <= 1280
    expect(tab.locator("td[data-vak]")).to_have_count(25)
    context.close()


def test_at_375_px_there_is_no_sideways_scrolling_and_every_cell_names_its_fase(browser: Browser,
                                                                                 example_page: str) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 800}, locale="nl-NL")
    tab = context.new_page()
    tab.goto(example_page)
    assert tab.evaluate("document.documentElement.scrollWidth") <= 375
    label = tab.locator("td[data-vak='voorrang|nieuw-thuis'] .ov-fase-label")
    expect(label).to_be_visible()
    expect(label).to_have_text("Nieuw thuis!")
    context.close()


def test_the_filter_works_with_the_keyboard_alone(browser: Browser, example_page: str) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="nl-NL")
    tab = context.new_page()
    tab.goto(example_page)
    summary = tab.locator(".ov-filter summary")
    for _ in range(10):
        tab.keyboard.press("Tab")
        if summary.evaluate("el => el === document.activeElement"):
            break
    tab.keyboard.press("Enter")
    tab.keyboard.press("Tab")
    first = tab.locator("input[data-org-toggle]").first
    expect(first).to_be_focused()
    tab.keyboard.press("Space")
    expect(first).not_to_be_checked()
    expect(tab.locator("[data-verborgen]")).to_contain_text("Verborgen: Gemeente Beekveld.")
    context.close()


WHOLE = "els => els.every(li => li.scrollWidth <= li.clientWidth + 1 && getComputedStyle(li).whiteSpace !== 'nowrap')"


def test_at_1093_px_a_cell_shows_its_items_whole_on_hover_and_focus_without_moving_the_matrix(
        browser: Browser, example_page: str) -> None:
    """One line per item keeps the matrix on one screen; pointing at a cell or tabbing into it shows its
    items whole over the rows below (the rows stay where they are), Esc hides them again, and on paper
    every item is whole."""
    context = browser.new_context(viewport={"width": 1093, "height": 615}, locale="nl-NL")
    tab = context.new_page()
    tab.goto(example_page)
    cells = tab.locator("td[data-vak]")
    cut = [i for i in range(cells.count()) if not cells.nth(i).locator(".ov-voorproef li").evaluate_all(WHOLE)]
    assert len(cut) >= 10  # "Voorrang 65+ bij toe…": the view
    matrix = tab.locator("table.ov-matrix")
    height = matrix.bounding_box()["height"]
    for index in cut:
        cell = cells.nth(index)
        cell.hover()
        items = cell.locator(".ov-voorproef li")
        assert items.evaluate_all(WHOLE), index
        panel = cell.locator(".ov-voorproef").bounding_box()
        assert 0 <= panel["x"] and panel["x"] + panel["width"] <= 1093  # inside the window, also the last column
        assert matrix.bounding_box()["height"] == height
    tab.keyboard.press("Escape")
    assert not cells.nth(cut[-1]).locator(".ov-voorproef li").evaluate_all(WHOLE)  # WCAG 1.4.13: dismissible
    tab.mouse.move(1, 1)
    link = cells.nth(cut[0]).locator("a.ov-meer")
    link.focus()
    assert cells.nth(cut[0]).locator(".ov-voorproef li").evaluate_all(WHOLE)
    tab.emulate_media(media="print")
    tab.locator("body").click(position={"x": 1, "y": 1})
    assert all(cells.nth(i).locator(".ov-voorproef li").evaluate_all(WHOLE) for i in cut)
    context.close()
