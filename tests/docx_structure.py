"""A .docx read back as what a reader of the document sees, for comparing two writers (Python, browser).

Opened with python-docx; the body walked in order (also inside the table of contents' content control):
every paragraph with its style name, list level and list, text (tabs and line breaks kept, field codes
not) and links; every table with its column widths, header rows, rows that may not split, and per cell
its text, shading and border. Plus the footer (text and field codes) and the document properties.
"""

from __future__ import annotations

import io
import json
import re
from typing import Any

from docx import Document
from docx.oxml.ns import qn

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _text(element: Any) -> str:
    parts = []
    for node in element.iter(f"{W}t", f"{W}tab", f"{W}br"):
        if node.tag == f"{W}t":
            parts.append(node.text or "")
        elif node.tag == f"{W}tab" and node.getparent().tag == f"{W}r":
            parts.append("\t")
        elif node.tag == f"{W}br":
            parts.append("\f" if node.get(qn("w:type")) == "page" else "\n")
    return "".join(parts)


class _Reader:
    def __init__(self, document: Any) -> None:
        self.document = document
        self.names = {s.style_id: s.name for s in document.styles}
        self.lists: dict[str, int] = {}  # numId -> the how-manieth list it is (writers number them differently)
        rels = document.part.rels
        self.targets = {rid: rel.target_ref for rid, rel in rels.items()}

    def style(self, element: Any, tag: str) -> str:
        found = element.find(f"{W}{tag}Pr/{W}{tag}Style")
        return self.names.get(found.get(qn("w:val")), found.get(qn("w:val"))) if found is not None else ""

    def paragraph(self, p: Any) -> dict[str, Any]:
        result: dict[str, Any] = {"stijl": self.style(p, "p") or "Normal", "tekst": _text(p)}
        numpr = p.find(f"{W}pPr/{W}numPr")
        if numpr is not None:
            num = numpr.find(f"{W}numId").get(qn("w:val"))
            level = int(numpr.find(f"{W}ilvl").get(qn("w:val")))
            result["lijst"] = (self.lists.setdefault(num, len(self.lists)), level)
        links = [self.targets.get(h.get(qn("r:id")), h.get(qn("w:anchor"))) for h in p.iter(f"{W}hyperlink")]
        if links:
            result["links"] = links
        looks = [(bool(r.find(f"{W}rPr/{W}b") is not None), bool(r.find(f"{W}rPr/{W}i") is not None))
                 for r in p.iter(f"{W}r") if r.find(f"{W}t") is not None]
        if any(any(look) for look in looks):
            result["opmaak"] = looks
        return result

    def cell(self, tc: Any) -> dict[str, Any]:
        shd = tc.find(f"{W}tcPr/{W}shd")
        border = tc.find(f"{W}tcPr/{W}tcBorders/{W}top")
        return {"alineas": [self.paragraph(p) for p in tc.iter(f"{W}p")],
                "breedte": tc.find(f"{W}tcPr/{W}tcW").get(qn("w:w")),
                "arcering": None if shd is None else (shd.get(qn("w:val")), shd.get(qn("w:fill"))),
                "rand": None if border is None else border.get(qn("w:sz"))}

    def table(self, tbl: Any) -> dict[str, Any]:
        rows = []
        for tr in tbl.iter(f"{W}tr"):
            props = tr.find(f"{W}trPr")
            rows.append({"kop": props is not None and props.find(f"{W}tblHeader") is not None,
                         "niet_splitsen": props is not None and props.find(f"{W}cantSplit") is not None,
                         "cellen": [self.cell(tc) for tc in tr.iter(f"{W}tc")]})
        return {"tabel": self.style(tbl, "tbl"), "kolommen": [g.get(qn("w:w")) for g in tbl.iter(f"{W}gridCol")],
                "rijen": rows}

    def blocks(self, parent: Any) -> list[dict[str, Any]]:
        result = []
        for child in parent:
            if child.tag == f"{W}p":
                result.append(self.paragraph(child))
            elif child.tag == f"{W}tbl":
                result.append(self.table(child))
            elif child.tag == f"{W}sdt":
                result.append({"inhoud": self.blocks(child.find(f"{W}sdtContent"))})
        return result


def structure(docx: bytes) -> dict[str, Any]:
    """Everything a reader sees in the document, as plain data (equal for two writers of one doc-HTML).
    Bookmark names (the table of contents' links, never shown) are numbered in order of appearance: the
    browser library counts them over every document of the page."""
    document = Document(io.BytesIO(docx))
    reader = _Reader(document)
    footer = document.sections[-1].footer._element
    props = document.core_properties
    section = document.sections[-1]
    names: dict[str, str] = {}
    renumber = lambda text: re.sub(r"_Toc\d+", lambda m: names.setdefault(m.group(0), f"_Toc{len(names) + 1}"), text)  # noqa: E731
    found = _structure(document, reader, footer, props, section)
    return json.loads(renumber(json.dumps(found, ensure_ascii=False)))


def _structure(document: Any, reader: _Reader, footer: Any, props: Any, section: Any) -> dict[str, Any]:
    return {
        "blokken": reader.blocks(document.element.body),
        "voettekst": [_text(p) for p in footer.iter(f"{W}p")],
        "velden": [i.text.strip() for i in footer.iter(f"{W}instrText")],
        "inhoudsveld": [i.text.strip() for i in document.element.body.iter(f"{W}instrText")],
        "eigenschappen": {"titel": props.title, "onderwerp": props.subject, "auteur": props.author,
                          "gemaakt": props.created.isoformat() if props.created else None, "taal": props.language},
        "pagina": [round(x.cm, 2) for x in (section.page_width, section.page_height, section.left_margin,
                                             section.right_margin, section.top_margin, section.bottom_margin)],
        "bijwerken": document.settings.element.find(qn("w:updateFields")) is not None,
    }


def headings(docx: bytes) -> list[tuple[str, str]]:
    """(style, text) of every Title and Heading paragraph, in order."""
    document = Document(io.BytesIO(docx))
    return [(p.style.name, p.text) for p in document.paragraphs
            if p.style.name == "Title" or p.style.name.startswith("Heading")]
