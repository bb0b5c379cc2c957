"""The page "Sessie-overzicht maken" in Debian chromium, as a facilitator uses it: choose a folder of
filled sheets (PDFs filled by pdftk and by the site's own form, answer files, broken files), get THE
overview of `doorstroom overzicht` (same template, same text and elements), hide organisations, set title
and menukaart, print on A3, download JSON/CSV/Excel (equal to the CLI's files), type in a paper sheet;
from http and from file://, offline."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from playwright.sync_api import Browser, BrowserContext, Page, expect
from pypdf import PdfReader

from .browser import LAPTOP, PHONE, RequestLog
from .corpus.pdfs import make_pdfs
from .helpers import ROOT, run_cli
from .test_site_accessibility import AXE_JS

SESSIE = "sessie/index.html"
FORM_CELLS = {
    "Passend aanbod, Huidige woning: doen we al": "Woonscan 75+\n- Seniorenloket\n- Huisbezoek",
    "Ontzorgen, Verhuizen: kunnen we nog doen": "=Klusdienst (geen formule)",
}
CATEGORIEEN = ["1 Passend aanbod", "2 Op weg helpen", "3 Ontzorgen", "4 Prijsprikkel", "5 Voorrang"]
FASEN = ["Huidige woning", "Woonwens", "Woningzoeken", "Verhuizen", "Nieuw thuis!"]

# Every element of the overview (tag and attributes, in document order) and its text, whitespace
# normalised: what a reader and the filter script see.
SHAPE = """(root) => ({
  elements: [root, ...root.querySelectorAll("*")].map((el) =>
    el.tagName + Array.from(el.attributes).map((a) => " " + a.name + "=" + a.value).sort().join("")),
  text: root.textContent.replace(/\\s+/g, " ").trim()})"""


def _pdftk_sheets(spec: Path, target: Path, blanks: Path) -> None:
    (spec / "pdf.json").write_text(json.dumps({"bestanden": [
        {"naam": "gemeente-beekveld.pdf", "werkblad": "stimuleren", "vuller": "pdftk", "waarden": {
            "organisatie": "Gemeente Beekveld", "voorrang__woningzoeken__al": "Voorrang 65+; ook bij nieuwbouw",
            "prijsprikkel__woonwens__al": "Verhuispremie",
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


def cli_overview(sheets: Path, site_url: str, out: Path, *options: str) -> Path:
    """`doorstroom overzicht` on the same folder, run next to it so it names the files as the page does
    (bladen/1-pdf/...), with links against the address the page was opened from."""
    result = run_cli("overzicht", sheets.name, "--out", str(out), "--site-url", site_url, "--bron", str(ROOT), *options,
                     cwd=sheets.parent)
    assert result.returncode == 1, result.stderr  # two files are not used
    return out


@pytest.fixture(scope="module")
def cli(tmp_path_factory: pytest.TempPathFactory, sheets: Path, site_url: str) -> Path:
    return cli_overview(sheets, site_url, tmp_path_factory.mktemp("cli") / "uit")


def download(page: Page, button: str, target: Path) -> Path:
    with page.expect_download() as info:
        page.get_by_role("button", name=button).click()
    path = target / info.value.suggested_filename
    info.value.save_as(path)
    return path


def open_with(page: Page, url: str, chosen: list[Path] | Path, input_id: str = "#sessie-map") -> None:
    page.goto(url)
    page.locator(input_id).set_input_files(chosen if isinstance(chosen, list) else str(chosen))
    expect(page.locator(".sessie")).to_have_attribute("data-versie", "1")


def shape(page: Page) -> dict:
    return page.locator(".ov").evaluate(SHAPE)


def hide(page: Page, organisatie: str) -> None:
    page.locator(".ov-filter summary").click()
    page.locator(".ov-filter").get_by_label(organisatie, exact=True).uncheck()


@pytest.fixture
def session_page(context: BrowserContext, site_url: str, sheets: Path) -> Iterator[tuple[Page, RequestLog]]:
    """The session page over http with the whole folder chosen through the folder chooser."""
    page = context.new_page()
    log = RequestLog(page)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    open_with(page, site_url + SESSIE, sheets)
    yield page, log
    page.close()
    assert errors == []


@pytest.fixture
def cli_page(browser: Browser, cli: Path) -> Iterator[Page]:
    """The CLI's overzicht.html, opened as a facilitator opens it (file://)."""
    context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto((cli / "overzicht.html").as_uri())
    yield page
    context.close()


