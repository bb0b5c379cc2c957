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
import typer.main
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from .cli_frame import UsageError, dutch_frame, show_usage_error
from .errors import DoorstroomError, ValidationFailed
from .loader import load_toolkit
from .overview.links import default_site_url, site_url_from_mkdocs
from .overview.run import DEFAULT_TITLE, Sector, make_overview
from .pdf.build import build_pdfs, write_pdfs
from .pdf.render import Papier, all_jobs, werkblad_job
from .readers import Rejection
from .schemas import write_schemas
from .session.run import DEFAULT_TITLE as SESSIE_TITEL
from .session.run import Sector as SessieSector
from .session.run import make_session
from .site.export import export_site
from .toolkit_root import ENV as BRON_ENV
from .toolkit_root import toolkit_root
from .uitgave.publicatie import PUBLICATIE
from .uitgave.vergelijken import heeft_publicatie, vergelijk
from .voorbereiden.binnen import binnen_uit, samenvatting
from .voorbereiden.run import lees_organisaties, maak_voorbereiding, paren
from .voorbereiden.uitvoer import ZIP

app = typer.Typer(
    help="Doorstroomtoolkit: de toolkit 'Werken aan doorstroming van senioren' (Platform31, 2023).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode=None,  # click's plain help, which generator/cli_frame.py puts in Dutch
)

INTERNAL_ERROR = 3
DEBUG = "DOORSTROOM_DEBUG"

BronOption = Annotated[Path | None, typer.Option(
    "--bron", envvar=BRON_ENV, metavar="MAP", show_default=False,
    help="Map van de toolkit (met content/ en worksheets/). Standaard: de huidige map als dat een toolkit is, "
         "anders de toolkit waarmee dit commando is geïnstalleerd.")]
SiteUrlOption = Annotated[str | None, typer.Option(
    "--site-url", metavar="ADRES", show_default=False,
    help="Adres van de website voor de links naar de instrumenten. Standaard: site_url uit mkdocs.yml, anders "
         "de website die naast de toolkit is gebouwd (site/).")]


@app.command()
def check(bron: BronOption = None) -> None:
    """Controleer alle YAML in content/ en worksheets/ en meld alle fouten tegelijk.

    Staat de uitgave in bron/publicatie.txt, dan vergelijkt check ook alle tekst met de uitgave: elk
    verschil zonder vastgelegde afwijking is een fout.
    """
    data = load_toolkit(toolkit_root(bron))
    aantal_velden = sum(len(v) for v in data.velden.values())
    vergelijking = vergelijk(data) if heeft_publicatie(data.root) else None
    if vergelijking and vergelijking.verschillen:
        raise ValidationFailed(vergelijking.verschillen)
    typer.echo(
        f"In orde: {len(data.onderwerpen)} onderwerpen, {len(data.werkbladen)} werkbladen "
        f"({aantal_velden} velden), {len(data.menukaarten)} menukaarten, "
        f"{len(data.instrumenten)} instrumenten, {len(data.paginas)} pagina's."
    )
    if vergelijking:
        typer.echo("\n".join(vergelijking.telling.regels()))
    else:
        typer.echo(f"{PUBLICATIE} ontbreekt: de tekst is niet met de uitgave vergeleken.")


@app.command()
def schema(
    out: Annotated[Path, typer.Option("--out", metavar="MAP", help="Map voor de JSON Schemas.")] = Path("schemas"),
) -> None:
    """Schrijf JSON Schemas van alle YAML-soorten (voor controle en aanvulling in de editor)."""
    for path in write_schemas(out):
        typer.echo(f"geschreven: {path}")


@app.command()
def pages(
    out: Annotated[Path, typer.Option("--out", metavar="MAP",
                                      help="Map voor de website als project (leeg of eerder zo gemaakt).")],
    bron: BronOption = None,
) -> None:
    """Schrijf de hele website als project naar een map: pagina's, PDF's en mkdocs.yml, te bouwen met MkDocs of
    Zensical (zonder hooks)."""
    bundle = export_site(toolkit_root(bron).resolve(), out)
    typer.echo(f"{len(bundle.pages)} pagina's en {len(bundle.files)} andere bestanden geschreven naar {out}; "
               f"bouwen: mkdocs build -f {out / 'mkdocs.yml'}")


