"""doc-HTML -> .docx with python-docx: the generic Word writer (its twin in the browser: documenten/docx.js).

The mapping (docs/documenten.md, data in ooxml/word.json) follows Word's own conventions, so the file
behaves like one made in Word: built-in styles (Dutch Word shows Titel, Kop 1-3, Lijstopsommingsteken),
a table of contents field over Kop 1-2 whose stored text already lists the chapters (LibreOffice and Word
Online show it without updating), "pagina N van M" fields in the footer, header rows that repeat and rows
that never split across pages, Dutch as the language of every style.

With a gemeente's own template (``sjabloon``) the document starts from that file: its styles, page,
header and footer stay, its body goes; a style the template lacks is added from ours.
"""

from __future__ import annotations

import copy
import io
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.parts.numbering import NumberingPart
from lxml import etree

from .basis import part, spec, twips
from .dochtml import parse
from .pakket import EMPTY_NUMBERING, finish_package, start_package
from .sjabloon import open_template

EMU_PER_TWIP = 635
ATTACHED_TEMPLATE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate"
TOC_LEVELS = (1, 2)
# Settings elements that come after updateFields / themeFontLang in the schema (CT_Settings order).
_AFTER_UPDATE_FIELDS = ("hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "mathPr",
                        "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
                        "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown",
                        "smartTagType", "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol",
                        "listSeparator")
_AFTER_THEME_FONT_LANG = _AFTER_UPDATE_FIELDS[_AFTER_UPDATE_FIELDS.index("themeFontLang") + 1:]


def docx_bytes(html: str, sjabloon: Path | None = None) -> bytes:
    """The .docx of a doc-HTML document; with ``sjabloon`` in that Word template's styles."""
    tree = parse(html)
    doc = open_template(sjabloon) if sjabloon else Document(io.BytesIO(start_package()))
    _Writer(doc, template=sjabloon is not None).write(tree)
    out = io.BytesIO()
    doc.save(out)
    return finish_package(out.getvalue(), tree["titel"], tree["onderwerp"], tree["datum"])


def E(tag: str, attrs: dict[str, str] | None = None, *children: Any, text: str | None = None) -> Any:  # noqa: N802
    """One OOXML element: E("w:p", {}, E("w:pPr"), ...)."""
    element = OxmlElement(tag)
    for name, value in (attrs or {}).items():
        element.set(qn(name), value)
    for child in children:
        element.append(child)
    if text is not None:
        element.text = text
    return element


class _Styles:
    """doc-HTML role -> style id in this document; a style a template lacks is added from ours."""

    def __init__(self, doc: DocxDocument) -> None:
        self.root = doc.styles.element
        self.ids = {s.get(qn("w:styleId")) for s in self.root.iter(qn("w:style"))}
        self.by_name = {_name(s): s.get(qn("w:styleId")) for s in self.root.iter(qn("w:style"))}
        ours = etree.fromstring(part("styles.xml").encode("utf-8"))
        self.ours = {s.get(qn("w:styleId")): s for s in ours.iter(qn("w:style"))}
        self.our_names = {sid: _name(s) for sid, s in self.ours.items()}

    def id(self, role: str) -> str:
        wanted = spec()["stijlen"][role]
        return self.by_name.get(wanted["naam"].lower()) or self._add(wanted["id"])

    def _add(self, our_id: str) -> str:
        style = copy.deepcopy(self.ours[our_id])
        for ref in ("basedOn", "next", "link"):
            element = style.find(qn(f"w:{ref}"))
            if element is None:
                continue
            target = self.our_names.get(element.get(qn("w:val")), "")
            if target in self.by_name:
                element.set(qn("w:val"), self.by_name[target])
            elif target and element.get(qn("w:val")) in self.ours:
                element.set(qn("w:val"), self._add(element.get(qn("w:val"))))
            else:
                style.remove(element)
        new_id = our_id if our_id not in self.ids else f"{our_id}Doorstroom"
        style.set(qn("w:styleId"), new_id)
        self.root.append(style)
        self.ids.add(new_id)
        self.by_name[_name(style)] = new_id
        return new_id


def _name(style: Any) -> str:
    name = style.find(qn("w:name"))
    return (name.get(qn("w:val")) if name is not None else style.get(qn("w:styleId"))).lower()


