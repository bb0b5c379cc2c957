"""Read filled sheets of any werkblad: our fillable PDF (from any filler, also flattened or printed to
PDF) or a YAML/JSON answer file, also inside a ZIP (read as the folder it was).

Every file ends up as a :class:`Sheet` or a :class:`Rejection` with a reason for people; nothing is
skipped silently and no input raises. Which werkbladen are welcome is the caller's choice (``accept``).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..loader import ToolkitData
from ..regels import melding, reden, regels
from .answerfile import read_answer_file
from .archive import Budget, is_document, is_zip, unpack
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
    reader = _Reader(data, accept)
    for place in find_inputs(inputs, out):
        if place.zelfde_als:
            reader.result.meldingen.append(Melding(place.bestand, melding("zelfde_bestand", eerste=place.zelfde_als)))
        elif place.path is None:
            reader.reject(place.bestand, place.reden, oorzaak=place.oorzaak)
        else:
            reader.place(place.bestand, place.path)
    return reader.result


def read_files(data: ToolkitData, files: Iterable[tuple[str, bytes]], accept: Accept) -> Gelezen:
    """Files in memory (name, bytes), in the order given, read as :func:`read_inputs` reads them from
    disk: ZIPs unpacked, the same content noted. Pure, so the rules can be tested without a disk."""
    reader = _Reader(data, accept)
    for bestand, raw in files:
        reader.content(bestand, raw)
    return reader.result


class _Reader:
    """Collects what was read, in file order; remembers content already seen (§1: ``zelfde_inhoud``)."""

    def __init__(self, data: ToolkitData, accept: Accept) -> None:
        self.data = data
        self.accept = accept
        self.result = Gelezen()
        self.seen: dict[bytes, str] = {}  # sha-256 of a file's bytes -> the first file with them

    def reject(self, bestand: str, code: str, **values: object) -> None:
        self.result.afgewezen.append(Rejection(bestand, reden(code, **values), code))

    def place(self, bestand: str, path: Path) -> None:
        try:
            if path.stat().st_size > max_bytes():  # never load a huge file only to refuse it
                self.reject(bestand, "te_groot", mb=regels()["max_bestandsgrootte_mb"])
                return
            raw = path.read_bytes()
        except OSError as exc:
            self.reject(bestand, "onleesbaar", oorzaak=cause(exc))
            return
        self.content(bestand, raw)

    def content(self, bestand: str, raw: bytes, budget: Budget | None = None, depth: int = 0) -> None:
        """One file's bytes: a ZIP is unpacked in place (§1a), anything else is read as a sheet."""
        if len(raw) <= max_bytes() and is_zip(raw) and not is_document(bestand):
            self.archive(bestand, raw, budget or Budget.fresh(), depth + 1)
            return
        digest = hashlib.sha256(raw).digest()
        if digest in self.seen:
            self.result.meldingen.append(Melding(bestand, melding("zelfde_inhoud", eerste=self.seen[digest])))
        else:
            self.seen[digest] = _file_name(bestand)
        found = read_file(self.data, bestand, raw, self.accept)
        if isinstance(found, Rejection):
            self.result.afgewezen.append(found)
        elif isinstance(found, Plan):
            self.result.plannen.append(found)
            self.result.meldingen.append(Melding(found.bestand, melding("sessieplan", titel=found.plan["titel"])))
        else:
            self.result.sheets.append(found)
            self.result.meldingen += [Melding(found.bestand, m) for m in found.meldingen]

    def archive(self, bestand: str, raw: bytes, budget: Budget, depth: int) -> None:
        limit = int(regels()["zip"]["max_diepte"])
        if depth > limit:
            self.reject(bestand, "zip_diep", diepte=limit)
            return
        try:
            entries = unpack(bestand, raw, budget, max_bytes())
        except Reject as exc:
            self.result.afgewezen.append(Rejection(bestand, exc.text, exc.code))
            return
        except Exception as exc:  # noqa: BLE001 - a fault of ours with one archive must not stop the others
            LOG.debug("interne fout bij het uitpakken van %s", bestand, exc_info=True)
            self.reject(bestand, "interne_fout", soort=type(exc).__name__)
            return
        for entry in entries:
            if entry.reden:
                self.reject(entry.bestand, entry.reden, **entry.waarden)
            else:
                self.content(entry.bestand, entry.raw, budget, depth)


def _file_name(bestand: str) -> str:
    """A file named in a note about another file: its name without folders (§1)."""
    return bestand.replace("\\", "/").rsplit("/", 1)[-1]


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
    if is_zip(raw):  # read_inputs and read_files unpack archives before this: a document, or not unpacked
        raise Reject("onbekend_soort" if is_document(bestand) else "zip_kapot")
    if b"%PDF-" in raw[:HEAD]:
        return read_pdf(data, bestand, raw, accept)
    if suffix == ".pdf":
        raise Reject("geen_pdf")
    if suffix == ".zip":
        raise Reject("zip_kapot")
    if suffix in ANSWER_SUFFIXES:
        return read_answer_file(data, bestand, raw, accept, suffix)
    raise Reject("onbekend_soort")
