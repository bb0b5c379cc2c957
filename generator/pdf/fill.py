"""Fill a blank werkblad with our own appearances, so that every viewer shows the same legible text.

What robust form producers do: a fixed, legible size (the field's own, 9 pt on A4; shrunk one step at
a time to at least ``MIN_PT`` when the text does not fit, never further: the rest is cut on paper and the
value stays whole), text wrapped at word boundaries by the font's own widths, drawn in a font that is
embedded in the appearance (Open Sans, only the characters used; a character it lacks is drawn as "?"
and kept in the value), and ``NeedAppearances`` off, so no viewer draws the text again in its own way.
The field's DA stays as it is (``/Helv``), for anyone who edits the sheet later in another program.

Used by other parts to pre-fill sheets (for instance the name of each organisation); the browser's
"Download als ingevulde PDF" (werkblad-formulier.js) follows the same rules with pdf-lib.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from io import BytesIO

import pikepdf

from ..errors import DoorstroomError
from .fonts import FIELD_SOURCE, FIELD_UNICODES, FONTS_DIR

MIN_PT = 7.0  # never smaller on paper
STEP_PT = 0.5
PAD = 2.0  # pt between the field's edge and its text
LEADING = 1.2
FONT_NAME = "/DoorstroomVeld"
MULTILINE = 1 << 12


class FillError(DoorstroomError):
    """The values do not fit the blank: an unknown field, or a tick for a text field (or the other way)."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("PDF niet ingevuld:\n" + "\n".join(f"  {p}" for p in problems))


def fill_pdf(blank: bytes, values: Mapping[str, str | bool]) -> bytes:
    """The blank PDF with ``values`` (field name -> text, or True/False for a tick box) filled in.

    Fields not in ``values`` stay as they are. Raises :class:`FillError` for names the PDF does not
    have or values of the wrong kind; nothing is half filled.
    """
    with pikepdf.open(BytesIO(blank)) as pdf:
        acroform = pdf.Root.get("/AcroForm")
        fields = {str(f.T): f for f in (acroform.Fields if acroform is not None else []) if "/T" in f}
        problems = [f"{name}: dit werkblad heeft geen veld met deze naam" for name in values if name not in fields]
        for name, value in values.items():
            kind = fields[name].get("/FT") if name in fields else None
            if kind == pikepdf.Name.Btn and not isinstance(value, bool):
                problems.append(f"{name}: een vinkje is true of false")
            elif kind == pikepdf.Name.Tx and not isinstance(value, str):
                problems.append(f"{name}: dit veld vraagt tekst")
        if problems:
            raise FillError(problems)
        texts = {name: value for name, value in values.items() if isinstance(value, str)}
        font = _embedded_font(pdf, "".join(texts.values())) if any(texts.values()) else None
        for name, value in values.items():
            field = fields[name]
            if isinstance(value, bool):
                _tick(field, value)
            else:
                field.V = pikepdf.String(value)
                _text_appearance(pdf, field, value, font)
        acroform.NeedAppearances = False
        out = BytesIO()
        pdf.save(out, compress_streams=True, object_stream_mode=pikepdf.ObjectStreamMode.generate)
        return out.getvalue()


def _tick(field: pikepdf.Dictionary, on: bool) -> None:
    states = [k for k in field.get("/AP", {}).get("/N", {}).keys() if k != "/Off"] if "/AP" in field else []
    state = pikepdf.Name(states[0] if states else "/on") if on else pikepdf.Name.Off
    field.V = state
    field.AS = state


def _size(field: pikepdf.Dictionary) -> float:
    """The size the field's DA asks for (our blanks: 9 pt on A4); 'automatic' (0) is taken as 9 pt."""
    match = re.search(rb"([\d.]+)\s+Tf", bytes(field.get("/DA", b"")))
    size = float(match.group(1)) if match else 0.0
    return size if size > 0 else 9.0


def _text_appearance(pdf: pikepdf.Pdf, field: pikepdf.Dictionary, value: str, font: _Font | None) -> None:
    x0, y0, x1, y1 = (float(v) for v in field.Rect)
    width, height = x1 - x0, y1 - y0
    box = [0, 0, round(width, 3), round(height, 3)]
    content = b"/Tx BMC EMC"
    if value and font is not None:
        multiline = bool(int(field.get("/Ff", 0)) & MULTILINE)
        size, lines = _fit(font, value.replace("\r\n", "\n").replace("\r", "\n"), _size(field), width - 2 * PAD,
                           height - 2 * PAD, multiline)
        top = height - PAD - size if multiline else (height - 0.7 * size) / 2
        shown = [(line, top - i * size * LEADING) for i, line in enumerate(lines)]
        text = b" ".join(b"1 0 0 1 %.2f %.2f Tm <%s> Tj" % (PAD, y, font.encode(line).hex().encode())
                         for line, y in shown if y > -size)
        content = (b"/Tx BMC q 1 1 %.2f %.2f re W n BT %s %.1f Tf 0 g %s ET Q EMC"
                   % (width - 2, height - 2, FONT_NAME.encode(), size, text))
    field.AP = pikepdf.Dictionary(N=pdf.make_stream(
        content, Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Form, BBox=box,
        Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary({FONT_NAME: font.ref})) if font else pikepdf.Dictionary()))


