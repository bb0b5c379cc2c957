"""Compare the YAML and the website with the publication, both ways, and count what is verbatim.

1. Every paragraph, list item or label of a publication text in the YAML stands in the publication, as
   it is or after undoing the records on it and its parents (``hier`` back to ``bron``).
2. Every passage of the publication (outside the first renderings, ``bron/indeling.yaml``) is on the
   website, as it is or after applying the records (``bron`` to ``hier``), or lies inside the ``bron``
   of a 'weggelaten' record.
3. Every record's ``bron`` stands in the publication; its ``hier`` is our text in the item it stands on,
   or on the page that shows that item (words the page adds itself, such as the label 'Organisatie');
   what a 'weggelaten' record leaves out is indeed not on that page.

Anything else is a problem, located like any other: ``file:line: field: message``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel

from ..errors import Problem
from ..loader import ToolkitData
from ..model import Afwijking, Pagina
from ..site.pages import build_pages, page_of, pagina_path
from ..yamlsource import Source
from .normaliseren import markdown_text, normaliseer
from .publicatie import PUBLICATIE, Publicatie, lees_publicatie
from .teksten import Vastlegging, teksten, vastleggingen

# The Markdown extensions of mkdocs.yml, so a page's words are read as the site shows them.
SITE_EXTENSIONS = ["attr_list", "md_in_html", "tables", "sane_lists", "def_list"]
SHOWN = 90  # characters of a text quoted in a message


@dataclass
class Telling:
    """How much is verbatim, how much is explained by a record; records per kind."""

    teksten: int = 0
    teksten_letterlijk: int = 0
    teksten_vastgelegd: int = 0
    passages: int = 0
    passages_letterlijk: int = 0
    passages_vastgelegd: int = 0
    eerste_weergave_regels: int = 0
    afwijkingen: Counter[str] = field(default_factory=Counter)

    def regels(self) -> list[str]:
        """The counts in Dutch, one line each (``doorstroom check`` prints them)."""
        soorten = ", ".join(f"{count} {soort}" for soort, count in sorted(self.afwijkingen.items()))
        return [
            f"Tekst uit de uitgave in de YAML: {self.teksten} alinea's en labels, {self.teksten_letterlijk} "
            f"letterlijk, {self.teksten_vastgelegd} met een vastgelegde afwijking.",
            f"De uitgave ({PUBLICATIE}): {self.passages} passages, {self.passages_letterlijk} letterlijk op de "
            f"website, {self.passages_vastgelegd} met een vastgelegde afwijking ({self.eerste_weergave_regels} "
            "regels eerste weergave niet vergeleken).",
            f"Vastgelegde afwijkingen: {sum(self.afwijkingen.values())} ({soorten}).",
        ]


@dataclass(frozen=True)
class Vergelijking:
    """The differences nobody recorded (empty when all is well) and the counts."""

    verschillen: list[Problem]
    telling: Telling


def heeft_publicatie(root: Path) -> bool:
    return (root / PUBLICATIE).is_file()


def vergelijk(data: ToolkitData, publicatie: Publicatie | None = None) -> Vergelijking:
    """All three comparisons of this module's docstring; the problems sorted by file and line."""
    publicatie = publicatie or lees_publicatie(data.root)
    telling = Telling()
    problems: list[Problem] = []
    records: list[Afwijking] = []
    pages = site_teksten(data)
    site = "\n".join(pages.values())
    for (collection, item_id), model, source in _models(data):
        page = pages.get(page_of(data, collection, item_id), site) if collection != "toolkit" else site
        problems += _compare_texts(model, source, publicatie, telling)
        for record in vastleggingen(model):
            records.append(record.afwijking)
            telling.afwijkingen[record.afwijking.soort] += 1
            problems += [source.problem(record.loc + (key,), message)
                         for key, message in _stale(record, model, publicatie, page)]
    for passage in publicatie.passages():
        telling.passages += 1
        if passage.tekst in site:
            telling.passages_letterlijk += 1
        elif _explained(passage.tekst, records, site):
            telling.passages_vastgelegd += 1
        else:
            problems.append(Problem(PUBLICATIE, passage.regel, "", "staat niet op de website en er is geen "
                                                                   f"afwijking vastgelegd: '{_short(passage.tekst)}'"))
    telling.eerste_weergave_regels = sum(w.tot - w.van + 1 for w in publicatie.eerste_weergaven)
    return Vergelijking(sorted(problems), telling)


