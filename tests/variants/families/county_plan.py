"""The ``plan_county_annual_action`` family: a county's annual action plan for social services, drawn up by its
DGASPC (Direcția Generală de Asistență Socială și Protecția Copilului) and approved by the county council, as it is
published: often after the council's decision (HOTĂRÂRE … privind aprobarea Planului anual de acțiune …, the plan
as its annex), with the county's letterhead, page headers and footers, signatures.

Written by a ninth author, blind: from the template (HG 797/2017, Ordinul 1086/2018; Law 292/2011 art. 112 and 118),
the contract (DATASETS.md), the corpus documents and their gold, without reading the extractors, normalisers,
pipeline code nor the other families' generators. Everything this module knows about wording is its own:

- parts named by template letters under "CAPITOLUL I", by roman numerals, by "Anexa nr. 1–7" or by bare titles;
  the small parts (information, training, partnerships) in a seeded order;
- existing services administered by the DGASPC: one big table with target-group rows (merged across the table or
  in the name column, with or without subtotal rows), one table per target group or per setting (residential / day /
  home) under its sub-heading, or one flat table; columns in a seeded order with seeded names (code before or after
  the name, or inside the name cell; location column or address in the name cell; licence; capacity; beneficiaries
  and/or occupancy; staff posts; the HG 426/2020 cost standard per beneficiary; the budget classification;
  a total column; notes with percentages that are not occupancy); budgets by source (county budget always, state
  budget, beneficiaries' contributions, other, the local councils' contribution) under one, two or three header
  rows ("Surse publice" / "Surse private" merged over them); lei or mii lei stated in each header, in the merged
  group header, in every cell, in a line above the table or in the table's caption; TOTAL rows;
- proposed services as a table or a list, closures and reorganisations of existing services in prose;
- the contracting programme: a Law 98/2016 procurement table (CPV), a Law 350/2005 grant programme table (no CPV),
  both, or "nu este cazul"; the Law 34/1998 subsidies as a table (a monthly amount per beneficiary beside the yearly
  amount), a list, or "nu este cazul";
- trainings as a table with a kind column, as lettered sub-tables or as bullets; information activities as a list or
  a table; partnerships as a table, a numbered list, partner-first bullets or sentences.

Expected values follow DATASETS.md. Where the contract is silent this author assumed:
- A publication that opens with the county council's decision and has the plan as its annex is either a plan or a
  decision on a plan: ``doc_type`` accepts ``hotarare_aviz_plan || plan_anual``; its ``issuer`` accepts the DGASPC
  (who authored the plan) or the county council (who issued the decision), ``issuer_kind`` likewise. A plan alone
  is ``plan_anual`` by the DGASPC. ``uat`` is "Județul X", ``year`` the plan's year (the decision may be dated in
  December of the year before).
- ``category``: the target-group row a service sits under; with one table per target group or per setting, the
  sub-heading above the table (without its numbering). None in a flat table.
- ``provider`` only when the table has a provider column. A code inside the name cell is the service's code; the
  name is the rest without the code and without the address that follows it.
- The local councils' contribution to a county service is ``budget_local_lei`` (the UATs' local budgets).
- A "Total" column and a cost standard per beneficiary are not budgets by source (no field of the contract).
- Proposed services: ``section`` proposed; their one budget goes to the field of the source printed beside it
  (buget județean -> county, buget de stat -> state, PNRR / European funds -> other). Closures and reorganisations of
  existing services are not services of part B: no record.
- Law 350/2005 grants of the contracting programme are ``procurements`` without CPV (as the project's README
  assumes); the Law 34/1998 subsidy's ``unit_name`` is the subsidised unit, its amount the yearly one.
- ``totals``: every TOTAL / subtotal cell (capacity as unit other, money in lei), the stated total of part A, of the
  contracting programme, of the subsidies, of trainings, and the plan's stated budget and its parts by source.
  A cost standard, a population figure, a count of leaflets are not totals.
- Supervision sessions ("supervizare") are trainings of kind ``other``.
- ``indicators`` and ``activities`` have no expected values (not scored for a plan).
"""
from __future__ import annotations

import random

