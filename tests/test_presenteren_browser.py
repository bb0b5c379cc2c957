"""The page "Presenteren" in Debian chromium, as a facilitator uses it in front of a room: every slide
(toolkit, agenda, overview) keeps all of its content on the screen at 1920 x 1080 and 1280 x 720, in type
that reads from the back (measured); keys, a click and the buttons move between slides, F and Esc work
full screen; the agenda follows a sessie-plan.json with a countdown per item (pause, +1 minute); the
overview shows every cell and every idea; bad files get a Dutch reason; axe finds nothing; no request
leaves the site, also from file://."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from generator.loader import ToolkitData
from generator.site.presenteren import dias

from .browser import RequestLog
from .helpers import ROOT
from .test_site_accessibility import AXE_JS

PAGE = "presenteren/index.html"
FIXTURES = ROOT / "tests/fixtures/presenteren"
PLAN = FIXTURES / "sessie-plan-regio.json"
LONG_PLAN = FIXTURES / "sessie-plan-lang.json"
EXAMPLE = ROOT / "examples/sessie-regio-lindewaard"
BEAMER = {"width": 1920, "height": 1080}
SMALL_BEAMER = {"width": 1280, "height": 720}
LEGIBLE = 22  # smallest type on a slide, in px of the 1920 x 1080 stage (a beamer's own pixels)

# Everything of the slide on screen: inside the window, above the bar and the source line, nothing cut off
# by its own box, and the smallest type (in stage pixels). Independent of the page's own fitting code.
MEASURE = """() => {
  const dia = document.querySelector(".pr-reeks .dia:not([hidden])");
  const bar = document.querySelector(".pr-balk").getBoundingClientRect();
  const bron = document.querySelector(".pr-bron").getBoundingClientRect();
  const scale = Number(getComputedStyle(document.getElementById("pr-deck")).getPropertyValue("--schaal"));
  const problems = [];
  let smallest = Infinity;
  if (dia.scrollHeight > dia.clientHeight + 1 || dia.scrollWidth > dia.clientWidth + 1) {
    problems.push("the slide scrolls");
  }
  for (const el of dia.querySelectorAll("*")) {
    const r = el.getBoundingClientRect();
    if (r.width <= 1 && r.height <= 1) { continue; }
    const name = el.tagName + "." + el.className + " " + (el.textContent || "").trim().slice(0, 40);
    if (r.left < -0.5 || r.top < -0.5 || r.right > innerWidth + 0.5 || r.bottom > bar.top + 0.5) {
      problems.push("outside the screen: " + name);
    }
    if (r.bottom > bron.top + 0.5 && r.top < bron.bottom && r.right > bron.left && r.left < bron.right) {
      problems.push("under the source line: " + name);
    }
    const style = getComputedStyle(el);
    if (style.overflowY !== "visible" && el.clientHeight > 1 && el.scrollHeight > el.clientHeight + 2) {
      problems.push("cut off: " + name);
    }
    if ((el.tagName === "TD" || el.tagName === "TH") && el.scrollWidth > el.clientWidth + 1) {
      problems.push("wider than its column: " + name);
    }
    const ownText = Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent.trim());
    if (ownText && style.visibility !== "hidden") { smallest = Math.min(smallest, parseFloat(style.fontSize)); }
  }
  return {label: dia.getAttribute("aria-label"), problems, smallest, scale,
          box: [bar.top, innerHeight, document.querySelector(".pr-podium").getBoundingClientRect().width]};
}"""


def big_overview() -> dict:
    """The example overview with many long ideas, so the fase slides must continue on more slides."""
    overzicht = json.loads((EXAMPLE / "verwacht-overzicht.json").read_text(encoding="utf-8"))
    for number, cel in enumerate(overzicht["cellen"]):
        cel["nog"] = cel["nog"] + [
            {"organisatie": "Stichting Wonen en Welzijn Noordoost-Heidehoven en omstreken",
             "tekst": f"Idee {number}.{i}: een lang idee met veel woorden, zodat het over meer regels loopt en "
                      "de dia vol raakt; met ‘aanhalingstekens’, € en een <b>tag</b> die tekst blijft."}
            for i in range(3)]
    overzicht["titel"] = "Sessie met veel ideeën"
    return overzicht


def ideas(overzicht: dict) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for cel in overzicht["cellen"]:
        found.setdefault(cel["fase"], set()).update(item["tekst"] for item in cel["nog"])
    return found


@pytest.fixture(scope="module")
def context(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context(viewport=BEAMER, locale="nl-NL")
    yield context
    context.close()


@pytest.fixture
def page(context: BrowserContext) -> Iterator[Page]:
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    yield tab
    tab.close()
    assert errors == []


def hand_over(page: Page, site_url: str, key: str, value: str, hash_: str) -> None:
    """What the planner and the session page do: the JSON in sessionStorage, then presenteren/#<hash>."""
    page.goto(site_url)
    page.evaluate("([key, value]) => sessionStorage.setItem(key, value)", [key, value])
    page.goto(f"{site_url}{PAGE}#{hash_}")
    expect(page.locator("#pr-deck")).to_be_visible()