def site_teksten(data: ToolkitData) -> dict[str, str]:
    """Page path -> the words the website shows on it, normalised; our own pages are left out."""
    own = {pagina_path(p.id) for p in data.paginas.values() if p.eigen}
    words = {}
    for page in build_pages(data):
        if page.path not in own:
            markdown = page.markdown.split("\n---\n", 1)[1] if page.markdown.startswith("---\n") else page.markdown
            words[page.path] = normaliseer(markdown_text(markdown, SITE_EXTENSIONS))
    return words


def _compare_texts(model: BaseModel, source: Source, publicatie: Publicatie, telling: Telling) -> list[Problem]:
    problems = []
    for tekst in teksten(model):
        for passage in tekst.passages():
            telling.teksten += 1
            if passage in publicatie.tekst:
                telling.teksten_letterlijk += 1
            elif _undo(passage, tekst.afwijkingen) in publicatie.tekst:
                telling.teksten_vastgelegd += 1
            else:
                problems.append(source.problem(tekst.loc, f"staat zo niet in de uitgave ({PUBLICATIE}) en er is "
                                                          f"geen afwijking vastgelegd: '{_short(passage)}'"))
    return problems


def _models(data: ToolkitData) -> Iterator[tuple[tuple[str, str], BaseModel, Source]]:
    """Every YAML file's model with its key and source; our own pages are not compared."""
    collections: dict[str, dict[str, BaseModel]] = {
        "toolkit": {"": data.toolkit}, "vocabulaire": {"": data.vocabulaire}, "onderwerpen": data.onderwerpen,
        "werkbladen": data.werkbladen, "menukaarten": data.menukaarten, "instrumenten": data.instrumenten,
        "paginas": data.paginas,
    }
    for (collection, item_id), source in data.sources.items():
        model = collections[collection].get(item_id)
        if model is not None and not (isinstance(model, Pagina) and model.eigen):
            yield (collection, item_id), model, source


def _undo(passage: str, records: tuple[Afwijking, ...]) -> str:
    """Our passage with each record's words put back as the publication has them."""
    for record in records:
        if record.hier is not None:
            passage = passage.replace(normaliseer(record.hier), normaliseer(record.bron or ""))
    return " ".join(passage.split())


def _explained(passage: str, records: list[Afwijking], site: str) -> bool:
    """A publication passage that a record leaves out, or that is on the site once the records are applied."""
    if any(r.soort == "weggelaten" and passage in normaliseer(r.bron or "") for r in records):
        return True
    for record in records:
        if record.bron is not None and record.hier is not None:
            passage = passage.replace(normaliseer(record.bron), normaliseer(record.hier))
    return " ".join(passage.split()) in site


def _stale(record: Vastlegging, model: BaseModel, publicatie: Publicatie, page: str) -> list[tuple[str, str]]:
    """What is wrong with a record itself: its ``bron`` is not in the publication, its ``hier`` is not ours
    (any more), or what it leaves out is shown after all."""
    afwijking, item = record.afwijking, record.loc[:-2]
    problems = []
    ours = [normaliseer(t.tekst) for t in teksten(model) if t.loc[:len(item)] == item] + [page]
    if afwijking.hier is not None and not any(normaliseer(afwijking.hier) in text for text in ours):
        problems.append(("hier", f"staat niet in dit onderdeel of op zijn pagina: '{_short(afwijking.hier)}'; pas "
                                 "de afwijking aan, of haal haar weg als de tekst weer gelijk is aan de uitgave"))
    if afwijking.bron is None:
        return problems
    bron = normaliseer(afwijking.bron)
    if bron not in publicatie.tekst:
        problems.append(("bron", f"staat niet in de uitgave ({PUBLICATIE}): '{_short(bron)}'; neem de tekst "
                                 "letterlijk over"))
    elif afwijking.soort == "weggelaten" and bron in page:
        problems.append(("bron", f"staat wel op de website: '{_short(bron)}'; haal deze afwijking weg"))
    return problems


def _short(text: str) -> str:
    return text if len(text) <= SHOWN else text[:SHOWN - 1] + "…"
