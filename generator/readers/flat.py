"""Sheets printed to PDF or flattened: no fields left, the answers are page text where the boxes were.

The algorithm (docs/overzicht-regels.md §3a, which the browser follows with pdf.js) in short: lay the
input page over the layout of each werkblad (:mod:`.layout`) with a scale and an offset fitted on the
words that occur once on both, keep the werkblad that fits best, and read every input word whose
centre falls in a field box and that is not a printed word of the sheet itself.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import Any

import pikepdf

from ..loader import ToolkitData
from ..regels import melding
from .annotations import apply_one, page_annotations
from .layout import layout
from .reject import Reject
from .words import TextUnreadable, Word, match_key, page_words

MIN_ANCHORS = 6        # fewer shared unique words: too little to fit on
MIN_PAIR_DISTANCE = 50  # pt on the template: a shorter pair says too little about the scale
SCALES = (0.2, 5.0)    # from a thumbnail print to A0: anything outside is not a print of the sheet
TOLERANCE = 4.0        # pt on the template: an anchor this close to where the fit puts it agrees
MIN_SHARE = 0.5        # of the template's unique words that must agree to recognise the sheet
MIN_INLIERS = 8
# Of ALL printed words of the template page (the repeated labels too), the share that must be found at
# their place: a print of an older layout of the sheet fits on its title and headings, but its labels
# and boxes are elsewhere; reading it would turn labels into answers. Measured: 100% for prints of the
# current sheet (A4, A3, Letter "fit to page"), about 50% for the previous release's Stimuleren.
MIN_COVERAGE = 0.9
WRAP_MARGIN = 2.0  # pt: the inner padding a filler leaves at the right side of a box
COVERAGE_SLACK = (16.0, 4.0)  # pt (across, down): same line; pdf.js places words in a run by character count


@dataclass(frozen=True)
class Fit:
    """Input = scale * template + (dx, dy); ``inliers`` anchors agree within the tolerance."""

    scale: float
    dx: float
    dy: float
    inliers: int
    unique: int  # words that occur once on the template page

    def to_template(self, x: float, y: float) -> tuple[float, float]:
        return (x - self.dx) / self.scale, (y - self.dy) / self.scale

    @property
    def share(self) -> float:
        return self.inliers / self.unique if self.unique else 0.0


def read_flat(data: ToolkitData, pdf: pikepdf.Pdf) -> tuple[str, dict[str, str | bool], list[str]]:
    """(werkblad, answers, notes) of a PDF without fields, or the reason it cannot be read."""
    layouts = {w: layout(data, w)["paginas"] for w in data.werkbladen if data.velden[w]}
    try:  # only the pages a werkblad can have: a long report without fields is not read to the end
        pages = page_words(pdf, max(len(pages) for pages in layouts.values()))
    except TextUnreadable:
        raise Reject("pdf_kapot") from None
    if not any(pages):
        raise Reject("pdf_scan")
    best: tuple[float, int, str, list[Fit | None]] | None = None
    for werkblad_id, template in layouts.items():
        fits = [fit(page, words) for page, words in zip(template, pages, strict=False)]
        good = [f for f in fits if f is not None]
        if good:
            score = (min(f.share for f in good), sum(f.inliers for f in good))
            if best is None or score > best[:2]:
                best = (*score, werkblad_id, fits)
    if best is None:
        raise Reject("pdf_plat" if mentions_werkblad(data, pages) else "pdf_vreemd")
    werkblad_id, fits = best[2], best[3]
    answers = read_boxes(layouts[werkblad_id], pages, fits)
    notes = [melding("plat_gelezen")]
    _text_boxes(data, pdf, werkblad_id, layouts[werkblad_id], fits, answers, notes)
    if not any(answers.values()):
        raise Reject("pdf_plat")
    return werkblad_id, answers, notes


def _text_boxes(data: ToolkitData, pdf: pikepdf.Pdf, werkblad_id: str, template: list[dict[str, Any]],
                fits: list[Fit | None], answers: dict[str, str | bool], notes: list[str]) -> None:
    """Text boxes typed on the printed sheet ("Invullen en ondertekenen" on a PDF without fields): laid
    over the layout with the page's fit, then the same as on a form (§3.6)."""
    velden = {v.naam: v for v in data.velden[werkblad_id]}
    for annotation in page_annotations(pdf):
        box = None
        page_fit = fits[annotation.page] if annotation.page < len(fits) else None
        if page_fit is not None:
            height = float(pdf.pages[annotation.page].mediabox[3]) - float(pdf.pages[annotation.page].mediabox[1])
            x, y = page_fit.to_template(annotation.centre[0], height - annotation.centre[1])
            box = box_at(template[annotation.page]["velden"], x, y)
        apply_one(annotation, velden[box["naam"]] if box else None, answers, notes)


