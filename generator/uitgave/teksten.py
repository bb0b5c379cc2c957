"""Which texts of the YAML come from the publication, where they stand, and which records explain them.

Every text field of the model is publication text, except ids, fixed choices (``Literal``) and fields
marked ``EIGEN`` in ``generator/model.py``; a page with ``eigen: true`` is ours as a whole. A record
(``afwijkingen``) explains the texts of the item it stands on and of everything inside that item.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from ..model import ID_PATTERN, Afwijking, Pagina
from ..yamlsource import Loc
from .normaliseren import normaliseer

RECORDS = "afwijkingen"
# Paragraphs and list items of one text field: each must stand in the publication on its own.
_PASSAGE_BREAK = re.compile(r"\n[ \t]*\n|\n(?=[ \t]*(?:[-*]|\d+\.)[ \t])")
_NAME_FIELDS = ("kop", "naam", "tekst", "titel")


@dataclass(frozen=True)
class Tekst:
    """One text field that comes from the publication, and the records on it and on its parents."""

    loc: Loc
    tekst: str
    afwijkingen: tuple[Afwijking, ...]

    def passages(self) -> list[str]:
        """Its paragraphs and list items, normalised (empty ones left out)."""
        parts = (normaliseer(part) for part in _PASSAGE_BREAK.split(self.tekst))
        return [part for part in parts if part]


@dataclass(frozen=True)
class Vastlegging:
    """One record, where it stands, and the name of the item it stands on ('' at the top of a file)."""

    afwijking: Afwijking
    loc: Loc
    onderdeel: str


def teksten(model: BaseModel) -> list[Tekst]:
    """Every publication text in a model (a whole YAML file), in file order."""
    return [item for item in _walk(model, (), ()) if isinstance(item, Tekst)]


def vastleggingen(model: BaseModel) -> list[Vastlegging]:
    """Every record in a model, in file order."""
    return [item for item in _walk(model, (), ()) if isinstance(item, Vastlegging)]


def _walk(obj: Any, loc: Loc, records: tuple[Afwijking, ...]) -> Iterator[Tekst | Vastlegging]:
    if isinstance(obj, Pagina) and obj.eigen:
        return
    if isinstance(obj, BaseModel):
        own = tuple(getattr(obj, RECORDS, ()))
        for i, record in enumerate(own):
            yield Vastlegging(record, loc + (RECORDS, i), _name(obj) if loc else "")
        records = records + own
        for name, info in type(obj).model_fields.items():
            if name == RECORDS or _not_publication(info):
                continue
            yield from _walk(getattr(obj, name), loc + (name,), records)
    elif isinstance(obj, list):
        for i, item in enumerate(obj):
            yield from _walk(item, loc + (i,), records)
    elif isinstance(obj, str):
        yield Tekst(loc, obj, records)


def _name(model: BaseModel) -> str:
    for name in _NAME_FIELDS:
        value = getattr(model, name, None)
        if isinstance(value, str) and value:
            return value
    return ""


def _not_publication(info: FieldInfo) -> bool:
    """Ids, fixed choices and our own texts are not compared with the publication."""
    extra = info.json_schema_extra
    if isinstance(extra, dict) and extra.get("eigen_tekst"):
        return True
    return _mentions_id_or_literal([*info.metadata, info.annotation])


def _mentions_id_or_literal(parts: list[Any]) -> bool:
    for part in parts:
        if get_origin(part) is Literal or getattr(part, "pattern", None) == ID_PATTERN.pattern:
            return True
        metadata = getattr(part, "__metadata__", ())
        if _mentions_id_or_literal([*metadata, *get_args(part)]):
            return True
    return False
