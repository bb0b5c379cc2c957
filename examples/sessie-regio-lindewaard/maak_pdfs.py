"""Make the example's PDF sheets: fill our own blank PDF of each werkblad with the answers in pdf-bron/.

This is what a participant does in a PDF viewer; here our own filler does it (generator/pdf/fill.py, the
same appearances in every viewer), so the example can be made again after a change to a werkblad:
.venv/bin/python examples/sessie-regio-lindewaard/maak_pdfs.py [pdf-bron/...yaml] (with file names: only
those). Every file in pdf-bron/ is an answer file (YAML, the public format); bladen/ gets a PDF with the
same relative path, except the sheets in ZIPPED: one participant mailed those as a ZIP (deflated, as
Windows and macOS make it), which goes in bladen/ instead, made byte for byte the same every time.
"""

from __future__ import annotations

import sys
import zipfile
from io import BytesIO
from pathlib import Path

import pikepdf
import yaml

from generator.fields import label_field
from generator.loader import ToolkitData, load_toolkit
from generator.pdf.build import build_pdfs
from generator.pdf.fill import fill_pdf
from generator.pdf.render import werkblad_job

HERE = Path(__file__).resolve().parent
# ZIP in bladen/ -> the sheets in it (paths as in bladen/, kept in the ZIP).
ZIPPED = {"van-woonstichting-de-linde.zip": ("contactmomenten/woonstichting-de-linde.pdf",
                                             "monitoren-3/woonstichting-de-linde.pdf")}


def main() -> None:
    data = load_toolkit(HERE.parent.parent)
    only = {Path(a).resolve() for a in sys.argv[1:]}  # given files: only those (the others keep their bytes)
    zipped = {name for names in ZIPPED.values() for name in names}
    blanks: dict[str, bytes] = {}
    contents: dict[str, bytes] = {}
    for source in sorted((HERE / "pdf-bron").rglob("*.yaml")):
        name = source.relative_to(HERE / "pdf-bron").with_suffix(".pdf").as_posix()
        if only and source.resolve() not in only and name not in zipped:
            continue
        contents[name] = _filled(data, blanks, yaml.safe_load(source.read_text(encoding="utf-8")))
    for name, content in contents.items():
        if name not in zipped:
            _write(HERE / "bladen" / name, content)
    for archive, names in ZIPPED.items():
        _write(HERE / "bladen" / archive, _zip({name: contents[name] for name in names}))


def _filled(data: ToolkitData, blanks: dict[str, bytes], sheet: dict) -> bytes:
    """One answer file as the PDF a participant sends: our blank sheet with its answers, and who filled it
    in in its label field ('Organisatie', or 'Ingevuld door' on a group sheet)."""
    werkblad = sheet["werkblad"]
    if werkblad not in blanks:
        (blank,) = build_pdfs(data, [werkblad_job(data, werkblad)])
        blanks[werkblad] = blank.content
    values = dict(sheet.get("antwoorden") or {})
    veld = label_field(data.werkbladen[werkblad])
    if sheet.get("organisatie") and veld:
        values[veld.naam] = sheet["organisatie"]
    with pikepdf.open(BytesIO(fill_pdf(blanks[werkblad], values))) as pdf:
        pdf.docinfo.Title = f"Werkblad {data.werkbladen[werkblad].titel}"
        pdf.docinfo.Subject = "Voorbeeld met verzonnen gegevens"
        content = BytesIO()
        pdf.save(content, deterministic_id=True)
    return content.getvalue()


def _zip(files: dict[str, bytes]) -> bytes:
    """A deflated ZIP with a fixed date and the same bytes every time."""
    out = BytesIO()
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


if __name__ == "__main__":
    main()
