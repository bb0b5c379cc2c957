"""Make a set of PDFs (from the cache where possible) and write them safely to a folder."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ..files import write_atomic
from ..loader import ToolkitData
from .render import Papier, PdfJob, paper_filename, render_pdf

CACHE = Path(".cache") / "pdf"


@dataclass(frozen=True)
class BuiltPdf:
    filename: str
    content: bytes
    cached: bool


def cache_dir(data: ToolkitData) -> Path:
    return data.root / CACHE


def build_pdfs(data: ToolkitData, jobs: Iterable[PdfJob], papier: Papier = "a4",
               step: Callable[[PdfJob], None] | None = None) -> list[BuiltPdf]:
    """Render every job; ``step`` is called after each (for a progress bar). A3 files are named ``*-a3.pdf``."""
    built = []
    for job in jobs:
        content, hit = render_pdf(data, job, papier, cache_dir(data))
        built.append(BuiltPdf(paper_filename(job.filename, papier), content, hit))
        if step:
            step(job)
    return built


def write_pdfs(built: list[BuiltPdf], out: Path) -> list[Path]:
    """Write each PDF atomically: never a half-written PDF, a failed run leaves old PDFs intact."""
    return [write_atomic(out / pdf.filename, pdf.content) for pdf in built]
