"""Make the example's PDF sheets: fill our own blank PDF of each werkblad with the answers in pdf-bron/.

This is what a participant does in a PDF viewer; here pypdf does it, so the example can be made again
after a change to a werkblad: .venv/bin/python examples/sessie-regio-lindewaard/maak_pdfs.py [pdf-bron/...yaml]
(with file names: only those).
Every file in pdf-bron/ is an answer file (YAML, the public format); bladen/ gets a PDF with the same
relative path.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml
from pypdf import PdfReader, PdfWriter

from generator.fields import label_field
from generator.loader import load_toolkit
from generator.pdf.build import build_pdfs
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
        reader = PdfReader(_bytes(blanks[werkblad]))
        writer = PdfWriter(clone_from=reader)
        answers = sheet.get("antwoorden") or {}
        values = {k: ("/on" if v else "/Off") if isinstance(v, bool) else v for k, v in answers.items()}
        veld = label_field(data.werkbladen[werkblad])  # 'Organisatie', or 'Ingevuld door' on a group sheet
        if sheet.get("organisatie") and veld:
            values[veld.naam] = sheet["organisatie"]
        for page in writer.pages:
            writer.update_page_form_field_values(page, values, auto_regenerate=False)
        writer.add_metadata({"/Title": f"Werkblad {data.werkbladen[werkblad].titel}",
                             "/Subject": "Voorbeeld met verzonnen gegevens"})
        target = HERE / "bladen" / source.relative_to(HERE / "pdf-bron").with_suffix(".pdf")
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("wb") as out:
            writer.write(out)
        print(f"geschreven: {target.relative_to(HERE)}")


def _bytes(content: bytes):  # noqa: ANN202 - a file-like object for pypdf
    from io import BytesIO

    return BytesIO(content)


if __name__ == "__main__":
    main()
