"""PDF build costs: our render per werkblad against a bare WeasyPrint render of the same HTML,
a cold against a warm full build (cache), and the file sizes.

"Ours" = up to three layouts (lay out, measure the free height, lay out again with it shared out: only
for sheets with stretching tables), the shipped-fonts check, PDF/UA and the form set-up (acroform.py).
"Bare" = weasyprint.HTML(string=same html).write_pdf(pdf_forms=True) with WeasyPrint's defaults
(one layout, no PDF/UA, no field finishing, no cache). Each time is the best of --runs runs.

Run: .venv/bin/python benchmarks/pdf_build.py [--runs N]
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

import weasyprint

from generator.loader import load_toolkit
from generator.pdf.build import build_pdfs, cache_dir
from generator.pdf.render import PdfJob, all_jobs, document_html, werkblad_job

ROOT = Path(__file__).resolve().parent.parent


def best(runs: int, action) -> float:  # noqa: ANN001 - any zero-argument callable
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for name in ("content", "worksheets"):
            shutil.copytree(ROOT / name, root / name)
        data = load_toolkit(root)
        cache = cache_dir(data)

        print(f"{'werkblad':26} {'ours (ms)':>10} {'bare (ms)':>10} {'ratio':>6} {'size (KB)':>10}")
        for werkblad_id in data.werkbladen:
            job = werkblad_job(data, werkblad_id)

            def ours(job: PdfJob = job) -> None:
                shutil.rmtree(cache, ignore_errors=True)
                build_pdfs(data, [job])

            def bare(html: str = document_html(data, job, "a4", cache)) -> None:
                weasyprint.HTML(string=html).write_pdf(pdf_forms=True)

            ours_s = best(runs, ours)
            bare_s = best(runs, bare)
            (pdf,) = build_pdfs(data, [job])
            print(f"{werkblad_id:26} {ours_s * 1000:10.0f} {bare_s * 1000:10.0f} {ours_s / bare_s:6.2f} "
                  f"{len(pdf.content) / 1024:10.1f}")

        jobs = all_jobs(data)

        def cold() -> None:
            shutil.rmtree(cache, ignore_errors=True)
            build_pdfs(data, jobs)

        cold_s = best(runs, cold)
        warm_s = best(runs, lambda: build_pdfs(data, jobs))
        sizes = {p.filename: len(p.content) for p in build_pdfs(data, jobs)}
    print(f"full build ({len(jobs)} PDFs): cold {cold_s:.3f} s, warm {warm_s * 1000:.1f} ms, "
          f"cold/warm ratio {cold_s / warm_s:.0f}")
    for name in ("menukaart-sociaal.pdf", "menukaart-particulier.pdf", "doorstroomtoolkit-werkbladen.pdf"):
        print(f"{name:34} {sizes[name] / 1024:8.1f} KB")


if __name__ == "__main__":
    main()
