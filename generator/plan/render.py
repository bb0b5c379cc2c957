"""The plan van aanpak as doc-HTML: its template rendered with the context (context.py); generator.documents
makes the .docx of it."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

TEMPLATES = Path(__file__).parent / "templates"
TEMPLATE = TEMPLATES / "plan.html.j2"


@functools.cache
def _environment() -> Environment:
    """The settings Nunjucks gets in the browser too (documenten/plan.js)."""
    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=StrictUndefined,
    )


def plan_html(context: dict[str, Any]) -> str:
    return _environment().get_template(TEMPLATE.name).render(**context)
