"""The services tables of a ``report_child_protection_statistics`` document (children's residential and day
services, adults' centres): columns drawn per table, 1–3 header rows with merged groups, group, subtotal and TOTAL
rows, spending by source in lei or "mii lei"; or the children's services as bullets. Each service row is expected
in ``services``, each TOTAL figure in ``totals`` (see ``child_protection.py`` for the assumptions)."""
from __future__ import annotations

from dataclasses import dataclass

import make_variants as mv

from . import child_protection_pools as P
from .child_protection_base import Doc, Svc
from .fmt import Money, code_spelling, group, pct_cell

__all__ = ["service", "services_table", "services_list", "header"]


def service(d: Doc, kind: P.ServiceKind) -> Svc:
    rnd = d.rnd
    for _ in range(30):
        place = rnd.choice(d.iss.places)
        name = rnd.choice(kind.names).format(q=rnd.choice(P.CENTRE_NAMES), town="" if d.with_place else place,
                                             n=rnd.randint(1, 9))
        name = " ".join(name.split()).rstrip(" –")
        if name not in d.used_names:
            break
    d.used_names.add(name)
    lo, hi = kind.capacity
    cap = rnd.randint(lo, hi)
    present = max(1, cap - rnd.randint(-2, max(1, cap // 4)))
    prev = max(1, present + rnd.randint(-3, 3))
    own_field, _ = d.iss.own_budget
    yearly = cap * rnd.randint(38_000, 96_000)
    spent = int(yearly * d.per.share)
    budgets = {own_field: max(100, round(spent * rnd.uniform(0.55, 0.8) / 100) * 100)}
    budgets["budget_state_lei"] = max(100, round(spent * rnd.uniform(0.1, 0.3) / 100) * 100)
    budgets["budget_beneficiaries_lei"] = max(100, round(spent * rnd.uniform(0.02, 0.08) / 100) * 100)
    cost = rnd.randint(3_200, 9_800)
    licence = (f"nr. {rnd.randint(100, 9999)}/{rnd.randint(1, 28):02d}.{rnd.randint(1, 12):02d}."
               f"{d.year - rnd.randint(0, 4)}")
    return Svc(name, kind.code, cap, present, prev, place, budgets, cost, licence, rnd.randint(0, 25))


@dataclass
class Layout:
    """The columns of one services table: (header path, what the body cell holds)."""

    cols: list[tuple[tuple[str, ...], str]]
    header_rows: int
    money: Money | None
    group_form: str  # across | name
    total: bool
    subtotals: bool
    number_dot: bool


def _layout(d: Doc, who: str, budget_fields: list[str], grouped: bool) -> Layout:
    rnd, per = d.rnd, d.per
    header_rows = rnd.choice([1, 1, 2, 2, 3])
    money = None
    if budget_fields:
        money = Money.pick(rnd, rnd.choice(["lei", "mii lei", "mii lei"]), header_rows)
    cols: list[tuple[tuple[str, ...], str]] = []
    if rnd.random() < 0.8:
        cols.append(((rnd.choice(P.HEADERS["no"]),), "no"))
    name_col = ((rnd.choice(P.HEADERS["name"]),), "name")
    code_col = ((rnd.choice(P.HEADERS["code"]),), "code")
    has_code = rnd.random() < 0.85
    if has_code and rnd.random() < 0.4:
        cols += [code_col, name_col]
    else:
        cols += [name_col] + ([code_col] if has_code else [])
    if d.with_place:  # the names leave the place to a column of its own
        cols.append(((rnd.choice(P.HEADERS["place"]),), "place"))
    cols.append(((rnd.choice(P.HEADERS["capacity"]),), "capacity"))
    present = rnd.choice(P.HEADERS["present_child" if who == "child" else "present_adult"]).format(date=per.date)
    if header_rows > 1 and rnd.random() < 0.4:  # the two dates under one group header
        g = rnd.choice(P.HEADERS["present_group"])
        cols += [((g, f"la {per.prev_date}"), "prev"), ((g, f"la {per.date}"), "present")]
    else:
        if rnd.random() < 0.2:
            cols.append(((present.replace(per.date, per.prev_date),), "prev"))
        cols.append(((present,), "present"))
    if rnd.random() < 0.3:
        cols.append(((rnd.choice(P.HEADERS["occupancy"]),), "occupancy"))
    if who == "adult" and rnd.random() < 0.3:
        cols.append(((rnd.choice(P.HEADERS["waiting"]),), "waiting"))
    if money is not None:
        spent = rnd.choice(P.HEADERS["spent"]) + (f" ({money.unit})" if money.where == "group" else "")
        labels = {"budget_county_lei": ["Buget județean", "Bugetul Consiliului Județean", "Buget CJ"],
                  "budget_local_lei": ["Buget local", "Bugetul local al sectorului"],
                  "budget_state_lei": ["Buget de stat", "Bugetul de stat"],
                  "budget_beneficiaries_lei": ["Contribuția beneficiarilor", "Contribuții beneficiari"]}
        leaves = [(rnd.choice(labels[f]) + money.header_suffix, f) for f in budget_fields]
        with_total = header_rows == 3 and len(budget_fields) > 1 and rnd.random() < 0.7
        for leaf, f in ([("Total" + money.header_suffix, "budget_total")] if with_total else []) + leaves:
            if header_rows == 1:
                path = (f"{spent} – {leaf[0].lower()}{leaf[1:]}",)
            elif with_total and f != "budget_total":
                path = (spent, "din care:", leaf)
            else:
                path = (spent, leaf)
            cols.append((path, f))
    elif rnd.random() < 0.25:
        cols.append(((rnd.choice(P.HEADERS["cost"]),), "cost"))
    if rnd.random() < 0.25:
        cols.append(((rnd.choice(P.HEADERS["licence"]),), "licence"))
    if max(len(p) for p, _ in cols) < header_rows:  # a caption row merged over every column
        caption = rnd.choice(["Servicii sociale pentru copii" if who == "child" else
                              "Servicii sociale pentru persoane adulte cu dizabilități",
                              f"Situația serviciilor la data de {per.date}", "Date privind serviciile sociale"])
        cols = [((caption,) + p, k) for p, k in cols]
    return Layout(cols, max(len(p) for p, _ in cols), money, rnd.choice(["across", "name"]),
                  rnd.random() < 0.8, grouped and rnd.random() < 0.35, rnd.random() < 0.6)


def header(paths: list[tuple[str, ...]], n: int) -> list[list[str]]:
    """Header rows from column paths: a group label merged over the columns sharing it, a leaf merged down."""
    grid = [["" for _ in paths] for _ in range(n)]
    for c, path in enumerate(paths):
        for r in range(n):
            grid[r][c] = path[r] if r < len(path) else mv.UP
    for r in range(n):
        for c in range(len(paths) - 1, 0, -1):
            a, b = paths[c], paths[c - 1]
            if r < len(a) - 1 and r < len(b) - 1 and a[:r + 1] == b[:r + 1]:
                grid[r][c] = mv.LEFT
    return grid


def services_table(d: Doc, groups: list[tuple[str | None, list[Svc]]], who: str, scope: str,
                    budget_fields: list[str]) -> None:
    rnd = d.rnd
    lay = _layout(d, who, budget_fields, grouped=any(g for g, _ in groups))
    kinds = [k for _, k in lay.cols]
    if lay.money is not None:
        if d.currency is None:
            d.currency = lay.money.unit
        if lay.money.note:
            d.p(lay.money.note)
    elif "cost" in kinds and d.currency is None:
        d.currency = "lei"
    rows = header([p for p, _ in lay.cols], lay.header_rows)
    numeric = ("capacity", "present", "prev", "waiting", "budget_total") + tuple(budget_fields)
    sums_all: dict[str, int] = {k: 0 for k in numeric}
    n = 0

    def total_row(label: str, sums: dict[str, int]) -> list[str]:
        first_num = min(i for i, k in enumerate(kinds) if k in numeric)
        merge = rnd.random() < 0.5
        out = []
        for i, k in enumerate(kinds):
            if i == 0:
                out.append(label)
            elif i < first_num:
                out.append(mv.LEFT if merge else "")
            elif k in ("capacity", "present", "prev", "waiting"):
                out.append(group(sums[k]))
            elif k in budget_fields or k == "budget_total":
                out.append(lay.money.cell(sums[k]))
            else:
                out.append("")
        return out

    def add_totals(label: str, sums: dict[str, int]) -> None:
        d.total(f"{scope}, {label.lower()}: capacitate (locuri)", sums["capacity"], "other", group(sums["capacity"]))
        d.total(f"{scope}, {label.lower()}: beneficiari la {d.per.date}", sums["present"], "beneficiaries",
                group(sums["present"]))
        for k in budget_fields + (["budget_total"] if "budget_total" in kinds else []):
            d.total(f"{scope}, {label.lower()}: cheltuieli {k}", sums[k], "lei", lay.money.cell(sums[k]))

    for category, svcs in groups:
        if category:
            if lay.group_form == "across":
                rows.append([category] + [mv.LEFT] * (len(kinds) - 1))
            else:
                rows.append([category if k == "name" else "" for k in kinds])
        sums = {k: 0 for k in numeric}
        for s in svcs:
            n += 1
            no = f"{n}." if lay.number_dot else str(n)
            code_raw = code_spelling(rnd, s.code)
            cells, raw_budget = [], []
            vals = {"capacity": s.capacity, "present": s.present, "prev": s.prev_present, "waiting": s.waiting,
                    "budget_total": sum(s.budgets[f] for f in budget_fields)}
            vals.update({f: s.budgets[f] for f in budget_fields})
            pct = round(s.present * 100 / s.capacity, 1)
            for k in kinds:
                if k == "no":
                    cells.append(no)
                elif k == "name":
                    cells.append(s.name)
                elif k == "code":
                    cells.append(code_raw)
                elif k == "place":
                    cells.append(s.place)
                elif k in ("capacity", "present", "prev", "waiting"):
                    cells.append(str(vals[k]))
                elif k == "occupancy":
                    cells.append(pct_cell(pct, rnd.random() < 0.7))
                elif k in budget_fields or k == "budget_total":
                    cells.append(lay.money.cell(vals[k]))
                    raw_budget.append(cells[-1])
                elif k == "cost":
                    cells.append(group(s.cost))
                elif k == "licence":
                    cells.append(s.licence)
            for k in sums:
                sums[k] += vals.get(k, 0)
            rows.append(cells)
            row = dict(section="existing", row_no_raw=no if "no" in kinds else None, category=category,
                       service_name=s.name, code_raw=code_raw if "code" in kinds else None,
                       service_code=s.code if "code" in kinds else None, capacity=s.capacity,
                       capacity_raw=str(s.capacity), beneficiaries=s.present,
                       occupancy_pct=pct if "occupancy" in kinds else None,
                       occupancy_raw=cells[kinds.index("occupancy")] if "occupancy" in kinds else None,
                       budget_raw=" | ".join(raw_budget) or None)
            for f in budget_fields:
                row[f] = s.budgets[f]
            d.services.append(row)
        if category and lay.subtotals and lay.total:
            label = rnd.choice(["Total ", "Subtotal "]) + category[:1].lower() + category[1:]
            rows.append(total_row(label, sums))
            add_totals(label, sums)
        for k in sums:
            sums_all[k] += sums[k]
    if lay.total:
        label = rnd.choice(["TOTAL", "Total", "TOTAL GENERAL", "Total general"])
        rows.append(total_row(label, sums_all))
        add_totals(label, sums_all)
    widths = [0.5 if k == "no" else 3.2 if k == "name" else 1.4 if k in ("code", "licence", "place") else 1.1
              for k in kinds]
    d.els.append(mv.table(rows, lay.header_rows, widths))


def services_list(d: Doc, svcs: list[Svc]) -> None:
    """The children's services as bullets: name, code, places and children present."""
    rnd = d.rnd
    d.p(rnd.choice([f"La data de {d.per.date}, în subordinea {d.dg(genitive=True)} funcționau următoarele servicii "
                    "pentru copii:",
                    "Serviciile sociale pentru copii administrate de direcție:"]))
    form = rnd.randrange(3)
    for s in svcs:
        code_raw = code_spelling(rnd, s.code)
        pct = round(s.present * 100 / s.capacity, 1)
        if form == 0:
            text = f"{s.name} (cod {code_raw}) – capacitate {s.capacity} locuri, {s.present} copii la {d.per.date};"
        elif form == 1:
            text = f"{s.name}, cod {code_raw}: {s.capacity} locuri, {s.present} beneficiari;"
        else:
            text = (f"{s.name} – {code_raw} – {s.capacity} locuri / {s.present} beneficiari "
                    f"(grad de ocupare {pct_cell(pct, True)});")
        d.b(text)
        d.services.append(dict(section="existing", category=None, service_name=s.name, code_raw=code_raw,
                               service_code=s.code, capacity=s.capacity, capacity_raw=f"{s.capacity} locuri",
                               beneficiaries=s.present, occupancy_pct=pct if form == 2 else None))
