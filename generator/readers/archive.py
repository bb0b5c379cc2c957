"""ZIP files (people e-mail a zipped folder) -> the files inside, as if the folder had been given
(docs/overzicht-regels.md §1a). Nothing is written to disk: every entry is read into memory, within
the limits of regels.json ``zip`` (against zip bombs), and handed back with its name
``archief.zip/map/blad.pdf``. The browser (sessie/zip.js) follows the same rules in the same order.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from functools import cache
from pathlib import PurePosixPath

from ..regels import regels
from .reject import Reject

SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06")  # a local file header, or the end record of an empty archive
METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}  # what both implementations unpack
ENCRYPTED = 0x1
UTF8_NAME = 0x800
MB = 1024 * 1024
LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")  # 30 bytes, then the name and the extra field


def is_zip(raw: bytes) -> bool:
    """§2: a ZIP is recognised by its first bytes, before anything else (an uncompressed ZIP holds '%PDF-')."""
    return raw[:4] in SIGNATURES


def is_document(bestand: str) -> bool:
    """A ZIP named like an office document or e-book (regels.json zip.documenten): a file of its own."""
    return PurePosixPath(bestand.replace("\\", "/")).suffix.lower() in regels()["zip"]["documenten"]


@dataclass
class Budget:
    """What is left to unpack of one archive given by the facilitator, nested archives included."""

    bestanden: int
    bytes: int

    @classmethod
    def fresh(cls) -> Budget:
        limits = regels()["zip"]
        return cls(int(limits["max_bestanden"]), int(limits["max_uitgepakt_mb"]) * MB)


@dataclass(frozen=True)
class Entry:
    """One file inside an archive: its bytes, or the regels.json reason it cannot be used."""

    bestand: str
    raw: bytes = b""
    reden: str = ""
    waarden: dict[str, object] = field(default_factory=dict)


def unpack(bestand: str, raw: bytes, budget: Budget, max_bytes: int) -> list[Entry]:
    """The files of the archive ``bestand`` in the order of §1 (junk skipped), each read or with a reason.

    Raises :class:`Reject` when the archive as a whole cannot be used (damaged, empty, over a limit, or
    an office document rather than a folder).
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        infos = archive.infolist()
    except (zipfile.BadZipFile, UnicodeDecodeError, NotImplementedError, ValueError, EOFError, OSError):
        raise Reject("zip_kapot") from None
    with archive:
        names = [_name(info) for info in infos]
        if names[:1] == ["mimetype"] or "[Content_Types].xml" in names:  # ODF, EPUB / Word, Excel: a document
            raise Reject("onbekend_soort")
        _check_limits(infos, names, budget)
        ends = _ends(infos, archive.start_dir)
        files = sorted(((name, info) for name, info in zip(names, infos, strict=True)
                        if not info.filename.endswith(("/", "\\")) and name and not skipped(name)),
                       key=lambda pair: PurePosixPath(pair[0]).parts)
        if not files:
            raise Reject("zip_leeg")
        unique = unique_names([name for name, _ in files])
        return [_entry(raw, info, ends[id(info)], f"{bestand}/{name}", max_bytes)
                for name, (_, info) in zip(unique, files, strict=True)]


def _check_limits(infos: list[zipfile.ZipInfo], names: list[str], budget: Budget) -> None:
    limits = regels()["zip"]
    budget.bestanden -= len(infos)
    if budget.bestanden < 0:
        raise Reject("zip_te_veel", aantal=limits["max_bestanden"])
    budget.bytes -= sum(info.file_size for info in infos)
    if budget.bytes < 0:
        raise Reject("zip_te_groot", mb=limits["max_uitgepakt_mb"])
    for name, info in zip(names, infos, strict=True):
        if info.file_size > limits["verhouding_vanaf_mb"] * MB and \
                info.file_size > limits["max_verhouding"] * max(info.compress_size, 1):
            raise Reject("zip_bom", naam=PurePosixPath(name).name or name, verhouding=limits["max_verhouding"])


def _ends(infos: list[zipfile.ZipInfo], start_dir: int) -> dict[int, int]:
    """Where each entry's data must end: at the next local header, or the central directory."""
    ends, end = {}, start_dir
    for info in sorted(infos, key=lambda i: i.header_offset, reverse=True):
        ends[id(info)] = end
        end = info.header_offset
    return ends


