"""Real administrative units (SIRUTA, through ``sirutalib``) and the public bodies a plan or report names.

The generator draws its places from the SIRUTA list the project itself resolves against, but reads it here on
its own (not through ``normalizers.places``): the expected values must not come from the code under test.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Town", "pick_place", "county_of", "issuer_for"]

# SIRUTA TIP codes: 1/4 municipality (1 = county seat), 2/5 town, 3 commune, 40 county
_KINDS = {1: "municipiu", 4: "municipiu", 2: "oras", 5: "oras", 3: "comuna"}
_LOWER = {"de", "din", "la", "pe", "sub", "lui", "cu", "în", "și"}
_PREFIX = {"comuna": "Comuna", "oras": "Orașul", "municipiu": "Municipiul"}
_GENITIVE = {"comuna": "Comunei", "oras": "Orașului", "municipiu": "Municipiului"}


def _title(upper: str) -> str:
    """'BAIA DE ARAMĂ' -> 'Baia de Aramă', 'BISTRIȚA-NĂSĂUD' -> 'Bistrița-Năsăud'."""
    out = []
    for i, w in enumerate(upper.lower().split()):
        out.append(w if i and w in _LOWER else "-".join(x[:1].upper() + x[1:] for x in w.split("-")))
    return " ".join(out)


@dataclass(frozen=True)
class Town:
    """One UAT: bare display name, kind (comuna / oras / municipiu), county display name, SIRUTA code."""

    name: str
    kind: str
    county: str
    siruta: int

    @property
    def uat(self) -> str:  # the contract's form: "Comuna Poiana Mare", "Municipiul Turda"
        return f"{_PREFIX[self.kind]} {self.name}"

    @property
    def genitive(self) -> str:  # "Comunei Poiana Mare"
        return f"{_GENITIVE[self.kind]} {self.name}"


@lru_cache(maxsize=1)
def _units() -> tuple[dict[str, list[Town]], list[str]]:
    import sirutalib

    db = sirutalib.SirutaDatabase()
    counties: dict[int, str] = {}
    rows = []
    for code in db.get_siruta_list():
        tip = db.get_type(code)
        if tip == 40:
            name = re.sub(r"^(JUDEȚUL|JUDEŢUL|MUNICIPIUL)\s+", "", db.get_name(code, prefix=False) or "")
            counties[db.get_county(code)] = _title(name)
        elif tip in _KINDS:
            rows.append((code, tip, db.get_name(code, prefix=False) or "", db.get_county(code)))
    by_kind: dict[str, list[Town]] = {"comuna": [], "oras": [], "municipiu": []}
    for code, tip, raw, county_no in rows:
        county = counties.get(county_no, "")
        if not county or county == "București" or not raw:
            continue
        name = re.sub(r"^(MUNICIPIUL|ORAȘ|ORAŞ)\s+", "", raw)
        by_kind[_KINDS[tip]].append(Town(_title(name), _KINDS[tip], county, code))
    for towns in by_kind.values():
        towns.sort(key=lambda t: t.siruta)  # a stable order: the same seed gives the same place
    return by_kind, sorted(c for c in counties.values() if c != "București")


def pick_place(rnd: random.Random, kinds: tuple[str, ...]) -> Town:
    by_kind, _ = _units()
    kind = rnd.choice(kinds)
    return rnd.choice(by_kind[kind])


def pick_county(rnd: random.Random) -> str:
    return rnd.choice(_units()[1])


def county_of(town: Town) -> str:
    return town.county


def issuer_for(kind: str, town: Town | None = None, county: str | None = None) -> str:
    """The canonical name of the public body (as the contract's `issuer` spells it)."""
    if kind == "DGASPC":
        return f"Direcția Generală de Asistență Socială și Protecția Copilului {county or town.county}"
    if kind == "consiliu_judetean":
        return f"Consiliul Județean {county or town.county}"
    assert town is not None
    if kind == "primarie":
        return f"Primăria {town.genitive}"
    if kind == "consiliu_local":
        return f"Consiliul Local al {town.genitive}"
    if kind == "DAS":
        return f"Direcția de Asistență Socială a {town.genitive}"
    if kind == "SPAS":
        return f"Serviciul Public de Asistență Socială al {town.genitive}"
    if kind == "compartiment":
        return f"Compartimentul de asistență socială al Primăriei {town.genitive}"
    raise ValueError(kind)
