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


@dataclass(frozen=True)
class Label:
    """Whom a sheet is from: what its label field says ('Organisatie', or 'Ingevuld door' on a group
    sheet) as first spelled, or, when a group sheet says nothing, its file name (``bestandsnaam``).
    ``eerste`` is the first file with the same name when this sheet is a later one (it is merged with
    that one and noted)."""

    naam: str
    eerste: str | None = None
    bestandsnaam: bool = False


def sheet_labels(sheets: Sequence[Sheet]) -> list[Label]:
    """One label per sheet (§5, §7): names equal after case and space folding are one organisation.
    Sheets labelled by file name are never merged; the same file name in two folders is told apart by
    its path."""
    first: dict[str, tuple[str, str]] = {}  # organisation key -> (first spelling, first file)
    file_labels: set[str] = set()
    labels = []
    for sheet in sheets:
        if sheet.organisatie:
            naam, eerste = first.setdefault(organisation_key(sheet.organisatie), (sheet.organisatie, sheet.bestand))
            labels.append(Label(naam, eerste if eerste != sheet.bestand else None))
            continue
        naam = file_name(sheet.bestand)
        naam = sheet.bestand if naam in file_labels else naam
        file_labels.add(naam)
        labels.append(Label(naam, bestandsnaam=True))
    return labels


def sheet_notes(bestand: str, label: Label, placeholders: int, empty: bool) -> list[Melding]:
    """The notes about one used sheet, in the order of §7: named after its file, placeholders, handed in
    empty, merged."""
    notes = []
    if label.bestandsnaam:
        notes.append(Melding(bestand, melding("naar_bestandsnaam", naam=label.naam)))
    if placeholders:
        text = melding("opvulwaarde") if placeholders == 1 else melding("opvulwaarden", aantal=placeholders)
        notes.append(Melding(bestand, text))
    if empty:
        notes.append(Melding(bestand, melding("leeg_ingeleverd")))
    if label.eerste:
        notes.append(Melding(bestand, melding("samengevoegd", eerste=file_name(label.eerste), organisatie=label.naam)))
    return notes


def merge_sheets(sheets: Sequence[Sheet], reading_notes: Sequence[Melding] = ()) -> Samengevoegd:
    """Merge sheets of the same organisation (in file order) and put every note in file order."""
    organisaties: dict[str, Organisatie] = {}
    own_notes: list[list[Melding]] = []
    for sheet, label in zip(sheets, sheet_labels(sheets), strict=True):
        organisatie = organisaties.setdefault(label.naam, Organisatie(label.naam))
        placeholders = 0
        has_items = False
        for veld, value in sheet.antwoorden.items():
            if not isinstance(value, str):
                continue  # checkboxes: the raster has none
            punten = split_items(value)
            placeholders += punten.opvulwaarden
            has_items = has_items or bool(punten.items)
            organisatie.add(veld, punten.items)
        own_notes.append(sheet_notes(sheet.bestand, label, placeholders, not has_items))
    return Samengevoegd(list(organisaties.values()), in_file_order(sheets, reading_notes, own_notes))


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