def test_the_folder_gives_the_overview_on_the_page(session_page: tuple[Page, RequestLog]) -> None:
    page, log = session_page
    expect(page.locator(".sessie-status")).to_contain_text("6 bestanden gelezen: 4 verwerkt, 2 niet verwerkt")
    view = page.locator(".ov")
    expect(view.get_by_role("row", name="bladen/1-pdf/afgebroken.pdf de PDF is beschadigd")).to_be_visible()
    expect(view.get_by_role("row", name="bladen/2-antwoorden/kapot.json ongeldig JSON-bestand")).to_be_visible()
    merged = "samengevoegd met gemeente-beekveld.pdf: beide bladen zijn van 'Gemeente Beekveld'"
    expect(view.get_by_role("row", name=f"bladen/2-antwoorden/beekveld-herzien.yaml {merged}")).to_be_visible()
    expect(view.locator("td[data-vak='ontzorgen|verhuizen']")).to_contain_text("=Klusdienst (geen formule)")
    assert log.foreign("127.0.0.1") == []


def test_the_overview_is_the_one_the_cli_makes(session_page: tuple[Page, RequestLog], cli_page: Page) -> None:
    page, _ = session_page
    mine, theirs = shape(page), shape(cli_page)
    assert mine["text"] == theirs["text"]
    assert mine["elements"] == theirs["elements"]
    assert len(mine["elements"]) > 300


def test_hiding_an_organisation_recomputes_the_matrix(session_page: tuple[Page, RequestLog], cli_page: Page) -> None:
    page, _ = session_page
    overzicht = page.evaluate("window.Doorstroom.pagina.huidige()")
    hide(page, "Gemeente Beekveld")
    expect(page.locator("[data-verborgen]")).to_have_text(
        "Verborgen: Gemeente Beekveld. Alle statussen en aantallen zijn zonder deze organisatie berekend.")
    for cel in overzicht["cellen"]:  # the rules of §8 without Beekveld's items
        al, nog = ([i for i in cel[s] if i["organisatie"] != "Gemeente Beekveld"] for s in ("al", "nog"))
        status = "gedekt" if al else ("potentie" if nog else "gat")
        expect(page.locator(f"td[data-vak='{cel['categorie']}|{cel['fase']}'] .ov-status")).to_have_text(status)
    expect(page.locator("td[data-vak='prijsprikkel|woonwens'] .ov-status")).to_have_text("gat")
    hide(cli_page, "Gemeente Beekveld")  # the CLI's page, the same organisation hidden: the same view
    assert shape(page) == shape(cli_page)
    page.locator("#sessie-titel").fill("Sessie Beekveld")
    page.locator("#sessie-titel").press("Tab")
    expect(page.locator(".ov h1")).to_have_text("Sessie Beekveld")
    expect(page.locator("[data-verborgen]")).to_contain_text("Verborgen: Gemeente Beekveld.")  # kept on redraw


