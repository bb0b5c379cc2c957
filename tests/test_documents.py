"""The generic Word writer (doc-HTML -> .docx, generator/documents): read back with python-docx as Word
would show it, the package opened as a zip (nothing of another producer left), a gemeente's own template,
and HTML outside doc-HTML refused."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import RGBColor

from generator.documents import DocHtmlFout, SjabloonOnbruikbaar, check_template, docx_bytes, parse

from .doc_html_cases import BAD, EVERY_ELEMENT, NO_FOOTER_TEXT, NO_TOC, SNIPPETS
from .docx_structure import structure
from .helpers import ROOT, run_cli


@pytest.fixture(scope="module")
def every() -> bytes:
    return docx_bytes(EVERY_ELEMENT)


def paragraphs(blocks: list[dict]) -> list[dict]:
    """Every paragraph of the body, also those in the table of contents, in order."""
    result = []
    for block in blocks:
        if "inhoud" in block:
            result += paragraphs(block["inhoud"])
        elif "stijl" in block:
            result.append(block)
    return result


def test_headings_paragraph_styles_and_lists_are_words_own(every: bytes) -> None:
    found = paragraphs(structure(every)["blokken"])
    styles = [(p["stijl"], p["tekst"]) for p in found]
    assert styles[:2] == [("Title", "Plan van aanpak doorstroming"), ("Subtitle", "Regio Lindewaard")]
    assert ("Heading 1", "1 Samenvatting") in styles and ("Heading 2", "1.1 Wie deed mee") in styles
    assert ("Heading 3", "Gaten per fase") in styles and ("Heading 1", "2 Tweede hoofdstuk") in styles
    assert ("In te vullen", "Beschrijf hier de aanleiding.") in styles
    assert ("Bron", "Bron: Platform31 (2023)") in styles and ("Klein", "Kleine letter") in styles
    text = next(p for p in found if p["tekst"].startswith("Dit is"))
    assert text["tekst"] == ("Dit is een vette en schuine tekst met een link.\n"
                             "Nieuwe regel met € 1.500 en “aanhalingstekens”.")
    assert text["links"] == ["https://example.org/a?b=1&c=2"]
    lists = [(p["stijl"], p["tekst"], p["lijst"]) for p in found if "lijst" in p]
    assert lists == [("List Bullet", "Gemeente Lindewaard", [0, 0]), ("List Bullet", "Woonstichting De Linde", [0, 0]),
                     ("List Number 2", "team Wonen", [1, 1]), ("List Number 2", "team Zorg", [1, 1]),
                     ("List Number", "Eerste besluit", [2, 0]), ("List Number", "Tweede besluit", [2, 0]),
                     ("List Number", "Opnieuw vanaf 1", [3, 0])]  # every numbered list its own numbering


def test_numbered_lists_restart_at_one(every: bytes) -> None:
    document = Document(io.BytesIO(every))
    numbering = document.part.numbering_part.element
    nums = {n.get(qn("w:numId")): n for n in numbering.iter(qn("w:num"))}
    used = [p._p.pPr.numPr.numId.val for p in document.paragraphs if p.style.name.startswith("List Number")]
    for num_id in set(used):
        override = nums[str(num_id)].find(qn("w:lvlOverride")).find(qn("w:startOverride"))
        assert override.get(qn("w:val")) == "1"


def test_table_of_contents_field_lists_the_chapters_before_it_is_updated(every: bytes) -> None:
    found = structure(every)
    toc = next(b["inhoud"] for b in found["blokken"] if "inhoud" in b)
    entries = [(p["stijl"], p["tekst"].rstrip("\t")) for p in toc if p["tekst"]]
    assert entries == [("toc 1", "1 Samenvatting"), ("toc 2", "1.1 Wie deed mee"), ("toc 1", "2 Tweede hoofdstuk")]
    assert found["inhoudsveld"][0] == 'TOC \\h \\o "1-2" \\u \\z'
    assert found["bijwerken"]  # Word fills in the page numbers when the file is opened
    heading = next(b for b in found["blokken"] if b.get("stijl") == "TOC Heading")
    assert heading["tekst"] == "Inhoud"


def test_footer_has_the_source_line_and_page_n_of_m(every: bytes) -> None:
    found = structure(every)
    assert found["voettekst"] == ["Bron: Platform31, Werken aan doorstroming van senioren (2023) · pagina  van "]
    assert found["velden"] == ["PAGE", "NUMPAGES"]
    assert structure(docx_bytes(NO_FOOTER_TEXT))["voettekst"] == ["Pagina  van "]


def test_tables_repeat_their_header_never_split_a_row_and_keep_their_widths(every: bytes) -> None:
    table, plain = [b for b in structure(every)["blokken"] if "tabel" in b]
    assert table["kolommen"] == ["2835", "1701", "1985"]  # 5, 3 and 3.5 cm
    assert [r["kop"] for r in table["rijen"]] == [True, False, False, False, False]
    assert all(r["niet_splitsen"] for r in table["rijen"])
    header = table["rijen"][0]["cellen"]
    assert [c["alineas"][0]["opmaak"] for c in header] == [[[True, False]]] * 3
    status = {r["cellen"][2]["alineas"][0]["tekst"]: (r["cellen"][2]["arcering"], r["cellen"][2]["rand"])
              for r in table["rijen"][1:]}
    assert status["gat"] == (None, "18")  # white, heavy border (no shading)
    assert status["potentie"][0][0] == "diagStripe"  # hatched
    assert status["gedekt"][0][0] == "clear" and status["gedekt"][0][1] != "FFFFFF"  # solid fill
    assert status["deels beschikbaar"] == status["potentie"]
    assert [p["tekst"] for p in table["rijen"][2]["cellen"][0]["alineas"]] == ["Twee", "alinea's"]
    assert table["rijen"][3]["cellen"][1]["alineas"][0]["tekst"] == "Corporatie\nen gemeente"
    assert plain["kolommen"] == ["4819", "4819"]  # no widths: the text width (17 cm) in equal parts


def test_dutch_a4_and_our_own_document_properties(every: bytes) -> None:
    found = structure(every)
    assert found["pagina"] == [21.0, 29.7, 2.0, 2.0, 2.0, 2.0]
    assert found["eigenschappen"] == {"titel": "Proef & plan", "onderwerp": "Concept plan van aanpak",
                                      "auteur": "Doorstroomtoolkit", "gemaakt": "2025-03-14T12:00:00+00:00",
                                      "taal": "nl-NL"}
    document = Document(io.BytesIO(every))
    langs = {lang.get(qn("w:val")) for lang in document.styles.element.iter(qn("w:lang"))}
    assert langs == {"nl-NL"}
    assert document.settings.element.find(qn("w:themeFontLang")).get(qn("w:val")) == "nl-NL"


def test_a_clean_package(every: bytes) -> None:
    package = zipfile.ZipFile(io.BytesIO(every))
    names = package.namelist()
    assert not [n for n in names if "thumbnail" in n or n.startswith("customXml") or "stylesWithEffects" in n]
    app = package.read("docProps/app.xml").decode()
    assert "<Application>Doorstroomtoolkit</Application>" in app and "Microsoft" not in app
    core = package.read("docProps/core.xml").decode()
    assert "python-docx" not in core
    assert docx_bytes(EVERY_ELEMENT) == every  # the same document gives the same bytes


def test_without_a_table_of_contents_headings_carry_no_bookmarks() -> None:
    document = Document(io.BytesIO(docx_bytes(NO_TOC)))
    assert not list(document.element.body.iter(qn("w:bookmarkStart")))


@pytest.mark.parametrize("case", sorted(BAD))
def test_html_outside_doc_html_is_refused(case: str) -> None:
    with pytest.raises(DocHtmlFout, match=r"^doc-HTML"):
        docx_bytes(BAD[case])


def test_whitespace_is_collapsed_as_a_browser_shows_it() -> None:
    texts = [parse(html)["blokken"] for html in SNIPPETS]
    assert [d["tekst"] for d in texts[0][0]["delen"]] == ["begin en eind"]
    assert [(d["tekst"], d["vet"], d["cursief"]) for d in texts[1][0]["delen"]] == [
        ("a", True, False), (" ", False, False), ("b", False, True), (" c ", True, False), ("d", False, False)]
    assert [d.get("tekst", "⏎") for d in texts[2][0]["delen"]] == ["voor", "⏎", "na", "⏎", "⏎", "leeg ertussen"]
    assert texts[4][0]["delen"][0]["tekst"] == "tab nieuwe regel en\u00a0vaste\u00a0spatie & <tekst>"
    assert texts[5][0]["delen"][0]["tekst"] == "stuurtekensweg"
    assert [d["tekst"] for d in texts[7][0]["rijen"][0][0]["alineas"][1]] == ["b"]


# ------------------------------------------------------------------ a gemeente's own Word template

HOUSE_HEADER = "Gemeente Voorbeeldstad · afdeling Wonen"
HOUSE_FOOTER = "Postbus 1, 1234 AB Voorbeeldstad"
TEMPLATE_PATH = r"C:\Users\jan.jansen\OneDrive - Gemeente Voorbeeldstad\Sjablonen\Huisstijl.dotx"


def house_style(folder: Path, name: str = "huisstijl.docx", template: bool = False) -> Path:
    """A template as a gemeente has it: made in (Dutch) Word, so Heading 1 has the id 'Kop1'; its own colour,
    header and footer, old body text, a thumbnail, custom XML and a link to the template file on a laptop."""
    document = Document()  # python-docx's own template: a thumbnail, customXml and "Microsoft Macintosh Word"
    styles = document.styles.element
    for style in styles.iter(qn("w:style")):
        if style.get(qn("w:styleId")) == "Heading1":
            style.set(qn("w:styleId"), "Kop1")
        for ref in style.iter(qn("w:basedOn"), qn("w:next")):
            if ref.get(qn("w:val")) == "Heading1":
                ref.set(qn("w:val"), "Kop1")
    document.styles["Heading 1"].font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    document.add_paragraph("Oude inhoud van het sjabloon")
    section = document.sections[0]
    section.header.paragraphs[0].text = HOUSE_HEADER
    section.footer.paragraphs[0].text = HOUSE_FOOTER
    out = io.BytesIO()
    document.save(out)
    source = zipfile.ZipFile(io.BytesIO(out.getvalue()))
    target = folder / name
    with zipfile.ZipFile(target, "w") as package:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/settings.xml":
                data = data.replace(b"<w:defaultTabStop", b'<w:attachedTemplate r:id="rIdSjabloon"/><w:defaultTabStop')
            if info.filename == "[Content_Types].xml" and template:
                data = data.replace(b"document.main+xml", b"template.main+xml")
            package.writestr(info, data)
        package.writestr("word/_rels/settings.xml.rels", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats'
            '.org/package/2006/relationships"><Relationship Id="rIdSjabloon" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/attachedTemplate" Target="file:///' + TEMPLATE_PATH.replace("\\", "/")
            + '" TargetMode="External"/></Relationships>'))
    return target


def every_text(docx: bytes) -> str:
    package = zipfile.ZipFile(io.BytesIO(docx))
    return "\n".join(package.read(n).decode("utf-8", "replace") for n in package.namelist())


@pytest.mark.parametrize("template", [False, True], ids=["docx", "dotx"])
def test_a_gemeente_template_gives_its_styles_header_and_footer_and_loses_its_body(
        tmp_path: Path, template: bool) -> None:
    sjabloon = house_style(tmp_path, "huisstijl.dotx" if template else "huisstijl.docx", template)
    made = docx_bytes(EVERY_ELEMENT, sjabloon)
    document = Document(io.BytesIO(made))
    texts = [p.text for p in document.paragraphs]
    assert "Oude inhoud van het sjabloon" not in texts
    kop1 = [p for p in document.paragraphs if p.text == "1 Samenvatting"]
    assert kop1[0].style.style_id == "Kop1"  # the template's own heading style (red), not ours
    assert kop1[0].style.font.color.rgb == RGBColor(0xC0, 0x00, 0x00)
    prompt = next(p for p in document.paragraphs if p.text == "Beschrijf hier de aanleiding.")
    assert prompt.style.name == "In te vullen"  # a style the template lacks comes from ours
    section = document.sections[-1]
    assert section.header.paragraphs[0].text == HOUSE_HEADER
    footer = [p.text for p in section.footer.paragraphs]
    assert footer[0] == HOUSE_FOOTER and footer[-1].startswith("Bron: Platform31")
    assert [i.text for i in section.footer._element.iter(qn("w:instrText"))] == ["PAGE", "NUMPAGES"]
    langs = {lang.get(qn("w:val")) for lang in document.styles.element.iter(qn("w:lang"))}
    assert langs == {"nl-NL"}
    assert structure(made)["eigenschappen"]["auteur"] == "Doorstroomtoolkit"
    everything = every_text(made)
    assert "jan.jansen" not in everything and "OneDrive" not in everything and "Macintosh" not in everything
    names = zipfile.ZipFile(io.BytesIO(made)).namelist()
    assert not [n for n in names if "thumbnail" in n or n.startswith("customXml")]


UNUSABLE = {"leeg.docx": b"", "oud.doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100,
            "kapot.docx": b"PK\x03\x04 niet echt", "tekst.docx": b"gewone tekst"}


def _workbook() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("[Content_Types].xml", '<Types><Override ContentType="application/vnd.openxmlformats-'
                                                'officedocument.spreadsheetml.sheet.main+xml"/></Types>')
    return out.getvalue()


def test_the_session_command_refuses_an_unusable_template_before_writing_anything(tmp_path: Path) -> None:
    sheets = ROOT / "examples" / "sessie-regio-lindewaard" / "bladen" / "organisaties"
    (tmp_path / "oud.doc").write_bytes(UNUSABLE["oud.doc"])
    for name in ("oud.doc", "bestaat-niet.docx"):
        out = tmp_path / f"uit-{name}"
        result = run_cli("sessie", str(sheets), "--out", str(out), "--sjabloon", str(tmp_path / name), cwd=ROOT)
        assert result.returncode == 2, (name, result.stderr)
        assert "niet te gebruiken als Word-sjabloon" in result.stderr and "Traceback" not in result.stderr
        assert not out.exists()


@pytest.mark.parametrize("name", [*UNUSABLE, "begroting.xlsx"])
def test_anything_but_a_word_document_or_template_is_refused_with_a_reason(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(UNUSABLE.get(name) or _workbook())
    with pytest.raises(SjabloonOnbruikbaar, match=r"niet te gebruiken als Word-sjabloon: .+\. Geef met --sjabloon"):
        check_template(path)
    assert SjabloonOnbruikbaar.exit_code == 2


def test_check_template_names_the_reason(tmp_path: Path) -> None:
    (tmp_path / "macro.docm").write_bytes(_macro_document())
    with pytest.raises(SjabloonOnbruikbaar, match="macro"):
        check_template(tmp_path / "macro.docm")
    with pytest.raises(SjabloonOnbruikbaar, match="map"):
        check_template(tmp_path)
    assert re.search(r"^huisstijl\.docx: ", str(_error(tmp_path / "huisstijl.docx")))


def _macro_document() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("[Content_Types].xml", '<Types><Override PartName="/word/document.xml" ContentType='
                                                '"application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>')
    return out.getvalue()


def _error(path: Path) -> SjabloonOnbruikbaar:
    try:
        check_template(path)
    except SjabloonOnbruikbaar as error:
        return error
    raise AssertionError("no error")


def test_the_three_statuses_differ_without_colour() -> None:
    """SPECS §4 in Word: gat white with a heavy border, potentie a hatch, gedekt a fill clearly darker than
    white in greyscale; the monitor plan's statuses look the same way."""
    from generator.documents.basis import spec

    looks = spec()["cellen"]

    def grey(hex_colour: str) -> float:
        r, g, b = (int(hex_colour[i:i + 2], 16) / 255 for i in (0, 2, 4))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    assert "vulling" not in looks["gat"] and looks["gat"]["rand"] >= 12  # at least 1.5 pt
    assert looks["potentie"]["patroon"] not in ("clear", "solid")
    assert grey(looks["potentie"]["kleur"]) < 0.75  # the stripes show on paper
    assert looks["gedekt"]["patroon"] == "clear" and grey(looks["gedekt"]["vulling"]) < 0.85
    assert (looks["inregelen"], looks["deels-beschikbaar"], looks["beschikbaar"]) == (
        looks["gat"], looks["potentie"], looks["gedekt"])
