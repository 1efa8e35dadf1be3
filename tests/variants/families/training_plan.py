"""Family ``training_plan``: a directorate's annual plan of continuous professional training of its staff ("Planul
anual de formare profesională continuă a personalului DGASPC … pentru anul N", "Programul de formare și
perfecționare profesională al Direcției de Asistență Socială …"), sometimes with the report on the previous year's
training, sometimes the report alone, sometimes after the director's disposition or the council's decision
approving it. Written blind by a twelfth author (session 16), from the contract (../shared/contract/DATASETS.md),
DESIGN.md, the corpus documents and their gold, and what a directorate's human-resources office prints, without
reading the extractors, normalisers or pipeline: the vocabulary is ``training_pools.py``'s own.

Issuers: a county DGASPC, a municipality's DAS, a town's SPAS. Shapes: the plan alone; the report on year N-1 and
the plan for year N in one document (either order); the report alone. The courses are printed as one table (a row
per course, a kind column, one or several staff categories per row, optional provider, period, duration, credits,
cost and source columns, sometimes a TOTAL row), as a table per staff category or per quarter under its heading,
as tables under headings naming the kind, as one table of head counts with a column per kind, or as a numbered
list / bullets of courses. A report's table has planned and realised head counts (two header rows or one).
Distractors: hours, days, credits, COR codes, the providers' ANC authorisation numbers, laws and articles, budget
line 20.13, quarters and months, the directorate's posts and staff, percentages of the needs covered and of the
plan realised, the previous year's figures, a CPV code of the training services bought.

Assumptions where the contract is silent (the gold is decided from the contract and the corpus gold):

* documents: a plan of staff training is none of the contract's annual action plan on social services, report on
  that plan, mayor's report, council decision on a plan or strategy: ``doc_type`` ``other`` — also when a
  disposition or a council decision approving it comes first (it approves a training plan, not the action plan),
  and for the report on the training. ``year`` / ``year_end``: the plan's year; the report's year for a report
  alone; N-1 and N for the report on N-1 with the plan for N (the document is about both years). ``issuer`` the
  directorate in its canonical long form (it authored the plan, also when the council approved it), ``issuer_kind``
  DGASPC / DAS / SPAS, ``uat`` "Județul X" for a DGASPC, else the municipality or town; ``currency_unit_main`` not
  asserted (there is no services table).
* trainings (F1): one row per course (per row of a course table or per item of a list), ``staff_category`` the
  categories printed in the row (joined as printed: "asistenți sociali, psihologi") or the heading of the table
  the row sits under when the tables are per staff category; ``training_kind`` from the kind cell or the heading
  naming the kind: perfecționare → ``perfectionare``, calificare → ``calificare``, instruire (internal training,
  training at the workplace) → ``instruire``; specialisation, initiation, supervision, conferences, seminars and
  workshops are forms the contract's list does not name → ``other``; a table per quarter or per category with no
  kind column and no kind in its heading does not occur (every course states its kind). In a table of head
  counts with a column per kind, one row per non-empty (category, kind) cell, ``persons`` the count (a "Nr. total
  angajați" column is the category's staff, not participants). ``persons`` is the participants planned in a plan
  and the participants trained (realised) in a report; hours, days, credits and COR codes are never persons.
  ``budget_lei`` the row's cost in lei (× 1000 under "mii lei"); none when the row states none ("-", "gratuit",
  "fără costuri") or the table has no cost column. The courses of the report and of the plan of one document are
  all rows (the dataset has no year column).
* totals (recall): the TOTAL row's participants (``persons``) and cost (lei), the head-count TOTAL row's sum per
  kind, the plan's budget stated in a sentence and its parts by source, a report's spending and approved budget.
  Percentages, posts and staff numbers of the directorate are not totals of the plan.
* indicators (recall, only where a report is part of the document): the counts stated in the report's sentences
  (courses organised, staff or participants trained, persons planned, social workers who gained their credits),
  ``year`` the year reported. A plan alone asserts none.
* services, procurements, subsidies, partnerships: asserted empty (a training plan lists no social service, no
  contracting programme — the training services bought are not social services, and their CPV code is a
  distractor —, no subsidy and no agreement; a provider of courses is not a partner). activities: not asserted.
"""
from __future__ import annotations

import random

import make_variants as mv

