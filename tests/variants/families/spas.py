"""The ``plan_town_spas`` family: a town's or municipality's annual action plan for social services, as its public
social-assistance service (SPAS) or directorate (DAS) writes it in Word and publishes it (often as the annex of the
council decision).

Written by a third author, blind: from the template (HG 797/2017, Ordinul 1086/2018), the contract (DATASETS.md), the
corpus documents and their gold, without reading the extractors, normalisers, pipeline code nor the other families'
generators and pools. Everything this module knows about wording is its own (below), so what it prints is what one
more author imagines real plans print:

- sections named by letters (A–D, chapters II–III), by "Anexa nr. 1…7", by chapter titles ("Cap. 1 – …") or by the
  article of the law they apply ("… (art. 112 alin. (3) lit. b) din Legea nr. 292/2011)");
- existing services as one table with group rows per beneficiary category, one table per category under a
  sub-heading, or one flat table; columns in a seeded order, a provider column "Denumire furnizor și date de contact"
  (name, address, phone, e-mail in one cell), a location or licence column, capacity as a number, "30 locuri / copii
  cu dizabilități" or "Nr. locuri"; occupancy as "92%", "23 beneficiari (92%)" or a count column; budgets by source
  under a merged header, or one local-budget column with "700.000,00 lei/an"; the money unit in each header, in every
  cell, or stated once above the table ("- mii lei -"); codes spelled in varied ways, in their own column or in
  parentheses after the name; a TOTAL row;
- proposed services with a term ("trim. III 2025", "31.12.2025"), a beneficiary category, one budget and its source
  in words, or "nu se propune…";
- procurements (CPV, service code, value "lei fără TVA", source, procedure, months), subsidies (Law 34/1998: the
  association, the subsidised unit, code, beneficiaries, amount), each a table or "Nu este cazul";
- trainings as one table with a kind column, as a)–c) tables, or as bullets;
- information activities as bullets or a table (not scored);
- partnerships as a table, a numbered list or sentences.
Assumptions where the contract is silent: tests/variants/README.md ("The town SPAS plan family"). The vocabulary and
document state are in spas_base.py, the services (sections A and B) in spas_services.py.
"""
from __future__ import annotations

import random

from make_variants import El, bullet, h, p, table, title

from .fmt import code_spelling, group
from .spas_base import (ACTS, ASSOCIATIONS, CPVS, KIND_WORDS, MONTHS, PARTNERS, PROCEDURES, STAFF, STREETS,
                        SUBSIDISED_UNITS, TOPICS, Doc, Unit, _section_titles)
from .spas_services import _existing, _proposed

__all__ = ["plan_town_spas"]

# ------------------------------------------------------------------------------------------------ sections C, D

def _procurements(d: Doc, sec: dict, els: list[El], exp: dict) -> None:
    r = d.rnd
    els.append(h(sec["C"]))
    if r.random() < 0.3:
        els.append(p(r.choice(["Nu este cazul.",
                               f"În anul {d.year} {d.abbr} nu are în vedere contractarea de servicii sociale.",
                               "Nu se propune achiziția de servicii sociale de la furnizori privați."])))
        exp["procurements"] = []
        return
    unit = Unit(r)
    if unit.where == "group":
        unit.where = "header"
    n = r.randint(1, 3)
    cols = [("nr", "Nr. crt."),
            ("obj", r.choice(["Obiectul contractului", "Denumirea serviciului contractat",
                              "Tipul și obiectul contractului de achiziție publică"])),
            ("cpv", r.choice(["Cod CPV", "Codul CPV"])),
            ("code", r.choice(["Cod serviciu social", "Cod nomenclator"])),
            ("value", unit.header(r.choice(["Valoarea estimată", "Valoare estimată fără TVA"]))),
            ("src", r.choice(["Sursa de finanțare", "Sursa"])),
            ("proc", r.choice(["Procedura de atribuire", "Procedura aplicată"])),
            ("start", r.choice(["Data estimată pentru inițiere", "Luna inițierii"])),
            ("end", r.choice(["Data estimată pentru atribuire", "Luna atribuirii"]))]
    if r.random() < 0.35:
        cols = [c for c in cols if c[0] != "code"]
    ab = unit.above(r)
    if ab:
        els.append(ab)
    rows = [[c[1] for c in cols]]
    total = 0
    for i, (cpv, obj, code) in enumerate(r.sample(CPVS, n), 1):
        v = unit.amount(r, 50_000, 1_500_000)
        total += v
        m1 = r.randint(1, 6)
        cpv_cell = r.choice([cpv, cpv.replace("-", " - "), f"{cpv} ({obj.split(' pentru')[0]})"])
        src = r.choice(["Buget local", "bugetul local"])
        proc = r.choice(PROCEDURES)
        cells = {"nr": f"{i}.", "obj": obj, "cpv": cpv_cell, "code": code_spelling(r, code), "value": unit.cell(v),
                 "src": src, "proc": proc, "start": f"{m1:02d}.{d.year}" if r.random() < 0.5 else MONTHS[m1 - 1],
                 "end": f"{m1 + 2:02d}.{d.year}" if r.random() < 0.5 else MONTHS[m1 + 1]}
        rows.append([cells[c[0]] for c in cols])
        exp["procurements"].append({"row_no_raw": f"{i}.", "contract_object": obj, "cpv_code": cpv,
                                    "service_code": code if any(c[0] == "code" for c in cols) else None,
                                    "estimated_value_lei": v, "value_raw": cells["value"], "funding_source": src,
                                    "procedure": proc})
    els.append(table(rows))
    if r.random() < 0.6:
        els.append(p(f"Bugetul estimat al programului de contractare: {group(total)} lei."))
        exp["totals"].append({"scope": "buget program de contractare", "amount": total, "unit": "lei",
                              "raw": f"{group(total)} lei"})


