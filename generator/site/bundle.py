"""The site bundle: everything the site engine gets from us, made once and kept between builds.

The MkDocs hooks (``generator/site/hooks.py``) and ``doorstroom pages`` (the export another engine such
as Zensical builds) hand over this one bundle, so the two sites cannot differ. Making it means reading
all YAML, rendering every page and sheet and packing the examples; a rebuild where nothing changed
(``mkdocs serve``, ``make site`` again) takes it from ``.cache/site/`` instead. The cache key covers
every file it is made from (the toolkit's YAML, the examples, all of our code and templates), the
installed libraries, the maintainer settings and the build date. The bundle holds toolkit text and the
invented example only: no answers of participants are ever cached.

This module imports nothing heavy, so a build with a warm cache does not pay for the generator's imports.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import os
import sys
import sysconfig
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .website import Website, build_date

CACHE = Path(".cache") / "site"
PACKAGE = Path(__file__).resolve().parent.parent  # generator/
STATIC = PACKAGE / "site" / "static"  # copied as is by the engine: not an input of the bundle
SOURCES = ("content", "worksheets", "examples", "bron")  # bron/: the publication (the Verantwoording reads it)
KEEP = 4  # bundles kept (other maintainer settings, yesterday's date); older ones are removed
FORMAT = 1


@dataclass(frozen=True)
class SiteBundle:
    """What the engine needs besides the static assets (``generator/site/static``) and the theme overrides."""

    pages: dict[str, str]  # page path (.md) -> Markdown, in navigation order
    nav: list[Any]
    files: dict[str, bytes]  # site path -> content: PDFs, ZIP, scripts for the browser, the example's outputs
    copyright: str
    extra: dict[str, str]  # added to mkdocs.yml's ``extra`` (the theme overrides read them)


def site_bundle(root: Path, extra: dict[str, Any]) -> SiteBundle:
    """The bundle for the toolkit in ``root`` and mkdocs.yml's ``extra``: from the cache, or made and stored.

    Raises the generator's own errors (bad YAML: ``ValidationFailed``) when it has to be made.
    """
    root = root.resolve()
    key = fingerprint(root, extra)
    folder = root / CACHE
    path = folder / f"{key}.bundle"
    cached = _load(path)
    if cached is not None:
        return cached
    from ..loader import load_toolkit  # the heavy part: only when something changed
    from .generate import make_bundle

    bundle = make_bundle(load_toolkit(root), Website.from_extra(extra))
    _store(folder, path, bundle)
    return bundle


def fingerprint(root: Path, extra: dict[str, Any]) -> str:
    """A digest of everything the bundle is made from (see the module docstring)."""
    digest = hashlib.sha256(f"{FORMAT}\0{sys.version}\0{build_date()}\0".encode())
    digest.update(json.dumps(extra.get("beheer"), sort_keys=True, default=str).encode())
    for folder in [*(root / s for s in SOURCES), PACKAGE]:
        for path in _files(folder):
            digest.update(f"\0{path.relative_to(folder.parent)}\0".encode() + path.read_bytes())
    digest.update("\0".join(_installed()).encode())
    return digest.hexdigest()


def _files(folder: Path) -> list[Path]:
    found = []
    for dirpath, dirnames, filenames in os.walk(folder):
        here = Path(dirpath)
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__" and here / d != STATIC)
        found += [here / name for name in sorted(filenames) if not name.endswith(".pyc")]
    return found


def _installed() -> list[str]:
    """Names and versions of every installed distribution (the ``*.dist-info`` folders): cheap, and any
    upgrade of WeasyPrint, Jinja2, Markdown, ... changes the key."""
    names: list[str] = []
    for location in {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}:
        try:
            names += sorted(n for n in os.listdir(location) if n.endswith(".dist-info"))
        except OSError:
            continue
    return names


def _load(path: Path) -> SiteBundle | None:
    try:
        stored = marshal.loads(path.read_bytes())
        return SiteBundle(**stored)
    except (OSError, EOFError, ValueError, TypeError):
        return None  # missing or damaged: made again


def _store(folder: Path, path: Path, bundle: SiteBundle) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=folder, suffix=".tmp")
    with os.fdopen(handle, "wb") as out:
        out.write(marshal.dumps(asdict(bundle)))
    os.replace(temporary, path)
    old = sorted(folder.glob("*.bundle"), key=lambda p: p.stat().st_mtime, reverse=True)[KEEP:]
    for stale in old:
        stale.unlink(missing_ok=True)
