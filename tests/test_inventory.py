"""Walk the inventory of the printed toolkit (Platform31, 2023) and find every item in the YAML.

The lists below are copied from the toolkit's clean renderings (OCR errors corrected); the test
fails when anything printed in the toolkit is missing from content/ or worksheets/.
"""

from __future__ import annotations

from generator.loader import ToolkitData
from generator.uitgave.teksten import teksten

WERKBLADEN = {
    "organisaties": "Organisaties",
    "ambities": "Ambities",
    "contactmomenten": "Contactmomenten",
    "stimuleren": "Stimuleren",
    "wat-is-de-opgave": "Wat is de opgave?",
    "monitoren-1": "Wat willen we monitoren? 1/3",
    "monitoren-2": "Wat willen we monitoren? 2/3",
    "monitoren-3": "Wat willen we monitoren? 3/3",
    "hoe-ziet-u-uw-toekomst": "Hoe ziet u uw toekomst?",
    "hoe-wilt-u-wonen": "Hoe wilt u wonen in de (nabije) toekomst?",
    "als-u-wilt-verhuizen": "Als u wilt verhuizen, wat heeft u dan nodig?",
}

INDICATOREN = {
    "wat-is-de-opgave": {
        "Zelfstandig blijven wonen": [
            "Aantal oudere huishoudens dat geschikt woont",
            "Aantal oudere huishoudens dat ongeschikt woont",
            "Aantal oudere huishoudens dat in een woning woont die aanpasbaar is",
            "Aantal oudere huishoudens met een verhuiswens",
            "Aantal oudere huishoudens dat verhuisd is",
            "Verhuisbeweging: naar welk type woning, en eventueel afstand tussen oude en nieuwe woning",
            "Aantal woningen dat (potentieel) geschikt is voor oudere huishoudens, aantrekkelijkheid van deze woningen",
        ],
        "Intensiever benutten bestaande bouw": [
            "Aantal woningen dat geschikt is om eventueel te splitsen en/of delen",
            "Aantal 1- en 2-persoonshuishoudens dat in een eengezinswoning woont",
            "Aantal huishoudens dat ongeschikt woont in deze eengezinswoningen",
            "Aantal aanvragen voor woningsplitsing en/of plaatsen mantelzorgwoning",
        ],
    },
    "monitoren-1": {
        "Verhuizingen": [
            "Aantal verhuizingen",
            "Lengte van de verhuisketen (hoeveel verschillende verhuizingen zijn in gang gezet door het "
            "verhuizen van een senior)",
            "Omvang nieuwe huishouden in vrijgekomen woning",
        ],
        "Redenen": [
            "Reden van verhuizing (uitvragen bij doorstromer)",
            "Spontane verhuizing of door maatregelen (noodzakelijk, zetje in de rug, ook zonder maatregelen "
            "verhuisd) (uitvragen bij doorstromer)",
        ],
    },
    "monitoren-2": {
        "Verhuizers": [
            "Leeftijdscategorie (tot 55, 56-65, 66-75, 76-85, 85+)",
            "Woning: type woning, oppervlakte, (sociale) huur/koop en eventueel huurklasse in oude en nieuwe situatie",
            "Locatie: wijk/buurt/kern achtergelaten en nieuwe woning",
        ],
        "Eerste contact/zoekgedrag": [
            "Eigen initiatief senior, eventueel via Woningnet",
            "Doorverwijzing zorgpartij vanwege passend wonen",
            "Benaderd door woningcorporatie vanwege renovatie",
            "Benaderd door woningcorporatie vanwege passend wonen",
            "Aantal senioren benaderd door woningcorporatie vanwege sloop",
        ],
    },
    "monitoren-3": {
        "Voorlichting": ["Aantal verstuurde brieven/uitgedeelde folders/hits op website"],
        "Wooncoach / seniorenmakelaar": [
            "Aantal gesprekken / huisbezoeken",
            "Aantal trajecten (d.w.z. aantal huishoudens waarmee gesprekken zijn gevoerd)",
            "Verhouding aantal trajecten tot het totaal aantal verhuizingen door senioren",
        ],
        "Voorrangsregel": [
            "Aantal toewijzingen op basis van voorrangsregel",
            "Verhouding tot het totaal aantal verhuizingen door senioren",
        ],
        "Woonlastengewenning": [
            "Aantal huishoudens dat woonlastengewenning heeft gekregen",
            "Verhouding toewijzingen op basis van voorrangsregel t.o.v. totaal aantal woningtoewijzingen",
        ],
        "Verhuisvergoeding": [
            "Aantal huishoudens dat vergoeding heeft gekregen",
            "Aandeel hiervan t.o.v. het aantal verhuizingen zonder vergoedingen",
        ],
        "Flexibele eisen": ["Aantal keer dat een flexibele eis is toegepast"],
        "Interventie x": ["Aantal keer dat interventie x is gebruikt"],
    },
}

