"""Make the example's PDF sheets: fill our own blank Stimuleren PDF with the answers in pdf-bron/.

This is what an organisation does in its PDF viewer; here pypdf does it, so the example can be
regenerated: .venv/bin/python examples/sessie-noord-veluwe/maak_pdfs.py
"""

from __future__ import annotations

from pathlib import Path

import yaml
from pypdf import PdfReader, PdfWriter

from generator.loader import load_toolkit
from generator.pdf.build import build_pdfs
from generator.pdf.render import werkblad_job

HERE = Path(__file__).resolve().parent


def main() -> None:
    data = load_toolkit(HERE.parent.parent)
    (blank,) = build_pdfs(data, [werkblad_job(data, "stimuleren")])
    blank_path = HERE / "leeg-stimuleren.pdf.tmp"
    blank_path.write_bytes(blank.content)
    try:
        for source in sorted((HERE / "pdf-bron").glob("*.yaml")):
            sheet = yaml.safe_load(source.read_text(encoding="utf-8"))
            writer = PdfWriter(clone_from=PdfReader(blank_path))
            values = {"organisatie": sheet["organisatie"], **sheet["antwoorden"]}
            writer.update_page_form_field_values(writer.pages[0], values, auto_regenerate=False)
            writer.add_metadata({"/Title": "Werkblad Stimuleren", "/Author": sheet["organisatie"]})
            target = HERE / "bladen" / f"{source.stem}.pdf"
            with target.open("wb") as out:
                writer.write(out)
            print(f"geschreven: {target.relative_to(HERE)}")
    finally:
        blank_path.unlink()


if __name__ == "__main__":
    main()
