"""JSON Schemas of every YAML file kind, so editors can autocomplete and check the YAML."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from .model import IngevuldBlad, Instrument, Menukaart, Onderwerp, Pagina, Toolkit, Vocabulaire, Werkblad
from .voorbereiden.model import SessieInhoud

SCHEMAS: dict[str, type[BaseModel]] = {
    "toolkit": Toolkit,
    "vocabulaire": Vocabulaire,
    "onderwerp": Onderwerp,
    "pagina": Pagina,
    "menukaart": Menukaart,
    "instrument": Instrument,
    "werkblad": Werkblad,
    "ingevuld-blad": IngevuldBlad,
    "sessie": SessieInhoud,
}


def schema_texts() -> dict[str, str]:
    """File name -> JSON text of each schema (stable key order, so the files diff cleanly)."""
    result = {}
    for name, model in SCHEMAS.items():
        schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", **model.model_json_schema()}
        result[f"{name}.schema.json"] = json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
    return result


def write_schemas(out: Path) -> list[Path]:
    """Write all schemas to ``out``; returns the written paths."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in schema_texts().items():
        path = out / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