MENUKAART = {
    "sociaal": {
        "passend-aanbod": [
            "Onderzoek woonbehoeften (en discrepantie met aanbod)",
            "Woningbouwprogrammering seniorenwoningen (bv. aan de hand van woonprofielen)",
            "(Pre-)mantelzorgwoningen toestaan",
            "Woning ruilen",
            "Woning delen en/of splitsen stimuleren/faciliteren",
        ],
        "op-weg-helpen": [
            "Informatie- en voorlichtingscampagnes",
            "Website met informatie over verhuizen en geschikt woningaanbod in de regio",
            "De inzet van een wooncoach sociaal (bv. door het voeren van woonwenseninventarisatiegesprekken)",
        ],
        "ontzorgen": [
            "De inzet van een wooncoach sociaal (bv. door een verhuisplanning te maken en begeleiden verhuisdag)",
            "Hanteren van flexibele eisen (bv. door soepele eisen aan het opleveren van de woning of een voucher "
            "voor een klusdienst of verhuisbedrijf)",
        ],
        "prijsprikkel": ["Huurprijsgewenning/huurprijsbehoud", "Verhuiskostenvergoeding"],
        "voorrang": [
            "Voorrangsregeling (door het labelen van woningen en/of het voorrang geven van bepaalde huishoudens)",
            "Hanteren van flexibele eisen (bv. een langere reactietermijn voor een woning)",
        ],
    },
    "particulier": {
        "passend-aanbod": [
            "Onderzoek woonbehoeften (en discrepantie met aanbod)",
            "Woningbouwprogrammering seniorenwoningen (bv. aan de hand van woonprofielen)",
            "Opstellen pre-mantelzorg beleidsregels",
            "Woning delen en/of splitsen stimuleren / faciliteren",
        ],
        "op-weg-helpen": [
            "Informatiecampagnes (bv. folders, advertenties)",
            "Website met informatie over verhuizen en geschikt woningaanbod in de regio",
            "Doorstroom-/woonevenementen op buurt- of wijkniveau",
            "Inzet van een (online) wooncoach particulier",
        ],
        "ontzorgen": [
            "Inzet van particuliere schoonmaak-, klusdienst- en verhuisbedrijven",
            "Inzet van een wooncoach particulier:",
        ],
        "prijsprikkel": ["Informatie delen over senioren hypotheek", "Verhuiskostenvergoeding"],
        "voorrang": [
            "Afspraken met verkopende partijen en particuliere verhuurders over voorrang senioren",
            "Mogelijk dat de verruiming van de Huisvestingswet (verwacht 2024) kansen biedt om senioren met "
            "lokale binding (vaker) voorrang te geven",
        ],
    },
}

INSTRUMENTEN = [
    "Passend wonen",
    "Informatie- en voorlichtingscampagnes",
    "Wooncoach / seniorenmakelaar",
    "Voorrangregelingen",
    "Financiële tegemoetkoming en regelingen",
    "Flexibele eisen en uitzonderingen op regels",
]

