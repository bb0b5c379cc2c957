"""The page "Sessie voorbereiden" in Debian chromium, as a facilitator uses it (from file://, offline): plan a
session, download the ZIP, and get what `doorstroom voorbereiden` makes for the same choices (the same
sessie-plan.json and invitation byte for byte, the same pre-filled fields, the same agenda in the
draaiboek); the Python and JavaScript rules agree case by case; the session page shows what has arrived."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook
from playwright.sync_api import Browser, BrowserContext, Page, expect
from pypdf import PdfReader

from generator.loader import ToolkitData
from generator.voorbereiden.binnen import binnen
from generator.voorbereiden.catalogus import catalogus
from generator.voorbereiden.namen import veilige_naam
from generator.voorbereiden.organisaties import tekst_rijen, uit_rijen
from generator.voorbereiden.plan import KeuzeFout, maak_plan

from .browser import DESKTOP, PHONE, RequestLog
from .helpers import run_cli
from .pdftools import fill_pypdf
from .test_voorbereiden_cli import _agenda_rows, minutes
from .voorbereiden_helpers import KEUZES, ORGANISATIES, TAFELS, organisation_lines

PAGE = "voorbereiden/index.html"


@pytest.fixture(scope="module")
def context(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context(accept_downloads=True, locale="nl-NL", viewport=DESKTOP)
    yield context
    context.close()


def plan_on_the_page(page: Page) -> None:
    """The choices of KEUZES, typed and clicked as a facilitator does (the default agenda is the route of
    onderwerp 1 with a break before Stimuleren; two more items are ticked)."""
    page.get_by_label("Titel", exact=True).fill(KEUZES["titel"])
    page.get_by_label("Datum", exact=True).fill(KEUZES["datum"])
    page.get_by_label("Begintijd", exact=True).fill(KEUZES["begintijd"])
    page.get_by_label("Plaats", exact=True).fill(KEUZES["plaats"])
    page.get_by_label("Papier voor de werkbladen").select_option(KEUZES["papier"])
    page.get_by_label("Bladen terugsturen naar").fill(KEUZES["contact"])
    page.get_by_label("Organisaties", exact=True).fill(organisation_lines())
    page.get_by_label("Tafels", exact=True).fill("\n".join(TAFELS))
    page.get_by_role("checkbox", name="Werkblad Wat is de opgave?").check()
    page.get_by_role("checkbox", name="Praatplaat Hoe ziet u uw toekomst?").check()
    page.get_by_label("Wie vult Werkblad Ambities in").select_option("per-tafel")
    page.get_by_label("Minuten voor Werkblad Stimuleren").fill("45")
    expect(page.locator(".vb")).to_have_attribute("data-plan", "klaar")


@pytest.fixture(scope="module")
def from_the_page(context: BrowserContext, site_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    tmp = tmp_path_factory.mktemp("pagina")
    page = context.new_page()
    log = RequestLog(page)
    page.goto((site_dir / PAGE).as_uri())
    plan_on_the_page(page)
    with page.expect_download(timeout=120_000) as download:
        page.get_by_role("button", name="Alles downloaden (ZIP)").click()
    download.value.save_as(tmp / "voorbereiding.zip")
    expect(page.locator(".vb")).to_have_attribute("data-zip", "13" if _docx_ready(page) else "12", timeout=10_000)
    status = page.locator(".vb-status").inner_text()
    with zipfile.ZipFile(tmp / "voorbereiding.zip") as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    page.close()
    return {"files": files, "status": status, "foreign": log.foreign(None), "tmp": tmp}


def _docx_ready(page: Page) -> bool:
    return page.evaluate("() => !!(window.Doorstroom.docx && window.Doorstroom.docx.vanHtml)")


@pytest.fixture
def from_the_cli(voorbereid: tuple[Path, object]) -> Path:
    return voorbereid[0]


def test_the_page_makes_the_files_of_the_cli_for_the_same_choices(from_the_page: dict, from_the_cli: Path) -> None:
    files = from_the_page["files"]
    cli = {str(p.relative_to(from_the_cli)): p.read_bytes() for p in from_the_cli.rglob("*") if p.is_file()}
    assert from_the_page["foreign"] == []
    word = {"draaiboek.docx", "voorbereiding.zip"}  # the Word file: the next test
    assert set(files) - word == set(cli) - word, from_the_page["status"]
    assert files["sessie-plan.json"] == cli["sessie-plan.json"]
    assert files["uitnodiging.txt"] == cli["uitnodiging.txt"]
    plan = json.loads(files["sessie-plan.json"])
    for blad in plan["bladen"]:
        ours = PdfReader(io.BytesIO(files[blad["bestand"]])).get_fields() or {}  # a menukaart has no fields
        theirs = PdfReader(io.BytesIO(cli[blad["bestand"]])).get_fields() or {}
        assert {k: f.get("/V") for k, f in ours.items()} == {k: f.get("/V") for k, f in theirs.items()}, blad
        for name, value in blad["velden"].items():
            assert ours[name]["/V"] == value
    (from_the_page["tmp"] / "browser.pdf").write_bytes(files["draaiboek.pdf"])
    rows = _agenda_rows(from_the_page["tmp"] / "browser.pdf")
    assert rows == _agenda_rows(from_the_cli / "draaiboek.pdf")
    now = minutes(plan["begintijd"])
    for row in rows[1:-1]:
        begin, end = row[0].split("–")
        assert (minutes(begin), minutes(end)) == (now, now + int(row[2]))
        now = minutes(end)
    assert rows[-1][0] == plan["eindtijd"] == f"{now // 60:02d}:{now % 60:02d}"
    info = PdfReader(io.BytesIO(files["draaiboek.pdf"])).metadata
    assert info.title == f"Draaiboek {KEUZES['titel']}" and info.author == "Doorstroomtoolkit"


def test_the_page_makes_the_draaiboek_as_a_word_file_too(from_the_page: dict, from_the_cli: Path) -> None:
    """With the shared Word writer (window.Doorstroom.docx.vanHtml) the ZIP holds draaiboek.docx, with the
    chapters and agenda of the CLI's (python-docx reads both)."""
    from docx import Document

    assert "draaiboek.docx" in from_the_page["files"], from_the_page["status"]
    ours = Document(io.BytesIO(from_the_page["files"]["draaiboek.docx"]))
    theirs = Document(str(from_the_cli / "draaiboek.docx"))
    assert [(p.style.name, p.text) for p in ours.paragraphs if p.style.name.startswith("Heading")] == [
        (p.style.name, p.text) for p in theirs.paragraphs if p.style.name.startswith("Heading")]
    assert [[c.text for c in r.cells] for r in ours.tables[0].rows] == [
        [c.text for c in r.cells] for r in theirs.tables[0].rows]


