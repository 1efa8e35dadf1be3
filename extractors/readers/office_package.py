"""The zip package of a DOCX or ODT file, opened safely: namespaces of WordprocessingML, the size and
compression-ratio limits checked before any part is read (``zip_bomb``), parts parsed without entities or
network access (``not_a_zip``, ``corrupt_docx`` for a damaged or malformed package)."""
from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from extractors.model import ReaderError

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WP = f"{{{W}}}"
ALT_CONTENT = f"{{{MC}}}AlternateContent"
CHOICE = f"{{{MC}}}Choice"
FALLBACK = f"{{{MC}}}Fallback"

MAX_PART_BYTES = 200 * 1024 * 1024
MAX_RATIO = 100
RATIO_MIN_SIZE = 2 * 1024 * 1024  # small parts compress well legitimately

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)


def q(tag: str) -> str:
    return WP + tag


def open_package(path: Path, main_parts: tuple[str, ...]) -> tuple[zipfile.ZipFile, str]:
    if not zipfile.is_zipfile(path):
        raise ReaderError("not_a_zip", f"{path.name} is not a DOCX/ODT package (not a zip archive)")
    try:
        zf = zipfile.ZipFile(path)
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ReaderError("not_a_zip", f"{path.name} is a damaged zip archive: {exc}") from exc
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MAX_PART_BYTES or (info.file_size > RATIO_MIN_SIZE and ratio > MAX_RATIO):
            zf.close()
            raise ReaderError("zip_bomb", f"{path.name}: part {info.filename} would expand to "
                                          f"{info.file_size} bytes (ratio {ratio:.0f}:1); refusing to read it")
    if total > 4 * MAX_PART_BYTES:
        zf.close()
        raise ReaderError("zip_bomb", f"{path.name}: package would expand to {total} bytes")
    names = {i.filename for i in infos}
    main = next((p for p in main_parts if p in names), None)
    if main is None:
        zf.close()
        raise ReaderError("corrupt_docx", f"{path.name} has no {main_parts[0]} (not a Word/ODF document)")
    return zf, main


def parse_part(zf: zipfile.ZipFile, name: str, path: Path, required: bool = True):
    try:
        data = zf.read(name)
    except KeyError:
        if required:
            raise ReaderError("corrupt_docx", f"{path.name}: part {name} missing")
        return None
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:  # CRC errors, truncated members
        raise ReaderError("corrupt_docx", f"{path.name}: part {name} is damaged: {exc}") from exc
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        if required:
            raise ReaderError("corrupt_docx", f"{path.name}: {name} is not well-formed XML: {exc}") from exc
        return None

