"""The typed model of the toolkit: what each YAML file may contain.

Every class forbids unknown keys, so a typo in the YAML is an error with a line number instead of
silently ignored content. Texts marked "markdown" may use inline markdown (``**vet**``, lists,
links); everything else is plain text.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

Id = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", min_length=1, max_length=60),
    Field(description="Korte id: kleine letters, cijfers en koppeltekens (bv. 'passend-aanbod')."),
]
Text = Annotated[str, StringConstraints(min_length=1), Field(description="Platte tekst.")]
Markdown = Annotated[str, StringConstraints(min_length=1), Field(description="Tekst in markdown.")]

ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
Trefwoord = Annotated[
    str,
    StringConstraints(pattern=r"^(\*?[^\W_]+(\*[^\W_]+)*\*?)( \*?[^\W_]+(\*[^\W_]+)*\*?)*$", max_length=80),
    Field(description="Een woord of een paar woorden na elkaar (spatie ertussen), zonder hoofdletters en accenten "
                      "gelezen; * staat voor nul of meer letters in een woord: 'coach' alleen dat woord, 'verhuis*' "
                      "elk woord dat zo begint, '*coach*' elk woord met 'coach' erin (docs/plan-van-aanpak.md)."),
]
SAMENVATTING = "Eigen tekst van deze website (geen tekst uit de toolkit): in één regel waar dit voor is, met 'u'."
# A text field marked EIGEN is this website's own text; every other text field comes from the publication
# and is compared with it (generator/uitgave/).
EIGEN: dict[str, object] = {"eigen_tekst": True}
UITLEG_KOP = ("Kop van de uitleg in de uitgave, alleen als die anders is dan de tekst op het blad "
              "(bv. 'Aantal' bij 'Aantal verhuizingen').")


class Strict(BaseModel):
    """Base for all YAML-backed models: unknown keys are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True)


# --------------------------------------------------------------------------- deviations from the publication

Soort = Literal["taalfout", "OCR", "ordening", "label", "reconstructie", "weggelaten"]
SOORTEN: tuple[str, ...] = ("taalfout", "OCR", "label", "reconstructie", "ordening", "weggelaten")
NEEDS_HIER = frozenset({"taalfout", "OCR", "label", "reconstructie"})


