"""Make the example's PDF sheets: fill our own blank PDF of each werkblad with the answers in pdf-bron/.

This is what a participant does in a PDF viewer; here our own filler does it (generator/pdf/fill.py, the
same appearances in every viewer), so the example can be made again after a change to a werkblad:
.venv/bin/python examples/sessie-regio-lindewaard/maak_pdfs.py [pdf-bron/...yaml] (with file names: only
those). Every file in pdf-bron/ is an answer file (YAML, the public format); bladen/ gets a PDF with the
same relative path.
"""

from __future__ import annotations

import sys
from io import BytesIO
from pathlib import Path

import pikepdf
import yaml

from generator.fields import label_field
from generator.loader import load_toolkit
from generator.pdf.build import build_pdfs
from generator.pdf.fill import fill_pdf
from generator.pdf.render import werkblad_job

HERE = Path(__file__).resolve().parent


def main() -> None:
    data = load_toolkit(HERE.parent.parent)
    blanks: dict[str, bytes] = {}
    only = {Path(a).resolve() for a in sys.argv[1:]}  # given files: only those (the others keep their bytes)
    for source in sorted((HERE / "pdf-bron").rglob("*.yaml")):
        if only and source.resolve() not in only:
            continue
        sheet = yaml.safe_load(source.read_text(encoding="utf-8"))
        werkblad = sheet["werkblad"]
        if werkblad not in blanks:
            (blank,) = build_pdfs(data, [werkblad_job(data, werkblad)])
            blanks[werkblad] = blank.content
        values = dict(sheet.get("antwoorden") or {})
        veld = label_field(data.werkbladen[werkblad])  # 'Organisatie', or 'Ingevuld door' on a group sheet
        if sheet.get("organisatie") and veld:
            values[veld.naam] = sheet["organisatie"]
        with pikepdf.open(BytesIO(fill_pdf(blanks[werkblad], values))) as pdf:
            pdf.docinfo.Title = f"Werkblad {data.werkbladen[werkblad].titel}"
            pdf.docinfo.Subject = "Voorbeeld met verzonnen gegevens"
            content = BytesIO()
            pdf.save(content, deterministic_id=True)
        target = HERE / "bladen" / source.relative_to(HERE / "pdf-bron").with_suffix(".pdf")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content.getvalue())
        print(f"geschreven: {target.relative_to(HERE)}")


if __name__ == "__main__":
    main()
