"""Shape (b) of the ``partnership_agreements`` family (``partnerships.py``): a directorate's register or situation
of the agreements in force at the end of a year or concluded in it — a title, sometimes a short introduction, one
table (number, type of act, number and date in one or two columns or with the type, partner with or without its
address or fiscal code, object, validity in one or two columns, the service concerned, the beneficiaries targeted, a
financial contribution with a TOTAL row, remarks), group rows by kind of partner, one to three header rows."""
from __future__ import annotations

import random
import re

import make_variants as mv
from variant_model import LEFT, UP

from .fmt import Money
from .partnership_base import Doc, make_agreements
from .partnership_pools import SERVICES, Agreement, amount, person

__all__ = ["write_register"]

_GROUPS = {"ngo": "Organizații neguvernamentale", "public": "Instituții publice", "cult": "Culte religioase",
           "uat": "Unități administrativ-teritoriale"}
_ROMAN = ["I", "II", "III", "IV"]
_WIDTHS = {"nr": 0.55, "typend": 1.9, "type": 1.1, "nd": 1.35, "n": 1.0, "d": 1.05, "partner": 2.2, "cui": 1.0,
           "object": 2.4, "valid": 1.3, "from": 1.05, "to": 1.05, "service": 1.2, "targeted": 0.8, "money": 1.0,
           "obs": 1.2}
_DATE = re.compile(r"^\d{2}\.\d{2}\.\d{4}$")


def _title(d: Doc, concluded: bool) -> list[str]:
    y, s = d.year, d.iss.directorate
    if concluded:
        return d.rnd.choice([
            [f"REGISTRUL acordurilor de parteneriat și protocoalelor de colaborare încheiate în anul {y}"],
            [f"Situația parteneriatelor încheiate de {s} în anul {y}"],
            ["LISTA", f"acordurilor și convențiilor de colaborare încheiate în cursul anului {y}"]])
    return d.rnd.choice([
        [f"SITUAȚIA acordurilor de parteneriat, protocoalelor și convențiilor de colaborare în derulare la data de "
         f"31.12.{y}"],
        [f"Evidența protocoalelor de colaborare și a acordurilor de parteneriat aflate în vigoare în anul {y}"],
        ["SITUAȚIA PARTENERIATELOR", f"{s} – anul {y}"],
        [f"Lista parteneriatelor cu instituții publice și organizații neguvernamentale active în anul {y}"]])


def _numdate(rnd: random.Random, a: Agreement, form: int) -> str:
    if a.number is None:
        return "-"
    return [f"nr. {a.number}/{a.date[0]}", f"{a.number}/{a.date[0]}", f"nr. {a.number} din {a.date[0]}",
            f"{a.number} din {a.date[0]}"][form]


def _end_date(a: Agreement, rnd: random.Random, not_before: int) -> str:
    """The end of a period that starts on the signing date (not before the year the register is about)."""
    d, m, y = a.date[0].split(".")
    return f"{d}.{m}.{max(int(y) + rnd.randint(1, 4), not_before)}"


