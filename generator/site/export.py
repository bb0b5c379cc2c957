"""Export the whole site as a project that any engine reading ``mkdocs.yml`` builds without our hooks.

``doorstroom pages --out MAP`` writes::

    MAP/mkdocs.yml      the project's mkdocs.yml with the navigation, copyright and theme values filled in,
                        docs_dir docs/, theme overrides from overrides/, no generation hooks
    MAP/docs/           every page (Markdown), the static assets, every PDF, the ZIP, the browser's data
                        scripts and the example's outputs
    MAP/overrides/      the theme overrides (a copy of the project's overrides/)
    MAP/zoekwoorden.py  the one hook left: Dutch word forms in MkDocs' search index (Zensical skips it)

``make site`` builds MAP with MkDocs; ``tests/test_site_zensical.py`` builds it with Zensical. ``make site``
runs the export as ``python -m generator.site.export --out MAP``: the same as ``doorstroom pages``, without
loading the whole command line tool (a warm export then costs a fraction of the engine's build).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

from ..errors import DoorstroomError
from ..files import OutputNotWritable, output_folder
from .bundle import STATIC, SiteBundle, site_bundle
from .maintainer import check_maintainer
from .search import CACHE
from .website import Website, mkdocs_extra, show_warning

MARKER = ".doorstroom-pages"
DOCS = "docs"
OVERRIDES = "overrides"
SEARCH_HOOK = "zoekwoorden.py"
CONFIG = "mkdocs.yml"


class OutputFolderInUse(DoorstroomError):
    """The folder holds files we did not write; we never delete those."""

    exit_code = 2

    def __init__(self, folder: Path, example: Path) -> None:
        super().__init__(f"{folder}: de map bevat al andere bestanden (bv. {example.name}). "
                         "Kies een lege map; er wordt niets overschreven.")


def export_config(root: Path, bundle: SiteBundle) -> dict[str, Any]:
    """The project's mkdocs.yml for the exported folder: what the hooks set is written in."""
    config = yaml.safe_load((root / CONFIG).read_text(encoding="utf-8")) or {}
    config["docs_dir"] = DOCS
    config["site_dir"] = "site"
    config["use_directory_urls"] = False  # page.html, as MkDocs' offline plugin makes it: works from file://
    config.setdefault("theme", {})["custom_dir"] = OVERRIDES
    config["hooks"] = [SEARCH_HOOK]
    config["nav"] = bundle.nav
    config["copyright"] = bundle.copyright
    config["extra"] = {**(config.get("extra") or {}), **bundle.extra}
    return config


def search_hook_source(root: Path) -> str:
    return (f'"""Gemaakt door \'doorstroom pages\': Nederlandse woordvormen in de zoekindex van MkDocs.\n\n'
            f'Zensical draait geen hooks; daar zoekt de site zonder woordvormen (docs/architecture.md)."""\n\n'
            f"from pathlib import Path\n\nfrom generator.site.search import search_hook\n\n"
            f"on_post_build = search_hook(Path({str(root / CACHE)!r}))\n")


def write_export(root: Path, bundle: SiteBundle, out: Path) -> None:
    """Write the export to ``out`` at once: first to a temporary folder, then swap it in.

    A folder written earlier by this command (it carries a marker file) is replaced; any other
    non-empty folder is refused, so nothing of the user's is lost or half-overwritten.
    """
    out = out.resolve()
    if out.exists() and not out.is_dir():
        raise OutputNotWritable(out, "dit is een bestand, geen map")
    if out.exists() and any(out.iterdir()) and not (out / MARKER).exists():
        raise OutputFolderInUse(out, next(out.iterdir()))
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=output_folder(out.parent)))
    try:
        docs = staging / DOCS
        shutil.copytree(STATIC, docs)
        if (root / OVERRIDES).is_dir():
            shutil.copytree(root / OVERRIDES, staging / OVERRIDES)
        for path, markdown in bundle.pages.items():
            _write(docs / path, markdown.encode("utf-8"))
        for path, content in bundle.files.items():
            _write(docs / path, content)
        config = yaml.safe_dump(export_config(root, bundle), allow_unicode=True, sort_keys=False, width=120)
        (staging / CONFIG).write_text("# Gemaakt door 'doorstroom pages' uit de YAML: niet bewerken.\n" + config,
                                      encoding="utf-8")
        (staging / SEARCH_HOOK).write_text(search_hook_source(root), encoding="utf-8")
        (staging / MARKER).write_text("Gemaakt door 'doorstroom pages'; wordt bij de volgende keer vervangen.\n",
                                      encoding="utf-8")
        if out.exists():
            shutil.rmtree(out)
        staging.rename(out)
    finally:
        if staging.exists():
            shutil.rmtree(staging)


def _write(target: Path, content: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(content)


def export_site(root: Path, out: Path) -> SiteBundle:
    """Check the maintainer setting, make (or take from the cache) the bundle and write the export."""
    extra = mkdocs_extra(root)
    warning = check_maintainer(Website.from_extra(extra), extra)
    bundle = site_bundle(root, extra)
    write_export(root, bundle, out)
    if warning:
        show_warning(warning)
    return bundle


def main(argv: list[str] | None = None) -> int:
    """``python -m generator.site.export --out MAP [--bron MAP]`` (what ``make site`` runs)."""
    from ..toolkit_root import toolkit_root

    parser = argparse.ArgumentParser(prog="python -m generator.site.export",
                                     description="Schrijf de website als project naar een map (zie doorstroom pages).")
    parser.add_argument("--out", type=Path, required=True, metavar="MAP")
    parser.add_argument("--bron", type=Path, default=None, metavar="MAP")
    args = parser.parse_args(argv)
    try:
        bundle = export_site(toolkit_root(args.bron).resolve(), args.out)
    except DoorstroomError as exc:
        print(exc.format_message(), file=sys.stderr)
        return exc.exit_code
    print(f"{len(bundle.pages)} pagina's en {len(bundle.files)} andere bestanden geschreven naar {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
