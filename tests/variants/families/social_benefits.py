"""Family ``report_social_benefits``: a town hall's, DAS's or SPAS's report (annual, semester or quarterly) on the
social benefits it administers, as published for the local council or on the town hall's site ("Raport privind activitatea
de acordare a beneficiilor de asistență socială în anul N", "Situația beneficiarilor de prestații sociale în trimestrul
III al anului N", "Informare privind acordarea beneficiilor de asistență socială …"). Written blind by a seventeenth
author (session 18) from the contract (../shared/contract/DATASETS.md), DESIGN.md, the corpus documents and their
gold and what a town hall's social-assistance office prints, without reading the extractors, normalisers, pipeline
or the other families' generators: the vocabulary is ``social_benefits_pools.py``'s own.

The document: a letterhead (county, town hall or directorate, a registration number and date), the title, sometimes
"prezentat în ședința Consiliului Local …", the legal basis (laws, H.G. and O.U.G. numbers), thresholds and reference
amounts (ISR, income thresholds in lei/membru de familie, maximum emergency aid, daily food allowance), then the
benefits: minimum inclusion income (Law 196/2016, from 2024) or social aid (Law 416/2001) and the family support
allowance before it, state child allowance files (prepared here, paid by AJPIS: no amounts), heating aid (cold
months only), emergency and funeral aid, monthly allowances and personal assistants of persons with a severe
disability (Law 448/2006), canteen meals. Tables: per benefit (requests, beneficiaries, amount paid; optional legal
basis column; one or two header rows with a merged "Număr" group; TOTAL row), months as rows (one or two benefits,
beneficiaries and amount a month; the benefit's name merged over its two columns; TOTAL row), months or quarters as
columns (a row per benefit, a Total column and a TOTAL row). Sentences with figures ("au fost depuse N cereri, dintre
care M aprobate …", "suma totală plătită: X lei"), the social inquiries made, the hours of community work of the aid
beneficiaries, sometimes a chapter on the social services the town runs (a small table: name, code, capacity,
beneficiaries). Money in lei or "mii lei" (in the header, a merged group header, every cell, or a sentence above the
table). Distractors: law, article, H.G., O.U.G. and H.C.L. numbers, the ISR and income thresholds, maximum amounts,
dates, registration and phone numbers, month numbers ("03.2024"), percentages, the previous year's figures.

Assumptions where the contract is silent (the gold is decided from the contract and the corpus gold):

* documents: a report on benefits is none of the contract's annual action plan, report on that plan, mayor's report
  ("starea economică, socială și de mediu"), decision on a plan or strategy: ``doc_type`` ``other``. ``year`` =
  ``year_end`` = the year reported (also for a semester or a quarter), never a cited law's, decision's or the
  previous year's. ``issuer`` the body that wrote the report, as its letterhead names it: a commune's or town's
  Primăria (``primarie``; its social-assistance compartment is part of it), a DAS or SPAS (canonical long form);
  being presented to the local council does not make the council the issuer. ``uat`` the town; ``county`` always
  printed in the letterhead. ``currency_unit_main`` not asserted: the only services table (when there is one) prints
  no money.
* services (F1): the social services of the services chapter's table only (``existing``; name, code when printed,
  capacity, beneficiaries); a benefit is no social service, so the benefits tables give no services. Documents with
  no services chapter assert the dataset empty.
* totals (recall): every cell of a TOTAL row and of a Total column (money in lei, × 1000 under "mii lei"; requests
  as ``other``, beneficiaries as ``beneficiaries``), and every total amount paid stated in a sentence or a bullet
  ("suma totală plătită …", "în total … lei", "total plătit: … lei"); one figure stated twice is expected once.
  Thresholds, reference amounts, maximum amounts and the previous year's figures are not totals.
* indicators (recall): the counts and amounts of the year reported stated in sentences and bullets: requests filed
  (``cereri``), requests approved (``dosare_aprobate``), monthly average beneficiaries (``beneficiari``), the amount
  paid (``suma_platita``, lei), files of state child allowance (``dosare``), social inquiries
  (``anchete_sociale``), hours of community work (``ore_munca``); ``year`` the year reported. The previous year's
  figures in a comparison, percentages and thresholds are not asserted. Gold fix (session 18): a row of the
  per-benefit table is a report's activity-table row (the contract's "numeric facts stated in prose or in activity
  tables (reports)"; the corpus gold of sector 2's mayor's report asserts a benefit row's beneficiaries and sum paid
  as indicators): its requests, beneficiaries and amount are asserted; the monthly tables' cells are not (a month's
  figure is no fact the contract names). ``subject`` is what / who the figure counts in the document's words, as
  the corpus gold writes it: the benefit's name for its beneficiaries, approvals and amount paid, the counted phrase
  for the rest ("cereri pentru <benefit>", "anchete sociale", "ore de muncă în folosul comunității", "dosare de
  alocație de stat pentru copii"), never words the document does not print at the figure ("- suma plătită").
* procurements, subsidies, trainings, partnerships: asserted empty (a benefits report has no contracting programme,
  no subsidy under Law 34/1998, no training programme and lists no agreement; AJPIS, which pays the child
  allowance, is no partner). activities: not asserted.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

import make_variants as mv

from .fmt import Money, code_spelling, group
from .places import Town, issuer_for, pick_place
from .social_benefits_pools import (BENEFITS, CLOSINGS, DIRECTORS, LEGAL_BASIS, MONTHS, MONTHS_SHORT, QUARTERS,
                                    SERVICES, THRESHOLDS, TITLES, Benefit)
from .writing import Elements

__all__ = ["report_social_benefits"]

_ROMAN = ["I", "II", "III", "IV"]


@dataclass
class _Paid:
    """One benefit over the period: beneficiaries and amount (lei) a month; requests, approvals, files."""

    benefit: Benefit
    name: str
    heads: dict[int, int]
    amounts: dict[int, int | None]
    requests: int
    approved: int

    @property
    def total(self) -> int | None:
        vals = [v for v in self.amounts.values() if v is not None]
        return sum(vals) if self.benefit.paid_here and vals else None

    @property
    def mean_heads(self) -> int:
        return round(sum(self.heads.values()) / max(1, len(self.heads)))


@dataclass
class _Doc(Elements):
    rnd: random.Random
    year: int
    town: Town
    kind: str  # primarie | DAS | SPAS
    months: list[int]
    period: str  # "anul 2024", "semestrul I al anului 2024", "trimestrul III 2024"
    money: Money
    els: list[mv.El] = field(default_factory=list)
    totals: list[dict] = field(default_factory=list)
    indicators: list[dict] = field(default_factory=list)
    services: list[dict] = field(default_factory=list)

    def total(self, scope: str, amount: int, unit: str, raw: str) -> None:
        if any(t["amount"] == amount and t["unit"] == unit for t in self.totals):
            return  # one figure stated twice is expected once
        self.totals.append(dict(scope=scope, amount=amount, unit=unit, raw=raw))

    def indicator(self, key: str, fact: str, value: int, unit: str, raw: str, subject: str) -> None:
        """``fact`` names the figure (one fact stated in a table, a list and a sentence is expected once);
        ``subject`` is what / who it counts, in the document's words (the benefit's name, the counted phrase)."""
        if any(i["indicator"] == key and i["fact"] == fact and i["value"] == value for i in self.indicators):
            return  # a list and a sentence stating one figure: expected once
        self.indicators.append(dict(indicator=key, subject=subject, value=value, unit=unit, year=self.year, raw=raw,
                                    fact=fact))

    def lei(self, amount: int) -> str:
        """An amount in a sentence: always lei, with or without decimals."""
        return group(amount) + (",00" if self.rnd.random() < 0.3 else "") + self.rnd.choice([" lei", " lei", " RON"])


# ------------------------------------------------------------------------------------------ values

def _paid(rnd: random.Random, b: Benefit, year: int, months: list[int], step: int) -> _Paid:
    heads: dict[int, int] = {}
    amounts: dict[int, int | None] = {}
    base = rnd.randint(*b.heads)
    for m in months:
        if b.months is not None and m not in b.months:
            continue
        n = max(0, base + rnd.randint(-max(1, base // 8), max(1, base // 8)))
        if b.key in ("urgenta", "inmormantare"):
            n = rnd.randint(0, max(1, b.heads[1]))
        heads[m] = n
        if b.paid_here:
            amounts[m] = (n * rnd.randint(*b.per_head)) // step * step
        else:
            amounts[m] = None
    if not heads:  # heating aid in a period without a cold month: not reported at all
        return None  # type: ignore[return-value]
    if not any(heads.values()):  # an aid the report lists was granted at least once
        m = next(iter(heads))
        heads[m] = 1
        if b.paid_here:
            amounts[m] = max(step, b.per_head[0] // step * step)
    served = sum(heads.values()) if b.key in ("urgenta", "inmormantare", "alocatie") else max(heads.values())
    requests = served + rnd.randint(0, max(2, served // 6))
    approved = min(requests, served)
    return _Paid(b, b.name(rnd, year), heads, amounts, requests, approved)


def _month_label(rnd: random.Random, m: int, year: int, style: int) -> str:
    return [MONTHS[m - 1], f"{m:02d}.{year}", f"{MONTHS[m - 1].lower()} {year}", MONTHS_SHORT[m - 1]][style]


# ------------------------------------------------------------------------------------------ front matter

def _letterhead(d: _Doc) -> None:
    rnd, t = d.rnd, d.town
    d.p("ROMÂNIA")
    d.p(f"JUDEȚUL {t.county.upper()}")
    if d.kind == "primarie":
        d.p(f"PRIMĂRIA {t.genitive.upper()}")
        d.p(rnd.choice(["Compartimentul de asistență socială", "Serviciul asistență socială",
                        "Compartimentul asistență socială și autoritate tutelară"]))
    else:
        d.p(issuer_for(d.kind, t).upper() if rnd.random() < 0.5 else issuer_for(d.kind, t))
    reg_day, reg_month = rnd.randint(1, 28), rnd.randint(1, 12)
    reg_year = d.year + 1 if d.months[-1] == 12 else d.year
    line = f"Nr. {rnd.randint(120, 18999)}/{reg_day:02d}.{reg_month:02d}.{reg_year}"
    if rnd.random() < 0.5:
        line += f" · Tel. 02{rnd.randint(30, 69)} {rnd.randint(100, 999)} {rnd.randint(100, 999)}"
    d.p(line)


def _title(d: _Doc, shape: str) -> str:
    rnd = d.rnd
    who = issuer_for(d.kind, d.town) if d.kind != "primarie" else f"Primăria {d.town.genitive}"
    semester = "I" if d.months[0] == 1 else "al II-lea"
    quarter = _ROMAN[(d.months[0] - 1) // 3]
    text = rnd.choice(TITLES[shape]).format(y=d.year, who=who, s=semester, q=quarter)
    if d.kind == "primarie" and "{who}" not in text and rnd.random() < 0.6:
        text += f" la nivelul {d.town.genitive}"
    return text


def _legal(d: _Doc) -> None:
    rnd = d.rnd
    in_force = [law for law in LEGAL_BASIS if all(int(y) <= d.year for y in re.findall(r"/(\d{4})", law))]
    laws = rnd.sample(in_force, min(len(in_force), rnd.randint(2, 4)))
    law_vmi = "Legea nr. 196/2016 privind venitul minim de incluziune" if d.year >= 2024 else \
        "Legea nr. 416/2001 privind venitul minim garantat"
    laws.insert(0, law_vmi)
    if rnd.random() < 0.5:
        d.p("Activitatea de acordare a beneficiilor de asistență socială se desfășoară în baza următoarelor acte "
            "normative:")
        for law in laws:
            d.b(law + ";")
    else:
        d.p("Beneficiile de asistență socială se acordă în baza următoarelor acte normative: " + "; ".join(laws) + ".")
    if rnd.random() < 0.7:
        for tpl in rnd.sample(THRESHOLDS, rnd.randint(1, 2)):
            d.p(tpl.format(isr=500, prag=rnd.choice([615, 1115, 1386, 2000]), hcl=rnd.randint(10, 199),
                           date=f"{rnd.randint(1, 28):02d}.{rnd.randint(1, 12):02d}.{d.year - 1}",
                           max=group(rnd.choice([1000, 1500, 2000, 3000])), alloc=rnd.choice(["15", "20,50", "22"])))


# ------------------------------------------------------------------------------------------ tables

def _money_header(d: _Doc, text: str) -> str:
    return text + (f" ({d.money.unit})" if d.money.where in ("each", "group") else "")


def _note(d: _Doc) -> None:
    if d.money.note:
        d.p(d.money.note)


def _per_benefit_table(d: _Doc, paid: list[_Paid]) -> None:
    rnd = d.rnd
    nr = rnd.random() < 0.75
    law = rnd.random() < 0.4
    req = rnd.random() < 0.7
    two = req and rnd.random() < 0.5
    heads_h = rnd.choice(["Nr. beneficiari", "Număr mediu lunar de beneficiari", "Beneficiari (medie lunară)"]
                         if len(d.months) > 1 else ["Nr. beneficiari"])
    name_h = rnd.choice(["Beneficiul de asistență socială", "Tipul prestației sociale", "Denumirea beneficiului"])
    amount_h = _money_header(d, rnd.choice(["Suma plătită", "Sume plătite", "Valoarea plăților"]))
    law_h = rnd.choice(["Temeiul legal", "Actul normativ"])
    req_h = rnd.choice(["Nr. cereri depuse", "Cereri înregistrate"])
    first = (["Nr. crt."] if nr else []) + [name_h] + ([law_h] if law else [])
    if two:
        header = [first + ["Număr", mv.LEFT, amount_h], [mv.UP] * len(first) + ["cereri", "beneficiari", mv.UP]]
    else:
        header = [first + ([req_h] if req else []) + [heads_h, amount_h]]
    body = []
    for i, x in enumerate(paid, 1):
        row = ([f"{i}."] if nr else []) + [x.name] + ([x.benefit.law(d.year)] if law else [])
        row += ([str(x.requests)] if req else []) + [str(x.mean_heads)]
        row.append(d.money.cell(x.total) if x.total is not None else rnd.choice(["-", "–", "nu este cazul"]))
        body.append(row)
        # a benefit row of a report's table: its figures are indicators, subject the benefit's name (the
        # contract's "numeric facts stated in … activity tables (reports)"; the corpus gold of a mayor's report
        # asserts a benefit row's beneficiaries and sum paid so)
        if req:
            d.indicator("cereri", f"{x.name} - cereri depuse", x.requests, "cereri", f"{x.name} | {x.requests}",
                        x.name)
        d.indicator("beneficiari", f"{x.name} - beneficiari", x.mean_heads, "persoane", f"{x.name} | {x.mean_heads}",
                    x.name)
        if x.total is not None:
            d.indicator("suma_platita", f"{x.name} - suma plătită", x.total, "lei", f"{x.name} | {row[-1]}", x.name)
    tot_money = sum(x.total or 0 for x in paid)
    tot_heads = sum(x.mean_heads for x in paid)
    tot_req = sum(x.requests for x in paid)
    total_row = (["TOTAL", mv.LEFT] if nr else ["TOTAL"]) + ([""] if law else [])
    total_row += ([str(tot_req)] if req else []) + [str(tot_heads), d.money.cell(tot_money)]
    _note(d)
    d.table(header + body + [total_row], header_rows=len(header))
    d.total(f"beneficii de asistență socială {d.period}: suma plătită (total)", tot_money, "lei", total_row[-1])
    d.total(f"beneficii de asistență socială {d.period}: beneficiari (total)", tot_heads, "beneficiaries",
            str(tot_heads))
    if req:
        d.total(f"beneficii de asistență socială {d.period}: cereri (total)", tot_req, "other", str(tot_req))


def _months_rows_table(d: _Doc, paid: list[_Paid]) -> None:
    rnd = d.rnd
    style = rnd.randrange(4)
    month_h = rnd.choice(["Luna", "Luna de plată", "Perioada"])
    heads_h = rnd.choice(["Nr. beneficiari", "Beneficiari", "Nr. titulari"])
    amount_h = _money_header(d, rnd.choice(["Suma plătită", "Suma", "Plăți"]))
    months = [m for m in d.months if all(m in x.heads for x in paid)]
    if len(paid) == 1:
        header = [[month_h, heads_h, amount_h]]
    else:
        top = [month_h]
        for x in paid:
            top += [x.name, mv.LEFT]
        header = [top, [mv.UP] + [heads_h, amount_h] * len(paid)]
    body = []
    for m in months:
        row = [_month_label(rnd, m, d.year, style)]
        for x in paid:
            row += [str(x.heads[m]), d.money.cell(x.amounts[m])]
        body.append(row)
    total_row = ["TOTAL"]
    for x in paid:
        amount = sum(x.amounts[m] for m in months)
        total_row += [rnd.choice(["-", "–", ""]), d.money.cell(amount)]
        d.total(f"{x.name} {d.period}: suma plătită (total)", amount, "lei", total_row[-1])
    if len(paid) == 1:
        d.p(rnd.choice(["Situația lunară a beneficiarilor de {n}:", "Evoluția lunară – {n}",
                        "Plăți lunare pentru {n}"]).format(n=paid[0].name))
    _note(d)
    d.table(header + body + [total_row], header_rows=len(header))


def _months_cols_table(d: _Doc, paid: list[_Paid]) -> None:
    rnd = d.rnd
    by_quarter = len(d.months) == 12 and rnd.random() < 0.6
    if by_quarter:
        cols = [(QUARTERS[q], [m for m in range(3 * q + 1, 3 * q + 4)]) for q in range(4)]
    else:
        style = rnd.choice([0, 3])
        cols = [(_month_label(rnd, m, d.year, style), [m]) for m in d.months]
    name_h = rnd.choice(["Beneficiul", "Tipul beneficiului", "Prestația socială"])
    total_h = rnd.choice(["Total", "TOTAL", "Total perioadă"])
    two = rnd.random() < 0.5
    if two:
        group_h = _money_header(d, rnd.choice(["Sume plătite", "Plăți efectuate"])) + \
            (" pe trimestre" if by_quarter else " pe luni")
        header = [[name_h, group_h] + [mv.LEFT] * (len(cols) - 1) + [total_h],
                  [mv.UP] + [c for c, _ in cols] + [mv.UP]]
    else:
        header = [[name_h] + [c for c, _ in cols] + [total_h]]
        if d.money.where in ("each", "group"):
            d.p(f"- {d.money.unit} -")
    body, col_sums = [], [0] * len(cols)
    for x in paid:
        row = [x.name]
        for i, (_, ms) in enumerate(cols):
            v = sum(x.amounts.get(m) or 0 for m in ms)
            col_sums[i] += v
            row.append(d.money.cell(v) if v else "-")
        row.append(d.money.cell(x.total))
        d.total(f"{x.name} {d.period}: total", x.total, "lei", row[-1])
        body.append(row)
    grand = sum(col_sums)
    total_row = ["TOTAL"] + [d.money.cell(v) if v else "-" for v in col_sums] + [d.money.cell(grand)]
    for (label, _), v, cell in zip(cols, col_sums, total_row[1:]):
        if v:
            d.total(f"beneficii {label} {d.year}: total", v, "lei", cell)
    d.total(f"beneficii de asistență socială {d.period}: total general", grand, "lei", total_row[-1])
    _note(d)
    d.table(header + body + [total_row], header_rows=len(header))


def _benefit_list(d: _Doc, paid: list[_Paid]) -> None:
    """The benefits as bullets, one a benefit: beneficiaries and the total paid (lei) or the files prepared."""
    rnd = d.rnd
    d.p(rnd.choice([f"Situația beneficiilor acordate în {d.period} se prezintă astfel:",
                    f"În {d.period} au fost acordate următoarele beneficii de asistență socială:"]))
    dash = rnd.choice(["", "- ", "• "])
    for x in paid:
        if x.total is None:
            d.b(f"{dash}{x.name}: {x.approved} dosare întocmite și transmise la A.J.P.I.S.;")
            d.indicator("dosare", f"{x.benefit.short} - dosare întocmite", x.approved, "dosare",
                        f"{x.approved} dosare", x.name)
            continue
        lei = d.lei(x.total)
        d.b(f"{dash}{x.name} – {x.mean_heads} beneficiari (medie lunară), total plătit: {lei};")
        d.indicator("beneficiari", f"{x.name} - beneficiari", x.mean_heads, "persoane", f"{x.mean_heads} beneficiari",
                    x.name)
        d.indicator("suma_platita", f"{x.name} - suma plătită", x.total, "lei", lei, x.name)
        d.total(f"{x.name} {d.period}: suma plătită", x.total, "lei", lei)


# ------------------------------------------------------------------------------------------ sentences

def _sentences(d: _Doc, paid: list[_Paid]) -> None:
    rnd = d.rnd
    period = d.period
    for x in rnd.sample(paid, min(len(paid), rnd.randint(2, 4))):
        b = x.benefit
        if not b.paid_here:
            n = x.approved
            raw = f"{n} dosare"
            text = rnd.choice([
                "Au fost întocmite și transmise către Agenția Județeană pentru Plăți și Inspecție Socială "
                f"{d.town.county} un număr de {n} dosare de alocație de stat pentru copii.",
                f"În {period} s-au întocmit {n} dosare pentru acordarea alocației de stat pentru copii, "
                "transmise lunar la A.J.P.I.S. pe bază de borderou."])
            d.p(text)
            printed = "dosare de alocație de stat pentru copii" if "dosare de alocație" in text else \
                "dosare pentru acordarea alocației de stat pentru copii"
            d.indicator("dosare", f"{b.short} - dosare întocmite", n, "dosare", raw, printed)
            continue
        shape = rnd.randrange(3)
        amount = x.total
        lei = d.lei(amount) if amount is not None else ""
        if shape == 0:
            rejected = x.requests - x.approved
            text = (f"În {period} au fost depuse {x.requests} cereri pentru {x.name}, dintre care "
                    f"{x.approved} au fost aprobate")
            text += f", iar {rejected} respinse." if rejected else "."
            d.p(text)
            d.indicator("cereri", f"{x.name} - cereri depuse", x.requests, "cereri", f"{x.requests} cereri",
                        f"cereri pentru {x.name}")
            d.indicator("dosare_aprobate", f"{x.name} - cereri aprobate", x.approved, "dosare",
                        f"{x.approved} au fost aprobate", x.name)
            if amount is not None:
                d.p(f"Suma totală plătită pentru {x.name}: {lei}.")
                d.indicator("suma_platita", f"{x.name} - suma plătită", amount, "lei", lei, x.name)
                d.total(f"{x.name} {period}: suma plătită", amount, "lei", lei)
        elif shape == 1 and amount is not None:
            d.p(f"Pentru {x.name} s-a plătit suma totală de {lei}, pentru un număr mediu lunar de "
                f"{x.mean_heads} beneficiari.")
            d.indicator("suma_platita", f"{x.name} - suma plătită", amount, "lei", lei, x.name)
            d.indicator("beneficiari", f"{x.name} - beneficiari", x.mean_heads, "persoane",
                        f"{x.mean_heads} beneficiari", x.name)
            d.total(f"{x.name} {period}: suma plătită", amount, "lei", lei)
        else:
            prev = max(1, x.mean_heads + rnd.randint(-15, 25))
            pct = f"{abs(x.mean_heads - prev) * 100 / prev:.1f}".replace(".", ",")
            d.p(f"Numărul mediu lunar al beneficiarilor de {x.name} a fost de {x.mean_heads}, față de {prev} în "
                f"anul {d.year - 1} (o variație de {pct}%).")
            d.indicator("beneficiari", f"{x.name} - beneficiari", x.mean_heads, "persoane", str(x.mean_heads),
                        x.name)
    if rnd.random() < 0.7:
        n = rnd.randint(40, 600)
        d.p(rnd.choice([f"În vederea stabilirii eligibilității au fost efectuate {n} anchete sociale la domiciliul "
                        "solicitanților.",
                        f"Au fost realizate {n} anchete sociale (inclusiv reverificări la 6 luni, conform art. 14 "
                        "din lege)."]))
        d.indicator("anchete_sociale", "anchete sociale efectuate", n, "anchete", f"{n} anchete sociale",
                    "anchete sociale")
    grand = sum(x.total or 0 for x in paid)
    if rnd.random() < 0.6:
        lei = d.lei(grand)
        d.p(rnd.choice([f"În total, în {period}, au fost efectuate plăți în valoare de {lei}.",
                        f"Totalul sumelor plătite în {period} pentru beneficiile de asistență socială: {lei}."]))
        d.total(f"beneficii de asistență socială {period}: suma plătită (total)", grand, "lei", lei)


def _community_work(d: _Doc) -> None:
    rnd = d.rnd
    who = "beneficiarii de venit minim de incluziune" if d.year >= 2024 else "beneficiarii de ajutor social"
    d.h(rnd.choice(["Acțiuni sau lucrări de interes local", "Munca în folosul comunității"]))
    hours = rnd.randint(80, 1500) * 10
    hcl = f"H.C.L. nr. {rnd.randint(5, 180)}/{rnd.randint(1, 28):02d}.{rnd.randint(1, 3):02d}.{d.year}"
    d.p(f"Conform planului de acțiuni aprobat prin {hcl}, {who} apți de muncă au efectuat în {d.period} un număr de "
        f"{group(hours)} ore de muncă în folosul comunității (maximum 72 de ore pe lună pentru o familie).")
    d.indicator("ore_munca", f"{who} - ore de muncă în folosul comunității", hours, "ore", f"{group(hours)} ore",
                "ore de muncă în folosul comunității")


def _services_chapter(d: _Doc) -> None:
    rnd = d.rnd
    d.h(rnd.choice(["Serviciile sociale administrate", "Servicii sociale", "Serviciile sociale furnizate de "
                    + ("primărie" if d.kind == "primarie" else "direcție")]))
    chosen = rnd.sample(SERVICES, rnd.randint(1, 3))
    code_col = rnd.random() < 0.75
    benef_col = rnd.random() < 0.8
    header = ["Nr. crt.", rnd.choice(["Denumirea serviciului social", "Serviciul social"])]
    if code_col:
        header.insert(rnd.choice([1, 2]), rnd.choice(["Cod serviciu social", "Cod"]))
    header.append(rnd.choice(["Capacitate", "Nr. locuri", "Capacitate (nr. beneficiari)"]))
    if benef_col:
        header.append(rnd.choice(["Nr. beneficiari", "Beneficiari în perioada raportată"]))
    rows = [header]
    for i, (names, code, cap_rng) in enumerate(chosen, 1):
        name = rnd.choice(names) + " " + d.town.name
        cap = rnd.randint(*cap_rng)
        benef = rnd.randint(cap // 2, cap)
        raw_code = code_spelling(rnd, code)
        cells = {"Nr. crt.": f"{i}.", "code": raw_code, "name": name, "cap": str(cap), "benef": str(benef)}
        row = []
        for hname in header:
            if hname == "Nr. crt.":
                row.append(cells["Nr. crt."])
            elif hname.startswith("Cod"):
                row.append(raw_code)
            elif hname.startswith(("Denumirea", "Serviciul")):
                row.append(name)
            elif hname.startswith(("Capacitate", "Nr. locuri")):
                row.append(str(cap))
            else:
                row.append(str(benef))
        rows.append(row)
        d.services.append(dict(section="existing", table_seq=None, row_no_raw=f"{i}.", category=None,
                               provider_raw=None, service_name=name, code_raw=raw_code if code_col else None,
                               service_code=code if code_col else None, capacity=cap, capacity_raw=str(cap),
                               beneficiaries=benef if benef_col else None, occupancy_pct=None, occupancy_raw=None,
                               budget_local_lei=None, budget_county_lei=None, budget_state_lei=None,
                               budget_beneficiaries_lei=None, budget_other_lei=None, budget_raw=None, notes=None))
    d.table(rows)
    for s in d.services:
        s["table_seq"] = d.n_tables()


# ------------------------------------------------------------------------------------------ the family

def report_social_benefits(rnd: random.Random, year: int) -> tuple[list[mv.El], dict]:
    kind = rnd.choice(["primarie", "primarie", "DAS", "SPAS"])
    town = pick_place(rnd, ("comuna", "oras") if kind == "primarie" else
                      (("municipiu",) if kind == "DAS" else ("oras", "municipiu")))
    shape = rnd.choice(["anual", "anual", "semestrial", "trimestrial"])
    if shape == "anual":
        months, period = list(range(1, 13)), f"anul {year}"
    elif shape == "semestrial":
        first = rnd.choice([1, 7])
        months = list(range(first, first + 6))
        period = f"semestrul {'I' if first == 1 else 'al II-lea'} al anului {year}"
    else:
        q = rnd.randrange(4)
        months = list(range(3 * q + 1, 3 * q + 4))
        period = rnd.choice([f"trimestrul {_ROMAN[q]} {year}", f"trimestrul {_ROMAN[q]} al anului {year}"])
    unit = "mii lei" if kind == "DAS" and rnd.random() < 0.4 else ("mii lei" if rnd.random() < 0.1 else "lei")
    money = Money.pick(rnd, unit, 2)
    d = _Doc(rnd, year, town, kind, months, period, money)
    step = 100 if unit == "mii lei" else 1

    benefits = [b for b in BENEFITS if not (year >= 2024 and b.key == "asf" and rnd.random() < 0.5)]
    chosen = [BENEFITS[0]] + rnd.sample(benefits[1:], rnd.randint(2, 6))
    chosen.sort(key=BENEFITS.index)
    paid = [x for x in (_paid(rnd, b, year, months, step) for b in chosen) if x is not None]

    _letterhead(d)
    title = _title(d, shape)
    d.title(title)
    if rnd.random() < 0.4:
        d.p(f"Prezentat în ședința ordinară a Consiliului Local al {town.genitive} din "
            f"{rnd.randint(1, 28):02d}.{rnd.randint(1, 12):02d}.{year + (1 if shape == 'anual' else 0)}")
    d.h(rnd.choice(["I. Cadrul legal", "1. Temeiul legal", "Cadrul legislativ"]))
    _legal(d)
    d.h(rnd.choice(["II. Beneficii de asistență socială", "2. Prestații sociale acordate",
                    "Beneficiile de asistență socială acordate"]))
    layouts = rnd.choice([["per_benefit"], ["per_benefit", "months_rows"], ["months_cols"],
                          ["per_benefit", "months_cols"], ["months_rows"], ["list"], ["list", "months_rows"]])
    sentences_first = rnd.random() < 0.5
    if sentences_first:
        _sentences(d, paid)
    monthly = [x for x in paid if x.benefit.paid_here and x.benefit.months is None]
    for layout in layouts:
        if layout == "per_benefit":
            _per_benefit_table(d, paid)
        elif layout == "list":
            _benefit_list(d, paid)
        elif layout == "months_rows":
            _months_rows_table(d, monthly[:rnd.randint(1, 2)])
        else:
            _months_cols_table(d, [x for x in paid if x.benefit.paid_here])
    if not sentences_first:
        _sentences(d, paid)
    if rnd.random() < 0.6:
        _community_work(d)
    if rnd.random() < 0.5:
        _services_chapter(d)
    d.p(rnd.choice(CLOSINGS))
    d.p(rnd.choice(DIRECTORS))

    issuer = f"Primăria {town.genitive}" if kind == "primarie" else issuer_for(kind, town)
    doc = dict(doc_type="other", title=title, year=year, year_end=year, issuer=issuer, issuer_kind=kind,
               uat=town.uat, county=town.county, currency_unit_main=None)
    for t in d.totals:
        t["source_line"] = None
    for i in d.indicators:
        i["source_line"] = None
        del i["fact"]
    expected = {"document": doc, "services": d.services, "procurements": [], "subsidies": [], "trainings": [],
                "partnerships": [], "totals": d.totals, "indicators": d.indicators}
    return d.els, expected
