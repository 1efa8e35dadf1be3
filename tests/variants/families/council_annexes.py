"""The annexes of the council-programmes family (``council_programmes.py``): the Law 34/1998 subsidies (a table
with one or two header rows, group rows, a TOTAL row, or a numbered list), the Law 98/2016 contracting programme
(CPV codes) and the Law 350/2005 grants programme, each writing its rows and the values it states."""
from __future__ import annotations

import random

from .council_base import (CONTRACTS, CPV_TEXT, GRANTS, UNITS, Council, Doc, Printer, association_name,
                           spelled_code, spelled_cpv)

__all__ = ["Subsidy", "draw_subsidies", "subsidy_gold", "subsidies_annex", "procurement_annex", "grants_annex",
           "H_NR", "H_ASSOC", "H_UNIT", "H_BENEF", "H_OBJECT", "H_CPV", "LEFT", "UP"]

LEFT, UP = "<", "^"

H_NR = ["Nr. crt.", "Nr.", "Nr. crt"]
H_ASSOC = ["Asociația / Fundația", "Denumirea asociației / fundației", "Solicitant (asociație / fundație)",
            "Furnizorul de servicii sociale", "Organizația neguvernamentală"]
H_UNIT = ["Unitatea de asistență socială", "Denumirea unității de asistență socială", "Serviciul social",
           "Centrul / serviciul subvenționat", "Unitatea subvenționată"]
_H_BOTH = ["Asociația / Fundația și unitatea de asistență socială", "Beneficiarul subvenției (asociație – unitate)"]
_H_CODE = ["Cod serviciu social", "Codul serviciului (Nomenclator)", "Cod conform H.G. nr. 867/2015", "Cod"]
H_BENEF = ["Nr. beneficiari / lună", "Număr de beneficiari lunar", "Nr. persoane asistate / lună",
            "Nr. mediu lunar de beneficiari"]
_H_MONTHLY = ["Subvenția lunară / beneficiar", "Cuantum lunar per beneficiar", "Subvenție / beneficiar / lună"]
_H_MONTHS = ["Nr. luni", "Perioada (luni)", "Număr de luni"]
_H_TOTAL = ["Total subvenție anuală", "Suma totală aprobată", "Valoarea subvenției pentru anul {y}",
            "Subvenție totală", "Suma alocată"]
_H_EXTRA = ["Adresa unității", "Licența de funcționare", "Observații"]

H_OBJECT = ["Obiectul contractului", "Denumirea serviciului social contractat", "Tipul și obiectul contractului",
             "Serviciul social achiziționat"]
H_CPV = ["Cod CPV", "Codul CPV", "CPV"]
_H_VALUE = ["Valoarea estimată fără TVA", "Valoarea estimată a contractului", "Valoare estimată (fără TVA)"]
_H_SOURCE = ["Sursa de finanțare", "Sursa de finanțare a contractului"]
_H_PROC = ["Procedura de atribuire", "Procedura aplicată", "Modalitatea de atribuire"]
_H_START = ["Data estimată pentru inițierea procedurii", "Data estimată a inițierii"]
_H_AWARD = ["Data estimată pentru atribuirea contractului", "Termen estimat de atribuire"]
_H_DURATION = ["Durata contractului", "Perioada de prestare"]
_PROCEDURES = ["Procedură simplificată", "Licitație deschisă", "Achiziție directă",
               "Procedura de atribuire aplicabilă serviciilor sociale (anexa nr. 2 la Legea nr. 98/2016)",
               "Negociere fără publicarea prealabilă a unui anunț de participare"]

_H_G_DOMAIN = ["Domeniul", "Aria de finanțare"]
_H_G_OBJECT = ["Tipul proiectelor / activităților finanțate", "Obiectivul programului", "Denumirea programului"]
_H_G_VALUE = ["Suma alocată", "Fonduri alocate", "Valoarea totală a finanțării"]
_H_G_PERIOD = ["Perioada de derulare", "Perioada de desfășurare"]
_H_G_PROC = ["Procedura", "Modalitatea de selecție"]

_GROUPS = {"8730 CR-V-I": "Persoane vârstnice", "8810 ID-I": "Persoane vârstnice",
           "8810 CZ-V-II": "Persoane vârstnice", "8891 CZ-C-II": "Copii și familii", "8790 CR-MC-I": "Copii și familii",
           "8790 CR-D-VII": "Persoane adulte cu dizabilități", "8899 CZ-D-I": "Persoane adulte cu dizabilități",
           "8899 CPDH-I": "Persoane în risc de sărăcie", "8899 CPDH-II": "Persoane în risc de sărăcie",
           "8790 CR-PFA-II": "Persoane în risc de sărăcie"}


