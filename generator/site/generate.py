"""Make the site bundle (:class:`generator.site.bundle.SiteBundle`): every page, the navigation, every
generated file and the settings the theme reads, from the validated toolkit.

Only :func:`generator.site.bundle.site_bundle` calls this, when its cache has no bundle for the inputs.
"""

from __future__ import annotations

from ..loader import ToolkitData
from ..pdf.build import BuiltPdf, build_pdfs, cache_dir
from ..pdf.fonts import FIELD_FONT_SCRIPT, field_font, field_font_script
from ..pdf.render import all_jobs, werkblad_job
from .bundle import SiteBundle
from .documenten import generated_files as document_files
from .example import PAGE, TITLE, build_example, has_example
from .example_build import ExampleBuild
from .example_session import PAGE as SESSION_PAGE
from .example_session import TITLE as SESSION_TITLE
from .example_session import build_example_session, has_example_session
from .pages import build_nav, build_pages, pdf_location, pdf_script, pdf_script_location
from .pdfzip import PDF_ZIP, pdf_zip
from .presenteren import generated_files as presentation_files
from .sessie import generated_files
from .voorbereiden import generated_files as planner_files
from .website import Website, disclaimer, print_date


def make_bundle(data: ToolkitData, website: Website) -> SiteBundle:
    """The whole site from the validated toolkit (PDFs from their cache, the examples from theirs)."""
    examples: list[ExampleBuild] = ([build_example(data)] if has_example(data) else []) + \
        ([build_example_session(data)] if has_example_session(data) else [])
    pages = build_pages(data, website, extra=tuple(e.page for e in examples))
    voorbeeld: list[object] = [{TITLE: PAGE}] if has_example(data) else []
    voorbeeld += [{SESSION_TITLE: SESSION_PAGE}] if has_example_session(data) else []
    nav = build_nav(data, pages, voorbeeld)
    scripts = generated_files(data) | planner_files(data) | document_files(data) | presentation_files(data)
    files = {path: text.encode() for path, text in scripts.items()}
    files.update(_pdf_files(data))
    font = field_font(cache_dir(data))  # next to the PDFs: the browser form finds it from a PDF's link
    files[f"pdf/{FIELD_FONT_SCRIPT}"] = field_font_script(font).encode()
    files[f"pdf/{PDF_ZIP}"] = pdf_zip(data, files)
    for example in examples:
        files.update(example.files)
    extra = {"voetregel": disclaimer(data), "beheerder": website.beheer_markdown(), "afdrukdatum": print_date()}
    return SiteBundle({p.path: p.markdown for p in pages}, nav, files, data.toolkit.bron, extra)


def _pdf_files(data: ToolkitData) -> dict[str, bytes]:
    """Every PDF (A4 and A3) and, per fillable sheet and menukaart, the blank PDF as a script for the browser
    (the form fills it; Sessie voorbereiden fills it or hands it out, also on A3)."""
    jobs = all_jobs(data)
    a4: list[BuiltPdf] = build_pdfs(data, jobs)
    a3: list[BuiltPdf] = build_pdfs(data, [werkblad_job(data, w) for w in data.werkbladen], "a3")
    files: dict[str, bytes] = {}
    for job, pdf in zip(jobs, a4, strict=True):
        files[pdf_location(pdf.filename)] = pdf.content
        if job.fillable or job.menukaarten and not job.werkbladen:
            files[pdf_script_location(pdf.filename)] = pdf_script(pdf.filename, pdf.content).encode()
    for pdf in a3:
        files[pdf_location(pdf.filename)] = pdf.content
        files[pdf_script_location(pdf.filename)] = pdf_script(pdf.filename, pdf.content).encode()
    return files
