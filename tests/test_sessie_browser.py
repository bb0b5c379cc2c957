"""The page "Sessieverslag maken" in Debian chromium, as a facilitator uses it after a session: the
whole folder (every werkblad, a ZIP a participant mailed, two files with the same name) chosen or dropped,
from http and from file://, offline. sessie.json is byte for byte the CLI's, the report is the CLI's
sessie.html (same template, rendered with Nunjucks), the overview downloads are `doorstroom overzicht`'s,
nothing is lost, nothing goes to another host, axe finds nothing, everything works by keyboard."""

from __future__ import annotations

import base64
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from playwright.sync_api import Browser, BrowserContext, Frame, Page, expect
from pypdf import PdfReader

from generator.loader import ToolkitData
from generator.regels import melding, reden
from generator.site.sessie import REPORT_SCRIPT, REPORT_TEMPLATE, template_text

from .browser import LAPTOP, PHONE, RequestLog
from .corpus.pdfs import make_pdfs
from .helpers import ROOT, run_cli
from .sessie import python_session
from .sessie_helpers import EXAMPLE
from .test_site_accessibility import AXE_JS

SESSIE = "sessie/index.html"
TITLE = "Sessieverslag"
GAP = f"{TITLE}: klantreis-gatenoverzicht"  # the title of the overview on its own
PRAATPLAAT = reden("praatplaat", titel="Hoe wilt u wonen in de (nabije) toekomst?")
FORM_CELLS = {
    "Passend aanbod, Huidige woning: doen we al": "Woonscan 75+\n- Seniorenloket\n- Huisbezoek",
    "Ontzorgen, Verhuizen: kunnen we nog doen": "=Klusdienst (geen formule)",
}
CATEGORIEEN = ["1 Passend aanbod", "2 Op weg helpen", "3 Ontzorgen", "4 Prijsprikkel", "5 Voorrang"]
FASEN = ["Huidige woning", "Woonwens", "Woningzoeken", "Verhuizen", "Nieuw thuis!"]

# Every element (tag and attributes, in document order) and its text, whitespace normalised: what a
# reader and the scripts see. (On the page the report's links to the site open the site itself, target, and
# its landmarks are not the page's: role=none, a name for its main part.)
SHAPE = """(root) => ({
  elements: [root, ...root.querySelectorAll("*")].map((el) =>
    el.tagName + Array.from(el.attributes).filter((a) => a.name !== "target" &&
      !(a.name === "role" && a.value === "none") && !(el.tagName === "MAIN" && a.name === "aria-label"))
      .map((a) => " " + a.name + "=" + a.value).sort().join("")),
  text: root.textContent.replace(/\\s+/g, " ").trim()})"""

# A folder dropped on the page as chromium hands it over (the entries API: webkitGetAsEntry), built from
# files {pad, b64}; folders give their entries in batches, as chromium does.
DROP_FOLDER = """({files}) => {
  const dir = (path) => ({isFile: false, isDirectory: true, fullPath: "/" + path, children: new Map(),
    createReader() { const all = Array.from(this.children.values()); let at = 0;
      return {readEntries(ok) { const batch = all.slice(at, at + 10); at += 10; setTimeout(() => ok(batch)); }}; }});
  const top = dir(files[0].pad.split("/")[0]);
  for (const f of files) {
    const parts = f.pad.split("/");
    let here = top;
    for (let i = 1; i < parts.length - 1; i++) {
      if (!here.children.has(parts[i])) { here.children.set(parts[i], dir(parts.slice(0, i + 1).join("/"))); }
      here = here.children.get(parts[i]);
    }
    const file = new File([Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))], parts[parts.length - 1]);
    here.children.set(parts[parts.length - 1], {isFile: true, isDirectory: false, fullPath: "/" + f.pad,
      file(ok) { setTimeout(() => ok(file)); }});
  }
  const event = new Event("drop", {bubbles: true, cancelable: true});
  Object.defineProperty(event, "dataTransfer", {value: {items: [{webkitGetAsEntry: () => top}], files: []}});
  document.querySelector("#sessie-neerzetten").dispatchEvent(event);
}"""


def _stimuleren_pdfs(spec: Path, target: Path, blanks: Path, files: list[dict]) -> None:
    (spec / "pdf.json").write_text(json.dumps({"bestanden": files}), encoding="utf-8")
    make_pdfs(spec, target, blanks)


