"""Errors a user sees: each carries a message for people, never a traceback.

All classes derive from click's ``ClickException`` so the CLI prints the message and exits with
the class's exit code.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import click


@dataclass(frozen=True, order=True)
class Problem:
    """One problem in one file, located as precisely as we can: ``path:line: field: message``."""

    path: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        location = f"{self.path}:{self.line}" if self.line else self.path
        field = f" {self.field}:" if self.field else ""
        return f"{location}:{field} {self.message}"


class DoorstroomError(click.ClickException):
    """Base of every error the tool reports to its user."""

    exit_code = 1

    def show(self, file: object = None) -> None:  # noqa: ARG002 - click's signature
        """Print the message alone: no English 'Error:' prefix, no traceback."""
        click.echo(self.format_message(), err=True)


class ValidationFailed(DoorstroomError):
    """The YAML sources (or an answer file) contain errors; all of them are listed."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(set(problems))
        count = len(self.problems)
        header = f"{count} fout{'en' if count != 1 else ''} gevonden:"
        super().__init__("\n".join([header, *(str(p) for p in self.problems)]))


class SourceMissing(DoorstroomError):
    """The content or worksheet folder is not where we expect it: a usage error (another --bron)."""

    exit_code = 2

    def __init__(self, path: Path, what: str) -> None:
        super().__init__(f"{path}: {what} niet gevonden. Geef met --bron de map van de toolkit op "
                         f"(de map met content/ en worksheets/).")
