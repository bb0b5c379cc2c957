"""Exit code 3 for a fault of ours (docs/overzicht-regels.md §9): the real `doorstroom` main() in a child
process, with one function of the product replaced by one that fails, as a bug would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from generator.regels import reden

from .helpers import ROOT
from .readers_support import CELL, answer_json

PROVOKE = """
import sys
import {module} as target

def broken(*args, **kwargs):
    raise {error}("kapot")

target.{function} = broken
from generator.cli import main
main(sys.argv[1:])
"""


def run_broken(module: str, function: str, error: str, *args: str,
               debug: bool = False) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
    env.pop("DOORSTROOM_DEBUG", None)
    if debug:
        env["DOORSTROOM_DEBUG"] = "1"
    code = PROVOKE.format(module=module, function=function, error=error)
    return subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)


def test_an_internal_error_in_one_file_exits_3_and_the_rest_is_written(tmp_path: Path) -> None:
    bladen = tmp_path / "bladen"
    bladen.mkdir()
    (bladen / "a.yaml").write_text("werkblad: stimuleren\norganisatie: Gemeente A\n", encoding="utf-8")
    (bladen / "b.json").write_bytes(answer_json("Gemeente B", {CELL: "Woonscan"}))
    result = run_broken("generator.readers.answerfile", "load_yaml", "KeyError",
                        "overzicht", str(bladen), "--out", str(tmp_path / "uit"))
    assert result.returncode == 3, result.stderr
    assert "Traceback" not in result.stderr
    assert f"{bladen / 'a.yaml'}: {reden('interne_fout', soort='KeyError')}" in result.stderr
    data = json.loads((tmp_path / "uit" / "overzicht.json").read_text(encoding="utf-8"))
    assert data["organisaties"] == ["Gemeente B"]
    assert data["afgewezen"] == [{"bestand": str(bladen / "a.yaml"), "reden": reden("interne_fout", soort="KeyError")}]


def test_any_other_internal_error_is_a_short_dutch_message_and_exit_3(tmp_path: Path) -> None:
    sheet = tmp_path / "a.json"
    sheet.write_bytes(answer_json("Gemeente A", {CELL: "Woonscan"}))
    out = tmp_path / "uit"
    out.mkdir()
    (out / "overzicht.json").write_text("vorige", encoding="utf-8")
    args = ("overzicht", str(sheet), "--out", str(out))
    result = run_broken("generator.overview.run", "make_overview", "ZeroDivisionError", *args)
    assert result.returncode == 3
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("Interne fout (ZeroDivisionError)")
    assert len(result.stderr.splitlines()) == 1
    assert (out / "overzicht.json").read_text(encoding="utf-8") == "vorige"
    debug = run_broken("generator.overview.run", "make_overview", "ZeroDivisionError", *args, debug=True)
    assert debug.returncode == 3
    assert "Traceback" in debug.stderr and "ZeroDivisionError: kapot" in debug.stderr
