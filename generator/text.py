"""Markdown from the YAML turned into HTML for templates (site sheets, later PDFs and forms)."""

from __future__ import annotations

import re

import markdown
from markupsafe import Markup

_PARAGRAPH = re.compile(r"^<p>(.*)</p>$", re.DOTALL)


def md_block(text: str | None) -> Markup:
    """Markdown paragraphs and lists -> HTML."""
    if not text:
        return Markup("")
    return Markup(markdown.markdown(text, extensions=["sane_lists"], output_format="html"))


def md_inline(text: str | None) -> Markup:
    """One line of markdown (``**vet**``) -> HTML without the surrounding <p>."""
    html = str(md_block(text)).strip()
    match = _PARAGRAPH.match(html)
    return Markup(match.group(1) if match and "<p>" not in match.group(1) else html)