def fit(template: dict[str, Any], words: list[Word]) -> Fit | None:
    """Scale and offset that lay the template page on the input page, or None if it does not fit."""
    printed = [Word(w["tekst"], w["x0"], w["top"], w["x1"], w["bottom"]) for w in template["woorden"]]
    template_counts = Counter(w.key for w in printed)
    input_counts = Counter(w.key for w in words)
    where = {w.key: w.centre for w in words if input_counts[w.key] == 1}
    anchors = [(w.centre, where[w.key]) for w in printed if template_counts[w.key] == 1 and w.key in where]
    unique = sum(1 for count in template_counts.values() if count == 1)
    if len(anchors) < MIN_ANCHORS:
        return None
    best: Fit | None = None
    half = len(anchors) // 2
    for i, (a_t, a_i) in enumerate(anchors):  # hypotheses from pairs (i, i + n/2): deterministic, n of them
        b_t, b_i = anchors[(i + half) % len(anchors)]
        hypothesis = _from_pair(a_t, a_i, b_t, b_i)
        if hypothesis is None:
            continue
        inliers = _agreeing(hypothesis, anchors)
        if best is None or len(inliers) > best.inliers:
            best = Fit(*hypothesis, len(inliers), unique)
    if best is None or best.inliers < MIN_INLIERS:
        return None
    refined = _least_squares([anchors[k] for k in _agreeing((best.scale, best.dx, best.dy), anchors)])
    result = Fit(*refined, len(_agreeing(refined, anchors)), unique)
    if result.inliers < MIN_INLIERS or result.share < MIN_SHARE or _coverage(result, printed, words) < MIN_COVERAGE:
        return None
    return result


def _coverage(page_fit: Fit, printed: list[Word], words: list[Word]) -> float:
    """Share of the template's printed words that the input has at their place: same key, on the same line
    and near it across (``COVERAGE_SLACK``)."""
    across, down = COVERAGE_SLACK
    moved: dict[str, list[Point]] = {}
    for word in words:
        moved.setdefault(word.key, []).append(page_fit.to_template(*word.centre))
    found = sum(any(abs(x - w.centre[0]) <= across and abs(y - w.centre[1]) <= down for x, y in moved.get(w.key, []))
                for w in printed)
    return found / len(printed)


Point = tuple[float, float]


def _from_pair(a_t: Point, a_i: Point, b_t: Point, b_i: Point) -> tuple[float, float, float] | None:
    tx, ty = b_t[0] - a_t[0], b_t[1] - a_t[1]
    ix, iy = b_i[0] - a_i[0], b_i[1] - a_i[1]
    length = tx * tx + ty * ty
    if length < MIN_PAIR_DISTANCE**2:
        return None
    scale = (tx * ix + ty * iy) / length  # least squares for a scale without rotation
    if not SCALES[0] <= scale <= SCALES[1]:
        return None
    dx = (a_i[0] + b_i[0]) / 2 - scale * (a_t[0] + b_t[0]) / 2
    dy = (a_i[1] + b_i[1]) / 2 - scale * (a_t[1] + b_t[1]) / 2
    return scale, dx, dy


def _agreeing(params: tuple[float, float, float], anchors: list[tuple[Point, Point]]) -> list[int]:
    scale, dx, dy = params
    return [k for k, (t, i) in enumerate(anchors)
            if math.hypot((i[0] - dx) / scale - t[0], (i[1] - dy) / scale - t[1]) <= TOLERANCE]


