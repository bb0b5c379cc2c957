"""The session page in Debian chromium: time from files chosen to overview shown, for N filled PDFs.

For each N (default 20 and 100) the same generated Stimuleren PDFs (benchmarks/overview.py's
`make_sheets`) go into the page from file:// (as a facilitator opens the site from disk); the time is
measured in the page, from the file input's `change` event until the overview (the shared view,
rendered with Nunjucks) is in the page and drawn, on a fresh page each run (so pdf-lib and Nunjucks
are loaded too), median of three. Next to it: `doorstroom overzicht` on the same
files as a process (start-up, reading and all five outputs). Goal: 20 sheets under 1 s in the browser.

Run: .venv/bin/python benchmarks/sessie_browser.py [--sizes 20 100]
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
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
MEASURE = """() => {
  document.querySelector('#sessie-bestanden').addEventListener('change', () => { window.__start = performance.now(); },
    {capture: true});
  // shown: the view is in the page (the event), then drawn (the task after the next animation frame)
  document.addEventListener('doorstroom:overzicht', () => {
    requestAnimationFrame(() => setTimeout(() => { window.__end = performance.now(); }));
  });
}"""


def make_sheets(folder: Path, count: int) -> None:
    spec = importlib.util.spec_from_file_location("overview_benchmark", ROOT / "benchmarks" / "overview.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.make_sheets(folder, count)


def browser_seconds(browser: Browser, site: Path, files: list[Path]) -> float:
    page = browser.new_page()
    page.goto((site / "sessie" / "index.html").as_uri())
    page.evaluate(MEASURE)
    page.locator("#sessie-bestanden").set_input_files([str(f) for f in files])
    page.wait_for_selector('.sessie[data-versie="1"]', timeout=120_000)
    page.wait_for_function("window.__end !== undefined")
    organisations = page.evaluate("window.Doorstroom.pagina.huidige().organisaties.length")
    assert organisations == len(files), organisations
    seconds = page.evaluate("(window.__end - window.__start) / 1000")
    page.close()
    return seconds


def cli_seconds(folder: Path, out: Path) -> float:
    start = time.perf_counter()
    result = subprocess.run([str(BIN / "doorstroom"), "overzicht", str(folder), "--out", str(out)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[20, 100])
    sizes = parser.parse_args().sizes
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        subprocess.run([str(BIN / "mkdocs"), "build", "--strict", "--site-dir", str(site)], cwd=ROOT, env=env,
                       check=True, capture_output=True)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=shutil.which("chromium"), args=ARGS)
            print(f"{'bladen':>7} {'browser (s)':>12} {'per blad (ms)':>14} {'CLI (s)':>9}")
            for count in sizes:
                folder = Path(tmp) / f"bladen-{count}"
                folder.mkdir()
                make_sheets(folder, count)
                files = sorted(folder.glob("*.pdf"))
                runs = [browser_seconds(browser, site, files) for _ in range(3)]
                seconds = statistics.median(runs)
                cli = cli_seconds(folder, Path(tmp) / f"uit-{count}")
                print(f"{count:>7} {seconds:>12.3f} {seconds / count * 1000:>14.1f} {cli:>9.2f}")
            browser.close()


if __name__ == "__main__":
    main()
