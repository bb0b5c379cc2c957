"""A gemeente's own Word template (--sjabloon): checked before anything is read or written.

A .docx or .dotx works (a .dotx is opened as the document it would start); anything else gets a Dutch
reason and exit code 2, and nothing is written: an old .doc, a file locked with a password (Word then
stores it as an encrypted compound file, not a zip), a file with macros, an Excel or PowerPoint file, a
broken or a very large file.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument

from ..errors import DoorstroomError

MAX_BYTES = 25 * 1024 * 1024  # a house-style template with logos is a few MB; more is not a template
UNPACKED_BYTES = 8 * MAX_BYTES  # and a zip that unpacks to far more is no template either (a zip bomb)
OLE_MAGIC = b"\xd0\xcf\x11\xe0"
MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
TEMPLATE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
MACROS = "application/vnd.ms-word."


class SjabloonOnbruikbaar(DoorstroomError):
    """The file given with --sjabloon cannot be used; exit 2 (a usage error), nothing written."""

    exit_code = 2

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path.name}: dit bestand is niet te gebruiken als Word-sjabloon: {reason}. Geef met "
                         "--sjabloon een Word-document (.docx) of Word-sjabloon (.dotx); er is niets geschreven.")


def check_template(path: Path) -> bytes:
    """The template's bytes, ready to open as a document; :class:`SjabloonOnbruikbaar` when it is not one."""
    try:
        if not path.is_file():
            raise SjabloonOnbruikbaar(path, "het bestand bestaat niet" if not path.exists() else "dit is een map")
        if path.stat().st_size > MAX_BYTES:
            raise SjabloonOnbruikbaar(path, f"groter dan {MAX_BYTES // (1024 * 1024)} MB")
        content = path.read_bytes()
    except OSError as exc:
        raise SjabloonOnbruikbaar(path, f"niet te lezen ({exc.strerror or exc})") from None
    if content.startswith(OLE_MAGIC):
        raise SjabloonOnbruikbaar(path, "een oud Word-bestand (.doc) of een bestand met een wachtwoord; sla het in "
                                        "Word op als .docx zonder wachtwoord")
    try:
        package = zipfile.ZipFile(io.BytesIO(content))
        types = package.read("[Content_Types].xml").decode("utf-8")
        unpacked = sum(info.file_size for info in package.infolist())
    except (zipfile.BadZipFile, KeyError, UnicodeDecodeError, OSError, ValueError):
        raise SjabloonOnbruikbaar(path, "geen Word-bestand, of het bestand is beschadigd") from None
    if unpacked > UNPACKED_BYTES:
        raise SjabloonOnbruikbaar(path, "uitgepakt veel te groot voor een sjabloon")
    if MACROS in types and ("macroEnabled" in types or "vbaProject" in types):
        raise SjabloonOnbruikbaar(path, "het bevat macro's (.docm of .dotm); sla het op als .docx of .dotx")
    if TEMPLATE in types:
        content = _as_document(package)
    elif MAIN not in types:
        raise SjabloonOnbruikbaar(path, "geen Word-document (misschien Excel of PowerPoint?)")
    try:
        Document(io.BytesIO(content))
    except Exception:  # noqa: BLE001 - python-docx raises many kinds on a broken package; the reason is the same
        raise SjabloonOnbruikbaar(path, "het Word-bestand is beschadigd") from None
    return content


def open_template(path: Path) -> DocxDocument:
    return Document(io.BytesIO(check_template(path)))


def _as_document(package: zipfile.ZipFile) -> bytes:
    """A .dotx is a .docx with another content type for its main part: the same file, opened as a document."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in package.infolist():
            data = package.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(TEMPLATE.encode(), MAIN.encode())
            copy.writestr(info.filename, data)
    return out.getvalue()
