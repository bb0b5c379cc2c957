"""read_file on single files (docs/overzicht-regels.md §2-§5): the order of the checks, the number rule,
YAML as people type it, and PDFs as other programs leave them. In-process: these are hundreds of
small cases; the CLI around them is tested in test_readers_inputs.py and the corpus."""

from __future__ import annotations

import json
import tracemalloc
from io import BytesIO
from pathlib import Path

import pikepdf
import pytest

from generator.loader import ToolkitData
from generator.readers import Rejection, accept_only, read_file, read_inputs
from generator.regels import melding, reden

from .readers_support import CELL, accepted, answer_json, blanks, rejected  # noqa: F401 - blanks is a fixture

OPGAVE = "wat-is-de-opgave"


def fout(key: str, **values: object) -> str:
    return reden("antwoordbestand", fout=reden(key, **values))


@pytest.mark.parametrize(("value", "text"), [
    (12, "12"), (-5, "-5"), (1.0, "1"), (1e3, "1000"), (2**53 - 1, str(2**53 - 1)), ("tekst", "tekst"), (None, "")])
def test_whole_numbers_become_text(toolkit: ToolkitData, value: object, text: str) -> None:
    sheet = accepted(toolkit, "a.json", answer_json("Gemeente A", {CELL: value}))
    assert sheet.antwoorden[CELL] == text


@pytest.mark.parametrize("value", [1.5, 2**53, -(2**53), True, [], {}])
def test_other_values_in_a_text_field_are_refused(toolkit: ToolkitData, value: object) -> None:
    found = rejected(toolkit, "a.json", answer_json("Gemeente A", {CELL: value}))
    assert found.reden == fout("fout_tekst", naam=CELL)


@pytest.mark.parametrize(("yaml", "text"), [
    ("0x1F", "31"), ("0o17", "15"), ("+7", "7"), ("yes", "yes"), ("No", "No"), ("on", "on"),
    ("2024-05-01", "2024-05-01"), ("~", ""), ("'12'", "12"), ("1_000", "1_000"), ("0b11", "0b11"),
    ("'&niet'", "&niet")])
def test_yaml_is_read_with_the_core_schema(toolkit: ToolkitData, yaml: str, text: str) -> None:
    raw = f"werkblad: stimuleren\norganisatie: A\nantwoorden:\n  {CELL}: {yaml}\n".encode()
    assert accepted(toolkit, "a.yaml", raw).antwoorden[CELL] == text


@pytest.mark.parametrize(("name", "raw", "reason"), [
    ("a.json", b'{"werkblad": "stimuleren", "organisatie": "A", "antwoorden": {"x": Infinity}}', "json_ongeldig"),
    ("a.json", b'{"werkblad": "stimuleren", "organisatie": "A", "antwoorden": {"x": -Infinity}}', "json_ongeldig"),
    ("a.json", b'{"werkblad": "stimuleren", "organisatie": "A\x07"}', "json_ongeldig"),  # raw control character
    ("a.json", b"[" * 100_000, "json_ongeldig"),
    ("a.yaml", b"werkblad: stimuleren\norganisatie: &n A\n", "yaml_verwijzing"),
    ("a.yaml", b"werkblad: !!binary c3RpbXVsZXJlbg==\n", "yaml_ongeldig"),
    ("a.yaml", b"werkblad: !!python/object:os.system stimuleren\n", "yaml_ongeldig"),
    ("a.yaml", b"werkblad: stimuleren\norganisatie: A\x07\n", "yaml_ongeldig"),
    ("a.yaml", b"- " * 20_000 + b"x", "yaml_ongeldig"),
    ("a.yaml", b"? [werkblad]\n: stimuleren\n", "yaml_ongeldig"),
    ("a.yml", b"---\n# alleen een begin\n", "leeg"),
    ("a.yaml", b"\xef\xbb\xbf  \n# commentaar\n", "leeg"),
    ("a.pdf", b"", "leeg"),
    ("a.txt", b" \n\t\r\n", "leeg"),
    ("a.PDF", b"tekst", "geen_pdf"),
    ("a.docx", b"PK\x03\x04", "onbekend_soort"),
    ("a.json", "werkblad: café".encode("utf-16"), "geen_utf8"),
    ("blad.bin", b"junk " * 50 + b"%PDF-1.7\nniet af", "pdf_kapot"),
])
def test_reasons_for_answer_files(toolkit: ToolkitData, name: str, raw: bytes, reason: str) -> None:
    assert rejected(toolkit, name, raw).reden == reden(reason)


