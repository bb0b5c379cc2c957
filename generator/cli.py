"""The ``doorstroom`` command: one entry for every job of the toolkit."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from .errors import DoorstroomError
from .loader import load_toolkit
from .overview.links import site_url_from_mkdocs
from .overview.run import DEFAULT_TITLE, Sector, make_overview
from .pdf.build import build_pdfs, write_pdfs
from .pdf.render import Papier, all_jobs, werkblad_job
from .readers import Rejection
from .schemas import write_schemas
from .session.run import DEFAULT_TITLE as SESSIE_TITEL
from .session.run import Sector as SessieSector
from .session.run import make_session
from .site.export import write_pages
from .site.pages import build_pages

app = typer.Typer(
    help="Doorstroomtoolkit: de toolkit 'Werken aan doorstroming van senioren' (Platform31, 2023).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

INTERNAL_ERROR = 3
DEBUG = "DOORSTROOM_DEBUG"

BronOption = Annotated[
    Path, typer.Option("--bron", help="Map van het project (met content/ en worksheets/).")
]


@app.command()
def check(bron: BronOption = Path(".")) -> None:
    """Controleer alle YAML in content/ en worksheets/ en meld alle fouten tegelijk."""
    data = load_toolkit(bron)
    aantal_velden = sum(len(v) for v in data.velden.values())
    typer.echo(
        f"In orde: {len(data.onderwerpen)} onderwerpen, {len(data.werkbladen)} werkbladen "
        f"({aantal_velden} velden), {len(data.menukaarten)} menukaarten, "
        f"{len(data.instrumenten)} instrumenten, {len(data.paginas)} pagina's."
    )


@app.command()
def schema(
    out: Annotated[Path, typer.Option("--out", help="Map voor de JSON Schemas.")] = Path("schemas"),
) -> None:
    """Schrijf JSON Schemas van alle YAML-soorten (voor controle en aanvulling in de editor)."""
    for path in write_schemas(out):
        typer.echo(f"geschreven: {path}")


@app.command()
def pages(
    out: Annotated[Path, typer.Option("--out", help="Map voor de Markdown-pagina's (leeg of eerder zo gemaakt).")],
    bron: BronOption = Path("."),
) -> None:
    """Schrijf alle pagina's van de website als Markdown naar een map (zonder MkDocs)."""
    data = load_toolkit(bron)
    generated = build_pages(data)
    write_pages(generated, out)
    typer.echo(f"{len(generated)} pagina's geschreven naar {out}")


@app.command()
def pdf(
    werkbladen: Annotated[list[str] | None, typer.Argument(
        help="Ids van werkbladen; zonder ids: alle werkbladen, beide menukaarten en het boekje.",
        show_default=False)] = None,
    out: Annotated[Path, typer.Option("--out", help="Map voor de PDF's.")] = Path("site/pdf"),
    papier: Annotated[Papier, typer.Option(
        "--papier", help="Papierformaat; A3-bestanden heten <naam>-a3.pdf, zodat beide in één map passen.")] = "a4",
    bron: BronOption = Path("."),
) -> None:
    """Maak afdrukbare, invulbare PDF's van de werkbladen (en menukaarten en het boekje)."""
    data = load_toolkit(bron)
    unknown = [w for w in werkbladen or [] if w not in data.werkbladen]
    if unknown:
        raise typer.BadParameter(f"onbekend werkblad {', '.join(unknown)}; kies uit: {', '.join(data.werkbladen)}",
                                 param_hint="WERKBLAD")
    jobs = [werkblad_job(data, w) for w in werkbladen] if werkbladen else all_jobs(data)
    if len(jobs) > 1:
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                      console=Console(stderr=True), transient=True) as progress:
            task = progress.add_task("PDF's maken", total=len(jobs))
            built = build_pdfs(data, jobs, papier, step=lambda _: progress.advance(task))
    else:
        built = build_pdfs(data, jobs, papier)
    for path in write_pdfs(built, out):
        typer.echo(f"geschreven: {path}")
    fresh = sum(not b.cached for b in built)
    noun = "PDF" if len(built) == 1 else "PDF's"
    typer.echo(f"{len(built)} {noun} ({fresh} nieuw gemaakt, {len(built) - fresh} uit de cache), "
               f"papier {papier.upper()}")


@app.command()
def overzicht(
    inputs: Annotated[list[Path], typer.Argument(
        help="Ingevulde werkbladen Stimuleren: PDF's en YAML/JSON-antwoordbestanden, of mappen daarmee.",
        show_default=False)],
    out: Annotated[Path, typer.Option("--out", help="Map voor het overzicht.")],
    titel: Annotated[str, typer.Option("--titel", help="Titel boven het overzicht.")] = DEFAULT_TITLE,
    sector: Annotated[Sector, typer.Option("--sector", help="Menukaart voor de suggesties.")] = "sociaal",
    site_url: Annotated[str | None, typer.Option(
        "--site-url", help="Adres van de website voor links naar instrumenten (standaard: site_url uit mkdocs.yml).",
        show_default=False)] = None,
    bron: BronOption = Path("."),
) -> None:
    """Leg alle ingevulde werkbladen Stimuleren naast elkaar: wie doet wat, en waar zit een gat?"""
    data = load_toolkit(bron)
    result = make_overview(data, inputs, out, titel, sector, site_url or site_url_from_mkdocs(data.root))
    for rejection in result.afgewezen:
        typer.echo(f"niet verwerkt: {rejection.bestand}: {rejection.reden}", err=True)
    for note in result.meldingen:
        typer.echo(f"let op: {note.bestand}: {note.melding}", err=True)
    gaps = sum(c.status == "gat" for c in result.cellen)
    typer.echo(f"{_count(len(result.organisaties), 'organisatie', 'organisaties')} verwerkt, "
               f"{_count(len(result.afgewezen), 'bestand', 'bestanden')} niet, "
               f"{_count(len(result.meldingen), 'melding', 'meldingen')}; "
               f"{gaps} van de {len(result.cellen)} cellen zijn een gat. Overzicht in {out}/")
    _exit_code(result.afgewezen)


