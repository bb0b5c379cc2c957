"""The shared corpus (tests/corpus/) against the Python implementation: `doorstroom overzicht` as a process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .corpus.harness import SESSIE, cases, compact, compact_sessie, expected, materialize, options
from .helpers import ROOT, run_cli


@pytest.fixture(scope="module")
def blanks(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("leeg")
    result = run_cli("pdf", "--out", str(out))
    assert result.returncode == 0, result.stderr
    return out


@pytest.mark.parametrize("case", cases())
def test_case(case: str, tmp_path: Path, blanks: Path) -> None:
    invoer = materialize(case, tmp_path, blanks)
    extra = [arg for key, value in options(case).items() for arg in (f"--{key}", value)]
    result = run_cli("overzicht", str(invoer), "--out", str(tmp_path / "uit"), *extra)
    assert "Traceback" not in result.stderr
    wanted = expected(case)
    assert result.returncode == (1 if wanted["afgewezen"] else 0), result.stderr
    found = compact(json.loads((tmp_path / "uit" / "overzicht.json").read_text(encoding="utf-8")), invoer)
    assert found == wanted


@pytest.mark.parametrize("case", cases(SESSIE))
def test_session_case(case: str, tmp_path: Path, blanks: Path) -> None:
    """`doorstroom sessie` run in the case's folder on everything in it (as `doorstroom sessie *` would)."""
    invoer = materialize(case, tmp_path, blanks, SESSIE)
    extra = [arg for key, value in options(case, SESSIE).items() for arg in (f"--{key}", value)]
    names = sorted(p.name for p in invoer.iterdir())
    result = run_cli("sessie", *names, "--out", str(tmp_path / "uit"), "--bron", str(ROOT), *extra, cwd=invoer)
    assert "Traceback" not in result.stderr
    wanted = expected(case, SESSIE)
    assert result.returncode == (1 if wanted["afgewezen"] else 0), result.stderr
    assert compact_sessie(json.loads((tmp_path / "uit" / "sessie.json").read_text(encoding="utf-8"))) == wanted
