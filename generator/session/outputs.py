"""sessie.json -> the five files in DIR, made in memory and put in place only as a complete set.

Every file is first written to a temporary file in DIR; only when all five are there are they renamed
over the old ones. A failure (disk full, no permission) leaves the previous set untouched. Nothing
is written anywhere else: no cache, no temporary folder elsewhere (the files hold participants' text).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from ..files import OutputNotWritable, output_folder
from ..loader import ToolkitData
from .contract import Sessie
from .monitor_xlsx import xlsx_bytes
from .plan import plan_bytes
from .report import dutch_date, pdf_bytes, render_html

OUTPUTS = ("sessie.html", "sessie.pdf", "monitorplan.xlsx", "plan-van-aanpak.docx", "sessie.json")


def session_json(sessie: Sessie) -> bytes:
    return (json.dumps(sessie, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def produce_all(data: ToolkitData, sessie: Sessie, sector: str, day: dt.date) -> dict[str, bytes]:
    """File name -> content, for every output (in memory: nothing is written yet)."""
    return {
        "sessie.html": render_html(data, sessie, day).encode("utf-8"),
        "sessie.pdf": pdf_bytes(data, sessie, day),
        "monitorplan.xlsx": xlsx_bytes(data, sessie, dutch_date(day)),
        "plan-van-aanpak.docx": plan_bytes(data, sessie, sector, day),
        "sessie.json": session_json(sessie),
    }


def write_set(contents: Mapping[str, bytes], out: Path) -> list[Path]:
    """Stage every file beside its target, then rename them all into place."""
    output_folder(out)
    staged: list[tuple[str, Path]] = []
    try:
        for name, content in contents.items():
            handle, temporary = tempfile.mkstemp(dir=out, prefix=f".{name}-", suffix=".tmp")
            staged.append((temporary, out / name))
            with os.fdopen(handle, "wb") as stream:
                stream.write(content)
            os.chmod(temporary, 0o644)
        for temporary, target in staged:
            os.replace(temporary, target)
    except OSError as exc:
        raise OutputNotWritable(out, exc.strerror or str(exc)) from None
    finally:
        for temporary, _ in staged:
            if os.path.exists(temporary):
                os.unlink(temporary)
    return [target for _, target in staged]
