"""Sheets people filled in the PDFs of the previous release keep working: the field names are a public
contract, so `doorstroom overzicht` must read them whatever we change in the PDF's layout or fonts.

The fixture ``fixtures/stimuleren-vorige-release.pdf`` is the blank Stimuleren PDF of the first release
(commit cc56f59, ``doorstroom pdf stimuleren``) filled with pypdf (values only, ``auto_regenerate=False``)
with exactly the ``ANSWERS`` below, for an invented organisation. It is never regenerated.
"""

from __future__ import annotations

import json
from pathlib import Path

from .helpers import ROOT, run_cli

FIXTURE = ROOT / "tests/fixtures/stimuleren-vorige-release.pdf"
ORGANISATIE = "Woonstichting Voorbeeld"
ANSWERS = {
    "passend-aanbod__huidige-woning__al": "Woonbehoefteonderzoek 55+\n- Seniorenwoningen € 2.000 ‘extra’",
    "passend-aanbod__nieuw-thuis__nog": "Welkomstbezoek na één maand",
    "op-weg-helpen__woonwens__al": "Wooncoach ‘Verder wonen’\n• Café-avond in de bibliotheek\n\nSpreekuur",
    "ontzorgen__verhuizen__al": "Verhuisservice: inpakken, ëën dag",
    "ontzorgen__verhuizen__nog": "Klusdienst € 150 per woning",
    "prijsprikkel__woningzoeken__nog": "Huurkorting — eerste jaar",
    "voorrang__woningzoeken__al": "Voorrang 55+ & meer",
}


def test_overview_reads_a_sheet_filled_in_the_previous_release(tmp_path: Path) -> None:
    out = tmp_path / "uit"
    result = run_cli("overzicht", str(FIXTURE), "--out", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    overview = json.loads((out / "overzicht.json").read_text(encoding="utf-8"))
    assert overview["organisaties"] == [ORGANISATIE]
    assert overview["afgewezen"] == []
    found: dict[str, list[str]] = {}
    for cel in overview["cellen"]:
        for soort in ("al", "nog"):
            texts = [item["tekst"] for item in cel[soort] if item["organisatie"] == ORGANISATIE]
            if texts:
                found[f"{cel['categorie']}__{cel['fase']}__{soort}"] = texts
    expected = {name: [line.lstrip("-•* ").strip() for line in text.splitlines() if line.strip()]
                for name, text in ANSWERS.items()}
    assert found == expected
