"""Filled sheets in, per file a :class:`Sheet` or a :class:`Rejection` out: shared by every combiner.

The readers know the field contract of every werkblad (generator.fields) and nothing about what is
made from the sheets afterwards; the caller decides which werkbladen it accepts. The rules are in
docs/overzicht-regels.md §1-§5; the browser implements the same rules.
"""

import logging

from .inputs import InputMissing, NoInputs
from .layout import layout_json
from .model import Accept, Gelezen, Melding, Plan, Rejection, Sheet, accept_only
from .read import read_file, read_files, read_inputs

# The PDF libraries log what they repaired in a damaged file; that is ours to judge, not the facilitator's
# to read on the terminal. A program that configures logging (DOORSTROOM_DEBUG=1) still sees it.
for _library in ("pikepdf", "pdfminer"):
    logging.getLogger(_library).addHandler(logging.NullHandler())

__all__ = ["Accept", "Gelezen", "InputMissing", "Melding", "NoInputs", "Plan", "Rejection", "Sheet", "accept_only",
           "layout_json", "read_file", "read_files", "read_inputs"]
