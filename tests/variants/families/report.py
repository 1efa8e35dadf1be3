"""The report_on_plan family: a report on how an annual plan was carried out (raport privind stadiul
implementării Planului anual de acțiune). Measures with a result per year in one cell, counts of actions
realised / partially / not realised, collaborations stated as measures, training tables whose kinds are
columns, the services the authority ran with their places and beneficiaries."""
from __future__ import annotations

import random

from make_variants import El, h, p, table, title

from . import pools
from .fmt import code_spelling, group
from .places import issuer_for, pick_place
from .services import Ctx, _pick_services, _service_name

__all__ = ["report_on_plan"]

MEASURES = [  # (measure, result noun as printed)
    ("Efectuarea anchetelor sociale pentru beneficiarii de prestații sociale", "anchete sociale realizate"),
    ("Acordarea ajutoarelor de urgență", "ajutoare de urgență acordate"),
    ("Monitorizarea copiilor cu părinți plecați la muncă în străinătate", "copii monitorizați"),
    ("Evaluarea persoanelor vârstnice la domiciliu", "persoane evaluate"),
    ("Soluționarea cererilor de venit minim de incluziune", "cereri soluționate"),
    ("Campanii de informare privind serviciile sociale", "campanii desfășurate"),
    ("Consilierea familiilor aflate în dificultate", "familii consiliate"),
    ("Întocmirea dosarelor pentru alocația de susținere", "dosare întocmite"),
    ("Vizite de monitorizare la domiciliul persoanelor cu handicap grav", "vizite efectuate"),
]
COLLAB = ["Încheierea de protocoale de colaborare cu instituțiile publice",
          "Dezvoltarea parteneriatelor cu societatea civilă"]
STAGES = ["realizat", "realizată", "în curs", "parțial realizat"]


