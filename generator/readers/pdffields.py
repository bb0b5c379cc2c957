"""The form fields of a PDF, whatever program filled it: full names, values and widget boxes.

PDF forms are trees (``/Kids``) with inherited keys (``/FT``), values stored in several ways (text
strings in two encodings, names, arrays, streams) and checkboxes whose state some fillers only put
in the widget's ``/AS``. This module turns all of that into plain :class:`PdfField` objects and
never follows a reference loop.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal

import pikepdf

MAX_DEPTH = 32  # deeper field trees do not occur in real forms; a loop or a bomb does


@dataclass
class Widget:
    """Where a field is drawn: the page (0-based, -1 if unknown) and its box in PDF units."""

    page: int
    rect: tuple[float, float, float, float]  # x0, y0, x1, y1 with x0 <= x1 and y0 <= y1


@dataclass
class PdfField:
    """One terminal field: its full name, type (``/Tx``, ``/Btn``, ...), raw value and widget objects.

    Boxes and states of the widgets are looked at only when needed (:func:`widget_boxes`,
    :func:`checked`): most sheets need neither, and reading stays close to a bare field read.
    """

    name: str
    kind: str
    value: object
    widgets: list[pikepdf.Dictionary] = field(default_factory=list)


def form_fields(pdf: pikepdf.Pdf) -> list[PdfField]:
    """Every terminal field of ``/AcroForm /Fields``; if that is missing or empty (some programs drop it
    when pages are combined), the widget annotations on the pages. Signature fields are left out."""
    acroform = pdf.Root.get("/AcroForm")
    roots = acroform.get("/Fields") if isinstance(acroform, pikepdf.Dictionary) else None
    found = list(_walk(_array(roots), "", "", 0, set()))
    if not found:
        tops = []
        seen: set[tuple[int, int]] = set()
        for obj in _page_widgets(pdf):
            top = _top_field(obj)
            if top is not None and (not top.is_indirect or _key(top) not in seen):
                seen.add(_key(top))
                tops.append(top)
        found = list(_walk(tops, "", "", 0, set()))
    return [f for f in found if f.kind != "/Sig"]


def _walk(nodes: list[pikepdf.Object], parent: str, inherited_kind: str, depth: int,
          seen: set[tuple[int, int]]) -> Iterator[PdfField]:
    if depth > MAX_DEPTH:
        return
    for node in nodes:
        if not isinstance(node, pikepdf.Dictionary) or _key(node) in seen:
            continue
        if node.is_indirect:
            seen.add(_key(node))
        partial = node.get("/T")
        partial = str(partial) if isinstance(partial, pikepdf.String) else ""
        name = f"{parent}.{partial}" if parent and partial else (partial or parent)
        kind = node.get("/FT")
        kind = name_text(kind) if isinstance(kind, pikepdf.Name) else inherited_kind
        kids = [k for k in _array(node.get("/Kids")) if isinstance(k, pikepdf.Dictionary)]
        child_fields = [k for k in kids if "/T" in k]
        if child_fields:
            yield from _walk(child_fields, name, kind, depth + 1, seen)
            continue
        widgets = kids or [node]
        value = node.get("/V")
        if value is None:  # some fillers put the value on the widget instead
            value = next((w.get("/V") for w in widgets if "/V" in w), None)
        yield PdfField(name, kind, value, widgets)


def widget_boxes(pdf: pikepdf.Pdf, fields: list[PdfField]) -> list[tuple[PdfField, Widget]]:
    """Every widget of the fields with its page and box (widgets without a box are left out)."""
    pages = _widget_pages(pdf)
    boxes = []
    for found in fields:
        for obj in found.widgets:
            rect = rectangle(obj.get("/Rect"))
            if rect:
                boxes.append((found, Widget(pages.get(_key(obj), -1), rect)))
    return boxes


def rectangle(value: object) -> tuple[float, float, float, float] | None:
    """A PDF rectangle as (x0, y0, x1, y1) with the corners in order; None if it is not one."""
    try:
        x0, y0, x1, y1 = (float(v) for v in _array(value))
    except (TypeError, ValueError):
        return None
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


def _widget_pages(pdf: pikepdf.Pdf) -> dict[tuple[int, int], int]:
    """Page number of every annotation object that a page lists in its /Annots."""
    pages: dict[tuple[int, int], int] = {}
    for number, page in enumerate(pdf.pages):
        for annotation in _array(page.obj.get("/Annots")):
            if isinstance(annotation, pikepdf.Dictionary):
                pages.setdefault(_key(annotation), number)
    return pages


def _page_widgets(pdf: pikepdf.Pdf) -> Iterator[pikepdf.Dictionary]:
    for page in pdf.pages:
        for annotation in _array(page.obj.get("/Annots")):
            if isinstance(annotation, pikepdf.Dictionary) and annotation.get("/Subtype") == pikepdf.Name.Widget:
                yield annotation


def _top_field(obj: pikepdf.Dictionary) -> pikepdf.Dictionary | None:
    """The root of the field tree a widget belongs to (following /Parent, never in a loop)."""
    seen = set()
    while isinstance(obj.get("/Parent"), pikepdf.Dictionary) and len(seen) < MAX_DEPTH:
        if obj.is_indirect and _key(obj) in seen:
            break
        seen.add(_key(obj))
        obj = obj.get("/Parent")
    return obj if "/T" in obj else None


def _array(value: object) -> list[pikepdf.Object]:
    return list(value) if isinstance(value, pikepdf.Array) else []


def _key(obj: pikepdf.Object) -> tuple[int, int]:
    """Identity of an indirect object (only those can form loops); (0, 0) for a direct one."""
    return obj.objgen if obj.is_indirect else (0, 0)


def text_value(value: object) -> str:
    """A field value as text: strings in either encoding, names, arrays (choice lists) and streams."""
    if isinstance(value, pikepdf.String):
        return str(value)
    if isinstance(value, pikepdf.Name):
        return name_text(value)[1:]
    if isinstance(value, pikepdf.Array):
        return "\n".join(text_value(v) for v in value if isinstance(v, pikepdf.String | pikepdf.Name))
    if isinstance(value, pikepdf.Stream):
        return str(pikepdf.String(value.read_bytes()))
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        return str(value)
    return ""


def checked(field: PdfField) -> bool:
    """A checkbox is on when its value is on (anything but missing or Off) or when a widget shows it on
    (/AS): some fillers only switch the widget, and people saw a tick."""
    states = (w.get("/AS") for w in field.widgets)
    return _on(field.value) or any(name_text(s) not in ("/Off", "/") for s in states if isinstance(s, pikepdf.Name))


def _on(value: object) -> bool:
    if isinstance(value, pikepdf.Name):
        return name_text(value) not in ("/Off", "/")
    if isinstance(value, pikepdf.String):
        return str(value) not in ("", "Off")
    return value is True


def name_text(name: pikepdf.Object) -> str:
    """A PDF name as text ('/Off'); a name that is not UTF-8 (damaged or odd file) keeps its bytes readable."""
    try:
        return str(name)
    except UnicodeDecodeError:
        return name.unparse().decode("utf-8", "replace")
