"""Fuzzing the readers: whatever bytes and names arrive, every file is a sheet or a rejection with a
reason, never an exception and never an internal error; the CLI exits 0 or 1 and writes the overview.

Thousands of cases run in-process (read_file is pure); a sample goes through the CLI as a process.
"""

from __future__ import annotations

import json
import os
import random
from io import BytesIO
from pathlib import Path

import pikepdf
import pytest
from openpyxl import load_workbook

from generator.loader import ToolkitData
from generator.readers import Rejection, Sheet

from .corpus.pdfs import _flatten, _pymupdf, _pypdf
from .helpers import run_cli
from .readers_support import CELL, answer_json, blanks, read  # noqa: F401 - blanks is a fixture

# every character that text cleaning removes (tab, CR, LF and U+0085 are line structure, not removed)
CONTROLS = "".join(chr(c) for c in [*range(0, 32), *range(127, 160), 0xFEFF] if c not in (9, 10, 13, 0x85))
SUFFIXES = [".pdf", ".json", ".yaml", ".yml", ".PDF", ".pdf.part", ".txt", ""]
ODD_NAMES = ["", ".", "..", "a", ".json", "x.pdf.part", os.fsdecode(b"caf\xe9.json"), "naam\n.yaml", "tab\t.json",
             "ü.YAML", "a" * 300 + ".json", "map/../x.json", "\u202eLIFS.json", "C:\\pad\\blad.pdf"]


@pytest.fixture(scope="module")
def filled(toolkit: ToolkitData, blanks: Path) -> bytes:  # noqa: F811
    return _pypdf(blanks / "stimuleren.pdf", {"organisatie": "Gemeente Fuzz", CELL: "Woonscan\nHofje",
                                               "voorrang__woonwens__nog": "Voorrang"})


def never_internal(data: ToolkitData, name: str, raw: bytes) -> Sheet | Rejection:
    found = read(data, name, raw)  # fails on an internal error
    assert isinstance(found, Sheet | Rejection)
    return found


def test_every_truncation_point_of_a_filled_pdf(toolkit: ToolkitData, filled: bytes) -> None:
    complete = filled.rindex(b"%%EOF") + len(b"%%EOF")
    reasons = set()
    for cut in range(len(filled) + 1):
        found = never_internal(toolkit, "blad.pdf.part", filled[:cut])
        if isinstance(found, Rejection):
            reasons.add(found.code)
        else:
            assert cut >= complete  # only the line end after %%EOF may be missing
    assert reasons == {"leeg", "onbekend_soort", "pdf_kapot"}  # the first bytes lack "%PDF-"


def test_truncated_pdfs_that_end_like_a_complete_one(toolkit: ToolkitData, filled: bytes) -> None:
    """Cut anywhere and an end marker added: qpdf has to repair, we must never fall over."""
    for cut in range(0, len(filled), 797):
        never_internal(toolkit, "blad.pdf", filled[:cut] + b"\n%%EOF\n")


def test_random_bytes_and_damaged_pdfs(toolkit: ToolkitData, filled: bytes) -> None:
    rng = random.Random(2023)
    for number in range(400):
        size = rng.choice([1, 10, 200, 3000])
        raw = bytes(rng.getrandbits(8) for _ in range(size))
        if number % 3 == 0:
            raw = b"%PDF-1.7\n" + raw + b"\n%%EOF\n"
        never_internal(toolkit, f"f{number}{rng.choice(SUFFIXES)}", raw)
    for _ in range(150):
        damaged = bytearray(filled)
        for _ in range(rng.randint(1, 20)):
            damaged[rng.randrange(len(damaged) - 10)] = rng.getrandbits(8)
        never_internal(toolkit, "blad.pdf", bytes(damaged))


def test_damaged_flattened_pdfs(toolkit: ToolkitData, blanks: Path) -> None:  # noqa: F811
    flat = _flatten(_pymupdf(blanks / "stimuleren.pdf", {"organisatie": "Gemeente Plat", CELL: "Woonscan"}))
    rng = random.Random(31)
    for _ in range(5):
        damaged = bytearray(flat)
        for _ in range(rng.randint(1, 8)):
            damaged[rng.randrange(len(damaged) - 10)] = rng.getrandbits(8)
        never_internal(toolkit, "plat.pdf", bytes(damaged))