from make_variants import El, bullet, h, p, pagebreak, table, title

from .county_plan_base import (ACTS, ASSOCIATIONS, CPVS, GRANT_PROJECTS, PARTNERS, PROCEDURES, STAFF, SUBSIDISED,
                               TRAINING_TOPICS, TRAINING_WORDS, Doc, Unit, section_titles)
from .county_plan_services import existing_services, proposed_services
from .fmt import code_spelling, group

__all__ = ["plan_county_annual_action"]

MONTHS = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
          "octombrie", "noiembrie", "decembrie"]


# ------------------------------------------------------------------------------------------------ front matter

def _decision(d: Doc, els: list[El], plan_title: str) -> tuple[str, str]:
    """The county council's decision approving the plan; returns (decision number, date) for the annex line."""
    r, y, c = d.rnd, d.year, d.county
    month = r.choice([12, 1, 2, 3, 4])
    dy = y - 1 if month == 12 else y
    num, date = str(r.randint(5, 320)), f"{r.randint(1, 28):02d}.{month:02d}.{dy}"
    els += [p("ROMÂNIA"), p(f"JUDEȚUL {c.upper()}"), p(f"CONSILIUL JUDEȚEAN {c.upper()}")]
    about = (f"privind aprobarea Planului anual de acțiune privind serviciile sociale administrate și finanțate din "
             f"bugetul Județului {c} pentru anul {y}")
    if r.random() < 0.5:
        els += [title("HOTĂRÂRE"), p(f"nr. {num} din {date}"), p(about)]
    else:
        els.append(title(f"HOTĂRÂREA nr. {num}/{date} {about}"))
    els.append(p(f"Consiliul Județean {c}, întrunit în ședința {r.choice(['ordinară', 'extraordinară'])} din data de "
                 f"{date};"))
    els.append(p("Având în vedere:"))
    for text in r.sample([
            f"referatul de aprobare nr. {r.randint(1000, 29999)}/{date} al Președintelui Consiliului Județean {c};",
            f"raportul de specialitate nr. {r.randint(1000, 29999)}/{date} al Direcției Generale de Asistență "
            f"Socială și Protecția Copilului {c};",
            f"avizul Comisiei pentru sănătate și asistență socială nr. {r.randint(10, 999)}/{date};",
            f"prevederile art. 112 alin. (3) lit. b) și ale art. 118 alin. (1) din Legea asistenței sociale "
            f"nr. 292/2011, cu modificările și completările ulterioare;",
            "prevederile H.G. nr. 797/2017 pentru aprobarea regulamentelor-cadru de organizare și funcționare ale "
            "serviciilor publice de asistență socială și a structurii orientative de personal;",
            f"Strategia județeană de dezvoltare a serviciilor sociale {c} {y - 2}–{y + 4}, aprobată prin H.C.J. "
            f"nr. {r.randint(10, 300)}/{y - 2};"], r.randint(3, 6)):
        els.append(bullet(text))
    els.append(p("În temeiul art. 173 alin. (1) lit. d) și alin. (5) lit. b), precum și al art. 182 alin. (1) din "
                 "O.U.G. nr. 57/2019 privind Codul administrativ, cu modificările și completările ulterioare,"))
    els.append(p("HOTĂRĂȘTE:"))
    els.append(p(f"Art. 1. Se aprobă {plan_title[0].lower() + plan_title[1:]}, prevăzut în anexa care face parte "
                 f"integrantă din prezenta hotărâre."))
    els.append(p(f"Art. 2. Direcția Generală de Asistență Socială și Protecția Copilului {c} va duce la îndeplinire "
                 f"prevederile prezentei hotărâri."))
    els.append(p(f"Art. 3. Prezenta hotărâre se comunică Instituției Prefectului – Județul {c} și se publică pe "
                 f"pagina de internet a Consiliului Județean {c}."))
    els.append(p(f"PREȘEDINTE, {d.person()}"))
    els.append(p(f"CONTRASEMNEAZĂ: SECRETAR GENERAL AL JUDEȚULUI, {d.person()}"))
    if r.random() < 0.6:
        votes = r.randint(20, 34)
        els.append(p(f"Hotărârea a fost adoptată cu {votes} voturi „pentru”, {r.randint(0, 3)} abțineri și "
                     f"{r.randint(0, 2)} voturi „împotrivă”, din {votes + r.randint(2, 5)} consilieri prezenți."))
    els.append(pagebreak())
    return num, date


