"""The draaiboek as a Word file: A1's generic doc-HTML writer (generator/documents), one call."""

from __future__ import annotations


def draaiboek_docx(doc_html: str) -> bytes:
    from ..documents.word import docx_bytes  # the shared writer (python-docx); only when a docx is made

    return docx_bytes(doc_html, None)