def write_register(d: Doc) -> None:
    rnd, iss = d.rnd, d.iss
    concluded = rnd.random() < 0.35
    n = rnd.randint(4, 12)
    lo = d.year if concluded else d.year - rnd.randint(3, 7)
    ags = make_agreements(rnd, iss, n, lo, d.year, in_force=None if concluded else d.year)
    for a in ags:
        if rnd.random() < 0.08 and not concluded:  # an old agreement the register lists without its number
            a.number = None
            a.date = None

    for line in iss.letterhead_directorate(rnd):
        d.p(line)
    if rnd.random() < 0.6:
        d.p(f"Nr. {rnd.randint(100, 30000)}/{rnd.randint(5, 28):02d}.01.{d.year + 1}" if not concluded or
            rnd.random() < 0.5 else f"Nr. {rnd.randint(100, 30000)} din {rnd.randint(1, 28):02d}.12.{d.year}")
    lines = _title(d, concluded)
    d.title(lines[0])
    for extra in lines[1:]:
        d.p(extra)
    d.title_lines = lines

    # --- the introduction (sometimes), with the count of agreements (an indicator when stated)
    if rnd.random() < 0.6:
        law = rnd.choice(["Legii asistenței sociale nr. 292/2011, cu modificările și completările ulterioare",
                          "art. 5 alin. (1) din Legea nr. 292/2011 a asistenței sociale",
                          "Legii nr. 272/2004 privind protecția și promovarea drepturilor copilului, republicată"])
        intro = (f"În conformitate cu prevederile {law}, {iss.dir_short} dezvoltă parteneriate cu instituții publice, "
                 f"organizații neguvernamentale și culte recunoscute, în vederea diversificării serviciilor sociale "
                 f"și a creșterii calității acestora.")
        if rnd.random() < 0.6:
            word = rnd.choice(["acorduri de parteneriat și protocoale de colaborare", "parteneriate",
                               "acte de colaborare"])
            when = f"în anul {d.year} au fost încheiate" if concluded else f"la data de 31.12.{d.year} erau în derulare"
            phrase = f"{n} {word}" if rnd.random() < 0.6 else f"un număr de {n} {word}"
            intro += f" Astfel, {when} {phrase}, prezentate în tabelul de mai jos."
            d.indicator("acorduri_parteneriat", word, n, "acorduri", phrase)
        d.p(intro)

    # --- the table's columns
    type_form = rnd.choice(["type+nd", "type|nd", "type|nd", "type|n|d"])
    cols: list[str] = ["nr"] if rnd.random() < 0.9 else []
    if type_form == "type+nd":
        cols.append("typend")
    elif type_form == "type|nd":
        cols += ["type", "nd"]
    else:
        cols += ["type", "n", "d"]
    partner_first = rnd.random() < 0.4
    if partner_first:
        cols.insert(1 if cols[0] == "nr" else 0, "partner")
    else:
        cols.append("partner")
    if rnd.random() < 0.25:
        cols.append("cui")
    cols.append("object")
    two_validity = rnd.random() < 0.3
    cols += ["from", "to"] if two_validity else ["valid"]
    if rnd.random() < 0.35:
        cols.append("service")
    if rnd.random() < 0.3:
        cols.append("targeted")
    money = rnd.random() < 0.3
    if money:
        cols.append("money")
    if rnd.random() < 0.35:
        cols.append("obs")

    unit = rnd.choice(["lei", "lei", "mii lei"])
    mon = Money.pick(rnd, unit, 1)
    if mon.note and money:
        d.p(rnd.choice([mon.note, f"- {unit} -", f"(valori exprimate în {unit})"]))
    nd_form = rnd.randrange(4)
    partner_form = rnd.choice(["name", "name", "name+addr", "name+cui", "name+din"])
    t_head = rnd.choice(["Tipul actului", "Tip document", "Denumirea actului", "Forma de colaborare",
                         "Tipul acordului"])
    heads = {
        "nr": rnd.choice(["Nr. crt.", "Nr. crt", "Nr."]), "typend": rnd.choice(
            ["Actul de colaborare (tip, număr, dată)", "Document (tip / nr. / data)", "Actul încheiat"]),
        "type": t_head,
        "nd": rnd.choice(["Număr și dată", "Nr. și data încheierii", "Nr./data", "Nr. înregistrare / dată"]),
        "n": rnd.choice(["Nr. act", "Nr. înregistrare"]), "d": rnd.choice(["Data încheierii", "Data semnării"]),
        "partner": rnd.choice(["Partener", "Partenerul", "Instituția / organizația parteneră", "Denumire partener",
                               "Organizația parteneră"]),
        "cui": rnd.choice(["CUI / CIF partener", "Cod fiscal partener", "CIF"]),
        "object": rnd.choice(["Obiectul acordului", "Scopul parteneriatului", "Obiect", "Domeniul de colaborare"]),
        "valid": rnd.choice(["Perioada de valabilitate", "Durata", "Valabil până la", "Perioada de derulare"]),
        "from": "de la", "to": "până la",
        "service": rnd.choice(["Serviciul implicat", "Compartimentul / serviciul responsabil", "Structura implicată"]),
        "targeted": rnd.choice(["Nr. beneficiari vizați", "Grup țintă (nr. persoane)", "Nr. estimat beneficiari"]),
        "money": rnd.choice(["Contribuția financiară a UAT", "Valoare cofinanțare", "Sume alocate din bugetul local"])
        + mon.header_suffix,
        "obs": rnd.choice(["Observații", "Stadiu / observații", "Mențiuni"]),
    }
    # header rows: a group over number and date ('Actul de colaborare'), over the validity dates, then (sometimes)
    # the column numbers
    group_nd = type_form == "type|n|d" and rnd.random() < 0.6
    header1: list[str] = []
    header2: list[str] = []
    for c in cols:
        if c == "from":
            header1.append("Perioada de valabilitate")
            header2.append("de la")
        elif c == "to":
            header1.append(LEFT)
            header2.append("până la")
        elif c in ("n", "d") and group_nd:
            header1.append("Actul de colaborare" if c == "n" else LEFT)
            header2.append(heads[c])
        else:
            header1.append(heads[c])
            header2.append(UP)
    header = [header1, header2] if (two_validity or group_nd) else [header1]
    if rnd.random() < 0.25:  # the column numbers under the header
        header.append([str(i) for i in range(len(cols))] if rnd.random() < 0.5
                      else [str(i + 1) for i in range(len(cols))])
    rows = [r[:] for r in header]

    # --- the body: group rows by kind of partner, or one flat list
    grouped = rnd.random() < 0.35 and len({a.partners[0].kind for a in ags}) > 1
    if grouped:
        order = [k for k in ("public", "ngo", "cult", "uat") if any(a.partners[0].kind == k for a in ags)]
        rnd.shuffle(order)
        ags = [a for k in order for a in ags if a.partners[0].kind == k]
    restart = grouped and rnd.random() < 0.4
    group_across = rnd.random() < 0.6
    k = 0
    prev_kind = None
    n_groups = 0
    dotted = rnd.random() < 0.8
    sum_money = 0
    sum_targeted = 0
    for a in ags:
        p = a.partners[0]
        if grouped and p.kind != prev_kind:
            label = f"{_ROMAN[n_groups]}. {_GROUPS[p.kind]}"
            n_groups += 1
            if group_across or "partner" not in cols:
                rows.append([label] + [LEFT] * (len(cols) - 1))
            else:
                rows.append([label if c == "partner" else "" for c in cols])
            prev_kind = p.kind
            if restart:
                k = 0
        k += 1
        row_no = (f"{k}." if dotted else str(k)) if "nr" in cols else None
        if two_validity and not _DATE.match(a.valid or ""):  # a 'până la' column holds a date
            a.valid = _end_date(a, rnd, d.year) if a.date is not None else f"31.12.{d.year + 1}"
        targeted = rnd.randint(10, 250) if "targeted" in cols else None
        contrib = amount(rnd, 2_000, 90_000) if money and rnd.random() < 0.75 else None
        row = []
        for c in cols:
            if c == "nr":
                row.append(row_no)
            elif c == "typend":
                row.append(a.act.cap + (" " + _numdate(rnd, a, nd_form if nd_form in (0, 2) else 0)
                                        if a.number else ""))
            elif c == "type":
                row.append(a.act.cap)
            elif c == "nd":
                row.append(_numdate(rnd, a, nd_form))
            elif c == "n":
                row.append(a.number or "-")
            elif c == "d":
                row.append(a.date[0] if a.date else "-")
            elif c == "partner":
                row.append(_partner_cell(rnd, a, partner_form))
            elif c == "cui":
                row.append(a.partners[0].cui)
            elif c == "object":
                row.append(a.obj[:1].upper() + a.obj[1:])
            elif c == "valid":
                row.append(_valid_cell(rnd, a))
            elif c == "from":
                row.append(a.date[0] if a.date else "-")
            elif c == "to":
                row.append(a.valid)
            elif c == "service":
                row.append(rnd.choice(SERVICES))
            elif c == "targeted":
                row.append(str(targeted))
                sum_targeted += targeted
            elif c == "money":
                row.append(mon.cell(contrib) if contrib else "-")
                sum_money += contrib or 0
            elif c == "obs":
                row.append(_obs(rnd, a, d.year))
        rows.append(row)
        d.partnerships.append(a.gold(row_no))

    if money and sum_money and rnd.random() < 0.8:
        tot = ["TOTAL" if i == 0 else "" for i in range(len(cols))]
        tot[cols.index("money")] = mon.cell(sum_money)
        d.total("contribuția financiară a UAT pentru parteneriate (TOTAL)", sum_money, mon.cell(sum_money))
        if "targeted" in cols and rnd.random() < 0.5:
            tot[cols.index("targeted")] = str(sum_targeted)
            d.total("beneficiari vizați (TOTAL)", sum_targeted, str(sum_targeted), unit="beneficiaries")
        if cols[0] == "nr" and rnd.random() < 0.5:
            tot[0], tot[1] = "", "TOTAL"
        rows.append(tot)
    widths = [_WIDTHS[c] for c in cols]  # the partner and the object get the room they need
    d.els.append(mv.table(rows, len(header), widths))

    # --- the closing lines
    if rnd.random() < 0.5:
        d.p(rnd.choice(["Notă: actele de colaborare pot fi consultate la sediul instituției.",
                        f"Situația a fost întocmită pe baza registrului de evidență a actelor de colaborare, "
                        f"tel. 02{rnd.randint(30, 69)} {rnd.randint(100, 999)} {rnd.randint(100, 999)}."]))
    d.p(rnd.choice(["Director executiv,", "Șef serviciu,", "Întocmit,", "Coordonator compartiment,"]))
    d.p(person(rnd))


