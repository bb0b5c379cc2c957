"""Filled PDFs -> a Sheet (docs/overzicht-regels.md §3): our form filled in any program, with text
boxes on top, or (without any field) a sheet printed to PDF or flattened (:mod:`.flat`)."""

from __future__ import annotations

from io import BytesIO

import pikepdf

from ..fields import LABEL_FIELDS, label_field
from ..loader import ToolkitData
from .annotations import apply_annotations
from .contract import check_accepted, make_sheet
from .flat import read_flat
from .model import Accept, Sheet
from .pdffields import PdfField, checked, form_fields, text_value
from .reject import Reject

TAIL = 1024  # an unfinished download has no %%EOF near its end
# What pikepdf raises for a file that is damaged in ways qpdf cannot repair (anything else is our fault).
DAMAGED = (pikepdf.PdfError, RecursionError)


def read_pdf(data: ToolkitData, bestand: str, raw: bytes, accept: Accept) -> Sheet:
    if b"%%EOF" not in raw[-TAIL:]:
        raise Reject("pdf_kapot")
    try:
        pdf = pikepdf.open(BytesIO(raw))
    except pikepdf.PasswordError:
        raise Reject("pdf_wachtwoord") from None
    except DAMAGED:
        raise Reject("pdf_kapot") from None
    with pdf:
        try:
            fields = form_fields(pdf)
            if not fields:
                werkblad, answers, notes = read_flat(data, pdf)
            else:
                werkblad, answers, notes = _form_answers(data, pdf, fields)
        except DAMAGED:
            raise Reject("pdf_kapot") from None
    check_accepted(data, werkblad, accept)
    veld = label_field(data.werkbladen[werkblad])
    organisatie = str(answers.pop(veld.naam, "") or "") if veld else ""
    return make_sheet(data, bestand, werkblad, organisatie, answers, notes)


def _form_answers(data: ToolkitData, pdf: pikepdf.Pdf,
                  fields: list[PdfField]) -> tuple[str, dict[str, str | bool], list[str]]:
    werkblad = which_werkblad(data, {f.name for f in fields})
    if werkblad is None:
        raise Reject("pdf_vreemd")
    velden = {v.naam: v for v in data.velden[werkblad]}
    answers: dict[str, str | bool] = {}
    for field in fields:
        veld = velden.get(field.name)
        if veld is None:
            answers.setdefault(field.name, "")  # not ours: named in the rejection (onbekende_velden)
        elif veld.soort == "checkbox":
            answers[field.name] = bool(answers.get(field.name)) or checked(field)
        else:  # the same name twice (two widgets saved as two fields): the first text counts
            answers[field.name] = answers.get(field.name) or text_value(field.value)
    notes: list[str] = []
    apply_annotations(pdf, fields, velden, answers, notes)
    return werkblad, answers, notes


def which_werkblad(data: ToolkitData, names: set[str]) -> str | None:
    """The werkblad with the most of its contract fields (label fields aside) among ``names``; a tie goes
    to the first in toolkit order; None when no contract field is there at all."""
    best, best_overlap = None, 0
    for werkblad_id, velden in data.velden.items():
        overlap = len(names & {v.naam for v in velden if v.naam not in LABEL_FIELDS})
        if overlap > best_overlap:
            best, best_overlap = werkblad_id, overlap
    return best
