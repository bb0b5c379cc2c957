"""The page "Sessie-overzicht maken" in Debian chromium, as a facilitator uses it: choose a folder of
filled sheets (PDFs filled by pdftk and by the site's own form, answer files, broken files), get the
overview, download JSON/CSV/Excel, type in a paper sheet; from http and from file://, offline."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from playwright.sync_api import Browser, BrowserContext, Page, expect
from pypdf import PdfReader

from .browser import MOBILE, RequestLog
from .corpus.pdfs import make_pdfs
from .helpers import run_cli
from .test_site_accessibility import AXE_JS

SESSIE = "sessie/index.html"
FORM_CELLS = {
    "Passend aanbod, Huidige woning: doen we al": "Woonscan 75+\n- Seniorenloket\n- Huisbezoek",
    "Ontzorgen, Verhuizen: kunnen we nog doen": "=Klusdienst (geen formule)",
}


def _pdftk_sheets(spec: Path, target: Path, blanks: Path) -> None:
    (spec / "pdf.json").write_text(json.dumps({"bestanden": [
        {"naam": "gemeente-beekveld.pdf", "werkblad": "stimuleren", "vuller": "pdftk", "waarden": {
            "organisatie": "Gemeente Beekveld", "voorrang__woningzoeken__al": "Voorrang 65+; ook bij nieuwbouw",
            "passend-aanbod__huidige-woning__nog": "Café-avond over \"wonen\"\nn.v.t."}},
        {"naam": "afgebroken.pdf", "werkblad": "stimuleren", "vuller": "pdftk", "waarden": {
            "organisatie": "Gemeente Afgebroken", "voorrang__woonwens__al": "x"}, "stappen": [{"afbreken": 0.6}]},
    ]}), encoding="utf-8")
    make_pdfs(spec, target, blanks)


def _form_pdf(context: BrowserContext, site_url: str, target: Path) -> None:
    """A sheet filled on the werkblad page and downloaded as PDF (the site's own form, pdf-lib)."""
    page = context.new_page()
    page.goto(site_url + "werkbladen/stimuleren.html")
    page.get_by_label("Organisatie", exact=True).fill("Welzijn Heidehoven")
    for label, text in FORM_CELLS.items():
        page.get_by_label(label, exact=True).fill(text)
    with page.expect_download() as download:
        page.get_by_role("button", name="Download als ingevulde PDF").click()
    download.value.save_as(target / download.value.suggested_filename)
    page.evaluate("localStorage.clear()")
    page.close()


@pytest.fixture(scope="module")
def context(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context(accept_downloads=True, locale="nl-NL", viewport={"width": 1280, "height": 900})
    yield context
    context.close()


@pytest.fixture(scope="module")
def sheets(tmp_path_factory: pytest.TempPathFactory, context: BrowserContext, site_dir: Path, site_url: str) -> Path:
    """The facilitator's folder: PDFs from pdftk and from our form, answer files, two broken files."""
    folder = tmp_path_factory.mktemp("sessie") / "bladen"
    (folder / "1-pdf").mkdir(parents=True)
    _pdftk_sheets(tmp_path_factory.mktemp("pdftk"), folder / "1-pdf", site_dir / "pdf")
    _form_pdf(context, site_url, folder / "1-pdf")
    (folder / "2-antwoorden").mkdir()
    (folder / "2-antwoorden" / "woonstichting-de-linde.json").write_text(json.dumps({
        "werkblad": "stimuleren", "organisatie": "Woonstichting De Linde",
        "antwoorden": {"voorrang__woningzoeken__al": "- Voorrang 65+\n- Meeneemhuur",
                       "op-weg-helpen__woonwens__nog": "+31 informatielijn"}}), encoding="utf-8")
    (folder / "2-antwoorden" / "beekveld-herzien.yaml").write_text(
        "werkblad: stimuleren\norganisatie: gemeente  beekveld\nantwoorden:\n  ontzorgen__nieuw-thuis__al: Nazorg\n",
        encoding="utf-8")
    (folder / "2-antwoorden" / "kapot.json").write_text('{"werkblad": "stimuleren", ', encoding="utf-8")
    return folder


def _by_name(entries: list[dict], key: str) -> list[tuple[str, str]]:
    return [(e["bestand"].replace("\\", "/").rsplit("/", 1)[-1], e[key]) for e in entries]


def normalised(overzicht: dict) -> dict:
    """File names without folders: the CLI names the path it was given, the browser the chosen folder's."""
    return {**overzicht, "afgewezen": _by_name(overzicht["afgewezen"], "reden"),
            "meldingen": _by_name(overzicht.get("meldingen", []), "melding")}


def download(page: Page, button: str, target: Path) -> Path:
    with page.expect_download() as info:
        page.get_by_role("button", name=button).click()
    path = target / info.value.suggested_filename
    info.value.save_as(path)
    return path


def open_with(page: Page, url: str, chosen: list[Path] | Path, input_id: str = "#sessie-bestanden") -> None:
    page.goto(url)
    page.locator(input_id).set_input_files(chosen if isinstance(chosen, list) else str(chosen))
    expect(page.locator(".sessie")).to_have_attribute("data-versie", "1")


@pytest.fixture(scope="module")
def session_page(context: BrowserContext, site_url: str, sheets: Path) -> Iterator[tuple[Page, RequestLog]]:
    """The session page over http with the whole folder chosen through the folder chooser."""
    page = context.new_page()
    log = RequestLog(page)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    open_with(page, site_url + SESSIE, sheets, "#sessie-map")
    yield page, log
    assert errors == []
    page.close()


@pytest.fixture(scope="module")
def cli(tmp_path_factory: pytest.TempPathFactory, sheets: Path, site_url: str) -> Path:
    out = tmp_path_factory.mktemp("cli") / "uit"
    result = run_cli("overzicht", str(sheets), "--out", str(out), "--site-url", site_url)
    assert result.returncode == 1, result.stderr  # two files are not used
    return out


def test_the_folder_gives_the_overview_on_the_page(session_page: tuple[Page, RequestLog]) -> None:
    page, log = session_page
    expect(page.locator(".sessie-status")).to_contain_text("6 bestanden gelezen: 4 verwerkt, 2 niet verwerkt")
    expect(page.locator(".sessie-niet-verwerkt")).to_contain_text("afgebroken.pdf")
    expect(page.locator(".sessie-niet-verwerkt")).to_contain_text("kapot.json: ongeldig JSON-bestand")
    expect(page.locator(".sessie-meldingen")).to_contain_text(
        "samengevoegd met gemeente-beekveld.pdf: beide bladen zijn van 'Gemeente Beekveld'")
    expect(page.locator(".sessie-samenvatting")).to_contain_text("Welzijn Heidehoven")
    assert log.foreign("127.0.0.1") == []


def test_json_download_equals_the_cli(session_page: tuple[Page, RequestLog], cli: Path, tmp_path: Path) -> None:
    page, _ = session_page
    mine = json.loads(download(page, "Download als JSON", tmp_path).read_text(encoding="utf-8"))
    theirs = json.loads((cli / "overzicht.json").read_text(encoding="utf-8"))
    assert list(mine) == ["werkblad", "organisaties", "cellen", "afgewezen", "meldingen"]
    assert normalised(mine) == normalised(theirs)


def test_csv_download_is_the_cli_csv_byte_for_byte(session_page: tuple[Page, RequestLog], cli: Path,
                                                   tmp_path: Path) -> None:
    page, _ = session_page
    assert download(page, "Download als CSV", tmp_path).read_bytes() == (cli / "overzicht.csv").read_bytes()


def test_csv_download_follows_the_csv_contract(session_page: tuple[Page, RequestLog], tmp_path: Path) -> None:
    page, _ = session_page
    raw = download(page, "Download als CSV", tmp_path).read_bytes()
    overzicht = json.loads(download(page, "Download als JSON", tmp_path).read_text(encoding="utf-8"))
    assert raw.startswith(b"\xef\xbb\xbf") and raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    rows = list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline=""), delimiter=";"))
    assert rows[0] == ["organisatie", "categorie", "fase", "soort", "tekst"]
    items = [(i["organisatie"], c["categorie"], c["fase"], soort, i["tekst"])
             for c in overzicht["cellen"] for soort in ("al", "nog") for i in c[soort]]
    assert len(rows) == len(items) + 1
    for row, item in zip(rows[1:], items, strict=True):
        guarded = item[4] if not item[4].startswith(("=", "+", "-", "@", "\t", "\r")) else "'" + item[4]
        assert row[0] == item[0] and row[3] == {"al": "doen we al", "nog": "kunnen we nog doen"}[item[3]]
        assert row[4] == guarded
    assert ["Gemeente Beekveld", "Voorrang", "Woningzoeken", "doen we al", "Voorrang 65+; ook bij nieuwbouw"] in rows
    assert ["Welzijn Heidehoven", "Ontzorgen", "Verhuizen", "kunnen we nog doen", "'=Klusdienst (geen formule)"] in rows
    assert b'"Voorrang 65+; ook bij nieuwbouw"' in raw


