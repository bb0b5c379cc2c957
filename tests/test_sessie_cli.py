"""`doorstroom sessie` as a process: the example end to end, bad inputs, exit codes, and outputs that
are replaced only as a complete set and never written outside --out."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from generator.cli import main
from generator.loader import ToolkitData
from generator.regels import reden
from generator.session.outputs import OUTPUTS

from .helpers import ROOT, run_cli
from .sessie_helpers import EXAMPLE, example_run, load_json  # noqa: F401 - fixture
from .test_readers_cli import run_broken

PRAATPLAAT = reden("praatplaat", titel="Hoe wilt u wonen in de (nabije) toekomst?")


def answer_file(path: Path, werkblad: str, organisatie: str = "", **antwoorden: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"werkblad": werkblad, "organisatie": organisatie, "antwoorden": antwoorden},
                               ensure_ascii=False), encoding="utf-8")
    return path


def test_example_end_to_end_against_expected_json(example_run: tuple[Path, object]) -> None:  # noqa: F811
    out, result = example_run
    assert "Traceback" not in result.stderr
    assert result.returncode == 1, result.stderr  # the praatplaat is not processed
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUTS)
    assert load_json(out / "sessie.json") == load_json(ROOT / EXAMPLE / "verwacht-sessie.json")
    assert f"niet verwerkt: {EXAMPLE / 'bladen/hoe-wilt-u-wonen/gesprek-ouderenadviseur.json'}: {PRAATPLAAT}" \
        in result.stderr
    assert "26 bladen van 8 werkbladen verwerkt, 1 bestand niet" in result.stdout


def test_example_holds_what_the_issue_asks_for(toolkit: ToolkitData) -> None:
    """Organisaties, Ambities, several Contactmomenten and Stimuleren, Wat is de opgave?, the three Monitoren
    sheets (some from two partners), PDFs and answer files (also of a group sheet), and one praatplaat."""
    expected = load_json(ROOT / EXAMPLE / "verwacht-sessie.json")
    bladen = {w: len(d["bladen"]) for w, d in expected["werkbladen"].items()}
    assert {"organisaties", "ambities", "contactmomenten", "stimuleren", "wat-is-de-opgave", "monitoren-1",
            "monitoren-2", "monitoren-3"} <= set(bladen)
    assert bladen["contactmomenten"] > 2 and bladen["stimuleren"] > 2
    assert bladen["monitoren-1"] == bladen["monitoren-2"] == bladen["monitoren-3"] == 2
    files = [p for p in (ROOT / EXAMPLE / "bladen").rglob("*") if p.is_file()]
    assert {p.suffix for p in files} >= {".pdf", ".json", ".yaml"}
    group_answer_files = [p for p in files if p.suffix in (".json", ".yaml")
                          and not toolkit.werkbladen[p.parent.name].organisatie]
    assert group_answer_files  # read since the readers of issue 10: no "onbekende velden: organisatie"
    assert [r["reden"] for r in expected["afgewezen"]] == [PRAATPLAAT]


def test_bad_files_are_reported_and_the_rest_is_combined(tmp_path: Path) -> None:
    invoer = tmp_path / "invoer"
    answer_file(invoer / "1-gemeente.json", "contactmomenten", "Gemeente Noord", woonwens="Informatieavond")
    answer_file(invoer / "2-gesprek.json", "hoe-wilt-u-wonen", omgeving="Dicht bij de winkels")
    (invoer / "3-kapot.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << >> endobj\n")  # cut off: no %%EOF
    (invoer / "4-notities.txt").write_text("losse aantekeningen", encoding="utf-8")
    answer_file(invoer / "5-zonder-naam.json", "contactmomenten", "", woonwens="Iets")
    (invoer / "6-leeg.yaml").write_text("", encoding="utf-8")
    result = run_cli("sessie", str(invoer), "--out", str(tmp_path / "uit"))
    assert "Traceback" not in result.stderr
    assert result.returncode == 1
    sessie = load_json(tmp_path / "uit" / "sessie.json")
    assert [(Path(r["bestand"]).name, r["reden"]) for r in sessie["afgewezen"]] == [
        ("2-gesprek.json", reden("praatplaat", titel="Hoe wilt u wonen in de (nabije) toekomst?")),
        ("3-kapot.pdf", reden("pdf_kapot")),
        ("4-notities.txt", reden("onbekend_soort")),
        ("5-zonder-naam.json", reden("geen_organisatie")),
        ("6-leeg.yaml", reden("leeg")),
    ]
    assert list(sessie["werkbladen"]) == ["contactmomenten"]
    fasen = {f["fase"]: f["antwoorden"] for f in sessie["werkbladen"]["contactmomenten"]["fasen"]}
    assert fasen["woonwens"] == [{"organisatie": "Gemeente Noord", "tekst": "Informatieavond"}]
    html = (tmp_path / "uit" / "sessie.html").read_text(encoding="utf-8")
    assert "3-kapot.pdf" in html and reden("pdf_kapot") in html
    for name in ("2-gesprek.json", "3-kapot.pdf", "4-notities.txt", "5-zonder-naam.json", "6-leeg.yaml"):
        assert f"niet verwerkt: {invoer / name}: " in result.stderr


def test_everything_processed_is_exit_code_0(tmp_path: Path) -> None:
    answer_file(tmp_path / "in" / "gemeente.json", "contactmomenten", "Gemeente Noord", woonwens="Avond")
    result = run_cli("sessie", str(tmp_path / "in"), "--out", str(tmp_path / "uit"), "--titel", " \t ")
    assert result.returncode == 0, result.stderr
    assert load_json(tmp_path / "uit" / "sessie.json")["titel"] == "Sessieverslag"  # never a report without a title
    assert "1 blad van 1 werkblad verwerkt, 0 bestanden niet" in result.stdout


@pytest.mark.parametrize("case", ["bestaat-niet", "out-is-bestand", "onbekende-sector"])
def test_usage_errors_are_exit_code_2_and_overwrite_nothing(tmp_path: Path, case: str) -> None:
    out = tmp_path / "uit"
    out.mkdir()
    (out / "sessie.json").write_text("oud", encoding="utf-8")
    good = answer_file(tmp_path / "in" / "gemeente.json", "contactmomenten", "Gemeente Noord", woonwens="Avond")
    args = {
        "bestaat-niet": [str(tmp_path / "weg.pdf"), "--out", str(out)],
        "out-is-bestand": [str(good), "--out", str(out / "sessie.json")],
        "onbekende-sector": [str(good), "--out", str(out), "--sector", "koop"],
    }[case]
    result = run_cli("sessie", *args)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr and result.stderr.strip()
    assert (out / "sessie.json").read_text(encoding="utf-8") == "oud"
    assert sorted(p.name for p in out.iterdir()) == ["sessie.json"]


def test_an_internal_fault_is_exit_code_3_and_keeps_the_old_outputs(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """In-process through the console script's entry point, with a fault planted in one output."""
    good = answer_file(tmp_path / "in" / "gemeente.json", "contactmomenten", "Gemeente Noord", woonwens="Avond")
    out = tmp_path / "uit"
    out.mkdir()
    (out / "sessie.json").write_text("oud", encoding="utf-8")

    def broken(*_: object) -> bytes:
        raise ZeroDivisionError

    monkeypatch.setattr("generator.session.outputs.docx_bytes", broken)
    with pytest.raises(SystemExit) as stopped:
        main(["sessie", str(good), "--out", str(out), "--bron", str(ROOT)])
    assert stopped.value.code == 3
    printed = capsys.readouterr()
    assert printed.err.startswith("Interne fout (ZeroDivisionError): dit is een fout in de Doorstroomtoolkit")
    assert "Traceback" not in printed.out + printed.err
    assert sorted(p.name for p in out.iterdir()) == ["sessie.json"]
    assert (out / "sessie.json").read_text(encoding="utf-8") == "oud"


