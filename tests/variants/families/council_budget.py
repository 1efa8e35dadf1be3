"""Family ``council_social_budget``: a county or local council's decision (HCJ / HCL) on the money of its social
services — the budget of each service or centre by funding source (or by budget title), the average monthly cost
per beneficiary, the monthly contribution owed by beneficiaries, the places and beneficiaries per service, a centre
set up, reorganised or closed — and the directorate's report on that money's execution, written blind by an eighth
author (session 14).

Written from the contract (../shared/contract/DATASETS.md), DESIGN.md, the user docs (docs/DATASETS.md,
docs/indicators.md), the corpus documents and their gold and what a document writer knows of Romanian public
administration, without reading the extractors, normalisers or pipeline; vocabulary of ``budget_base.py``'s own.
Two shapes:

* a council's HOTĂRÂRE (county council for its DGASPC; a municipality's, town's or sector's local council for its
  DAS / SPAS / DGASPC; a commune's council for its compartment): letterhead, title, "Având în vedere" with the
  referral, the specialist report, the committee's opinion and laws with numbers and years (Law 292/2011, HG
  867/2015, HG 978/2015 on minimum cost standards, Law 17/2000, Law 273/2006, the state budget law), "În temeiul
  art. … din OUG nr. 57/2019", "HOTĂRĂȘTE:", articles approving the budget per service (a total with its sources
  in a "din care" list or not), the monthly cost per beneficiary (an annex table or a list in the article), the
  beneficiaries' contribution (a percentage of their income: not an occupancy), sometimes a centre set up /
  reorganised / closed; the annexes: Anexa nr. 1 the services with code, places, beneficiaries, classification
  code, location and the budget by source (or by budget title: personnel, goods and services, capital) in lei or
  mii lei, one table with group rows or one table per category, subtotal and TOTAL rows; Anexa nr. 2 the costs
  per beneficiary and contributions (always lei, also when Anexa nr. 1 is in mii lei); signatures, the vote.
* the directorate's report on the execution of that budget a year later: approved vs committed vs paid per service
  (or payments per quarter), execution %, places and beneficiaries, TOTAL, a few sentences with the approved and
  paid totals, the execution rate and the people served.

Assumptions where the contract is silent (the gold follows the contract and the corpus gold):

* documents: a decision on the social services' budget (or a report on its execution) neither is nor wraps the
  annual action plan, is no mayor's report and no strategy: ``doc_type`` ``other``. ``year`` = ``year_end`` = the
  budget year (a decision adopted in December for the next year is about the next year; a report about the year
  it reports on), never the year of a cited law or decision. ``issuer``: the council for a decision
  (``consiliu_judetean`` / ``consiliu_local``, the printed short form accepted with ``||``), the directorate for
  a report (DGASPC / DAS / SPAS, a commune's report the Primăria, ``primarie``). ``uat`` / ``county`` as the
  contract writes them. ``currency_unit_main`` the unit of the services table of Anexa nr. 1 (decision) or of
  the execution table (report).
* services (F1): one row per service of Anexa nr. 1 (decision) or of the execution table (report), ``section``
  ``existing`` (the services run and are funded); a service that Anexa nr. 2 lists again for its cost is the same
  service (one row). ``category``: the group row over a service or, for one table per category, the sub-heading
  over its table without its number (the same fact as a group row). ``capacity`` from a places column,
  ``beneficiaries`` from a beneficiaries column; no ``occupancy_pct`` (no column states one: the execution rate
  and the contribution percentage are no occupancy). Budgets: a funding-source column goes to its contract column
  (the county's own budget → ``budget_county_lei``, a local / sector budget → ``budget_local_lei``, state budget
  or "sume defalcate din TVA" → ``budget_state_lei``, beneficiaries' contributions as income of the service →
  ``budget_beneficiaries_lei``, other / external funds → ``budget_other_lei``), in lei whatever the table
  prints. A column that names no source — a budget by title (personnel, goods and services, capital), a "Total",
  the approved / committed / paid amounts of an execution report — fills no source column (asserted empty); nor
  does a cost per beneficiary or a monthly contribution owed by one beneficiary (not the service's budget).
  Subtotal, TOTAL and "din care" rows are no services. Services set up / reorganised / closed by an article
  are not services rows (they are in no services table).
* totals (recall): every figure of a TOTAL or category subtotal row (money in lei; places and beneficiaries as
  counts), the total budget an article approves and each source of its "din care" list, the approved and paid
  totals a report states in sentences; one figure stated twice is expected once.
* indicators (recall): the cost per beneficiary per month a decision states in the article's own sentences or
  list (``cost_mediu``, lei, subject the service), the places of a centre an article sets up
  (``capacitate_locuri``), and in a report the people served in a sentence (``beneficiari``) and the execution
  rate "N% din prevederile …" (``procent``); figures of the annex tables are not indicators.
* procurements, subsidies, trainings, partnerships: none in such a document (asserted empty).
* activities: not asserted.

The services and their tables (the columns, TOTAL and subtotal rows, Anexa nr. 1 and nr. 2) are in
:mod:`.council_budget_tables`; the decision, the report and the family are here.
"""
from __future__ import annotations

