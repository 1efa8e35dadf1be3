"""The ``report_dgaspc_execution`` family: a county DGASPC's report on how its annual action plan was carried out
("Raport privind execuția / monitorizarea / stadiul realizării Planului anual de acțiune … pentru anul N").

Written by a second author from the template (HG 797/2017, Ordinul 1086/2018), the contract (DATASETS.md) and what
such county reports print, without reading the extractors: a summary of the actions realised / partially / not
realised (a sentence, a table with percentages or bullets); the monitoring table of the plan, one block per
objective (Obiectiv | Acțiuni | Termen | Responsabil | Indicatori | Stadiu realizare, the objective merged down over
its actions, printed as a row across the table, or as a heading over a table of its own), the result written in
the status cell ("Realizat – 245 copii evaluați", "Parțial realizat: 12 din 20 …") or in a "Realizat" column next to
the target; the services at year end as one sheet per service (a key–value table without a header, or a line of
prose) or as one table split per beneficiary category with subtotal rows; the budget executed per funding source
(a table with approved / executed / percentage, or a sentence and bullets) in mii lei stated once above the table,
in the headers, or in lei; trainings and information campaigns in prose and bullets; partnerships with NGOs as a
table (agreement type, number, date). Assumptions where the contract is silent: tests/variants/README.md
("The DGASPC execution-report family").
"""
from __future__ import annotations

import random

from make_variants import LEFT, UP, El, bullet, h, p, table, title

from . import pools
from .fmt import code_spelling, date_ro, group
from .places import issuer_for, pick_county
from .services import Ctx, _service_name

__all__ = ["report_dgaspc_execution"]

# (objective, [(action, indicator as the plan names it, result noun as printed, value range)])
OBJECTIVES = [
    ("Prevenirea separării copilului de familie", [
        ("Evaluarea copiilor aflați în risc de separare de familie", "Număr copii evaluați", "copii evaluați", 30, 600),
        ("Consilierea părinților în vederea menținerii copilului în familie", "Nr. familii consiliate",
         "familii consiliate", 20, 400),
        ("Reintegrarea în familie a copiilor din sistemul de protecție specială", "Număr copii reintegrați",
         "copii reintegrați", 5, 90)]),
    ("Dezvoltarea rețelei de asistenți maternali profesioniști", [
        ("Recrutarea și atestarea de noi asistenți maternali profesioniști", "Număr asistenți maternali atestați",
         "asistenți maternali atestați", 3, 40),
        ("Monitorizarea activității asistenților maternali", "Nr. vizite de monitorizare", "vizite de monitorizare",
         40, 900)]),
    ("Creșterea calității vieții persoanelor adulte cu dizabilități", [
        ("Evaluarea complexă a persoanelor adulte cu handicap", "Număr persoane evaluate", "persoane evaluate",
         200, 5000),
        ("Transferul beneficiarilor din centrele vechi în locuințe protejate", "Număr beneficiari transferați",
         "beneficiari transferați", 4, 60),
        ("Monitorizarea asistenților personali ai persoanelor cu handicap grav", "Nr. asistenți personali monitorizați",
         "asistenți personali monitorizați", 50, 800)]),
    ("Asigurarea serviciilor pentru persoanele vârstnice", [
        ("Acordarea de servicii de îngrijire la domiciliu pentru persoanele vârstnice dependente",
         "Număr persoane vârstnice asistate", "persoane vârstnice asistate", 15, 300),
        ("Evaluarea nevoilor persoanelor vârstnice singure", "Nr. anchete sociale", "anchete sociale efectuate",
         20, 500)]),
    ("Creșterea gradului de informare a populației privind serviciile sociale", [
        ("Organizarea de campanii de informare privind drepturile copilului", "Număr campanii",
         "campanii organizate", 2, 15),
        ("Distribuirea de materiale informative în comunități", "Număr pliante distribuite", "pliante distribuite",
         300, 8000)]),
    ("Formarea continuă a personalului", [
        ("Participarea personalului la cursuri de formare profesională", "Număr angajați instruiți",
         "angajați instruiți", 20, 300)]),
    ("Dezvoltarea parteneriatului cu organizațiile neguvernamentale", [
        ("Încheierea de convenții de colaborare cu furnizori privați de servicii sociale",
         "Număr convenții încheiate", "convenții încheiate", 1, 12)]),
]
NO_FIGURE = [  # an action whose status states no figure (no indicator)
    ("Actualizarea procedurilor operaționale ale serviciilor", "Proceduri revizuite", "Realizat"),
    ("Reabilitarea clădirii centrului de plasament", "Lucrări recepționate", "Nerealizat – lipsa fondurilor"),
    ("Obținerea licențelor de funcționare pentru serviciile sociale", "Licențe obținute", "În curs de realizare"),
]
RESPONSIBLE = ["Serviciul management de caz pentru copii", "Compartimentul adopții și postadopții",
               "Serviciul evaluare complexă a persoanelor adulte cu handicap", "Serviciul resurse umane",
               "Compartimentul relații publice", "Directorul general adjunct", "Serviciul asistență maternală",
               "Șefii de centre"]
