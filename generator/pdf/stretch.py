"""How much height each page leaves empty under its sheet, measured on a first WeasyPrint layout.

Tables cannot share out free height by themselves (WeasyPrint ignores a table's height), so the
renderer lays the document out once, measures what is left under each ``.blad`` and lays it out again
with that height (``--vrij``) shared among the table's answer spaces. Works for any text length: a
sheet that fills its page gets nothing extra.
"""

from __future__ import annotations

from typing import Any

MM_PER_PX = 25.4 / 96  # WeasyPrint lays out in CSS pixels
SAFETY_MM = 0.5  # rounding in the second layout must never push a sheet onto a second page
ATTRIBUTE = "data-blad"


def free_heights(document: Any) -> dict[str, float]:
    """Free height (mm) under each page's first ``[data-blad]`` box, by that attribute's value.

    ``document`` is a rendered ``weasyprint.Document``; this reads its page boxes (WeasyPrint's layout
    tree, the same one its own tests inspect).
    """
    try:
        return _measure(document)
    except AttributeError:  # another WeasyPrint layout tree: no stretching, still a good PDF (tests notice)
        return {}


def _measure(document: Any) -> dict[str, float]:
    free: dict[str, float] = {}
    for page in document.pages:
        page_box = page._page_box
        bottom = page_box.content_box_y() + page_box.height
        for box in page_box.descendants():
            element = getattr(box, "element", None)
            key = element.get(ATTRIBUTE) if element is not None else None
            if key is None:
                continue
            if key not in free:  # the first (outermost) box of the sheet; later pages of it add nothing
                left = (bottom - box.position_y - box.margin_height()) * MM_PER_PX - SAFETY_MM
                free[key] = round(max(0.0, left), 2)
            break
    return free


def writing_heights(document: Any) -> list[float]:
    """Height (mm) of every multi-line answer field (``<textarea>``) in a rendered fillable document: its
    content box, which is what the PDF widget covers."""
    try:
        return [round(box.height * MM_PER_PX, 2) for page in document.pages
                for box in page._page_box.descendants()
                if getattr(getattr(box, "element", None), "tag", None) == "textarea"]
    except AttributeError:  # another WeasyPrint layout tree: measured as fitting (the geometry tests notice)
        return []