class Afwijking(Strict):
    """One place where this website differs from the publication: what it says there, what we say, why.

    The record stands next to the text it concerns (on that item or one of its parents); the Verantwoording
    lists every record, and a test fails on any difference with the publication that has no record.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, json_schema_extra={"allOf": [
        {"if": {"properties": {"soort": {"enum": sorted(NEEDS_HIER)}}}, "then": {"required": ["bron", "hier"]}},
        {"if": {"properties": {"soort": {"const": "weggelaten"}}},
         "then": {"required": ["bron"], "not": {"required": ["hier"]}}},
    ]})

    soort: Soort = Field(description=(
        "taalfout: een taal- of tikfout in de uitgave; OCR: een leesfout van de scan; label: een andere naam "
        "of kop; reconstructie: onze kopie van de uitgave is hier in geen enkele weergave te lezen, wij hebben de "
        "tekst hersteld; "
        "ordening: tekst op een andere plek of in een andere volgorde; weggelaten: tekst die niet op de "
        "website staat."))
    bron: Text | None = Field(None, validate_default=True, json_schema_extra=EIGEN, description=(
        "De tekst zoals hij in de uitgave staat: letterlijk uit bron/publicatie.txt, met de leesfouten van de scan "
        "(vergeleken zoals generator/uitgave/normaliseren.py beschrijft)."))
    hier: Text | None = Field(None, validate_default=True, json_schema_extra=EIGEN, description=(
        "Onze tekst, letterlijk zoals hij in dit item of op de pagina ervan staat (niet bij 'weggelaten')."))
    reden: Text = Field(json_schema_extra=EIGEN, description="Waarom, in één korte zin (B1, met 'wij').")

    @field_validator("bron", "hier")
    @classmethod
    def _needed_for_soort(cls, value: str | None, info: ValidationInfo) -> str | None:
        soort = info.data.get("soort")
        if soort is None:
            return value
        if info.field_name == "bron" and value is None and soort != "ordening":
            raise PydanticCustomError("afwijking_bron", "ontbreekt: geef de tekst zoals hij in de uitgave staat")
        if info.field_name == "hier" and soort == "weggelaten" and value is not None:
            raise PydanticCustomError("afwijking_weggelaten",
                                      "hoort niet bij 'weggelaten': die tekst staat niet op de website")
        if info.field_name == "hier" and soort in NEEDS_HIER and value is None:
            raise PydanticCustomError("afwijking_hier", "ontbreekt: geef onze tekst zoals hij in dit item staat")
        if info.field_name == "hier" and value is not None and value == info.data.get("bron"):
            raise PydanticCustomError("afwijking_gelijk", "is gelijk aan 'bron': dan is er geen afwijking")
        return value


Afwijkingen = Annotated[list[Afwijking], Field(description=(
    "Waar deze tekst anders is dan in de uitgave, en waarom (komt op de pagina Verantwoording)."))]


# --------------------------------------------------------------------------- vocabulary


class Fase(Strict):
    """One step of the klantreis (customer journey) of a senior."""

    id: Id
    naam: Text


class Categorie(Strict):
    """One interventiecategorie; menukaarten and the Stimuleren grid refer to it by id."""

    id: Id
    nummer: int = Field(ge=1)
    naam: Text


class Vocabulaire(Strict):
    """content/vocabulaire.yaml: the shared lists, defined once."""

    klantreis: list[Fase] = Field(min_length=1)
    interventiecategorieen: list[Categorie] = Field(min_length=1)

    def fasen(self) -> dict[str, Fase]:
        """Fase id -> fase, in klantreis order."""
        return {f.id: f for f in self.klantreis}

    def categorieen(self) -> dict[str, Categorie]:
        """Categorie id -> categorie, in toolkit order."""
        return {c.id: c for c in self.interventiecategorieen}


# --------------------------------------------------------------------------- toolkit pages


class Figuur(Strict):
    """A figure of the publication, redrawn for the website as SVG (``generator/site/figuren/<id>.svg.j2``)."""

    id: Id = Field(description="Naam van de tekening in generator/site/figuren/ (zonder .svg.j2).")
    titel: Text = Field(description="Titel zoals in de uitgave, bv. 'Figuur 1 Verhuisketen'.")
    beschrijving: Text = Field(description="Tekstalternatief: wat de figuur laat zien, voor wie hem niet ziet.",
                               json_schema_extra=EIGEN)


class Sectie(Strict):
    """A titled block of running text (markdown), optionally with a list of tips/points and a figure."""

    kop: Text | None = None
    tekst: Markdown | None = None
    lijst: list[Markdown] = []
    genummerd: bool = Field(False, description="De lijst is genummerd (1., 2., ...).")
    figuur: Figuur | None = Field(None, description="Figuur die na deze sectie staat.")
    afwijkingen: Afwijkingen = []
    citaat: bool = Field(False, description=(
        "Hier spreekt de uitgever zelf ('wij', 'ons', een contactadres, 'een uitgave van'): de site toont de "
        "sectie als citaat uit de uitgave, met bron, zodat het niet leest alsof deze website het zegt."))


class Pagina(Strict):
    """content/paginas/*.yaml: a free page (Inleiding, Experiment, Colofon, ...)."""

    id: Id
    titel: Text
    eigen: bool = Field(False, description="Een eigen pagina van deze website: geen tekst uit de toolkit.")
    secties: list[Sectie] = Field(min_length=1)
    afwijkingen: Afwijkingen = []


class Onderdeel(Strict):
    """One entry of an onderwerp's ordered list: a werkblad or a menukaart (praatplaat)."""

    werkblad: Id | None = None
    menukaart: Id | None = None


class Onderwerp(Strict):
    """content/onderwerpen/*.yaml: one of the three onderwerpen of the toolkit."""

    id: Id
    nummer: int = Field(ge=1)
    titel: Text
    doel: Text
    bedoeld_voor: Text = Field(description="Kolom 'Bedoeld voor' uit 'Hoe deze toolkit te gebruiken'.")
    doelgroep: Text
    vraagstuk: Text
    resultaat: Text = Field(description="Te bereiken resultaat.")
    inhoud: list[Sectie] = Field(min_length=1)
    aanpak: list[Sectie] = Field(min_length=1)
    onderdelen: list[Onderdeel] = Field(min_length=1)
    afwijkingen: Afwijkingen = []


class Bijlage(Strict):
    """The appendix 'Overzicht van instrumenten': its introduction and the order of its instruments."""

    titel: Text
    inleiding: Markdown
    instrumenten: list[Id] = Field(min_length=1)
    afwijkingen: Afwijkingen = []


class Toolkit(Strict):
    """content/toolkit.yaml: title, source and the order of everything else."""

    titel: Text
    ondertitel: Text
    uitgever: Text
    jaar: int
    bron: Text = Field(description="Bronvermelding op elke pagina en elke PDF.", json_schema_extra=EIGEN)
    onderwerpen: list[Id] = Field(min_length=1)
    start: list[Id] = Field(min_length=1, description="Pagina's die samen de startpagina vormen.")
    paginas: list[Id] = []
    bijlage: Bijlage
    afwijkingen: Afwijkingen = []


# --------------------------------------------------------------------------- instruments


class Instrument(Strict):
    """content/instrumenten/*.yaml: one instrument of the appendix 'Overzicht van instrumenten'."""

    id: Id
    titel: Text
    algemene_beschrijving: Markdown
    sociale_sector: Markdown
    particuliere_sector: Markdown
    geleerde_lessen: list[Markdown] = Field(min_length=1)
    voetnoten: list[Markdown] = []
    afwijkingen: Afwijkingen = []


class MenuItem(Strict):
    """One instrument on a menukaart, linked to the appendix instrument that describes it."""

    tekst: Text
    instrument: Id
    onderdelen: list[Text] = []
    afwijkingen: Afwijkingen = []
    trefwoorden: list[Trefwoord] = Field(
        [], json_schema_extra=EIGEN,
        description="Eigen regel van deze website (geen tekst uit de toolkit): een punt op het werkblad "
                        "Stimuleren in deze categorie hoort bij dit instrument als het een van deze trefwoorden "
                        "bevat (het plan van aanpak, hoofdstuk Aanpak per instrument).")


class MenuCategorie(Strict):
    """One row of a menukaart: an interventiecategorie, its doel and its instruments."""

    categorie: Id
    naam: Text | None = Field(None, description="Alleen als de menukaart een andere naam gebruikt.")
    doel: Text
    instrumenten: list[MenuItem] = Field(min_length=1)
    afwijkingen: Afwijkingen = []


class Menukaart(Strict):
    """content/menukaarten/*.yaml: the instrument menu of one sector (a praatplaat)."""

    id: Literal["sociaal", "particulier"]
    titel: Text
    vraag: Text
    kolomkop: Text
    onderwerp: Id
    gebruik: Markdown
    samenvatting: Text | None = Field(None, description=SAMENVATTING, json_schema_extra=EIGEN)
    categorieen: list[MenuCategorie] = Field(min_length=1)
    afwijkingen: Afwijkingen = []


# --------------------------------------------------------------------------- worksheets


class Kader(Strict):
    """Something printed on a sheet besides the answer spaces: a tip, a fact, a 'Denk aan' list."""

    soort: Literal["tip", "feit", "denk-aan", "opmerking", "kop"]
    kop: Text | None = None
    tekst: Markdown | None = None
    lijst: list[Text] = []
    afwijkingen: Afwijkingen = []


class Vraag(Strict):
    """A printed question with a long-text answer space."""

    id: Id
    tekst: Text
    uitleg: Markdown | None = Field(None, description="Toelichting uit de toolkit, niet op het blad.")
    uitleg_kop: Text | None = Field(None, description=UITLEG_KOP)
    afwijkingen: Afwijkingen = []


class VragenBlad(Strict):
    """Layout 'vragen': questions, each with a long-text answer."""

    type: Literal["vragen"]
    vragen: list[Vraag] = Field(min_length=1)


class KlantreisStap(Strict):
    """Per fase an optional helper question printed under it."""

    fase: Id
    hulpvraag: Text | None = None


class KlantreisBlad(Strict):
    """Layout 'klantreis': the five fasen in order, one long-text answer per fase."""

    type: Literal["klantreis"]
    kop: Text = "Klantreis senior"
    stappen: list[KlantreisStap] = Field(min_length=1)


class Antwoordsoort(Strict):
    """One answer space per grid cell, e.g. 'al' = "doen we al"."""

    id: Id
    label: Text = Field(json_schema_extra=EIGEN, description="Eigen tekst: het label van dit antwoordvak.")


class RasterBlad(Strict):
    """Layout 'raster': interventiecategorieen (rows) x klantreis fasen (columns)."""

    type: Literal["raster"]
    kop: Text = "Klantreis senior"
    rijen: list[Id] = Field(min_length=1, description="Ids van interventiecategorieen.")
    kolommen: list[Id] = Field(min_length=1, description="Ids van klantreis-fasen.")
    antwoorden: list[Antwoordsoort] = Field(min_length=1)


class Indicator(Strict):
    """One indicator: printed text, Beschikbaar?/Opnemen? boxes and a Toelichting space."""

    id: Id
    tekst: Text
    uitleg: Markdown | None = Field(None, description="Uitleg uit de toolkit bij deze indicator.")
    uitleg_kop: Text | None = Field(None, description=UITLEG_KOP)
    afwijkingen: Afwijkingen = []
    plaatshouder: bool = Field(False, description="Een plaatshouder van de toolkit (bv. 'interventie x'): de "
                                                  "Toelichting zegt wat bedoeld is; het monitorplan toont die erbij.")


class IndicatorGroep(Strict):
    """A Doel or Onderwerp with its indicators."""

    id: Id
    naam: Text
    aanvinkbaar: bool = Field(False, description="Heeft de groep zelf een vinkje (bv. gekozen doel).")
    uitleg: Markdown | None = None
    uitleg_kop: Text | None = Field(None, description=UITLEG_KOP)
    indicatoren: list[Indicator] = Field(min_length=1)
    afwijkingen: Afwijkingen = []


class IndicatorenBlad(Strict):
    """Layout 'indicatoren': groups of indicators, plus optional free notes."""

    type: Literal["indicatoren"]
    groepkop: Text = Field(description="Kop van de eerste kolom: 'Doel' of 'Onderwerp'.")
    groepen: list[IndicatorGroep] = Field(min_length=1)
    aantekeningen: Text | None = Field(None, description="Kop van een vrij notitieveld, bv. 'Aantekeningen'.")


class Thema(Strict):
    """One labelled area around the centre of a praatplaat."""

    id: Id
    naam: Text


class ThemasBlad(Strict):
    """Layout 'themas': labelled areas around a central question, each with an answer."""

    type: Literal["themas"]
    themas: list[Thema] = Field(min_length=1)


Blad = Annotated[
    VragenBlad | KlantreisBlad | RasterBlad | IndicatorenBlad | ThemasBlad,
    Field(discriminator="type"),
]


class Werkblad(Strict):
    """worksheets/*.yaml: one werkblad, everything printed on it and its answer spaces."""

    id: Id
    titel: Text
    soort: Literal["werkblad", "praatplaat"] = "werkblad"
    onderwerp: Id
    vraag: Text | None = Field(None, description="De vraag die op het blad staat.")
    samenvatting: Text | None = Field(None, description=SAMENVATTING, json_schema_extra=EIGEN)
    gebruik: Markdown = Field(description="Uitleg uit de toolkit: hoe gebruik je dit werkblad.")
    liggend: bool = Field(False, description="Liggend (landscape) afdrukken, zoals het origineel.")
    organisatie: bool = Field(False, description="Het blad heeft 'Organisatie: ____'.")
    kaders: list[Kader] = []
    blad: Blad
    afwijkingen: Afwijkingen = []


# --------------------------------------------------------------------------- filled sheets


class IngevuldBlad(Strict):
    """A filled sheet as a file (YAML or JSON): the public answer-file format."""

    werkblad: Id
    organisatie: str = ""
    antwoorden: dict[str, bool | str] = {}
