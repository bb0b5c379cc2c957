"""The reading side of the shared corpus, in-process: which files are rejected and why, the notes of
reading, and that every expected item comes from the raw value of its field. The whole outcome (items,
merging, notes in the outputs) is checked by test_corpus_python.py through the CLI."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.fields import cell_name
from generator.loader import ToolkitData
from generator.readers import accept_only, read_inputs
from generator.regels import regels

from .corpus.harness import cases, expected, materialize, relative
from .readers_support import blanks  # noqa: F401 - a fixture

READING_NOTES = ("tekstvak_gelezen", "tekstvak_vinkje", "tekstvak_buiten", "tekening", "plat_gelezen", "zelfde_bestand",
                 "sessieplan", "zelfde_inhoud")


def is_reading_note(text: str) -> bool:
    patterns = (re.escape(regels()["meldingen"][key]) for key in READING_NOTES)
    return any(re.fullmatch(re.sub(r"\\\{[a-z]+\\\}", ".*", p), text, flags=re.DOTALL) for p in patterns)


def folded(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("case", cases())
def test_reading_side_of_the_case(case: str, toolkit: ToolkitData, tmp_path: Path, blanks: Path) -> None:  # noqa: F811
    invoer = materialize(case, tmp_path, blanks)
    gelezen = read_inputs(toolkit, [invoer], accept_only(toolkit.werkbladen["stimuleren"]))
    wanted = expected(case)
    assert [[relative(r.bestand, invoer), r.reden] for r in gelezen.afgewezen] == wanted["afgewezen"]
    assert [[relative(m.bestand, invoer), m.melding] for m in gelezen.meldingen] == [
        m for m in wanted["meldingen"] if is_reading_note(m[1])]
    raw: dict[tuple[str, str], str] = {}
    for sheet in gelezen.sheets:
        key = sheet.organisatie.lower()
        for name, value in sheet.antwoorden.items():
            raw[(key, name)] = raw.get((key, name), "") + "\n" + str(value)
    for cell, content in wanted["cellen"].items():
        categorie, fase = cell.split("|")
        for soort in ("al", "nog"):
            for organisatie, tekst in content[soort]:
                assert folded(tekst) in folded(raw.get((organisatie.lower(), cell_name(categorie, fase, soort)), "")), \
                    (cell, soort, organisatie, tekst)
