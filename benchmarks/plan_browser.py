"""The plan van aanpak and the monitor plan in Debian chromium, next to Python, for sessions of N sheets.

The session is the example's sessie.json (26 sheets) and larger ones made from it: every Stimuleren and
Contactmomenten sheet repeated with the organisation renamed ("Gemeente Lindewaard 2", ...), so the plan
has N sheets' worth of organisations, items and actions. In the browser (the built site, from file://) the
time is from the call to the bytes: `D.plan.docx` and `D.monitorplan.xlsx`, first on a fresh page (npm docx,
exceljs, Nunjucks and plan-gegevens.js are loaded too) and then again on the same page (warm), median of
three. Next to it the same documents in Python, in-process (context, template, writer). Goal (issue 17):
each download under 1 s for 30 sheets.

Run: .venv/bin/python benchmarks/plan_browser.py [--sizes 26 60 200]
"""

from __future__ import annotations

import argparse
import copy
import json
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
sys.path.insert(0, str(ROOT))

from generator.documents import docx_bytes  # noqa: E402
from generator.loader import load_toolkit  # noqa: E402
from generator.plan.context import plan_context  # noqa: E402
from generator.plan.gegevens import plan_gegevens  # noqa: E402
from generator.plan.monitor_xlsx import xlsx_bytes  # noqa: E402
from generator.plan.render import plan_html  # noqa: E402

BIN = Path(sys.executable).parent
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
EXAMPLE = ROOT / "examples" / "sessie-regio-lindewaard" / "verwacht-sessie.json"
OPTIONS = {"sector": "sociaal", "datum": "2025-03-14", "site": ""}
MEASURE = """async ([sessie, opties]) => {
  const D = window.Doorstroom;
  let start = performance.now();
  const docx = await D.plan.docx(sessie, opties);
  const plan = performance.now() - start;
  start = performance.now();
  const xlsx = await D.monitorplan.xlsx(sessie, opties);
  return {plan: plan / 1000, monitor: (performance.now() - start) / 1000, bytes: docx.length + xlsx.length};
}"""


def grown(sessie: dict, sheets: int) -> dict:
    """The example session with its organisation sheets repeated until it has ``sheets`` sheets."""
    result = copy.deepcopy(sessie)
    count = sum(len(d["bladen"]) for d in result["werkbladen"].values())
    copy_number = 1
    while count < sheets:
        copy_number += 1
        for werkblad in ("stimuleren", "contactmomenten"):
            deel, original = result["werkbladen"][werkblad], sessie["werkbladen"][werkblad]
            for blad in original["bladen"]:
                if count >= sheets:
                    break
                deel["bladen"].append({"bestand": f"kopie-{copy_number}/{blad['bestand']}",
                                       "organisatie": f"{blad['organisatie']} {copy_number}"})
                count += 1
            rename = {b["organisatie"]: f"{b['organisatie']} {copy_number}" for b in original["bladen"]}
            for cel, source in zip(deel.get("cellen", []), original.get("cellen", []), strict=True):
                for soort in ("al", "nog"):
                    cel[soort] += [{**i, "organisatie": rename[i["organisatie"]]} for i in source[soort]]
            for fase, source in zip(deel.get("fasen", []), original.get("fasen", []), strict=True):
                fase["antwoorden"] += [{**a, "organisatie": rename[a["organisatie"]]} for a in source["antwoorden"]]
            if werkblad == "stimuleren":
                deel["organisaties"] += [rename[n] for n in original["organisaties"]]
    return result


def python_seconds(gegevens: dict, sessie: dict) -> tuple[float, float]:
    start = time.perf_counter()
    context = plan_context(gegevens, sessie, OPTIONS)
    docx_bytes(plan_html(context))
    plan = time.perf_counter() - start
    start = time.perf_counter()
    xlsx_bytes(plan_context(gegevens, sessie, OPTIONS))
    return plan, time.perf_counter() - start


def browser_seconds(browser: Browser, site: Path, sessie: dict) -> tuple[dict, dict]:
    page = browser.new_page()
    page.goto((site / "sessie" / "index.html").as_uri())
    cold = page.evaluate(MEASURE, [sessie, OPTIONS])
    warm = page.evaluate(MEASURE, [sessie, OPTIONS])
    page.close()
    return cold, warm


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[26, 60, 200])
    sizes = parser.parse_args().sizes
    sessie = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    gegevens = plan_gegevens(load_toolkit(ROOT))
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        subprocess.run([str(BIN / "mkdocs"), "build", "--strict", "--site-dir", str(site)], cwd=ROOT, env=env,
                       check=True, capture_output=True)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=shutil.which("chromium"), args=ARGS)
            print(f"{'bladen':>7} {'docx koud':>10} {'docx warm':>10} {'xlsx koud':>10} {'xlsx warm':>10} "
                  f"{'docx Python':>12} {'xlsx Python':>12}  (seconden, mediaan van 3)")
            for size in sizes:
                session = grown(sessie, size)
                runs = [browser_seconds(browser, site, session) for _ in range(3)]
                python = [python_seconds(gegevens, session) for _ in range(3)]
                columns = [[cold["plan"] for cold, _ in runs], [warm["plan"] for _, warm in runs],
                           [cold["monitor"] for cold, _ in runs], [warm["monitor"] for _, warm in runs]]
                medians = [statistics.median(c) for c in columns]
                ours = [statistics.median(p for p, _ in python), statistics.median(m for _, m in python)]
                print(f"{size:>7} " + " ".join(f"{m:>10.3f}" for m in medians) + " " +
                      " ".join(f"{m:>12.3f}" for m in ours))
            browser.close()


if __name__ == "__main__":
    main()
