"""The ``plan_county_annual_action`` family's services: the existing ones (part A) and the proposed ones (part B)."""
from __future__ import annotations

from make_variants import LEFT, UP, El, bullet, h, p, table

from .county_plan_base import GROUP_HEADERS, GROUPS, SERVICES, SETTING_HEADINGS, SOURCES, Doc, Unit
from .fmt import code_spelling, group

# setting -> yearly cost of one place in lei (around the HG 426/2020 cost standards)
_PER_PLACE = {"rez": (45_000, 95_000), "zi": (12_000, 30_000), "dom": (6_000, 18_000)}


def _pct(v: float) -> str:
    text = f"{v:.1f}".replace(".", ",")
    return text[:-2] if text.endswith(",0") else text


class ExistingLayout:
    """The seeded shape of part A: grouping, columns, header rows, unit, extras."""

    def __init__(self, d: Doc):
        r = d.rnd
        self.grouping = r.choice(["group_rows", "group_rows", "per_group", "per_setting", "flat"])
        self.spanning = r.random() < 0.6  # group row merged across the table, or its text in the name column
        self.sources = ["budget_county_lei"] + [s for s, pr in (("budget_state_lei", 0.55),
                                                                ("budget_beneficiaries_lei", 0.5),
                                                                ("budget_other_lei", 0.35),
                                                                ("budget_local_lei", 0.15)) if r.random() < pr]
        self.unit = Unit(r)
        self.header_rows = 1 if len(self.sources) == 1 else r.choice([1, 2, 2, 3])
        if self.header_rows == 1 and self.unit.where == "group":
            self.unit.where = "header"
        self.nr = r.random() < 0.85
        self.dot = "." if r.random() < 0.7 else ""
        self.code_where = r.choice(["column", "column", "column", "name_prefix", "name_suffix"])
        self.code_first = r.random() < 0.45
        self.location = r.choice([None, "column", "column", "name"])
        self.licence = r.random() < 0.35
        self.provider = r.random() < 0.25
        self.occupancy = r.choice(["count", "pct", "both", "composite", "none"])
        self.staff = r.random() < 0.3
        self.cost_standard = r.random() < 0.3
        self.budget_class = r.random() < 0.25
        self.total_col = len(self.sources) > 1 and r.random() < 0.35
        self.notes = r.random() < 0.35
        self.total_row = r.random() < 0.65
        self.subtotals = self.grouping == "group_rows" and r.random() < 0.3


def _columns(d: Doc, lay: ExistingLayout) -> list[tuple[str, str]]:
    r = d.rnd
    cols: list[tuple[str, str]] = []
    if lay.nr:
        cols.append(("nr", r.choice(["Nr. crt.", "Nr.", "Nr. crt"])))
    code_h = r.choice(["Cod serviciu social", "Codul serviciului social (HG nr. 867/2015)", "Cod Nomenclator",
                       "Tip serviciu (cod)"])
    name_h = r.choice(["Denumirea serviciului social", "Serviciul social", "Denumire serviciu / structură",
                       "Denumirea centrului"])
    if lay.code_where == "column" and lay.code_first:
        cols.append(("code", code_h))
    cols.append(("name", name_h))
    if lay.code_where == "column" and not lay.code_first:
        cols.append(("code", code_h))
    if lay.provider:
        cols.append(("provider", r.choice(["Furnizor", "Furnizorul serviciului social", "Entitatea care administrează"])))
    if lay.location == "column":
        cols.append(("location", r.choice(["Localizare", "Adresa", "Sediul (localitatea)", "Amplasament"])))
    if lay.licence:
        cols.append(("licence", r.choice(["Licență de funcționare nr./data", "Nr. licență", "Licența (seria, nr.)"])))
    cols.append(("cap", r.choice(["Capacitate (nr. locuri)", "Capacitate", "Număr locuri", "Capacitatea aprobată",
                                  "Nr. locuri autorizate"])))
    if lay.occupancy in ("count", "both"):
        cols.append(("benef", r.choice(["Număr beneficiari", f"Nr. beneficiari la 31.12.{d.year - 1}",
                                        "Beneficiari (medie lunară)", "Nr. beneficiari estimat"])))
    if lay.occupancy in ("pct", "both"):
        cols.append(("pct", r.choice(["Grad de ocupare (%)", "Grad de ocupare", "Gradul de ocupare estimat"])))
    if lay.occupancy == "composite":
        cols.append(("benef", r.choice(["Beneficiari / grad de ocupare", "Grad de ocupare (nr. beneficiari / %)"])))
    if lay.staff:
        cols.append(("staff", r.choice(["Nr. posturi aprobate", "Personal (nr. angajați)", "Număr de personal"])))
    if lay.cost_standard:
        cols.append(("std", r.choice(["Standard de cost (lei/an/beneficiar)",
                                      "Standard minim de cost HG 426/2020 (lei/beneficiar/an)"])))
    if lay.budget_class:
        cols.append(("class", r.choice(["Clasificație bugetară", "Cap./subcap. bugetar"])))
    return cols


