"""Who runs this copy of the website, which version it is and when it was built.

The toolkit is Platform31's; the website is not. A gemeente that hosts the site fills in its own
name and contact under ``extra.beheer`` in ``mkdocs.yml``; the colofon, the footer and the
toegankelijkheidsverklaring take them from here.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import yaml

from ..loader import ToolkitData

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december")
UNKNOWN_MAINTAINER = "de organisatie die deze website beschikbaar maakt"


@dataclass(frozen=True)
class Website:
    """The facts about this website that are not in the toolkit."""

    beheerder: str
    email: str
    telefoon: str
    versie: str
    datum: str  # build date, in Dutch ("3 mei 2025")

    @classmethod
    def from_extra(cls, extra: dict[str, Any]) -> Website:
        """From the ``extra`` block of mkdocs.yml (``extra.beheer.naam``, ``.email``, ``.telefoon``)."""
        beheer = extra.get("beheer") or {}
        if not isinstance(beheer, dict):
            beheer = {}
        return cls(
            beheerder=_text(beheer.get("naam")) or UNKNOWN_MAINTAINER,
            email=_text(beheer.get("email")),
            telefoon=_text(beheer.get("telefoon")),
            versie=package_version(),
            datum=build_date(),
        )

    def contact_markdown(self) -> str:
        """How to reach the maintainer, as Markdown (mailto link), or a plain fallback."""
        ways = []
        if self.email:
            ways.append(f"e-mail [{self.email}](mailto:{self.email})")
        if self.telefoon:
            ways.append(f"telefoon {self.telefoon}")
        return " of ".join(ways) if ways else f"neem contact op met {self.beheerder}"


def website_info(root: Path, config_file: str = "mkdocs.yml") -> Website:
    """The website facts from ``mkdocs.yml`` in ``root`` (for ``doorstroom pages`` outside MkDocs)."""
    try:
        config = yaml.load((root / config_file).read_text(encoding="utf-8"), Loader=_IgnoreTags) or {}
    except (OSError, yaml.YAMLError):
        config = {}
    extra = config.get("extra") if isinstance(config, dict) else None
    return Website.from_extra(extra if isinstance(extra, dict) else {})


def disclaimer(data: ToolkitData) -> str:
    """The line on every page that says whose site this is (not Platform31's)."""
    toolkit = data.toolkit
    return (f"Gebaseerd op de toolkit ‘{toolkit.titel}’ ({toolkit.jaar}) van {toolkit.uitgever}. "
            f"Deze website is niet door {toolkit.uitgever} gemaakt.")


def package_version() -> str:
    try:
        return metadata.version("doorstroomtoolkit")
    except metadata.PackageNotFoundError:
        return "onbekend"


def build_date() -> str:
    """Today in Dutch, or the day of ``SOURCE_DATE_EPOCH`` (reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    moment = time.gmtime(int(epoch)) if epoch.isdigit() else time.localtime()
    return f"{moment.tm_mday} {MONTHS[moment.tm_mon - 1]} {moment.tm_year}"


def _text(value: object) -> str:
    return str(value).strip() if value is not None else ""


class _IgnoreTags(yaml.SafeLoader):
    """mkdocs.yml may hold ``!!python/name`` and ``!ENV`` tags; we only need plain values."""


_IgnoreTags.add_multi_constructor("", lambda loader, suffix, node: None)
