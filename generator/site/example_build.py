"""What the two example pages share (the overview, generator/site/example.py, and the session report,
generator/site/example_session.py): their build result, and the files named as on the project's own disk."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from ..readers import Gelezen
from .pages import Page


@dataclass(frozen=True)
class ExampleBuild:
    page: Page
    files: dict[str, bytes]  # site path -> content


def relative_to_project(gelezen: Gelezen, root: Path) -> Gelezen:
    """Every file as the CLI names it when run in the project folder (no folder of this machine on the site)."""

    def rel(bestand: str) -> str:
        path = Path(bestand)
        return path.relative_to(root).as_posix() if path.is_relative_to(root) else bestand

    return Gelezen([dataclasses.replace(s, bestand=rel(s.bestand)) for s in gelezen.sheets],
                   [dataclasses.replace(r, bestand=rel(r.bestand)) for r in gelezen.afgewezen],
                   [dataclasses.replace(m, bestand=rel(m.bestand)) for m in gelezen.meldingen])
