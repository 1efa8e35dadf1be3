"""Cap. I C (contracting, Law 98/2016 procurements or Law 350/2005 grants), D (subsidies, Law 34/1998), Cap. II
(information activities), Cap. III (trainings) and the partnerships of a plan, each in a seeded form, with the
expected rows. Money is in lei in the expectations whatever the table prints."""
from __future__ import annotations

from make_variants import El, bullet, h, p, table

from . import pools
from .fmt import Money, code_spelling, date_ro, group
from .services import Ctx

__all__ = ["contracting", "subsidies", "information", "trainings", "partnerships"]


def _note(money: Money) -> list[El]:
    return [p(money.note)] if money.note else []


def _nr(rnd) -> tuple[bool, str]:
    return rnd.random() < 0.8, rnd.choice(pools.H_NR)


def contracting(ctx: Ctx) -> tuple[list[El], list[dict], list[dict]]:
    """(elements incl. the section title, expected procurements, expected totals)."""
    rnd = ctx.rnd
    if rnd.random() < 0.2:
        return [h(ctx.section("contracting")), p(rnd.choice(["Nu este cazul.", "NU ESTE CAZUL"]))], [], []
    money = Money.pick(rnd, ctx.unit if rnd.random() < 0.5 else "lei", 1)
    has_nr, nr_label = _nr(rnd)
    gold: list[dict] = []
    if rnd.random() < 0.25:  # non-refundable financing under Law 350/2005: no CPV, a sum per programme
        title = ctx.section("grants")
        cols = (["nr"] if has_nr else []) + ["object", "value"] + (["source"] if rnd.random() < 0.5 else [])
        hdr = {"nr": nr_label, "object": rnd.choice(pools.H_GRANT_OBJECT),
               "value": rnd.choice(pools.H_GRANT_VALUE) + money.header_suffix, "source": "Sursa de finanțare"}
        rows = [[hdr[c] for c in cols]]
        for i in range(1, rnd.randint(1, 3) + 1):
            obj = f"Servicii sociale pentru {rnd.choice(pools.BENEF_CATEGORIES).lower()} – {rnd.choice(['proiecte ale ONG', 'sesiune de finanțare', 'program anual'])}"
            v = money.lei_value(rnd, 20_000, 400_000)
            rows.append([{"nr": f"{i}.", "object": obj, "value": money.cell(v), "source": "Buget local"}[c] for c in cols])
            gold.append(dict(row_no_raw=f"{i}." if has_nr else "", contract_object=obj, estimated_value_lei=v,
                             funding_source="Buget local" if "source" in cols else ""))
        return [h(title)] + _note(money) + [table(rows)], gold, []
    title = ctx.section("contracting")
    cols = (["nr"] if has_nr else []) + ["object", "cpv", "value"]
    if rnd.random() < 0.6:
        cols.append("source")
    if rnd.random() < 0.6:
        cols.append("procedure")
    if rnd.random() < 0.3:
        cols.append("date")
    if rnd.random() < 0.3:  # CPV before the object
        i = cols.index("cpv")
        cols[i - 1], cols[i] = cols[i], cols[i - 1]
    hdr = {"nr": nr_label, "object": rnd.choice(pools.H_PROC_OBJECT), "cpv": rnd.choice(pools.H_PROC_CPV),
           "value": rnd.choice(pools.H_PROC_VALUE) + money.header_suffix, "source": rnd.choice(pools.H_PROC_SOURCE),
           "procedure": rnd.choice(pools.H_PROC_PROCEDURE), "date": rnd.choice(pools.H_PROC_DATES)}
    rows = [[hdr[c] for c in cols]]
    for i, (obj, cpv, _svc) in enumerate(rnd.sample(pools.PROCUREMENT, rnd.randint(1, 4)), 1):
        v = money.lei_value(rnd, 10_000, 900_000)
        src, proc = rnd.choice(pools.FUNDING), rnd.choice(pools.PROCEDURES)
        cpv_cell = rnd.choice([cpv, cpv, cpv.replace("-", " - "), f"{cpv[:8]}-{cpv[-1]}"])
        cell = {"nr": f"{i}.", "object": obj, "cpv": cpv_cell, "value": money.cell(v), "source": src,
                "procedure": proc, "date": rnd.choice(["trim. I", "trim. II", f"martie {ctx.year}", f"01.{rnd.randint(2, 9):02d}.{ctx.year}"])}
        rows.append([cell[c] for c in cols])
        gold.append(dict(row_no_raw=f"{i}." if has_nr else "", contract_object=obj, cpv_code=cpv,
                         estimated_value_lei=v, funding_source=src if "source" in cols else "",
                         procedure=proc if "procedure" in cols else ""))
    return [h(title)] + _note(money) + [table(rows)], gold, []


