"""A plan -> every file of the preparation, in memory: draaiboek (PDF and Word), invitation, the plan itself,
the pre-filled and blank sheets, and one ZIP holding all of them. Nothing is written here."""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

from ..loader import ToolkitData
from ..pdf.build import build_pdfs
from ..pdf.render import PdfJob, all_jobs, werkblad_job
from .docpdf import doc_pdf
from .draaiboek import context, draaiboek_html, uitnodiging, vaste_gegevens
from .invullen import vooraf_invullen
from .woord import draaiboek_docx

ZIP = "voorbereiding.zip"
DOCUMENTEN = ("draaiboek.pdf", "draaiboek.docx", "uitnodiging.txt", "sessie-plan.json")


def plan_json(plan: dict[str, Any]) -> bytes:
    """sessie-plan.json: UTF-8, two-space indent, characters as they are, a newline at the end (the browser
    writes the same bytes with JSON.stringify(plan, null, 2))."""
    return (json.dumps(plan, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def bestanden(data: ToolkitData, plan: dict[str, Any], site: str | None) -> dict[str, bytes]:
    """Relative path -> content of every file, the ZIP last."""
    ctx = context(vaste_gegevens(data, site), plan)
    files = {
        "draaiboek.pdf": doc_pdf(draaiboek_html(ctx, for_pdf=True), "draaiboek.pdf"),
        "draaiboek.docx": draaiboek_docx(draaiboek_html(ctx)),
        "uitnodiging.txt": uitnodiging(ctx).encode("utf-8"),
        "sessie-plan.json": plan_json(plan),
    }
    blanks = _blanks(data, plan)
    for blad in plan["bladen"]:
        blank = blanks[blad["id"]]
        files[blad["bestand"]] = vooraf_invullen(blank, blad["velden"]) if blad["velden"] else blank
    files[ZIP] = zip_bytes(files)
    return files


def _blanks(data: ToolkitData, plan: dict[str, Any]) -> dict[str, bytes]:
    """The blank PDF of every sheet and menukaart the plan hands out (from the PDF cache, like the site)."""
    ids = list(dict.fromkeys(blad["id"] for blad in plan["bladen"]))
    menukaarten: dict[str, PdfJob] = {job.menukaarten[0]: job for job in all_jobs(data)
                                      if len(job.menukaarten) == 1 and not job.werkbladen}
    sheets = [i for i in ids if i in data.werkbladen]
    built = build_pdfs(data, [werkblad_job(data, i) for i in sheets], plan["papier"])
    result = {i: pdf.content for i, pdf in zip(sheets, built, strict=True)}
    cards = [i for i in ids if i in menukaarten]
    for i, pdf in zip(cards, build_pdfs(data, [menukaarten[i] for i in cards]), strict=True):
        result[i] = pdf.content
    return result


def zip_bytes(files: dict[str, bytes]) -> bytes:
    """One ZIP of the files in the given order, with a fixed date so the same plan gives the same archive."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            info = zipfile.ZipInfo(name, date_time=(2023, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, content)
    return buffer.getvalue()