# ---------------------------------------------------------------------------------------------- subsidies

class Subsidy:
    """One unit of the Law 34/1998 programme."""

    def __init__(self, rnd: random.Random, council: Council, used: set[str], months_max: int):
        unit = rnd.choice(UNITS)
        nick = rnd.choice([n for n in _nick_pool() if n not in used] or _nick_pool())
        used.add(nick)
        self.unit_name = unit.pattern.format(nick=nick)
        self.association = association_name(rnd, council.county)
        self.code = unit.code
        self.code_printed = spelled_code(rnd, unit.code)
        self.people = rnd.randint(*unit.people)
        self.monthly = rnd.randrange(unit.monthly[0] // 10, unit.monthly[1] // 10 + 1) * 10
        self.months = months_max if rnd.random() < 0.75 else rnd.randint(6, months_max)
        self.amount = self.people * self.monthly * self.months
        self.paid = self.amount  # what a report says was paid (set by the report)


def _nick_pool() -> list[str]:
    from .council_base import _NICKS

    return _NICKS


def draw_subsidies(d: Doc, months_max: int) -> list[Subsidy]:
    rnd = d.rnd
    used: set[str] = set()
    return [Subsidy(rnd, d.council, used, months_max) for _ in range(rnd.randint(2, 7))]


def subsidy_gold(d: Doc, s: Subsidy, row_no: str, raw: str, code: bool, amount: str | None = None) -> None:
    d.subsidies.append({"row_no_raw": row_no, "unit_name": f"{s.unit_name} || {s.association}",
                        "service_code": s.code if code else None, "amount_lei": amount or s.amount,
                        "amount_raw": raw})


def subsidies_annex(d: Doc, pr: Printer, subs: list[Subsidy]) -> int:
    """The annex listing the subsidised units (a table or a numbered list). Returns the programme's total."""
    rnd, y = d.rnd, d.year
    total = sum(s.amount for s in subs)
    if rnd.random() < 0.2:  # a numbered list, one unit an item
        code = rnd.random() < 0.6
        for i, s in enumerate(subs, 1):
            money = pr.sentence(s.amount)
            c = f" (cod {s.code_printed})" if code else ""
            item = rnd.choice([
                f"{i}. {s.association} – {s.unit_name}{c}: {s.people} beneficiari/lună × {s.monthly} lei/lună × "
                f"{s.months} luni = {money};",
                f"{i}. {s.unit_name}{c} (furnizor: {s.association}), pentru {s.people} beneficiari, în cuantum "
                f"de {s.monthly} lei/beneficiar/lună, pe {s.months} luni – total {money};",
            ])
            d.p(item)
            subsidy_gold(d, s, f"{i}.", money, code)
        d.p(f"TOTAL: {pr.sentence(total)}")
        d.total(f"subvenții Legea 34/1998 {y}: total", total, "lei", pr.sentence(total))
        return total
    # a table
    combined = rnd.random() < 0.15
    code = rnd.random() < 0.5
    benef = rnd.random() < 0.65
    monthly = benef and rnd.random() < 0.8
    months = monthly and rnd.random() < 0.7
    extra = rnd.choice(_H_EXTRA) if rnd.random() < 0.2 else None
    has_nr = rnd.random() < 0.85
    two_rows = monthly and rnd.random() < 0.4
    groups = rnd.random() < 0.15
    total_row = rnd.random() < 0.6
    unit_first = rnd.random() < 0.3
    code_first = rnd.random() < 0.3
    cols: list[tuple[str, str]] = []  # (field, header)
    if has_nr:
        cols.append(("nr", rnd.choice(H_NR)))
    if combined:
        cols.append(("both", rnd.choice(_H_BOTH)))
    else:
        names = [("assoc", rnd.choice(H_ASSOC)), ("unit", rnd.choice(H_UNIT))]
        cols.extend(names[::-1] if unit_first else names)
    if code:
        cols.insert(len(cols) - 1 if code_first else len(cols), ("code", rnd.choice(_H_CODE)))
    if extra:
        cols.append(("extra", extra))
    if benef:
        cols.append(("benef", rnd.choice(H_BENEF)))
    if monthly:
        cols.append(("monthly", rnd.choice(_H_MONTHLY) + ("" if two_rows else " (lei)")))
    if months:
        cols.insert(len(cols) - 1 if two_rows else len(cols), ("months", rnd.choice(_H_MONTHS)))
    cols.append(("total", rnd.choice(_H_TOTAL).format(y=y)))
    header = [h for _f, h in cols]
    rows: list[list[str]]
    if two_rows:  # "Subvenția" over the monthly and the yearly amount
        i_m = [f for f, _h in cols].index("monthly")
        top = [h if f not in ("monthly", "total") else "" for f, h in cols]
        top[i_m] = "Subvenția acordată"
        bottom = [UP if f not in ("monthly", "total") else "" for f, _h in cols]
        bottom[i_m] = "lunar / beneficiar (lei)"
        bottom[-1] = "total anual" + (f" ({pr.unit})" if pr.where == "header" else "")
        top[i_m + 1] = LEFT  # the group header spans the monthly and the yearly amount (months come before)
        rows = [top, bottom]
    else:
        header[-1] = pr.header(header[-1])
        rows = [header]
    if pr.above():
        d.p(pr.above())
    last_group = None
    for i, s in enumerate(subs, 1):
        if groups:
            g = _GROUPS.get(s.code, "Alte categorii")
            if g != last_group:
                rows.append([g] + [LEFT] * (len(cols) - 1))
                last_group = g
        row = []
        for f, _h in cols:
            row.append({"nr": f"{i}.", "assoc": s.association, "unit": s.unit_name,
                        "both": f"{s.association} – {s.unit_name}", "code": s.code_printed,
                        "extra": _extra_cell(rnd, extra), "benef": str(s.people), "monthly": str(s.monthly),
                        "months": str(s.months), "total": pr.cell(s.amount)}[f])
        rows.append(row)
        subsidy_gold(d, s, f"{i}." if has_nr else None, pr.cell(s.amount), code)
    if total_row:
        row = ["TOTAL" if j == 0 else "" for j in range(len(cols))]
        people = sum(s.people for s in subs)
        for j, (f, _h) in enumerate(cols):
            if f == "benef":
                row[j] = str(people)
            elif f == "total":
                row[j] = pr.cell(total)
        rows.append(row)
        d.total(f"subvenții Legea 34/1998 {y}: TOTAL (anexă)", total, "lei", pr.cell(total))
        if benef:
            d.total(f"subvenții Legea 34/1998 {y}: beneficiari lunar (TOTAL)", people, "beneficiaries", str(people))
    d.table(rows, 2 if two_rows else 1)
    return total


def _extra_cell(rnd: random.Random, extra: str | None) -> str:
    if extra == "Adresa unității":
        return f"str. {rnd.choice(['Florilor', 'Libertății', 'Mihai Eminescu', 'Unirii', 'Școlii'])} nr. {rnd.randint(1, 120)}"
    if extra == "Licența de funcționare":
        return f"LF nr. {rnd.randint(1000, 9999)}/{rnd.randint(2019, 2023)}"
    if extra == "Observații":
        return rnd.choice(["", "serviciu licențiat", "-", "acreditat"])
    return ""


# -------------------------------------------------------------------------------------------- contracting

def procurement_annex(d: Doc, pr: Printer) -> int:
    rnd, y = d.rnd, d.year
    picked = rnd.sample(CONTRACTS, rnd.randint(2, 6))
    has_nr, code, source, proc = rnd.random() < 0.85, rnd.random() < 0.3, rnd.random() < 0.7, rnd.random() < 0.75
    start, award, duration = rnd.random() < 0.5, rnd.random() < 0.4, rnd.random() < 0.25
    total_row = rnd.random() < 0.5
    src_text = "Bugetul propriu al județului" if d.council.level == "judet" else rnd.choice(["Buget local",
                                                                                          "Bugetul local"])
    cols = ([("nr", rnd.choice(H_NR))] if has_nr else []) + [("object", rnd.choice(H_OBJECT)),
                                                             ("cpv", rnd.choice(H_CPV))]
    if code:
        cols.append(("code", rnd.choice(_H_CODE)))
    cols.append(("value", pr.header(rnd.choice(_H_VALUE))))
    if rnd.random() < 0.25:  # value after the source and procedure
        cols = cols[:-1] + ([("source", rnd.choice(_H_SOURCE))] if source else []) + (
            [("proc", rnd.choice(_H_PROC))] if proc else []) + cols[-1:]
    else:
        cols += ([("source", rnd.choice(_H_SOURCE))] if source else []) + ([("proc", rnd.choice(_H_PROC))] if proc else [])
    cols += ([("start", rnd.choice(_H_START))] if start else []) + ([("award", rnd.choice(_H_AWARD))] if award else []) \
        + ([("duration", rnd.choice(_H_DURATION))] if duration else [])
    if pr.above():
        d.p(pr.above())
    rows = [[h for _f, h in cols]]
    total = 0
    for i, c in enumerate(picked, 1):
        value = rnd.randrange(c.value[0] // 100, c.value[1] // 100) * 100
        total += value
        procedure = rnd.choice(_PROCEDURES)
        q = rnd.randint(1, 2)
        cells = {"nr": f"{i}.", "object": c.object, "cpv": spelled_cpv(rnd, c.cpv, CPV_TEXT[c.cpv]),
                 "code": spelled_code(rnd, c.code) if c.code else "-", "value": pr.cell(value), "source": src_text,
                 "proc": procedure, "start": rnd.choice([f"trimestrul {'I' * q} {y}", f"0{q + 1}.{y}",
                                                         f"{['februarie', 'martie'][q - 1]} {y}"]),
                 "award": rnd.choice([f"0{q + 3}.{y}", f"trimestrul {'I' * (q + 1)} {y}"]),
                 "duration": rnd.choice(["12 luni", f"până la 31.12.{y}", "ianuarie – decembrie " + str(y)])}
        rows.append([cells[f] for f, _h in cols])
        d.procurements.append({"row_no_raw": f"{i}." if has_nr else None, "contract_object": c.object,
                               "cpv_code": c.cpv, "service_code": (c.code or None) if code else None,
                               "estimated_value_lei": value, "value_raw": pr.cell(value),
                               "funding_source": src_text if source else None,
                               "procedure": procedure if proc else None})
    if total_row:
        _add_total_row(d, pr, rows, cols, total, f"program contractare servicii sociale {y}: TOTAL")
    d.table(rows)
    return total


def grants_annex(d: Doc, pr: Printer) -> int:
    rnd, y = d.rnd, d.year
    picked = rnd.sample(GRANTS, rnd.randint(2, 5))
    has_nr, domain, period = rnd.random() < 0.8, rnd.random() < 0.4, rnd.random() < 0.6
    proc, total_row = rnd.random() < 0.4, rnd.random() < 0.5
    cols = ([("nr", rnd.choice(H_NR))] if has_nr else []) + ([("domain", rnd.choice(_H_G_DOMAIN))] if domain else []) \
        + [("object", rnd.choice(_H_G_OBJECT)), ("value", pr.header(rnd.choice(_H_G_VALUE)))] \
        + ([("period", rnd.choice(_H_G_PERIOD))] if period else []) + ([("proc", rnd.choice(_H_G_PROC))] if proc else [])
    if pr.above():
        d.p(pr.above())
    rows = [[h for _f, h in cols]]
    total = 0
    procedure = rnd.choice(["Selecție publică de proiecte", "Procedura selecției publice de proiecte (Legea nr. "
                                                            "350/2005)"])
    for i, g in enumerate(picked, 1):
        value = rnd.randrange(300, 4000) * 100
        total += value
        cells = {"nr": f"{i}.", "domain": "Asistență socială", "object": g, "value": pr.cell(value),
                 "period": rnd.choice([f"martie – decembrie {y}", f"01.04.{y} – 15.12.{y}", f"trimestrele II–IV {y}"]),
                 "proc": procedure}
        rows.append([cells[f] for f, _h in cols])
        d.procurements.append({"row_no_raw": f"{i}." if has_nr else None, "contract_object": g, "cpv_code": None,
                               "service_code": None, "estimated_value_lei": value, "value_raw": pr.cell(value),
                               "funding_source": None, "procedure": procedure if proc else None})
    if total_row:
        _add_total_row(d, pr, rows, cols, total, f"finanțări nerambursabile Legea 350/2005 {y}: TOTAL")
    d.table(rows)
    return total


def _add_total_row(d: Doc, pr: Printer, rows: list[list[str]], cols: list[tuple[str, str]], total: int,
                   scope: str) -> None:
    """A 'TOTAL' row under a programme's table, its sum in the value column, and the stated total it gives."""
    row = ["" for _ in cols]
    row[0] = "TOTAL"
    row[[f for f, _h in cols].index("value")] = pr.cell(total)
    rows.append(row)
    d.total(scope, total, "lei", pr.cell(total))