def _subsidies(d: Doc, sec: dict, els: list[El], exp: dict) -> None:
    r = d.rnd
    els.append(h(sec["D"]))
    if r.random() < 0.3:
        els.append(p(r.choice(["Nu este cazul.",
                               f"În anul {d.year} nu se acordă subvenții în baza Legii nr. 34/1998.",
                               "Nu sunt prevăzute subvenții pentru asociații și fundații."])))
        exp["subsidies"] = []
        return
    n = r.randint(1, 3)
    composite = r.random() < 0.3
    cols = [("nr", "Nr. crt.")]
    if composite:
        cols.append(("unit", "Unitatea de asistență socială / asociația"))
    else:
        cols += [("assoc", r.choice(["Asociația / Fundația", "Denumirea asociației sau fundației", "Furnizor"])),
                 ("unit", r.choice(["Unitatea de asistență socială subvenționată", "Serviciul social subvenționat"]))]
        if r.random() < 0.5:
            cols[1], cols[2] = cols[2], cols[1]
    cols += [("code", r.choice(["Cod serviciu", "Încadrarea în Nomenclator"])),
             ("benef", r.choice(["Nr. beneficiari", "Număr beneficiari / lună"])),
             ("amount", r.choice(["Suma estimată (lei)", "Subvenție anuală estimată", "Cuantum subvenție (lei/an)"]))]
    rows = [[c[1] for c in cols]]
    total = 0
    for i, (utmpl, code) in enumerate(r.sample(SUBSIDISED_UNITS, n), 1):
        unit_name = d.fill(utmpl)
        assoc = d.fill(r.choice(ASSOCIATIONS))
        v = r.randrange(200, 2500) * 100
        total += v
        amt = group(v) + (",00" if r.random() < 0.4 else "") + (" lei" if "lei" not in cols[-1][1] else "")
        cells = {"nr": f"{i}.", "assoc": assoc, "unit": f"{unit_name} – {assoc}" if composite else unit_name,
                 "code": code_spelling(r, code), "benef": str(r.randint(10, 80)), "amount": amt}
        rows.append([cells[c[0]] for c in cols])
        exp["subsidies"].append({"row_no_raw": f"{i}.", "unit_name": unit_name, "service_code": code,
                                 "amount_lei": v, "amount_raw": amt})
    if n > 1 and r.random() < 0.5:
        tr = [""] * len(cols)
        tr[1] = "TOTAL"
        tr[-1] = group(total) + (" lei" if "lei" not in cols[-1][1] else "")
        rows.append(tr)
        exp["totals"].append({"scope": "total subvenții Legea 34/1998", "amount": total, "unit": "lei", "raw": tr[-1]})
    els.append(table(rows))


# ------------------------------------------------------------------------------------------------ trainings

