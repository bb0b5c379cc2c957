"""The look and the fixed parts of our Word documents, shared by the Python and the browser writer.

Everything here is data in ``ooxml/``: the styles (styles.xml), the settings (settings.xml), the
document properties (core.xml and app.xml, with {placeholders}) and word.json (page, which style each
doc-HTML element gets, the list levels, the shading of status cells, the footer words). The site build
hands the same files to the browser (generator/site/documenten.py), so both writers make the same document.
"""

from __future__ import annotations

import functools
import json
import math
import re
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

OOXML = Path(__file__).parent / "ooxml"
CM = 567  # twips per centimetre, as Word rounds it
_PLACEHOLDER = re.compile(r"\{(titel|onderwerp|datum)\}")
_COMMENT = re.compile(r"<!--.*?-->\s*", re.S)


@functools.cache
def spec() -> dict[str, Any]:
    """word.json: page, styles per doc-HTML element, list levels, cell shading, footer words."""
    return json.loads((OOXML / "word.json").read_text(encoding="utf-8"))


@functools.cache
def part(name: str) -> str:
    """One fixed part (styles.xml, settings.xml, core.xml, app.xml) without its explanatory comments."""
    return _COMMENT.sub("", (OOXML / name).read_text(encoding="utf-8"))


def properties(titel: str, onderwerp: str, datum: str) -> dict[str, str]:
    """docProps/core.xml and docProps/app.xml: who made it and when, nothing left of another producer."""
    values = {"titel": escape(titel), "onderwerp": escape(onderwerp), "datum": datum}
    core = _PLACEHOLDER.sub(lambda m: values[m.group(1)], part("core.xml"))
    return {"docProps/core.xml": core, "docProps/app.xml": part("app.xml")}


def twips(cm: float) -> int:
    """Centimetres -> twips, rounded half up (as JavaScript's Math.round, so both writers agree)."""
    return math.floor(cm * CM + 0.5)


def browser_data() -> dict[str, Any]:
    """What the browser writer needs: the same spec and parts (generator/site/documenten.py writes it)."""
    return {"spec": spec(), "stijlen": part("styles.xml"), "instellingen": part("settings.xml"),
            "core": part("core.xml"), "app": part("app.xml")}