ONDERWERPEN = {
    "integrale-aanpak": ("Een integrale aanpak", ["organisaties", "ambities", "contactmomenten", "stimuleren"],
                         ["sociaal", "particulier"]),
    "zicht-op-de-opgave": ("Zicht op de opgave en resultaten",
                           ["wat-is-de-opgave", "monitoren-1", "monitoren-2", "monitoren-3"], []),
    "vergeet-het-gedrag-niet": ("Vergeet het gedrag niet",
                                ["hoe-ziet-u-uw-toekomst", "hoe-wilt-u-wonen", "als-u-wilt-verhuizen"], []),
}

DEELNEMERS = ["Amersfoort", "Apeldoorn", "Arnhem", "Delft", "Enschede", "Ooststellingwerf", "Veenendaal",
              "Veldhoven", "Vlaardingen", "Zwolle", "Provincie Gelderland"]

THEMAS = ["Mentale gezondheid", "Daginvulling", "Wonen", "Ontmoeten", "Mobiliteit", "Financiën",
          "Lichamelijke gezondheid", "Maatschappelijke participatie"]

HULPVRAGEN = ["Hulp bij voorbereiden woning op verhuizing?", "Hulp bij formuleren hoe u wilt wonen?",
              "Hulp bij zoeken informatie en keuzes maken?", "Hulp bij verhuizing regelen, inpakken?",
              "Hulp bij het inrichten van de nieuwe woning?"]


def test_all_eleven_werkbladen_with_their_titles(toolkit: ToolkitData) -> None:
    assert {w: toolkit.werkbladen[w].titel for w in toolkit.werkbladen} == WERKBLADEN
    for werkblad in toolkit.werkbladen.values():
        assert werkblad.gebruik.strip(), werkblad.id


def test_onderwerpen_with_their_werkbladen_and_praatplaten_in_order(toolkit: ToolkitData) -> None:
    assert list(toolkit.onderwerpen) == list(ONDERWERPEN)
    for nummer, (onderwerp_id, (titel, werkbladen, menukaarten)) in enumerate(ONDERWERPEN.items(), start=1):
        onderwerp = toolkit.onderwerpen[onderwerp_id]
        assert (onderwerp.nummer, onderwerp.titel) == (nummer, titel)
        assert [o.werkblad for o in onderwerp.onderdelen if o.werkblad] == werkbladen
        assert [o.menukaart for o in onderwerp.onderdelen if o.menukaart] == menukaarten
        for key in ("doel", "doelgroep", "vraagstuk", "resultaat", "bedoeld_voor"):
            assert getattr(onderwerp, key).strip()
        assert onderwerp.inhoud and onderwerp.aanpak


def test_every_indicator_of_the_opgave_and_monitoring_sheets(toolkit: ToolkitData) -> None:
    for werkblad_id, groepen in INDICATOREN.items():
        blad = toolkit.werkbladen[werkblad_id].blad
        found = {g.naam: [i.tekst for i in g.indicatoren] for g in blad.groepen}  # type: ignore[union-attr]
        assert found == groepen, werkblad_id
    counts = [sum(len(v) for v in INDICATOREN[w].values()) for w in INDICATOREN]
    assert counts == [11, 5, 8, 12]


def test_monitoring_indicators_carry_their_toelichting_from_the_toolkit(toolkit: ToolkitData) -> None:
    for werkblad_id in ("monitoren-1", "monitoren-2"):
        for groep in toolkit.werkbladen[werkblad_id].blad.groepen:  # type: ignore[union-attr]
            for indicator in groep.indicatoren:
                assert indicator.uitleg and len(indicator.uitleg) > 60, indicator.id
    for groep in toolkit.werkbladen["monitoren-3"].blad.groepen:  # type: ignore[union-attr]
        assert groep.uitleg, groep.id


