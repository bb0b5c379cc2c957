"""YAML for answer files: the YAML 1.2 core schema, one document, no anchors, no duplicate keys.

PyYAML speaks YAML 1.1, where ``yes``, ``no``, ``on`` and dates change type; people type those as
answers, and the browser's parser (js-yaml, core schema) keeps them as text. Anchors and aliases
are refused before anything is built, so a few hundred bytes cannot expand into gigabytes (an
"alias bomb"). Mapping keys are the text as written (a key is a name, never a number).
"""

from __future__ import annotations

import math
import re
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.events import AliasEvent, DocumentStartEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import BaseResolver
from yaml.scanner import Scanner

NULL, BOOL, INT, FLOAT, STR = (f"tag:yaml.org,2002:{t}" for t in ("null", "bool", "int", "float", "str"))
SEQ, MAP = "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"

# The core schema of YAML 1.2 (section 10.3.2), nothing more.
_CORE = (
    (NULL, r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    (BOOL, r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    (INT, r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
    (FLOAT, r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
            r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", list("-+.0123456789")),
)


class YamlError(Exception):
    """The text is not YAML we accept."""


class AliasUsed(YamlError):
    """The text uses an anchor (``&``) or an alias (``*``)."""


class _Resolver(BaseResolver):
    yaml_implicit_resolvers: dict[str, list[tuple[str, re.Pattern[str]]]] = {}


for _tag, _pattern, _first in _CORE:
    _Resolver.add_implicit_resolver(_tag, re.compile(_pattern), _first)


class _Composer(Composer):
    def compose_node(self, parent: Node | None, index: object) -> Node:  # type: ignore[override]
        event = self.peek_event()
        if isinstance(event, AliasEvent) or getattr(event, "anchor", None) is not None:
            raise AliasUsed
        return super().compose_node(parent, index)


class _Constructor(SafeConstructor):
    yaml_constructors: dict[str | None, Any] = {}

    def construct_core_null(self, node: ScalarNode) -> None:
        return None

    def construct_core_bool(self, node: ScalarNode) -> bool:
        return node.value.lower() == "true"

    def construct_core_int(self, node: ScalarNode) -> int:
        value = node.value
        if value.startswith(("0o", "0x")):
            return int(value[2:], 8 if value[1] == "o" else 16)
        return int(value)

    def construct_core_float(self, node: ScalarNode) -> float:
        value = node.value.lower()
        if value.endswith(".inf"):
            return -math.inf if value.startswith("-") else math.inf
        if value == ".nan":
            return math.nan
        return float(value)

    def construct_core_str(self, node: ScalarNode) -> str:
        return str(node.value)

    def construct_core_seq(self, node: SequenceNode) -> list[Any]:
        return [self.construct_object(child, deep=True) for child in node.value]

    def construct_core_map(self, node: MappingNode) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                raise ConstructorError(None, None, "a key must be text", key_node.start_mark)
            key = key_node.value
            if key in result:
                raise ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
            result[key] = self.construct_object(value_node, deep=True)
        return result

    def construct_other(self, node: Node) -> None:
        raise ConstructorError(None, None, f"tag {node.tag!r} is not in the core schema", node.start_mark)


for _tag, _method in ((NULL, "null"), (BOOL, "bool"), (INT, "int"), (FLOAT, "float"), (STR, "str"),
                      (SEQ, "seq"), (MAP, "map")):
    _Constructor.add_constructor(_tag, getattr(_Constructor, f"construct_core_{_method}"))
_Constructor.add_constructor(None, _Constructor.construct_other)


class _Loader(Reader, Scanner, Parser, _Composer, _Constructor, _Resolver):
    def __init__(self, text: str) -> None:
        Reader.__init__(self, text)
        Scanner.__init__(self)
        Parser.__init__(self)
        _Composer.__init__(self)
        _Constructor.__init__(self)
        _Resolver.__init__(self)


def load_yaml(text: str) -> Any:
    """The data of one YAML document; ``None`` when the document is empty.

    In the order of docs/overzicht-regels.md §4.2 (the browser checks in the same order): the whole text
    must be YAML and one document (:class:`YamlError`), then anchors and aliases are refused
    (:class:`AliasUsed`) before anything is built, then building finds duplicate keys, other tags,
    keys that are not text and nesting too deep to follow (:class:`YamlError`).
    """
    try:
        _check_events(text)
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            return None if node is None else loader.construct_document(node)
        finally:
            loader.dispose()
    except AliasUsed:
        raise
    except (yaml.YAMLError, RecursionError, ValueError) as exc:
        raise YamlError(str(exc)) from None


def _check_events(text: str) -> None:
    """Parse the whole text (events only: an alias is not expanded) for syntax, documents and anchors."""
    loader = _Loader(text)  # checks for characters YAML does not allow (control characters)
    documents, anchored = 0, False
    try:
        while loader.check_event():
            event = loader.get_event()
            documents += isinstance(event, DocumentStartEvent)
            anchored = anchored or isinstance(event, AliasEvent) or getattr(event, "anchor", None) is not None
    finally:
        loader.dispose()
    if documents > 1:
        raise YamlError("more than one document")
    if anchored:
        raise AliasUsed
