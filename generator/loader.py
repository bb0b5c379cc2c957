"""Load all YAML of ``content/`` and ``worksheets/``, validate it, check references between files.

Read everything first, collect every problem, then either return a complete :class:`ToolkitData`
or raise :class:`ValidationFailed` listing them all. Nothing downstream ever sees half-valid data.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from .errors import Problem, SourceMissing, ValidationFailed
from .fields import Veld, velden
from .model import (
    Instrument,
    KlantreisBlad,
    Menukaart,
    Onderwerp,
    Pagina,
    RasterBlad,
    Toolkit,
    Vocabulaire,
    Werkblad,
)
from .site.figures import FIGUREN, figure_exists
from .validation import validate
from .voorbereiden.inhoud import SESSIE_YAML, check_sessie, one_reference
from .voorbereiden.model import SessieInhoud
from .yamlsource import Loc, Source, SourceError, load

M = TypeVar("M", bound=BaseModel)

CONTENT = "content"
WORKSHEETS = "worksheets"


@dataclass
class ToolkitData:
    """The whole validated toolkit, every collection in toolkit order."""

    root: Path
    toolkit: Toolkit
    vocabulaire: Vocabulaire
    onderwerpen: dict[str, Onderwerp]
    werkbladen: dict[str, Werkblad]
    menukaarten: dict[str, Menukaart]
    instrumenten: dict[str, Instrument]
    paginas: dict[str, Pagina]
    sessie: SessieInhoud  # content/sessie.yaml: our suggestions for planning a session
    velden: dict[str, list[Veld]] = field(default_factory=dict)
    # (collection, id) -> the file a model came from, for located messages after loading; the toolkit
    # and the vocabulary are ("toolkit", "") and ("vocabulaire", "").
    sources: dict[tuple[str, str], Source] = field(default_factory=dict)


@dataclass
class _Loaded:
    """Models of one folder with the source they came from (for located reference errors)."""

    models: dict[str, tuple[BaseModel, Source]] = field(default_factory=dict)
    broken: set[str] = field(default_factory=set)  # file stems that exist but did not validate

    def ids(self) -> set[str]:
        """Ids that references may use: valid items and broken files (already reported once)."""
        return set(self.models) | self.broken


class _Collector:
    """Reads files and gathers problems instead of stopping at the first one."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.problems: list[Problem] = []

    def read(self, relative: str, model: type[M]) -> tuple[M, Source] | None:
        path = self.root / relative
        if not path.is_file():
            self.problems.append(Problem(relative, 0, "", "bestand ontbreekt"))
            return None
        try:
            source = load(path, relative)
        except SourceError as exc:
            self.problems.append(exc.problem)
            return None
        result, problems = validate(source, model)
        self.problems += problems
        return (result, source) if result is not None else None

    def read_folder(self, relative: str, model: type[M]) -> _Loaded:
        loaded = _Loaded()
        folder = self.root / relative
        if not folder.is_dir():
            self.problems.append(Problem(relative, 0, "", "map ontbreekt"))
            return loaded
        seen: dict[str, Source] = {}
        for path in sorted(folder.glob("*.y*ml")):
            got = self.read(f"{relative}/{path.name}", model)
            if got is None:
                loaded.broken.add(path.stem)
                continue
            item, source = got
            item_id = item.id
            if item_id in seen:
                self.report(source, ("id",), f"de id '{item_id}' wordt ook gebruikt in {seen[item_id].path}")
                continue
            if item_id != path.stem:
                self.report(source, ("id",), f"de id '{item_id}' moet gelijk zijn aan de bestandsnaam "
                                             f"'{path.stem}' (de id staat in adressen en bestandsnamen)")
            seen[item_id] = source
            loaded.models[item_id] = (item, source)
        return loaded

    def report(self, source: Source, loc: Loc, message: str) -> None:
        self.problems.append(source.problem(loc, message))

    def unique(self, source: Source, ids: Iterable[tuple[Loc, str]], what: str) -> None:
        """Report every id that occurs more than once in one file."""
        pairs = list(ids)
        counts = Counter(i for _, i in pairs)
        first: dict[str, Loc] = {}
        for loc, item_id in pairs:
            if counts[item_id] > 1 and item_id in first:
                self.report(source, loc, f"dubbele {what} '{item_id}' (ook op regel {source.line(first[item_id])})")
            first.setdefault(item_id, loc)

    def known(self, source: Source, loc: Loc, ref: str, known: Iterable[str], what: str) -> bool:
        options = sorted(known)
        if ref in options:
            return True
        known_text = ", ".join(options) if options else "(nog geen)"
        self.report(source, loc, f"verwijst naar {what} '{ref}', maar die bestaat niet; bekend: {known_text}")
        return False


