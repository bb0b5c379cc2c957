"""Turn pydantic's validation errors into located, Dutch problems.

Pydantic reports locations as tuples that can contain union tags ('raster') or member names
('bool'); we map them back onto the data path so the line number is the line in the file.
"""

from __future__ import annotations

import difflib
from typing import Any, TypeVar, get_args, get_origin

from pydantic import BaseModel, ValidationError

from .errors import Problem
from .yamlsource import Loc, Source

M = TypeVar("M", bound=BaseModel)


def validate(source: Source, model: type[M]) -> tuple[M | None, list[Problem]]:
    """Validate a parsed file against a model; returns the model or the located problems."""
    try:
        return model.model_validate(source.data), []
    except ValidationError as exc:
        return None, [_problem(source, model, err) for err in exc.errors()]


def _data_loc(data: Any, loc: tuple[Any, ...]) -> Loc:
    """Drop the parts of a pydantic loc that are not keys in the data (union tags, types)."""
    path: list[str | int] = []
    current = data
    tag_skipped = False
    for part in loc:
        if isinstance(current, dict):
            if current.get("type") == part and not tag_skipped:
                tag_skipped = True  # pydantic puts the union tag before the key: ('blad', 'raster', 'rijen')
                continue
            tag_skipped = False
            if part in current:
                path.append(part)
                current = current[part]
            else:
                path.append(part)
                current = None
        elif isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current):
            path.append(part)
            current = current[part]
        else:
            break
    return tuple(path)


def _model_at(model: type[BaseModel], data: Any, loc: Loc) -> type[BaseModel] | None:
    """The model class that validates the mapping at ``loc`` (to list its allowed keys)."""
    current: Any = model
    for part in loc:
        data = data[part] if isinstance(data, (dict, list)) else None
        if isinstance(part, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        info = current.model_fields.get(part)
        if info is None:
            return None
        current = _unwrap(info.annotation, data)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _unwrap(annotation: Any, data: Any) -> Any:
    """Find the BaseModel inside list[...], Optional[...], Annotated[Union[...]]."""
    args = get_args(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if get_origin(annotation) is list and args:
        item = data[0] if isinstance(data, list) and data else None
        return _unwrap(args[0], item)
    candidates = [_unwrap(a, data) for a in args]
    models = [c for c in candidates if isinstance(c, type) and issubclass(c, BaseModel)]
    if len(models) > 1 and isinstance(data, dict):
        for m in models:
            tag = m.model_fields.get("type")
            if tag is not None and data.get("type") in get_args(tag.annotation):
                return m
    return models[0] if models else None


def _problem(source: Source, model: type[BaseModel], err: Any) -> Problem:
    loc = _data_loc(source.data, err["loc"])
    kind = err["type"]
    ctx = err.get("ctx", {})
    value = err.get("input")
    if kind == "extra_forbidden":
        parent = _model_at(model, source.data, loc[:-1])
        allowed = sorted(parent.model_fields) if parent else []
        message = f"onbekend veld '{loc[-1]}'"
        close = difflib.get_close_matches(str(loc[-1]), allowed, n=1)
        if close:
            message += f"; bedoelt u '{close[0]}'?"
        if allowed:
            message += f" Toegestaan: {', '.join(allowed)}"
        return source.problem(loc, message)
    return source.problem(loc, _message(kind, ctx, value, err["msg"]))


def _message(kind: str, ctx: dict[str, Any], value: Any, fallback: str) -> str:
    if kind == "string_pattern_mismatch":
        return (f"ongeldige id {value!r}: gebruik alleen kleine letters, cijfers en koppeltekens "
                "(bv. 'passend-aanbod')")
    if kind == "literal_error":
        return f"ongeldige waarde {value!r}; verwacht: {ctx.get('expected')}"
    if kind == "union_tag_invalid":
        return f"onbekend type {ctx.get('tag')!r}; kies uit: {ctx.get('expected_tags')}"
    if kind == "union_tag_not_found":
        return "het veld 'type' ontbreekt (vragen, klantreis, raster, indicatoren of themas)"
    messages = {
        "missing": "ontbreekt; dit veld is verplicht",
        "string_type": "verwacht tekst",
        "string_too_short": "mag niet leeg zijn",
        "int_type": "verwacht een geheel getal",
        "int_parsing": "verwacht een geheel getal",
        "bool_type": "verwacht true of false",
        "bool_parsing": "verwacht true of false",
        "list_type": "verwacht een lijst (regels die beginnen met '- ')",
        "too_short": "de lijst mag niet leeg zijn",
        "model_type": "verwacht een blok met velden (sleutel: waarde)",
        "model_attributes_type": "verwacht een blok met velden (sleutel: waarde)",
        "dict_type": "verwacht een blok met velden (sleutel: waarde)",
        "greater_than_equal": f"moet minstens {ctx.get('ge')} zijn",
    }
    return messages.get(kind, fallback)
