"""The services tables of a social-services strategy (``strategy.py``, through :mod:`.strategy_tables`): the
inventory of existing services (one table with group rows, one table per target group, or grouped by public /
private providers) and the services proposed for the period (a table with a column per funding source, one cost
column and a mixed source, costs per year, or a numbered list). Each writes its rows and the values it states."""
from __future__ import annotations

from dataclasses import dataclass

from .fmt import code_spelling, group
from .strategy_base import KINDS, LEFT, NICKS, TARGETS, UP, Doc, Kind, Printer, lei_sentence, towns_of

__all__ = ["Svc", "assoc", "draw_existing", "inventory", "draw_proposed", "proposed"]

_STREETS = ["Str. Mihail Kogălniceanu", "Str. Avram Iancu", "Bd. Independenței", "Str. Tudor Vladimirescu",
            "Str. Gării", "Str. Morii", "Str. Bisericii", "Calea Victoriei", "Str. Păcii", "Str. Crinului"]
_ASSOCS = ["Asociația „{a}”", "Fundația „{a}”", "Asociația {a}", "Fundația {a}", "Asociația Filantropia „{a}”"]
_ASSOC_NAMES = ["Pentru Copiii Noștri", "Sprijin și Speranță", "Casa Îngerilor", "Mâna Întinsă", "Seniorii Activi",
                "Viitor pentru Toți", "Inimi Deschise", "Zâmbet de Copil", "Sfântul Vasile", "Bucuria Darului",
                "Lumină în Suflet", "Șanse Egale"]


def assoc(d: Doc) -> str:
    return d.rnd.choice(_ASSOCS).format(a=d.rnd.choice(_ASSOC_NAMES))


@dataclass
class Svc:
    kind: Kind
    name: str
    provider: str
    public: bool
    town: str
    capacity: int | None
    beneficiaries: int
    cost: int = 0  # lei a year (inventory) or the total estimated cost (proposed)
    year: int = 0  # year of set-up (proposed)


def _nick(d: Doc, used: set[str]) -> str:
    free = [n for n in NICKS if n not in used] or NICKS
    n = d.rnd.choice(free)
    used.add(n)
    return n


def draw_existing(d: Doc) -> list[Svc]:
    rnd, a = d.rnd, d.auth
    n = {"judet": (8, 14), "municipiu": (5, 9), "oras": (3, 6), "comuna": (2, 4)}[a.level]
    level = "J" if a.level == "judet" else "L"
    kinds = [k for k in KINDS if level in k.levels] + ([k for k in KINDS if k.levels == "L"] if level == "J" else [])
    towns = towns_of(a.county) if a.level == "judet" else [a.name]
    used: set[str] = set()
    out = []
    for _ in range(rnd.randint(*n)):
        k = rnd.choice(kinds)
        town = rnd.choice(towns[:6] or [a.name])
        name = k.pattern.format(nick=_nick(d, used))
        if a.level == "judet" and rnd.random() < 0.3 or any(s.name == name for s in out):
            name += f" {town}"
        if any(s.name == name for s in out):
            continue  # one name, one row
        public = rnd.random() < (0.75 if a.level == "judet" else 0.65)
        if public:
            provider = a.author if (level in k.levels and a.level == "judet") or a.level != "judet" else \
                f"Direcția de Asistență Socială a Municipiului {town}"
        else:
            provider = assoc(d)
        cap = rnd.randint(*k.places) if rnd.random() > 0.05 else None
        ben = rnd.randint(max(1, int((cap or 40) * 0.55)), int((cap or 40) * 1.08) + 1)
        out.append(Svc(k, name, provider, public, town, cap, ben))
    return out


# a funding source in words that names one budget (the others name two sources: no field holds their amount)
_ONE_SOURCE = {"buget local": "budget_local_lei", "buget județean": "budget_county_lei"}


