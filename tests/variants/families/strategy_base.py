"""Plumbing of the social-services strategy family (``strategy.py``): the authorities that write a strategy
(county DGASPC, a municipality's DAS, a town's SPAS, a commune's town hall) with the names it prints, the social
services a place runs or plans, the partners it signs agreements with, how money is printed, and the document
being written together with the values it states.

Vocabulary of this module's own (written blind: not read from the pipeline nor from the other families' pools).
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

import make_variants as mv

from .fmt import group
from .places import _units, pick_county, pick_place
from .writing import Elements

__all__ = ["Authority", "pick_authority", "towns_of", "Kind", "KINDS", "TARGETS", "NICKS", "Printer", "Doc",
           "PEOPLE", "region_of", "MONTHS", "LEFT", "UP"]

LEFT, UP = mv.LEFT, mv.UP

MONTHS = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
          "octombrie", "noiembrie", "decembrie"]

# ------------------------------------------------------------------------------------------------ authorities


@dataclass(frozen=True)
class Authority:
    """The place a strategy is about, the body that writes it and the council that approves it."""

    level: str  # judet | municipiu | oras | comuna
    name: str  # the county's or the place's name
    county: str
    uat: str  # "Județul Neamț", "Municipiul Roman", "Orașul Bicaz", "Comuna Tazlău"
    gen: str  # "Județului Neamț", "Municipiului Roman"
    where: str  # "în județul Neamț", "în municipiul Roman"
    author: str  # the body that drafts the strategy, as printed in full
    author_alts: str  # the contract's issuer and its accepted short forms
    author_kind: str
    short: str  # "DGASPC Neamț", "D.A.S. Roman", "SPAS Bicaz", "Primăria comunei Tazlău"
    council: str  # "Consiliul Județean Neamț", "Consiliul Local al Municipiului Roman"
    council_alts: str
    council_kind: str
    act: str  # "HCJ" / "HCL"
    home: str  # a town where the services sit (the county seat or the place itself)


def towns_of(county: str) -> list[str]:
    by_kind, _ = _units()
    return [t.name for kind in ("municipiu", "oras") for t in by_kind[kind] if t.county == county]


def pick_authority(rnd: random.Random) -> Authority:
    level = rnd.choices(["judet", "municipiu", "oras", "comuna"], [35, 30, 20, 15])[0]
    if level == "judet":
        c = pick_county(rnd)
        dg = f"Direcția Generală de Asistență Socială și Protecția Copilului {c}"
        towns = towns_of(c) or [c]
        return Authority(level, c, c, f"Județul {c}", f"Județului {c}", f"în județul {c}", dg,
                         f"{dg} || D.G.A.S.P.C. {c} || DGASPC {c}", "DGASPC", rnd.choice([f"DGASPC {c}",
                                                                                           f"D.G.A.S.P.C. {c}"]),
                         f"Consiliul Județean {c}", f"Consiliul Județean {c}", "consiliu_judetean", "HCJ",
                         towns[0])
    town = pick_place(rnd, (level,))
    gen = town.genitive
    council = f"Consiliul Local al {gen}"
    council_alts = f"{council} || Consiliul Local {town.name}"
    where = {"municipiu": "în municipiul", "oras": "în orașul", "comuna": "în comuna"}[level] + f" {town.name}"
    if level == "municipiu":
        a = f"Direcția de Asistență Socială a {gen}"
        return Authority(level, town.name, town.county, town.uat, gen, where, a,
                         f"{a} || Direcția de Asistență Socială {town.name}", "DAS",
                         rnd.choice([f"D.A.S. {town.name}", f"DAS {town.name}", "Direcția"]), council, council_alts,
                         "consiliu_local", "HCL", town.name)
    if level == "oras":
        a = f"Serviciul Public de Asistență Socială al {gen}"
        return Authority(level, town.name, town.county, town.uat, gen, where, a,
                         f"{a} || Serviciul Public de Asistență Socială {town.name}", "SPAS",
                         rnd.choice([f"SPAS {town.name}", f"S.P.A.S. {town.name}"]), council, council_alts,
                         "consiliu_local", "HCL", town.name)
    a = f"Primăria {gen}"
    return Authority(level, town.name, town.county, town.uat, gen, where, a,
                     f"{a} || Primăria {town.name} || Compartimentul de asistență socială al Primăriei {gen}",
                     "primarie || SPAS", "Compartimentul de asistență socială", council, council_alts,
                     "consiliu_local", "HCL", town.name)


_REGIONS = {
    "Nord-Est": ("Bacău", "Botoșani", "Iași", "Neamț", "Suceava", "Vaslui"),
    "Sud-Est": ("Brăila", "Buzău", "Constanța", "Galați", "Tulcea", "Vrancea"),
    "Sud-Muntenia": ("Argeș", "Călărași", "Dâmbovița", "Giurgiu", "Ialomița", "Prahova", "Teleorman"),
    "Sud-Vest Oltenia": ("Dolj", "Gorj", "Mehedinți", "Olt", "Vâlcea"),
    "Vest": ("Arad", "Caraș-Severin", "Hunedoara", "Timiș"),
    "Nord-Vest": ("Bihor", "Bistrița-Năsăud", "Cluj", "Maramureș", "Satu Mare", "Sălaj"),
    "Centru": ("Alba", "Brașov", "Covasna", "Harghita", "Mureș", "Sibiu"),
    "București-Ilfov": ("Ilfov",),
}


def region_of(county: str) -> str:
    return next((r for r, cs in _REGIONS.items() if county in cs), "Centru")


# ------------------------------------------------------------------------------------------------ services


@dataclass(frozen=True)
class Kind:
    """A kind of social service: how a place names one, its nomenclator code, its target group, a capacity range,
    which levels run it (county / local), and the word its capacity counts."""

    pattern: str  # "{nick}" is the service's own name
    code: str
    target: str  # key of TARGETS
    places: tuple[int, int]
    levels: str  # "J" county, "L" local, "JL" both
    unit: str = "locuri"  # "locuri" | "beneficiari"


TARGETS = {  # key -> the headings a strategy prints for the target group
    "copii": ["Servicii sociale pentru copii și familie", "Copii și familii", "Protecția copilului și a familiei",
              "Copii aflați în dificultate"],
    "varstnici": ["Servicii sociale pentru persoane vârstnice", "Persoane vârstnice", "Vârstnici"],
    "dizabilitati": ["Servicii sociale pentru persoane adulte cu dizabilități", "Persoane adulte cu dizabilități",
                     "Persoane cu handicap"],
    "risc": ["Persoane în situație de risc de excluziune socială", "Alte categorii de persoane vulnerabile",
             "Servicii pentru persoane și familii în dificultate"],
}

KINDS = [
    Kind("Centrul de plasament „{nick}”", "8790 CR-C-I", "copii", (12, 40), "J"),
    Kind("Casa de tip familial „{nick}”", "8790 CR-C-I", "copii", (6, 12), "J"),
    Kind("Centrul de primire în regim de urgență pentru copilul abuzat, neglijat și exploatat", "8790 CR-C-II",
         "copii", (8, 20), "J"),
    Kind("Centrul maternal „{nick}”", "8790 CR-MC-I", "copii", (6, 14), "J"),
    Kind("Centrul de zi pentru copii „{nick}”", "8891 CZ-C-II", "copii", (15, 50), "JL"),
    Kind("Centrul de recuperare pentru copii cu dizabilități „{nick}”", "8891 CZ-C-III", "copii", (20, 60), "J"),
    Kind("Centrul de consiliere și sprijin pentru părinți și copii", "8899 CZ-F-I", "copii", (20, 80), "JL",
         "beneficiari"),
    Kind("Creșa „{nick}”", "8891 CZ-C-I", "copii", (20, 60), "L"),
    Kind("Căminul pentru persoane vârstnice „{nick}”", "8730 CR-V-I", "varstnici", (20, 90), "JL"),
    Kind("Centrul de zi pentru persoane vârstnice „{nick}”", "8810 CZ-V-II", "varstnici", (20, 60), "L"),
    Kind("Clubul seniorilor „{nick}”", "8810 CZ-V-II", "varstnici", (30, 80), "L"),
    Kind("Serviciul de îngrijire la domiciliu pentru persoane vârstnice", "8810 ID-I", "varstnici", (20, 120), "JL",
         "beneficiari"),
    Kind("Centrul de zi de asistență și recuperare pentru vârstnici „{nick}”", "8810 CZ-V-I", "varstnici", (15, 40),
         "L"),
    Kind("Locuința protejată pentru persoane vârstnice „{nick}”", "8730 CR-V-III", "varstnici", (6, 12), "JL"),
    Kind("Locuința protejată „{nick}” pentru persoane adulte cu dizabilități", "8790 CR-D-VII", "dizabilitati",
         (6, 12), "J"),
    Kind("Centrul de zi pentru persoane adulte cu dizabilități „{nick}”", "8899 CZ-D-I", "dizabilitati", (15, 40),
         "JL"),
    Kind("Centrul de recuperare neuromotorie de tip ambulatoriu", "8899 CZ-D-II", "dizabilitati", (30, 80), "J",
         "beneficiari"),
    Kind("Centrul respiro pentru persoane adulte cu dizabilități „{nick}”", "8790 CR-D-VI", "dizabilitati", (6, 12),
         "J"),
    Kind("Echipa mobilă pentru persoane adulte cu dizabilități", "8810 ID-VI", "dizabilitati", (20, 60), "JL",
         "beneficiari"),
    Kind("Cantina socială „{nick}”", "8899 CPDH-I", "risc", (50, 300), "L", "beneficiari"),
    Kind("Adăpostul de noapte pentru persoane fără adăpost", "8790 CR-PFA-II", "risc", (15, 50), "JL"),
    Kind("Centrul de primire în regim de urgență pentru victimele violenței domestice", "8790 CR-VD-I", "risc",
         (6, 15), "J"),
    Kind("Centrul de consiliere pentru prevenirea și combaterea violenței în familie", "8899 CZ-VD-I", "risc",
         (20, 60), "JL", "beneficiari"),
    Kind("Serviciul de asistență comunitară", "8899 CZ-PN-V", "risc", (100, 500), "L", "beneficiari"),
    Kind("Echipa mobilă de intervenție în stradă", "8899 SIS-I", "risc", (20, 100), "JL", "beneficiari"),
    Kind("Serviciul de masă pe roți „{nick}”", "8899 CPDH-II", "risc", (20, 80), "L", "beneficiari"),
]

NICKS = ["Sfântul Andrei", "Mugurel", "Trandafirul", "Arc-en-Ciel", "Sfânta Parascheva", "Steluța", "Curcubeul",
         "Floarea Soarelui", "Pinocchio", "Casa Bunicii", "Dor de Viață", "Albinuța", "Sfântul Mihail", "Rază de Lumină",
         "Împreună", "Anotimpuri", "Căsuța din Povești", "Sfântul Dimitrie", "Prichindel", "Sfânta Elena", "Toamna Vieții",
         "Mărțișor", "Cireșarii", "Aripi"]

PEOPLE = ["Ioan Mureșan", "Daniela Pop", "Cristian Oprea", "Gabriela Stoica", "Marius Ene", "Loredana Chirilă",
          "Adrian Bălan", "Simona Vlad", "Petru Zaharia", "Carmen Dobre", "Nicolae Iordache", "Raluca Manole"]


# ------------------------------------------------------------------------------------------------ money


@dataclass(frozen=True)
class Printer:
    """How one table prints money: its unit, decimals, and where the unit is said."""

    mii: bool
    decimals: bool
    where: str  # header | cells | above

    @staticmethod
    def pick(rnd: random.Random, mii_share: float = 0.35) -> "Printer":
        return Printer(rnd.random() < mii_share, rnd.random() < 0.4, rnd.choice(["header", "header", "cells", "above"]))

    @property
    def unit(self) -> str:
        return "mii lei" if self.mii else "lei"

    def amount(self, rnd: random.Random, lo: int, hi: int) -> int:
        """An amount in lei this printer can print exactly (whole hundreds under "mii lei", tens otherwise)."""
        step = 100 if self.mii else 10
        return rnd.randrange(lo // step, hi // step + 1) * step

    def number(self, lei: int) -> str:
        if self.mii:
            k, rest = divmod(lei, 1000)
            if self.decimals:
                return f"{group(k)},{rest // 10:02d}"
            frac = f"{rest // 10:02d}".rstrip("0")
            return group(k) + ("," + frac if frac else "")
        return group(lei) + (",00" if self.decimals else "")

    def cell(self, lei: int) -> str:
        return self.number(lei) + (" " + self.unit if self.where == "cells" else "")

    def header(self, words: str) -> str:
        return f"{words} ({self.unit})" if self.where == "header" else words

    def above(self) -> str | None:
        if self.where != "above":
            return None
        return f"- {self.unit} -" if self.mii else f"Valorile sunt exprimate în {self.unit}."


def lei_sentence(lei: int) -> str:
    """Money in a sentence, as prose prints it."""
    return f"{group(lei)} lei"


# ------------------------------------------------------------------------------------------------ document


@dataclass
class Doc(Elements):
    """The document being written and the facts it states (the expected values)."""

    rnd: random.Random
    auth: Authority
    start: int
    end: int
    els: list[mv.El] = field(default_factory=list)
    services: list[dict] = field(default_factory=list)
    totals: list[dict] = field(default_factory=list)
    partnerships: list[dict] = field(default_factory=list)
    trainings: list[dict] | None = None  # None: the strategy prints no training programme (not asserted)
    indicators: list[dict] = field(default_factory=list)
    seq: int = 0  # tables written so far
    unit_main: str | None = None
    page: int = 1
    county_printed: bool = False  # a letterhead or the decision's header names the county

    @property
    def span(self) -> str:
        return f"{self.start}–{self.end}"

    def table(self, rows: list[list[str]], header_rows: int = 1) -> int:
        self.els.append(mv.table(rows, header_rows))
        self.seq += 1
        return self.seq

    def running_line(self, text: str) -> None:
        """A page header or footer a PDF-to-text export leaves between two sections."""
        self.page += self.rnd.randint(1, 4)
        self.p(text.format(page=self.page))

    def total(self, scope: str, amount: float, unit: str, raw: str) -> None:
        if amount <= 0 or any(abs(t["amount"] - amount) < 0.005 and t["unit"] == unit for t in self.totals):
            return  # one figure stated twice (a TOTAL row and a sentence): expected once
        self.totals.append({"scope": scope, "amount": amount, "unit": unit, "raw": raw})

    def indicator(self, key: str, subject: str, value: float, unit: str, raw: str, year: int) -> None:
        self.indicators.append({"indicator": key, "subject": subject, "value": value, "unit": unit, "year": year,
                                "raw": raw})

    def date(self, year: int, months: tuple[int, int] = (1, 12)) -> tuple[str, str]:
        """A date: ('12.03.2024', '2024-03-12')."""
        m, d = self.rnd.randint(*months), self.rnd.randint(1, 28)
        return f"{d:02d}.{m:02d}.{year}", f"{year}-{m:02d}-{d:02d}"
