"""The document context of the staff-training family (``training_plan.py``) and the ways a plan or report prints
its courses: one table (a kind column), a table per staff category, per quarter or per kind heading, one table of head
counts per kind, a numbered list or bullets. Each writing call appends the elements and the expected rows."""
from __future__ import annotations

import random
from dataclasses import dataclass, field

import make_variants as mv

from .fmt import Money, group
from .training_pools import (CREDITS, DURATIONS, KIND_COLUMN, KIND_HEADINGS, KIND_WORDS, PERIODS, PROVIDERS,
                             QUARTERS, SOURCES, THEMES, Staff)
from .writing import Elements

__all__ = ["KINDS", "Course", "Doc", "CostPrinter", "draw_courses", "de", "plan_one_table", "plan_per_category",
           "plan_per_quarter", "plan_kind_sections", "kind_columns", "plan_list", "TABLE_HEADERS"]

KINDS = ("perfectionare", "calificare", "instruire", "other")
_NICKS = ["Progres", "Competență", "Orizont", "Perspectiva", "Excelența"]
_FIRST = ["Ioana", "Maria", "Andrei", "Mihai", "Elena", "Cristina", "Gabriel", "Daniela"]
_LAST = ["Popescu", "Ionescu", "Munteanu", "Stan", "Dumitrescu", "Rusu", "Ciobanu", "Moldovan"]


def de(n: int) -> str:
    """'23 de angajați', '12 angajați' (Romanian puts 'de' after numbers ending in 20–99 or 00)."""
    return f"{group(n)} de" if n % 100 >= 20 or (n and n % 100 == 0) else group(n)


@dataclass
class Course:
    kind: str
    theme: str
    staff: list[Staff]
    persons: int  # planned (plan) or realised (report)
    planned: int
    cost: int | None  # lei
    provider: str
    period: str
    duration: str
    credits: str

    @property
    def staff_text(self) -> str:
        return ", ".join(s.plural for s in self.staff)


@dataclass
class Doc(Elements):
    """The document being written and the facts it states (the expected values)."""

    rnd: random.Random
    issuer: str
    kind: str
    short: str  # how the text names the directorate after its header
    county: str
    staff: list[Staff]
    posts: int
    els: list[mv.El] = field(default_factory=list)
    trainings: list[dict] = field(default_factory=list)
    totals: list[dict] = field(default_factory=list)
    indicators: list[dict] = field(default_factory=list)

    def total(self, scope: str, amount: float, unit: str, raw: str) -> None:
        if any(abs(t["amount"] - amount) < 0.005 and t["unit"] == unit for t in self.totals):
            return  # one figure stated twice: expected once
        self.totals.append({"scope": scope, "amount": amount, "unit": unit, "raw": raw})

    def indicator(self, key: str, subject: str, value: float, unit: str, raw: str, year: int) -> None:
        self.indicators.append({"indicator": key, "subject": subject, "value": value, "unit": unit, "year": year,
                                "raw": raw})

    def training(self, kind: str, row_no: str | None, staff: str, persons: int, cost: int | None,
                 raw: str | None) -> None:
        self.trainings.append({"training_kind": kind, "row_no_raw": row_no, "staff_category": staff,
                               "persons": persons, "budget_lei": cost, "budget_raw": raw})

    @property
    def genitive(self) -> str:  # "Direcției Generale de Asistență Socială …", "Serviciului Public …"
        return self.issuer.replace("Direcția Generală", "Direcției Generale", 1).replace("Direcția ", "Direcției ", 1) \
            .replace("Serviciul ", "Serviciului ", 1)

    def name(self) -> str:
        return f"{self.rnd.choice(_FIRST)} {self.rnd.choice(_LAST)}"


# ------------------------------------------------------------------------------------------------ the courses

def _provider(d: Doc) -> str:
    r = d.rnd
    letters = "".join(w[0] for w in d.county.replace("-", " ").split())[:2].upper().ljust(2, "X")
    return r.choice(PROVIDERS).format(county=d.county, letters=letters, n=r.randint(100, 99999),
                                      nick=r.choice(_NICKS))


