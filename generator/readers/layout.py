"""Where everything is on our own blank PDF of a werkblad: every printed word and every field box.

The flattened-sheet reader (:mod:`.flat`) lays a printed or flattened sheet over this layout. It
comes from the blank PDF of the current build (generator.pdf, cached on content: a blank sheet holds
no participant data), so it follows every change of a werkblad without a hand-made table. The browser
gets the same layout as JSON (:func:`layout_json`) and runs the same algorithm with pdf.js.

Coordinates are PDF points from the top-left corner of the page (y grows downwards).
"""

from __future__ import annotations

import hashlib
import json
from io import BytesIO
from pathlib import Path
from typing import Any

import pikepdf

from ..loader import ToolkitData
from ..pdf.build import build_pdfs, cache_dir
from ..pdf.render import werkblad_job
from .pdffields import form_fields, widget_boxes
from .words import page_words

VERSION = "1"  # of the layout format: part of the cache key
_MEMORY: dict[str, dict[str, Any]] = {}


def layout(data: ToolkitData, werkblad_id: str) -> dict[str, Any]:
    """The layout of one werkblad (plain data, see docs/overzicht-regels.md §3a)."""
    (blank,) = build_pdfs(data, [werkblad_job(data, werkblad_id)])
    key = hashlib.sha256(VERSION.encode() + blank.content).hexdigest()
    if key not in _MEMORY:
        stored = cache_dir(data).parent / "layout" / f"{key}.json"
        try:
            _MEMORY[key] = json.loads(stored.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            _MEMORY[key] = _measure(data, werkblad_id, blank.content)
            _store(stored, _MEMORY[key])
    return _MEMORY[key]


def layout_json(data: ToolkitData, werkblad_id: str) -> str:
    """The layout as JSON text, for the browser's flattened-sheet reader."""
    return json.dumps(layout(data, werkblad_id), ensure_ascii=False, separators=(",", ":"))


def _measure(data: ToolkitData, werkblad_id: str, blank: bytes) -> dict[str, Any]:
    kinds = {v.naam: v.soort for v in data.velden[werkblad_id]}
    order = {naam: index for index, naam in enumerate(kinds)}
    with pikepdf.open(BytesIO(blank)) as pdf:
        words = page_words(pdf, len(pdf.pages))
        offsets = [(float(p.mediabox[0]), float(p.mediabox[3])) for p in pdf.pages]
        sizes = [(float(p.mediabox[2]) - float(p.mediabox[0]), float(p.mediabox[3]) - float(p.mediabox[1]))
                 for p in pdf.pages]
        boxes = widget_boxes(pdf, form_fields(pdf))
    pages: list[dict[str, Any]] = [
        {"breedte": _r(w), "hoogte": _r(h), "woorden": [
            {"tekst": word.tekst, "x0": _r(word.x0), "top": _r(word.top), "x1": _r(word.x1),
             "bottom": _r(word.bottom)} for word in page], "velden": []}
        for page, (w, h) in zip(words, sizes, strict=True)]
    for field, widget in sorted(boxes, key=lambda b: order.get(b[0].name, len(order))):  # contract order
        if field.name in kinds and 0 <= widget.page < len(pages):
            left, top = offsets[widget.page]
            x0, y0, x1, y1 = widget.rect
            pages[widget.page]["velden"].append(
                {"naam": field.name, "soort": kinds[field.name], "x0": _r(x0 - left), "top": _r(top - y1),
                 "x1": _r(x1 - left), "bottom": _r(top - y0)})
    return {"werkblad": werkblad_id, "titel": data.werkbladen[werkblad_id].titel, "paginas": pages}


def _r(value: float) -> float:
    return round(value, 2)


def _store(path: Path, content: dict[str, Any]) -> None:
    """Keep the layout for the next run; a cache that cannot be written only costs time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
        temporary.replace(path)
    except OSError:
        pass
