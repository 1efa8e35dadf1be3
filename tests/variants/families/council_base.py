"""Plumbing of the council-programmes family (``council_programmes.py``): the councils that approve social-assistance
programmes (commune, town, municipality, county, Bucharest sector) with the names a decision prints, the
associations and social-assistance units a programme funds, the contracts it buys, and how money is printed.

Vocabulary of this module's own (written blind: not read from the pipeline nor from the other families' pools).
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

import make_variants as mv

from .fmt import code_spelling, group
from .places import pick_county, pick_place
from .writing import Elements

__all__ = ["Council", "pick_council", "Unit", "UNITS", "association_name", "Contract", "CONTRACTS", "CPV_TEXT", "GRANTS",
           "Printer", "Doc", "SIGNATORIES"]

# ------------------------------------------------------------------------------------------------ councils


@dataclass(frozen=True)
class Council:
    """One deliberative authority and the executive bodies under it."""

    level: str  # comuna | oras | municipiu | judet | sector
    name: str  # "Poiana Mare", the county's name, or the sector's number
    county: str  # "Dolj"; "București" for a sector
    uat: str  # the contract's form: "Comuna Poiana Mare", "Județul Dolj", "Sector 3 București"
    gen: str  # "Comunei Poiana Mare", "Județului Dolj", "Sectorului 3"
    council: str  # "Consiliul Local al Comunei Poiana Mare" / "Consiliul Județean Dolj"
    council_alts: str  # the contract's issuer with the printed short forms ("A || B")
    council_kind: str  # consiliu_local | consiliu_judetean
    directorate: str  # the executive body that runs the programme (as printed)
    directorate_alts: str
    directorate_kind: str  # DAS | SPAS | DGASPC | primarie
    chair: str  # who signs the decision: "PREȘEDINTE DE ȘEDINȚĂ" / "PREȘEDINTE"
    secretary: str  # "SECRETAR GENERAL AL COMUNEI" …
    budget: str  # "bugetul local" / "bugetul propriu al județului"


def pick_council(rnd: random.Random) -> Council:
    level = rnd.choices(["comuna", "oras", "municipiu", "judet", "sector"], [28, 20, 27, 15, 10])[0]
    if level == "sector":
        n = str(rnd.randint(1, 6))
        dg = f"Direcția Generală de Asistență Socială și Protecția Copilului Sector {n}"
        return Council(level, n, "București", f"Sector {n} București", f"Sectorului {n}",
                       f"Consiliul Local al Sectorului {n}",
                       f"Consiliul Local al Sectorului {n} || Consiliul Local Sector {n}", "consiliu_local",
                       dg, f"{dg} || D.G.A.S.P.C. Sector {n}", "DGASPC", "PREȘEDINTE DE ȘEDINȚĂ",
                       f"SECRETAR GENERAL AL SECTORULUI {n}", "bugetul local al Sectorului " + n)
    if level == "judet":
        county = pick_county(rnd)
        dg = f"Direcția Generală de Asistență Socială și Protecția Copilului {county}"
        return Council(level, county, county, f"Județul {county}", f"Județului {county}",
                       f"Consiliul Județean {county}", f"Consiliul Județean {county}", "consiliu_judetean",
                       dg, f"{dg} || D.G.A.S.P.C. {county}", "DGASPC", "PREȘEDINTE",
                       "SECRETAR GENERAL AL JUDEȚULUI", "bugetul propriu al Județului " + county)
    town = pick_place(rnd, (level,))
    gen = town.genitive
    council = f"Consiliul Local al {gen}"
    if level == "comuna":
        d = f"Primăria {gen}"
        dalts, dkind = f"{d} || Primăria {town.name}", "primarie"
        sec = "SECRETAR GENERAL AL COMUNEI"
    elif level == "oras":
        d = f"Serviciul Public de Asistență Socială al {gen}"
        dalts, dkind = f"{d} || Serviciul Public de Asistență Socială {town.name}", "SPAS"
        sec = "SECRETAR GENERAL AL ORAȘULUI"
    else:
        d = f"Direcția de Asistență Socială a {gen}"
        dalts, dkind = f"{d} || Direcția de Asistență Socială {town.name}", "DAS"
        sec = "SECRETAR GENERAL AL MUNICIPIULUI"
    return Council(level, town.name, town.county, town.uat, gen, council,
                   f"{council} || Consiliul Local {town.name}", "consiliu_local", d, dalts, dkind,
                   "PREȘEDINTE DE ȘEDINȚĂ", sec, "bugetul local")


# ------------------------------------------------------------------------------ units, associations, contracts


@dataclass(frozen=True)
class Unit:
    """A kind of social-assistance unit an association runs: how it is named, its nomenclator code, the CPV its
    service is bought under, and the monthly subsidy a beneficiary typically attracts."""

    pattern: str  # "{nick}" is the unit's own name
    code: str
    cpv: str  # with the official check digit
    cpv_text: str
    monthly: tuple[int, int]  # lei per beneficiary per month (whole tens)
    people: tuple[int, int]  # beneficiaries per month


UNITS = [
    Unit("Cămin pentru persoane vârstnice „{nick}”", "8730 CR-V-I", "85311100-3",
         "Servicii de asistență socială cu cazare pentru persoanele în vârstă", (310, 510), (12, 60)),
    Unit("Centrul de zi pentru copii „{nick}”", "8891 CZ-C-II", "85312110-3", "Servicii de centre de zi pentru copii",
         (150, 320), (15, 45)),
    Unit("Cantina socială „{nick}”", "8899 CPDH-I", "55321000-6", "Servicii de preparare a mesei", (120, 260),
         (30, 120)),
    Unit("Serviciul de îngrijire la domiciliu pentru persoane vârstnice „{nick}”", "8810 ID-I", "85312400-3",
         "Servicii de asistență socială neefectuate de instituții rezidențiale", (160, 300), (10, 50)),
    Unit("Locuința protejată „{nick}” pentru persoane adulte cu dizabilități", "8790 CR-D-VII", "85311200-4",
         "Servicii de asistență socială cu cazare pentru persoanele cu handicap", (400, 510), (6, 16)),
    Unit("Adăpostul de noapte „{nick}”", "8790 CR-PFA-II", "85311000-2", "Servicii de asistență socială cu cazare",
         (250, 420), (10, 40)),
    Unit("Centrul maternal „{nick}”", "8790 CR-MC-I", "85311300-5",
         "Servicii de asistență socială cu cazare pentru copii și tineri", (300, 480), (6, 14)),
    Unit("Centrul de zi pentru persoane adulte cu dizabilități „{nick}”", "8899 CZ-D-I", "85312120-6",
         "Servicii de centre de zi pentru copii și tineri cu handicap", (200, 380), (10, 35)),
    Unit("Centrul de zi pentru persoane vârstnice „{nick}”", "8810 CZ-V-II", "85312100-0",
         "Servicii de centre de zi", (120, 250), (20, 70)),
    Unit("Serviciul de masă pe roți „{nick}”", "8899 CPDH-II", "55521200-0", "Servicii de livrare de mese",
         (150, 300), (20, 80)),
]

_NICKS = ["Sfânta Ana", "Ghiocelul", "Speranța", "Casa Bunicilor", "Sfântul Nicolae", "Lumina", "Raza de Soare",
          "Sfântul Spiridon", "Bucuria", "Împreună", "Floare de Colț", "Izvorul", "Arca lui Noe", "Betania",
          "Sfânta Maria", "Samariteanul", "Pâinea Vieții", "Casa Luminii", "Acasă", "Prietenia"]
_ASSOC = ["Asociația „{a}”", "Fundația „{a}”", "Asociația Filantropică „{a}”", "Fundația Creștină „{a}”",
          "Asociația {a}", "Fundația {a}", "Asociația de Caritate „{a}”"]
_ASSOC_NAMES = ["Inimă de Copil", "Alături de Voi", "Diakonia", "Sf. Vasile cel Mare", "Samaritenii", "Pentru Voi",
                "Filantropia", "Clipa de Bucurie", "Viață și Lumină", "Sprijin la Domiciliu", "Mâini Întinse",
                "Casa Speranței", "Hope for Tomorrow", "Concordia", "Caritas Familia", "Sfântul Ioan Milostivul",
                "Părinții Bătrâni", "Orizonturi Noi", "Bunătatea", "Ajutor Creștin"]


def association_name(rnd: random.Random, county: str) -> str:
    if rnd.random() < 0.12:
        return f"Asociația Caritas {county}"
    return rnd.choice(_ASSOC).format(a=rnd.choice(_ASSOC_NAMES))


@dataclass(frozen=True)
class Contract:
    """A social service a council buys under Law 98/2016 (Annex 2 services)."""

    object: str
    cpv: str
    code: str  # the service's nomenclator code when the programme prints one, else ""
    value: tuple[int, int]  # estimated value range, lei without VAT


CONTRACTS = [
    Contract("Servicii de îngrijire la domiciliu pentru persoane vârstnice dependente", "85312400-3", "8810 ID-I",
             (60_000, 700_000)),
    Contract("Servicii sociale cu cazare pentru persoane vârstnice", "85311100-3", "8730 CR-V-I",
             (300_000, 2_500_000)),
    Contract("Servicii de preparare și distribuire a hranei pentru beneficiarii cantinei sociale", "55321000-6",
             "8899 CPDH-I", (80_000, 600_000)),
    Contract("Servicii sociale cu cazare pentru persoane adulte cu dizabilități", "85311200-4", "8790 CR-D-VII",
             (250_000, 2_000_000)),
    Contract("Servicii de centru de zi pentru copii aflați în situație de risc de separare de părinți",
             "85312110-3", "8891 CZ-C-II", (90_000, 500_000)),
    Contract("Servicii de consiliere psihologică pentru victimele violenței domestice", "85312320-8", "",
             (30_000, 180_000)),
    Contract("Servicii de găzduire pe timp de noapte pentru persoane fără adăpost", "85311000-2", "8790 CR-PFA-II",
             (120_000, 900_000)),
    Contract("Servicii de livrare la domiciliu a mesei calde (masa pe roți)", "55521200-0", "8899 CPDH-II",
             (50_000, 400_000)),
    Contract("Servicii de reabilitare pentru persoane cu dizabilități", "85312500-4", "", (60_000, 450_000)),
    Contract("Servicii de asistență socială fără cazare pentru familii în dificultate", "85312000-9", "",
             (40_000, 300_000)),
]

# the official Romanian descriptions of the CPV codes above (printed next to the code by some programmes)
CPV_TEXT = {"85312400-3": "Servicii de asistență socială neefectuate de instituții rezidențiale",
            "85311100-3": "Servicii de asistență socială cu cazare pentru persoanele în vârstă",
            "55321000-6": "Servicii de preparare a mesei",
            "85311200-4": "Servicii de asistență socială cu cazare pentru persoanele cu handicap",
            "85312110-3": "Servicii de centre de zi pentru copii",
            "85312320-8": "Servicii de consultanță",
            "85311000-2": "Servicii de asistență socială cu cazare",
            "55521200-0": "Servicii de livrare de mese",
            "85312500-4": "Servicii de reabilitare",
            "85312000-9": "Servicii de asistență socială fără cazare"}

# non-refundable financing under Law 350/2005: the kind of project financed (the programme's object)
GRANTS = ["Servicii de îngrijire socio-medicală la domiciliu pentru persoane vârstnice",
          "Activități de tip after-school pentru copii din familii defavorizate",
          "Servicii de consiliere și sprijin pentru părinți și copii",
          "Programe de integrare socială pentru persoane cu dizabilități",
          "Sprijin alimentar pentru persoane și familii aflate în risc de sărăcie",
          "Servicii de prevenire a abandonului școlar și a separării copilului de familie",
          "Programe pentru prevenirea și combaterea violenței domestice",
          "Activități de socializare pentru vârstnici în cluburile pensionarilor"]

SIGNATORIES = ["Ion Popa", "Maria Ionescu", "Gheorghe Stan", "Elena Dumitru", "Vasile Marin", "Ana Constantin",
               "Constantin Rusu", "Mihaela Toma", "Dumitru Lungu", "Florin Neagu", "Adriana Munteanu"]


# ------------------------------------------------------------------------------------------------ money


@dataclass(frozen=True)
class Printer:
    """How one document prints money: unit of the money columns, decimals, dots, and where the unit is said."""

    mii: bool  # the programme's money columns are in "mii lei"
    decimals: bool  # "93.000,00" rather than "93.000"
    dots: bool  # "93.000" rather than "93000"
    where: str  # header | cells | above (a line "- lei -" / "Sumele sunt exprimate în lei" above the table)

    @staticmethod
    def pick(rnd: random.Random, allow_mii: bool = True) -> "Printer":
        mii = allow_mii and rnd.random() < 0.3
        return Printer(mii, rnd.random() < 0.45, rnd.random() < 0.85, rnd.choice(["header", "header", "cells", "above"]))

    @property
    def unit(self) -> str:
        return "mii lei" if self.mii else "lei"

    def number(self, lei: int) -> str:
        """A money cell's figure (no unit word): lei as '93.000' / '93.000,00', mii lei as '93,00' / '93,5'."""
        if self.mii:
            k, rest = divmod(lei, 1000)
            head = group(k) if self.dots else str(k)
            if self.decimals:
                return f"{head},{rest // 10:02d}"
            frac = f"{rest // 10:02d}".rstrip("0")
            return head + ("," + frac if frac else "")
        head = group(lei) if self.dots else str(lei)
        return head + (",00" if self.decimals else "")

    def cell(self, lei: int) -> str:
        text = self.number(lei)
        return text + (" " + self.unit if self.where == "cells" else "")

    def header(self, words: str) -> str:
        return f"{words} ({self.unit})" if self.where == "header" else words

    def above(self) -> str | None:
        if self.where != "above":
            return None
        return f"- {self.unit} -" if self.mii or self.decimals else f"Sumele sunt exprimate în {self.unit}."

    def sentence(self, lei: int) -> str:
        """Money in a sentence: always with its unit, lei as printed in prose."""
        return (group(lei) if self.dots else str(lei)) + (",00" if self.decimals else "") + " lei"


