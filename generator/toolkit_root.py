"""Which toolkit a command works on, wherever it is started.

A facilitator runs ``doorstroom overzicht`` in the folder with the filled sheets, not in the toolkit's
folder. So: ``--bron MAP`` (or ``DOORSTROOM_BRON``) when given; else the current folder when it is a
toolkit (a checkout with its own content/); else the toolkit this command was installed with.
"""

from __future__ import annotations

from pathlib import Path

from .errors import DoorstroomError

INSTALLED = Path(__file__).resolve().parent.parent  # the project folder of this installation (generator/..)
ENV = "DOORSTROOM_BRON"


class ToolkitNotFound(DoorstroomError):
    """Neither the current folder nor the installation holds a toolkit: a usage error (exit code 2)."""

    exit_code = 2

    def __init__(self, here: Path) -> None:
        super().__init__(f"Geen toolkit gevonden: {here} heeft geen map content/ met toolkit.yaml, en de toolkit "
                         f"waarmee dit commando is geïnstalleerd ({INSTALLED}) ook niet. Geef de map van de toolkit "
                         f"op met --bron MAP.")


def is_toolkit(folder: Path) -> bool:
    return (folder / "content" / "toolkit.yaml").is_file()


def toolkit_root(bron: Path | None) -> Path:
    """The folder to load the toolkit from (see the module docstring)."""
    if bron is not None:
        return bron  # load_toolkit says clearly when it holds no toolkit
    here = Path.cwd()
    for folder in (here, INSTALLED):
        if is_toolkit(folder):
            return folder
    raise ToolkitNotFound(here)