def test_json_with_a_key_twice_takes_the_last_like_the_browser(toolkit: ToolkitData) -> None:
    raw = b'{"werkblad": "stimuleren", "organisatie": "A", "organisatie": "B"}'
    assert accepted(toolkit, "a.json", raw).organisatie == "B"


def test_a_yaml_alias_bomb_is_refused_at_once_in_little_memory(toolkit: ToolkitData) -> None:
    lines = ["werkblad: stimuleren", "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 12)]  # 9^12 strings if expanded
    raw = "\n".join(lines).encode()
    assert len(raw) < 1000
    tracemalloc.start()
    try:
        found = rejected(toolkit, "bom.yaml", raw)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert found.reden == reden("yaml_verwijzing")
    assert peak < 2_000_000


# (content, accept only Stimuleren?) -> the first problem in the order of §4 is the reason
ORDER = [
    ({"werkblad": "ambities", "organisatie": 5, "x": 1}, fout("fout_sleutel", sleutel="x")),
    ({"organisatie": 5, "antwoorden": []}, fout("fout_werkblad_ontbreekt")),
    ({"werkblad": "ambities", "organisatie": 5}, reden("ander_werkblad", gevonden="Ambities", verwacht="Stimuleren")),
    ({"werkblad": "stimuleren", "organisatie": 5, "antwoorden": []}, fout("fout_organisatie")),
    ({"werkblad": "stimuleren", "antwoorden": {"organisatie": ["A"]}}, fout("fout_organisatie")),
    ({"werkblad": "stimuleren", "organisatie": "A", "antwoorden": "x"}, fout("fout_antwoorden")),
    ({"werkblad": "stimuleren", "antwoorden": {"zz": 1, "aa": 2, CELL: []}}, reden("onbekende_velden", namen="aa, zz")),
    ({"werkblad": "stimuleren", "antwoorden": {CELL: [], "voorrang__woonwens__al": []}}, fout("fout_tekst", naam=CELL)),
    ({"werkblad": "stimuleren", "organisatie": " \t", "antwoorden": {CELL: "iets"}}, reden("geen_organisatie")),
    ({"werkblad": "stimuleren", "organisatie": "A", "antwoorden": {"organisatie": "b"}},
     reden("twee_organisaties", eerste="A", tweede="b")),
]


@pytest.mark.parametrize(("content", "reason"), ORDER)
def test_the_first_problem_in_the_fixed_order_is_the_reason(toolkit: ToolkitData, content: dict, reason: str) -> None:
    found = read_file(toolkit, "a.json", json.dumps(content).encode(), accept_only(toolkit.werkbladen["stimuleren"]))
    assert isinstance(found, Rejection) and found.reden == reason


def test_checkboxes_in_answer_files(toolkit: ToolkitData) -> None:
    names = [v.naam for v in toolkit.velden[OPGAVE] if v.soort == "checkbox"]
    sheet = accepted(toolkit, "a.json", answer_json(None, {names[0]: True, names[1]: None}, werkblad=OPGAVE))
    assert sheet.antwoorden[names[0]] is True and sheet.antwoorden[names[1]] is False
    assert sheet.organisatie == ""
    found = rejected(toolkit, "a.json", answer_json(None, {names[0]: "ja"}, werkblad=OPGAVE))
    assert found.reden == fout("fout_vinkje", naam=names[0])


def test_a_group_sheet_takes_the_answer_files_organisation_as_ingevuld_door(toolkit: ToolkitData) -> None:
    sheet = accepted(toolkit, "a.json", answer_json("Gemeente A", {"organisatie": "gemeente a"}, werkblad="ambities"))
    assert sheet.werkblad == "ambities" and sheet.organisatie == "Gemeente A"
    sheet = accepted(toolkit, "a.json", answer_json(None, {"ingevuld-door": "Tafel Noord"}, werkblad="ambities"))
    assert sheet.organisatie == "Tafel Noord" and "ingevuld-door" not in sheet.antwoorden
    raw = answer_json("Tafel Noord", {"ingevuld-door": "Tafel Zuid"}, werkblad="ambities")
    found = rejected(toolkit, "a.json", raw)
    assert found.reden == reden("twee_organisaties", eerste="Tafel Noord", tweede="Tafel Zuid")
    assert accepted(toolkit, "a.json", answer_json(None, {}, werkblad="ambities")).organisatie == ""


def test_a_praatplaat_ignores_a_name(toolkit: ToolkitData) -> None:
    sheet = accepted(toolkit, "a.json", answer_json("Gemeente A", {"organisatie": "Gemeente A"},
                                                    werkblad="hoe-wilt-u-wonen"))
    assert sheet.werkblad == "hoe-wilt-u-wonen" and sheet.organisatie == ""


def test_text_is_cleaned_everywhere(toolkit: ToolkitData) -> None:
    value = "Een\u0008 twee\r\ndrie\u2028vier \ud800 cafe\u0301\ufeff"
    raw = answer_json("  Gemeente\u0007\n  A\u200b ", {CELL: value})
    sheet = accepted(toolkit, "a.json", raw)
    assert sheet.organisatie == "Gemeente A\u200b"
    assert sheet.antwoorden[CELL] == "Een twee\ndrie\nvier \ufffd café"


def test_an_internal_error_rejects_one_file_and_the_rest_is_read(toolkit: ToolkitData, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import generator.readers.answerfile as answerfile

    def broken(_: str) -> None:
        raise KeyError("stuk")

    monkeypatch.setattr(answerfile, "load_yaml", broken)
    (tmp_path / "a.yaml").write_text("werkblad: stimuleren\n", encoding="utf-8")
    (tmp_path / "b.json").write_bytes(answer_json("Gemeente B", {CELL: "x"}))
    gelezen = read_inputs(toolkit, [tmp_path], accept_only(toolkit.werkbladen["stimuleren"]))
    assert [s.organisatie for s in gelezen.sheets] == ["Gemeente B"]
    (rejection,) = gelezen.afgewezen
    assert rejection.code == "interne_fout" and rejection.reden == reden("interne_fout", soort="KeyError")
    assert gelezen.interne_fout


# --- PDFs as other programs leave them -------------------------------------------------------------


def edited(blank: Path, change) -> bytes:  # noqa: ANN001 - a function that edits the open PDF
    with pikepdf.open(blank) as pdf:
        change(pdf)
        out = BytesIO()
        pdf.save(out)
        return out.getvalue()


def field(pdf: pikepdf.Pdf, name: str) -> pikepdf.Dictionary:
    return next(f for f in pdf.Root.AcroForm.Fields if str(f.get("/T")) == name)


def free_text(pdf: pikepdf.Pdf, rect: list[float], **entries: object) -> None:
    pdf.pages[0].Annots.append(pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.FreeText, Rect=rect, **entries)))


