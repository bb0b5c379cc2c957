"""Click's frame in Dutch: the usage line, the help headings and the usage errors, like the rest of ``doorstroom``.

Typer (pinned in pyproject.toml) carries its own copy of click, whose frame is fixed English text:
"Usage:", "Options", "Show this message and exit.", "Missing argument 'X'.", "No such option: --x".
Two places turn it into Dutch, for every command, also ones added later with a plain ``@app.command()``:

- :class:`DutchFormatter` writes the help: a Dutch usage line, headings and help-option text;
  :func:`dutch_frame` gives every command of the app a context that uses it.
- :func:`show_usage_error` shows a usage error (exit code 2) as ``Gebruik:`` / ``Meer hulp:`` / ``Fout:``,
  its message translated with :data:`MESSAGES`, one pattern per message of the library.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable

import typer
from typer._click.core import Command
from typer._click.exceptions import NoArgsIsHelpError, UsageError
from typer._click.formatting import HelpFormatter

USAGE = "Gebruik: "
OPTIONS = "[OPTIES]"
SUBCOMMAND = "COMMANDO [ARGUMENTEN]..."
HEADINGS = {"Arguments": "Argumenten", "Options": "Opties", "Commands": "Commando's"}
HELP_TEXTS = {"Show this message and exit.": "Toon deze hulp en stop."}
BRACKETS = {"default": "standaard", "required": "verplicht", "env var": "omgevingsvariabele"}
_BRACKET = re.compile(r"\[(default|required|env var)\b")
# typer shows an argument's Python type beside its name: <list[Path]>, <str>
TYPES = {"path": "pad", "str": "tekst", "int": "getal", "float": "getal", "bool": "ja/nee"}
_TYPE = re.compile(r"<(list\[)?(path|str|int|float|bool)\]?>", re.I)
# click's own placeholders for an option without a metavar of its own ("--out PATH")
METAVARS = {"TEXT": "TEKST", "PATH": "PAD", "FILE": "BESTAND", "FILENAME": "BESTAND", "DIRECTORY": "MAP",
            "INTEGER": "GETAL", "FLOAT": "GETAL", "BOOLEAN": "JA/NEE"}
_METAVAR = re.compile(r"\b(" + "|".join(METAVARS) + r")\b")


class DutchFormatter(HelpFormatter):
    """click's help formatter with a Dutch frame (the texts of our own commands are Dutch already)."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, _metavars(args), USAGE if prefix is None else prefix)

    def write_heading(self, heading: str) -> None:
        super().write_heading(HEADINGS.get(heading, heading))

    def write_dl(self, rows: list[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
        super().write_dl([(_term(term), _help_text(text)) for term, text in rows], col_max, col_spacing)


def _term(term: str) -> str:
    def dutch(match: re.Match[str]) -> str:
        name = TYPES[match.group(2).lower()]
        return f"<{name}, één of meer>" if match.group(1) else f"<{name}>"

    return _metavars(_TYPE.sub(dutch, term))


def _metavars(text: str) -> str:
    return _METAVAR.sub(lambda m: METAVARS[m.group(1)], text)


def _help_text(text: str) -> str:
    text = HELP_TEXTS.get(text, text)
    return _BRACKET.sub(lambda m: "[" + BRACKETS[m.group(1)], text)


class DutchContext(typer.Context):
    formatter_class = DutchFormatter


def dutch_frame(command: Command) -> Command:
    """Give ``command`` and all its subcommands the Dutch help formatter and metavars."""
    command.context_class = DutchContext
    if command.options_metavar == "[OPTIONS]":
        command.options_metavar = OPTIONS
    if hasattr(command, "commands"):  # a group (typer.core.TyperGroup)
        if getattr(command, "subcommand_metavar", None) == "COMMAND [ARGS]...":
            command.subcommand_metavar = SUBCOMMAND  # type: ignore[attr-defined]
        for sub in getattr(command, "commands", {}).values():
            dutch_frame(sub)
    return command


def _also(text: str) -> str:
    return f" Bedoelt u {text}?" if text else ""


# (pattern of the library's English message, Dutch message); a message that matches none is shown as it is
# (the messages of our own commands are Dutch).
MESSAGES: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(r"Missing argument '(?P<naam>[^']+)'\.(?P<rest>.*)", re.S),
     lambda m: f"het argument {m['naam']} ontbreekt.{_message_tail(m['rest'])}"),
    (re.compile(r"Missing option '(?P<naam>[^']+)'\.(?P<rest>.*)", re.S),
     lambda m: f"de optie {m['naam']} ontbreekt.{_message_tail(m['rest'])}"),
    (re.compile(r"Missing parameter: (?P<naam>.+)"), lambda m: f"{m['naam']} ontbreekt."),
    (re.compile(r"No such option: (?P<naam>\S+)(?: \(Possible options: (?P<keuze>.+)\))?"),
     lambda m: f"onbekende optie {m['naam']}.{_also(m['keuze'] or '')}"),
    (re.compile(r"Option '(?P<naam>[^']+)' requires (?:an argument|\d+ arguments)\."),
     lambda m: f"na de optie {m['naam']} hoort een waarde."),
    (re.compile(r"Option '(?P<naam>[^']+)' does not take a value\."),
     lambda m: f"de optie {m['naam']} neemt geen waarde."),
    (re.compile(r"Got unexpected extra arguments? \((?P<rest>.+)\)"),
     lambda m: f"te veel argumenten: {m['rest']}."),
    (re.compile(r"No such command '(?P<naam>[^']+)'\.+(?: Did you mean (?P<keuze>.+)\?)?"),
     lambda m: f"onbekend commando '{m['naam']}'.{_also(m['keuze'] or '')}"),
    (re.compile(r"Missing command\."), lambda m: "geef een commando."),
    (re.compile(r"Value error, (?P<rest>.+)", re.S), lambda m: translate(m["rest"])),
    (re.compile(r"Invalid value for (?P<naam>.+?): (?P<rest>.+)", re.S),
     lambda m: f"ongeldige waarde voor {m['naam']}: {translate(m['rest'])}"),
    (re.compile(r"Invalid value: (?P<rest>.+)", re.S), lambda m: f"ongeldige waarde: {translate(m['rest'])}"),
    (re.compile(r"(?P<waarde>'.*') is not one of (?P<keuzes>.+)\."),
     lambda m: f"{m['waarde']} kan niet; kies uit {m['keuzes'].replace(', ', ' of ')}."),
    (re.compile(r"Value (?P<waarde>'.*') is not a valid (?P<soort>.+)\."),
     lambda m: f"{m['waarde']} is geen geldige waarde ({m['soort']})."),
    (re.compile(r"(?:File|Directory|Path) (?P<pad>'.+') does not exist\."), lambda m: f"{m['pad']} bestaat niet."),
    (re.compile(r"Aborted!?"), lambda m: "afgebroken."),
]


def _message_tail(rest: str) -> str:
    return f" {translate(rest.strip())}" if rest.strip() else ""


def translate(message: str) -> str:
    """The library's English usage message in Dutch (see :data:`MESSAGES`); other messages unchanged."""
    for pattern, dutch in MESSAGES:
        match = pattern.fullmatch(message.strip())
        if match:
            return dutch(match)
    return message


def show_usage_error(error: UsageError) -> None:
    """Like click's ``UsageError.show``, in Dutch: the usage line, where to find help, the reason."""
    if isinstance(error, NoArgsIsHelpError):  # the message is the whole help text
        print(error.format_message(), file=sys.stderr)
        return
    lines = []
    ctx = error.ctx
    if ctx is not None:
        lines.append(ctx.get_usage())
        if ctx.command.get_help_option(ctx) is not None:
            lines.append(f"Meer hulp: {ctx.command_path} {ctx.help_option_names[0]}")
        lines.append("")
    message = translate(error.format_message())
    lines.append(f"Fout: {message[:1].upper()}{message[1:]}")
    print("\n".join(lines), file=sys.stderr)
