"""The command works where the user is: from any folder it finds the toolkit it was installed with, ``--bron``
overrides, a usage error exits 2 with a Dutch frame (not click's English one), and an overview links the
menukaart's instruments by default (``--site-url`` itself: tests/test_overview.py)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import typer.main

from generator.cli import app

from .helpers import ROOT, run_cli
from .test_site_language import ENGLISH

SHEET = ROOT / "examples/sessie-regio-lindewaard/bladen/stimuleren/gemeente-beekveld.json"
COMMANDS = tuple(typer.main.get_command(app).commands)  # every command, also ones added later
_ENGLISH = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in (*ENGLISH, "Options", "Arguments", "Commands",
                                                                      "Try", "Show this message", "File exists",
                                                                      "No such", "Invalid value", "Got unexpected",
                                                                      "is not one of")) + r")\b")


def test_from_another_folder_the_installed_toolkit_is_used(tmp_path: Path) -> None:
    shutil.copy(SHEET, tmp_path / "beekveld.json")
    checked = run_cli("check", cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.startswith("In orde: 3 onderwerpen")
    made = run_cli("overzicht", "beekveld.json", "--out", "overzicht", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert json.loads((tmp_path / "overzicht/overzicht.json").read_text(encoding="utf-8"))["organisaties"] == \
        ["Gemeente Beekveld"]


def test_bron_chooses_another_toolkit_and_a_folder_without_one_is_a_usage_error(tree: Path, tmp_path: Path) -> None:
    title = tree / "worksheets/ambities.yaml"
    title.write_text(title.read_text(encoding="utf-8").replace("titel: Ambities", "titel: Onze ambities"),
                     encoding="utf-8")
    shown = run_cli("velden", "ambities", "--bron", str(tree), cwd=tmp_path)
    assert shown.returncode == 0 and "Onze ambities" in shown.stdout
    empty = tmp_path / "leeg"
    empty.mkdir()
    missing = run_cli("check", "--bron", str(empty), cwd=tmp_path)
    assert missing.returncode == 2, "2 means: wrong use; 1 would mean that an overview was made"
    assert "content/ niet gevonden" in missing.stderr and "--bron" in missing.stderr
    assert "Traceback" not in missing.stderr


@pytest.mark.parametrize("args, reason", [
    (("overzicht",), "Fout: Het argument INVOER ontbreekt."),
    (("check", "--onbekend"), "Fout: Onbekende optie --onbekend."),
    (("pdf", "--papier", "a5", "--out", "x"),
     "Fout: Ongeldige waarde voor '--papier': 'a5' kan niet; kies uit 'a4' of 'a3'."),
    (("bestaat-niet",), "Fout: Onbekend commando 'bestaat-niet'."),
    (("overzicht", "x.json", "--out"), "Fout: Na de optie --out hoort een waarde."),
])
def test_a_usage_error_exits_2_in_a_dutch_frame(tmp_path: Path, args: tuple[str, ...], reason: str) -> None:
    result = run_cli(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert reason in result.stderr
    assert _ENGLISH.findall(result.stderr) == []
    if args[0] in COMMANDS and "--out" != args[-1]:
        assert result.stderr.startswith(f"Gebruik: doorstroom {args[0]} [OPTIES]")
        assert f"Meer hulp: doorstroom {args[0]} --help" in result.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_every_help_text_is_dutch(command: str) -> None:
    result = run_cli(command, "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Gebruik: doorstroom {command} [OPTIES]")
    assert "Opties:" in result.stdout and "Toon deze hulp en stop." in result.stdout
    assert "--bron MAP" in result.stdout or command == "schema"
    assert _ENGLISH.findall(result.stdout) == []


def test_an_output_folder_that_cannot_be_made_says_why_in_dutch(tmp_path: Path) -> None:
    (tmp_path / "bestand").write_text("in de weg", encoding="utf-8")
    result = run_cli("overzicht", str(SHEET), "--out", str(tmp_path / "bestand" / "overzicht"), cwd=tmp_path)
    assert result.returncode == 2
    assert "een deel van het pad is een bestand, geen map" in result.stderr or \
        "er staat al een bestand met die naam" in result.stderr, result.stderr
    assert _ENGLISH.findall(result.stderr) == [] and "File exists" not in result.stderr


def test_the_overview_links_the_instruments_to_the_site_built_next_to_the_toolkit(tree: Path, tmp_path: Path) -> None:
    site = tree / "site"
    (site / "instrumenten").mkdir(parents=True)
    (site / "index.html").write_text("<!doctype html><title>Doorstroomtoolkit</title>", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "DOORSTROOM_SITE_URL"}
    result = run_cli_env(env, "overzicht", str(SHEET), "--out", str(tmp_path / "uit"), "--bron", str(tree))
    assert result.returncode == 0, result.stderr
    cells = json.loads((tmp_path / "uit/overzicht.json").read_text(encoding="utf-8"))["cellen"]
    urls = {s["url"] for c in cells for s in c["suggesties"]}
    assert urls and all(u.startswith(site.resolve().as_uri() + "/instrumenten/") for u in urls), urls
    html = (tmp_path / "uit/overzicht.html").read_text(encoding="utf-8")
    assert f'href="{site.resolve().as_uri()}/instrumenten/' in html


def run_cli_env(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """run_cli without its default DOORSTROOM_SITE_URL (which keeps other tests' overviews machine-independent)."""
    exe = Path(sys.executable).with_name("doorstroom")
    return subprocess.run([str(exe), *args], env={**env, "COLUMNS": "200"}, capture_output=True, text=True,
                          timeout=120, cwd=ROOT)
