"""Shared by the session tests: sheets as the readers hand them over, and one run of the example."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.fields import LABEL_FIELDS
from generator.loader import ToolkitData
from generator.readers import Sheet

from .helpers import ROOT, run_cli

EXAMPLE = Path("examples") / "sessie-regio-lindewaard"
EXAMPLE_TITLE = "Sessie Regio Lindewaard (Voorbeeld met verzonnen gegevens)"


def sheet(toolkit: ToolkitData, werkblad: str, bestand: str, organisatie: str = "", **answers: str | bool) -> Sheet:
    """A sheet as the readers make it: every contract field present ('' or False unless given); the label
    field ('Organisatie' or 'Ingevuld door') is ``organisatie``."""
    velden = [v for v in toolkit.velden[werkblad] if v.naam not in LABEL_FIELDS]
    unknown = set(answers) - {v.naam for v in velden}
    assert not unknown, f"not in the contract of {werkblad}: {unknown}"
    antwoorden: dict[str, str | bool] = {v.naam: answers.get(v.naam, False if v.soort == "checkbox" else "")
                                         for v in velden}
    return Sheet(bestand, werkblad, organisatie, antwoorden)


@pytest.fixture(scope="session")
def example_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    """`doorstroom sessie` on the example, once per test process: (output folder, finished process)."""
    out = tmp_path_factory.mktemp("sessie") / "uit"
    result = run_cli("sessie", str(EXAMPLE / "bladen"), "--out", str(out), "--titel", EXAMPLE_TITLE, cwd=ROOT)
    return out, result


@pytest.fixture(scope="session")
def example_overview(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`doorstroom overzicht` on the example's Stimuleren sheets, once per test process: the output folder."""
    out = tmp_path_factory.mktemp("overzicht") / "uit"
    result = run_cli("overzicht", str(ROOT / EXAMPLE / "bladen" / "stimuleren"), "--out", str(out), cwd=ROOT)
    assert result.returncode == 0, result.stderr
    return out


def load_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def every_answer(sessie: dict) -> list[tuple[str, str]]:
    """(label, text) of every answer, tick-free item and note in sessie.json: what no output may lose."""
    found = []
    for deel in sessie["werkbladen"].values():
        for vraag in deel.get("vragen", []):
            found += [(a["organisatie"], a["tekst"]) for a in vraag["antwoorden"]]
        for fase in deel.get("fasen", []):
            found += [(a["organisatie"], a["tekst"]) for a in fase["antwoorden"]]
        for indicator in deel.get("indicatoren", []):
            found += [(a["organisatie"], a["tekst"]) for a in indicator["toelichting"]]
        found += [(a["organisatie"], a["tekst"]) for a in deel.get("aantekeningen", [])]
        for cel in deel.get("cellen", []):
            found += [(i["organisatie"], i["tekst"]) for soort in ("al", "nog") for i in cel[soort]]
    return found
