"""What the two example pages share (the overview, generator/site/example.py, and the session report,
generator/site/example_session.py): their build result, a cache, and the files named as on the
project's own disk."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import os
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

from ..loader import ToolkitData
from ..readers import Gelezen
from .pages import Page

CACHE = Path(".cache") / "voorbeeld"
# Everything an example's outputs are made from besides its own files: the toolkit and all our code
# (the static site assets aside: they do not go into the outputs), and the libraries that write files.
SOURCES = ("content", "worksheets", "generator")
LIBRARIES = ("weasyprint", "pikepdf", "pydyf", "openpyxl", "python-docx", "jinja2")


@dataclass(frozen=True)
class ExampleBuild:
    page: Page
    files: dict[str, bytes]  # site path -> content


def cached_example(data: ToolkitData, name: str, inputs: Path, key: str,
                   build: Callable[[], ExampleBuild]) -> ExampleBuild:
    """The example's build from ``<root>/.cache/voorbeeld`` when nothing it is made from changed.

    The examples hold invented data only, so they may be cached (participants' answers never are);
    without the cache every ``mkdocs serve`` rebuild would render both example PDFs again.
    """
    folder = data.root / CACHE
    path = folder / f"{_digest(data.root, name, inputs, key)}.zip"
    if path.is_file():
        try:
            return _unpack(path.read_bytes())
        except (OSError, KeyError, ValueError, zipfile.BadZipFile):
            pass  # a damaged cache entry is made again
    result = build()
    folder.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=folder, suffix=".tmp")
    with os.fdopen(handle, "wb") as out:
        out.write(_pack(result))
    os.replace(temporary, path)
    return result


def _digest(root: Path, name: str, inputs: Path, key: str) -> str:
    digest = hashlib.sha256(f"{name}\0{key}\0".encode())
    folders = [root / s for s in SOURCES] + [inputs]
    static = root / "generator" / "site" / "static"
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                           and not p.is_relative_to(static)):
            digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    for dist in LIBRARIES:
        digest.update(f"{dist}={version(dist)}".encode())
    return digest.hexdigest()


def _pack(result: ExampleBuild) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("pagina.json", json.dumps(dataclasses.asdict(result.page), ensure_ascii=False))
        for site_path, content in result.files.items():
            archive.writestr(f"bestanden/{site_path}", content)
    return out.getvalue()


def _unpack(content: bytes) -> ExampleBuild:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        page = Page(**json.loads(archive.read("pagina.json")))
        files = {name.removeprefix("bestanden/"): archive.read(name) for name in archive.namelist()
                 if name.startswith("bestanden/")}
    return ExampleBuild(page, files)


def relative_to_project(gelezen: Gelezen, root: Path) -> Gelezen:
    """Every file as the CLI names it when run in the project folder (no folder of this machine on the site)."""

    def rel(bestand: str) -> str:
        path = Path(bestand)
        return path.relative_to(root).as_posix() if path.is_relative_to(root) else bestand

    return Gelezen([dataclasses.replace(s, bestand=rel(s.bestand)) for s in gelezen.sheets],
                   [dataclasses.replace(r, bestand=rel(r.bestand)) for r in gelezen.afgewezen],
                   [dataclasses.replace(m, bestand=rel(m.bestand)) for m in gelezen.meldingen])