def test_a_sheet_prefilled_on_the_page_and_filled_in_reads_back_through_the_overview(from_the_page: dict,
                                                                                    tmp_path: Path) -> None:
    plan = json.loads(from_the_page["files"]["sessie-plan.json"])
    blad = next(b for b in plan["bladen"] if b["id"] == "stimuleren" and "Ĳ" in b["voor"])
    prefilled = tmp_path / "vooraf.pdf"
    prefilled.write_bytes(from_the_page["files"][blad["bestand"]])
    (tmp_path / "ingevuld").mkdir()
    fill_pypdf(prefilled, tmp_path / "ingevuld" / Path(blad["bestand"]).name,
               {"ontzorgen__verhuizen__nog": "Klusdienst bij de verhuizing"}, regenerate=False)
    result = run_cli("overzicht", str(tmp_path / "ingevuld"), "--out", str(tmp_path / "uit"))
    assert result.returncode == 0, result.stderr
    overzicht = json.loads((tmp_path / "uit/overzicht.json").read_text(encoding="utf-8"))
    assert overzicht["organisaties"] == [blad["voor"]] == [ORGANISATIES[2][0]]
    cel = next(c for c in overzicht["cellen"] if (c["categorie"], c["fase"]) == ("ontzorgen", "verhuizen"))
    assert cel["nog"] == [{"organisatie": blad["voor"], "tekst": "Klusdienst bij de verhuizing"}]


