"""Shared fixtures: the real toolkit, and a writable copy of its YAML for error tests."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.loader import ToolkitData, load_toolkit

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def toolkit() -> ToolkitData:
    return load_toolkit(ROOT)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A copy of content/ and worksheets/ that a test may break."""
    for folder in ("content", "worksheets"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    return tmp_path


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """Run the real ``doorstroom`` console script as a separate process."""
    exe = Path(sys.executable).with_name("doorstroom")
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
    return subprocess.run([str(exe), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)