def _form_pdf(context: BrowserContext, site_url: str, target: Path) -> None:
    """A sheet filled on the werkblad page and downloaded as PDF (the site's own form, pdf-lib)."""
    page = context.new_page()
    page.goto(site_url + "werkbladen/stimuleren.html")
    page.get_by_label("Organisatie", exact=True).fill("Welzijn Heidehoven")
    for label, text in FORM_CELLS.items():
        page.get_by_label(label, exact=True).fill(text)
    with page.expect_download() as download:
        page.get_by_role("button", name="Download als ingevulde PDF").first.click()  # above and below the sheet
    download.value.save_as(target / download.value.suggested_filename)
    page.evaluate("localStorage.clear()")
    page.close()


@pytest.fixture(scope="module")
def context(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context(accept_downloads=True, locale="nl-NL", viewport={"width": 1280, "height": 900})
    yield context
    context.close()


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory, site_dir: Path) -> Path:
    """The example session's whole folder (with the ZIP Woonstichting De Linde mailed) plus two different
    participants who both kept our file name: extra/noord/stimuleren.pdf and extra/zuid/stimuleren.pdf."""
    folder = tmp_path_factory.mktemp("sessie") / "bladen"
    shutil.copytree(ROOT / EXAMPLE / "bladen", folder)
    assert list(folder.glob("*.zip")), "the example holds a ZIP"
    for side, organisatie in (("noord", "Buurtteam Noord"), ("zuid", "Buurtteam Zuid")):
        (folder / "extra" / side).mkdir(parents=True)
        _stimuleren_pdfs(tmp_path_factory.mktemp("pdf"), folder / "extra" / side, site_dir / "pdf", [{
            "naam": "stimuleren.pdf", "werkblad": "stimuleren", "vuller": "pdftk", "waarden": {
                "organisatie": organisatie, "ontzorgen__nieuw-thuis__nog": f"Klusbus {side}"}}])
    return folder


def cli_session(folder: Path, site_url: str, out: Path, *options: str) -> Path:
    """`doorstroom sessie` on the same folder, run next to it so it names the files as the page does
    (bladen/...), with links against the address the page was opened from."""
    result = run_cli("sessie", folder.name, "--out", str(out), "--site-url", site_url, "--bron", str(ROOT), *options,
                     cwd=folder.parent)
    assert result.returncode == 1, result.stderr  # the praatplaat is not part of a session report
    return out


@pytest.fixture(scope="module")
def cli(tmp_path_factory: pytest.TempPathFactory, session: Path, site_url: str) -> Path:
    return cli_session(session, site_url, tmp_path_factory.mktemp("cli") / "uit")


def download(page: Page, button: str, target: Path) -> Path:
    with page.expect_download() as info:
        page.get_by_role("button", name=button).click()
    path = target / info.value.suggested_filename
    info.value.save_as(path)
    return path


def open_with(page: Page, url: str, chosen: list[Path] | Path, input_id: str = "#sessie-map", version: int = 1) -> None:
    page.goto(url)
    page.locator(input_id).set_input_files(chosen if isinstance(chosen, list) else str(chosen))
    expect(page.locator(".sessie")).to_have_attribute("data-versie", str(version), timeout=30_000)


def report(page: Page) -> Frame:
    return page.frame(url="about:srcdoc") or page.frames[1]


def hide(frame: Frame | Page, organisatie: str) -> None:
    frame.locator(".ov-filter summary").click()
    frame.locator(".ov-filter").get_by_label(organisatie, exact=True).uncheck()


@pytest.fixture(scope="module")
def shown(context: BrowserContext, site_url: str, session: Path) -> Iterator[tuple[Page, RequestLog]]:
    """The page over http with the whole folder chosen through the folder chooser (read-only tests)."""
    page = context.new_page()
    log = RequestLog(page)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    open_with(page, site_url + SESSIE, session)
    yield page, log
    page.close()
    assert errors == []