PLANNEN = {  # choices -> the plan or the problems; Python and JavaScript must say the same
    "kort": {"titel": "Kort", "datum": "2025-01-06", "onderdelen": ["stimuleren"], "organisaties": [{"naam": "A"}]},
    "niets": {},
    "alles fout": {"titel": " ", "datum": "14-03-2025", "begintijd": "9.30", "papier": "a5", "menukaart": "huur",
                   "inleveren": "morgen", "onderdelen": ["stimuleren", "x", "stimuleren", "pauze"],
                   "minuten": {"onbekend": 5, "stimuleren": -1, "pauze": 10.5},
                   "invullen": {"x": "plenair", "stimuleren": "plenair", "organisaties": "samen"},
                   "organisaties": [{"naam": "A/B"}, {"naam": "Zorg & Co"}, {"naam": "zorg  & co"}, {"naam": "???"},
                                    {"naam": "Zorg-Co"}, {"naam": "x" * 81}, {"naam": ""}],
                   "tafels": ["Tafel 1", "tafel 1"]},
    "na middernacht": {**KEUZES, "begintijd": "22:30", "organisaties": [{"naam": "A"}], "tafels": TAFELS},
    "twee pauzes": {"titel": "P", "datum": "2025-12-31", "onderdelen": ["pauze", "particulier", "sociaal", "pauze",
                                                                         "monitoren-2"],
                    "minuten": {"pauze": 20, "pauze-2": 5, "welkom": 0, "zicht-op-de-opgave": 0},
                    "invullen": {"monitoren-2": "per-tafel"}, "tafels": ["Noord", "Zuid"],
                    "organisaties": [{"naam": "CON", "contact": " x@y "}, {"naam": "Straße Øst"}]},
    "sessie van de tests": {**KEUZES, "organisaties": [{"naam": n, "contact": c} for n, c in ORGANISATIES],
                            "tafels": TAFELS},
}
NAMEN = ["Woonstichting Ĳsselland & Zn.", "Gemeente 's-Hertogenbosch", "CON", "lpt1", "Straße Æsir Øst", "   ",
         "€€€", "Ängelholm – Zuid", "a" * 70 + " b", "e\u0301mile_Zola", "Zorg\u00a0en\u2003Welzijn", "İstanbul"]
LIJSTEN = ["Gemeente A; a@x.nl\n\tB\n\nC;;c", "Naam\tE-mail\nGemeente A\ta@x\n",
           "Nr;Organisatie;Contact\n1;A;a\n2;;b\n", "Gemeente A\r\nGemeente B\rGemeente C"]
CSV = ['Organisatie;E-mailadres\n"Zorg; en ""Welzijn""";a@x\n"Twee\nregels";\n', "naam,contact\nA,a\nB\n",
       "A\tx\nB\ty\n"]


