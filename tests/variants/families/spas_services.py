"""The ``plan_town_spas`` family's services: the existing services (section A) and the proposed ones (B)."""
from __future__ import annotations

from make_variants import LEFT, UP, El, h, p, table

from .fmt import code_spelling, group
from .spas_base import ASSOCIATIONS, CATEGORIES, MONTHS, SERVICES, SOURCES, STREETS, Doc, Unit, _svc_gold

# ------------------------------------------------------------------------------------------------ section A

def _existing(d: Doc, sec: dict, els: list[El], exp: dict) -> tuple[str, int]:
    """Table(s) of existing services; returns the unit of the main table and the total of the local budget."""
    r = d.rnd
    layout = r.choice(["group_rows", "split", "flat", "group_rows"])
    ncats = r.randint(2, 4)
    cats = r.sample(list(CATEGORIES), ncats)
    sources = ["budget_local_lei"] + [s for s in ("budget_state_lei", "budget_beneficiaries_lei", "budget_other_lei")
                                      if r.random() < 0.45]
    single_budget = len(sources) == 1 and r.random() < 0.6  # one "lei/an" column
    unit = Unit(r)
    if single_budget:
        unit.unit, unit.where, unit.word, unit.decimals = "lei", "cells", "lei/an", r.random() < 0.6
    cap_style = r.choice(["number", "composite", "places"])
    occ_style = r.choice(["pct", "count_pct", "count", "none"])
    code_where = r.choice(["column", "column", "column", "name"])
    provider = r.random() < 0.45
    extra = r.choice([None, "location", "licence"])
    nr = r.random() < 0.85
    code_first = r.random() < 0.4
    total_row = layout != "split" and r.random() < 0.7
    dot = "." if r.random() < 0.8 else ""  # row numbers "1." or "1"
    spanning_groups = r.random() < 0.6  # a group row merged across the table, or its text in the name column

    src_headers = {s: r.choice(SOURCES[s]) for s in sources}
    # columns: list of (key, header)
    cols: list[tuple[str, str]] = []
    if nr:
        cols.append(("nr", r.choice(["Nr. crt.", "Nr.", "Nr. crt"])))
    name_h = r.choice(["Denumirea serviciului social", "Serviciul social", "Denumire serviciu social",
                       "Denumirea serviciului social și locația"]) if extra != "location" else \
        r.choice(["Denumirea serviciului social", "Serviciul social"])
    code_h = r.choice(["Cod serviciu social", "Codul serviciului (conform Nomenclatorului)", "Cod nomenclator",
                       "Cod serviciu conform H.G. nr. 867/2015"])
    if code_where == "column" and code_first:
        cols.append(("code", code_h))
    cols.append(("name", name_h))
    if code_where == "column" and not code_first:
        cols.append(("code", code_h))
    if provider:
        cols.append(("provider", r.choice(["Denumire furnizor și date de contact", "Furnizorul serviciului (date de contact)",
                                           "Furnizor / adresă / telefon / e-mail"])))
    if extra == "location":
        cols.append(("extra", r.choice(["Locația", "Adresa sediului"])))
    if cap_style == "composite":
        cols.append(("cap", r.choice(["Capacitate / categoria de beneficiari", "Capacitatea și categoria beneficiarilor"])))
    else:
        cols.append(("cap", r.choice(["Capacitate", "Nr. locuri", "Capacitate (nr. locuri)"])))
    if occ_style == "pct":
        cols.append(("occ", r.choice(["Grad de ocupare", "Grad de ocupare (%)"])))
    elif occ_style == "count_pct":
        cols.append(("occ", r.choice(["Grad de ocupare (nr. beneficiari / %)", "Beneficiari / grad de ocupare"])))
    elif occ_style == "count":
        cols.append(("occ", r.choice(["Nr. beneficiari", "Număr beneficiari la 31.12." + str(d.year - 1),
                                      "Beneficiari asistați"])))
    if extra == "licence":
        cols.append(("extra", r.choice(["Licență de funcționare", "Nr. licență"])))
    budget_start = len(cols)
    for s in sources:
        cols.append((s, src_headers[s]))
    two_rows = len(sources) > 1 and r.random() < 0.75
    group_h = r.choice(["Bugetul estimat pe surse de finanțare", "Buget estimat " + str(d.year),
                        "Surse de finanțare"])
    if single_budget:
        cols[budget_start] = ("budget_local_lei", r.choice([f"Buget estimat {d.year}", "Finanțare din bugetul local",
                                                             "Cost anual estimat (buget local)"]))
    # "Buget estimat N" names no funding source: the amount is stated, its source is not
    unsourced = single_budget and cols[budget_start][1] == f"Buget estimat {d.year}"
    if two_rows:
        gh = group_h + (f" ({unit.unit})" if unit.where in ("group", "header") else "")
        h1 = [c[1] for c in cols[:budget_start]] + [gh] + [LEFT] * (len(sources) - 1)
        h2 = [UP] * budget_start + [c[1] for c in cols[budget_start:]]
        header = [h1, h2]
    else:
        if unit.where == "group":
            unit.where = "header"
        header = [[unit.header(c[1]) if i >= budget_start and not single_budget else c[1]
                   for i, c in enumerate(cols)]]
    ncol = len(cols)

    def svc_rows(cat: str, k: int, counter: list[int], category: str | None) -> tuple[list[list[str]], list[dict]]:
        rows, golds = [], []
        for code, tmpl, (lo, hi) in r.sample(SERVICES[cat], k):
            counter[0] += 1
            name = d.fill(tmpl)
            cap = r.randint(lo, hi)
            benef = max(1, min(int(cap * r.uniform(0.6, 1.15)), cap + 10))
            pct = round(benef * 100 / cap, 1)
            code_raw = code_spelling(r, code)
            g = {"row_no_raw": f"{counter[0]}." if nr else None, "category": category, "capacity": cap}
            cells = {}
            cells["nr"] = f"{counter[0]}{dot}"
            g["row_no_raw"] = cells["nr"] if nr else None
            if code_where == "column":
                cells["name"] = name
                cells["code"] = code_raw
            else:
                cells["name"] = f"{name} ({r.choice(['cod ', ''])}{code_raw})"
            if provider:
                own = r.random() < 0.8
                prov = d.printed if own else d.fill(r.choice(ASSOCIATIONS))
                cells["provider"] = f"{prov}, {d.contacts()}"
                g["provider_raw"] = prov
            if extra == "location":
                cells["extra"] = f"{r.choice(STREETS)} nr. {r.randint(1, 90)}"
            elif extra == "licence":
                cells["extra"] = f"nr. {r.randint(100, 9999)}/{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.randint(d.year - 5, d.year - 1)}"
            if cap_style == "composite":
                cells["cap"] = f"{cap} {r.choice(['locuri', 'beneficiari', 'locuri'])} / {r.choice(CATEGORIES[cat][1])}"
            elif cap_style == "places":
                cells["cap"] = f"{cap} locuri" if r.random() < 0.5 else str(cap)
            else:
                cells["cap"] = str(cap)
            if occ_style == "pct":
                cells["occ"] = f"{pct:.1f}".replace(".", ",").replace(",0", "") + "%"
                g["occupancy_pct"] = pct
            elif occ_style == "count_pct":
                cells["occ"] = f"{benef} beneficiari ({str(pct).replace('.', ',').replace(',0', '')}%)"
                g["occupancy_pct"], g["beneficiaries"] = pct, benef
            elif occ_style == "count":
                cells["occ"] = str(benef)
                g["beneficiaries"] = benef
            raw = []
            for s in sources:
                lo_b, hi_b = {"budget_local_lei": (40_000, 900_000), "budget_state_lei": (20_000, 400_000),
                              "budget_beneficiaries_lei": (5_000, 90_000), "budget_other_lei": (10_000, 150_000)}[s]
                if s != "budget_local_lei" and r.random() < 0.3:
                    cells[s] = r.choice(["-", "", "–"])
                    raw.append(cells[s])
                    continue
                v = unit.amount(r, lo_b, hi_b)
                cells[s] = unit.cell(v)
                raw.append(cells[s])
                if not unsourced:  # a budget column naming no source states no source (DATASETS.md: no guess)
                    g[s] = v
            g["budget_raw"] = " | ".join(raw)
            rows.append([cells.get(c[0], "") for c in cols])
            golds.append(_svc_gold("existing", name, code_raw, code, **g))
        return rows, golds

    if sec["chapter1"]:
        els.append(h(sec["chapter1"]))
    els.append(h(sec["A"]))
    if r.random() < 0.5:
        els.append(p(r.choice([
            f"{d.printed} administrează în anul {d.year} următoarele servicii sociale licențiate:",
            f"La nivelul {d.town.genitive} funcționează următoarele servicii sociale, finanțate din bugetul local:",
            "Serviciile sociale existente, capacitatea și bugetul estimat pe surse de finanțare sunt prezentate mai jos."])))
    counter = [0]
    golds: list[dict] = []
    n_per = {c: r.randint(1, 3) for c in cats}
    sums = {s: 0 for s in sources}
    if layout == "split":
        for i, cat in enumerate(cats):
            heading = r.choice(CATEGORIES[cat][0])
            prefix = r.choice(["", f"{i + 1}. ", f"{'ABCDEFG'[i]}) "])
            els.append(h(prefix + heading))
            ab = unit.above(r) if i == 0 or r.random() < 0.5 else None
            if ab:
                els.append(ab)
            rows, gs = svc_rows(cat, n_per[cat], counter, heading)
            els.append(table(header + rows, header_rows=len(header)))
            golds += gs
    else:
        ab = unit.above(r)
        if ab:
            els.append(ab)
        body: list[list[str]] = []
        for cat in cats:
            category = None
            if layout == "group_rows":
                category = r.choice(CATEGORIES[cat][0])
                if spanning_groups:
                    body.append([category] + [LEFT] * (ncol - 1))
                else:  # the heading in the name column, the other cells empty
                    body.append(["" if c[0] != "name" else category for c in cols])
            rows, gs = svc_rows(cat, n_per[cat], counter, category)
            body += rows
            golds += gs
        if total_row:
            for g in golds:
                for s in sources:
                    sums[s] += g.get(s) or 0
            tr = [""] * ncol
            label_col = 0 if nr else [c[0] for c in cols].index("name")
            tr[label_col] = r.choice(["TOTAL", "Total", "TOTAL GENERAL", "Total servicii existente"])
            for s in sources:
                tr[[c[0] for c in cols].index(s)] = unit.cell(sums[s])
                exp["totals"].append({"scope": f"TOTAL servicii existente {s}", "amount": sums[s], "unit": "lei",
                                      "raw": unit.cell(sums[s])})
            body.append(tr)
        els.append(table(header + body, header_rows=len(header)))
    if layout == "split" and r.random() < 0.6:
        tot = sum(g.get("budget_local_lei") or 0 for g in golds)
        els.append(p(f"Totalul bugetului local alocat serviciilor sociale existente: {group(tot)} lei."))
        exp["totals"].append({"scope": "total buget local servicii existente", "amount": tot, "unit": "lei",
                              "raw": f"{group(tot)} lei"})
    exp["services"] += golds
    return unit.unit, sum(g.get("budget_local_lei") or 0 for g in golds)