def test_the_whole_session_gives_the_clis_sessie_json(shown: tuple[Page, RequestLog], cli: Path,
                                                      tmp_path: Path) -> None:
    page, log = shown
    # 25 sheets and the praatplaat of the example (2 of them in its ZIP) and the two stimuleren.pdf
    expect(page.locator(".sessie-status")).to_have_text(
        "29 bestanden gelezen: 28 verwerkt, 1 niet verwerkt; 28 bladen van 8 werkbladen.")
    raw = download(page, "Alle gegevens (sessie.json)", tmp_path).read_bytes()
    assert raw == (cli / "sessie.json").read_bytes()
    sessie = json.loads(raw)
    bladen = {b["bestand"] for d in sessie["werkbladen"].values() for b in d["bladen"]}
    assert {"bladen/extra/noord/stimuleren.pdf", "bladen/extra/zuid/stimuleren.pdf",
            "bladen/van-woonstichting-de-linde.zip/contactmomenten/woonstichting-de-linde.pdf",
            "bladen/van-woonstichting-de-linde.zip/monitoren-3/woonstichting-de-linde.pdf"} <= bladen
    gesprek = "bladen/hoe-wilt-u-wonen/gesprek-ouderenadviseur.json"
    assert sessie["afgewezen"] == [{"bestand": gesprek, "reden": PRAATPLAAT}]
    frame = report(page)
    expect(frame.get_by_role("row", name=f"{gesprek} {PRAATPLAAT}")).to_be_visible()
    expect(frame.locator(".ov-filter")).to_contain_text("Buurtteam Zuid")
    assert log.foreign("127.0.0.1") == []


def test_the_report_is_the_clis_sessie_html(shown: tuple[Page, RequestLog], cli: Path, tmp_path: Path,
                                            browser: Browser) -> None:
    """The same template and context: the same HTML (only the escape of '"' differs between the engines)."""
    page, _ = shown
    mine = download(page, "Verslag als webpagina", tmp_path).read_text(encoding="utf-8")
    theirs = (cli / "sessie.html").read_text(encoding="utf-8")
    assert mine.replace("&quot;", "&#34;") == theirs
    other = browser.new_page()
    other.goto((cli / "sessie.html").as_uri())
    assert report(page).locator("body").evaluate(SHAPE) == other.locator("body").evaluate(SHAPE)
    other.close()


def test_the_report_is_part_of_the_page(shown: tuple[Page, RequestLog]) -> None:
    """As tall as its content (the page scrolls, not a box in it); its table of contents and the links to the
    instruments work from the page."""
    page, _ = shown
    frame = report(page)
    height = page.locator("#sessie-verslag").evaluate("f => f.getBoundingClientRect().height")
    assert abs(height - frame.evaluate("document.documentElement.getBoundingClientRect().height")) <= 2
    frame.get_by_role("link", name="Verwerking: niet verwerkt en meldingen").first.click()
    expect(frame.locator("#verwerking")).to_be_in_viewport()
    links = frame.locator("a[href*='/instrumenten/']").evaluate_all("as => as.map(a => a.target)")
    assert links and set(links) == {"_top"}


def test_hiding_an_organisation_recomputes_and_prints_on_a3(shown: tuple[Page, RequestLog], tmp_path: Path) -> None:
    page, _ = shown
    frame = report(page)
    hide(frame, "Gemeente Beekveld")
    notice = "Verborgen: Gemeente Beekveld. Alle statussen en aantallen zijn zonder deze organisatie berekend."
    expect(frame.locator("[data-verborgen]")).to_have_text(notice)
    page.evaluate("window.print = () => {}")
    page.get_by_role("button", name="Afdrukken (A3)").click()
    expect(page.locator("#sessie-overzicht [data-verborgen]")).to_have_text(notice)
    page.emulate_media(media="print")
    page.pdf(path=str(tmp_path / "a3.pdf"), prefer_css_page_size=True)
    page.emulate_media(media="screen")
    printed = PdfReader(tmp_path / "a3.pdf")
    box = printed.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (1191, 842)
    first = " ".join(printed.pages[0].extract_text().split())
    for text in [*CATEGORIEEN, *FASEN, "Klantreis-matrix", "Per fase", notice, GAP]:
        assert text in first
    for left_out in ("Sessieverslag maken", "Alle gegevens", "Per fase: ideeën", "Contactmomenten"):
        assert left_out not in first
    frame.locator(".ov-filter").get_by_label("Gemeente Beekveld", exact=True).check()


