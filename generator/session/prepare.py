"""Accepted sheets of one werkblad -> what the combiners work with: a label per sheet and clean answers.

The rules are those of docs/overzicht-regels.md: organisations that differ only in case are one
(§5, §7: both sheets stay, the later one gets the note ``samengevoegd``), a placeholder like
'n.v.t.' is no answer (§6, note ``opvulwaarde(n)``), a sheet without any answer is noted
``leeg_ingeleverd``. Free-text answers are kept as typed (cleaned), not split into items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import PurePath

from ..readers import Melding, Sheet
from ..regels import melding, regels


@dataclass(frozen=True)
class Blad:
    """One sheet as the combiners see it: who it is from, and its answers with placeholders removed."""

    bestand: str
    label: str  # the organisation (first spelling), or the file name for a sheet without one
    antwoorden: dict[str, str | bool]


@dataclass(frozen=True)
class Prepared:
    bladen: list[Blad]
    meldingen: list[Melding]  # per file: placeholders, empty sheet, merged (in that order)


@cache
def _rules() -> tuple[re.Pattern[str], frozenset[str]]:
    rules = regels()
    return re.compile(rules["opsommingsteken"]), frozenset(v.lower() for v in rules["opvulwaarden"])


def file_name(bestand: str) -> str:
    """The name without folders (Windows or POSIX separators): how a note names another file."""
    return PurePath(bestand.replace("\\", "/")).name


def answer_text(text: str) -> tuple[str, int]:
    """A free-text answer as typed, trimmed; ('', n) when its n non-empty lines are all placeholders."""
    bullet, placeholders = _rules()
    lines = [line.rstrip() for line in text.strip().split("\n")]
    filled = [" ".join(bullet.sub("", line.strip(), count=1).split()) for line in lines if line.strip()]
    if filled and all(line.lower() in placeholders for line in filled):
        return "", len(filled)
    return "\n".join(lines), 0


def lines_as_items(text: str) -> list[str]:
    """Every line of an answer as one item, without its bullet ('- Welzijn Oost' -> 'Welzijn Oost');
    placeholders are no items. For answers that are lists by nature, like the Organisaties sheet."""
    bullet, placeholders = _rules()
    result = []
    for line in text.split("\n"):
        item = " ".join(bullet.sub("", line.strip(), count=1).split())
        if item and item.lower() not in placeholders:
            result.append(item)
    return result


def prepare(sheets: list[Sheet]) -> Prepared:
    """Label and clean the sheets of one werkblad, in input order."""
    labels_by_key: dict[str, tuple[str, str]] = {}  # organisation key -> (first label, first file)
    file_labels: set[str] = set()
    bladen: list[Blad] = []
    meldingen: list[Melding] = []
    for sheet in sheets:
        merged: str | None = None
        if sheet.organisatie:
            key = " ".join(sheet.organisatie.split()).lower()  # §5; the readers already give one line
            label, first_file = labels_by_key.setdefault(key, (sheet.organisatie, sheet.bestand))
            if first_file != sheet.bestand:
                merged = melding("samengevoegd", eerste=file_name(first_file), organisatie=label)
        else:
            label = file_name(sheet.bestand)
            if label in file_labels:  # the same file name in two folders: the path tells them apart
                label = sheet.bestand
            file_labels.add(label)
        antwoorden: dict[str, str | bool] = {}
        placeholders = 0
        for name, value in sheet.antwoorden.items():
            if isinstance(value, str):
                value, count = answer_text(value)
                placeholders += count
            antwoorden[name] = value
        if placeholders:
            key = "opvulwaarde" if placeholders == 1 else "opvulwaarden"
            meldingen.append(Melding(sheet.bestand, melding(key, aantal=placeholders)))
        if not any(antwoorden.values()):
            meldingen.append(Melding(sheet.bestand, melding("leeg_ingeleverd")))
        if merged:
            meldingen.append(Melding(sheet.bestand, merged))
        bladen.append(Blad(sheet.bestand, label, antwoorden))
    return Prepared(bladen, meldingen)
