"""The rules and texts shared with the browser (generator/regels.json): one source for both.

The browser's session page gets the same file through the site build, and tests/corpus/ runs the
same cases against both implementations, so a changed rule or message changes both at once.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

REGELS = Path(__file__).with_name("regels.json")
LONE_SURROGATE = re.compile("[\ud800-\udfff]")  # a Python str holds a valid pair as one code point


@cache
def regels() -> dict[str, Any]:
    return json.loads(REGELS.read_text(encoding="utf-8"))


def reden(key: str, **values: object) -> str:
    """A rejection reason (Dutch) with its placeholders filled in."""
    return regels()["redenen"][key].format(**values)


def melding(key: str, **values: object) -> str:
    """A note about a used file (Dutch) with its placeholders filled in."""
    return regels()["meldingen"][key].format(**values)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    rules = regels()
    return re.compile(rules["regeleinden"]), re.compile(rules["stuurtekens"])


def clean_text(text: str) -> str:
    """Text as every reader hands it on: NFC, one kind of line break, no control characters.

    Tab and newline stay; a control character pasted from elsewhere (``\\b``, ``\\x07``) would break
    the XLSX writer and means nothing to people.
    """
    line_breaks, controls = _patterns()
    text = LONE_SURROGATE.sub("\ufffd", text)  # invalid UTF-16 from a JSON escape or a PDF string
    return controls.sub("", line_breaks.sub("\n", unicodedata.normalize("NFC", text)))


def one_line(text: str) -> str:
    """Cleaned text on one line with single spaces (organisation names, short labels)."""
    return " ".join(clean_text(text).split())
