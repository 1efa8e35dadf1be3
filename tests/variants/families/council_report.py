"""The report on how a council's social-assistance programmes were carried out (``council_programmes.py``):
sentences with the approved and paid amounts and the counts, the table of subsidies paid per association (with the
subsidy convention's number and date or not), the contracts executed."""
from __future__ import annotations

from .council_annexes import (H_ASSOC, H_BENEF, H_CPV, H_NR, H_OBJECT, H_UNIT, draw_subsidies, subsidy_gold)
from .council_base import CONTRACTS, CPV_TEXT, SIGNATORIES, Doc, Printer, association_name, spelled_cpv
from .council_decision import CHAPTERS, letterhead

__all__ = ["execution_report"]

# ------------------------------------------------------------------------------------------------- report

_REPORT_TITLES = [
    "RAPORT privind modul de derulare în anul {y} a programului de subvenționare a asociațiilor și fundațiilor care "
    "administrează unități de asistență socială (Legea nr. 34/1998)",
    "INFORMARE privind acordarea subvențiilor în baza Legii nr. 34/1998 și executarea contractelor de servicii "
    "sociale în anul {y}",
    "Raport de execuție a programelor de finanțare a serviciilor sociale – anul {y}",
    "RAPORT ANUAL privind utilizarea subvențiilor acordate asociațiilor și fundațiilor în anul {y}",
]
_WORDS = {2: "două", 3: "trei", 4: "patru", 5: "cinci", 6: "șase", 7: "șapte", 8: "opt", 9: "nouă"}


