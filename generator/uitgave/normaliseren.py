"""What is NOT a difference between the publication and our text, and nothing more.

Both sides go through the same steps:

1. Markup becomes its text: the HTML in the OCR copy (``<ul>``, ``<li>``, ``<p>``, ``<input>``) and the
   markdown or HTML of our text (``**vet**``, ``*schuin*``, ``[tekst](adres)``, ``\\(``). A ``**`` between
   two letters separates two words: there the scan lost the line break before a bold heading
   ('campagnes**Algemene beschrijving**').
2. List bullets and item numbers are dropped: ``-`` ``*`` ``•`` ``▪`` ``–`` and ``1.`` at the start of an item
   (the OCR copy also writes ``–`` bullets inside a table cell).
3. Printed lines are dropped: runs of ``_`` (the write-on line of 'Organisatie: ____', the bar in
   'Werkblad | titel') and runs of three or more ``-`` (table rules).
4. A line break after a hyphen at the end of a line joins the word (``woning-`` / ``en``); a line break
   after a slash joins without a space; any other run of whitespace is one space.
5. Typographic quotes are plain quotes (‘ ’ -> ', “ ” -> "); ligatures are their letters (ﬁ -> fi);
   soft hyphens and zero-width spaces are removed; a non-breaking space is a space.

Letters, case, digits, diacritics and all other punctuation are kept: a difference in any of them is
a difference that needs a record.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import markdown

LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
QUOTES = {"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"'}
INVISIBLE = {"\u00ad": "", "\u200b": "", "\u200c": "", "\u200d": "", "\ufeff": "", "\u00a0": " "}
_CHARACTERS = str.maketrans({**LIGATURES, **QUOTES, **INVISIBLE})

# Elements that separate words; inline elements (strong, em, a, span) do not.
BLOCKS = frozenset(
    "address article aside blockquote br button caption dd details div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hr input label legend li nav ol option p section select summary "
    "table tbody td textarea tfoot th thead tr ul".split()
)
HIDDEN = frozenset({"script", "style", "svg", "template"})

_BULLET_AT_LINE_START = re.compile(r"(?m)^[ \t]*(?:[-*•▪–]|\d+\.)[ \t]+")
_BULLET_ANYWHERE = re.compile(r"[•▪–]")
_PRINTED_LINE = re.compile(r"_+|-{3,}")
_HYPHEN_AT_LINE_END = re.compile(r"(?<=\w)-[ \t]*\n[ \t]*(?=[a-zà-ÿ])")
_SLASH_AT_LINE_END = re.compile(r"/[ \t]*\n[ \t]*")
_MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_BOLD_BETWEEN_WORDS = re.compile(r"(?<=\w)\*\*(?=\w)")
_EMPHASIS = re.compile(r"\*\*|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")


class _TextOf(HTMLParser):
    """Text of an HTML fragment; block elements become line breaks, hidden ones disappear."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in HIDDEN:
            self.hidden += 1
        elif tag in BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_text(html: str) -> str:
    """The words of an HTML fragment, with a line break for each block element."""
    parser = _TextOf()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)


def markdown_text(text: str, extensions: list[str] | None = None) -> str:
    """The words of our markdown (rendered as the site renders it), with a line break per block."""
    return html_text(markdown.markdown(text, extensions=extensions or ["sane_lists"]))


def normaliseer(text: str) -> str:
    """One line of plain words: the steps of this module's docstring, in that order."""
    text = text.translate(_CHARACTERS)
    if "<" in text:
        text = html_text(text)
    text = _MARKDOWN_LINK.sub(r"\1", text)
    text = _ESCAPE.sub(r"\1", text)
    text = _BULLET_AT_LINE_START.sub(" ", text)
    text = _BULLET_ANYWHERE.sub(" ", text)
    text = _BOLD_BETWEEN_WORDS.sub(" ", text)
    text = _EMPHASIS.sub("", text)
    text = _PRINTED_LINE.sub(" ", text)
    text = _HYPHEN_AT_LINE_END.sub("", text)
    text = _SLASH_AT_LINE_END.sub("/", text)
    return " ".join(text.split())

