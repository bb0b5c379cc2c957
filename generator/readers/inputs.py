"""Which files the CLI reads (docs/overzicht-regels.md §1): folders walked in a fixed order, junk of
other programs skipped, our own output never read, every symlink followed or reported.

Nothing is read here; each place becomes a :class:`Found`: a file to read, a reason it cannot be
read, or a note that it is the same file as an earlier one.
"""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..errors import DoorstroomError
from ..regels import regels

# Junk of other programs, skipped without a word (regels.json "rommel", shared with ZIPs and the browser).
JUNK_NAMES = set(regels()["rommel"]["namen"])
JUNK_FOLDERS = set(regels()["rommel"]["mappen"])
JUNK_PREFIXES = tuple(regels()["rommel"]["voorvoegsels"])

# Why a file could not be read, in words (never the English text of the operating system).
CAUSES = {
    errno.EACCES: "geen toestemming om het te lezen",
    errno.EPERM: "geen toestemming om het te lezen",
    errno.ENOENT: "het bestand is verdwenen tijdens het lezen",
    errno.EISDIR: "dit is een map",
    errno.EIO: "leesfout van de schijf",
    errno.ENAMETOOLONG: "de naam is te lang",
    errno.ELOOP: "te veel snelkoppelingen achter elkaar",
    errno.EMFILE: "te veel open bestanden",
    errno.ENFILE: "te veel open bestanden",
    errno.ENOMEM: "te weinig geheugen",
    errno.EBUSY: "het bestand is in gebruik",
    errno.ETXTBSY: "het bestand is in gebruik",
    errno.ENXIO: "het apparaat is niet beschikbaar",
    errno.ENODEV: "het apparaat is niet beschikbaar",
    errno.ETIMEDOUT: "de netwerkschijf reageert niet",
    errno.ESTALE: "de netwerkschijf is niet meer bereikbaar",
    errno.EHOSTDOWN: "de netwerkschijf is niet bereikbaar",
}
NOT_A_FILE = "geen gewoon bestand"


def cause(exc: OSError) -> str:
    """A Dutch cause for a failed read (``onleesbaar``)."""
    return CAUSES.get(exc.errno or 0, "leesfout")


@dataclass(frozen=True)
class Found:
    """One place among the inputs. ``bestand`` is the name shown to people.

    Exactly one of: ``path`` (read it), ``reden`` (a regels.json reason key, with ``oorzaak`` for
    ``onleesbaar``) or ``zelfde_als`` (the file name, without folder, of the earlier place of this file).
    """

    bestand: str
    path: Path | None = None
    reden: str = ""
    oorzaak: str = ""
    zelfde_als: str = ""


class NoInputs(DoorstroomError):
    """Nothing to read: a usage error (exit 2); nothing was written."""

    exit_code = 2

    def __init__(self, inputs: Sequence[Path], out_skipped: bool) -> None:
        names = ", ".join(shown(str(p)) for p in inputs)
        hint = " (de uitvoermap --out wordt nooit gelezen)" if out_skipped else ""
        super().__init__(f"Geen bestanden gevonden om te lezen in: {names}{hint}. Lege map, of alleen verborgen "
                         "bestanden? Bestaande uitvoer is niet aangeraakt.")


class InputMissing(DoorstroomError):
    """A named input does not exist (a typo in the command): usage error, exit 2."""

    exit_code = 2

    def __init__(self, path: Path) -> None:
        super().__init__(f"{shown(str(path))}: bestaat niet. Controleer de naam; er is niets geschreven.")


def shown(name: str) -> str:
    """A path as people see it: bytes that are not UTF-8 and control characters become '\ufffd'."""
    text = os.fsencode(name).decode("utf-8", "replace")
    return _unprintable().sub("\ufffd", text)


@cache
def _unprintable() -> re.Pattern[str]:
    return re.compile(regels()["stuurtekens"] + "|" + regels()["regeleinden"] + r"|[\t\n]")


def find_inputs(inputs: Sequence[Path], out: Path | None = None) -> list[Found]:
    """Every place to read, in order; raises :class:`NoInputs` when there is none."""
    walk = _Walk(_real(out) if out is not None else None)
    for path in inputs:
        walk.argument(path)
    if not walk.found:
        raise NoInputs(inputs, walk.out_skipped)
    return walk.found


class _Walk:
    def __init__(self, out: Path | None) -> None:
        self.out = out
        self.found: list[Found] = []
        self.first: dict[tuple[int, int], str] = {}  # (device, inode) -> where it was first found
        self.out_skipped = False

    def argument(self, path: Path) -> None:
        name = shown(str(path))
        if path.is_symlink() and not path.exists():
            self.found.append(Found(name, reden="koppeling_kapot"))
        elif not path.exists():
            raise InputMissing(path)
        elif self._in_out(path):
            self.out_skipped = True
        elif path.is_dir():
            self.folder(path, name, {_real(path)})
        else:
            self.file(path, name)

    def folder(self, folder: Path, name: str, ancestors: set[Path]) -> None:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: (shown(e.name), e.name))
        except OSError as exc:
            self.found.append(Found(name, reden="onleesbaar", oorzaak=cause(exc)))
            return
        for entry in entries:
            if entry.name.startswith(JUNK_PREFIXES) or entry.name.lower() in JUNK_NAMES:
                continue
            path = Path(entry.path)
            shown_name = f"{name.rstrip(os.sep)}{os.sep}{shown(entry.name)}"
            if path.is_symlink() and not path.exists():
                self.found.append(Found(shown_name, reden="koppeling_kapot"))
            elif self._in_out(path):
                self.out_skipped = True
            elif path.is_dir():
                real = _real(path)
                if entry.name.lower() not in JUNK_FOLDERS and real not in ancestors:  # a loop is walked once
                    self.folder(path, shown_name, ancestors | {real})
            else:
                self.file(path, shown_name)

    def file(self, path: Path, name: str) -> None:
        try:
            status = path.stat()
        except OSError as exc:
            self.found.append(Found(name, reden="onleesbaar", oorzaak=cause(exc)))
            return
        if not path.is_file():
            self.found.append(Found(name, reden="onleesbaar", oorzaak=NOT_A_FILE))
            return
        identity = (status.st_dev, status.st_ino)
        if identity in self.first:
            self.found.append(Found(name, zelfde_als=Path(self.first[identity]).name))
            return
        self.first[identity] = name
        self.found.append(Found(name, path=path))

    def _in_out(self, path: Path) -> bool:
        if self.out is None:
            return False
        real = _real(path)
        return real == self.out or self.out in real.parents


def _real(path: Path) -> Path:
    """The path with every symlink resolved; as far as it goes when a link loops."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()
