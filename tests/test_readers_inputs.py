"""Which files `doorstroom overzicht` reads (docs/overzicht-regels.md §1): the CLI as a process where it is
about what a facilitator sees, read_inputs in-process for the notes."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from generator.loader import ToolkitData
from generator.readers import NoInputs, accept_only, read_inputs
from generator.readers.inputs import cause
from generator.regels import melding, reden

from .helpers import run_cli
from .readers_support import CELL, answer_json


def sheet(path: Path, organisatie: str, tekst: str = "Woonscan") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(answer_json(organisatie, {CELL: tekst}))
    return path


def overzicht(*inputs: Path, out: Path) -> tuple[int, str, dict]:
    result = run_cli("overzicht", *map(str, inputs), "--out", str(out))
    assert "Traceback" not in result.stderr
    data = json.loads((out / "overzicht.json").read_text(encoding="utf-8")) if (out / "overzicht.json").exists() else {}
    return result.returncode, result.stderr, data


def stimuleren(data: ToolkitData):  # noqa: ANN201 - an Accept
    return accept_only(data.werkbladen["stimuleren"])


@pytest.mark.parametrize("hidden", [[], [".verborgen.json", "~$slot.json", "Thumbs.db", "desktop.ini",
                                         "__MACOSX/a.json", ".git/b.json"]])
def test_nothing_to_read_is_a_usage_error_and_the_old_overview_stays(hidden: list[str], tmp_path: Path) -> None:
    good = sheet(tmp_path / "goed" / "a.json", "Gemeente A")
    out = tmp_path / "uit"
    code, _, first = overzicht(good.parent, out=out)
    assert code == 0 and first["organisaties"] == ["Gemeente A"]
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    empty = tmp_path / "leeg"
    empty.mkdir()
    for name in hidden:
        sheet(empty / name, "Verborgen")
    result = run_cli("overzicht", str(empty), "--out", str(out))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert str(empty) in result.stderr and "Geen bestanden gevonden" in result.stderr
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_an_input_that_does_not_exist_is_a_usage_error_in_dutch(tmp_path: Path) -> None:
    result = run_cli("overzicht", str(tmp_path / "bestaat-niet"), "--out", str(tmp_path / "uit"))
    assert result.returncode == 2
    assert "bestaat niet" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "uit").exists()


def test_out_inside_the_input_folder_is_never_read_also_on_the_second_run(tmp_path: Path) -> None:
    bladen = tmp_path / "bladen"
    sheet(bladen / "a.json", "Gemeente A")
    sheet(bladen / "sub" / "b.json", "Gemeente B")
    out = bladen / "overzicht"
    for _ in range(2):
        code, stderr, data = overzicht(bladen, out=out)
        assert code == 0, stderr
        assert data["organisaties"] == ["Gemeente A", "Gemeente B"]
        assert data["afgewezen"] == []
    # also when --out is named through a symlink, and when the folder itself is given as input
    (tmp_path / "koppeling").symlink_to(out)
    code, stderr, data = overzicht(bladen, out=tmp_path / "koppeling")
    assert code == 0 and data["afgewezen"] == []
    assert run_cli("overzicht", str(out), "--out", str(out)).returncode == 2


def test_symlinks_are_followed_or_reported(tmp_path: Path) -> None:
    elders = tmp_path / "elders"
    sheet(elders / "c.json", "Gemeente C")
    bladen = tmp_path / "bladen"
    sheet(bladen / "a.json", "Gemeente A")
    (bladen / "b-map").symlink_to(elders, target_is_directory=True)
    (bladen / "d-kapot.pdf").symlink_to(tmp_path / "weg.pdf")
    (bladen / "e-lus").symlink_to(bladen, target_is_directory=True)
    code, stderr, data = overzicht(bladen, out=tmp_path / "uit")
    assert code == 1, stderr
    assert data["organisaties"] == ["Gemeente A", "Gemeente C"]
    assert data["afgewezen"] == [{"bestand": str(bladen / "d-kapot.pdf"), "reden": reden("koppeling_kapot")}]
    assert f"{bladen / 'd-kapot.pdf'}: {reden('koppeling_kapot')}" in stderr
    (tmp_path / "lus-a").symlink_to(tmp_path / "lus-b")
    (tmp_path / "lus-b").symlink_to(tmp_path / "lus-a")
    code, stderr, data = overzicht(bladen / "d-kapot.pdf", tmp_path / "lus-a", bladen / "a.json", out=tmp_path / "uit")
    assert code == 1, stderr
    assert [a["reden"] for a in data["afgewezen"]] == [reden("koppeling_kapot")] * 2


def test_the_same_file_twice_is_read_once_and_noted(toolkit: ToolkitData, tmp_path: Path) -> None:
    bladen = tmp_path / "bladen"
    first = sheet(bladen / "a.json", "Gemeente A")
    (bladen / "b-kopie.json").symlink_to(first)
    os.link(first, bladen / "c-harde-koppeling.json")
    gelezen = read_inputs(toolkit, [bladen, first], stimuleren(toolkit))
    assert [s.bestand for s in gelezen.sheets] == [str(first)]
    note = melding("zelfde_bestand", eerste="a.json")
    assert [(m.bestand, m.melding) for m in gelezen.meldingen] == [
        (str(bladen / "b-kopie.json"), note), (str(bladen / "c-harde-koppeling.json"), note), (str(first), note)]
    code, stderr, data = overzicht(bladen, out=tmp_path / "uit")
    assert code == 0, stderr
    assert data["organisaties"] == ["Gemeente A"]


def test_order_is_by_path_parts_and_arguments_keep_their_order(toolkit: ToolkitData, tmp_path: Path) -> None:
    bladen = tmp_path / "bladen"
    for name in ("B.json", "a-b/y.json", "a/x.json", "a/c/z.json"):
        sheet(bladen / name, f"Organisatie {name}")
    los = sheet(tmp_path / "los.json", "Los")
    gelezen = read_inputs(toolkit, [los, bladen], stimuleren(toolkit))
    assert [Path(s.bestand).relative_to(tmp_path).as_posix() for s in gelezen.sheets] == [
        "los.json", "bladen/B.json", "bladen/a/c/z.json", "bladen/a/x.json", "bladen/a-b/y.json"]


def test_a_file_name_that_is_not_utf8_is_shown_with_replacement_characters(tmp_path: Path) -> None:
    bladen = tmp_path / "bladen"
    bladen.mkdir()
    name = os.fsdecode(b"gemeente-caf\xe9.json")
    sheet(bladen / name, "Gemeente Café")
    (bladen / os.fsdecode(b"kapot-\xff\xfe.json")).write_bytes(b"{kapot")
    (bladen / "regel\neinde\x07.json").write_bytes(b"{kapot")
    code, stderr, data = overzicht(bladen, out=tmp_path / "uit")
    assert code == 1, stderr
    assert data["organisaties"] == ["Gemeente Café"]
    assert [a["bestand"] for a in data["afgewezen"]] == [str(bladen / "kapot-\ufffd\ufffd.json"),
                                                          str(bladen / "regel\ufffdeinde\ufffd.json")]
    assert "kapot-\ufffd\ufffd.json" in stderr


def test_what_cannot_be_read_is_reported_with_a_dutch_cause(toolkit: ToolkitData, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    bladen = tmp_path / "bladen"
    sheet(bladen / "a.json", "Gemeente A")
    os.mkfifo(bladen / "b-pijp.json")
    sheet(bladen / "c-geweigerd.json", "Gemeente C")
    (bladen / "d-groot.pdf").write_bytes(b"%PDF-1.7\n")
    os.truncate(bladen / "d-groot.pdf", 51 * 1024 * 1024)  # sparse: costs no disk
    real_read = Path.read_bytes

    def refuse(path: Path) -> bytes:
        if path.name == "c-geweigerd.json":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_read(path)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    gelezen = read_inputs(toolkit, [bladen], stimuleren(toolkit))
    assert [(Path(r.bestand).name, r.reden) for r in gelezen.afgewezen] == [
        ("b-pijp.json", reden("onleesbaar", oorzaak="geen gewoon bestand")),
        ("c-geweigerd.json", reden("onleesbaar", oorzaak="geen toestemming om het te lezen")),
        ("d-groot.pdf", reden("te_groot", mb=50)),
    ]


@pytest.mark.parametrize("number", [errno.EACCES, errno.EIO, errno.ENOENT, errno.ESTALE, errno.EDQUOT])
def test_every_read_error_has_a_dutch_cause(number: int) -> None:
    text = cause(OSError(number, os.strerror(number)))
    assert text and text != os.strerror(number)
    assert not any(word in text.lower() for word in ("error", "permission", "denied", "file"))


def test_no_inputs_is_an_exception_with_exit_code_2(toolkit: ToolkitData, tmp_path: Path) -> None:
    with pytest.raises(NoInputs) as raised:
        read_inputs(toolkit, [tmp_path], stimuleren(toolkit))
    assert raised.value.exit_code == 2
