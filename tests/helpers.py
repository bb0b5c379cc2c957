"""Helpers for tests: the repository root and running the CLI as a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """Run the real ``doorstroom`` console script as a separate process.

    ``DOORSTROOM_SITE_URL`` empty: no links to a site built next to the toolkit, so an overview is the same on
    every machine (tests of the default links set it themselves)."""
    exe = Path(sys.executable).with_name("doorstroom")
    env = {"DOORSTROOM_SITE_URL": "", **os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
    return subprocess.run([str(exe), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def build_site(out: Path) -> subprocess.CompletedProcess[str]:
    """``mkdocs build --strict`` into ``out``, as CI and the Makefile run it."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    exe = Path(sys.executable).with_name("mkdocs")
    return subprocess.run([str(exe), "build", "--strict", "--site-dir", str(out)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def page_url(path: str) -> str:
    """URL of a generated page in the built site (the offline plugin turns directory URLs off)."""
    stem = path[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")]
    return f"{stem}.html"


def site_paths(pages: list) -> list[str]:  # noqa: ANN001 - generator.site.pages.Page
    """Every HTML page of the built site: the generated pages, the example pages, the example's overview and
    session report."""
    return [page_url(p.path) for p in pages] + ["voorbeeld/", "voorbeeld/sessie-regio-lindewaard/overzicht.html",
                                                "voorbeeld/sessieverslag.html", "voorbeeld/sessieverslag/sessie.html"]
