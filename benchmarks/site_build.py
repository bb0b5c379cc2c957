"""Site build time with page generation (hooks) against a plain MkDocs build of the same pages.

Both are run as fresh processes, several times; the best time of each is reported, with the ratio.
The plain build reads the pages that `doorstroom pages` wrote to disk, plus the same static assets,
theme overrides and settings, but no hooks: the difference is what generation costs.

Run: .venv/bin/python benchmarks/site_build.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
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


def timed(args: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(args, cwd=cwd, env=ENV, check=True, capture_output=True)
    return time.perf_counter() - start


def plain_project(work: Path) -> Path:
    """A copy of the site setup that reads pages from disk instead of generating them."""
    pages = work / "pages"
    subprocess.run([str(BIN / "doorstroom"), "pages", "--out", str(pages)], cwd=ROOT, env=ENV, check=True,
                   capture_output=True)
    shutil.copytree(ROOT / "generator/site/static", pages, dirs_exist_ok=True)
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config.pop("hooks")
    config["docs_dir"] = str(pages)
    config["theme"]["custom_dir"] = str(ROOT / "overrides")
    config["exclude_docs"] = ".doorstroom-pages"
    (work / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return work


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    mkdocs = str(BIN / "mkdocs")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        start = time.perf_counter()
        plain = plain_project(work / "plain")
        export = time.perf_counter() - start
        generated = [timed([mkdocs, "build", "--strict", "-q", "-d", str(work / "a")], ROOT) for _ in range(runs)]
        baseline = [timed([mkdocs, "build", "-q", "-d", str(work / "b")], plain) for _ in range(runs)]
        count = sum(1 for _ in (work / "plain/pages").rglob("*.md"))
    best_generated, best_plain = min(generated), min(baseline)
    print(f"pages: {count}, runs: {runs} (best of each)")
    print(f"mkdocs build with hooks (generate + build): {best_generated:.3f} s")
    print(f"plain mkdocs build of the pages on disk:     {best_plain:.3f} s")
    print(f"doorstroom pages (export, once, cold):       {export:.3f} s")
    print(f"ratio generated/plain: {best_generated / best_plain:.2f}")


if __name__ == "__main__":
    main()
