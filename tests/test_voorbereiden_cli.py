"""`doorstroom voorbereiden` as a process: the files a facilitator gets (draaiboek PDF and Word, invitation,
sessie-plan.json, each organisation's pre-filled sheets, one ZIP), read back as people and programs read
them; bad input gives a Dutch message, exit 2 and nothing written."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import subprocess
import zipfile
from pathlib import Path

import pdfplumber
import pytest
from docx import Document
from pypdf import PdfReader

from generator.loader import ToolkitData
from generator.voorbereiden.namen import fout

from .helpers import run_cli
from .pdftools import fill_pypdf
from .voorbereiden_helpers import KEUZES, ORGANISATIES, TAFELS, organisation_lines

SPEC_KEYS = {"doorstroom", "versie", "titel", "datum", "plaats", "begintijd", "menukaart", "papier", "organisaties",
             "agenda", "eindtijd"}
ITEM_KEYS = {"soort", "id", "titel", "minuten", "begin", "eind"}
TIME = re.compile(r"^(\d\d):(\d\d)$")


@pytest.fixture
def made(voorbereid: tuple[Path, subprocess.CompletedProcess[str]]) -> tuple[Path, subprocess.CompletedProcess[str]]:
    return voorbereid


@pytest.fixture
def plan(voorbereid: tuple[Path, object]) -> dict:
    return json.loads((voorbereid[0] / "sessie-plan.json").read_text(encoding="utf-8"))


def minutes(clock: str) -> int:
    match = TIME.match(clock)
    assert match, clock
    return int(match.group(1)) * 60 + int(match.group(2))


def test_every_file_is_written_and_the_zip_holds_exactly_the_same(made: tuple[Path, object], plan: dict) -> None:
    out, result = made
    files = {str(p.relative_to(out)): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    expected = {"draaiboek.pdf", "draaiboek.docx", "uitnodiging.txt", "sessie-plan.json", "voorbereiding.zip",
                *(b["bestand"] for b in plan["bladen"])}
    assert set(files) == expected
    with zipfile.ZipFile(io.BytesIO(files["voorbereiding.zip"])) as archive:
        assert {name: archive.read(name) for name in archive.namelist()} == {
            name: content for name, content in files.items() if name != "voorbereiding.zip"}
    assert "Traceback" not in result.stderr
    assert "3 organisaties" in result.stdout and "voorbereiding.zip" in result.stdout
    for name in files:  # safe on every system: no character Windows refuses, no accent a ZIP tool mangles
        assert re.fullmatch(r"[a-z0-9./-]+", name), name


def test_the_plan_has_the_shape_of_specs_and_its_times_add_up(plan: dict) -> None:
    assert SPEC_KEYS <= set(plan) and plan["doorstroom"] == "sessie-plan" and plan["versie"] == 1
    assert (plan["titel"], plan["datum"], plan["begintijd"], plan["papier"]) == (
        KEUZES["titel"], KEUZES["datum"], KEUZES["begintijd"], KEUZES["papier"])
    assert plan["menukaart"] == "sociaal"  # the menukaart on the agenda
    assert [(o["naam"], o["contact"]) for o in plan["organisaties"]] == ORGANISATIES
    assert [t["naam"] for t in plan["tafels"]] == TAFELS
    chosen = [i["id"] for i in plan["agenda"] if i["soort"] in ("werkblad", "praatplaat", "menukaart", "pauze")]
    assert chosen == [("pauze-1" if i == "pauze" else i) for i in KEUZES["onderdelen"]]
    soorten = [i["soort"] for i in plan["agenda"]]
    assert soorten[0] == "opening" and soorten[-1] == "afsluiting" and soorten.count("onderwerp") == 3
    now = minutes(plan["begintijd"])
    for item in plan["agenda"]:
        assert ITEM_KEYS <= set(item)
        assert minutes(item["begin"]) == now and minutes(item["eind"]) == now + item["minuten"], item
        now += item["minuten"]
    assert minutes(plan["eindtijd"]) == now
    stimuleren = next(i for i in plan["agenda"] if i["id"] == "stimuleren")
    assert stimuleren["minuten"] == 45 and stimuleren["invullen"] == "per-organisatie"
    assert stimuleren["afdrukken"] == {"voor": "per-organisatie", "aantal": 3, "papier": "a3"}
    assert next(i for i in plan["agenda"] if i["id"] == "ambities")["afdrukken"]["aantal"] == len(TAFELS)


def test_each_organisation_and_table_gets_its_own_sheet_with_its_name_filled_in(made: tuple[Path, object],
                                                                                   plan: dict) -> None:
    out, _ = made
    for naam, _contact in ORGANISATIES:
        folder = next(o["map"] for o in plan["organisaties"] if o["naam"] == naam)
        sheet = out / "per-organisatie" / folder / f"stimuleren-{folder}.pdf"
        fields = PdfReader(sheet).get_fields()
        assert fields["organisatie"]["/V"] == naam
        assert all(not f.get("/V") for name, f in fields.items() if name != "organisatie")
        width, height = (float(x) for x in PdfReader(sheet).pages[0].mediabox[2:])
        assert round(max(width, height)) == 1191  # A3
    for tafel in TAFELS:
        folder = tafel.lower().replace(" ", "-")
        fields = PdfReader(out / "per-tafel" / folder / f"ambities-{folder}.pdf").get_fields()
        assert fields["ingevuld-door"]["/V"] == tafel
    assert PdfReader(out / "plenair/organisaties-plenair.pdf").get_fields()["ingevuld-door"]["/V"] == "Plenair"
    blank = out / "afdrukken/hoe-ziet-u-uw-toekomst-a3.pdf"  # a praatplaat to take home: blank
    assert not any(f.get("/V") for f in PdfReader(blank).get_fields().values())
    assert (out / "afdrukken/menukaart-sociaal.pdf").read_bytes().startswith(b"%PDF-")


def _agenda_rows(pdf: Path) -> list[list[str]]:
    """The agenda table as printed (it opens the draaiboek; a long one goes on over the next page)."""
    rows: list[list[str]] = []
    with pdfplumber.open(pdf) as document:
        for page in document.pages:
            for table in page.extract_tables():
                cells = [[" ".join((cell or "").split()) for cell in row] for row in table]
                rows += cells[1:] if rows and cells[0] == rows[0] else cells
            if any(row[1:2] == ["Einde"] for row in rows):
                return rows
    return rows


def test_the_draaiboek_pdf_agenda_adds_up_and_quotes_the_toolkit_with_its_source(
        made: tuple[Path, object], plan: dict, toolkit: ToolkitData) -> None:
    out, _ = made
    rows = _agenda_rows(out / "draaiboek.pdf")
    assert rows[0] == ["Tijd", "Onderdeel", "Minuten", "Wie vult in"]
    body, total = rows[1:-1], rows[-1]
    assert [r[1] for r in body] == [i["titel"] for i in plan["agenda"]]
    now = minutes(plan["begintijd"])
    for row in body:
        begin, end = row[0].split("–")
        assert minutes(begin) == now and minutes(end) == now + int(row[2]), row
        now = minutes(end)
    assert total[:3] == [plan["eindtijd"], "Einde", str(sum(int(r[2]) for r in body))]
    text = " ".join("".join(p.extract_text() for p in pdfplumber.open(out / "draaiboek.pdf").pages).split())
    gebruik = " ".join(toolkit.werkbladen["stimuleren"].gebruik.split())
    assert gebruik[:200] in text  # the toolkit's own instruction, quoted
    assert "Bron: Platform31, Werken aan doorstroming van senioren (2023), werkblad Stimuleren." in text
    assert "suggesties van de Doorstroomtoolkit-software, geen tekst uit de toolkit" in text
    assert "geen uitgave van Platform31" in text and "pagina 1 van" in text
    assert "3 exemplaren op A3: een blad per organisatie, met de naam van de organisatie al ingevuld" in text
    assert "Pennen in twee kleuren" in text
    info = PdfReader(out / "draaiboek.pdf").metadata
    assert info.title == f"Draaiboek {KEUZES['titel']}" and info.author == "Doorstroomtoolkit"


def test_the_draaiboek_docx_has_the_same_chapters_and_agenda(made: tuple[Path, object], plan: dict) -> None:
    document = Document(str(made[0] / "draaiboek.docx"))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["Agenda", "Per onderdeel", "Afdrukken", "Meenemen", "Deelnemers", "Na de sessie"]
    agenda = document.tables[0]
    assert [c.text for c in agenda.rows[0].cells] == ["Tijd", "Onderdeel", "Minuten", "Wie vult in"]
    assert [r.cells[1].text for r in agenda.rows[1:-1]] == [i["titel"] for i in plan["agenda"]]
    assert [r.cells[0].text for r in agenda.rows[1:-1]] == [f"{i['begin']}–{i['eind']}" for i in plan["agenda"]]
    kop2 = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert kop2 == [f"{i['begin']}–{i['eind']} {i['titel']} ({i['minuten']} minuten)" for i in plan["agenda"]]


def test_the_invitation_gives_date_agenda_how_to_fill_in_and_how_to_return(made: tuple[Path, object],
                                                                            plan: dict) -> None:
    text = (made[0] / "uitnodiging.txt").read_text(encoding="utf-8")
    assert text.startswith(f"Onderwerp: Uitnodiging: {KEUZES['titel']}, vrijdag 14 maart 2025\n")
    for item in plan["agenda"]:
        assert f"{item['begin']}  {item['titel']}" in text
    assert f"{plan['eindtijd']}  Einde" in text and KEUZES["plaats"] in text
    assert "PDF-programma" in text and "website" in text and "Opslaan" in text
    assert f"vóór vrijdag 21 maart 2025 terug naar {KEUZES['contact']}" in text
    assert " u " in text and " je " not in text and "Bron: Platform31" in text


BAD = {  # the four of the issue; two of them with more wrong at once: every problem is listed
    "onbekend werkblad": ({"onderdelen": ["stimuleren", "stimulering"], "datum": "2025-02-30",
                           "minuten": {"stimuleren": "lang"}}, None,
                          [fout("onderdeel_onbekend", waarde="stimulering", keuzes="X").split(" Kies uit")[0],
                           fout("datum_ongeldig", waarde="2025-02-30"),
                           fout("minuten_ongeldig", waarde="stimuleren", max=480)]),
    "lege lijst": ({}, "\n\n", ["er staat geen enkele naam in dit bestand"]),
    "dubbele namen": ({}, "Gemeente Lindewaard\nWoonstichting De Linde\ngemeente  lindewaard\n",
                      [fout("naam_dubbel", waarde="gemeente lindewaard", eerste="Gemeente Lindewaard")]),
    "naam met schuine streep": ({"invullen": {"organisaties": "per-tafel"}}, "Gemeente Lindewaard\nZorg/Welzijn Oost\n",
                                [fout("naam_schuine_streep", waarde="Zorg/Welzijn Oost"),
                                 fout("geen_tafels", waarde="Werkblad Organisaties")]),
}


@pytest.mark.parametrize("case", BAD, ids=list(BAD))
def test_bad_input_says_what_is_wrong_in_dutch_exits_2_and_writes_nothing(case: str, tmp_path: Path) -> None:
    change, lines, messages = BAD[case]
    lijst = tmp_path / "organisaties.txt"
    lijst.write_text(organisation_lines() if lines is None else lines, encoding="utf-8")
    keuzes = {**KEUZES, **change}
    args = ["voorbereiden", "--titel", keuzes["titel"], "--datum", keuzes["datum"], "--werkbladen",
            ",".join(keuzes["onderdelen"]), "--organisaties", str(lijst), "--out", str(tmp_path / "uit")]
    for option in ("invullen", "minuten"):
        if keuzes.get(option):
            args += [f"--{option}", ",".join(f"{k}={v}" for k, v in keuzes[option].items())]
    result = run_cli(*args)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr and "Error" not in result.stderr
    for message in messages:
        assert message in result.stderr
    assert result.stderr.rstrip().endswith("Er is niets geschreven.")
    assert not (tmp_path / "uit").exists()


def test_a_wrong_run_leaves_the_previous_preparation_as_it_was(made: tuple[Path, object], tmp_path: Path) -> None:
    out, _ = made
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    lijst = tmp_path / "leeg.csv"
    lijst.write_text("Organisatie;E-mail\n", encoding="utf-8")
    result = run_cli("voorbereiden", "--titel", "T", "--datum", "2025-03-14", "--werkbladen", "stimuleren",
                     "--organisaties", str(lijst), "--out", str(out))
    assert result.returncode == 2 and "er staat geen enkele naam in dit bestand" in result.stderr
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_organisation_lists_from_text_csv_and_excel_with_an_optional_contact(tmp_path: Path) -> None:
    from openpyxl import Workbook

    from generator.voorbereiden.organisaties import lees_lijst

    expected = [{"naam": "Gemeente Lindewaard", "contact": "wonen@lindewaard.example"},
                {"naam": "Zorg; en Welzijn", "contact": ""}, {"naam": "Woonbedrijf Ĳssel", "contact": "0612345678"}]
    csv_text = 'Nr;Organisatie;E-mailadres\n1;Gemeente Lindewaard;wonen@lindewaard.example\n2;"Zorg; en Welzijn";\n' \
               "3;Woonbedrijf Ĳssel;0612345678\n"
    assert lees_lijst("deelnemers.csv", csv_text.encode("utf-8-sig")) == expected
    assert lees_lijst("excel-windows.csv", "Naam;Contact\nCafé Oost;\n".encode("cp1252")) == [
        {"naam": "Café Oost", "contact": ""}]
    assert lees_lijst("lijst.txt", b"Gemeente Lindewaard\twonen@lindewaard.example\n\n  Woonbedrijf Oost  \n") == [
        {"naam": "Gemeente Lindewaard", "contact": "wonen@lindewaard.example"},
        {"naam": "Woonbedrijf Oost", "contact": ""}]
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Organisatie", "Contactpersoon"])
    sheet.append(["Gemeente Lindewaard", "wonen@lindewaard.example"])
    sheet.append([None, None])
    sheet.append(["Zorg; en Welzijn", None])
    sheet.append(["Woonbedrijf Ĳssel", 612345678])
    buffer = io.BytesIO()
    workbook.save(buffer)
    assert lees_lijst("deelnemers.xlsx", buffer.getvalue()) == [
        expected[0], expected[1], {"naam": "Woonbedrijf Ĳssel", "contact": "612345678"}]


def test_an_organisation_file_that_is_no_list_is_refused_in_dutch(tmp_path: Path) -> None:
    from generator.voorbereiden.organisaties import LijstFout, lees_lijst

    lijst = tmp_path / "lijst.docx"
    lijst.write_bytes(b"PK\x03\x04 niet echt")
    result = run_cli("voorbereiden", "--titel", "T", "--datum", "2025-03-14", "--werkbladen", "stimuleren",
                     "--organisaties", str(lijst), "--out", str(tmp_path / "uit"))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "gebruik een tekstbestand (.txt) met één naam per regel" in result.stderr
    assert not (tmp_path / "uit").exists()
    with pytest.raises(LijstFout, match="dit bestand kan niet worden gelezen als lijst met namen") as info:
        lees_lijst("kapot.xlsx", b"PK\x03\x04 niet echt")
    assert info.value.exit_code == 2


def test_a_plan_next_to_the_sheets_shows_what_has_arrived(made: tuple[Path, object], plan: dict,
                                                           tmp_path: Path) -> None:
    """`doorstroom sessie` with sessie-plan.json among the pre-filled sheets that came back filled in: per
    organisation and werkblad what is in, and the organisations' names as they were pre-filled."""
    out, _ = made
    invoer = tmp_path / "binnen"
    invoer.mkdir()
    (invoer / "sessie-plan.json").write_bytes((out / "sessie-plan.json").read_bytes())
    ingeleverd = [b for b in plan["bladen"] if b["id"] == "stimuleren"][:2]
    for blad in ingeleverd:
        fill_pypdf(out / blad["bestand"], invoer / Path(blad["bestand"]).name,
                   {"passend-aanbod__woonwens__nog": "Informatieavond"}, regenerate=False)
    tafel = invoer / "Tafel Noord.json"  # an answer file named after its table, 'Ingevuld door' left empty
    tafel.write_text(json.dumps({"werkblad": "ambities", "antwoorden": {"ambitie": "Samen"}}), encoding="utf-8")
    result = run_cli("sessie", str(invoer), "--out", str(tmp_path / "verslag"))
    assert result.returncode == 0, result.stderr
    missing = next(o["naam"] for o in plan["organisaties"] if o["naam"] not in [b["voor"] for b in ingeleverd])
    assert f"3 van de {sum(bool(b['invullen']) for b in plan['bladen'])} verwachte bladen zijn binnen" in result.stdout
    assert f"Nog niet ontvangen van {missing}: Werkblad Stimuleren" in result.stdout
    html = (tmp_path / "verslag/sessie.html").read_text(encoding="utf-8")
    assert "Binnen volgens het sessieplan" in html and f"Nog niet ontvangen van {missing.replace('&', '&amp;')}" in html
    assert "Tafel Zuid:</strong> Werkblad Ambities" in html
    sessie = json.loads((tmp_path / "verslag/sessie.json").read_text(encoding="utf-8"))
    assert sessie["afgewezen"] == [] and set(sessie) == {"titel", "werkbladen", "monitorplan", "afgewezen", "meldingen"}
    assert sessie["werkbladen"]["stimuleren"]["organisaties"] == [b["voor"] for b in ingeleverd]  # the pre-filled names
    assert [m["bestand"] for m in sessie["meldingen"]].count(str(invoer / "sessie-plan.json")) == 1


