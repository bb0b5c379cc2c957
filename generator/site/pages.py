"""Toolkit -> website pages (Markdown) and navigation, as plain functions.

MkDocs gets these through a thin hooks file; ``doorstroom pages --out DIR`` writes the very same
pages to disk, so the site can move to another engine (Zensical runs no hooks).
"""

from __future__ import annotations

import base64
import json
import posixpath
from dataclasses import dataclass

from ..loader import ToolkitData
from ..model import Instrument, Menukaart, Onderdeel, Onderwerp, Pagina, Sectie, Werkblad
from ..pdf.render import BOOKLET, menukaart_filename
from ..sheet.render import render_sheet
from . import sessie

HOME = "index.md"


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


def _download(source: str, pdf: str, label: str, note: str) -> str:
    """A download button (a Markdown link, so ``mkdocs build --strict`` checks that the PDF exists)."""
    return f"[{label}]({link(source, pdf)}){{ .md-button .md-button--primary }} {note}\n{{ .ws-download }}"


def link(source: str, target: str) -> str:
    """Relative link from one page's Markdown file to another file in the site."""
    return posixpath.relpath(target, posixpath.dirname(source) or ".")


def onderwerp_title(onderwerp: Onderwerp) -> str:
    return f"{onderwerp.nummer}. {onderwerp.titel}"


def werkblad_title(werkblad: Werkblad) -> str:
    return f"Werkblad {werkblad.titel}"


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


def _secties(secties: list[Sectie], level: int) -> str:
    parts = []
    for sectie in secties:
        if sectie.kop:
            parts.append(f"{'#' * level} {sectie.kop}")
        if sectie.tekst:
            parts.append(sectie.tekst.strip())
        if sectie.lijst:
            parts.append(_list(sectie.lijst, sectie.genummerd))
    return "\n\n".join(parts)


def _join(*blocks: str) -> str:
    return "\n\n".join(b.strip() for b in blocks if b and b.strip()) + "\n"


def home_page(data: ToolkitData) -> Page:
    toolkit = data.toolkit
    rows = ["| Onderwerp | Doel | Bedoeld voor |", "| --- | --- | --- |"]
    for onderwerp in data.onderwerpen.values():
        target = link(HOME, onderwerp_path(onderwerp.id))
        rows.append(f"| [{onderwerp_title(onderwerp)}]({target}) | {_one_line(onderwerp.doel)} | "
                    f"{_one_line(onderwerp.bedoeld_voor)} |")
    start = [data.paginas[p] for p in toolkit.start]
    blocks = [f"# {toolkit.titel}", f"*{toolkit.ondertitel}*, {toolkit.uitgever} ({toolkit.jaar})"]
    for pagina in start:
        blocks += [f"## {pagina.titel}", _secties(pagina.secties, 3)]
        if pagina is start[-1]:
            blocks.append("\n".join(rows))
    blocks.append(f"Zoekt u een instrument? Bekijk de [{toolkit.bijlage.titel}]({link(HOME, BIJLAGE)}).")
    blocks.append(_download(HOME, pdf_location(BOOKLET), "Download alle werkbladen en menukaarten als PDF",
                            "om een hele set af te drukken"))
    return Page(HOME, "Home", _join(*blocks))


def onderwerp_page(data: ToolkitData, onderwerp: Onderwerp) -> Page:
    path = onderwerp_path(onderwerp.id)
    facts = "\n\n".join(f"{label}\n:   {_one_line(text)}" for label, text in (
        ("Doel", onderwerp.doel), ("Doelgroep", onderwerp.doelgroep), ("Vraagstuk", onderwerp.vraagstuk),
        ("Te bereiken resultaat", onderwerp.resultaat)))
    items = []
    for onderdeel in onderwerp.onderdelen:
        if onderdeel.werkblad:
            werkblad = data.werkbladen[onderdeel.werkblad]
            summary = werkblad.vraag or werkblad.gebruik.split("\n")[0]
            items.append(f"[{werkblad_title(werkblad)}]({link(path, werkblad_path(werkblad.id))}): "
                         f"{_one_line(summary)}")
        elif onderdeel.menukaart:
            menukaart = data.menukaarten[onderdeel.menukaart]
            items.append(f"[Praatplaat {menukaart.titel}]({link(path, menukaart_path(menukaart.id))}): "
                         f"{_one_line(menukaart.vraag)}")
    title = onderwerp_title(onderwerp)
    return Page(path, title, _join(
        f"# {title}", facts,
        "## Inhoud", _secties(onderwerp.inhoud, 3),
        "## Aanpak", _secties(onderwerp.aanpak, 3),
        "## Werkbladen en praatplaten", _list(items, numbered=True),
    ))


