"""Jinja2 for the PDFs made from participants' text (the wall, the session report).

Every value a template prints passes :func:`generator.pdf.fonts.printable` (Jinja's ``finalize``), so no
participant's character can make WeasyPrint reach for a system font, whichever template prints it.
Markup (our own CSS and fragments) is left alone.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from .fonts import printable
from .render import css_string


def pdf_environment(*templates: Path) -> Environment:
    env = Environment(loader=FileSystemLoader(list(templates)), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, finalize=_printable)
    env.filters["css_string"] = css_string
    return env


def _printable(value: object) -> object:
    return printable(value) if isinstance(value, str) and not isinstance(value, Markup) else value
