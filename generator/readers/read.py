"""Read filled sheets of any werkblad: our fillable PDF (from any filler) or a YAML/JSON answer file.

Every file ends up as a :class:`Sheet` or a :class:`Rejection` with a reason for people; nothing is
skipped silently and nothing raises. Which werkbladen are welcome is the caller's choice (``accept``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from io import BytesIO
from pathlib import Path

import pikepdf

from ..fields import ORGANISATIE, Veld
from ..loader import ToolkitData
from ..regels import clean_text, one_line, reden
from ..yamlsource import SourceError, decode, parse
from .model import Accept, Gelezen, Rejection, Sheet

ANSWER_SUFFIXES = {".yaml", ".yml", ".json"}
ANSWER_KEYS = {"werkblad", "organisatie", "antwoorden"}


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


def read_inputs(data: ToolkitData, inputs: Sequence[Path], accept: Accept) -> Gelezen:
    """Read every file of the inputs, in order."""
    result = Gelezen()
    for path in expand(inputs):
        name = str(path)
        try:
            raw = path.read_bytes()
        except OSError as exc:
            result.afgewezen.append(Rejection(name, reden("onleesbaar", oorzaak=exc.strerror or "leesfout")))
            continue
        found = read_file(data, name, raw, accept)
        if isinstance(found, Rejection):
            result.afgewezen.append(found)
        else:
            result.sheets.append(found)
    return result


def read_file(data: ToolkitData, bestand: str, raw: bytes, accept: Accept) -> Sheet | Rejection:
    """One file's bytes -> a sheet or a rejection (pure: no file system, so it can be fuzzed)."""
    try:
        return _read(data, bestand, raw, accept)
    except _Reject as exc:
        return Rejection(bestand, exc.reason)


def _read(data: ToolkitData, bestand: str, raw: bytes, accept: Accept) -> Sheet:
    suffix = Path(bestand).suffix.lower()
    if raw.startswith(b"%PDF-") or suffix == ".pdf":
        werkblad_id, answers = _pdf_answers(data, raw)
    elif suffix in ANSWER_SUFFIXES:
        werkblad_id, answers = _file_answers(data, bestand, raw)
    else:
        raise _Reject(reden("onbekend_soort"))
    werkblad = data.werkbladen[werkblad_id]
    refusal = accept(werkblad)
    if refusal:
        raise _Reject(refusal)
    velden = {v.naam: v for v in data.velden[werkblad_id]}
    _reject_unknown(answers, velden)
    organisatie = one_line(str(answers.pop(ORGANISATIE.naam, "") or ""))
    if ORGANISATIE.naam in velden and not organisatie:
        raise _Reject(reden("geen_organisatie"))
    return Sheet(bestand, werkblad_id, organisatie, _complete(answers, velden))


def _complete(answers: dict[str, object], velden: dict[str, Veld]) -> dict[str, str | bool]:
    """Every contract field (but organisatie) with its value; empty fields as '' or False."""
    result: dict[str, str | bool] = {}
    for naam, veld in velden.items():
        if naam == ORGANISATIE.naam:
            continue
        value = answers.get(naam)
        if veld.soort == "checkbox":
            if value is not None and not isinstance(value, bool):
                raise _Reject(reden("antwoordbestand", fout=reden("fout_vinkje", naam=naam)))
            result[naam] = bool(value)
        else:
            if value is not None and not isinstance(value, str):
                raise _Reject(reden("antwoordbestand", fout=reden("fout_tekst", naam=naam)))
            result[naam] = clean_text(value or "")
    return result


def _which_werkblad(data: ToolkitData, names: set[str]) -> str | None:
    """The werkblad whose contract fields overlap most with the names found (None: no overlap)."""
    best, best_overlap = None, 0
    for werkblad_id, velden in data.velden.items():
        overlap = len(names & {v.naam for v in velden} - {ORGANISATIE.naam})
        if overlap > best_overlap:
            best, best_overlap = werkblad_id, overlap
    return best


def _reject_unknown(names: Iterable[str], velden: dict[str, Veld]) -> None:
    """Field names outside the contract: the sheet is not ours (or was edited); never guess."""
    unknown = sorted(set(names) - set(velden))
    if unknown:
        shown = ", ".join(unknown[:5])
        if len(unknown) > 5:
            shown = reden("onbekende_velden_meer", namen=shown, aantal=len(unknown) - 5)
        raise _Reject(reden("onbekende_velden", namen=shown))


