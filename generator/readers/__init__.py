"""Filled sheets in, per file a :class:`Sheet` or a :class:`Rejection` out: shared by every combiner.

The readers know the field contract of every werkblad (generator.fields) and nothing about what is
made from the sheets afterwards; the caller decides which werkbladen it accepts.
"""

from .model import Accept, Gelezen, Melding, Rejection, Sheet, accept_only
from .read import read_file, read_inputs

__all__ = ["Accept", "Gelezen", "Melding", "Rejection", "Sheet", "accept_only", "read_file", "read_inputs"]
