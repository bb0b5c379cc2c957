"""Writing output files safely: a reader never sees a half-written file, an old file stays intact
until its replacement is complete."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from .errors import DoorstroomError


class OutputNotWritable(DoorstroomError):
    """The output folder cannot be made or written (a file in the way, no permission, disk full).

    Exit code 2 like other usage errors: the fix is another --out.
    """

    exit_code = 2

    def __init__(self, folder: Path, reason: str) -> None:
        super().__init__(f"{folder}: kan hier niet schrijven ({reason}). Kies met --out een map waarin "
                         "u mag schrijven; er is niets overschreven.")


# What the operating system says, in Dutch (its own text, e.g. "File exists", is English).
OS_REASONS = {
    errno.EEXIST: "er staat al een bestand met die naam",
    errno.ENOTDIR: "een deel van het pad is een bestand, geen map",
    errno.EISDIR: "dit is een map",
    errno.EACCES: "geen toestemming",
    errno.EPERM: "geen toestemming",
    errno.EROFS: "deze schijf is alleen te lezen",
    errno.ENOSPC: "de schijf is vol",
    errno.EDQUOT: "de schijf is vol (uw quotum is op)",
    errno.ENAMETOOLONG: "de naam is te lang",
    errno.ENOENT: "bestaat niet",
}


def os_reason(exc: OSError) -> str:
    """Why a file or folder could not be used, in Dutch; an unknown case names its system code."""
    code = exc.errno
    if code in OS_REASONS:
        return OS_REASONS[code]
    return f"systeemfout {errno.errorcode.get(code, code)}" if code else "onbekende systeemfout"


def output_folder(folder: Path) -> Path:
    """Make sure ``folder`` exists and is a folder, or say clearly why it cannot be used."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputNotWritable(folder, os_reason(exc)) from None
    if not folder.is_dir():
        raise OutputNotWritable(folder, "dit is een bestand, geen map")
    return folder


def write_atomic(target: Path, content: bytes) -> Path:
    """Write ``content`` to a temporary file beside ``target``, then rename it into place."""
    output_folder(target.parent)
    try:
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}-", suffix=".tmp")
    except OSError as exc:
        raise OutputNotWritable(target.parent, os_reason(exc)) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
        os.chmod(temporary, 0o644)  # readable by a web server, like any other built file
        os.replace(temporary, target)
    except OSError as exc:
        raise OutputNotWritable(target.parent, os_reason(exc)) from None
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return target


def write_set(files: dict[Path, bytes]) -> list[Path]:
    """Write several files as one set: all are written beside their targets first, then renamed into place.

    If writing any of them fails, none is replaced (an earlier set stays whole) and nothing is left behind.
    """
    staged: list[tuple[str, Path]] = []
    try:
        for target, content in files.items():
            output_folder(target.parent)
            try:
                handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}-", suffix=".tmp")
                staged.append((temporary, target))
                with os.fdopen(handle, "wb") as stream:
                    stream.write(content)
                os.chmod(temporary, 0o644)
            except OSError as exc:
                raise OutputNotWritable(target.parent, os_reason(exc)) from None
        for temporary, target in staged:
            try:
                os.replace(temporary, target)
            except OSError as exc:
                raise OutputNotWritable(target.parent, os_reason(exc)) from None
    finally:
        for temporary, _ in staged:
            if os.path.exists(temporary):
                os.unlink(temporary)
    return list(files)
