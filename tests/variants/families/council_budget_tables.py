"""The services and the tables of family ``council_social_budget`` (:mod:`.council_budget`): which services a
council funds (with their places, beneficiaries, costs and contributions), the columns of the budget table — by
funding source or by budget title, in lei or mii lei, places and beneficiaries — with their TOTAL and subtotal
rows and the expected rows and totals, Anexa nr. 1 (the services' budget) and Anexa nr. 2 (cost per beneficiary
and contribution). The decision and the report that print them are in :mod:`.council_budget`, which also holds
the assumptions the expected values follow.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from make_variants import LEFT, UP

from .budget_base import Doc, Money, Svc, county_kinds, local_kinds, name_service, print_code
from .fmt import group

__all__ = ["Col", "budget_columns", "costs_annex", "count_cell", "expected_service", "header_rows",
           "pick_services", "row_sum", "services_annex", "total_row"]

# budget classification (chapter 68.02 "Asigurări și asistență socială") printed beside a service: a distractor
_CLASSIF = {"protecției copilului": "68.02.06", "dizabilități": "68.02.05.02", "vulnerabile": "68.02.50.50",
            "vârstnice": "68.02.04", "copii și familie": "68.02.06", "excluziune": "68.02.15.02"}


def _classif(category: str) -> str:
    return next((v for k, v in _CLASSIF.items() if k in category), "68.02.50.50")


# ------------------------------------------------------------------------------------------------ services


def pick_services(d: Doc, money: Money) -> list[Svc]:
    rnd, a = d.rnd, d.auth
    if a.level == "judet":
        kinds, n = county_kinds(), rnd.randint(5, 12)
    elif a.level == "comuna":
        kinds, n = [k for k in local_kinds() if k.code in ("8810 ID-I", "8899 CPDH-I", "8810 CZ-V-II",
                                                          "8891 CZ-C-II", "8899 CZ-F-I")], rnd.randint(2, 4)
    else:
        kinds, n = local_kinds(), rnd.randint(3, 9)
    chosen = [rnd.choice(kinds) for _ in range(n)]
    # a kind named without a nick or a number is run once (a second "Cantina de ajutor social" would be the same one)
    chosen = [k for i, k in enumerate(chosen) if "{" in k.pattern or k not in chosen[:i]]
    order = {k.category: i for i, k in enumerate(kinds)}
    chosen.sort(key=lambda k: order[k.category])  # an annex lists the services category by category
    missing = rnd.choice([0.0, 0.0, 0.1, 0.3])
    used: set[str] = set()
    out = []
    for k in chosen:
        name = name_service(rnd, k, a.town, used)
        code, raw = print_code(rnd, k.code, missing)
        places = rnd.randint(*k.places) if k.places[1] else None
        benef = round(places * rnd.uniform(0.6, 1.0)) if places else rnd.randint(20, 140)
        cost = rnd.randrange(k.month_cost[0] // 10, k.month_cost[1] // 10) * 10
        yearly = cost * benef * 12
        sources: dict[str, int] = {}
        own_share = rnd.uniform(0.45, 0.9)
        sources[a.own_source] = money.amount(rnd, int(yearly * own_share), int(yearly * own_share) + 5000)
        if rnd.random() < 0.55:
            sources["budget_state_lei"] = money.amount(rnd, int(yearly * 0.1), int(yearly * 0.35) + 2000)
        if k.residential and rnd.random() < 0.8:
            sources["budget_beneficiaries_lei"] = money.amount(rnd, int(yearly * 0.04), int(yearly * 0.12) + 2000)
        if rnd.random() < 0.12:
            sources["budget_other_lei"] = money.amount(rnd, 20_000, 400_000)
        contribution = rnd.randrange(cost // 40, cost // 12) * 10 if k.residential else 0
        street = rnd.choice(["Str. Libertății nr. ", "Str. Mihai Eminescu nr. ", "Bd. Independenței nr. ",
                             "Str. Spitalului nr. ", "Calea Națională nr. "]) + str(rnd.randint(1, 140))
        out.append(Svc(name, code, raw, k.category, places, benef, sources, cost, contribution,
                       f"{a.town}, {street}"))
    return out


# ------------------------------------------------------------------------------------------------ columns


@dataclass
class Col:
    head: str
    cell: Callable[[Svc], str]
    money: str = ""  # a money column: the contract source, "title:<n>" or "total" (summed in TOTAL rows)
    count: str = ""  # a count column summed in TOTAL rows: "places" | "beneficiaries"
    grouped: bool = False  # under the merged money header


_SOURCE_HEADS = {
    "budget_county_lei": ["Buget propriu al județului", "Bugetul Consiliului Județean", "Buget județean",
                          "Venituri proprii ale bugetului județean"],
    "budget_local_lei": ["Buget local", "Bugetul local", "Finanțare din bugetul local", "Buget local (cap. 68.02)"],
    "budget_state_lei": ["Buget de stat", "Buget de stat (sume defalcate din TVA)", "Transferuri de la bugetul de stat",
                         "Sume defalcate din TVA"],
    "budget_beneficiaries_lei": ["Contribuția beneficiarilor", "Contribuții ale persoanelor asistate",
                                 "Venituri din contribuția beneficiarilor", "Contribuții beneficiari"],
    "budget_other_lei": ["Alte surse", "Fonduri externe nerambursabile", "Alte surse legal constituite"],
}
_TITLES = [("Cheltuieli de personal (Titlul I)", 0.62), ("Bunuri și servicii (Titlul II)", 0.33),
           ("Cheltuieli de capital (Titlul XIII)", 0.05)]


def count_cell(v: int | None) -> str:
    return "-" if v is None else str(v)


def budget_columns(d: Doc, money: Money, svcs: list[Svc], by_title: bool) -> tuple[list[Col], dict]:
    """The columns of Anexa nr. 1, in a seeded order, and the title split of each service (by-title annexes)."""
    rnd, yr = d.rnd, d.year
    cols: list[Col] = []
    if rnd.random() < 0.9:
        cols.append(Col(rnd.choice(["Nr. crt.", "Nr. crt", "Nr."]), lambda s: ""))
    name = Col(rnd.choice(["Denumirea serviciului social", "Serviciul social / Centrul", "Denumire serviciu social",
                           "Denumirea centrului / serviciului"]), lambda s: s.name)
    code = Col(rnd.choice(["Cod serviciu social", "Cod conform Nomenclatorului", "Codul serviciului (HG 867/2015)",
                           "Cod serviciu"]), lambda s: s.code_raw)
    cols += [name, code] if rnd.random() < 0.7 else [code, name]
    if rnd.random() < 0.3:
        cols.append(Col(rnd.choice(["Adresa", "Locația", "Sediul"]), lambda s: s.address))
    if rnd.random() < 0.3:
        cols.append(Col(rnd.choice(["Clasificație bugetară", "Subcapitol bugetar", "Cod clasificație"]),
                        lambda s: _classif(s.category)))
    if rnd.random() < 0.8:
        cols.append(Col(rnd.choice(["Capacitate (nr. locuri)", "Nr. locuri", "Capacitatea aprobată", "Capacitate"]),
                        lambda s: count_cell(s.places), count="places"))
    if rnd.random() < 0.5:
        cols.append(Col(rnd.choice(["Nr. mediu beneficiari", f"Număr beneficiari estimat {yr}", "Nr. beneficiari",
                                    "Număr mediu lunar de beneficiari"]), lambda s: str(s.beneficiaries),
                        count="beneficiaries"))
    if rnd.random() < 0.25:
        cols.append(Col(rnd.choice(["Cost mediu lunar/beneficiar (lei)", "Costul mediu lunar de întreținere (lei/lună)",
                                    "Cost lunar per beneficiar (lei)"]), lambda s: group(s.month_cost)))
    splits: dict[str, dict[str, int]] = {}
    money_cols: list[Col] = []
    if by_title:
        for s in svcs:
            left = s.total
            parts = {}
            for i, (_, share) in enumerate(_TITLES):
                if i == len(_TITLES) - 1:
                    parts[str(i)] = left
                else:
                    v = money.amount(rnd, int(s.total * share * 0.9), int(s.total * share * 1.1))
                    v = min(v, left)
                    parts[str(i)] = v
                    left -= v
            splits[s.name] = parts
        for i, (head, _) in enumerate(_TITLES):
            money_cols.append(Col(money.head(head), (lambda i: lambda s: money.cell(splits[s.name][str(i)]))(i),
                                  money=f"title:{i}", grouped=True))
    else:
        present = [k for k in _SOURCE_HEADS if any(k in s.sources for s in svcs)]
        present.sort(key=lambda k: 0 if k == d.auth.own_source else 1)
        for k in present:
            money_cols.append(Col(money.head(rnd.choice(_SOURCE_HEADS[k])),
                                  (lambda k: lambda s: money.cell(s.sources[k]) if k in s.sources else "-")(k),
                                  money=k, grouped=True))
    if by_title or len(money_cols) > 1 or rnd.random() < 0.3:
        tot = Col(money.head(rnd.choice(["Total", "TOTAL buget", "Total buget aprobat"])),
                  lambda s: money.cell(s.total), money="total", grouped=True)
        if rnd.random() < 0.3:
            money_cols.insert(0, tot)
        else:
            money_cols.append(tot)
    cols += money_cols
    if rnd.random() < 0.15:
        cols.append(Col(rnd.choice(["Contribuția lunară a beneficiarului (lei/lună)", "Contribuție lunară (lei)"]),
                        lambda s: group(s.contribution) if s.contribution else "-"))
    if rnd.random() < 0.15:
        cols.append(Col("Observații", lambda s: rnd.choice(["", "", "licențiat", "în curs de licențiere"])))
    return cols, splits


def row_sum(col: Col, svcs: list[Svc], splits: dict) -> int | None:
    if col.money == "total":
        return sum(s.total for s in svcs)
    if col.money.startswith("title:"):
        return sum(splits[s.name][col.money[6:]] for s in svcs)
    if col.money:
        vals = [s.sources[col.money] for s in svcs if col.money in s.sources]
        return sum(vals) if vals else None
    if col.count == "places":
        vals = [s.places for s in svcs if s.places is not None]
        return sum(vals) if vals else None
    if col.count == "beneficiaries":
        return sum(s.beneficiaries for s in svcs)
    return None


def total_row(d: Doc, cols: list[Col], svcs: list[Svc], splits: dict, money: Money, label: str, scope: str,
              label_col: int) -> list[str]:
    row = [""] * len(cols)
    row[label_col] = label
    for i, c in enumerate(cols):
        v = row_sum(c, svcs, splits)
        if v is None:
            continue
        if c.money:
            row[i] = money.cell(v)
            d.total(f"{scope}: {c.head}", float(v), "lei", row[i])
        else:
            row[i] = str(v)
            d.total(f"{scope}: {c.head}", float(v), "beneficiaries" if c.count == "beneficiaries" else "other", row[i])
    return row


def header_rows(d: Doc, cols: list[Col], money: Money) -> list[list[str]]:
    grouped = [i for i, c in enumerate(cols) if c.grouped]
    if not grouped or (money.where != "group" and (len(grouped) < 2 or d.rnd.random() < 0.45)):
        return [[c.head for c in cols]]
    words = d.rnd.choice([f"Buget aprobat {d.year}", "Surse de finanțare", f"Buget {d.year}",
                          "Sume alocate pe surse de finanțare"])
    top_text = f"{words} ({money.unit})" if money.where == "group" else words
    top, sub = [], []
    for i, c in enumerate(cols):
        if c.grouped:
            top.append(top_text if i == grouped[0] else LEFT)
            sub.append(c.head)
        else:
            top.append(c.head)
            sub.append(UP)
    return [top, sub]


def expected_service(d: Doc, s: Svc, cols: list[Col], category: str | None, table_seq: int, row_no: str,
                     by_title: bool, money: Money) -> dict:
    has = {c.count for c in cols if c.count} | {c.money for c in cols if c.money}
    exp = {"section": "existing", "table_seq": table_seq, "row_no_raw": row_no, "category": category,
           "service_name": s.name, "code_raw": s.code_raw, "service_code": s.code or None,
           "capacity": s.places if "places" in has else None,
           "beneficiaries": s.beneficiaries if "beneficiaries" in has else None}
    if not by_title:
        for k, v in s.sources.items():
            if k in has:
                exp[k] = v
    return exp


def services_annex(d: Doc, svcs: list[Svc], money: Money, by_title: bool, layout: str, subtotals: bool) -> None:
    """Anexa nr. 1: the services and their budget — one table with group rows, or one table per category."""
    cols, splits = budget_columns(d, money, svcs, by_title)
    heads = header_rows(d, cols, money)
    name_i = next(i for i, c in enumerate(cols) if c.cell(svcs[0]) == svcs[0].name)
    first = 0
    cats: list[str] = []
    for s in svcs:
        if s.category not in cats:
            cats.append(s.category)
    if money.where == "above":
        d.p(d.rnd.choice([f"- {money.unit} -", f"Sumele sunt exprimate în {money.unit}.", f"({money.unit})"]))
    numbered = cols[0].head.startswith("Nr")
    n = 0
    if layout == "one":
        rows = [list(r) for r in heads]
        seq = d.n_tables() + 1
        merged_groups = d.rnd.random() < 0.7
        for ci, cat in enumerate(cats):
            part = [s for s in svcs if s.category == cat]
            if len(cats) > 1 or d.rnd.random() < 0.5:
                label = cat if d.rnd.random() < 0.6 else f"{'ABCDEFG'[ci]}. {cat}"
                if merged_groups:
                    rows.append([label] + [LEFT] * (len(cols) - 1))
                else:
                    r = [""] * len(cols)
                    r[name_i] = label
                    rows.append(r)
                category = label.split(". ", 1)[1] if label[1:3] == ". " else label
            else:
                category = None
            for s in part:
                n += 1
                r = [c.cell(s) for c in cols]
                if numbered:
                    r[0] = f"{n}." if d.rnd.random() < 0.9 or n == 1 else str(n)
                rows.append(r)
                d.services.append(expected_service(d, s, cols, category, seq, r[0] if numbered else None, by_title,
                                                   money))
            if subtotals and len(cats) > 1:
                rows.append(total_row(d, cols, part, splits, money, f"Total {cat[0].lower()}{cat[1:]}",
                                      f"subtotal {cat}", name_i))
        rows.append(total_row(d, cols, svcs, splits, money, d.rnd.choice(["TOTAL", "TOTAL GENERAL", "Total"]),
                              "TOTAL anexa 1", first if numbered else name_i))
        d.table(rows, len(heads))
        return
    # one table per category, each under its numbered sub-heading (one numbering scheme per annex)
    digits = d.rnd.random() < 0.7
    for ci, cat in enumerate(cats):
        part = [s for s in svcs if s.category == cat]
        d.h(f"{ci + 1}. {cat}" if digits else f"{'abcdefg'[ci]}) {cat}")
        rows = [list(r) for r in heads]
        seq = d.n_tables() + 1
        for s in part:
            n += 1
            r = [c.cell(s) for c in cols]
            if numbered:
                r[0] = f"{n}."
            rows.append(r)
            d.services.append(expected_service(d, s, cols, cat, seq, r[0] if numbered else None, by_title, money))
        if subtotals:
            rows.append(total_row(d, cols, part, splits, money, "Total", f"total {cat}", first if numbered
                                  else name_i))
        d.table(rows, len(heads))
    whole = sum(s.total for s in svcs)
    d.p(f"Total general Anexa nr. 1: {money.number(whole)} {money.unit}.")
    d.total("TOTAL general anexa 1", float(whole), "lei", f"{money.number(whole)} {money.unit}")


def costs_annex(d: Doc, svcs: list[Svc]) -> None:
    """Anexa nr. 2: the monthly cost per beneficiary and the contribution owed, always in lei."""
    rnd = d.rnd
    listed = [s for s in svcs if s.contribution or rnd.random() < 0.6] or svcs[:1]
    with_code = rnd.random() < 0.5
    cols = ["Nr. crt.", rnd.choice(["Serviciul social", "Denumirea serviciului social", "Centrul"])]
    if with_code:
        cols.append("Cod serviciu social")
    cols.append(rnd.choice(["Cost mediu lunar de întreținere/beneficiar (lei)", "Costul mediu lunar (lei/beneficiar)",
                            "Cost mediu lunar/persoană asistată - lei -"]))
    annual = rnd.random() < 0.4
    if annual:
        cols.append("Cost mediu anual/beneficiar (lei)")
    cols.append(rnd.choice(["Contribuția lunară de întreținere (lei/lună)", "Contribuția lunară datorată de beneficiar (lei)"]))
    rows = [cols]
    for i, s in enumerate(listed, 1):
        r = [f"{i}.", s.name] + ([s.code_raw] if with_code else []) + [group(s.month_cost)]
        if annual:
            r.append(group(s.month_cost * 12))
        r.append(group(s.contribution) if s.contribution else "-")
        rows.append(r)
    d.table(rows)
