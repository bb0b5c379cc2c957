"""Shared by the reader tests: blank PDFs of the current build, filled PDFs, answer files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.loader import ToolkitData
from generator.pdf.build import build_pdfs
from generator.pdf.render import werkblad_job
from generator.readers import Rejection, Sheet, read_file

STIMULEREN = "stimuleren"
CELL = "passend-aanbod__huidige-woning__al"


def everything(_: object) -> None:
    """An ``accept`` that takes every werkblad."""
    return None


@pytest.fixture(scope="session")
def blanks(toolkit: ToolkitData, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Our blank PDF of every werkblad, as files (``<id>.pdf``)."""
    folder = tmp_path_factory.mktemp("blanco")
    for built in build_pdfs(toolkit, [werkblad_job(toolkit, w) for w in toolkit.werkbladen]):
        (folder / built.filename).write_bytes(built.content)
    return folder


def answer_json(organisatie: str | None, antwoorden: object, werkblad: str = STIMULEREN) -> bytes:
    content: dict[str, object] = {"werkblad": werkblad, "antwoorden": antwoorden}
    if organisatie is not None:
        content["organisatie"] = organisatie
    return json.dumps(content).encode("ascii")  # \u escapes: also for text that is not valid UTF-16


def read(data: ToolkitData, name: str, raw: bytes) -> Sheet | Rejection:
    """read_file with every werkblad welcome; an internal error fails the test on the spot."""
    found = read_file(data, name, raw, everything)
    assert not (isinstance(found, Rejection) and found.code == "interne_fout"), found
    return found


def rejected(data: ToolkitData, name: str, raw: bytes) -> Rejection:
    found = read(data, name, raw)
    assert isinstance(found, Rejection), found
    return found


def accepted(data: ToolkitData, name: str, raw: bytes) -> Sheet:
    found = read(data, name, raw)
    assert isinstance(found, Sheet), found
    return found
