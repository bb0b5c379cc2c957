"""The page "Presenteren" as the site generates it: a slide for every onderwerp, werkblad and menukaart of
the model, in toolkit order; a "Presenteren" link on every werkblad and menukaart page; the home page's
"Een sessie organiseren" in the order of a session, naming only pages that are built."""

from __future__ import annotations

import dataclasses
import re

import pytest

from generator.loader import ToolkitData
from generator.site import presenteren, sessie
from generator.site.pages import SESSIE, VOORBEELD, VOORBEREIDEN, Page, build_pages, werkblad_title
from generator.site.presenteren import DubbeleDia, dias


def markdown_of(pages: list[Page], path: str) -> str:
    return next(p.markdown for p in pages if p.path == path)


def test_every_item_of_the_toolkit_has_one_slide_in_toolkit_order(toolkit: ToolkitData) -> None:
    slides = dias(toolkit)
    expected = []
    for onderwerp in toolkit.onderwerpen.values():
        expected.append(("onderwerp", onderwerp.id))
        expected += [("menukaart", o.menukaart) if o.menukaart else (toolkit.werkbladen[o.werkblad].soort, o.werkblad)
                     for o in onderwerp.onderdelen]
    assert [(d.soort, d.sleutel) for d in slides] == expected
    assert {d.sleutel for d in slides} >= set(toolkit.werkbladen) | set(toolkit.menukaarten) | set(toolkit.onderwerpen)
    titles = {d.sleutel: d.titel for d in slides}
    for werkblad in toolkit.werkbladen.values():
        assert titles[werkblad.id] == werkblad_title(werkblad)


def test_the_slides_are_rendered_from_the_yaml(toolkit: ToolkitData) -> None:
    html = str(presenteren.slides_html(toolkit))
    assert "\n\n" not in html, "one Markdown block"
    for werkblad in toolkit.werkbladen.values():
        assert f'data-dia="{werkblad.id}"' in html and f'data-werkblad="{werkblad.id}"' in html, werkblad.id
        assert werkblad.titel.replace("'", "&#39;") in html
    for menukaart in toolkit.menukaarten.values():
        section = html.split(f'data-dia="{menukaart.id}"', 1)[1].split("</section>", 1)[0]
        for rij in menukaart.categorieen:
            assert rij.doel in section
            for item in rij.instrumenten:
                assert item.tekst.replace("'", "&#39;") in section
    for onderwerp in toolkit.onderwerpen.values():
        section = html.split(f'data-dia="{onderwerp.id}"', 1)[1].split("</section>", 1)[0]
        assert onderwerp.doel in section and onderwerp.resultaat in section


def test_a_slide_address_used_twice_is_a_clear_error(toolkit: ToolkitData) -> None:
    """A werkblad no onderwerp lists still gets a slide (at the end); one called like the page's own address
    (#agenda) cannot."""
    extra = toolkit.werkbladen["ambities"].model_copy(update={"id": "extra-blad"})
    more = dataclasses.replace(toolkit, werkbladen={**toolkit.werkbladen, "extra-blad": extra})
    assert dias(more)[-1].sleutel == "extra-blad" and dias(more)[-1].onderwerp == ""
    clash = dataclasses.replace(toolkit, werkbladen={**toolkit.werkbladen,
                                                     "agenda": extra.model_copy(update={"id": "agenda"})})
    with pytest.raises(DubbeleDia, match="'agenda' wordt voor twee dia's gebruikt"):
        dias(clash)


def test_every_werkblad_and_menukaart_page_links_its_slide(toolkit: ToolkitData) -> None:
    pages = build_pages(toolkit)
    for item_id, path in [*((w, f"werkbladen/{w}.md") for w in toolkit.werkbladen),
                          *((m, f"menukaarten/{m}.md") for m in toolkit.menukaarten)]:
        links = re.findall(r"\[Presenteren\]\(([^)]+)\)", markdown_of(pages, path))
        assert links == [f"../presenteren/index.md#{item_id}"], path


def test_the_page_names_the_planner_and_the_session_page(toolkit: ToolkitData) -> None:
    page = markdown_of(build_pages(toolkit), presenteren.PATH)
    assert "[Sessie voorbereiden](../voorbereiden/index.md)" in page
    assert f"(../{SESSIE})" in page


def test_home_page_organises_a_session_plan_present_combine(toolkit: ToolkitData) -> None:
    def card(extra: tuple[Page, ...]) -> str:
        home = markdown_of(build_pages(toolkit, extra=extra), "index.md")
        return home.split("### Een sessie organiseren", 1)[1].split("</div>", 1)[0]

    without = card(())
    assert re.findall(r"^\d+\. \[([^]]+)\]\(([^)]+)\)", without, re.M) == [
        ("Sessie voorbereiden", VOORBEREIDEN), ("Presenteren", "presenteren/index.md"),
        (sessie.TITLE, SESSIE)]
    assert VOORBEELD not in without  # the example only when it is built
    built = card((Page(VOORBEELD, "Voorbeeld: sessie X", "# x\n"),))
    assert re.findall(r"^\d+\. \[([^]]+)\]\(([^)]+)\)", built, re.M) == [
        ("Sessie voorbereiden", VOORBEREIDEN), ("Presenteren", "presenteren/index.md"),
        (sessie.TITLE, SESSIE)]
    assert re.search(r"^    - \[Voorbeeld: sessie X\]\(voorbeeld/index\.md\)", built, re.M), "the example under step 3"
