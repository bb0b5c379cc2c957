"""doc-HTML -> a document tree: the content of a Word document, read from restricted HTML.

A document's structure is written once, as a template that Jinja2 (here) and Nunjucks (in the browser)
render alike, into the small HTML vocabulary of docs/documenten.md. This module reads that HTML into a
plain tree (JSON-shaped: dicts, lists, strings), which the Word writer turns into a .docx. The browser
reads the same HTML into the same tree (assets/javascripts/documenten/dochtml.js); both reject anything
outside the vocabulary, so a template can never use something one of the two writers would drop.

Whitespace is collapsed as a browser does (runs of spaces, tabs and line breaks become one space; none
at the start or end of a paragraph or next to a <br>), so the indentation of a template never shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

# Paragraph styles of doc-HTML (the class of a <p>, or the heading level) -> the tree's "stijl".
P_CLASSES = {None: "tekst", "invullen": "invullen", "bron": "bron", "klein": "klein", "ondertitel": "ondertitel"}
HEADINGS = {"h1": "kop1", "h2": "kop2", "h3": "kop3"}
CELL_CLASSES = frozenset({"gat", "potentie", "gedekt", "beschikbaar", "deels-beschikbaar", "inregelen",
                          "niet-gekozen"})
ROOT_ATTRIBUTES = ("data-titel", "data-onderwerp", "data-datum", "data-voettekst")
INLINE = frozenset({"strong", "em", "a", "br"})
# Which attributes each element may carry (class values are checked separately).
ATTRIBUTES: dict[str, frozenset[str]] = {
    "article": frozenset({"class", *ROOT_ATTRIBUTES}),
    "h1": frozenset({"class"}), "h2": frozenset(), "h3": frozenset(),
    "p": frozenset({"class"}), "nav": frozenset({"class", "data-kop"}), "div": frozenset({"class"}),
    "ul": frozenset(), "ol": frozenset(), "li": frozenset(),
    "table": frozenset({"class", "data-breedtes"}), "thead": frozenset(), "tbody": frozenset(),
    "tr": frozenset(), "th": frozenset({"class"}), "td": frozenset({"class"}),
    "strong": frozenset(), "em": frozenset(), "a": frozenset({"href"}), "br": frozenset(),
}
SPACE = re.compile(r"[ \t\n\r\f]+")
CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufffe\uffff]")  # not allowed in XML: never reaches Word
NUMBER = re.compile(r" *[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)? *")  # as JavaScript (no "1_0", "nan")
LOOK = ("vet", "cursief", "link")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class DocHtmlFout(ValueError):
    """The HTML uses something outside doc-HTML: a fault in a template of ours, never in a user's file."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(f"doc-HTML{f' (regel {line})' if line else ''}: {message}")


@dataclass
class _Node:
    tag: str
    attrs: dict[str, str]
    line: int
    children: list[_Node | str] = field(default_factory=list)