def test_dropped_from_file_url_offline(context: BrowserContext, site_dir: Path, session: Path, cli: Path,
                                       site_url: str, tmp_path: Path) -> None:
    """The folder dragged onto the page opened from disk: the same sessie.json, links against the disk."""
    page = context.new_page()
    log = RequestLog(page)
    page.goto((site_dir / SESSIE).as_uri())
    files = [{"pad": p.relative_to(session.parent).as_posix(), "b64": base64.b64encode(p.read_bytes()).decode()}
             for p in sorted(session.rglob("*")) if p.is_file()]
    page.evaluate(DROP_FOLDER, {"files": files})
    expect(page.locator(".sessie")).to_have_attribute("data-versie", "1", timeout=30_000)
    mine = download(page, "Alle gegevens (sessie.json)", tmp_path).read_text(encoding="utf-8")
    assert mine.replace(site_dir.as_uri() + "/", site_url) == (cli / "sessie.json").read_text(encoding="utf-8")
    assert log.foreign(None) == []
    page.close()


def test_the_example_zip_of_the_site_gives_the_example_report(context: BrowserContext, site_url: str,
                                                              toolkit: ToolkitData, tmp_path: Path) -> None:
    """'Probeer het met de voorbeeldbestanden': the example page's ZIP, dropped as one file, is the session the
    CLI reads from that ZIP."""
    page = context.new_page()
    page.goto(site_url + "voorbeeld/sessieverslag.html")
    with page.expect_download() as info:
        page.locator("article").get_by_role("link", name="alle ingevulde bladen van dit voorbeeld").click()
    archive = tmp_path / info.value.suggested_filename
    info.value.save_as(archive)
    page.locator("article").get_by_role("link", name="Probeer het met de voorbeeldbestanden").click()
    expect(page).to_have_title("Sessieverslag maken - Doorstroomtoolkit")
    page.locator("#sessie-bestanden").set_input_files(str(archive))
    expect(page.locator(".sessie")).to_have_attribute("data-versie", "1", timeout=30_000)
    mine = download(page, "Alle gegevens (sessie.json)", tmp_path / "uit").read_bytes()
    assert mine == python_session(toolkit, [archive], tmp_path, TITLE, "sociaal", site_url)
    assert len(json.loads(mine)["werkbladen"]) == 8
    page.close()