def _entry(raw: bytes, info: zipfile.ZipInfo, end: int, bestand: str, max_bytes: int) -> Entry:
    """One file: the checks in the order of §1a (password, method, size), then its data, unpacked here step
    by step as the browser does (zipfile's own reading differs between Python versions)."""
    if info.flag_bits & ENCRYPTED:
        return Entry(bestand, reden="zip_wachtwoord")
    if info.compress_type not in METHODS:
        return Entry(bestand, reden="zip_methode", waarden={"methode": info.compress_type})
    if info.file_size > max_bytes:
        return Entry(bestand, reden="te_groot", waarden={"mb": regels()["max_bestandsgrootte_mb"]})
    content = _data(raw, info, end)
    if content is None or len(content) != info.file_size or zlib.crc32(content) != info.CRC:
        return Entry(bestand, reden="zip_bestand_kapot")
    return Entry(bestand, raw=content)


def _data(raw: bytes, info: zipfile.ZipInfo, end: int) -> bytes | None:
    """The entry's bytes, or None when its local header is missing or wrong, its data run into the next
    entry (the trick of zip bombs without nesting), or the deflate stream is damaged, incomplete or
    unpacks beyond the stated size. Data after the end of a deflate stream is not looked at."""
    offset = info.header_offset
    header = raw[offset:offset + LOCAL_HEADER.size] if offset >= 0 else b""
    if len(header) != LOCAL_HEADER.size:
        return None
    signature, _, _, local_flags, *_, name_length, extra_length = LOCAL_HEADER.unpack(header)
    start = offset + LOCAL_HEADER.size + name_length + extra_length
    if start + info.compress_size > end or signature != b"PK\x03\x04" or info.flag_bits & 0x60:
        return None
    name = raw[offset + LOCAL_HEADER.size:offset + LOCAL_HEADER.size + name_length]
    try:
        if name.decode("utf-8" if local_flags & UTF8_NAME else "cp437") != info.orig_filename:
            return None
    except UnicodeDecodeError:
        return None
    packed = raw[start:start + info.compress_size]
    if info.compress_type == zipfile.ZIP_STORED:
        return packed[:info.file_size]
    unpacker = zlib.decompressobj(-zlib.MAX_WBITS)
    try:
        content = unpacker.decompress(packed, info.file_size + 1)
    except zlib.error:
        return None
    return content if unpacker.eof and len(content) <= info.file_size else None


def _name(info: zipfile.ZipInfo) -> str:
    """The name as zip tools write it: UTF-8 when the archive says so; otherwise UTF-8 if the bytes are
    valid UTF-8 (macOS, Linux and 7-Zip write that without saying), else CP437 (Windows). A backslash
    is a folder separator; empty, '.' and '..' parts are dropped; control characters become U+FFFD."""
    name = info.filename
    if not info.flag_bits & UTF8_NAME:
        original = name.encode("cp437")
        try:
            name = original.decode("utf-8")
        except UnicodeDecodeError:
            pass
    parts = [p for p in name.replace("\\", "/").split("/") if p not in ("", ".", "..")]
    return _unprintable().sub("\ufffd", "/".join(parts))


@cache
def _unprintable() -> re.Pattern[str]:
    return re.compile(regels()["stuurtekens"] + "|" + regels()["regeleinden"] + r"|[\t\n]")


def skipped(path: str) -> bool:
    """Junk of other programs (regels.json ``rommel``), in a folder or an archive: a name that starts with
    '.' or '~$', Thumbs.db or desktop.ini, and everything in a __MACOSX folder."""
    rommel = regels()["rommel"]
    parts = path.split("/")
    return any(part.startswith(tuple(rommel["voorvoegsels"])) or part.lower() in rommel["namen"] for part in parts) \
        or any(part.lower() in rommel["mappen"] for part in parts[:-1])


def unique_names(names: list[str]) -> list[str]:
    """The same name twice (possible in one archive, or chosen twice in the browser): the later one is
    'blad (2).pdf', then 'blad (3).pdf', so that no file is mistaken for another."""
    taken: set[str] = set()
    result = []
    for name in names:
        candidate, number = name, 1
        while candidate in taken:
            number += 1
            candidate = numbered(name, number)
        taken.add(candidate)
        result.append(candidate)
    return result


def numbered(name: str, number: int) -> str:
    """'map/blad.pdf', 2 -> 'map/blad (2).pdf' (before the last extension of the last part)."""
    folder, _, base = name.rpartition("/")
    dot = base.rfind(".")
    stem, suffix = (base[:dot], base[dot:]) if dot > 0 else (base, "")
    return f"{folder}/{stem} ({number}){suffix}" if folder else f"{stem} ({number}){suffix}"
