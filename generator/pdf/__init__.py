"""Printable, fillable PDFs of the werkbladen, menukaarten and a booklet (WeasyPrint)."""
