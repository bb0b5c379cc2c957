"""The session page's JavaScript reader against the Python reader, file by file.

The shared corpus compares whole overviews, which only show Stimuleren text. Here both readers take
every werkblad and must agree on each file: the same werkblad, organisation, answers (text AND
checkboxes) and reading notes, or the same reason. Inputs: every file of every corpus case, and
sheets of an indicator werkblad with the checkbox cases of docs/overzicht-regels.md §3.5 (a tick only
in the widget's /AS, a value that says Off while the widget shows on, a text box on a tick box).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pikepdf
import pytest
from playwright.sync_api import Browser, Page

from generator.loader import ToolkitData
from generator.readers import Plan, Rejection, read_file

from .corpus.harness import cases, materialize
from .corpus.pdfs import make_pdfs
from .readers_support import everything

INDICATOREN = "monitoren-3"

READ_ALL = """async (files) => {
  const D = window.Doorstroom;
  const bytes = (b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const result = [];
  for (const f of files) {
    const read = await D.lezen.bestand({naam: f.naam, bytes: bytes(f.b64)}, () => null);
    result.push(read.blad ? {werkblad: read.blad.werkblad, organisatie: read.blad.organisatie,
                             antwoorden: read.blad.antwoorden, meldingen: read.blad.meldingen}
                          : read.plan ? {plan: read.plan} : {reden: read.reden});
  }
  return result;
}"""


def _set_states(content: bytes, name: str, value: str, state: str) -> bytes:
    """The field's /V and its widgets' /AS set apart, as some fillers leave them."""
    with pikepdf.open(BytesIO(content)) as pdf:
        for field in pdf.Root.AcroForm.Fields:
            if str(field.get("/T", "")) == name:
                field.V = pikepdf.Name(value)
                for widget in [field, *field.get("/Kids", [])]:
                    if "/AP" in widget:
                        widget.AS = pikepdf.Name(state)
        out = BytesIO()
        pdf.save(out)
        return out.getvalue()


def _indicator_sheets(toolkit: ToolkitData, folder: Path, blanks: Path) -> None:
    velden = toolkit.velden[INDICATOREN]
    ticks = [v.naam for v in velden if v.soort == "checkbox"]
    texts = [v.naam for v in velden if v.soort == "long_text"]
    spec = folder.parent / "spec"
    spec.mkdir()
    (spec / "pdf.json").write_text(json.dumps({"bestanden": [
        {"naam": "a-pdftk.pdf", "werkblad": INDICATOREN, "vuller": "pdftk",
         "waarden": {ticks[0]: True, ticks[3]: True, texts[0]: "Bron: CBS\n- wijkcijfers"}},
        {"naam": "b-pypdf.pdf", "werkblad": INDICATOREN, "vuller": "pypdf",
         "waarden": {ticks[1]: True, texts[1]: "n.v.t."}},
        {"naam": "c-tekstvak-op-vinkje.pdf", "werkblad": INDICATOREN, "vuller": "leeg",
         "stappen": [{"vrijtekst": [{"veld": ticks[2], "tekst": "X"}, {"veld": texts[2], "tekst": "Getypt"}]}]},
        {"naam": "h-ingevuld-door.pdf", "werkblad": INDICATOREN, "vuller": "pdftk",
         "waarden": {"ingevuld-door": " Tafel  Noord ", ticks[0]: True}},
    ]}), encoding="utf-8")
    make_pdfs(spec, folder, blanks)
    blank = (blanks / f"{INDICATOREN}.pdf").read_bytes()
    (folder / "d-alleen-widget-aan.pdf").write_bytes(_set_states(blank, ticks[4], "/Off", "/on"))
    (folder / "e-waarde-aan-widget-uit.pdf").write_bytes(_set_states(blank, ticks[5], "/on", "/Off"))
    (folder / "f-antwoordbestand.json").write_text(json.dumps(
        {"werkblad": INDICATOREN, "antwoorden": {ticks[0]: True, ticks[1]: False, texts[0]: 12}}), encoding="utf-8")
    (folder / "g-fout-vinkje.json").write_text(json.dumps(
        {"werkblad": INDICATOREN, "antwoorden": {ticks[0]: "ja"}}), encoding="utf-8")
    for name, content in (  # who filled in a group sheet (§4.6): every place it may say so
            ("i-organisatie-bovenaan.json", {"werkblad": INDICATOREN, "organisatie": "Gemeente A"}),
            ("j-ingevuld-door.json", {"werkblad": INDICATOREN, "antwoorden": {"ingevuld-door": "Tafel Zuid"}}),
            ("k-twee-namen.json", {"werkblad": INDICATOREN, "organisatie": "A", "antwoorden": {"ingevuld-door": "B"}}),
            ("l-zelfde-naam.json", {"werkblad": INDICATOREN, "organisatie": "Tafel", "antwoorden": {
                "ingevuld-door": "TAFEL", "organisatie": None}}),
            ("m-praatplaat.json", {"werkblad": "hoe-wilt-u-wonen", "organisatie": "Gemeente A"})):
        (folder / name).write_text(json.dumps(content), encoding="utf-8")


@pytest.fixture(scope="module")
def inputs(toolkit: ToolkitData, tmp_path_factory: pytest.TempPathFactory, site_dir: Path) -> list[tuple[str, bytes]]:
    files = []
    for case in cases():
        invoer = materialize(case, tmp_path_factory.mktemp(case), site_dir / "pdf")
        files += [(f"{case}/{p.relative_to(invoer).as_posix()}", p.read_bytes())
                  for p in sorted(invoer.rglob("*")) if p.is_file()]
    extra = tmp_path_factory.mktemp("indicatoren") / "invoer"
    extra.mkdir()
    _indicator_sheets(toolkit, extra, site_dir / "pdf")
    files += [(f"indicatoren/{p.name}", p.read_bytes()) for p in sorted(extra.iterdir())]
    return files


@pytest.fixture(scope="module")
def page(browser: Browser, site_dir: Path) -> Iterator[Page]:
    context = browser.new_context(locale="nl-NL")
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.goto((site_dir / "sessie" / "index.html").as_uri())
    yield tab
    context.close()
    assert errors == []


def python_reads(toolkit: ToolkitData, name: str, raw: bytes) -> dict:
    found = read_file(toolkit, name, raw, everything)
    if isinstance(found, Rejection):
        return {"reden": found.reden}
    if isinstance(found, Plan):  # a session plan among the files (rules §4.0)
        return {"plan": found.plan}
    return {"werkblad": found.werkblad, "organisatie": found.organisatie, "antwoorden": dict(found.antwoorden),
            "meldingen": list(found.meldingen)}


def test_both_readers_read_every_file_the_same(toolkit: ToolkitData, inputs: list[tuple[str, bytes]],
                                               page: Page) -> None:
    files = [{"naam": name, "b64": base64.b64encode(raw).decode()} for name, raw in inputs]
    javascript = page.evaluate(READ_ALL, files)
    python = [python_reads(toolkit, name, raw) for name, raw in inputs]
    differences = [(name, p, j) for (name, _), p, j in zip(inputs, python, javascript, strict=True) if p != j]
    assert differences == []
    read = [p for p in python if "werkblad" in p]
    assert len(read) > 40 and {p["werkblad"] for p in read} >= {"stimuleren", INDICATOREN}


def test_the_checkbox_cases_are_read_as_the_rules_say(toolkit: ToolkitData, inputs: list[tuple[str, bytes]]) -> None:
    """What the comparison above relies on: the indicator sheets say what §3.5 and §3.6 say."""
    ticks = [v.naam for v in toolkit.velden[INDICATOREN] if v.soort == "checkbox"]
    found = {name.split("/")[-1]: python_reads(toolkit, name, raw) for name, raw in inputs
             if name.startswith("indicatoren/")}
    assert found["a-pdftk.pdf"]["antwoorden"][ticks[0]] is True
    assert found["c-tekstvak-op-vinkje.pdf"]["antwoorden"][ticks[2]] is True
    assert any("vakje" in m for m in found["c-tekstvak-op-vinkje.pdf"]["meldingen"])
    assert found["d-alleen-widget-aan.pdf"]["antwoorden"][ticks[4]] is True
    assert found["e-waarde-aan-widget-uit.pdf"]["antwoorden"][ticks[5]] is True
    assert found["f-antwoordbestand.json"]["antwoorden"][ticks[1]] is False
    assert "reden" in found["g-fout-vinkje.json"]
    assert found["h-ingevuld-door.pdf"]["organisatie"] == "Tafel Noord"
    assert found["i-organisatie-bovenaan.json"]["organisatie"] == "Gemeente A"
    assert found["j-ingevuld-door.json"]["organisatie"] == "Tafel Zuid"
    assert "twee verschillende" in found["k-twee-namen.json"]["reden"]
    assert found["l-zelfde-naam.json"]["organisatie"] == "Tafel"
    assert found["m-praatplaat.json"]["organisatie"] == ""
