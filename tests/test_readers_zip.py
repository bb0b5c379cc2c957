"""ZIP files as zip tools write them (docs/overzicht-regels.md §1a), read by the CLI as the folder they
were: Python's zipfile with data descriptors (a streamed ZIP), shutil.make_archive, a stored ZIP of PDFs
(the bug of issue 16: read as the last PDF inside it); damaged ZIPs read alike by both implementations.
The rule cases themselves are corpus case 19, which runs against both."""

from __future__ import annotations

import base64
import io
import json
import random
import shutil
import zipfile
from pathlib import Path

from playwright.sync_api import Browser

from generator.loader import ToolkitData
from generator.readers import read_files
from generator.regels import reden
from generator.session.build import accept_session

from .helpers import run_cli
from .readers_support import CELL, answer_json


class _Stream(io.RawIOBase):
    """A file that cannot seek back: zipfile then writes data descriptors after each entry."""

    def __init__(self) -> None:
        self.buffer = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self.buffer += data
        return len(data)


def test_a_streamed_zip_with_data_descriptors_is_read(toolkit: ToolkitData) -> None:
    stream = _Stream()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("b/tafel.json", answer_json("Gemeente B", {CELL: "Tweede"}))
        archive.writestr("a.json", answer_json("Gemeente A", {CELL: "Eerste"}))
    raw = bytes(stream.buffer)
    assert zipfile.ZipFile(io.BytesIO(raw)).infolist()[0].flag_bits & 0x8, "the entries have data descriptors"
    gelezen = read_files(toolkit, [("mail.zip", raw)], accept_session)
    assert [(s.bestand, s.organisatie) for s in gelezen.sheets] == [("mail.zip/a.json", "Gemeente A"),
                                                                    ("mail.zip/b/tafel.json", "Gemeente B")]
    assert gelezen.afgewezen == [] and gelezen.meldingen == []


def test_a_stored_zip_of_pdfs_gives_every_sheet_and_the_cli_names_them(tmp_path: Path) -> None:
    """Two sheets in an uncompressed ZIP (the '%PDF-' of the first is in the first 1024 bytes), next to a
    folder zipped with shutil.make_archive: every sheet is read, named by its path inside the ZIP."""
    (tmp_path / "map" / "sub").mkdir(parents=True)
    (tmp_path / "map" / "sub" / "c.json").write_bytes(answer_json("Gemeente C", {CELL: "Derde"}))
    shutil.make_archive(str(tmp_path / "bladen" / "map"), "zip", tmp_path, "map")
    assert run_cli("pdf", "stimuleren", "--out", str(tmp_path / "leeg")).returncode == 0
    blank = (tmp_path / "leeg" / "stimuleren.pdf").read_bytes()
    with zipfile.ZipFile(tmp_path / "bladen" / "pdfs.zip", "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("leeg-1.pdf", blank)
        archive.writestr("leeg-2.pdf", blank)
    out = tmp_path / "uit"
    result = run_cli("overzicht", str(tmp_path / "bladen"), "--out", str(out))
    assert "Traceback" not in result.stderr
    overzicht = json.loads((out / "overzicht.json").read_text(encoding="utf-8"))
    folder = tmp_path / "bladen"
    assert [a["bestand"] for a in overzicht["afgewezen"]] == [f"{folder}/pdfs.zip/leeg-{n}.pdf" for n in (1, 2)]
    assert {a["reden"] for a in overzicht["afgewezen"]} == {reden("geen_organisatie")}
    assert overzicht["organisaties"] == ["Gemeente C"]
    assert f"niet verwerkt: {folder}/pdfs.zip/leeg-2.pdf: {reden('geen_organisatie')}" in result.stderr


def test_a_zip_bomb_is_refused_before_anything_is_unpacked(toolkit: ToolkitData) -> None:
    """20 MB of zeros in a ZIP of 20 KB: refused from its table of contents, nothing is inflated."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("map/nullen.json", bytes(20 * 1024 * 1024))
        archive.writestr("blad.json", answer_json("Gemeente A", {CELL: "Eerste"}))
    gelezen = read_files(toolkit, [("bom.zip", out.getvalue())], accept_session)
    assert [(r.bestand, r.reden) for r in gelezen.afgewezen] == [("bom.zip", reden("zip_bom", naam="nullen.json",
                                                                                   verhouding=100))]
    assert gelezen.sheets == []


def _mutations() -> list[tuple[str, bytes]]:
    """A ZIP with a nested ZIP and two sheets, cut at many points and with bytes flipped (seeded, and with a
    fixed date, so the same bytes every run)."""
    def entry(name: str, method: int) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(name, (2025, 3, 3, 12, 0, 0))
        info.compress_type = method
        return info

    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as archive:
        archive.writestr(entry("binnen.json", zipfile.ZIP_STORED), answer_json("Gemeente B", {CELL: "Binnen"}))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(entry("map/a.json", zipfile.ZIP_DEFLATED), answer_json("Gemeente A", {CELL: "Eerste " * 40}))
        archive.writestr(entry("map/binnen.zip", zipfile.ZIP_DEFLATED), inner.getvalue())
        archive.writestr(entry("__MACOSX/._a.json", zipfile.ZIP_DEFLATED), b"rommel")
    raw = out.getvalue()
    generator = random.Random(17)
    cases = [(f"kort-{cut}.zip", raw[:cut]) for cut in range(4, len(raw), 23)]
    for number in range(240):
        spoiled = bytearray(raw)
        for _ in range(1 + number % 3):
            spoiled[generator.randrange(4, len(raw))] = generator.randrange(256)
        cases.append((f"bedorven-{number}.zip", bytes(spoiled)))
    return [("heel.zip", raw), *cases]


def test_damaged_zips_never_fail_and_both_readers_agree(toolkit: ToolkitData, browser: Browser, site_dir: Path) -> None:
    """Whatever is wrong with a ZIP, every file gets a sheet or a reason (never an internal error), and the
    browser (sessie/zip.js) says exactly what the CLI says, file by file."""
    files = _mutations()
    python = read_files(toolkit, files, accept_session)
    assert not python.interne_fout
    page = browser.new_page()
    page.goto((site_dir / "sessie" / "index.html").as_uri())
    browser_read = page.evaluate("""async (files) => {
      const D = window.Doorstroom;
      const list = files.map(([naam, b64]) => ({naam, bytes: Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))}));
      return D.inlezen.alles(list, D.sessie.accepteren);
    }""", [[name, base64.b64encode(raw).decode()] for name, raw in files])
    page.close()
    assert [(r["bestand"], r["reden"]) for r in browser_read["afgewezen"]] == \
        [(r.bestand, r.reden) for r in python.afgewezen]
    assert [(s["bestand"], s["organisatie"], s["antwoorden"]) for s in browser_read["bladen"]] == \
        [(s.bestand, s.organisatie, s.antwoorden) for s in python.sheets]
    assert [(m["bestand"], m["melding"]) for m in browser_read["meldingen"]] == \
        [(m.bestand, m.melding) for m in python.meldingen]
    assert {r.code for r in python.afgewezen} >= {"zip_kapot", "zip_bestand_kapot"}
