"""Write the generated pages to a folder (for another engine, or to inspect them)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from ..errors import DoorstroomError
from ..files import OutputNotWritable, output_folder
from .pages import Page

MARKER = ".doorstroom-pages"


class OutputFolderInUse(DoorstroomError):
    """The folder holds files we did not write; we never delete those."""

    def __init__(self, folder: Path, example: Path) -> None:
        super().__init__(f"{folder}: de map bevat al andere bestanden (bv. {example.name}). "
                         "Kies een lege map; er wordt niets overschreven.")


def write_pages(pages: list[Page], out: Path) -> None:
    """Write all pages to ``out`` at once: first to a temporary folder, then swap it in.

    A folder written earlier by this command (it carries a marker file) is replaced; any other
    non-empty folder is refused, so nothing of the user's is lost or half-overwritten.
    """
    out = out.resolve()
    if out.exists() and not out.is_dir():
        raise OutputNotWritable(out, "dit is een bestand, geen map")
    if out.exists() and any(out.iterdir()) and not (out / MARKER).exists():
        raise OutputFolderInUse(out, next(out.iterdir()))
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=output_folder(out.parent)))
    try:
        for page in pages:
            target = staging / page.path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(page.markdown, encoding="utf-8")
        (staging / MARKER).write_text("Gemaakt door 'doorstroom pages'; wordt bij de volgende keer vervangen.\n",
                                      encoding="utf-8")
        if out.exists():
            shutil.rmtree(out)
        staging.rename(out)
    finally:
        if staging.exists():
            shutil.rmtree(staging)