def find_root(start: Path) -> Path:
    """The project folder: the one that holds content/ and worksheets/."""
    root = start.resolve()
    if not (root / CONTENT).is_dir():
        raise SourceMissing(root / CONTENT, "de map content/")
    return root


def load_toolkit(root: Path) -> ToolkitData:
    """Read and check everything; raise :class:`ValidationFailed` with all problems found."""
    root = find_root(root)
    c = _Collector(root)
    toolkit = c.read(f"{CONTENT}/toolkit.yaml", Toolkit)
    vocab = c.read(f"{CONTENT}/vocabulaire.yaml", Vocabulaire)
    onderwerpen = c.read_folder(f"{CONTENT}/onderwerpen", Onderwerp)
    menukaarten = c.read_folder(f"{CONTENT}/menukaarten", Menukaart)
    instrumenten = c.read_folder(f"{CONTENT}/instrumenten", Instrument)
    paginas = c.read_folder(f"{CONTENT}/paginas", Pagina)
    werkbladen = c.read_folder(WORKSHEETS, Werkblad)
    sessie = c.read(SESSIE_YAML, SessieInhoud)
    if toolkit is None or vocab is None:
        raise ValidationFailed(c.problems)

    _check_vocabulaire(c, *vocab)
    _check_toolkit_order(c, toolkit, onderwerpen, paginas, instrumenten)
    _check_onderwerpen(c, onderwerpen, werkbladen, menukaarten)
    _check_menukaarten(c, menukaarten, instrumenten, vocab[0])
    _check_figuren(c, onderwerpen, paginas)
    field_lists = _check_werkbladen(c, werkbladen, onderwerpen, vocab[0])
    if sessie is not None:
        check_sessie(c, *sessie, werkbladen.models, menukaarten.models, onderwerpen.ids(),
                     werkbladen.broken | menukaarten.broken)
    if c.problems or sessie is None:
        raise ValidationFailed(c.problems)

    onderwerp_models = {i: onderwerpen.models[i][0] for i in toolkit[0].onderwerpen}
    ordered_werkbladen = [o.werkblad for ow in onderwerp_models.values() for o in ow.onderdelen if o.werkblad]
    ordered_menukaarten = [o.menukaart for ow in onderwerp_models.values() for o in ow.onderdelen if o.menukaart]
    return ToolkitData(
        root=root,
        toolkit=toolkit[0],
        vocabulaire=vocab[0],
        onderwerpen=onderwerp_models,  # type: ignore[arg-type]
        werkbladen={i: werkbladen.models[i][0] for i in ordered_werkbladen},  # type: ignore[misc]
        menukaarten={i: menukaarten.models[i][0] for i in ordered_menukaarten},  # type: ignore[misc]
        instrumenten={i: instrumenten.models[i][0] for i in toolkit[0].bijlage.instrumenten},  # type: ignore[misc]
        paginas={i: paginas.models[i][0] for i in toolkit[0].paginas},  # type: ignore[misc]
        sessie=sessie[0],
        velden={i: field_lists[i] for i in ordered_werkbladen},
        sources=_sources(toolkit[1], vocab[1], {"onderwerpen": onderwerpen, "werkbladen": werkbladen,
                                                "menukaarten": menukaarten, "instrumenten": instrumenten,
                                                "paginas": paginas}),
    )


