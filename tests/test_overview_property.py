"""Property: whatever sheets come in, every item comes out exactly once, in its own cell, with the
right status (hypothesis generates the sheets)."""

from __future__ import annotations

import csv
import io
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.fields import cell_name
from generator.loader import ToolkitData
from generator.overview.items import split_items
from generator.overview.matrix import build_overzicht, status_of
from generator.overview.outputs import csv_text
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
    st.tuples(st.text(min_size=1, max_size=15).filter(lambda t: t.strip()),
              st.dictionaries(st.sampled_from(FIELDS), cell_text, max_size=12)),
    max_size=6, unique_by=lambda s: " ".join(s[0].split()).casefold())


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

    expected = Counter()
    for sheet in input_sheets:
        for name, text in sheet.antwoorden.items():
            categorie, fase, soort = name.split("__")
            for item in split_items(text):
                expected[(sheet.organisatie, categorie, fase, soort, item)] += 1
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
    rows = list(csv.reader(io.StringIO(csv_text(overzicht), newline="")))[1:]
    assert Counter(tuple(r) for r in rows) == expected
    cells = overzicht.as_json()["cellen"]
    assert len(cells) == 25
    assert Counter((i["organisatie"], c["categorie"], c["fase"], soort, i["tekst"])
                   for c in cells for soort in ("al", "nog") for i in c[soort]) == expected


@given(cell_text)
def test_items_are_the_non_empty_lines_trimmed(text: str) -> None:
    items = split_items(text)
    assert len(items) <= sum(1 for ln in text.splitlines() if ln.strip())
    for item in items:
        assert item == item.strip() and item
        assert item in text


def test_items_lose_one_leading_bullet_mark() -> None:
    assert split_items("- a\n\n  • b  \n*c\n-\n•\n-- d\n1. e") == ["a", "b", "c", "- d", "1. e"]
