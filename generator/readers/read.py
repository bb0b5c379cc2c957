"""Read filled sheets of any werkblad: our fillable PDF (from any filler, also flattened or printed to
PDF) or a YAML/JSON answer file.

Every file ends up as a :class:`Sheet` or a :class:`Rejection` with a reason for people; nothing is
skipped silently and no input raises. Which werkbladen are welcome is the caller's choice (``accept``).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from ..loader import ToolkitData
from ..regels import melding, reden, regels
from .answerfile import read_answer_file
from .inputs import cause, find_inputs
from .model import Accept, Gelezen, Melding, Plan, Rejection, Sheet
from .pdf import read_pdf
from .reject import Reject

ANSWER_SUFFIXES = (".json", ".yaml", ".yml")
HEAD = 1024  # a PDF may have some bytes before its %PDF- header
LOG = logging.getLogger(__name__)


def max_bytes() -> int:
    return int(regels()["max_bestandsgrootte_mb"]) * 1024 * 1024


def read_inputs(data: ToolkitData, inputs: Sequence[Path], accept: Accept, out: Path | None = None) -> Gelezen:
    """Read every file of the inputs, in order. Nothing inside ``out`` is read (our own output).

    Raises :class:`~generator.readers.inputs.NoInputs` (exit 2) when there is nothing to read.
    """
    result = Gelezen()
    for place in find_inputs(inputs, out):
        if place.zelfde_als:
            result.meldingen.append(Melding(place.bestand, melding("zelfde_bestand", eerste=place.zelfde_als)))
            continue
        found = _read_place(data, place.bestand, place.path, accept) if place.path else Rejection(
            place.bestand, reden(place.reden, oorzaak=place.oorzaak), place.reden)
        if isinstance(found, Rejection):
            result.afgewezen.append(found)
        elif isinstance(found, Plan):
            result.plannen.append(found)
            result.meldingen.append(Melding(found.bestand, melding("sessieplan", titel=found.plan["titel"])))
        else:
            result.sheets.append(found)
            result.meldingen += [Melding(found.bestand, m) for m in found.meldingen]
    return result


def _read_place(data: ToolkitData, bestand: str, path: Path, accept: Accept) -> Sheet | Plan | Rejection:
    try:
        if path.stat().st_size > max_bytes():  # never load a huge file only to refuse it
            return Rejection(bestand, reden("te_groot", mb=regels()["max_bestandsgrootte_mb"]), "te_groot")
        raw = path.read_bytes()
    except OSError as exc:
        return Rejection(bestand, reden("onleesbaar", oorzaak=cause(exc)), "onleesbaar")
    return read_file(data, bestand, raw, accept)


def read_file(data: ToolkitData, bestand: str, raw: bytes, accept: Accept) -> Sheet | Plan | Rejection:
    """One file's bytes -> a sheet, a session plan or a rejection (pure: no file system, so it can be fuzzed).

    A fault of ours while reading (an exception we did not foresee) rejects this file only, as
    ``interne_fout``; the traceback goes to the log (``DOORSTROOM_DEBUG=1`` shows it).
    """
    try:
        return _read(data, bestand, raw, accept)
    except Reject as exc:
        return Rejection(bestand, exc.text, exc.code)
    except Exception as exc:  # noqa: BLE001 - one file's fault must not stop the others
        LOG.debug("interne fout bij het lezen van %s", bestand, exc_info=True)
        return Rejection(bestand, reden("interne_fout", soort=type(exc).__name__), "interne_fout")


def _read(data: ToolkitData, bestand: str, raw: bytes, accept: Accept) -> Sheet | Plan:
    """Which kind of file (docs/overzicht-regels.md §2), then its reader."""
    if len(raw) > max_bytes():
        raise Reject("te_groot", mb=regels()["max_bestandsgrootte_mb"])
    if not raw or raw.isspace():  # only ASCII whitespace (0x09-0x0D, 0x20); stops at the first other byte
        raise Reject("leeg")
    suffix = Path(bestand).suffix.lower()
    if b"%PDF-" in raw[:HEAD]:
        return read_pdf(data, bestand, raw, accept)
    if suffix == ".pdf":
        raise Reject("geen_pdf")
    if suffix in ANSWER_SUFFIXES:
        return read_answer_file(data, bestand, raw, accept, suffix)
    raise Reject("onbekend_soort")