CATEGORIES = {  # category heading of the services table -> nomenclator beneficiary groups it holds
    "Servicii sociale pentru copii": ("copii", "mamă și copil", "familie cu copii", "tineri în dificultate"),
    "Servicii sociale pentru persoane adulte cu dizabilități": ("persoane adulte cu dizabilități",),
    "Servicii sociale pentru persoane vârstnice": ("persoane vârstnice",
                                                   "persoane vârstnice, bolnavi cronici în fază terminală"),
    "Servicii pentru victimele violenței domestice": ("victimele violenței în familie", "agresori (violența în familie)"),
}
SOURCES = [  # (printed row label, scope)
    ("Buget județean", "buget județean"), ("Bugetul Consiliului Județean", "buget județean"),
    ("Buget de stat (sume defalcate din TVA)", "buget de stat"), ("Venituri proprii (contribuții ale beneficiarilor)",
                                                                   "venituri proprii"),
    ("Fonduri externe nerambursabile", "fonduri externe"), ("Transferuri de la bugetul de stat", "buget de stat"),
]
STAFF_PLURAL = ["asistenți sociali", "asistenți maternali profesioniști", "psihologi", "educatori", "infirmieri",
                "îngrijitori", "inspectori de specialitate", "consilieri juridici", "asistenți medicali",
                "pedagogi de recuperare"]
THEMES = ["Managementul de caz în protecția copilului", "Prevenirea și combaterea violenței domestice",
          "Comunicarea cu persoanele cu dizabilități", "Protecția datelor cu caracter personal",
          "Standardele minime de calitate pentru serviciile sociale", "Prim ajutor", "Prevenirea burnout-ului"]
NGOS = ["Asociația {nick}", "Fundația {nick} {county}", "Asociația Salvați Copiii – Filiala {county}",
        "Fundația World Vision România", "Fundația Hope and Homes for Children România", "Asociația Caritas {county}",
        "Asociația SOS Satele Copiilor România", "Fundația Serviciilor Sociale Bethany",
        "Asociația Habilitas – Centru de Resurse și Formare Profesională", "Asociația Sf. Ioan Botezătorul {county}"]
AGREEMENT_CELL = {"conventie": ["Convenție de colaborare", "convenție"], "contract": ["Contract de parteneriat",
                                                                                     "contract de colaborare"],
                  "acord": ["Acord de parteneriat", "acord de colaborare"],
                  "protocol": ["Protocol de colaborare", "protocol"]}
PURPOSES = ["Furnizarea de servicii de consiliere pentru copii și familii", "Sprijin material pentru tinerii care "
            "părăsesc sistemul de protecție", "Găzduirea victimelor violenței domestice",
            "Servicii de recuperare pentru copiii cu dizabilități", "Distribuirea de alimente persoanelor vârstnice"]


def _ind(what: str, value: int, year: int, raw: str) -> dict:
    return dict(indicator="", subject=what, value=float(value), unit="", year=year, raw=raw)


