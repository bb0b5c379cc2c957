"""The trefwoorden of the menukaarten tie what a gemeente really writes on Stimuleren to an instrument, by one
documented rule (case and accents do not count; * stands for letters within a word); a bad trefwoord in the
YAML is an error with file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.loader import ToolkitData
from generator.plan.trefwoorden import best, matches, words

from .helpers import run_cli

# (menukaart, categorie, what a participant writes, the instrument it is about: start of its menukaart text)
REALISTIC = [
    ("sociaal", "op-weg-helpen", "Wooncoach voor alle 75-plussers", "De inzet van een wooncoach"),
    ("sociaal", "op-weg-helpen", "Onze verhuiscoach belt na de brief", "De inzet van een wooncoach"),
    ("sociaal", "op-weg-helpen", "Seniorenmakelaar inzetten in de kernen", "De inzet van een wooncoach"),
    ("sociaal", "op-weg-helpen", "Keukentafelgesprekken over wonen", "De inzet van een wooncoach"),
    ("sociaal", "op-weg-helpen", "Informatieavond 'Wonen in de toekomst'", "Informatie- en voorlichtingscampagnes"),
    ("sociaal", "op-weg-helpen", "Artikel in de gemeentekrant over verhuizen", "Informatie- en voorlichtingscampagnes"),
    ("sociaal", "op-weg-helpen", "Online overzicht van het aanbod voor 65+", "Website met informatie"),
    ("sociaal", "ontzorgen", "Verhuiscoach helpt met inpakken en de verhuisdag", "De inzet van een wooncoach"),
    ("sociaal", "ontzorgen", "Voucher voor een klusdienst", "Hanteren van flexibele eisen"),
    ("sociaal", "ontzorgen", "Soepele oplevereisen bij de oude woning", "Hanteren van flexibele eisen"),
    ("sociaal", "prijsprikkel", "Verhuispremie € 1.500", "Verhuiskostenvergoeding"),
    ("sociaal", "prijsprikkel", "Verhuiskostenvergoeding van € 2.000 via de Wmo", "Verhuiskostenvergoeding"),
    ("sociaal", "prijsprikkel", "Huur meenemen naar de nieuwe woning", "Huurprijsgewenning"),
    ("sociaal", "prijsprikkel", "Huurgewenning in drie stappen", "Huurprijsgewenning"),
    ("sociaal", "prijsprikkel", "Zelfde huur bij verhuizing naar een kleinere woning", "Huurprijsgewenning"),
    ("sociaal", "voorrang", "Voorrang 65+ bij gelabelde woningen", "Voorrangsregeling"),
    ("sociaal", "voorrang", "Van groot naar beter", "Voorrangsregeling"),
    ("sociaal", "voorrang", "Langere reactietermijn voor senioren", "Hanteren van flexibele eisen"),
    ("sociaal", "passend-aanbod", "Woningruil tussen huurders", "Woning ruilen"),
    ("sociaal", "passend-aanbod", "Grote woningen splitsen", "Woning delen"),
    ("sociaal", "passend-aanbod", "Knarrenhof in de nieuwe wijk", "Woningbouwprogrammering"),
    ("sociaal", "passend-aanbod", "Mantelzorgwoning in de tuin toestaan", "(Pre-)mantelzorgwoningen"),
    ("sociaal", "passend-aanbod", "Woonwensenonderzoek onder 55-plussers", "Onderzoek woonbehoeften"),
    (
        "particulier",
        "prijsprikkel",
        "Informatie over verzilveren van de overwaarde",
        "Informatie delen over senioren hypotheek",
    ),
    ("particulier", "op-weg-helpen", "Woonbeurs voor senioren in het dorpshuis", "Doorstroom-/woonevenementen"),
    (
        "particulier",
        "voorrang",
        "Afspraak met ontwikkelaars: eerst verkopen aan 65-plussers uit de kern",
        "Afspraken met verkopende partijen",
    ),
]


def instrument(toolkit: ToolkitData, sector: str, categorie: str, text: str) -> str | None:
    """The instrument of the categorie the text is about (the plan's rule)."""
    row = next(r for r in toolkit.menukaarten[sector].categorieen if r.categorie == categorie)
    which = best(text, [i.trefwoorden for i in row.instrumenten])
    return row.instrumenten[which].tekst if which is not None else None


@pytest.mark.parametrize(
    ("sector", "categorie", "text", "expected"), REALISTIC, ids=[f"{c}: {t}" for _, c, t, _ in REALISTIC]
)
def test_what_a_gemeente_writes_finds_its_instrument(
    toolkit: ToolkitData, sector: str, categorie: str, text: str, expected: str
) -> None:
    found = instrument(toolkit, sector, categorie, text)
    assert found and found.startswith(expected), found


@pytest.mark.parametrize("text", ["Koffieochtend voor nieuwe bewoners", "Zorg loopt door op het nieuwe adres"])
def test_an_item_about_no_instrument_stays_with_its_categorie(toolkit: ToolkitData, text: str) -> None:
    assert instrument(toolkit, "sociaal", "ontzorgen", text) is None


def test_the_rule() -> None:
    assert list(words("Financiële tegemoetkoming: € 1.500 voor 65+")) == [
        "financiele",
        "tegemoetkoming",
        "1",
        "500",
        "voor",
        "65",
    ]
    assert matches("De VERHUISCOACH belt", ["*coach*", "coach", "verhuis*"]) == ["*coach*", "verhuis*"]
    assert matches("huur meenemen", ["huur meenemen"]) == ["huur meenemen"]
    assert matches("meenemen van de huur", ["huur meenemen"]) == []  # several words: in this order
    assert matches("woonwensenonderzoek", ["woonwens*onderzoek"]) == ["woonwens*onderzoek"]
    assert best("Onze verhuiscoach belt na de brief", [["brief"], ["*coach*"]]) == 1  # the first word decides
    assert best("Brief en coach", [["*coach*"], ["brief"]]) == 1
    assert best("coach", [["*coach*"], ["coach"]]) == 0  # a tie: the first instrument
    assert best("Koffieochtend", [["*coach*"]]) is None


def test_every_instrument_of_both_menukaarten_has_trefwoorden(toolkit: ToolkitData) -> None:
    for menukaart in toolkit.menukaarten.values():
        for row in menukaart.categorieen:
            for item in row.instrumenten:
                assert item.trefwoorden, item.tekst


def test_a_bad_trefwoord_is_an_error_with_file_and_line(tree: Path) -> None:
    path = tree / "content" / "menukaarten" / "sociaal.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace('trefwoorden: ["woningruil*"', 'trefwoorden: ["woning-ruil"', 1)
        if 'trefwoorden: ["woningruil*"' in text
        else text.replace('"*ruil*"', '"ruil-en"', 1),
        encoding="utf-8",
    )
    result = run_cli("check", "--bron", str(tree))
    assert result.returncode == 1
    line = next(n for n, t in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1) if "ruil-en" in t)
    assert f"content/menukaarten/sociaal.yaml:{line}:" in result.stderr + result.stdout
    assert "trefwoorden" in result.stderr + result.stdout
