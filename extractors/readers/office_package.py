"""The zip package of a DOCX or ODT file, opened safely: namespaces of WordprocessingML, the size and
compression-ratio limits checked before any part is read (``zip_bomb``), parts parsed without entities or
network access (``not_a_zip``, ``corrupt_docx`` for a damaged or malformed package). A package cut short (no zip
directory at its end) is read from its parts' own headers (:mod:`extractors.readers.zip_salvage`)."""
from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from extractors.model import ReaderError
from extractors.readers.zip_salvage import LOCAL_HEADER, SalvagedPart, SalvageLimits, part_at, salvage_parts

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WP = f"{{{W}}}"
ALT_CONTENT = f"{{{MC}}}AlternateContent"
CHOICE = f"{{{MC}}}Choice"
FALLBACK = f"{{{MC}}}Fallback"

MAX_PART_BYTES = 200 * 1024 * 1024
MAX_RATIO = 100
RATIO_MIN_SIZE = 2 * 1024 * 1024  # small parts compress well legitimately
MAX_PACKAGE_BYTES = 4 * MAX_PART_BYTES
# what reading a damaged part raises: a wrong CRC, a deflate error, a truncated member, a compression method byte
# damaged into one zipfile does not know
PART_DAMAGE = (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, NotImplementedError)

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
_RECOVERING_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True,
                                     recover=True)


def q(tag: str) -> str:
    return WP + tag


@dataclass
class Package:
    """An opened DOCX/ODT package: the name of its main part and its parts' bytes — from the zip's directory, or,
    when the directory is missing (a file cut short), from the parts' local headers (``salvaged``, with a document
    warning ``package_truncated`` in ``warnings``)."""

    path: Path
    main: str
    zip_file: zipfile.ZipFile | None = None
    salvaged: dict[str, SalvagedPart] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def read(self, name: str) -> bytes:
        """The part's bytes (``KeyError`` when the package has no such part)."""
        if self.zip_file is not None:
            return self.zip_file.read(name)
        return self.salvaged[name].data

    def is_cut(self, name: str) -> bool:
        """Whether the part was read only up to a cut or a damaged spot."""
        return name in self.salvaged and not self.salvaged[name].complete

    def close(self) -> None:
        if self.zip_file is not None:
            self.zip_file.close()

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
# the namespace of the relationship ids a part's XML refers to (r:id, r:embed)
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def relationship_targets(rels_root, kind: str, folder: str = "word/") -> dict[str, str]:
    """Relationship id → package part, for the internal relationships of type ``kind`` ("image", "header"…) in a
    part's ``_rels`` XML (None: no relationships). Targets are relative to ``folder`` unless absolute."""
    if rels_root is None:
        return {}
    out: dict[str, str] = {}
    for rel in rels_root.iter(f"{{{PKG_RELS}}}Relationship"):
        target = rel.get("Target", "")
        if rel.get("TargetMode") == "External" or not rel.get("Type", "").endswith(f"/{kind}") or not target:
            continue
        out[rel.get("Id", "")] = target.lstrip("/") if target.startswith("/") else f"{folder}{target}"
    return out


def open_package(path: Path, main_parts: tuple[str, ...]) -> Package:
    if not zipfile.is_zipfile(path):
        return _salvage(path, main_parts)
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
    if total > MAX_PACKAGE_BYTES:
        zf.close()
        raise ReaderError("zip_bomb", f"{path.name}: package would expand to {total} bytes")
    names = {i.filename for i in infos}
    main = next((p for p in main_parts if p in names), None)
    if main is None:
        zf.close()
        raise ReaderError("corrupt_docx", f"{path.name} has no {main_parts[0]} (not a Word/ODF document)")
    return Package(path, main, zip_file=zf)


def _salvage(path: Path, main_parts: tuple[str, ...]) -> Package:
    """A package without a zip directory: its parts read from their local headers when it starts as a zip does
    (a file cut short), else ``not_a_zip``."""
    raw = path.read_bytes()
    if not raw.startswith(LOCAL_HEADER):
        raise ReaderError("not_a_zip", f"{path.name} is not a DOCX/ODT package (not a zip archive)")
    parts = {p.name: p for p in salvage_parts(raw, SalvageLimits(MAX_PART_BYTES, MAX_PACKAGE_BYTES), path.name)}
    main = next((p for p in main_parts if p in parts and parts[p].data), None)
    if main is None:
        raise ReaderError("corrupt_docx", f"{path.name} is a zip package cut short (no directory at its end) "
                                          f"before its {main_parts[0]} could be read: a truncated download or copy?")
    cut = next((p for p in parts.values() if not p.complete), None)
    what = (f"{main} read only in part ({len(parts[main].data)} bytes): the end of the document is missing"
            if cut is not None and cut.name == main else f"{main} read whole")
    detail = f"{path.name} ends early (its zip directory is missing); {len(parts)} part(s) read from their own " \
             f"headers, {what}"
    return Package(path, main, salvaged=parts, warnings=[f"package_truncated: {detail}"])


def parse_part(package: Package, name: str, required: bool = True):
    path = package.path
    try:
        data = package.read(name)
    except KeyError:
        if required:
            raise ReaderError("corrupt_docx", f"{path.name}: part {name} missing")
        return None
    except PART_DAMAGE as exc:
        data = _up_to_damage(package, name, exc)
    # a part cut short is parsed as far as it goes: its open elements closed where the bytes stop
    parser = _RECOVERING_PARSER if package.is_cut(name) else _PARSER
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        root = None
        if required:
            raise ReaderError("corrupt_docx", f"{path.name}: {name} is not well-formed XML: {exc}") from exc
    if root is None and required:
        raise ReaderError("corrupt_docx", f"{path.name}: {name} holds no XML element")
    return root


def _up_to_damage(package: Package, name: str, exc: Exception) -> bytes:
    """A damaged part of a package whose directory is sound, read from its local header up to the damage (the
    part then parsed as far as it goes, with ``package_part_damaged``); ``corrupt_docx`` when nothing before the
    damage reads."""
    path = package.path
    if package.zip_file is None:  # not met: a salvaged package's parts are bytes already read
        raise ReaderError("corrupt_docx", f"{path.name}: part {name} is damaged: {exc}") from exc
    found = part_at(path.read_bytes(), package.zip_file.getinfo(name).header_offset,
                    SalvageLimits(MAX_PART_BYTES, MAX_PACKAGE_BYTES), path.name)
    if found is None or not found[0].data:
        raise ReaderError("corrupt_docx", f"{path.name}: part {name} is damaged: {exc}") from exc
    part = SalvagedPart(name, found[0].data, complete=False)
    package.salvaged[name] = part
    package.warnings.append(f"package_part_damaged: {name} is damaged ({exc}); read up to the damage "
                            f"({len(part.data)} bytes), what follows it is lost")
    return part.data
