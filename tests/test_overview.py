"""`doorstroom overzicht` as a process: every item lands exactly once in every output, notes and
rejections reach the terminal and every file, the CSV and XLSX keep their contract, the example
session matches its expectation, and nothing with participants' text is written outside --out."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sys
from collections import Counter
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from openpyxl import load_workbook
from playwright.sync_api import Browser, expect
from pypdf import PdfReader

from generator.loader import ToolkitData, load_toolkit
from generator.overview import outputs
from generator.overview.run import make_overview
from generator.pdf.render import PdfRenderError
from generator.regels import melding

from .helpers import ROOT, run_cli
from .pdftools import fill

CELL = "passend-aanbod__huidige-woning__al"
EXAMPLE = "examples/sessie-regio-lindewaard/bladen/stimuleren"


def answer_file(path: Path, organisatie: str, antwoorden: dict[str, object], werkblad: str = "stimuleren") -> Path:
    path.write_text(json.dumps({"werkblad": werkblad, "organisatie": organisatie, "antwoorden": antwoorden},
                               ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def blank_pdfs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("leeg")
    result = run_cli("pdf", "stimuleren", "--out", str(out))
    assert result.returncode == 0, result.stderr
    return out


def overview(tmp_path: Path, *inputs: Path | str, extra: tuple[str, ...] = ()) -> tuple[int, str, dict]:
    out = tmp_path / "uit"
    result = run_cli("overzicht", *map(str, inputs), "--out", str(out), *extra)
    assert "Traceback" not in result.stderr
    data = json.loads((out / "overzicht.json").read_text(encoding="utf-8")) if (out / "overzicht.json").exists() else {}
    return result.returncode, result.stderr, data


def names_to_ids(toolkit: ToolkitData) -> dict[str, str]:
    """Names of categorieen and fasen and the labels of al/nog, as the CSV and XLSX show them -> ids."""
    werkblad = toolkit.werkbladen["stimuleren"]
    return {**{c.naam: c.id for c in toolkit.vocabulaire.interventiecategorieen},
            **{f.naam: f.id for f in toolkit.vocabulaire.klantreis},
            **{a.label: a.id for a in werkblad.blad.antwoorden}}


def outputs_items(out: Path, toolkit: ToolkitData) -> dict[str, Counter]:
    """(organisatie, categorie, fase, soort, tekst) of every item, as each output shows it."""
    ids = names_to_ids(toolkit)
    data = json.loads((out / "overzicht.json").read_text(encoding="utf-8"))
    from_json = Counter((i["organisatie"], c["categorie"], c["fase"], soort, i["tekst"])
                        for c in data["cellen"] for soort in ("al", "nog") for i in c[soort])
    csv.field_size_limit(sys.maxsize)
    text = (out / "overzicht.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))
    from_csv = Counter((r["organisatie"], ids[r["categorie"]], ids[r["fase"]], ids[r["soort"]], r["tekst"])
                       for r in rows)
    sheet = load_workbook(out / "overzicht.xlsx")["Items"]
    from_xlsx = Counter((r[0], ids[r[1]], ids[r[2]], ids[r[3]], "".join(v or "" for v in r[5:]))
                        for r in sheet.iter_rows(min_row=2, values_only=True))
    return {"json": from_json, "csv": from_csv, "xlsx": from_xlsx}


class _DetailItems(HTMLParser):
    """(organisatie, categorie, fase, soort, tekst) of every item in the HTML's detail blocks."""

    def __init__(self) -> None:
        super().__init__()
        self.items: Counter = Counter()
        self.cell: tuple[str, str] | None = None
        self.soort = ""
        self.part: str | None = None
        self.parts: dict[str, list[str]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if attributes.get("data-detail"):
            categorie, fase = attributes["data-detail"].split("|")
            self.cell = (categorie, fase)
        elif tag == "ul" and attributes.get("class") in ("ov-al", "ov-nog"):
            self.soort = attributes["class"][3:]
        elif tag == "span" and attributes.get("class") in ("ov-org", "ov-tekst") and self.soort:
            self.part = attributes["class"]
            self.parts[self.part] = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "span" and self.part:
            self.part = None
            if "ov-tekst" in self.parts:
                organisatie = "".join(self.parts["ov-org"]).removesuffix(":")
                self.items[(organisatie, *self.cell, self.soort, "".join(self.parts["ov-tekst"]))] += 1
                self.parts = {}
        elif tag == "ul":
            self.soort = ""

    def handle_data(self, data: str) -> None:
        if self.part:
            self.parts[self.part].append(data)


def html_items(out: Path) -> Counter:
    parser = _DetailItems()
    parser.feed((out / "overzicht.html").read_text(encoding="utf-8"))
    return parser.items


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def squash(text: str) -> str:
    """Text without any whitespace: a PDF breaks long names and notes over lines."""
    return "".join(text.split())


def test_valid_sheets_give_exit_0_and_all_five_outputs(tmp_path: Path, blank_pdfs: Path, toolkit: ToolkitData) -> None:
    filled = tmp_path / "lindewaard.pdf"
    fill(blank_pdfs / "stimuleren.pdf", filled, {"organisatie": "Gemeente Lindewaard",
                                                 CELL: "- Seniorenwoningen bouwen\n  in elke kern\n• Hofje"})
    yaml_sheet = tmp_path / "de-linde.yaml"
    yaml_sheet.write_text("werkblad: stimuleren\norganisatie: Woonstichting De Linde\nantwoorden:\n"
                          "  voorrang__woningzoeken__al: Voorrang 55+\n  ontzorgen__verhuizen__nog: Klusdienst\n",
                          encoding="utf-8")
    code, stderr, data = overview(tmp_path, filled, yaml_sheet)
    assert code == 0, stderr
    assert sorted(p.name for p in (tmp_path / "uit").iterdir()) == [
        "overzicht.csv", "overzicht.html", "overzicht.json", "overzicht.pdf", "overzicht.xlsx"]
    assert list(data) == ["werkblad", "organisaties", "cellen", "afgewezen", "meldingen"]
    assert data["organisaties"] == ["Gemeente Lindewaard", "Woonstichting De Linde"]
    assert len(data["cellen"]) == 25 and data["afgewezen"] == [] and data["meldingen"] == []
    cell = data["cellen"][0]
    assert (cell["categorie"], cell["fase"], cell["status"]) == ("passend-aanbod", "huidige-woning", "gedekt")
    assert cell["al"] == [{"organisatie": "Gemeente Lindewaard", "tekst": "Seniorenwoningen bouwen in elke kern"},
                          {"organisatie": "Gemeente Lindewaard", "tekst": "Hofje"}]
    assert cell["suggesties"] == []
    ontzorgen = next(c for c in data["cellen"] if (c["categorie"], c["fase"]) == ("ontzorgen", "verhuizen"))
    assert ontzorgen["status"] == "potentie"
    gap = next(c for c in data["cellen"] if (c["categorie"], c["fase"]) == ("prijsprikkel", "nieuw-thuis"))
    assert gap["status"] == "gat" and gap["al"] == [] and gap["nog"] == []
    assert [s["tekst"] for s in gap["suggesties"]] == ["Huurprijsgewenning/huurprijsbehoud", "Verhuiskostenvergoeding"]
    found = outputs_items(tmp_path / "uit", toolkit)
    assert found["json"] == found["csv"] == found["xlsx"] == html_items(tmp_path / "uit")
    assert sum(found["json"].values()) == 4
    assert {s["instrument"] for s in gap["suggesties"]} == {"financiele-tegemoetkoming"}


def test_sector_particulier_and_site_url_link_the_ideas_once_per_row(tmp_path: Path) -> None:
    sheet = answer_file(tmp_path / "a.json", "Gemeente A", {CELL: "iets"})
    code, _, data = overview(tmp_path, sheet, extra=("--sector", "particulier", "--site-url", "https://toolkit.example/"))
    assert code == 0
    gap = next(c for c in data["cellen"] if (c["categorie"], c["fase"]) == ("prijsprikkel", "nieuw-thuis"))
    assert gap["suggesties"][0] == {"tekst": "Informatie delen over senioren hypotheek",
                                    "instrument": "financiele-tegemoetkoming",
                                    "url": "https://toolkit.example/instrumenten/financiele-tegemoetkoming.html"}
    html = (tmp_path / "uit/overzicht.html").read_text(encoding="utf-8")
    link = 'href="https://toolkit.example/instrumenten/financiele-tegemoetkoming.html">Informatie delen over senioren'
    assert html.count(link) == 1  # once for the row Prijsprikkel, not once per open cell
    assert "menukaart particulier" in html


def test_two_sheets_of_one_organisation_are_merged_and_every_output_says_so(tmp_path: Path, blank_pdfs: Path,
                                                                          toolkit: ToolkitData) -> None:
    folder = tmp_path / "bladen"
    folder.mkdir()
    fill(blank_pdfs / "stimuleren.pdf", folder / "a-wonen.pdf", {"organisatie": "Gemeente Lindewaard",
                                                                 CELL: "Woonscan\nSeniorenloket"})
    answer_file(folder / "b-zorg.json", "  gemeente   LINDEWAARD ", {CELL: "Seniorenloket\nWmo-consulent",
                                                                     "voorrang__woonwens__al": "n.v.t."})
    answer_file(folder / "c-leeg.json", "Zorggroep Dorpshart", {})
    code, stderr, data = overview(tmp_path, folder)
    assert code == 0, stderr
    assert data["organisaties"] == ["Gemeente Lindewaard", "Zorggroep Dorpshart"]
    assert [i["tekst"] for i in data["cellen"][0]["al"]] == ["Woonscan", "Seniorenloket", "Wmo-consulent"]
    merged = melding("samengevoegd", eerste="a-wonen.pdf", organisatie="Gemeente Lindewaard")
    expected = [("b-zorg.json", melding("opvulwaarde")), ("b-zorg.json", merged),
                ("c-leeg.json", melding("leeg_ingeleverd"))]
    assert [(Path(m["bestand"]).name, m["melding"]) for m in data["meldingen"]] == expected
    for name, note in expected:  # the terminal, once each
        assert stderr.count(f"{name}: {note}") == 1
    html = (tmp_path / "uit/overzicht.html").read_text(encoding="utf-8")
    meldingen = unescape(html[html.index('id="ov-meldingen"'):html.index('id="ov-niet-verwerkt"')])
    assert all(note in meldingen and name in meldingen for name, note in expected)
    sheet = load_workbook(tmp_path / "uit/overzicht.xlsx")["Meldingen"]
    assert [(Path(r[0]).name, r[1]) for r in sheet.iter_rows(min_row=2, values_only=True)] == expected
    assert squash(merged) in squash(pdf_text(tmp_path / "uit/overzicht.pdf"))


def test_a_file_not_used_is_reported_once_in_the_terminal_and_in_every_output(tmp_path: Path) -> None:
    folder = tmp_path / "bladen"
    folder.mkdir()
    answer_file(folder / "a-goed.json", "Gemeente Beekveld", {CELL: "Woonscan"})
    (folder / "b-notitie.txt").write_text("los briefje", encoding="utf-8")
    code, stderr, data = overview(tmp_path, folder)
    assert code == 1
    (rejected,) = data["afgewezen"]
    assert rejected["bestand"].endswith("b-notitie.txt")
    assert stderr.count("b-notitie.txt") == 1 and rejected["reden"] in stderr
    html = (tmp_path / "uit/overzicht.html").read_text(encoding="utf-8")
    assert "b-notitie.txt" in html[html.index('id="ov-niet-verwerkt"'):]
    assert [r[1] for r in load_workbook(tmp_path / "uit/overzicht.xlsx")["Niet verwerkt"].iter_rows(
        min_row=2, values_only=True)] == [rejected["reden"]]
    assert squash(rejected["bestand"]) in squash(pdf_text(tmp_path / "uit/overzicht.pdf"))


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    sheet = answer_file(tmp_path / "a.json", "Gemeente A", {CELL: "x"})
    assert run_cli("overzicht", str(tmp_path / "bestaat-niet"), "--out", str(tmp_path / "uit")).returncode == 2
    assert run_cli("overzicht", str(sheet)).returncode == 2
    assert run_cli("overzicht", str(sheet), "--out", str(tmp_path / "uit"), "--sector", "huur").returncode == 2
    assert not (tmp_path / "uit").exists()


def test_csv_is_the_contract_byte_for_byte(tmp_path: Path) -> None:
    sheet = answer_file(tmp_path / "a.json", "Org; met \"puntkomma\"", {
        CELL: "=SOM(A1:A2)\n-25% huur\n@taak\n+31 6\ngewoon;met puntkomma\nmet \"aanhalingstekens\"",
        "voorrang__nieuw-thuis__nog": "Café €"})
    assert overview(tmp_path, sheet)[0] == 0
    org = '"Org; met ""puntkomma"""'
    rows = ["organisatie;categorie;fase;soort;tekst",
            f"{org};Passend aanbod;Huidige woning;doen we al;'=SOM(A1:A2)",
            f"{org};Passend aanbod;Huidige woning;doen we al;'-25% huur",
            f"{org};Passend aanbod;Huidige woning;doen we al;'@taak",
            f"{org};Passend aanbod;Huidige woning;doen we al;'+31 6",
            f'{org};Passend aanbod;Huidige woning;doen we al;"gewoon;met puntkomma"',
            f'{org};Passend aanbod;Huidige woning;doen we al;"met ""aanhalingstekens"""',
            f"{org};Voorrang;Nieuw thuis!;kunnen we nog doen;Café €"]
    assert (tmp_path / "uit/overzicht.csv").read_bytes() == b"\xef\xbb\xbf" + "".join(r + "\r\n" for r in rows).encode()


def test_xlsx_has_names_a_status_and_styled_frozen_filterable_headers(tmp_path: Path) -> None:
    code, _, data = overview(tmp_path, EXAMPLE)
    assert code == 0
    book = load_workbook(tmp_path / "uit/overzicht.xlsx")
    assert book.sheetnames == ["Matrix", "Items", "Meldingen", "Niet verwerkt"]
    items = book["Items"]
    header = [c.value for c in items[1]]
    assert header == ["Organisatie", "Categorie", "Fase", "Soort", "Status", "Punt"]
    assert all(c.font.bold and c.fill.fgColor.rgb.endswith("004F6E") for c in items[1])
    count = sum(len(c["al"]) + len(c["nog"]) for c in data["cellen"])
    assert items.freeze_panes == "A2" and items.auto_filter.ref == f"A1:F{count + 1}"
    assert items.column_dimensions["F"].width >= 60 and items.column_dimensions["A"].width >= 25
    rows = list(items.iter_rows(min_row=2, values_only=True))
    assert {r[1] for r in rows} <= {"Passend aanbod", "Op weg helpen", "Ontzorgen", "Prijsprikkel", "Voorrang"}
    assert {r[3] for r in rows} == {"doen we al", "kunnen we nog doen"}
    assert {r[4] for r in rows} <= {"gedekt", "potentie"}
    matrix = book["Matrix"]
    assert [c.value for c in matrix[6]][:6] == ["Interventiecategorie", "Huidige woning", "Woonwens", "Woningzoeken",
                                                "Verhuizen", "Nieuw thuis!"]
    first = data["cellen"][0]
    b7 = matrix["B7"].value.split("\n")
    n_al = len({i["organisatie"] for i in first["al"]})
    n_nog = len({i["organisatie"] for i in first["nog"]})
    assert b7[:2] == [first["status"].upper(), f"{n_al} doen al · {n_nog} kunnen nog"]
    gat = next(i for i, c in enumerate(data["cellen"]) if c["status"] == "gat")
    cell = matrix.cell(7 + gat // 5, 2 + gat % 5)
    assert cell.value.startswith("GAT") and cell.fill.patternType is None  # no fill: a thick border (no colour needed)
    assert {cell.border.left.style, cell.border.top.style} == {"thick"}
    assert matrix.freeze_panes == "B7" and matrix.row_dimensions[7].height > 15
    assert [r[1] for r in book["Meldingen"].iter_rows(min_row=2, values_only=True)] == [
        m["melding"] for m in data["meldingen"]]
    assert book["Niet verwerkt"].auto_filter.ref == "A1:B1" and book["Meldingen"].freeze_panes == "A2"


def test_text_shows_literally_and_runs_nowhere(tmp_path: Path, browser: Browser) -> None:
    evil = "<script>alert('x')</script> & <b>vet</b> =SOM(A1:A2)"
    sheet = answer_file(tmp_path / "a.json", "Org <i>&</i>", {CELL: evil})
    code, _, data = overview(tmp_path, sheet)
    assert code == 0
    assert data["cellen"][0]["al"][0]["tekst"] == evil
    html = (tmp_path / "uit/overzicht.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html
    items = load_workbook(tmp_path / "uit/overzicht.xlsx")["Items"]
    assert items.cell(2, 6).value == evil and items.cell(2, 6).data_type == "s"
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto((tmp_path / "uit/overzicht.html").as_uri())
    expect(page.locator("[data-detail='passend-aanbod|huidige-woning'] .ov-tekst")).to_have_text(evil)
    expect(page.locator("[data-org-naam]")).to_have_text("Org <i>&</i>")
    assert dialogs == []
    page.close()


def test_a_megabyte_in_one_cell_is_handled(tmp_path: Path, toolkit: ToolkitData) -> None:
    big = "lang " * 200_000 + "einde"
    sheet = answer_file(tmp_path / "groot.json", "Gemeente Groot", {CELL: big, "voorrang__verhuizen__nog": "kort"})
    code, stderr, data = overview(tmp_path, sheet)
    assert code == 0, stderr
    assert data["cellen"][0]["al"][0]["tekst"] == big.strip()
    found = outputs_items(tmp_path / "uit", toolkit)
    for output in found.values():
        assert output[("Gemeente Groot", "passend-aanbod", "huidige-woning", "al", big)] == 1
    assert html_items(tmp_path / "uit")[("Gemeente Groot", "passend-aanbod", "huidige-woning", "al", big)] == 1
    assert (tmp_path / "uit/overzicht.pdf").stat().st_size < 500_000


def test_example_session_end_to_end_matches_the_expected_overview(tmp_path: Path, toolkit: ToolkitData) -> None:
    """The Regio Lindewaard example (PDFs filled from our blank PDF, YAML and JSON files) via the CLI.

    Regenerate the expectation after a deliberate change with `make voorbeeld-verwacht`."""
    out = tmp_path / "uit"
    result = run_cli("overzicht", EXAMPLE, "--out", str(out), "--titel", "Sessie Regio Lindewaard")
    assert result.returncode == 0, result.stderr
    expected_file = ROOT / "examples/sessie-regio-lindewaard/verwacht-overzicht.json"
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    assert json.loads((out / "overzicht.json").read_text(encoding="utf-8")) == expected
    kinds = Counter(p.suffix for p in (ROOT / EXAMPLE).iterdir())
    assert kinds[".pdf"] >= 3 and kinds[".yaml"] >= 2 and kinds[".json"] >= 2 and sum(kinds.values()) >= 10
    assert len(expected["organisaties"]) == sum(kinds.values()) - 1  # one organisation handed in two sheets
    merged = melding("samengevoegd", eerste="gemeente-lindewaard-wonen.pdf", organisatie="Gemeente Lindewaard")
    assert merged in [m["melding"] for m in expected["meldingen"]]
    assert any("opvulwaarde" in m["melding"] for m in expected["meldingen"])
    statuses = Counter(c["status"] for c in expected["cellen"])
    assert statuses["gat"] and statuses["potentie"] and statuses["gedekt"]
    found = outputs_items(out, toolkit)
    assert found["json"] == found["csv"] == found["xlsx"] == html_items(out)


def test_the_example_on_the_site_says_everywhere_that_it_is_invented(tmp_path: Path, toolkit: ToolkitData) -> None:
    from generator.site.example import FOLDER, build_example

    files = build_example(toolkit).files
    mark = "Voorbeeld met verzonnen gegevens"
    assert mark in files[f"{FOLDER}/overzicht.html"].decode()
    (tmp_path / "o.pdf").write_bytes(files[f"{FOLDER}/overzicht.pdf"])
    assert all(mark in page.extract_text() for page in PdfReader(tmp_path / "o.pdf").pages)
    (tmp_path / "o.xlsx").write_bytes(files[f"{FOLDER}/overzicht.xlsx"])
    book = load_workbook(tmp_path / "o.xlsx")
    assert book["Matrix"]["A2"].value == mark and all(s.oddHeader.center.text == mark for s in book.worksheets)
    assert f"{FOLDER}/overzicht-voorbeeld-verzonnen-gegevens.csv" in files  # the CSV holds only its columns
    assert f"{FOLDER}/overzicht.json" in files


@pytest.mark.parametrize("command", [["overzicht", EXAMPLE], ["pdf", "stimuleren"], ["pages"]])
def test_an_unusable_output_folder_is_a_clear_usage_error(command: list[str], tmp_path: Path) -> None:
    in_the_way = tmp_path / "bestand.txt"
    in_the_way.write_text("blijft staan", encoding="utf-8")
    result = run_cli(*command, "--out", str(in_the_way))
    assert result.returncode == 2
    assert "kan hier niet schrijven" in result.stderr and "Traceback" not in result.stderr
    assert in_the_way.read_text(encoding="utf-8") == "blijft staan"


def test_nothing_with_participants_text_is_written_outside_out(tmp_path: Path) -> None:
    project = tmp_path / "project"
    for folder in ("content", "worksheets"):
        shutil.copytree(ROOT / folder, project / folder)
    secret = "Geheimpje Vlinderstraat"
    inputs = tmp_path / "bladen"
    inputs.mkdir()
    answer_file(inputs / "a.json", "Gemeente Geheim", {CELL: secret})
    before = {p for p in tmp_path.rglob("*")}
    result = run_cli("overzicht", str(inputs), "--out", str(tmp_path / "uit"), "--bron", str(project))
    assert result.returncode == 0, result.stderr
    assert secret in pdf_text(tmp_path / "uit/overzicht.pdf")
    new = [p for p in set(tmp_path.rglob("*")) - before if p.is_file() and tmp_path / "uit" not in p.parents]
    for path in new:  # blank sheets may be cached; the overview (with the secret) never is
        assert secret.encode() not in path.read_bytes(), path
        assert path.suffix != ".pdf" or secret not in pdf_text(path), path
    assert not [p for p in new if not p.match(".cache/pdf/*")], new  # and no temporary files anywhere


def test_existing_output_is_replaced_only_by_a_complete_new_set(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Making the PDF fails half-way (a WeasyPrint problem): the earlier overview stays as it was."""
    out = tmp_path / "uit"
    first = answer_file(tmp_path / "a.json", "Gemeente Eerst", {CELL: "eerste versie"})
    assert overview(tmp_path, first)[0] == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def broken(context: dict) -> bytes:
        raise PdfRenderError("overzicht.pdf", ["lettertype niet gevonden"])

    monkeypatch.setattr(outputs, "wall_pdf", broken)
    second = answer_file(tmp_path / "b.json", "Gemeente Later", {CELL: "tweede versie"})
    with pytest.raises(PdfRenderError):
        make_overview(load_toolkit(ROOT), [second], out, "Titel", "sociaal", None)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_overview_page_filters_organisations_and_recomputes(tmp_path: Path, browser: Browser) -> None:
    a = answer_file(tmp_path / "a.json", "Gemeente A", {CELL: "Seniorenwoningen\nHofje"})
    b = answer_file(tmp_path / "b.json", "Gemeente B", {"passend-aanbod__huidige-woning__nog": "Hofjes"})
    assert overview(tmp_path, a, b)[0] == 0
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto((tmp_path / "uit/overzicht.html").as_uri())
    cell = page.locator("td[data-vak='passend-aanbod|huidige-woning']")
    detail = page.locator("[data-detail='passend-aanbod|huidige-woning']")
    telling = page.locator(".ov-matrix [data-fase-telling='huidige-woning']")
    expect(cell.locator(".ov-status")).to_have_text("gedekt")
    expect(cell.locator("[data-n-al]")).to_have_text("1")
    expect(cell.locator(".ov-voorproef li")).to_have_text(["Seniorenwoningen", "Hofje", "idee: Hofjes"])
    expect(page.locator("[data-verborgen]")).to_be_hidden()
    page.get_by_text("Organisaties tonen of verbergen").click()
    page.get_by_label("Gemeente A").uncheck()
    expect(cell.locator(".ov-status")).to_have_text("potentie")
    expect(cell.locator(".ov-voorproef li")).to_have_text(["idee: Hofjes"])
    expect(detail.locator(".ov-status")).to_have_text("potentie")
    expect(telling.locator("[data-tel='potentie']")).to_have_text("1")
    expect(page.locator("[data-open='passend-aanbod|huidige-woning']")).to_be_visible()
    expect(page.locator("[data-verborgen]")).to_have_text(
        "Verborgen: Gemeente A. Alle statussen en aantallen zijn zonder deze organisatie berekend.")
    page.get_by_label("Gemeente B").uncheck()
    expect(cell.locator(".ov-status")).to_have_text("gat")
    expect(detail.locator("[data-geen]")).to_be_visible()
    expect(page.locator("[data-totaal='gat']")).to_have_text("25")
    expect(page.locator("[data-totaal='organisaties']")).to_have_text("0")
    page.emulate_media(media="print")  # the printout says which organisations are hidden, without the controls
    expect(page.locator("[data-verborgen]")).to_be_visible()
    expect(page.locator(".ov-acties")).to_be_hidden()
    page.emulate_media(media="screen")
    page.get_by_role("button", name="Alle aan").click()
    expect(cell.locator(".ov-status")).to_have_text("gedekt")
    expect(telling.locator("[data-tel='gedekt']")).to_have_text("1")
    expect(page.locator("[data-verborgen]")).to_be_hidden()
    assert all(url.startswith("file://") for url in requests)
    page.close()
