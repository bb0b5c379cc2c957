"""The .docx package around the content: a clean start, and the finishing touches after python-docx saved.

A new document starts from our own parts (basis.py), not from python-docx's template, which carries a
thumbnail, custom XML and "Microsoft Macintosh Word" in app.xml. After saving, the document properties
are written again from core.xml/app.xml (the same files the browser writer uses) and any thumbnail of a
gemeente's template is dropped: nothing of another producer is left in the file.
"""

from __future__ import annotations

import io
import re
import zipfile

from .basis import part, properties, spec

_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_OFFICE = "application/vnd.openxmlformats-officedocument."
_WORDML = _OFFICE + "wordprocessingml."
_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_CONTENT_TYPES = (
    _XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    + "".join(f'<Override PartName="{name}" ContentType="{kind}"/>' for name, kind in (
        ("/word/document.xml", _WORDML + "document.main+xml"), ("/word/styles.xml", _WORDML + "styles+xml"),
        ("/word/settings.xml", _WORDML + "settings+xml"), ("/word/numbering.xml", _WORDML + "numbering+xml"),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ("/docProps/app.xml", _OFFICE + "extended-properties+xml")))
    + "</Types>")


def _relationships(*targets: tuple[str, str]) -> str:
    return (_XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(f'<Relationship Id="rId{n}" Type="{kind}" Target="{target}"/>'
                      for n, (kind, target) in enumerate(targets, start=1))
            + "</Relationships>")


_ROOT_RELS = _relationships(
    (_RELS + "officeDocument", "word/document.xml"),
    ("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
    (_RELS + "extended-properties", "docProps/app.xml"))
_DOCUMENT_RELS = _relationships((_RELS + "styles", "styles.xml"), (_RELS + "settings", "settings.xml"),
                                (_RELS + "numbering", "numbering.xml"))
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
EMPTY_NUMBERING = f"{_XML}<w:numbering {_W}/>"
# Package parts of another producer: a template's thumbnail and its custom properties (document library data).
_DROPPED = re.compile(r'<Relationship [^>]*Type="[^"]*/(thumbnail|custom-properties)"[^>]*/>')
_DROPPED_TYPE = re.compile(r'<Override [^>]*PartName="/docProps/custom.xml"[^>]*/>')
_APP_TYPE = _OFFICE + "extended-properties+xml"
_APP_REL = _RELS + "extended-properties"


def start_package() -> bytes:
    """An empty A4 document with 2 cm margins and our styles, settings and (empty) numbering."""
    page = spec()["pagina"]
    document = (f"{_XML}<w:document {_W} {_R}><w:body><w:sectPr>"
                f'<w:pgSz w:w="{page["breedte"]}" w:h="{page["hoogte"]}"/>'
                f'<w:pgMar w:top="{page["marge"]}" w:right="{page["marge"]}" w:bottom="{page["marge"]}" '
                f'w:left="{page["marge"]}" w:header="{page["koptekst"]}" w:footer="{page["voettekst"]}" w:gutter="0"/>'
                '</w:sectPr></w:body></w:document>')
    parts = {"[Content_Types].xml": _CONTENT_TYPES, "_rels/.rels": _ROOT_RELS, "word/document.xml": document,
             "word/_rels/document.xml.rels": _DOCUMENT_RELS, "word/styles.xml": part("styles.xml"),
             "word/settings.xml": part("settings.xml"), "word/numbering.xml": EMPTY_NUMBERING,
             **properties("", "", "2000-01-01")}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, content in parts.items():
            package.writestr(name, content)
    return out.getvalue()


def finish_package(docx: bytes, titel: str, onderwerp: str, datum: str) -> bytes:
    """Our document properties, no thumbnail; every other part as python-docx wrote it."""
    props = properties(titel, onderwerp, datum)
    source = zipfile.ZipFile(io.BytesIO(docx))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for info in source.infolist():
            name = info.filename
            if name.startswith("docProps/thumbnail") or name == "docProps/custom.xml" or name in props:
                continue
            content = source.read(name)
            if name == "_rels/.rels":
                text = _DROPPED.sub("", content.decode("utf-8"))
                if _APP_REL not in text:
                    text = text.replace("</Relationships>", f'<Relationship Id="rIdApp" Type="{_APP_REL}" '
                                                            'Target="docProps/app.xml"/></Relationships>')
                content = text.encode("utf-8")
            elif name == "[Content_Types].xml":
                text = _DROPPED_TYPE.sub("", content.decode("utf-8"))
                if "/docProps/app.xml" not in text:
                    app = f'<Override PartName="/docProps/app.xml" ContentType="{_APP_TYPE}"/>'
                    text = text.replace("</Types>", app + "</Types>")
                content = text.encode("utf-8")
            package.writestr(_entry(name), content)
        for name in ("docProps/core.xml", "docProps/app.xml"):
            package.writestr(_entry(name), props[name])
    return out.getvalue()


def _entry(name: str) -> zipfile.ZipInfo:
    """A zip entry with a fixed time, so the same document gives the same bytes."""
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    return info
