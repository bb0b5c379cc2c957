"""Ready for the engine after mkdocs-material: ``doorstroom pages`` exports the whole site as a project that
Zensical (PyPI) builds without our hooks, with every page, link and PDF, nothing from another host; and
MkDocs builds the same export into the very site the hooks make (what ``make site`` does)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import unquote, urlparse

import lxml.html
import pytest
from playwright.sync_api import Browser

from generator.site.bundle import site_bundle
from generator.site.website import mkdocs_extra

from .browser import RequestLog
from .helpers import ROOT, run_cli

BIN = Path(sys.executable).parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
RESOURCES = {"script": "src", "img": "src", "iframe": "src", "source": "src", "link": "href", "object": "data"}


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("export") / "project"
    result = run_cli("pages", "--out", str(out))
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def zensical_site(exported: Path) -> Path:
    result = subprocess.run([str(BIN / "zensical"), "build", "--strict"], cwd=exported, env=ENV,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    return exported / "site"


def html_path(page: str) -> str:
    return page.removesuffix(".md") + ".html"


def broken_links(site: Path) -> tuple[list[str], list[str]]:
    """Links and resources that point at no file of the site; resources that come from another host."""
    broken, foreign = [], []
    for page in sorted(site.rglob("*.html")):
        document = lxml.html.fromstring(page.read_bytes())
        for element in document.iter():
            if not isinstance(element.tag, str):
                continue
            for attribute in ("href", "src", "data"):
                value = element.get(attribute)
                url = urlparse(value or "")
                if not value or url.scheme in ("mailto", "tel", "javascript", "data", "blob"):
                    continue
                where = f"{page.relative_to(site)}: <{element.tag} {attribute}={value}>"
                if url.scheme or url.netloc:
                    if element.tag != "a" and RESOURCES.get(element.tag) == attribute:
                        foreign.append(where)  # a link to another site is fine; loading from it is not
                    continue
                if not url.path:
                    continue
                base = site if url.path.startswith("/") else page.parent  # the 404 page links from the root
                target = base / unquote(url.path).lstrip("/")
                if target.is_dir():
                    target = target / "index.html"
                if not target.is_file():
                    broken.append(where)
    return broken, foreign


def test_zensical_builds_every_page_link_and_pdf_of_the_export(exported: Path, zensical_site: Path) -> None:
    bundle = site_bundle(ROOT, mkdocs_extra(ROOT))
    for page in bundle.pages:
        html = (zensical_site / html_path(page)).read_text(encoding="utf-8")
        assert '<html lang="nl"' in html and "Deze website is niet door Platform31 gemaakt." in html, page
    for path, content in bundle.files.items():
        assert (zensical_site / path).read_bytes() == content, path
    # A4+A3, the menukaarten and the booklet; the examples: overzicht, sessie, wandplaat
    assert sum(1 for p in bundle.files if p.endswith(".pdf")) == 2 * 11 + 3 + 3
    broken, foreign = broken_links(zensical_site)
    assert broken == [] and foreign == []


def test_the_zensical_site_asks_no_other_host_for_anything(browser: Browser, zensical_site: Path) -> None:
    context = browser.new_context(locale="nl-NL")
    tab = context.new_page()
    log = RequestLog(tab)
    for page in ("index.html", "werkbladen/stimuleren.html", "sessie/index.html", "over/colofon.html"):
        tab.goto((zensical_site / page).as_uri())
        tab.wait_for_load_state("networkidle")
    context.close()
    assert log.urls and log.foreign(None) == []


def test_mkdocs_builds_the_export_into_the_site_the_hooks_make(exported: Path, site_dir: Path,
                                                               tmp_path: Path) -> None:
    out = tmp_path / "site"
    result = subprocess.run([str(BIN / "mkdocs"), "build", "--strict", "-f", str(exported / "mkdocs.yml"),
                             "-d", str(out)], cwd=ROOT, env=ENV, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    files = {p.relative_to(out) for p in out.rglob("*") if p.is_file()}
    assert files == {p.relative_to(site_dir) for p in site_dir.rglob("*") if p.is_file()}
    index = Path("search/search_index.json")
    for path in files - {index, index.with_suffix(".js")}:
        assert (out / path).read_bytes() == (site_dir / path).read_bytes(), path
    docs = [json.loads((s / index).read_text(encoding="utf-8"))["docs"] for s in (out, site_dir)]
    assert Counter(json.dumps(d, sort_keys=True) for d in docs[0]) == \
        Counter(json.dumps(d, sort_keys=True) for d in docs[1]), "the same index, in another order"
