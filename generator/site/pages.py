"""Toolkit -> website pages (Markdown) and navigation, as plain functions.

MkDocs gets these through a thin hooks file; ``doorstroom pages --out DIR`` writes the very same
pages to disk, so the site can move to another engine (Zensical runs no hooks).
"""

from __future__ import annotations

import base64
import json
import posixpath
import re
from dataclasses import dataclass

from ..fields import label_field
from ..loader import ToolkitData
from ..model import Instrument, MenuItem, Menukaart, Onderdeel, Onderwerp, Pagina, RasterBlad, Sectie, Werkblad
from ..pdf.render import BOOKLET, menukaart_filename, paper_filename
from ..sheet.render import render_sheet
from ..text import md_inline
from ..uitgave.publicatie import eerste_weergaven
from ..uitgave.verantwoording import wijzigingen_markdown
from . import presenteren, sessie, voorbereiden
from .figures import figure_html
from .pdfzip import PDF_ZIP
from .website import Website, disclaimer, website_info

HOME = "index.md"
HOME_TITLE = "Startpagina"  # in the navigation and the breadcrumbs
# Pages that other parts add when they exist; the home page links them only then.
SESSIE = "sessie/index.md"  # the session report in the browser
VOORBEREIDEN = "voorbereiden/index.md"  # planning a session (its page is added where it is made)
VOORBEELD = "voorbeeld/index.md"  # the example session (generator/site/example.py)
VOORBEELD_SESSIE = "voorbeeld/sessieverslag.md"  # its report (generator/site/example_session.py)
ORGANISEREN = "organiseren/index.md"  # the landing page of the navigation tab for running a session
ORGANISEREN_TITLE = "Een sessie organiseren"
# "Een sessie organiseren" on the home page: plan, present, combine, in that order (the pages that are built).
SESSION_STEPS = {
    VOORBEREIDEN: "Kies de werkbladen en de minuten per onderdeel. U krijgt een draaiboek, een uitnodiging en per "
                  "organisatie de werkbladen met de naam al ingevuld.",
    presenteren.PATH: "Laat tijdens de bijeenkomst de werkbladen en menukaarten groot op het scherm zien, met de "
                      "agenda en een klok per onderdeel.",
    SESSIE: "Zet alle ingevulde werkbladen van de sessie neer en krijg het verslag, het concept plan van aanpak "
            "en het monitorplan, zonder iets te installeren.",
}
AFTER_THE_SESSION = {
    VOORBEELD: "Zo ziet zo'n overzicht eruit, met verzonnen antwoorden van een regio.",
}


@dataclass(frozen=True)
class Page:
    """One generated page: where it goes, its title (for navigation) and its Markdown."""

    path: str
    title: str
    markdown: str


def onderwerp_path(onderwerp_id: str) -> str:
    return f"onderwerpen/{onderwerp_id}/index.md"


def werkblad_path(werkblad_id: str) -> str:
    return f"werkbladen/{werkblad_id}.md"


def menukaart_path(menukaart_id: str) -> str:
    return f"menukaarten/{menukaart_id}.md"


def instrument_path(instrument_id: str) -> str:
    return f"instrumenten/{instrument_id}.md"


BIJLAGE = "instrumenten/index.md"
WERKBLADEN = "werkbladen/index.md"  # every werkblad to download, with the ZIP of all fillable PDFs
WERKBLADEN_TITLE = "Alle werkbladen"
WERKBLADEN_TAB = "Werkbladen"
SESSIE_TAB = "Een sessie"  # plan, present, combine: the facilitator's pages, in that order


def page_of(data: ToolkitData, collection: str, item_id: str) -> str:
    """The page that shows a YAML file, by its collection in ``ToolkitData.sources`` (and 'bijlage')."""
    if collection == "paginas":
        return HOME if item_id in data.toolkit.start else pagina_path(item_id)
    paths = {"onderwerpen": onderwerp_path, "werkbladen": werkblad_path, "menukaarten": menukaart_path,
             "instrumenten": instrument_path}
    if collection in paths:
        return paths[collection](item_id)
    return BIJLAGE if collection == "bijlage" else HOME


def onderdeel_path(onderdeel: Onderdeel) -> str:
    """Page of an entry of an onderwerp: a werkblad or a menukaart."""
    return werkblad_path(onderdeel.werkblad) if onderdeel.werkblad else menukaart_path(onderdeel.menukaart or "")


def pagina_path(pagina_id: str) -> str:
    return f"over/{pagina_id}.md"


def pdf_location(filename_or_werkblad: str) -> str:
    """Where a PDF is built, relative to the site root: ``pdf/<werkblad-id>.pdf`` and others."""
    name = filename_or_werkblad if filename_or_werkblad.endswith(".pdf") else f"{filename_or_werkblad}.pdf"
    return f"pdf/{name}"


def pdf_script_location(filename: str) -> str:
    """The blank fillable PDF wrapped in a script (``pdf/<id>.pdf.js``) for the browser form."""
    return pdf_location(filename) + ".js"


