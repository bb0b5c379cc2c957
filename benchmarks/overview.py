"""Gap overview at scale: N generated filled Stimuleren PDFs (default 100 and 1000).

Prints, per N: reading time per sheet with our reader (`read_stimuleren`: validation included) against a
bare field read of the same files with pikepdf (the floor) and with pypdf; the time of the combiner
(merge + matrix + view context) and of each of the five outputs; the total time of `make_overview`
(read + all five outputs); and the peak memory (max RSS) of the process that ran it. Each N runs in a
fresh process so peak memory is its own. Also the time to read one flattened sheet (printed to PDF: no
fields, read by position; needs pymupdf from the test extras to flatten), which only PDFs without
fields pay.

Run: .venv/bin/python benchmarks/overview.py [--sizes 100 1000]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pikepdf
from pypdf import PdfReader

from generator.loader import ToolkitData, load_toolkit
from generator.overview.links import instrument_links
from generator.overview.matrix import build_overzicht
from generator.overview.outputs import produce_all
from generator.overview.run import make_overview, overview_context, read_stimuleren
from generator.pdf.build import build_pdfs
from generator.pdf.render import werkblad_job
from generator.readers import Rejection, accept_only, read_file

ROOT = Path(__file__).resolve().parent.parent
WORDS = ("verhuiscoach voorrang 55+ verhuisvergoeding meeneemhuur voorinspectie klusdienst informatieavond "
         "woonwensengesprek seniorenwoningen hofje huurgewenning").split()


def make_sheets(folder: Path, count: int) -> None:
    """Fill our own blank PDF `count` times (pikepdf sets /V directly: fast and exact)."""
    data = load_toolkit(ROOT)
    (blank,) = build_pdfs(data, [werkblad_job(data, "stimuleren")])
    source = folder / "blank.pdf"
    source.write_bytes(blank.content)
    names = [v.naam for v in data.velden["stimuleren"] if v.naam != "organisatie"]
    rng = random.Random(31)
    for i in range(count):
        with pikepdf.open(source) as pdf:
            for field in pdf.Root.AcroForm.Fields:
                name = str(field.T)
                if name == "organisatie":
                    field.V = pikepdf.String(f"Organisatie {i:04d}")
                elif name in names and rng.random() < 0.3:
                    lines = [" ".join(rng.sample(WORDS, 3)) for _ in range(rng.randint(1, 3))]
                    field.V = pikepdf.String("\n".join(lines))
            pdf.save(folder / f"blad-{i:04d}.pdf")
    source.unlink()


def bare_pikepdf(files: list[Path]) -> None:
    for path in files:
        with pikepdf.open(path) as pdf:
            {str(f.T): str(f.get("/V", "")) for f in pdf.Root.AcroForm.Fields}


def bare_pypdf(files: list[Path]) -> None:
    for path in files:
        PdfReader(path).get_fields()


def flattened_ms(data: ToolkitData, files: list[Path]) -> float:
    """Milliseconds per flattened sheet, after a first one has measured the layouts (cached from then on)."""
    try:
        import pymupdf
    except ImportError:
        return float("nan")
    flat = []
    for path in files:
        document = pymupdf.open(path)
        document.bake()
        flat.append(document.tobytes())
    accept = accept_only(data.werkbladen["stimuleren"])
    read_file(data, "eerste.pdf", flat[0], accept)
    start = time.perf_counter()
    for number, content in enumerate(flat):
        assert not isinstance(read_file(data, f"{number}.pdf", content, accept), Rejection)
    return (time.perf_counter() - start) / len(flat) * 1000


def child(count: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("content", "worksheets"):  # a fresh project copy: its PDF cache starts empty
            shutil.copytree(ROOT / name, Path(tmp) / name)
        data = load_toolkit(Path(tmp))
        folder = Path(tmp) / "bladen"
        folder.mkdir()
        make_sheets(folder, count)
        files = sorted(folder.glob("*.pdf"))
        timings = {}
        for name, action in (("pikepdf", lambda: bare_pikepdf(files)), ("pypdf", lambda: bare_pypdf(files)),
                             ("ours", lambda: read_stimuleren(data, [folder]))):
            start = time.perf_counter()
            action()
            timings[name] = (time.perf_counter() - start) / count * 1000
        gelezen = read_stimuleren(data, [folder])
        start = time.perf_counter()
        overzicht = build_overzicht(data, gelezen.sheets, gelezen.afgewezen, "Benchmark", "sociaal",
                                    instrument_links(data, None), meldingen=gelezen.meldingen)
        context = overview_context(data, overzicht)
        timings["combine_s"] = time.perf_counter() - start
        for name, make in produce_all(context).items():
            start = time.perf_counter()
            make()
            timings[name] = time.perf_counter() - start
        out = Path(tmp) / "uit"
        start = time.perf_counter()
        make_overview(data, [folder], out, "Benchmark", "sociaal", None)
        timings["total_s"] = time.perf_counter() - start
        timings["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        timings["flat"] = flattened_ms(data, files[:10])  # after the peak: flattening loads more libraries
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child)))
        return
    results = {}
    for size in args.sizes:
        output = subprocess.run([sys.executable, __file__, "--child", str(size)], check=True, capture_output=True,
                                text=True, cwd=ROOT).stdout
        results[size] = json.loads(output.strip().splitlines()[-1])
        r = results[size]
        print(f"{size:5} sheets: read/sheet ours {r['ours']:.2f} ms, pikepdf floor {r['pikepdf']:.2f} ms "
              f"(ratio {r['ours'] / r['pikepdf']:.2f}), pypdf {r['pypdf']:.2f} ms; "
              f"total with 5 outputs {r['total_s']:.2f} s; peak memory {r['peak_mb']:.0f} MB; "
              f"flattened sheet {r['flat']:.0f} ms")
        print("       combine {:.2f} s; ".format(r["combine_s"]) + ", ".join(
            f"{name.split('.')[1]} {r[name]:.2f} s" for name in ("overzicht.json", "overzicht.csv", "overzicht.xlsx",
                                                                 "overzicht.html", "overzicht.pdf")))
    if len(args.sizes) == 2:
        small, large = sorted(args.sizes)
        print(f"total {large}/{small}: {results[large]['total_s'] / results[small]['total_s']:.1f} "
              f"(linear would be {large / small:.0f})")


if __name__ == "__main__":
    main()