def _count(number: int, one: str, more: str) -> str:
    return f"{number} {one if number == 1 else more}"


@app.command()
def sessie(
    inputs: Annotated[list[Path], typer.Argument(
        help="Ingevulde werkbladen van een sessie, door elkaar: PDF's en YAML/JSON-antwoordbestanden, of mappen.",
        show_default=False)],
    out: Annotated[Path, typer.Option("--out", help="Map voor het verslag, het plan van aanpak en het monitorplan.")],
    titel: Annotated[str, typer.Option("--titel", help="Titel boven het verslag.")] = SESSIE_TITEL,
    sector: Annotated[SessieSector, typer.Option("--sector", help="Menukaart voor de suggesties.")] = "sociaal",
    site_url: Annotated[str | None, typer.Option(
        "--site-url", help="Adres van de website voor links naar instrumenten (standaard: site_url uit mkdocs.yml).",
        show_default=False)] = None,
    bron: BronOption = Path("."),
) -> None:
    """Maak van alle ingevulde werkbladen van een sessie één verslag, een concept plan van aanpak en een monitorplan."""
    data = load_toolkit(bron)
    result, gelezen = make_session(data, inputs, out, titel, sector, site_url or site_url_from_mkdocs(data.root),
                                   dt.date.today())
    for rejection in result["afgewezen"]:
        typer.echo(f"niet verwerkt: {rejection['bestand']}: {rejection['reden']}", err=True)
    for note in result["meldingen"]:
        typer.echo(f"let op: {note['bestand']}: {note['melding']}", err=True)
    bladen = _count(sum(len(d["bladen"]) for d in result["werkbladen"].values()), "blad", "bladen")
    werkbladen = _count(len(result["werkbladen"]), "werkblad", "werkbladen")
    afgewezen = _count(len(result["afgewezen"]), "bestand", "bestanden")
    gekozen = [r for r in result["monitorplan"] if r["opnemen"]]
    typer.echo(f"{bladen} van {werkbladen} verwerkt, {afgewezen} niet; monitorplan: "
               f"{_count(len(gekozen), 'indicator', 'indicatoren')} gekozen, waarvan "
               f"{sum(r['status'] == 'inregelen' for r in gekozen)} met registratie nog inregelen. Verslag in {out}/")
    _exit_code(gelezen.afgewezen)


def _exit_code(afgewezen: Sequence[Rejection]) -> None:
    """§9: 3 when a file could not be read because of a fault of ours, 1 when any file was not used."""
    if any(r.code == "interne_fout" for r in afgewezen):
        raise typer.Exit(INTERNAL_ERROR)
    if afgewezen:
        raise typer.Exit(1)


@app.command()
def velden(
    werkblad: Annotated[str, typer.Argument(help="Id van het werkblad, bv. 'stimuleren'.")],
    as_json: Annotated[bool, typer.Option("--json", help="Als JSON (voor andere programma's).")] = False,
    bron: BronOption = Path("."),
) -> None:
    """Toon de invulvelden van een werkblad: naam, soort en label (het publieke veldcontract)."""
    data = load_toolkit(bron)
    if werkblad not in data.velden:
        raise typer.BadParameter(
            f"onbekend werkblad '{werkblad}'; kies uit: {', '.join(data.velden)}", param_hint="WERKBLAD"
        )
    fields = data.velden[werkblad]
    if as_json:
        typer.echo(json.dumps([v.as_dict() for v in fields], ensure_ascii=False, indent=2))
        return
    table = Table(title=f"{data.werkbladen[werkblad].titel}: {len(fields)} velden")
    for column in ("naam", "soort", "label"):
        table.add_column(column)
    for veld in fields:
        table.add_row(veld.naam, veld.soort, veld.label)
    Console().print(table)


def main(args: list[str] | None = None) -> None:
    """Console-script entry: runs the app; our errors print as messages, never tracebacks.

    Anything else is a fault of ours: a short Dutch message and exit code 3, so scripts can tell it
    from 1 (some files not used). ``DOORSTROOM_DEBUG=1`` shows the real traceback (for developers).
    """
    debug = os.environ.get(DEBUG, "") not in ("", "0")
    if debug:
        logging.basicConfig(level=logging.DEBUG, format="%(name)s: %(message)s")
        for noisy in ("pdfminer", "PIL", "fontTools", "weasyprint"):
            logging.getLogger(noisy).setLevel(logging.WARNING)
    try:
        app(args=args, prog_name="doorstroom")
    except DoorstroomError as exc:  # raised outside click's own handling
        exc.show()
        raise SystemExit(exc.exit_code) from None
    except Exception as exc:  # noqa: BLE001 - the last line of defence: never a traceback for users
        if debug:
            traceback.print_exc()
        typer.echo(f"Interne fout ({type(exc).__name__}): dit is een fout in de Doorstroomtoolkit, niet in uw "
                   f"bestanden. Meld het aan de beheerder; met {DEBUG}=1 ziet u de details.", err=True)
        raise SystemExit(INTERNAL_ERROR) from None