class _Lists:
    """Our two list kinds (word.json "lijsten") in this document's numbering part: one shared numbering
    for bullets, a fresh one (starting at 1) for every numbered list."""

    def __init__(self, doc: DocxDocument) -> None:
        try:
            numbering = doc.part.part_related_by(RT.NUMBERING)
        except KeyError:
            numbering = NumberingPart(PackURI("/word/numbering.xml"), CT.WML_NUMBERING,
                                      parse_xml(EMPTY_NUMBERING), doc.part.package)
            doc.part.relate_to(numbering, RT.NUMBERING)
        self.root = numbering.element
        self.next_abstract = 1 + max((int(a.get(qn("w:abstractNumId"))) for a in self.root.iter(qn("w:abstractNum"))),
                                     default=0)
        self.next_num = 1 + max((int(n.get(qn("w:numId"))) for n in self.root.iter(qn("w:num"))), default=0)
        self.abstract: dict[str, int] = {}
        self.nums: dict[int, int] = {}

    def num_id(self, nummer: int) -> int:
        """numId for the bullets (``nummer`` 0) or for the ``nummer``-th numbered list."""
        if nummer not in self.nums:
            kind = "nummering" if nummer else "opsomming"
            if kind not in self.abstract:
                self.abstract[kind] = self._abstract(kind)
            num = E("w:num", {"w:numId": str(self.next_num)}, E("w:abstractNumId", {"w:val": str(self.abstract[kind])}),
                    E("w:lvlOverride", {"w:ilvl": "0"}, E("w:startOverride", {"w:val": "1"})))
            self.root.append(num)
            self.nums[nummer] = self.next_num
            self.next_num += 1
        return self.nums[nummer]

    def _abstract(self, kind: str) -> int:
        number = self.next_abstract
        self.next_abstract += 1
        levels = [E("w:lvl", {"w:ilvl": str(i)}, E("w:start", {"w:val": "1"}),
                    E("w:numFmt", {"w:val": level["formaat"]}), E("w:lvlText", {"w:val": level["tekst"]}),
                    E("w:lvlJc", {"w:val": "left"}),
                    E("w:pPr", {}, E("w:ind", {"w:left": str(level["links"]), "w:hanging": str(level["hangend"])})))
                  for i, level in enumerate(spec()["lijsten"][kind])]
        abstract = E("w:abstractNum", {"w:abstractNumId": str(number)},
                     E("w:multiLevelType", {"w:val": "hybridMultilevel"}), *levels)
        first_num = self.root.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)  # schema order: every abstractNum before the first num
        else:
            self.root.append(abstract)
        return number