from .fmt import group
from .places import issuer_for, pick_county, pick_place
from .training_pools import KIND_WORDS, LEGAL_BASIS, STAFF_DAS, STAFF_DGASPC, Staff
from .training_tables import (TABLE_HEADERS, CostPrinter, Doc, de, draw_courses, kind_columns, plan_kind_sections,
                              plan_list, plan_one_table, plan_per_category, plan_per_quarter)

__all__ = ["training_plan"]

# ------------------------------------------------------------------------------------------------ the plan

def _plan(d: Doc, year: int, cp: CostPrinter, numbered_from: int, with_report: bool = False) -> None:
    r = d.rnd
    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]
    sec = iter(roman[numbered_from:])
    d.h(f"{next(sec)}. {r.choice(['Cadrul legal', 'Temeiul legal', 'Baza legală a planului'])}")
    if r.random() < 0.5:
        d.p("Planul anual de formare profesională a fost elaborat în conformitate cu prevederile:")
    for law in r.sample(LEGAL_BASIS, r.randint(3, 6)):
        d.b(law)
    d.h(f"{next(sec)}. {r.choice(['Analiza nevoilor de formare', 'Identificarea nevoilor de formare profesională'])}")
    occupied = d.posts - r.randint(3, max(4, d.posts // 8))
    needs = [f"La data de 31.12.{year - 1}, {d.short} avea un număr de {de(d.posts)} posturi aprobate, din care "
             f"{group(occupied)} ocupate.",
             f"Analiza nevoilor de formare s-a realizat pe baza chestionarelor completate de {de(r.randint(min(20, occupied), occupied))}"
             f" angajați și a rapoartelor de evaluare a performanțelor profesionale individuale pe anul {year - 1}.",
             f"Planul acoperă {r.randint(55, 95)}% din nevoile de formare identificate, restul urmând a fi acoperite "
             f"în anul {year + 1}.",
             "Potrivit Legii nr. 466/2004, fiecare asistent social are obligația de a acumula anual minimum 15 credite "
             "de formare profesională continuă.",
             "Asistenții maternali profesioniști (cod COR 531101) beneficiază de formare obligatorie de minimum 60 de "
             "ore anual, potrivit standardelor în vigoare.",
             f"În anul {year - 1} au participat la cursuri de formare {de(r.randint(30, 300))} angajați."]
    if with_report:  # the report in the same document states last year's figures itself
        needs.pop()
    for s in r.sample(needs, r.randint(2, 5)):
        d.p(s)
    d.h(f"{next(sec)}. {r.choice(['Programul de formare profesională pentru anul ' + str(year), 'Acțiuni de formare planificate', 'Planificarea activităților de formare profesională'])}")
    with_cost = r.random() < 0.75
    form = r.choices(["table", "category", "quarter", "kinds", "columns", "list"], [30, 15, 12, 15, 13, 15])[0]
    before = len(d.trainings)
    if form == "table":
        courses = draw_courses(d, year, r.randint(3, 10), d.staff, realised=False)
        plan_one_table(d, cp, courses, with_cost)
    elif form == "category":
        plan_per_category(d, cp, year, with_cost)
    elif form == "quarter":
        plan_per_quarter(d, cp, year, with_cost)
    elif form == "kinds":
        plan_kind_sections(d, cp, year, with_cost)
    elif form == "columns":
        with_cost = False
        kind_columns(d, realised=False)
    else:
        courses = draw_courses(d, year, r.randint(3, 8), d.staff, realised=False)
        plan_list(d, cp, courses, with_cost)
    planned = d.trainings[before:]
    d.h(f"{next(sec)}. {r.choice(['Bugetul planului', 'Resurse financiare', 'Finanțarea activităților de formare'])}")
    budget = sum(t["budget_lei"] or 0 for t in planned) if with_cost else 0
    if not budget:
        budget = r.randrange(50, 900) * 100
    amount = cp.sentence_amount(budget)
    text = r.choice([f"Bugetul estimat al planului de formare profesională pentru anul {year} este de {amount}",
                     f"Pentru realizarea planului s-a prevăzut suma de {amount}",
                     f"Costul total estimat al acțiunilor de formare este de {amount}"])
    d.total("bugetul planului de formare", budget, "lei", amount)
    if r.random() < 0.4 and budget >= 2000:
        own = r.randrange(1, budget // 100) * 100
        rest = budget - own
        text += f", din care {cp.sentence_amount(own)} din bugetul propriu și {cp.sentence_amount(rest)} din fonduri " \
                f"externe nerambursabile"
        d.total("buget propriu", own, "lei", cp.sentence_amount(own))
        d.total("fonduri externe", rest, "lei", cp.sentence_amount(rest))
    d.p(text + r.choice([".", ", prevăzută la titlul 20 „Bunuri și servicii”, articolul 20.13 „Pregătire profesională”."]))
    if r.random() < 0.35:
        d.p("Serviciile de formare profesională se achiziționează prin achiziție directă, cod CPV 80530000-8 "
            "„Servicii de formare profesională”, de la furnizori autorizați de Autoritatea Națională pentru "
            "Calificări.")
    if with_cost and form in ("table", "list") and r.random() < 0.4:
        persons = sum(t["persons"] for t in planned)
        d.p(f"Planul cuprinde {len(planned)} programe de formare, la care vor participa în total "
            f"{de(persons)} angajați.")
        d.total("total participanți planificați", persons, "persons", group(persons))
    d.h(f"{next(sec)}. {r.choice(['Monitorizarea și evaluarea planului', 'Evaluarea eficienței formării'])}")
    d.p(r.choice(["Compartimentul resurse umane monitorizează trimestrial realizarea planului și întocmește, până la "
                  f"31 ianuarie {year + 1}, raportul privind activitatea de formare profesională.",
                  "Fiecare participant prezintă, în termen de 10 zile de la absolvire, copia certificatului sau a "
                  "adeverinței de participare și un raport privind aplicabilitatea cunoștințelor dobândite."]))


# ------------------------------------------------------------------------------------------------ the report

def _report(d: Doc, year: int, cp: CostPrinter, numbered_from: int, titled: bool) -> None:
    """The report on the training of `year` (realised against planned)."""
    r = d.rnd
    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]
    sec = iter(roman[numbered_from:])
    if titled:
        d.h(f"{next(sec)}. Raport privind activitatea de formare profesională în anul {year}")
    form = r.choices(["table", "columns"], [75, 25])[0]
    before = len(d.trainings)
    if form == "table":
        courses = draw_courses(d, year, r.randint(3, 9), d.staff, realised=True)
        two_rows = r.random() < 0.5
        with_cost = r.random() < 0.7
        head = ["Nr. crt.", r.choice(TABLE_HEADERS["theme"]), r.choice(TABLE_HEADERS["staff"]), r.choice(TABLE_HEADERS["kind"])]
        plan_h = r.choice(["planificat", "Nr. participanți planificați", "Prevăzut în plan"])
        done_h = r.choice(["realizat", "Nr. participanți instruiți", "Nr. persoane care au absolvit"])
        cost_h = cp.header(r.choice(["Cost realizat", "Cheltuieli efective", "Costuri"]))
        status = r.random() < 0.5
        if two_rows:
            top = head + ["Număr de participanți", mv.LEFT] + ([cost_h] if with_cost else []) + (["Stadiu"] if status else [])
            below = [mv.UP] * len(head) + ["planificat", "realizat"] + [mv.UP] * (with_cost + status)
            rows = [top, below]
        else:
            rows = [head + [plan_h, done_h] + ([cost_h] if with_cost else []) + (["Stadiu"] if status else [])]
        for i, c in enumerate(courses, 1):
            cost = cp.cell(c.cost) if with_cost else None
            rows.append([f"{i}.", c.theme, c.staff_text, r.choice(KIND_WORDS[c.kind]), str(c.planned), str(c.persons)]
                        + ([cost] if with_cost else [])
                        + ([("realizat" if c.persons == c.planned else "parțial realizat")] if status else []))
            d.training(c.kind, f"{i}.", c.staff_text, c.persons, c.cost if with_cost else None,
                       cost if with_cost and c.cost is not None else None)
        if cp.money.note and with_cost:
            d.p(cp.money.note)
        d.table(rows, 2 if two_rows else 1)
        n_courses = len(courses)
        trained = sum(c.persons for c in courses)
        planned = sum(c.planned for c in courses)
        spent = sum(c.cost or 0 for c in courses) if with_cost else r.randrange(50, 900) * 100
    else:
        kind_columns(d, realised=True)
        n_courses = r.randint(6, 30)
        trained = sum(t["persons"] for t in d.trainings[before:])
        planned = trained + r.randint(0, 25)
        spent = r.randrange(50, 900) * 100
    # the sentences of the report: counts (indicators), money (totals), percentages (neither)
    pct = f"{100 * trained / planned:.1f}".replace(".", ",")
    s1 = f"În anul {year} au fost organizate {de(n_courses)} cursuri și sesiuni de formare profesională"
    d.indicator("cursuri", "cursuri", n_courses, "cursuri", s1, year)
    if r.random() < 0.5:
        s2 = f", la care au participat {de(trained)} {r.choice(['angajați', 'salariați'])}"
        d.indicator("personal", s2.split()[-1], trained, "persoane", s2, year)
    else:
        s2 = f", cu un număr total de {de(trained)} participanți"
        d.indicator("participanti", "participanți", trained, "persoane", s2, year)
    s3 = f", față de {de(planned)} persoane prevăzute în planul de formare (grad de realizare {pct}%)."
    d.indicator("persoane", "persoane prevăzute în planul de formare", planned, "persoane", s3, year)
    d.p(s1 + s2 + s3)
    approved = spent + r.randrange(0, 200) * 100
    d.p(f"Cheltuielile efectuate cu formarea profesională a personalului au fost de {cp.sentence_amount(spent)}, "
        f"din bugetul aprobat de {cp.sentence_amount(approved)}.")
    d.total("cheltuieli formare realizate", spent, "lei", cp.sentence_amount(spent))
    d.total("buget aprobat formare", approved, "lei", cp.sentence_amount(approved))
    if r.random() < 0.6:
        aso = r.randint(3, 60)
        text = f"Un număr de {de(aso)} asistenți sociali au acumulat creditele minime obligatorii prevăzute de Legea nr. " \
               f"466/2004 (în medie {r.randint(15, 30)} credite de persoană)."
        d.indicator("asistenti", "asistenți sociali", aso, "persoane", text, year)
        d.p(text)
    if r.random() < 0.5:
        d.p(r.choice([f"Acțiunile nerealizate ({r.randint(1, 4)}) au fost reprogramate în trimestrul I al anului "
                      f"{year + 1}.",
                      "Principalele cauze ale nerealizării integrale a planului au fost lipsa fondurilor și "
                      "imposibilitatea înlocuirii personalului pe durata cursurilor."]))


# ------------------------------------------------------------------------------------------------ the document

def _issuer(r: random.Random) -> tuple[str, str, str, str, str, list[Staff], int, str]:
    """(issuer, kind, uat, county, short printed name, staff categories, posts, header lines' place)"""
    kind = r.choices(["DGASPC", "DAS", "SPAS"], [45, 35, 20])[0]
    if kind == "DGASPC":
        county = pick_county(r)
        issuer = issuer_for("DGASPC", county=county)
        short = r.choice([f"D.G.A.S.P.C. {county}", f"DGASPC {county}", "Direcția Generală"])
        return issuer, kind, f"Județul {county}", county, short, STAFF_DGASPC, r.randint(600, 1900), \
            f"CONSILIUL JUDEȚEAN {county.upper()}"
    town = pick_place(r, ("municipiu",) if kind == "DAS" else ("oras",))
    issuer = issuer_for(kind, town)
    short = r.choice(["D.A.S.", "Direcția", "DAS"] if kind == "DAS" else ["S.P.A.S.", "Serviciul", "SPAS"])
    posts = r.randint(60, 420) if kind == "DAS" else r.randint(12, 80)
    return issuer, kind, town.uat, town.county, short, STAFF_DAS, posts, f"{town.uat.upper()}, JUDEȚUL {town.county.upper()}"


def _preface(d: Doc, year: int, plan_words: str) -> None:
    """The disposition or the council's decision approving the plan, before it."""
    r = d.rnd
    n = r.randint(12, 980)
    date = f"{r.randint(5, 28):02d}.{r.choice(['01', '02', '12'])}.{year if r.random() < 0.7 else year - 1}"
    if r.random() < 0.6:
        d.p(f"DISPOZIȚIA nr. {n}/{date}")
        d.p(f"privind aprobarea {plan_words} pentru anul {year}")
        boss = "Directorul general" if d.kind == "DGASPC" else "Directorul executiv"
        d.p(f"{boss} al {d.genitive}, având în vedere prevederile art. 194 și art. 195 din Legea nr. "
            f"53/2003 – Codul muncii și referatul Serviciului resurse umane nr. {r.randint(100, 9999)}/{date},")
        d.p("DISPUNE:")
        d.p(f"Art. 1. Se aprobă {plan_words} pentru anul {year}, prevăzut în anexa care face parte integrantă din "
            "prezenta dispoziție.")
        d.p("Art. 2. Serviciul resurse umane va duce la îndeplinire prevederile prezentei dispoziții.")
        d.p(f"{boss.replace('Directorul', 'Director')}, {d.name()}")
        d.p(f"Anexă la Dispoziția nr. {n}/{date}")
    else:
        council = "H.C.J." if d.kind == "DGASPC" else "H.C.L."
        d.p(f"Anexa nr. {r.randint(1, 3)} la {council} nr. {n}/{date} privind aprobarea {plan_words} pentru anul {year}")


def training_plan(rnd: random.Random, year: int) -> tuple[list[mv.El], dict]:
    r = rnd
    issuer, kind, uat, county, short, staff_pool, posts, place = _issuer(r)
    d = Doc(r, issuer, kind, short, county, r.sample(staff_pool, r.randint(4, min(8, len(staff_pool)))), posts)
    cp = CostPrinter(r)
    shape = r.choices(["plan", "plan_report", "report"], [50, 25, 25])[0]
    plan_words = r.choice(["Planului anual de formare profesională continuă a personalului",
                           "Programului de formare și perfecționare profesională a personalului",
                           "Planului de perfecționare profesională a salariaților"])
    if shape == "plan" and r.random() < 0.4:
        _preface(d, year, plan_words)
    if r.random() < 0.6:
        d.p(place)
        d.p(issuer.upper() if r.random() < 0.5 else issuer)
    elif r.random() < 0.5:
        d.p(issuer)
    gen = d.genitive
    if shape == "plan":
        title = r.choice([f"PLANUL ANUAL DE FORMARE PROFESIONALĂ CONTINUĂ A PERSONALULUI {gen.upper()} PENTRU ANUL {year}",
                          f"Planul anual de formare profesională a personalului pentru anul {year}",
                          f"PROGRAMUL DE FORMARE ȘI PERFECȚIONARE PROFESIONALĂ A PERSONALULUI PE ANUL {year}",
                          f"Plan de perfecționare profesională – {year}"])
        d.title(title)
        if r.random() < 0.5:
            d.p("Obiectivul general al planului este dezvoltarea competențelor profesionale ale personalului, în "
                "vederea creșterii calității serviciilor sociale acordate beneficiarilor.")
        _plan(d, year, cp, 0)
        y0, y1 = year, year
    elif shape == "plan_report":
        title = r.choice([f"RAPORT privind activitatea de formare profesională în anul {year - 1} și PLANUL DE "
                          f"FORMARE PROFESIONALĂ pentru anul {year}",
                          f"Raportul de evaluare a formării profesionale pe anul {year - 1} și Planul anual de formare "
                          f"profesională continuă pentru anul {year}"])
        d.title(title)
        if r.random() < 0.5:
            _report(d, year - 1, cp, 0, titled=True)
            d.h(f"Planul anual de formare profesională pentru anul {year}")
            _plan(d, year, cp, 2, with_report=True)
        else:
            _plan(d, year, cp, 0, with_report=True)
            d.h(f"Anexă – Raport privind formarea profesională a personalului în anul {year - 1}")
            _report(d, year - 1, cp, 0, titled=False)
        y0, y1 = year - 1, year
    else:
        title = r.choice([f"RAPORT privind activitatea de formare profesională a personalului în anul {year}",
                          f"Raport de evaluare a Planului anual de formare profesională pe anul {year}",
                          f"Raportul privind realizarea programului de perfecționare profesională – anul {year}"])
        d.title(title)
        d.p(f"Prezentul raport a fost întocmit de Compartimentul resurse umane al {gen} în temeiul art. 194 din "
            f"Legea nr. 53/2003 – Codul muncii.")
        _report(d, year, cp, 0, titled=False)
        y0, y1 = year, year
    if r.random() < 0.6:
        d.p(r.choice([f"{'Director general' if kind == 'DGASPC' else 'Director executiv'}, {d.name()}",
                      f"Întocmit, Compartimentul resurse umane – {d.name()}"]))
    named = (issuer.lower(), d.genitive.lower())
    if not any(e.text and any(n in e.text.lower() for n in named) for e in d.els):
        d.els.insert(0, mv.p(issuer))  # the gold's issuer is one the document states (its header line)
    doc = {"doc_type": "other", "title": title, "year": y0, "year_end": y1, "issuer": issuer, "issuer_kind": kind,
           "uat": uat, "county": county, "currency_unit_main": None}
    exp = {"document": doc, "trainings": d.trainings, "totals": d.totals, "services": [], "procurements": [],
           "subsidies": [], "partnerships": []}
    if shape != "plan":
        exp["indicators"] = d.indicators
    return d.els, exp
