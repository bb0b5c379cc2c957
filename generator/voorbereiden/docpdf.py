"""doc-HTML (SPECS §3) -> a PDF with WeasyPrint, in the shipped fonts: the same document as the Word file.

The ``<nav class="inhoud">`` becomes the table of contents (chapters with their page numbers), the
article's ``data-*`` the PDF's metadata and footer. Generic: any doc-HTML document, not only the draaiboek.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from ..pdf.fonts import FONTS_DIR, body_font_uris
from ..pdf.render import css_string, weasyprint_pdf

CSS = Path(__file__).parent / "templates" / "doc.css"
AUTHOR = "Doorstroomtoolkit"


def doc_pdf(doc_html: str, filename: str) -> bytes:
    """Render one doc-HTML article (values already printable in the shipped fonts) to PDF bytes."""
    article = lxml_html.fragment_fromstring(doc_html.strip())
    _contents(article)
    _widths(article)
    fonts = body_font_uris()
    faces = "".join(f'@font-face {{ font-family: "Doorstroom"; {style} src: url("{fonts[key]}"); }}\n'
                    for key, style in (("regular", "font-weight: 400;"), ("bold", "font-weight: 700;"),
                                       ("italic", "font-style: italic;")))
    footer = css_string(article.get("data-voettekst", ""))
    page_rule = (f'@page {{ @bottom-left {{ content: {footer}; font: 7.5pt "Doorstroom"; color: #333; width: 75%; }}'
                 ' @bottom-right { content: "pagina " counter(page) " van " counter(pages); font: 8pt "Doorstroom";'
                 ' color: #333; } }\n')
    head = etree.Element("head")
    etree.SubElement(head, "meta", charset="utf-8")
    etree.SubElement(head, "title").text = article.get("data-titel", "")
    for name, value in (("author", AUTHOR), ("generator", AUTHOR), ("description", article.get("data-onderwerp", "")),
                        ("dcterms.created", article.get("data-datum", ""))):
        if value:
            etree.SubElement(head, "meta", name=name, content=value)
    etree.SubElement(head, "style").text = faces + CSS.read_text("utf-8") + page_rule
    root = etree.Element("html", lang="nl")
    root.append(head)
    etree.SubElement(root, "body").append(article)
    page = "<!DOCTYPE html>\n" + etree.tostring(root, encoding="unicode", method="html")
    return weasyprint_pdf(page, False, FONTS_DIR, filename)


def _contents(article: etree._Element) -> None:
    """List the headings of level 1 and 2 (every ``h1`` but the title, every ``h2``) in the table of contents,
    as Word's table of contents does (Kop 1-2)."""
    chapters = [h for h in article.iter("h1", "h2") if "titel" not in (h.get("class") or "").split()]
    for number, heading in enumerate(chapters, start=1):
        heading.set("id", heading.get("id") or f"kop-{number}")
    for nav in article.iter("nav"):
        if "inhoud" not in (nav.get("class") or "").split():
            continue
        etree.SubElement(nav, "h1").text = nav.get("data-kop", "Inhoud")
        listing = etree.SubElement(nav, "ol")
        for heading in chapters:
            item = etree.SubElement(listing, "li", {"class": f"niveau-{heading.tag[1]}"})
            link = etree.SubElement(item, "a", href=f"#{heading.get('id')}")
            link.text = heading.text_content()


def _widths(article: etree._Element) -> None:
    """``data-breedtes="5,3,3.5"`` (cm in Word) -> columns in the same proportion of the text width."""
    for table in article.iter("table"):
        widths = [float(w) for w in (table.get("data-breedtes") or "").split(",") if w.strip()]
        if not widths:
            continue
        group = etree.Element("colgroup")
        for width in widths:
            etree.SubElement(group, "col", style=f"width: {100 * width / sum(widths):.2f}%")
        table.insert(0, group)
