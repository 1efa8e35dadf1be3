"""The issuing authority and the document context of the ``partnership_agreements`` family (``partnerships.py``):
who approves or keeps the agreements (a commune, town, municipality, county, Bucharest sector or the capital; its
council and its social-assistance directorate), how it is named in a letterhead, in an agreement and in a sentence,
and the expected values a document collects while it is written."""
from __future__ import annotations

import random
from dataclasses import dataclass, field

import make_variants as mv

from . import places
from .partnership_pools import Agreement, Partner, date_in, objects_for, pick_act, pick_partner, validity
from .writing import Elements

__all__ = ["Issuer", "pick_issuer", "Doc", "make_agreements", "number_text"]


@dataclass
class Issuer:
    level: str  # commune | town | municipality | county | sector | capital
    county: str  # "București" for a sector and the capital
    town: places.Town | None  # the UAT (commune, town, municipality); a town of the county for a county
    sector: int | None = None
    dir_kind: str = "DAS"  # DAS | SPAS | DGASPC | DGASMB | primarie (a commune's compartment)

    # ------------------------------------------------------------------ contract forms
    @property
    def uat(self) -> str:
        if self.level == "county":
            return f"Județul {self.county}"
        if self.level == "sector":
            return f"Sector {self.sector} București"
        if self.level == "capital":
            return "Municipiul București"
        return self.town.uat

    @property
    def council(self) -> str:
        if self.level == "county":
            return f"Consiliul Județean {self.county}"
        if self.level == "sector":
            return f"Consiliul Local al Sectorului {self.sector}"
        if self.level == "capital":
            return "Consiliul General al Municipiului București"
        return f"Consiliul Local al {self.town.genitive}"

    @property
    def council_kind(self) -> str:
        return "consiliu_judetean" if self.level == "county" else "consiliu_local"

    @property
    def directorate(self) -> str:
        """The directorate's canonical name (the contract's `issuer` of a register or report)."""
        if self.level == "county":
            return f"Direcția Generală de Asistență Socială și Protecția Copilului {self.county}"
        if self.level == "sector":
            return f"Direcția Generală de Asistență Socială și Protecția Copilului Sector {self.sector}"
        if self.level == "capital":
            return "Direcția Generală de Asistență Socială a Municipiului București"
        if self.level == "commune":
            return f"Compartimentul de asistență socială al Primăriei {self.town.genitive}"
        if self.dir_kind == "SPAS":
            return f"Serviciul Public de Asistență Socială al {self.town.genitive}"
        return f"Direcția de Asistență Socială a {self.town.genitive}"

    @property
    def directorate_gold(self) -> str:
        if self.level == "commune":  # a commune's compartment or its town hall (as the commune plans' gold)
            return f"Primăria {self.town.genitive} || {self.directorate}"
        return self.directorate

    @property
    def dir_short(self) -> str:
        """How sentences name the directorate."""
        if self.level == "county":
            return f"D.G.A.S.P.C. {self.county}"
        if self.level == "sector":
            return f"D.G.A.S.P.C. Sector {self.sector}"
        if self.level == "capital":
            return "D.G.A.S.M.B."
        if self.level == "commune":
            return "Compartimentul de asistență socială"
        return ("S.P.A.S. " if self.dir_kind == "SPAS" else "D.A.S. ") + self.town.name

    @property
    def directorate_genitive(self) -> str:
        """'Direcției Generale de Asistență Socială …' (after 'Raportul de activitate al …')."""
        name = self.directorate
        for nom, gen in (("Direcția Generală", "Direcției Generale"), ("Direcția", "Direcției"),
                         ("Serviciul", "Serviciului"), ("Compartimentul", "Compartimentului")):
            if name.startswith(nom):
                return gen + name[len(nom):]
        return name

    @property
    def dir_gen(self) -> str:
        """The directorate after 'raportul de specialitate al …'."""
        return "Compartimentului de asistență socială" if self.level == "commune" else self.dir_short

    @property
    def place(self) -> str:
        """The locality partners are drawn near."""
        if self.level in ("sector", "capital"):
            return "București"
        return self.town.name

    @property
    def bucharest(self) -> bool:
        return self.level in ("sector", "capital")

    # ------------------------------------------------------------------ printed forms
    def letterhead_council(self) -> list[str]:
        top = ["ROMÂNIA", "MUNICIPIUL BUCUREȘTI" if self.bucharest else f"JUDEȚUL {self.county.upper()}"]
        return top + [self.council.upper()]

    def letterhead_directorate(self, rnd: random.Random) -> list[str]:
        top = ["ROMÂNIA", "MUNICIPIUL BUCUREȘTI" if self.bucharest else f"JUDEȚUL {self.county.upper()}"]
        if self.level == "commune":
            return top + [f"PRIMĂRIA {self.town.genitive.upper()}", "Compartimentul de asistență socială"]
        if self.level in ("town", "municipality"):
            return top + [f"PRIMĂRIA {self.town.genitive.upper()}", self.directorate.upper()]
        return top + [self.council.upper(), self.directorate.upper()]

    def contact(self, rnd: random.Random) -> str:
        return (f"Tel. 02{rnd.randint(30, 69)} {rnd.randint(100, 999)} {rnd.randint(100, 999)}, "
                f"fax 02{rnd.randint(30, 69)} {rnd.randint(100, 999)} {rnd.randint(100, 999)}, "
                f"CIF {rnd.randint(1_000_000, 49_999_999)}")

    def party(self, rnd: random.Random) -> str:
        """The UAT side as an agreement names it (nominative)."""
        if self.level == "commune":
            return rnd.choice([f"Comuna {self.town.name}",
                               f"Unitatea Administrativ-Teritorială Comuna {self.town.name}",
                               f"Comuna {self.town.name}, prin Compartimentul de asistență socială"])
        if self.level == "county":
            return rnd.choice([self.directorate, f"Județul {self.county}, prin Consiliul Județean {self.county}"])
        if self.level in ("sector", "capital"):
            return self.directorate
        return rnd.choice([self.directorate, f"{self.town.uat}, prin {self.directorate}"])

    def head(self) -> tuple[str, str]:
        """The executive: ('primarul comunei X', 'primarului comunei X') — nominative, genitive / dative."""
        if self.level == "county":
            return (f"președintele Consiliului Județean {self.county}",
                    f"președintelui Consiliului Județean {self.county}")
        if self.level == "sector":
            return f"primarul Sectorului {self.sector}", f"primarului Sectorului {self.sector}"
        if self.level == "capital":
            return "primarul general al Municipiului București", "primarului general al Municipiului București"
        word = {"commune": "comunei", "town": "orașului", "municipality": "municipiului"}[self.level]
        return f"primarul {word} {self.town.name}", f"primarului {word} {self.town.name}"

    @property
    def council_gen(self) -> str:
        """'Consiliului Local al Comunei X' (after 'Hotărârea')."""
        return self.council.replace("Consiliul", "Consiliului", 1)


