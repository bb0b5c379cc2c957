"""Each class of bad input gives a located message (file, line, field), never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import ValidationFailed
from generator.loader import load_toolkit

from .helpers import run_cli


def edit(tree: Path, relative: str, old: str, new: str) -> int:
    """Replace one exact occurrence of ``old`` in a file; returns the 1-based line where it stood."""
    path = tree / relative
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur exactly once in {relative}"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def problems(tree: Path) -> list[str]:
    with pytest.raises(ValidationFailed) as info:
        load_toolkit(tree)
    return [str(p) for p in info.value.problems]


def test_yaml_syntax_error_names_file_and_line(tree: Path) -> None:
    line = edit(tree, "worksheets/stimuleren.yaml", "  type: raster\n", "  type: [raster\n")
    found = problems(tree)
    assert len(found) == 1
    assert found[0].startswith("worksheets/stimuleren.yaml:")
    assert "ongeldige YAML" in found[0]
    reported = int(found[0].split(":")[1])
    assert line <= reported <= line + 2


@pytest.mark.parametrize("old, new, what", [
    ("  kolommen:\n    - huidige-woning\n", "  kolommen: [huidige-woning,\n    - huidige-woning\n",
     "de lijst die hier begint met [ is niet afgesloten met ]"),
    ("titel: Stimuleren\n", 'titel: "Stimuleren\n',
     "de tekst die hier begint met een aanhalingsteken is niet afgesloten"),
    ("titel: Stimuleren\n", "titel: {naam: Stimuleren\n", "het blok dat hier begint met { is niet afgesloten met }"),
])
def test_an_unclosed_list_or_quote_is_reported_where_it_starts(tree: Path, old: str, new: str, what: str) -> None:
    """The parser only notices the mistake lines later (often at the end of the file); the message names
    the line where the list, block or quote starts, and also where the parser gave up."""
    line = edit(tree, "worksheets/stimuleren.yaml", old, new)
    result = run_cli("check", "--bron", str(tree))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    (reported,) = [x for x in result.stderr.splitlines() if x.startswith("worksheets/stimuleren.yaml:")]
    assert reported.startswith(f"worksheets/stimuleren.yaml:{line}: ongeldige YAML: {what} (de lezer liep vast op ")
    gave_up = int(reported.split("de lezer liep vast op regel ")[1].split(":")[0])
    assert gave_up > line


def test_a_figure_without_a_drawing_names_file_line_and_field(tree: Path) -> None:
    line = edit(tree, "content/paginas/inleiding.yaml", "      id: verhuisketen\n", "      id: verhuisketting\n")
    assert problems(tree) == [f"content/paginas/inleiding.yaml:{line}: secties[1].figuur.id: de figuur "
                              "'verhuisketting' heeft geen tekening (figuren/verhuisketting.svg.j2 ontbreekt)"]


def test_missing_key_names_the_item_and_field(tree: Path) -> None:
    line = edit(tree, "content/menukaarten/sociaal.yaml",
                "  - categorie: prijsprikkel\n    doel: Financiën geen belemmering laten zijn\n",
                "  - categorie: prijsprikkel\n")
    assert problems(tree) == [
        f"content/menukaarten/sociaal.yaml:{line}: categorieen[3].doel: ontbreekt; dit veld is verplicht"
    ]


def test_unknown_key_is_named_with_a_suggestion(tree: Path) -> None:
    line = edit(tree, "worksheets/organisaties.yaml", "titel: Organisaties\n", "titel: Organisaties\ntitle: x\n")
    (found,) = problems(tree)
    assert found.startswith(f"worksheets/organisaties.yaml:{line + 1}: title: onbekend veld 'title'; "
                            "bedoelt u 'titel'?")
    assert "Toegestaan:" in found and "gebruik" in found


def test_unknown_key_inside_a_layout_lists_that_layouts_keys(tree: Path) -> None:
    line = edit(tree, "worksheets/stimuleren.yaml", "  kolommen:\n", "  kolomen:\n")
    found = problems(tree)
    assert f"worksheets/stimuleren.yaml:{line}: blad.kolomen: onbekend veld 'kolomen'; bedoelt u 'kolommen'? " \
           "Toegestaan: antwoorden, kolommen, kop, rijen, type" in found
    assert any(p.endswith("blad.kolommen: ontbreekt; dit veld is verplicht") for p in found)


def test_wrong_types_are_reported_per_field(tree: Path) -> None:
    line_bool = edit(tree, "worksheets/stimuleren.yaml", "liggend: true\n", "liggend: misschien\n")
    line_int = edit(tree, "content/vocabulaire.yaml", "    nummer: 2\n", "    nummer: twee\n")
    line_list = edit(tree, "content/toolkit.yaml", "paginas:\n  - inleiding\n  - gebruik\n  - experiment\n"
                     "  - colofon\n", "paginas: inleiding\n")
    found = problems(tree)
    assert f"worksheets/stimuleren.yaml:{line_bool}: liggend: verwacht true of false" in found
    assert f"content/vocabulaire.yaml:{line_int}: interventiecategorieen[1].nummer: verwacht een geheel getal" in found
    assert f"content/toolkit.yaml:{line_list}: paginas: verwacht een lijst (regels die beginnen met '- ')" in found


def test_unknown_layout_type(tree: Path) -> None:
    line = edit(tree, "worksheets/stimuleren.yaml", "  type: raster\n", "  type: tabel\n")
    (found,) = problems(tree)
    assert found.startswith(f"worksheets/stimuleren.yaml:{line - 1}: blad: onbekend type 'tabel'")


def test_duplicate_id_within_a_sheet_points_at_both_lines(tree: Path) -> None:
    rel = "worksheets/wat-is-de-opgave.yaml"
    text = (tree / rel).read_text(encoding="utf-8")
    first = text.index("- id: oudere-huishoudens-geschikt")
    first_line = text[:first].count("\n") + 1
    second_line = edit(tree, rel, "- id: oudere-huishoudens-ongeschikt", "- id: oudere-huishoudens-geschikt")
    found = problems(tree)
    assert (f"{rel}:{second_line}: blad.groepen[0].indicatoren[1].id: dubbele id 'oudere-huishoudens-geschikt' "
            f"(ook op regel {first_line})") in found


def test_duplicate_fase_in_the_vocabulary(tree: Path) -> None:
    line = edit(tree, "content/vocabulaire.yaml", "  - id: woonwens\n", "  - id: huidige-woning\n")
    found = problems(tree)
    assert f"content/vocabulaire.yaml:{line}: klantreis[1].id: dubbele fase-id 'huidige-woning' (ook op regel 5)" \
        in found


def test_duplicate_werkblad_id_across_files(tree: Path) -> None:
    text = (tree / "worksheets/organisaties.yaml").read_text(encoding="utf-8")
    (tree / "worksheets/organisaties-kopie.yaml").write_text(text, encoding="utf-8")
    line = text.split("\n").index("id: organisaties") + 1
    assert problems(tree) == [
        f"worksheets/organisaties-kopie.yaml:{line}: id: de id 'organisaties' moet gelijk zijn aan de bestandsnaam "
        "'organisaties-kopie' (de id staat in adressen en bestandsnamen)",
        f"worksheets/organisaties.yaml:{line}: id: de id 'organisaties' wordt ook gebruikt in "
        "worksheets/organisaties-kopie.yaml",
    ]


def test_reference_to_unknown_instrument(tree: Path) -> None:
    rel = "content/menukaarten/particulier.yaml"
    text = (tree / rel).read_text(encoding="utf-8")
    needle = "instrument: financiele-tegemoetkoming"
    index = text.rindex(needle)
    line = text[:index].count("\n") + 1
    (tree / rel).write_text(text[:index] + "instrument: financieel" + text[index + len(needle):], encoding="utf-8")
    (found,) = problems(tree)
    assert found.startswith(f"{rel}:{line}: categorieen[3].instrumenten[1].instrument: verwijst naar instrument "
                            "'financieel', maar die bestaat niet; bekend: financiele-tegemoetkoming, flexibele-eisen,")


def test_reference_to_unknown_fase_and_onderwerp(tree: Path) -> None:
    line_fase = edit(tree, "worksheets/stimuleren.yaml", "    - nieuw-thuis\n", "    - nieuwe-woning\n")
    line_ow = edit(tree, "worksheets/organisaties.yaml", "onderwerp: integrale-aanpak\n", "onderwerp: integraal\n")
    found = problems(tree)
    assert any(p.startswith(f"worksheets/stimuleren.yaml:{line_fase}: blad.kolommen[4]: verwijst naar fase "
                            "'nieuwe-woning', maar die bestaat niet") for p in found)
    assert (f"worksheets/organisaties.yaml:{line_ow}: onderwerp: staat in de lijst van onderwerp "
            "'integrale-aanpak', niet van 'integraal'") in found


def test_invalid_id_format(tree: Path) -> None:
    line = edit(tree, "worksheets/hoe-ziet-u-uw-toekomst.yaml", "id: daginvulling", "id: Dag_invulling")
    (found,) = problems(tree)
    assert found.startswith(f"worksheets/hoe-ziet-u-uw-toekomst.yaml:{line}: blad.themas[1].id: ongeldige id "
                            "'Dag_invulling'")


def test_non_utf8_file_names_the_line_of_the_bad_byte(tree: Path) -> None:
    path = tree / "content/instrumenten/wooncoach.yaml"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[3] = lines[3] + " caf\xe9"
    path.write_bytes("\n".join(lines).encode("latin-1", errors="replace"))
    (found,) = problems(tree)
    assert found.startswith("content/instrumenten/wooncoach.yaml:4: geen geldige UTF-8-tekst")


@pytest.mark.parametrize("content", ["", "\n\n", "# alleen commentaar\n"])
def test_empty_file(tree: Path, content: str) -> None:
    (tree / "content/paginas/experiment.yaml").write_text(content, encoding="utf-8")
    assert problems(tree) == ["content/paginas/experiment.yaml:1: het bestand is leeg"]


def test_duplicate_yaml_key(tree: Path) -> None:
    line = edit(tree, "content/toolkit.yaml", "jaar: 2023\n", "jaar: 2023\njaar: 2024\n")
    assert problems(tree) == [f"content/toolkit.yaml:{line + 1}: jaar: de sleutel 'jaar' staat er twee keer"]


def test_all_errors_of_a_run_are_reported_together_by_the_cli(tree: Path) -> None:
    line_a = edit(tree, "worksheets/ambities.yaml", "titel: Ambities\n", "titel:\n")
    line_b = edit(tree, "content/instrumenten/passend-wonen.yaml", "titel: Passend wonen\n", "titel: [\n")
    result = run_cli("check", "--bron", str(tree))
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().split("\n")
    assert lines[0] == "2 fouten gevonden:"
    reported_b = int(lines[1].split(":")[1])
    assert lines[1].startswith("content/instrumenten/passend-wonen.yaml:")
    assert "ongeldige YAML" in lines[1]
    assert line_b <= reported_b <= line_b + 2
    assert lines[2] == f"worksheets/ambities.yaml:{line_a}: titel: verwacht tekst"
    assert "Traceback" not in result.stderr


def test_missing_content_folder_is_a_clear_message(tmp_path: Path) -> None:
    result = run_cli("check", "--bron", str(tmp_path))
    assert result.returncode == 2, "a usage error: another --bron (1 means: some files not used)"
    assert "content/ niet gevonden" in result.stderr
    assert "Traceback" not in result.stderr