def _licence(d: Doc) -> str:
    rnd = d.rnd
    dt, _ = d.date(rnd.randint(d.start - 5, d.start - 1))
    return rnd.choice([f"L.F. nr. {rnd.randint(100, 9999)}/{dt}", f"Licență nr. {rnd.randint(1, 99999):07d} din {dt}",
                       f"Licență de funcționare seria LF nr. {rnd.randint(1000, 9999)}", "în curs de licențiere",
                       f"Licență provizorie nr. {rnd.randint(10, 999)}/{dt}",
                       f"Certificat de acreditare seria AF nr. {rnd.randint(1, 9999):06d}; L.F. nr. {rnd.randint(100, 9999)}"])


def _cap_cell(d: Doc, s: Svc) -> str:
    if s.capacity is None:
        return d.rnd.choice(["-", "nu este cazul", ""])
    word = s.kind.unit
    return d.rnd.choice([str(s.capacity), str(s.capacity), f"{s.capacity} {word}",
                         f"{s.capacity} de {word}" if s.capacity >= 20 else f"{s.capacity} {word}"])


def _pct(d: Doc, s: Svc, sign: bool) -> tuple[str, float]:
    pct = round(100 * s.beneficiaries / s.capacity, 1)
    text = f"{pct:.1f}".replace(".", ",")
    if text.endswith(",0") and d.rnd.random() < 0.6:
        text = text[:-2]
    return text + ("%" if sign else ""), pct