def test_an_internal_fault_in_one_file_is_exit_code_3_and_the_rest_is_written(tmp_path: Path) -> None:
    """The real console script in a child process, with the YAML reader failing as a bug would."""
    bladen = tmp_path / "bladen"
    (bladen / "a.yaml").parent.mkdir(parents=True)
    (bladen / "a.yaml").write_text("werkblad: ambities\n", encoding="utf-8")
    answer_file(bladen / "b.json", "contactmomenten", "Gemeente Noord", woonwens="Avond")
    result = run_broken("generator.readers.answerfile", "load_yaml", "KeyError",
                        "sessie", str(bladen), "--out", str(tmp_path / "uit"))
    assert result.returncode == 3, result.stderr
    assert "Traceback" not in result.stderr
    assert f"niet verwerkt: {bladen / 'a.yaml'}: {reden('interne_fout', soort='KeyError')}" in result.stderr
    sessie = load_json(tmp_path / "uit" / "sessie.json")
    assert list(sessie["werkbladen"]) == ["contactmomenten"]
    fault = reden("interne_fout", soort="KeyError")
    assert sessie["afgewezen"] == [{"bestand": str(bladen / "a.yaml"), "reden": fault}]


def test_out_inside_the_input_folder_is_never_read_also_on_the_second_run(tmp_path: Path) -> None:
    bladen = tmp_path / "bladen"
    answer_file(bladen / "gemeente.json", "contactmomenten", "Gemeente Noord", woonwens="Avond")
    answer_file(bladen / "tafels" / "noord.json", "ambities", "Tafel Noord", ambitie="Geschikt wonen")
    out = bladen / "verslag"
    for _ in range(2):
        result = run_cli("sessie", str(bladen), "--out", str(out))
        assert result.returncode == 0, result.stderr
        sessie = load_json(out / "sessie.json")
        assert [b["bestand"] for d in sessie["werkbladen"].values() for b in d["bladen"]] == [
            str(bladen / "tafels" / "noord.json"), str(bladen / "gemeente.json")]
        assert sessie["afgewezen"] == [] and sessie["meldingen"] == []
    assert run_cli("sessie", str(out), "--out", str(out)).returncode == 2  # only the output folder: nothing to read


