"""A filled sheet reads the same in every viewer, whoever filled it (issue 18).

Stimuleren, Wat willen we monitoren? 3/3 and Hoe ziet u uw toekomst? are filled by eight fillers: pdftk,
pypdf (values only, and asking viewers to redraw), PyMuPDF, pdf.js (as Firefox saves a form), pdf-lib's
defaults (own appearances in Helvetica, as Acrobat-like tools), our browser download and our
``fill_pdf``. Each file is drawn by poppler, MuPDF, PDFium and pdf.js (vendored pdfjs-dist in chromium) at
150 dpi; tesseract (Dutch) reads every filled box, and at least 0.9 of the typed words must come back in
every filler x renderer pair; ticks are told apart from empty boxes by their pixels; no filler's text is
drawn under 7 pt; the appearance every viewer shows holds ‘ ’ “ ” – • € as those characters; the values
come back exactly.

Known limits (README "De PDF's"): PyMuPDF draws its tick in ZapfDingbats with a text encoding, which
poppler (Evince, Okular) shows as an empty box: that pair is checked to be exactly that, the value is
stored (the overview reads it). pypdf 7 wraps a text only when the field's size is automatic; our
fields have a fixed size, so pypdf draws each typed line on one line and cuts what runs past the box.
The sentence-like texts below are therefore checked for every filler but pypdf; for pypdf the test
proves the value is whole and read back by the overview.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pikepdf
import pytest
from playwright.sync_api import Browser, Page
from pypdf import PdfReader

from generator.pdf.fill import fill_pdf

from .helpers import run_cli
from .pdftools import FILLERS, Values, crop_widget, ink, missing_words, ocr, poppler, words
from .test_pdf_fonts import EMBEDDED, appearance_fonts
from .viewers import fill_in_browser, open_harness, pdfjs_render

DPI = 150
# Lists typed one item per line (every filler), and sentences a filler has to wrap (every filler but pypdf).
LISTS: dict[str, Values] = {
    "stimuleren": {
        "organisatie": "Woonstichting ‘De Voorbeeldhaven’",
        "passend-aanbod__huidige-woning__al": "Woonbehoefteonderzoek 55+\n• Kluspremie € 500\n• Voorinspectie",
        "op-weg-helpen__woonwens__al": "- Wooncoach “Verder”\n- Café-avond bibliotheek\n- Spreekuur één keer",
        "voorrang__nieuw-thuis__nog": "Welkomstbezoek\n– samen met de buurt\n– na één maand",
    },
    "monitoren-3": {
        "aantal-gesprekken__beschikbaar": True,
        "aantal-gesprekken__opnemen": False,
        "toewijzingen-voorrang__opnemen": True,
        "aantal-gesprekken__toelichting": "Klantsysteem van de coöperatie\n• € 35 per gesprek, per kwartaal",
        "interventie-x-gebruikt__toelichting": "Per jaar één keer “geteld”\n– door de gemeente ‘Lindewaard’",
    },
    "hoe-ziet-u-uw-toekomst": {
        "daginvulling": "• Tuinieren in de volkstuin\n• Vrijwilligerswerk bij de kerk\n• Oppassen op woensdag",
        "ontmoeten": "Koffieochtend ‘De Linde’\n– elke donderdag om tien uur",
        "lichamelijke-gezondheid": "Knieën zijn slecht\nMisschien een nieuwe knie",
        "financien": "Klein pensioen, huis afbetaald\n“Huren kost meer”, denk ik",
    },
}
SENTENCES: dict[str, Values] = {
    "stimuleren": {
        "ontzorgen__verhuizen__al": "Verhuisservice: inpakken, klussen en één dag hulp bij de verhuizing naar de "
                                     "nieuwe woning",
        "prijsprikkel__woningzoeken__nog": "Huurkorting in het eerste jaar voor wie een grote eengezinswoning "
                                            "achterlaat",
    },
    "monitoren-3": {
        "huishoudens-vergoeding__toelichting": "Registratie bij de corporatie; nog niet gekoppeld aan de verhuizingen "
                                               "van senioren in de gemeente",
    },
    "hoe-ziet-u-uw-toekomst": {
        "mentale-gezondheid": "Ik voel me goed, maar sinds mijn man overleed ben ik vaker alleen. Dat vind ik "
                              "moeilijk, vooral in de winter.",
        "wonen": "Het huis is te groot geworden en de trap wordt lastig. Ik wil graag in het dorp blijven wonen, "
                 "dicht bij mijn dochter.",
        "mobiliteit": "Ik fiets nog, maar autorijden doe ik niet meer in het donker. De bus rijdt maar één keer per "
                      "uur.",
    },
}
NO_WRAP = ("pypdf", "pypdf-regenereren")  # pypdf 7 does not wrap a fixed-size text (the known limit above)
BROWSER_FILLERS = {"pdfjs": "fillPdfjs", "pdflib-acrobatachtig": "fillPdfLib"}
ALL_FILLERS = [*FILLERS, *BROWSER_FILLERS, "browserdownload", "fill_pdf"]
RENDERERS = ["poppler", "mupdf", "pdfium", "pdfjs"]
REDRAWS = {"pypdf-regenereren"}  # asks viewers to draw the text themselves (NeedAppearances)
# PyMuPDF's tick is a ZapfDingbats character: poppler without that font leaves the box empty or draws a
# "3" in its place, depending on the PyMuPDF version (known limit: the value is kept and read back)
UNCERTAIN_TICK = {("pymupdf", "poppler")}


def values_for(sheet: str, filler: str) -> Values:
    return {**LISTS[sheet], **({} if filler in NO_WRAP else SENTENCES[sheet])}


@pytest.fixture(scope="module")
def tab(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(accept_downloads=True, locale="nl-NL", viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


def browser_download(tab: Page, site_dir: Path, werkblad: str, values: Values, target: Path) -> None:
    """Fill the sheet on its page of the site (from file://, as offline users do) and save the downloaded PDF."""
    tab.goto((site_dir / f"werkbladen/{werkblad}.html").as_uri())
    for name, value in values.items():
        field = tab.locator(f'form.ws-formulier [name="{name}"]')
        if isinstance(value, bool):
            field.set_checked(value)
        else:
            field.fill(value)
    with tab.expect_download() as event:
        tab.get_by_role("button", name="Download als ingevulde PDF").first.click()
    event.value.save_as(target)
    assert "kon niet" not in tab.locator(".ws-melding").inner_text()


@pytest.fixture(scope="module")
def filled(pdf_dir: Path, site_dir: Path, tab: Page, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Every sheet filled by every filler, once for the module: (sheet, filler) -> file."""
    out = tmp_path_factory.mktemp("gevuld")
    harness = open_harness(tab.context.new_page(), out)
    result = {}
    for sheet in LISTS:
        blank = pdf_dir / f"{sheet}.pdf"
        for filler in ALL_FILLERS:
            values, target = values_for(sheet, filler), out / f"{sheet}-{filler}.pdf"
            if filler in FILLERS:
                FILLERS[filler](blank, target, values)
            elif filler in BROWSER_FILLERS:
                fill_in_browser(harness, BROWSER_FILLERS[filler], blank, target, values)
            elif filler == "fill_pdf":
                target.write_bytes(fill_pdf(blank.read_bytes(), values))
            else:
                browser_download(tab, site_dir, sheet, values, target)
            result[(sheet, filler)] = target
    harness.close()
    return result


def boxes(pdf: Path) -> dict[str, tuple[int, tuple[float, float, float, float]]]:
    """Field name -> (page number from 1, widget rectangle, top-left origin) from the blank sheet."""
    import pymupdf

    with pymupdf.open(pdf) as document:
        return {w.field_name: (number + 1, tuple(w.rect)) for number, page in enumerate(document)
                for w in page.widgets()}


def render(renderer: str, pdf: Path, pages: list[int], folder: Path, tab: Page) -> dict[int, object]:
    if renderer == "pdfjs":
        return dict(zip(pages, pdfjs_render(tab, pdf, DPI, pages), strict=True))
    if renderer == "poppler":
        return {p: poppler(pdf, folder / f"p{p}.png", dpi=DPI, page=p) for p in pages}
    if renderer == "mupdf":
        return {p: mupdf_page(pdf, folder / f"m{p}.png", p) for p in pages}
    return {p: pdfium_page(pdf, p) for p in pages}


def mupdf_page(pdf: Path, out: Path, page: int):  # noqa: ANN201 - PIL image
    import subprocess

    from PIL import Image

    subprocess.run(["mutool", "draw", "-q", "-r", str(DPI), "-c", "gray", "-o", str(out), str(pdf), str(page)],
                   check=True, capture_output=True)
    return Image.open(out).convert("L")


def pdfium_page(pdf: Path, page: int):  # noqa: ANN201 - PIL image
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    document.init_forms()
    image = document[page - 1].render(scale=DPI / 72, may_draw_forms=True).to_pil().convert("L")
    document.close()
    return image


@pytest.fixture(scope="module")
def harness(tab: Page, tmp_path_factory: pytest.TempPathFactory) -> Page:
    return open_harness(tab.context.new_page(), tmp_path_factory.mktemp("harness"))


@pytest.mark.parametrize("renderer", RENDERERS)
def test_every_filler_is_legible_in_this_renderer(renderer: str, filled: dict, pdf_dir: Path, harness: Page,
                                                  tmp_path: Path) -> None:
    """One OCR pass per renderer over the boxes of all sheets and fillers: >= 0.9 of the words per pair."""
    crops, expected, ticks = [], [], []
    for sheet in LISTS:
        where = boxes(pdf_dir / f"{sheet}.pdf")
        for filler in ALL_FILLERS:
            values = values_for(sheet, filler)
            pages = sorted({where[name][0] for name in values})
            images = render(renderer, filled[(sheet, filler)], pages, tmp_path, harness)
            for name, value in values.items():
                page, rect = where[name]
                if isinstance(value, bool):
                    ticks.append((sheet, filler, name, value, ink(crop_widget(images[page], rect, DPI, inset=0.15))))
                else:
                    crops.append(crop_widget(images[page], rect, DPI))
                    expected.append((sheet, filler, name, value))
    read = ocr(crops)
    pairs: dict[tuple[str, str], list[int]] = {}
    for (sheet, filler, _name, value), seen in zip(expected, read, strict=True):
        counted = [w for w in words(value) if len(w) >= 3 or w == "€"]
        found = len(counted) - len(missing_words(value, seen))
        totals = pairs.setdefault((sheet, filler), [0, 0])
        totals[0] += found
        totals[1] += len(counted)
    shares = {pair: found / total for pair, (found, total) in pairs.items()}
    assert all(share >= 0.9 for share in shares.values()), {p: round(s, 2) for p, s in shares.items() if s < 0.9}
    for sheet, filler, name, value, share in ticks:
        if not value:
            assert share < 0.01, (renderer, sheet, filler, name, share)  # an unticked box stays empty
        elif (filler, renderer) not in UNCERTAIN_TICK:
            assert share > 0.08, (renderer, sheet, filler, name, share)


@pytest.mark.parametrize("filler", ALL_FILLERS)
def test_values_come_back_exactly_and_no_text_is_drawn_under_7_pt(filler: str, filled: dict) -> None:
    """The stored values are the typed text; each filler draws its own appearance at 7 pt or more and only
    pypdf asked to redraw leaves viewers to draw it themselves (then PDFium draws ‘ ’ “ ” – • wrong)."""
    for sheet in LISTS:
        pdf = filled[(sheet, filler)]
        fields = PdfReader(pdf).get_fields()
        for name, value in values_for(sheet, filler).items():
            stored = fields[name].get("/V")
            assert (stored not in (None, "/Off")) == value if isinstance(value, bool) else stored == value, name
        with pikepdf.open(pdf) as document:
            assert bool(document.Root.AcroForm.get("/NeedAppearances", False)) == (filler in REDRAWS), filler
            for name, size in appearance_sizes(document, values_for(sheet, filler)):
                assert size >= 7, (sheet, filler, name, size)
            if filler not in REDRAWS:
                assert_typographic_characters_drawn(pdf, values_for(sheet, filler), filler)
            if filler in ("browserdownload", "fill_pdf"):  # ours: drawn in the embedded Open Sans
                fonts = list(appearance_fonts(document))
                assert fonts and all("OpenSans" in str(f.BaseFont) for f in fonts), filler
                assert all(any(k in f.DescendantFonts[0].FontDescriptor for k in EMBEDDED) for f in fonts)


TYPOGRAPHIC = "‘’“”–•€éëïöü"


def assert_typographic_characters_drawn(pdf: Path, values: Values, filler: str) -> None:
    """The appearance every viewer shows encodes ‘ ’ “ ” – • € and the accents as those characters: the
    appearances burnt into the page (MuPDF's bake, as 'flatten' does) give them back as text."""
    import pymupdf

    with pymupdf.open(pdf) as document:
        document.bake()
        drawn = "".join(page.get_text() for page in document)
    wanted = {c for value in values.values() if isinstance(value, str) for c in value if c in TYPOGRAPHIC}
    assert wanted and wanted <= set(drawn), (filler, sorted(wanted - set(drawn)))


def appearance_sizes(document: pikepdf.Pdf, values: Values) -> Iterator[tuple[str, float]]:
    """(field, font size) of every Tf in the normal appearance of every filled text field."""
    for page in document.pages:
        for widget in page.obj.get("/Annots", []):
            name = str(widget.get("/T", widget.get("/Parent", {}).get("/T", "")))
            if not isinstance(values.get(name), str) or "/AP" not in widget:
                continue
            normal = widget.AP.N
            stream = normal if isinstance(normal, pikepdf.Stream) else next(iter(normal.values()))
            sizes = [float(s) for s in re.findall(rb"([\d.]+)\s+Tf", stream.read_bytes())]
            assert sizes, (name, "no text drawn")
            yield from ((name, size) for size in sizes)


def test_pypdf_cuts_a_long_line_on_paper_but_the_value_and_the_overview_keep_all_of_it(filled: dict,
                                                                                        pdf_dir: Path,
                                                                                        tmp_path: Path) -> None:
    """The known limit: pypdf's own appearance of a fixed-size field is one line per typed line."""
    values = {**LISTS["stimuleren"], **SENTENCES["stimuleren"]}
    target = tmp_path / "stimuleren-pypdf.pdf"
    FILLERS["pypdf"](pdf_dir / "stimuleren.pdf", target, values)
    out = tmp_path / "uit"
    result = run_cli("overzicht", str(target), "--out", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    overview = (out / "overzicht.json").read_text(encoding="utf-8")
    for text in SENTENCES["stimuleren"].values():
        assert text in overview



OUTSIDE_THE_FONT = "Ĳssel 🙂 中文 ✓"  # Ĳ is in the font; the rest is not


def test_characters_outside_the_font_never_stop_the_download(tab: Page, site_dir: Path, tmp_path: Path) -> None:
    values = {"organisatie": f"Gemeente {OUTSIDE_THE_FONT}", "voorrang__verhuizen__nog": f"Zeer\n{OUTSIDE_THE_FONT}"}
    browser_download(tab, site_dir, "stimuleren", values, tmp_path / "gevuld.pdf")
    fields = PdfReader(tmp_path / "gevuld.pdf").get_fields()
    assert {name: fields[name].get("/V") for name in values} == values
    ours = PdfReader(BytesIO(fill_pdf((site_dir / "pdf/stimuleren.pdf").read_bytes(), values))).get_fields()
    assert {name: ours[name].get("/V") for name in values} == values
