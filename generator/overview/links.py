"""Where the suggested instruments live on the website, for links from the overview."""

from __future__ import annotations

from pathlib import Path

import yaml

from ..loader import ToolkitData


def site_url_from_mkdocs(root: Path) -> str | None:
    """``site_url`` from mkdocs.yml, if the project sets one (the public address of the site)."""
    config = root / "mkdocs.yml"
    if not config.is_file():
        return None
    try:
        loaded = yaml.load(config.read_text(encoding="utf-8"), Loader=_IgnoreTags)  # noqa: S506 - tags ignored
    except yaml.YAMLError:
        return None
    url = loaded.get("site_url") if isinstance(loaded, dict) else None
    return str(url) if url else None


class _IgnoreTags(yaml.SafeLoader):
    """mkdocs.yml may use !ENV and similar tags; for reading site_url they do not matter."""


_IgnoreTags.add_multi_constructor("!", lambda loader, suffix, node: None)


def instrument_links(data: ToolkitData, base: str | None) -> dict[str, str | None]:
    """Instrument id -> URL of its page (``base`` is the site URL or a relative prefix; None: no links)."""
    if base is None:
        return {i: None for i in data.instrumenten}
    prefix = base if base.endswith("/") or base == "" else base + "/"
    return {i: f"{prefix}instrumenten/{i}.html" for i in data.instrumenten}
