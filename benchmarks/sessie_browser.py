"""The page "Sessieverslag maken" in Debian chromium, next to `doorstroom sessie` for the same files.

A mixed session of N sheets: the example session (every werkblad, PDFs, answer files, a ZIP; 26 sheets
and a praatplaat), copied into K folders (ronde-1/, ronde-2/, ...) as K rounds of the same session, and
filled Stimuleren PDFs (benchmarks/overview.py's `make_sheets`) up to N. The files go into the page
opened from file:// (as a facilitator opens the site from disk) through the folder chooser; measured in
the page, on a fresh page each run (so pdf-lib, pdf.js, fflate and Nunjucks load too), median of three:

- **report**: from the chooser's `change` event until the report (the CLI's sessie.html, rendered with
  Nunjucks in the page's frame) is shown and drawn;
- **heap**: the page's JavaScript heap after the report (chromium's performance.memory);
- **docx**, **xlsx**: `window.Doorstroom.plan.docx` and `window.Doorstroom.monitorplan.xlsx` on that
  sessie.json, when the page has them (they are written by another part of the site);
- **CLI**: `doorstroom sessie` on the same folder as a process (start-up, reading, all five outputs).

Goals (issue 17): 30 sheets: report < 1.5 s, docx and xlsx < 1 s each; 200 sheets: report < 5 s.

Run: .venv/bin/python benchmarks/sessie_browser.py [--sizes 30 200]
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
EXAMPLE = ROOT / "examples" / "sessie-regio-lindewaard" / "bladen"
EXAMPLE_SHEETS = 26  # read from the example (its praatplaat is not a sheet of the report)
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--enable-precise-memory-info"]
MEASURE = """() => {
  document.querySelector('#sessie-map').addEventListener('change', () => { window.__start = performance.now(); },
    {capture: true});
  // shown: the report is in the page (the event), then drawn (the task after the next animation frame)
  document.addEventListener('doorstroom:verslag', () => {
    requestAnimationFrame(() => setTimeout(() => { window.__end = performance.now(); }));
  });
}"""
DOCUMENTS = """async () => {
  const D = window.Doorstroom, sessie = D.pagina.sessie(), opties = {sector: 'sociaal', datum: '2025-03-03'};
  const time = async (make) => {
    const start = performance.now(); await make(sessie, opties); return performance.now() - start; };
  return {docx: D.plan && D.plan.docx ? await time(D.plan.docx) : null,
          xlsx: D.monitorplan && D.monitorplan.xlsx ? await time(D.monitorplan.xlsx) : null};
}"""


def make_session(folder: Path, count: int) -> None:
    """`count` sheets: whole copies of the example session, the rest filled Stimuleren PDFs."""
    rounds = max(1, count // (EXAMPLE_SHEETS * 2)) if count >= EXAMPLE_SHEETS else 0
    for number in range(1, rounds + 1):
        shutil.copytree(EXAMPLE, folder / f"ronde-{number}")
    rest = count - rounds * EXAMPLE_SHEETS
    if rest > 0:
        spec = importlib.util.spec_from_file_location("overview_benchmark", ROOT / "benchmarks" / "overview.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        (folder / "stimuleren").mkdir()
        module.make_sheets(folder / "stimuleren", rest)


def browser_run(browser: Browser, site: Path, folder: Path, count: int) -> dict[str, float | None]:
    page = browser.new_page()
    page.goto((site / "sessie" / "index.html").as_uri())
    page.evaluate(MEASURE)
    page.locator("#sessie-map").set_input_files(str(folder))
    page.wait_for_selector('.sessie[data-versie="1"]', timeout=300_000)
    page.wait_for_function("window.__end !== undefined")
    sheets = page.evaluate("Object.values(window.Doorstroom.pagina.sessie().werkbladen)"
                           ".reduce((n, d) => n + d.bladen.length, 0)")
    assert sheets == count, sheets
    result = {"report": page.evaluate("(window.__end - window.__start) / 1000"),
              "heap": page.evaluate("performance.memory.usedJSHeapSize / 1048576")}
    documents = page.evaluate(DOCUMENTS)
    result.update({k: (v / 1000 if v is not None else None) for k, v in documents.items()})
    page.close()
    return result


def cli_seconds(folder: Path, out: Path) -> float:
    start = time.perf_counter()
    result = subprocess.run([str(BIN / "doorstroom"), "sessie", str(folder), "--out", str(out)],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode in (0, 1), result.stderr
    return time.perf_counter() - start


def shown(value: float | None, unit: str = "s") -> str:
    return "ontbreekt" if value is None else f"{value:.2f}" if unit == "s" else f"{value:.0f}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[30, 200])
    sizes = parser.parse_args().sizes
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        subprocess.run([str(BIN / "mkdocs"), "build", "--strict", "--site-dir", str(site)], cwd=ROOT, env=env,
                       check=True, capture_output=True)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=shutil.which("chromium"), args=ARGS)
            print(f"{'bladen':>7} {'verslag (s)':>12} {'heap (MB)':>10} {'docx (s)':>10} {'xlsx (s)':>10}"
                  f" {'CLI (s)':>8}")
            for count in sizes:
                folder = Path(tmp) / f"bladen-{count}"
                folder.mkdir()
                make_session(folder, count)
                runs = [browser_run(browser, site, folder, count) for _ in range(3)]
                median = {key: statistics.median(r[key] for r in runs) if runs[0][key] is not None else None
                          for key in runs[0]}
                cli = cli_seconds(folder, Path(tmp) / f"uit-{count}")
                print(f"{count:>7} {shown(median['report']):>12} {shown(median['heap'], 'MB'):>10} "
                      f"{shown(median['docx']):>10} {shown(median['xlsx']):>10} {cli:>8.2f}")
            browser.close()


if __name__ == "__main__":
    main()