def _least_squares(pairs: list[tuple[Point, Point]]) -> tuple[float, float, float]:
    n = len(pairs)
    mtx, mty = sum(t[0] for t, _ in pairs) / n, sum(t[1] for t, _ in pairs) / n
    mix, miy = sum(i[0] for _, i in pairs) / n, sum(i[1] for _, i in pairs) / n
    spread = sum((t[0] - mtx) ** 2 + (t[1] - mty) ** 2 for t, _ in pairs)
    scale = sum((t[0] - mtx) * (i[0] - mix) + (t[1] - mty) * (i[1] - miy) for t, i in pairs) / spread
    return scale, mix - scale * mtx, miy - scale * mty


def read_boxes(template: list[dict[str, Any]], pages: list[list[Word]],
               fits: list[Fit | None]) -> dict[str, str | bool]:
    """The text in every field box of every page that fits; words printed on the sheet itself skipped."""
    answers: dict[str, str | bool] = {}
    for page, words, page_fit in zip(template, pages, fits, strict=False):
        boxes = page["velden"]
        for box in boxes:
            answers.setdefault(box["naam"], False if box["soort"] == "checkbox" else "")
        if page_fit is None:
            continue
        printed: dict[str, list[Point]] = {}
        for w in page["woorden"]:
            centre = ((w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2)
            printed.setdefault(match_key(w["tekst"]), []).append(centre)
        found: dict[str, list[Word]] = {}
        for word in words:
            x0, top = page_fit.to_template(word.x0, word.top)
            x1, bottom = page_fit.to_template(word.x1, word.bottom)
            moved = Word(word.tekst, x0, top, x1, bottom)
            cx, cy = moved.centre
            if any(math.hypot(cx - px, cy - py) <= TOLERANCE for px, py in printed.get(moved.key, [])):
                continue
            box = box_at(boxes, cx, cy)
            if box is not None:
                found.setdefault(box["naam"], []).append(moved)
        for box in boxes:
            if box["naam"] in found:
                words_in_box = found[box["naam"]]
                answers[box["naam"]] = True if box["soort"] == "checkbox" else lines_of(words_in_box, box["x1"])
    return answers


def box_at(boxes: list[dict[str, Any]], x: float, y: float) -> dict[str, Any] | None:
    """The field box that holds the point; where boxes overlap, the one whose top-left corner is nearest
    (text starts at the top left of its box)."""
    holding = [b for b in boxes if b["x0"] <= x <= b["x1"] and b["top"] <= y <= b["bottom"]]
    return min(holding, key=lambda b: math.hypot(x - b["x0"], y - b["top"]), default=None)


def lines_of(words: list[Word], right: float) -> str:
    """Words on one line (centres within half a word height) joined by spaces, lines top to bottom.

    A filler wraps long text inside its box; those breaks are not the participant's. A break where the
    next line's first word would not have fitted behind the line above (box edge ``right``) is such a
    wrap: the lines are joined with a space, so a wrapped sentence stays one item.
    """
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.centre[1], w.x0)):
        if lines and abs(word.centre[1] - lines[-1][0].centre[1]) <= (word.bottom - word.top) / 2:
            lines[-1].append(word)
        else:
            lines.append([word])
    text = ""
    previous: list[Word] = []
    for line in (sorted(line, key=lambda w: w.x0) for line in lines):
        joined = " ".join(w.tekst for w in line)
        text += (" " if previous and _wrapped(previous, line, right) else "\n" if previous else "") + joined
        previous = line
    return text


def _wrapped(above: list[Word], line: list[Word], right: float) -> bool:
    first = line[0]
    space = (first.bottom - first.top) / 4
    return above[-1].x1 + space + (first.x1 - first.x0) > right - WRAP_MARGIN


def mentions_werkblad(data: ToolkitData, pages: list[list[Word]]) -> bool:
    """Does the text say 'werkblad' and the title of one of ours? Then it is a sheet we cannot place.

    Also with every word reversed: pdfminer gives text that is turned a quarter back to front.
    """
    keys = [w.key for page in pages for w in page]
    for text in (" ".join(keys), " ".join(k[::-1] for k in reversed(keys))):
        text = f" {text} "
        if " werkblad " in text and any(f" {' '.join(match_key(t) for t in w.titel.split())} " in text
                                        for w in data.werkbladen.values()):
            return True
    return False
