"""The reference-data loader: the one module of :mod:`normalizers` that reads files.

The normalisers are pure functions of what they are given and of immutable reference tables; the tables are read
here, once per process (cached), from the versioned files bundled in ``normalizers/data/`` (sources noted next to
them, e.g. ``nomenclator_README.md``). The runner's warm-up reads them before worker processes are forked, so every
worker starts with them in memory. What a slow parse gives (SIRUTA) is also kept in the user's cache folder, keyed
on the bytes it was parsed from (:func:`cached_parse`), so a run's start-up loads it instead of parsing it again.
"""
from __future__ import annotations

import csv
import hashlib
import io
import marshal
import os
import sys
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.util import find_spec
from pathlib import Path
from types import MappingProxyType
from typing import Any, Callable, Mapping

from normalizers.text import clean_text

NOMENCLATOR_FILE = "data/nomenclator_servicii_sociale.csv"

__all__ = ["NOMENCLATOR_FILE", "NomenclatorEntry", "SirutaRow", "load_nomenclator", "load_siruta", "siruta_table",
           "cache_dir", "cached_parse", "read_cache", "write_cache"]


@dataclass(frozen=True)
class NomenclatorEntry:
    """One row of the bundled nomenclator CSV (see nomenclator_README.md for column meanings)."""

    code: str
    caen: str
    setting: str
    group_code: str | None
    beneficiary_group_ro: str | None
    name_ro: str | None
    section_heading_ro: str | None
    status: str
    prefix: str
    confidence: str


@lru_cache(maxsize=1)
def load_nomenclator() -> Mapping[str, NomenclatorEntry]:
    """The Nomenclator of social services (HG 867/2015 and amendments) keyed by canonical code, read-only."""
    text = resources.files("normalizers").joinpath(NOMENCLATOR_FILE).read_text("utf-8")
    out: dict[str, NomenclatorEntry] = {}
    for row in csv.DictReader(io.StringIO(text)):
        code = row["code"].strip()
        out[code] = NomenclatorEntry(
            code=code,
            caen=row["caen"].strip(),
            setting=row["setting"].strip(),
            group_code=row["group_code"].strip() or None,
            beneficiary_group_ro=clean_text(row["beneficiary_group_ro"]) or None,
            name_ro=clean_text(row["name_ro"]) or None,
            section_heading_ro=clean_text(row["section_heading_ro"]) or None,
            status=row["status"].strip(),
            prefix=row["prefix"].strip(),
            confidence=row["confidence"].strip(),
        )
    return MappingProxyType(out)


# ------------------------------------------------------------------------------- the cache of parsed files
# Parsing a bundled file can cost more than a run's own work on a small document (SIRUTA: ~0.15 s of CPU, in the
# worker server and again in the main process). What a parse gives is kept in the user's cache folder as marshal
# data (plain tuples, ints and strings: it loads in milliseconds), under a key made of the bytes of every file the
# result depends on (the data and the library that parses it), the format's version and the Python that wrote it:
# a changed file, an upgraded library, another Python all give another key, so the file is parsed again and the
# cache rewritten. A cache that cannot be read, is corrupt (the payload's digest is checked before it is
# unmarshalled), holds another key or a value of the wrong shape is ignored; one that cannot be written only
# means parsing again next time.

CACHE_ENV = "PIPELINE_CACHE_DIR"  # where the cache lives; an empty value turns the cache off
_CACHE_APP = "ro-social-services-pipeline"
_MAGIC = b"RSPC1\n"
_DIGEST = 32  # sha256


def cache_dir() -> Path | None:
    """The folder of the parsed-reference cache: ``$PIPELINE_CACHE_DIR``, else ``$XDG_CACHE_HOME`` or ``~/.cache``,
    under the pipeline's name. None when turned off (``PIPELINE_CACHE_DIR=""``) or when there is no home folder."""
    explicit = os.environ.get(CACHE_ENV)
    if explicit is not None:
        return Path(explicit) if explicit.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or ""
    if not base:
        home = os.path.expanduser("~")
        if home == "~":
            return None
        base = os.path.join(home, ".cache")
    return Path(base) / _CACHE_APP


def _key(name: str, version: int, sources: list[Path], extra: str) -> bytes:
    h = hashlib.sha256(f"{name}\0{version}\0{extra}\0{marshal.version}\0{sys.version}\0".encode())
    for path in sources:
        data = path.read_bytes()
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.digest()


