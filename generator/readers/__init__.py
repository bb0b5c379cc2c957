"""Filled sheets in, per file a :class:`Sheet` or a :class:`Rejection` out: shared by every combiner.

The readers know the field contract of every werkblad (generator.fields) and nothing about what is
made from the sheets afterwards; the caller decides which werkbladen it accepts. The rules are in
docs/overzicht-regels.md §1-§5; the browser implements the same rules.
"""

from .inputs import InputMissing, NoInputs
from .layout import layout_json
from .model import Accept, Gelezen, Melding, Rejection, Sheet, accept_only
from .read import read_file, read_inputs

__all__ = ["Accept", "Gelezen", "InputMissing", "Melding", "NoInputs", "Rejection", "Sheet", "accept_only",
           "layout_json", "read_file", "read_inputs"]
