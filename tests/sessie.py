"""Helpers for tests of the session page: run its JavaScript engine on files from disk in chromium."""

from __future__ import annotations

import base64
from pathlib import Path

from playwright.sync_api import Page

from generator.loader import ToolkitData
from generator.overview.links import instrument_links
from generator.overview.outputs import json_bytes
from generator.readers import read_inputs
from generator.session.build import accept_session, build_session
from generator.site.example_build import relative_to_project

# The page's own modules, in the order the page runs them: order and skip, read each file (ZIPs
# unpacked), combine: the overview (only Stimuleren welcome) or the whole session (sessie.json as text).
READ = """
  const D = window.Doorstroom;
  const bytes = (b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const list = D.bestanden.volgorde(files.map((f) => ({naam: f.naam, bytes: bytes(f.b64)})))
    .filter((f) => !D.bestanden.overslaan(f.naam));
  const url = (id) => new URL(D.gegevens.instrumenten[id].pad, D.laden.root).href;
"""
ENGINE = """async ({files, sector}) => {""" + READ + """
  const gelezen = await D.inlezen.alles(list, D.lezen.alleen(D.gegevens.overzicht));
  return D.samenvoegen.overzicht(gelezen.bladen, gelezen.afgewezen, {sector, url}, gelezen.meldingen);
}"""
SESSION = """async ({files, sector, titel}) => {""" + READ + """
  const gelezen = await D.inlezen.alles(list, D.sessie.accepteren);
  return D.sessie.json(D.sessie.maak(gelezen, {titel, sector, url}));
}"""


def files_of(folder: Path) -> list[dict[str, str]]:
    """Every file below ``folder`` with its path relative to it (as the browser names a chosen folder)."""
    return [{"naam": p.relative_to(folder).as_posix(), "b64": base64.b64encode(p.read_bytes()).decode()}
            for p in sorted(folder.rglob("*")) if p.is_file()]


def run_engine(page: Page, folder: Path, sector: str = "sociaal") -> dict:
    return page.evaluate(ENGINE, {"files": files_of(folder), "sector": sector})


def run_session(page: Page, folder: Path, titel: str, sector: str = "sociaal") -> str:
    """sessie.json as the page's modules write it for every file below ``folder`` (names relative to it)."""
    return page.evaluate(SESSION, {"files": files_of(folder), "sector": sector, "titel": titel})


def python_session(toolkit: ToolkitData, inputs: list[Path], base: Path, titel: str, sector: str, root: str) -> bytes:
    """sessie.json as `doorstroom sessie INPUTS` writes it when run in ``base`` (files named relative to it),
    made in-process, with the links the page makes (against ``root``, the address it was opened from)."""
    gelezen = relative_to_project(read_inputs(toolkit, inputs, accept_session), base)
    return json_bytes(build_session(toolkit, gelezen, titel, sector, instrument_links(toolkit, root)))
