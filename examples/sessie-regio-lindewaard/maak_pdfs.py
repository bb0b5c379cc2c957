"""Make the example's PDF sheets: fill our own blank PDF of each werkblad with the answers in pdf-bron/.

This is what a participant does in a PDF viewer; here pypdf does it, so the example can be made again
after a change to a werkblad: .venv/bin/python examples/sessie-regio-lindewaard/maak_pdfs.py
Every file in pdf-bron/ is an answer file (YAML, the public format); bladen/ gets a PDF with the same
relative path, except the sheets in ZIPPED: one participant mailed those as a ZIP (deflated, as Windows
and macOS make it), which goes in bladen/ instead, made byte for byte the same every time.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import yaml
from pypdf import PdfReader, PdfWriter

from generator.loader import load_toolkit
from generator.pdf.build import build_pdfs
from generator.pdf.render import werkblad_job

HERE = Path(__file__).resolve().parent
# ZIP in bladen/ -> the sheets in it (paths as in bladen/, kept in the ZIP).
ZIPPED = {"van-woonstichting-de-linde.zip": ("contactmomenten/woonstichting-de-linde.pdf",
                                             "monitoren-3/woonstichting-de-linde.pdf")}


def main() -> None:
    data = load_toolkit(HERE.parent.parent)
    blanks: dict[str, bytes] = {}
    zipped = {name: archive for archive, names in ZIPPED.items() for name in names}
    contents: dict[str, bytes] = {}
    for source in sorted((HERE / "pdf-bron").rglob("*.yaml")):
        sheet = yaml.safe_load(source.read_text(encoding="utf-8"))
        werkblad = sheet["werkblad"]
        if werkblad not in blanks:
            (blank,) = build_pdfs(data, [werkblad_job(data, werkblad)])
            blanks[werkblad] = blank.content
        reader = PdfReader(_bytes(blanks[werkblad]))
        writer = PdfWriter(clone_from=reader)
        answers = sheet.get("antwoorden") or {}
        values = {k: ("/on" if v else "/Off") if isinstance(v, bool) else v for k, v in answers.items()}
        if sheet.get("organisatie"):
            values["organisatie"] = sheet["organisatie"]
        for page in writer.pages:
            writer.update_page_form_field_values(page, values, auto_regenerate=False)
        writer.add_metadata({"/Title": f"Werkblad {data.werkbladen[werkblad].titel}",
                             "/Subject": "Voorbeeld met verzonnen gegevens"})
        name = source.relative_to(HERE / "pdf-bron").with_suffix(".pdf").as_posix()
        out = _bytes(b"")
        writer.write(out)
        contents[name] = out.getvalue()
    for name, content in contents.items():
        if name not in zipped:
            _write(HERE / "bladen" / name, content)
    for archive, names in ZIPPED.items():
        _write(HERE / "bladen" / archive, _zip({name: contents[name] for name in names}))


def _zip(files: dict[str, bytes]) -> bytes:
    """A deflated ZIP with a fixed date and the same bytes every time."""
    out = _bytes(b"")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=(2025, 3, 3, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, files[name])
    return out.getvalue()


def _write(target: Path, content: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(content)
    print(f"geschreven: {target.relative_to(HERE)}")


def _bytes(content: bytes):  # noqa: ANN202 - a file-like object for pypdf
    from io import BytesIO

    return BytesIO(content)


if __name__ == "__main__":
    main()
