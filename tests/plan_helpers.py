"""Shared by the plan tests: the CLI run on the small fixture sessions, and a plan read back by chapter."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from .helpers import ROOT, run_cli

FIXTURES = ROOT / "tests" / "fixtures" / "plan"
SMALL = ("zonder-stimuleren", "ambities-en-indicatoren")
CHAPTERS = [
    "1 Samenvatting",
    "2 Aanleiding",
    "3 Ambitie en doelen",
    "4 Partners en rollen",
    "5 Aanpak per instrument",
    "6 Acties",
    "7 Monitoring en evaluatie",
    "8 Organisatie en financiering",
    "9 Besluitpunten",
    "10 Bijlagen",
]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="session")
def small_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """`doorstroom sessie` on each small fixture session: name -> output folder."""
    runs = {}
    for name in SMALL:
        out = tmp_path_factory.mktemp("plan") / name
        result = run_cli("sessie", str(FIXTURES / name), "--out", str(out), "--titel", f"Proef {name}", cwd=ROOT)
        assert result.returncode == 0, result.stderr
        runs[name] = out
    return runs


class Plan:
    """A plan-van-aanpak.docx as a reader sees it: blocks (paragraphs and tables) in order, per chapter."""

    def __init__(self, docx: bytes) -> None:
        self.document = Document(io.BytesIO(docx))
        self.blocks: list[Any] = []
        for child in self.document.element.body.iter(f"{W}p", f"{W}tbl"):
            if child.tag == f"{W}tbl":
                self.blocks.append(_table(child))
            elif child.getparent().tag in (f"{W}body", f"{W}sdtContent"):
                self.blocks.append(self.paragraph(child))

    def paragraph(self, p: Any) -> tuple[str, str]:
        style = p.find(f"{W}pPr/{W}pStyle")
        names = {s.style_id: s.name for s in self.document.styles}
        name = names.get(style.get(f"{W}val"), "") if style is not None else "Normal"
        return (name, "".join(t.text or "" if t.tag == f"{W}t" else "\n" for t in p.iter(f"{W}t", f"{W}br")))

    def headings(self, level: int) -> list[str]:
        return [text for style, text in self.paragraphs() if style == f"Heading {level}"]

    def paragraphs(self) -> list[tuple[str, str]]:
        return [b for b in self.blocks if isinstance(b, tuple)]

    def chapter(self, title: str) -> list[Any]:
        """The blocks from Kop 1 ``title`` up to the next Kop 1."""
        start = self.blocks.index(("Heading 1", title))
        end = next(
            (
                i
                for i in range(start + 1, len(self.blocks))
                if isinstance(self.blocks[i], tuple) and self.blocks[i][0] == "Heading 1"
            ),
            len(self.blocks),
        )
        return self.blocks[start + 1 : end]

    def tables(self, title: str) -> list[list[list[str]]]:
        return [b for b in self.chapter(title) if isinstance(b, list)]

    def text(self, title: str | None = None) -> str:
        blocks = self.chapter(title) if title else self.blocks
        parts = []
        for block in blocks:
            parts += [block[1]] if isinstance(block, tuple) else [cell for row in block for cell in row]
        return squash("\n".join(parts))

    def prompts(self, title: str) -> list[str]:
        return [
            text for style, text in (b for b in self.chapter(title) if isinstance(b, tuple)) if style == "In te vullen"
        ]


def _table(tbl: Any) -> list[list[str]]:
    rows = []
    for tr in tbl.iter(f"{W}tr"):
        rows.append(
            [
                "\n".join(
                    "".join(t.text or "" if t.tag == f"{W}t" else "\n" for t in p.iter(f"{W}t", f"{W}br"))
                    for p in tc.iter(f"{W}p")
                )
                for tc in tr.iter(f"{W}tc")
            ]
        )
    return rows


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def table_with(plan: Plan, title: str, first_header: str) -> list[list[str]]:
    return next(t for t in plan.tables(title) if t[0][0] == first_header)