def test_axe_finds_no_violations_with_the_report(browser: Browser, site_url: str, session: Path) -> None:
    """At 1280, 1093 and 375 px, with the report and with the typing form. The report's own document is
    checked with the page at 1280 and 375 px: its layout changes only below 48em, so at 1093 px it is the
    one of 1280 px (axe on a document that size takes seconds on this machine)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    page = context.new_page()
    open_with(page, site_url + SESSIE, session)
    for frame in (page.main_frame, report(page)):
        frame.add_script_tag(path=str(AXE_JS))
    found = []
    for width, viewport, inside in (("1280", {"width": 1280, "height": 900}, True), ("1093", LAPTOP, False),
                                    ("375", PHONE, True), ("blad", PHONE, False)):
        page.set_viewport_size(viewport)
        if width == "blad":
            page.get_by_role("button", name="Blad toevoegen").click()
        # the theme fades the header title in when the page scrolls: measure contrast after that
        page.wait_for_function("document.getAnimations().every((a) => a.playState !== 'running')")
        scope = "document" if inside else "{exclude: [['#sessie-verslag']]}"
        result = page.evaluate(f"async () => await axe.run({scope}, {{resultTypes: ['violations']}})")
        found += [(width, v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"no sideways scrolling of the page at {width}"
    context.close()
    assert found == []


def test_reading_shows_progress_and_the_page_stays_responsive(context: BrowserContext, site_url: str,
                                                              session: Path) -> None:
    """'12 van 29 bestanden gelezen' while a large folder is read; the page keeps drawing and reacting."""
    page = context.new_page()
    page.goto(site_url + SESSIE)
    page.evaluate("""() => {
      window.__texts = []; window.__gap = 0; let last = performance.now();
      new MutationObserver(() => window.__texts.push(document.querySelector('.sessie-voortgang__tekst').textContent))
        .observe(document.querySelector('.sessie-voortgang__tekst'),
                 {childList: true, characterData: true, subtree: true});
      (function beat() { const now = performance.now(); window.__gap = Math.max(window.__gap, now - last); last = now;
        if (!document.querySelector('.sessie[data-versie="1"]')) { requestAnimationFrame(beat); } })();
    }""")
    page.locator("#sessie-map").set_input_files(str(session))
    expect(page.locator(".sessie")).to_have_attribute("data-versie", "1", timeout=30_000)
    texts = page.evaluate("window.__texts")
    assert "12 van 29 bestanden gelezen" in texts and texts[-1] == "29 van 29 bestanden gelezen"
    assert page.evaluate("window.__gap") < 1000, "the page drew at least once a second while reading"
    expect(page.locator(".sessie-voortgang")).to_be_hidden()
    page.close()


def test_nothing_is_lost_and_the_same_file_counts_once(context: BrowserContext, site_url: str, session: Path) -> None:
    """Two different files both called stimuleren.pdf (chosen one after the other) are two sheets; the same
    file chosen again (same name and content) counts once; every choice adds."""
    page = context.new_page()
    noord, zuid = session / "extra" / "noord" / "stimuleren.pdf", session / "extra" / "zuid" / "stimuleren.pdf"
    open_with(page, site_url + SESSIE, [noord], "#sessie-bestanden")
    page.locator("#sessie-bestanden").set_input_files([str(zuid)])
    expect(page.locator(".sessie")).to_have_attribute("data-versie", "2")
    expect(page.locator(".sessie-status")).to_have_text(
        "2 bestanden gelezen: 2 verwerkt, 0 niet verwerkt; 2 bladen van 1 werkblad. 1 ander bestand had dezelfde naam "
        "als een gekozen bestand en heet nu: stimuleren (2).pdf.")
    beekveld = session / "stimuleren" / "gemeente-beekveld.json"
    page.locator("#sessie-bestanden").set_input_files([str(noord), str(beekveld)])
    expect(page.locator(".sessie")).to_have_attribute("data-versie", "3")
    expect(page.locator(".sessie-status")).to_have_text(
        "3 bestanden gelezen: 3 verwerkt, 0 niet verwerkt; 3 bladen van 1 werkblad. 1 bestand was al gekozen "
        "(zelfde map en inhoud) en telt één keer.")
    sessie = page.evaluate("window.Doorstroom.pagina.sessie()")
    assert [(b["bestand"], b["organisatie"]) for b in sessie["werkbladen"]["stimuleren"]["bladen"]] == [
        ("gemeente-beekveld.json", "Gemeente Beekveld"), ("stimuleren (2).pdf", "Buurtteam Zuid"),
        ("stimuleren.pdf", "Buurtteam Noord")]
    page.get_by_role("button", name="Opnieuw beginnen").click()
    expect(page.locator(".sessie-status")).to_have_text("Alle bladen zijn weggehaald. Er is niets bewaard.")
    assert page.evaluate("[localStorage.length, sessionStorage.length]") == [0, 0]
    page.close()


def test_a_copy_in_a_zip_is_read_and_noted(context: BrowserContext, site_url: str, session: Path,
                                           tmp_path: Path) -> None:
    """A sheet loose and again inside a ZIP: both read (the same organisation, merged), the copy noted."""
    import zipfile

    sheet = session / "stimuleren" / "gemeente-beekveld.json"
    with zipfile.ZipFile(tmp_path / "mail.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(sheet, "Beekveld/stimuleren.json")
    page = context.new_page()
    open_with(page, site_url + SESSIE, [sheet, tmp_path / "mail.zip"], "#sessie-bestanden")
    meldingen = page.evaluate("window.Doorstroom.pagina.sessie().meldingen")
    assert meldingen == [
        {"bestand": "mail.zip/Beekveld/stimuleren.json",
         "melding": melding("zelfde_inhoud", eerste="gemeente-beekveld.json")},
        {"bestand": "mail.zip/Beekveld/stimuleren.json",
         "melding": melding("samengevoegd", eerste="gemeente-beekveld.json", organisatie="Gemeente Beekveld")}]
    page.close()


def _structure(path: Path) -> list:
    """Every heading and paragraph (style and text) and every table cell's text of a docx, in order."""
    document = Document(str(path))
    body = [("p", p.style.name, p.text) for p in document.paragraphs]
    return body + [("t", [[cell.text for cell in row.cells] for row in table.rows]) for table in document.tables]


def _cells(path: Path) -> dict:
    workbook = load_workbook(path)
    return {name: [[c.value for c in row] for row in workbook[name].iter_rows()] for name in workbook.sheetnames}


