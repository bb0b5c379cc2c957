"""The one way a reader says no: raise :class:`Reject` with a reason key from regels.json."""

from __future__ import annotations

from ..regels import reden


class Reject(Exception):
    """This file cannot be used; ``code`` is the reason's key, ``text`` what people read."""

    def __init__(self, code: str, **values: object) -> None:
        self.code = code
        self.text = reden(code, **values)
        super().__init__(self.text)


class RejectAnswerFile(Reject):
    """An answer file of the wrong shape: 'geen geldig antwoordbestand: <what is wrong>'."""

    def __init__(self, fout: str, **values: object) -> None:
        super().__init__("antwoordbestand", fout=reden(fout, **values))
        self.code = fout


class RejectWith(Reject):
    """A reason written by the caller (its ``accept`` said no): no key of ours."""

    def __init__(self, text: str) -> None:
        Exception.__init__(self, text)
        self.code = ""
        self.text = text
