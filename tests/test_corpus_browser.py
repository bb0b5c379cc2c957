"""The shared corpus (tests/corpus/) against the JavaScript implementation: the session page's own
modules in Debian chromium, loaded from file:// (as a facilitator opens the site from disk)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from generator.loader import ToolkitData
from generator.session.run import DEFAULT_TITLE

from .browser import RequestLog
from .corpus.harness import SESSIE, cases, compact, compact_sessie, expected, materialize, options
from .sessie import python_session, run_engine, run_session


@pytest.fixture(scope="module")
def engine(browser: Browser, site_dir: Path) -> Iterator[tuple[Page, RequestLog]]:
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    log = RequestLog(page)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto((site_dir / "sessie" / "index.html").as_uri())
    yield page, log
    assert errors == []
    assert log.foreign(None) == []
    context.close()


@pytest.mark.parametrize("case", cases())
def test_case(case: str, tmp_path: Path, site_dir: Path, engine: tuple[Page, RequestLog]) -> None:
    invoer = materialize(case, tmp_path, site_dir / "pdf")
    overzicht = run_engine(engine[0], invoer, options(case).get("sector", "sociaal"))
    assert len(overzicht["cellen"]) == 25
    assert compact(overzicht) == expected(case)


@pytest.mark.parametrize("case", cases(SESSIE))
def test_session_case(case: str, tmp_path: Path, site_dir: Path, toolkit: ToolkitData,
                      engine: tuple[Page, RequestLog]) -> None:
    """The expected outcome, and sessie.json byte for byte what the CLI writes for the same files."""
    invoer = materialize(case, tmp_path, site_dir / "pdf", SESSIE)
    opties = {"titel": DEFAULT_TITLE, "sector": "sociaal", **options(case, SESSIE)}
    mine = run_session(engine[0], invoer, opties["titel"], opties["sector"])
    assert compact_sessie(json.loads(mine)) == expected(case, SESSIE)
    root = engine[0].evaluate("window.Doorstroom.laden.root")
    assert mine == python_session(toolkit, sorted(invoer.iterdir()), invoer, opties["titel"], opties["sector"],
                                  root).decode("utf-8")
