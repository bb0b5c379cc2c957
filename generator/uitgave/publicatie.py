"""The publication as this repository keeps it: ``bron/publicatie.txt`` (OCR copy) and ``bron/indeling.yaml``.

Line numbers are those of the file, the explanation at its top included, so a reported line can be
opened in any editor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from pydantic import Field

from ..errors import Problem, ValidationFailed
from ..model import Strict, Text
from ..validation import validate
from ..yamlsource import SourceError, load
from .normaliseren import html_text, normaliseer

PUBLICATIE = "bron/publicatie.txt"
INDELING = "bron/indeling.yaml"
EINDE_TOELICHTING = "# ---- einde van de toelichting; hieronder de uitgave ----"
_ITEM_SEPARATOR = re.compile(r"[\n•▪–]")


class EersteWeergave(Strict):
    """A sheet printed twice: the first, small and badly scanned rendering, which the website does not follow."""

    wat: Text = Field(description="Welk werkblad of welke menukaart, zoals de Verantwoording het noemt.")
    van: int = Field(ge=1, description="Eerste regel in bron/publicatie.txt.")
    tot: int = Field(ge=1, description="Laatste regel in bron/publicatie.txt.")
    eerste_regel: Text = Field(description="De tekst op regel 'van', letterlijk.")
    opmerking: Text | None = Field(None, description="Wat de eerste weergave anders zegt dan de tweede, als dat "
                                                     "meer is dan leesfouten (komt op de Verantwoording).")


class Indeling(Strict):
    """bron/indeling.yaml."""

    eerste_weergaven: list[EersteWeergave] = []


@dataclass(frozen=True)
class Passage:
    """One cell, list item or paragraph of the publication, normalised, with its line in the file."""

    regel: int
    tekst: str


@dataclass(frozen=True)
class Publicatie:
    """The OCR copy, read once: its lines, its whole text normalised, and the parts the website follows."""

    regels: tuple[str, ...]  # every line of the file; regels[0] is line 1
    begin: int  # line number of the first line of the publication itself
    eerste_weergaven: tuple[EersteWeergave, ...]

    @cached_property
    def tekst(self) -> str:
        """The whole publication as one normalised line: what a text of ours must be part of."""
        return normaliseer("\n".join(self.regels[self.begin - 1:]))

    def in_eerste_weergave(self, regel: int) -> EersteWeergave | None:
        return next((w for w in self.eerste_weergaven if w.van <= regel <= w.tot), None)

    def passages(self) -> list[Passage]:
        """Every passage outside the first renderings: table cells, list items and paragraphs, in order."""
        result = []
        for number in range(self.begin, len(self.regels) + 1):
            if self.in_eerste_weergave(number):
                continue
            for cell in self.regels[number - 1].split("\t"):
                for item in _ITEM_SEPARATOR.split(html_text(cell) if "<" in cell else cell):
                    text = normaliseer(item)
                    if re.search(r"\w", text):
                        result.append(Passage(number, text))
        return result


def lees_publicatie(root: Path) -> Publicatie:
    """Read ``bron/`` of the project; problems in the division file are located like any YAML problem."""
    path = root / PUBLICATIE
    try:
        lines = tuple(path.read_text(encoding="utf-8").splitlines())
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationFailed([Problem(PUBLICATIE, 0, "", f"kan de uitgave niet lezen ({exc})")]) from None
    if EINDE_TOELICHTING not in lines:
        raise ValidationFailed([Problem(PUBLICATIE, 1, "", f"de regel '{EINDE_TOELICHTING}' ontbreekt")])
    begin = lines.index(EINDE_TOELICHTING) + 2
    return Publicatie(lines, begin, tuple(_lees_indeling(root, lines)))


def _lees_indeling(root: Path, lines: tuple[str, ...]) -> list[EersteWeergave]:
    if not (root / INDELING).is_file():
        return []
    try:
        source = load(root / INDELING, INDELING)
    except SourceError as exc:
        raise ValidationFailed([exc.problem]) from None
    indeling, problems = validate(source, Indeling)
    if indeling is None:
        raise ValidationFailed(problems)
    for i, weergave in enumerate(indeling.eerste_weergaven):
        loc = ("eerste_weergaven", i)
        if not weergave.van <= weergave.tot <= len(lines):
            problems.append(source.problem(loc + ("tot",), f"moet tussen {weergave.van} en {len(lines)} liggen"))
        elif lines[weergave.van - 1] != weergave.eerste_regel:
            problems.append(source.problem(loc + ("eerste_regel",), f"regel {weergave.van} van {PUBLICATIE} is "
                                           f"'{lines[weergave.van - 1]}'"))
    if problems:
        raise ValidationFailed(problems)
    return list(indeling.eerste_weergaven)


def eerste_weergaven(root: Path) -> list[EersteWeergave]:
    """The sheets printed twice, for the Verantwoording; none when the project has no ``bron/``."""
    return list(lees_publicatie(root).eerste_weergaven) if (root / PUBLICATIE).is_file() else []
