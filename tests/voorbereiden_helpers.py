"""One set of choices for a session, for `doorstroom voorbereiden` (as options) and the page (as typed in)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from .helpers import run_cli

# A facilitator's session: three onderwerpen, a break, a table sheet, A3, a name with accents and '&'.
ORGANISATIES = [
    ("Gemeente Lindewaard", "wonen@lindewaard.example"),
    ("Woonstichting De Linde", ""),
    ("Stichting Welzijn & Zorg Ĳsselmonde", "j.de.vries@welzijn.example"),
]
TAFELS = ["Tafel Noord", "Tafel Zuid"]
KEUZES = {
    "titel": "Sessie Regio Lindewaard",
    "datum": "2025-03-14",
    "plaats": "Gemeentehuis Lindewaard, zaal 2",
    "begintijd": "09:00",
    "papier": "a3",
    "contact": "wonen@lindewaard.example",
    "onderdelen": ["organisaties", "ambities", "sociaal", "pauze", "stimuleren", "wat-is-de-opgave",
                   "hoe-ziet-u-uw-toekomst"],
    "invullen": {"ambities": "per-tafel"},
    "minuten": {"stimuleren": 45},
}


def organisation_lines() -> str:
    """The list as a facilitator pastes it: a contact after a ';' where there is one."""
    return "".join(f"{naam}; {contact}\n" if contact else f"{naam}\n" for naam, contact in ORGANISATIES)


def cli_args(organisaties: Path, out: Path, keuzes: dict | None = None) -> list[str]:
    keuzes = keuzes or KEUZES
    args = ["voorbereiden", "--titel", keuzes["titel"], "--datum", keuzes["datum"],
            "--werkbladen", ",".join(keuzes["onderdelen"]), "--organisaties", str(organisaties), "--out", str(out)]
    for option in ("plaats", "begintijd", "papier", "contact"):
        if option in keuzes:
            args += [f"--{option}", keuzes[option]]
    for option in ("invullen", "minuten"):
        if keuzes.get(option):
            args += [f"--{option}", ",".join(f"{k}={v}" for k, v in keuzes[option].items())]
    return args + ["--tafels", ",".join(TAFELS)]


def prepare(tmp: Path, keuzes: dict | None = None):  # noqa: ANN201 - a CompletedProcess
    """Run `doorstroom voorbereiden` with the choices into ``tmp/uit``."""
    lijst = tmp / "organisaties.txt"
    lijst.write_text(organisation_lines(), encoding="utf-8")
    return run_cli(*cli_args(lijst, tmp / "uit", keuzes))


@pytest.fixture(scope="session")
def voorbereid(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """`doorstroom voorbereiden` with KEUZES, once per test process (the CLI and the browser tests read it)."""
    tmp = tmp_path_factory.mktemp("voorbereiden")
    result = prepare(tmp)
    assert result.returncode == 0, result.stderr
    return tmp / "uit", result
