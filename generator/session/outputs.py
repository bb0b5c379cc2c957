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
from typing import Any

from ..documents import docx_bytes
from ..files import write_set
from ..loader import ToolkitData
from ..overview.outputs import json_bytes
from ..plan.context import plan_context
from ..plan.gegevens import plan_gegevens
from ..plan.monitor_xlsx import xlsx_bytes
from ..plan.render import plan_html
from ..processes import make_all
from .contract import Sessie
from .report import pdf_bytes, render_html, wall_bytes

OUTPUTS = ("sessie.html", "sessie.pdf", "wandplaat.pdf", "monitorplan.xlsx", "plan-van-aanpak.docx", "sessie.json")
SLOW = ("sessie.pdf", "wandplaat.pdf")  # WeasyPrint: each in a process of its own


def makers(data: ToolkitData, sessie: Sessie, sector: str, links: dict[str, str | None], day: dt.date,
           sjabloon: Path | None = None, site: str | None = None,
           binnen: dict[str, Any] | None = None) -> dict[str, Callable[[], bytes]]:
    """File name -> how to make its content. ``links``: instrument id -> its page on the site (the
    menukaart ideas in the gap overview); ``sjabloon``: the gemeente's own Word template for the plan;
    ``site``: the site's address, for the plan's links to the instruments (a Word file needs a full
    address); ``binnen``: what has arrived of a session plan among the inputs
    (generator/voorbereiden/binnen.py), shown in the report."""
    plan = plan_context(plan_gegevens(data), dict(sessie), {"sector": sector, "datum": day.isoformat(),
                                                            "site": site or ""})
    return {
        "sessie.pdf": lambda: pdf_bytes(data, sessie, day, sector, links, binnen),
        "wandplaat.pdf": lambda: wall_bytes(data, sessie, sector, links),
        "sessie.html": lambda: render_html(data, sessie, day, sector, links, binnen).encode("utf-8"),
        "monitorplan.xlsx": lambda: xlsx_bytes(plan),
        "plan-van-aanpak.docx": lambda: docx_bytes(plan_html(plan), sjabloon),
        "sessie.json": lambda: json_bytes(sessie),
    }


def produce_all(data: ToolkitData, sessie: Sessie, sector: str, links: dict[str, str | None], day: dt.date,
                sjabloon: Path | None = None, site: str | None = None,
                binnen: dict[str, Any] | None = None) -> dict[str, bytes]:
    """File name -> content, for every output (in memory: nothing is written yet), the PDFs side by side."""
    return make_all(makers(data, sessie, sector, links, day, sjabloon, site, binnen), slow=SLOW)


def write_all(data: ToolkitData, sessie: Sessie, sector: str, links: dict[str, str | None], day: dt.date,
              out: Path, sjabloon: Path | None = None, site: str | None = None,
              binnen: dict[str, Any] | None = None) -> list[Path]:
    """Make every output in memory first, then write them as one set (nothing replaced if anything fails)."""
    contents = produce_all(data, sessie, sector, links, day, sjabloon, site, binnen)
    return write_set({out / name: contents[name] for name in OUTPUTS})