def _title(rnd: random.Random, county: str, short: str, year: int) -> list[El]:
    plan = "Planului anual de acțiune privind serviciile sociale"
    form = rnd.randrange(4)
    if form == 0:
        return [title(f"RAPORT privind execuția {plan} administrate și finanțate din bugetul Consiliului Județean "
                      f"{county} pentru anul {year}")]
    if form == 1:
        return [title("RAPORT DE MONITORIZARE"),
                p(f"a implementării {plan} al {short} – anul {year}")]
    if form == 2:
        return [title(f"Raport privind stadiul realizării obiectivelor și activităților cuprinse în Planul anual de "
                      f"acțiune al {short} pentru anul {year}")]
    return [title("RAPORT ANUAL"), p(f"privind modul de îndeplinire a {plan} pe anul {year}")]


def _summary(rnd: random.Random, exp: dict) -> list[El]:
    """Counts of actions realised / partially / not realised and their total (totals)."""
    n_real, n_part, n_not = rnd.randint(15, 60), rnd.randint(1, 9), rnd.randint(1, 5)
    total = n_real + n_part + n_not
    exp["totals"] += [dict(scope="acțiuni total", amount=total, unit="other", raw=str(total)),
                      dict(scope="acțiuni realizate", amount=n_real, unit="other", raw=str(n_real)),
                      dict(scope="acțiuni parțial realizate", amount=n_part, unit="other", raw=str(n_part)),
                      dict(scope="acțiuni nerealizate", amount=n_not, unit="other", raw=str(n_not))]
    pct = [f"{100 * x / total:.1f}".replace(".", ",") for x in (n_real, n_part, n_not)]
    form = rnd.randrange(3)
    if form == 0:
        return [p(f"Din totalul de {total} {'de ' if total >= 20 else ''}acțiuni cuprinse în Planul anual de "
                  f"acțiune, {n_real} au fost realizate integral, {n_part} au fost realizate parțial, iar {n_not} nu "
                  f"au putut fi realizate, în principal din lipsa fondurilor.")]
    if form == 1:
        rows = [["Stadiul realizării", "Număr acțiuni", "Procent (%)"],
                ["Realizate", str(n_real), pct[0]], ["Parțial realizate", str(n_part), pct[1]],
                ["Nerealizate", str(n_not), pct[2]], ["Total", str(total), "100"]]
        return [p("Situația centralizată a stadiului de realizare a acțiunilor planificate:"), table(rows)]
    return [p(f"Planul a cuprins {total} {'de ' if total >= 20 else ''}acțiuni, cu următorul stadiu de realizare:"),
            bullet(f"acțiuni realizate: {n_real} ({pct[0]}%);"), bullet(f"acțiuni parțial realizate: {n_part} ({pct[1]}%);"),
            bullet(f"acțiuni nerealizate: {n_not} ({pct[2]}%).")]


