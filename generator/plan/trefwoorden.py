"""Which menukaart instrument a free-text item is about: the trefwoorden in the YAML, matched by one rule.

The rule (docs/plan-van-aanpak.md; the browser has the same in documenten/plan.js):
- an item belongs to the instrument whose trefwoord occurs first in it (a tie: the first instrument);
- text and trefwoord are folded: lower case, accents off (é -> e), and split into words: runs of
  letters and digits (so "Voorrang 65+" is "voorrang 65", "€ 1.500" is "1 500");
- a trefwoord of one word matches a word of the text; ``*`` stands for any letters within that word
  ("verhuis*" matches "verhuiscoach", "*coach*" matches "wooncoaches"); a trefwoord of several words
  matches those words one after another.

A text is searched as its words between single spaces (" de verhuiscoach belt "), a trefwoord as one
regular expression over that (" verhuis[^ ]* "): one search per pair, in both languages.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence

_WORD = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Lower case without accents (NFKD, combining marks dropped)."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.category(c).startswith("M"))


def words(text: str) -> tuple[str, ...]:
    """The folded words of a text."""
    return tuple(_WORD.findall(fold(text)))


@functools.lru_cache(maxsize=8192)
def _joined(text: str) -> str:
    """The words of a text between single spaces, a space at both ends (cached: the plan asks the same text
    about many instruments)."""
    return " " + " ".join(words(text)) + " "


@functools.cache
def _pattern(trefwoord: str) -> re.Pattern[str]:
    parts = ["[^ ]*".join(re.escape(part) for part in word.split("*")) for word in fold(trefwoord).split(" ") if word]
    return re.compile(" " + " ".join(parts) + " ")


def matches(text: str, trefwoorden: Iterable[str]) -> list[str]:
    """The trefwoorden that occur in ``text`` (in the order given)."""
    joined = _joined(text)
    return [t for t in trefwoorden if _pattern(t).search(joined)]


def position(text: str, trefwoorden: Iterable[str]) -> int | None:
    """Where in ``text`` (the how-manieth word) the first of the trefwoorden occurs; None: none does."""
    joined = _joined(text)
    found = [joined.count(" ", 0, m.start()) for t in trefwoorden if (m := _pattern(t).search(joined))]
    return min(found) if found else None


def best(text: str, choices: Sequence[Sequence[str]]) -> int | None:
    """Which of several trefwoord lists the text is about: the one whose trefwoord comes first in the text
    ("Verhuiscoach belt na de brief" is about the coach), on a tie the first list; None: no list matches."""
    places = [(p, i) for i, trefwoorden in enumerate(choices) if (p := position(text, trefwoorden)) is not None]
    return min(places)[1] if places else None
