"""Sheets printed to PDF or flattened (docs/overzicht-regels.md §3a): read back by position for every
werkblad, at any paper size, or rejected with the reason that tells the facilitator what to ask for."""

from __future__ import annotations

import json
from io import BytesIO
from pathlib import Path

import pikepdf
import pytest

from generator.fields import label_field
from generator.loader import ToolkitData
from generator.readers import Rejection, accept_only, layout_json, read_file
from generator.regels import melding, reden

from .corpus.pdfs import _empty_page, _flatten, _pymupdf, _text_pdf
from .readers_support import accepted, blanks, rejected  # noqa: F401 - blanks is a fixture


def answers_for(toolkit: ToolkitData, werkblad: str) -> dict[str, str | bool]:
    """A different answer in every field (every other checkbox ticked), words that are not on the sheet."""
    values: dict[str, str | bool] = {}
    for number, veld in enumerate(toolkit.velden[werkblad]):
        values[veld.naam] = number % 2 == 0 if veld.soort == "checkbox" else f"Antwoord {number} xq{number}"
    return values


def flattened(blank: Path, values: dict[str, str | bool]) -> bytes:
    return _flatten(_pymupdf(blank, values))


def reprinted(content: bytes, size: tuple[float, float], scale: float, offset: tuple[float, float],
              rotate: bool = False) -> bytes:
    """Every page drawn onto another paper size, as 'print to PDF' with 'fit to page' does."""
    with pikepdf.open(BytesIO(content)) as pdf:
        for page in pdf.pages:
            page.contents_coalesce()
            height = float(page.MediaBox[3])
            matrix = f"0 {scale} {-scale} 0 {height * scale + offset[0]} {offset[1]}" if rotate else \
                f"{scale} 0 0 {scale} {offset[0]} {offset[1]}"
            page.Contents = pdf.make_stream(f"q {matrix} cm\n".encode() + page.Contents.read_bytes() + b"\nQ")
            page.MediaBox = [0, 0, *size]
        out = BytesIO()
        pdf.save(out)
        return out.getvalue()


@pytest.fixture(scope="module")
def flat_stimuleren(toolkit: ToolkitData, blanks: Path) -> bytes:  # noqa: F811
    return flattened(blanks / "stimuleren.pdf", answers_for(toolkit, "stimuleren"))


@pytest.mark.filterwarnings("ignore::UserWarning")
@pytest.mark.parametrize("werkblad", ["organisaties", "ambities", "contactmomenten", "stimuleren", "wat-is-de-opgave",
                                      "monitoren-1", "monitoren-2", "monitoren-3", "hoe-ziet-u-uw-toekomst",
                                      "hoe-wilt-u-wonen", "als-u-wilt-verhuizen"])
def test_every_flattened_werkblad_is_read_back(toolkit: ToolkitData, blanks: Path, werkblad: str) -> None:  # noqa: F811
    assert werkblad in toolkit.werkbladen
    values = answers_for(toolkit, werkblad)
    sheet = accepted(toolkit, f"{werkblad}.pdf", flattened(blanks / f"{werkblad}.pdf", values))
    assert sheet.werkblad == werkblad
    label = label_field(toolkit.werkbladen[werkblad])
    assert sheet.organisatie == (values[label.naam] if label else "")
    assert sheet.antwoorden == {k: v for k, v in values.items() if not label or k != label.naam}
    assert sheet.meldingen == (melding("plat_gelezen"),)


@pytest.mark.parametrize(("size", "scale", "offset", "rotate", "code"), [
    ((612, 792 * 0 + 612), 0.7, (12, 40), False, ""),             # fit to page on US Letter landscape
    ((1190.55, 841.89), 2**0.5, (0, 0), False, ""),               # printed on A3
    ((841.89, 595.28), 0.94, (25, 18), False, ""),                # printer margins
    ((595.28, 841.89), 0.7, (0, 0), True, "pdf_plat"),            # turned a quarter: recognised, not placed
])
def test_a_flattened_sheet_on_other_paper(toolkit: ToolkitData, flat_stimuleren: bytes, size: tuple[float, float],
                                          scale: float, offset: tuple[float, float], rotate: bool, code: str) -> None:
    content = reprinted(flat_stimuleren, size, scale, offset, rotate)
    found = read_file(toolkit, "blad.pdf", content, accept_only(toolkit.werkbladen["stimuleren"]))
    if code:
        assert isinstance(found, Rejection) and found.code == code
    else:
        assert not isinstance(found, Rejection), found
        values = answers_for(toolkit, "stimuleren")
        assert found.antwoorden == {k: v for k, v in values.items() if k != "organisatie"}


def test_answers_that_repeat_printed_words_are_read_where_they_were_typed(toolkit: ToolkitData,
                                                                          blanks: Path) -> None:  # noqa: F811
    values = {"organisatie": "Gemeente Woonwens", "passend-aanbod__huidige-woning__al": "Woonwens Verhuizen\nvoorrang",
              "voorrang__nieuw-thuis__nog": "doen we al"}
    sheet = accepted(toolkit, "a.pdf", flattened(blanks / "stimuleren.pdf", values))
    assert sheet.organisatie == "Gemeente Woonwens"
    assert sheet.antwoorden["passend-aanbod__huidige-woning__al"] == "Woonwens Verhuizen\nvoorrang"
    assert sheet.antwoorden["voorrang__nieuw-thuis__nog"] == "doen we al"


def test_pdfs_without_fields_that_cannot_be_read(toolkit: ToolkitData, blanks: Path) -> None:  # noqa: F811
    empty_sheet = flattened(blanks / "stimuleren.pdf", {})
    assert rejected(toolkit, "a.pdf", empty_sheet).reden == reden("pdf_plat")
    assert rejected(toolkit, "b.pdf", _empty_page()).reden == reden("pdf_scan")
    assert rejected(toolkit, "c.pdf", _text_pdf()).reden == reden("pdf_vreemd")
    import weasyprint

    title_only = weasyprint.HTML(string="<h1>Werkblad | Stimuleren</h1><p>Zie de bijlage.</p>").write_pdf()
    assert rejected(toolkit, "d.pdf", title_only).reden == reden("pdf_plat")


def test_a_flattened_sheet_of_another_werkblad_is_named(toolkit: ToolkitData, blanks: Path) -> None:  # noqa: F811
    content = flattened(blanks / "ambities.pdf", answers_for(toolkit, "ambities"))
    found = read_file(toolkit, "a.pdf", content, accept_only(toolkit.werkbladen["stimuleren"]))
    assert isinstance(found, Rejection)
    assert found.reden == reden("ander_werkblad", gevonden="Ambities", verwacht="Stimuleren")


def test_the_layout_is_plain_json_with_every_field(toolkit: ToolkitData) -> None:
    for werkblad, velden in toolkit.velden.items():
        layout = json.loads(layout_json(toolkit, werkblad))
        assert layout["werkblad"] == werkblad and layout["titel"] == toolkit.werkbladen[werkblad].titel
        boxes = [box for page in layout["paginas"] for box in page["velden"]]
        order = [v.naam for v in velden]
        assert sorted(b["naam"] for b in boxes) == sorted(order), werkblad  # every field once, on its page
        for page in layout["paginas"]:  # in contract order on each page
            names = [b["naam"] for b in page["velden"]]
            assert names == sorted(names, key=order.index), werkblad
        assert all(b["x0"] < b["x1"] and b["top"] < b["bottom"] for b in boxes)
        page = layout["paginas"][0]
        assert page["breedte"] > 500 and page["hoogte"] > 500
        assert any(w["tekst"] == "Werkblad" for w in page["woorden"])
