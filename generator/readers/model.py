"""What the readers hand over: accepted sheets, rejections with a reason, notes about repairs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..model import Werkblad


@dataclass(frozen=True)
class Sheet:
    """An accepted sheet: which werkblad, who filled it in, and every answer by contract name.

    ``antwoorden`` holds every contract field of the werkblad except ``organisatie`` (text fields as
    text, checkboxes as bool; fields left empty are ``""`` / ``False``). ``organisatie`` is ``""`` for
    werkbladen without an organisation field (group sheets); combiners label those by file name.
    """

    bestand: str
    werkblad: str
    organisatie: str
    antwoorden: dict[str, str | bool]


@dataclass(frozen=True)
class Rejection:
    """A file that could not be used, with the reason people read (Dutch)."""

    bestand: str
    reden: str


@dataclass(frozen=True)
class Melding:
    """A note about a file that was used: something was repaired, merged or left out."""

    bestand: str
    melding: str


@dataclass
class Gelezen:
    """Everything read from the inputs, in input order."""

    sheets: list[Sheet] = field(default_factory=list)
    afgewezen: list[Rejection] = field(default_factory=list)
    meldingen: list[Melding] = field(default_factory=list)


# Decides which werkbladen a combiner takes: None accepts, a text is the reason for rejecting.
Accept = Callable[[Werkblad], str | None]


def accept_only(werkblad: Werkblad) -> Accept:
    """Accept one werkblad only (the gap overview takes Stimuleren sheets)."""

    def accept(found: Werkblad) -> str | None:
        return None if found.id == werkblad.id else f"dit is werkblad '{found.titel}', niet '{werkblad.titel}'"

    return accept
