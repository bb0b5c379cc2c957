"""MkDocs hooks: hand the generated pages to MkDocs. All logic lives in :mod:`generator.site.pages`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from generator.errors import DoorstroomError
from generator.loader import CONTENT, WORKSHEETS, ToolkitData, load_toolkit
from generator.pdf.build import BuiltPdf, build_pdfs, cache_dir
from generator.pdf.fonts import FIELD_FONT_SCRIPT, field_font, field_font_script
from generator.pdf.render import all_jobs, werkblad_job
from generator.site.example import PAGE, TITLE, build_example, has_example
from generator.site.example_build import ExampleBuild
from generator.site.example_session import PAGE as SESSION_PAGE
from generator.site.example_session import TITLE as SESSION_TITLE
from generator.site.example_session import build_example_session, has_example_session
from generator.site.pages import Page, build_nav, build_pages, pdf_location, pdf_script, pdf_script_location
from generator.site.presenteren import generated_files as presentation_files
from generator.site.search import rewrite_index
from generator.site.sessie import generated_files
from generator.site.website import Website, disclaimer

_pages: list[Page] = []
_data: list[ToolkitData] = []
_examples: list[ExampleBuild] = []


def _root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).parent


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    try:
        data = load_toolkit(_root(config))
        # built before the pages: the home page links the example when it exists
        _examples[:] = ([build_example(data)] if has_example(data) else []) + \
            ([build_example_session(data)] if has_example_session(data) else [])
    except DoorstroomError as exc:
        raise PluginError(exc.format_message()) from None
    _data[:] = [data]
    website = Website.from_extra(config.extra)
    _pages[:] = build_pages(data, website, extra=tuple(e.page for e in _examples))
    config.nav = build_nav(data, _pages)
    examples = [{TITLE: PAGE}] if has_example(data) else []
    examples += [{SESSION_TITLE: SESSION_PAGE}] if has_example_session(data) else []
    if examples:
        config.nav.append({"Voorbeeld": examples})
    config.copyright = data.toolkit.bron
    config.extra["voetregel"] = disclaimer(data)  # every page: whose site this is (overrides/partials/copyright.html)
    config.extra["beheerder"] = website.beheerder
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for page in _pages:
        files.append(File.generated(config, page.path, content=page.markdown))
    data = _data[0]
    try:
        session_files = generated_files(data)  # the layouts need the blank PDFs (cached)
    except DoorstroomError as exc:
        raise PluginError(exc.format_message()) from None
    for path, content in (session_files | presentation_files(data)).items():
        files.append(File.generated(config, path, content=content))
    jobs = all_jobs(data)
    try:
        pdfs: list[BuiltPdf] = build_pdfs(data, jobs)  # cached: only changes are rendered
        a3: list[BuiltPdf] = build_pdfs(data, [werkblad_job(data, w) for w in data.werkbladen], "a3")
    except DoorstroomError as exc:
        raise PluginError(exc.format_message()) from None
    for job, pdf in zip(jobs, pdfs, strict=True):
        files.append(File.generated(config, pdf_location(pdf.filename), content=pdf.content))
        if job.fillable:
            files.append(File.generated(config, pdf_script_location(pdf.filename),
                                        content=pdf_script(pdf.filename, pdf.content)))
    for pdf in a3:
        files.append(File.generated(config, pdf_location(pdf.filename), content=pdf.content))
    # Next to the PDFs: the browser form finds it from the PDF's download link.
    font = field_font(cache_dir(data))
    files.append(File.generated(config, f"pdf/{FIELD_FONT_SCRIPT}", content=field_font_script(font)))
    for example in _examples:  # their pages are among _pages already
        for path, content in example.files.items():
            files.append(File.generated(config, path, content=content))
    return files


def on_post_build(config: MkDocsConfig) -> None:
    """Dutch word forms in the search index (before the offline plugin copies it, which runs last)."""
    index = Path(config.site_dir) / "search" / "search_index.json"
    if index.is_file():
        rewrite_index(index)


def on_serve(server: Any, config: MkDocsConfig, builder: Any) -> Any:
    for folder in (CONTENT, WORKSHEETS, "examples"):
        if (_root(config) / folder).is_dir():
            server.watch(str(_root(config) / folder))
    return server
