"""The plan van aanpak and the monitor plan made in the browser (window.Doorstroom.plan.docx,
window.Doorstroom.monitorplan.xlsx) from the CLI's sessie.json equal the CLI's own files: the docx by
structure (every heading, paragraph and table cell), the xlsx cell for cell, the plan context as data; for the
example session and two small ones (no Stimuleren; only Ambities and indicator sheets), in Debian chromium,
also from file:// without any other host."""

# ruff: noqa: F811 - pytest fixtures are imported by name and used as parameters
from __future__ import annotations

import base64
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from generator.loader import ToolkitData
from generator.plan.context import plan_context
from generator.plan.gegevens import plan_gegevens

from .browser import RequestLog
from .docx_structure import structure
from .plan_helpers import SMALL, small_runs  # noqa: F401 - fixtures
from .sessie_helpers import example_run, load_json  # noqa: F401 - fixtures
from .xlsx_cells import cells

PAGE = "sessie/index.html"
MAKE = """async ([sessie, opties]) => {
  const D = window.Doorstroom;
  const b64 = (bytes) => {
    let binary = "";
    for (let i = 0; i < bytes.length; i += 0x8000) {
      binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    }
    return btoa(binary);
  };
  return {context: await D.plan.context(sessie, opties), docx: b64(await D.plan.docx(sessie, opties)),
          xlsx: b64(await D.monitorplan.xlsx(sessie, opties))};
}"""


@pytest.fixture(scope="module")
def tab(browser: Browser, site_url: str) -> Iterator[Page]:
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    page.goto(site_url + PAGE)
    yield page
    context.close()


def cli_options() -> dict[str, str]:
    """What the CLI used: today, the sociaal menukaart, no site address (mkdocs.yml sets none)."""
    return {"sector": "sociaal", "datum": dt.date.today().isoformat(), "site": ""}


def made_in(page: Page, sessie: dict) -> dict:
    made = page.evaluate(MAKE, [sessie, cli_options()])
    return {"context": made["context"], "docx": base64.b64decode(made["docx"]), "xlsx": base64.b64decode(made["xlsx"])}


@pytest.mark.parametrize("name", ["voorbeeld", *SMALL])
def test_the_browser_makes_the_cli_s_plan_and_monitor_plan(
    name: str,
    tab: Page,
    example_run: tuple[Path, object],
    small_runs: dict[str, Path],
    toolkit: ToolkitData,
) -> None:
    out = example_run[0] if name == "voorbeeld" else small_runs[name]
    sessie = load_json(out / "sessie.json")
    made = made_in(tab, sessie)
    expected = plan_context(plan_gegevens(toolkit), sessie, cli_options())
    assert made["context"] == json.loads(json.dumps(expected))
    assert structure(made["docx"]) == structure((out / "plan-van-aanpak.docx").read_bytes())
    assert cells(made["xlsx"]) == cells((out / "monitorplan.xlsx").read_bytes())


def test_from_file_without_other_hosts(browser: Browser, site_dir: Path, example_run: tuple[Path, object]) -> None:
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    log = RequestLog(page)
    page.goto((site_dir / PAGE).as_uri())
    assert not [u for u in log.urls if "plan-gegevens" in u or "docx.umd" in u]  # loaded on first use only
    made = made_in(page, load_json(example_run[0] / "sessie.json"))
    context.close()
    assert structure(made["docx"]) == structure((example_run[0] / "plan-van-aanpak.docx").read_bytes())
    assert log.foreign(None) == []