def spelled_code(rnd: random.Random, code: str) -> str:
    return code_spelling(rnd, code)


def spelled_cpv(rnd: random.Random, cpv: str, text: str) -> str:
    """'85311100-3' as programmes print it: bare, with spaces, without its check digit, or with its description."""
    digits, check = cpv.split("-")
    form = rnd.randrange(6)
    if form == 1:
        return f"{digits} - {check}"
    if form == 2:
        return digits
    if form == 3:
        return f"{cpv} – {text}"
    if form == 4:
        return f"{cpv} ({text})"
    return cpv


# ------------------------------------------------------------------------------------------------ document


@dataclass
class Doc(Elements):
    """The document being written and the facts it states (the expected values)."""

    rnd: random.Random
    year: int
    council: Council
    els: list[mv.El] = field(default_factory=list)
    subsidies: list[dict] = field(default_factory=list)
    procurements: list[dict] = field(default_factory=list)
    totals: list[dict] = field(default_factory=list)
    partnerships: list[dict] = field(default_factory=list)
    indicators: list[dict] = field(default_factory=list)

    def total(self, scope: str, amount: float, unit: str, raw: str) -> None:
        if any(abs(t["amount"] - amount) < 0.005 and t["unit"] == unit for t in self.totals):
            return  # one figure stated twice (a TOTAL row and the article): expected once
        self.totals.append({"scope": scope, "amount": amount, "unit": unit, "raw": raw})

    def indicator(self, key: str, subject: str, value: float, unit: str, raw: str, year: int | None = None) -> None:
        self.indicators.append({"indicator": key, "subject": subject, "value": value, "unit": unit,
                                "year": year or self.year, "raw": raw})

    def date(self, year: int, months: tuple[int, int] = (1, 12)) -> tuple[str, str, str]:
        """A date: ('12.03.2024', '2024-03-12', '12 martie 2024')."""
        m, d = self.rnd.randint(*months), self.rnd.randint(1, 28)
        return f"{d:02d}.{m:02d}.{year}", f"{year}-{m:02d}-{d:02d}", f"{d} {_MONTHS[m - 1]} {year}"


_MONTHS = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
           "octombrie", "noiembrie", "decembrie"]
