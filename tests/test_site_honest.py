"""Whose site this is, on every page of the built site: the disclaimer, no placeholder address, the maintainer
said to be unset when it is, the publisher's own words as a marked quotation, our own summaries framed as ours."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import lxml.html
import pytest

from generator.loader import ToolkitData
from generator.site.maintainer import REQUIRED_ENV
from generator.site.pages import build_pages

from .helpers import ROOT, site_paths

NOT_PLATFORM31 = "Deze website is niet door Platform31 gemaakt."
BRON = "Bron: Platform31, Werken aan doorstroming van senioren (2023)"
STANDALONE = ("voorbeeld/sessie-regio-lindewaard/overzicht.html", "voorbeeld/sessieverslag/sessie.html")


def site_pages(toolkit: ToolkitData, site_dir: Path) -> dict[str, lxml.html.HtmlElement]:
    """Every page the engine built (the standalone example outputs are checked with their own tests)."""
    pages = {}
    for url in site_paths(build_pages(toolkit)):
        if url in STANDALONE:
            continue
        file = site_dir / (url + "index.html" if url.endswith("/") or not url else url)
        pages[url] = lxml.html.fromstring(file.read_text(encoding="utf-8"))
    return pages


@pytest.fixture(scope="module")
def pages(toolkit: ToolkitData, site_dir: Path) -> dict[str, lxml.html.HtmlElement]:
    return site_pages(toolkit, site_dir)


def text(element: lxml.html.HtmlElement) -> str:
    return " ".join(element.text_content().split())


def classes(element: lxml.html.HtmlElement) -> set[str]:
    return set((element.get("class") or "").split())


def test_every_page_says_whose_site_it_is_and_names_its_source(pages: dict[str, lxml.html.HtmlElement],
                                                                site_dir: Path) -> None:
    assert len(pages) == 33 + 2  # the model's pages (test_site_pages counts them) and the two example pages
    for url, page in pages.items():
        footer = text(page.find_class("md-footer-meta")[0])
        assert NOT_PLATFORM31 in footer and BRON in footer, url
        assert "Beheer: nog niet ingesteld." in footer, url
    assert "Deze website is niet door Platform31 gemaakt" in (site_dir / "404.html").read_text(encoding="utf-8")


def test_no_placeholder_address_is_shown_as_if_it_worked(site_dir: Path) -> None:
    for page in site_dir.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "example.org" not in html and "Projectteam Doorstroomtoolkit" not in html, page
    colofon = lxml.html.fromstring((site_dir / "over/colofon.html").read_text(encoding="utf-8"))
    about = text(colofon.get_element_by_id("over-deze-website").getparent())
    assert "Beheer: nog niet ingesteld. Contact: er is nog geen contactadres" in about


def test_the_colofon_says_first_that_this_is_not_a_platform31_publication(pages: dict) -> None:
    article = pages["over/colofon.html"].find_class("md-content__inner")[0]
    blocks = [child for child in article if child.tag != "a"]  # (Material's edit links: none here)
    assert blocks[0].tag == "h1" and "ds-eigen" in classes(blocks[1])
    assert text(blocks[1]).startswith("Over deze website Gebaseerd op de toolkit")
    quote = article.find_class("ds-citaat")[0]
    assert "Dit is een uitgave van Platform31" in text(quote.find("blockquote"))
    assert text(quote.find("figcaption")) == f"Citaat uit de uitgave. {BRON}"
    outside = text(article).replace(text(quote), "")
    assert "Dit is een uitgave van Platform31" not in outside and "Postbus 30833" not in outside


def test_the_call_to_mail_platform31_is_a_quotation_after_our_own_contact(pages: dict) -> None:
    article = pages[""].find_class("md-content__inner")[0]
    quotes = article.find_class("ds-citaat")
    assert len(quotes) == 1
    quote = quotes[0]
    assert "deel je ervaringen met ons!" in text(quote.find("blockquote"))
    mails = {a.get("href") for a in article.iter("a") if (a.get("href") or "").startswith("mailto:")}
    assert mails and mails <= {a.get("href") for a in quote.iter("a")}, \
        "every Platform31 address sits inside the quotation"
    before = quote.getprevious()
    assert "ds-eigen" in classes(before) and text(before).startswith("Vragen over deze website?")


def test_our_own_summaries_are_framed_as_ours_everywhere(toolkit: ToolkitData, pages: dict) -> None:
    summaries = [w.samenvatting for w in toolkit.werkbladen.values()] + \
        [m.samenvatting for m in toolkit.menukaarten.values()]
    assert all(summaries) and len(summaries) == 13
    seen = 0
    for url, page in pages.items():
        for element in page.iter():
            own = element.text_content() if element.tag == "li" else ""
            for summary in summaries:
                if summary in " ".join(own.split()):
                    seen += 1
                    framed = any("ds-eigen" in classes(a) for a in element.iterancestors())
                    assert framed, f"{url}: '{summary}' is not framed as our own text"
    assert seen >= 26, "13 summaries on the home page and on the onderwerp pages"


def export(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator.site.export", "--out", str(tmp_path / "uit")],
                          cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env={**os.environ, **env})


def test_without_a_maintainer_the_build_warns_and_a_real_deployment_can_make_it_fail(tmp_path: Path) -> None:
    warned = export(tmp_path)
    assert warned.returncode == 0, warned.stderr
    assert "extra.beheer in mkdocs.yml is niet ingesteld" in warned.stderr
    refused = export(tmp_path / "echt", **{REQUIRED_ENV: "1"})
    assert refused.returncode == 1
    assert f"verplicht gemaakt met {REQUIRED_ENV}=1; de website is niet gebouwd" in refused.stderr
    assert "Traceback" not in refused.stderr and not (tmp_path / "echt" / "uit").exists()