def _pdf_answers(data: ToolkitData, raw: bytes) -> tuple[str, dict[str, object]]:
    if not raw.startswith(b"%PDF-"):
        raise _Reject(reden("geen_pdf"))
    try:
        with pikepdf.open(BytesIO(raw)) as pdf:
            acroform = pdf.Root.get("/AcroForm")
            fields = list(_pdf_fields(acroform.get("/Fields", []))) if isinstance(acroform, pikepdf.Dictionary) else []
    except pikepdf.PasswordError:
        raise _Reject(reden("pdf_wachtwoord")) from None
    except (pikepdf.PdfError, ValueError, RecursionError, AttributeError, TypeError):
        raise _Reject(reden("pdf_kapot")) from None
    werkblad = _which_werkblad(data, {name for name, _ in fields})
    if werkblad is None:
        raise _Reject(reden("pdf_vreemd"))
    return werkblad, dict(fields)


def _pdf_fields(fields: Iterable[pikepdf.Object], parent: str = "") -> Iterable[tuple[str, object]]:
    """(full name, value) of every terminal field; '' for an empty text field, bool for a checkbox."""
    for field in fields:
        if not isinstance(field, pikepdf.Dictionary):
            continue
        partial = str(field.get("/T", ""))
        name = f"{parent}.{partial}" if parent and partial else (partial or parent)
        kids = field.get("/Kids")
        if kids is not None and any(isinstance(kid, pikepdf.Dictionary) and "/T" in kid for kid in kids):
            yield from _pdf_fields(kids, name)
            continue
        value = field.get("/V")
        if value is None and kids is not None:
            value = next((kid.get("/V") for kid in kids if isinstance(kid, pikepdf.Dictionary) and "/V" in kid), None)
        if field.get("/FT") == pikepdf.Name.Btn or isinstance(value, pikepdf.Name):
            yield name, value is not None and str(value) not in ("/Off", "/")
        elif value is None:
            yield name, ""
        else:
            yield name, str(value)


def _file_answers(data: ToolkitData, bestand: str, raw: bytes) -> tuple[str, dict[str, object]]:
    kind = "json_ongeldig" if bestand.lower().endswith(".json") else "yaml_ongeldig"
    try:
        text = decode(raw, bestand)
    except SourceError as exc:
        raise _Reject(reden("leeg") if "leeg" in exc.problem.message else reden("geen_utf8")) from None
    try:
        content = parse(text, bestand).data
    except SourceError:
        raise _Reject(reden(kind)) from None
    if not isinstance(content, dict):
        raise _Reject(reden("antwoordbestand", fout=reden("fout_vorm")))
    for key in sorted(content):
        if key not in ANSWER_KEYS:
            raise _Reject(reden("antwoordbestand", fout=reden("fout_sleutel", sleutel=key)))
    werkblad = content.get("werkblad")
    if not isinstance(werkblad, str) or not werkblad:
        raise _Reject(reden("antwoordbestand", fout=reden("fout_werkblad_ontbreekt")))
    if werkblad not in data.werkbladen:
        raise _Reject(reden("antwoordbestand", fout=reden("fout_werkblad_onbekend", werkblad=werkblad)))
    organisatie = content.get("organisatie")
    if organisatie is not None and not isinstance(organisatie, str):
        raise _Reject(reden("antwoordbestand", fout=reden("fout_organisatie")))
    answers = content.get("antwoorden")
    if answers is None:
        answers = {}
    if not isinstance(answers, dict):
        raise _Reject(reden("antwoordbestand", fout=reden("fout_antwoorden")))
    answers = {key: _number_as_text(value) for key, value in answers.items()}
    inner = answers.pop(ORGANISATIE.naam, None)  # older answer files kept it among the answers
    if inner is not None and not isinstance(inner, str):
        raise _Reject(reden("antwoordbestand", fout=reden("fout_organisatie")))
    inner = one_line(inner or "")
    outer = one_line(organisatie or "")
    if outer and inner and outer.lower() != inner.lower():
        raise _Reject(reden("twee_organisaties", eerste=outer, tweede=inner))
    answers[ORGANISATIE.naam] = outer or inner
    return werkblad, answers


def _number_as_text(value: object) -> object:
    """A number typed in a text field is text (integers only: float formatting differs per language)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value