class _Writer:
    def __init__(self, doc: DocxDocument, template: bool) -> None:
        self.doc = doc
        self.body = doc.element.body
        self.styles = _Styles(doc)
        self.lists = _Lists(doc)
        self.bookmarks = 0
        self.bookmark = False
        section = doc.sections[-1]
        self.text_width = (section.page_width - section.left_margin - section.right_margin) // EMU_PER_TWIP
        if template:
            _dutch(doc)
            _forget_template(doc)
            for child in list(self.body):
                if child.tag != qn("w:sectPr"):
                    self.body.remove(child)

    def write(self, tree: dict[str, Any]) -> None:
        # Headings get the bookmarks the table of contents links to (as Word, only when there is one).
        self.bookmark = any(b["soort"] == "inhoud" for b in tree["blokken"])
        for blok in tree["blokken"]:
            getattr(self, "_" + blok["soort"].replace("-", "_"))(blok)
        self._footer(tree["voettekst"])

    def _append(self, element: Any) -> None:
        sect = self.body.find(qn("w:sectPr"))
        if sect is not None:
            sect.addprevious(element)
        else:
            self.body.append(element)

    def _paragraph(self, role: str, runs: list[Any], *extra_ppr: Any) -> Any:
        return E("w:p", {}, E("w:pPr", {}, E("w:pStyle", {"w:val": self.styles.id(role)}), *extra_ppr), *runs)

    def _runs(self, delen: list[dict[str, Any]], vet: bool = False) -> list[Any]:
        result = []
        for deel in delen:
            if deel.get("regeleinde"):
                result.append(E("w:r", {}, E("w:br")))
                continue
            run = _run(deel["tekst"], deel["vet"] or vet, deel["cursief"],
                       self.styles.id("link") if deel["link"] else None)
            if deel["link"]:
                rid = self.doc.part.relate_to(deel["link"], RT.HYPERLINK, is_external=True)
                run = E("w:hyperlink", {"r:id": rid, "w:history": "1"}, run)
            result.append(run)
        return result

    def _alinea(self, blok: dict[str, Any]) -> None:
        runs = self._runs(blok["delen"])
        if self.bookmark and blok["stijl"] in ("kop1", "kop2"):
            self.bookmarks += 1
            number = str(self.bookmarks)
            runs = [E("w:bookmarkStart", {"w:name": f"_Toc{number}", "w:id": number}), *runs,
                    E("w:bookmarkEnd", {"w:id": number})]
        self._append(self._paragraph(blok["stijl"], runs))

    def _inhoud(self, blok: dict[str, Any]) -> None:
        """The heading, then Word's table of contents: a TOC field whose stored result lists every Kop 1-2
        (linked, with a PAGEREF for the page), so it reads well before anyone updates it."""
        self._append(self._paragraph("inhoudkop", [_run(blok["kop"])]))
        begin = E("w:r", {}, E("w:fldChar", {"w:fldCharType": "begin", "w:dirty": "true"}),
                  E("w:instrText", {"xml:space": "preserve"}, text=spec()["inhoud"]["veld"]),
                  E("w:fldChar", {"w:fldCharType": "separate"}))
        paragraphs = []
        for number, item in enumerate(blok["items"], start=1):
            anchor = f"_Toc{number}"
            page = E("w:r", {}, E("w:fldChar", {"w:fldCharType": "begin", "w:dirty": "true"}),
                     E("w:instrText", {"xml:space": "preserve"}, text=f"PAGEREF {anchor} \\h"),
                     E("w:fldChar", {"w:fldCharType": "separate"}), E("w:fldChar", {"w:fldCharType": "end"}))
            link = E("w:hyperlink", {"w:history": "1", "w:anchor": anchor}, _run(item["tekst"]),
                     E("w:r", {}, E("w:tab")), page)
            tabs = E("w:tabs", {}, E("w:tab", {"w:val": "right", "w:pos": str(self.text_width), "w:leader": "dot"}))
            runs = [begin, link] if number == 1 else [link]
            paragraphs.append(self._paragraph(f"inhoud{item['niveau']}", runs, tabs))
        if not paragraphs:
            paragraphs.append(self._paragraph("inhoud1", [begin, _run(spec()["inhoud"]["leeg"])]))
        paragraphs.append(E("w:p", {}, E("w:r", {}, E("w:fldChar", {"w:fldCharType": "end"}))))
        sdt = E("w:sdt", {}, E("w:sdtPr", {}, E("w:alias", {"w:val": blok["kop"]}),
                               E("w:docPartObj", {}, E("w:docPartGallery", {"w:val": "Table of Contents"}),
                                 E("w:docPartUnique"))),
                E("w:sdtContent", {}, *paragraphs))
        self._append(sdt)

    def _lijst(self, blok: dict[str, Any]) -> None:
        for item in blok["items"]:
            role = f"{'nummering' if item['nummer'] else 'opsomming'}{item['niveau']}"
            numpr = E("w:numPr", {}, E("w:ilvl", {"w:val": str(item["niveau"] - 1)}),
                      E("w:numId", {"w:val": str(self.lists.num_id(item["nummer"]))}))
            self._append(self._paragraph(role, self._runs(item["delen"]), numpr))

    def _tabel(self, blok: dict[str, Any]) -> None:
        columns = len((blok["kop"] + blok["rijen"])[0])
        widths = column_widths(blok["breedtes"], columns, self.text_width)
        grid = E("w:tblGrid", {}, *(E("w:gridCol", {"w:w": str(w)}) for w in widths))
        tblpr = E("w:tblPr", {}, E("w:tblStyle", {"w:val": self.styles.id("tabel")}),
                  E("w:tblW", {"w:type": "dxa", "w:w": str(sum(widths))}), E("w:tblLayout", {"w:type": "fixed"}))
        small = "klein" in blok["klasse"].split()  # a wide table: 8 pt, so no word breaks in a narrow column
        rows = []
        for header, row in [(True, r) for r in blok["kop"]] + [(False, r) for r in blok["rijen"]]:
            trpr = E("w:trPr", {}, E("w:cantSplit"), *([E("w:tblHeader")] if header else []))
            cells = (self._cell(cel, width, small) for cel, width in zip(row, widths, strict=True))
            rows.append(E("w:tr", {}, trpr, *cells))
        self._append(E("w:tbl", {}, tblpr, grid, *rows))
        self._append(self._paragraph("klein", []))  # room after the table, as Word leaves it

    def _cell(self, cel: dict[str, Any], width: int, small: bool) -> Any:
        look = spec()["cellen"]["kop" if cel["kop"] else cel["klasse"]] if cel["kop"] or cel["klasse"] else {}
        tcpr = E("w:tcPr", {}, E("w:tcW", {"w:type": "dxa", "w:w": str(width)}))
        if "rand" in look:
            tcpr.append(E("w:tcBorders", {}, *(E(f"w:{side}", {"w:val": "single", "w:sz": str(look["rand"]),
                                                                "w:space": "0", "w:color": "000000"})
                                                for side in ("top", "left", "bottom", "right"))))
        if "vulling" in look:
            tcpr.append(E("w:shd", {"w:val": look.get("patroon", "clear"), "w:color": look.get("kleur", "auto"),
                                    "w:fill": look["vulling"]}))
        role = "tabeltekst_klein" if small else "tabeltekst"
        paragraphs = [self._paragraph(role, self._runs(alinea, vet=cel["kop"])) for alinea in cel["alineas"]]
        return E("w:tc", {}, tcpr, *paragraphs)

    def _pagina_einde(self, _: dict[str, Any]) -> None:
        self._append(E("w:p", {}, E("w:r", {}, E("w:br", {"w:type": "page"}))))

    def _footer(self, voettekst: str) -> None:
        """The source line and "pagina N van M" in every footer of the last section (a template's own
        footer stays and gets our line under it)."""
        words = spec()["voettekst"]
        lead = f"{voettekst}{words['tussen']}{words['pagina']}" if voettekst else words["pagina"].capitalize()
        section = self.doc.sections[-1]
        footers = [section.footer]
        if section.different_first_page_header_footer:
            footers.append(section.first_page_footer)
        if self.doc.settings.odd_and_even_pages_header_footer:
            footers.append(section.even_page_footer)
        for footer in footers:
            fresh = footer.is_linked_to_previous
            if fresh:
                footer.is_linked_to_previous = False
            element = footer._element
            if fresh:
                for child in list(element):
                    element.remove(child)
            element.append(self._paragraph("voettekst", [_run(lead), *_field("PAGE"), _run(words["van"]),
                                                        *_field("NUMPAGES")]))


