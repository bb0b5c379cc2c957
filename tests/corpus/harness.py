"""Helpers both corpus runners use: list the cases, make their inputs, compare outcomes compactly.

A case is a folder in ``tests/corpus/overzicht/``: ``invoer/`` (static files), optionally ``pdf.json``
(PDF inputs made from the current blank PDFs, see :mod:`tests.corpus.pdfs`) and ``opties.json``
(``{"titel": .., "sector": ..}``), and ``verwacht.json``: the expected outcome in the compact form of
:func:`compact`. ``verwacht.json`` is written by hand (``maak_verwacht.py``), never by an implementation.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path, PurePosixPath

from .pdfs import make_pdfs
from .zips import make_zips

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "overzicht"


def cases(corpus: Path = CORPUS) -> list[str]:
    return sorted(p.name for p in corpus.iterdir() if (p / "verwacht.json").is_file())


def materialize(case: str, target: Path, blanks: Path, corpus: Path = CORPUS) -> Path:
    """Copy the case's static inputs to ``target/invoer`` and make its PDFs and ZIPs there; returns that folder."""
    source = corpus / case
    invoer = target / "invoer"
    if (source / "invoer").is_dir():
        shutil.copytree(source / "invoer", invoer)
    invoer.mkdir(parents=True, exist_ok=True)
    make_pdfs(source, invoer, blanks)
    make_zips(source, invoer)
    return invoer


def options(case: str, corpus: Path = CORPUS) -> dict[str, str]:
    path = corpus / case / "opties.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def expected(case: str, corpus: Path = CORPUS) -> dict:
    return json.loads((corpus / case / "verwacht.json").read_text(encoding="utf-8"))


def relative(bestand: str, invoer: Path | None) -> str:
    """A file as the corpus names it: its path inside ``invoer/`` (the browser gives just that)."""
    path = PurePosixPath(bestand.replace("\\", "/"))
    if invoer is not None:
        root = PurePosixPath(invoer.as_posix())
        if path.is_relative_to(root):
            return str(path.relative_to(root))
    return str(path)


def compact(overzicht: dict, invoer: Path | None = None) -> dict:
    """overzicht.json -> the compact form of verwacht.json.

    Cells without any item are left out (they must be ``gat``: checked here), suggestions are left
    out (they follow from the status and the menukaart and are tested elsewhere).
    """
    cellen = {}
    for cel in overzicht["cellen"]:
        key = f"{cel['categorie']}|{cel['fase']}"
        if not cel["al"] and not cel["nog"]:
            assert cel["status"] == "gat", f"{key}: zonder punten maar status {cel['status']}"
            continue
        cellen[key] = {"status": cel["status"], "al": [[i["organisatie"], i["tekst"]] for i in cel["al"]],
                       "nog": [[i["organisatie"], i["tekst"]] for i in cel["nog"]]}
    return {
        "organisaties": overzicht["organisaties"],
        "cellen": cellen,
        "afgewezen": [[relative(a["bestand"], invoer), a["reden"]] for a in overzicht["afgewezen"]],
        "meldingen": [[relative(m["bestand"], invoer), m["melding"]] for m in overzicht.get("meldingen", [])],
    }


SESSIE = HERE / "sessie"


def _pairs(antwoorden: list[dict]) -> list[list[str]]:
    return [[a["organisatie"], a["tekst"]] for a in antwoorden]


def compact_sessie(sessie: dict) -> dict:
    """sessie.json -> the compact form of a session case's verwacht.json.

    Per werkblad its sheets and only the answers that are there (an empty question, fase or indicator is
    left out: checked here to be present and empty); the raster part as :func:`compact`; the monitor plan
    as [werkblad, indicator, status, opnemen, beschikbaar, niet_beschikbaar, toelichting] for every row
    with anything in it, and the number of rows (a row without anything must be ``niet-gekozen``).
    """
    werkbladen: dict[str, dict] = {}
    for werkblad, deel in sessie["werkbladen"].items():
        part: dict = {"type": deel["type"], "bladen": [[b["bestand"], b["organisatie"]] for b in deel["bladen"]]}
        if deel["type"] == "raster":
            raster = compact(deel)
            assert raster.pop("afgewezen") == [], "the raster part lists no rejections (they are at the top)"
            part.update(raster)
        elif deel["type"] == "klantreis":
            part["fasen"] = {f["fase"]: _pairs(f["antwoorden"]) for f in deel["fasen"] if f["antwoorden"]}
        elif deel["type"] in ("vragen", "themas"):
            part["vragen"] = {v["id"]: _pairs(v["antwoorden"]) for v in deel["vragen"] if v["antwoorden"]}
        else:
            part["indicatoren"] = {i["id"]: {"beschikbaar": i["beschikbaar"], "opnemen": i["opnemen"],
                                             "toelichting": _pairs(i["toelichting"])}
                                   for i in deel["indicatoren"] if i["beschikbaar"] or i["opnemen"] or i["toelichting"]}
            part["gekozen"] = deel["gekozen"]
            part["aantekeningen"] = _pairs(deel["aantekeningen"])
        werkbladen[werkblad] = part
    rows = []
    for regel in sessie["monitorplan"]:
        if not (regel["opnemen"] or regel["beschikbaar"] or regel["toelichting"]):
            assert regel["status"] == "niet-gekozen", regel
            continue
        rows.append([regel["werkblad"], regel["indicator"], regel["status"], regel["opnemen"], regel["beschikbaar"],
                     regel["niet_beschikbaar"], _pairs(regel["toelichting"])])
    return {
        "titel": sessie["titel"],
        "werkbladen": werkbladen,
        "monitorplan": rows,
        "monitorplan_rijen": len(sessie["monitorplan"]),
        "afgewezen": [[a["bestand"], a["reden"]] for a in sessie["afgewezen"]],
        "meldingen": [[m["bestand"], m["melding"]] for m in sessie["meldingen"]],
    }
