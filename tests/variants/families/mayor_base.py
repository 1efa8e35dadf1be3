"""The mayor's-report family's plumbing (``mayor_state.py``): real SIRUTA places with the names a report prints,
Romanian counts and money as town halls print them (number words included), and the report being written with
the facts it states (the expected values)."""
from __future__ import annotations

import functools
import random

import make_variants as mv
from .writing import Elements

__all__ = ["Place", "Num", "Report", "grp", "money"]

# ------------------------------------------------------------------------------------------------ places

_LOWER = {"de", "lui", "din", "pe", "la", "cu", "sub", "și"}


def _name(s: str) -> str:
    """'VALEA LUI MIHAI' -> 'Valea lui Mihai', 'CLUJ-NAPOCA' -> 'Cluj-Napoca'."""
    words = []
    for i, w in enumerate(s.lower().split()):
        parts = [p if (i and p in _LOWER) else p[:1].upper() + p[1:] for p in w.split("-")]
        words.append("-".join(parts))
    return " ".join(words)


@functools.lru_cache(maxsize=1)
def _places() -> dict[str, list[tuple[int, str, str]]]:
    import sirutalib

    db = sirutalib.SirutaDatabase()
    kinds = {1: "municipiu", 4: "municipiu", 2: "oras", 3: "comuna", 6: "sector"}
    out: dict[str, list[tuple[int, str, str]]] = {k: [] for k in set(kinds.values())}
    for s in sorted(db._data):
        k = kinds.get(db.get_type(s))
        if k is None:
            continue
        county = db.get_county_string(s)
        county = "București" if "BUCUREȘTI" in county.upper() else _name(county.split(" ", 1)[1])
        name = _name(db.get_name(s, prefix=False))
        out[k].append((s, name, county))
    return out


class Place:
    def __init__(self, rnd: random.Random):
        kind = rnd.choices(["comuna", "oras", "municipiu", "sector"], [45, 25, 22, 8])[0]
        siruta, name, county = rnd.choice(_places()[kind])
        self.kind, self.name, self.county = kind, name, county
        # SIRUTA has one unit of this kind and name: its county follows from the name alone
        self.unique = sum(n == name for _s, n, _c in _places()[kind]) == 1
        if kind == "sector":
            n = name.split()[-1]
            self.short = f"Sector {n}"
            self.uat = f"Sector {n} București"
            self.gen = f"Sectorului {n} al Municipiului București"
            self.issuer = f"Primăria Sectorului {n} || Primăria Sectorului {n} al Municipiului București"
            self.hall = f"Primăria Sectorului {n}"
        else:
            word, gen = {"comuna": ("Comuna", "Comunei"), "oras": ("Orașul", "Orașului"),
                         "municipiu": ("Municipiul", "Municipiului")}[kind]
            self.short = name
            self.uat = f"{word} {name}"
            self.gen = f"{gen} {name}"
            self.issuer = f"Primăria {gen} {name} || Primăria {name}"
            self.hall = f"Primăria {gen} {name}"
        self.gen_lower = self.gen[0].lower() + self.gen[1:] if kind != "sector" else self.gen


# ------------------------------------------------------------------------------------------- numbers

_UNITS_M = ["", "unu", "doi", "trei", "patru", "cinci", "șase", "șapte", "opt", "nouă"]
_UNITS_F = ["", "una", "două", "trei", "patru", "cinci", "șase", "șapte", "opt", "nouă"]
_TEENS = {10: "zece", 11: "unsprezece", 12: "doisprezece", 13: "treisprezece", 14: "paisprezece",
          15: "cincisprezece", 16: "șaisprezece", 17: "șaptesprezece", 18: "optsprezece", 19: "nouăsprezece"}
_TENS = {2: "douăzeci", 3: "treizeci", 4: "patruzeci", 5: "cincizeci", 6: "șaizeci", 7: "șaptezeci", 8: "optzeci",
         9: "nouăzeci"}


def _word(n: int, fem: bool, neuter: bool = False) -> str:
    """A count in words; a neuter plural takes the feminine "două" but the masculine "unu" in "douăzeci și
    unu de locuri"."""
    if n < 10:
        return (_UNITS_F if fem else _UNITS_M)[n]
    if n < 20:
        w = _TEENS[n]
        return w.replace("doisprezece", "douăsprezece") if fem else w
    t, u = divmod(n, 10)
    units = _UNITS_M if (not fem or (neuter and u == 1)) else _UNITS_F
    return _TENS[t] + ("" if not u else " și " + units[u])