def test_random_answer_files(toolkit: ToolkitData) -> None:
    rng = random.Random(11)
    atoms: list[object] = [None, True, False, 0, -1, 1.5, 2**60, "", "x", CONTROLS, "\ud800", [], {}, ["a"], {"a": 1}]
    keys = ["werkblad", "organisatie", "antwoorden", CELL, "organisatie", "x", ""]
    for _ in range(500):
        content = {rng.choice(keys): rng.choice(atoms) for _ in range(rng.randint(0, 4))}
        if rng.random() < 0.7:
            content["werkblad"] = rng.choice(["stimuleren", "ambities", "onbekend", 5])
        if rng.random() < 0.5:
            content["antwoorden"] = {rng.choice(keys): rng.choice(atoms) for _ in range(rng.randint(0, 3))}
        raw = json.dumps(rng.choice([content, list(content.values())])).encode()
        never_internal(toolkit, "a.json", raw)
        yaml = "\n".join(f"{json.dumps(k)}: {json.dumps(v)}" for k, v in content.items()).encode()
        never_internal(toolkit, "a.yaml", yaml)
        cut = rng.randrange(len(yaml) + 1)
        never_internal(toolkit, "b.yaml", yaml[:cut])


@pytest.mark.parametrize("name", ODD_NAMES)
def test_odd_file_names(toolkit: ToolkitData, filled: bytes, name: str) -> None:
    for raw in (filled, answer_json("Gemeente Naam", {CELL: "x"}), b"", b"{"):
        never_internal(toolkit, name, raw)


def with_control_characters(blank: Path) -> bytes:
    with pikepdf.open(blank) as pdf:
        for field in pdf.Root.AcroForm.Fields:
            name = str(field.T)
            field.V = pikepdf.String(f"Org{CONTROLS}aan" if name == "organisatie" else f"Punt{CONTROLS}een\nTwee")
        out = BytesIO()
        pdf.save(out)
        return out.getvalue()


def test_control_characters_never_reach_the_outputs(toolkit: ToolkitData, blanks: Path,  # noqa: F811
                                                    tmp_path: Path) -> None:
    bladen = tmp_path / "bladen"
    bladen.mkdir()
    (bladen / "a.pdf").write_bytes(with_control_characters(blanks / "stimuleren.pdf"))
    (bladen / "b.json").write_bytes(answer_json(f"Json{CONTROLS}org", {CELL: f"Uit{CONTROLS}json"}))
    (bladen / f"c\x07{CONTROLS[14:20]}.json").write_bytes(b"{kapot")
    result = run_cli("overzicht", str(bladen), "--out", str(tmp_path / "uit"))
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    data = json.loads((tmp_path / "uit" / "overzicht.json").read_text(encoding="utf-8"))
    assert data["organisaties"] == ["Orgaan", "Jsonorg"]
    shown = json.dumps(data, ensure_ascii=False)
    assert not any(c in shown for c in CONTROLS)
    workbook = load_workbook(tmp_path / "uit" / "overzicht.xlsx")
    cells = [str(c) for sheet in workbook for row in sheet.iter_rows(values_only=True) for c in row if c]
    assert any("Punteen" in c for c in cells) and any("Uitjson" in c for c in cells)


def test_a_sample_through_the_cli(toolkit: ToolkitData, filled: bytes, tmp_path: Path) -> None:
    rng = random.Random(7)
    bladen = tmp_path / "bladen"
    bladen.mkdir()
    (bladen / "goed.pdf").write_bytes(filled)
    for number in range(6):
        cut = rng.randrange(len(filled))
        (bladen / f"afgebroken-{number}.pdf.part").write_bytes(filled[:cut])
        (bladen / f"hersteld-{number}.pdf").write_bytes(filled[:cut] + b"\n%%EOF\n")
        (bladen / f"ruis-{number}{rng.choice(SUFFIXES)}").write_bytes(bytes(rng.getrandbits(8) for _ in range(500)))
    for number, name in enumerate(n for n in ODD_NAMES if n and "/" not in n and n not in (".", "..")):
        (bladen / f"{number}-{name}"[:200]).write_bytes(b"{")
    result = run_cli("overzicht", str(bladen), "--out", str(tmp_path / "uit"))
    assert result.returncode in (0, 1), result.stderr
    assert "Traceback" not in result.stderr and "interne fout" not in result.stderr
    data = json.loads((tmp_path / "uit" / "overzicht.json").read_text(encoding="utf-8"))
    assert "Gemeente Fuzz" in data["organisaties"]