def _plan_title(d: Doc) -> tuple[list[El], str]:
    r, y, c = d.rnd, d.year, d.county
    style = r.randrange(4)
    if style == 0:
        main = (f"Planul anual de acțiune privind serviciile sociale administrate și finanțate din bugetul "
                f"Consiliului Județean {c} pentru anul {y}")
        return [title("PLANUL ANUAL DE ACȚIUNE"), p(main[len("Planul anual de acțiune "):])], main
    if style == 1:
        main = f"Planul anual de acțiune pentru anul {y} al {d.issuer.replace('Direcția Generală', 'Direcției Generale', 1)}"
        return [title(main.upper())], main
    if style == 2:
        main = f"Plan anual de acțiune privind serviciile sociale – județul {c} – {y}"
        return [title(main)], main
    main = f"Planul anual de acțiune privind serviciile sociale pe anul {y}"
    return [p(d.printed.upper()), title(main.upper())], main


# ------------------------------------------------------------------------------------------------ part C, D

def _contracting(d: Doc, sec: dict, els: list[El], exp: dict) -> None:
    r = d.rnd
    els.append(h(sec["C"]))
    form = r.choice(["cpv", "cpv", "grants", "both", "none"])
    if form == "none":
        els.append(p(r.choice(["Nu este cazul.", f"În anul {d.year} nu se contractează servicii sociale de la "
                                                 f"furnizori privați.",
                               "DGASPC nu are în vedere contractarea de servicii sociale în anul de referință."])))
        return
    total = 0
    if form in ("cpv", "both"):
        unit = Unit(r, thousands=0.3)
        if unit.where in ("group", "title"):
            unit.where = "header"
        if form == "both":
            els.append(p("a) Contractarea serviciilor sociale în condițiile Legii nr. 98/2016 privind achizițiile "
                         "publice"))
        cols = [("nr", "Nr. crt."), ("obj", r.choice(["Obiectul contractului", "Denumirea serviciului contractat"])),
                ("cpv", r.choice(["Cod CPV", "Codul CPV"])), ("code", r.choice(["Cod serviciu social",
                                                                               "Cod Nomenclator"])),
                ("value", unit.header(r.choice(["Valoarea estimată (fără TVA)", "Valoare estimată"]))),
                ("src", "Sursa de finanțare"), ("proc", r.choice(["Procedura de achiziție", "Procedura aplicată"])),
                ("start", r.choice(["Data estimată de inițiere", "Trimestrul inițierii"]))]
        if r.random() < 0.4:
            cols = [c for c in cols if c[0] != "code"]
        ab = unit.above(r)
        if ab:
            els.append(ab)
        rows = [[c[1] for c in cols]]
        for i, (cpv, obj, code) in enumerate(r.sample(CPVS, r.randint(1, 4)), 1):
            v = unit.amount(r, 80_000, 3_000_000)
            total += v
            src = r.choice(["buget județean", "Bugetul Județului " + d.county, "buget județean și buget de stat"])
            proc = r.choice(PROCEDURES)
            cells = {"nr": f"{i}.", "obj": obj, "cpv": r.choice([cpv, cpv.replace("-", " - "), cpv.replace("-", "")]),
                     "code": code_spelling(r, code) if code else "-", "value": unit.cell(v), "src": src,
                     "proc": proc, "start": r.choice([f"trim. {r.choice(['I', 'II', 'III'])}",
                                                      f"{r.randint(1, 9):02d}.{d.year}"])}
            rows.append([cells[c[0]] for c in cols])
            has_code = any(c[0] == "code" for c in cols)
            exp["procurements"].append({"row_no_raw": f"{i}.", "contract_object": obj, "cpv_code": cpv,
                                        "service_code": code if has_code else None, "estimated_value_lei": v,
                                        "value_raw": cells["value"], "funding_source": src, "procedure": proc})
        els.append(table(rows))
    if form in ("grants", "both"):
        els.append(p(r.choice(["b) Programul de finanțare nerambursabilă a serviciilor sociale (Legea nr. 350/2005)",
                               "Finanțări nerambursabile acordate în baza Legii nr. 350/2005:"])))
        cols = [("nr", "Nr. crt."), ("who", r.choice(["Beneficiarul finanțării", "Asociația / fundația"])),
                ("obj", r.choice(["Titlul proiectului", "Serviciul social finanțat"])),
                ("value", r.choice(["Suma alocată (lei)", "Finanțare nerambursabilă (lei)"]))]
        rows = [[c[1] for c in cols]]
        for i, obj in enumerate(r.sample(GRANT_PROJECTS, r.randint(1, 3)), 1):
            v = r.randrange(200, 1500) * 100
            total += v
            cells = {"nr": f"{i}.", "who": d.fill(r.choice(ASSOCIATIONS)), "obj": obj, "value": group(v)}
            rows.append([cells[c[0]] for c in cols])
            exp["procurements"].append({"row_no_raw": f"{i}.", "contract_object": obj, "cpv_code": None,
                                        "estimated_value_lei": v, "value_raw": cells["value"]})
        els.append(table(rows))
    if r.random() < 0.6:
        els.append(p(f"Valoarea totală estimată a programului de contractare: {group(total)} lei."))
        exp["totals"].append({"scope": "total program de contractare", "amount": total, "unit": "lei",
                              "raw": f"{group(total)} lei"})