def _trainings(d: Doc, sec: dict, els: list[El], exp: dict) -> None:
    r = d.rnd
    els.append(h(sec["trainings"]))
    form = r.choice(["table", "abc", "bullets"])
    items = []  # (kind, staff, persons, budget or None, topic)
    for kind in ("perfectionare", "calificare", "instruire"):
        if kind != "perfectionare" and r.random() < 0.35:
            continue
        for staff in r.sample(STAFF, r.randint(1, 2)):
            budget = None if r.random() < 0.25 else r.randrange(5, 120) * 100
            items.append((kind, staff, r.randint(1, 25), budget, r.choice(TOPICS[kind])))
    if r.random() < 0.5:
        els.append(p(r.choice([f"Bugetul alocat formării profesionale în anul {d.year} provine din bugetul local.",
                               "Formarea profesională se realizează conform art. 196 din Codul muncii.",
                               "Personalul va participa la cursuri organizate de furnizori autorizați ANC."])))

    def money(b):
        if b is None:
            return r.choice(["-", "buget propriu", "gratuit", "fără costuri"])
        return group(b) + (",00" if r.random() < 0.3 else "") + " lei"

    if form == "table":
        cols = [("nr", "Nr. crt."), ("staff", r.choice(["Categoria de personal", "Personal", "Funcția"])),
                ("kind", r.choice(["Tipul formării", "Forma de pregătire", "Tip curs"])),
                ("topic", r.choice(["Tematica", "Denumirea cursului"])),
                ("persons", r.choice(["Nr. persoane", "Număr participanți", "Nr. angajați"])),
                ("budget", r.choice(["Buget estimat", "Cost estimat", "Costuri (lei)"]))]
        if r.random() < 0.5:
            cols[1], cols[2] = cols[2], cols[1]
        rows = [[c[1] for c in cols]]
        tot = 0
        for i, (kind, staff, n, b, topic) in enumerate(items, 1):
            bc = money(b).replace(" lei", "") if "(lei)" in cols[-1][1] and b else money(b)
            cells = {"nr": f"{i}.", "staff": staff, "kind": r.choice(KIND_WORDS[kind]), "topic": topic,
                     "persons": str(n), "budget": bc}
            rows.append([cells[c[0]] for c in cols])
            tot += b or 0
            exp["trainings"].append({"training_kind": kind, "row_no_raw": f"{i}.", "staff_category": staff,
                                     "persons": n, "budget_lei": b, "budget_raw": bc})
        if r.random() < 0.5 and tot:
            tr = [""] * len(cols)
            tr[1] = "TOTAL"
            tr[[c[0] for c in cols].index("persons")] = str(sum(it[2] for it in items))
            tr[-1] = group(tot) + " lei"
            rows.append(tr)
            exp["totals"].append({"scope": "total buget formare", "amount": tot, "unit": "lei", "raw": tr[-1]})
        els.append(table(rows))
    elif form == "abc":
        letters = {"perfectionare": ("a)", "cursuri de perfecționare"), "calificare": ("b)", "cursuri de calificare"),
                   "instruire": ("c)", "sesiuni de instruire")}
        for kind in ("perfectionare", "calificare", "instruire"):
            mine = [it for it in items if it[0] == kind]
            if not mine:
                continue
            letter, words = letters[kind]
            els.append(p(f"{letter} {words}" + (":" if r.random() < 0.5 else "")))
            rows = [["Nr. crt.", r.choice(["Personalul de specialitate", "Categoria de personal"]),
                     r.choice(["Nr. de persoane", "Nr. persoane"]), r.choice(["Buget estimat", "Costul estimat"])]]
            for i, (_, staff, n, b, _) in enumerate(mine, 1):
                rows.append([f"{i}.", staff, str(n), money(b)])
                exp["trainings"].append({"training_kind": kind, "row_no_raw": f"{i}.", "staff_category": staff,
                                         "persons": n, "budget_lei": b, "budget_raw": rows[-1][-1]})
            els.append(table(rows))
    else:
        for kind, staff, n, b, topic in items:
            kw = r.choice(KIND_WORDS[kind]).lower()
            cost = f" – {group(b)} lei" if b else r.choice(["", " – fără costuri"])
            text = r.choice([f"{kw} „{topic}” pentru {n} {staff}{cost};",
                             f"{n} {staff} vor participa la {kw} „{topic}”{cost};",
                             f"{staff}: {kw} „{topic}”, {n} persoane{cost};"])
            els.append(bullet(text))
            exp["trainings"].append({"training_kind": kind, "row_no_raw": None, "staff_category": staff,
                                     "persons": n, "budget_lei": b, "budget_raw": cost.strip(" –") or None})


# ------------------------------------------------------------------------------------------------ activities