def test_excel_download(session_page: tuple[Page, RequestLog], tmp_path: Path) -> None:
    page, _ = session_page
    book = load_workbook(download(page, "Download als Excel", tmp_path))
    assert book.sheetnames == ["Matrix", "Items", "Meldingen", "Niet verwerkt"]
    items = book["Items"]
    assert [c.value for c in items[1]] == ["organisatie", "categorie", "fase", "soort", "status", "tekst"]
    assert items.freeze_panes == "A2" and items.auto_filter.ref
    assert items[1][0].font.bold
    rows = [[c.value for c in row] for row in items.iter_rows(min_row=2)]
    assert ["Welzijn Heidehoven", "Ontzorgen", "Verhuizen", "kunnen we nog doen", "potentie",
            "=Klusdienst (geen formule)"] in rows
    assert all(items.cell(r, 6).data_type == "s" for r in range(2, items.max_row + 1))
    matrix = book["Matrix"]
    assert [matrix.cell(4, c).value for c in range(2, 7)] == [
        "Huidige woning", "Woonwens", "Woningzoeken", "Verhuizen", "Nieuw thuis!"]
    assert matrix.cell(9, 4).value.startswith("GEDEKT")
    assert [r[0].value for r in book["Niet verwerkt"].iter_rows(min_row=2)] == ["bladen/1-pdf/afgebroken.pdf",
                                                                              "bladen/2-antwoorden/kapot.json"]


