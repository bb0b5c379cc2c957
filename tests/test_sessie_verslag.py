"""The session report is for the partners: page 1 of sessie.pdf is the summary, every answer is in the
report once, printing sessie.html never cuts a word, and every standalone output (overzicht.html/pdf/
xlsx, sessie.html/pdf, wandplaat.pdf, also the example's on the site) says it is not Platform31's.
The standalone HTML outputs pass axe's WCAG 2.2 target-size rule at 375, 1093 and 1280 px."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pdfplumber
import pytest
from openpyxl import load_workbook
from playwright.sync_api import Browser
from pypdf import PdfReader

from generator.loader import ToolkitData
from generator.overview.view import herkomst
from generator.session.report import MAANDEN, pdf_html, report_toolkit
from generator.session.summary import samenvatting

from .helpers import ROOT, run_cli
from .sessie_helpers import EXAMPLE_TITLE, every_answer, example_overview, example_run, load_json  # noqa: F401
from .test_site_accessibility import AXE_JS

WIDTHS = (375, 1093, 1280)
WORD = re.compile(r"[^\W\d_]+")  # letters only: a break at a hyphen or a slash is no cut word


def no_space(text: str) -> str:
    """Without whitespace and hyphens: lines break, and long words in table columns are hyphenated."""
    return re.sub(r"[\s\-‐]+", "", text)


@pytest.fixture(scope="module")
def report(example_run: tuple[Path, object]) -> tuple[Path, dict, list[str]]:  # noqa: F811
    out, _ = example_run
    reader = PdfReader(out / "sessie.pdf")
    return out, load_json(out / "sessie.json"), [page.extract_text() for page in reader.pages]


@pytest.fixture(scope="module")
def overview(example_overview: Path) -> Path:  # noqa: F811
    return example_overview


def test_page_one_is_the_summary_for_the_partners(report: tuple[Path, dict, list[str]], toolkit: ToolkitData) -> None:
    _, sessie, pages = report
    first = " ".join(pages[0].split())
    summary = samenvatting(report_toolkit(toolkit), sessie)
    assert first.startswith(f"SESSIEVERSLAG DOORSTROOMTOOLKIT {EXAMPLE_TITLE}")
    assert "Samenvatting" in first and "Wie deden mee" in first
    assert all(naam in first for naam in summary["deelnemers"]) and len(summary["deelnemers"]) >= 5
    klantreis = summary["klantreis"]
    assert f"{klantreis['organisaties']} organisaties noemden {klantreis['punten']} punten" in first
    assert f"zijn er {klantreis['gat']} een gat" in first
    assert f"{summary['monitor']['gekozen']} indicatoren gekozen" in first
    assert f"Registratie nog inregelen: {summary['monitor']['inregelen']}" in first
    assert "niet verwerkt" not in first.lower() and sessie["afgewezen"]  # that is for the last chapter
    assert "Inhoud" not in first  # the contents follow on page 2
    last = " ".join(pages[-1].split()) + " ".join(pages[-2].split())
    assert "Verwerking: niet verwerkt en meldingen" in last
    assert all(no_space(r["bestand"]) in no_space(last) for r in sessie["afgewezen"])


def test_no_answer_is_in_the_report_twice(report: tuple[Path, dict, list[str]]) -> None:
    """Each text as often as sessie.json has it (a text inside a longer one counts there too): the monitor
    plan is no second copy of the indicator sheets, the gap overview no second list of the items."""
    _, sessie, pages = report
    text = no_space("".join(pages))
    answers = [no_space(tekst) for _, tekst in every_answer(sessie)]
    indicators = [no_space(i["tekst"]) for deel in sessie["werkbladen"].values() for i in deel.get("indicatoren", [])]
    for group in (answers, indicators):
        for tekst in set(group):
            expected = sum(other.count(tekst) for other in group)
            assert text.count(tekst) == expected, tekst


@pytest.mark.parametrize("name", ["sessie.html", "overzicht.html"])
def test_printing_never_cuts_a_word(name: str, report: tuple[Path, dict, list[str]], overview: Path,
                                    browser: Browser, tmp_path: Path) -> None:
    """Ctrl+P in chromium: every word on paper is a word of the page (file paths may break anywhere)."""
    out, sessie, _ = report
    page_file = (out if name == "sessie.html" else overview) / name
    html = page_file.read_text(encoding="utf-8")
    visible = re.sub(r"<[^>]+>", " ", re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", html, flags=re.S))
    words = {w.lower() for w in WORD.findall(visible)}
    paths = [x["bestand"].lower() for x in sessie["afgewezen"] + sessie["meldingen"]]
    context = browser.new_context(locale="nl-NL")
    tab = context.new_page()
    tab.goto(page_file.as_uri())
    tab.pdf(path=str(tmp_path / "afdruk.pdf"), prefer_css_page_size=True, print_background=True)
    context.close()
    cut = []
    with pdfplumber.open(tmp_path / "afdruk.pdf") as printed:
        assert len(printed.pages) > 3
        for number, page in enumerate(printed.pages, start=1):
            for word in page.extract_words():
                cut += [(number, w) for w in WORD.findall(word["text"])
                        if w.lower() not in words and not any(w.lower() in p for p in paths)]
    assert cut == []


def test_every_standalone_output_says_it_is_not_platform31s(report: tuple[Path, dict, list[str]], overview: Path,
                                                              toolkit: ToolkitData, site_dir: Path) -> None:
    out, _, pages = report
    said = herkomst(toolkit)
    assert said == "Gemaakt met de Doorstroomtoolkit, niet door Platform31."
    for html in (out / "sessie.html", overview / "overzicht.html", site_dir / "voorbeeld/sessieverslag/sessie.html",
                 site_dir / "voorbeeld/sessie-regio-lindewaard/overzicht.html"):
        assert said in html.read_text(encoding="utf-8"), html
    printed = list(pages)
    for pdf in (out / "wandplaat.pdf", overview / "overzicht.pdf"):
        printed += [page.extract_text() for page in PdfReader(pdf).pages]
    assert all(no_space(said) in no_space(page) for page in printed)  # in the footer of every page
    assert said in load_workbook(overview / "overzicht.xlsx")["Matrix"]["A4"].value


@pytest.mark.parametrize("width", WIDTHS)
def test_standalone_outputs_meet_the_wcag_22_target_size(width: int, report: tuple[Path, dict, list[str]],
                                                         overview: Path, browser: Browser) -> None:
    out, _, _ = report
    context = browser.new_context(viewport={"width": width, "height": 800}, locale="nl-NL")
    tab = context.new_page()
    for page_file in (out / "sessie.html", overview / "overzicht.html"):
        tab.goto(page_file.as_uri())
        tab.locator(".ov-filter summary").first.click()  # the organisation checkboxes are targets too
        tab.add_script_tag(path=str(AXE_JS))
        result = tab.evaluate("async () => await axe.run(document, {runOnly: {type: 'tag', values: ['wcag22aa']}})")
        assert [(v["id"], [n["target"] for n in v["nodes"]]) for v in result["violations"]] == [], page_file.name
        assert [v["id"] for v in result["incomplete"]] == []
        checked = {v["id"]: len(v["nodes"]) for v in result["passes"]}
        assert checked.get("target-size", 0) > 20  # the rule did look at the links, buttons and checkboxes
        boxes = tab.locator(".ov-filter input[type=checkbox]").evaluate_all(
            "els => els.map(e => [e.getBoundingClientRect().width, e.getBoundingClientRect().height])")
        assert boxes and all(w >= 24 and h >= 24 for w, h in boxes)
    context.close()


LONG_NAMES = ("Huurdersvereniging Samen Thuis Lindewaard-Noord", "Woningcorporatieoverleg Lindewaard",
              "Seniorenraadsvertegenwoordiging Heidehoven")
WEB_ADDRESS = "https://www.lindewaard.example/documenten/verhuiskostenvergoedingsregeling-2025-definitief.pdf"


def cut_words(pdf: Path, words: set[str], anywhere: str) -> list[tuple[int, str]]:
    """Pieces of words on paper that are no words of the page. A word hyphenated at a line end ("Huurdersvere-"
    and "niging") is whole; ``anywhere`` (a web address) may break anywhere."""
    found = []
    with pdfplumber.open(pdf) as printed:
        for page in printed.pages:
            pieces = [(w["text"], t.lower()) for w in page.extract_words() for t in WORD.findall(w["text"])]
            before = {t for text, t in pieces if text.endswith("-")}  # the first part of a hyphenated word
            for text, piece in pieces:
                if piece in words or piece in anywhere:
                    continue
                if text.endswith("-") and any(piece in word for word in words):
                    continue
                if any(part + piece in word for part in before for word in words):
                    continue
                found.append((page.page_number, piece))
    return found


def outside_margins(pdf: Path, margin_mm: float) -> list[tuple[int, str]]:
    margin = margin_mm / 25.4 * 72 - 2  # less a little for rounding
    with pdfplumber.open(pdf) as printed:
        return [(page.page_number, c["text"]) for page in printed.pages for c in page.chars
                if not margin <= c["x0"] <= c["x1"] <= page.width - margin]


@pytest.fixture(scope="module")
def long_names(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Long names in the narrow columns of an indicator sheet and a pasted web address."""
    folder = tmp_path_factory.mktemp("lang") / "bladen"
    folder.mkdir()
    for number, naam in enumerate(LONG_NAMES):
        (folder / f"monitor-{number}.json").write_text(json.dumps({
            "werkblad": "monitoren-3", "organisatie": naam, "antwoorden": {
                "aantal-gesprekken__opnemen": True, "aantal-gesprekken__beschikbaar": number == 0,
                "aantal-gesprekken__toelichting": f"Zie {WEB_ADDRESS} voor de woonlastenwaarborgregeling."}}))
    out = folder.parent / "uit"
    result = run_cli("sessie", str(folder), "--out", str(out))
    assert result.returncode == 0, result.stderr
    return out