def shown(page: Page) -> str:
    return page.locator(".pr-reeks .dia:not([hidden])").get_attribute("aria-label") or ""


def walk(page: Page) -> list[dict]:
    """Measure every slide of the open deck, from the first to the last."""
    page.keyboard.press("Home")
    total = int(page.locator(".pr-teller").text_content().rsplit(" ", 1)[1])
    measured = []
    for number in range(1, total + 1):
        expect(page.locator(".pr-teller")).to_have_text(f"Dia {number} van {total}")
        measured.append(page.evaluate(MEASURE))
        page.keyboard.press("ArrowRight")
    return measured


DECKS = {
    "toolkit": None,
    "agenda": ("doorstroom:sessie-plan", LONG_PLAN.read_text(encoding="utf-8"), "agenda"),
    "overzicht": ("doorstroom:overzicht", (EXAMPLE / "verwacht-sessie.json").read_text(encoding="utf-8"), "overzicht"),
    "veel-ideeen": ("doorstroom:overzicht", json.dumps(big_overview(), ensure_ascii=False), "overzicht"),
}


@pytest.mark.parametrize("screen", [BEAMER, SMALL_BEAMER], ids=["1920x1080", "1280x720"])
def test_every_slide_keeps_its_content_on_the_screen_in_legible_type(browser: Browser, site_url: str,
                                                                       screen: dict[str, int]) -> None:
    context = browser.new_context(viewport=screen, locale="nl-NL")
    page = context.new_page()
    counts = {}
    for deck, handover in DECKS.items():
        if handover:
            hand_over(page, site_url, *handover)
        else:
            page.goto(site_url + PAGE)
            page.get_by_role("button", name="Start de presentatie").click()
        measured = walk(page)
        counts[deck] = len(measured)
        for slide in measured:
            assert slide["problems"] == [], (deck, slide["label"], slide["problems"][:5])
            assert slide["smallest"] >= LEGIBLE, (deck, slide["label"], slide["smallest"])
            assert slide["scale"] == pytest.approx(screen["width"] / 1920), "the stage fills the screen"
    context.close()
    assert counts["toolkit"] == 16 and counts["agenda"] > 18 and counts["overzicht"] >= 1 + 5
    assert counts["veel-ideeen"] > counts["overzicht"], "long lists continue on more slides"


def test_the_whole_stimuleren_raster_is_on_one_beamer_slide(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}{PAGE}#stimuleren")
    slide = page.locator(".pr-reeks .dia:not([hidden])")
    expect(slide).to_have_attribute("data-dia", "stimuleren")
    rows = slide.locator("th.ws-raster__categorie")
    expect(rows).to_have_count(5)
    expect(slide.locator("thead th")).to_have_text(["Klantreis senior", "Huidige woning", "Woonwens", "Woningzoeken",
                                                   "Verhuizen", "Nieuw thuis!"])
    for index in range(5):
        expect(rows.nth(index)).to_be_in_viewport(ratio=1)
    boxes = slide.locator(".ws-antwoord--lang")
    expect(boxes).to_have_count(50)
    last = boxes.last.bounding_box()
    assert last and last["y"] + last["height"] <= page.locator(".pr-balk").bounding_box()["y"]
    assert last["height"] > 45 and last["width"] > 200, "room for the room to see what is asked"
    title = slide.locator(".ws-titel").bounding_box()
    on_top = page.evaluate("([x, y]) => document.elementFromPoint(x, y).closest('#pr-deck') !== null",
                           [title["x"] + 20, title["y"] + title["height"] / 2])
    assert on_top, "nothing of the page (such as 'Terug naar boven') covers the title"


