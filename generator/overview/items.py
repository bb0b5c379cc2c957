"""One cell of a filled sheet -> its items: every non-empty line, without a leading bullet mark."""

from __future__ import annotations

import re

_BULLET = re.compile(r"^[-*•]\s*")


def split_items(text: str) -> list[str]:
    """'- a\\n\\n • b ' -> ['a', 'b']. Lines that are only a bullet mark are not items."""
    items = []
    for line in text.splitlines():
        item = _BULLET.sub("", line.strip(), count=1).strip()
        if item:
            items.append(item)
    return items


def organisation_key(name: str) -> str:
    """Names that differ only in case or spacing are the same organisation."""
    return " ".join(name.split()).casefold()