import random

import make_variants as mv
from make_variants import LEFT

from .budget_base import NAMES, Authority, Doc, Money, county_kinds, local_kinds, name_service, pick_authority, \
    prose_money
from .council_budget_tables import Col, costs_annex, count_cell, expected_service, header_rows, pick_services, \
    row_sum, services_annex
from .fmt import group

__all__ = ["council_social_budget"]


# ------------------------------------------------------------------------------------------------ decision


_LAWS = [
    "prevederile art. 112 alin. (3) lit. b) și ale art. 118 din Legea asistenței sociale nr. 292/2011, cu modificările și completările ulterioare",
    "prevederile Hotărârii Guvernului nr. 867/2015 pentru aprobarea Nomenclatorului serviciilor sociale, precum și a regulamentelor-cadru de organizare și funcționare a serviciilor sociale",
    "prevederile Hotărârii Guvernului nr. 978/2015 privind aprobarea standardelor minime de cost pentru serviciile sociale și a nivelului venitului lunar pe membru de familie în funcție de care se stabilește contribuția lunară de întreținere datorată de persoanele vârstnice",
    "prevederile art. 25 din Legea nr. 17/2000 privind asistența socială a persoanelor vârstnice, republicată",
    "prevederile Legii nr. 273/2006 privind finanțele publice locale, cu modificările și completările ulterioare",
    "prevederile Legii nr. 448/2006 privind protecția și promovarea drepturilor persoanelor cu handicap, republicată",
    "prevederile Legii nr. 272/2004 privind protecția și promovarea drepturilor copilului, republicată",
]
_BUDGET_LAW = {2019: "50/2019", 2020: "5/2020", 2021: "15/2021", 2022: "317/2021", 2023: "368/2022",
               2024: "421/2023", 2025: "9/2025", 2026: "12/2026"}


def genitive(name: str) -> str:
    """'Direcția … ' -> 'Direcției … ' (a body named after "al" / "a")."""
    for nom, gen in (("Direcția", "Direcției"), ("Serviciul", "Serviciului"), ("Primăria", "Primăriei")):
        if name.startswith(nom):
            return gen + name[len(nom):]
    return name


def _title(d: Doc, number: int, date_text: str) -> str:
    a, yr = d.auth, d.year
    subject = d.rnd.choice([
        f"privind aprobarea bugetului pe servicii sociale al {genitive(a.directorate)} pentru anul {yr}",
        f"privind aprobarea costurilor medii lunare de întreținere, a contribuției lunare a beneficiarilor și a "
        f"bugetului serviciilor sociale din structura {genitive(a.directorate)} pe anul {yr}",
        f"privind aprobarea numărului de beneficiari, a costului mediu lunar și a finanțării serviciilor sociale "
        f"administrate de {a.directorate} în anul {yr}",
        f"pentru aprobarea finanțării serviciilor sociale și a costurilor medii lunare pe beneficiar, pentru anul {yr}",
    ])
    kind = "HOTĂRÂREA" if d.rnd.random() < 0.6 else "HOTĂRÂRE"
    return f"{kind} nr. {number} din {date_text} {subject}"