def test_keys_click_and_buttons_move_between_slides(page: Page, site_url: str, toolkit: ToolkitData) -> None:
    slides = dias(toolkit)
    keys = [d.sleutel for d in slides]
    at = keys.index("stimuleren")
    page.goto(f"{site_url}{PAGE}#stimuleren")
    counter = page.locator(".pr-teller")
    expect(counter).to_have_text(f"Dia {at + 1} van {len(slides)}")
    steps = [("ArrowRight", 1), ("PageDown", 1), ("Space", 1), ("ArrowLeft", -1), ("PageUp", -1),
             ("Shift+Space", -1), ("ArrowDown", 1), ("ArrowUp", -1)]
    for key, step in steps:
        page.keyboard.press(key)
        at += step
        expect(counter).to_have_text(f"Dia {at + 1} van {len(slides)}")
        assert shown(page) == slides[at].titel
        assert page.evaluate("location.hash") == f"#{keys[at]}", "the address names the slide"
    page.locator(".pr-reeks").click(position={"x": 400, "y": 400})
    at += 1
    expect(counter).to_have_text(f"Dia {at + 1} van {len(slides)}")
    page.get_by_role("button", name="Vorige").click()
    expect(counter).to_have_text(f"Dia {at} van {len(slides)}")
    page.keyboard.press("End")
    expect(counter).to_have_text(f"Dia {len(slides)} van {len(slides)}")
    expect(page.get_by_role("button", name="Volgende")).to_be_disabled()
    page.keyboard.press("Home")
    expect(counter).to_have_text(f"Dia 1 van {len(slides)}")
    page.reload()
    expect(counter).to_have_text(f"Dia 1 van {len(slides)}")
    expect(page.locator(".pr-aankondiging")).to_have_text(f"Dia 1 van {len(slides)}: {slides[0].titel}")


def test_full_screen_with_f_and_the_button_esc_leaves_then_closes(page: Page, site_url: str) -> None:
    page.goto(site_url + PAGE)
    start = page.get_by_role("button", name="Start de presentatie")
    start.click()
    deck = page.locator("#pr-deck")
    expect(deck).to_be_visible()
    assert page.evaluate("document.querySelector('.md-container').inert"), "the page behind is inert"
    page.keyboard.press("f")
    expect(page.get_by_role("button", name="Volledig scherm uit")).to_be_visible()
    assert page.evaluate("document.fullscreenElement && document.fullscreenElement.id") == "pr-deck"
    page.keyboard.press("Escape")
    expect(page.get_by_role("button", name="Volledig scherm", exact=True)).to_be_visible()
    expect(deck).to_be_visible()
    page.get_by_role("button", name="Volledig scherm", exact=True).click()
    page.wait_for_function("document.fullscreenElement !== null")
    page.keyboard.press("F")
    page.wait_for_function("document.fullscreenElement === null")
    page.keyboard.press("Escape")
    expect(deck).to_be_hidden()
    assert page.evaluate("location.hash") == ""
    expect(start).to_be_focused()
    assert not page.evaluate("document.querySelector('.md-container').inert")


def test_every_werkblad_and_menukaart_page_presents_its_own_slide(page: Page, site_url: str, site_dir: Path,
                                                                  toolkit: ToolkitData) -> None:
    titles = {d.sleutel: d.titel for d in dias(toolkit)}
    targets = [(f"werkbladen/{w}.html", w) for w in toolkit.werkbladen] + \
              [(f"menukaarten/{m}.html", m) for m in toolkit.menukaarten]
    for path, item_id in targets:
        article = (site_dir / path).read_text(encoding="utf-8").split("<article", 1)[1].split("</article>", 1)[0]
        assert re.findall(r'<a[^>]*href="([^"]+)"[^>]*>Presenteren</a>', article) == [f"../{PAGE}#{item_id}"], path
    page.goto(site_url + "werkbladen/ambities.html")
    page.locator("article").get_by_role("link", name="Presenteren", exact=True).click()
    expect(page.locator("#pr-deck")).to_be_visible()
    assert shown(page) == titles["ambities"]
    for _path, item_id in targets:
        page.goto(f"{site_url}{PAGE}#{item_id}")
        expect(page.locator(".pr-reeks .dia:not([hidden])")).to_have_attribute("data-dia", item_id)