def column_widths(breedtes: list[float], columns: int, text_width: int) -> list[int]:
    """Widths in twips: as given in cm (narrowed to the text width if wider), or equal parts of it."""
    if not breedtes:
        return [text_width // columns] * columns
    widths = [twips(b) for b in breedtes]
    if sum(widths) > text_width:
        scale = text_width / sum(widths)
        widths = [int(w * scale) for w in widths]
    return widths


def _run(text: str, vet: bool = False, cursief: bool = False, style: str | None = None) -> Any:
    props = [E("w:rStyle", {"w:val": style})] if style else []
    props += [E("w:b"), E("w:bCs")] if vet else []
    props += [E("w:i"), E("w:iCs")] if cursief else []
    run = E("w:r", {}, *([E("w:rPr", {}, *props)] if props else []))
    run.append(E("w:t", {"xml:space": "preserve"}, text=text))
    return run


def _field(instruction: str) -> list[Any]:
    """A field Word and LibreOffice compute themselves (PAGE, NUMPAGES), as separate runs like Word writes."""
    return [E("w:r", {}, E("w:fldChar", {"w:fldCharType": "begin"})),
            E("w:r", {}, E("w:instrText", {"xml:space": "preserve"}, text=instruction)),
            E("w:r", {}, E("w:fldChar", {"w:fldCharType": "separate"})),
            E("w:r", {}, E("w:fldChar", {"w:fldCharType": "end"}))]


def _forget_template(doc: DocxDocument) -> None:
    """Nothing of where the template came from: no link to its file (attachedTemplate holds a path such as
    C:\\Users\\...\\huisstijl.dotx) and no custom XML of its document library."""
    settings = doc.settings.element
    for element in settings.findall(qn("w:attachedTemplate")):
        settings.remove(element)
    settings_part = doc.part.part_related_by(RT.SETTINGS)
    for rid, rel in list(settings_part.rels.items()):
        if rel.reltype == ATTACHED_TEMPLATE:
            del settings_part.rels[rid]
    for rid, rel in list(doc.part.rels.items()):
        if rel.reltype == RT.CUSTOM_XML:
            del doc.part.rels[rid]


def _dutch(doc: DocxDocument) -> None:
    """A template keeps its look but speaks Dutch: every language in its styles, the theme language,
    and fields updated when Word opens the file."""
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = E("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = E("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = E("w:rPr")
        rpr_default.append(rpr)
    if rpr.find(qn("w:lang")) is None:
        rpr.append(E("w:lang"))
    for lang in styles.iter(qn("w:lang")):
        lang.set(qn("w:val"), "nl-NL")
    settings = doc.settings.element
    for name, successors in (("updateFields", _AFTER_UPDATE_FIELDS), ("themeFontLang", _AFTER_THEME_FONT_LANG)):
        element = settings.find(qn(f"w:{name}"))
        if element is None:
            element = E(f"w:{name}")
            later = next((e for e in settings if etree.QName(e).localname in successors), None)
            if later is not None:
                later.addprevious(element)
            else:
                settings.append(element)
        element.set(qn("w:val"), "true" if name == "updateFields" else "nl-NL")
