"""Plumbing of the personal-assistants semester report family (``assistants.py``): the employer (a commune's town
hall and its compartment, a town's SPAS or the mayor's own compartment, a municipality's DAS, a Bucharest sector's
DGASPC), Romanian number words, and the document context that collects the expected values.

Vocabulary of this module's own (written blind: not read from the pipeline nor from the other families' pools).
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

import make_variants as mv

from .fmt import group
from .places import pick_place
from .writing import Elements

__all__ = ["Employer", "pick_employer", "count_text", "Doc", "MONTHS", "NAMES", "SEMESTER_MONTHS", "MIN_WAGE"]

MONTHS = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
          "octombrie", "noiembrie", "decembrie"]
SEMESTER_MONTHS = {1: MONTHS[:6], 2: MONTHS[6:]}
NAMES = ["Ioana Munteanu", "Petru Lazăr", "Carmen Dobre", "Dorin Tudose", "Mirela Sandu", "Costel Bălan",
         "Adriana Neagu", "Viorel Cozma", "Simona Pavel", "Laurențiu Matei", "Gabriela Chiriac", "Sorin Vlad"]
# the gross minimum wage a personal assistant's salary follows (lei / month, as in force for most of the year)
MIN_WAGE = {2019: 2080, 2020: 2230, 2021: 2300, 2022: 2550, 2023: 3000, 2024: 3700, 2025: 4050, 2026: 4325}

_UNITS_M = {1: "un", 2: "doi", 12: "doisprezece"}
_UNITS_F = {1: "o", 2: "două", 12: "douăsprezece"}
_WORDS = {3: "trei", 4: "patru", 5: "cinci", 6: "șase", 7: "șapte", 8: "opt", 9: "nouă", 10: "zece",
          11: "unsprezece", 13: "treisprezece", 14: "paisprezece", 15: "cincisprezece", 16: "șaisprezece",
          17: "șaptesprezece", 18: "optsprezece", 19: "nouăsprezece", 20: "douăzeci"}


def count_text(rnd: random.Random, n: int, feminine: bool, words_share: float = 0.35) -> str:
    """A count as a report prints it before its noun: '86 de', '7', 'trei', 'două' (Romanian: 'de' from 20 on;
    the number word agrees with the noun: 'doi asistenți', 'două contracte')."""
    if 2 <= n <= 20 and rnd.random() < words_share:
        word = (_UNITS_F if feminine else _UNITS_M).get(n) or _WORDS[n]
        return word + (" de" if n == 20 else "")
    text = group(n)
    if n % 100 >= 20 or n % 100 == 0 and n >= 100:
        text += rnd.choice([" de", " de", ""])
    return text


@dataclass(frozen=True)
class Employer:
    """The public body that employs the personal assistants and writes the report."""

    level: str  # comuna | oras | municipiu | sector
    uat: str  # contract form
    county: str
    genitive: str  # "Comunei X" / "Sectorului 3"
    unit: str  # the body writing the report, as printed
    unit_alts: str  # the contract's issuer of the report, printed short forms accepted (" || ")
    unit_kind: str  # primarie | SPAS | DAS | DGASPC
    council: str  # "Consiliul Local al Comunei X"
    council_alts: str
    mayor_title: str  # "Primarul Comunei X"
    letterhead: str  # "PRIMĂRIA COMUNEI X" / "DIRECȚIA DE ASISTENȚĂ SOCIALĂ …"


def pick_employer(rnd: random.Random) -> Employer:
    level = rnd.choices(["comuna", "oras", "municipiu", "sector"], [35, 25, 30, 10])[0]
    if level == "sector":
        n = rnd.randint(1, 6)
        dg = f"Direcția Generală de Asistență Socială și Protecția Copilului Sector {n}"
        council = f"Consiliul Local al Sectorului {n}"
        return Employer(level, f"Sector {n} București", "București", f"Sectorului {n}", dg,
                        f"{dg} || DGASPC Sector {n} || Direcția Generală de Asistență Socială și Protecția Copilului "
                        f"Sectorului {n}", "DGASPC", council, f"{council} || Consiliul Local Sector {n}",
                        f"Primarul Sectorului {n}", dg.upper())
    town = pick_place(rnd, (level,))
    gen = town.genitive
    council = f"Consiliul Local al {gen}"
    council_alts = f"{council} || Consiliul Local {town.name}"
    mayor = f"Primarul {gen}"
    hall = f"Primăria {gen}"
    if level == "municipiu":
        if rnd.random() < 0.75:
            d = f"Direcția de Asistență Socială a {gen}"
            return Employer(level, town.uat, town.county, gen, d, f"{d} || Direcția de Asistență Socială {town.name}"
                            f" || DAS {town.name}", "DAS", council, council_alts, mayor, d.upper())
    elif level == "oras" and rnd.random() < 0.5:
        d = f"Serviciul Public de Asistență Socială al {gen}"
        return Employer(level, town.uat, town.county, gen, d, f"{d} || Serviciul Public de Asistență Socială "
                        f"{town.name} || SPAS {town.name}", "SPAS", council, council_alts, mayor, d.upper())
    # the mayor's own compartment: the town hall is the employer
    comp = rnd.choice(["Compartimentul Asistență Socială", "Compartimentul de asistență socială",
                       "Serviciul Asistență Socială și Autoritate Tutelară"])
    return Employer(level, town.uat, town.county, gen, f"{comp} din cadrul Primăriei {gen}",
                    f"{hall} || Primăria {town.name} || {comp} || {comp} din cadrul Primăriei {gen}", "primarie",
                    council, council_alts, mayor, hall.upper())


@dataclass
class Doc(Elements):
    """One report as it is written, and its expected values."""

    rnd: random.Random
    year: int
    semester: int  # 1 | 2
    emp: Employer
    els: list[mv.El] = field(default_factory=list)
    indicators: list[dict] = field(default_factory=list)
    totals: list[dict] = field(default_factory=list)
    trainings: list[dict] = field(default_factory=list)

    @property
    def roman(self) -> str:
        return "I" if self.semester == 1 else "II"

    @property
    def months(self) -> list[str]:
        return SEMESTER_MONTHS[self.semester]

    @property
    def start_date(self) -> str:
        return f"01.01.{self.year}" if self.semester == 1 else f"01.07.{self.year}"

    @property
    def end_date(self) -> str:
        return f"30.06.{self.year}" if self.semester == 1 else f"31.12.{self.year}"

    def indicator(self, key: str, what: str, value: float, unit: str, raw: str) -> None:
        """A count of this semester: the subject is '<unit> - <what>', the unit writing the report (the report is
        about what it did; any printed form of its name) and the counted noun phrase as printed after the number (or
        a table row's label)."""
        subject = " || ".join(f"{u} - {what}" for u in self.emp.unit_alts.split(" || "))
        self.indicators.append({"indicator": key, "subject": subject, "value": float(value), "unit": unit,
                                "year": self.year, "raw": raw})

    def total(self, scope: str, amount: float, unit: str, raw: str) -> None:
        if any(abs(t["amount"] - amount) < 0.005 and t["unit"] == unit for t in self.totals):
            return  # one figure stated twice: expected once
        self.totals.append({"scope": scope, "amount": float(amount), "unit": unit, "raw": raw})
