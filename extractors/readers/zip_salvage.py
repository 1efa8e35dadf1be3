"""The parts of a zip package whose central directory is missing — a download or copy cut short. A zip lists its
parts at its end, so a truncated DOCX/ODT is "not a zip" to :mod:`zipfile`; but each part also starts with a local
header, in file order, and Word and LibreOffice write the main document early. The parts are read from those
headers, the one the cut runs through as far as its bytes go (a deflate stream decompresses up to where it stops),
so the start of the document is not lost with its end.

Only the compression methods of office packages are read (stored, deflate); the size limits of the package reader
apply to what is decompressed here too."""
from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

from extractors.model import ReaderError

LOCAL_HEADER = b"PK\x03\x04"
_DESCRIPTOR = b"PK\x07\x08"
_HEADER = struct.Struct("<IHHHHHIIIHH")  # signature … name length, extra length (30 bytes)
_STORED, _DEFLATED = 0, 8
_SIZES_IN_DESCRIPTOR = 0x08  # general-purpose flag bit 3: CRC and sizes follow the data
_UTF8_NAME = 0x800
_CHUNK = 64 * 1024  # input fed to the decompressor at a time
_STEP = 256  # … and in a chunk that fails, so that what precedes the damaged spot is kept


@dataclass(frozen=True)
class SalvagedPart:
    """One part read from its local header: ``complete`` when all its bytes were there and their CRC-32 matches."""

    name: str
    data: bytes
    complete: bool


@dataclass(frozen=True)
class SalvageLimits:
    """The zip-bomb limits of the package reader, applied to what is decompressed."""

    max_part_bytes: int
    max_total_bytes: int


def salvage_parts(raw: bytes, limits: SalvageLimits, path_name: str) -> list[SalvagedPart]:
    """The parts of ``raw`` in file order, up to the first that is cut or damaged (included, as far as it reads)."""
    parts: list[SalvagedPart] = []
    pos = total = 0
    while (found := part_at(raw, pos, limits, path_name)) is not None:
        part, pos = found
        total += len(part.data)
        if total > limits.max_total_bytes:
            raise ReaderError("zip_bomb", f"{path_name}: package would expand to over {limits.max_total_bytes} bytes")
        parts.append(part)
        if not part.complete:
            break
    return parts


def part_at(raw: bytes, pos: int, limits: SalvageLimits, path_name: str) -> tuple[SalvagedPart, int] | None:
    """The part whose local header starts at ``pos`` and where the next one starts; None when no part does (no
    header there, or a compression method office packages do not use)."""
    if not raw.startswith(LOCAL_HEADER, pos) or pos + _HEADER.size > len(raw):
        return None
    _, _, flag, method, _, _, crc, csize, _, name_len, extra_len = _HEADER.unpack_from(raw, pos)
    name_bytes = raw[pos + _HEADER.size:pos + _HEADER.size + name_len]
    name = name_bytes.decode("utf-8" if flag & _UTF8_NAME else "cp437", "replace")
    start = pos + _HEADER.size + name_len + extra_len
    sizes_later = bool(flag & _SIZES_IN_DESCRIPTOR)
    if start > len(raw) or method not in (_STORED, _DEFLATED) or (method == _STORED and sizes_later):
        return None  # a stored part of unknown size: office packages store only `mimetype`, always with its size
    if method == _DEFLATED:
        data, end, ended = _inflate(raw, start, limits.max_part_bytes, f"{path_name}: part {name}")
    else:
        end = start + csize
        data, ended = raw[start:end], end <= len(raw)
    checksum: int | None = crc
    if ended and sizes_later:
        if raw.startswith(_DESCRIPTOR, end):
            end += 4
        checksum = int.from_bytes(raw[end:end + 4], "little") if end + 4 <= len(raw) else None
        end += 12
    complete = ended and checksum is not None and zlib.crc32(data) == checksum and end <= len(raw)
    return SalvagedPart(name, data, complete), end


def _inflate(raw: bytes, start: int, max_bytes: int, where: str) -> tuple[bytes, int, bool]:
    """(what a raw deflate stream from ``start`` gives, where it ended, whether it ended): fed in chunks so that
    a stream cut short or damaged still gives all it decoded before."""
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    out = bytearray()
    pos = start
    while pos < len(raw) and not inflater.eof:
        chunk = raw[pos:pos + _CHUNK]
        before = inflater.copy()
        try:
            out += inflater.decompress(chunk, max_bytes + 1 - len(out))
        except zlib.error:  # damaged inside this chunk: decode it again in small steps, up to the damage
            out += _inflate_until_error(before, chunk, max_bytes + 1 - len(out))
            if len(out) > max_bytes:
                raise ReaderError("zip_bomb", f"{where} would expand to over {max_bytes} bytes; refusing to read it")
            return bytes(out), pos, False
        if len(out) > max_bytes:
            raise ReaderError("zip_bomb", f"{where} would expand to over {max_bytes} bytes; refusing to read it")
        pos += len(chunk) - len(inflater.unused_data)
        if inflater.eof:
            break
    return bytes(out), pos, inflater.eof


def _inflate_until_error(inflater, chunk: bytes, room: int) -> bytes:
    out = bytearray()
    for i in range(0, len(chunk), _STEP):
        try:
            out += inflater.decompress(chunk[i:i + _STEP], room - len(out))
        except zlib.error:
            break
        if len(out) >= room:
            break
    return bytes(out)