def test_the_agenda_follows_the_plan_with_a_countdown_per_item(browser: Browser, site_url: str,
                                                               toolkit: ToolkitData) -> None:
    plan = json.loads(PLAN.read_text(encoding="utf-8"))
    context = browser.new_context(viewport=BEAMER, locale="nl-NL")  # its own: the clock is the context's
    page = context.new_page()
    start = datetime(2025, 6, 12, 13, 0)
    page.clock.install(time=start)
    page.goto(site_url + PAGE)
    page.clock.pause_at(start + timedelta(seconds=30))  # time only moves when the test says so
    page.locator("#pr-plan").set_input_files(str(PLAN))
    expect(page.locator("#pr-deck")).to_be_visible()
    first = page.locator(".pr-reeks .dia:not([hidden])")
    expect(first).to_contain_text("donderdag 12 juni 2025 · 13:30–15:50 · Gemeentehuis Lindewaard, zaal De Linde")
    for item in plan["agenda"]:
        expect(first).to_contain_text(f"{item['begin']}–{item['eind']} {item['titel']}")
    clock = page.locator(".pr-klok")
    expect(clock).to_be_hidden()
    reading = page.get_by_role("timer")
    titles = {d.sleutel: d.titel for d in dias(toolkit)}
    for number, item in enumerate(plan["agenda"], start=2):
        page.keyboard.press("ArrowRight")
        expect(page.locator(".pr-teller")).to_have_text(f"Dia {number} van {len(plan['agenda']) + 1}")
        slide = page.locator(".pr-reeks .dia:not([hidden])")
        if item["id"] in titles:
            expect(slide).to_have_attribute("data-dia", item["id"])
        else:
            expect(slide.locator("h2")).to_have_text(item["titel"])
        if item["soort"] == "pauze":
            expect(slide).to_contain_text(f"We gaan verder om {item['eind']}.")
        expect(reading).to_have_text(f"{item['minuten']}:00")
        expect(clock).to_contain_text(f"{item['begin']}–{item['eind']} · {item['titel']}")
    page.keyboard.press("Home")
    page.keyboard.press("ArrowRight")  # Welkom en kennismaking, 15 minutes
    page.clock.run_for(60_000)
    expect(reading).to_have_text("14:00")
    page.keyboard.press("p")
    expect(page.get_by_role("button", name="Klok verder")).to_be_visible()
    page.clock.run_for(120_000)
    expect(reading).to_have_text("14:00")
    page.get_by_role("button", name="Klok verder").click()
    page.get_by_role("button", name="+1 minuut").click()
    expect(reading).to_have_text("15:00")
    page.keyboard.press("+")
    expect(reading).to_have_text("16:00")
    page.clock.run_for(16 * 60_000 + 5_000)
    expect(reading).to_have_text("+0:05")
    expect(clock).to_have_class(re.compile(r"\bpr-klok--om\b"))
    expect(page.locator(".pr-aankondiging")).to_have_text("De tijd voor ‘Welkom en kennismaking’ is om.")
    page.keyboard.press("ArrowRight")
    expect(reading).to_have_text("5:00")
    page.clock.run_for(30_000)
    page.keyboard.press("ArrowLeft")
    expect(reading).to_have_text("+0:05")  # the clock of an item waits while another item is on
    page.keyboard.press("ArrowRight")
    expect(reading).to_have_text("4:30")
    context.close()


def test_the_planner_hands_over_its_plan_in_session_storage(page: Page, site_url: str) -> None:
    hand_over(page, site_url, "doorstroom:sessie-plan", LONG_PLAN.read_text(encoding="utf-8"), "agenda")
    expect(page.locator(".pr-teller")).to_have_text("Dia 1 van 20")
    agenda = page.locator(".pr-reeks .dia--agenda")
    expect(agenda).to_have_count(2)  # 18 items do not fit one slide
    expect(agenda.nth(1).locator(".dia__boven")).to_have_text("Agenda (vervolg)")
    times = agenda.locator(".dia-agenda__tijd").all_text_contents()
    assert times[0] == "09:00–09:30" and times[-1] == "14:30–14:45" and len(times) == 18, "worked out from the minutes"
    page.keyboard.press("Escape")
    expect(page.get_by_role("button", name="Start de agenda")).to_be_visible()
    expect(page.locator("#pr-plan-melding")).to_contain_text("Agenda: Werkconferentie doorstroming")
    page.get_by_role("button", name="Start de agenda").click()
    expect(page.locator(".pr-teller")).to_have_text("Dia 1 van 20")