def test_a_checkbox_switched_only_on_the_widget_is_on(toolkit: ToolkitData, blanks: Path) -> None:  # noqa: F811
    no_value, value_off, off, by_value = [v.naam for v in toolkit.velden[OPGAVE] if v.soort == "checkbox"][:4]

    def change(pdf: pikepdf.Pdf) -> None:
        del field(pdf, no_value)["/V"]
        field(pdf, no_value).AS = pikepdf.Name("/on")
        field(pdf, value_off).AS = pikepdf.Name("/Yes")
        del field(pdf, off)["/V"]
        field(pdf, by_value).V = pikepdf.Name("/on")

    sheet = accepted(toolkit, "opgave.pdf", edited(blanks / f"{OPGAVE}.pdf", change))
    assert [sheet.antwoorden[n] for n in (no_value, value_off, off, by_value)] == [True, True, False, True]


def test_values_stored_in_other_ways_are_read(toolkit: ToolkitData, blanks: Path) -> None:  # noqa: F811
    def change(pdf: pikepdf.Pdf) -> None:
        field(pdf, "organisatie").V = pikepdf.String(b"\xfe\xff" + "Gemeente Één\u0007".encode("utf-16-be"))
        field(pdf, CELL).V = pikepdf.Array([pikepdf.String("regel 1"), pikepdf.String("regel 2")])
        field(pdf, "voorrang__woonwens__al").V = pikepdf.Name("/Voorrang")
        widget = field(pdf, "voorrang__woonwens__nog")
        del widget["/V"]
        widget.Kids = pikepdf.Array([pdf.make_indirect(pikepdf.Dictionary(V=pikepdf.String("op de widget")))])
        field(pdf, "ontzorgen__woonwens__al").V = pdf.make_stream(b"uit een stroom")

    sheet = accepted(toolkit, "a.pdf", edited(blanks / "stimuleren.pdf", change))
    assert sheet.organisatie == "Gemeente Één"
    assert sheet.antwoorden[CELL] == "regel 1\nregel 2"
    assert sheet.antwoorden["voorrang__woonwens__al"] == "Voorrang"
    assert sheet.antwoorden["voorrang__woonwens__nog"] == "op de widget"
    assert sheet.antwoorden["ontzorgen__woonwens__al"] == "uit een stroom"


