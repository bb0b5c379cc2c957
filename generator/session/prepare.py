"""Accepted sheets of one werkblad -> what the combiners work with: a label per sheet and clean answers.

The rules are those of the gap overview (docs/overzicht-regels.md), from the same code: labels and
the notes about placeholders, empty and merged sheets from :mod:`generator.overview.merge`, the
placeholder rule from :mod:`generator.overview.items`. One difference, on purpose: free-text answers
are kept whole as typed (without placeholder lines), not split into items, and when one organisation
hands in two sheets both answers stay.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..overview.items import answer_text
from ..overview.merge import sheet_labels, sheet_notes
from ..readers import Melding, Sheet


@dataclass(frozen=True)
class Blad:
    """One sheet as the combiners see it: who it is from, and its answers with placeholders removed."""

    bestand: str
    label: str  # the organisation (first spelling), or the file name for a sheet without one
    antwoorden: dict[str, str | bool]


@dataclass(frozen=True)
class Prepared:
    bladen: list[Blad]
    meldingen: list[Melding]  # per file, in file order: placeholders, empty sheet, merged


def prepare(sheets: Sequence[Sheet]) -> Prepared:
    """Label and clean the sheets of one werkblad, in input order."""
    bladen: list[Blad] = []
    meldingen: list[Melding] = []
    for sheet, label in zip(sheets, sheet_labels(sheets), strict=True):
        antwoorden: dict[str, str | bool] = {}
        placeholders = 0
        for name, value in sheet.antwoorden.items():
            if isinstance(value, str):
                value, count = answer_text(value)
                placeholders += count
            antwoorden[name] = value
        meldingen += sheet_notes(sheet.bestand, label, placeholders, not any(antwoorden.values()))
        bladen.append(Blad(sheet.bestand, label.naam, antwoorden))
    return Prepared(bladen, meldingen)
