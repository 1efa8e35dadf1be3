"""The reference-data loader: the one module of :mod:`normalizers` that reads files.

The normalisers are pure functions of what they are given and of immutable reference tables; the tables are read
here, once per process (cached), from the versioned files bundled in ``normalizers/data/`` (sources noted next to
them, e.g. ``nomenclator_README.md``). The runner's warm-up reads them before worker processes are forked, so every
worker starts with them in memory.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Mapping

from normalizers.text import clean_text

NOMENCLATOR_FILE = "data/nomenclator_servicii_sociale.csv"

__all__ = ["NOMENCLATOR_FILE", "NomenclatorEntry", "SirutaRow", "load_nomenclator", "load_siruta"]


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


@dataclass(frozen=True)
class SirutaRow:
    """One SIRUTA unit as ``sirutalib`` lists it: code, TIP (40 county, 1/4 municipality, 2/5 town, 3 commune,
    6 sector, 9 the capital and seat villages…), name with its prefix, and the county's number."""

    code: int
    tip: int
    name: str  # "MUNICIPIUL CLUJ-NAPOCA", "JUDEȚUL NEAMȚ", "DRAGOMIREȘTI"
    county_number: int


@lru_cache(maxsize=1)
def load_siruta() -> tuple[SirutaRow, ...]:
    """Every unit of the SIRUTA list bundled with ``sirutalib`` (its ``siruta.csv``), read through its public API."""
    import sirutalib  # imported here: only the reference loader touches the bundled file

    db = sirutalib.SirutaDatabase()
    return tuple(SirutaRow(code, db.get_type(code), db.get_name(code, prefix=True) or "", db.get_county(code))
                 for code in db.get_siruta_list())