def test_plan_and_monitor_plan_downloads_equal_the_clis(shown: tuple[Page, RequestLog], cli: Path,
                                                        tmp_path: Path) -> None:
    """plan-van-aanpak.docx by structure, monitorplan.xlsx cell for cell, as the CLI writes them. Written by
    another part (window.Doorstroom.plan.docx, window.Doorstroom.monitorplan.xlsx): until those are merged
    this test fails on purpose, never skips."""
    page, _ = shown
    missing = page.evaluate("['plan', 'monitorplan'].filter((n) => typeof (window.Doorstroom[n] || {})"
                            "[n === 'plan' ? 'docx' : 'xlsx'] !== 'function')")
    assert missing == [], f"window.Doorstroom.{missing} ontbreekt: het plan van aanpak en het monitorplan (A1)"
    assert _structure(download(page, "Plan van aanpak (Word)", tmp_path)) == _structure(cli / "plan-van-aanpak.docx")
    assert _cells(download(page, "Monitorplan (Excel)", tmp_path)) == _cells(cli / "monitorplan.xlsx")


def test_a_missing_document_function_is_said_in_dutch(context: BrowserContext, site_url: str, session: Path) -> None:
    page = context.new_page()
    open_with(page, site_url + SESSIE, [session / "stimuleren" / "gemeente-beekveld.json"], "#sessie-bestanden")
    page.evaluate("delete window.Doorstroom.plan")
    page.get_by_role("button", name="Plan van aanpak (Word)").click()
    expect(page.locator(".sessie-melding")).to_contain_text(
        "Het plan van aanpak kan op deze site (nog) niet in de browser worden gemaakt.")
    page.close()


