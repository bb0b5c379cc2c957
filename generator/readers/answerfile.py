"""Answer files (YAML or JSON) -> a Sheet, checked in the fixed order of docs/overzicht-regels.md §4.

The first problem found is the reason; the order is part of the specification because the browser
checks the same files in the same order and must name the same reason.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ..fields import ORGANISATIE, label_field
from ..loader import ToolkitData
from ..regels import one_line
from .contract import check_accepted, make_sheet
from .model import Accept, Plan, Sheet
from .plan import is_plan, read_plan
from .reject import Reject, RejectAnswerFile
from .yaml12 import AliasUsed, YamlError, load_yaml

ANSWER_KEYS = ("antwoorden", "organisatie", "werkblad")
# Empty or only comments (§4.1): every line holds only spaces and tabs, or starts with # after them. The
# line breaks and whitespace of YAML and JSON, not Python's wider idea of them (the browser does the same).
LINE_BREAK = re.compile(r"\r\n|\r|\n")
EMPTY_LINE = re.compile(r"[ \t]*(?:#|$)")


def read_answer_file(data: ToolkitData, bestand: str, raw: bytes, accept: Accept, suffix: str) -> Sheet | Plan:
    content = _parse(raw, suffix)                                                      # steps 1 and 2
    if is_plan(content):                                                               # §4.0
        return read_plan(bestand, content)
    if not isinstance(content, dict):                                                  # step 3
        raise RejectAnswerFile("fout_vorm")
    for key in sorted(content):
        if key not in ANSWER_KEYS:
            raise RejectAnswerFile("fout_sleutel", sleutel=one_line(key))
    werkblad = content.get("werkblad")                                                 # step 4
    if not isinstance(werkblad, str) or not werkblad:
        raise RejectAnswerFile("fout_werkblad_ontbreekt")
    if werkblad not in data.werkbladen:
        raise RejectAnswerFile("fout_werkblad_onbekend", werkblad=one_line(werkblad))
    check_accepted(data, werkblad, accept)                                             # step 5
    answers = content.get("antwoorden")
    veld = label_field(data.werkbladen[werkblad])
    own = list(dict.fromkeys([veld.naam if veld else ORGANISATIE.naam, ORGANISATIE.naam]))  # who it is from
    organisatie = _organisation(content.get("organisatie"), answers, own)              # step 6
    if answers is None:                                                                # step 7
        answers = {}
    if not isinstance(answers, dict):
        raise RejectAnswerFile("fout_antwoorden")
    answers = {k: v for k, v in answers.items() if k not in own}
    return make_sheet(data, bestand, werkblad, organisatie, answers, [])               # steps 8 to 10


def _parse(raw: bytes, suffix: str) -> Any:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Reject("geen_utf8") from None
    if all(EMPTY_LINE.match(line) for line in LINE_BREAK.split(text)):
        raise Reject("leeg")
    if suffix == ".json":
        try:
            return json.loads(text, parse_constant=_no_constant)
        except (ValueError, RecursionError):
            raise Reject("json_ongeldig") from None
    try:
        content = load_yaml(text)
    except AliasUsed:
        raise Reject("yaml_verwijzing") from None
    except YamlError:
        raise Reject("yaml_ongeldig") from None
    if content is None:
        raise Reject("leeg")
    return content


def _no_constant(name: str) -> None:
    """NaN and Infinity are not JSON (the browser's JSON.parse refuses them too)."""
    raise ValueError(name)


def _organisation(outer: object, answers: object, own: list[str]) -> str:
    """Who filled it in (step 6): the top-level ``organisatie``, then among the answers the label field
    (``ingevuld-door`` on a group sheet) and ``organisatie`` (older answer files). All that are given must
    be text and name the same one (case aside); the first given counts."""
    given = [outer] + ([answers.get(k) for k in own] if isinstance(answers, dict) else [])
    names: list[str] = []
    for value in given:
        if value is None:
            continue
        if not isinstance(value, str):
            raise RejectAnswerFile("fout_organisatie")
        name = one_line(value)
        if name and names and name.lower() != names[0].lower():
            raise Reject("twee_organisaties", eerste=names[0], tweede=name)
        if name:
            names.append(name)
    return names[0] if names else ""
