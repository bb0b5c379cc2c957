"""The CLI's speed: `doorstroom overzicht` of 20 filled Stimuleren PDFs (goal < 2 s) and `doorstroom sessie`
of a mixed session of 30 sheets (goal < 3 s), as a user runs them: a fresh process, median of N runs.

Printed per job:
- the wall time and the CPU time (the process and its children) of the command;
- where the time goes, measured in one fresh process, step by step, in CPU seconds: Python start and our
  imports, the toolkit, reading, combining, importing WeasyPrint, and each output. The slow outputs (the
  WeasyPrint PDFs) run in processes of their own beside the rest (generator.processes), so the
  critical path is start + imports + toolkit + reading + combining + WeasyPrint import + the slowest of
  (each slow output, the other outputs together);
- what bounds it: the floor, a plain WeasyPrint render (the same HTML, no code of ours) of the slowest
  PDF plus Python start and the WeasyPrint import, and the ratio critical path / floor;
- the work WeasyPrint does for each PDF, in millions of Python function calls (cProfile): unlike
  seconds this does not change with the load of the machine;
- with ``--baseline TREE`` (a source tree of another version, e.g. ``git archive <commit> | tar -x -C TREE``)
  the same commands with that tree's code, and the ratios now / then (wall, CPU and PDF work).

CPU seconds are what to compare on a busy machine (the wall time counts every other process too), and
the function calls when even CPU seconds vary (shared cores).
The sheets: benchmarks/overview.py's generated Stimuleren PDFs (about 32 items each, more than a real
sheet); the session is the example session (26 sheets of 8 werkbladen) plus 4 of those PDFs.

What bounds `doorstroom overzicht` (measured on the project's 2-core machine): the wall of the 20
generated sheets is 16 A3 pages with 645 items. WeasyPrint lays that out in pure Python in one process
(about 7.5 million function calls, 1.6-2.1 CPU-s), and starting Python and importing WeasyPrint add
0.4 s. A plain WeasyPrint render of the very same HTML (the floor printed below) already takes
2.0-2.5 s, so the goal of < 2 s cannot be met while the wall is one WeasyPrint document; ours is
1.08-1.14x that floor. Reading the 20 PDFs (0.02 s) and the other four files (0.2 s, made beside the
wall) do not bound it. The session of 30 sheets makes its two PDFs side by side: its critical path is
the larger one, sessie.pdf (2.1-2.8 CPU-s in all), within its goal of < 3 s on an idle machine.

Run: .venv/bin/python benchmarks/cli_speed.py [--runs 3] [--baseline TREE]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples/sessie-regio-lindewaard/bladen"
GOALS = {"overzicht": 2.0, "sessie": 3.0}
SLOW = {"overzicht": ("overzicht.pdf",), "sessie": ("sessie.pdf", "wandplaat.pdf")}


def make_sheets(folder: Path, count: int) -> None:
    spec = importlib.util.spec_from_file_location("overview_benchmark", ROOT / "benchmarks" / "overview.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.make_sheets(folder, count)


def inputs(tmp: Path) -> dict[str, Path]:
    """20 Stimuleren PDFs; a session of 30 sheets (the example without its praatplaat, plus 4 PDFs)."""
    overview = tmp / "stimuleren-20"
    overview.mkdir()
    make_sheets(overview, 20)
    session = tmp / "sessie-30"
    shutil.copytree(EXAMPLE, session, ignore=shutil.ignore_patterns("hoe-wilt-u-wonen"))
    (session / "stimuleren-extra").mkdir()
    make_sheets(session / "stimuleren-extra", 4)
    files = [p for p in session.rglob("*") if p.is_file()]
    sheets = sum(len(zipfile.ZipFile(p).namelist()) if p.suffix == ".zip" else 1 for p in files)
    assert sheets == 30, sheets  # the example's ZIP holds two sheets
    return {"overzicht": overview, "sessie": session}


def command(job: str, folder: Path, out: Path, tree: Path | None) -> tuple[list[str], dict[str, str]]:
    env = {**os.environ, "NO_COLOR": "1"}
    if tree is None:
        args = [str(Path(sys.executable).with_name("doorstroom"))]
    else:
        args = [sys.executable, "-c", "from generator.cli import main; main()"]
        env["PYTHONPATH"] = str(tree)
    return [*args, job, str(folder), "--out", str(out), "--bron", str(tree or ROOT)], env


def timed_runs(job: str, folder: Path, out: Path, runs: int, tree: Path | None) -> tuple[float, float]:
    """Median wall time and median CPU time (the command and its children) of ``runs`` runs."""
    walls, cpus = [], []
    args, env = command(job, folder, out, tree)
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        result = subprocess.run(args, env=env, capture_output=True, text=True)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        assert result.returncode in (0, 1), result.stderr
    return statistics.median(walls), statistics.median(cpus)


def steps(job: str, folder: str) -> dict[str, float]:
    """CPU seconds per step, in this (fresh) process: run with --steps."""
    clock = time.process_time
    marks = {"start": clock()}
    import generator.cli  # noqa: F401 - what the command imports before it starts
    marks["imports"] = clock()
    from generator.loader import load_toolkit
    from generator.overview.links import instrument_links
    data = load_toolkit(ROOT)
    links = instrument_links(data, None)
    marks["toolkit"] = clock()
    if job == "overzicht":
        from generator.overview.matrix import build_overzicht
        from generator.overview.outputs import produce_all
        from generator.overview.run import overview_context, read_stimuleren
        gelezen = read_stimuleren(data, [Path(folder)])
        marks["read"] = clock()
        overzicht = build_overzicht(data, gelezen.sheets, gelezen.afgewezen, "Benchmark", "sociaal", links,
                                    meldingen=gelezen.meldingen)
        makers = produce_all(overview_context(data, overzicht))
    else:
        import datetime as dt

        from generator.readers import read_inputs
        from generator.session.build import accept_session, build_session
        from generator.session.outputs import makers as session_makers
        gelezen = read_inputs(data, [Path(folder)], accept_session)
        marks["read"] = clock()
        sessie = build_session(data, gelezen, "Benchmark", "sociaal", links)
        makers = session_makers(data, sessie, "sociaal", links, dt.date.today())
    marks["combine"] = clock()
    import weasyprint  # noqa: F401
    marks["weasyprint"] = clock()
    times = list(marks.items())
    seconds = {name: later - times[i][1] for i, (name, later) in enumerate(times[1:])}
    for name, make in makers.items():
        start = clock()
        make()
        seconds[name] = clock() - start
    return seconds


def work(job: str, folder: str) -> dict[str, float]:
    """Millions of Python function calls per PDF (run with --work, in either tree: both have these)."""
    import cProfile
    import datetime as dt
    import pstats

    from generator.loader import load_toolkit
    from generator.overview.links import instrument_links
    data = load_toolkit(Path.cwd())
    links = instrument_links(data, None)
    if job == "overzicht":
        from generator.overview.matrix import build_overzicht
        from generator.overview.run import overview_context, read_stimuleren
        from generator.overview.wall import wall_pdf
        gelezen = read_stimuleren(data, [Path(folder)])
        overzicht = build_overzicht(data, gelezen.sheets, gelezen.afgewezen, "B", "sociaal", links)
        context = overview_context(data, overzicht)
        pdfs = {"overzicht.pdf": lambda: wall_pdf(context)}
    else:
        from generator.readers import read_inputs
        from generator.session import report
        from generator.session.build import accept_session, build_session
        sessie = build_session(data, read_inputs(data, [Path(folder)], accept_session), "B", "sociaal", links)
        pdfs = {"sessie.pdf": lambda: report.pdf_bytes(data, sessie, dt.date.today(), "sociaal", links)}
        if hasattr(report, "wall_bytes"):
            pdfs["wandplaat.pdf"] = lambda: report.wall_bytes(data, sessie, "sociaal", links)
    found = {}
    for name, make in pdfs.items():
        profile = cProfile.Profile()
        profile.runcall(make)
        found[name] = pstats.Stats(profile).total_calls / 1e6
    return found


def work_in(tree: Path | None, job: str, folder: Path) -> dict[str, float]:
    env = {**os.environ, **({"PYTHONPATH": str(tree)} if tree else {})}
    output = subprocess.run([sys.executable, __file__, "--work", job, str(folder)], check=True, capture_output=True,
                            text=True, cwd=tree or ROOT, env=env).stdout
    return json.loads(output.strip().splitlines()[-1])


def floor(job: str, folder: Path) -> float:
    """Python start + WeasyPrint import + a plain WeasyPrint render of the job's slowest PDF (our HTML)."""
    code = f"""
import json, sys, time, datetime as dt
from pathlib import Path
sys.argv = ["x"]
from generator.loader import load_toolkit
from generator.overview.links import instrument_links
data = load_toolkit(Path({str(ROOT)!r})); links = instrument_links(data, None)
if {job!r} == "overzicht":
    from generator.overview.matrix import build_overzicht
    from generator.overview.run import overview_context, read_stimuleren
    from generator.overview.wall import wall_html
    g = read_stimuleren(data, [Path({str(folder)!r})])
    html = wall_html(overview_context(data, build_overzicht(data, g.sheets, g.afgewezen, "B", "sociaal", links)))
else:
    from generator.readers import read_inputs
    from generator.session.build import accept_session, build_session
    from generator.session.report import pdf_html
    s = build_session(data, read_inputs(data, [Path({str(folder)!r})], accept_session), "B", "sociaal", links)
    html = pdf_html(data, s, dt.date.today(), "sociaal", links)
from generator.pdf.fonts import FONTS_DIR
start = time.process_time()
import weasyprint
weasyprint.HTML(string=html, base_url=FONTS_DIR.as_uri() + "/").write_pdf(pdf_variant="pdf/ua-1")
print(json.dumps(time.process_time() - start))
"""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    python = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    result = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return python + json.loads(result.stdout.strip().splitlines()[-1])