def test_dates_are_calendar_dates_and_the_deadline_is_a_week_later(toolkit: ToolkitData) -> None:
    from generator.voorbereiden.catalogus import catalogus
    from generator.voorbereiden.plan import KeuzeFout, maak_plan

    keuzes = {**KEUZES, "organisaties": [{"naam": n, "contact": c} for n, c in ORGANISATIES],
              "tafels": TAFELS, "datum": "2028-02-29"}
    week_later = (dt.date(2028, 2, 29) + dt.timedelta(days=7)).isoformat()
    assert maak_plan(catalogus(toolkit), keuzes)["inleveren"] == week_later
    with pytest.raises(KeuzeFout) as info:
        maak_plan(catalogus(toolkit), {**keuzes, "datum": "2027-02-29", "begintijd": "22:00"})
    assert info.value.problemen == [fout("datum_ongeldig", waarde="2027-02-29"),
                                    fout("na_middernacht", minuten=info.value.problemen and _total(toolkit, keuzes),
                                         begintijd="22:00")]
    assert info.value.exit_code == 2


def _total(toolkit: ToolkitData, keuzes: dict) -> int:
    from generator.voorbereiden.catalogus import catalogus
    from generator.voorbereiden.plan import maak_plan

    return sum(i["minuten"] for i in maak_plan(catalogus(toolkit), keuzes)["agenda"])