def _subsidies(d: Doc, sec: dict, els: list[El], exp: dict) -> None:
    r = d.rnd
    els.append(h(sec["D"]))
    form = r.choice(["table", "table", "list", "none"])
    if form == "none":
        els.append(p(r.choice(["Nu este cazul.", f"Consiliul Județean {d.county} nu acordă subvenții în baza Legii "
                                                 f"nr. 34/1998 în anul {d.year}."])))
        return
    items = []
    for utmpl, code in r.sample(SUBSIDISED, r.randint(1, 4)):
        benef = r.randint(8, 60)
        monthly = r.choice([150, 200, 250, 300, 350, 400])
        items.append({"assoc": d.fill(r.choice(ASSOCIATIONS)), "unit": d.fill(utmpl), "code": code, "benef": benef,
                      "monthly": monthly, "amount": benef * monthly * 12})
    total = sum(it["amount"] for it in items)
    if form == "table":
        cols = [("nr", "Nr. crt."), ("assoc", r.choice(["Asociația / Fundația", "Denumirea asociației sau fundației"])),
                ("unit", r.choice(["Unitatea de asistență socială", "Serviciul social subvenționat"])),
                ("code", r.choice(["Cod serviciu", "Cod Nomenclator"])),
                ("benef", r.choice(["Nr. beneficiari", "Număr de beneficiari / lună"])),
                ("monthly", r.choice(["Subvenția lunară / beneficiar (lei)", "Cuantum lunar pe beneficiar (lei)"])),
                ("amount", r.choice(["Total subvenție anuală (lei)", "Suma anuală estimată (lei)"]))]
        if r.random() < 0.4:
            cols[1], cols[2] = cols[2], cols[1]
        if r.random() < 0.3:
            cols = [c for c in cols if c[0] != "monthly"]
        rows = [[c[1] for c in cols]]
        for i, it in enumerate(items, 1):
            cells = {"nr": f"{i}.", "assoc": it["assoc"], "unit": it["unit"], "code": code_spelling(r, it["code"]),
                     "benef": str(it["benef"]), "monthly": str(it["monthly"]), "amount": group(it["amount"])}
            rows.append([cells[c[0]] for c in cols])
            exp["subsidies"].append({"row_no_raw": f"{i}.", "unit_name": it["unit"], "service_code": it["code"],
                                     "amount_lei": it["amount"], "amount_raw": cells["amount"]})
        if len(items) > 1 and r.random() < 0.6:
            tr = [""] * len(cols)
            tr[1] = "TOTAL"
            tr[-1] = group(total)
            rows.append(tr)
            exp["totals"].append({"scope": "total subvenții Legea 34/1998", "amount": total, "unit": "lei",
                                  "raw": tr[-1]})
        els.append(table(rows))
    else:
        els.append(p(f"În anul {d.year} se acordă subvenții, în baza Legii nr. 34/1998, următoarelor asociații și "
                     f"fundații:"))
        for it in items:
            amt = f"{group(it['amount'])} lei"
            els.append(bullet(r.choice([
                f"{it['assoc']} – pentru {it['unit']} (cod {code_spelling(r, it['code'])}), {it['benef']} "
                f"beneficiari: {amt};",
                f"{it['unit']}, administrat de {it['assoc']}, cod {code_spelling(r, it['code'])}: {amt} "
                f"({it['monthly']} lei/beneficiar/lună);"])))
            exp["subsidies"].append({"row_no_raw": None, "unit_name": it["unit"], "service_code": it["code"],
                                     "amount_lei": it["amount"], "amount_raw": amt})
        if r.random() < 0.5:
            els.append(p(f"Suma totală a subvențiilor: {group(total)} lei."))
            exp["totals"].append({"scope": "total subvenții Legea 34/1998", "amount": total, "unit": "lei",
                                  "raw": f"{group(total)} lei"})


