"""Services tables of a plan (Cap. I A existing, B proposed) in a seeded layout, with their expected rows.

What varies per seed: header synonyms, column order, added and dropped columns, 1–3 header rows with merged
groups, the money unit and where it is written, group-heading rows, a TOTAL row (adding up or not), composite
cells (name + address, places + beneficiary category, occupancy + waiting list, provider + contacts) and the
spelling of the codes. Expected values follow docs/DATASETS.md: money in lei, canonical codes, raw kept.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from make_variants import LEFT, UP, El, p, table

from . import pools
from .fmt import Money, code_spelling, pct_cell
from .places import Town

__all__ = ["Ctx", "existing_services", "proposed_services"]


@dataclass
class Ctx:
    """What one document's tables share: the seed's generator, the place, the year and the money unit."""

    rnd: random.Random
    town: Town | None
    county: str
    year: int
    unit: str  # lei | mii lei
    county_level: bool = False  # a county council's plan: the main source is the county budget
    scheme: str = "letters"  # how the sections are named (pools.SECTIONS)
    nicknames: list[str] = field(default_factory=list)

    def nickname(self) -> str:
        left = [n for n in pools.NICKNAMES if n not in self.nicknames] or pools.NICKNAMES
        n = self.rnd.choice(left)
        self.nicknames.append(n)
        return n

    def features(self) -> random.Random:
        """A generator for features added after the families were first scored, seeded from the document's facts
        (never drawn from ``rnd``): adding them leaves every other draw of the seed as it was."""
        return random.Random(f"{self.county}|{self.place_name}|{self.year}|{self.unit}|{len(self.nicknames)}")

    def section(self, key: str) -> str:
        return self.rnd.choice(pools.SECTIONS[self.scheme][key]).format(year=self.year)

    @property
    def place_name(self) -> str:
        return self.town.name if self.town else self.county


def _service_name(ctx: Ctx, svc: pools.Service) -> str:
    r = ctx.rnd.random()
    if r < 0.45:
        return f"{svc.name} „{ctx.nickname()}”"
    if r < 0.8:
        return f"{svc.name} {ctx.place_name}"
    return svc.name


def _pick_services(ctx: Ctx, n: int) -> list[pools.Service]:
    nom = pools.nomenclator()
    chosen = ctx.rnd.sample(list(nom), n)
    order = list(pools.GROUPS)
    return sorted(chosen, key=lambda s: order.index(s.setting))


def _phone(rnd: random.Random) -> str:
    return f"02{rnd.randint(30, 69)} {rnd.randint(100, 999)} {rnd.randint(100, 999)}"


def _address(ctx: Ctx) -> str:
    return f"{ctx.rnd.choice(pools.STREETS)} nr. {ctx.rnd.randint(1, 120)}"


def existing_services(ctx: Ctx) -> tuple[list[El], list[dict], list[dict], dict]:
    """Section A: (elements, expected service rows, expected totals, facts {unit})."""
    rnd = ctx.rnd
    n = rnd.randint(3, 9) if not ctx.county_level else rnd.randint(6, 14)
    services = _pick_services(ctx, n)

    # ---- columns
    sources = ["county"] if ctx.county_level else ["local"]
    for s in ("county", "state", "beneficiaries", "other"):
        if s not in sources and rnd.random() < 0.45:
            sources.append(s)
    order = ["local", "county", "state", "beneficiaries", "other"]
    sources.sort(key=order.index)
    cap_mode = rnd.choice(["plain", "plain", "locuri", "category"] + ([] if ctx.county_level else ["none"]))
    occ_mode = rnd.choice(["pct_header", "pct_cell", "count", "waiting", "none"])
    provider = rnd.random() < (0.5 if ctx.county_level else 0.2)
    provider_contacts = provider and rnd.random() < 0.6
    name_address = rnd.random() < 0.2
    has_nr = rnd.random() < 0.85
    extras = rnd.sample(pools.H_EXTRA, rnd.choice([0, 0, 1, 2]))
    cols: list[str] = (["nr"] if has_nr else [])
    ident = ["code", "name"] if rnd.random() < 0.35 else ["name", "code"]
    cols += ident
    if provider:
        cols.insert(len(cols) - (1 if rnd.random() < 0.5 else 0), "provider")
    if cap_mode != "none":
        cols.append("capacity")
    if occ_mode != "none":
        cols.append("occupancy")
    for x in extras:
        cols.insert(rnd.randint(len(cols) - 1, len(cols)), "extra:" + x)
    budget_first = len(cols)
    cols += ["src:" + s for s in sources]
    if rnd.random() < 0.3:
        cols.append("extra:" + rnd.choice(["Observații", "Indicatori de rezultat"]))

    header_rows = 1 if len(sources) == 1 else rnd.choice([1, 2, 2] + ([3] if len(sources) >= 3 else []))
    money = Money.pick(rnd, ctx.unit, header_rows)

    # ---- header
    def label(c: str) -> str:
        if c == "nr":
            return rnd.choice(pools.H_NR)
        if c == "name":
            return rnd.choice(pools.H_NAME)
        if c == "code":
            return rnd.choice(pools.H_CODE)
        if c == "provider":
            return rnd.choice(pools.H_PROVIDER[2:] if provider_contacts else pools.H_PROVIDER[:2])
        if c == "capacity":
            return rnd.choice(pools.H_CAPACITY_CATEGORY if cap_mode == "category" else pools.H_CAPACITY)
        if c == "occupancy":
            return rnd.choice({"pct_header": pools.H_OCC_PCT, "pct_cell": pools.H_OCC_PCT_CELL,
                               "count": pools.H_BENEFICIARIES, "waiting": pools.H_OCC_WAITING}[occ_mode])
        if c.startswith("extra:"):
            return c[6:]
        src = c[4:]
        text = rnd.choice(pools.H_SOURCES[src])
        return text + (money.header_suffix if money.where == "each" else "")

    labels = [label(c) for c in cols]
    nb = len(sources)
    group_label = rnd.choice(pools.H_BUDGET_GROUP) + (f" ({ctx.unit})" if money.where == "group" else "")
    if header_rows == 1:
        header = [labels]
    elif header_rows == 2:
        header = [[labels[i] if i < budget_first or i >= budget_first + nb else
                   (group_label if i == budget_first else LEFT) for i in range(len(cols))],
                  [UP if i < budget_first or i >= budget_first + nb else labels[i] for i in range(len(cols))]]
    else:
        public = [s for s in sources if s in ("local", "county", "state")]
        k = len(public) or 1
        row1 = []
        for i in range(len(cols)):
            if i < budget_first or i >= budget_first + nb:
                row1.append(UP)
            elif i == budget_first:
                row1.append("Surse publice" if public else "Alte surse")
            elif i == budget_first + k and k < nb:
                row1.append("Surse private")
            else:
                row1.append(LEFT)
        header = [header_rows_top(labels, cols, budget_first, nb, group_label), row1,
                  [UP if i < budget_first or i >= budget_first + nb else labels[i] for i in range(len(cols))]]

    # ---- body
    body: list[list[str]] = []
    gold: list[dict] = []
    sums = {s: 0 for s in sources}
    stated = {s: False for s in sources}
    groups = rnd.random() < 0.5
    group_merged = rnd.random() < 0.5
    current_group = None
    category = None
    nr = 0
    service_rows: list[int] = []  # where each service's row is in the body
    for svc in services:
        if groups and svc.setting != current_group:
            current_group = svc.setting
            category = rnd.choice(pools.GROUPS[svc.setting])
            if group_merged:
                body.append([category] + [LEFT] * (len(cols) - 1))
            else:
                row = [""] * len(cols)
                row[cols.index("name")] = category
                body.append(row)
        nr += 1
        name = _service_name(ctx, svc)
        name_cell = name + (f", {_address(ctx)}" + (f", tel. {_phone(rnd)}" if rnd.random() < 0.5 else "")
                            if name_address else "")
        code_raw = code_spelling(rnd, svc.code)
        cap = rnd.randint(8, 250) if svc.setting != "la_domiciliu" or rnd.random() < 0.8 else None
        g = dict(section="existing", row_no_raw=f"{nr}." if has_nr else "", category=category if groups else "",
                 provider_raw="", service_name=name, code_raw=code_raw, service_code=svc.code,
                 capacity=cap, capacity_raw="", beneficiaries=None, occupancy_pct=None, occupancy_raw="")
        row: list[str] = []
        for c in cols:
            if c == "nr":
                row.append(f"{nr}.")
            elif c == "name":
                row.append(name_cell)
            elif c == "code":
                row.append(code_raw)
            elif c == "provider":
                prov = (f"Asociația {ctx.nickname()}" if rnd.random() < 0.3 else
                        ("DGASPC " + ctx.county if ctx.county_level else f"Primăria {ctx.town.genitive}"))
                g["provider_raw"] = prov
                row.append(prov + (f", {_address(ctx)}, tel. {_phone(rnd)}, e-mail: contact@"
                                   f"{ctx.place_name.lower().replace(' ', '')[:12]}.ro" if provider_contacts else ""))
            elif c == "capacity":
                if cap is None:
                    row.append("-")
                elif cap_mode == "plain":
                    row.append(str(cap))
                elif cap_mode == "locuri":
                    row.append(f"{cap} locuri")
                else:
                    row.append(f"{cap} locuri / {rnd.choice(pools.BENEF_CATEGORIES)}")
                g["capacity_raw"] = row[-1]
            elif c == "occupancy":
                pct = round(rnd.uniform(45, 100), 1)
                if occ_mode == "pct_header":
                    row.append(pct_cell(pct, sign=False))
                    g["occupancy_pct"] = pct
                elif occ_mode == "pct_cell":
                    row.append(pct_cell(pct, sign=True))
                    g["occupancy_pct"] = pct
                elif occ_mode == "waiting":
                    pct = float(rnd.randint(60, 100))
                    row.append(f"{pct_cell(pct, sign=True)} / {rnd.randint(1, 12)} cereri în așteptare")
                    g["occupancy_pct"] = pct
                else:
                    b = rnd.randint(5, cap or 200)
                    row.append(str(b))
                    g["beneficiaries"] = b
                g["occupancy_raw"] = row[-1]
            elif c.startswith("extra:"):
                row.append(_extra_cell(ctx, c[6:]))
            else:
                src = c[4:]
                main = src == ("county" if ctx.county_level else "local")
                if main or rnd.random() < 0.4:
                    v = money.lei_value(rnd, 20_000 if main else 5_000, 2_500_000 if ctx.county_level else 900_000)
                    row.append(money.cell(v))
                    g[pools.SOURCE_FIELD[src]] = v
                    sums[src] += v
                    stated[src] = True
                else:
                    row.append(rnd.choice(["-", ""]))
        if cap is None and cap_mode != "none":
            g["capacity"] = None
        if cap_mode == "none":
            g["capacity"] = None
        body.append(row)
        service_rows.append(len(body) - 1)
        gold.append(g)

    totals: list[dict] = []
    if rnd.random() < 0.55:
        adds_up = rnd.random() < 0.75
        row = [""] * len(cols)
        label_text = rnd.choice(["TOTAL", "Total", "TOTAL GENERAL"])
        if has_nr and rnd.random() < 0.5:
            row[0] = label_text
            row[1] = LEFT
            if cols[2:3] and cols[2] in ("code", "name"):
                row[2] = LEFT
        else:
            row[cols.index("name")] = label_text
        broken = rnd.choice([s for s in sources if stated[s]] or sources) if not adds_up else None
        for s in sources:
            if not stated[s]:
                row[cols.index("src:" + s)] = "-"
                continue
            amount = sums[s] + (1000 if s == broken else 0)
            row[cols.index("src:" + s)] = money.cell(amount)
            totals.append(dict(scope=f"services existing TOTAL {s}", amount=amount, unit="lei",
                               matches=s != broken))
        body.append(row)

    # ---- round-5 features, drawn from a generator of their own so that every draw above (and the rest of the
    # document) stays what it was for the seed: a table of one or two services under an unknown name header, a
    # header cell citing a year ('Nr. beneficiari asistați în 2024')
    extra = ctx.features()
    if extra.random() < 0.15 and len(service_rows) > 2:
        keep = extra.choice([1, 2])
        body = body[:service_rows[keep - 1] + 1]
        gold = gold[:keep]
        totals = []
        if not extras and extra.random() < 0.6:
            header = [[extra.choice(pools.H_NAME_UNKNOWN) if c == "name" and cell not in (UP, LEFT) else cell
                       for c, cell in zip(cols, hrow)] for hrow in header]
    if occ_mode == "count" and extra.random() < 0.4:
        asked = extra.choice(pools.H_BENEFICIARIES_YEAR).format(year=ctx.year - 1)
        header = [[asked if c == "occupancy" and cell not in (UP, LEFT) else cell for c, cell in zip(cols, hrow)]
                  for hrow in header]

    els: list[El] = []
    if money.where == "paragraph":
        els.append(p(rnd.choice([f"Sumele sunt exprimate în {ctx.unit}.", f"Valori în {ctx.unit}.",
                                 f"(sumele în {ctx.unit})"])))
    widths = [0.7 if c == "nr" else 3 if c in ("name", "provider") else 1.4 if c == "code" else 1.2 for c in cols]
    els.append(table(header + body, header_rows=header_rows, widths=widths))
    return els, gold, totals, {"unit": ctx.unit}


def header_rows_top(labels, cols, budget_first, nb, group_label) -> list[str]:
    return [labels[i] if i < budget_first or i >= budget_first + nb else
            (group_label if i == budget_first else LEFT) for i in range(len(cols))]


def _extra_cell(ctx: Ctx, header: str) -> str:
    rnd = ctx.rnd
    if header == "Locația":
        return _address(ctx)
    if header == "Nr. licență de funcționare":
        return f"L{rnd.randint(100, 9999)}/{ctx.year - rnd.randint(1, 4)}"
    if header == "Personal (nr. posturi)":
        return str(rnd.randint(2, 30))
    if header == "Tip serviciu (public/privat)":
        return rnd.choice(["public", "privat"])
    if header == "Indicatori de rezultat":
        return rnd.choice(["menținerea capacității", "creșterea gradului de ocupare", "-"])
    return rnd.choice(["-", "", "în funcțiune", "licențiat"])


def proposed_services(ctx: Ctx) -> tuple[list[El], list[dict], dict]:
    """Section B: (elements, expected rows, facts). Sometimes 'Nu este cazul.' (no rows)."""
    rnd = ctx.rnd
    if rnd.random() < 0.25:
        return [p(rnd.choice(["Nu este cazul.", "NU ESTE CAZUL", "Nu se propun servicii noi în acest an."]))], [], {}
    n = rnd.randint(1, 3)
    services = _pick_services(ctx, n)
    money = Money.pick(rnd, ctx.unit, 1)
    has_nr = rnd.random() < 0.6
    cols = (["nr"] if has_nr else []) + (["name", "code"] if rnd.random() < 0.7 else ["code", "name"])
    cols += ["category", "capacity", "budget"]
    extra = rnd.sample(pools.H_PROPOSED_EXTRA, rnd.choice([0, 1, 2]))
    for x in extra:
        cols.insert(rnd.randint(len(cols) - 3, len(cols)), "extra:" + x)
    hdr = {"nr": rnd.choice(pools.H_NR), "name": rnd.choice(pools.H_NAME), "code": rnd.choice(pools.H_CODE),
           "category": rnd.choice(pools.H_PROPOSED_CATEGORY), "capacity": rnd.choice(pools.H_PROPOSED_CAPACITY),
           "budget": rnd.choice(pools.H_PROPOSED_BUDGET) + money.header_suffix}
    rows = [[hdr.get(c, c[6:]) for c in cols]]
    gold = []
    for i, svc in enumerate(services, 1):
        name = _service_name(ctx, svc)
        code_raw = code_spelling(rnd, svc.code)
        cap = rnd.randint(10, 60)
        v = money.lei_value(rnd, 30_000, 600_000)
        row = []
        for c in cols:
            row.append({"nr": f"{i}.", "name": name, "code": code_raw, "category": rnd.choice(pools.BENEF_CATEGORIES),
                        "capacity": str(cap), "budget": money.cell(v)}.get(c) or
                       {"Spațiu necesar": "clădire existentă, reabilitată", "Personal necesar": f"{rnd.randint(3, 12)} posturi",
                        "Justificare": "nevoie identificată în strategia locală",
                        "Termen de înființare": f"trim. {rnd.randint(1, 4)} {ctx.year}"}.get(c[6:], "-"))
        rows.append(row)
        gold.append(dict(section="proposed", row_no_raw=f"{i}." if has_nr else "", service_name=name, code_raw=code_raw,
                         service_code=svc.code, capacity=cap,
                         **{("budget_county_lei" if ctx.county_level else "budget_local_lei"): v}))
    if ctx.county_level:
        rows[0][cols.index("budget")] = rows[0][cols.index("budget")].replace("Buget local", "Buget județean").replace(
            "bugetul local", "bugetul județean").replace("Bugetul local", "Bugetul județean")
    els = [p(money.note)] if money.note else []
    els.append(table(rows, widths=[0.7 if c == "nr" else 3 if c == "name" else 1.4 if c == "code" else 1.2
                                   for c in cols]))
    return els, gold, {}
