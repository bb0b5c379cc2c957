"""Content-addressed cache: a PDF is rendered again only when something that shapes it changed.

The key covers the data of the document, the paper size, and the "recipe": every template, CSS,
font and module of the renderers plus the WeasyPrint and pikepdf versions.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from functools import cache
from importlib.metadata import version
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent
RECIPE_PARTS = ("pdf", "sheet", "text.py", "fields.py")


@cache
def recipe_digest() -> str:
    digest = hashlib.sha256()
    for part in RECIPE_PARTS:
        root = PACKAGE / part
        files = sorted(p for p in (root.rglob("*") if root.is_dir() else [root]) if p.is_file()
                       and "__pycache__" not in p.parts)
        for path in files:
            digest.update(str(path.relative_to(PACKAGE)).encode() + b"\0" + path.read_bytes())
    for dist in ("weasyprint", "pikepdf", "pydyf"):
        digest.update(f"{dist}={version(dist)}".encode())
    return digest.hexdigest()


def cached(cache_dir: Path, key: str, produce: Callable[[], bytes]) -> tuple[bytes, bool]:
    """Bytes for ``key`` from the cache, or made by ``produce`` and stored. Returns (bytes, hit)."""
    name = hashlib.sha256((recipe_digest() + key).encode()).hexdigest()
    path = cache_dir / f"{name}.pdf"
    if path.is_file():
        return path.read_bytes(), True
    content = produce()
    cache_dir.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=cache_dir, suffix=".tmp")
    with os.fdopen(handle, "wb") as out:
        out.write(content)
    os.replace(temporary, path)
    return content, False
