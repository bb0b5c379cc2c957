"""Word documents from doc-HTML: one template of a document's structure, one generic writer per language.

``docx_bytes(html, sjabloon)`` (word.py) is the Python writer; the browser has the same in
assets/javascripts/documenten/ (``window.Doorstroom.docx.vanHtml``). The format: docs/documenten.md.
"""

from .dochtml import DocHtmlFout, parse
from .sjabloon import SjabloonOnbruikbaar, check_template
from .word import docx_bytes

__all__ = ["DocHtmlFout", "SjabloonOnbruikbaar", "check_template", "docx_bytes", "parse"]
