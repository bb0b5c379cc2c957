"""Warm site build time with our generation against a plain MkDocs build of the very same site.

Measured, each as a fresh process, several times (best time of each), after one warm-up build:

- hooks:   ``mkdocs build --strict`` in the project (the hooks hand over the site bundle; ``mkdocs serve``
           and the tests build this way);
- export:  ``python -m generator.site.export --out X`` (= ``doorstroom pages``) and then
           ``mkdocs build -f X/mkdocs.yml`` (what ``make site`` runs);
- plain:   ``mkdocs build`` of the exported project with its one hook (search word forms) removed: the
           same pages, PDFs and scripts on disk, nothing of ours running. This is the baseline;
- pages:   the earlier baseline, the exported pages and static assets only (no PDFs, scripts, examples).

The ratio hooks/plain is what generation costs on a warm rebuild (target <= 1.2). The machine may be shared,
so besides the wall time the CPU time of each build (user + system, from the OS) is reported: it does not
grow when other processes take turns on the cores.

Run: .venv/bin/python benchmarks/site_build.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
MKDOCS = str(BIN / "mkdocs")


def timed(args: list[str], cwd: Path) -> tuple[float, float]:
    """(wall time, CPU time) of one run of ``args``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(args, cwd=cwd, env=ENV, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def without_hooks(export: Path, target: Path, generated: bool) -> Path:
    """A copy of the exported project that runs none of our code (``generated``: with the PDFs etc.)."""
    shutil.copytree(export, target, ignore=shutil.ignore_patterns("site"))
    config = yaml.safe_load((target / "mkdocs.yml").read_text(encoding="utf-8"))
    config.pop("hooks", None)
    if not generated:
        pages = {p.relative_to(export / "docs") for p in (export / "docs").rglob("*.md")}
        static = {p.relative_to(ROOT / "generator/site/static") for p in (ROOT / "generator/site/static").rglob("*")}
        for path in sorted((target / "docs").rglob("*"), reverse=True):
            relative = path.relative_to(target / "docs")
            if path.is_file() and relative not in pages and relative not in static:
                path.unlink()
        config["strict"] = False  # links to the PDFs cannot resolve without them
    (target / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return target / "mkdocs.yml"


def best(runs: int, *commands: tuple[list[str], Path]) -> tuple[float, float]:
    """The best wall time and the best CPU time over ``runs`` runs of the commands one after another."""
    results = []
    for _ in range(runs):
        times = [timed(args, cwd) for args, cwd in commands]
        results.append((sum(t[0] for t in times), sum(t[1] for t in times)))
    return min(r[0] for r in results), min(r[1] for r in results)


def line(label: str, value: tuple[float, float]) -> str:
    return f"{label:<48} {value[0]:6.3f} s wall  {value[1]:6.3f} s CPU"


def ratio(a: tuple[float, float], b: tuple[float, float]) -> str:
    return f"{a[0] / b[0]:.2f} (wall) {a[1] / b[1]:.2f} (CPU)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        export = work / "export"
        pages_cmd = ([sys.executable, "-m", "generator.site.export", "--out", str(export)], ROOT)
        hooks_cmd = ([MKDOCS, "build", "--strict", "-q", "-d", str(work / "a")], ROOT)
        export_build = ([MKDOCS, "build", "--strict", "-q", "-f", str(export / "mkdocs.yml"), "-d", str(work / "b")],
                        ROOT)
        for args, cwd in (hooks_cmd, pages_cmd, export_build):  # warm-up: caches filled, files in the OS cache
            timed(args, cwd)
        plain = without_hooks(export, work / "plain", generated=True)
        pages_only = without_hooks(export, work / "pages", generated=False)
        plain_cmd = ([MKDOCS, "build", "-q", "-f", str(plain), "-d", str(work / "c")], ROOT)
        pages_only_cmd = ([MKDOCS, "build", "-q", "-f", str(pages_only), "-d", str(work / "d")], ROOT)
        timed(*plain_cmd)
        hooks = best(runs, hooks_cmd)
        exported = best(runs, pages_cmd, export_build)
        export_only = best(runs, pages_cmd)
        baseline = best(runs, plain_cmd)
        pages_baseline = best(runs, pages_only_cmd)
        count = sum(1 for _ in (export / "docs").rglob("*.md"))
        files = sum(1 for p in (export / "docs").rglob("*") if p.is_file())
    print(f"pages: {count}, files in the export: {files}, runs: {runs} (best of each, warm)")
    print(line("mkdocs build with hooks:", hooks))
    print(line("make site (export + mkdocs build):", exported))
    print(line("  of which the export:", export_only))
    print(line("plain mkdocs build of the same site (baseline):", baseline))
    print(line("plain mkdocs build of the pages only (earlier):", pages_baseline))
    print(f"ratio hooks/baseline: {ratio(hooks, baseline)}")
    print(f"ratio make site/baseline: {ratio(exported, baseline)}")
    print(f"ratio hooks/pages only (the earlier measure): {ratio(hooks, pages_baseline)}")


if __name__ == "__main__":
    main()
