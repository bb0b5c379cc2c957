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
    result = Punten()
    current: list[str] | None = None  # the words of the open item, joined at the end
    items: list[list[str]] = []
    marks_seen = False
    for raw in text.split("\n"):
        marked, rest = _line(raw)
        if not rest:  # an empty line (a mark is always followed by text)
            current = None
            continue
        marks_seen = marks_seen or marked  # also "- n.v.t.": the box uses marks from this line on (§6)
        if _placeholder(rest):
            result.opvulwaarden += 1
            current = None
            continue
        if current is not None and marks_seen and not marked:
            current.append(rest)
        else:
            current = [rest]
            items.append(current)
    result.items = [" ".join(parts) for parts in items]
    return result


def answer_text(text: str) -> tuple[str, int]:
    """A free-text answer (a question, a fase, a Toelichting) as typed, without its placeholder lines.

    The session report keeps answers whole instead of splitting them into items, but a line is a
    placeholder by the same rule as in :func:`split_items`: it never shows and is counted (its note).
    Returns the text (trimmed, '' when nothing else was typed) and the number of placeholder lines.
    """
    kept: list[str] = []
    placeholders = 0
    for raw in text.split("\n"):
        if _placeholder(_line(raw)[1]):
            placeholders += 1
        else:
            kept.append(raw.rstrip())
    return "\n".join(kept).strip(), placeholders


def _line(raw: str) -> tuple[bool, str]:
    """One line of a box: whether it starts with a bullet or number mark, and its text without the mark
    (whitespace folded to single spaces)."""
    bullet, _ = _rules()
    line = " ".join(raw.split())
    mark = bullet.match(line)
    return (True, line[mark.end():]) if mark else (False, line)


def _placeholder(rest: str) -> bool:
    """'n.v.t.', '-', '?', a lone bullet and the like (regels.json), alone on the line."""
    return rest.lower() in _rules()[1]


def organisation_key(name: str) -> str:
    """Names that differ only in case or spacing are the same organisation (§5: lower(), as JS toLowerCase())."""
    return " ".join(name.split()).lower()
