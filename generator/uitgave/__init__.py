"""Faithful to the publication: its text in ``bron/``, the comparison with the YAML and the website.

Every text the website takes from the publication must stand in the OCR copy ``bron/publicatie.txt``,
letter for letter after normalising what is not a difference (``normaliseren.py``), or carry a record
(``afwijkingen`` in the YAML) that says what the publication has and why ours differs. The other way
round, every passage of the publication must be on the website or be recorded. The Verantwoording lists
the records; nothing else does.
"""