@pytest.mark.filterwarnings("ignore::UserWarning")  # pikepdf warns when saving widgets without /AcroForm
def test_a_form_without_acroform_is_read_from_its_widgets(toolkit: ToolkitData, blanks: Path) -> None:  # noqa: F811
    def change(pdf: pikepdf.Pdf) -> None:
        field(pdf, "organisatie").V = pikepdf.String("Gemeente Preview")
        field(pdf, CELL).V = pikepdf.String("Samengevoegd in een ander programma")
        del pdf.Root["/AcroForm"]

    sheet = accepted(toolkit, "a.pdf", edited(blanks / "stimuleren.pdf", change))
    assert (sheet.organisatie, sheet.antwoorden[CELL]) == ("Gemeente Preview", "Samengevoegd in een ander programma")


def test_a_signature_field_does_not_make_the_sheet_unknown(toolkit: ToolkitData, blanks: Path) -> None:  # noqa: F811
    def change(pdf: pikepdf.Pdf) -> None:
        field(pdf, "organisatie").V = pikepdf.String("Gemeente Getekend")
        signature = pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=pikepdf.Name.Sig, T=pikepdf.String("Signature1"),
            Rect=[0, 0, 10, 10]))
        pdf.Root.AcroForm.Fields.append(signature)
        pdf.Root.AcroForm.Fields.append(pdf.make_indirect(pikepdf.Dictionary(
            FT=pikepdf.Name.Tx, T=pikepdf.String("Extra"), V=pikepdf.String("x"))))

    found = rejected(toolkit, "a.pdf", edited(blanks / "stimuleren.pdf", change))
    assert found.reden == reden("onbekende_velden", namen="Extra")


def test_text_boxes_on_checkboxes_and_rich_text(toolkit: ToolkitData, blanks: Path) -> None:  # noqa: F811
    velden = {v.naam: v for v in toolkit.velden[OPGAVE]}
    box = next(n for n, v in velden.items() if v.soort == "checkbox")
    text = next(n for n, v in velden.items() if v.soort == "long_text")
    rects = {}

    def change(pdf: pikepdf.Pdf) -> None:
        for name in (box, text):
            rects[name] = [float(v) for v in field(pdf, name).Rect]
        free_text(pdf, rects[box], Contents=pikepdf.String("X"))
        free_text(pdf, rects[text], RC=pikepdf.String("<body><p>Eerste</p><p>Twee &amp; drie</p></body>"))
        free_text(pdf, rects[text], Contents=pikepdf.String("   "))  # empty: nothing happens
        pdf.pages[0].Annots.append(pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Stamp, Rect=rects[text])))

    sheet = accepted(toolkit, "a.pdf", edited(blanks / f"{OPGAVE}.pdf", change))
    assert sheet.antwoorden[box] is True
    assert sheet.antwoorden[text] == "Eerste\nTwee & drie"
    assert list(sheet.meldingen) == [melding("tekstvak_vinkje", tekst="X", veld=velden[box].label),
                                     melding("tekstvak_gelezen", veld=velden[text].label),
                                     melding("tekening", veld=velden[text].label)]


def test_damaged_pdfs_are_reported_not_raised(toolkit: ToolkitData, blanks: Path) -> None:  # noqa: F811
    blank = (blanks / "stimuleren.pdf").read_bytes()

    def loop(pdf: pikepdf.Pdf) -> None:
        first = pdf.Root.AcroForm.Fields[0]
        first.Kids = pikepdf.Array([first])  # a field that is its own child
        first.Parent = first

    def no_pages(pdf: pikepdf.Pdf) -> None:
        pdf.Root.Pages.Kids = pikepdf.Array()
        pdf.Root.Pages.Count = 0

    assert rejected(toolkit, "a.pdf", edited(blanks / "stimuleren.pdf", loop)).code == "geen_organisatie"
    assert rejected(toolkit, "a.pdf", edited(blanks / "stimuleren.pdf", no_pages)).code == "geen_organisatie"
    assert rejected(toolkit, "a.pdf", blank[: len(blank) // 2] + b"\n%%EOF\n").code == "pdf_kapot"
