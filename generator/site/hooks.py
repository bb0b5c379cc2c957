"""MkDocs hooks: hand the site bundle to MkDocs. All logic lives in :mod:`generator.site.bundle` and the
modules it calls; ``doorstroom pages`` exports the same bundle for engines that run no hooks (Zensical)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from generator.errors import DoorstroomError
from generator.site.bundle import SiteBundle, site_bundle
from generator.site.maintainer import check_maintainer
from generator.site.search import search_hook
from generator.site.website import Website, show_warning

WATCHED = ("content", "worksheets", "examples")
_bundle: list[SiteBundle] = []
on_post_build = search_hook()  # Dutch word forms in the search index


def _root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).parent


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    try:
        warning = check_maintainer(Website.from_extra(config.extra), config.extra)
        bundle = site_bundle(_root(config), config.extra)
    except DoorstroomError as exc:
        raise PluginError(exc.format_message()) from None
    if warning:
        show_warning(warning)
    _bundle[:] = [bundle]
    config.nav = bundle.nav
    config.copyright = bundle.copyright
    config.extra.update(bundle.extra)  # voetregel, beheerder, afdrukdatum: overrides/partials/copyright.html
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    bundle = _bundle[0]
    for path, markdown in bundle.pages.items():
        files.append(File.generated(config, path, content=markdown))
    for path, content in bundle.files.items():
        files.append(File.generated(config, path, content=content))
    return files


def on_serve(server: Any, config: MkDocsConfig, builder: Any) -> Any:
    for folder in WATCHED:
        if (_root(config) / folder).is_dir():
            server.watch(str(_root(config) / folder))
    return server
