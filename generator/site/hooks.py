"""MkDocs hooks: hand the generated pages to MkDocs. All logic lives in :mod:`generator.site.pages`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from generator.errors import DoorstroomError
from generator.loader import CONTENT, WORKSHEETS, ToolkitData, load_toolkit
from generator.pdf.build import BuiltPdf, build_pdfs
from generator.pdf.render import all_jobs
from generator.site.example import PAGE, TITLE, build_example, has_example
from generator.site.pages import Page, build_nav, build_pages, pdf_location, pdf_script, pdf_script_location
from generator.site.sessie import DATA_SCRIPT, data_script

_pages: list[Page] = []
_data: list[ToolkitData] = []


def _root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).parent


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    try:
        data = load_toolkit(_root(config))
    except DoorstroomError as exc:
        raise PluginError(exc.format_message()) from None
    _data[:] = [data]
    _pages[:] = build_pages(data)
    config.nav = build_nav(data, _pages)
    if has_example(data):
        config.nav.append({"Voorbeeld": [{TITLE: PAGE}]})
    config.copyright = data.toolkit.bron
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for page in _pages:
        files.append(File.generated(config, page.path, content=page.markdown))
    data = _data[0]
    files.append(File.generated(config, DATA_SCRIPT, content=data_script(data)))
    jobs = all_jobs(data)
    try:
        pdfs: list[BuiltPdf] = build_pdfs(data, jobs)  # cached: only changes are rendered
        example = build_example(data) if has_example(data) else None
    except DoorstroomError as exc:
        raise PluginError(exc.format_message()) from None
    for job, pdf in zip(jobs, pdfs, strict=True):
        files.append(File.generated(config, pdf_location(pdf.filename), content=pdf.content))
        if job.fillable:
            files.append(File.generated(config, pdf_script_location(pdf.filename),
                                        content=pdf_script(pdf.filename, pdf.content)))
    if example:
        files.append(File.generated(config, example.page.path, content=example.page.markdown))
        for path, content in example.files.items():
            files.append(File.generated(config, path, content=content))
    return files


def on_serve(server: Any, config: MkDocsConfig, builder: Any) -> Any:
    for folder in (CONTENT, WORKSHEETS, "examples"):
        if (_root(config) / folder).is_dir():
            server.watch(str(_root(config) / folder))
    return server