def _status(rnd: random.Random, noun: str, v: int) -> str:
    """The status cell holding the result: 'Realizat – 245 copii evaluați', 'Parțial realizat: 12 din 20 …'."""
    form = rnd.randrange(4)
    if form == 0:
        return f"Realizat – {group(v)} {noun}"
    if form == 1:
        return f"Realizat: {group(v)} {noun}"
    if form == 2:
        return f"{group(v)} {noun} (realizat)"
    target = v + rnd.randint(1, max(2, v // 3))
    return f"Parțial realizat: {group(v)} din {group(target)} {noun}"


def _term(rnd: random.Random, year: int) -> str:
    return rnd.choice([f"31.12.{year}", f"Trimestrul {rnd.choice(['I', 'II', 'III', 'IV'])} {year}", "permanent",
                       f"Semestrul {rnd.choice(['I', 'II'])} {year}", "lunar", "anual"])


def _monitoring(rnd: random.Random, year: int, exp: dict) -> list[El]:
    """The plan's monitoring table, one block per objective; results in the status cell or a 'Realizat' column."""
    objs = rnd.sample(OBJECTIVES, rnd.randint(3, 5))
    layout = rnd.choice(["merged", "group_row", "per_objective"])
    result_col = rnd.random() < 0.3  # "Indicatori (țintă)" | "Realizat" | "Stadiu" instead of the result in the status
    els: list[El] = [h(rnd.choice(["II. Stadiul realizării obiectivelor și acțiunilor din plan",
                                   "Capitolul II – Monitorizarea implementării planului",
                                   "2. Stadiul implementării acțiunilor"]))]
    act_h = rnd.choice(["Acțiuni", "Acțiuni / Activități", "Activități planificate", "Acțiunea"])
    term_h, resp_h = rnd.choice(["Termen", "Termen de realizare"]), rnd.choice(["Responsabil", "Responsabili"])
    if result_col:
        tail_h = [rnd.choice(["Indicatori (țintă)", "Indicator / Țintă"]), rnd.choice(["Realizat", "Valoare realizată"]),
                  rnd.choice(["Stadiu", "Stadiu realizare"])]
    else:
        tail_h = [rnd.choice(["Indicatori", "Indicatori de monitorizare"]),
                  rnd.choice(["Stadiu realizare", "Stadiul realizării", "Grad de realizare / Observații"])]
    obj_h = rnd.choice(["Obiectiv", "Obiectivul specific", "Obiective"])
    with_obj_col = layout == "merged"
    header = ["Nr. crt."] + ([obj_h] if with_obj_col else []) + [act_h, term_h, resp_h] + tail_h
    rows: list[list[str]] = [header]
    for o, (objective, actions) in enumerate(objs, 1):
        picked = rnd.sample(actions, rnd.randint(1, len(actions)))
        if rnd.random() < 0.3:
            picked.append(rnd.choice(NO_FIGURE))
        if layout == "per_objective":
            els.append(p(f"Obiectivul specific {o}: {objective}" if rnd.random() < 0.5 else f"{o}. {objective}"))
            rows = [header]
        elif layout == "group_row":
            rows.append([f"Obiectivul {o}: {objective}"] + [LEFT] * (len(header) - 1))
        for a, action in enumerate(picked, 1):
            nr = f"{o}.{a}." if rnd.random() < 0.5 or layout != "per_objective" else f"{a}."
            obj_cell = ([objective if a == 1 else UP] if with_obj_col else [])
            if len(action) == 3:  # no figure
                text, indicator, status = action
                tail = [indicator, "-", status] if result_col else [indicator, status]
                rows.append([nr] + obj_cell + [text, _term(rnd, year), rnd.choice(RESPONSIBLE)] + tail)
                continue
            text, indicator, noun, lo, hi = action
            v = rnd.randint(lo, hi)
            if result_col:
                target = rnd.randint(lo, hi)
                ind_cell = f"{indicator} – țintă: {group(target)}" if rnd.random() < 0.6 else indicator
                tail = [ind_cell, group(v), rnd.choice(["Realizat", "Realizat", "Parțial realizat", "În curs"])]
                raw = group(v)
            else:
                status = _status(rnd, noun, v)
                tail = [indicator, status]
                raw = status
            rows.append([nr] + obj_cell + [text, _term(rnd, year), rnd.choice(RESPONSIBLE)] + tail)
            exp["indicators"].append(_ind(f"{text} || {noun}", v, year, raw))
        if layout == "per_objective":
            els.append(table(rows))
    if layout != "per_objective":
        els.append(table(rows))
    return els


def _dgaspc_services(ctx: Ctx, k: int) -> list[tuple[str, pools.Service]]:
    """`k` services of a county DGASPC (children, adults with disabilities, elderly, victims), with their category."""
    by_cat = {c: [s for s in pools.nomenclator() if s.group in groups and s.setting in ("cu_cazare", "de_zi")]
              for c, groups in CATEGORIES.items()}
    cats = [c for c in CATEGORIES if by_cat[c]]
    chosen = ctx.rnd.sample(cats, ctx.rnd.randint(2, min(3, len(cats))))
    out: list[tuple[str, pools.Service]] = []
    for c in chosen:
        for s in ctx.rnd.sample(by_cat[c], min(len(by_cat[c]), max(1, k // len(chosen)))):
            out.append((c, s))
    return out


def _services(ctx: Ctx, exp: dict) -> list[El]:
    rnd, year = ctx.rnd, ctx.year
    els: list[El] = [h(rnd.choice([f"III. Serviciile sociale administrate de D.G.A.S.P.C. – situația la 31.12.{year}",
                                   "Capitolul III – Serviciile sociale furnizate",
                                   f"3. Situația serviciilor sociale la 31 decembrie {year}"]))]
    picked = _dgaspc_services(ctx, rnd.randint(4, 8))
    as_sheets = rnd.random() < 0.5
    rows_exp = []
    if as_sheets:
        kv = rnd.random() < 0.6
        sub = rnd.random() < 0.4  # sheets numbered under the chapter ("3.1.") rather than "1."
        for i, (cat, svc) in enumerate(picked, 1):
            name = _service_name(ctx, svc)
            cap = rnd.randint(8, 120)
            ben = rnd.randint(max(1, cap // 2), cap)
            occ = round(100 * ben / cap, 1) if rnd.random() < 0.5 else None
            code_raw = code_spelling(rnd, svc.code)
            staff = rnd.randint(5, 60)
            els.append(h(f"3.{i}. {name}" if sub else f"{i}. {name}"))
            ben_label = rnd.choice([f"Număr beneficiari la 31.12.{year}", "Beneficiari la sfârșitul anului",
                                    f"Nr. beneficiari la 31 decembrie {year}"])
            occ_text = (f"{occ:.1f}".replace(".", ",").removesuffix(",0") + "%") if occ is not None else ""
            if kv:
                rows = [[rnd.choice(["Cod serviciu social", "Codul serviciului"]), code_raw],
                        [rnd.choice(["Capacitate", "Capacitatea centrului"]), f"{cap} locuri"],
                        [ben_label, str(ben)]]
                if occ is not None:
                    rows.append(["Grad de ocupare", occ_text])
                rows.append([rnd.choice(["Număr posturi ocupate", "Personal angajat"]), str(staff)])
                if rnd.random() < 0.5:
                    rows.insert(0, ["Licență de funcționare", f"nr. {rnd.randint(100, 9999)}/{rnd.randint(1, 28):02d}."
                                                              f"{rnd.randint(1, 12):02d}.{year - rnd.randint(1, 3)}"])
                els.append(table(rows, header_rows=0))
            else:
                text = (f"Cod serviciu: {code_raw}; capacitate: {cap} locuri; {ben_label.lower()}: {ben}"
                        + (f"; grad de ocupare: {occ_text}" if occ is not None else "") + f"; personal: {staff} posturi.")
                els.append(p(text))
            rows_exp.append(dict(section="existing", row_no_raw="", category="", service_name=name, code_raw=code_raw,
                                 service_code=svc.code, capacity=cap, beneficiaries=ben, occupancy_pct=occ))
    else:
        ben_h = rnd.choice([f"Nr. beneficiari la 31.12.{year}", "Număr beneficiari (sfârșitul anului)",
                            f"Beneficiari la 31 decembrie {year}"])
        header = [rnd.choice(pools.H_NR), rnd.choice(pools.H_NAME), rnd.choice(pools.H_CODE),
                  rnd.choice(["Capacitate (nr. locuri)", "Capacitate", "Nr. locuri"]), ben_h]
        with_occ = rnd.random() < 0.5
        if with_occ:
            header.append(rnd.choice(pools.H_OCC_PCT))
        subtotal_word = rnd.choice(["Total", "Subtotal", "TOTAL"])
        rows = [header]
        i = 0
        cap_all = ben_all = 0
        for cat in dict.fromkeys(c for c, _ in picked):
            rows.append([cat] + [LEFT] * (len(header) - 1))
            cap_c = ben_c = 0
            for c, svc in picked:
                if c != cat:
                    continue
                i += 1
                name = _service_name(ctx, svc)
                cap = rnd.randint(8, 120)
                ben = rnd.randint(max(1, cap // 2), cap)
                occ = round(100 * ben / cap, 1)
                code_raw = code_spelling(rnd, svc.code)
                row = [f"{i}.", name, code_raw, str(cap), str(ben)]
                if with_occ:
                    row.append(f"{occ:.1f}".replace(".", ",").removesuffix(",0"))
                rows.append(row)
                cap_c, ben_c = cap_c + cap, ben_c + ben
                rows_exp.append(dict(section="existing", row_no_raw=f"{i}.", category=cat, service_name=name,
                                     code_raw=code_raw, service_code=svc.code, capacity=cap, beneficiaries=ben,
                                     occupancy_pct=occ if with_occ else None))
            rows.append(["", f"{subtotal_word} {cat[0].lower()}{cat[1:]}", "", str(cap_c), str(ben_c)]
                        + ([""] if with_occ else []))
            exp["totals"] += [dict(scope=f"capacitate {cat}", amount=cap_c, unit="other", raw=str(cap_c)),
                              dict(scope=f"beneficiari {cat}", amount=ben_c, unit="beneficiaries", raw=str(ben_c))]
            cap_all, ben_all = cap_all + cap_c, ben_all + ben_c
        rows.append(["", "TOTAL GENERAL", "", str(cap_all), str(ben_all)] + ([""] if with_occ else []))
        exp["totals"] += [dict(scope="capacitate total", amount=cap_all, unit="other", raw=str(cap_all)),
                          dict(scope="beneficiari total", amount=ben_all, unit="beneficiaries", raw=str(ben_all))]
        els.append(table(rows))
    exp["services"] += rows_exp
    return els


def _mii(rnd: random.Random, lo: int, hi: int) -> tuple[int, str]:
    """An amount in lei and how a mii-lei table prints it ('45.320,45')."""
    lei = rnd.randint(lo, hi) * 10  # whole tens of lei: two decimals of mii lei
    k, rest = divmod(lei, 1000)
    return lei, f"{group(k)},{rest // 10:02d}"


def _budget(rnd: random.Random, year: int, county: str, exp: dict) -> list[El]:
    """Budget executed per funding source: approved / executed / percentage, in mii lei (or lei)."""
    els: list[El] = [h(rnd.choice(["IV. Execuția bugetară", "Capitolul IV – Resurse financiare",
                                   f"4. Execuția bugetului D.G.A.S.P.C. {county} în anul {year}"]))]
    seen: set[str] = set()
    sources = []
    for label, scope in rnd.sample(SOURCES, len(SOURCES)):
        if scope not in seen and len(sources) < rnd.randint(2, 4):
            seen.add(scope)
            sources.append((label, scope))
    in_lei = rnd.random() < 0.25
    lines = []
    for label, scope in sources:
        lo, hi = (2_000_000, 9_000_000) if scope in ("buget județean", "buget de stat") else (20_000, 900_000)
        approved, a_txt = _mii(rnd, lo, hi)
        executed = approved - rnd.randint(0, approved // 250) * 10  # up to ~4 % unspent
        e_txt = f"{group(executed // 1000)},{(executed % 1000) // 10:02d}"
        if in_lei:
            a_txt, e_txt = f"{group(approved)},00", f"{group(executed)},00"
        lines.append((label, scope, approved, a_txt, executed, e_txt))
    tot_a, tot_e = sum(x[2] for x in lines), sum(x[4] for x in lines)
    fmt = (lambda v: f"{group(v)},00") if in_lei else (lambda v: f"{group(v // 1000)},{(v % 1000) // 10:02d}")
    unit = "lei" if in_lei else "mii lei"
    for label, scope, approved, a_txt, executed, e_txt in lines:
        exp["totals"] += [dict(scope=f"{scope} aprobat", amount=approved, unit="lei", raw=a_txt),
                          dict(scope=f"{scope} executat", amount=executed, unit="lei", raw=e_txt)]
    exp["totals"] += [dict(scope="total aprobat", amount=tot_a, unit="lei", raw=fmt(tot_a)),
                      dict(scope="total executat", amount=tot_e, unit="lei", raw=fmt(tot_e))]
    if rnd.random() < 0.65:
        where = rnd.choice(["above", "header"])
        if where == "above":
            els.append(p(rnd.choice([f"- {unit} -", f"Sumele sunt exprimate în {unit}.", f"(în {unit})"])))
        suffix = f" ({unit})" if where == "header" else ""
        rows = [["Sursa de finanțare", rnd.choice(["Buget aprobat", "Prevederi bugetare anuale", "Credite aprobate"])
                 + suffix, rnd.choice(["Execuție", "Plăți efectuate", "Sume utilizate"]) + suffix,
                 rnd.choice(["Grad de execuție (%)", "% execuție"])]]
        for label, scope, approved, a_txt, executed, e_txt in lines:
            rows.append([label, a_txt, e_txt, f"{100 * executed / approved:.2f}".replace(".", ",")])
        rows.append(["TOTAL", fmt(tot_a), fmt(tot_e), f"{100 * tot_e / tot_a:.2f}".replace(".", ",")])
        els.append(table(rows))
    else:
        els.append(p(f"Bugetul aprobat al D.G.A.S.P.C. {county} pentru anul {year} a fost de {fmt(tot_a)} {unit}, "
                     f"iar execuția bugetară a fost de {fmt(tot_e)} {unit}, din care:"))
        for label, scope, approved, a_txt, executed, e_txt in lines:
            els.append(bullet(f"{label[0].lower()}{label[1:]}: {e_txt} {unit} (aprobat {a_txt} {unit});"))
    return els


def _trainings(rnd: random.Random, year: int, exp: dict) -> list[El]:
    """Trainings as a list: one item per course with its kind, the staff trained and their number."""
    els: list[El] = [h(rnd.choice(["V. Formarea profesională a personalului",
                                   "Capitolul V – Programul de formare profesională: stadiul realizării",
                                   "5. Formarea și perfecționarea personalului"]))]
    els.append(p(rnd.choice([f"În anul {year} au fost realizate următoarele activități de formare profesională:",
                             "Personalul direcției a participat la următoarele cursuri:"])))
    numbered = rnd.random() < 0.4
    for i, staff in enumerate(rnd.sample(STAFF_PLURAL, rnd.randint(2, 4)), 1):
        kind = rnd.choice(["perfectionare", "instruire", "calificare"])
        n = rnd.randint(3, 60)
        theme = rnd.choice(THEMES)
        word, the = rnd.choice({"perfectionare": [("curs de perfecționare", "cursul de perfecționare"),
                                                  ("program de perfecționare", "programul de perfecționare")],
                                "instruire": [("sesiune de instruire", "sesiunea de instruire")],
                                "calificare": [("curs de calificare", "cursul de calificare"),
                                               ("program de calificare", "programul de calificare")]}[kind])
        form = rnd.randrange(3)
        if form == 0:
            text = f"{word} „{theme}” – {n} {staff}"
        elif form == 1:
            text = f"{n} {staff} au participat la {the} privind {theme[0].lower()}{theme[1:]}"
        else:
            text = f"{word[0].upper()}{word[1:]}: {theme}, {n} participanți ({staff})"
        els.append(p(f"{i}. {text};") if numbered else bullet(text + ";"))
        exp["trainings"].append(dict(training_kind=kind, row_no_raw=f"{i}." if numbered else "", staff_category=staff,
                                     persons=n))
    return els


def _information(rnd: random.Random, year: int, exp: dict) -> list[El]:
    els: list[El] = [h(rnd.choice(["VI. Activități de informare a publicului", "Informarea comunității"]))]
    n = rnd.randint(3, 18)
    text = rnd.choice([f"În anul {year} au fost organizate {n} campanii de informare și sensibilizare a comunității "
                       f"privind drepturile copilului și serviciile sociale disponibile.",
                       f"Direcția a desfășurat {n} campanii de informare, dintre care una cu ocazia Zilei "
                       f"Internaționale a Copilului (1 iunie)."])
    els.append(p(text))
    exp["indicators"].append(_ind("campanii de informare", n, year, text))
    if rnd.random() < 0.6:
        k = rnd.randint(400, 9000)
        text = f"Au fost distribuite {group(k)} {'de ' if k % 100 >= 20 or k % 100 == 0 else ''}pliante și broșuri informative."
        els.append(p(text))
        exp["indicators"].append(_ind("pliante și broșuri informative", k, year, text))
    return els


def _partnerships(rnd: random.Random, year: int, ctx: Ctx, exp: dict) -> list[El]:
    """Partnerships with NGOs as a table: partner, agreement type, number and date (one cell or two)."""
    els: list[El] = [h(rnd.choice(["VII. Parteneriate cu organizații neguvernamentale",
                                   "Colaborarea cu societatea civilă",
                                   "7. Parteneriate și convenții de colaborare în derulare"]))]
    split = rnd.random() < 0.5
    header = ["Nr. crt.", rnd.choice(["Organizația neguvernamentală", "Partener", "Denumirea organizației"]),
              rnd.choice(["Tipul acordului", "Tip document", "Forma de colaborare"])]
    header += ["Număr", "Data încheierii"] if split else [rnd.choice(["Nr. și data", "Nr. / data"])]
    header += [rnd.choice(["Obiectul parteneriatului", "Obiectul colaborării"]),
               rnd.choice(["Perioada de valabilitate", "Valabilitate"])]
    rows = [header]
    used: set[str] = set()
    for i in range(1, rnd.randint(2, 5) + 1):
        while True:
            partner = rnd.choice(NGOS).format(nick=ctx.nickname(), county=ctx.county)
            if partner not in used:
                used.add(partner)
                break
        kind = rnd.choice(list(AGREEMENT_CELL))
        num = str(rnd.randint(10, 9999))
        d, iso = date_ro(rnd, year - 4, year)
        valid = rnd.choice(["nedeterminată", f"31.12.{year + 1}", "3 ani", f"până la 31.12.{year}"])
        rows.append([f"{i}.", partner, rnd.choice(AGREEMENT_CELL[kind])]
                    + ([num, d] if split else [rnd.choice([f"{num}/{d}", f"nr. {num} din {d}"])])
                    + [rnd.choice(PURPOSES), valid])
        exp["partnerships"].append(dict(row_no_raw=f"{i}.", agreement_type=kind, number_raw=num, date_signed=iso,
                                        valid_until_raw=valid, partner=partner))
    els.append(table(rows))
    return els


def report_dgaspc_execution(rnd: random.Random, year: int) -> tuple[list[El], dict]:
    county = pick_county(rnd)
    issuer = issuer_for("DGASPC", county=county)
    ctx = Ctx(rnd, None, county, year, "mii lei", county_level=True)
    short = rnd.choice([issuer, f"D.G.A.S.P.C. {county}", f"Direcției Generale de Asistență Socială și Protecția "
                                                           f"Copilului {county}"])
    exp: dict = {"services": [], "trainings": [], "partnerships": [], "totals": [], "indicators": []}
    els: list[El] = [p("ROMÂNIA"), p(f"JUDEȚUL {county.upper()}"), p(f"CONSILIUL JUDEȚEAN {county.upper()}"),
                     p(issuer.upper())]
    if rnd.random() < 0.5:
        els.append(p(f"Nr. {rnd.randint(1000, 40000)}/{rnd.randint(1, 28):02d}.0{rnd.randint(1, 3)}.{year + 1}"))
    els += _title(rnd, county, short, year)
    intro = (f"Planul anual de acțiune privind serviciile sociale pentru anul {year} a fost aprobat prin Hotărârea "
             f"Consiliului Județean {county} nr. {rnd.randint(5, 300)}/{rnd.randint(1, 28):02d}.12.{year - 1}")
    if rnd.random() < 0.5:
        intro += (f", în concordanță cu Strategia județeană de dezvoltare a serviciilor sociale pentru perioada "
                  f"{year - 2}–{year + 2}")
    els.append(p(intro + "."))
    els.append(h(rnd.choice(["I. Stadiul general de realizare a planului", "1. Sinteza realizării planului"])))
    els += _summary(rnd, exp)
    els += _monitoring(rnd, year, exp)
    els += _services(ctx, exp)
    els += _budget(rnd, year, county, exp)
    els += _trainings(rnd, year, exp)
    els += _information(rnd, year, exp)
    els += _partnerships(rnd, year, ctx, exp)
    els += [p("Director general,"), p(f"{rnd.choice(['Ion', 'Mihaela', 'Gabriel', 'Elena'])} "
                                      f"{rnd.choice(['Popa', 'Munteanu', 'Rusu', 'Ciobanu'])}")]
    exp["document"] = dict(doc_type="raport_plan_anual", year=year, year_end=year, issuer=issuer,
                           issuer_kind="DGASPC", uat=f"Județul {county}", county=county)
    return els, exp
