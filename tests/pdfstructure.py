"""The tagged structure of a PDF as a screen reader reads it: the text of each structure element (from its
marked content) and, for every form field in a table cell, the header cells its ``/Headers`` name."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pdfplumber
import pikepdf


def _marked_text(path: Path) -> dict[tuple[int, int], str]:
    """(page object number, MCID) -> the text drawn in that marked content."""
    texts: dict[tuple[int, int], str] = defaultdict(str)
    with pdfplumber.open(path) as pdf, pikepdf.open(path) as document:
        numbers = [page.obj.objgen[0] for page in document.pages]
        for index, page in enumerate(pdf.pages):
            for char in page.chars:
                if char.get("mcid") is not None:
                    texts[(numbers[index], char["mcid"])] += char["text"]
    return texts


def _children(node: pikepdf.Object) -> list[pikepdf.Object]:
    kids = node.get("/K") if isinstance(node, pikepdf.Dictionary) else None
    if kids is None:
        return []
    return list(kids) if isinstance(kids, pikepdf.Array) else [kids]


class Structure:
    """Structure elements of one PDF with their text, and the fields they hold."""

    def __init__(self, path: Path) -> None:
        self.marked = _marked_text(path)
        self.pdf = pikepdf.open(path)
        self.root = self.pdf.Root.StructTreeRoot

    def close(self) -> None:
        self.pdf.close()

    def elements(self, node: pikepdf.Object | None = None) -> Iterator[pikepdf.Dictionary]:
        for child in _children(self.root if node is None else node):
            if isinstance(child, pikepdf.Dictionary) and "/S" in child:
                yield child
                yield from self.elements(child)

    def text(self, element: pikepdf.Dictionary, page: int | None = None) -> str:
        page = element.Pg.objgen[0] if "/Pg" in element else page
        parts = []
        for child in _children(element):
            if isinstance(child, int):
                parts.append(self.marked.get((page, int(child)), ""))
            elif isinstance(child, pikepdf.Dictionary) and child.get("/Type") == "/MCR":
                parts.append(self.marked.get((child.Pg.objgen[0] if "/Pg" in child else page, int(child.MCID)), ""))
            elif isinstance(child, pikepdf.Dictionary) and "/S" in child:
                parts.append(self.text(child, page))
        return " ".join(" ".join(parts).split())

    def fields(self, element: pikepdf.Dictionary) -> list[str]:
        """Names of the form fields (widget annotations) referenced below an element."""
        names = []
        for child in _children(element):
            if isinstance(child, pikepdf.Dictionary) and child.get("/Type") == "/OBJR":
                annotation = child.Obj
                names.append(str(annotation.T if "/T" in annotation else annotation.Parent.T))
            elif isinstance(child, pikepdf.Dictionary) and "/S" in child:
                names += self.fields(child)
        return names

    def cell_headers(self) -> dict[str, list[str]]:
        """Field name -> the texts of the header cells its table cell names, in order (row, then column)."""
        headers = {str(e.ID): self.text(e) for e in self.elements() if e.S == "/TH" and "/ID" in e}
        found = {}
        for cell in (e for e in self.elements() if e.S == "/TD"):
            attributes = cell.get("/A")
            entries = list(attributes) if isinstance(attributes, pikepdf.Array) else [attributes]
            ids = next((list(a.Headers) for a in entries if isinstance(a, pikepdf.Dictionary) and "/Headers" in a), [])
            for name in self.fields(cell):
                found[name] = [headers.get(str(i), f"?{i}") for i in ids]
        return found
