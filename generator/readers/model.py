"""What the readers hand over: accepted sheets, rejections with a reason, notes about repairs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..model import Werkblad
from ..regels import reden


@dataclass(frozen=True)
class Sheet:
    """An accepted sheet: which werkblad, who filled it in, and every answer by contract name.

    ``antwoorden`` holds every contract field of the werkblad except ``organisatie`` (text fields as
    text, checkboxes as bool; fields left empty are ``""`` / ``False``). ``organisatie`` is ``""`` for
    werkbladen without an organisation field (group sheets); combiners label those by file name.
    ``meldingen`` are the notes of reading this file (text boxes, flattened sheet), in reading order;
    :func:`read_inputs` also lists them in ``Gelezen.meldingen``.
    """

    bestand: str
    werkblad: str
    organisatie: str
    antwoorden: dict[str, str | bool]
    meldingen: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rejection:
    """A file that could not be used, with the reason people read (Dutch).

    ``code`` is the key of the reason in regels.json (``""`` for a reason the caller's ``accept`` gave),
    so programs can tell e.g. an internal error (``interne_fout``) from a bad file.
    """

    bestand: str
    reden: str
    code: str = ""


@dataclass(frozen=True)
class Melding:
    """A note about a file that was used: something was repaired, merged or left out."""

    bestand: str
    melding: str


@dataclass(frozen=True)
class Plan:
    """A session plan (``sessie-plan.json`` of 'Sessie voorbereiden') found among the inputs: not a sheet."""

    bestand: str
    plan: dict[str, Any]


@dataclass
class Gelezen:
    """Everything read from the inputs, in input order; ``meldingen`` are the notes of reading; ``plannen``
    the session plans among the inputs (docs/overzicht-regels.md §4.0)."""

    sheets: list[Sheet] = field(default_factory=list)
    afgewezen: list[Rejection] = field(default_factory=list)
    meldingen: list[Melding] = field(default_factory=list)
    plannen: list[Plan] = field(default_factory=list)

    @property
    def interne_fout(self) -> bool:
        """True when a file could not be read because of a fault of ours (the CLI exits 3)."""
        return any(r.code == "interne_fout" for r in self.afgewezen)


# Decides which werkbladen a combiner takes: None accepts, a text is the reason for rejecting.
Accept = Callable[[Werkblad], str | None]


def accept_only(werkblad: Werkblad) -> Accept:
    """Accept one werkblad only (the gap overview takes Stimuleren sheets)."""

    def accept(found: Werkblad) -> str | None:
        return None if found.id == werkblad.id else reden("ander_werkblad", gevonden=found.titel,
                                                          verwacht=werkblad.titel)

    return accept