def _header(d: Doc, lay: ExistingLayout, cols: list[tuple[str, str]], src_h: dict[str, str]) -> list[list[str]]:
    r, u = d.rnd, lay.unit
    first = [c[1] for c in cols]
    srcs = lay.sources + (["total"] if lay.total_col else [])
    names = {s: src_h[s] for s in lay.sources}
    names["total"] = r.choice(["Total", "Total buget", "TOTAL"])
    if lay.header_rows == 1:
        return [first + [u.header(names[s]) for s in srcs]]
    top = r.choice(GROUP_HEADERS).format(year=d.year)
    if lay.header_rows == 2:
        h1 = first + [u.group_header(top)] + [LEFT] * (len(srcs) - 1)
        h2 = [UP] * len(first) + [u.header(names[s]) for s in srcs]
        return [h1, h2]
    # three rows: the sources grouped into public / private under the top group, a total column beside them
    public = [s for s in lay.sources if s in ("budget_county_lei", "budget_state_lei", "budget_local_lei")]
    private = [s for s in lay.sources if s not in public]
    lay.sources = public + private
    h1 = first + [u.group_header(top)] + [LEFT] * (len(lay.sources) - 1)
    h2 = [UP] * len(first)
    if public:
        h2 += [r.choice(["Surse publice", "Fonduri publice"])] + [LEFT] * (len(public) - 1)
    if private:
        h2 += [r.choice(["Surse private", "Fonduri private"])] + [LEFT] * (len(private) - 1)
    h3 = [UP] * len(first) + [u.header(names[s]) for s in lay.sources]
    if lay.total_col:
        h1.append(u.header(names["total"]))
        h2.append(UP)
        h3.append(UP)
    return [h1, h2, h3]


