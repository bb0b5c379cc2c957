"""What every printed sheet says about itself: who made the PDF (not Platform31), what it is based
on, and where it lives on the website (with a QR code, only when the site's address is configured:
``site_url`` in mkdocs.yml, read by :func:`site_url_from_mkdocs`)."""

from __future__ import annotations

import segno

from ..loader import ToolkitData
from ..overview.links import site_url_from_mkdocs
from ..site.website import UNKNOWN_MAINTAINER, website_info

PROJECT = "Doorstroomtoolkit"  # this project: the Creator of every PDF, and the Author when no maintainer is set


def author(data: ToolkitData) -> str:
    """The PDF's Author: the maintainer of this copy (``extra.beheer.naam``), else the project."""
    beheerder = website_info(data.root).beheerder
    return PROJECT if beheerder == UNKNOWN_MAINTAINER else beheerder


def not_platform31(data: ToolkitData) -> str:
    """The small print beside the source line on every page."""
    toolkit = data.toolkit
    return f"Gebaseerd op deze toolkit, geen uitgave van {toolkit.uitgever}."


def sheet_address(data: ToolkitData, werkblad_id: str) -> str | None:
    """The page of a werkblad on the configured website (``werkbladen/<id>.html``), or None."""
    base = site_url_from_mkdocs(data.root)
    if not base or not base.startswith(("https://", "http://")):
        return None  # a relative or odd address is no use on paper
    return f"{base.rstrip('/')}/werkbladen/{werkblad_id}.html"


def qr_data_uri(url: str) -> str:
    """The address as a QR code: an SVG data URI (medium error correction survives a crease or a pen mark)."""
    return segno.make(url, error="m").svg_data_uri(scale=1, border=0, dark="#000", light=None)