def subsidies(ctx: Ctx) -> tuple[list[El], list[dict], list[dict]]:
    rnd = ctx.rnd
    title = ctx.section("subsidies")
    if rnd.random() < 0.3:
        return [h(title), p(rnd.choice(["Nu este cazul.", "NU ESTE CAZUL"]))], [], []
    money = Money.pick(rnd, "lei", 1)
    has_nr, nr_label = _nr(rnd)
    cols = (["nr"] if has_nr else []) + (["assoc"] if rnd.random() < 0.4 else []) + ["unit", "code", "amount"]
    hdr = {"nr": nr_label, "assoc": rnd.choice(pools.H_SUB_ASSOC), "unit": rnd.choice(pools.H_SUB_UNIT),
           "code": rnd.choice(pools.H_SUB_CODE), "amount": rnd.choice(pools.H_SUB_AMOUNT) + money.header_suffix}
    rows = [[hdr[c] for c in cols]]
    gold, total = [], 0
    svcs = rnd.sample([s for s in pools.nomenclator() if s.setting in ("de_zi", "la_domiciliu")], rnd.randint(1, 3))
    for i, svc in enumerate(svcs, 1):
        assoc = f"Asociația {ctx.nickname()}"
        unit = f"{svc.name} al Asociației {assoc.split(' ', 1)[1]}" if "assoc" not in cols and rnd.random() < 0.5 else svc.name
        v = money.lei_value(rnd, 10_000, 300_000)
        total += v
        cell = {"nr": f"{i}.", "assoc": assoc, "unit": unit, "code": code_spelling(rnd, svc.code), "amount": money.cell(v)}
        rows.append([cell[c] for c in cols])
        gold.append(dict(row_no_raw=f"{i}." if has_nr else "", unit_name=unit, service_code=svc.code, amount_lei=v))
    els = [h(title)]
    if rnd.random() < 0.5:
        els.append(p("1. Serviciile sociale eligibile pentru a primi subvenții de la bugetul local:"))
    els += _note(money)
    els.append(table(rows))
    totals = []
    if rnd.random() < 0.6:
        els.append(p(rnd.choice([f"Bugetul estimat al programului de subvenționare: {group(total)} lei.",
                                 f"3. Bugetul estimat al programului de subvenționare este de {group(total)},00 lei."])))
        totals.append(dict(scope="budget subsidies", amount=total, unit="lei"))
    return els, gold, totals


def information(ctx: Ctx) -> list[El]:
    """Cap. II (the activities dataset has no expected values here: the scorer does not read it)."""
    rnd = ctx.rnd
    acts = rnd.sample(pools.INFO_ACTIVITIES, rnd.randint(1, 3))
    if rnd.random() < 0.5:
        return [h(rnd.choice(pools.S_CHAPTER2))] + [p(f"{i}. {a} - {rnd.choice(['trimestrial', 'lunar', 'anual'])}.")
                                                     for i, a in enumerate(acts, 1)]
    rows = [["Nr. crt.", "Activitatea", "Perioada", "Buget estimat"]]
    rows += [[f"{i}.", a, rnd.choice(["trimestrial", f"anul {ctx.year}", "permanent"]), "-"] for i, a in enumerate(acts, 1)]
    return [h(rnd.choice(pools.S_CHAPTER2)), table(rows)]