# ------------------------------------------------------------------------------------------------ section B

def _proposed(d: Doc, sec: dict, els: list[El], exp: dict) -> int:
    r = d.rnd
    els.append(h(sec["B"]))
    if r.random() < 0.25:
        els.append(p(r.choice([f"În anul {d.year} nu se propune înființarea de noi servicii sociale.",
                               "Nu este cazul.",
                               f"Pentru anul {d.year} nu sunt prevăzute servicii sociale noi."])))
        return 0
    n = r.randint(1, 3)
    term_h = r.choice(["Termen de înființare", "Termen", "Perioada estimată de înființare"])
    cols = [("nr", "Nr. crt.")] if r.random() < 0.6 else []
    cols += [("name", r.choice(["Denumirea serviciului social propus", "Serviciul social propus", "Denumire serviciu"])),
             ("code", r.choice(["Cod serviciu", "Cod serviciu social", "Codul serviciului"])),
             ("cat", r.choice(["Categoria de beneficiari", "Beneficiari"])),
             ("cap", r.choice(["Capacitate estimată", "Capacitate (nr. locuri)", "Nr. beneficiari estimat"])),
             ("term", term_h),
             ("budget", r.choice(["Buget estimat (lei)", "Valoare estimată (lei)", "Cost estimat"])),
             ("source", r.choice(["Sursa de finanțare", "Sursa fondurilor"])),
             ("just", r.choice(["Justificare", "Motivarea necesității"]))]
    if r.random() < 0.5:  # term after the budget
        i = [c[0] for c in cols].index("term")
        term = cols.pop(i)
        cols.append(term)
    rows = [[c[1] for c in cols]]
    total = 0
    pool = [(cat, s) for cat in SERVICES for s in SERVICES[cat]]
    for i, (cat, (code, tmpl, (lo, hi))) in enumerate(r.sample(pool, n), 1):
        name = d.fill(tmpl)
        cap = r.randint(lo, hi)
        source, field = r.choice([("buget local", "budget_local_lei"), ("Buget local", "budget_local_lei"),
                                  ("fonduri PNRR", "budget_other_lei"), ("buget de stat", "budget_state_lei"),
                                  ("fonduri europene nerambursabile (POIDS)", "budget_other_lei")])
        v = r.randrange(500, 9000) * 100
        vcell = group(v) + (",00" if r.random() < 0.5 else "") + (" lei" if "(lei)" not in cols[[c[0] for c in cols].index("budget")][1] else "")
        term = r.choice([f"trim. {r.choice(['II', 'III', 'IV'])} {d.year}", f"31.12.{d.year}",
                         f"{r.choice(MONTHS[3:])} {d.year}", f"semestrul {r.choice(['I', 'II'])} {d.year}"])
        capcell = r.choice([f"{cap} locuri", str(cap), f"{cap} beneficiari/zi"])
        cells = {"nr": f"{i}.", "name": name, "code": code_spelling(r, code), "cat": r.choice(CATEGORIES[cat][1]),
                 "cap": capcell, "term": term, "budget": vcell, "source": source,
                 "just": r.choice(["Nevoie identificată în urma evaluării comunitare",
                                   "Lista de așteptare a serviciului existent", "Obiectiv al strategiei locale"])}
        rows.append([cells[c[0]] for c in cols])
        total += v
        exp["services"].append(_svc_gold("proposed", name, cells["code"], code, capacity=cap,
                                         row_no_raw=cells["nr"] if cols[0][0] == "nr" else None,
                                         budget_raw=vcell, **{field: v}))
    els.append(table(rows))
    return total