def draw_courses(d: Doc, year: int, n: int, staff: list[Staff], realised: bool) -> list[Course]:
    r = d.rnd
    out = []
    themes_used: set[str] = set()
    for _ in range(n):
        kind = r.choices(KINDS, [45, 12, 28, 15])[0]
        theme = r.choice([t for t in THEMES[kind] if t not in themes_used] or THEMES[kind])
        themes_used.add(theme)
        several = kind != "calificare" and r.random() < 0.22 and len(staff) > 1  # a qualification is one trade
        who = r.sample(staff, 2) if several else [r.choice(staff)]
        planned = r.randint(2, 12) if kind == "calificare" else r.randint(3, 45)
        persons = r.randint(max(1, planned - 6), planned) if realised else planned
        internal = kind == "instruire" and r.random() < 0.7
        cost = None if internal or r.random() < 0.12 else r.randrange(8, 400) * 100
        provider = "formatori interni ai direcției" if internal else _provider(d)
        out.append(Course(kind, theme, who, persons, planned, cost, provider,
                          r.choice(PERIODS).format(year=year), r.choice(DURATIONS),
                          r.choice(CREDITS) if any(s.cor == "263501" for s in who) else "-"))
    return out


class CostPrinter:
    """How one document prints the cost of a course: the unit, where the unit stands, the cell when none."""

    def __init__(self, r: random.Random):
        unit = r.choice(["lei", "lei", "mii lei"])
        self.money = Money(unit, r.choice(["each", "each", "cells", "paragraph"]), r.random() < 0.4,
                           r.choice(["lei", "lei", "RON"]))
        self.r = r

    def header(self, words: str) -> str:
        return words + self.money.header_suffix

    def cell(self, lei: int | None) -> str:
        if lei is None:
            return self.r.choice(["-", "gratuit", "fără costuri", "–"])
        return self.money.cell(lei)

    def sentence_amount(self, lei: int) -> str:
        """An amount in a sentence, in the document's unit."""
        if self.money.unit == "mii lei":
            k, rest = divmod(lei, 1000)
            return group(k) + (f",{rest // 100}" if rest // 100 else "") + " mii lei"
        return group(lei) + (",00" if self.money.decimals else "") + " lei"


def _persons_cell(r: random.Random, n: int) -> str:
    return r.choices([str(n), f"{n} pers.", f"{n} persoane"], [70, 15, 15])[0]


# ------------------------------------------------------------------------------------------------ plan tables

TABLE_HEADERS = {"nr": ["Nr. crt.", "Nr.", "Nr. crt"],
      "theme": ["Tema / denumirea programului de formare", "Tematica", "Denumirea cursului", "Programul de formare",
                "Tema"],
      "staff": ["Categoria de personal", "Grupul țintă", "Personalul vizat", "Funcția", "Categoria profesională"],
      "kind": ["Tipul formării", "Forma de pregătire", "Tipul programului", "Modalitatea de formare"],
      "persons": ["Nr. participanți", "Număr de persoane", "Nr. persoane", "Număr estimat de participanți",
                  "Nr. angajați"],
      "provider": ["Furnizor", "Furnizorul de formare", "Organizator / formator"],
      "period": ["Perioada", "Perioada de desfășurare", "Termen", "Trimestrul"],
      "duration": ["Durata", "Durata programului"],
      "credits": ["Credite", "Nr. credite", "Credite CNASR"],
      "cost": ["Cost estimat", "Costuri estimate", "Buget estimat", "Valoare estimată"],
      "source": ["Sursa de finanțare", "Sursa"]}


def _course_table(d: Doc, cp: CostPrinter, courses: list[Course], cols: list[str], *, kind_of: str | None = None,
                  staff_of: Staff | None = None, total_row: bool = False) -> None:
    """One table, one row per course: the columns named in `cols` (a kind or staff given by the heading above
    is `kind_of` / `staff_of` and has no column)."""
    r = d.rnd
    head = [cp.header(r.choice(TABLE_HEADERS[c])) if c == "cost" else r.choice(TABLE_HEADERS[c]) for c in cols]
    rows = [head]
    for i, c in enumerate(courses, 1):
        cells = {"nr": f"{i}.", "theme": c.theme, "staff": c.staff_text, "kind": r.choice(KIND_WORDS[c.kind]),
                 "persons": _persons_cell(r, c.persons), "provider": c.provider, "period": c.period,
                 "duration": c.duration, "credits": c.credits, "cost": cp.cell(c.cost),
                 "source": "-" if c.cost is None else r.choice(SOURCES)}
        rows.append([cells[k] for k in cols])
        has_cost = "cost" in cols
        d.training(kind_of or c.kind, f"{i}.", staff_of.plural if staff_of else c.staff_text, c.persons,
                   c.cost if has_cost else None, cells["cost"] if has_cost and c.cost is not None else None)
    if total_row and len(courses) > 1:
        tr = [""] * len(cols)
        tr[1] = r.choice(["TOTAL", "Total", "TOTAL GENERAL"])
        persons = sum(c.persons for c in courses)
        tr[cols.index("persons")] = str(persons)
        d.total("total participanți", persons, "persons", str(persons))
        cost = sum(c.cost or 0 for c in courses)
        if "cost" in cols and cost:
            tr[cols.index("cost")] = cp.cell(cost)
            d.total("total cost formare", cost, "lei", tr[cols.index("cost")])
        rows.append(tr)
    if cp.money.note and "cost" in cols:
        d.p(cp.money.note)
    d.table(rows)


def _optional_cols(r: random.Random, with_cost: bool) -> list[str]:
    extra = [c for c in ("provider", "period", "duration", "credits") if r.random() < 0.5]
    tail = ["cost"] + (["source"] if r.random() < 0.4 else []) if with_cost else []
    return extra + tail


def plan_one_table(d: Doc, cp: CostPrinter, courses: list[Course], with_cost: bool) -> None:
    r = d.rnd
    first = ["staff", "kind"] if r.random() < 0.5 else ["kind", "staff"]
    cols = ["nr", "theme"] + first + ["persons"] + _optional_cols(r, with_cost)
    _course_table(d, cp, courses, cols, total_row=r.random() < 0.55)


def plan_per_category(d: Doc, cp: CostPrinter, year: int, with_cost: bool) -> None:
    r = d.rnd
    cats = r.sample(d.staff, r.randint(2, min(4, len(d.staff))))
    for i, s in enumerate(cats, 1):
        form = r.randrange(3)
        head = (f"{i}. {s.heading}" if form == 0 else f"Categoria de personal: {s.plural} (cod COR {s.cor})"
                if form == 1 else f"{chr(64 + i)}. Programul de formare pentru {s.plural}")
        d.h(head)
        courses = draw_courses(d, year, r.randint(1, 4), [s], realised=False)
        cols = ["nr", "theme", "kind", "persons"] + _optional_cols(r, with_cost)
        _course_table(d, cp, courses, cols, staff_of=s)


def plan_per_quarter(d: Doc, cp: CostPrinter, year: int, with_cost: bool) -> None:
    r = d.rnd
    for q in QUARTERS:
        if r.random() < 0.2:
            continue
        d.h(r.choice([q, f"{q} {year}", q.upper()]))
        courses = draw_courses(d, year, r.randint(1, 3), d.staff, realised=False)
        cols = ["nr", "theme", "staff", "kind", "persons"] + [c for c in _optional_cols(r, with_cost) if c != "period"]
        _course_table(d, cp, courses, cols)


def plan_kind_sections(d: Doc, cp: CostPrinter, year: int, with_cost: bool) -> None:
    r = d.rnd
    marks = r.choice([["A.", "B.", "C.", "D."], ["1.", "2.", "3.", "4."], ["a)", "b)", "c)", "d)"]])
    kinds = [k for k in KINDS if k == "perfectionare" or r.random() < 0.6]
    for mark, kind in zip(marks, kinds):
        d.h(f"{mark} {r.choice(KIND_HEADINGS[kind])}")
        courses = draw_courses(d, year, r.randint(1, 4), d.staff, realised=False)
        cols = ["nr", "theme", "staff", "persons"] + _optional_cols(r, with_cost)
        _course_table(d, cp, courses, cols, kind_of=kind)


def kind_columns(d: Doc, realised: bool) -> None:
    """One table of head counts: a row per staff category, a column per kind."""
    r = d.rnd
    kinds = [k for k in KINDS if r.random() < 0.75] or ["perfectionare"]
    cats = r.sample(d.staff, r.randint(3, min(6, len(d.staff))))
    cor = r.random() < 0.4
    staff_col = r.random() < 0.6
    total_col = r.random() < 0.5
    head = ["Nr. crt.", r.choice(TABLE_HEADERS["staff"])] + (["Cod COR"] if cor else []) + \
        ([r.choice(["Nr. total angajați", "Personal existent", "Nr. posturi ocupate"])] if staff_col else []) + \
        [r.choice(KIND_COLUMN[k]) for k in kinds] + ([r.choice(["Total", "Total participanți"])] if total_col else [])
    rows = []
    if r.random() < 0.4:  # a group header over the kind columns
        over = "Număr de persoane instruite" if realised else "Număr de participanți planificați"
        first_kind = 2 + cor + staff_col
        top = head[:first_kind] + [over] + [mv.LEFT] * (len(kinds) - 1) + head[first_kind + len(kinds):]
        below = [mv.UP] * first_kind + head[first_kind:first_kind + len(kinds)] + [mv.UP] * total_col
        rows = [top, below]
        header_rows = 2
    else:
        rows = [head]
        header_rows = 1
    sums = {k: 0 for k in kinds}
    for i, s in enumerate(cats, 1):
        counts = {k: r.choice([0, r.randint(1, 40), r.randint(1, 40)]) for k in kinds}
        if not any(counts.values()):
            counts[kinds[0]] = r.randint(1, 20)
        existing = max(sum(counts.values()) + r.randint(0, 60), max(counts.values()) + 1)
        row = [f"{i}.", s.plural if r.random() < 0.5 else s.heading] + ([s.cor] if cor else []) + \
            ([str(existing)] if staff_col else []) + [str(counts[k]) if counts[k] else "-" for k in kinds] + \
            ([str(sum(counts.values()))] if total_col else [])
        rows.append(row)
        for k in kinds:
            if counts[k]:
                sums[k] += counts[k]
                d.training(k, f"{i}.", s.plural, counts[k], None, None)
    if r.random() < 0.6:
        tr = ["", "TOTAL"] + ([""] if cor else []) + ([""] if staff_col else []) + \
            [str(sums[k]) if sums[k] else "-" for k in kinds] + ([str(sum(sums.values()))] if total_col else [])
        rows.append(tr)
        for k in kinds:
            if sums[k]:
                d.total(f"total {k}", sums[k], "persons", str(sums[k]))
        if total_col:
            d.total("total participanți", sum(sums.values()), "persons", str(sum(sums.values())))
    d.table(rows, header_rows)


def plan_list(d: Doc, cp: CostPrinter, courses: list[Course], with_cost: bool) -> None:
    r = d.rnd
    numbered = r.random() < 0.6
    for i, c in enumerate(courses, 1):
        kw = r.choice(KIND_WORDS[c.kind])
        kw_cap = kw[:1].upper() + kw[1:]
        cost = cp.sentence_amount(c.cost) if with_cost and c.cost is not None else None
        cost_txt = f"cost estimat: {cost}" if cost else (
            r.choice(["fără costuri", "gratuit"]) if with_cost else "")
        form = r.randrange(3)
        if form == 0:
            text = f"{kw_cap} „{c.theme}” pentru {c.persons} {c.staff_text} – {c.period}, {c.duration}" + \
                (f"; {cost_txt}" if cost_txt else "") + ";"
        elif form == 1:
            text = f"„{c.theme}” ({kw.lower()}) – participanți: {c.persons} {c.staff_text}; furnizor: {c.provider}" + \
                (f"; {cost_txt}" if cost_txt else "") + ";"
        else:
            text = f"{c.staff_text[:1].upper() + c.staff_text[1:]}: {kw.lower()} „{c.theme}”, {c.persons} persoane, " \
                   f"{c.duration}" + (f", {c.credits}" if c.credits != "-" else "") + (f", {cost_txt}" if cost_txt else "") + ";"
        if numbered:
            d.p(f"{i}. {text}")
        else:
            d.b(text)
        d.training(c.kind, f"{i}." if numbered else None, c.staff_text, c.persons,
                   c.cost if with_cost else None, cost)
