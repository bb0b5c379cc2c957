"""The shared corpus (tests/corpus/) against the Python implementation: `doorstroom overzicht` as a process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .corpus.harness import cases, compact, expected, materialize, options
from .helpers import run_cli


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
