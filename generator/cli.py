"""The ``doorstroom`` command: one entry for every job of the toolkit."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from .errors import DoorstroomError
from .loader import load_toolkit
from .schemas import write_schemas
from .site.export import write_pages
from .site.pages import build_pages

app = typer.Typer(
    help="Doorstroomtoolkit: de toolkit 'Werken aan doorstroming van senioren' (Platform31, 2023).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

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
    """Console-script entry: runs the app; our errors print as messages, never tracebacks."""
    try:
        app(args=args, prog_name="doorstroom")
    except DoorstroomError as exc:  # raised outside click's own handling
        exc.show()
        raise SystemExit(exc.exit_code) from None
