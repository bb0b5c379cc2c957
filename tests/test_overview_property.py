"""Property: whatever sheets come in, every item comes out exactly once, in its own cell, with the
right status (hypothesis generates the sheets; organisations may repeat and are then merged)."""

from __future__ import annotations

import csv
import io
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.fields import cell_name
from generator.loader import ToolkitData
from generator.overview.csvfile import csv_bytes
from generator.overview.items import organisation_key, split_items
from generator.overview.matrix import build_overzicht, status_of
from generator.overview.view import toolkit_view
from generator.readers import Sheet

from .helpers import ROOT

CATEGORIEEN = ["passend-aanbod", "op-weg-helpen", "ontzorgen", "prijsprikkel", "voorrang"]
FASEN = ["huidige-woning", "woonwens", "woningzoeken", "verhuizen", "nieuw-thuis"]
FIELDS = [cell_name(c, f, s) for c in CATEGORIEEN for f in FASEN for s in ("al", "nog")]

LINE_BREAKS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # what str.splitlines() splits on
line = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters=LINE_BREAKS), max_size=40)
fixed = st.sampled_from(["", "  ", "- ", "• item", "* ster", "-- dubbel"])
cell_text = st.lists(st.one_of(line, fixed), max_size=4).map("\n".join)
sheets = st.lists(
    st.tuples(st.sampled_from(["Gemeente A", "gemeente  a", "Corporatie B", "Welzijn C"]),
              st.dictionaries(st.sampled_from(FIELDS), cell_text, max_size=12)),
    max_size=6)


def _toolkit() -> ToolkitData:
    from generator.loader import load_toolkit

    return load_toolkit(ROOT)


TOOLKIT = _toolkit()


@settings(max_examples=150, deadline=None)
@given(sheets)
def test_every_item_appears_exactly_once_with_correct_status(generated: list[tuple[str, dict[str, str]]]) -> None:
    # the readers hand over organisation names with their whitespace collapsed
    input_sheets = [Sheet(f"blad-{i}.json", "stimuleren", " ".join(org.split()), answers)
                    for i, (org, answers) in enumerate(generated)]
    overzicht = build_overzicht(TOOLKIT, input_sheets, [], "t", "sociaal", {})

    first_name: dict[str, str] = {}
    seen: set[tuple[str, str, str]] = set()
    expected = Counter()
    for sheet in input_sheets:
        name = first_name.setdefault(organisation_key(sheet.organisatie), sheet.organisatie)
        for field, text in sheet.antwoorden.items():
            categorie, fase, soort = field.split("__")
            for item in split_items(text).items:
                if (name, field, item) not in seen:  # the same item of one organisation counts once
                    seen.add((name, field, item))
                    expected[(name, categorie, fase, soort, item)] += 1
    found = Counter()
    assert [(c.categorie, c.fase) for c in overzicht.cellen] == [(c, f) for c in CATEGORIEEN for f in FASEN]
    for cel in overzicht.cellen:
        for soort, items in (("al", cel.al), ("nog", cel.nog)):
            for item in items:
                found[(item.organisatie, cel.categorie, cel.fase, soort, item.tekst)] += 1
        assert cel.status == status_of(bool(cel.al), bool(cel.nog))
        assert (cel.status == "gedekt") == bool(cel.al)
        assert (cel.status == "gat") == (not cel.al and not cel.nog)
        assert bool(cel.suggesties) == (cel.status != "gedekt")
    assert found == expected
    view = toolkit_view(TOOLKIT, "sociaal", {})
    names = {**{c["id"]: c["naam"] for c in view["categorieen"]}, **{f["id"]: f["naam"] for f in view["fasen"]}}
    ids = {name: key for key, name in names.items()} | {label: key for key, label in view["soorten"].items()}
    text = csv_bytes(overzicht.as_json(), view).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))[1:]
    neutralised = Counter({(o, c, f, s, "'" + t if t[:1] in ("=", "+", "-", "@") else t): n
                           for (o, c, f, s, t), n in expected.items()})
    assert Counter((o, ids[c], ids[f], ids[s], t) for o, c, f, s, t in rows) == neutralised
    cells = overzicht.as_json()["cellen"]
    assert len(cells) == 25
    assert Counter((i["organisatie"], c["categorie"], c["fase"], soort, i["tekst"])
                   for c in cells for soort in ("al", "nog") for i in c[soort]) == expected


@given(cell_text)
def test_items_are_trimmed_pieces_of_the_lines(text: str) -> None:
    result = split_items(text)
    assert len(result.items) + result.opvulwaarden <= sum(1 for ln in text.splitlines() if ln.strip())
    words = text.split()
    for item in result.items:
        assert item == item.strip() and item and "  " not in item
        assert all(word in words or any(word in w for w in words) for word in item.split())