def test_an_empty_folder_is_exit_code_2_and_the_last_report_stays(tmp_path: Path) -> None:
    answer_file(tmp_path / "in" / "gemeente.json", "contactmomenten", "Gemeente Noord", woonwens="Avond")
    out = tmp_path / "uit"
    assert run_cli("sessie", str(tmp_path / "in"), "--out", str(out)).returncode == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    assert sorted(before) == sorted(OUTPUTS)
    empty = tmp_path / "leeg"
    (empty / "__MACOSX").mkdir(parents=True)
    (empty / ".DS_Store").write_bytes(b"\0")
    (empty / "__MACOSX" / "gemeente.json").write_text("{}", encoding="utf-8")
    result = run_cli("sessie", str(empty), "--out", str(out))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "Geen bestanden gevonden om te lezen in: " + str(empty) in result.stderr
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_outputs_are_replaced_as_a_set_and_nothing_is_written_outside_out(tmp_path: Path) -> None:
    """Run on a copy of the project: afterwards the only new files are the five outputs (no cache)."""
    project = tmp_path / "project"
    for folder in ("content", "worksheets"):
        shutil.copytree(ROOT / folder, project / folder)
    answer_file(project / "in" / "gemeente.json", "contactmomenten", "Gemeente Noord", woonwens="Geheime tekst")
    out = project / "uit"
    out.mkdir()
    for name in OUTPUTS:
        (out / name).write_text("oud", encoding="utf-8")
    before = {p for p in project.rglob("*") if p.is_file()}
    result = run_cli("sessie", "in", "--out", "uit", "--bron", ".", cwd=project)
    assert result.returncode == 0, result.stderr
    after = {p for p in project.rglob("*") if p.is_file()}
    assert after == before  # the same five files, replaced; no temporary file, no .cache
    assert all((out / name).read_bytes() != b"oud" for name in OUTPUTS)
    assert "Geheime tekst" in (out / "sessie.html").read_text(encoding="utf-8")
