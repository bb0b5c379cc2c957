"""Which menukaart instrument a free-text item is about: the trefwoorden in the YAML, matched by one rule.

The rule (docs/plan-van-aanpak.md; the browser has the same in documenten/plan.js):
- an item belongs to the instrument whose trefwoord occurs first in it (a tie: the first instrument);
- text and trefwoord are folded: lower case, accents off (é -> e), and split into words: runs of
  letters and digits (so "Voorrang 65+" is "voorrang 65", "€ 1.500" is "1 500");
- a trefwoord of one word matches a word of the text; ``*`` stands for any letters within that word
  ("verhuis*" matches "verhuiscoach", "*coach*" matches "wooncoaches"); a trefwoord of several words
  matches those words one after another.
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


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


@functools.cache
def _pattern(trefwoord: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile("^" + ".*".join(re.escape(part) for part in word.split("*")) + "$")
                 for word in words_of_keyword(trefwoord))


def words_of_keyword(trefwoord: str) -> list[str]:
    """A trefwoord's words, folded, with their * kept."""
    return [w for w in fold(trefwoord).split(" ") if w]


def matches(text: str, trefwoorden: Iterable[str]) -> list[str]:
    """The trefwoorden that occur in ``text`` (in the order given)."""
    tokens = words(text)
    return [t for t in trefwoorden if _first(tokens, _pattern(t)) is not None]


def position(text: str, trefwoorden: Iterable[str]) -> int | None:
    """Where in ``text`` (the how-manieth word) the first of the trefwoorden occurs; None: none does."""
    tokens = words(text)
    found = [i for t in trefwoorden if (i := _first(tokens, _pattern(t))) is not None]
    return min(found) if found else None


def best(text: str, choices: Sequence[Sequence[str]]) -> int | None:
    """Which of several trefwoord lists the text is about: the one whose trefwoord comes first in the text
    ("Verhuiscoach belt na de brief" is about the coach), on a tie the first list; None: no list matches."""
    places = [(p, i) for i, trefwoorden in enumerate(choices) if (p := position(text, trefwoorden)) is not None]
    return min(places)[1] if places else None


def _first(tokens: Sequence[str], pattern: Sequence[re.Pattern[str]]) -> int | None:
    size = len(pattern)
    return next((i for i in range(len(tokens) - size + 1)
                 if all(p.match(tokens[i + k]) for k, p in enumerate(pattern))), None)
