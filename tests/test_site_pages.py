"""The website's page set follows from the model; `doorstroom pages` writes the same pages."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.loader import ToolkitData
from generator.site import example, example_session, presenteren, sessie, voorbereiden
from generator.site.generate import make_bundle
from generator.site.pages import (
    ORGANISEREN,
    ORGANISEREN_TITLE,
    SESSIE,
    VOORBEELD,
    WERKBLADEN,
    WERKBLADEN_TITLE,
    Page,
    build_pages,
)
from generator.site.website import Website, website_info
from generator.uitgave.teksten import teksten

from .helpers import ROOT, page_url, run_cli

GEMEENTE = Website(beheerder="Gemeente Lindewaard, team Wonen", email="wonen@lindewaard.example",
                   telefoon="0341 567 890", versie="9.9.9", datum="3 mei 2027")


def expected_pages(toolkit: ToolkitData) -> dict[str, str]:
    """Page path -> title, derived from the model (not a hand-written list)."""
    pages = {"index.md": toolkit.toolkit.titel}
    pages |= {f"onderwerpen/{o.id}/index.md": f"{o.nummer}. {o.titel}" for o in toolkit.onderwerpen.values()}
    pages |= {f"werkbladen/{w.id}.md": f"{w.soort.capitalize()} {w.titel}" for w in toolkit.werkbladen.values()}
    pages |= {f"menukaarten/{m.id}.md": m.titel for m in toolkit.menukaarten.values()}
    pages |= {f"instrumenten/{i.id}.md": i.titel for i in toolkit.instrumenten.values()}
    pages["instrumenten/index.md"] = toolkit.toolkit.bijlage.titel
    pages |= {f"over/{p.id}.md": p.titel for p in toolkit.paginas.values() if p.id not in toolkit.toolkit.start}
    pages[sessie.PATH] = sessie.TITLE  # the gap overview made in the browser, next to Stimuleren
    pages[voorbereiden.PATH] = voorbereiden.TITLE  # planning a session in the browser
    pages[WERKBLADEN] = WERKBLADEN_TITLE  # every werkblad to download, and the ZIP
    pages[presenteren.PATH] = presenteren.TITLE  # the slides
    pages[ORGANISEREN] = ORGANISEREN_TITLE  # the tab for running a session: plan, present, combine
    return pages


def test_every_item_of_the_model_has_a_built_page_with_its_title(toolkit: ToolkitData, site_dir: Path) -> None:
    expected = expected_pages(toolkit)
    assert len(expected) == 1 + 3 + 11 + 2 + 7 + 4 + 5  # ... sessie, werkbladen, voorbereiden, presenteren, organiseren
    for path, title in expected.items():
        url = page_url(path)
        html_file = site_dir / (url + "index.html" if url.endswith("/") or not url else url)
        html = html_file.read_text(encoding="utf-8")
        assert f">{title}</h1>" in html.replace("&#39;", "'"), (path, title)
        assert '<html lang="nl"' in html
        assert "Bron: Platform31, Werken aan doorstroming van senioren (2023)" in html
        assert "Deze website is niet door Platform31 gemaakt." in html
        assert 'name="author"' not in html, "the site is not Platform31's: no site_author"


def test_pages_command_writes_the_same_pages(toolkit: ToolkitData, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # the build date on the colofon, for both
    result = run_cli("pages", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    docs = tmp_path / "docs"
    written = {str(p.relative_to(docs)): p.read_text(encoding="utf-8") for p in docs.rglob("*.md")}
    generated = make_bundle(toolkit, website_info(ROOT)).pages  # what the hooks give MkDocs
    assert written == generated
    assert set(written) == set(expected_pages(toolkit)) | {example.PAGE, example_session.PAGE}
    assert (tmp_path / "mkdocs.yml").is_file() and (docs / "pdf" / "stimuleren.pdf").is_file()


def test_pages_command_refuses_to_overwrite_a_non_empty_folder_of_other_files(tmp_path: Path) -> None:
    (tmp_path / "belangrijk.txt").write_text("niet weggooien", encoding="utf-8")
    result = run_cli("pages", "--out", str(tmp_path))
    assert result.returncode == 2
    assert "belangrijk.txt" in result.stderr
    assert (tmp_path / "belangrijk.txt").read_text(encoding="utf-8") == "niet weggooien"


def test_mkdocs_build_reports_bad_yaml_with_file_and_line_and_no_traceback(tmp_path: Path) -> None:
    for name in ("content", "worksheets", "overrides", "generator/site/static"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copy(ROOT / "generator/site/hooks.py", tmp_path / "generator/site/hooks.py")
    werkblad = tmp_path / "worksheets/ambities.yaml"
    text = werkblad.read_text(encoding="utf-8")
    line = text.split("\n").index("titel: Ambities") + 1
    werkblad.write_text(text.replace("titel: Ambities\n", "titel:\n"), encoding="utf-8")
    result = subprocess.run([str(Path(sys.executable).with_name("mkdocs")), "build", "--strict"], cwd=tmp_path,
                            capture_output=True, text=True, timeout=120, env={"NO_MKDOCS_2_WARNING": "1",
                                                                              "PATH": "/usr/bin:/bin"})
    assert result.returncode == 1
    assert f"worksheets/ambities.yaml:{line}: titel: verwacht tekst" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "site").exists()


def markdown_of(pages: list[Page], path: str) -> str:
    return next(p.markdown for p in pages if p.path == path)


def test_praatplaten_are_called_praatplaat_as_in_the_toolkit(toolkit: ToolkitData) -> None:
    titles = {p.path: p.title for p in build_pages(toolkit, GEMEENTE)}
    praatplaten = [w for w in toolkit.werkbladen.values() if w.soort == "praatplaat"]
    assert [w.onderwerp for w in praatplaten] == ["vergeet-het-gedrag-niet"] * 3
    for werkblad in praatplaten:
        assert titles[f"werkbladen/{werkblad.id}.md"] == f"Praatplaat {werkblad.titel}"


def test_home_page_starts_with_the_route_per_onderwerp(toolkit: ToolkitData) -> None:
    home = markdown_of(build_pages(toolkit, GEMEENTE), "index.md")
    route = home.split("## Aan de slag", 1)[1].split("## Inleiding", 1)[0]
    for onderwerp in toolkit.onderwerpen.values():
        assert f"### [{onderwerp.nummer}. {onderwerp.titel}](onderwerpen/{onderwerp.id}/index.md)" in route
        for onderdeel in onderwerp.onderdelen:
            item = toolkit.werkbladen[onderdeel.werkblad] if onderdeel.werkblad else \
                toolkit.menukaarten[onderdeel.menukaart or ""]
            lines = [line for line in route.split("\n") if f"({'werkbladen' if onderdeel.werkblad else 'menukaarten'}"
                     f"/{item.id}.md)" in line]
            assert len(lines) == 1 and lines[0].endswith(f": {item.samenvatting}"), item.id
    assert f"]({SESSIE})" in route, "the session overview page is always built"
    assert VOORBEELD not in home, "no link to a page that is not built (the example comes from hooks)"


def test_home_page_links_the_session_pages_only_when_they_are_built(toolkit: ToolkitData) -> None:
    extra = (Page(SESSIE, sessie.TITLE, f"# {sessie.TITLE}\n"),
             Page(VOORBEELD, "Voorbeeld: sessie Regio Lindewaard", "# Voorbeeld\n"))
    home = markdown_of(build_pages(toolkit, GEMEENTE, extra=extra), "index.md")
    assert f"[{sessie.TITLE}](sessie/index.md)" in home
    assert "[Voorbeeld: sessie Regio Lindewaard](voorbeeld/index.md)" in home
    assert example.PAGE == VOORBEELD


def test_onderwerpen_table_follows_the_first_paragraph_of_how_to_use(toolkit: ToolkitData) -> None:
    home = markdown_of(build_pages(toolkit, GEMEENTE), "index.md")
    gebruik = home.split("## Hoe deze toolkit te gebruiken?", 1)[1]
    blocks = [b for b in gebruik.split("\n\n") if b.strip()]
    assert blocks[0].startswith("De toolkit behandelt drie onderwerpen.")
    assert blocks[1].startswith("| Onderwerp | Doel | Bedoeld voor |")
    rest = "\n\n".join(blocks[2:])
    assert rest.index("**Vragen over deze website?**") < rest.index("### Toolkit in ontwikkeling"), \
        "this website's own contact comes before the publication's call to mail Platform31"


def test_onderwerp_page_lists_its_werkbladen_before_everything_else(toolkit: ToolkitData) -> None:
    pages = build_pages(toolkit, GEMEENTE)
    for onderwerp in toolkit.onderwerpen.values():
        markdown = markdown_of(pages, f"onderwerpen/{onderwerp.id}/index.md")
        assert markdown.index("## Werkbladen en praatplaten") < markdown.index("Doel\n:") < markdown.index("## Inhoud")


def test_colofon_says_who_runs_this_website_and_which_version(toolkit: ToolkitData) -> None:
    colofon = markdown_of(build_pages(toolkit, GEMEENTE), "over/colofon.md")
    about = colofon.split("## Over deze website", 1)[1]
    assert "Gemeente Lindewaard, team Wonen" in about
    assert "[wonen@lindewaard.example](mailto:wonen@lindewaard.example)" in about and "0341 567 890" in about
    assert "Versie 9.9.9" in about and "3 mei 2027" in about
    assert "mits de bron wordt vermeld" in about and "niet door Platform31 gemaakt" in about
    assert "(../over/verantwoording.md)" in about or "(verantwoording.md)" in about
    assert 'data-actie="vergeet-alles"' in about


def test_toegankelijkheidsverklaring_follows_the_government_model(toolkit: ToolkitData) -> None:
    text = markdown_of(build_pages(toolkit, GEMEENTE), "over/toegankelijkheid.md")
    for part in ("Gemeente Lindewaard, team Wonen wil dat iedereen", "Voor welke website geldt deze verklaring?",
                 "**Status: eerste maatregelen genomen.**", "Wat nog niet goed werkt",
                 "Deze verklaring is opgesteld op", "mailto:wonen@lindewaard.example", "Nationale ombudsman"):
        assert part in text, part
    for page in build_pages(toolkit, GEMEENTE):
        assert "{beheerder}" not in page.markdown and "{contact}" not in page.markdown, page.path


def test_website_facts_come_from_mkdocs_extra(toolkit: ToolkitData) -> None:
    website = Website.from_extra({"beheer": {"naam": "Gemeente Putten", "email": "info@putten.example"}})
    assert website.beheerder == "Gemeente Putten" and website.contact_markdown() == \
        "e-mail [info@putten.example](mailto:info@putten.example)"
    unknown = Website.from_extra({})
    assert not unknown.ingesteld and unknown.beheer_markdown() == "nog niet ingesteld"
    assert "nog niet ingesteld" in unknown.contact_markdown() and "@" not in unknown.contact_markdown()
    assert Website.from_extra({"beheer": "onzin"}) == unknown
    placeholder = Website.from_extra({"beheer": {"naam": "Projectteam", "email": "doorstroomtoolkit@example.org"}})
    assert placeholder == unknown, "a placeholder address is no way to reach anyone"
    by_phone = Website.from_extra({"beheer": {"naam": "Gemeente Putten", "telefoon": "0341 123 456"}})
    assert by_phone.ingesteld and by_phone.contact_markdown() == "telefoon 0341 123 456"


def our_texts(toolkit: ToolkitData) -> str:
    """Every text the site takes from the publication, as we show it (not the records that quote the errors)."""
    groups = (toolkit.werkbladen, toolkit.menukaarten, toolkit.instrumenten, toolkit.onderwerpen, toolkit.paginas)
    models = [toolkit.toolkit, *(m for group in groups for m in group.values())]
    return "\n".join(" ".join(t.tekst.split()) for m in models for t in teksten(m))


@pytest.mark.parametrize("wrong, right", [
    ("met elkaar de slag", "met elkaar aan de slag"),
    ("Houdt bij het bepalen", "Houd bij het bepalen"),
    ("voor de beleid en praktijk", "voor het beleid en de praktijk"),
    ("leeftijds criterium", "leeftijdscriterium"),
    ("Huurprijsgewinning/huurprijsoverhouding", "Huurprijsgewenning/huurprijsbehoud"),
    ("Als de indicatoren nog niet beschikbaar is", "Als de indicator nog niet beschikbaar is"),
])
def test_typos_of_the_publication_are_corrected_and_listed(toolkit: ToolkitData, wrong: str, right: str) -> None:
    text = our_texts(toolkit)
    assert wrong not in text and right in text
    verantwoording = " ".join(markdown_of(build_pages(toolkit, GEMEENTE), "over/verantwoording.md").split())
    assert wrong in verantwoording.replace("**", "") and right in verantwoording.replace("**", "")


def test_the_session_page_offers_presenting_only_when_that_page_is_built(toolkit: ToolkitData) -> None:
    """SPECS §5: 'Presenteren' on the session page opens the presentation page, so only when it exists."""
    without = sessie.page_markdown(toolkit, frozenset({sessie.PATH}))
    present = sessie.page_markdown(toolkit, frozenset({sessie.PATH, sessie.PRESENTEREN}))
    assert 'data-actie="presenteren"' not in without and 'data-actie="presenteren"' in present
    assert "voorbeeldbestanden" not in without  # the example is linked only when it is built
    assert "voorbeeldbestanden" in markdown_of(build_pages(toolkit, GEMEENTE, extra=(
        Page("voorbeeld/sessieverslag.md", "Voorbeeld", "# Voorbeeld\n"),)), sessie.PATH)
