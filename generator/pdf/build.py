"""Make a set of PDFs (from the cache where possible) and write them safely to a folder."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ..loader import ToolkitData
from .render import Papier, PdfJob, render_pdf

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
    """Render every job; ``step`` is called after each (for a progress bar)."""
    built = []
    for job in jobs:
        content, hit = render_pdf(data, job, papier, cache_dir(data))
        built.append(BuiltPdf(job.filename, content, hit))
        if step:
            step(job)
    return built


def write_pdfs(built: list[BuiltPdf], out: Path) -> list[Path]:
    """Write each PDF via a temporary file and an atomic rename: never a half-written PDF."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for pdf in built:
        target = out / pdf.filename
        handle, temporary = tempfile.mkstemp(dir=out, prefix=f".{pdf.filename}-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(pdf.content)
            os.chmod(temporary, 0o644)  # readable by a web server, like any other built file
            os.replace(temporary, target)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
        paths.append(target)
    return paths