def report_on_plan(rnd: random.Random, year: int) -> tuple[list[El], dict]:
    town = pick_place(rnd, ("comuna", "oras", "municipiu"))
    ctx = Ctx(rnd, town, town.county, year, "lei")
    kind = {"comuna": "primarie", "oras": rnd.choice(["primarie", "SPAS"]), "municipiu": "DAS"}[town.kind]
    issuer = issuer_for(kind, town)
    years = [year] if rnd.random() < 0.6 else [year - 1, year]
    span = f"anul {year}" if len(years) == 1 else f"perioada {years[0]}–{years[1]}"
    els: list[El] = [p("ROMÂNIA"), p(f"JUDEȚUL {town.county.upper()}"), p(issuer.upper())]
    form = rnd.randrange(3)
    plan = f"Planului anual de acțiune privind serviciile sociale administrate și finanțate din bugetul {town.genitive}"
    if form == 0:
        els.append(title(f"RAPORT privind stadiul implementării {plan} pentru {span}"))
    elif form == 1:
        els += [title("RAPORT DE MONITORIZARE"), p(f"a implementării {plan}, {span}")]
    else:
        els.append(title(f"Raport de evaluare a realizării {plan} – {span}"))
    exp: dict = {"services": [], "trainings": [], "partnerships": [], "totals": [], "indicators": []}

    # ---- counts of actions
    n_real, n_part, n_not = rnd.randint(8, 30), rnd.randint(1, 6), rnd.randint(0, 4)
    total = n_real + n_part + n_not
    if rnd.random() < 0.5:
        els.append(p(f"Din cele {total} de acțiuni prevăzute în plan, {n_real} au fost realizate, {n_part} parțial "
                     f"realizate" + (f", iar {n_not} nerealizate." if n_not else ".")))
    else:
        rows = [["Stadiul acțiunilor", "Număr"], ["Realizate", str(n_real)], ["Parțial realizate", str(n_part)],
                ["Nerealizate", str(n_not)], ["Total acțiuni planificate", str(total)]]
        els.append(table(rows))
    exp["totals"] += [dict(scope="actions total", amount=total, unit="other")]

    # ---- services run
    els.append(h(rnd.choice(["1. Serviciile sociale furnizate", "A. Servicii sociale existente – situația la "
                             f"31 decembrie {year}", "Capitolul I – Serviciile sociale administrate"])))
    cap_h = rnd.choice(pools.H_CAPACITY)
    ben_h = rnd.choice([f"Nr. beneficiari asistați în {year}", "Număr beneficiari", "Beneficiari (realizat)"])
    rows = [["Nr. crt.", rnd.choice(pools.H_NAME), rnd.choice(pools.H_CODE), cap_h, ben_h]]
    for i, svc in enumerate(_pick_services(ctx, rnd.randint(2, 6)), 1):
        name, cap = _service_name(ctx, svc), rnd.randint(10, 150)
        ben = rnd.randint(5, cap + 40)
        code_raw = code_spelling(rnd, svc.code)
        rows.append([f"{i}.", name, code_raw, str(cap), str(ben)])
        exp["services"].append(dict(section="existing", row_no_raw=f"{i}.", service_name=name, code_raw=code_raw,
                                    service_code=svc.code, capacity=cap, beneficiaries=ben))
    els.append(table(rows))

    # ---- measures with results per year; collaborations stated as measures
    els.append(h(rnd.choice(["2. Stadiul realizării măsurilor din plan", "Măsuri și activități realizate",
                             "Capitolul II – Activități desfășurate"])))
    rows = [["Nr. crt.", rnd.choice(["Măsura / Activitatea", "Activitatea planificată", "Măsura"]),
             rnd.choice(["Rezultate obținute", "Indicatori realizați", "Rezultat"]), "Stadiu"]]
    k = 0
    for measure, noun in rnd.sample(MEASURES, rnd.randint(3, 6)):
        k += 1
        parts = []
        for y in years:
            v = rnd.randint(3, 900)
            parts.append((y, v))
            exp["indicators"].append(dict(subject=measure, value=v, year=y))
        cell = (f"{parts[0][1]} {noun}" if len(years) == 1 else
                rnd.choice([" ".join(f"{y} {v} {noun}" for y, v in parts), "; ".join(f"{y}: {v} {noun}" for y, v in parts)]))
        rows.append([f"{k}.", measure, cell, rnd.choice(STAGES)])
    used: set[str] = set()
    if rnd.random() < 0.7:
        k += 1
        kind_c, partner = rnd.choice([("protocol", f"Inspectoratul Școlar Județean {town.county}"),
                                      ("protocol", f"Centrul Județean de Resurse și Asistență Educațională {town.county}"),
                                      ("contract", f"Asociația {ctx.nickname()} {town.name}"),
                                      ("acord", f"Fundația {ctx.nickname()}")])
        used.add(partner)
        word = {"protocol": "protocol de colaborare", "contract": "contract de colaborare", "acord": "acord de parteneriat"}[kind_c]
        number = str(rnd.randint(10, 900))
        rows.append([f"{k}.", rnd.choice(COLLAB), f"1 {word} cu {partner} (nr. {number}/{rnd.randint(1, 28):02d}.0{rnd.randint(1, 9)}.{year})",
                     "realizat"])
        exp["partnerships"].append(dict(agreement_type=kind_c, number_raw=number, partner=partner))
    els.append(table(rows))

    # ---- trainings: the kinds as columns, or one row per course
    els.append(h(rnd.choice(["3. Formarea profesională a personalului", "Capitolul III – Formarea personalului"])))
    staff = rnd.sample(pools.STAFF, rnd.randint(2, 4))
    if rnd.random() < 0.6:
        kinds = rnd.sample(["perfectionare", "instruire", "calificare"], 2)
        label = {"perfectionare": "Perfecționare (nr. persoane)", "instruire": "Instruire (nr. persoane)",
                 "calificare": "Calificare (nr. persoane)"}
        rows = [["Nr. crt.", rnd.choice(pools.H_TR_STAFF)] + [label[x] for x in kinds]]
        for i, s in enumerate(staff, 1):
            cells = []
            for x in kinds:
                n = rnd.choice([0, rnd.randint(1, 25), rnd.randint(1, 25)])
                cells.append(str(n) if n else "-")
                if n:
                    exp["trainings"].append(dict(training_kind=x, row_no_raw=f"{i}.", staff_category=s, persons=n))
            rows.append([f"{i}.", s] + cells)
    else:
        rows = [["Nr. crt.", rnd.choice(pools.H_TR_STAFF), rnd.choice(pools.H_TR_KIND), rnd.choice(pools.H_TR_PERSONS),
                 "Cost (lei)"]]
        for i, s in enumerate(staff, 1):
            x = rnd.choice(["perfectionare", "instruire"])
            n, v = rnd.randint(1, 25), rnd.randint(5, 90) * 100
            rows.append([f"{i}.", s, rnd.choice(pools.TRAINING_KIND_CELL[x]), str(n), group(v)])
            exp["trainings"].append(dict(training_kind=x, row_no_raw=f"{i}.", staff_category=s, persons=n, budget_lei=v))
    els.append(table(rows))

    # ---- partnerships in sentences, spending
    for _ in range(rnd.randint(0, 2)):
        partner = f"Asociația {ctx.nickname()}"
        if partner in used:
            continue
        used.add(partner)
        number = str(rnd.randint(10, 900))
        kind_p = rnd.choice(["protocol", "acord", "conventie"])
        acc = rnd.choice(pools.AGREEMENTS_ACC[kind_p])
        els.append(p(f"În {span} a fost în derulare {acc} cu {partner}, nr. {number}/{rnd.randint(10, 28)}.0{rnd.randint(1, 9)}.{years[0] - 1}."))
        exp["partnerships"].append(dict(agreement_type=kind_p, number_raw=number, partner=partner))
    spend = rnd.randint(200_000, 9_000_000) + rnd.randint(0, 99) / 100
    els.append(p(f"Cheltuielile totale cu serviciile sociale în {span} au fost de {group(int(spend))},"
                 f"{round(spend % 1 * 100):02d} lei."))
    exp["totals"].append(dict(scope="spending social services", amount=round(spend, 2), unit="lei"))
    els += [p("Întocmit,"), p(rnd.choice(["Șef serviciu", "Director executiv", "Inspector"]))]
    exp["document"] = dict(doc_type="raport_plan_anual", year=years[0], year_end=years[-1], issuer=issuer,
                           issuer_kind=kind, uat=town.uat, county=town.county)
    return els, exp
