"""Who runs this copy of the website, which version it is and when it was built.

The toolkit is Platform31's; the website is not. A gemeente that hosts the site fills in its own
name and contact under ``extra.beheer`` in ``mkdocs.yml``; the colofon, the footer and the
toegankelijkheidsverklaring take them from here. Until then the pages say that the maintainer has not
been set: a placeholder address (``@example.org``) is never shown as if it worked.
"""

from __future__ import annotations

import os
import re
import sys
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:
    from ..loader import ToolkitData

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december")
UNKNOWN_MAINTAINER = "de beheerder van deze website"
NOT_SET = "nog niet ingesteld"
# Domains reserved as placeholders (RFC 2606): nobody reads mail sent there, e.g. the former default
# doorstroomtoolkit@example.org.
_PLACEHOLDER_MAIL = re.compile(r"@(?:[^@]*\.)?(?:example\.(?:org|com|net)|invalid|localhost)$", re.I)


@dataclass(frozen=True)
class Website:
    """The facts about this website that are not in the toolkit."""

    beheerder: str
    email: str
    telefoon: str
    versie: str
    datum: str  # build date, in Dutch ("3 mei 2025")
    ingesteld: bool = True  # extra.beheer names a maintainer with a way to reach them

    @classmethod
    def from_extra(cls, extra: dict[str, Any]) -> Website:
        """From the ``extra`` block of mkdocs.yml (``extra.beheer.naam``, ``.email``, ``.telefoon``).

        A placeholder e-mail address counts as none; without a name and a way to reach them the
        maintainer is not set.
        """
        beheer = extra.get("beheer") or {}
        if not isinstance(beheer, dict):
            beheer = {}
        naam, email, telefoon = (_text(beheer.get(key)) for key in ("naam", "email", "telefoon"))
        if _PLACEHOLDER_MAIL.search(email):
            email = ""
        ingesteld = bool(naam and (email or telefoon))
        return cls(
            beheerder=naam if ingesteld else UNKNOWN_MAINTAINER,
            email=email if ingesteld else "",
            telefoon=telefoon if ingesteld else "",
            versie=package_version(),
            datum=build_date(),
            ingesteld=ingesteld,
        )

    def beheer_markdown(self) -> str:
        """'Gemeente X' or, when not configured, that the maintainer has not been set yet."""
        return self.beheerder if self.ingesteld else NOT_SET

    def contact_markdown(self) -> str:
        """How to reach the maintainer, as Markdown (mailto link); or that there is no address yet."""
        if not self.ingesteld:
            return ("er is nog geen contactadres, want de beheerder van deze website is nog niet ingesteld. "
                    "Vraag de organisatie die u naar deze website verwees")
        ways = []
        if self.email:
            ways.append(f"e-mail [{self.email}](mailto:{self.email})")
        if self.telefoon:
            ways.append(f"telefoon {self.telefoon}")
        return " of ".join(ways)


def website_info(root: Path, config_file: str = "mkdocs.yml") -> Website:
    """The website facts from ``mkdocs.yml`` in ``root`` (for ``doorstroom pages`` outside MkDocs)."""
    return Website.from_extra(mkdocs_extra(root, config_file))


def mkdocs_extra(root: Path, config_file: str = "mkdocs.yml") -> dict[str, Any]:
    """The ``extra`` block of mkdocs.yml, or an empty one when the file is missing or unreadable."""
    try:
        config = yaml.load((root / config_file).read_text(encoding="utf-8"), Loader=_IgnoreTags) or {}
    except (OSError, yaml.YAMLError):
        config = {}
    extra = config.get("extra") if isinstance(config, dict) else None
    return extra if isinstance(extra, dict) else {}


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


def _moment() -> time.struct_time:
    """Now, or the moment of ``SOURCE_DATE_EPOCH`` (reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    return time.gmtime(int(epoch)) if epoch.isdigit() else time.localtime()


def build_date() -> str:
    """Today in Dutch ("3 mei 2025")."""
    moment = _moment()
    return f"{moment.tm_mday} {MONTHS[moment.tm_mon - 1]} {moment.tm_year}"


def print_date() -> str:
    """Today as printed under a page ("03-05-2025"); the print script puts the real print date there."""
    return time.strftime("%d-%m-%Y", _moment())


def _text(value: object) -> str:
    return str(value).strip() if value is not None else ""


class _IgnoreTags(yaml.SafeLoader):
    """mkdocs.yml may hold ``!!python/name`` and ``!ENV`` tags; we only need plain values."""


_IgnoreTags.add_multi_constructor("", lambda loader, suffix, node: None)


def show_warning(text: str) -> None:
    """A warning for whoever builds the site, laid out like MkDocs' own lines.

    Not through MkDocs' logger: ``--strict`` counts that one, and a missing maintainer must not fail our
    own CI (see :mod:`generator.site.maintainer` for the switch that does make it fail).
    """
    print(f"LET OP   -  {text}", file=sys.stderr)
