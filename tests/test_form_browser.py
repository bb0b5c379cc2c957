"""Filling in a werkblad on the website (Debian chromium): answers survive a reload, files and PDFs
made in the browser are read by `doorstroom overzicht`, nothing leaves the computer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect
from pypdf import PdfReader

from generator.loader import ToolkitData

from .browser import RequestLog
from .helpers import run_cli
from .test_site_accessibility import AXE_JS

CELLS = {
    "Passend aanbod, Huidige woning: doen we al": "Woonbehoefteonderzoek 55+\n- Seniorenwoningen € 2.000 ‘extra’",
    "Op weg helpen, Woonwens: kunnen we nog doen": "Informatieavond in de bibliotheek",
    "Voorrang, Woningzoeken: doen we al": "Voorrang 55+ & meer",
}


@pytest.fixture
def form_page(browser: Browser) -> Page:
    context = browser.new_context(accept_downloads=True, locale="nl-NL", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def fill_stimuleren(page: Page) -> None:
    page.get_by_label("Organisatie", exact=True).fill("Gemeente Beekveld")
    for label, text in CELLS.items():
        page.get_by_label(label, exact=True).fill(text)


def test_answers_survive_a_reload_and_are_stored_only_locally(form_page: Page, site_url: str) -> None:
    log = RequestLog(form_page)
    form_page.goto(site_url + "werkbladen/stimuleren.html")
    expect(form_page.locator(".ws-privacy")).to_contain_text("Er wordt niets verstuurd")
    fill_stimuleren(form_page)
    form_page.reload()
    expect(form_page.get_by_label("Organisatie", exact=True)).to_have_value("Gemeente Beekveld")
    for label, text in CELLS.items():
        expect(form_page.get_by_label(label, exact=True)).to_have_value(text)
    assert log.foreign("127.0.0.1") == []


def test_saved_file_goes_into_the_overview(form_page: Page, site_url: str, tmp_path: Path) -> None:
    log = RequestLog(form_page)
    form_page.goto(site_url + "werkbladen/stimuleren.html")
    fill_stimuleren(form_page)
    with form_page.expect_download() as download:
        form_page.get_by_role("button", name="Opslaan als bestand").first.click()
    assert download.value.suggested_filename == "gemeente-beekveld-stimuleren.json"
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["werkblad"] == "stimuleren" and data["organisatie"] == "Gemeente Beekveld"
    assert len(data["antwoorden"]) == 50

    result = run_cli("overzicht", str(saved), "--out", str(tmp_path / "uit"))
    assert result.returncode == 0, result.stderr
    cells = {(c["categorie"], c["fase"]): c for c in
             json.loads((tmp_path / "uit/overzicht.json").read_text(encoding="utf-8"))["cellen"]}
    assert [i["tekst"] for i in cells[("passend-aanbod", "huidige-woning")]["al"]] == [
        "Woonbehoefteonderzoek 55+", "Seniorenwoningen € 2.000 ‘extra’"]
    assert cells[("op-weg-helpen", "woonwens")]["nog"] == [
        {"organisatie": "Gemeente Beekveld", "tekst": "Informatieavond in de bibliotheek"}]
    assert cells[("voorrang", "woningzoeken")]["status"] == "gedekt"
    assert log.foreign("127.0.0.1") == []


def test_filled_pdf_from_the_browser_reads_back_identically_even_from_file_urls(
        form_page: Page, site_dir: Path, tmp_path: Path) -> None:
    log = RequestLog(form_page)
    form_page.goto((site_dir / "werkbladen/stimuleren.html").as_uri())
    fill_stimuleren(form_page)
    with form_page.expect_download() as download:
        form_page.get_by_role("button", name="Download als ingevulde PDF").first.click()
    pdf = tmp_path / download.value.suggested_filename
    download.value.save_as(pdf)
    assert pdf.name == "gemeente-beekveld-stimuleren.pdf"
    fields = PdfReader(pdf).get_fields()
    assert len(fields) == 51
    assert fields["organisatie"].get("/V") == "Gemeente Beekveld"
    assert fields["passend-aanbod__huidige-woning__al"].get("/V") == CELLS["Passend aanbod, Huidige woning: doen we al"]
    assert fields["voorrang__woningzoeken__al"].get("/V") == "Voorrang 55+ & meer"
    result = run_cli("overzicht", str(pdf), "--out", str(tmp_path / "uit"))
    assert result.returncode == 0, result.stderr
    assert log.foreign(None) == []


def test_checkboxes_reach_the_pdf(form_page: Page, site_url: str, tmp_path: Path) -> None:
    form_page.goto(site_url + "werkbladen/monitoren-3.html")
    form_page.get_by_label("Aantal gesprekken / huisbezoeken: beschikbaar?").check()
    form_page.get_by_label("Aantal gesprekken / huisbezoeken: toelichting").fill("Uit het klantsysteem")
    with form_page.expect_download() as download:
        form_page.get_by_role("button", name="Download als ingevulde PDF").first.click()
    pdf = tmp_path / "m3.pdf"
    download.value.save_as(pdf)
    fields = PdfReader(pdf).get_fields()
    assert fields["aantal-gesprekken__beschikbaar"].get("/V") == "/on"
    assert fields["aantal-gesprekken__opnemen"].get("/V") in (None, "/Off")
    assert fields["aantal-gesprekken__toelichting"].get("/V") == "Uit het klantsysteem"


@pytest.mark.parametrize("content, message", [
    ("{ dit is geen json", "geen geldig JSON-antwoordbestand"),
    (json.dumps({"werkblad": "ambities", "organisatie": "X", "antwoorden": {}}), "hoort bij werkblad 'ambities'"),
    (json.dumps({"werkblad": "stimuleren", "organisatie": "X", "antwoorden": {"verzonnen": "y"}}), "onbekend veld"),
    (json.dumps({"werkblad": "stimuleren", "organisatie": "X",
                 "antwoorden": {"voorrang__verhuizen__al": True}}), "verkeerde waarde"),
])
def test_a_wrong_or_damaged_file_leaves_typed_answers_alone(form_page: Page, site_url: str, tmp_path: Path,
                                                           content: str, message: str) -> None:
    form_page.goto(site_url + "werkbladen/stimuleren.html")
    fill_stimuleren(form_page)
    bad = tmp_path / "antwoorden.json"
    bad.write_text(content, encoding="utf-8")
    form_page.locator("#ws-bestand").set_input_files(str(bad))
    expect(form_page.locator(".ws-melding")).to_contain_text(message)
    expect(form_page.locator(".ws-melding")).to_contain_text("Uw antwoorden zijn niet veranderd")
    expect(form_page.get_by_label("Organisatie", exact=True)).to_have_value("Gemeente Beekveld")
    for label, text in CELLS.items():
        expect(form_page.get_by_label(label, exact=True)).to_have_value(text)


def test_opening_a_saved_file_restores_it_and_clearing_asks_first(form_page: Page, site_url: str,
                                                                  tmp_path: Path) -> None:
    form_page.goto(site_url + "werkbladen/stimuleren.html")
    answers = {"werkblad": "stimuleren", "organisatie": "OOSTERVELD",
               "antwoorden": {"ontzorgen__verhuizen__al": "Verhuiscoach 37 uur per week"}}
    good = tmp_path / "oosterveld-stimuleren.json"
    good.write_text(json.dumps(answers), encoding="utf-8")
    form_page.locator("#ws-bestand").set_input_files(str(good))
    expect(form_page.get_by_label("Organisatie", exact=True)).to_have_value("OOSTERVELD")
    expect(form_page.get_by_label("Ontzorgen, Verhuizen: doen we al", exact=True)).to_have_value(
        "Verhuiscoach 37 uur per week")

    form_page.once("dialog", lambda dialog: dialog.dismiss())
    form_page.locator("form.ws-formulier").get_by_role("button", name="Leegmaken").click()
    expect(form_page.get_by_label("Organisatie", exact=True)).to_have_value("OOSTERVELD")
    form_page.once("dialog", lambda dialog: dialog.accept())
    form_page.locator("form.ws-formulier").get_by_role("button", name="Leegmaken").click()
    expect(form_page.get_by_label("Organisatie", exact=True)).to_have_value("")
    form_page.reload()
    expect(form_page.get_by_label("Ontzorgen, Verhuizen: doen we al", exact=True)).to_have_value("")


def test_keyboard_reaches_the_fields_in_reading_order(form_page: Page, site_url: str) -> None:
    form_page.goto(site_url + "werkbladen/stimuleren.html")
    form_page.locator("form.ws-formulier").get_by_role("button", name="Vergeet alles op dit apparaat").focus()
    form_page.keyboard.press("Tab")
    assert form_page.evaluate("document.activeElement.name") == "organisatie"
    form_page.keyboard.type("Welzijn Heidehoven")
    form_page.keyboard.press("Tab")  # the grid's scroll region (wide tables scroll on small screens)
    assert form_page.evaluate("document.activeElement.getAttribute('role')") == "region"
    for menukaart in ("sociaal", "particulier"):  # the row heading leads to the row on both menukaarten
        form_page.keyboard.press("Tab")
        assert form_page.evaluate("document.activeElement.getAttribute('aria-label')") == \
            f"Menukaart {menukaart}, rij Passend aanbod"
    form_page.keyboard.press("Tab")
    assert form_page.evaluate("document.activeElement.name") == "passend-aanbod__huidige-woning__al"
    form_page.keyboard.type("Klusdienst")
    expect(form_page.get_by_label("Passend aanbod, Huidige woning: doen we al", exact=True)).to_have_value("Klusdienst")
    focus = form_page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert focus != "none", "visible focus"


def test_axe_finds_no_violations_on_a_filled_form(form_page: Page, site_url: str) -> None:
    form_page.goto(site_url + "werkbladen/stimuleren.html")
    fill_stimuleren(form_page)
    form_page.locator("#ws-bestand").set_input_files({"name": "x.json", "mimeType": "application/json",
                                                      "buffer": b"kapot"})
    expect(form_page.locator(".ws-melding")).to_contain_text("niet veranderd")
    form_page.add_script_tag(path=str(AXE_JS))
    result = form_page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    assert [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]] == []


def test_afdrukken_prints_the_filled_sheet_alone(form_page: Page, site_url: str, tmp_path: Path) -> None:
    form_page.goto(site_url + "werkbladen/stimuleren.html")
    fill_stimuleren(form_page)
    form_page.evaluate("window.print = () => { window.printed = true; }")  # no dialog in a test
    form_page.get_by_role("button", name="Afdrukken").first.click()
    assert form_page.evaluate("window.printed") is True
    form_page.emulate_media(media="print")
    form_page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    pdf = tmp_path / "afdruk.pdf"
    form_page.pdf(path=str(pdf), prefer_css_page_size=True)
    reader = PdfReader(pdf)
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height), "Stimuleren prints landscape, like the PDF"
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Gemeente Beekveld" in text and "Woonbehoefteonderzoek 55+" in text and "Voorrang 55+ & meer" in text
    assert "Bron: Platform31, Werken aan doorstroming van senioren (2023)" in text
    assert "Opslaan als bestand" not in text and "Zo gebruikt u dit werkblad" not in text
    assert len(reader.pages) <= 2


def stored(page: Page, storage: str) -> dict[str, str]:
    """What this site keeps in localStorage or sessionStorage (keys start with 'doorstroom:')."""
    return page.evaluate(f"""() => Object.fromEntries(Object.keys({storage})
        .filter(k => k.startsWith('doorstroom:')).map(k => [k, {storage}.getItem(k)]))""")


def test_every_form_says_where_answers_are_kept_and_how_long(form_page: Page, site_url: str,
                                                            toolkit: ToolkitData) -> None:
    for werkblad in toolkit.werkbladen.values():
        form_page.goto(f"{site_url}werkbladen/{werkblad.id}.html")
        privacy = form_page.locator(".ws-privacy")
        expect(privacy).to_contain_text("Waar blijven")
        expect(privacy).to_contain_text("Er wordt niets verstuurd")
        if werkblad.soort == "praatplaat":
            expect(privacy).to_contain_text("Alleen in dit tabblad")
            expect(form_page.get_by_label("Bewaar de antwoorden op dit apparaat", exact=False)).not_to_be_checked()
        else:
            expect(privacy).to_contain_text("tot u op ‘Leegmaken’ of ‘Vergeet alles op dit apparaat’ klikt")
        expect(form_page.get_by_role("button", name="Vergeet alles op dit apparaat")).to_be_visible()


def test_praatplaat_answers_stay_in_the_tab_unless_the_user_keeps_them(form_page: Page, site_url: str) -> None:
    url = site_url + "werkbladen/hoe-ziet-u-uw-toekomst.html"
    form_page.goto(url)
    form_page.get_by_label("Financiën", exact=True).fill("Pensioen is krap; zorgen over de huur")
    form_page.get_by_label("Lichamelijke gezondheid", exact=True).fill("Knie slecht, trap wordt moeilijk")
    assert stored(form_page, "localStorage") == {}, "health and money answers never reach localStorage unasked"
    in_tab = stored(form_page, "sessionStorage")
    assert "Pensioen is krap" in in_tab["doorstroom:hoe-ziet-u-uw-toekomst"]
    form_page.reload()  # the same tab keeps them
    expect(form_page.get_by_label("Financiën", exact=True)).to_have_value("Pensioen is krap; zorgen over de huur")

    other_tab = form_page.context.new_page()  # a new tab (or the next visitor) does not see them
    other_tab.goto(url)
    expect(other_tab.get_by_label("Financiën", exact=True)).to_have_value("")
    other_tab.close()

    form_page.get_by_label("Bewaar de antwoorden op dit apparaat", exact=False).check()
    assert "Knie slecht" in stored(form_page, "localStorage")["doorstroom:hoe-ziet-u-uw-toekomst"]
    assert stored(form_page, "sessionStorage") == {}
    later = form_page.context.new_page()
    later.goto(url)
    expect(later.get_by_label("Financiën", exact=True)).to_have_value("Pensioen is krap; zorgen over de huur")
    expect(later.get_by_label("Bewaar de antwoorden op dit apparaat", exact=False)).to_be_checked()
    later.get_by_label("Bewaar de antwoorden op dit apparaat", exact=False).uncheck()
    assert stored(later, "localStorage") == {}
    later.close()


def test_vergeet_alles_removes_every_answer_of_this_site(form_page: Page, site_url: str) -> None:
    form_page.goto(site_url + "werkbladen/stimuleren.html")
    fill_stimuleren(form_page)
    form_page.goto(site_url + "werkbladen/als-u-wilt-verhuizen.html")
    form_page.get_by_label("Verhuizen: Hulp bij verhuizing regelen, inpakken?", exact=True).fill("Dochter helpt")
    form_page.evaluate("localStorage.setItem('ander-programma', 'blijft')")
    assert len(stored(form_page, "localStorage")) == 1 and len(stored(form_page, "sessionStorage")) == 1

    form_page.once("dialog", lambda dialog: dialog.dismiss())
    form_page.get_by_role("button", name="Vergeet alles op dit apparaat").click()
    assert len(stored(form_page, "localStorage")) == 1, "asks first"
    form_page.once("dialog", lambda dialog: dialog.accept())
    form_page.get_by_role("button", name="Vergeet alles op dit apparaat").click()
    assert stored(form_page, "localStorage") == {} and stored(form_page, "sessionStorage") == {}
    assert form_page.evaluate("localStorage.getItem('ander-programma')") == "blijft", "only this site's answers"
    expect(form_page.get_by_label("Verhuizen: Hulp bij verhuizing regelen, inpakken?", exact=True)).to_have_value("")
    expect(form_page.locator(".ws-melding")).to_have_text("Alle antwoorden op dit apparaat zijn gewist.")
    form_page.goto(site_url + "werkbladen/stimuleren.html")
    expect(form_page.get_by_label("Organisatie", exact=True)).to_have_value("")


def test_the_colofon_can_forget_everything_too(form_page: Page, site_url: str) -> None:
    form_page.goto(site_url + "werkbladen/ambities.html")
    form_page.get_by_label("Welke doelen stellen we?", exact=True).fill("Binnen 5 jaar 95 procent geschikt")
    form_page.goto(site_url + "over/colofon.html")
    expect(form_page.locator("#over-deze-website")).to_be_visible()
    form_page.once("dialog", lambda dialog: dialog.accept())
    form_page.get_by_role("button", name="Vergeet alles op dit apparaat").click()
    expect(form_page.locator(".ds-vergeten-melding")).to_have_text("Alle antwoorden op dit apparaat zijn gewist.")
    assert stored(form_page, "localStorage") == {}