def trainings(ctx: Ctx) -> tuple[list[El], list[dict], list[dict]]:
    rnd = ctx.rnd
    els = [h(rnd.choice(pools.S_CHAPTER3))]
    money = Money.pick(rnd, "lei", 1)
    staff_h, pers_h, bud_h = (rnd.choice(pools.H_TR_STAFF), rnd.choice(pools.H_TR_PERSONS),
                              rnd.choice(pools.H_TR_BUDGET) + money.header_suffix)
    kinds = [k for k in ("perfectionare", "calificare", "instruire") if k == "perfectionare" or rnd.random() < 0.6]
    gold, totals = [], []
    if rnd.random() < 0.3:  # one table, the kind in a column
        kind_h = rnd.choice(pools.H_TR_KIND)
        rows = [["Nr. crt.", staff_h, kind_h, pers_h, bud_h]]
        i = 0
        for k in kinds:
            for staff in rnd.sample(pools.STAFF, rnd.randint(1, 2)):
                i += 1
                n, v = rnd.randint(1, 30), rnd.randint(2, 80) * 100
                rows.append([f"{i}.", staff, rnd.choice(pools.TRAINING_KIND_CELL[k]), str(n), money.cell(v)])
                gold.append(dict(training_kind=k, row_no_raw=f"{i}.", staff_category=staff, persons=n, budget_lei=v))
        return els + _note(money) + [table(rows)], gold, totals
    els += _note(money)
    els.append(p(rnd.choice(["1. Propuneri de activități de formare profesională continuă:",
                             "Activități de formare profesională propuse:"])))
    style = rnd.randrange(len(pools.TRAINING_SUBHEADS["perfectionare"]))  # one form of a)–c) per document
    for k in kinds:
        els.append(p(pools.TRAINING_SUBHEADS[k][style]))
        rows = [["Nr. crt.", staff_h, pers_h, bud_h]]
        sp = sb = 0
        for i, staff in enumerate(rnd.sample(pools.STAFF, rnd.randint(1, 3)), 1):
            n, v = rnd.randint(1, 30), rnd.randint(2, 80) * 100
            sp, sb = sp + n, sb + v
            rows.append([f"{i}.", staff, str(n), money.cell(v)])
            gold.append(dict(training_kind=k, row_no_raw=f"{i}.", staff_category=staff, persons=n, budget_lei=v))
        if rnd.random() < 0.4:
            rows.append(["", "TOTAL", str(sp), money.cell(sb)])
            totals.append(dict(scope=f"trainings {k} TOTAL", amount=sb, unit="lei"))
        els.append(table(rows))
    return els, gold, totals


def _partner(ctx: Ctx, used: set[str]) -> str:
    rnd = ctx.rnd
    while True:
        name = rnd.choice(pools.PARTNER_KINDS).format(nick=rnd.choice(pools.NICKNAMES), town=ctx.place_name,
                                                     county=ctx.county, n=rnd.randint(1, 9))
        if name not in used:
            used.add(name)
            return name


def partnerships(ctx: Ctx, forms: tuple[str, ...] = ("list", "bullets", "table", "sentences")) -> tuple[list[El], list[dict]]:
    rnd = ctx.rnd
    n = rnd.randint(1, 5)
    form = rnd.choice(forms)
    used: set[str] = set()
    items = []
    for _ in range(n):
        kind = rnd.choice(list(pools.AGREEMENTS))
        number = str(rnd.randint(5, 999)) if rnd.random() < 0.7 else group(rnd.randint(1000, 19999))
        date_raw, date_iso = date_ro(rnd, ctx.year - 4, ctx.year - 1)
        items.append((kind, rnd.choice(pools.AGREEMENTS[kind]), number, date_raw, date_iso, _partner(ctx, used)))
    gold = [dict(agreement_type=k, number_raw=num, date_signed=iso, partner=partner)
            for k, _printed, num, _d, iso, partner in items]
    els: list[El] = [h(rnd.choice(pools.S_PARTNERS))]
    if form == "list":
        sep = rnd.choice([" - ", " – ", " cu "])
        for i, (k, printed, num, d, iso, partner) in enumerate(items, 1):
            els.append(p(f"{i}. {printed} nr. {num}/{d}{sep}{partner};"))
    elif form == "bullets":
        for k, printed, num, d, iso, partner in items:
            els.append(bullet(f"{partner} - {printed.lower()} nr. {num}/{d};"))
    elif form == "table":
        rows = [["Nr. crt.", "Tipul actului", "Număr și dată", "Partener", "Obiectul colaborării"]]
        if rnd.random() < 0.5:
            rows = [["Nr. crt.", "Partener", "Tipul acordului", "Nr./data"]]
        for i, (k, printed, num, d, iso, partner) in enumerate(items, 1):
            obj = rnd.choice(["servicii sociale comunitare", "prevenirea abandonului școlar", "sprijin alimentar"])
            rows.append([f"{i}.", printed, f"nr. {num}/{d}", partner, obj] if len(rows[0]) == 5 else
                        [f"{i}.", partner, printed, f"{num}/{d}"])
        els.append(table(rows))
    else:
        who = rnd.choice(["Primăria", "Instituția", "Direcția"])
        for k, printed, num, d, iso, partner in items:
            acc = rnd.choice(pools.AGREEMENTS_ACC[k])
            els.append(p(rnd.choice([f"{who} are încheiat {acc} cu {partner}, nr. {num}/{d}.",
                                     f"În baza {acc.split(' ', 1)[1].replace('protocol', 'protocolului').replace('acord', 'acordului').replace('convenție', 'convenției').replace('contract', 'contractului')} nr. {num}/{d}, {partner} sprijină furnizarea serviciilor sociale."])))
    return els, gold