def test_print_is_a3_landscape(session_page: tuple[Page, RequestLog], tmp_path: Path) -> None:
    page, _ = session_page
    page.emulate_media(media="print")
    page.pdf(path=str(tmp_path / "afdruk.pdf"), prefer_css_page_size=True)
    page.emulate_media(media="screen")
    box = PdfReader(tmp_path / "afdruk.pdf").pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (1191, 842)


def test_from_file_url_offline_with_files_chosen(context: BrowserContext, site_dir: Path, sheets: Path,
                                                 session_page: tuple[Page, RequestLog], tmp_path: Path) -> None:
    page = context.new_page()
    log = RequestLog(page)
    open_with(page, (site_dir / SESSIE).as_uri(), sheets, "#sessie-map")
    mine = json.loads(download(page, "Download als JSON", tmp_path).read_text(encoding="utf-8"))
    over_http = session_page[0].evaluate("window.Doorstroom.pagina.huidige()")
    root = (site_dir.as_uri() + "/", session_page[0].evaluate("window.Doorstroom.laden.root"))
    same_links = json.loads(json.dumps(mine).replace(root[0], root[1]))
    assert normalised(same_links) == normalised(over_http)
    links = [s["url"] for c in mine["cellen"] for s in c["suggesties"]]
    assert links and all(url.startswith(site_dir.as_uri() + "/instrumenten/") for url in links)
    assert log.foreign(None) == []
    page.close()


def test_drop_files_on_the_page(context: BrowserContext, site_url: str) -> None:
    page = context.new_page()
    page.goto(site_url + SESSIE)
    page.evaluate("""() => {
      const transfer = new DataTransfer();
      const sheet = {werkblad: 'stimuleren', organisatie: 'Gemeente Gesleept', antwoorden: {
        'prijsprikkel__verhuizen__al': 'Verhuisvergoeding'}};
      transfer.items.add(new File([JSON.stringify(sheet)], 'gesleept.json', {type: 'application/json'}));
      transfer.items.add(new File(['kapot'], 'notitie.txt'));
      const zone = document.querySelector('#sessie-neerzetten');
      zone.dispatchEvent(new DragEvent('dragover', {dataTransfer: transfer, bubbles: true, cancelable: true}));
      zone.dispatchEvent(new DragEvent('drop', {dataTransfer: transfer, bubbles: true, cancelable: true}));
    }""")
    expect(page.locator(".sessie")).to_have_attribute("data-versie", "1")
    expect(page.locator(".sessie-samenvatting")).to_contain_text("Gemeente Gesleept")
    expect(page.locator(".sessie-niet-verwerkt")).to_contain_text("notitie.txt: geen PDF en geen antwoordbestand")
    overzicht = page.evaluate("window.Doorstroom.pagina.huidige()")
    cel = next(c for c in overzicht["cellen"] if (c["categorie"], c["fase"]) == ("prijsprikkel", "verhuizen"))
    assert cel["status"] == "gedekt" and cel["suggesties"] == []
    page.close()