def test_python_and_the_browser_agree_on_plans_names_lists_and_arrivals(context: BrowserContext, site_dir: Path,
                                                                          toolkit: ToolkitData) -> None:
    page = context.new_page()
    page.goto((site_dir / PAGE).as_uri())
    cat = catalogus(toolkit)
    for case, keuzes in PLANNEN.items():
        try:
            python: dict = {"plan": maak_plan(cat, keuzes)}
        except KeuzeFout as exc:
            python = {"problemen": exc.problemen}
        browser = page.evaluate("(k) => window.Doorstroom.plan.maak(window.Doorstroom.voorbereiden.catalogus, k)",
                                keuzes)
        assert browser == python, case
    assert page.evaluate("(n) => n.map(window.Doorstroom.namen.veilig)", NAMEN) == [veilige_naam(n) for n in NAMEN]
    assert page.evaluate("(l) => l.map(window.Doorstroom.organisaties.tekst)", LIJSTEN) == [
        uit_rijen(tekst_rijen(t)) for t in LIJSTEN]
    from generator.voorbereiden.organisaties import lees_lijst

    for text in CSV:
        browser = page.evaluate("""(t) => window.Doorstroom.organisaties.leesBestand("lijst.csv",
            new TextEncoder().encode(t))""", text)
        assert browser == lees_lijst("lijst.csv", text.encode("utf-8")), text
    plan = maak_plan(cat, PLANNEN["sessie van de tests"])
    org = [o["naam"] for o in plan["organisaties"]]
    cases = [
        [],
        [{"werkblad": "stimuleren", "organisatie": org[0], "bestand": "a.pdf"},
         {"werkblad": "stimuleren", "organisatie": org[1].upper().replace(" ", "  "), "bestand": "map/b.pdf"},
         {"werkblad": "stimuleren", "organisatie": org[0], "bestand": "a-herzien.pdf"},
         {"werkblad": "ambities", "organisatie": "Tafel Noord.json", "bestand": "x/Tafel Noord.json"},
         {"werkblad": "ambities", "organisatie": "iets", "bestand": "ambities-tafel-zuid.pdf"},
         {"werkblad": "organisaties", "organisatie": "wie dan ook", "bestand": "o.pdf"},
         {"werkblad": "contactmomenten", "organisatie": org[2], "bestand": "c.pdf"},
         {"werkblad": "stimuleren", "organisatie": "Gemeente Elders", "bestand": "e.pdf"}],
    ]
    page.goto((site_dir / "sessie/index.html").as_uri())  # what has arrived: the session page's module
    for bladen in cases:
        browser = page.evaluate("([p, b]) => window.Doorstroom.binnen.bereken(p, b)", [plan, bladen])
        assert browser == binnen(plan, bladen)
    page.close()


def test_the_agenda_and_the_lists_work_with_the_keyboard_and_from_a_file(context: BrowserContext, site_dir: Path,
                                                                           tmp_path: Path) -> None:
    page = context.new_page()
    page.goto((site_dir / PAGE).as_uri())
    up = page.get_by_role("button", name="Werkblad Stimuleren omhoog")
    up.focus()
    assert page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle") == "solid"
    page.keyboard.press("Enter")
    order = page.locator(".vb-rij").evaluate_all("rows => rows.map(r => r.getAttribute('data-id'))")
    assert order.index("stimuleren") == order.index("pauze") - 1
    expect(up).to_be_focused()
    page.get_by_role("button", name="Pauze toevoegen").click()
    assert page.locator(".vb-rij--pauze").count() == 2
    page.get_by_role("button", name="Pauze verwijderen").last.click()
    assert page.locator(".vb-rij--pauze").count() == 1
    workbook = Workbook()
    workbook.active.append(["Organisatie", "E-mail"])
    for naam, contact in ORGANISATIES:
        workbook.active.append([naam, contact or None])
    workbook.save(tmp_path / "deelnemers.xlsx")
    page.locator("#vb-lijstbestand").set_input_files(tmp_path / "deelnemers.xlsx")
    expect(page.locator(".vb-status")).to_have_text("3 organisaties gelezen uit deelnemers.xlsx.")
    assert page.get_by_label("Organisaties", exact=True).input_value() == organisation_lines().rstrip("\n")
    page.locator("#vb-lijstbestand").set_input_files({"name": "lijst.pdf", "mimeType": "application/pdf",
                                                      "buffer": b"%PDF-1.7"})
    expect(page.locator(".vb-status")).to_contain_text("lijst.pdf: gebruik een tekstbestand (.txt)")
    page.close()