def critical_path(job: str, seconds: dict[str, float]) -> float:
    serial = sum(seconds[k] for k in ("imports", "toolkit", "read", "combine", "weasyprint"))
    outputs = {k: v for k, v in seconds.items() if "." in k}
    others = sum(v for k, v in outputs.items() if k not in SLOW[job])
    return serial + max([others, *(outputs[k] for k in SLOW[job])])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--baseline", type=Path, help="source tree of the version to compare with")
    parser.add_argument("--steps", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--work", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.steps:
        print(json.dumps(steps(*args.steps)))
        return
    if args.work:
        print(json.dumps(work(*args.work)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        folders = inputs(Path(tmp))
        for job, folder in folders.items():
            out = Path(tmp) / f"uit-{job}"
            wall, cpu = timed_runs(job, folder, out, args.runs, None)
            measured = subprocess.run([sys.executable, __file__, "--steps", job, str(folder)], check=True,
                                      capture_output=True, text=True, cwd=ROOT).stdout
            seconds = json.loads(measured.strip().splitlines()[-1])
            path = critical_path(job, seconds)
            bound = floor(job, folder)
            print(f"doorstroom {job} ({folder.name}): wall {wall:.2f} s (goal < {GOALS[job]:.0f} s), "
                  f"CPU {cpu:.2f} s; load average {os.getloadavg()[0]:.1f}")
            print("   CPU per step: " + ", ".join(f"{k} {v:.2f}" for k, v in seconds.items()))
            print(f"   critical path {path:.2f} s (the PDFs side by side), all steps one after the other "
                  f"{sum(seconds.values()):.2f} s; floor (Python + WeasyPrint import + a plain WeasyPrint "
                  f"render of {SLOW[job][0]}) {bound:.2f} s: ratio {path / bound:.2f}")
            now = work_in(None, job, folder)
            print("   PDF work (million function calls): " + ", ".join(f"{k} {v:.2f}" for k, v in now.items()))
            if args.baseline:
                then_wall, then_cpu = timed_runs(job, folder, Path(tmp) / f"toen-{job}", args.runs, args.baseline)
                then = work_in(args.baseline, job, folder)
                print(f"   baseline {args.baseline}: wall {then_wall:.2f} s, CPU {then_cpu:.2f} s, PDF work "
                      + ", ".join(f"{k} {v:.2f}" for k, v in then.items()) + "; now / then: "
                      f"wall {wall / then_wall:.2f}, CPU {cpu / then_cpu:.2f}, PDF work of {SLOW[job][0]} "
                      f"{now[SLOW[job][0]] / then[SLOW[job][0]]:.2f}")


if __name__ == "__main__":
    main()