@pytest.fixture(scope="module")
def stimuleren(tmp_path_factory: pytest.TempPathFactory, context: BrowserContext, site_dir: Path,
               site_url: str) -> Path:
    """Only Stimuleren sheets (PDFs from pdftk and from our form, answer files, one organisation twice)."""
    folder = tmp_path_factory.mktemp("stimuleren") / "bladen"
    folder.mkdir()
    _stimuleren_pdfs(tmp_path_factory.mktemp("pdftk"), folder, site_dir / "pdf", [
        {"naam": "gemeente-beekveld.pdf", "werkblad": "stimuleren", "vuller": "pdftk", "waarden": {
            "organisatie": "Gemeente Beekveld", "voorrang__woningzoeken__al": "Voorrang 65+; ook bij nieuwbouw",
            "prijsprikkel__woonwens__al": "Verhuispremie",
            "passend-aanbod__huidige-woning__nog": "Café-avond over \"wonen\"\nn.v.t."}}])
    _form_pdf(context, site_url, folder)
    (folder / "woonstichting-de-linde.json").write_text(json.dumps({
        "werkblad": "stimuleren", "organisatie": "Woonstichting De Linde",
        "antwoorden": {"voorrang__woningzoeken__al": "- Voorrang 65+\n- Meeneemhuur",
                       "op-weg-helpen__woonwens__nog": "+31 informatielijn"}}), encoding="utf-8")
    (folder / "zz-beekveld-herzien.yaml").write_text(
        "werkblad: stimuleren\norganisatie: gemeente  beekveld\nantwoorden:\n  ontzorgen__nieuw-thuis__al: Nazorg\n",
        encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def overview(tmp_path_factory: pytest.TempPathFactory, stimuleren: Path, site_url: str) -> Path:
    out = tmp_path_factory.mktemp("overzicht") / "uit"
    result = run_cli("overzicht", stimuleren.name, "--out", str(out), "--site-url", site_url, "--titel", GAP,
                     "--bron", str(ROOT), cwd=stimuleren.parent)
    assert result.returncode == 0, result.stderr
    return out


def test_the_overview_downloads_are_the_clis(context: BrowserContext, site_url: str, stimuleren: Path, overview: Path,
                                             tmp_path: Path) -> None:
    """JSON and CSV byte for byte, Excel cell for cell, as `doorstroom overzicht` makes them of the same sheets."""
    page = context.new_page()
    open_with(page, site_url + SESSIE, stimuleren)
    assert download(page, "Download als JSON", tmp_path).read_bytes() == (overview / "overzicht.json").read_bytes()
    raw = download(page, "Download als CSV", tmp_path).read_bytes()
    assert raw == (overview / "overzicht.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"'=Klusdienst (geen formule)" in raw
    excel = download(page, "Download als Excel", tmp_path)
    mine, theirs = (load_workbook(p) for p in (excel, overview / "overzicht.xlsx"))
    assert mine.sheetnames == theirs.sheetnames == ["Matrix", "Items", "Meldingen", "Niet verwerkt"]
    for name in mine.sheetnames:
        a, b = mine[name], theirs[name]
        assert [[c.value for c in r] for r in a.iter_rows()] == [[c.value for c in r] for r in b.iter_rows()], name
        assert (a.freeze_panes, a.auto_filter.ref) == (b.freeze_panes, b.auto_filter.ref), name
    for name in ("Matrix", "Items"):  # the status patterns (readable without colour) are the CLI's, cell for cell
        assert _status_styles(mine[name]) == _status_styles(theirs[name]), name
    page.close()


def _status_styles(sheet) -> list[tuple]:  # noqa: ANN001 - an openpyxl worksheet
    """Fill pattern, its colour and the left border of every cell: how a status shows without colour."""
    def side(cell) -> tuple:  # noqa: ANN001
        left = cell.border.left if cell.border else None
        return (left.style, left.color.rgb[-6:]) if left and left.style else (None, None)

    # colours as RGB: openpyxl writes the alpha byte as 00, exceljs as FF
    return [(c.coordinate, c.fill.patternType, c.fill.fgColor.rgb[-6:] if c.fill.patternType else None, *side(c))
            for row in sheet.iter_rows() for c in row]


def test_title_and_menukaart_are_set_on_the_page(context: BrowserContext, site_url: str, session: Path,
                                                 toolkit: ToolkitData, tmp_path: Path) -> None:
    page = context.new_page()
    open_with(page, site_url + SESSIE, session)
    page.locator("#sessie-titel").fill("  Sessie   regio Beekveld ")
    page.locator("#sessie-titel").press("Tab")
    expect(page.locator(".sessie")).to_have_attribute("data-versie", "2")
    page.locator("#sessie-sector").select_option("particulier")
    expect(page.locator(".sessie")).to_have_attribute("data-versie", "3")
    expect(report(page).locator("h1")).to_have_text("Sessie regio Beekveld")
    expect(report(page).locator(".ov")).to_contain_text("Ideeën uit de menukaart particulier")
    assert download(page, "Alle gegevens (sessie.json)", tmp_path).read_bytes() == python_session(
        toolkit, [session], session.parent, "Sessie regio Beekveld", "particulier", site_url)
    page.close()


def test_type_in_a_paper_sheet_with_the_keyboard(context: BrowserContext, site_url: str, stimuleren: Path) -> None:
    """The paper sheet goes into the report; only "Opslaan als bestand" keeps it (as an answer file)."""
    page = context.new_page()
    open_with(page, site_url + SESSIE, [stimuleren / "woonstichting-de-linde.json"], "#sessie-bestanden")
    page.get_by_role("button", name="Blad toevoegen").focus()
    page.keyboard.press("Enter")
    dialog = page.get_by_role("dialog", name="Blad toevoegen")
    expect(dialog).to_be_visible()
    assert page.evaluate("document.activeElement.name") == "organisatie"
    page.keyboard.press("Enter")  # submit without a name: told what is missing
    expect(dialog).to_contain_text("Vul eerst de naam van de organisatie in")
    page.keyboard.type("Huurdersvereniging Samen Thuis")
    dialog.get_by_label("Voorrang, Nieuw thuis!: kunnen we nog doen", exact=True).focus()
    page.keyboard.type("Voorrang bij terugkeer\nn.v.t.")
    page.get_by_role("button", name="Opslaan als bestand").focus()  # kept only when the facilitator asks
    with page.expect_download() as saved:
        page.keyboard.press("Enter")
    assert saved.value.suggested_filename == "huurdersvereniging-samen-thuis-stimuleren.json"
    page.get_by_role("button", name="Toevoegen aan het verslag").focus()
    page.keyboard.press("Enter")
    expect(dialog).to_be_hidden()
    expect(page.locator(".sessie")).to_have_attribute("data-versie", "2")
    frame = report(page)
    expect(frame.locator(".ov-filter")).to_contain_text("Huurdersvereniging Samen Thuis")
    expect(frame.locator("td[data-vak='voorrang|nieuw-thuis'] .ov-status")).to_have_text("potentie")
    sessie = page.evaluate("window.Doorstroom.pagina.sessie()")
    organisaties = sessie["werkbladen"]["stimuleren"]["organisaties"]
    assert organisaties == ["Woonstichting De Linde", "Huurdersvereniging Samen Thuis"]
    assert page.evaluate("[localStorage.length, sessionStorage.length]") == [0, 0], \
        "nothing is stored unless the facilitator asks"
    page.close()


def test_every_control_shows_the_keyboard_focus(shown: tuple[Page, RequestLog]) -> None:
    """A visible focus ring on every control of the page (the title field had none) and in the report."""
    page, _ = shown
    page.locator("#sessie-titel").focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    style = "el => [getComputedStyle(el).outlineStyle, parseFloat(getComputedStyle(el).outlineWidth)]"
    assert page.evaluate(f"({style})(document.activeElement)") == ["solid", 3]
    for control in ("#sessie-sector", "button[data-actie=plan]", "button[data-actie=bestanden]"):
        page.locator(control).focus()
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Tab")
        assert page.locator(control).evaluate(style) == ["solid", 3], control
    frame = report(page)
    frame.locator(".ov-filter").evaluate("details => { details.open = false; }")
    frame.locator(".ov-filter summary").focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    first = frame.locator("input[data-org-toggle]").first
    expect(first).to_be_focused()
    assert first.evaluate(style)[0] != "none"
    page.keyboard.press("Space")
    expect(first).not_to_be_checked()
    page.keyboard.press("Space")


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
    page.evaluate("window.print = () => {}")
    page.get_by_role("button", name="Afdrukken (A3)").click()
    expect(page.locator("#sessie-overzicht [data-overzicht]")).to_have_count(1)
    page.emulate_media(media="print")
    page.pdf(path=str(tmp_path / "vol.pdf"), prefer_css_page_size=True)
    first = " ".join(PdfReader(tmp_path / "vol.pdf").pages[0].extract_text().split())
    assert all(text in first for text in [*CATEGORIEEN, *FASEN, "Per fase"])
    page.close()


def test_the_page_is_in_the_navigation_and_linked(context: BrowserContext, site_url: str) -> None:
    page = context.new_page()
    for start in ("werkbladen/stimuleren.html", "voorbeeld/", "voorbeeld/sessieverslag.html"):
        page.goto(site_url + start)
        page.locator("article").get_by_role("link", name="Sessieverslag maken").first.click()
        expect(page).to_have_title("Sessieverslag maken - Doorstroomtoolkit")
    page.goto(site_url + "werkbladen/stimuleren.html")  # in the navigation: a tab for running a session
    expect(page.locator(".md-tabs").get_by_role("link", name="Een sessie")).to_be_visible()
    links = page.locator("nav.md-nav--primary a.md-nav__link").evaluate_all(
        "links => links.map((a) => a.textContent.trim())")
    steps = [t for t in links if t in ("Sessie voorbereiden", "Presenteren", "Sessieverslag maken")]
    assert steps == ["Sessie voorbereiden", "Presenteren", "Sessieverslag maken"]  # plan, present, combine
    page.close()


def test_the_report_comes_from_the_clis_template(site_dir: Path) -> None:
    """The page ships sessie.html.j2 and the overview's CSS and script as they are in the project."""
    from generator.overview.html import SCREEN_CSS, SCREEN_JS

    shipped = (site_dir / REPORT_SCRIPT).read_text(encoding="utf-8")
    value = json.loads(shipped.split("window.Doorstroom.verslagSjabloon = ", 1)[1].rstrip().rstrip(";"))
    assert value == {"sjabloon": template_text(REPORT_TEMPLATE),
                     "scherm_css": SCREEN_CSS.read_text(encoding="utf-8"),
                     "scherm_js": SCREEN_JS.read_text(encoding="utf-8")}
    # the browser has no template loader: the included section (what has arrived) is written out in it
    assert "{% include" not in value["sjabloon"] and "Binnen volgens het sessieplan" in value["sjabloon"]
    assert "{% include" in REPORT_TEMPLATE.read_text(encoding="utf-8")


def test_nothing_but_this_site(site_dir: Path) -> None:
    """Every script the page can load is in the built site, with its licence next to it."""
    vendor = site_dir / "assets" / "javascripts" / "vendor"
    for name, licence in (("js-yaml.min.js", "js-yaml"), ("exceljs.min.js", "exceljs"), ("pdf.min.js", "pdfjs-dist"),
                          ("pdf.worker.min.js", "pdfjs-dist"), ("fflate.min.js", "fflate")):
        assert (vendor / name).is_file() and (vendor / f"{licence}.LICENSE.txt").is_file()
    scripts = site_dir / "assets" / "javascripts"
    assert (scripts / "nunjucks.min.js").is_file() and (scripts / "nunjucks.LICENSE.txt").is_file()
