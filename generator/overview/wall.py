"""overzicht.pdf: the wall to discuss (A3 landscape, WeasyPrint). Python only; the screen view is
scherm.html.j2.

Page 1 holds the whole klantreis readable from a metre, so each cell gets a fixed budget of lines at
11 pt: items are measured with the shipped font and shortened to at most two lines, the rest is
counted ("+4 meer: blz. 3", a page reference to the detail pages that follow). An item is never cut
before a number: "€ 1.500" or "75+" is what a partner needs to see, so an item with numbers keeps all
of them (it may take a third line for that), or it is left for the detail pages and counted there.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from jinja2 import Environment
from markupsafe import Markup

from ..pdf.fonts import FONTS_DIR, body_font, body_font_uris
from ..pdf.jinja import pdf_environment
from ..pdf.render import weasyprint_pdf
from .html import TEMPLATES
from .view import grouped

LINE_PT = 11  # item text on page 1 (wand.css: .vak li)
CELL_MM = 66  # text width in a matrix cell on page 1 (A3: 400 mm - 47.5 mm row heads, / 5, - padding, - 1 mm)
INDENT_MM = 3  # the second line of an item is indented (wand.css: .vak li)
CELL_LINES = 7  # item lines that fit a cell on page 1 (wand.css: .vak-in height)
ITEM_LINES = 2  # one item takes at most this many lines on page 1
NUMBER_LINES = 3  # ... or this many, when that is what it takes to keep its numbers
IDEA_PREFIX = "idee: "
ELLIPSIS = "\u00a0…"  # a no-break space: "…" never ends up alone on a line
MEASURED_CHARS = 300  # more never fits in two lines: longer items are cut before measuring
DETAIL_MAX = 40  # items per soort per cell on the detail pages; overzicht.xlsx has them all
DETAIL_CHARS = 600  # longer items are shortened on the detail pages
NBSP = "\u00a0"
# a currency sign and its amount, and a number and its unit, are one word on paper ("€ 1.500", "25 %")
GLUED = re.compile(r"(?<=[€$£]) (?=\d)|(?<=\d) (?=(?:%|euro\b|procent\b))")
DIGIT = re.compile(r"\d")


def glue_numbers(text: str) -> str:
    """``text`` with a no-break space where a line must not break: between "€" and its amount and
    between a number and "%" (the line breaking below and the PDF's both break at spaces only)."""
    return GLUED.sub(NBSP, text)


class TextWidth:
    """Width of text in the shipped body font (advance widths; close enough to fit lines)."""

    def __init__(self) -> None:
        from fontTools.ttLib import TTFont  # WeasyPrint's own dependency

        font = TTFont(body_font("normal", 400), lazy=True)
        self.per_em = font["head"].unitsPerEm
        metrics = font["hmtx"].metrics
        self.advance = {code: metrics[glyph][0] for code, glyph in font.getBestCmap().items()}
        self.fallback = self.advance[ord("n")]

    def mm(self, text: str, size_pt: float) -> float:
        units = sum(self.advance.get(ord(c), self.fallback) for c in text)
        return units / self.per_em * size_pt * 25.4 / 72


@cache
def text_width() -> TextWidth:
    return TextWidth()


def clamp(text: str, width_mm: float, max_lines: int, prefix: str = "", suffix: str = "") -> tuple[str, int] | None:
    """``text`` shortened with "…" at a word boundary so that prefix + text + suffix wrap into at most
    ``max_lines`` lines of ``width_mm``; returns the (shortened) text and the lines it takes. The cut
    always comes after the last word with a digit in it: if that does not fit, ``None``."""
    if len(text) <= MEASURED_CHARS:
        lines = _wrap(prefix + text + suffix, width_mm)
        if len(lines) <= max_lines:
            return text, len(lines)
    words = text.split(" ")
    keep = max((i + 1 for i, word in enumerate(words) if DIGIT.search(word)), default=1)
    words = words[:max(keep, len(text[:MEASURED_CHARS].split(" ")))]
    while len(words) > keep:
        words.pop()
        if len(_wrap(prefix + " ".join(words) + ELLIPSIS + suffix, width_mm)) <= max_lines:
            return " ".join(words) + ELLIPSIS, max_lines
    if keep > 1:
        return None  # every shorter cut would drop a number
    short = words[0]  # one long word (a web address): cut it by characters
    if DIGIT.search(short):
        return None
    while short and len(_wrap(prefix + short + "…" + suffix, width_mm)) > max_lines:
        short = short[:-1]
    return short + "…", max_lines


def _wrap(text: str, width_mm: float) -> list[str]:
    """Greedy line breaking at spaces (as the browser does), long words broken anywhere; lines after
    the first are INDENT_MM narrower (a hanging indent)."""
    measure = text_width()
    lines: list[str] = []

    def room() -> float:
        return width_mm if len(lines) <= 1 else width_mm - INDENT_MM

    for word in text.split(" "):
        if lines and measure.mm(f"{lines[-1]} {word}", LINE_PT) <= room():
            lines[-1] = f"{lines[-1]} {word}"
            continue
        lines.append("")  # the word starts a new line
        while len(word) > 1 and measure.mm(word, LINE_PT) > room():
            cut = len(word) - 1
            while cut > 1 and measure.mm(word[:cut], LINE_PT) > room():
                cut -= 1
            lines[-1] = word[:cut]
            lines.append("")
            word = word[cut:]
        lines[-1] = word
    return lines


def wall_cell(cel: dict[str, Any]) -> dict[str, Any]:
    """One cell of page 1: its distinct texts ("al" first, then the ideas) within the cell's budget. An
    item that cannot be shown with its numbers in the lines left is skipped (it counts in "+N meer")."""
    entries = [{**entry, "tekst": glue_numbers(entry["tekst"])} for entry in grouped(cel["al"], cel["nog"])]

    def take(budget: int) -> list[dict[str, Any]]:
        shown, used = [], 0
        for entry in entries:
            if used >= budget:
                break
            suffix = f" ({entry['aantal']}×)" if entry["aantal"] > 1 else ""
            prefix = IDEA_PREFIX if entry["idee"] else ""
            fitted = clamp(entry["tekst"], CELL_MM, min(ITEM_LINES, budget - used), prefix, suffix)
            if fitted is None and budget - used > ITEM_LINES:
                fitted = clamp(entry["tekst"], CELL_MM, min(NUMBER_LINES, budget - used), prefix, suffix)
            if fitted is None:
                continue
            shown.append({**entry, "tekst": fitted[0]})
            used += fitted[1]
        return shown

    shown = take(CELL_LINES)
    if len(shown) < len(entries):
        shown = take(CELL_LINES - 1)  # one line for "+N meer"
    return {**{k: cel[k] for k in ("categorie", "fase", "status", "n_al", "n_nog")}, "punten": shown,
            "meer": len(cel["al"]) + len(cel["nog"]) - sum(e["aantal"] for e in shown)}


@cache
def _environment() -> Environment:
    env = pdf_environment(TEMPLATES)
    env.filters["kort"] = lambda text: text if len(text) <= DETAIL_CHARS else text[:DETAIL_CHARS] + " … (ingekort)"
    return env


def _variables(context: dict[str, Any], measured: bool = True) -> dict[str, Any]:
    """The view context (generator.overview.view) plus what the wall adds: page 1's measured cells (only
    when ``measured``: the parts for another document do without), the shipped fonts, the CSS and the
    level of the title heading (``opties.kop``)."""
    wand = [{"categorie": rij["categorie"], "cellen": [wall_cell(c) for c in rij["cellen"]]}
            for rij in context["afgeleid"]["rijen"]] if measured else []
    css = Markup((TEMPLATES / "wand.css").read_text(encoding="utf-8"))
    return {**context, "wand": wand, "fonts": body_font_uris(), "css": css, "detail_max": DETAIL_MAX,
            "kop": context["opties"]["kop"]}


def wall_html(context: dict[str, Any]) -> str:
    """The print HTML of the wall from the screen view's context (generator.overview.view). Without
    ``opties.lijsten`` the notes and the files not used are left out (the session report lists them)."""
    return _environment().get_template("wand.html.j2").render(**_variables(context))


def wall_parts(context: dict[str, Any]) -> dict[str, Markup]:
    """The wall's parts for an A4 document (the session report): ``status`` (every cell's status and
    counts, the tallies per fase), ``rijen`` (every item per categorie and fase, with the menukaart's
    ideas once per row) and ``css`` (its rules are scoped to ``.wd``: put the parts in an element with
    that class). Headings start at level ``opties.kop`` + 1."""
    variables = _variables(context, measured=False)
    parts = {name: Markup(_environment().get_template(f"wand-{name}.html.j2").render(**variables))
             for name in ("status", "rijen")}
    return {**parts, "css": variables["css"]}


def wall_pdf(context: dict[str, Any], filename: str = "overzicht.pdf") -> bytes:
    """overzicht.pdf (and the session's wandplaat.pdf), rendered fresh every time: participants' answers
    never go into a cache."""
    return weasyprint_pdf(wall_html(context), False, FONTS_DIR, filename)