def _sources(toolkit: Source, vocab: Source, folders: dict[str, _Loaded]) -> dict[tuple[str, str], Source]:
    """The file of every model, keyed as ``ToolkitData.sources``."""
    sources = {("toolkit", ""): toolkit, ("vocabulaire", ""): vocab}
    for name, loaded in folders.items():
        sources.update({(name, item_id): source for item_id, (_, source) in loaded.models.items()})
    return sources


def _check_vocabulaire(c: _Collector, vocab: Vocabulaire, source: Source) -> None:
    c.unique(source, ((("klantreis", i, "id"), f.id) for i, f in enumerate(vocab.klantreis)), "fase-id")
    cats = vocab.interventiecategorieen
    c.unique(source, ((("interventiecategorieen", i, "id"), x.id) for i, x in enumerate(cats)), "categorie-id")
    c.unique(source, ((("interventiecategorieen", i, "nummer"), str(x.nummer)) for i, x in enumerate(cats)),
             "categorienummer")


def _check_toolkit_order(c: _Collector, toolkit: tuple[Toolkit, Source], onderwerpen: _Loaded,
                         paginas: _Loaded, instrumenten: _Loaded) -> None:
    """content/toolkit.yaml lists every onderwerp, pagina and instrument exactly once, in order."""
    model, source = toolkit
    orders: list[tuple[Loc, list[str], _Loaded, str]] = [
        (("onderwerpen",), model.onderwerpen, onderwerpen, "onderwerp"),
        (("paginas",), model.paginas, paginas, "pagina"),
        (("bijlage", "instrumenten"), model.bijlage.instrumenten, instrumenten, "instrument"),
    ]
    for i, ref in enumerate(model.start):
        c.known(source, ("start", i), ref, model.paginas, "pagina uit 'paginas'")
    for key, listed, loaded, what in orders:
        c.unique(source, ((key + (i,), x) for i, x in enumerate(listed)), what)
        for i, ref in enumerate(listed):
            c.known(source, key + (i,), ref, loaded.ids(), what)
        for item_id, (_, item_source) in loaded.models.items():
            if item_id not in listed:
                c.report(item_source, ("id",),
                         f"{what} '{item_id}' staat niet in content/toolkit.yaml ({'.'.join(map(str, key))})")


def _check_onderwerpen(c: _Collector, onderwerpen: _Loaded, werkbladen: _Loaded, menukaarten: _Loaded) -> None:
    placed: dict[tuple[str, str], str] = {}
    for onderwerp_id, (onderwerp, source) in onderwerpen.models.items():
        assert isinstance(onderwerp, Onderwerp)
        for i, onderdeel in enumerate(onderwerp.onderdelen):
            if (reference := one_reference(c, source, i, onderdeel)) is None:
                continue
            kind, ref = reference
            loaded = werkbladen if kind == "werkblad" else menukaarten
            if not c.known(source, ("onderdelen", i, kind), ref, loaded.ids(), kind) or ref in loaded.broken:
                continue
            if (kind, ref) in placed:
                c.report(source, ("onderdelen", i, kind),
                         f"{kind} '{ref}' staat al bij onderwerp '{placed[(kind, ref)]}'")
                continue
            placed[(kind, ref)] = onderwerp_id
            target, target_source = loaded.models[ref]
            if target.onderwerp != onderwerp_id:
                c.report(target_source, ("onderwerp",),
                         f"staat in de lijst van onderwerp '{onderwerp_id}', niet van '{target.onderwerp}'")
    for kind, loaded in (("werkblad", werkbladen), ("menukaart", menukaarten)):
        for item_id, (item, source) in loaded.models.items():
            if (kind, item_id) in placed or item.onderwerp in onderwerpen.broken:
                continue
            if c.known(source, ("onderwerp",), item.onderwerp, onderwerpen.ids(), "onderwerp"):
                c.report(source, ("id",), f"{kind} '{item_id}' staat niet in de onderdelen van onderwerp "
                                          f"'{item.onderwerp}'")