def test_the_pdf_never_cuts_a_word_nor_runs_off_the_page(long_names: Path, toolkit: ToolkitData) -> None:
    sessie = load_json(long_names / "sessie.json")
    html = pdf_html(toolkit, sessie, dt.date.today(), "sociaal", {})
    visible = re.sub(r"<[^>]+>", " ", re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", html, flags=re.S))
    words = {w.lower() for w in WORD.findall(visible)} | set(MAANDEN) | {"blz", "pagina"}  # CSS adds those
    assert cut_words(long_names / "sessie.pdf", words, WEB_ADDRESS.lower()) == []
    assert outside_margins(long_names / "sessie.pdf", 14) == []
    text = no_space(" ".join(PdfReader(long_names / "sessie.pdf").pages[i].extract_text() for i in range(3)))
    assert all(no_space(naam) in text for naam in LONG_NAMES)  # the summary names them whole


def test_printing_the_html_report_keeps_long_names_whole_and_on_the_page(long_names: Path, browser: Browser,
                                                                        tmp_path: Path) -> None:
    page_file = long_names / "sessie.html"
    html = page_file.read_text(encoding="utf-8")
    visible = re.sub(r"<[^>]+>", " ", re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", html, flags=re.S))
    context = browser.new_context(locale="nl-NL")
    tab = context.new_page()
    tab.goto(page_file.as_uri())
    tab.pdf(path=str(tmp_path / "afdruk.pdf"), prefer_css_page_size=True, print_background=True)
    context.close()
    words = {w.lower() for w in WORD.findall(visible)}
    assert cut_words(tmp_path / "afdruk.pdf", words, WEB_ADDRESS.lower()) == []
    assert outside_margins(tmp_path / "afdruk.pdf", 12) == []


SHAPE = """html => {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const elements = Array.from(doc.body.querySelectorAll("*")).map(el =>
    el.tagName + Array.from(el.attributes).map(a => " " + a.name + "=" + a.value).sort().join(""));
  return {elements, text: doc.body.textContent.replace(/\\s+/g, " ").trim()};
}"""
RENDER = """([template, context]) => {
  const env = new nunjucks.Environment(null, {autoescape: true, throwOnUndefined: true, trimBlocks: true,
                                              lstripBlocks: true});
  for (const key of ["scherm", "scherm_css", "scherm_js"]) {
    context[key] = new nunjucks.runtime.SafeString(context[key]);  // Markup in Jinja2
  }
  return env.renderString(template, context);
}"""


def test_the_report_template_renders_the_same_with_jinja2_and_nunjucks(report: tuple[Path, dict, list[str]],
                                                                       toolkit: ToolkitData, browser: Browser) -> None:
    """The browser can show the same report from the same plain JSON (only features both engines share)."""
    from generator.overview.html import SCREEN_CSS, SCREEN_JS
    from generator.session.report import TEMPLATES, _screen_environment, report_context
    from generator.site.sessie import template_text

    _, sessie, _ = report
    context = report_context(toolkit, sessie, dt.date(2025, 3, 3))
    context.update(pdf=False, wand=None, scherm="<div class='ov'>overzicht</div>",
                   scherm_css=SCREEN_CSS.read_text(encoding="utf-8"), scherm_js=SCREEN_JS.read_text(encoding="utf-8"))
    plain = json.loads(json.dumps(context))  # the context is plain JSON: the browser gets the same
    from markupsafe import Markup

    jinja = _screen_environment().get_template("sessie.html.j2").render(
        **{**plain, **{k: Markup(plain[k]) for k in ("scherm", "scherm_css", "scherm_js")}})
    tab = browser.new_page()
    tab.set_content("<!DOCTYPE html><html lang='nl'><title>t</title><body></body></html>")
    tab.add_script_tag(path=str(ROOT / "generator/site/static/assets/javascripts/nunjucks.min.js"))
    nunjucks = tab.evaluate(RENDER, [template_text(TEMPLATES / "sessie.html.j2"), plain])  # as the site ships it
    mine, theirs = tab.evaluate(SHAPE, jinja), tab.evaluate(SHAPE, nunjucks)
    tab.close()
    if theirs["text"] != mine["text"]:
        at = next(i for i, (a, b) in enumerate(zip(theirs["text"], mine["text"], strict=False)) if a != b)
        raise AssertionError((mine["text"][at - 80:at + 80], theirs["text"][at - 80:at + 80]))
    assert theirs["elements"] == mine["elements"]
    assert "Samenvatting" in mine["text"] and len(mine["elements"]) > 300