def pick_issuer(rnd: random.Random, levels: list[str], weights: list[float]) -> Issuer:
    level = rnd.choices(levels, weights)[0]
    if level == "sector":
        return Issuer("sector", "București", None, sector=rnd.randint(1, 6), dir_kind="DGASPC")
    if level == "capital":
        return Issuer("capital", "București", None, dir_kind="DGASMB")
    if level == "county":
        seat = places.pick_place(rnd, ("municipiu",))
        return Issuer("county", seat.county, seat, dir_kind="DGASPC")
    kind = {"commune": "comuna", "town": "oras", "municipality": "municipiu"}[level]
    town = places.pick_place(rnd, (kind,))
    dir_kind = "primarie" if level == "commune" else (
        "SPAS" if (level == "town") == (rnd.random() < 0.75) else "DAS")
    return Issuer(level, town.county, town, dir_kind=dir_kind)


@dataclass
class Doc(Elements):
    rnd: random.Random
    year: int
    iss: Issuer
    els: list = field(default_factory=list)
    partnerships: list = field(default_factory=list)
    totals: list = field(default_factory=list)
    indicators: list = field(default_factory=list)
    title_lines: list = field(default_factory=list)  # the document's own title line(s), for `documents.title`

    def total(self, scope: str, amount: int, raw: str, unit: str = "lei") -> None:
        if not any(t["amount"] == amount and t["unit"] == unit for t in self.totals):  # a figure stated twice: once
            self.totals.append(dict(scope=scope, amount=amount, unit=unit, raw=raw, source_line=None))

    def indicator(self, key: str, subject: str, value: int, unit: str, raw: str) -> None:
        self.indicators.append(dict(indicator=key, subject=subject, value=value, unit=unit, year=self.year, raw=raw,
                                    source_line=None))

    def pagebreak(self) -> None:
        self.els.append(mv.pagebreak())


def make_agreements(rnd: random.Random, iss: Issuer, n: int, first_year: int, last_year: int,
                    kinds: list[str] | None = None, in_force: int | None = None) -> list[Agreement]:
    """`n` agreements signed between `first_year` and `last_year`, each with a partner of its own (valid at least
    until the year `in_force`, when given)."""
    used: set = set()
    names: set = set()
    out = []
    for i in range(n):
        kind = kinds[i] if kinds else rnd.choices(["ngo", "public", "cult", "uat"],
                                                  [5, 4, 1.2, 0 if iss.bucharest else 0.8])[0]
        for _ in range(20):
            partner = pick_partner(rnd, kind, iss.county, iss.town if iss.level != "county" else iss.town,
                                   iss.bucharest, used)
            if partner.name not in names:
                break
        names.add(partner.name)
        act = pick_act(rnd, kind)
        signed = date_in(rnd, rnd.randint(first_year, last_year))
        valid, _ = validity(rnd, signed, max(int(signed[1][:4]), in_force or 0))
        number = number_text(rnd, str(rnd.randint(12, 24_000)))
        out.append(Agreement(act, [partner], objects_for(rnd, kind, partner.name), number=number, date=signed,
                             valid=valid))
    out.sort(key=lambda a: a.date[1])
    return out


def number_text(rnd: random.Random, number: str) -> str:
    """A registration number as printed: '1418', sometimes '1.418'."""
    return f"{int(number):,}".replace(",", ".") if int(number) >= 1000 and rnd.random() < 0.2 else number


def extra_partner(rnd: random.Random, iss: Issuer, taken: set[str], kind: str) -> Partner:
    """A partner none of the agreements has (for one-off collaborations); `kind` may name the first words the
    organisation's name should start with ("public:Școala,Liceul")."""
    kind, _, prefixes = kind.partition(":")
    starts = tuple(prefixes.split(",")) if prefixes else ("",)
    fallback = None
    for _ in range(40):
        p = pick_partner(rnd, kind, iss.county, iss.town, iss.bucharest)
        if p.name not in taken:
            fallback = fallback or p
            if p.name.startswith(starts):
                return p
    return fallback or p