def test_the_overview_shows_every_cell_then_every_idea_per_fase(page: Page, site_url: str,
                                                                toolkit: ToolkitData) -> None:
    fasen = [f.naam for f in toolkit.vocabulaire.klantreis]
    categorieen = [f"{c.nummer} {c.naam}" for c in toolkit.vocabulaire.interventiecategorieen]
    for source, overzicht, title in (
        ("overzicht.json", json.loads((EXAMPLE / "verwacht-overzicht.json").read_text(encoding="utf-8")),
         "Klantreis-overzicht"),
        ("sessie-pagina", big_overview(), "Sessie met veel ideeën"),
    ):
        if source == "overzicht.json":
            page.goto(site_url + PAGE)
            page.locator("#pr-overzicht").set_input_files(str(EXAMPLE / "verwacht-overzicht.json"))
        else:
            hand_over(page, site_url, "doorstroom:overzicht", json.dumps(overzicht, ensure_ascii=False), "overzicht")
        matrix = page.locator(".pr-reeks .dia--matrix")
        expect(matrix).to_be_visible()
        expect(matrix.locator(".dia__boven")).to_have_text(title)
        expect(matrix.locator("thead th")).to_have_text(fasen)
        expect(matrix.locator("tbody th")).to_have_text(categorieen)
        cells = {(c["categorie"], c["fase"]): c for c in overzicht["cellen"]}
        vocabulaire = toolkit.vocabulaire
        order = [(c.id, f.id) for c in vocabulaire.interventiecategorieen for f in vocabulaire.klantreis]
        statuses = matrix.locator("td.dia-vak .dia-vak__status").all_text_contents()
        assert statuses == [cells[k]["status"].capitalize() for k in order]
        assert matrix.locator("td.dia-vak").evaluate_all("tds => tds.map(td => td.className.split('--')[1])") == \
            [cells[k]["status"] for k in order]
        for fase, expected in ideas(overzicht).items():
            name = toolkit.vocabulaire.fasen()[fase].naam
            slides = page.locator(".pr-reeks .dia--fase").filter(has=page.locator("h2", has_text=name))
            shown_ideas = slides.locator(".dia-ideeen li:not([data-kop])").evaluate_all(
                "lis => lis.map(li => li.firstChild.textContent.trim())")
            assert sorted(shown_ideas) == sorted(expected), name  # each idea once, none lost
        assert page.locator(".pr-reeks b").count() == 0, "participants' text stays text"


BAD = [
    ("pr-plan", "kapot.json", "{niet af", "kapot.json is geen sessie-plan: het is geen geldig JSON-bestand."),
    ("pr-plan", "overzicht.json", (EXAMPLE / "verwacht-overzicht.json").read_text(encoding="utf-8"),
     "overzicht.json is een overzicht, geen sessie-plan. Open het bij ‘Overzicht openen’."),
    ("pr-plan", "plan.json", json.dumps({"doorstroom": "sessie-plan", "versie": 1, "agenda": []}),
     "plan.json heeft geen agenda: er staan geen onderdelen in."),
    ("pr-plan", "plan.json", json.dumps({"doorstroom": "sessie-plan", "agenda": [
        {"soort": "werkblad", "id": "ambities", "titel": "Ambities", "minuten": "twintig"}]}),
     "plan.json, onderdeel 1 (‘Ambities’): het aantal minuten ontbreekt of is geen getal."),
    ("pr-plan", "plan.json", json.dumps({"doorstroom": "sessie-plan", "begintijd": "half twee", "agenda": [
        {"soort": "pauze", "minuten": 10}]}), "plan.json, begintijd: ‘half twee’ is geen tijd (zo: 13:30)."),
    ("pr-overzicht", "sessie-plan.json", PLAN.read_text(encoding="utf-8"),
     "sessie-plan.json is een sessie-plan, geen overzicht. Open het bij ‘Agenda openen’."),
    ("pr-overzicht", "sessie.json", json.dumps({"titel": "X", "werkbladen": {"ambities": {"type": "vragen"}}}),
     "In sessie.json staat geen werkblad Stimuleren, dus geen gatenoverzicht om te laten zien."),
    ("pr-overzicht", "iets.json", "[]", "iets.json is geen overzicht: er staat geen overzicht in."),
    ("pr-overzicht", "half.json", json.dumps({"cellen": []}),
     "half.json is geen volledig overzicht: het vak Passend aanbod, Huidige woning ontbreekt."),
]


@pytest.mark.parametrize("chooser, name, content, message", BAD, ids=[f"{b[0]}-{i}" for i, b in enumerate(BAD)])
def test_a_wrong_file_gets_a_dutch_reason_and_nothing_opens(page: Page, site_url: str, chooser: str, name: str,
                                                          content: str, message: str) -> None:
    page.goto(site_url + PAGE)
    page.locator(f"#{chooser}").set_input_files({"name": name, "mimeType": "application/json",
                                                  "buffer": content.encode("utf-8")})
    status = page.locator(f"#{chooser}-melding")
    expect(status).to_have_text(message)
    expect(status).to_have_class("pr-melding pr-melding--fout")
    expect(page.locator("#pr-deck")).to_be_hidden()