def decision(d: Doc) -> None:
    rnd, a, yr = d.rnd, d.auth, d.year
    money = Money(rnd.random() < (0.55 if a.level in ("judet", "sector") else 0.3),
                  rnd.choice(["header", "group", "group", "above", "cells"]), rnd.random() < 0.35)
    svcs = pick_services(d, money)
    adopted_prev = rnd.random() < 0.3
    adopt_year = yr - 1 if adopted_prev else yr
    dnum, dtext = d.date(adopt_year, (12, 12) if adopted_prev else (1, 4))
    number = rnd.randint(3, 340)
    d.p("ROMÂNIA")
    if a.level == "judet":
        d.p(f"JUDEȚUL {a.county.upper()}")
    elif a.level == "sector":
        d.p("MUNICIPIUL BUCUREȘTI")
    else:
        d.p(f"JUDEȚUL {a.county.upper()}")
    d.p(a.council_upper)
    d.els.append(mv.title(_title(d, number, dtext if rnd.random() < 0.6 else dnum)))
    d.p(f"{a.council}, întrunit în ședința ordinară din data de {dtext},")
    d.p("Având în vedere:")
    ref_no = rnd.randint(1000, 39000)
    pre = [f"referatul de aprobare nr. {group(ref_no)}/{dnum} al "
           + ("Președintelui Consiliului Județean" if a.level == "judet" else "Primarului"),
           f"raportul de specialitate nr. {group(ref_no + rnd.randint(3, 90))}/{dnum} al {genitive(a.directorate)}",
           "avizul favorabil al Comisiei pentru sănătate, asistență socială și protecția copilului",
           *rnd.sample(_LAWS, rnd.randint(3, 6)),
           f"prevederile Legii bugetului de stat pe anul {yr} nr. {_BUDGET_LAW[yr]}"]
    bullets = rnd.random() < 0.6
    for line in pre:
        if bullets:
            d.b(line + ";")
        else:
            d.p("- " + line + ";")
    d.p("În temeiul prevederilor art. " + ("173 alin. (1) lit. d) și alin. (5) lit. b), art. 182 alin. (1)"
        if a.level == "judet" else "129 alin. (2) lit. d) și alin. (7) lit. b), art. 139 alin. (3) lit. a)")
        + " și ale art. 196 alin. (1) lit. a) din Ordonanța de urgență a Guvernului nr. 57/2019 privind Codul "
        "administrativ, cu modificările și completările ulterioare,")
    d.h("HOTĂRĂȘTE:" if rnd.random() < 0.7 else f"{a.council.upper()} adoptă prezenta hotărâre:")
    whole = sum(s.total for s in svcs)
    by_title = rnd.random() < 0.2
    art_mii = money.mii and rnd.random() < 0.7
    amount = prose_money(whole, art_mii)
    d.p(f"Art. 1. — Se aprobă bugetul pe anul {yr} al serviciilor sociale din structura {genitive(a.directorate)}, în sumă "
        f"totală de {amount}" + (", din care:" if not by_title and rnd.random() < 0.5 else
                                 ", conform anexei nr. 1 care face parte integrantă din prezenta hotărâre."))
    d.total("bugetul serviciilor sociale (art. 1)", float(whole), "lei", amount)
    if d.els[-1].text.endswith("din care:"):
        words = {"budget_county_lei": f"din {a.own_budget}", "budget_local_lei": f"din {a.own_budget}",
                 "budget_state_lei": "din sume defalcate din taxa pe valoarea adăugată / bugetul de stat",
                 "budget_beneficiaries_lei": "din contribuția persoanelor beneficiare",
                 "budget_other_lei": "din alte surse"}
        for i, k in enumerate([k for k in words if any(k in s.sources for s in svcs)]):
            v = sum(s.sources[k] for s in svcs if k in s.sources)
            text = prose_money(v, art_mii)
            line = f"{'abcde'[i]}) {text} {words[k]};"
            d.b(line) if rnd.random() < 0.5 else d.p(line)
            d.total(f"art. 1 din care {k}", float(v), "lei", text)
        d.p("conform anexei nr. 1 care face parte integrantă din prezenta hotărâre.")
    costs_in_list = rnd.random() < 0.35
    residential = [s for s in svcs if s.contribution] or svcs[:2]
    if costs_in_list:
        d.p(f"Art. 2. — Se aprobă costul mediu lunar de întreținere pe beneficiar pentru anul {yr}, după cum urmează:")
        for s in residential:
            form = rnd.choice(["{n} – {c} lei/lună/beneficiar;", "{n}: {c} lei/beneficiar/lună;",
                               "pentru {n}, costul mediu lunar este de {c} lei/beneficiar;"])
            line = form.format(n=s.name, c=group(s.month_cost))
            d.b(line)
            d.indicator("cost_mediu", s.name, float(s.month_cost), "lei", line)
    else:
        d.p(f"Art. 2. — Se aprobă costul mediu lunar de întreținere pe beneficiar și contribuția lunară de "
            f"întreținere, pentru serviciile sociale din structura {a.directorate_short}, conform anexei nr. 2.")
    pct = rnd.choice([50, 60, 70, 80])
    d.p(f"Art. 3. — Persoanele asistate în centrele rezidențiale care au venituri datorează o contribuție lunară de "
        f"întreținere de {pct}% din veniturile personale lunare, fără a depăși costul mediu lunar de întreținere "
        f"aprobat, în condițiile art. 25 din Legea nr. 17/2000.")
    art = 4
    if rnd.random() < 0.45:
        kinds = county_kinds() if a.level == "judet" else local_kinds()
        k = rnd.choice([k for k in kinds if k.places[1]])
        nm = name_service(rnd, k, a.town, {s.name for s in svcs})
        places = rnd.randint(*k.places)
        change = rnd.choice(["set", "set", "close", "reorg"])
        if change == "set":
            d.p(f"Art. {art}. — Se aprobă înființarea, în structura {a.directorate_short}, a serviciului social "
                f"{nm}, cod {k.code}, cu o capacitate de {places} de locuri, începând cu data de 1 "
                f"{rnd.choice(['martie', 'aprilie', 'iulie'])} {yr}.")
            d.indicator("capacitate_locuri", nm, float(places), "locuri", d.els[-1].text)
        elif change == "close":
            d.p(f"Art. {art}. — Se desființează {nm}, cod {k.code}, beneficiarii fiind transferați în alte servicii "
                f"sociale ale {a.directorate_short}, începând cu data de 1 {rnd.choice(['mai', 'iunie'])} {yr}.")
        else:
            d.p(f"Art. {art}. — Se aprobă reorganizarea {nm} prin modificarea capacității de la "
                f"{places + rnd.randint(4, 20)} la {places} de locuri.")
        art += 1
    annexes = "nr. 1 și nr. 2" if not costs_in_list else "nr. 1"
    d.p(f"Art. {art}. — Anexa {annexes} face parte integrantă din prezenta hotărâre." if costs_in_list else
        f"Art. {art}. — Anexele {annexes} fac parte integrantă din prezenta hotărâre.")
    d.p(f"Art. {art + 1}. — Cu ducerea la îndeplinire a prevederilor prezentei hotărâri se încredințează "
        f"{a.directorate} și Direcția Economică.")
    d.p(f"{a.chair},")
    d.p(rnd.choice(NAMES))
    d.p("CONTRASEMNEAZĂ,")
    d.p(a.secretary + ",")
    d.p(rnd.choice(NAMES))
    total_votes = rnd.randint(11, 35)
    d.p(f"Hotărârea a fost adoptată cu {total_votes - 2} voturi pentru, 0 voturi împotrivă și 2 abțineri.")
    # annexes
    d.h(rnd.choice([f"Anexa nr. 1 la HCJ nr. {number}/{adopt_year}" if a.level == "judet" else
                    f"Anexa nr. 1 la HCL nr. {number}/{adopt_year}", "ANEXA nr. 1", "Anexa nr. 1"]))
    d.p(rnd.choice([f"BUGETUL SERVICIILOR SOCIALE PE ANUL {yr}",
                    f"Bugetul pe servicii sociale al {genitive(a.directorate)} pentru anul {yr}",
                    f"Finanțarea serviciilor sociale în anul {yr}, pe surse de finanțare"]))
    d.unit_main = money.unit
    layout = "one" if rnd.random() < 0.65 else "per_category"
    services_annex(d, svcs, money, by_title, layout, rnd.random() < 0.4)
    if not costs_in_list:
        d.h(f"Anexa nr. 2 la {'HCJ' if a.level == 'judet' else 'HCL'} nr. {number}/{adopt_year}")
        d.p(f"Costul mediu lunar de întreținere și contribuția lunară a beneficiarilor, pe servicii sociale, pentru "
            f"anul {yr}")
        costs_annex(d, svcs)
    d.p(f"{a.chair},")
    d.p(rnd.choice(NAMES))