# ------------------------------------------------------------------------------------------------ small parts

def _activities(d: Doc, sec: dict, els: list[El]) -> None:
    r, y = d.rnd, d.year
    els.append(h(sec["activities"]))
    acts = [("Campania „Ziua Internațională a Copilului”", f"1 iunie {y}", "copii, părinți"),
            ("Informarea publicului privind asistența maternală – recrutarea de asistenți maternali",
             "permanent", "populația județului"),
            (f"Distribuirea a {group(r.randint(1, 9) * 1000)} de pliante și broșuri privind serviciile DGASPC",
             "trimestrial", "comunitățile locale"),
            ("Campania „16 zile de activism împotriva violenței de gen”", f"25.11–10.12.{y}", "populația județului"),
            ("Ziua Internațională a Persoanelor cu Dizabilități – eveniment de conștientizare", f"3 decembrie {y}",
             "persoane cu dizabilități, familii"),
            ("Actualizarea ghidului serviciilor sociale pe site-ul www.dgaspc" + d.county.lower()[:4] + ".ro",
             "semestrial", "cetățeni")]
    chosen = r.sample(acts, r.randint(2, 5))
    if r.random() < 0.5:
        for a, per, who in chosen:
            els.append(bullet(f"{a} – perioada: {per}; grup țintă: {who};"))
    else:
        rows = [["Nr. crt.", r.choice(["Activitatea", "Acțiunea de informare"]), "Perioada", "Grup țintă",
                 r.choice(["Buget estimat (lei)", "Cost estimat"])]]
        for i, (a, per, who) in enumerate(chosen, 1):
            rows.append([f"{i}.", a, per, who, r.choice(["-", group(r.randint(1, 30) * 500), "fără costuri"])])
        els.append(table(rows))


