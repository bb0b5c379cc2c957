"""A site without a maintainer: a warning for whoever builds it, an error where a real deployment demands one.

Our own CI builds the site without a real maintainer and must stay green, so by default a missing
``extra.beheer`` only warns (the pages themselves say it has not been set). A real deployment turns
the warning into an error with ``extra.beheer_verplicht: true`` in mkdocs.yml or the environment
variable ``DOORSTROOM_BEHEER_VERPLICHT=1`` (e.g. in its CI), so it never goes live without a contact.
"""

from __future__ import annotations

import os
from typing import Any

from ..errors import DoorstroomError
from .website import Website

REQUIRED_ENV = "DOORSTROOM_BEHEER_VERPLICHT"
REQUIRED_KEY = "beheer_verplicht"
WARNING = ("extra.beheer in mkdocs.yml is niet ingesteld (naam en e-mail of telefoon van wie deze website "
           "beheert): de pagina's zeggen nu dat de beheerder nog niet is ingesteld.")


class MaintainerMissing(DoorstroomError):
    """A deployment that requires a maintainer has none configured."""

    def __init__(self, why: str) -> None:
        super().__init__(f"{WARNING} Dit is verplicht gemaakt met {why}; de website is niet gebouwd.")


def maintainer_warning(website: Website) -> str | None:
    return None if website.ingesteld else WARNING


def required_by(extra: dict[str, Any]) -> str | None:
    """Which switch makes a maintainer compulsory, or None."""
    if os.environ.get(REQUIRED_ENV, "") not in ("", "0"):
        return f"{REQUIRED_ENV}={os.environ[REQUIRED_ENV]}"
    if extra.get(REQUIRED_KEY) is True:
        return f"extra.{REQUIRED_KEY}: true"
    return None


def check_maintainer(website: Website, extra: dict[str, Any]) -> str | None:
    """The warning to show, or None; raises :class:`MaintainerMissing` when a switch demands a maintainer."""
    warning = maintainer_warning(website)
    why = required_by(extra)
    if warning and why:
        raise MaintainerMissing(why)
    return warning
