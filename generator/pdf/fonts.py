"""The fonts the PDFs use: shipped with the project, so every machine renders the same.

Body text uses Open Sans (WeasyPrint subsets it). Form fields get their own small subset of Open
Sans covering Dutch and Western European text, because WeasyPrint embeds field fonts whole.
"""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from pathlib import Path

from ..errors import DoorstroomError

FONTS_DIR = Path(__file__).parent / "fonts"
BODY_FONTS = {  # (style, weight) -> file
    ("normal", 400): "OpenSans-Regular.ttf",
    ("normal", 700): "OpenSans-Bold.ttf",
    ("italic", 400): "OpenSans-Italic.ttf",
}
FIELD_SOURCE = "OpenSans-Regular.ttf"
# Latin-1, Latin Extended-A, typographic quotes and dashes, bullet, ellipsis, euro sign.
FIELD_UNICODES = [*range(0x20, 0x7F), *range(0xA0, 0x180), 0x2013, 0x2014, *range(0x2018, 0x201F), 0x2022,
                  0x2026, 0x20AC]


class FontMissing(DoorstroomError):
    """A shipped font file is gone: we refuse to fall back to some other font silently."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path}: lettertypebestand ontbreekt; herstel het uit git (generator/pdf/fonts/).")


def body_font(style: str, weight: int) -> Path:
    path = FONTS_DIR / BODY_FONTS[(style, weight)]
    if not path.is_file():
        raise FontMissing(path)
    return path


def body_font_uris() -> dict[str, str]:
    """The body fonts as file URIs for @font-face (the fetcher lets WeasyPrint read only these)."""
    return {"regular": body_font("normal", 400).as_uri(), "bold": body_font("normal", 700).as_uri(),
            "italic": body_font("italic", 400).as_uri()}


@cache
def _drawable() -> frozenset[int]:
    """The code points every shipped body font (regular, bold, italic) has a glyph for."""
    from fontTools.ttLib import TTFont  # WeasyPrint's own dependency

    cmaps = [set(TTFont(body_font(style, weight), lazy=True).getBestCmap()) for style, weight in BODY_FONTS]
    return frozenset(set.intersection(*cmaps) | {ord("\n"), ord("\t")})


def printable(text: str) -> str:
    """Participants' text for a PDF: a character the shipped fonts cannot draw (an emoji, an arrow, CJK)
    becomes '?', as in the browser's PDF download; otherwise WeasyPrint would quietly draw it in a system
    font. Only the PDF changes: HTML, XLSX, CSV, JSON and DOCX keep the real text."""
    drawable = _drawable()
    if all(ord(c) in drawable for c in text):
        return text
    return "".join(c if ord(c) in drawable else "?" for c in text)


def field_font(cache_dir: Path, source_name: str = FIELD_SOURCE) -> Path:
    """The field subset font (of ``source_name``: the bold and italic cuts serve documents drawn in the
    browser), made once per source font version and kept in the cache."""
    source = FONTS_DIR / source_name
    if not source.is_file():
        raise FontMissing(source)
    digest = hashlib.sha256(source.read_bytes() + repr(FIELD_UNICODES).encode()).hexdigest()[:16]
    target = cache_dir.resolve() / f"veldletter-{digest}.ttf"
    if not target.is_file():
        from fontTools import subset  # only when the subset is not cached yet

        cache_dir.mkdir(parents=True, exist_ok=True)
        options = subset.Options()
        options.name_IDs = ["*"]
        options.notdef_outline = True
        options.layout_features = []
        font = subset.load_font(str(source), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=FIELD_UNICODES)
        subsetter.subset(font)
        partial = target.with_suffix(".tmp")
        subset.save_font(font, str(partial), options)
        partial.replace(target)
    return target


FIELD_FONT_SCRIPT = "veldletter.ttf.js"


def field_font_script(font: Path) -> str:
    """The field font as a script for the browser form, which draws filled fields with it (pdf-lib).

    A script, not a fetch, so it also loads from file://, like the blank PDFs (``pdf/<id>.pdf.js``).
    """
    return f'window.doorstroomVeldletter = "{base64.b64encode(font.read_bytes()).decode()}";\n'