def existing_services(d: Doc, sec: dict, els: list[El], exp: dict) -> str:
    """Part A; returns the money unit of its (first) table."""
    r = d.rnd
    lay = ExistingLayout(d)
    groups = r.sample(list(GROUPS), r.randint(2, 5))
    picks = {g: r.sample(SERVICES[g], min(len(SERVICES[g]), r.randint(1, 3))) for g in groups}
    src_h = {s: r.choice(SOURCES[s]) for s in SOURCES}
    cols = _columns(d, lay)
    header = _header(d, lay, cols, src_h)
    keys = [c[0] for c in cols] + lay.sources + (["total"] if lay.total_col else [])
    counter = [0]

    def service_row(g: str, svc: tuple, category: str | None) -> tuple[list[str], dict]:
        code, tmpl, _setting, (lo, hi) = svc
        town = d.town()
        name = d.fill(tmpl, town)
        counter[0] += 1
        cells: dict[str, str] = {"nr": f"{counter[0]}{lay.dot}"}
        code_raw = code_spelling(r, code)
        gold: dict = {"section": "existing", "row_no_raw": cells["nr"] if lay.nr else None, "category": category,
                      "code_raw": code_raw, "service_code": code}
        if lay.code_where == "column":
            cells["name"], cells["code"] = name, code_raw
        elif lay.code_where == "name_prefix":
            cells["name"] = f"{code_raw} – {name}"
        else:
            cells["name"] = f"{name} (cod {code_raw})"
        if lay.location == "name":
            cells["name"] += f", {d.address(town)}"
        gold["service_name"] = name
        if lay.location == "column":
            cells["location"] = d.address(town)
        if lay.provider:
            cells["provider"] = d.abbr
            gold["provider_raw"] = d.abbr
        if lay.licence:
            cells["licence"] = f"LF nr. {r.randint(1000, 9999)}/{r.randint(1, 28):02d}.{r.randint(1, 12):02d}." \
                               f"{r.randint(d.year - 5, d.year - 1)}"
        cap = r.randint(lo, hi)
        benef = max(1, min(cap + 3, int(cap * r.uniform(0.55, 1.05))))
        pct = round(benef * 100 / cap, 1)
        word = "locuri" if _setting != "dom" else "beneficiari"
        cells["cap"] = str(cap) if r.random() < 0.8 else f"{cap} {word}"
        gold["capacity"], gold["capacity_raw"] = cap, cells["cap"]
        if lay.occupancy in ("count", "both"):
            cells["benef"] = str(benef)
            gold["beneficiaries"] = benef
        if lay.occupancy in ("pct", "both"):
            cells["pct"] = _pct(pct) + ("%" if "(%)" not in cols[[c[0] for c in cols].index("pct")][1] else "")
            gold["occupancy_pct"], gold["occupancy_raw"] = pct, cells["pct"]
        if lay.occupancy == "composite":
            cells["benef"] = f"{benef} / {_pct(pct)}%"
            gold["beneficiaries"], gold["occupancy_pct"], gold["occupancy_raw"] = benef, pct, cells["benef"]
        if lay.staff:
            cells["staff"] = str(max(2, int(cap * r.uniform(0.3, 1.2))))
        if lay.cost_standard:
            cells["std"] = group(r.choice([48_492, 52_800, 61_553, 73_920, 87_500, 25_368, 16_848]))
        if lay.budget_class:
            cells["class"] = r.choice(["68.02.05.02", "68.02.11", "68.02.50.50", "68.02.04", "68.02.15.02"])
        raw, tot = [], 0
        for s in lay.sources:
            if s != "budget_county_lei" and r.random() < 0.3:
                cells[s] = r.choice(["-", "0", ""])
                raw.append(cells[s])
                continue
            # a yearly cost per place in the range the cost standards give, split between the sources
            share = {"budget_county_lei": (0.5, 0.9)}.get(s, (0.05, 0.3))
            per_place = r.randint(*_PER_PLACE[_setting]) * r.uniform(*share)
            v = lay.unit.amount(r, max(1_000, int(cap * per_place * 0.9)), max(2_000, int(cap * per_place * 1.1)))
            cells[s] = lay.unit.cell(v)
            raw.append(cells[s])
            gold[s] = v
            tot += v
        if lay.total_col:
            cells["total"] = lay.unit.cell(tot)
        gold["budget_raw"] = " | ".join(raw)
        row = [cells.get(k, "") for k in keys]
        if lay.notes:
            row.append(r.choice(["", "", "", f"relicențiere în trim. {r.choice(['I', 'II', 'III'])} {d.year}",
                                 f"ocupare medie {r.randint(70, 99)}% în {d.year - 1}", "finanțare PNRR (dotări)",
                                 f"reorganizat prin HCJ nr. {r.randint(10, 300)}/{d.year - 1}"]))
        return row, gold

    ncol = len(keys) + (1 if lay.notes else 0)
    if lay.notes:
        note_h = r.choice(["Observații", "Mențiuni"])
        header = [hr + ([note_h] if i == 0 else [UP]) for i, hr in enumerate(header)]
    label_col = 0 if lay.nr else keys.index("name")

    def total_row(label: str, golds: list[dict], scope: str) -> list[str]:
        tr = [""] * ncol
        tr[label_col] = label
        cap = sum(g["capacity"] for g in golds)
        tr[keys.index("cap")] = str(cap)
        exp["totals"].append({"scope": f"{scope}: capacitate", "amount": cap, "unit": "other", "raw": str(cap)})
        grand = 0
        for s in lay.sources:
            v = sum(g.get(s) or 0 for g in golds)
            grand += v
            tr[keys.index(s)] = lay.unit.cell(v)
            if v:
                exp["totals"].append({"scope": f"{scope}: {s}", "amount": v, "unit": "lei", "raw": tr[keys.index(s)]})
        if lay.total_col:
            tr[keys.index("total")] = lay.unit.cell(grand)
            exp["totals"].append({"scope": f"{scope}: total", "amount": grand, "unit": "lei",
                                  "raw": tr[keys.index("total")]})
        return tr

    if sec["chapter1"]:
        els.append(h(sec["chapter1"]))
    els.append(h(sec["A"]))
    if r.random() < 0.6:
        els.append(p(r.choice([
            f"În anul {d.year}, {d.printed} administrează un număr de {sum(len(v) for v in picks.values())} servicii "
            f"sociale licențiate, finanțate din bugetul Județului {d.county}, conform tabelului de mai jos.",
            "Serviciile sociale existente, capacitatea, gradul de ocupare și bugetul estimat pe surse de finanțare:",
            f"Costurile au fost estimate pe baza standardelor de cost aprobate prin H.G. nr. 426/2020 și a execuției "
            f"bugetare din anul {d.year - 1}.",
        ])))
    golds: list[dict] = []
    title_unit = lay.unit.where == "title"
    if lay.grouping in ("per_group", "per_setting"):
        if lay.grouping == "per_group":
            blocks = [(r.choice(GROUPS[g]), picks[g]) for g in groups]
        else:
            by_setting: dict[str, list] = {}
            for g in groups:
                for svc in picks[g]:
                    by_setting.setdefault(svc[2], []).append(svc)
            blocks = [(r.choice(SETTING_HEADINGS[s]), v) for s, v in by_setting.items()]
        numbering = r.choice(["", "A.{i}. ", "{i}) ", "1.{i} "])
        for i, (heading, svcs) in enumerate(blocks, 1):
            label = numbering.format(i=i) + heading
            els.append(h(label + (f" ({lay.unit.unit})" if title_unit else "")))
            if i == 1 or r.random() < 0.4:
                ab = lay.unit.above(r)
                if ab:
                    els.append(ab)
            body, gs = [], []
            for svc in svcs:
                row, g = service_row("", svc, heading)
                body.append(row)
                gs.append(g)
            if lay.total_row and len(gs) > 1 and r.random() < 0.5:
                body.append(total_row(r.choice(["Total", "TOTAL", f"Total {heading.lower()}"]), gs, f"total {heading}"))
            els.append(table(header + body, header_rows=len(header)))
            golds += gs
        if lay.total_row and r.random() < 0.6:
            grand = sum(sum(g.get(s) or 0 for s in lay.sources) for g in golds)
            els.append(p(r.choice([f"Total buget servicii sociale existente: {group(grand)} lei.",
                                   f"Bugetul total estimat pentru serviciile sociale existente este de "
                                   f"{group(grand)} lei."])))
            exp["totals"].append({"scope": "total buget servicii existente", "amount": grand, "unit": "lei",
                                  "raw": f"{group(grand)} lei"})
    else:
        if title_unit:
            els.append(p(f"Tabelul nr. 1 – Servicii sociale administrate de {d.abbr} ({lay.unit.unit})"))
        ab = lay.unit.above(r)
        if ab:
            els.append(ab)
        body = []
        for g in groups:
            category = None
            if lay.grouping == "group_rows":
                category = r.choice(GROUPS[g])
                if lay.spanning:
                    body.append([category] + [LEFT] * (ncol - 1))
                else:
                    body.append([category if k == "name" else "" for k in keys] + ([""] if lay.notes else []))
            gs = []
            for svc in picks[g]:
                row, gd = service_row(g, svc, category)
                body.append(row)
                gs.append(gd)
            if lay.subtotals and category:
                body.append(total_row(r.choice(["Subtotal", f"Total {category.lower()}"]), gs, f"subtotal {category}"))
            golds += gs
        if lay.total_row:
            body.append(total_row(r.choice(["TOTAL", "Total general", f"TOTAL {d.abbr}", "TOTAL SERVICII"]), golds,
                                  "total servicii existente"))
        els.append(table(header + body, header_rows=len(header)))
    exp["services"] += golds
    if r.random() < 0.5:
        els.append(p(r.choice([
            f"Notă: standardele minime de cost au fost actualizate prin H.G. nr. 426/2020; pentru centrele "
            f"rezidențiale pentru copii standardul este de {group(r.choice([61_553, 73_920]))} lei/an/beneficiar.",
            f"* Gradul de ocupare este calculat la data de 30.11.{d.year - 1}.",
            f"Sursa: execuția bugetară la 31.12.{d.year - 1}, capitolul 68.02 „Asigurări și asistență socială”."])))
    return lay.unit.unit