def _activities(d: Doc, sec: dict, els: list[El]) -> None:
    r = d.rnd
    els.append(h(sec["activities"]))
    acts = [("Campanie de informare privind prevenirea abandonului școlar", "septembrie", "elevi și părinți"),
            ("Distribuirea de pliante privind serviciile sociale disponibile", "trimestrial", "populația orașului"),
            ("Ziua Internațională a Persoanelor Vârstnice – acțiune de informare", "1 octombrie", "vârstnici"),
            ("Campanie „16 zile de activism împotriva violenței de gen”", "noiembrie–decembrie", "comunitatea"),
            ("Publicarea pe site-ul instituției a informațiilor privind beneficiile sociale", "permanent", "cetățeni")]
    chosen = r.sample(acts, r.randint(2, 4))
    if r.random() < 0.5:
        for a, per, who in chosen:
            els.append(bullet(f"{a} ({per}) – grup țintă: {who};"))
    else:
        rows = [["Nr. crt.", "Activitatea", "Perioada", "Grup țintă", "Responsabil"]]
        for i, (a, per, who) in enumerate(chosen, 1):
            rows.append([f"{i}.", a, f"{per} {d.year}" if per not in ("permanent", "trimestrial") else per, who,
                         d.abbr])
        els.append(table(rows))


# ------------------------------------------------------------------------------------------------ partnerships

def _partnerships(d: Doc, sec: dict, els: list[El], exp: dict) -> None:
    r = d.rnd
    els.append(h(sec["partnerships"]))
    form = r.choice(["table", "numbered", "sentences"])
    partners = r.sample(PARTNERS, r.randint(2, 4))
    items = []
    for tmpl in partners:
        kind = r.choice(list(ACTS))
        act = r.choice(ACTS[kind])
        partner = d.fill(tmpl)
        numbered = r.random() < 0.8
        num = str(r.randint(10, 19999)) if numbered else None
        dd, mm, yy = r.randint(1, 28), r.randint(1, 12), r.randint(d.year - 4, d.year - 1)
        date_p, date_iso = f"{dd:02d}.{mm:02d}.{yy}", f"{yy}-{mm:02d}-{dd:02d}"
        valid = r.choice([f"31.12.{d.year + r.randint(0, 3)}", "nedeterminată", f"{r.randint(1, 5)} ani"])
        obj = r.choice(["prevenirea abandonului școlar", "sprijin pentru persoanele vârstnice singure",
                        "consiliere și orientare profesională", "acțiuni comune de prevenire a violenței domestice",
                        "distribuirea de alimente persoanelor defavorizate", "voluntariat în centrele sociale"])
        items.append((kind, act, partner, num, date_p, date_iso, valid, obj))
    for i, (kind, act, partner, num, date_p, date_iso, valid, obj) in enumerate(items, 1):
        exp["partnerships"].append({"row_no_raw": None, "agreement_type": kind, "number_raw": num,
                                    "date_signed": date_iso if num else None,
                                    "valid_until_raw": None, "partner": partner})
    if form == "table":
        cols = [("nr", "Nr. crt."), ("partner", r.choice(["Partener", "Instituția / organizația parteneră"])),
                ("act", r.choice(["Tipul documentului", "Forma de colaborare"])),
                ("numdate", r.choice(["Nr. și data", "Număr / dată"])),
                ("obj", r.choice(["Obiectul colaborării", "Scopul"])), ("valid", "Valabilitate")]
        if r.random() < 0.5:
            cols[1], cols[2] = cols[2], cols[1]
        rows = [[c[1] for c in cols]]
        for i, (kind, act, partner, num, date_p, date_iso, valid, obj) in enumerate(items, 1):
            nd = (r.choice([f"{num}/{date_p}", f"nr. {num} din {date_p}"]) if num else "-")
            cells = {"nr": f"{i}.", "partner": partner, "act": act, "numdate": nd, "obj": obj, "valid": valid}
            rows.append([cells[c[0]] for c in cols])
            exp["partnerships"][-len(items) + i - 1]["row_no_raw"] = f"{i}."
            exp["partnerships"][-len(items) + i - 1]["valid_until_raw"] = valid
        els.append(table(rows))
    elif form == "numbered":
        for i, (kind, act, partner, num, date_p, date_iso, valid, obj) in enumerate(items, 1):
            nd = f" nr. {num}/{date_p}" if num else ""
            text = r.choice([f"{i}. {act}{nd} încheiat cu {partner} – {obj};",
                             f"{i}. {partner} – {act.lower()}{nd}, având ca obiect {obj};"])
            els.append(p(text))
            exp["partnerships"][-len(items) + i - 1]["row_no_raw"] = f"{i}."
    else:
        for kind, act, partner, num, date_p, date_iso, valid, obj in items:
            nd = f" nr. {num} din {date_p}" if num else ""
            a = act.lower()
            text = r.choice([f"{d.abbr} colaborează cu {partner} în baza {_genitive(a)}{nd}, pentru {obj}.",
                             f"Cu {partner} a fost încheiat {_article(a)}{nd}, având ca obiect {obj}.",
                             f"În anul {d.year} se derulează {_article(a)}{nd} cu {partner}."])
            els.append(p(text))


