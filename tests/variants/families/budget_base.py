"""Plumbing of the social-services budget family (``council_budget.py``): the authorities (a county council and its
DGASPC, a municipality's or town's council and its DAS / SPAS, a commune's council and its compartment, a Bucharest
sector), the social services they fund with their nomenclator codes, and how a budget annex prints money.

Vocabulary of this module's own (written blind: not read from the pipeline nor from the other families' pools);
codes from ``../shared/reference/nomenclator_servicii_sociale.csv``.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

import make_variants as mv

from .fmt import code_spelling, group
from .places import pick_county, pick_place
from .writing import Elements

__all__ = ["Authority", "pick_authority", "Kind", "county_kinds", "local_kinds", "Svc", "Money", "Doc", "NAMES",
           "MONTHS"]

MONTHS = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
          "octombrie", "noiembrie", "decembrie"]
NAMES = ["Ion Popescu", "Maria Georgescu", "Vasile Dumitrescu", "Elena Marinescu", "Gheorghe Ilie", "Ana Preda",
         "Nicolae Stoica", "Cristina Oprea", "Mihai Radu", "Daniela Barbu", "Florin Ene", "Lucia Voicu"]


# ------------------------------------------------------------------------------------------------ authorities


@dataclass(frozen=True)
class Authority:
    """The council that decides and the directorate whose services it funds."""

    level: str  # judet | sector | municipiu | oras | comuna
    place: str  # the town's / county's name, or the sector's number
    county: str
    uat: str  # contract form
    council: str  # as printed in the decision's opening line
    council_upper: str  # the letterhead line
    council_alts: str  # the contract's issuer, with printed short forms (" || ")
    council_kind: str
    directorate: str
    directorate_short: str  # "D.G.A.S.P.C. Vaslui", "D.A.S. Turda", "S.P.A.S."
    directorate_alts: str
    directorate_kind: str  # DGASPC | DAS | SPAS | primarie
    own_budget: str  # "bugetul propriu al Județului Vaslui" / "bugetul local"
    own_source: str  # the contract column of the authority's own budget: budget_county_lei | budget_local_lei
    chair: str
    secretary: str
    town: str  # a town the services sit in (the county seat for a county; the place itself otherwise)


def pick_authority(rnd: random.Random) -> Authority:
    level = rnd.choices(["judet", "sector", "municipiu", "oras", "comuna"], [40, 8, 27, 15, 10])[0]
    if level == "judet":
        county = pick_county(rnd)
        dg = f"Direcția Generală de Asistență Socială și Protecția Copilului {county}"
        seat = pick_place(rnd, ("municipiu", "oras"))
        return Authority(level, county, county, f"Județul {county}", f"Consiliul Județean {county}",
                         f"CONSILIUL JUDEȚEAN {county.upper()}", f"Consiliul Județean {county}", "consiliu_judetean",
                         dg, f"D.G.A.S.P.C. {county}", f"{dg} || DGASPC {county}", "DGASPC",
                         f"bugetul propriu al Județului {county}", "budget_county_lei", "PREȘEDINTE",
                         "SECRETAR GENERAL AL JUDEȚULUI", seat.name)
    if level == "sector":
        n = str(rnd.randint(1, 6))
        dg = f"Direcția Generală de Asistență Socială și Protecția Copilului Sector {n}"
        return Authority(level, n, "București", f"Sector {n} București", f"Consiliul Local al Sectorului {n}",
                         f"CONSILIUL LOCAL AL SECTORULUI {n}",
                         f"Consiliul Local al Sectorului {n} || Consiliul Local Sector {n}", "consiliu_local",
                         dg, f"D.G.A.S.P.C. Sector {n}", f"{dg} || DGASPC Sector {n}", "DGASPC",
                         f"bugetul local al Sectorului {n}", "budget_local_lei", "PREȘEDINTE DE ȘEDINȚĂ",
                         f"SECRETARUL GENERAL AL SECTORULUI {n}", f"Sector {n}")
    town = pick_place(rnd, (level,))
    gen = town.genitive
    council = f"Consiliul Local al {gen}"
    upper = f"CONSILIUL LOCAL AL {gen.upper()}"
    if level == "municipiu":
        d = f"Direcția de Asistență Socială a {gen}"
        short, alts, kind = f"D.A.S. {town.name}", f"{d} || Direcția de Asistență Socială {town.name}", "DAS"
        sec = "SECRETAR GENERAL AL MUNICIPIULUI"
    elif level == "oras":
        d = f"Serviciul Public de Asistență Socială al {gen}"
        short, alts, kind = "S.P.A.S.", f"{d} || Serviciul Public de Asistență Socială {town.name}", "SPAS"
        sec = "SECRETAR GENERAL AL ORAȘULUI"
    else:
        d = f"Primăria {gen}"
        short, alts, kind = "compartimentul de asistență socială", f"{d} || Primăria {town.name}", "primarie"
        sec = "SECRETAR GENERAL AL COMUNEI"
    return Authority(level, town.name, town.county, town.uat, council, upper,
                     f"{council} || Consiliul Local {town.name}", "consiliu_local", d, short, alts, kind,
                     "bugetul local", "budget_local_lei", "PREȘEDINTE DE ȘEDINȚĂ", sec, town.name)


# ------------------------------------------------------------------------------------------------ services


@dataclass(frozen=True)
class Kind:
    """A kind of social service an authority runs: how one is named, its code, its category, size and money."""

    pattern: str  # "{nick}", "{town}", "{k}" filled per service
    code: str  # canonical nomenclator code
    category: str  # the group the annex lists it under
    places: tuple[int, int]  # capacity range (0, 0): the service states no places
    month_cost: tuple[int, int]  # average monthly cost per beneficiary (lei)
    residential: bool  # beneficiaries owe a monthly contribution


_CHILD = "Servicii sociale destinate protecției copilului"
_ADULT = "Servicii sociale pentru persoane adulte cu dizabilități"
_OTHER = "Servicii sociale pentru alte categorii de persoane vulnerabile"
_OLD = "Servicii sociale pentru persoane vârstnice"
_FAM = "Servicii sociale pentru copii și familie"
_RISK = "Servicii sociale pentru persoane în risc de excluziune socială"


def county_kinds() -> list[Kind]:
    return [
        Kind("Centrul de plasament „{nick}” {town}", "8790 CR-C-I", _CHILD, (24, 60), (5200, 7800), False),
        Kind("Casa de tip familial „{nick}”", "8790 CR-C-I", _CHILD, (8, 14), (5600, 8200), False),
        Kind("Centrul de primire în regim de urgență pentru copilul abuzat, neglijat și exploatat {town}",
             "8790 CR-C-II", _CHILD, (10, 24), (5800, 8600), False),
        Kind("Centrul maternal „{nick}”", "8790 CR-MC-I", _CHILD, (6, 12), (4200, 6400), False),
        Kind("Centrul de zi de recuperare pentru copii cu dizabilități {town}", "8891 CZ-C-III", _CHILD, (20, 50),
             (1600, 2900), False),
        Kind("Serviciul de asistență maternală", "8790 SF-C", _CHILD, (0, 0), (3100, 4300), False),
        Kind("Centrul de îngrijire și asistență {town}", "8790 CR-D-I", _ADULT, (40, 120), (5100, 7400), True),
        Kind("Centrul de abilitare și reabilitare pentru persoane adulte cu dizabilități „{nick}”", "8790 CR-D-II",
             _ADULT, (30, 80), (5400, 7900), True),
        Kind("Locuința protejată nr. {k} {town}", "8790 CR-D-VII", _ADULT, (6, 12), (4300, 6100), True),
        Kind("Centrul de integrare prin terapie ocupațională {town}", "8790 CR-D-III", _ADULT, (30, 60),
             (4800, 6900), True),
        Kind("Echipa mobilă pentru persoane adulte cu dizabilități", "8810 ID-VI", _ADULT, (0, 0), (600, 1200),
             False),
        Kind("Centrul de primire în regim de urgență pentru victimele violenței domestice „{nick}”", "8790 CR-VD-I",
             _OTHER, (8, 20), (3900, 5600), False),
        Kind("Adăpostul de noapte pentru persoane fără adăpost {town}", "8790 CR-PFA-II", _OTHER, (20, 40),
             (1900, 3100), False),
    ]


def local_kinds() -> list[Kind]:
    return [
        Kind("Căminul pentru persoane vârstnice „{nick}”", "8730 CR-V-I", _OLD, (30, 90), (4200, 6800), True),
        Kind("Centrul de zi pentru persoane vârstnice „{nick}”", "8810 CZ-V-II", _OLD, (25, 80), (700, 1400), False),
        Kind("Serviciul de îngrijire la domiciliu pentru persoane vârstnice", "8810 ID-I", _OLD, (20, 90),
             (900, 1700), False),
        Kind("Locuința protejată pentru persoane vârstnice „{nick}”", "8730 CR-V-III", _OLD, (6, 12), (3500, 5200),
             True),
        Kind("Centrul de zi pentru copii „{nick}”", "8891 CZ-C-II", _FAM, (20, 60), (900, 1800), False),
        Kind("Creșa nr. {k}", "8891 CZ-C-I", _FAM, (40, 110), (1900, 3100), False),
        Kind("Centrul de consiliere și sprijin pentru părinți și copii", "8899 CZ-F-I", _FAM, (15, 40), (500, 1100),
             False),
        Kind("Cantina de ajutor social", "8899 CPDH-I", _RISK, (80, 300), (380, 690), True),
        Kind("Serviciul de masă pe roți", "8899 CPDH-II", _RISK, (20, 80), (450, 820), False),
        Kind("Adăpostul de noapte „{nick}”", "8790 CR-PFA-II", _RISK, (15, 50), (1800, 2900), False),
        Kind("Centrul de consiliere pentru prevenirea și combaterea violenței în familie", "8899 CZ-VD-I", _RISK,
             (10, 30), (600, 1300), False),
        Kind("Centrul de zi pentru persoane adulte cu dizabilități „{nick}”", "8899 CZ-D-I", _RISK, (20, 45),
             (1200, 2300), False),
    ]


_NICKS = ["Speranța", "Sfântul Nicolae", "Ghiocelul", "Floare de Colț", "Casa Soarelui", "Sfânta Maria",
          "Pinocchio", "Curcubeul", "Lumina", "Prietenia", "Mugurelul", "Căsuța Fermecată", "Sfântul Andrei",
          "Brândușa", "Arlechino", "Albinuța", "Izvorul Tămăduirii", "Dumbrava Minunată", "Bucuria Vârstei",
          "Seniorii"]


@dataclass
class Svc:
    """One service as the annex prints it, and its facts."""

    name: str
    code: str  # canonical; "" when the annex prints none
    code_raw: str
    category: str
    places: int | None
    beneficiaries: int | None
    sources: dict[str, int] = field(default_factory=dict)  # contract column -> lei
    month_cost: int = 0  # lei / beneficiary / month
    contribution: int = 0  # lei / month owed by a beneficiary (residential services)
    address: str = ""

    @property
    def total(self) -> int:
        return sum(self.sources.values())


def name_service(rnd: random.Random, kind: Kind, town: str, used: set[str]) -> str:
    for _ in range(20):
        name = kind.pattern.format(nick=rnd.choice(_NICKS), town=town, k=rnd.randint(1, 9))
        if name not in used:
            used.add(name)
            return name
    name = kind.pattern.format(nick=rnd.choice(_NICKS), town=town, k=len(used) + 10) + f" {len(used)}"
    used.add(name)
    return name


def print_code(rnd: random.Random, code: str, missing_share: float) -> tuple[str, str]:
    """(canonical, printed): the nomenclator code as annexes print it, or none at all."""
    r = rnd.random()
    if r < missing_share:
        return "", rnd.choice(["-", "", "fără cod", "-"])
    if r < missing_share + 0.08:
        return code, "cod " + code
    return code, code_spelling(rnd, code)


# ------------------------------------------------------------------------------------------------ money


@dataclass(frozen=True)
class Money:
    """How one table prints money: its unit, where the unit is said, decimals."""

    mii: bool
    where: str  # header (each money header) | group (a merged header over the money columns) | above | cells
    decimals: bool

    @property
    def unit(self) -> str:
        return "mii lei" if self.mii else "lei"

    def number(self, lei: int) -> str:
        if self.mii:
            k, rest = divmod(lei, 1000)
            if self.decimals:
                return f"{group(k)},{rest // 10:02d}"
            frac = f"{rest // 10:02d}".rstrip("0")
            return group(k) + ("," + frac if frac else "")
        return group(lei) + (",00" if self.decimals else "")

    def cell(self, lei: int) -> str:
        return self.number(lei) + (f" {self.unit}" if self.where == "cells" else "")

    def head(self, words: str) -> str:
        return f"{words} ({self.unit})" if self.where == "header" else words

    def amount(self, rnd: random.Random, lo: int, hi: int) -> int:
        """An amount in lei this table can print exactly (whole hundreds when in mii lei)."""
        step = 1000 if self.mii and not self.decimals else 100
        return rnd.randrange(lo // step, hi // step + 1) * step


def prose_money(lei: int, mii: bool) -> str:
    """Money in a sentence, with its unit: '1.234.500 lei' / '1.234,5 mii lei'."""
    if mii:
        k, rest = divmod(lei, 1000)
        frac = f"{rest // 10:02d}".rstrip("0")
        return group(k) + ("," + frac if frac else "") + " mii lei"
    return group(lei) + " lei"


# ------------------------------------------------------------------------------------------------ document


@dataclass
class Doc(Elements):
    rnd: random.Random
    year: int
    auth: Authority
    els: list[mv.El] = field(default_factory=list)
    services: list[dict] = field(default_factory=list)
    totals: list[dict] = field(default_factory=list)
    indicators: list[dict] = field(default_factory=list)
    unit_main: str | None = None

    def total(self, scope: str, amount: float, unit: str, raw: str) -> None:
        if any(abs(t["amount"] - amount) < 0.005 and t["unit"] == unit for t in self.totals):
            return  # one figure stated twice (the article and the TOTAL row): expected once
        self.totals.append({"scope": scope, "amount": amount, "unit": unit, "raw": raw})

    def indicator(self, key: str, subject: str, value: float, unit: str, raw: str) -> None:
        self.indicators.append({"indicator": key, "subject": subject, "value": value, "unit": unit,
                                "year": self.year, "raw": raw})

    def date(self, year: int, months: tuple[int, int] = (1, 12)) -> tuple[str, str]:
        """('12.03.2024', '12 martie 2024')."""
        m, d = self.rnd.randint(*months), self.rnd.randint(1, 28)
        return f"{d:02d}.{m:02d}.{year}", f"{d} {MONTHS[m - 1]} {year}"