def inventory(d: Doc, svcs: list[Svc], head: str, sub: str) -> None:
    """The inventory of existing services: their rows go to ``d.services`` (section existing)."""
    rnd, a = d.rnd, d.auth
    y = d.start - 1
    d.h(head)
    pub = sum(s.public for s in svcs)
    caps = [s.capacity for s in svcs if s.capacity]
    if rnd.random() < 0.6:
        d.p(f"La data elaborării strategiei, {a.where} funcționau {len(svcs)} servicii sociale licențiate, din care "
            f"{pub} administrate de furnizori publici și {len(svcs) - pub} de furnizori privați, cu o capacitate "
            f"totală de {group(sum(caps))} de locuri.")
        d.indicator("capacitate_locuri", "locuri", sum(caps), "locuri", f"{group(sum(caps))} de locuri", d.start)
    layout = rnd.choices(["one", "per_target", "by_provider"], [50, 30, 20])[0]
    cols = ["name"]
    if rnd.random() < 0.9:
        cols.insert(0, "nr")
    if rnd.random() < (0.85 if a.level == "judet" else 0.45):
        cols.insert(len(cols) - (rnd.random() < 0.3), "provider")
    if rnd.random() < 0.9:
        cols.insert(cols.index("name") + (rnd.random() < 0.8), "code")
    tail = [key for key, share in (("licence", 0.5), ("address", 0.45), ("capacity", 0.92), ("beneficiaries", 0.6),
                                   ("occupancy", 0.35), ("staff", 0.25), ("source", 0.3), ("cost", 0.2))
            if rnd.random() < share]
    if "capacity" not in tail:
        tail = [c for c in tail if c != "occupancy"]
    block = [c for c in tail if c in ("capacity", "beneficiaries", "occupancy")]  # printed in this order
    extras = [c for c in tail if c not in block]
    two_rows = len(block) >= 2 and rnd.random() < 0.3  # a merged header over the block
    if len(block) >= 2 and block[:2] == ["capacity", "beneficiaries"] and not two_rows and rnd.random() < 0.15:
        block[:2] = ["capben"]  # "Capacitate / Nr. beneficiari": "30 / 28" in one cell
    merged = [block] if two_rows else [[c] for c in block]
    for extra in rnd.sample(extras, len(extras)):
        merged.insert(rnd.randint(0, len(merged)), [extra])
    cols += [c for part in merged for c in part]
    printer = Printer.pick(rnd) if "cost" in cols else None
    if printer:
        d.unit_main = printer.unit
    occ_sign = rnd.random() < 0.5
    headers = {
        "nr": rnd.choice(["Nr. crt.", "Nr.", "Nr. crt"]),
        "provider": rnd.choice(["Furnizor", "Furnizorul serviciului social", "Denumire furnizor",
                                "Furnizor (public / privat)", "Instituția / organizația furnizoare"]),
        "name": rnd.choice(["Denumirea serviciului social", "Serviciul social", "Denumire serviciu",
                            "Tipul și denumirea serviciului", "Serviciul social licențiat"]),
        "code": rnd.choice(["Cod serviciu (HG nr. 867/2015)", "Cod nomenclator", "Codul serviciului social",
                            "Cod serviciu social"]),
        "licence": rnd.choice(["Licență de funcționare (nr./data)", "Nr. și data licenței", "Licența de funcționare"]),
        "address": rnd.choice(["Adresa", "Sediul serviciului", "Locația"]),
        "capacity": rnd.choice(["Capacitate (nr. locuri)", "Capacitate", "Nr. locuri", "Capacitatea maximă"]),
        "capben": rnd.choice(["Capacitate / Nr. beneficiari", "Nr. locuri / beneficiari"]),
        "beneficiaries": rnd.choice([f"Nr. beneficiari {y}", f"Număr beneficiari la 31.12.{y}",
                                     "Beneficiari (număr)", "Nr. beneficiari asistați"]),
        "occupancy": rnd.choice(["Grad de ocupare (%)", "Gradul de ocupare %"]) if not occ_sign else
        rnd.choice(["Grad de ocupare", "Gradul de ocupare"]),
        "staff": rnd.choice(["Nr. personal", "Personal angajat (nr.)", "Număr angajați"]),
        "source": rnd.choice(["Sursa de finanțare", "Finanțare"]),
        "cost": printer.header(rnd.choice(["Cost anual", "Cheltuieli anuale estimate", "Costul anual de funcționare"]))
        if printer else "",
    }
    header_rows = [[headers[c] for c in cols]]
    if two_rows:
        top = rnd.choice(["Capacitate și grad de utilizare", "Date privind capacitatea", "Utilizarea serviciului"])
        header_rows = [[top if c == block[0] else LEFT if c in block else headers[c] for c in cols],
                       [headers[c] if c in block else UP for c in cols]]

    def row(i: int, s: Svc, category: str | None, seq: int) -> list[str]:
        code_raw = code_spelling(rnd, s.kind.code) if rnd.random() > 0.04 else "-"
        cells: dict[str, str] = {"nr": rnd.choice([f"{i}.", str(i)]), "name": s.name, "code": code_raw}
        prov = s.provider
        if rnd.random() < 0.2:
            prov += f", {rnd.choice(_STREETS)} nr. {rnd.randint(1, 90)}, tel. 02{rnd.randint(30, 69)} " \
                    f"{rnd.randint(100, 999)} {rnd.randint(100, 999)}"
        cells["provider"] = prov
        cells["licence"] = _licence(d)
        cells["address"] = f"{rnd.choice(_STREETS)} nr. {rnd.randint(1, 120)}, {s.town}"
        cells["capacity"] = _cap_cell(d, s)
        cells["beneficiaries"] = str(s.beneficiaries)
        cells["capben"] = f"{s.capacity if s.capacity else '-'} / {s.beneficiaries}"
        occ_raw, pct = (_pct(d, s, occ_sign) if s.capacity else ("-", None))
        cells["occupancy"] = occ_raw
        cells["staff"] = str(rnd.randint(2, 45))
        cells["source"] = rnd.choice(["buget local", "buget local, buget de stat", "buget județean",
                                      "fonduri proprii, sponsorizări", "buget local + contribuții beneficiari"])
        if printer:
            s.cost = printer.amount(rnd, 60_000, 2_500_000)
            cells["cost"] = printer.cell(s.cost)
        gold = {"section": "existing", "table_seq": seq, "row_no_raw": cells["nr"] if "nr" in cols else None,
                "category": category, "provider_raw": s.provider if "provider" in cols else None,
                "service_name": s.name, "code_raw": code_raw if "code" in cols else None,
                "service_code": s.kind.code if "code" in cols and code_raw != "-" else None,
                "capacity": s.capacity if "capacity" in cols or "capben" in cols else None,
                "capacity_raw": cells["capben" if "capben" in cols else "capacity"]
                if "capacity" in cols or "capben" in cols else None,
                "beneficiaries": s.beneficiaries if "beneficiaries" in cols or "capben" in cols else None,
                "occupancy_pct": pct if "occupancy" in cols else None,
                "occupancy_raw": occ_raw if "occupancy" in cols else None,
                "notes": "inventory of a strategy" + ("; annual cost column names no source" if printer else "")}
        single = _ONE_SOURCE.get(cells["source"]) if printer and "source" in cols else None
        if single:  # the row's funding source names one budget: the annual cost is that budget's
            gold[single] = s.cost
            gold["notes"] += "; the row's source names one budget"
        d.services.append(gold)
        return [cells[c] for c in cols]

    def unit_line() -> None:
        if printer and printer.above():
            d.p(printer.above())

    if layout == "per_target":
        by_t: dict[str, list[Svc]] = {}
        for s in svcs:
            by_t.setdefault(s.kind.target, []).append(s)
        numbered = rnd.random() < 0.7
        for n_t, (t, group_svcs) in enumerate(by_t.items(), 1):
            d.h(f"{sub}.{n_t}. {rnd.choice(TARGETS[t])}" if numbered else rnd.choice(TARGETS[t]))
            unit_line()
            rows = [list(r) for r in header_rows]
            seq = d.seq + 1
            rows += [row(i, s, None, seq) for i, s in enumerate(group_svcs, 1)]
            d.table(rows, len(header_rows))
        return
    unit_line()
    rows = [list(r) for r in header_rows]
    seq = d.seq + 1
    groups: list[tuple[str | None, list[Svc]]]
    if layout == "by_provider":
        labels = rnd.choice([("Furnizori publici", "Furnizori privați"),
                             ("A. Servicii sociale publice", "B. Servicii sociale private"),
                             ("Servicii furnizate de autoritățile publice", "Servicii furnizate de ONG-uri și culte")])
        groups = [(labels[0], [s for s in svcs if s.public]), (labels[1], [s for s in svcs if not s.public])]
    elif rnd.random() < 0.55:
        by_t = {}
        for s in svcs:
            by_t.setdefault(s.kind.target, []).append(s)
        groups = [(rnd.choice(TARGETS[t]), ss) for t, ss in by_t.items()]
    else:
        groups = [(None, svcs)]
    i = 0
    for label, ss in groups:
        if not ss:
            continue
        if label:
            rows.append([label] + [LEFT] * (len(cols) - 1))
        for s in ss:
            i += 1
            rows.append(row(i, s, label, seq))
    if "capacity" in cols and rnd.random() < 0.35 and cols[0] != "capacity":
        tot = ["TOTAL"] + [""] * (len(cols) - 1)
        cap = sum(s.capacity or 0 for s in svcs)
        tot[cols.index("capacity")] = str(cap)
        d.total("existing services: capacity", cap, "other", str(cap))
        if "beneficiaries" in cols:
            ben = sum(s.beneficiaries for s in svcs)
            tot[cols.index("beneficiaries")] = str(ben)
            d.total("existing services: beneficiaries", ben, "beneficiaries", str(ben))
        if printer:
            cost = sum(s.cost for s in svcs)
            tot[cols.index("cost")] = printer.cell(cost)
            d.total("existing services: annual cost", cost, "lei", printer.cell(cost))
        rows.append(tot)
    d.table(rows, len(header_rows))