# ------------------------------------------------------------------------------------------------ report


def report(d: Doc) -> None:
    rnd, a, yr = d.rnd, d.auth, d.year
    money = Money(rnd.random() < (0.5 if a.level in ("judet", "sector") else 0.25),
                  rnd.choice(["header", "group", "above", "cells"]), rnd.random() < 0.35)
    svcs = pick_services(d, money)
    d.p(a.directorate.upper() if a.directorate_kind != "primarie" else f"{a.directorate.upper()}")
    d.p(f"Nr. {group(rnd.randint(900, 30000))} din {d.date(yr + 1, (1, 3))[0]}")
    d.els.append(mv.title(rnd.choice([
        f"RAPORT privind execuția bugetului serviciilor sociale administrate de {a.directorate} în anul {yr}",
        f"INFORMARE privind execuția bugetară pe servicii sociale la data de 31 decembrie {yr}",
        f"Raport privind execuția bugetului pe servicii sociale al {a.directorate_short} pentru anul {yr}"])))
    approved = {s.name: s.total for s in svcs}
    committed = {s.name: money.amount(rnd, int(v * 0.9), v) for s, v in zip(svcs, approved.values())}
    paid = {s.name: money.amount(rnd, int(committed[s.name] * 0.93), committed[s.name]) for s in svcs}
    ta, tp = sum(approved.values()), sum(paid.values())
    pct = round(tp * 100 / ta, 2)
    pct_text = f"{pct:.2f}".replace(".", ",")
    hcj = "HCJ" if a.level == "judet" else "HCL"
    mii = money.mii and rnd.random() < 0.6
    d.p(f"Prin {hcj} nr. {rnd.randint(5, 300)}/{yr} a fost aprobat bugetul serviciilor sociale pe anul {yr}, în sumă "
        f"de {prose_money(ta, mii)}, rectificat ulterior prin {hcj} nr. {rnd.randint(5, 300)}/{yr}.")
    d.total("prevederi bugetare anuale", float(ta), "lei", prose_money(ta, mii))
    sentence = (f"Până la data de 31.12.{yr} s-au efectuat plăți în sumă de {prose_money(tp, mii)}, ceea ce "
                f"reprezintă {pct_text}% din prevederile bugetare anuale.")
    d.p(sentence)
    d.total("plăți efectuate", float(tp), "lei", prose_money(tp, mii))
    d.indicator("procent", "prevederile bugetare anuale", pct, "%", sentence)
    served = sum(s.beneficiaries for s in svcs)
    s2 = rnd.choice([f"În anul {yr}, serviciile sociale au asigurat îngrijire și asistență pentru un număr de "
                     f"{group(served)} de beneficiari.",
                     f"În cursul anului {yr} au fost asistați {group(served)} beneficiari în serviciile sociale ale "
                     f"{a.directorate_short}."])
    d.p(s2)
    d.indicator("beneficiari", "beneficiari", float(served), "persoane", s2)
    quarterly = rnd.random() < 0.35
    cols: list[Col] = [Col("Nr. crt.", lambda s: "")]
    cols.append(Col(rnd.choice(["Serviciul social", "Denumirea serviciului social", "Centrul / serviciul"]),
                    lambda s: s.name))
    cols.append(Col(rnd.choice(["Cod", "Cod serviciu social"]), lambda s: s.code_raw))
    if rnd.random() < 0.6:
        cols.append(Col(rnd.choice(["Capacitate", "Nr. locuri"]), lambda s: count_cell(s.places), count="places"))
    if rnd.random() < 0.5:
        cols.append(Col(rnd.choice([f"Nr. beneficiari la 31.12.{yr}", "Nr. mediu beneficiari"]),
                        lambda s: str(s.beneficiaries), count="beneficiaries"))
    amounts = {"approved": approved, "committed": committed, "paid": paid}
    cols.append(Col(money.head(rnd.choice(["Prevederi bugetare anuale", "Buget aprobat", "Credite bugetare definitive"])),
                    lambda s: money.cell(approved[s.name]), money="approved", grouped=True))
    if quarterly:
        qs: dict[str, dict[str, int]] = {}
        for s in svcs:
            left = paid[s.name]
            parts = []
            for _ in range(3):
                v = money.amount(rnd, int(paid[s.name] * 0.2), int(paid[s.name] * 0.27))
                parts.append(v)
                left -= v
            parts.append(left)
            qs[s.name] = {str(i): v for i, v in enumerate(parts)}
        for i, q in enumerate(["Trim. I", "Trim. II", "Trim. III", "Trim. IV"]):
            amounts[f"q{i}"] = {s.name: qs[s.name][str(i)] for s in svcs}
            cols.append(Col(money.head(f"Plăți {q}"), (lambda i: lambda s: money.cell(qs[s.name][str(i)]))(i),
                            money=f"q{i}", grouped=True))
        cols.append(Col(money.head("Total plăți"), lambda s: money.cell(paid[s.name]), money="paid", grouped=True))
    else:
        cols.append(Col(money.head(rnd.choice(["Angajamente bugetare", "Angajamente legale"])),
                        lambda s: money.cell(committed[s.name]), money="committed", grouped=True))
        cols.append(Col(money.head(rnd.choice(["Plăți efectuate", "Execuție (plăți)"])),
                        lambda s: money.cell(paid[s.name]), money="paid", grouped=True))
    cols.append(Col(rnd.choice(["Grad de execuție (%)", "% execuție", "Procent de realizare"]),
                    lambda s: f"{paid[s.name] * 100 / approved[s.name]:.2f}".replace(".", ",")))
    if money.where == "above":
        d.p(f"- {money.unit} -")
    heads = header_rows(d, cols, money)
    rows = [list(r) for r in heads]
    seq = d.n_tables() + 1
    cats: list[str] = []
    for s in svcs:
        if s.category not in cats:
            cats.append(s.category)
    n = 0
    for cat in cats:
        if len(cats) > 1:
            rows.append([cat] + [LEFT] * (len(cols) - 1))
        for s in [s for s in svcs if s.category == cat]:
            n += 1
            r = [c.cell(s) for c in cols]
            r[0] = f"{n}."
            rows.append(r)
            d.services.append(expected_service(d, s, cols, cat if len(cats) > 1 else None, seq, r[0], True, money))
    tot = [""] * len(cols)
    tot[0] = "TOTAL"
    for i, c in enumerate(cols):
        if c.money:
            v = sum(amounts[c.money].values())
            tot[i] = money.cell(v)
            d.total(f"TOTAL {c.head}", float(v), "lei", tot[i])
        elif c.count:
            v = row_sum(c, svcs, {})
            if v is not None:
                tot[i] = str(v)
                d.total(f"TOTAL {c.head}", float(v), "other", tot[i])
    tot[-1] = pct_text
    rows.append(tot)
    d.table(rows, len(heads))
    d.unit_main = money.unit
    d.p(rnd.choice(["Director general,", "Director executiv,", "Șef serviciu,"]))
    d.p(rnd.choice(NAMES))
    d.p("Întocmit,")
    d.p(rnd.choice(NAMES))


# ------------------------------------------------------------------------------------------------ family


def council_social_budget(rnd: random.Random, year: int) -> tuple[list, dict]:
    auth: Authority = pick_authority(rnd)
    d = Doc(rnd, year, auth)
    shape = rnd.choices(["decision", "report"], [70, 30])[0]
    if shape == "decision":
        decision(d)
        issuer, kind = auth.council_alts, auth.council_kind
    else:
        report(d)
        issuer, kind = auth.directorate_alts, auth.directorate_kind
    title = next(e.text for e in d.els if e.kind == "title")
    doc = {"doc_type": "other", "title": title, "year": year, "year_end": year, "issuer": issuer,
           "issuer_kind": kind, "uat": auth.uat, "county": auth.county, "currency_unit_main": d.unit_main}
    exp = {"document": doc, "services": d.services, "totals": d.totals, "indicators": d.indicators,
           "procurements": [], "subsidies": [], "trainings": [], "partnerships": []}
    return d.els, exp