def _article(act: str) -> str:
    """'protocol de colaborare' -> 'protocolul de colaborare' (the definite form a sentence uses)."""
    head, _, rest = act.partition(" ")
    art = {"protocol": "protocolul", "convenție": "convenția", "acord": "acordul", "contract": "contractul"}[head]
    return (art + " " + rest).strip()


def _genitive(act: str) -> str:
    head, _, rest = act.partition(" ")
    art = {"protocol": "protocolului", "convenție": "convenției", "acord": "acordului",
           "contract": "contractului"}[head]
    return (art + " " + rest).strip()


# ------------------------------------------------------------------------------------------------ the document

def plan_town_spas(rnd: random.Random, year: int) -> tuple[list[El], dict]:
    d = Doc(rnd, year)
    r = rnd
    els: list[El] = []
    exp: dict = {"services": [], "procurements": [], "subsidies": [], "trainings": [], "partnerships": [],
                 "totals": []}
    t = d.town
    month = r.choice([12, 1, 2, 3])  # the council approves the plan in December before its year or early in it
    hcl = f"Anexa nr. 1 la H.C.L. nr. {r.randint(5, 250)}/{r.randint(1, 28):02d}.{month:02d}." \
          f"{year - 1 if month == 12 else year}"
    style = r.randrange(4)
    if style == 0:
        main = (f"PLANUL ANUAL DE ACȚIUNE PRIVIND SERVICIILE SOCIALE administrate și finanțate din bugetul "
                f"Consiliului Local al {t.genitive} pentru anul {year}")
        els += [title("PLANUL ANUAL DE ACȚIUNE PRIVIND SERVICIILE SOCIALE"),
                p(f"administrate și finanțate din bugetul Consiliului Local al {t.genitive} pentru anul {year}")]
    elif style == 1:
        main = f"Plan anual de acțiune pentru anul {year} privind serviciile sociale acordate de {d.printed}"
        els += [title(f"Plan anual de acțiune pentru anul {year}"),
                p(f"privind serviciile sociale acordate de {d.printed}")]
    elif style == 2:
        # the issuer in the genitive: "… AL SERVICIULUI PUBLIC …", "… AL DIRECȚIEI DE ASISTENȚĂ SOCIALĂ …"
        gen = d.printed.replace("Serviciul ", "Serviciului ", 1).replace("Direcția ", "Direcției ", 1)
        main = f"PLANUL ANUAL DE ACȚIUNE AL {gen.upper()} PE ANUL {year}"
        els += [p(hcl), title(main)]
    else:
        main = f"PLAN ANUAL DE ACȚIUNE privind serviciile sociale – {year}"
        els += [p(d.printed.upper()), title(main)]
    if style != 2 and r.random() < 0.4:
        els.insert(0, p(hcl))
    intro = [f"Prezentul plan a fost elaborat de {d.printed} în conformitate cu prevederile art. 118 din Legea "
             f"asistenței sociale nr. 292/2011, ale H.G. nr. 797/2017 și ale Ordinului nr. 1086/2018.",
             f"Planul asigură implementarea Strategiei locale de dezvoltare a serviciilor sociale pentru perioada "
             f"{year - 2}–{year + 3}, aprobată prin H.C.L. nr. {r.randint(10, 200)}/{year - 2}.",
             f"{d.printed} are sediul în {r.choice(STREETS)} nr. {r.randint(1, 90)}, {t.uat}, județul {t.county}."]
    els += [p(x) for x in r.sample(intro, r.randint(1, 3))]
    sec = _section_titles(d)
    unit, _ = _existing(d, sec, els, exp)
    _proposed(d, sec, els, exp)
    _procurements(d, sec, els, exp)
    _subsidies(d, sec, els, exp)
    parts = [lambda: _trainings(d, sec, els, exp), lambda: _activities(d, sec, els),
             lambda: _partnerships(d, sec, els, exp)]
    order = sec["order"]
    for i in order:
        parts[i]()
    if r.random() < 0.5:
        els.append(p(r.choice([f"Director executiv, {r.choice(['Ioana', 'Maria', 'Andrei', 'Mihai'])} "
                               f"{r.choice(['Popescu', 'Ionescu', 'Munteanu', 'Stan'])}",
                               "Întocmit, Compartimentul strategii și programe sociale"])))
    exp["document"] = {"doc_type": "plan_anual", "title": main, "year": year, "year_end": year,
                       "issuer": d.issuer, "issuer_kind": d.kind, "uat": t.uat, "county": t.county,
                       "currency_unit_main": unit}
    for row in exp["services"]:
        row.setdefault("capacity_raw", None)
    return els, exp