def read_cache(path: Path, key: bytes) -> Any | None:
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    head = len(_MAGIC) + 2 * _DIGEST
    if len(blob) < head or not blob.startswith(_MAGIC) or blob[len(_MAGIC):len(_MAGIC) + _DIGEST] != key:
        return None
    payload = memoryview(blob)[head:]
    if hashlib.sha256(payload).digest() != blob[head - _DIGEST:head]:
        return None  # corrupt (a torn write, a disk error): never unmarshalled
    try:
        return marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return None


def write_cache(path: Path, key: bytes, value: Any) -> None:
    """Atomically (a temporary file in the same folder, then os.replace): a concurrent run reads the old file or
    the new one, never half of one. Never raises."""
    tmp = None
    try:
        payload = marshal.dumps(value)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(_MAGIC + key + hashlib.sha256(payload).digest() + payload)
        os.replace(tmp, path)
        tmp = None
    except (OSError, ValueError):
        pass
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def cached_parse(name: str, version: int, sources: list[Path], parse: Callable[[], Any],
                 valid: Callable[[Any], bool], extra: str = "") -> Any:
    """``parse()``, or what it returned before for the same bytes of ``sources`` (see above). ``version``: bump it
    when ``parse`` returns something else for the same files. ``valid``: a check of a loaded value's shape.
    ``extra``: anything else the result depends on (the text encoding a parser reads with)."""
    folder = cache_dir()
    if folder is None or not sources:
        return parse()
    try:
        key = _key(name, version, sources, extra)
    except OSError:
        return parse()  # a source cannot be read: the parser says why
    path = folder / f"{name}.marshal"
    value = read_cache(path, key)
    if value is not None and valid(value):
        return value
    value = parse()
    write_cache(path, key, value)
    return value


# ----------------------------------------------------------------------------------------------- SIRUTA

@dataclass(frozen=True)
class SirutaRow:
    """One SIRUTA unit as ``sirutalib`` lists it: code, TIP (40 county, 1/4 municipality, 2/5 town, 3 commune,
    6 sector, 9 the capital and seat villages…), name with its prefix, and the county's number."""

    code: int
    tip: int
    name: str  # "MUNICIPIUL CLUJ-NAPOCA", "JUDEȚUL NEAMȚ", "DRAGOMIREȘTI"
    county_number: int


SIRUTA_CACHE_VERSION = 1


@lru_cache(maxsize=1)
def load_siruta() -> tuple[SirutaRow, ...]:
    """Every unit of the SIRUTA list bundled with ``sirutalib`` (its ``siruta.csv``), read through its public API."""
    return tuple(SirutaRow(*row) for row in siruta_table())


@lru_cache(maxsize=1)
def siruta_table() -> tuple[tuple[int, int, str, int], ...]:
    """:func:`load_siruta` as plain ``(code, tip, name, county_number)`` tuples, in the same order (what
    :mod:`normalizers.places` indexes, without making 17,000 objects). Parsed by ``sirutalib`` (~0.15 s of CPU:
    it reads its CSV and checks every code's checksum), or loaded from the cache of that parse (a few ms), keyed
    on the bytes of ``siruta.csv`` and of ``sirutalib`` itself and on the encoding it reads the CSV with."""
    import locale

    return cached_parse("siruta", SIRUTA_CACHE_VERSION, _siruta_sources(), _parse_siruta, _siruta_shape,
                        extra=locale.getpreferredencoding(False))


def _siruta_sources() -> list[Path]:
    """sirutalib's module and the CSV next to it, which is what it reads; found without importing it."""
    spec = find_spec("sirutalib")
    if spec is None or not spec.origin:
        return []
    module = Path(spec.origin)
    return [module, module.with_name("siruta.csv")]


def _parse_siruta() -> tuple[tuple[int, int, str, int], ...]:
    import sirutalib  # imported here: only the reference loader touches the bundled file

    db = sirutalib.SirutaDatabase()
    return tuple((code, db.get_type(code), db.get_name(code, prefix=True) or "", db.get_county(code))
                 for code in db.get_siruta_list())


def _siruta_shape(value: Any) -> bool:
    return isinstance(value, tuple) and len(value) > 0 and all(
        type(r) is tuple and len(r) == 4 and type(r[0]) is int and type(r[1]) is int and type(r[2]) is str
        and type(r[3]) is int for r in value)
