"""Where the suggested instruments live on the website, for links from the overview."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml

from ..loader import ToolkitData

SITE_URL_ENV = "DOORSTROOM_SITE_URL"  # the site's address for the CLI's links; empty: no links


def _mkdocs(root: Path) -> dict[str, Any]:
    config = root / "mkdocs.yml"
    if not config.is_file():
        return {}
    try:
        loaded = yaml.load(config.read_text(encoding="utf-8"), Loader=_IgnoreTags)  # noqa: S506 - tags ignored
    except yaml.YAMLError:
        return {}
    return loaded if isinstance(loaded, dict) else {}


def site_url_from_mkdocs(root: Path) -> str | None:
    """``site_url`` from mkdocs.yml, if the project sets one (the public address of the site)."""
    url = _mkdocs(root).get("site_url")
    return str(url) if url else None


def built_site(root: Path) -> str | None:
    """The site built next to the toolkit (``site/``, or mkdocs.yml's ``site_dir``) as a file:// address."""
    folder = root / str(_mkdocs(root).get("site_dir") or "site")
    return folder.resolve().as_uri() + "/" if (folder / "index.html").is_file() else None


def default_site_url(root: Path) -> str | None:
    """Where the CLI links the menukaart's instruments when ``--site-url`` is not given.

    ``DOORSTROOM_SITE_URL`` (empty: no links), else ``site_url`` from mkdocs.yml, else the site built next
    to the toolkit, so the links work on this computer by default (``make`` builds it).
    """
    if SITE_URL_ENV in os.environ:
        return os.environ[SITE_URL_ENV] or None
    return site_url_from_mkdocs(root) or built_site(root)


class _IgnoreTags(yaml.SafeLoader):
    """mkdocs.yml may use !ENV and similar tags; for reading site_url they do not matter."""


_IgnoreTags.add_multi_constructor("!", lambda loader, suffix, node: None)


def instrument_links(data: ToolkitData, base: str | None) -> dict[str, str | None]:
    """Instrument id -> URL of its page (``base`` is the site URL or a relative prefix; None: no links)."""
    if base is None:
        return {i: None for i in data.instrumenten}
    prefix = base if base.endswith("/") or base == "" else base + "/"
    return {i: f"{prefix}instrumenten/{i}.html" for i in data.instrumenten}