def werkblad_page(data: ToolkitData, werkblad: Werkblad) -> Page:
    path = werkblad_path(werkblad.id)
    onderwerp = data.onderwerpen[werkblad.onderwerp]
    orientation = "liggend" if werkblad.liggend else "staand"
    title = werkblad_title(werkblad)
    blocks = [
        "---\nhide:\n  - toc\n---",  # the sheet needs the width of the table of contents
        f"# {title}",
        f"Onderdeel van [{onderwerp_title(onderwerp)}]({link(path, onderwerp_path(onderwerp.id))}).",
        _download(path, pdf_location(werkblad.id), "Download het werkblad als PDF",
                  f"A4 {orientation}, om af te drukken of op de computer in te vullen"),
        "## Zo gebruikt u dit werkblad",
        werkblad.gebruik,
        "## Het werkblad invullen",
        _form(data, werkblad),
        _sessie_link(path) if werkblad.id == sessie.WERKBLAD else "",
        _uitleg(werkblad),
    ]
    return Page(path, title, _join(*blocks))


FORM_INTRO = (
    "U kunt het werkblad hier invullen. Uw antwoorden blijven op uw eigen computer: de browser "
    "bewaart ze terwijl u typt, ook als u de pagina opnieuw opent. Er wordt niets verstuurd. "
    "Klaar? Sla uw antwoorden op als bestand of als ingevulde PDF en geef dat aan de begeleider."
)


def _form(data: ToolkitData, werkblad: Werkblad) -> str:
    """The sheet as a form (same fields and names as the PDF) with the buttons that work on it."""
    buttons = "\n".join(
        f'<button type="button" class="md-button" data-actie="{action}">{label}</button>'
        for action, label in (("opslaan", "Opslaan als bestand"), ("openen", "Bestand openen"),
                              ("pdf", "Download als ingevulde PDF"), ("afdrukken", "Afdrukken"),
                              ("leegmaken", "Leegmaken")))
    return "\n".join([
        f'<form class="ws-formulier" data-werkblad="{werkblad.id}" autocomplete="off" novalidate>',
        f'<p class="ws-privacy">{FORM_INTRO}</p>',
        f'<div class="ws-knoppen">{buttons}</div>',
        '<label class="md-visually-hidden" for="ws-bestand">Kies een opgeslagen antwoordbestand (.json)</label>',
        '<input type="file" id="ws-bestand" class="ws-bestandkiezer" accept=".json,application/json" hidden>',
        '<p class="ws-melding" role="status" aria-live="polite"></p>',
        str(render_sheet(data, werkblad.id, "form")),
        "</form>",
    ])


def _sessie_link(source: str) -> str:
    return (f"Alle ingevulde bladen van een sessie samen? [{sessie.TITLE}]({link(source, sessie.PATH)}): "
            "zet ze neer en u ziet meteen waar in de klantreis nog niemand iets doet.")


def sessie_page(data: ToolkitData) -> Page:
    """The gap overview made in the browser; it follows the werkblad it combines (generator/site/sessie.py)."""
    return Page(sessie.PATH, sessie.TITLE, sessie.page_markdown(data))


def _uitleg(werkblad: Werkblad) -> str:
    """Explanations printed in the toolkit next to the sheet (per question or indicator)."""
    blad = werkblad.blad
    parts: list[str] = []
    for vraag in getattr(blad, "vragen", []):
        if vraag.uitleg:
            parts += [f"### {vraag.tekst}", vraag.uitleg]
    for groep in getattr(blad, "groepen", []):
        explained = [i for i in groep.indicatoren if i.uitleg]
        if groep.uitleg or explained:
            parts.append(f"### {groep.naam}")
        if groep.uitleg:
            parts.append(groep.uitleg)
        for ind in explained:
            parts += [f"**{ind.tekst}**", ind.uitleg or ""]
    if not parts:
        return ""
    heading = "Toelichting bij de indicatoren" if hasattr(blad, "groepen") else "Toelichting bij de vragen"
    return _join(f"## {heading}", *parts)


