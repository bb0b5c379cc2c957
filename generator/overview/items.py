"""One answer box -> its items, as people type them (docs/overzicht-regels.md §6).

People write a box as lines, as a bulleted or numbered list (often with wrapped lines), or put a
placeholder like "n.v.t." in it. The patterns come from generator/regels.json, which the browser
uses too, so both implementations split a box the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ..regels import regels


@dataclass
class Punten:
    """The items of one box, and how many placeholder lines it held (they are counted in a note)."""

    items: list[str] = field(default_factory=list)
    opvulwaarden: int = 0


@cache
def _rules() -> tuple[re.Pattern[str], frozenset[str]]:
    rules = regels()
    return re.compile(rules["opsommingsteken"]), frozenset(p.lower() for p in rules["opvulwaarden"])


def split_items(text: str) -> Punten:
    """Split a (cleaned) box into items.

    A line with a bullet or number mark starts an item; from the first line with a mark on (also a
    marked placeholder like "- n.v.t."), a line without one continues the item above it (wrapped text);
    before the first mark every line is an item of its own (a heading like "Wij doen:"). An empty line
    or a placeholder ends an item.
    Without marks every non-empty line is an item. Whitespace inside a line becomes one space.
    """
    bullet, placeholders = _rules()
    result = Punten()
    current: list[str] | None = None  # the words of the open item, joined at the end
    items: list[list[str]] = []
    marks_seen = False
    for raw in text.split("\n"):
        line = " ".join(raw.split())
        if not line:
            current = None
            continue
        mark = bullet.match(line)
        rest = line[mark.end():] if mark else line
        if mark:  # also "- n.v.t.": the box uses marks from this line on (§6)
            marks_seen = True
        if rest.lower() in placeholders:
            result.opvulwaarden += 1
            current = None
            continue
        if current is not None and marks_seen and not mark:
            current.append(rest)
        else:
            current = [rest]
            items.append(current)
    result.items = [" ".join(parts) for parts in items]
    return result


def organisation_key(name: str) -> str:
    """Names that differ only in case or spacing are the same organisation (§5: lower(), as JS toLowerCase())."""
    return " ".join(name.split()).lower()