def pdf_script(filename: str, content: bytes) -> str:
    """A script that hands the browser form the blank PDF: it loads from file:// too, a fetch would not."""
    key = json.dumps(filename.removesuffix(".pdf"))
    encoded = base64.b64encode(content).decode()
    return f'window.doorstroomPdf = window.doorstroomPdf || {{}};\nwindow.doorstroomPdf[{key}] = "{encoded}";\n'


# Which paper to print on (issue 18): both give every box three handwritten lines; A3 gives more.
PAPER_ADVICE = ("Schrijft u met de hand? Kies dan A3 als uw printer dat kan: alles is 1,4 keer zo groot. Ook op A4 "
                "heeft elk vak ruimte voor drie regels handschrift. Staat een werkblad op twee pagina's (zoals "
                "Stimuleren: 'doen we al' en 'kunnen we nog doen'), druk het dan dubbelzijdig af.")


def _download(source: str, pdf: str, label: str, note: str) -> str:
    """A download button (a Markdown link, so ``mkdocs build --strict`` checks that the PDF exists).

    Left out of the search index: the same words on every page would fill the result snippets."""
    return (f"[{label}]({link(source, pdf)}){{ .md-button .md-button--primary }} {note}\n"
            f'{{ .ws-download data-search-exclude="" }}')


def _present(source: str, item_id: str, note: str) -> str:
    """The link to this werkblad's or menukaart's slide on the page "Presenteren"."""
    return f"[Presenteren]({link(source, presenteren.address(item_id))}){{ .md-button }} {note}\n{{ .ws-download }}"


def link(source: str, target: str) -> str:
    """Relative link from one page's Markdown file to another file in the site."""
    return posixpath.relpath(target, posixpath.dirname(source) or ".")


def onderwerp_title(onderwerp: Onderwerp) -> str:
    return f"{onderwerp.nummer}. {onderwerp.titel}"


def werkblad_title(werkblad: Werkblad) -> str:
    """As the toolkit calls it: 'Werkblad Ambities', 'Praatplaat Hoe ziet u uw toekomst?'."""
    return f"{werkblad.soort.capitalize()} {werkblad.titel}"


def menukaart_title(menukaart: Menukaart) -> str:
    return f"Praatplaat {menukaart.titel}"