def _trainings(d: Doc, sec: dict, els: list[El], exp: dict) -> None:
    r = d.rnd
    els.append(h(sec["trainings"]))
    items = []  # (kind, staff, persons, budget or None, topic)
    for kind in ("perfectionare", "calificare", "instruire", "other"):
        if kind != "perfectionare" and r.random() < 0.4:
            continue
        for staff in r.sample(STAFF, r.randint(1, 2)):
            budget = None if r.random() < 0.2 else r.randrange(10, 600) * 100
            items.append((kind, staff, r.randint(2, 120), budget, r.choice(TRAINING_TOPICS[kind])))
    form = r.choice(["table", "lettered", "bullets"])

    def money(b: int | None) -> str:
        return r.choice(["-", "fără costuri", "finanțare proprie a furnizorului"]) if b is None else \
            group(b) + (",00" if r.random() < 0.3 else "") + " lei"

    if form == "table":
        cols = [("nr", "Nr. crt."), ("kind", r.choice(["Tipul activității de formare", "Forma de pregătire"])),
                ("topic", r.choice(["Tematica", "Denumirea programului"])),
                ("staff", r.choice(["Categoria de personal", "Grup țintă (personal)"])),
                ("persons", r.choice(["Nr. persoane", "Număr participanți"])),
                ("budget", r.choice(["Buget estimat", "Cost estimat"])),
                ("when", r.choice(["Perioada", "Trimestrul"]))]
        if r.random() < 0.5:
            cols[1], cols[3] = cols[3], cols[1]
        rows = [[c[1] for c in cols]]
        tot = 0
        for i, (kind, staff, n, b, topic) in enumerate(items, 1):
            cells = {"nr": f"{i}.", "kind": r.choice(TRAINING_WORDS[kind]), "topic": topic, "staff": staff,
                     "persons": str(n), "budget": money(b), "when": f"trim. {r.choice(['I', 'II', 'III', 'IV'])}"}
            rows.append([cells[c[0]] for c in cols])
            tot += b or 0
            exp["trainings"].append({"training_kind": kind, "row_no_raw": f"{i}.", "staff_category": staff,
                                     "persons": n, "budget_lei": b, "budget_raw": cells["budget"]})
        if tot and r.random() < 0.5:
            tr = [""] * len(cols)
            tr[1] = "TOTAL"
            tr[[c[0] for c in cols].index("budget")] = f"{group(tot)} lei"
            rows.append(tr)
            exp["totals"].append({"scope": "total buget formare", "amount": tot, "unit": "lei",
                                  "raw": f"{group(tot)} lei"})
        els.append(table(rows))
    elif form == "lettered":
        heads = {"perfectionare": "a) Perfecționarea personalului", "calificare": "b) Calificarea personalului",
                 "instruire": "c) Instruirea personalului", "other": "d) Supervizare"}
        for kind in ("perfectionare", "calificare", "instruire", "other"):
            mine = [it for it in items if it[0] == kind]
            if not mine:
                continue
            els.append(p(heads[kind]))
            rows = [["Nr. crt.", r.choice(["Categoria de personal", "Personalul"]), "Nr. persoane",
                     r.choice(["Buget estimat", "Costuri estimate"])]]
            for i, (_, staff, n, b, _t) in enumerate(mine, 1):
                rows.append([f"{i}.", staff, str(n), money(b)])
                exp["trainings"].append({"training_kind": kind, "row_no_raw": f"{i}.", "staff_category": staff,
                                         "persons": n, "budget_lei": b, "budget_raw": rows[-1][-1]})
            els.append(table(rows))
    else:
        for kind, staff, n, b, topic in items:
            word = r.choice(TRAINING_WORDS[kind]).lower()
            cost = f", buget estimat {group(b)} lei" if b else ""
            els.append(bullet(r.choice([f"{word} – „{topic}” – {n} {staff}{cost};",
                                        f"{n} {staff} vor participa la {word} („{topic}”){cost};"])))
            exp["trainings"].append({"training_kind": kind, "row_no_raw": None, "staff_category": staff,
                                     "persons": n, "budget_lei": b, "budget_raw": f"{group(b)} lei" if b else None})