# ------------------------------------------------------------------------------------------------ part B

_PROPOSED = [  # (code, name template, capacity range, beneficiary category)
    ("8790 CR-C-I", "Casa de tip familial „{nick}” {town}", (8, 12), "copii separați de părinți"),
    ("8891 CZ-C-III", "Centrul de zi pentru copii cu dizabilități {town}", (15, 40), "copii cu dizabilități"),
    ("8790 CR-D-VII", "Locuința protejată „{nick}” {town}", (6, 10), "persoane adulte cu dizabilități"),
    ("8899 CZ-D-I", "Centrul de zi pentru persoane adulte cu dizabilități {town}", (20, 40),
     "persoane adulte cu dizabilități"),
    ("8810 ID-III", "Servicii la domiciliu pentru persoane adulte cu dizabilități {town}", (20, 60),
     "persoane adulte cu dizabilități"),
    ("8790 CR-VD-I", "Centrul de primire în regim de urgență pentru victimele violenței domestice {town}", (6, 12),
     "victime ale violenței domestice"),
    ("8790 CR-D-IV", "Centrul pentru viață independentă {town}", (10, 20), "persoane adulte cu dizabilități"),
    ("8730 CR-V-I", "Căminul pentru persoane vârstnice {town}", (20, 50), "persoane vârstnice"),
]
_PROP_SOURCES = {"budget_county_lei": ["buget județean", "bugetul Județului {county}"],
                 "budget_other_lei": ["PNRR – Componenta 13", "fonduri europene nerambursabile (POIDS)",
                                      "Programul Incluziune și Demnitate Socială"],
                 "budget_state_lei": ["buget de stat", "bugetul de stat (program de interes național)"]}


