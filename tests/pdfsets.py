"""The PDF sets the CLI writes, shared by all PDF test modules (built once per test process)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import run_cli


@pytest.fixture(scope="session")
def pdf_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`doorstroom pdf` A4 and `--papier a3` into one folder: every werkblad, menukaart and the booklet twice."""
    out = tmp_path_factory.mktemp("pdf")
    for papier in ("a4", "a3"):
        result = run_cli("pdf", "--papier", papier, "--out", str(out))
        assert result.returncode == 0, result.stderr
    return out
