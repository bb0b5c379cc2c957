"""sessie.json -> the six files in DIR, made in memory and put in place only as a complete set.

The two PDFs are made side by side in processes of their own where that helps
(generator.processes), the other files meanwhile. Every file is first written to a temporary file in
DIR; only when all six are there are they renamed over the old ones (generator.files.write_set, as
for the overview). A failure (disk full, no permission) leaves the previous set untouched. Nothing is
written anywhere else: no cache, no temporary folder elsewhere (the files hold participants' text).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from ..files import write_set
from ..loader import ToolkitData
from ..overview.outputs import json_bytes
from ..processes import make_all
from .contract import Sessie
from .monitor_xlsx import xlsx_bytes
from .plan import plan_bytes
from .report import dutch_date, pdf_bytes, render_html, wall_bytes

OUTPUTS = ("sessie.html", "sessie.pdf", "wandplaat.pdf", "monitorplan.xlsx", "plan-van-aanpak.docx", "sessie.json")
SLOW = ("sessie.pdf", "wandplaat.pdf")  # WeasyPrint: each in a process of its own


def makers(data: ToolkitData, sessie: Sessie, sector: str, links: dict[str, str | None],
           day: dt.date) -> dict[str, Callable[[], bytes]]:
    """File name -> how to make its content. ``links``: instrument id -> its page on the site (the
    menukaart ideas in the gap overview)."""
    return {
        "sessie.pdf": lambda: pdf_bytes(data, sessie, day, sector, links),
        "wandplaat.pdf": lambda: wall_bytes(data, sessie, sector, links),
        "sessie.html": lambda: render_html(data, sessie, day, sector, links).encode("utf-8"),
        "monitorplan.xlsx": lambda: xlsx_bytes(data, sessie, dutch_date(day)),
        "plan-van-aanpak.docx": lambda: plan_bytes(data, sessie, sector, day),
        "sessie.json": lambda: json_bytes(sessie),
    }


def produce_all(data: ToolkitData, sessie: Sessie, sector: str, links: dict[str, str | None],
                day: dt.date) -> dict[str, bytes]:
    """File name -> content, for every output (in memory: nothing is written yet), the PDFs side by side."""
    return make_all(makers(data, sessie, sector, links, day), slow=SLOW)


def write_all(data: ToolkitData, sessie: Sessie, sector: str, links: dict[str, str | None], day: dt.date,
              out: Path) -> list[Path]:
    """Make every output in memory first, then write them as one set (nothing replaced if anything fails)."""
    contents = produce_all(data, sessie, sector, links, day)
    return write_set({out / name: contents[name] for name in OUTPUTS})
