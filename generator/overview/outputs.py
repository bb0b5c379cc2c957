"""The five files of an overview, all made from one context (generator.overview.view).

All files are made in memory first (the wall, WeasyPrint, in a process of its own where that helps:
generator.processes), then written beside their targets and renamed into place: an earlier overview is
only replaced by a complete new set, and nothing with participants' text is written anywhere but
``--out``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..files import write_set
from ..processes import make_all
from .csvfile import csv_bytes
from .html import page_html
from .wall import wall_pdf
from .xlsx import xlsx_bytes

OUTPUTS = ("overzicht.html", "overzicht.pdf", "overzicht.xlsx", "overzicht.csv", "overzicht.json")


def json_bytes(overzicht: dict[str, Any]) -> bytes:
    return (json.dumps(overzicht, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def produce_all(context: dict[str, Any]) -> dict[str, Callable[[], bytes]]:
    """File name -> how to make its bytes."""
    return {
        "overzicht.json": lambda: json_bytes(context["overzicht"]),
        "overzicht.csv": lambda: csv_bytes(context["overzicht"], context["toolkit"]),
        "overzicht.xlsx": lambda: xlsx_bytes(context),
        "overzicht.html": lambda: page_html(context).encode("utf-8"),
        "overzicht.pdf": lambda: wall_pdf(context),
    }


def write_all(context: dict[str, Any], out: Path) -> list[Path]:
    """Make every output in memory first, then write them as one set (nothing replaced if anything fails)."""
    contents = make_all(produce_all(context), slow=("overzicht.pdf",))
    return write_set({out / name: contents[name] for name in OUTPUTS})
