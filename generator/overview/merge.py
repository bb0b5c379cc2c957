"""Accepted sheets -> one entry per organisation, with the notes people need (docs/overzicht-regels.md §7).

Two departments of one gemeente, or a revised sheet, arrive as two files with the same organisation:
no sheet is dropped, their items are merged (an item on both counts once) and a note names the first
file. Placeholders and sheets handed in empty are noted too, so nothing disappears without a word.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from ..readers import Melding, Sheet
from ..regels import melding
from .items import organisation_key, split_items


@dataclass
class Organisatie:
    """One organisation with the items of all its sheets: field name -> items, each text once."""

    naam: str
    punten: dict[str, list[str]] = field(default_factory=dict)

    def add(self, veld: str, items: Iterable[str]) -> None:
        known = self.punten.setdefault(veld, [])
        known += [item for item in dict.fromkeys(items) if item not in known]


@dataclass
class Samengevoegd:
    organisaties: list[Organisatie]
    meldingen: list[Melding]


def merge_sheets(sheets: Sequence[Sheet], reading_notes: Sequence[Melding] = ()) -> Samengevoegd:
    """Merge sheets of the same organisation (in file order) and put every note in file order."""
    by_key: dict[str, tuple[Organisatie, str]] = {}  # organisation key -> (organisation, its first file)
    own_notes: list[list[Melding]] = []
    for sheet in sheets:
        key = organisation_key(sheet.organisatie)
        if key not in by_key:
            by_key[key] = (Organisatie(sheet.organisatie), sheet.bestand)
        organisatie, first_file = by_key[key]
        placeholders = 0
        has_items = False
        for veld, value in sheet.antwoorden.items():
            if not isinstance(value, str):
                continue  # checkboxes: the raster has none
            punten = split_items(value)
            placeholders += punten.opvulwaarden
            has_items = has_items or bool(punten.items)
            organisatie.add(veld, punten.items)
        notes = []
        if placeholders:
            text = melding("opvulwaarde") if placeholders == 1 else melding("opvulwaarden", aantal=placeholders)
            notes.append(Melding(sheet.bestand, text))
        if not has_items:
            notes.append(Melding(sheet.bestand, melding("leeg_ingeleverd")))
        if first_file != sheet.bestand:
            notes.append(Melding(sheet.bestand, melding("samengevoegd", eerste=file_name(first_file),
                                                        organisatie=organisatie.naam)))
        own_notes.append(notes)
    organisaties = [organisatie for organisatie, _ in by_key.values()]
    return Samengevoegd(organisaties, in_file_order(sheets, reading_notes, own_notes))


def file_name(bestand: str) -> str:
    """A file named in a note about another file: its name without folders (§1)."""
    return PurePosixPath(bestand.replace("\\", "/")).name


def _parts(bestand: str) -> tuple[str, ...]:
    return PurePosixPath(bestand.replace("\\", "/")).parts


def in_file_order(sheets: Sequence[Sheet], reading_notes: Sequence[Melding],
                  own_notes: Sequence[list[Melding]]) -> list[Melding]:
    """Reading notes (already in file order) and the notes made here (one list per sheet), per file.

    Per file the reading notes come first. The notes of a sheet without reading notes go just before
    the reading notes of the next sheet that has them. A reading note about a file that is not a sheet
    (the CLI's ``zelfde_bestand``: a second path to a file already read) keeps its place among the
    reading notes and goes after the sheets whose path sorts before it (the CLI's order in a folder).
    """
    index = {sheet.bestand: i for i, sheet in enumerate(sheets)}
    placed = {index[note.bestand] for note in reading_notes if note.bestand in index}  # by their reading notes
    result: list[Melding] = []
    done = 0  # sheets whose own notes are in the result
    for position, note in enumerate(reading_notes):
        sheet = index.get(note.bestand)
        while done < len(sheets) and (done < sheet if sheet is not None else done not in placed
                                      and _parts(sheets[done].bestand) < _parts(note.bestand)):
            result += own_notes[done]
            done += 1
        result.append(note)
        last_of_file = position + 1 == len(reading_notes) or reading_notes[position + 1].bestand != note.bestand
        if sheet is not None and last_of_file and done == sheet:
            result += own_notes[sheet]
            done += 1
    for notes in own_notes[done:]:
        result += notes
    return result
