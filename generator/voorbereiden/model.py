"""content/sessie.yaml: our own suggestions for a session (minutes, how each sheet is filled in, copies).

Everything in this file is text of this website, not of the toolkit (like ``samenvatting``): the
schema says so on every field, and the draaiboek marks it. The toolkit's own instruction per item is
quoted from the werkbladen, menukaarten and onderwerpen themselves.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from ..model import Id, Strict, Text

EIGEN = "Eigen tekst van deze website (geen tekst uit de toolkit)"
Invulwijze = Literal["per-organisatie", "per-tafel", "plenair"]
INVULWIJZEN: tuple[Invulwijze, ...] = ("per-organisatie", "per-tafel", "plenair")
Afdrukken = Literal["per-organisatie", "per-tafel", "een"]
Minuten = Annotated[int, Field(ge=0, le=480, description=f"{EIGEN}: voorgestelde duur in minuten (0 tot 480).")]
Werkwijze = Annotated[Text, Field(description=f"{EIGEN}: hoe de begeleider dit onderdeel aanpakt, in B1 met 'u'.")]


class VastOnderdeel(Strict):
    """An agenda item of every session that is not in the toolkit: welcome, closing."""

    id: Id = Field(description="Id op de agenda (mag geen id van een werkblad, menukaart of onderwerp zijn).")
    titel: Text = Field(description=f"{EIGEN}: titel op de agenda.")
    minuten: Minuten
    werkwijze: Werkwijze


class OnderwerpOpening(Strict):
    """The short introduction of an onderwerp, put on the agenda before its first item."""

    minuten: Minuten
    werkwijze: Werkwijze


class Pauze(Strict):
    """A break; the facilitator puts it where it fits."""

    titel: Text = Field(description=f"{EIGEN}: titel op de agenda.")
    minuten: Minuten
    werkwijze: Werkwijze


class SessieOnderdeel(Strict):
    """Our suggestion for one werkblad, praatplaat or menukaart in a session."""

    werkblad: Id | None = None
    menukaart: Id | None = None
    minuten: Minuten
    invullen: Invulwijze | None = Field(None, description=(
        f"{EIGEN}: alleen bij een werkblad: wie vult het in (per-organisatie, per-tafel of plenair). Een werkblad "
        "met 'Organisatie' op het blad wordt altijd per organisatie ingevuld."))
    afdrukken: Afdrukken | None = Field(None, description=(
        f"{EIGEN}: alleen bij een praatplaat of menukaart: hoeveel afdrukken (per-organisatie, per-tafel of een)."))
    werkwijze: Werkwijze


class InvulwijzeTekst(Strict):
    """How a way of filling in is called in the draaiboek, and what it means for the copies."""

    naam: Text = Field(description=f"{EIGEN}: zo heet deze manier van invullen in het draaiboek.")
    afdrukken: Text = Field(description=f"{EIGEN}: wat dat betekent voor de afdrukken.")


class Invulwijzen(Strict):
    per_organisatie: InvulwijzeTekst = Field(alias="per-organisatie")
    per_tafel: InvulwijzeTekst = Field(alias="per-tafel")
    plenair: InvulwijzeTekst

    def tekst(self, wijze: Invulwijze) -> InvulwijzeTekst:
        return getattr(self, wijze.replace("-", "_"))


class SessieInhoud(Strict):
    """content/sessie.yaml: our suggestions for planning a session with the toolkit (not toolkit text)."""

    opening: VastOnderdeel
    onderwerp: OnderwerpOpening
    pauze: Pauze
    afsluiting: VastOnderdeel
    onderdelen: list[SessieOnderdeel] = Field(min_length=1, description=(
        "Elk werkblad, elke praatplaat en elke menukaart van de toolkit precies één keer."))
    invulwijzen: Invulwijzen
    meenemen: list[Text] = Field(min_length=1, description=f"{EIGEN}: wat de begeleider meeneemt.")
    na_de_sessie: list[Text] = Field(min_length=1, description=f"{EIGEN}: de stappen na de sessie.")

    def onderdeel(self, item_id: str) -> SessieOnderdeel | None:
        return next((o for o in self.onderdelen if (o.werkblad or o.menukaart) == item_id), None)