def test_a_saved_plan_opens_again_and_presenteren_hands_it_to_the_presentation(
        context: BrowserContext, site_url: str, from_the_page: dict, tmp_path: Path) -> None:
    saved = tmp_path / "sessie-plan.json"
    saved.write_bytes(from_the_page["files"]["sessie-plan.json"])
    page = context.new_page()
    page.goto(site_url + PAGE)
    page.locator("#vb-planbestand").set_input_files(saved)
    expect(page.locator(".vb-status")).to_have_text("Het sessieplan uit sessie-plan.json staat weer op de pagina.")
    assert page.evaluate("() => window.Doorstroom.planner.plan()") == json.loads(saved.read_text(encoding="utf-8"))
    page.get_by_role("button", name="Presenteren").click()
    page.wait_for_url("**/presenteren/index.html#agenda")
    stored = page.evaluate("() => sessionStorage.getItem('doorstroom:sessie-plan')")
    assert json.loads(stored) == json.loads(saved.read_text(encoding="utf-8"))
    page.close()


def test_the_session_page_shows_what_has_arrived_next_to_a_plan(context: BrowserContext, site_dir: Path,
                                                                 from_the_page: dict, tmp_path: Path) -> None:
    files = from_the_page["files"]
    plan = json.loads(files["sessie-plan.json"])
    (tmp_path / "sessie-plan.json").write_bytes(files["sessie-plan.json"])
    chosen = [tmp_path / "sessie-plan.json"]
    for blad in [b for b in plan["bladen"] if b["id"] == "stimuleren"][:2]:
        (tmp_path / "leeg.pdf").write_bytes(files[blad["bestand"]])
        target = tmp_path / Path(blad["bestand"]).name
        fill_pypdf(tmp_path / "leeg.pdf", target, {"voorrang__woonwens__al": "Voorrang 65+"}, regenerate=False)
        chosen.append(target)
    page = context.new_page()
    page.goto((site_dir / "sessie/index.html").as_uri())
    page.locator("#sessie-bestanden").set_input_files(chosen)
    expect(page.locator(".sessie")).to_have_attribute("data-versie", "1", timeout=30_000)
    report = page.frame(url="about:srcdoc")  # the report, as the CLI's sessie.html, with the section in it
    section = report.locator("section.binnen")
    expect(section).to_contain_text("Binnen volgens het sessieplan")
    expected = sum(bool(b["invullen"]) for b in plan["bladen"])
    expect(section).to_contain_text(f"2 van de {expected} verwachte bladen zijn binnen")
    expect(section).to_contain_text(f"Nog niet ontvangen van {ORGANISATIES[2][0]}: Werkblad Stimuleren")
    expect(section).to_contain_text("Nog niet ontvangen van Tafel Noord: Werkblad Ambities")
    status = page.locator(".sessie-status")  # the plan is no sheet: 2 sheets, and the plan read
    expect(status).to_contain_text("2 bladen van 1 werkblad")
    expect(status).to_contain_text("Met het sessieplan")
    page.close()


def test_on_a_phone_the_planner_fits_and_keeps_every_control(browser: Browser, site_dir: Path) -> None:
    context = browser.new_context(viewport=PHONE, locale="nl-NL")
    page = context.new_page()
    page.goto((site_dir / PAGE).as_uri())
    plan_on_the_page(page)
    assert page.evaluate("() => document.documentElement.scrollWidth") <= PHONE["width"]
    for control in page.locator(".vb input:not([hidden]), .vb select, .vb button").all():
        box = control.bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"] + 1, control
    outside = page.evaluate("""() => [...document.querySelectorAll('.vb fieldset')].flatMap(f => {
        const edge = f.getBoundingClientRect().right - parseFloat(getComputedStyle(f).paddingRight) + 1;
        return [...f.querySelectorAll('input:not([hidden]), select, textarea, button')]
          .filter(c => c.getBoundingClientRect().width && c.getBoundingClientRect().right > edge)
          .map(c => c.id || c.name || c.textContent.trim()); })""")
    assert outside == [], "controls over the edge of their block"
    context.close()
