"""Dutch stemming for the site search: 'verhuizing' and 'verhuizen' find the same pages.

Material's search adds a wildcard to every typed word ("verhuizing*"), and lunr skips the stemmer for
wildcard words; with the stemmer on, a typed word longer than its stem finds nothing at all. So we
leave the stemmer off and give every section an extra search field instead: the other forms, found
elsewhere on the site, of each word in it (same Snowball stem: verhuizing, verhuizen, verhuizingen).
The field is searched, not shown.

Stemming the whole index takes a noticeable part of a build, so the result is kept in ``.cache/site/``
under a digest of the index MkDocs wrote: a rebuild of unchanged pages reuses it.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
import tempfile
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

FIELD = "varianten"
BOOST = 0.5  # a word as written ranks above another form of it
KEEP = 4  # stemmed indexes kept in the cache
_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"[^\W\d_]{3,}")


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(html.unescape(_TAG.sub(" ", text)))}


def add_word_forms(index: dict[str, Any]) -> dict[str, Any]:
    """The search index with, per section, the other forms of its words (see module docstring)."""
    import snowballstemmer

    stem = snowballstemmer.stemmer("dutch").stemWord
    docs = index.get("docs", [])
    words = [_words(f"{d.get('title', '')} {d.get('text', '')}") for d in docs]
    forms: dict[str, set[str]] = defaultdict(set)
    for word in set().union(*words):
        forms[stem(word)].add(word)
    for doc, own in zip(docs, words, strict=True):
        other = set().union(*(forms[stem(w)] for w in own)) - own if own else set()
        doc[FIELD] = " ".join(sorted(other))
    index.setdefault("config", {}).setdefault("fields", {})[FIELD] = {"boost": BOOST}
    return index


def rewrite_index(path: Path, cache: Path | None = None) -> None:
    """Add the word forms to a built ``search_index.json`` in place (from ``cache`` when it was done before)."""
    original = path.read_bytes()
    stored = cache / f"zoek-{hashlib.sha256(original).hexdigest()}.json" if cache else None
    if stored and stored.is_file():
        path.write_bytes(stored.read_bytes())
        return
    index = json.loads(original.decode("utf-8"))
    result = json.dumps(add_word_forms(index), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    path.write_bytes(result)
    if stored:
        stored.parent.mkdir(parents=True, exist_ok=True)
        old = sorted(stored.parent.glob("zoek-*.json"), key=lambda p: p.stat().st_mtime, reverse=True)[KEEP - 1:]
        for stale in old:  # a few are enough: the hooks' build and the exported one order the index differently
            stale.unlink(missing_ok=True)
        handle, temporary = tempfile.mkstemp(dir=stored.parent, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            out.write(result)
        os.replace(temporary, stored)


CACHE = Path(".cache") / "site"


def search_hook(cache: Path | None = None) -> Callable[[Any], None]:
    """An MkDocs ``on_post_build`` hook that adds the word forms, with its cache in ``cache`` (default: the
    ``.cache/site`` folder next to mkdocs.yml). It runs before the offline plugin (which runs last) copies
    the index into a script. It is also the only hook of an exported site (``doorstroom pages``);
    engines without hooks (Zensical) skip it.
    """

    def on_post_build(config: Any) -> None:
        index = Path(config.site_dir) / "search" / "search_index.json"
        if index.is_file():
            rewrite_index(index, cache or Path(config.config_file_path).parent / CACHE)

    return on_post_build