def _partnerships(d: Doc, sec: dict, els: list[El], exp: dict) -> None:
    r = d.rnd
    els.append(h(sec["partnerships"]))
    form = r.choice(["table", "numbered", "bullets", "sentences"])
    items = []
    for tmpl in r.sample(PARTNERS, r.randint(2, 5)):
        kind = r.choice(list(ACTS))
        num = str(r.randint(100, 39999)) if r.random() < 0.8 else None
        dd, mm, yy = r.randint(1, 28), r.randint(1, 12), r.randint(d.year - 5, d.year - 1)
        items.append({"kind": kind, "act": r.choice(ACTS[kind]), "partner": d.fill(tmpl), "num": num,
                      "date": f"{dd:02d}.{mm:02d}.{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}",
                      "valid": r.choice([f"31.12.{d.year + r.randint(0, 3)}", "nedeterminată", "3 ani"]),
                      "obj": r.choice(["prevenirea separării copilului de familie", "reintegrarea socio-profesională "
                                       "a tinerilor", "intervenția în cazurile de violență domestică",
                                       "sprijin material pentru beneficiarii centrelor", "voluntariat",
                                       "evaluarea copiilor cu cerințe educaționale speciale"])})
    for i, it in enumerate(items, 1):
        numbered = form in ("table", "numbered")
        exp["partnerships"].append({"row_no_raw": f"{i}." if numbered else None, "agreement_type": it["kind"],
                                    "number_raw": it["num"], "date_signed": it["iso"] if it["num"] else None,
                                    "valid_until_raw": it["valid"] if form == "table" else None,
                                    "partner": it["partner"]})
    if form == "table":
        cols = [("nr", "Nr. crt."), ("partner", r.choice(["Partener", "Instituția / organizația parteneră"])),
                ("act", r.choice(["Tipul acordului", "Documentul de colaborare"])),
                ("nd", r.choice(["Nr. și data încheierii", "Număr / dată"])), ("obj", "Obiectul colaborării"),
                ("valid", r.choice(["Valabilitate", "Perioada de valabilitate"]))]
        if r.random() < 0.5:
            cols[1], cols[2] = cols[2], cols[1]
        rows = [[c[1] for c in cols]]
        for i, it in enumerate(items, 1):
            nd = r.choice([f"{it['num']}/{it['date']}", f"nr. {it['num']} din {it['date']}"]) if it["num"] else "-"
            cells = {"nr": f"{i}.", "partner": it["partner"], "act": it["act"], "nd": nd, "obj": it["obj"],
                     "valid": it["valid"]}
            rows.append([cells[c[0]] for c in cols])
        els.append(table(rows))
    elif form == "numbered":
        for i, it in enumerate(items, 1):
            nd = f" nr. {it['num']}/{it['date']}" if it["num"] else ""
            els.append(p(f"{i}. {it['act']}{nd} cu {it['partner']}, având ca obiect {it['obj']};"))
    elif form == "bullets":
        for it in items:
            nd = f" nr. {it['num']} din {it['date']}" if it["num"] else ""
            els.append(bullet(f"{it['partner']} – {it['act'].lower()}{nd} ({it['obj']});"))
    else:
        for it in items:
            nd = f" nr. {it['num']} din {it['date']}" if it["num"] else ""
            els.append(p(r.choice([
                f"{d.abbr} a încheiat cu {it['partner']} {_one(it['kind'])} {it['act'].lower()}{nd}, pentru "
                f"{it['obj']}.",
                f"În baza {_of_one(it['kind'])} {it['act'].lower()}{nd}, {d.abbr} colaborează cu {it['partner']} în domeniul: "
                f"{it['obj']}."])))


def _one(kind: str) -> str:
    """The indefinite article of an act: 'un protocol', 'o convenție'."""
    return "o" if kind == "conventie" else "un"


def _of_one(kind: str) -> str:
    return "unei" if kind == "conventie" else "unui"


# ------------------------------------------------------------------------------------------------ the document