@pytest.mark.parametrize("old, new, where, message", [
    ("  - werkblad: contactmomenten\n    minuten: 20\n    invullen: per-organisatie\n",
     "  - werkblad: contactmomenten\n    minuten: 20\n    invullen: plenair\n",
     "onderdelen[2].invullen",
     "op het werkblad 'Contactmomenten' staat 'Organisatie': het wordt per organisatie ingevuld"),
    ("  - menukaart: particulier\n    minuten: 15\n",
     "  - menukaart: particulier\n    minuten: 15\n    invullen: plenair\n",
     "onderdelen[4].invullen", "alleen een werkblad wordt ingeleverd; geef hier 'afdrukken' in plaats van 'invullen'"),
    ("    minuten: 60\n", "    minuten: zestig\n", "onderdelen[5].minuten", "verwacht een geheel getal"),
    ("  - werkblad: monitoren-3\n", "  - werkblad: monitoren-4\n", "onderdelen[9].werkblad",
     "verwijst naar werkblad 'monitoren-4', maar die bestaat niet"),
])
def test_mistakes_in_sessie_yaml_name_file_line_and_field(tree: Path, old: str, new: str, where: str,
                                                          message: str) -> None:
    from .test_validation_errors import edit, problems

    line = edit(tree, "content/sessie.yaml", old, new)
    found = [p for p in problems(tree) if p.startswith("content/sessie.yaml")]
    assert any(p.startswith("content/sessie.yaml:") and f": {where}: " in p and message in p for p in found), found
    assert all(int(p.split(":")[1]) >= line for p in found if f": {where}: " in p)