def _partner_cell(rnd: random.Random, a: Agreement, form: str) -> str:
    p = a.partners[0]
    if form == "name+addr":
        return f"{p.name}, {p.address}"
    if form == "name+cui":
        return f"{p.name} (CIF {p.cui})"
    if form == "name+din" and p.kind in ("ngo",) and p.locality and p.locality not in p.name:
        return f"{p.name} din {p.locality}"
    return p.name


def _valid_cell(rnd: random.Random, a: Agreement) -> str:
    if a.date is not None and _DATE.match(a.valid or "") and rnd.random() < 0.4:
        a.start = a.date[0]
        return f"{a.date[0]} – {a.valid}"
    return a.valid


def _obs(rnd: random.Random, a: Agreement, year: int) -> str:
    return rnd.choice(["în derulare", "-", "", f"prelungit prin act adițional nr. {rnd.randint(1, 3)}/{year}",
                       f"aprobat prin HCL nr. {rnd.randint(5, 190)}/{int(a.date[1][:4]) if a.date else year}",
                       f"tel. partener 07{rnd.randint(20, 89)} {rnd.randint(100, 999)} {rnd.randint(100, 999)}",
                       "fără implicații financiare", f"contribuția partenerului: {rnd.choice([5, 10, 15, 20])}%"])
