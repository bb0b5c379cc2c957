"""The example pages are cached (they hold invented data only): a rebuild reuses them, and any change to
an example sheet makes them again."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from generator.loader import load_toolkit
from generator.site.example import FOLDER, build_example
from generator.site.example_build import CACHE

from .helpers import ROOT

SHEET = Path("examples/sessie-regio-lindewaard/bladen/stimuleren/gemeente-beekveld.json")


def test_the_example_overview_is_made_again_when_an_example_sheet_changes(tmp_path: Path) -> None:
    for folder in ("content", "worksheets", "examples"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    data = load_toolkit(tmp_path)
    first = build_example(data)
    assert len(list((tmp_path / CACHE).glob("*.zip"))) == 1
    assert build_example(data) == first, "unchanged inputs: the cached build"

    sheet = json.loads((tmp_path / SHEET).read_text(encoding="utf-8"))
    sheet["antwoorden"]["voorrang__nieuw-thuis__al"] = "Voorrang bij een seniorenwoning in het dorp"
    (tmp_path / SHEET).write_text(json.dumps(sheet, ensure_ascii=False), encoding="utf-8")
    changed = build_example(data)
    overview = json.loads(changed.files[f"{FOLDER}/overzicht.json"])
    cell = next(c for c in overview["cellen"] if (c["categorie"], c["fase"]) == ("voorrang", "nieuw-thuis"))
    assert {"organisatie": "Gemeente Beekveld", "tekst": "Voorrang bij een seniorenwoning in het dorp"} in cell["al"]
    assert len(list((tmp_path / CACHE).glob("*.zip"))) == 2
