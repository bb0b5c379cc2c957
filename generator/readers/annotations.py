"""Text typed on top of a form: "Tekst toevoegen" / "Invullen en ondertekenen" make a /FreeText
annotation instead of filling the field. Its text counts for the field whose box it lies in, and
the facilitator is told (docs/overzicht-regels.md §3.5); drawings and stamps are only noted.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

import pikepdf

from ..fields import Veld
from ..regels import clean_text, melding, one_line
from .pdffields import PdfField, Widget, rectangle, widget_boxes

TEXT_BOX = pikepdf.Name("/FreeText")
DRAWINGS = (pikepdf.Name("/Ink"), pikepdf.Name("/Stamp"))


@dataclass(frozen=True)
class Annotation:
    """A text box, drawing or stamp: its page (0-based), the centre of its /Rect (PDF units) and text."""

    page: int
    centre: tuple[float, float]
    text: str | None  # None for a drawing or stamp


def apply_annotations(pdf: pikepdf.Pdf, fields: list[PdfField], velden: dict[str, Veld],
                      answers: dict[str, str | bool], notes: list[str]) -> None:
    """Add the text of text boxes to the answers (in /Annots order) and note what was done."""
    annotations = list(page_annotations(pdf))
    if not annotations:
        return
    boxes = [(velden[f.name], w) for f, w in widget_boxes(pdf, fields) if f.name in velden]
    for annotation in annotations:
        apply_one(annotation, _field_at(annotation, boxes), answers, notes)


def apply_one(annotation: Annotation, veld: Veld | None, answers: dict[str, str | bool], notes: list[str]) -> None:
    """One annotation that lies in the box of ``veld`` (None: in no box)."""
    if annotation.text is None:
        if veld is not None:
            notes.append(melding("tekening", veld=veld.label))
        return
    if not has_text(annotation.text):
        return
    if veld is None:
        notes.append(melding("tekstvak_buiten", tekst=one_line(annotation.text)))
    elif veld.soort == "checkbox":
        answers[veld.naam] = True
        notes.append(melding("tekstvak_vinkje", tekst=one_line(annotation.text), veld=veld.label))
    else:
        current = answers.get(veld.naam) or ""
        answers[veld.naam] = f"{current}\n{annotation.text}" if current else annotation.text
        notes.append(melding("tekstvak_gelezen", veld=veld.label))


def has_text(text: str) -> bool:
    """Anything but whitespace once cleaned (§5)? A text box with only spaces or control characters is ignored."""
    return bool(clean_text(text).strip())


def _field_at(annotation: Annotation, boxes: list[tuple[Veld, Widget]]) -> Veld | None:
    """The field whose box (same page) holds the centre; where boxes overlap, the one whose top-left
    corner is nearest (PDF y grows upwards: the top is y1)."""
    x, y = annotation.centre
    holding = [(veld, w.rect) for veld, w in boxes
               if w.page == annotation.page and w.rect[0] <= x <= w.rect[2] and w.rect[1] <= y <= w.rect[3]]
    return min(holding, key=lambda h: math.hypot(x - h[1][0], y - h[1][3]), default=(None,))[0]


def page_annotations(pdf: pikepdf.Pdf) -> Iterator[Annotation]:
    """Text boxes, drawings and stamps, page by page in /Annots order."""
    for number, page in enumerate(pdf.pages):
        annots = page.obj.get("/Annots")
        for annotation in annots if isinstance(annots, pikepdf.Array) else []:
            if not isinstance(annotation, pikepdf.Dictionary):
                continue
            subtype = annotation.get("/Subtype")
            if subtype != TEXT_BOX and subtype not in DRAWINGS:
                continue
            rect = rectangle(annotation.get("/Rect"))
            if rect is None:
                continue
            centre = ((rect[0] + rect[2]) / 2, (rect[1] + rect[3]) / 2)
            yield Annotation(number, centre, _text(annotation) if subtype == TEXT_BOX else None)


def _text(annotation: pikepdf.Dictionary) -> str:
    """/Contents, or the rich text (/RC, XHTML) when a program left /Contents empty."""
    contents = annotation.get("/Contents")
    text = str(contents) if isinstance(contents, pikepdf.String) else ""
    if has_text(text):
        return text
    rich = annotation.get("/RC")
    if isinstance(rich, pikepdf.Stream):
        rich = pikepdf.String(rich.read_bytes())
    return rich_text(str(rich)) if isinstance(rich, pikepdf.String) else ""


def rich_text(xhtml: str) -> str:
    """Plain text of a rich-text string: paragraphs and <br> become line breaks, tags go."""
    text = re.sub(r"<br\s*/?>|</p\s*>|</div\s*>", "\n", xhtml, flags=re.IGNORECASE)
    return html.unescape(re.sub(r"<[^>]*>", "", text)).strip("\n")