class _TreeBuilder(HTMLParser):
    """HTML -> nested _Node objects; unknown elements and unbalanced tags are errors."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#document", {}, 0)
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line = self.getpos()[0]
        if tag not in ATTRIBUTES:
            raise DocHtmlFout(f"onbekend element <{tag}>", line)
        node = _Node(tag, {name: CONTROL.sub("", value or "") for name, value in attrs}, line)
        unknown = set(node.attrs) - ATTRIBUTES[tag]
        if unknown:
            raise DocHtmlFout(f"<{tag}> kent het attribuut {', '.join(sorted(unknown))} niet", line)
        self.stack[-1].children.append(node)
        if tag != "br":  # the only void element of doc-HTML
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag != "br":
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "br":
            return
        if self.stack[-1].tag != tag:
            raise DocHtmlFout(f"</{tag}> sluit <{self.stack[-1].tag}> af", self.getpos()[0])
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)

    def handle_comment(self, data: str) -> None:  # noqa: ARG002 - comments are allowed and ignored
        return

    def handle_decl(self, decl: str) -> None:  # noqa: ARG002 - a doctype is not part of the document
        return


def parse(html: str) -> dict[str, Any]:
    """doc-HTML -> the document tree (see docs/documenten.md); :class:`DocHtmlFout` on anything else."""
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    if len(builder.stack) > 1:
        raise DocHtmlFout(f"<{builder.stack[-1].tag}> is niet afgesloten", builder.stack[-1].line)
    elements = [c for c in builder.root.children if isinstance(c, _Node)]
    stray = [c for c in builder.root.children if isinstance(c, str) and SPACE.sub("", c)]
    if len(elements) != 1 or elements[0].tag != "article" or elements[0].attrs.get("class") != "doc" or stray:
        raise DocHtmlFout('het document is precies één <article class="doc">')
    return _Reader().document(elements[0])


class _Reader:
    """_Node tree -> the document tree, checking where each element may stand."""

    def __init__(self) -> None:
        self.ordered_lists = 0

    def document(self, article: _Node) -> dict[str, Any]:
        datum = article.attrs.get("data-datum", "")
        if not DATE.fullmatch(datum):
            raise DocHtmlFout(f"data-datum is geen datum JJJJ-MM-DD: {datum!r}", article.line)
        blokken: list[dict[str, Any]] = []
        for child in _elements(article, "article"):
            blokken.append(self.block(child))
        headings = [{"niveau": int(b["stijl"][-1]), "tekst": _plain(b["delen"])} for b in blokken
                    if b["soort"] == "alinea" and b["stijl"] in ("kop1", "kop2")]
        tocs = [b for b in blokken if b["soort"] == "inhoud"]
        if len(tocs) > 1:
            raise DocHtmlFout("er mag één inhoudsopgave (<nav class=\"inhoud\">) zijn")
        for toc in tocs:
            toc["items"] = headings
        return {"titel": article.attrs.get("data-titel", ""), "onderwerp": article.attrs.get("data-onderwerp", ""),
                "datum": datum, "voettekst": article.attrs.get("data-voettekst", ""), "blokken": blokken}

    def block(self, node: _Node) -> dict[str, Any]:
        klasse = node.attrs.get("class")
        if node.tag in HEADINGS:
            stijl = HEADINGS[node.tag]
            if node.tag == "h1" and klasse == "titel":
                stijl = "titel"
            elif klasse is not None:
                raise DocHtmlFout(f'<{node.tag} class="{klasse}"> bestaat niet', node.line)
            return {"soort": "alinea", "stijl": stijl, "delen": _inline(node)}
        if node.tag == "p":
            if klasse not in P_CLASSES:
                raise DocHtmlFout(f'<p class="{klasse}"> bestaat niet', node.line)
            return {"soort": "alinea", "stijl": P_CLASSES[klasse], "delen": _inline(node)}
        if node.tag == "nav":
            if klasse != "inhoud" or node.children and _elements(node, "nav"):
                raise DocHtmlFout('alleen een lege <nav class="inhoud" data-kop="..."></nav>', node.line)
            return {"soort": "inhoud", "kop": node.attrs.get("data-kop", "Inhoud"), "items": []}
        if node.tag == "div":
            if klasse != "pagina-einde" or _elements(node, "div") or _text(node):
                raise DocHtmlFout('alleen een lege <div class="pagina-einde"></div>', node.line)
            return {"soort": "pagina-einde"}
        if node.tag in ("ul", "ol"):
            return self.list(node)
        if node.tag == "table":
            return _table(node)
        raise DocHtmlFout(f"<{node.tag}> mag niet direct in het document staan", node.line)

    def list(self, node: _Node) -> dict[str, Any]:
        return {"soort": "lijst", "items": self.items(node, 1)}

    def items(self, node: _Node, level: int) -> list[dict[str, Any]]:
        """The items of one <ul>/<ol> and of a list nested in an item (one level deeper, at most two).
        ``nummer`` is 0 for bullets, else which numbered list of the document it is (each starts at 1)."""
        if node.tag == "ol":
            self.ordered_lists += 1
        nummer = self.ordered_lists if node.tag == "ol" else 0
        items: list[dict[str, Any]] = []
        for li in _elements(node, node.tag, allowed=("li",)):
            inline = [c for c in li.children if isinstance(c, str) or c.tag in INLINE]
            items.append({"niveau": level, "nummer": nummer, "delen": _runs(inline, li.line)})
            for sub in (c for c in li.children if isinstance(c, _Node) and c.tag not in INLINE):
                if sub.tag not in ("ul", "ol"):
                    raise DocHtmlFout(f"<{sub.tag}> mag niet in <li> staan", sub.line)
                if level == 2:
                    raise DocHtmlFout("een lijst heeft hoogstens twee niveaus", sub.line)
                items += self.items(sub, 2)
        return items


def _table(node: _Node) -> dict[str, Any]:
    klasse = node.attrs.get("class", "")  # free: a hook for a PDF stylesheet, nothing in Word
    parts = _elements(node, "table", allowed=("thead", "tbody"))
    if [p.tag for p in parts] not in (["tbody"], ["thead", "tbody"]):
        raise DocHtmlFout("een tabel heeft een <tbody> (en daarvoor eventueel een <thead>)", node.line)
    kop: list[list[dict[str, Any]]] = []
    rijen: list[list[dict[str, Any]]] = []
    for part in parts:
        for tr in _elements(part, part.tag, allowed=("tr",)):
            (kop if part.tag == "thead" else rijen).append(
                [_cell(c) for c in _elements(tr, "tr", allowed=("th", "td"))])
    widths = [len(row) for row in kop + rijen]
    if not widths or min(widths) == 0 or len(set(widths)) > 1:
        raise DocHtmlFout("elke rij van een tabel heeft evenveel cellen (minstens één)", node.line)
    breedtes: list[float] = []
    if "data-breedtes" in node.attrs:
        given = node.attrs["data-breedtes"].split(",")
        if not all(NUMBER.fullmatch(w) for w in given):
            raise DocHtmlFout(f"data-breedtes is geen lijst getallen: {node.attrs['data-breedtes']!r}", node.line)
        breedtes = [float(w) for w in given]
        if len(breedtes) != widths[0] or min(breedtes) <= 0:
            raise DocHtmlFout(f"data-breedtes geeft {len(breedtes)} breedtes voor {widths[0]} kolommen", node.line)
    return {"soort": "tabel", "klasse": klasse, "breedtes": breedtes, "kop": kop, "rijen": rijen}


def _cell(node: _Node) -> dict[str, Any]:
    klasse = node.attrs.get("class", "")
    if klasse and klasse not in CELL_CLASSES:
        raise DocHtmlFout(f'<{node.tag} class="{klasse}"> bestaat niet', node.line)
    alineas: list[list[dict[str, Any]]] = []
    inline: list[_Node | str] = []
    for child in node.children:
        if isinstance(child, _Node) and child.tag == "p":
            if child.attrs:
                raise DocHtmlFout("een <p> in een tabelcel heeft geen class", child.line)
            alineas += [runs] if (runs := _runs(inline, node.line)) else []
            inline = []
            alineas.append(_inline(child))
        elif isinstance(child, str) or child.tag in INLINE:
            inline.append(child)
        else:
            raise DocHtmlFout(f"<{child.tag}> mag niet in <{node.tag}> staan", child.line)
    runs = _runs(inline, node.line)
    if runs or not alineas:
        alineas.append(runs)
    return {"kop": node.tag == "th", "klasse": klasse, "alineas": alineas}


def _elements(node: _Node, where: str, allowed: tuple[str, ...] | None = None) -> list[_Node]:
    """The element children of a block container; text other than whitespace is an error."""
    result = []
    for child in node.children:
        if isinstance(child, str):
            if SPACE.sub("", child):
                raise DocHtmlFout(f"tekst {child.strip()[:30]!r} mag niet direct in <{where}> staan", node.line)
        elif allowed is not None and child.tag not in allowed:
            raise DocHtmlFout(f"<{child.tag}> mag niet in <{where}> staan", child.line)
        else:
            result.append(child)
    return result


def _text(node: _Node) -> str:
    return "".join(c if isinstance(c, str) else _text(c) for c in node.children).strip()


def _inline(node: _Node) -> list[dict[str, Any]]:
    for child in node.children:
        if isinstance(child, _Node) and child.tag not in INLINE:
            raise DocHtmlFout(f"<{child.tag}> mag niet in <{node.tag}> staan", child.line)
    return _runs(node.children, node.line)


def _runs(children: list[_Node | str], line: int) -> list[dict[str, Any]]:
    """Inline content -> runs {"tekst", "vet", "cursief", "link"} and {"regeleinde": True}, whitespace
    collapsed as a browser shows it, neighbouring runs with the same look joined."""
    raw: list[dict[str, Any]] = []

    def walk(items: list[_Node | str], vet: bool, cursief: bool, link: str | None) -> None:
        for item in items:
            if isinstance(item, str):
                tekst = SPACE.sub(" ", CONTROL.sub("", item))
                raw.append({"tekst": tekst, "vet": vet, "cursief": cursief, "link": link})
            elif item.tag == "br":
                raw.append({"regeleinde": True})
            elif item.tag in ("strong", "em", "a"):
                if item.tag == "a" and (link is not None or not item.attrs.get("href")):
                    raise DocHtmlFout("een <a> heeft een href en staat niet in een andere <a>", item.line)
                walk(item.children, vet or item.tag == "strong", cursief or item.tag == "em",
                     item.attrs["href"] if item.tag == "a" else link)
            else:
                raise DocHtmlFout(f"<{item.tag}> mag niet in een alinea staan", item.line)

    walk(children, False, False, None)
    return collapse(raw)


def collapse(raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Browser whitespace: no space at a paragraph's start or end, none twice, none beside a line break."""
    result: list[dict[str, Any]] = []
    space_before = True  # at the start of the paragraph and after a line break a space is dropped
    for run in raw:
        if run.get("regeleinde"):
            _strip_end(result)
            result.append(run)
            space_before = True
            continue
        tekst = run["tekst"][1:] if space_before and run["tekst"].startswith(" ") else run["tekst"]
        if not tekst:
            continue
        space_before = tekst.endswith(" ")
        previous = result[-1] if result else None
        if previous and not previous.get("regeleinde") and all(previous[k] == run[k] for k in LOOK):
            previous["tekst"] += tekst
        else:
            result.append({**run, "tekst": tekst})
    _strip_end(result)
    return result


def _strip_end(runs: list[dict[str, Any]]) -> None:
    while runs and not runs[-1].get("regeleinde"):
        runs[-1]["tekst"] = runs[-1]["tekst"].rstrip(" ")
        if runs[-1]["tekst"]:
            return
        runs.pop()


def _plain(delen: list[dict[str, Any]]) -> str:
    return "".join(" " if d.get("regeleinde") else d["tekst"] for d in delen)
