"""Read filled sheets (our fillable PDF, or a YAML/JSON answer file) and reject what cannot be used.

Every input ends up either as a :class:`Sheet` or as a :class:`Rejection` with a reason for people;
nothing is skipped silently and nothing raises.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pikepdf

from ..fields import Veld
from ..loader import ToolkitData
from ..model import IngevuldBlad
from ..validation import validate
from ..yamlsource import SourceError, decode, parse
from .items import organisation_key

WERKBLAD = "stimuleren"
ANSWER_SUFFIXES = {".yaml", ".yml", ".json"}


@dataclass(frozen=True)
class Sheet:
    """An accepted sheet: who filled it in and the text of every answer field (by contract name)."""

    bestand: str
    organisatie: str
    antwoorden: dict[str, str]


@dataclass(frozen=True)
class Rejection:
    bestand: str
    reden: str


class _Reject(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def expand(inputs: Iterable[Path]) -> list[Path]:
    """Files named directly, and the files in named folders (recursively, sorted; no hidden files)."""
    files: list[Path] = []
    for path in inputs:
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.is_file()
                            and not any(part.startswith(".") for part in p.relative_to(path).parts))
        else:
            files.append(path)
    return files


def read_sheets(data: ToolkitData, inputs: Iterable[Path]) -> tuple[list[Sheet], list[Rejection]]:
    """Read every input; an organisation that appears twice is accepted once (its first sheet)."""
    velden = {v.naam: v for v in data.velden[WERKBLAD]}
    sheets: list[Sheet] = []
    rejections: list[Rejection] = []
    seen: dict[str, str] = {}
    for path in expand(inputs):
        name = str(path)
        try:
            sheet = _read(data, path, velden)
        except _Reject as exc:
            rejections.append(Rejection(name, exc.reason))
            continue
        key = organisation_key(sheet.organisatie)
        if key in seen:
            rejections.append(Rejection(name, f"organisatie '{sheet.organisatie}' staat al in {seen[key]}"))
            continue
        seen[key] = name
        sheets.append(sheet)
    return sheets, rejections


def _read(data: ToolkitData, path: Path, velden: dict[str, Veld]) -> Sheet:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise _Reject(f"kan het bestand niet lezen ({exc.strerror})") from None
    if raw.startswith(b"%PDF-") or path.suffix.lower() == ".pdf":
        answers = _pdf_answers(data, path, raw, velden)
    elif path.suffix.lower() in ANSWER_SUFFIXES:
        answers = _file_answers(data, path, raw, velden)
    else:
        raise _Reject("geen PDF en geen antwoordbestand (.yaml, .yml of .json)")
    organisatie = " ".join(str(answers.pop("organisatie", "")).split())
    if not organisatie:
        raise _Reject("'Organisatie' is niet ingevuld")
    texts = {}
    for field_name, value in answers.items():
        if not isinstance(value, str):
            raise _Reject(f"veld '{field_name}': verwacht tekst, niet {value!r}")
        texts[field_name] = value
    return Sheet(str(path), organisatie, texts)


def _which_werkblad(data: ToolkitData, names: set[str]) -> str | None:
    """The werkblad whose contract fields overlap most with the names found (None: no overlap)."""
    best, best_overlap = None, 0
    for werkblad_id, velden in data.velden.items():
        overlap = len(names & {v.naam for v in velden} - {"organisatie"})
        if overlap > best_overlap:
            best, best_overlap = werkblad_id, overlap
    return best


def _check_names(data: ToolkitData, names: set[str], velden: dict[str, Veld], what: str) -> None:
    werkblad = _which_werkblad(data, names)
    if werkblad is None:
        raise _Reject(f"{what} zonder de velden van een werkblad van de Doorstroomtoolkit")
    if werkblad != WERKBLAD:
        raise _Reject(f"dit is werkblad '{data.werkbladen[werkblad].titel}', niet '{data.werkbladen[WERKBLAD].titel}'")
    _reject_unknown(names, velden)


def _reject_unknown(names: Iterable[str], velden: dict[str, Veld]) -> None:
    """Field names outside the contract: the sheet is not ours (or was edited); never guess."""
    unknown = sorted(set(names) - set(velden))
    if unknown:
        shown = ", ".join(unknown[:5]) + (f" en {len(unknown) - 5} meer" if len(unknown) > 5 else "")
        raise _Reject(f"onbekende velden: {shown}")


def _pdf_answers(data: ToolkitData, path: Path, raw: bytes, velden: dict[str, Veld]) -> dict[str, object]:
    try:
        with pikepdf.open(path) as pdf:
            acroform = pdf.Root.get("/AcroForm")
            fields = list(_pdf_fields(acroform.get("/Fields", []))) if acroform is not None else []
    except pikepdf.PasswordError:
        raise _Reject("PDF is beveiligd met een wachtwoord") from None
    except (pikepdf.PdfError, ValueError, RecursionError):
        if not raw.startswith(b"%PDF-"):
            raise _Reject("geen geldige PDF") from None
        raise _Reject("PDF is beschadigd of niet compleet (afgebroken?)") from None
    names = {name for name, _ in fields}
    _check_names(data, names, velden, "PDF")
    return dict(fields)


def _pdf_fields(fields: Iterable[pikepdf.Object], parent: str = "") -> Iterable[tuple[str, object]]:
    """(full name, value) of every terminal field; '' for an empty text field."""
    for field in fields:
        partial = str(field.get("/T", ""))
        name = f"{parent}.{partial}" if parent and partial else (partial or parent)
        kids = field.get("/Kids")
        if kids is not None and any("/T" in kid for kid in kids):
            yield from _pdf_fields(kids, name)
            continue
        value = field.get("/V")
        if value is None and kids is not None:
            value = next((kid.get("/V") for kid in kids if "/V" in kid), None)
        if isinstance(value, pikepdf.Name):
            yield name, str(value) not in ("/Off", "/")
        elif value is None:
            yield name, ""
        else:
            yield name, str(value)


def _file_answers(data: ToolkitData, path: Path, raw: bytes, velden: dict[str, Veld]) -> dict[str, object]:
    kind = "JSON" if path.suffix.lower() == ".json" else "YAML"
    try:
        source = parse(decode(raw, str(path)), str(path))
    except SourceError as exc:
        problem = exc.problem
        raise _Reject(f"ongeldig {kind}-bestand (regel {problem.line}): {problem.message}") from None
    answers_data = source.data.get("antwoorden") if isinstance(source.data, dict) else None
    if isinstance(answers_data, dict):  # a number typed in a text field is text, not an error
        for key, value in answers_data.items():
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                answers_data[key] = str(value)
    blad, problems = validate(source, IngevuldBlad)
    if blad is None:
        first = problems[0]
        raise _Reject(f"geen geldig antwoordbestand (regel {first.line}): {first.field}: {first.message}")
    if blad.werkblad != WERKBLAD:
        titel = data.werkbladen[blad.werkblad].titel if blad.werkblad in data.werkbladen else blad.werkblad
        raise _Reject(f"dit is werkblad '{titel}', niet '{data.werkbladen[WERKBLAD].titel}'")
    _reject_unknown(blad.antwoorden, velden)
    answers: dict[str, object] = dict(blad.antwoorden)
    inner = str(answers.pop("organisatie", "") or "")
    if blad.organisatie and inner and organisation_key(inner) != organisation_key(blad.organisatie):
        raise _Reject(f"twee verschillende organisaties: '{blad.organisatie}' en '{inner}'")
    answers["organisatie"] = blad.organisatie or inner
    return answers
