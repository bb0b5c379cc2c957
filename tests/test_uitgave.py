"""Faithful to the publication: every text compared with bron/publicatie.txt, both ways, and every
difference recorded (afwijkingen) and listed on the Verantwoording.

The comparison itself is tested by what it does to a copy of the YAML: a text changed without a record
fails ``doorstroom check`` with file, line and field; a record makes it pass; a stale record fails.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from generator.loader import ToolkitData
from generator.site.pages import build_pages
from generator.uitgave.normaliseren import html_text, markdown_text, normaliseer
from generator.uitgave.publicatie import PUBLICATIE, lees_publicatie
from generator.uitgave.teksten import vastleggingen
from generator.uitgave.vergelijken import SITE_EXTENSIONS, vergelijk

from .helpers import ROOT, run_cli
from .test_validation_errors import edit


@pytest.fixture
def bron_tree(tree: Path) -> Path:
    """The writable copy of the YAML, with the publication next to it."""
    shutil.copytree(ROOT / "bron", tree / "bron")
    return tree


def all_records(data: ToolkitData) -> list:
    models = [data.toolkit, *data.onderwerpen.values(), *data.werkbladen.values(), *data.menukaarten.values(),
              *data.instrumenten.values(), *data.paginas.values()]
    return [r.afwijking for m in models for r in vastleggingen(m)]


def publication_line(text: str) -> int:
    """The line of bron/publicatie.txt where a passage stands (its first occurrence)."""
    lines = (ROOT / PUBLICATIE).read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, start=1) if text in line)


def check_problems(tree: Path) -> str:
    result = run_cli("check", "--bron", str(tree))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    return result.stderr


# --------------------------------------------------------------------------- the real toolkit


def test_every_text_is_the_publications_or_has_a_record(toolkit: ToolkitData) -> None:
    result = vergelijk(toolkit)
    assert [str(p) for p in result.verschillen] == []
    telling = result.telling
    assert telling.teksten == telling.teksten_letterlijk + telling.teksten_vastgelegd
    assert telling.passages == telling.passages_letterlijk + telling.passages_vastgelegd
    assert sum(telling.afwijkingen.values()) == len(all_records(toolkit))


def test_check_compares_with_the_publication_and_reports_the_counts(toolkit: ToolkitData) -> None:
    result = run_cli("check")
    assert result.returncode == 0, result.stderr
    records = all_records(toolkit)
    assert f"Vastgelegde afwijkingen: {len(records)} (" in result.stdout
    for soort in {r.soort for r in records}:
        assert f"{sum(r.soort == soort for r in records)} {soort}" in result.stdout


def test_the_publication_is_kept_with_its_source_and_as_an_ocr_copy() -> None:
    text = (ROOT / PUBLICATIE).read_text(encoding="utf-8")
    header = text[:text.index("\n# ---- einde van de toelichting")]
    assert "Bron: Platform31, Werken aan doorstroming van senioren" in header and "OCR" in header
    publicatie = lees_publicatie(ROOT)
    assert publicatie.regels[publicatie.begin - 1:publicatie.begin + 5] != ()
    assert "verhuwens" in publicatie.tekst  # the scan's errors are kept, not fixed silently


def test_the_verantwoording_lists_every_record(toolkit: ToolkitData) -> None:
    page = next(p for p in build_pages(toolkit) if p.path == "over/verantwoording.md")
    words = " ".join(markdown_text(page.markdown, SITE_EXTENSIONS).split())  # the words a reader sees
    records = all_records(toolkit)
    assert f"Op deze website zijn {len(records)} dingen anders dan in de uitgave" in words
    for record in records:
        for text in (record.reden, record.bron, record.hier):
            assert text is None or " ".join(text.split()) in words, text
    assert "zonder ze hier allemaal te noemen" not in words
    for weergave in lees_publicatie(ROOT).eerste_weergaven:
        assert normaliseer(weergave.wat) in words


def test_the_explanations_keep_their_own_labels_on_the_built_site(site_dir: Path) -> None:
    words = normaliseer(html_text((site_dir / "werkbladen/monitoren-2.html").read_text(encoding="utf-8")))
    start = words.rindex("Toelichting bij de indicatoren")  # the heading (the first is in the table of contents)
    toelichting = words[start:]
    for label in ("Onderdeel verhuizers", "Leeftijdscategorie Door in te zoomen", "Onderdeel eerste contact",
                  "Benaderd door zorgpartij vanwege passend wonen Aantal senioren dat door een zorgorganisatie"):
        assert label in toelichting, label
    sheet = words[:start]
    assert "Doorverwijzing zorgpartij vanwege passend wonen" in sheet  # the sheet (and the field contract) as printed
    verantwoording = normaliseer(html_text((site_dir / "over/verantwoording.html").read_text(encoding="utf-8")))
    assert "Huurprijsgewinning/huurprijsoverhouding" in verantwoording and "in geen van beide" in verantwoording


# --------------------------------------------------------------------------- the comparison, on a copy


def test_a_text_changed_without_a_record_fails_check_with_file_line_and_field(bron_tree: Path) -> None:
    line = edit(bron_tree, "worksheets/ambities.yaml", "      tekst: Welke doelen stellen we?\n",
                "      tekst: Welke doelen stellen wij?\n")
    stderr = check_problems(bron_tree)
    assert (f"worksheets/ambities.yaml:{line}: blad.vragen[2].tekst: staat zo niet in de uitgave "
            f"({PUBLICATIE}) en er is geen afwijking vastgelegd: 'Welke doelen stellen wij?'") in stderr
    # the other way round: the publication's words are no longer on the website
    assert (f"{PUBLICATIE}:{publication_line('Welke doelen stellen we?')}: staat niet op de website en er is "
            "geen afwijking vastgelegd: 'Welke doelen stellen we?'") in stderr


def test_a_record_makes_the_same_change_pass(bron_tree: Path) -> None:
    edit(bron_tree, "worksheets/ambities.yaml", "      tekst: Welke doelen stellen we?\n",
         "      tekst: Welke doelen stellen wij?\n"
         "      afwijkingen:\n"
         "        - soort: label\n"
         "          bron: Welke doelen stellen we?\n"
         "          hier: Welke doelen stellen wij?\n"
         "          reden: Een test.\n")
    result = run_cli("check", "--bron", str(bron_tree))
    assert result.returncode == 0, result.stderr


def test_a_text_left_out_of_the_site_is_found_in_the_publication(bron_tree: Path) -> None:
    edit(bron_tree, "worksheets/organisaties.yaml", "      - Provincies\n", "")
    stderr = check_problems(bron_tree)
    assert f"{PUBLICATIE}:{publication_line('- Provincies')}: staat niet op de website" in stderr
    assert "'Provincies'" in stderr


def test_a_fix_of_a_scan_error_needs_a_record_too(bron_tree: Path) -> None:
    """Removing the record of a correction brings the difference back: fixes are deviations as well."""
    text = (bron_tree / "worksheets/stimuleren.yaml").read_text(encoding="utf-8")
    record = re.search(r"  - soort: OCR\n    bron: verhuiscens\n(    .*\n)+?(?=  - )", text)
    assert record
    (bron_tree / "worksheets/stimuleren.yaml").write_text(text.replace(record.group(0), ""), encoding="utf-8")
    stderr = check_problems(bron_tree)
    assert "worksheets/stimuleren.yaml:6: vraag: staat zo niet in de uitgave" in stderr
    assert f"{PUBLICATIE}:{publication_line('verhuiscens hebben?')}: staat niet op de website" in stderr


def test_a_record_that_no_longer_fits_is_reported_where_it_stands(bron_tree: Path, toolkit: ToolkitData) -> None:
    rel = "worksheets/stimuleren.yaml"
    index = {r.afwijking.bron: r.loc[-1] for r in vastleggingen(toolkit.werkbladen["stimuleren"])}
    line = edit(bron_tree, rel, "    bron: helder in delen van\n", "    bron: helder in alle delen van\n")
    edit(bron_tree, rel, "    hier: met elkaar aan de slag\n", "    hier: samen aan de slag\n")
    stderr = check_problems(bron_tree)
    assert (f"{rel}:{line}: afwijkingen[{index['helder in delen van']}].bron: staat niet in de uitgave "
            f"({PUBLICATIE}): 'helder in alle delen van'") in stderr
    assert (f"afwijkingen[{index['met elkaar de slag']}].hier: staat niet in dit onderdeel of op zijn pagina: "
            "'samen aan de slag'") in stderr


def test_a_record_that_leaves_out_what_is_shown_is_reported(bron_tree: Path) -> None:
    line = edit(bron_tree, "content/menukaarten/sociaal.yaml", "    bron: Interventiecategorie\n",
                "    bron: Welke instrumenten zijn mogelijk om doorstroming te bevorderen?\n")
    stderr = check_problems(bron_tree)
    assert f"content/menukaarten/sociaal.yaml:{line}: afwijkingen[3].bron: staat wel op de website" in stderr


@pytest.mark.parametrize("record, field, message", [
    ("- soort: taalfout\n  bron: Organisaties\n  reden: x\n", "hier",
     "ontbreekt: geef onze tekst zoals hij in dit item staat"),
    ("- soort: OCR\n  hier: Organisaties\n  reden: x\n", "bron",
     "ontbreekt: geef de tekst zoals hij in de uitgave staat"),
    ("- soort: weggelaten\n  bron: Organisaties\n  hier: Organisaties\n  reden: x\n", "hier",
     "hoort niet bij 'weggelaten': die tekst staat niet op de website"),
    ("- soort: taalfout\n  bron: Organisaties\n  hier: Organisaties\n  reden: x\n", "hier",
     "is gelijk aan 'bron': dan is er geen afwijking"),
    ("- soort: tikfout\n  bron: Organisaties\n  hier: Organisatie\n  reden: x\n", "soort",
     "ongeldige waarde 'tikfout'; verwacht: 'taalfout', 'OCR', 'ordening', 'label', 'reconstructie'"),
])
def test_a_record_is_validated_per_kind(tree: Path, record: str, field: str, message: str) -> None:
    rel = "worksheets/organisaties.yaml"
    text = (tree / rel).read_text(encoding="utf-8")
    (tree / rel).write_text(text + "afwijkingen:\n" + "".join(f"  {line}\n" for line in record.splitlines()),
                            encoding="utf-8")
    result = run_cli("check", "--bron", str(tree))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    keys = [line.strip().removeprefix("- ").split(":")[0] for line in record.splitlines()]
    line = text.count("\n") + 2 + (keys.index(field) if field in keys else 0)  # the field's line, else the record's
    assert f"{rel}:{line}: afwijkingen[0].{field}: {message}" in result.stderr, result.stderr


def test_a_shifted_division_of_the_publication_is_reported(bron_tree: Path) -> None:
    line = edit(bron_tree, "bron/indeling.yaml", "    van: 152\n", "    van: 153\n")
    stderr = check_problems(bron_tree)
    assert f"bron/indeling.yaml:{line + 2}: eerste_weergaven[0].eerste_regel: regel 153 van {PUBLICATIE}" in stderr


# --------------------------------------------------------------------------- what is not a difference


@pytest.mark.parametrize("publication, ours", [
    ("Werkblad _ Organisaties", "Werkblad Organisaties"),  # the bar in 'Werkblad | titel'
    ("Organisatie: _____", "Organisatie:"),  # a line to write on
    ("Eerste contact/\nzoekgedrag", "Eerste contact/zoekgedrag"),  # a line break after a slash
    ("woning-\nen", "woningen"),  # hyphenation at a line end
    ("Zelfstandig\nblijven  wonen", "Zelfstandig blijven wonen"),
    ("<ul><li>– Aantal keer</li></ul>", "- Aantal keer"),  # markup and bullets
    ("‘Stimuleren’", "'Stimuleren'"),
    ("ﬁnanciële", "financiële"),
    ("campagnes**Algemene beschrijving**", "campagnes Algemene beschrijving"),  # a lost line break
    ("[website van Platform31](#)", "website van Platform31"),
])
def test_what_is_not_a_difference(publication: str, ours: str) -> None:
    assert normaliseer(publication) == normaliseer(ours)


@pytest.mark.parametrize("publication, ours", [
    ("Menukaart Sociaal", "Menukaart sociaal"),  # case
    ("koop-en huurwoningen", "koop- en huurwoningen"),  # a space
    ("effectief zijn.", "effectief zijn?"),  # punctuation
    ("make-laars", "makelaars"),  # a hyphen inside a line is text, even when the scan kept it by mistake
    ("financiele", "financiële"),  # diacritics
])
def test_what_is_a_difference(publication: str, ours: str) -> None:
    assert normaliseer(publication) != normaliseer(ours)