def test_nothing_handed_over_says_what_to_do(page: Page, site_url: str) -> None:
    for hash_, status, text in (("agenda", "#pr-plan-melding", "Er is geen agenda doorgegeven."),
                                ("overzicht", "#pr-overzicht-melding", "Er is geen overzicht doorgegeven.")):
        page.goto(f"{site_url}{PAGE}#{hash_}")
        expect(page.locator(status)).to_contain_text(text)
        expect(page.locator("#pr-deck")).to_be_hidden()


def test_axe_finds_nothing_while_presenting(context: BrowserContext, site_url: str) -> None:
    page = context.new_page()
    found = []

    def check(where: str) -> None:
        page.wait_for_function("document.getAnimations().length === 0")  # the slide has faded in
        page.add_script_tag(path=str(AXE_JS))
        # the page behind the deck is the site's own page, checked by test_site_accessibility
        result = page.evaluate("async () => await axe.run('#pr-deck', {resultTypes: ['violations']})")
        found.extend(f"{where}: {v['id']}: {[n['target'] for n in v['nodes']][:3]}" for v in result["violations"])

    for item_id in ("stimuleren", "sociaal"):  # a sheet, a menukaart
        page.goto(f"{site_url}{PAGE}#{item_id}")
        check(item_id)
    hand_over(page, site_url, "doorstroom:sessie-plan", PLAN.read_text(encoding="utf-8"), "agenda-2")
    check("agenda met klok")
    hand_over(page, site_url, "doorstroom:overzicht", (EXAMPLE / "verwacht-sessie.json").read_text(encoding="utf-8"),
              "overzicht")
    check("matrix")
    page.keyboard.press("ArrowRight")
    check("fase")
    page.close()
    assert found == []


def test_from_file_and_offline_nothing_goes_to_another_host(browser: Browser, site_dir: Path, site_url: str,
                                                              tmp_path: Path) -> None:
    sessie = copy.deepcopy(json.loads((EXAMPLE / "verwacht-sessie.json").read_text(encoding="utf-8")))
    (tmp_path / "sessie.json").write_text(json.dumps(sessie, ensure_ascii=False), encoding="utf-8")
    for base, host, offline in (((site_dir / PAGE).as_uri(), None, True), (site_url + PAGE, "127.0.0.1", False)):
        context = browser.new_context(viewport=SMALL_BEAMER, locale="nl-NL", offline=offline)
        page = context.new_page()
        log = RequestLog(page)
        page.goto(base)
        page.locator("#pr-plan").set_input_files(str(PLAN))
        expect(page.locator(".pr-teller")).to_have_text("Dia 1 van 9")
        page.keyboard.press("End")
        page.keyboard.press("Escape")
        page.locator("#pr-overzicht").set_input_files(str(tmp_path / "sessie.json"))
        expect(page.locator(".pr-reeks .dia--matrix .dia__boven")).to_have_text(sessie["titel"])
        page.keyboard.press("End")
        expect(page.locator(".pr-teller")).to_have_text("Dia 6 van 6")
        page.keyboard.press("Escape")
        page.reload()
        expect(page.get_by_role("button", name="Start het overzicht")).to_be_visible()  # kept for this tab
        assert log.foreign(host) == [], base
        context.close()


def test_site_search_does_not_send_readers_to_the_slides(site_dir: Path) -> None:
    index = json.loads((site_dir / "search/search_index.json").read_text(encoding="utf-8"))
    texts = " ".join(d["text"] for d in index["docs"] if d["location"].startswith("presenteren/"))
    assert "Klantreis senior" not in texts and "Woningbouwprogrammering" not in texts and "Klok pauzeren" not in texts
    assert "Opening: doel en resultaat" in texts, "the page itself is found"


def test_reduced_motion_shows_slides_without_animation(browser: Browser, site_url: str) -> None:
    for motion, animation in (("reduce", "none"), ("no-preference", "pr-verschijn")):
        context = browser.new_context(viewport=SMALL_BEAMER, reduced_motion=motion)
        page = context.new_page()
        page.goto(f"{site_url}{PAGE}#ambities")
        page.keyboard.press("ArrowRight")
        name = page.locator(".pr-reeks .dia:not([hidden])").evaluate("d => getComputedStyle(d).animationName")
        assert name == animation, motion
        context.close()
