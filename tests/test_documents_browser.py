"""The browser's Word writer (window.Doorstroom.docx.vanHtml, npm docx) against the Python one: the same
doc-HTML gives the same document tree and the same .docx structure (read back with python-docx), from
the built site in Debian chromium, also from file:// and without any request to another host."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from generator.documents import docx_bytes, parse

from .browser import RequestLog
from .doc_html_cases import BAD, EVERY_ELEMENT, NO_FOOTER_TEXT, NO_TOC, SNIPPETS
from .docx_structure import structure

PAGE = "sessie/index.html"  # a page that makes documents
MAKE = """async (html) => {
  const bytes = await window.Doorstroom.docx.vanHtml(html);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}"""
REFUSE = """async (html) => {
  try { await window.Doorstroom.docx.vanHtml(html); return null; } catch (e) { return e.name + ": " + e.message; }
}"""


@pytest.fixture(scope="module")
def tab(browser: Browser, site_url: str) -> Iterator[Page]:
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    page.goto(site_url + PAGE)
    yield page
    context.close()


def browser_docx(page: Page, html: str) -> bytes:
    return base64.b64decode(page.evaluate(MAKE, html))


@pytest.mark.parametrize("html", [EVERY_ELEMENT, NO_TOC, NO_FOOTER_TEXT],
                         ids=["alles", "zonder-inhoud", "zonder-voettekst"])
def test_the_browser_writes_the_same_document_as_python(tab: Page, html: str) -> None:
    assert structure(browser_docx(tab, html)) == structure(docx_bytes(html))


def test_the_browser_reads_doc_html_into_the_same_tree(tab: Page) -> None:
    trees = tab.evaluate("(htmls) => htmls.map((h) => window.Doorstroom.dochtml.lees(h))", [EVERY_ELEMENT, *SNIPPETS])
    assert trees == [json.loads(json.dumps(parse(html))) for html in [EVERY_ELEMENT, *SNIPPETS]]


def test_the_browser_refuses_what_python_refuses(tab: Page) -> None:
    refused = {case: tab.evaluate(REFUSE, html) for case, html in BAD.items()}
    assert all(message and message.startswith("DocHtmlFout: doc-HTML") for message in refused.values()), refused


def test_from_file_without_other_hosts(browser: Browser, site_dir: Path) -> None:
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    log = RequestLog(page)
    page.goto((site_dir / PAGE).as_uri())
    assert not [url for url in log.urls if url.endswith("docx.umd.js")]  # the library: not at page load, on first use
    made = browser_docx(page, EVERY_ELEMENT)
    context.close()
    assert structure(made) == structure(docx_bytes(EVERY_ELEMENT))
    assert log.foreign(None) == []
    assert any(url.endswith("vendor/docx.umd.js") for url in log.urls)