@app.command()
def pdf(
    werkbladen: Annotated[list[str] | None, typer.Argument(
        help="Ids van werkbladen; zonder ids: alle werkbladen, beide menukaarten en het boekje.",
        metavar="WERKBLAD", show_default=False)] = None,
    out: Annotated[Path, typer.Option("--out", metavar="MAP", help="Map voor de PDF's.")] = Path("site/pdf"),
    papier: Annotated[Papier, typer.Option(
        "--papier", help="Papierformaat; A3-bestanden heten <naam>-a3.pdf, zodat beide in één map passen.")] = "a4",
    bron: BronOption = None,
) -> None:
    """Maak afdrukbare, invulbare PDF's van de werkbladen (en menukaarten en het boekje)."""
    data = load_toolkit(toolkit_root(bron))
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
        metavar="INVOER", show_default=False)],
    out: Annotated[Path, typer.Option("--out", metavar="MAP", help="Map voor het overzicht.")],
    titel: Annotated[str, typer.Option("--titel", metavar="TEKST", help="Titel boven het overzicht.")] = DEFAULT_TITLE,
    sector: Annotated[Sector, typer.Option("--sector", help="Menukaart voor de suggesties.")] = "sociaal",
    site_url: SiteUrlOption = None,
    bron: BronOption = None,
) -> None:
    """Leg alle ingevulde werkbladen Stimuleren naast elkaar: wie doet wat, en waar zit een gat?"""
    data = load_toolkit(toolkit_root(bron))
    result = make_overview(data, inputs, out, titel, sector, site_url or default_site_url(data.root))
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
        metavar="INVOER", show_default=False)],
    out: Annotated[Path, typer.Option("--out", metavar="MAP",
                                      help="Map voor het verslag, het plan van aanpak en het monitorplan.")],
    titel: Annotated[str, typer.Option("--titel", metavar="TEKST", help="Titel boven het verslag.")] = SESSIE_TITEL,
    sector: Annotated[SessieSector, typer.Option("--sector", help="Menukaart voor de suggesties.")] = "sociaal",
    sjabloon: Annotated[Path | None, typer.Option(
        "--sjabloon", metavar="BESTAND", help="Eigen Word-sjabloon (.docx of .dotx) voor het plan van aanpak: de "
                                              "stijlen, kop- en voettekst daarvan worden gebruikt.",
        show_default=False)] = None,
    site_url: SiteUrlOption = None,
    bron: BronOption = None,
) -> None:
    """Maak van alle ingevulde werkbladen van een sessie één verslag, een concept plan van aanpak en een monitorplan."""
    data = load_toolkit(toolkit_root(bron))
    result, gelezen = make_session(data, inputs, out, titel, sector, site_url or default_site_url(data.root),
                                   dt.date.today(), sjabloon)
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
    aankomst = binnen_uit(gelezen, result)
    if aankomst:
        typer.echo(samenvatting(aankomst))
    _exit_code(gelezen.afgewezen)


def _exit_code(afgewezen: Sequence[Rejection]) -> None:
    """§9: 3 when a file could not be read because of a fault of ours, 1 when any file was not used."""
    if any(r.code == "interne_fout" for r in afgewezen):
        raise typer.Exit(INTERNAL_ERROR)
    if afgewezen:
        raise typer.Exit(1)