def menukaart_page(data: ToolkitData, menukaart: Menukaart) -> Page:
    path = menukaart_path(menukaart.id)
    onderwerp = data.onderwerpen[menukaart.onderwerp]
    blocks = [
        f"# {menukaart.titel}",
        _download(path, pdf_location(menukaart_filename(menukaart.id)), "Download de menukaart als PDF",
                  "A4 liggend, om af te drukken"),
        f"**{menukaart.vraag}**",
        menukaart.gebruik,
        f"Deze praatplaat hoort bij [{onderwerp_title(onderwerp)}]({link(path, onderwerp_path(onderwerp.id))}) "
        f"en bereidt het [{werkblad_title(data.werkbladen['stimuleren'])}]"
        f"({link(path, werkblad_path('stimuleren'))}) voor." if "stimuleren" in data.werkbladen else "",
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
        blocks += [f"## {categorie.nummer} {rij.naam or categorie.naam}", f"**Doel:** {rij.doel}",
                   f"{menukaart.kolomkop}:", _list(items)]
    return Page(path, menukaart.titel, _join(*blocks))


def instrument_page(data: ToolkitData, instrument: Instrument) -> Page:
    path = instrument_path(instrument.id)
    used = []
    for menukaart in data.menukaarten.values():
        for rij in menukaart.categorieen:
            for item in rij.instrumenten:
                if item.instrument == instrument.id:
                    naam = rij.naam or data.vocabulaire.categorieen()[rij.categorie].naam
                    used.append(f"[{menukaart.titel}]({link(path, menukaart_path(menukaart.id))}), "
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
        blocks += ["## Op de menukaarten", _list(used)]
    return Page(path, instrument.titel, _join(*blocks))


def bijlage_page(data: ToolkitData) -> Page:
    bijlage = data.toolkit.bijlage
    items = [f"[{i.titel}]({link(BIJLAGE, instrument_path(i.id))})" for i in data.instrumenten.values()]
    return Page(BIJLAGE, bijlage.titel, _join(f"# {bijlage.titel}", bijlage.inleiding, _list(items)))


def pagina_page(data: ToolkitData, pagina: Pagina) -> Page:
    path = pagina_path(pagina.id)
    blocks = [f"# {pagina.titel}"]
    if pagina.id == "colofon":
        blocks.append(f"**{data.toolkit.bron}.**")
    blocks.append(_secties(pagina.secties, 2))
    return Page(path, pagina.titel, _join(*blocks))


def build_pages(data: ToolkitData) -> list[Page]:
    """Every page of the site, in navigation order."""
    pages = [home_page(data)]
    for onderwerp in data.onderwerpen.values():
        pages.append(onderwerp_page(data, onderwerp))
        for onderdeel in onderwerp.onderdelen:
            if onderdeel.werkblad:
                pages.append(werkblad_page(data, data.werkbladen[onderdeel.werkblad]))
                if onderdeel.werkblad == sessie.WERKBLAD:
                    pages.append(sessie_page(data))
            elif onderdeel.menukaart:
                pages.append(menukaart_page(data, data.menukaarten[onderdeel.menukaart]))
    pages.append(bijlage_page(data))
    pages += [instrument_page(data, i) for i in data.instrumenten.values()]
    start = set(data.toolkit.start)
    pages += [pagina_page(data, p) for p in data.paginas.values() if p.id not in start]
    return pages


def build_nav(data: ToolkitData, pages: list[Page]) -> list[object]:
    """MkDocs navigation: Home, a tab per onderwerp, the appendix, and 'Over deze toolkit'."""
    titles = {p.path: p.title for p in pages}
    nav: list[object] = [{"Home": HOME}]
    for onderwerp in data.onderwerpen.values():
        children: list[object] = [onderwerp_path(onderwerp.id)]
        for onderdeel in onderwerp.onderdelen:
            target = onderdeel_path(onderdeel)
            children.append({titles[target]: target})
            if onderdeel.werkblad == sessie.WERKBLAD:
                children.append({sessie.TITLE: sessie.PATH})
        nav.append({onderwerp_title(onderwerp): children})
    nav.append({"Instrumenten": [BIJLAGE] + [{i.titel: instrument_path(i.id)} for i in data.instrumenten.values()]})
    start = set(data.toolkit.start)
    nav.append({"Over deze toolkit": [{p.titel: pagina_path(p.id)} for p in data.paginas.values()
                                      if p.id not in start]})
    return nav