def _fit(font: _Font, text: str, size: float, width: float, height: float, multiline: bool) -> tuple[float, list[str]]:
    """The largest size from the field's own down to ``MIN_PT`` at which the wrapped text fits."""
    while True:
        lines = _wrap(font, text, size, width) if multiline else [text.replace("\n", " ")]
        fits = size * (1 + (len(lines) - 1) * LEADING) <= height and all(font.width(line, size) <= width
                                                                          for line in lines)
        if fits or size - STEP_PT < MIN_PT:
            return size, lines
        size -= STEP_PT


def _wrap(font: _Font, text: str, size: float, width: float) -> list[str]:
    """Lines of ``text`` no wider than ``width``: breaks at spaces, a word too long for a line is cut."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if font.width(candidate, size) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            while font.width(word, size) > width and len(word) > 1:
                cut = max(1, next((n for n in range(len(word), 0, -1) if font.width(word[:n], size) <= width), 1))
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    return lines


class _Font:
    """Open Sans embedded as a composite font (Identity-H): any character of our field set, 2 bytes each."""

    def __init__(self, ref: pikepdf.Object, gids: dict[str, int], advances: dict[int, int]) -> None:
        self.ref = ref
        self.gids = gids
        self.advances = advances

    def glyph(self, char: str) -> int:
        return self.gids.get(char) or self.gids["?"]

    def width(self, text: str, size: float) -> float:
        return sum(self.advances[self.glyph(c)] for c in text) * size / 1000

    def encode(self, text: str) -> bytes:
        return b"".join(self.glyph(c).to_bytes(2, "big") for c in text)


def _subset(unicodes: list[int]) -> bytes:
    """Open Sans with only these characters, glyph ids kept (so the ids below stay valid)."""
    from fontTools import subset

    options = subset.Options()
    options.retain_gids = True
    options.notdef_outline = True
    options.layout_features = []
    options.name_IDs = ["*"]
    font = subset.load_font(str(FONTS_DIR / FIELD_SOURCE), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    data = BytesIO()
    font.save(data)
    return data.getvalue()


@cache
def _metrics() -> tuple[dict[int, int], dict[int, int]]:
    """Of our field character set (Dutch and Western European text): code point -> gid, gid -> width."""
    from fontTools.ttLib import TTFont

    font = TTFont(FONTS_DIR / FIELD_SOURCE, lazy=True)
    order = {name: index for index, name in enumerate(font.getGlyphOrder())}
    scale = 1000 / font["head"].unitsPerEm
    wanted = set(FIELD_UNICODES)
    cmap = {code: order[name] for code, name in font.getBestCmap().items() if code in wanted}
    widths = {gid: round(font["hmtx"][font.getGlyphOrder()[gid]][0] * scale) for gid in set(cmap.values()) | {0}}
    return cmap, widths


def _embedded_font(pdf: pikepdf.Pdf, text: str) -> _Font:
    cmap, widths = _metrics()
    gids = {c: cmap[ord(c)] for c in set(text) | {"?", " "} if ord(c) in cmap}
    used = sorted(set(gids.values()))
    program = _subset([ord(c) for c in gids])
    descriptor = pikepdf.Dictionary(
        Type=pikepdf.Name.FontDescriptor, FontName=pikepdf.Name("/OpenSans"), Flags=32,
        FontBBox=[-550, -271, 1204, 1048], ItalicAngle=0, Ascent=1069, Descent=-293, CapHeight=714, StemV=80,
        FontFile2=pdf.make_stream(program))
    cid_font = pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.CIDFontType2, BaseFont=pikepdf.Name("/OpenSans"),
        CIDSystemInfo=pikepdf.Dictionary(Registry=pikepdf.String("Adobe"), Ordering=pikepdf.String("Identity"),
                                         Supplement=0),
        FontDescriptor=pdf.make_indirect(descriptor), CIDToGIDMap=pikepdf.Name.Identity,
        W=pikepdf.Array([x for gid in used for x in (gid, pikepdf.Array([widths[gid]]))]))
    to_unicode = pdf.make_stream(_to_unicode({gid: char for char, gid in gids.items()}))
    font = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type0, BaseFont=pikepdf.Name("/OpenSans"),
        Encoding=pikepdf.Name("/Identity-H"), DescendantFonts=[pdf.make_indirect(cid_font)], ToUnicode=to_unicode))
    return _Font(font, gids, widths)


def _to_unicode(chars: dict[int, str]) -> bytes:
    """A ToUnicode CMap, so that a filled sheet printed to PDF still gives its text back (flattened sheets)."""
    entries = "\n".join(f"<{gid:04X}> <{char.encode('utf-16-be').hex().upper()}>"
                        for gid, char in sorted(chars.items()))
    return (f"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) "
            f"/Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def "
            f"1 begincodespacerange <0000> <FFFF> endcodespacerange {len(chars)} beginbfchar\n{entries}\n"
            f"endbfchar endcmap CMapName currentdict /CMap defineresource pop end end").encode()