def test_every_menukaart_instrument_of_both_sectors_links_to_the_appendix(toolkit: ToolkitData) -> None:
    for sector, categorieen in MENUKAART.items():
        menukaart = toolkit.menukaarten[sector]
        found = {r.categorie: [i.tekst for i in r.instrumenten] for r in menukaart.categorieen}
        assert found == categorieen, sector
        assert [r.categorie for r in menukaart.categorieen] == list(categorieen)
        for rij in menukaart.categorieen:
            for item in rij.instrumenten:
                assert item.instrument in toolkit.instrumenten
    # the appendix describes vouchers for these services under Financiële tegemoetkoming (particuliere sector)
    diensten = toolkit.menukaarten["particulier"].categorieen[2].instrumenten[0]
    assert diensten.instrument == "financiele-tegemoetkoming"
    wooncoach = toolkit.menukaarten["particulier"].categorieen[2].instrumenten[1]
    assert wooncoach.onderdelen == ["Maken van een verhuisplan", "Begeleiden van de verhuisdag"]
    assert toolkit.menukaarten["sociaal"].categorieen[4].naam == "Voorrang en (kleine) uitzonderingen"


def test_all_six_appendix_instruments_complete(toolkit: ToolkitData) -> None:
    assert [i.titel for i in toolkit.instrumenten.values()] == INSTRUMENTEN
    for instrument in toolkit.instrumenten.values():
        for key in ("algemene_beschrijving", "sociale_sector", "particuliere_sector"):
            assert getattr(instrument, key).strip(), (instrument.id, key)
        assert instrument.geleerde_lessen
    (voetnoot,) = toolkit.instrumenten["voorrangregelingen"].voetnoten
    assert "Van Groot naar Beter" in voetnoot


def test_praatplaten_print_their_themes_and_helper_questions(toolkit: ToolkitData) -> None:
    themas = toolkit.werkbladen["hoe-ziet-u-uw-toekomst"].blad.themas  # type: ignore[union-attr]
    assert [t.naam for t in themas] == THEMAS
    stappen = toolkit.werkbladen["als-u-wilt-verhuizen"].blad.stappen  # type: ignore[union-attr]
    assert [s.hulpvraag for s in stappen] == HULPVRAGEN
    assert [s.fase for s in stappen] == [f.id for f in toolkit.vocabulaire.klantreis]
    assert len(toolkit.werkbladen["hoe-wilt-u-wonen"].blad.vragen) == 6  # type: ignore[union-attr]


def test_pages_inleiding_gebruik_experiment_colofon(toolkit: ToolkitData) -> None:
    assert list(toolkit.paginas) == ["inleiding", "gebruik", "experiment", "colofon", "verantwoording",
                                     "toegankelijkheid"]
    experiment = " ".join(item for s in toolkit.paginas["experiment"].secties for item in s.lijst)
    for deelnemer in DEELNEMERS:
        assert deelnemer in experiment
    colofon = " ".join((s.tekst or "") + " ".join(s.lijst) for s in toolkit.paginas["colofon"].secties)
    assert "Susan van Klaveren" in colofon and "mits de bron wordt vermeld" in colofon
    assert toolkit.toolkit.bron == "Bron: Platform31, Werken aan doorstroming van senioren (2023)"


def test_no_ocr_errors_named_in_the_brief_remain(toolkit: ToolkitData) -> None:
    # Our texts, not the records (afwijkingen) that quote the publication's errors on purpose.
    text = " ".join(t.tekst for group in (toolkit.werkbladen, toolkit.menukaarten, toolkit.instrumenten,
                                          toolkit.onderwerpen, toolkit.paginas)
                    for m in group.values() for t in teksten(m))
    for wrong in ("verhuwens", "verhuiscens", "Pratplaat", "Vehuiskosten", "Gereedchapskist", "Plaform31",
                  "kindervoeten", "ouievaars", "toenevende"):
        assert wrong not in text
