"""The checks every kind of file ends with (docs/overzicht-regels.md §4, steps 5, 8, 9 and 10).

Readers of PDFs and answer files deliver names and values; whether the werkblad is welcome, whether
the names belong to its field contract and whether the values have the right kind is decided here,
once, in the same order for every kind of file.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..fields import LABEL_FIELDS, ORGANISATIE, Veld, label_field
from ..loader import ToolkitData
from ..regels import clean_text, one_line, reden
from .model import Accept, Sheet
from .reject import Reject, RejectAnswerFile, RejectWith

# A whole number is taken as text up to here: beyond it the browser (JavaScript numbers) loses digits.
MAX_WHOLE_NUMBER = 2**53 - 1


def check_accepted(data: ToolkitData, werkblad_id: str, accept: Accept) -> None:
    """Step 5: the caller decides which werkbladen it takes."""
    refusal = accept(data.werkbladen[werkblad_id])
    if refusal:
        raise RejectWith(refusal)


def make_sheet(data: ToolkitData, bestand: str, werkblad_id: str, organisatie: str,
               answers: dict[str, object], meldingen: list[str]) -> Sheet:
    """Steps 8 (unknown names), 9 (kinds of values) and 10 (organisation filled in) -> a Sheet.

    ``organisatie`` is the value of the werkblad's label field ('Organisatie' or 'Ingevuld door'); only
    'Organisatie' is required (a group sheet without 'Ingevuld door' is labelled by its file name)."""
    velden = {v.naam: v for v in data.velden[werkblad_id]}
    check_known(answers, velden)
    antwoorden = {naam: _value(veld, answers.get(naam)) for naam, veld in velden.items() if naam not in LABEL_FIELDS}
    veld = label_field(data.werkbladen[werkblad_id])
    name = one_line(organisatie) if veld else ""
    if veld == ORGANISATIE and not name:
        raise Reject("geen_organisatie")
    return Sheet(bestand, werkblad_id, name, antwoorden, tuple(meldingen))


def check_known(names: Iterable[str], velden: dict[str, Veld]) -> None:
    """Field names outside the contract: the sheet is not ours (or was edited); never guess."""
    unknown = sorted(set(names) - set(velden) - {ORGANISATIE.naam})
    if unknown:
        shown = ", ".join(one_line(n) for n in unknown[:5])
        if len(unknown) > 5:
            shown = reden("onbekende_velden_meer", namen=shown, aantal=len(unknown) - 5)
        raise Reject("onbekende_velden", namen=shown)


def _value(veld: Veld, value: object) -> str | bool:
    if veld.soort == "checkbox":
        if value is None:
            return False
        if not isinstance(value, bool):
            raise RejectAnswerFile("fout_vinkje", naam=veld.naam)
        return value
    if value is None:
        return ""
    text = number_as_text(value)
    if not isinstance(text, str):
        raise RejectAnswerFile("fout_tekst", naam=veld.naam)
    return clean_text(text)


def number_as_text(value: object) -> object:
    """A whole number typed in a text field is text ('12', and 1.0 is '1'); other values stay as they are.

    Only whole numbers: how a fraction is written differs per language and program, so ``1,5`` or
    ``1.5`` is refused rather than guessed. Booleans are not numbers.
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        return value
    if isinstance(value, float) and not value.is_integer():
        return value
    if abs(value) > MAX_WHOLE_NUMBER:
        return value
    return str(int(value))
