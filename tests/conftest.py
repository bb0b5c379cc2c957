"""Shared fixtures: the real toolkit, and a writable copy of its YAML for error tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.loader import ToolkitData, load_toolkit

from .helpers import ROOT


@pytest.fixture(scope="session")
def toolkit() -> ToolkitData:
    return load_toolkit(ROOT)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A copy of content/ and worksheets/ that a test may break."""
    for folder in ("content", "worksheets"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    return tmp_path
from .browser import browser, page, site_dir, site_url  # noqa: E402,F401 - fixtures shared by all modules
from .pdfsets import pdf_dir  # noqa: E402,F401 - the built PDFs, shared by the PDF test modules
from .voorbereiden_helpers import voorbereid  # noqa: E402,F401 - one prepared session for the voorbereiden tests
