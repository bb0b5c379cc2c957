"""The shared corpus (tests/corpus/) against the JavaScript implementation: the session page's own
modules in Debian chromium, loaded from file:// (as a facilitator opens the site from disk)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from .browser import RequestLog
from .corpus.harness import cases, compact, expected, materialize, options
from .sessie import run_engine


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
