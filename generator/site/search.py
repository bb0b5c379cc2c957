"""Dutch stemming for the site search: 'verhuizing' and 'verhuizen' find the same pages.

Material's search adds a wildcard to every typed word ("verhuizing*"), and lunr skips the stemmer for
wildcard words; with the stemmer on, a typed word longer than its stem finds nothing at all. So we
leave the stemmer off and give every section an extra search field instead: the other forms, found
elsewhere on the site, of each word in it (same Snowball stem: verhuizing, verhuizen, verhuizingen).
The field is searched, not shown.
"""

from __future__ import annotations

import html
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import snowballstemmer

FIELD = "varianten"
BOOST = 0.5  # a word as written ranks above another form of it
_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"[^\W\d_]{3,}")


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(html.unescape(_TAG.sub(" ", text)))}


def add_word_forms(index: dict[str, Any]) -> dict[str, Any]:
    """The search index with, per section, the other forms of its words (see module docstring)."""
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


def rewrite_index(path: Path) -> None:
    """Add the word forms to a built ``search_index.json`` in place."""
    index = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps(add_word_forms(index), ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
