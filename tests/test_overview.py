"""`doorstroom overzicht`: bad inputs are reported and skipped, every item lands exactly once in
every output, statuses and suggestions follow the toolkit."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from openpyxl import load_workbook
from playwright.sync_api import Browser, expect

from .helpers import ROOT, run_cli
from .pdftools import fill

CELL = "passend-aanbod__huidige-woning__al"


def answer_file(path: Path, organisatie: str, antwoorden: dict[str, object], werkblad: str = "stimuleren") -> Path:
    path.write_text(json.dumps({"werkblad": werkblad, "organisatie": organisatie, "antwoorden": antwoorden},
                               ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def blank_pdfs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("leeg")
    result = run_cli("pdf", "stimuleren", "ambities", "--out", str(out))
    assert result.returncode == 0, result.stderr
    return out


def overview(tmp_path: Path, *inputs: Path, extra: tuple[str, ...] = ()) -> tuple[int, str, dict]:
    out = tmp_path / "uit"
    result = run_cli("overzicht", *map(str, inputs), "--out", str(out), *extra)
    assert "Traceback" not in result.stderr
    data = json.loads((out / "overzicht.json").read_text(encoding="utf-8")) if (out / "overzicht.json").exists() else {}
    return result.returncode, result.stderr, data


def outputs_items(out: Path) -> dict[str, Counter]:
    """(organisatie, categorie, fase, soort, tekst) of every item, as each output shows it."""
    data = json.loads((out / "overzicht.json").read_text(encoding="utf-8"))
    from_json = Counter((i["organisatie"], c["categorie"], c["fase"], soort, i["tekst"])
                        for c in data["cellen"] for soort in ("al", "nog") for i in c[soort])
    csv.field_size_limit(sys.maxsize)
    rows = list(csv.DictReader(io.StringIO((out / "overzicht.csv").read_text(encoding="utf-8"))))
    from_csv = Counter((r["organisatie"], r["categorie"], r["fase"], r["soort"], r["tekst"]) for r in rows)
    sheet = load_workbook(out / "overzicht.xlsx")["Items"]
    from_xlsx = Counter((r[0], r[1], r[2], r[3], "".join(v or "" for v in r[4:]))
                        for r in sheet.iter_rows(min_row=2, values_only=True))
    return {"json": from_json, "csv": from_csv, "xlsx": from_xlsx}


class _MatrixItems(HTMLParser):
    """(organisatie, categorie, fase, soort, tekst) of every item shown in the HTML matrix."""

    def __init__(self) -> None:
        super().__init__()
        self.items: Counter = Counter()
        self.cell: tuple[str, str] | None = None
        self.soort = ""
        self.current: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "td" and attributes.get("data-cel"):
            categorie, fase = attributes["data-cel"].split("|")
            self.cell = (categorie, fase)
        elif tag == "ul" and attributes.get("class") in ("al", "nog"):
            self.soort = attributes["class"]
        elif tag == "li" and self.cell and "data-org" in attributes:
            self.current = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "li" and self.current is not None:
            organisatie, tekst = "".join(self.current).split(": ", 1)
            self.items[(organisatie, *self.cell, self.soort, tekst)] += 1
            self.current = None
        elif tag == "td":
            self.cell = None

    def handle_data(self, data: str) -> None:
        if self.current is not None:
            self.current.append(data)


def html_items(out: Path) -> Counter:
    parser = _MatrixItems()
    parser.feed((out / "overzicht.html").read_text(encoding="utf-8"))
    return parser.items


def test_valid_sheets_give_exit_0_and_all_five_outputs(tmp_path: Path, blank_pdfs: Path) -> None:
    filled = tmp_path / "ermelo.pdf"
    fill(blank_pdfs / "stimuleren.pdf", filled, {"organisatie": "Gemeente Ermelo", CELL: "- Seniorenwoningen\n• Hofje"})
    yaml_sheet = tmp_path / "putten.yaml"
    yaml_sheet.write_text("werkblad: stimuleren\norganisatie: Woningstichting Putten\nantwoorden:\n"
                          "  voorrang__woningzoeken__al: Voorrang 55+\n  ontzorgen__verhuizen__nog: Klusdienst\n",
                          encoding="utf-8")
    code, stderr, data = overview(tmp_path, filled, yaml_sheet)
    assert code == 0, stderr
    assert sorted(p.name for p in (tmp_path / "uit").iterdir()) == [
        "overzicht.csv", "overzicht.html", "overzicht.json", "overzicht.pdf", "overzicht.xlsx"]
    assert data["werkblad"] == "stimuleren"
    assert data["organisaties"] == ["Gemeente Ermelo", "Woningstichting Putten"]
    assert len(data["cellen"]) == 25
    assert data["afgewezen"] == []
    cell = next(c for c in data["cellen"] if (c["categorie"], c["fase"]) == ("passend-aanbod", "huidige-woning"))
    assert cell["status"] == "gedekt"
    assert cell["al"] == [{"organisatie": "Gemeente Ermelo", "tekst": "Seniorenwoningen"},
                          {"organisatie": "Gemeente Ermelo", "tekst": "Hofje"}]
    assert cell["suggesties"] == []
    ontzorgen = next(c for c in data["cellen"] if (c["categorie"], c["fase"]) == ("ontzorgen", "verhuizen"))
    assert ontzorgen["status"] == "potentie"
    gap = next(c for c in data["cellen"] if (c["categorie"], c["fase"]) == ("prijsprikkel", "nieuw-thuis"))
    assert gap["status"] == "gat" and gap["al"] == [] and gap["nog"] == []
    assert [s["tekst"] for s in gap["suggesties"]] == ["Huurprijsgewenning/huurprijsbehoud", "Verhuiskostenvergoeding"]
    assert {s["instrument"] for s in gap["suggesties"]} == {"financiele-tegemoetkoming"}
    for output in outputs_items(tmp_path / "uit").values():
        assert sum(output.values()) == 4
    assert html_items(tmp_path / "uit") == outputs_items(tmp_path / "uit")["json"]


def test_sector_particulier_and_site_url_shape_the_suggestions(tmp_path: Path) -> None:
    sheet = answer_file(tmp_path / "a.json", "Gemeente A", {CELL: "iets"})
    code, _, data = overview(tmp_path, sheet, extra=("--sector", "particulier", "--site-url", "https://toolkit.example/"))
    assert code == 0
    gap = next(c for c in data["cellen"] if (c["categorie"], c["fase"]) == ("prijsprikkel", "nieuw-thuis"))
    assert gap["suggesties"][0] == {"tekst": "Informatie delen over senioren hypotheek",
                                    "instrument": "financiele-tegemoetkoming",
                                    "url": "https://toolkit.example/instrumenten/financiele-tegemoetkoming.html"}
    html = (tmp_path / "uit/overzicht.html").read_text(encoding="utf-8")
    assert 'href="https://toolkit.example/instrumenten/financiele-tegemoetkoming.html"' in html


BAD_INPUTS = {
    "geen-pdf.pdf": (lambda p, _: p.write_bytes(b"Dit is geen PDF maar tekst."), "geen geldige PDF"),
    "notities.txt": (lambda p, _: p.write_text("los briefje", encoding="utf-8"), "geen PDF en geen antwoordbestand"),
    "afgebroken.pdf": (lambda p, blank: p.write_bytes((blank / "stimuleren.pdf").read_bytes()[:2500]),
                       "beschadigd of niet compleet"),
    "zonder-velden.pdf": (lambda p, _: p.write_bytes(_plain_pdf()), "zonder de velden"),
    "ambities.pdf": (lambda p, blank: fill(blank / "ambities.pdf", p, {"doelen": "Meer verhuizingen"}),
                     "dit is werkblad 'Ambities', niet 'Stimuleren'"),
    "ambities.yaml": (lambda p, _: answer_file(p, "Gemeente B", {"doelen": "x"}, werkblad="ambities"),
                      "dit is werkblad 'Ambities'"),
    "zonder-organisatie.pdf": (lambda p, blank: fill(blank / "stimuleren.pdf", p, {CELL: "iets"}),
                               "'Organisatie' is niet ingevuld"),
    "dubbel.json": (lambda p, _: answer_file(p, "  gemeente  ELBURG ", {CELL: "x"}), "staat al in"),
    "onbekend-veld.json": (lambda p, _: answer_file(p, "Gemeente C", {CELL: "x", "passend_aanbod": "y"}),
                           "onbekende velden: passend_aanbod"),
    "kapot.yaml": (lambda p, _: p.write_text("werkblad: stimuleren\norganisatie: [\n", encoding="utf-8"),
                   "ongeldig YAML-bestand"),
    "kapot.json": (lambda p, _: p.write_text('{"werkblad": "stimuleren", "organisatie": "D",', encoding="utf-8"),
                   "ongeldig JSON-bestand"),
    "latin1.yaml": (lambda p, _: p.write_bytes("werkblad: stimuleren\norganisatie: Café E\n".encode("latin-1")),
                    "geen geldige UTF-8"),
}


def _plain_pdf() -> bytes:
    import weasyprint

    return weasyprint.HTML(string="<p>Een gewone PDF zonder formulier</p>").write_pdf()


@pytest.mark.parametrize("name", list(BAD_INPUTS))
def test_each_bad_input_is_reported_once_and_the_rest_still_processed(name: str, tmp_path: Path,
                                                                      blank_pdfs: Path) -> None:
    folder = tmp_path / "bladen"
    folder.mkdir()
    answer_file(folder / "a-elburg.json", "Gemeente Elburg", {CELL: "Seniorenwoningen"})
    make, reason = BAD_INPUTS[name]
    make(folder / name, blank_pdfs)
    code, stderr, data = overview(tmp_path, folder)
    assert code == 1, stderr
    assert data["organisaties"] == ["Gemeente Elburg"]
    (rejected,) = data["afgewezen"]
    assert rejected["bestand"].endswith(name)
    assert reason in rejected["reden"]
    assert stderr.count(name) == 1 and reason in stderr
    html = (tmp_path / "uit/overzicht.html").read_text(encoding="utf-8")
    niet_verwerkt = html[html.index('id="niet-verwerkt"'):]
    assert name in niet_verwerkt


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    sheet = answer_file(tmp_path / "a.json", "Gemeente A", {CELL: "x"})
    assert run_cli("overzicht", str(tmp_path / "bestaat-niet"), "--out", str(tmp_path / "uit")).returncode == 2
    assert run_cli("overzicht", str(sheet)).returncode == 2
    assert run_cli("overzicht", str(sheet), "--out", str(tmp_path / "uit"), "--sector", "huur").returncode == 2
    assert not (tmp_path / "uit").exists()


def test_text_shows_literally_and_runs_nowhere(tmp_path: Path, browser: Browser) -> None:
    evil = "<script>alert('x')</script> & <b>vet</b> =SOM(A1:A2)"
    sheet = answer_file(tmp_path / "a.json", "Org <i>&</i>", {CELL: evil})
    code, _, data = overview(tmp_path, sheet)
    assert code == 0
    assert data["cellen"][0]["al"][0]["tekst"] == evil
    html = (tmp_path / "uit/overzicht.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html
    items = load_workbook(tmp_path / "uit/overzicht.xlsx")["Items"]
    assert items.cell(2, 5).value == evil and items.cell(2, 5).data_type == "s"
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto((tmp_path / "uit/overzicht.html").as_uri())
    expect(page.locator("td[data-cel='passend-aanbod|huidige-woning']")).to_contain_text(evil)
    expect(page.locator(".per-org tbody th")).to_have_text("Org <i>&</i>")
    assert dialogs == []
    page.close()


def test_a_megabyte_in_one_cell_is_handled(tmp_path: Path) -> None:
    big = "lang " * 200_000 + "einde"
    sheet = answer_file(tmp_path / "groot.json", "Gemeente Groot", {CELL: big, "voorrang__verhuizen__nog": "kort"})
    code, stderr, data = overview(tmp_path, sheet)
    assert code == 0, stderr
    assert data["cellen"][0]["al"][0]["tekst"] == big
    found = outputs_items(tmp_path / "uit")
    for output in found.values():
        assert output[("Gemeente Groot", "passend-aanbod", "huidige-woning", "al", big)] == 1
    assert html_items(tmp_path / "uit")[("Gemeente Groot", "passend-aanbod", "huidige-woning", "al", big)] == 1
    assert (tmp_path / "uit/overzicht.pdf").stat().st_size < 500_000


def test_overview_page_filters_organisations_and_recomputes(tmp_path: Path, browser: Browser) -> None:
    a = answer_file(tmp_path / "a.json", "Gemeente A", {CELL: "Seniorenwoningen"})
    b = answer_file(tmp_path / "b.json", "Gemeente B", {"passend-aanbod__huidige-woning__nog": "Hofjes"})
    assert overview(tmp_path, a, b)[0] == 0
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto((tmp_path / "uit/overzicht.html").as_uri())
    cell = page.locator("td[data-cel='passend-aanbod|huidige-woning']")
    expect(cell.locator(".status")).to_have_text("gedekt")
    page.get_by_label("Gemeente A").uncheck()
    expect(cell.locator(".status")).to_have_text("potentie")
    expect(cell.locator(".suggesties")).to_be_visible()
    page.get_by_label("Gemeente B").uncheck()
    expect(cell.locator(".status")).to_have_text("gat")
    expect(page.locator("[data-samenvatting='passend-aanbod|huidige-woning']")).to_be_visible()
    page.get_by_role("button", name="Alle aan").click()
    expect(cell.locator(".status")).to_have_text("gedekt")
    assert all(url.startswith("file://") for url in requests)
    page.close()


def test_example_session_end_to_end_matches_the_expected_overview(tmp_path: Path) -> None:
    """The Noord-Veluwe example (PDFs filled from our blank PDF, and YAML files) via the CLI.

    Regenerate the expectation after a deliberate change with `make voorbeeld-verwacht`."""
    out = tmp_path / "uit"
    result = run_cli("overzicht", "examples/sessie-noord-veluwe/bladen", "--out", str(out),
                     "--titel", "Sessie Noord-Veluwe")
    assert result.returncode == 0, result.stderr
    expected = json.loads((ROOT / "examples/sessie-noord-veluwe/verwacht-overzicht.json").read_text(encoding="utf-8"))
    assert json.loads((out / "overzicht.json").read_text(encoding="utf-8")) == expected
    assert len(expected["organisaties"]) == 11
    pdf_sheets = sorted(p.stem for p in (ROOT / "examples/sessie-noord-veluwe/bladen").glob("*.pdf"))
    yaml_sheets = sorted(p.stem for p in (ROOT / "examples/sessie-noord-veluwe/bladen").glob("*.yaml"))
    assert len(pdf_sheets) >= 3 and len(yaml_sheets) >= 3
    statuses = {(c["categorie"], c["fase"]): c["status"] for c in expected["cellen"]}
    assert statuses[("prijsprikkel", "huidige-woning")] == "gat"
    assert statuses[("ontzorgen", "nieuw-thuis")] == "potentie"
    found = outputs_items(out)
    assert found["json"] == found["csv"] == found["xlsx"]
    assert html_items(out) == found["json"]


@pytest.mark.parametrize("command", [["overzicht", "examples/sessie-noord-veluwe/bladen"], ["pdf", "stimuleren"],
                                     ["pages"]])
def test_an_unusable_output_folder_is_a_clear_usage_error(command: list[str], tmp_path: Path) -> None:
    in_the_way = tmp_path / "bestand.txt"
    in_the_way.write_text("blijft staan", encoding="utf-8")
    result = run_cli(*command, "--out", str(in_the_way))
    assert result.returncode == 2
    assert "kan hier niet schrijven" in result.stderr and "Traceback" not in result.stderr
    assert in_the_way.read_text(encoding="utf-8") == "blijft staan"