@app.command()
def voorbereiden(
    titel: Annotated[str, typer.Option("--titel", help="Titel van de sessie.", show_default=False)],
    datum: Annotated[str, typer.Option("--datum", help="Datum van de sessie: JJJJ-MM-DD.", show_default=False)],
    werkbladen: Annotated[str, typer.Option(
        "--werkbladen", help="Ids van werkbladen, praatplaten en menukaarten in de volgorde van de agenda, met "
                             "komma's ertussen; 'pauze' zet er een pauze tussen.", show_default=False)],
    organisaties: Annotated[Path, typer.Option(
        "--organisaties", help="Bestand met de organisaties: één naam per regel, CSV of Excel (.xlsx), met een "
                               "kolom contact als u wilt.", show_default=False)],
    out: Annotated[Path, typer.Option("--out", help="Map voor het draaiboek, de uitnodiging, het sessieplan en de "
                                                    "bladen.", show_default=False)],
    menukaart: Annotated[str | None, typer.Option(
        "--menukaart", help="sociaal of particulier (standaard: de gekozen menukaart, anders sociaal).",
        show_default=False)] = None,
    papier: Annotated[str, typer.Option("--papier", help="Papier voor de werkbladen: a4 of a3.")] = "a4",
    plaats: Annotated[str, typer.Option("--plaats", help="Waar de sessie is.")] = "",
    begintijd: Annotated[str, typer.Option("--begintijd", help="Begintijd: UU:MM.")] = "09:30",
    minuten: Annotated[str | None, typer.Option(
        "--minuten", help="Andere minuten per onderdeel: id=minuten,... (ook welkom, afsluiting, een onderwerp, "
                          "pauze); 0 haalt welkom, afsluiting of de inleiding van een onderwerp weg.",
        show_default=False)] = None,
    invullen: Annotated[str | None, typer.Option(
        "--invullen", help="Wie een werkblad invult: id=per-organisatie|per-tafel|plenair,...",
        show_default=False)] = None,
    tafels: Annotated[str | None, typer.Option(
        "--tafels", help="Namen van de tafels, met komma's ertussen (voor werkbladen die per tafel worden "
                         "ingevuld).", show_default=False)] = None,
    contact: Annotated[str, typer.Option("--contact", help="Naar wie de deelnemers hun bladen terugsturen.")] = "",
    inleveren: Annotated[str | None, typer.Option(
        "--inleveren", help="Uiterste datum om de bladen terug te sturen: JJJJ-MM-DD (standaard een week na de "
                            "sessie).",
        show_default=False)] = None,
    bron: BronOption = None,
) -> None:
    """Bereid een sessie voor: draaiboek (PDF en Word), uitnodiging, sessieplan en per organisatie haar eigen bladen."""
    data = load_toolkit(toolkit_root(bron))
    lijst = lees_organisaties(organisaties)
    extra_minuten, problemen = paren("--minuten", "stimuleren=45,pauze=10", minuten, getal=True)
    wijzen, problems = paren("--invullen", "ambities=per-tafel", invullen, getal=False)
    keuzes = {"titel": titel, "datum": datum, "plaats": plaats, "begintijd": begintijd, "menukaart": menukaart,
              "papier": papier.lower(), "contact": contact, "inleveren": inleveren,
              "onderdelen": [w.strip() for w in werkbladen.split(",") if w.strip()],
              "minuten": extra_minuten, "invullen": wijzen, "organisaties": lijst,
              "tafels": [t for t in (tafels or "").split(",") if t.strip()]}
    plan, written = maak_voorbereiding(data, keuzes, out, site_url_from_mkdocs(data.root), problemen + problems)
    vooraf = sum(bool(b["velden"]) for b in plan["bladen"])
    typer.echo(f"Sessie '{plan['titel']}' voorbereid: {plan['begintijd']} tot {plan['eindtijd']} uur, "
               f"{_count(len(plan['agenda']), 'onderdeel', 'onderdelen')} op de agenda, "
               f"{_count(len(plan['organisaties']), 'organisatie', 'organisaties')}, "
               f"{_count(vooraf, 'blad', 'bladen')} vooraf ingevuld. "
               f"{len(written)} bestanden in {out}/ (alles samen in {ZIP}).")


@app.command()
def velden(
    werkblad: Annotated[str, typer.Argument(help="Id van het werkblad, bv. 'stimuleren'.", metavar="WERKBLAD")],
    as_json: Annotated[bool, typer.Option("--json", help="Als JSON (voor andere programma's).")] = False,
    bron: BronOption = None,
) -> None:
    """Toon de invulvelden van een werkblad: naam, soort en label (het publieke veldcontract)."""
    data = load_toolkit(toolkit_root(bron))
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
        code = dutch_frame(typer.main.get_command(app)).main(args=args, prog_name="doorstroom",
                                                            standalone_mode=False)
    except UsageError as exc:  # unknown option, missing argument, ...: exit code 2
        show_usage_error(exc)
        raise SystemExit(exc.exit_code) from None
    except (typer.Abort, KeyboardInterrupt):
        typer.echo("Afgebroken.", err=True)
        raise SystemExit(130) from None
    except DoorstroomError as exc:  # raised outside click's own handling
        exc.show()
        raise SystemExit(exc.exit_code) from None
    except Exception as exc:  # noqa: BLE001 - the last line of defence: never a traceback for users
        if debug:
            traceback.print_exc()
        typer.echo(f"Interne fout ({type(exc).__name__}): dit is een fout in de Doorstroomtoolkit, niet in uw "
                   f"bestanden. Meld het aan de beheerder; met {DEBUG}=1 ziet u de details.", err=True)
        raise SystemExit(INTERNAL_ERROR) from None
    if isinstance(code, int) and code:
        raise SystemExit(code)
