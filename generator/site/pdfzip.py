"""One download with every fillable werkblad, A4 and A3, for a facilitator who prepares a session.

Made from the PDFs the build already has, byte for byte deterministic (fixed order, fixed dates), so
the same toolkit gives the same ZIP and a cached build stays valid.
"""

from __future__ import annotations

import io
import zipfile

from ..loader import ToolkitData
from ..pdf.render import paper_filename
from .website import disclaimer

PDF_ZIP = "doorstroomtoolkit-invulbare-werkbladen.zip"
FOLDERS = {"a4": "A4", "a3": "A3"}
_DATE = (1980, 1, 1, 0, 0, 0)  # the earliest date a ZIP can hold: no build time in the file


def zip_members(data: ToolkitData) -> list[tuple[str, str]]:
    """(name in the ZIP, site path of the PDF) for every werkblad on both paper sizes, in toolkit order."""
    members = []
    for papier, folder in FOLDERS.items():
        for werkblad in data.werkbladen:
            name = paper_filename(f"{werkblad}.pdf", papier)  # type: ignore[arg-type]
            members.append((f"{folder}/{name}", f"pdf/{name}"))
    return members


def readme(data: ToolkitData) -> str:
    toolkit = data.toolkit
    lines = [
        f"Invulbare werkbladen en praatplaten: {toolkit.titel}",
        "",
        "A4: om op de computer in te vullen of af te drukken.",
        "A3: hetzelfde blad, groter; meer ruimte om met de hand te schrijven.",
        "Elk PDF-programma kan ze invullen. Het ingevulde bestand gaat zo in het sessie-overzicht.",
        "",
        toolkit.bron,
        disclaimer(data),
    ]
    return "\r\n".join(lines) + "\r\n"  # Windows' Notepad shows the lines too


def pdf_zip(data: ToolkitData, files: dict[str, bytes]) -> bytes:
    """The ZIP of :func:`zip_members` plus a short LEESMIJ.txt; ``files`` are the site's built files."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        _add(archive, "LEESMIJ.txt", readme(data).encode("utf-8"))
        for name, site_path in zip_members(data):
            _add(archive, name, files[site_path])
    return out.getvalue()


def _add(archive: zipfile.ZipFile, name: str, content: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    archive.writestr(info, content)