def test_title_and_menukaart_are_set_on_the_page(session_page: tuple[Page, RequestLog], sheets: Path, site_url: str,
                                                 browser: Browser, tmp_path: Path) -> None:
    page, _ = session_page
    page.locator("#sessie-titel").fill("  Sessie   regio Beekveld ")
    page.locator("#sessie-titel").press("Tab")
    expect(page.locator(".sessie")).to_have_attribute("data-versie", "2")
    page.locator("#sessie-sector").select_option("particulier")
    expect(page.locator(".sessie")).to_have_attribute("data-versie", "3")
    expect(page.locator(".ov h1")).to_have_text("Sessie regio Beekveld")
    expect(page.locator(".ov")).to_contain_text("Ideeën uit de menukaart particulier")
    out = cli_overview(sheets, site_url, tmp_path / "uit", "--titel", "Sessie regio Beekveld",
                       "--sector", "particulier")
    other = browser.new_page()
    other.goto((out / "overzicht.html").as_uri())
    assert shape(page) == shape(other)
    assert page.evaluate("window.Doorstroom.pagina.huidige()") == json.loads(
        (out / "overzicht.json").read_text(encoding="utf-8"))
    other.close()


def test_json_download_equals_the_cli(session_page: tuple[Page, RequestLog], cli: Path, tmp_path: Path) -> None:
    page, _ = session_page
    raw = download(page, "Download als JSON", tmp_path).read_bytes()
    assert raw == (cli / "overzicht.json").read_bytes()  # same files named the same: byte for byte
    assert list(json.loads(raw)) == ["werkblad", "organisaties", "cellen", "afgewezen", "meldingen"]