def test_type_in_a_paper_sheet_with_the_keyboard(context: BrowserContext, site_url: str, sheets: Path) -> None:
    page = context.new_page()
    open_with(page, site_url + SESSIE, [sheets / "2-antwoorden" / "woonstichting-de-linde.json"])
    expect(page.locator(".sessie-status")).to_contain_text("1 verwerkt, 0 niet verwerkt; 1 organisatie.")
    page.get_by_role("button", name="Blad toevoegen").focus()
    page.keyboard.press("Enter")
    dialog = page.get_by_role("dialog", name="Blad toevoegen")
    expect(dialog).to_be_visible()
    assert page.evaluate("document.activeElement.name") == "organisatie"
    page.get_by_role("button", name="Toevoegen aan het overzicht").click()
    expect(dialog).to_contain_text("Vul eerst de naam van de organisatie in")
    page.keyboard.type("Huurdersvereniging Samen Thuis")
    dialog.get_by_label("Voorrang, Nieuw thuis!: kunnen we nog doen", exact=True).fill("Voorrang bij terugkeer\nn.v.t.")
    page.get_by_role("button", name="Toevoegen aan het overzicht").focus()
    page.keyboard.press("Enter")
    expect(dialog).to_be_hidden()
    expect(page.locator(".sessie")).to_have_attribute("data-versie", "2")
    expect(page.locator(".sessie-samenvatting")).to_contain_text("Huurdersvereniging Samen Thuis")
    expect(page.locator(".sessie-meldingen")).to_contain_text("1 opvulwaarde")
    overzicht = page.evaluate("window.Doorstroom.pagina.huidige()")
    assert overzicht["organisaties"] == ["Woonstichting De Linde", "Huurdersvereniging Samen Thuis"]
    cel = next(c for c in overzicht["cellen"] if (c["categorie"], c["fase"]) == ("voorrang", "nieuw-thuis"))
    assert cel["nog"] == [{"organisatie": "Huurdersvereniging Samen Thuis", "tekst": "Voorrang bij terugkeer"}]
    page.get_by_role("button", name="Blad toevoegen").click()
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    assert page.evaluate("window.Doorstroom.pagina.huidige().organisaties.length") == 2
    assert page.evaluate("localStorage.length") == 0, "nothing is stored unless the facilitator asks"
    page.close()


@pytest.mark.parametrize("width", [375, 1093, 1280])
def test_axe_finds_no_violations_with_an_overview(browser: Browser, site_url: str, sheets: Path, width: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": MOBILE["height"]}, locale="nl-NL")
    page = context.new_page()
    open_with(page, site_url + SESSIE, sheets, "#sessie-map")
    page.add_script_tag(path=str(AXE_JS))
    found = []
    for state in ("overzicht", "blad"):
        if state == "blad":
            page.get_by_role("button", name="Blad toevoegen").click()
        # the theme fades the header title in when the page scrolls: measure contrast after that
        page.wait_for_function("document.getAnimations().every((a) => a.playState !== 'running')")
        result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        found += [(state, v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    context.close()
    assert found == []
    assert overflow <= 0, "no sideways scrolling of the page"


def test_the_page_is_in_the_navigation_and_linked(context: BrowserContext, site_url: str) -> None:
    page = context.new_page()
    page.goto(site_url + "werkbladen/stimuleren.html")
    page.locator("article").get_by_role("link", name="Sessie-overzicht maken").click()
    expect(page).to_have_title("Sessie-overzicht maken - Doorstroomtoolkit")
    assert page.locator("nav").get_by_role("link", name="Sessie-overzicht maken").count() >= 1
    page.goto(site_url + "voorbeeld/")
    page.locator("article").get_by_role("link", name="Sessie-overzicht maken").click()
    expect(page).to_have_title("Sessie-overzicht maken - Doorstroomtoolkit")
    page.close()


def test_nothing_but_this_site(site_dir: Path) -> None:
    """Every script the page can load is in the built site, with its licence next to it."""
    vendor = site_dir / "assets" / "javascripts" / "vendor"
    for name, licence in (("js-yaml.min.js", "js-yaml"), ("exceljs.min.js", "exceljs"), ("pdf.min.js", "pdfjs-dist"),
                          ("pdf.worker.min.js", "pdfjs-dist")):
        assert (vendor / name).is_file() and (vendor / f"{licence}.LICENSE.txt").is_file()