def _one_line(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _list(items: list[str], numbered: bool = False) -> str:
    lines = []
    for number, item in enumerate(items, start=1):
        bullet = f"{number}." if numbered else "-"
        first, *rest = item.strip().split("\n")
        lines.append(f"{bullet} {first}")
        lines += [f"    {line}" if line.strip() else "" for line in rest]
    return "\n".join(lines)


@dataclass(frozen=True)
class Citaat:
    """How a section in which the publisher speaks is shown: its source, and this website's own contact."""

    bron: str
    contact: str  # Markdown: how to reach this website's maintainer (or that none is set)


def _secties(secties: list[Sectie], level: int, fill: dict[str, str] | None = None,
             citaat: Citaat | None = None) -> str:
    """Sections as Markdown; consecutive ``citaat`` sections go together into one quotation (:func:`_quote`)."""
    parts: list[str] = []
    quoted: list[str] = []
    for sectie in secties:
        block = _sectie(sectie, level, fill)
        if sectie.citaat and citaat:
            quoted.append(block)
            continue
        if quoted and citaat:
            parts.append(_quote(quoted, citaat))
            quoted = []
        parts.append(block)
    if quoted and citaat:
        parts.append(_quote(quoted, citaat))
    return "\n\n".join(p for p in parts if p)


def _sectie(sectie: Sectie, level: int, fill: dict[str, str] | None) -> str:
    parts = []
    if sectie.kop:
        parts.append(f"{'#' * level} {sectie.kop}")
    if sectie.tekst:
        parts.append(_fill(sectie.tekst.strip(), fill))
    if sectie.lijst:
        parts.append(_list([_fill(item, fill) for item in sectie.lijst], sectie.genummerd))
    if sectie.figuur:
        parts.append(figure_html(sectie.figuur))
    return "\n\n".join(parts)


def _quote(blocks: list[str], citaat: Citaat) -> str:
    """The publisher's own words as a marked quotation with its source.

    Where the publisher asks readers to write to it, this website's own contact comes first, so that
    nobody mails the publisher about this website.
    """
    body = "\n\n".join(blocks)
    lead = _eigen(f"**Vragen over deze website?** {citaat.contact[:1].upper()}{citaat.contact[1:]}. Het citaat "
                  "hieronder komt uit de uitgave zelf: ‘wij’ en ‘ons’ zijn daar de makers van de toolkit, niet "
                  "deze website.") if "mailto:" in body else ""
    quote = (f'<figure class="ds-citaat" markdown>\n<figcaption>Citaat uit de uitgave. {citaat.bron}</figcaption>\n'
             f'<blockquote markdown>\n\n{body}\n\n</blockquote>\n</figure>')
    return "\n\n".join(b for b in (lead, quote) if b)


def _fill(text: str, fill: dict[str, str] | None) -> str:
    """Our own pages name the maintainer etc. as ``{beheerder}``; the toolkit's text has no such words.

    A value that starts a sentence starts with a capital ("{beheerder} wil dat ...").
    """
    for key, value in (fill or {}).items():
        text = re.sub(re.escape("{" + key + "}"), lambda m, v=value, t=text: _placed(v, t[:m.start()]), text)
    return text


def _placed(value: str, before: str) -> str:
    starts = not before.strip() or before.rstrip().endswith((".", "!", "?"))
    return value[:1].upper() + value[1:] if starts else value


def _join(*blocks: str) -> str:
    return "\n\n".join(b.strip() for b in blocks if b and b.strip()) + "\n"


def _eigen(*blocks: str, search: bool = True) -> str:
    """Text of this website (not of the toolkit), set apart so it never reads as a quotation.

    ``search=False``: navigation words that every page repeats stay out of the search index."""
    exclude = "" if search else " data-search-exclude"
    return f'<div class="ds-eigen"{exclude} markdown>\n\n{_join(*blocks)}\n</div>'


def _summary(item: Werkblad | Menukaart) -> str:
    return _one_line(item.samenvatting or item.vraag or "")


def onderdeel_link(data: ToolkitData, source: str, onderdeel: Onderdeel) -> str:
    """'[Werkblad Ambities](../../werkbladen/ambities.md): one line about it' for lists of onderdelen.

    The line is ours (``samenvatting``), so every list of these links sits in a ``.ds-eigen`` card."""
    item: Werkblad | Menukaart
    if onderdeel.werkblad:
        item = data.werkbladen[onderdeel.werkblad]
        title = werkblad_title(item)
    else:
        item = data.menukaarten[onderdeel.menukaart or ""]
        title = menukaart_title(item)
    return f"[{title}]({link(source, onderdeel_path(onderdeel))}): {_summary(item)}"


def home_page(data: ToolkitData, titles: dict[str, str], website: Website) -> Page:
    """The publication's opening pages, with 'Aan de slag' (the route) first."""
    toolkit = data.toolkit
    citaat = _citaat(data, website)
    start = [data.paginas[p] for p in toolkit.start]
    blocks = [f"# {toolkit.titel}", f"*{toolkit.ondertitel}*, {toolkit.uitgever} ({toolkit.jaar})",
              "## Aan de slag", _aan_de_slag(data, titles)]
    for pagina in start:
        blocks.append(f"## {pagina.titel}")
        if pagina is start[-1]:  # "Hoe deze toolkit te gebruiken?": the table follows its first paragraph
            blocks += [_secties(pagina.secties[:1], 3, citaat=citaat), _onderwerpen_table(data),
                       _secties(pagina.secties[1:], 3, citaat=citaat)]
        else:
            blocks.append(_secties(pagina.secties, 3, citaat=citaat))
    blocks.append(_eigen(f"Zoekt u een instrument? Bekijk de [{toolkit.bijlage.titel}]({link(HOME, BIJLAGE)})."))
    blocks.append(_download(HOME, pdf_location(BOOKLET), "Download alle werkbladen en menukaarten als PDF",
                            "om een hele set af te drukken"))
    blocks.append(_eigen(f"Liever elk werkblad apart, om in te vullen? [{WERKBLADEN_TITLE}]({link(HOME, WERKBLADEN)}): "
                         "per werkblad een PDF op A4 en op A3, en alles samen in één ZIP."))
    return Page(HOME, HOME_TITLE, _join(*blocks))


def _onderwerpen_table(data: ToolkitData) -> str:
    rows = ["| Onderwerp | Doel | Bedoeld voor |", "| --- | --- | --- |"]
    for onderwerp in data.onderwerpen.values():
        target = link(HOME, onderwerp_path(onderwerp.id))
        rows.append(f"| [{onderwerp_title(onderwerp)}]({target}) | {_one_line(onderwerp.doel)} | "
                    f"{_one_line(onderwerp.bedoeld_voor)} |")
    return "\n".join(rows)


def _aan_de_slag(data: ToolkitData, titles: dict[str, str]) -> str:
    """Per onderwerp its werkbladen and praatplaten, one line each; then what comes after a session."""
    cards = []
    for onderwerp in data.onderwerpen.values():
        items = [onderdeel_link(data, HOME, o) for o in onderwerp.onderdelen]
        cards.append(_card(f"[{onderwerp_title(onderwerp)}]({link(HOME, onderwerp_path(onderwerp.id))})",
                           _list(items)))
    intro = ("Kies een werkblad of praatplaat. U kunt elk werkblad op deze website invullen, of als PDF "
             "downloaden en afdrukken. Organiseert u een bijeenkomst met meer organisaties? Begin dan bij "
             "‘Een sessie organiseren’.")
    return "\n\n".join([_eigen(intro), '<div class="ds-aandeslag" markdown>', _session_card(titles), *cards,
                          "</div>"])


def _session_steps(titles: dict[str, str], source: str) -> str:
    """Plan, present, combine: each step one link away, numbered in the order of a session; the example
    session under the last step. Only the pages that are built (``titles``)."""
    def line(path: str, text: str) -> str:
        return f"[{titles[path]}]({link(source, path)}): {text}"

    steps = [line(path, text) for path, text in SESSION_STEPS.items() if path in titles]
    after = [line(path, text) for path, text in AFTER_THE_SESSION.items() if path in titles]
    if after:
        steps[-1] += "\n" + _list(after)
    return _list(steps, numbered=True)


def _session_card(titles: dict[str, str]) -> str:
    return _card(ORGANISEREN_TITLE, _session_steps(titles, HOME))


def organiseren_page(titles: dict[str, str]) -> Page:
    """The landing page of the tab 'Een sessie': the same three steps as on the home page."""
    intro = ("Met deze toolkit organiseert u een bijeenkomst met gemeenten, woningcorporaties en hun partners. "
             "Deze website helpt bij elke stap: eerst voorbereiden, dan presenteren tijdens de bijeenkomst, en "
             "daarna alle ingevulde werkbladen samenvoegen tot een verslag en een plan van aanpak. Er wordt "
             "niets verstuurd: alles gebeurt op uw eigen computer.")
    return Page(ORGANISEREN, ORGANISEREN_TITLE, _join(f"# {ORGANISEREN_TITLE}", _eigen(intro),
                                                       _card_list(_session_steps(titles, ORGANISEREN))))


def _card(heading: str, content: str) -> str:
    """A card of our own route through the toolkit (its lines are ours: framed as ``.ds-eigen``)."""
    return f'<div class="ds-kaart ds-eigen" markdown>\n\n### {heading}\n\n{content}\n\n</div>'


def onderwerp_page(data: ToolkitData, onderwerp: Onderwerp) -> Page:
    path = onderwerp_path(onderwerp.id)
    facts = "\n\n".join(f"{label}\n:   {_one_line(text)}" for label, text in (
        ("Doel", onderwerp.doel), ("Doelgroep", onderwerp.doelgroep), ("Vraagstuk", onderwerp.vraagstuk),
        ("Te bereiken resultaat", onderwerp.resultaat)))
    items = [onderdeel_link(data, path, o) for o in onderwerp.onderdelen]
    title = onderwerp_title(onderwerp)
    return Page(path, title, _join(
        f"# {title}",
        "## Werkbladen en praatplaten", _card_list(_list(items, numbered=True)),
        facts,
        "## Inhoud", _secties(onderwerp.inhoud, 3),
        "## Aanpak", _secties(onderwerp.aanpak, 3),
    ))


def _card_list(content: str) -> str:
    return f'<div class="ds-kaart ds-kaart--breed ds-eigen" markdown>\n\n{content}\n\n</div>'


SOORT_WORDS = {"werkblad": ("dit werkblad", "Het werkblad"), "praatplaat": ("deze praatplaat", "De praatplaat")}


def werkblad_page(data: ToolkitData, werkblad: Werkblad) -> Page:
    path = werkblad_path(werkblad.id)
    onderwerp = data.onderwerpen[werkblad.onderwerp]
    orientation = "liggend" if werkblad.liggend else "staand"
    title = werkblad_title(werkblad)
    this, the = SOORT_WORDS[werkblad.soort]
    menukaarten = _menukaarten_for(data, werkblad)
    blocks = [
        "---\nhide:\n  - toc\nsearch:\n  boost: 2\n---",  # the sheet needs the toc's width; own title first
        f"# {title}",
        _eigen(f"Onderdeel van [{onderwerp_title(onderwerp)}]({link(path, onderwerp_path(onderwerp.id))}).",
               search=False),
        _download(path, pdf_location(werkblad.id), f"Download {the.lower()} als PDF",
                  f"A4 {orientation}, om af te drukken of op de computer in te vullen"),
        _download(path, pdf_location(paper_filename(f"{werkblad.id}.pdf", "a3")), f"Download {the.lower()} op A3",
                  f"{orientation}: meer ruimte om met de hand te schrijven"),
        _eigen(PAPER_ADVICE),
        _present(path, werkblad.id, f"{this} groot op het scherm, voor de hele zaal"),
        _menukaarten_route(path, menukaarten),
        f"## Zo gebruikt u {this}",
        werkblad.gebruik,
        f"## {the} invullen",
        _form(data, werkblad, _categorie_links(path, menukaarten)),
        _sessie_link(path) if werkblad.id == sessie.WERKBLAD else "",
        _uitleg(werkblad),
    ]
    return Page(path, title, _join(*blocks))


def _menukaarten_for(data: ToolkitData, werkblad: Werkblad) -> list[Menukaart]:
    """Menukaarten that prepare a sheet: those with rows for the interventiecategorieen it asks about."""
    blad = werkblad.blad
    if not isinstance(blad, RasterBlad):
        return []
    return [m for m in data.menukaarten.values() if {r.categorie for r in m.categorieen} & set(blad.rijen)]


def _menukaarten_route(path: str, menukaarten: list[Menukaart]) -> str:
    if not menukaarten:
        return ""
    items = [f"[{menukaart_title(m)}]({link(path, menukaart_path(m.id))}): {_summary(m)}" for m in menukaarten]
    return _eigen(
        "**Eerst een menukaart.** Bekijk voor het invullen de menukaart die past bij het doel van de "
        "bijeenkomst:",
        _list(items),
        "Gaat de bijeenkomst over beide? Gebruik dan beide. In het werkblad hieronder leidt elke "
        "interventiecategorie naar haar rij op de menukaarten.",
    )


def _categorie_links(path: str, menukaarten: list[Menukaart]) -> dict[str, list[tuple[str, str]]]:
    """Interventiecategorie -> (menukaart, address of its row) for the row headings of a raster sheet."""
    links: dict[str, list[tuple[str, str]]] = {}
    for menukaart in menukaarten:
        for rij in menukaart.categorieen:
            links.setdefault(rij.categorie, []).append(
                (menukaart.id, f"{link(path, menukaart_url(menukaart.id))}#{rij.categorie}"))
    return links


def menukaart_url(menukaart_id: str) -> str:
    """Address of a menukaart page in the built site (raw HTML links are not rewritten by MkDocs)."""
    return menukaart_path(menukaart_id).removesuffix(".md") + ".html"


FORM_INTRO = {
    "werkblad": (
        "U kunt dit werkblad hier invullen. **Waar blijven uw antwoorden?** Alleen in deze browser, op dit "
        "apparaat. Er wordt niets verstuurd. De browser bewaart uw antwoorden terwijl u typt, ook als u de "
        "pagina sluit, tot u op ‘Leegmaken’ of ‘Vergeet alles op dit apparaat’ klikt. Gebruiken anderen deze "
        "computer ook? Klik dan als u klaar bent op ‘Vergeet alles op dit apparaat’. Klaar met invullen? Sla "
        "uw antwoorden op als bestand of als ingevulde PDF en geef dat aan de begeleider."
    ),
    "praatplaat": (
        "Deze praatplaat gaat over persoonlijke zaken, zoals gezondheid, familie en geld. **Waar blijven de "
        "antwoorden?** Alleen in dit tabblad van deze browser. Er wordt niets verstuurd. Sluit u het tabblad, "
        "dan zijn de antwoorden weg. Wilt u ze bewaren? Sla ze op als bestand of als PDF, of kies ‘Bewaar de "
        "antwoorden op dit apparaat’. Doe dat alleen op een apparaat dat niemand anders gebruikt."
    ),
}
KEEP_LABEL = "Bewaar de antwoorden op dit apparaat, ook als het tabblad dicht is"


def _form(data: ToolkitData, werkblad: Werkblad, categorie_links: dict[str, list[tuple[str, str]]]) -> str:
    """The sheet as a form (same fields and names as the PDF) with the buttons that work on it.

    Werkbladen keep answers on this device (localStorage); praatplaten, filled in with a senior, only for
    the open tab (sessionStorage) unless the user ticks the box to keep them.
    """
    private = werkblad.soort == "praatplaat"
    storage = "tabblad" if private else "apparaat"
    keep = ('<p class="ws-bewaren"><input type="checkbox" id="ws-bewaren">'
            f'<label for="ws-bewaren">{KEEP_LABEL}</label></p>') if private else ""
    intro = md_inline(FORM_INTRO[werkblad.soort])
    labelveld = label_field(werkblad)
    return "\n".join(line for line in [
        f'<form class="ws-formulier" data-werkblad="{werkblad.id}" data-bewaren="{storage}" '
        f'data-labelveld="{labelveld.naam if labelveld else ""}" autocomplete="off" novalidate>',
        f'<p class="ws-privacy ds-eigen" data-search-exclude>{intro}</p>',
        keep,
        _buttons(FORM_BUTTONS),
        '<p class="ws-bewaard" data-search-exclude></p>',
        '<label class="md-visually-hidden" for="ws-bestand" data-search-exclude>'
        'Kies een opgeslagen antwoordbestand (.json)</label>',
        '<input type="file" id="ws-bestand" class="ws-bestandkiezer" accept=".json,application/json" hidden>',
        '<p class="ws-melding" role="status" aria-live="polite"></p>',
        str(render_sheet(data, werkblad.id, "form", categorie_links=categorie_links)),
        # Below the sheet too: on a phone the buttons above are screens away once the sheet is filled.
        '<div class="ws-onder" data-search-exclude>',
        '<p class="ws-melding-kopie" aria-hidden="true"></p>',
        _buttons(FORM_BUTTONS_BELOW, "Opslaan, downloaden of afdrukken"),
        '<p class="ws-bewaard"></p>',
        "</div>",
        "</form>",
    ] if line)


FORM_BUTTONS = (("opslaan", "Opslaan als bestand"), ("openen", "Bestand openen"),
                ("pdf", "Download als ingevulde PDF"), ("afdrukken", "Afdrukken"),
                ("leegmaken", "Leegmaken"), ("vergeet-alles", "Vergeet alles op dit apparaat"))
FORM_BUTTONS_BELOW = FORM_BUTTONS[:1] + FORM_BUTTONS[2:4]


def _buttons(buttons: tuple[tuple[str, str], ...], label: str = "") -> str:
    aria = f' role="group" aria-label="{label}"' if label else ""
    return f'<div class="ws-knoppen" data-search-exclude{aria}>' + "\n".join(
        f'<button type="button" class="md-button" data-actie="{action}">{text}</button>'
        for action, text in buttons) + "</div>"


def _sessie_link(source: str) -> str:
    """A pointer for the screen (on paper it would sit alone on the page after the sheet)."""
    return (f"Alle ingevulde bladen van een sessie samen? [{sessie.TITLE}]({link(source, sessie.PATH)}): "
            "zet ze neer (ook de andere werkbladen, of een ZIP-bestand) en u krijgt het verslag, met het "
            "klantreis-gatenoverzicht: waar in de klantreis doet nog niemand iets?\n{ .ds-alleen-scherm }")


def sessie_page(data: ToolkitData, paths: frozenset[str] = frozenset()) -> Page:
    """The session report made in the browser (generator/site/sessie.py); ``paths``: every page of the site,
    so that it links the example and the presentation page only when they are built."""
    voorbeeld = link(sessie.PATH, VOORBEELD_SESSIE) if VOORBEELD_SESSIE in paths else None
    return Page(sessie.PATH, sessie.TITLE, sessie.page_markdown(data, paths, voorbeeld))


def presenteren_page(data: ToolkitData, built: set[str]) -> Page:
    """The slides (generator/site/presenteren.py); it names the planner and the session page when they are built."""
    links = {name: link(presenteren.PATH, path) for name, path in (("voorbereiden", VOORBEREIDEN), ("sessie", SESSIE))
             if path in built}
    return Page(presenteren.PATH, presenteren.TITLE, presenteren.page_markdown(data, links))


def _uitleg(werkblad: Werkblad) -> str:
    """Explanations printed in the toolkit next to the sheet (per question or indicator), under their own
    labels: the explanation may name an item otherwise than the sheet does (``uitleg_kop``)."""
    blad = werkblad.blad
    parts: list[str] = []
    for vraag in getattr(blad, "vragen", []):
        if vraag.uitleg:
            parts += [f"### {vraag.uitleg_kop or vraag.tekst}", vraag.uitleg]
    for groep in getattr(blad, "groepen", []):
        explained = [i for i in groep.indicatoren if i.uitleg]
        if groep.uitleg or explained:
            parts.append(f"### {groep.uitleg_kop or groep.naam}")
        if groep.uitleg:
            parts.append(groep.uitleg)
        for ind in explained:
            parts += [f"**{ind.uitleg_kop or ind.tekst}**", ind.uitleg or ""]
    if not parts:
        return ""
    heading = "Toelichting bij de indicatoren" if hasattr(blad, "groepen") else "Toelichting bij de vragen"
    return _join(f"## {heading}", *parts)


def menukaart_page(data: ToolkitData, menukaart: Menukaart) -> Page:
    path = menukaart_path(menukaart.id)
    onderwerp = data.onderwerpen[menukaart.onderwerp]
    prepares = [w for w in data.werkbladen.values() if menukaart in _menukaarten_for(data, w)]
    route = f"Deze praatplaat hoort bij [{onderwerp_title(onderwerp)}]({link(path, onderwerp_path(onderwerp.id))})"
    if prepares:
        sheets = " en ".join(f"[{werkblad_title(w)}]({link(path, werkblad_path(w.id))})" for w in prepares)
        route += f" en bereidt {sheets} voor"
    blocks = [
        "---\nsearch:\n  boost: 2\n---",  # a praatplaat, found as readily as the werkbladen
        f"# {menukaart.titel}",
        _download(path, pdf_location(menukaart_filename(menukaart.id)), "Download de menukaart als PDF",
                  "A4 liggend, om af te drukken"),
        _present(path, menukaart.id, "de menukaart groot op het scherm, voor de hele zaal"),
        _eigen(route + "."),
        f"**{menukaart.vraag}**",
        menukaart.gebruik,
    ]
    categorieen = data.vocabulaire.categorieen()
    for rij in menukaart.categorieen:
        categorie = categorieen[rij.categorie]
        items = []
        for item in rij.instrumenten:
            line = f"[{item.tekst}]({link(path, instrument_path(item.instrument))})"
            if item.onderdelen:
                line += "\n" + "\n".join(f"- {o}" for o in item.onderdelen)
            items.append(line)
        blocks += [f"## {categorie.nummer} {rij.naam or categorie.naam} {{ #{rij.categorie} }}",
                   f"**Doel:** {rij.doel}", f"{menukaart.kolomkop}:", _list(items),
                   _instrumenten_line(data, path, rij.instrumenten)]
    return Page(path, menukaart.titel, _join(*blocks))


def _instrumenten_line(data: ToolkitData, path: str, items: list[MenuItem]) -> str:
    """The instruments of a menukaart row by their own names ("Wooncoach / seniorenmakelaar"): the row's
    items are worded differently, so this line also makes the row findable by the instrument's name."""
    ids = list(dict.fromkeys(item.instrument for item in items))
    names = ", ".join(f"[{data.instrumenten[i].titel}]({link(path, instrument_path(i))})" for i in ids)
    return _eigen(f"Uitgewerkt in de bijlage: {names}.")


def instrument_page(data: ToolkitData, instrument: Instrument) -> Page:
    path = instrument_path(instrument.id)
    used = []
    for menukaart in data.menukaarten.values():
        for rij in menukaart.categorieen:
            for item in rij.instrumenten:
                if item.instrument == instrument.id:
                    naam = rij.naam or data.vocabulaire.categorieen()[rij.categorie].naam
                    used.append(f"[{menukaart.titel}]({link(path, menukaart_path(menukaart.id))}#{rij.categorie}), "
                                f"{naam}: {item.tekst}")
    blocks = [
        f"# {instrument.titel}",
        "## Algemene beschrijving", instrument.algemene_beschrijving,
        "## Uitwerking in de sociale sector", instrument.sociale_sector,
        "## Uitwerking in de particuliere sector", instrument.particuliere_sector,
        "## Geleerde lessen", _list(instrument.geleerde_lessen),
    ]
    if instrument.voetnoten:
        blocks += ["## Voetnoten", _list(instrument.voetnoten, numbered=True)]
    if used:
        blocks += ["## Op de menukaarten", _eigen("Dit instrument staat op de menukaarten bij:", _list(used))]
    return Page(path, instrument.titel, _join(*blocks))


def werkbladen_page(data: ToolkitData) -> Page:
    """Every werkblad and menukaart to download, and one ZIP of all fillable PDFs (A4 and A3)."""
    path = WERKBLADEN
    rows = ["| Werkblad of praatplaat | Onderwerp | A4 | A3 |", "| --- | --- | --- | --- |"]
    for onderwerp in data.onderwerpen.values():
        for onderdeel in onderwerp.onderdelen:
            if onderdeel.werkblad:
                item = data.werkbladen[onderdeel.werkblad]
                a4, a3 = f"{item.id}.pdf", paper_filename(f"{item.id}.pdf", "a3")
                title, a3_link = werkblad_title(item), f"[PDF]({link(path, pdf_location(a3))})"
            else:
                menukaart = data.menukaarten[onderdeel.menukaart or ""]
                a4, title, a3_link = menukaart_filename(menukaart.id), menukaart_title(menukaart), "-"
            rows.append(f"| [{title}]({link(path, onderdeel_path(onderdeel))}) | {onderwerp_title(onderwerp)} | "
                        f"[PDF]({link(path, pdf_location(a4))}) | {a3_link} |")
    return Page(path, WERKBLADEN_TITLE, _join(
        f"# {WERKBLADEN_TITLE}",
        _eigen("Alle werkbladen en praatplaten van de toolkit om af te drukken of in te vullen. A4 past in elke "
               "printer; A3 geeft meer ruimte om met de hand te schrijven. Elk PDF-programma kan de werkbladen "
               "invullen, en een ingevuld blad gaat zo in het sessie-overzicht."),
        _download(path, f"pdf/{PDF_ZIP}", "Download alle invulbare werkbladen (ZIP)",
                  f"{len(data.werkbladen)} werkbladen en praatplaten, elk op A4 en op A3"),
        _download(path, pdf_location(BOOKLET), "Download het boekje met alles (PDF)",
                  "alle werkbladen en menukaarten in één bestand, om een hele set af te drukken"),
        "\n".join(rows),
    ))


def bijlage_page(data: ToolkitData) -> Page:
    bijlage = data.toolkit.bijlage
    items = [f"[{i.titel}]({link(BIJLAGE, instrument_path(i.id))})" for i in data.instrumenten.values()]
    return Page(BIJLAGE, bijlage.titel, _join(f"# {bijlage.titel}", bijlage.inleiding, _list(items)))


def pagina_page(data: ToolkitData, pagina: Pagina, website: Website) -> Page:
    """A free page. The colofon says first whose website this is, then quotes the publication's colofon."""
    path = pagina_path(pagina.id)
    blocks = [f"# {pagina.titel}"]
    if pagina.id == "colofon":
        blocks += [_over_deze_website(data, path, website), f"## Colofon van de uitgave {{ #{COLOFON_UITGAVE} }}"]
    fill = _website_words(website)
    if pagina.id == VERANTWOORDING:
        fill["wijzigingen"] = _wijzigingen(data, path)
    blocks.append(_secties(pagina.secties, 2, fill, _citaat(data, website)))
    return Page(path, pagina.titel, _join(*blocks))


COLOFON_UITGAVE = "colofon-van-de-uitgave"


def _citaat(data: ToolkitData, website: Website) -> Citaat:
    return Citaat(data.toolkit.bron, _contact_sentence(website))


def _contact_sentence(website: Website) -> str:
    if website.ingesteld:
        return f"Deze website wordt beheerd door {website.beheerder}: {website.contact_markdown()}"
    return website.contact_markdown()


def _website_words(website: Website) -> dict[str, str]:
    """Words our own pages (toegankelijkheid) may use: ``{beheerder}``, ``{contact}``, ``{versie}``, ``{datum}``."""
    return {"beheerder": website.beheerder, "contact": website.contact_markdown(), "versie": website.versie,
            "datum": website.datum}


VERANTWOORDING = "verantwoording"
def _wijzigingen(data: ToolkitData, path: str) -> str:
    """Every recorded change from the publication (generator/uitgave/verantwoording.py), linked to its page."""
    return wijzigingen_markdown(data, lambda name, item_id: link(path, page_of(data, name, item_id)),
                                eerste_weergaven(data.root))


def _over_deze_website(data: ToolkitData, path: str, website: Website) -> str:
    """The colofon of this website itself: who runs it, which version, what may be done with the text."""
    toolkit = data.toolkit
    verantwoording = (f" Wat er anders is dan in de uitgave, en waarom, leest u in de "
                      f"[verantwoording]({link(path, pagina_path(VERANTWOORDING))})."
                      if VERANTWOORDING in data.paginas else "")
    return _eigen(
        "## Over deze website { #over-deze-website }",
        f"{disclaimer(data)} {toolkit.uitgever} is niet verantwoordelijk voor deze website.{verantwoording}",
        _list([
            f"Beheer: {website.beheer_markdown()}. Contact: {website.contact_markdown()}.",
            f"Versie {website.versie} van de Doorstroomtoolkit-software, gebouwd op {website.datum}.",
            f"De tekst van de toolkit: ‘Alles uit deze uitgave mag worden vermenigvuldigd en/of openbaar worden "
            f"gemaakt mits de bron wordt vermeld.’ Daarom staat op elke pagina en in elke PDF: {toolkit.bron}.",
            "De software van deze website is open source (EUPL-1.2).",
        ]),
        "### Uw antwoorden op dit apparaat",
        "Wat u invult, blijft in uw browser op dit apparaat; deze website verstuurt niets en gebruikt geen "
        "cookies. Werkbladen bewaart de browser tot u ze leegmaakt. Praatplaten bewaart hij alleen zolang het "
        "tabblad open is, tenzij u kiest om ze te bewaren. Met de knop hieronder wist u alles wat deze website "
        "op dit apparaat heeft bewaard, van alle werkbladen en praatplaten.",
        '<p data-search-exclude><button type="button" class="md-button" data-actie="vergeet-alles">Vergeet alles op '
        'dit apparaat</button></p>\n<p class="ds-vergeten-melding" role="status" aria-live="polite"></p>',
    )


def build_pages(data: ToolkitData, website: Website | None = None, extra: tuple[Page, ...] = ()) -> list[Page]:
    """Every page of the site, in navigation order.

    ``extra`` are pages made elsewhere (the example session); the home page links the session pages
    only when they are among the pages, so a link never points at a page that was not built.
    """
    website = website or website_info(data.root)
    pages: list[Page] = []
    for onderwerp in data.onderwerpen.values():
        pages.append(onderwerp_page(data, onderwerp))
        for onderdeel in onderwerp.onderdelen:
            if onderdeel.werkblad:
                pages.append(werkblad_page(data, data.werkbladen[onderdeel.werkblad]))
                if onderdeel.werkblad == sessie.WERKBLAD:
                    pages.append(sessie_page(data))
            elif onderdeel.menukaart:
                pages.append(menukaart_page(data, data.menukaarten[onderdeel.menukaart]))
    pages.append(werkbladen_page(data))
    pages.append(bijlage_page(data))
    pages += [instrument_page(data, i) for i in data.instrumenten.values()]
    start = set(data.toolkit.start)
    pages += [pagina_page(data, p, website) for p in data.paginas.values() if p.id not in start]
    pages.append(Page(voorbereiden.PATH, voorbereiden.TITLE, voorbereiden.page_markdown(data)))
    pages += extra
    pages.append(presenteren_page(data, {p.path for p in pages}))
    paths = frozenset(p.path for p in pages)
    pages = [sessie_page(data, paths) if p.path == sessie.PATH else p for p in pages]  # now that all are known
    titles = {p.path: p.title for p in pages}
    pages.append(organiseren_page(titles))
    return [home_page(data, titles, website), *pages]


def build_nav(data: ToolkitData, pages: list[Page], voorbeeld: list[object] | None = None) -> list[object]:
    """MkDocs navigation: the home page ('Startpagina'), a tab per onderwerp, one tab for running a session
    (plan, present, combine, and ``voorbeeld``: the example pages), the werkbladen, the appendix, and 'Over
    deze toolkit'. Few tabs: they must fit on one row of a laptop screen."""
    titles = {p.path: p.title for p in pages}
    nav: list[object] = [{HOME_TITLE: HOME}]
    for onderwerp in data.onderwerpen.values():
        children: list[object] = [onderwerp_path(onderwerp.id)]
        for onderdeel in onderwerp.onderdelen:
            target = onderdeel_path(onderdeel)
            children.append({titles[target]: target})
        nav.append({onderwerp_title(onderwerp): children})
    session = [{titles[path]: path} for path in (voorbereiden.PATH, presenteren.PATH, sessie.PATH) if path in titles]
    nav.append({SESSIE_TAB: [ORGANISEREN, *session, *(voorbeeld or [])]})  # the first: the tab's own page
    nav.append({WERKBLADEN_TAB: WERKBLADEN})
    nav.append({"Instrumenten": [BIJLAGE] + [{i.titel: instrument_path(i.id)} for i in data.instrumenten.values()]})
    start = set(data.toolkit.start)
    nav.append({"Over deze toolkit": [{p.titel: pagina_path(p.id)} for p in data.paginas.values()
                                      if p.id not in start]})
    return nav