_NEUTER = {"cazuri", "dosare", "acte", "certificate", "pliante", "ajutoare", "locuri", "evenimente",
           "avertismente", "sate"}
_MASC = {"copii", "angajați", "asistenți", "beneficiari", "elevi", "locuitori", "preșcolari"}


def grp(n: int, dots: bool = True) -> str:
    return f"{n:,}".replace(",", ".") if dots else str(n)


class Num:
    """How this report prints counts and money (one style per document, a few words where small)."""

    def __init__(self, rnd: random.Random):
        self.rnd = rnd
        self.dots = rnd.random() < 0.8
        self.de = rnd.random() < 0.7  # "25 de copii" rather than "25 copii"
        self.words = rnd.random() < 0.5
        self.cents = rnd.random() < 0.5

    def count(self, n: int, noun: str, fem: bool = False) -> str:
        """'312 de familii', 'douăsprezece campanii', '1.024 dosare'. Neuter and feminine plurals take the
        feminine numeral ("două dosare", "douăsprezece campanii"), masculine ones the masculine ("doi copii")."""
        fem = noun.split()[0] not in _MASC
        if self.words and 2 <= n <= 40 and self.rnd.random() < 0.35:
            w = _word(n, fem, noun.split()[0] in _NEUTER)
            return f"{w} {'de ' if n >= 20 else ''}{noun}"
        de = "de " if self.de and (n % 100 >= 20 or (n >= 100 and n % 100 == 0)) else ""
        return f"{grp(n, self.dots)} {de}{noun}"

    def lei(self, lei: int, cents: int = 0) -> str:
        text = grp(lei)
        if self.cents or cents:
            text += f",{cents:02d}"
        return text + " lei"


def money(rnd: random.Random, lo: int, hi: int) -> tuple[int, int]:
    return rnd.randint(lo, hi), rnd.choice([0, 0, rnd.randint(1, 99)])


# ------------------------------------------------------------------------------------------ document

class Report(Elements):
    def __init__(self, rnd: random.Random, year: int):
        self.rnd, self.year = rnd, year
        self.place = Place(rnd)
        self.num = Num(rnd)
        self.els: list[mv.El] = []
        self.ind: list[dict] = []
        self.tot: list[dict] = []
        self.parts: list[dict] = []
        self.services: list[dict] = []
        self.mii = False  # the budget chapter prints "mii lei"
        self.county_printed = False  # a letterhead names the county
        kind = self.place.kind
        lo, hi = {"comuna": (1500, 9000), "oras": (6000, 40000), "municipiu": (30000, 330000),
                  "sector": (150000, 400000)}[kind]
        self.pop = rnd.randint(lo, hi)
        self.scale = self.pop / 10_000  # counts below are drawn per 10,000 inhabitants

    def k(self, lo: float, hi: float, power: float = 1.0) -> int:
        """A count drawn in [lo, hi] per 10,000 inhabitants, scaled to this place (``power`` < 1: grows slower
        than the population, as a council's sessions or a town's schools do)."""
        f = self.scale ** power
        a = max(2, round(lo * f))  # a count of 1 is no quantity a report states with a plural noun
        return self.rnd.randint(a, max(a + 1, round(hi * f)))

    # facts --------------------------------------------------------------------------------------
    def indicator(self, key: str, subject: str, value: float, unit: str, raw: str) -> None:
        self.ind.append({"indicator": key, "subject": subject, "value": value, "unit": unit, "year": self.year,
                         "raw": raw})

    def total(self, scope: str, amount: float, unit: str, raw: str) -> None:
        self.tot.append({"scope": scope, "amount": amount, "unit": unit, "raw": raw})

    def partner(self, kind: str, partner: str, number: str | None = None, date: str | None = None,
                note: str = "") -> None:
        self.parts.append({"agreement_type": kind, "number_raw": number, "date_signed": date, "partner": partner,
                           "notes": note})

    def date(self) -> tuple[str, str]:
        y = self.rnd.choice([self.year - 1, self.year, self.year])
        m, d = self.rnd.randint(1, 12), self.rnd.randint(1, 28)
        return f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}"


