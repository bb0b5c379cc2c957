"""Read YAML (or JSON) files while remembering on which line every value stands.

PyYAML's ``safe_load`` throws line numbers away; we compose the node tree ourselves and build
plain Python data next to a map ``field path -> line``, so later checks (pydantic, references
between files) can point at the exact line of the problem.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import Problem
from .files import os_reason

Loc = tuple[str | int, ...]


@dataclass
class Source:
    """The data of one file and where each value came from."""

    path: str
    data: Any
    lines: dict[Loc, int] = field(default_factory=dict)

    def line(self, loc: Loc) -> int:
        """Line of the value at ``loc``; falls back to its nearest parent that has a line."""
        for end in range(len(loc), -1, -1):
            if loc[:end] in self.lines:
                return self.lines[loc[:end]]
        return 1

    def problem(self, loc: Loc, message: str) -> Problem:
        return Problem(self.path, self.line(loc), format_loc(loc), message)


class SourceError(Exception):
    """The file cannot be read as YAML at all; carries the located problem."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def format_loc(loc: Loc) -> str:
    """('velden', 2, 'label') -> 'velden[2].label'."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def decode(raw: bytes, path: str) -> str:
    """UTF-8 text of a file, or a problem naming the line of the first bad byte."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise SourceError(Problem(path, line, "", f"geen geldige UTF-8-tekst (byte {exc.start + 1}); "
                                  "sla het bestand op als UTF-8")) from None
    if not text.strip() or all(not ln.strip() or ln.lstrip().startswith("#") for ln in text.splitlines()):
        raise SourceError(Problem(path, 1, "", "het bestand is leeg"))
    return text


def parse(text: str, path: str) -> Source:
    """Parse YAML (JSON is valid YAML) into a :class:`Source`; duplicate keys are errors."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise SourceError(Problem(path, 1, "", "het bestand is leeg"))
        source = Source(path, None)
        source.data = _build(loader, node, (), source)
        return source
    except yaml.MarkedYAMLError as exc:
        raise SourceError(_syntax_problem(path, exc, _unclosed_start(loader, text, exc))) from None
    finally:
        loader.dispose()


# Constructs that run on until they are closed: the parser notices the mistake only where it gives up
# (lines later, or at the end of the file), so the line to look at is where the construct starts.
UNCLOSED = {
    "[": "de lijst die hier begint met [ is niet afgesloten met ]",
    "{": "het blok dat hier begint met { is niet afgesloten met }",
    "quote": "de tekst die hier begint met een aanhalingsteken is niet afgesloten",
}


class _Loader(yaml.SafeLoader):
    """SafeLoader that remembers the last quoted text it read, to find an unclosed quote."""

    last_quoted: yaml.ScalarToken | None = None

    def get_token(self) -> yaml.Token:
        token = super().get_token()
        if isinstance(token, yaml.ScalarToken) and not token.plain:
            self.last_quoted = token
        return token


def _unclosed_start(loader: _Loader, text: str, exc: yaml.MarkedYAMLError) -> tuple[yaml.Mark, str] | None:
    """Where an unclosed quote, ``[`` or ``{`` starts, if that is what went wrong."""
    if "quoted scalar" in (exc.context or "") and exc.context_mark:
        return exc.context_mark, UNCLOSED["quote"]  # the quote runs to the end of the file
    quoted = loader.last_quoted
    if quoted and exc.problem_mark and quoted.start_mark.line < quoted.end_mark.line == exc.problem_mark.line:
        return quoted.start_mark, UNCLOSED["quote"]  # the quote ran on to the next quote, then the text broke
    for mark in reversed(getattr(loader, "marks", [])):  # the parser's stack of open collections
        if 0 <= mark.index < len(text) and text[mark.index] in "[{":
            return mark, UNCLOSED[text[mark.index]]
    return None


def _syntax_problem(path: str, exc: yaml.MarkedYAMLError, unclosed: tuple[yaml.Mark, str] | None) -> Problem:
    """A YAML syntax error located where the reader should look, with the parser's own words added."""
    reason = exc.problem or str(exc)
    problem_line = exc.problem_mark.line + 1 if exc.problem_mark else None
    if unclosed and unclosed[0].line + 1 != problem_line:
        where = f"regel {problem_line}" if problem_line else "het einde"
        message = f"ongeldige YAML: {unclosed[1]} (de lezer liep vast op {where}: {reason})"
        return Problem(path, unclosed[0].line + 1, "", message)
    mark = exc.problem_mark or exc.context_mark
    return Problem(path, mark.line + 1 if mark else 1, "", f"ongeldige YAML: {reason}")


def load(path: Path, display: str | None = None) -> Source:
    """Read, decode and parse one file."""
    name = display or str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SourceError(Problem(name, 0, "", f"kan het bestand niet lezen ({os_reason(exc)})")) from None
    return parse(decode(raw, name), name)


def _build(loader: yaml.SafeLoader, node: yaml.Node, loc: Loc, source: Source) -> Any:
    source.lines.setdefault(loc, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        loader.flatten_mapping(node)
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            line = key_node.start_mark.line + 1
            if not isinstance(key, str):
                raise SourceError(Problem(source.path, line, format_loc(loc),
                                          f"sleutel {key!r} moet tekst zijn"))
            if key in result:
                raise SourceError(Problem(source.path, line, format_loc(loc + (key,)),
                                          f"de sleutel '{key}' staat er twee keer"))
            source.lines[loc + (key,)] = line
            result[key] = _build(loader, value_node, loc + (key,), source)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_build(loader, item, loc + (i,), source) for i, item in enumerate(node.value)]
    return loader.construct_object(node, deep=True)
