"""Make the ZIP inputs of a corpus case from its ``zip.json``, byte by byte, as zip tools write them.

Written here rather than with ``zipfile``, so that a case can hold what real tools (and broken or hostile
files) contain: names in CP437 without the UTF-8 flag (Windows), UTF-8 without the flag (macOS, 7-Zip),
an encrypted or bzip2 entry, a stated size that lies, a cut-off download. ``zip.json``::

    {"bestanden": [{"naam": "x.zip", "inhoud": [ENTRY, ...], "afbreken": 0.5?, "bederf": 120?}]}

ENTRY: ``{"naam": "map/a.json"`` plus the content: ``"van": "bron/a.json"`` (a file of the case, not an
input itself) or ``"van": "invoer/a.pdf"`` (an input made from ``pdf.json``; ``"verplaatsen": true``
takes it out of the folder, so it exists only inside the ZIP), ``"tekst": ".."``, ``"nullen": n`` (n zero
bytes), ``"zip": [ENTRY, ...]`` (a ZIP inside), ``"map": true`` (a folder entry); and optionally
``"methode": "opgeslagen" | "deflate" | <number>`` (default deflate), ``"codering": "cp437" | "utf8" |
"utf8-zonder-vlag"`` (how the name is written; default: ASCII as is, else UTF-8 with the flag),
``"wachtwoord": true`` (the encryption flag; the data stays as it is), ``"grootte": n`` (the stated
uncompressed size, when it lies), ``"herhaal": n`` (n entries, ``{n}`` in the name numbered).
``afbreken`` keeps only that part of the bytes; ``bederf`` flips the byte at that offset.
"""

from __future__ import annotations

import json
import struct
import zlib
from pathlib import Path


def make_zips(case: Path, target: Path) -> None:
    """Write every ZIP that ``case/zip.json`` describes into ``target`` (the case's input folder)."""
    spec = case / "zip.json"
    if not spec.is_file():
        return
    moved: dict[Path, bytes] = {}  # inputs taken out of the folder, which a later ZIP may hold too
    for entry in json.loads(spec.read_text(encoding="utf-8"))["bestanden"]:
        content = archive(entry["inhoud"], case, target, moved)
        if "afbreken" in entry:
            content = content[: int(len(content) * entry["afbreken"])]
        if "bederf" in entry:
            spoiled = bytearray(content)
            spoiled[entry["bederf"]] ^= 0xFF
            content = bytes(spoiled)
        path = target / entry["naam"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)


def archive(entries: list[dict], case: Path, target: Path, moved: dict[Path, bytes]) -> bytes:
    local, central, count = bytearray(), bytearray(), 0
    for entry in _expanded(entries):
        name, flags = _name(entry)
        data = _content(entry, case, target, moved)
        method = {"opgeslagen": 0, "deflate": 8}.get(entry.get("methode", "deflate"), entry.get("methode"))
        packed = _deflate(data) if method == 8 else data
        if entry.get("wachtwoord"):
            flags |= 0x1
        crc = zlib.crc32(data)
        size = entry.get("grootte", len(data))
        header = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, 0, 0x21, crc, len(packed), size,
                             len(name), 0)
        offset = len(local)
        local += header + name + packed
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, method, 0, 0x21, crc, len(packed),
                               size, len(name), 0, 0, 0, 0, 0x10 if entry.get("map") else 0, offset) + name
        count += 1
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(central), len(local), 0)
    return bytes(local + central + end)


def _expanded(entries: list[dict]) -> list[dict]:
    result = []
    for entry in entries:
        for number in range(1, entry.get("herhaal", 1) + 1):
            result.append({**entry, "naam": entry["naam"].replace("{n}", str(number))} if "herhaal" in entry else entry)
    return result


def _name(entry: dict) -> tuple[bytes, int]:
    name = entry["naam"] + ("/" if entry.get("map") and not entry["naam"].endswith("/") else "")
    coding = entry.get("codering", "ascii" if name.isascii() else "utf8")
    if coding == "cp437":
        return name.encode("cp437"), 0
    if coding == "utf8-zonder-vlag":
        return name.encode("utf-8"), 0
    return name.encode("utf-8"), 0 if coding == "ascii" else 0x800


def _content(entry: dict, case: Path, target: Path, moved: dict[Path, bytes]) -> bytes:
    if entry.get("map"):
        return b""
    if "tekst" in entry:
        return entry["tekst"].encode("utf-8")
    if "nullen" in entry:
        return bytes(entry["nullen"])
    if "zip" in entry:
        return archive(entry["zip"], case, target, moved)
    source = entry["van"]
    if source.startswith("invoer/"):
        path = target / source.removeprefix("invoer/")
        if path in moved:
            return moved[path]
        content = path.read_bytes()
        if entry.get("verplaatsen"):
            moved[path] = content
            path.unlink()
        return content
    return (case / source).read_bytes()


def _deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush()