def _check_menukaarten(c: _Collector, menukaarten: _Loaded, instrumenten: _Loaded, vocab: Vocabulaire) -> None:
    categorieen = list(vocab.categorieen())
    for menukaart, source in menukaarten.models.values():
        assert isinstance(menukaart, Menukaart)
        c.unique(source, ((("categorieen", i, "categorie"), x.categorie)
                          for i, x in enumerate(menukaart.categorieen)), "categorie")
        for i, rij in enumerate(menukaart.categorieen):
            c.known(source, ("categorieen", i, "categorie"), rij.categorie, categorieen, "interventiecategorie")
            for j, item in enumerate(rij.instrumenten):
                c.known(source, ("categorieen", i, "instrumenten", j, "instrument"), item.instrument,
                        instrumenten.ids(), "instrument")


def _check_figuren(c: _Collector, onderwerpen: _Loaded, paginas: _Loaded) -> None:
    """Every figure a section names has its drawing in generator/site/figuren/."""
    for loaded, keys in ((onderwerpen, ("inhoud", "aanpak")), (paginas, ("secties",))):
        for item, source in loaded.models.values():
            for key in keys:
                for i, sectie in enumerate(getattr(item, key)):
                    if sectie.figuur and not figure_exists(sectie.figuur.id):
                        c.report(source, (key, i, "figuur", "id"),
                                 f"de figuur '{sectie.figuur.id}' heeft geen tekening "
                                 f"({FIGUREN.name}/{sectie.figuur.id}.svg.j2 ontbreekt)")


def _check_werkbladen(c: _Collector, werkbladen: _Loaded, onderwerpen: _Loaded,
                      vocab: Vocabulaire) -> dict[str, list[Veld]]:
    fasen = list(vocab.fasen())
    categorieen = list(vocab.categorieen())
    result: dict[str, list[Veld]] = {}
    for werkblad_id, (werkblad, source) in werkbladen.models.items():
        assert isinstance(werkblad, Werkblad)
        blad = werkblad.blad
        if isinstance(blad, RasterBlad):
            for key, known, what in (("rijen", categorieen, "interventiecategorie"), ("kolommen", fasen, "fase")):
                ids: list[str] = getattr(blad, key)
                c.unique(source, ((("blad", key, i), x) for i, x in enumerate(ids)), what)
                for i, ref in enumerate(ids):
                    c.known(source, ("blad", key, i), ref, known, what)
            c.unique(source, ((("blad", "antwoorden", i, "id"), a.id) for i, a in enumerate(blad.antwoorden)),
                     "antwoord-id")
        elif isinstance(blad, KlantreisBlad):
            c.unique(source, ((("blad", "stappen", i, "fase"), s.fase) for i, s in enumerate(blad.stappen)), "fase")
            for i, stap in enumerate(blad.stappen):
                c.known(source, ("blad", "stappen", i, "fase"), stap.fase, fasen, "fase")
        c.unique(source, _item_ids(werkblad), "id")
        fields = velden(werkblad, vocab)
        names = Counter(v.naam for v in fields)
        for name, count in names.items():
            if count > 1:
                c.report(source, ("blad",), f"de veldnaam '{name}' komt {count} keer voor; maak de ids uniek")
        result[werkblad_id] = fields
    return result


def _item_ids(werkblad: Werkblad) -> Iterable[tuple[Loc, str]]:
    """Ids of the answer-bearing items of a sheet, with their location (must be unique per sheet)."""
    blad = werkblad.blad
    for key in ("vragen", "themas"):
        for i, item in enumerate(getattr(blad, key, [])):
            yield ("blad", key, i, "id"), item.id
    for g, groep in enumerate(getattr(blad, "groepen", [])):
        yield ("blad", "groepen", g, "id"), groep.id
        for i, ind in enumerate(groep.indicatoren):
            yield ("blad", "groepen", g, "indicatoren", i, "id"), ind.id