def test_csv_download_is_the_cli_csv_byte_for_byte(session_page: tuple[Page, RequestLog], cli: Path,
                                                   tmp_path: Path) -> None:
    page, _ = session_page
    raw = download(page, "Download als CSV", tmp_path).read_bytes()
    assert raw == (cli / "overzicht.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"'=Klusdienst (geen formule)" in raw
    assert b'"Voorrang 65+; ook bij nieuwbouw"' in raw


def _cells(sheet) -> list[list[object]]:  # noqa: ANN001 - an openpyxl worksheet
    return [[c.value for c in row] for row in sheet.iter_rows()]


def _widths(sheet, columns: int = 7) -> list[float | None]:  # noqa: ANN001 - an openpyxl worksheet
    """The width of each column, also where a file stores equal neighbours as one group (min..max)."""
    groups = list(sheet.column_dimensions.values())
    return [next((g.width for g in groups if g.min and g.min <= index <= g.max and g.width), None)
            for index in range(1, columns + 1)]


def _status_styles(sheet) -> list[tuple]:  # noqa: ANN001 - an openpyxl worksheet
    """Fill pattern, its colours and the border of every cell: how a status shows without colour."""
    def side(cell) -> tuple:  # noqa: ANN001
        left = cell.border.left if cell.border else None
        return (left.style, left.color.rgb[-6:]) if left and left.style else (None, None)

    # colours as RGB: openpyxl writes the alpha byte as 00, exceljs as FF
    return [(c.coordinate, c.fill.patternType, c.fill.fgColor.rgb[-6:] if c.fill.patternType else None, *side(c))
            for row in sheet.iter_rows() for c in row]


def test_excel_download_mirrors_the_cli_workbook(session_page: tuple[Page, RequestLog], cli: Path,
                                                 tmp_path: Path) -> None:
    page, _ = session_page
    mine = load_workbook(download(page, "Download als Excel", tmp_path))
    theirs = load_workbook(cli / "overzicht.xlsx")
    assert mine.sheetnames == theirs.sheetnames == ["Matrix", "Items", "Meldingen", "Niet verwerkt"]
    for name in mine.sheetnames:
        a, b = mine[name], theirs[name]
        assert _cells(a) == _cells(b), name
        assert (a.freeze_panes, a.auto_filter.ref) == (b.freeze_panes, b.auto_filter.ref), name
        assert _widths(a) == _widths(b), name
        assert (a.page_setup.orientation, str(a.page_setup.paperSize)) == ("landscape", "8")
        header = a.cell(6 if name == "Matrix" else 1, 1)
        assert header.font.bold and header.font.color.rgb.endswith("FFFFFF")
        assert header.fill.fgColor.rgb.endswith("004F6E")
    items = mine["Items"]
    assert items[1][4].value == "Status" and all(items.cell(r, 6).data_type == "s" for r in range(2, items.max_row + 1))
    klusdienst = next(row for row in items.iter_rows(min_row=2) if row[5].value == "=Klusdienst (geen formule)")
    assert klusdienst[4].value == "potentie" and klusdienst[4].fill.patternType == "lightUp"  # hatched
    cell = mine["Matrix"]["D11"]  # voorrang, woningzoeken
    assert cell.value.startswith("GEDEKT\n") and cell.fill.patternType == "solid"
    for name in ("Matrix", "Items"):  # the status patterns (no colour needed) are the CLI's, cell for cell
        assert _status_styles(mine[name]) == _status_styles(theirs[name]), name


def print_pdf(page: Page, target: Path) -> PdfReader:
    page.emulate_media(media="print")
    page.pdf(path=str(target), prefer_css_page_size=True)
    page.emulate_media(media="screen")
    return PdfReader(target)


def test_print_is_a3_landscape_with_the_matrix_on_page_1(session_page: tuple[Page, RequestLog], tmp_path: Path) -> None:
    page, _ = session_page
    hide(page, "Woonstichting De Linde")
    printed = print_pdf(page, tmp_path / "afdruk.pdf")
    box = printed.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (1191, 842)
    first = " ".join(printed.pages[0].extract_text().split())
    notice = "Verborgen: Woonstichting De Linde. Alle statussen en aantallen zijn zonder deze organisatie berekend."
    for text in [*CATEGORIEEN, *FASEN, "Klantreis-matrix", "Per fase", notice]:
        assert text in first
    for left_out in ("Sessie-overzicht maken", "Download als JSON", "Per fase: ideeën"):
        assert left_out not in first
    rest = " ".join(" ".join(p.extract_text().split()) for p in printed.pages[1:])
    assert "Per fase: ideeën om mee te beginnen" in rest and "Niet verwerkt" in rest


def test_a_full_matrix_still_prints_on_page_1(context: BrowserContext, site_url: str, tmp_path: Path) -> None:
    """Three organisations with a long text in every box: the preview keeps each item to two lines."""
    long = "Een heel lang punt over wonen en verhuizen dat op papier niet op één regel past, met nog meer woorden"
    cells = [f"{c}__{f}__{s}" for c in ("passend-aanbod", "op-weg-helpen", "ontzorgen", "prijsprikkel", "voorrang")
             for f in ("huidige-woning", "woonwens", "woningzoeken", "verhuizen", "nieuw-thuis") for s in ("al", "nog")]
    for n in range(3):
        (tmp_path / f"org-{n}.json").write_text(json.dumps({"werkblad": "stimuleren", "organisatie": f"Organisatie {n}",
                                                            "antwoorden": {c: f"{long} {n}" for c in cells}}))
    page = context.new_page()
    open_with(page, site_url + SESSIE, sorted(tmp_path.glob("*.json")), "#sessie-bestanden")
    first = " ".join(print_pdf(page, tmp_path / "vol.pdf").pages[0].extract_text().split())
    assert all(text in first for text in [*CATEGORIEEN, *FASEN, "Per fase"])
    page.close()


def test_the_same_folder_chosen_again_replaces_its_files(session_page: tuple[Page, RequestLog], sheets: Path) -> None:
    page, _ = session_page
    before = page.evaluate("window.Doorstroom.pagina.huidige()")
    page.locator("#sessie-map").set_input_files(str(sheets))
    expect(page.locator(".sessie")).to_have_attribute("data-versie", "2")
    expect(page.locator(".sessie-status")).to_contain_text(
        "6 bestanden gelezen: 4 verwerkt, 2 niet verwerkt; 3 organisaties. 6 bestanden waren al gekozen; "
        "de nieuwe keuze telt (")
    expect(page.locator(".sessie-status")).to_contain_text(" en 3 meer).")
    assert page.evaluate("window.Doorstroom.pagina.huidige()") == before


def test_from_file_url_offline_with_files_chosen(context: BrowserContext, site_dir: Path, sheets: Path,
                                                 session_page: tuple[Page, RequestLog], tmp_path: Path) -> None:
    page = context.new_page()
    log = RequestLog(page)
    open_with(page, (site_dir / SESSIE).as_uri(), sheets)
    mine = json.loads(download(page, "Download als JSON", tmp_path).read_text(encoding="utf-8"))
    over_http = session_page[0].evaluate("window.Doorstroom.pagina.huidige()")
    root = (site_dir.as_uri() + "/", session_page[0].evaluate("window.Doorstroom.laden.root"))
    assert json.loads(json.dumps(mine).replace(root[0], root[1])) == over_http
    links = [s["url"] for c in mine["cellen"] for s in c["suggesties"]]
    assert links and all(url.startswith(site_dir.as_uri() + "/instrumenten/") for url in links)
    expect(page.locator(".ov td[data-vak]")).to_have_count(25)
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
    expect(page.locator(".ov-filter")).to_contain_text("Gemeente Gesleept")
    expect(page.locator(".ov").get_by_role("row", name="notitie.txt geen PDF en geen antwoordbestand")).to_be_visible()
    expect(page.locator("td[data-vak='prijsprikkel|verhuizen'] .ov-status")).to_have_text("gedekt")
    page.close()


def test_type_in_a_paper_sheet_with_the_keyboard(context: BrowserContext, site_url: str, sheets: Path) -> None:
    """The paper sheet goes into the overview; only "Opslaan als bestand" keeps it (as an answer file)."""
    page = context.new_page()
    open_with(page, site_url + SESSIE, [sheets / "2-antwoorden" / "woonstichting-de-linde.json"], "#sessie-bestanden")
    expect(page.locator(".sessie-status")).to_contain_text("1 verwerkt, 0 niet verwerkt; 1 organisatie.")
    page.get_by_role("button", name="Blad toevoegen").focus()
    page.keyboard.press("Enter")
    dialog = page.get_by_role("dialog", name="Blad toevoegen")
    expect(dialog).to_be_visible()
    assert page.evaluate("document.activeElement.name") == "organisatie"
    page.keyboard.press("Enter")  # submit without a name: told what is missing
    expect(dialog).to_contain_text("Vul eerst de naam van de organisatie in")
    page.keyboard.type("Huurdersvereniging Samen Thuis")
    cell = dialog.get_by_label("Voorrang, Nieuw thuis!: kunnen we nog doen", exact=True)
    cell.focus()
    page.keyboard.type("Voorrang bij terugkeer\nn.v.t.")
    page.get_by_role("button", name="Opslaan als bestand").focus()  # kept only when the facilitator asks
    with page.expect_download() as saved:
        page.keyboard.press("Enter")
    assert saved.value.suggested_filename == "huurdersvereniging-samen-thuis-stimuleren.json"
    answer_file = json.loads(Path(saved.value.path()).read_text(encoding="utf-8"))
    assert answer_file["organisatie"] == "Huurdersvereniging Samen Thuis"
    assert answer_file["antwoorden"]["voorrang__nieuw-thuis__nog"] == "Voorrang bij terugkeer\nn.v.t."
    expect(dialog).to_be_visible()
    page.get_by_role("button", name="Toevoegen aan het overzicht").focus()
    page.keyboard.press("Enter")
    expect(dialog).to_be_hidden()
    expect(page.locator(".sessie")).to_have_attribute("data-versie", "2")
    expect(page.locator(".ov-filter")).to_contain_text("Huurdersvereniging Samen Thuis")
    expect(page.locator(".ov")).to_contain_text("1 opvulwaarde")
    expect(page.locator("td[data-vak='voorrang|nieuw-thuis'] .ov-status")).to_have_text("potentie")
    overzicht = page.evaluate("window.Doorstroom.pagina.huidige()")
    assert overzicht["organisaties"] == ["Woonstichting De Linde", "Huurdersvereniging Samen Thuis"]
    cel = next(c for c in overzicht["cellen"] if (c["categorie"], c["fase"]) == ("voorrang", "nieuw-thuis"))
    assert cel["nog"] == [{"organisatie": "Huurdersvereniging Samen Thuis", "tekst": "Voorrang bij terugkeer"}]
    page.get_by_role("button", name="Blad toevoegen").click()
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    assert page.evaluate("window.Doorstroom.pagina.huidige().organisaties.length") == 2
    assert page.evaluate("[localStorage.length, sessionStorage.length]") == [0, 0], \
        "nothing is stored unless the facilitator asks"
    page.close()


def test_the_filter_and_print_button_work_by_keyboard(session_page: tuple[Page, RequestLog]) -> None:
    page, _ = session_page
    summary = page.locator(".ov-filter summary")
    summary.focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    first = page.locator("input[data-org-toggle]").first
    expect(first).to_be_focused()
    page.keyboard.press("Space")
    expect(first).not_to_be_checked()
    expect(page.locator("[data-verborgen]")).to_contain_text("Verborgen: Gemeente Beekveld.")
    page.evaluate("window.print = () => document.body.setAttribute('data-afgedrukt', '1')")
    page.get_by_role("button", name="Afdrukken (A3)").focus()
    page.keyboard.press("Enter")
    expect(page.locator("body")).to_have_attribute("data-afgedrukt", "1")


@pytest.mark.parametrize("viewport", [PHONE, LAPTOP, {"width": 1280, "height": 900}], ids=["375", "1093", "1280"])
def test_axe_finds_no_violations_with_an_overview(browser: Browser, site_url: str, sheets: Path,
                                                  viewport: dict) -> None:
    context = browser.new_context(viewport=viewport, locale="nl-NL")
    page = context.new_page()
    open_with(page, site_url + SESSIE, sheets)
    page.add_script_tag(path=str(AXE_JS))
    found = []
    for state in ("overzicht", "verborgen", "blad"):
        if state == "verborgen":
            hide(page, "Gemeente Beekveld")
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
    page.goto(site_url + "werkbladen/stimuleren.html")
    assert page.locator("nav").get_by_role("link", name="Sessie-overzicht maken").count() >= 1
    page.goto(site_url + "voorbeeld/")
    page.locator("article").get_by_role("link", name="Sessie-overzicht maken").click()
    expect(page).to_have_title("Sessie-overzicht maken - Doorstroomtoolkit")
    page.close()


def test_the_view_comes_from_the_overview_templates(site_dir: Path) -> None:
    """The page ships the CLI's template, CSS and script as they are in generator/overview/templates."""
    from generator.overview.html import SCREEN_CSS, SCREEN_JS, SCREEN_TEMPLATE

    template = (site_dir / "assets/javascripts/sessie/sjabloon.js").read_text(encoding="utf-8")
    assert json.loads(template.split("window.Doorstroom.sjabloon = ", 1)[1].rstrip().rstrip(";")) == \
        SCREEN_TEMPLATE.read_text(encoding="utf-8")
    for built, source in (("scherm.css", SCREEN_CSS), ("scherm.js", SCREEN_JS)):
        assert (site_dir / "assets/overzicht" / built).read_text(encoding="utf-8") == source.read_text(encoding="utf-8")


def test_nothing_but_this_site(site_dir: Path) -> None:
    """Every script the page can load is in the built site, with its licence next to it."""
    vendor = site_dir / "assets" / "javascripts" / "vendor"
    for name, licence in (("js-yaml.min.js", "js-yaml"), ("exceljs.min.js", "exceljs"), ("pdf.min.js", "pdfjs-dist"),
                          ("pdf.worker.min.js", "pdfjs-dist")):
        assert (vendor / name).is_file() and (vendor / f"{licence}.LICENSE.txt").is_file()
    scripts = site_dir / "assets" / "javascripts"
    assert (scripts / "nunjucks.min.js").is_file() and (scripts / "nunjucks.LICENSE.txt").is_file()