def execution_report(d: Doc) -> None:
    rnd, c, y = d.rnd, d.council, d.year
    headed = rnd.random() < 0.7
    if headed:
        letterhead(d, c.directorate)
        d.p(f"Nr. {rnd.randint(100, 30000)}/{rnd.randint(1, 28):02d}.0{rnd.randint(1, 3)}.{y + 1}")
    d.title(rnd.choice(_REPORT_TITLES).format(y=y))
    pr = Printer.pick(rnd)
    subs = draw_subsidies(d, 12)
    approved = sum(s.amount for s in subs)
    for s in subs:  # what was paid: a unit that started late or served fewer people is paid less
        s.paid = s.amount if rnd.random() < 0.6 else s.amount - rnd.randint(1, max(1, s.amount // 1000)) * 100
    paid = sum(s.paid for s in subs)
    hcl_date = rnd.choice([f"12.{y - 1}", f"0{rnd.randint(1, 3)}.{y}"])
    body = "Consiliului Județean" if c.level == "judet" else "Consiliului Local"
    if not headed:  # no letterhead: the council's decision names the place (and a commune's or town's county)
        body = c.council.replace("Consiliul", "Consiliului", 1) + (
            f", județul {c.county}," if c.level in ("comuna", "oras", "municipiu") else "")
    d.p(f"Prin Hotărârea {body} nr. {rnd.randint(2, 150)}/{rnd.randint(1, 28):02d}.{hcl_date} a fost aprobat programul de subvenționare pentru anul {y}, în valoare de "
        f"{pr.sentence(approved)}, în baza Legii nr. 34/1998 și a Normelor metodologice aprobate prin H.G. nr. "
        f"1153/2001.")
    d.total(f"subvenții Legea 34/1998 {y}: aprobat", approved, "lei", pr.sentence(approved))
    k = len(subs)
    kw = _WORDS[k] if k in _WORDS and rnd.random() < 0.3 else str(k)
    sent = f"În cursul anului {y} au fost încheiate {kw} convenții de subvenționare cu asociații și fundații " \
           f"care administrează unități de asistență socială acreditate."
    d.p(sent)
    d.indicator("conventii", "convenții de subvenționare", k, "convenții", sent)
    pct = f"{paid * 100 / approved:.2f}".replace(".", ",")
    sent = f"Sumele decontate au totalizat {pr.sentence(paid)}, reprezentând {pct}% din suma aprobată."
    d.p(sent)
    d.total(f"subvenții Legea 34/1998 {y}: decontat", paid, "lei", pr.sentence(paid))
    people = sum(s.people for s in subs)
    noun = rnd.choice(["persoane", "beneficiari"])
    sent = f"Lunar, de serviciile unităților subvenționate au beneficiat în medie {people} {noun}."
    d.p(sent)
    d.indicator("persoane" if noun == "persoane" else "beneficiari", noun, people, "persoane", sent)
    # the table of subsidies paid
    conv = rnd.random() < 0.6
    conv_split = conv and rnd.random() < 0.3
    both_amounts = rnd.random() < 0.35
    has_nr = rnd.random() < 0.85
    cols = ([("nr", rnd.choice(H_NR))] if has_nr else []) + [("assoc", rnd.choice(H_ASSOC)),
                                                             ("unit", rnd.choice(H_UNIT))]
    if conv:
        cols += [("conv_no", "Nr. convenție"), ("conv_date", "Data încheierii")] if conv_split else \
            [("conv", rnd.choice(["Convenția nr. / data", "Nr. și data convenției"]))]
    cols.append(("benef", rnd.choice(H_BENEF)))
    if both_amounts:
        cols.append(("approved", pr.header("Suma aprobată")))
    cols.append(("paid", pr.header(rnd.choice(["Suma decontată", "Subvenție plătită", "Suma acordată"]))))
    d.p(rnd.choice(["Situația subvențiilor acordate se prezintă astfel:", f"Subvenții decontate în anul {y}:"]))
    if pr.above():
        d.p(pr.above())
    rows = [[h for _f, h in cols]]
    for i, s in enumerate(subs, 1):
        number = str(rnd.randint(10, 9000))
        dot, iso, _w = d.date(y, (1, 3))
        cells = {"nr": f"{i}.", "assoc": s.association, "unit": s.unit_name,
                 "conv": rnd.choice([f"{number}/{dot}", f"nr. {number} din {dot}"]), "conv_no": number,
                 "conv_date": dot, "benef": str(s.people), "approved": pr.cell(s.amount), "paid": pr.cell(s.paid)}
        rows.append([cells[f] for f, _h in cols])
        amount = f"{s.amount} || {s.paid}" if both_amounts else s.paid
        subsidy_gold(d, s, f"{i}." if has_nr else None, pr.cell(s.paid), False, amount)
        if conv:
            d.partnerships.append({"row_no_raw": f"{i}." if has_nr else None, "agreement_type": "conventie",
                                   "number_raw": number, "date_signed": iso, "partner": s.association})
    if rnd.random() < 0.7:
        row = ["" for _ in cols]
        row[0] = "TOTAL"
        for j, (f, _h) in enumerate(cols):
            row[j] = {"benef": str(people), "approved": pr.cell(approved), "paid": pr.cell(paid)}.get(f, row[j])
        rows.append(row)
        d.total(f"subvenții {y}: beneficiari (TOTAL)", people, "beneficiaries", str(people))
        if both_amounts:
            d.total(f"subvenții {y}: aprobat (TOTAL)", approved, "lei", pr.cell(approved))
        d.total(f"subvenții {y}: decontat (TOTAL)", paid, "lei", pr.cell(paid))
    d.table(rows)
    # contracts of social services executed
    if rnd.random() < 0.5:
        picked = rnd.sample(CONTRACTS, rnd.randint(2, 4))
        d.h(rnd.choice(["Contracte de servicii sociale (Legea nr. 98/2016)", "2. Achiziția de servicii sociale"]))
        d.p(f"În anul {y} s-au derulat următoarele contracte de prestări servicii sociale:")
        if pr.above():
            d.p(pr.above())
        rows = [["Nr. crt.", rnd.choice(H_OBJECT), rnd.choice(H_CPV), "Prestator",
                 pr.header(rnd.choice(["Valoarea contractului (fără TVA)", "Valoare contractată"])),
                 rnd.choice(["Nr. beneficiari", "Beneficiari deserviți"])]]
        for i, ct in enumerate(picked, 1):
            value = rnd.randrange(ct.value[0] // 100, ct.value[1] // 100) * 100
            supplier = rnd.choice([association_name(rnd, c.county), f"S.C. {rnd.choice(['Social Care', 'Senior Assist', 'Catering Prod', 'Medicasa'])} S.R.L."])
            rows.append([f"{i}.", ct.object, spelled_cpv(rnd, ct.cpv, CPV_TEXT[ct.cpv]), supplier,
                         pr.cell(value), str(rnd.randint(10, 140))])
            d.procurements.append({"row_no_raw": f"{i}.", "contract_object": ct.object, "cpv_code": ct.cpv,
                                   "estimated_value_lei": value, "value_raw": pr.cell(value)})
        d.table(rows)
    elif rnd.random() < 0.5:
        v = rnd.randrange(500, 9000) * 100
        d.p(f"Pentru serviciul de îngrijire la domiciliu a fost derulat contractul de servicii încheiat cu "
            f"{association_name(rnd, c.county)}, în valoare de {pr.sentence(v)} fără TVA.")
        d.total(f"contract servicii îngrijire la domiciliu {y}", v, "lei", pr.sentence(v))
    # grants under Law 350/2005
    if rnd.random() < 0.5:
        k = rnd.randint(2, 9)
        v = rnd.randrange(800, 9000) * 100
        kw = _WORDS[k] if rnd.random() < 0.3 else str(k)
        sent = f"În baza Legii nr. 350/2005 au fost finanțate {kw} proiecte ale organizațiilor neguvernamentale, în " \
               f"valoare totală de {pr.sentence(v)}."
        d.p(sent)
        d.indicator("proiecte", "proiecte", k, "proiecte", sent)
        d.total(f"finanțări nerambursabile Legea 350/2005 {y}: valoare totală", v, "lei", pr.sentence(v))
    d.p(f"Sumele au fost plătite din {c.budget}, capitolul {rnd.choice(CHAPTERS)}.")
    d.p(rnd.choice(["Director executiv,", "Director general,", "Primar,"]) if c.directorate_kind != "primarie"
        else "Primar,")
    d.p(rnd.choice(SIGNATORIES))
    d.p(f"Întocmit: {rnd.choice(SIGNATORIES)}, inspector, tel. 02{rnd.randint(30, 69)} {rnd.randint(100, 999)} "
        f"{rnd.randint(100, 999)}")