# ------------------------------------------------------------------------------------------------ proposed

_EU = ["Fonduri europene (POIDS / PR)", "Fonduri externe nerambursabile", "PNRR / fonduri europene",
       "Alte surse (fonduri europene)"]


def draw_proposed(d: Doc, existing: list[Svc]) -> list[Svc]:
    rnd, a = d.rnd, d.auth
    level = "J" if a.level == "judet" else "L"
    kinds = [k for k in KINDS if level in k.levels]
    used = {s.name for s in existing}
    out = []
    for k in rnd.sample(kinds, min(len(kinds), rnd.randint(2, 5 if a.level in ("judet", "municipiu") else 3))):
        name = k.pattern.replace(" „{nick}”", "")
        if name in used or rnd.random() < 0.3:
            name = k.pattern.format(nick=_nick(d, set(NICKS) & used))
        used.add(name)
        cap = rnd.randint(*k.places)
        out.append(Svc(k, name, a.author, True, a.home, cap, 0, year=rnd.randint(d.start, max(d.start, d.end - 1))))
    return out


def proposed(d: Doc, svcs: list[Svc], head: str) -> None:
    """The services proposed for the period (section proposed): a table with a column per source, one cost column
    and a mixed source, costs per year, or a numbered list."""
    rnd, a = d.rnd, d.auth
    d.h(head)
    form = rnd.choices(["sources", "mixed", "per_year", "list"], [45, 25, 15, 15])[0]
    printer = Printer.pick(rnd, 0.4)
    own = "county" if a.level == "judet" else "local"
    src_words = {"local": ["Buget local", "Bugetul local"], "county": ["Buget județean", "Bugetul propriu al județului"],
                 "state": ["Buget de stat", "Bugetul de stat"], "eu": _EU}
    field = {"local": "budget_local_lei", "county": "budget_county_lei", "state": "budget_state_lei",
             "eu": "budget_other_lei"}
    sources = [own] + [s for s in ("state", "eu") if rnd.random() < 0.7]
    years = list(range(d.start, d.end + 1))[:5]
    bud: list[dict[str, int]] = []
    for s in svcs:
        b = {}
        for src in sources:
            if src == own or rnd.random() < 0.6:
                b[src] = printer.amount(rnd, 40_000, 2_000_000)
        s.cost = sum(b.values())
        bud.append(b)
    if form == "list":
        d.p("În perioada de implementare a strategiei se propune înființarea următoarelor servicii sociale:")
        for i, s in enumerate(svcs, 1):
            code = code_spelling(rnd, s.kind.code)
            text = rnd.choice([f"{i}. {s.name} (cod {code}) – capacitate {s.capacity} {s.kind.unit}, termen "
                               f"{s.year}, cost estimat {lei_sentence(s.cost)};",
                               f"{i}. {s.name}, cod serviciu {code}, cu o capacitate de {s.capacity} {s.kind.unit}, "
                               f"înființat în anul {s.year};"])
            d.p(text)
            d.services.append({"section": "proposed", "table_seq": None, "row_no_raw": f"{i}.", "service_name": s.name,
                               "code_raw": code, "service_code": s.kind.code, "capacity": s.capacity,
                               "capacity_raw": f"{s.capacity} {s.kind.unit}",
                               "notes": "proposed service in a numbered list; cost stated without its source"})
        return
    cols = ["nr", "name", "code", "target", "capacity", "year"]
    if rnd.random() < 0.3:
        cols.remove("target")
    if rnd.random() < 0.2:
        cols.remove("code")
    if rnd.random() < 0.3:
        i, j = cols.index("name"), cols.index("code") if "code" in cols else cols.index("name")
        cols[i], cols[j] = cols[j], cols[i]
    words = {"nr": rnd.choice(["Nr. crt.", "Nr."]),
             "name": rnd.choice(["Denumirea serviciului social propus", "Serviciul social ce urmează a fi înființat",
                                 "Serviciul propus", "Serviciul social nou"]),
             "code": rnd.choice(["Cod serviciu", "Cod nomenclator", "Codul serviciului (HG 867/2015)"]),
             "target": rnd.choice(["Categoria de beneficiari", "Grup țintă"]),
             "capacity": rnd.choice(["Capacitate estimată", "Nr. locuri", "Capacitate (locuri / beneficiari)"]),
             "year": rnd.choice(["Anul înființării", "Termen de realizare", "Perioada de implementare"])}
    two = form in ("sources", "per_year") and rnd.random() < 0.6
    if form == "sources":
        money = [(src, printer.header(rnd.choice(src_words[src])) if not two else rnd.choice(src_words[src]))
                 for src in sources]
        group_head = printer.header(rnd.choice(["Cost estimat pe surse de finanțare", "Surse de finanțare",
                                                "Bugetul estimat"]))
    elif form == "per_year":
        money = [(str(y), str(y)) for y in years]
        group_head = printer.header(rnd.choice(["Necesar de finanțare estimat", "Buget estimat pe ani"]))
        if not two:
            money = [(str(y), printer.header(f"Buget {y}")) for y in years]
    else:
        money = [("cost", printer.header(rnd.choice(["Cost estimat", "Valoare estimată", "Buget estimat total"]))),
                 ("mixed", rnd.choice(["Sursa de finanțare", "Surse de finanțare"]))]
    if printer.above():
        d.p(printer.above())
    if two:
        top = [words[c] for c in cols] + [group_head] + [LEFT] * (len(money) - 1)
        bottom = [UP] * len(cols) + [m[1] for m in money]
        rows = [top, bottom]
    else:
        rows = [[words[c] for c in cols] + [m[1] for m in money]]
    seq = d.seq + 1
    col_tot: dict[str, int] = {}
    for i, (s, b) in enumerate(zip(svcs, bud), 1):
        code = code_spelling(rnd, s.kind.code)
        cells = {"nr": f"{i}.", "name": s.name, "code": code, "target": rnd.choice(TARGETS[s.kind.target]),
                 "capacity": str(s.capacity) if rnd.random() < 0.7 else f"{s.capacity} {s.kind.unit}",
                 "year": rnd.choice([str(s.year), f"{s.year}–{min(d.end, s.year + 1)}", f"trim. {rnd.randint(1, 4)} {s.year}"])}
        row = [cells[c] for c in cols]
        gold = {"section": "proposed", "table_seq": seq, "row_no_raw": f"{i}.", "service_name": s.name,
                "code_raw": code if "code" in cols else None, "service_code": s.kind.code if "code" in cols else None,
                "capacity": s.capacity, "capacity_raw": cells["capacity"]}
        if form == "sources":
            for src, _h in money:
                v = b.get(src)
                row.append(printer.cell(v) if v else "-")
                if v:
                    gold[field[src]] = v
                    col_tot[src] = col_tot.get(src, 0) + v
            gold["budget_raw"] = " | ".join(row[len(cols):])
            gold["notes"] = "European funds as budget_other_lei"
        elif form == "per_year":
            share = [y for y, _h in money if int(y) >= s.year] or [money[-1][0]]
            per = printer.amount(rnd, 20_000, 900_000)
            row += [printer.cell(per) if y in share else "-" for y, _h in money]
            gold["notes"] = "costs per year, no source: no budget field asserted"
        else:
            row.append(printer.cell(s.cost))
            row.append(rnd.choice(["Buget local + POIDS", "PNRR, buget local", "Buget de stat / buget local",
                                   "Fonduri europene (PR), cofinanțare buget local",
                                   "Buget județean + fonduri europene"]))
            col_tot["cost"] = col_tot.get("cost", 0) + s.cost
            gold["notes"] = "one cost column and several sources in one cell: no budget field asserted"
        rows.append(row)
        d.services.append(gold)
    if col_tot and rnd.random() < 0.5:
        tot = ["TOTAL"] + [""] * (len(cols) - 1)
        for src, _h in money:
            v = col_tot.get(src)
            tot.append(printer.cell(v) if v else ("" if src == "mixed" else "-"))
            if v:
                d.total(f"proposed services: {src}", v, "lei", printer.cell(v))
        rows.append(tot)
    d.table(rows, 2 if two else 1)