def proposed_services(d: Doc, sec: dict, els: list[El], exp: dict) -> None:
    """Part B: set-ups as a table or a list, reorganisations / closures in prose, or nothing proposed."""
    r = d.rnd
    els.append(h(sec["B"]))
    form = r.choice(["table", "table", "list", "none"])
    if form == "none":
        els.append(p(r.choice([f"În anul {d.year} nu se propune înființarea de noi servicii sociale.",
                               "Nu este cazul.",
                               f"Pentru anul {d.year} nu sunt prevăzute servicii sociale noi; se continuă "
                               f"procesul de licențiere a serviciilor existente."])))
    else:
        items = []
        for code, tmpl, (lo, hi), who in r.sample(_PROPOSED, r.randint(1, 4)):
            town = d.town()
            src = r.choice(list(_PROP_SOURCES))
            items.append({"code": code, "name": d.fill(tmpl, town), "cap": r.randint(lo, hi), "who": who,
                          "town": town, "src": src, "src_text": r.choice(_PROP_SOURCES[src]).format(county=d.county),
                          "value": r.randrange(500, 25_000) * 100, "term": r.choice(
                              [f"trim. {r.choice(['II', 'III', 'IV'])} {d.year}", f"31.12.{d.year}",
                               f"{r.choice(['iunie', 'septembrie', 'decembrie'])} {d.year}"])})
        if form == "table":
            unit = Unit(r, thousands=0.3)
            if unit.where in ("group", "title"):
                unit.where = "header"
            cols = [("nr", "Nr. crt."),
                    ("name", r.choice(["Denumirea serviciului social propus", "Serviciul social ce urmează a fi "
                                                                                 "înființat"])),
                    ("code", r.choice(["Cod serviciu social", "Cod"])),
                    ("who", r.choice(["Categoria de beneficiari", "Grup țintă"])),
                    ("cap", r.choice(["Capacitate estimată", "Nr. locuri", "Capacitate (nr. beneficiari)"])),
                    ("town", r.choice(["Localizare", "Localitatea"])),
                    ("term", r.choice(["Termen de înființare", "Perioada estimată"])),
                    ("value", unit.header(r.choice(["Buget estimat", "Valoare estimată"]))),
                    ("src", r.choice(["Sursa de finanțare", "Surse de finanțare"]))]
            if r.random() < 0.5:
                cols[1], cols[2] = cols[2], cols[1]
            if r.random() < 0.4:
                cols.append(("why", "Justificare"))
            ab = unit.above(r)
            if ab:
                els.append(ab)
            rows = [[c[1] for c in cols]]
            for i, it in enumerate(items, 1):
                cells = {"nr": f"{i}.", "name": it["name"], "code": code_spelling(r, it["code"]), "who": it["who"],
                         "cap": str(it["cap"]), "town": it["town"], "term": it["term"],
                         "value": unit.cell(it["value"]), "src": it["src_text"],
                         "why": r.choice(["dezinstituționalizarea copiilor din centrele de tip vechi",
                                          "lista de așteptare", "cerința Strategiei județene",
                                          "închiderea centrului clasic"])}
                rows.append([cells[c[0]] for c in cols])
                exp["services"].append({"section": "proposed", "row_no_raw": f"{i}.", "service_name": it["name"],
                                        "code_raw": cells["code"], "service_code": it["code"],
                                        "capacity": it["cap"], "capacity_raw": str(it["cap"]),
                                        it["src"]: it["value"], "budget_raw": cells["value"]})
            els.append(table(rows))
        else:
            if r.random() < 0.5:
                els.append(p(f"În anul {d.year} se propune înființarea următoarelor servicii sociale:"))
            for it in items:
                code_raw = code_spelling(r, it["code"])
                money = f"{group(it['value'])} lei"
                text = r.choice([
                    f"{it['name']} (cod {code_raw}), cu o capacitate de {it['cap']} locuri, pentru {it['who']} – "
                    f"termen {it['term']}, buget estimat {money} ({it['src_text']});",
                    f"înființarea serviciului {it['name']}, cod {code_raw}, capacitate {it['cap']} locuri, "
                    f"finanțare: {it['src_text']}, {money};"])
                els.append(bullet(text))
                exp["services"].append({"section": "proposed", "row_no_raw": None, "service_name": it["name"],
                                        "code_raw": code_raw, "service_code": it["code"], "capacity": it["cap"],
                                        "capacity_raw": f"{it['cap']} locuri", it["src"]: it["value"],
                                        "budget_raw": money})
    if r.random() < 0.55:  # reorganisations and closures: existing services, already in part A or gone
        els.append(p(r.choice(["Reorganizări și închideri de servicii:", "Servicii sociale care urmează a fi "
                                                                          "reorganizate sau închise:"])))
        for _ in range(r.randint(1, 2)):
            els.append(bullet(r.choice([
                f"închiderea Centrului de plasament „{d.nick()}” {d.town()} până la 31.12.{d.year}, în cadrul "
                f"procesului de dezinstituționalizare, și transferul celor {r.randint(10, 40)} copii în case de tip "
                f"familial;",
                f"reorganizarea Complexului de servicii „{d.nick()}” {d.town()} prin HCJ nr. "
                f"{r.randint(10, 300)}/{d.year - 1}, cu reducerea capacității de la {r.randint(50, 90)} la "
                f"{r.randint(20, 49)} locuri;",
                f"încetarea activității Centrului de zi „{d.nick()}” {d.town()} începând cu 01.07.{d.year}, "
                f"beneficiarii fiind preluați de serviciile din comunitate;"])))
