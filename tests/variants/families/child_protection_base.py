"""The facts a ``report_child_protection_statistics`` document is built from: its issuer (a county's or a Bucharest
sector's DGASPC, the places of its services), its period (a year, a quarter, a semester and their reference dates),
a service, and the document being written with the values it expects (see ``child_protection.py``)."""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from functools import lru_cache

from .fmt import group, pct_cell
from .places import Town, _units
from .writing import Elements
from . import child_protection_pools as P

__all__ = ["Issuer", "Period", "Svc", "Doc", "period", "seats", "towns_of"]

_SEAT_TYPE = 1  # SIRUTA TIP of a county seat


@lru_cache(maxsize=1)
def seats() -> dict[str, str]:
    """County -> the name of its seat (the municipality whose SIRUTA type is 1)."""
    import sirutalib

    db = sirutalib.SirutaDatabase()
    seats = {}
    for t in _units()[0]["municipiu"]:
        if db.get_type(t.siruta) == _SEAT_TYPE:
            seats[t.county] = t.name
    return seats


def towns_of(county: str) -> list[Town]:
    by_kind = _units()[0]
    return [t for kind in ("municipiu", "oras") for t in by_kind[kind] if t.county == county]


@dataclass
class Issuer:
    county: str  # "Neamț" or "București"
    sector: int | None
    places: list[str]  # where its services are

    @property
    def canonical(self) -> str:
        tail = f"Sector {self.sector}" if self.sector else self.county
        return f"Direcția Generală de Asistență Socială și Protecția Copilului {tail}"

    @property
    def tail(self) -> str:
        return f"Sector {self.sector}" if self.sector else self.county

    @property
    def uat(self) -> str:
        return f"Sector {self.sector} București" if self.sector else f"Județul {self.county}"

    @property
    def council(self) -> str:
        return f"Consiliul Local al Sectorului {self.sector}" if self.sector else f"Consiliul Județean {self.county}"

    @property
    def own_budget(self) -> tuple[str, str]:
        """(field, printed source) of the directorate's own budget."""
        if self.sector:
            return "budget_local_lei", "Buget local"
        return "budget_county_lei", "Buget județean"


@dataclass
class Period:
    kind: str  # an | trimestru | semestru
    year: int
    date: str  # the reference date, "30.09.2024"
    prev_date: str
    label: str  # "trimestrul III 2024", "anul 2024"
    prev_label: str  # "trimestrul anterior"
    share: float  # the part of a year the spending covers


def period(rnd: random.Random, year: int) -> Period:
    kind = rnd.choice(["an", "an", "trimestru", "semestru"])
    ends = {1: "31.03", 2: "30.06", 3: "30.09", 4: "31.12"}
    if kind == "an":
        return Period(kind, year, f"31.12.{year}", f"31.12.{year - 1}", f"anul {year}", "anul anterior", 1.0)
    if kind == "trimestru":
        q = rnd.randint(1, 4)
        prev = f"31.12.{year - 1}" if q == 1 else f"{ends[q - 1]}.{year}"
        return Period(kind, year, f"{ends[q]}.{year}", prev, f"trimestrul {P.ROMAN[q]} {year}",
                      "trimestrul anterior", 0.25)
    s = rnd.randint(1, 2)
    prev = f"31.12.{year - 1}" if s == 1 else f"30.06.{year}"
    return Period(kind, year, f"{ends[2 * s]}.{year}", prev, f"semestrul {P.ROMAN[s]} {year}",
                  "semestrul anterior", 0.5)


@dataclass
class Svc:
    name: str
    code: str
    capacity: int
    present: int
    prev_present: int
    place: str
    budgets: dict[str, int]  # contract field -> lei
    cost: int
    licence: str
    waiting: int


@dataclass
class Doc(Elements):
    rnd: random.Random
    year: int
    iss: Issuer
    per: Period
    els: list = field(default_factory=list)
    services: list = field(default_factory=list)
    totals: list = field(default_factory=list)
    indicators: list = field(default_factory=list)
    currency: str | None = None
    with_place: bool = False  # the services' names leave out the place (a column holds it)
    used_names: set = field(default_factory=set)

    # ------------------------------------------------------------------ expected values
    def total(self, scope: str, amount: int, unit: str, raw: str) -> None:
        if any(t["amount"] == amount for t in self.totals):  # one amount stated twice is expected once
            return
        self.totals.append(dict(scope=scope, amount=amount, unit=unit, raw=raw))

    def ind(self, key: str, subject: str, value: float, unit: str, raw: str) -> None:
        self.indicators.append(dict(indicator=key, subject=subject, value=value, unit=unit, year=self.year, raw=raw))

    # ------------------------------------------------------------------ printing
    def dg(self, genitive: bool = False) -> str:
        """The directorate's printed name, in the genitive after a noun ("activitatea Direcției Generale …")."""
        full = ("Direcției Generale de Asistență Socială și Protecția Copilului" if genitive else
                "Direcția Generală de Asistență Socială și Protecția Copilului")
        return self.rnd.choice([f"D.G.A.S.P.C. {self.iss.tail}", f"DGASPC {self.iss.tail}", f"{full} {self.iss.tail}"])

    def count(self, n: int, feminine: bool, words: bool = True) -> str:
        """A count as printed: digits with a thousands dot, a number word for a small one now and then, and the
        "de" Romanian puts between a number from 20 up and its noun."""
        if words and n in P.NUMBER_WORDS and self.rnd.random() < 0.3:
            return P.NUMBER_WORDS[n][1 if feminine else 0]
        de = " de" if (n % 100 >= 20 or (n >= 100 and n % 100 == 0)) and self.rnd.random() < 0.8 else ""
        return group(n) + de

    def comparison(self, n: int) -> str:
        """A clause comparing with the previous period (its figures are distractors)."""
        prev = max(0, n + self.rnd.randint(-max(2, n // 5), max(2, n // 5)))
        return self.rnd.choice([
            "", "", f", față de {group(prev)} în {self.per.prev_label}",
            f" ({'+' if n >= prev else '-'}{abs(n - prev)} față de {self.per.prev_date})",
            f", în {'creștere' if n >= prev else 'scădere'} cu {pct_cell(abs(n - prev) * 100 / max(prev, 1), True)} "
            f"față de {self.per.prev_label}"])