def plan_county_annual_action(rnd: random.Random, year: int) -> tuple[list[El], dict]:
    d = Doc(rnd, year)
    r = rnd
    els: list[El] = []
    exp: dict = {"services": [], "procurements": [], "subsidies": [], "trainings": [], "partnerships": [],
                 "totals": []}
    title_els, main = _plan_title(d)
    with_decision = r.random() < 0.4
    if with_decision:
        num, date = _decision(d, els, main)
        els.append(p(r.choice([f"Anexă la Hotărârea Consiliului Județean {d.county} nr. {num}/{date}",
                               f"ANEXA la HCJ nr. {num} din {date}"])))
    else:
        if r.random() < 0.6:
            els += [p(f"CONSILIUL JUDEȚEAN {d.county.upper()}"), p(d.issuer.upper()),
                    p(f"{d.address()}, tel. 0{r.randint(230, 269)} {r.randint(100, 999)} {r.randint(100, 999)}, "
                      f"CIF {r.randint(4_000_000, 30_000_000)}"),
                    p(f"Nr. {r.randint(1000, 49999)}/{r.randint(1, 28):02d}.{r.randint(1, 3):02d}.{year}")]
        if r.random() < 0.4:
            els.append(p(f"Aprobat prin H.C.J. nr. {r.randint(5, 320)}/{r.randint(1, 28):02d}.{r.randint(1, 4):02d}."
                         f"{year}"))
    els += title_els
    intro = [
        f"Prezentul plan a fost elaborat de {d.printed} în conformitate cu prevederile art. 118 alin. (1) din Legea "
        f"asistenței sociale nr. 292/2011 și ale H.G. nr. 797/2017, pe baza Strategiei județene de dezvoltare a "
        f"serviciilor sociale pentru perioada {year - 2}–{year + 4}.",
        f"Județul {d.county} are o populație de {group(r.randint(180_000, 750_000))} locuitori (INS, 1 ianuarie "
        f"{year - 1}), din care {group(r.randint(30_000, 140_000))} copii.",
        f"La 31.12.{year - 1}, în evidența {d.abbr} se aflau {group(r.randint(900, 4000))} copii în sistemul de "
        f"protecție specială și {group(r.randint(8000, 30000))} persoane adulte cu handicap."]
    els += [p(x) for x in r.sample(intro, r.randint(1, 3))]
    budget_at = len(els)
    sec = section_titles(d)
    unit = existing_services(d, sec, els, exp)
    pages = r.randint(6, 14)
    if r.random() < 0.5:
        els += d.page_marks(r.randint(2, 4), pages)
    proposed_services(d, sec, els, exp)
    _contracting(d, sec, els, exp)
    _subsidies(d, sec, els, exp)
    if r.random() < 0.5:
        els += d.page_marks(r.randint(5, pages - 1), pages)
    parts = {"activities": lambda: _activities(d, sec, els), "trainings": lambda: _trainings(d, sec, els, exp),
             "partnerships": lambda: _partnerships(d, sec, els, exp)}
    for name in sec["order"]:
        parts[name]()
    # the plan's stated budget: the existing services' budgets by source, stated before or after the parts
    by_source: dict[str, int] = {}
    for s in exp["services"]:
        if s["section"] != "existing":
            continue
        for k in ("budget_county_lei", "budget_state_lei", "budget_beneficiaries_lei", "budget_other_lei",
                  "budget_local_lei"):
            by_source[k] = by_source.get(k, 0) + (s.get(k) or 0)
    if r.random() < 0.55:
        words = {"budget_county_lei": "bugetul județean", "budget_state_lei": "bugetul de stat",
                 "budget_beneficiaries_lei": "contribuția beneficiarilor", "budget_other_lei": "alte surse",
                 "budget_local_lei": "bugetele locale"}
        whole = sum(by_source.values())
        parts_text = ", ".join(f"{group(v)} lei din {words[k]}" for k, v in by_source.items() if v)
        sentence = (f"Bugetul total estimat pentru implementarea planului în anul {year} este de {group(whole)} lei, "
                    f"din care {parts_text}.")
        if r.random() < 0.5:
            els.insert(budget_at, p(sentence))
        else:
            els.append(p(sentence))
        exp["totals"].append({"scope": "buget total estimat plan", "amount": whole, "unit": "lei",
                              "raw": f"{group(whole)} lei"})
        for k, v in by_source.items():
            if v:
                exp["totals"].append({"scope": f"buget plan: {k}", "amount": v, "unit": "lei", "raw": f"{group(v)} lei"})
    signs = [f"DIRECTOR GENERAL, {d.person()}", f"Director general adjunct, {d.person()}",
             f"Întocmit, Serviciul strategii, programe, proiecte: {d.person()}", f"Avizat, {d.person()}"]
    els += [p(x) for x in r.sample(signs, r.randint(1, 3))]
    if r.random() < 0.4:
        els += d.page_marks(pages, pages)
    if with_decision:
        doc_type, issuer, kind = "hotarare_aviz_plan || plan_anual", f"{d.issuer} || {d.council}", \
            "DGASPC || consiliu_judetean"
    else:
        doc_type, issuer, kind = "plan_anual", d.issuer, "DGASPC"
    exp["document"] = {"doc_type": doc_type, "title": main, "year": year, "year_end": year, "issuer": issuer,
                       "issuer_kind": kind, "uat": f"Județul {d.county}", "county": d.county,
                       "currency_unit_main": unit}
    return els, exp
