"""Family ``report_child_protection_statistics``: a county DGASPC's (or a Bucharest sector's DGASPC's) periodic
statistical situation, monitoring report or information note on child protection and on adults with disabilities
("Situația statistică privind sistemul de protecție a copilului la data de 31.12.N", "Raport de monitorizare a
serviciilor sociale … – trimestrul III N", "Informare privind activitatea DGASPC … în semestrul I N"), sometimes
addressed to the county (or sector's local) council. Written blind by a fourteenth author (session 17), from the
contract (../shared/contract/DATASETS.md), DESIGN.md, the corpus documents and their gold and what a DGASPC's
statistics office prints, without reading the extractors, normalisers or pipeline, nor the other families'
generators: the vocabulary is ``child_protection_pools.py``'s own.

What a seed varies: the issuer (a county DGASPC — real SIRUTA county, its seat in the letterhead, services in its
towns — or a sector's), the period (the year at 31.12, a quarter, a semester) and the title's wording; the children
by protection measure (placement with professional foster carers (AMP), with relatives, with other families, in
public and in private residential services) as a table (with or without the previous date's column, the variation,
the share, the split by sex under a merged header, a TOTAL row), as one sentence with "dintre care: …" or as
bullets; the children by age group (a table, sometimes); the foster carers employed (a sentence); the children's
residential and day services and the adults' residential centres as tables (1–3 header rows, merged group headers,
code column before or after the name or none, optional place, licence, occupancy, waiting-list and cost columns,
optional spending by funding source in lei or "mii lei" written in the group header, each header, every cell or a
sentence above, group rows across the table or in the name column, subtotal and TOTAL rows) or, for the children,
as a bulleted list; counts of the period in sentences or bullets (children reintegrated, adoptions, cases of abuse
and neglect, children and adults with disabilities assessed, …), with number words for small counts; the spending
of the period and the mean monthly cost of a child in residential care in sentences. Distractors: the reference
date and the previous one, the previous period's figures and the variation from them, percentages and shares, age
bounds (0–2 ani), laws and orders (Legea 272/2004, Ordinul 25/2019, HG 867/2015), the registration number, licence
numbers, phone and fax numbers, the child helpline 119, postal codes, row numbers, numbered houses and flats
("Casa de tip familial nr. 3").

Assumptions where the contract is silent (the gold is decided from the contract and the corpus gold):

* documents: a statistical situation / monitoring report / information note of a DGASPC is none of the contract's
  plan, report on the annual plan, mayor's report, decision wrapping a plan or strategy: ``doc_type`` ``other``,
  also when it is addressed to the council (the council only takes note; it is still the directorate's text).
  ``year`` = ``year_end`` = the year of the reference date (the registration number of an annual situation is
  dated the next year; that year is not the document's). ``issuer`` the DGASPC in its canonical long form
  ("Direcția Generală de Asistență Socială și Protecția Copilului X" / "… Sector N"), ``issuer_kind`` DGASPC,
  ``uat`` "Județul X" or "Sector N București", ``county`` X or "București". ``currency_unit_main`` the unit of the
  money columns of the first services table that has any (a cost-per-beneficiary column is printed in lei); not
  asserted when no services table prints money.
* services (F1): every service row of the children's and the adults' services tables, and every item of the
  bulleted list of children's services, ``section`` ``existing`` (the services are running); ``category`` the group
  row the service sits under (none when the table has none — a heading above a table is no group row);
  ``capacity`` the places; ``beneficiaries`` the children / persons present at the reference date (never the
  previous date's column, nor the waiting list); ``occupancy_pct`` when a column prints it; the spending columns by
  source go to ``budget_county_lei`` (bugetul județean), ``budget_local_lei`` (a sector's local budget),
  ``budget_state_lei`` and ``budget_beneficiaries_lei`` (contribuția beneficiarilor), in lei (× 1000 under "mii
  lei"); a "Total" spending column beside them is the sum and no source; the cost per beneficiary is not a budget
  (not asserted). Subtotal and TOTAL rows are no services.
* totals (recall): the TOTAL and subtotal rows of the services tables (capacity, children/persons present, each
  money column, in lei), the TOTAL rows of the measures and age tables (also per sex), the total of children in
  special protection and of adults housed in residential centres when a sentence states it, the spending of the
  period and its parts by source stated in sentences (lei). One amount stated twice is expected once (the scorer
  pairs totals on the amount alone). Previous-period totals are not expected.
* indicators (recall): every count of the reference date or of the period: the children per protection measure
  (subject the measure's label as printed; a cell of the sex split: ``label || Băieți`` — the row's label or the
  column's, either names it), the children per age group (subject the age label), the foster carers employed, the
  adults housed in residential centres, every count of the period stated in a sentence or a bullet (subject the
  counted phrase as printed: after the number, or after "Numărul" in the genitive), the total of children in
  special protection stated in a sentence (subject ``copii || sistemul de protecție specială``), the mean monthly
  cost of a child in residential care (``cost_mediu``, lei). ``year`` the document's. Never the previous period's
  figures, the variation, percentages, age bounds or the service tables' cells (those are services rows).
* procurements, subsidies, trainings, partnerships: asserted empty (the report lists no contracting programme, no
  subsidy, no staff training and no agreement). activities: not asserted.
"""
from __future__ import annotations

import random

import make_variants as mv

from . import child_protection_pools as P
from .child_protection_base import Doc, Issuer, seats, towns_of, period
from .child_protection_services import header, service, services_list, services_table
from .fmt import Money, group, pct_cell
from .places import pick_county

__all__ = ["report_child_protection_statistics"]


# ---------------------------------------------------------------------------------------------- children by measure

def _measures(d: Doc, counts: dict[str, int]) -> None:
    """The children in special protection by measure: a table, one sentence or bullets."""
    rnd, per = d.rnd, d.per
    labels = {k: rnd.choice(v) for k, v in P.MEASURES.items()}
    total = sum(counts.values())
    form = rnd.choices(["table", "sentence", "bullets"], [6, 2, 2])[0]
    if form == "table":
        d.p(rnd.choice([f"Situația copiilor aflați în sistemul de protecție specială la data de {per.date}, pe "
                        "tipuri de măsuri, se prezintă astfel:",
                        f"Tabelul nr. 1 – Copii cu măsură de protecție specială la {per.date}",
                        "Distribuția copiilor pe măsuri de protecție specială:"]))
        by_sex = rnd.random() < 0.3
        cols: list[tuple[tuple[str, ...], str]] = []
        if rnd.random() < 0.7:
            cols.append(((rnd.choice(P.HEADERS["no"]),), "no"))
        cols.append(((rnd.choice(P.HEADERS["measure"]),), "label"))
        if rnd.random() < 0.35:
            cols.append(((f"{rnd.choice(P.HEADERS['children'])} la {per.prev_date}",), "prev"))
        now = f"{rnd.choice(P.HEADERS['children'])} la {per.date}"
        if by_sex:
            cols += [((now, "Băieți"), "boys"), ((now, "Fete"), "girls"), ((now, "Total"), "count")]
        else:
            cols.append(((now,), "count"))
        if rnd.random() < 0.35:
            cols.append(((rnd.choice(P.HEADERS["variation"]),), "var"))
        if rnd.random() < 0.35:
            cols.append(((rnd.choice(P.HEADERS["share"]),), "share"))
        kinds = [k for _, k in cols]
        n = max(len(p) for p, _ in cols)
        rows = header([p for p, _ in cols], n)
        sums = {"count": 0, "boys": 0, "girls": 0, "prev": 0}
        for i, (key, c) in enumerate(counts.items(), 1):
            prev = max(0, c + rnd.randint(-max(2, c // 10), max(2, c // 10)))
            boys = c // 2 + rnd.randint(-c // 6, c // 6) if c > 1 else c
            vals = {"count": c, "boys": boys, "girls": c - boys, "prev": prev}
            row = []
            for k in kinds:
                if k == "no":
                    row.append(f"{i}.")
                elif k == "label":
                    row.append(labels[key])
                elif k in vals:
                    row.append(group(vals[k]))
                elif k == "var":
                    row.append(f"{'+' if c >= prev else '-'}{abs(c - prev)}" if c != prev else "0")
                elif k == "share":
                    row.append(pct_cell(c * 100 / total, rnd.random() < 0.5))
            rows.append(row)
            for k in sums:
                sums[k] += vals[k]
            d.ind("copii", labels[key], c, "copii", group(c))
            if by_sex:
                d.ind("copii", f"{labels[key]} || Băieți", vals["boys"], "copii", group(vals["boys"]))
                d.ind("copii", f"{labels[key]} || Fete", vals["girls"], "copii", group(vals["girls"]))
        label = rnd.choice(["TOTAL", "Total", "Total copii în sistemul de protecție specială"])
        rows.append([label if i == 0 else group(sums[k]) if k in sums else "100" if k == "share" else ""
                     for i, k in enumerate(kinds)])
        d.els.append(mv.table(rows, n, [0.5 if k == "no" else 4 if k == "label" else 1.2 for k in kinds]))
        d.total(f"copii în sistemul de protecție specială la {per.date}", total, "persons", group(total))
        if by_sex:
            d.total(f"copii în sistemul de protecție specială la {per.date} – băieți", sums["boys"], "persons",
                    group(sums["boys"]))
            d.total(f"copii în sistemul de protecție specială la {per.date} – fete", sums["girls"], "persons",
                    group(sums["girls"]))
        return
    if form == "sentence":
        phrases = {k: rnd.choice(v) for k, v in P.MEASURE_PHRASES.items()}
        parts = [f"{group(c)} {phrases[k]}" for k, c in counts.items()]
        n_total = d.count(total, False, False)
        intro = rnd.choice([f"La data de {per.date}, în sistemul de protecție specială se aflau {n_total} copii",
                            f"La {per.date} în evidența {d.dg(genitive=True)} se aflau, cu măsură de protecție "
                            f"specială, {n_total} copii"])
        d.p(f"{intro}{d.comparison(total)}, dintre care: {', '.join(parts[:-1])} și {parts[-1]}.")
        for k, c in counts.items():
            subject = phrases[k].split(" ", 1)[1]  # the phrase after its preposition ("la", "în")
            d.ind("copii", subject, c, "copii", f"{group(c)} {phrases[k]}")
    else:
        d.p(rnd.choice([f"Copii cu măsură de protecție specială la data de {per.date}:",
                        "Măsurile de protecție specială aflate în derulare:"]))
        form_b = rnd.randrange(2)
        for k, c in counts.items():
            d.b(f"{labels[k]}: {group(c)} copii;" if form_b == 0 else f"{labels[k]} – {group(c)};")
            d.ind("copii", labels[k], c, "copii", group(c))
        d.b(f"Total copii în sistemul de protecție specială: {group(total)}.")
    d.ind("copii", "copii || sistemul de protecție specială", total, "copii", group(total))
    d.total(f"copii în sistemul de protecție specială la {per.date}", total, "persons", group(total))


def _ages(d: Doc, total: int) -> None:
    rnd = d.rnd
    weights = [rnd.randint(5, 20) for _ in P.AGE_GROUPS]
    counts = [total * w // sum(weights) for w in weights]
    counts[-2] += total - sum(counts)
    d.p(rnd.choice([f"Distribuția pe grupe de vârstă a copiilor din sistemul de protecție specială la "
                    f"{d.per.date}:",
                    "Copiii aflați în sistemul de protecție specială, pe grupe de vârstă:"]))
    share = rnd.random() < 0.5
    header = [rnd.choice(P.HEADERS["age"]), rnd.choice(P.HEADERS["children"])] + (
        [rnd.choice(P.HEADERS["share"])] if share else [])
    rows = [header]
    dash = rnd.randrange(2)
    for (labels, c) in zip(P.AGE_GROUPS, counts):
        rows.append([labels[dash], group(c)] + ([pct_cell(c * 100 / total, True)] if share else []))
        d.ind("copii", labels[dash], c, "copii", group(c))
    rows.append(["TOTAL", group(total)] + (["100%"] if share else []))
    d.els.append(mv.table(rows, 1))
    d.total(f"copii în sistemul de protecție specială pe grupe de vârstă la {d.per.date}", total, "persons",
            group(total))


def _foster_carers(d: Doc, n: int) -> None:
    rnd = d.rnd
    prev = n + rnd.randint(-15, 10)
    text = rnd.choice([
        f"La data de {d.per.date}, {d.dg()} avea încheiate contracte individuale de muncă cu "
        f"{d.count(n, False, False)} asistenți maternali profesioniști{d.comparison(n)}.",
        f"Numărul asistenților maternali profesioniști angajați la {d.per.date} era de {group(n)}, față de "
        f"{group(prev)} la {d.per.prev_date}.",
        "Rețeaua de asistență maternală cuprindea, la sfârșitul perioadei, "
        f"{d.count(n, False, False)} asistenți "
        "maternali profesioniști atestați și angajați."])
    d.p(text)
    subject = ("asistenților maternali profesioniști angajați" if "Numărul" in text
               else "asistenți maternali profesioniști")
    d.ind("asistenti_maternali", subject, n, "persoane", group(n))


# ---------------------------------------------------------------------------------------------- counts of the period

def _facts(d: Doc, facts: list[P.Fact]) -> None:
    rnd, per = d.rnd, d.per
    bullets = rnd.random() < 0.35
    if bullets:
        d.p(rnd.choice([f"Principalii indicatori ai activității în {per.label}:", "Alte date statistice:",
                        f"În {per.label} s-au înregistrat:"]))
    for f in facts:
        n = rnd.randint(f.lo, f.hi)
        if bullets:
            form = rnd.randrange(3)
            if form == 0:
                d.b(f"{f.np[0].upper()}{f.np[1:]}: {group(n)};")
                subject = f.np
            elif form == 1:
                d.b(f"{d.count(n, f.feminine)} {f.np}{d.comparison(n)};")
                subject = f.np
            else:
                share = pct_cell(rnd.uniform(2, 60), True)
                d.b(f"{f.np[0].upper()}{f.np[1:]} – {group(n)} ({share} din total);")
                subject = f.np
        else:
            form = rnd.randrange(4)
            if form == 0:
                d.p(f"În {per.label} s-au înregistrat {d.count(n, f.feminine)} {f.np}{d.comparison(n)}.")
                subject = f.np
            elif form == 1:
                d.p(f"Numărul {f.gen} a fost, în {per.label}, de {group(n)}{d.comparison(n)}.")
                subject = f.gen
            elif form == 2:
                law = rnd.choice(["Legii nr. 272/2004", "Legii nr. 448/2006", "Legii nr. 273/2004"])
                d.p(f"În conformitate cu prevederile {law}, în perioada raportată au fost "
                    f"{'înregistrate' if f.feminine else 'înregistrați'} {d.count(n, f.feminine)} {f.np}.")
                subject = f.np
            else:
                d.p(f"Până la data de {per.date} au fost {'înregistrate' if f.feminine else 'înregistrați'} "
                    f"{d.count(n, f.feminine)} {f.np}, "
                    f"reprezentând {pct_cell(rnd.uniform(2, 60), True)} din totalul cazurilor instrumentate.")
                subject = f.np
        d.ind(f.key, subject, n, f.unit, group(n))
    if any(f.key == "cazuri_abuz" for f in facts) and rnd.random() < 0.6:
        d.p("Sesizările au fost primite prin Telefonul copilului 119 și la numărul de urgență "
            f"0800 {rnd.randint(100, 999)} {rnd.randint(100, 999)}, disponibil 24 de ore din 24.")


def _money(d: Doc, total_svcs_budget: dict[str, int]) -> None:
    """The spending of the period and its parts by source, in sentences."""
    rnd = d.rnd
    unit = rnd.choice(["lei", "mii lei"])
    m = Money(unit, "each", rnd.random() < 0.5, "lei")
    own_field, own_label = d.iss.own_budget
    own = max(100_000, total_svcs_budget.get(own_field, 0) + rnd.randint(10, 400) * 10_000)
    state = max(100_000, total_svcs_budget.get("budget_state_lei", 0) + rnd.randint(10, 400) * 10_000)
    both = own + state
    src = "bugetul local al sectorului" if d.iss.sector else "bugetul județean"
    d.p(rnd.choice([
        f"Cheltuielile efectuate în {d.per.label} pentru funcționarea serviciilor sociale au fost de "
        f"{m.cell(both)} {unit}, din care {m.cell(own)} {unit} de la {src} și {m.cell(state)} {unit} de la "
        "bugetul de stat.",
        f"Pentru finanțarea serviciilor sociale s-au cheltuit, în {d.per.label}, {m.cell(both)} {unit} "
        f"({m.cell(own)} {unit} – {src}; {m.cell(state)} {unit} – bugetul de stat), ceea ce reprezintă "
        f"{pct_cell(rnd.uniform(70, 99), True)} din prevederile bugetare."]))
    d.total(f"cheltuieli servicii sociale {d.per.label} (total)", both, "lei", f"{m.cell(both)} {unit}")
    d.total(f"cheltuieli servicii sociale {d.per.label}: {src}", own, "lei", f"{m.cell(own)} {unit}")
    d.total(f"cheltuieli servicii sociale {d.per.label}: bugetul de stat", state, "lei", f"{m.cell(state)} {unit}")
    if rnd.random() < 0.5:
        cost = rnd.randint(3_500, 9_500)
        subject = "costul mediu lunar pentru un copil ocrotit în serviciile de tip rezidențial"
        text = f"{subject[:1].upper()}{subject[1:]} a fost de {group(cost)} lei"
        d.ind("cost_mediu", subject, cost, "lei", f"{group(cost)} lei")
        if rnd.random() < 0.5:
            amp = rnd.randint(2_000, 3_400)
            text += f", iar pentru un copil aflat în plasament la asistent maternal profesionist de {group(amp)} lei"
            d.ind("cost_mediu", "un copil aflat în plasament la asistent maternal profesionist", amp, "lei",
                  f"{group(amp)} lei")
        d.p(text + ".")


# ---------------------------------------------------------------------------------------------- the document

def _issuer(rnd: random.Random) -> Issuer:
    if rnd.random() < 0.2:
        sector = rnd.randint(1, 6)
        return Issuer("București", sector, rnd.sample(P.SECTOR_AREAS, 8))
    county = pick_county(rnd)
    towns = [t.name for t in towns_of(county)] or [seats().get(county, county)]
    return Issuer(county, None, towns)


def _genitive(law: str) -> str:
    """'Legea nr. 272/2004 …' -> 'Legii nr. 272/2004 …' (after "prevederile", "în baza")."""
    for nom, gen in (("Legea", "Legii"), ("Ordinul", "Ordinului"),
                     ("Hotărârea Guvernului", "Hotărârii Guvernului")):
        if law.startswith(nom):
            return gen + law[len(nom):]
    return law


def _phone(d: Doc) -> str:
    rnd = d.rnd
    if d.iss.sector:
        return f"021 {rnd.randint(200, 799)} {rnd.randint(10, 99)} {rnd.randint(10, 99)}"
    return f"02{rnd.randint(30, 69)} {rnd.randint(200, 999)} {rnd.randint(100, 999)}"


def _letterhead(d: Doc) -> None:
    rnd, iss = d.rnd, d.iss
    if iss.sector:
        d.p(rnd.choice([f"PRIMĂRIA SECTORULUI {iss.sector}", f"CONSILIUL LOCAL AL SECTORULUI {iss.sector}"]))
        seat, postal = "București", f"0{iss.sector}{rnd.randint(1000, 9999)}"
    else:
        for line in rnd.choice([f"ROMÂNIA\nJUDEȚUL {iss.county.upper()}", f"CONSILIUL JUDEȚEAN {iss.county.upper()}",
                                f"JUDEȚUL {iss.county.upper()} – CONSILIUL JUDEȚEAN"]).split("\n"):
            d.p(line)
        seat, postal = seats().get(iss.county, iss.places[0]), str(rnd.randint(100000, 999999))
    d.p(rnd.choice([iss.canonical.upper(), iss.canonical, f"{iss.canonical} (D.G.A.S.P.C. {iss.tail})"]))
    phone, fax = _phone(d), _phone(d)
    street = rnd.choice(["Unirii", "Republicii", "Mihai Viteazul", "Libertății", "Ștefan cel Mare"])
    slug = iss.tail.lower().replace(" ", "").translate(str.maketrans("șțăâî", "staai"))
    d.p(f"{rnd.choice(['Str.', 'Bd.', 'Calea'])} {street} "
        f"nr. {rnd.randint(1, 120)}, {seat}, cod poștal {postal}, tel. {phone}, fax {fax}, "
        f"e-mail: office@dgaspc{rnd.choice(['', '-'])}{slug}.ro")
    if rnd.random() < 0.7:
        ref_month = int(d.per.date[3:5])  # registered in the month or two after the reference date
        month = ref_month % 12 + rnd.randint(1, 2) if ref_month < 12 else rnd.randint(1, 2)
        reg_year = d.year + 1 if ref_month == 12 else d.year
        d.p(f"Nr. {group(rnd.randint(800, 48000))}/{rnd.randint(1, 28):02d}.{month:02d}.{reg_year}")


def report_child_protection_statistics(rnd: random.Random, year: int) -> tuple[list, dict]:
    iss = _issuer(rnd)
    per = period(rnd, year)
    d = Doc(rnd, year, iss, per)
    _letterhead(d)
    to_council = rnd.random() < 0.3
    if to_council:
        d.p(f"Către: {iss.council.upper() if rnd.random() < 0.5 else iss.council}")
    dg = d.dg(genitive=True)
    title = rnd.choice(P.TITLES[per.kind]).format(date=per.date, period=per.label, dg=dg, year=year)
    d.title(title)
    d.p(rnd.choice([
        f"Prezentul raport a fost întocmit în conformitate cu prevederile {_genitive(rnd.choice(P.LAWS))}, pe baza "
        f"datelor raportate de serviciile din subordinea {dg}.",
        f"{d.dg()} își desfășoară activitatea în baza {_genitive(rnd.choice(P.LAWS))}, asigurând la nivelul "
        f"{'sectorului' if iss.sector else 'județului'} aplicarea politicilor în domeniul protecției copilului și "
        "al protecției persoanelor adulte cu dizabilități.",
        f"Datele prezentate reflectă situația la data de {per.date} și sunt transmise trimestrial Autorității "
        "Naționale pentru Protecția Drepturilor Copilului și Adopție, potrivit procedurii de raportare "
        "statistică a acesteia."]))

    # the services first: the measures' residential count is the children present in them
    n_rez = rnd.randint(3, 8)
    kinds = [rnd.choice(P.CHILD_RESIDENTIAL) for _ in range(n_rez)]
    d.with_place = rnd.random() < 0.2
    child_rez = [service(d, k) for k in kinds]
    child_day = [service(d, rnd.choice(P.CHILD_DAY)) for _ in range(rnd.randint(1, 4))]
    adults = [service(d, rnd.choice(P.ADULT_SERVICES)) for _ in range(rnd.randint(2, 7))]
    in_rez = sum(s.present for s, k in zip(child_rez, kinds) if k.code != "8790 CR-MC-I")
    counts = {"amp": rnd.randint(60, 900), "rude": rnd.randint(60, 700), "familii": rnd.randint(5, 120),
              "rez_pub": in_rez}
    if rnd.random() < 0.6:
        counts["rez_priv"] = rnd.randint(5, 150)
    numbering = rnd.choice(["roman", "digits", "cap", "none"])

    def heading(i: int, text: str) -> None:
        prefix = {"roman": f"{P.ROMAN.get(i, str(i))}. ", "digits": f"{i}. ", "cap": f"Capitolul {i}. ",
                  "none": ""}[numbering]
        d.h(prefix + text)

    sections = ["measures", "services", "adults", "facts"]
    if rnd.random() < 0.4:
        sections = ["services", "measures", "adults", "facts"]
    own_field, _ = iss.own_budget
    child_budget: list[str] = []
    if rnd.random() < 0.4:
        child_budget = [own_field] + (["budget_state_lei"] if rnd.random() < 0.6 else [])
    adult_budget: list[str] = []
    if rnd.random() < 0.4:
        adult_budget = [own_field] + (["budget_state_lei"] if rnd.random() < 0.5 else []) + (
            ["budget_beneficiaries_lei"] if rnd.random() < 0.5 else [])
    facts = rnd.sample(P.FACTS, rnd.randint(3, 7))
    for i, sec in enumerate(sections, 1):
        if sec == "measures":
            heading(i, rnd.choice(["Copiii din sistemul de protecție specială", "Protecția specială a copilului",
                                   "Situația copiilor cu măsură de protecție specială"]))
            _measures(d, counts)
            if rnd.random() < 0.4:
                _ages(d, sum(counts.values()))
            _foster_carers(d, max(30, counts["amp"] * 10 // rnd.randint(14, 19)))
        elif sec == "services":
            heading(i, rnd.choice(["Serviciile sociale pentru copii", "Servicii de tip rezidențial și de zi pentru "
                                   "copii", f"Serviciile pentru copii la data de {per.date}"]))
            if rnd.random() < 0.15:
                services_list(d, child_rez + child_day)
            elif rnd.random() < 0.5:
                cats = (rnd.choice(["Servicii de tip rezidențial", "Servicii rezidențiale pentru copii",
                                    "Centre rezidențiale"]),
                        rnd.choice(["Servicii de zi", "Centre de zi", "Servicii de zi pentru copii și familie"]))
                services_table(d, [(cats[0], child_rez), (cats[1], child_day)], "child", "servicii pentru copii",
                                child_budget)
            else:
                d.p(rnd.choice(["Servicii de tip rezidențial:", "A. Servicii rezidențiale"]))
                services_table(d, [(None, child_rez)], "child", "servicii rezidențiale pentru copii", child_budget)
                d.p(rnd.choice(["Servicii de zi:", "B. Servicii de zi"]))
                services_table(d, [(None, child_day)], "child", "servicii de zi pentru copii", child_budget)
        elif sec == "adults":
            heading(i, rnd.choice(["Protecția persoanelor adulte cu dizabilități",
                                   "Servicii sociale pentru persoane adulte cu dizabilități"]))
            rez = [s for s in adults if not s.code.startswith("8899")]
            day = [s for s in adults if s.code.startswith("8899")]
            if day and rnd.random() < 0.6:
                groups = [(rnd.choice(["Centre rezidențiale", "Servicii de tip rezidențial"]), rez),
                          (rnd.choice(["Centre de zi", "Servicii de zi"]), day)]
            else:
                groups = [(None, rez + day)]
            services_table(d, [(c, s) for c, s in groups if s], "adult", "servicii pentru adulți cu dizabilități",
                            adult_budget)
            housed = sum(s.present for s in rez)
            if rez and rnd.random() < 0.6:
                d.p("Numărul persoanelor adulte cu dizabilități găzduite în centrele rezidențiale ale direcției "
                    "era, "
                    f"la {per.date}, de {group(housed)}{d.comparison(housed)}.")
                d.ind("persoane", "persoanelor adulte cu dizabilități găzduite în centrele rezidențiale", housed,
                      "persoane", group(housed))
                d.total(f"persoane adulte cu dizabilități găzduite în centre rezidențiale la {per.date}", housed,
                        "persons", group(housed))
        else:
            heading(i, rnd.choice([f"Alte date privind activitatea în {per.label}", "Indicatori de activitate",
                                   "Activitatea direcției în perioada raportată"]))
            _facts(d, facts)
            if rnd.random() < 0.5:
                sums: dict[str, int] = {}
                for s in child_rez + child_day + adults:
                    for f, v in s.budgets.items():
                        sums[f] = sums.get(f, 0) + v
                _money(d, sums)
    if to_council:
        d.p(f"Prezenta informare se supune atenției {iss.council.replace('Consiliul', 'Consiliului')} în ședința "
            f"ordinară din luna {rnd.choice(['ianuarie', 'februarie', 'martie', 'aprilie', 'iulie', 'octombrie'])}.")
    d.p(rnd.choice(["DIRECTOR EXECUTIV,", "Director general,", "Director executiv,"]))
    d.p(rnd.choice(P.DIRECTORS))
    d.p(f"Întocmit: {rnd.choice(P.DIRECTORS)}, Compartimentul monitorizare și statistică, "
        f"tel. {_phone(d)}, interior {rnd.randint(100, 299)}")

    expected = {
        "document": dict(doc_type="other", title=title, year=year, year_end=year, issuer=iss.canonical,
                         issuer_kind="DGASPC", uat=iss.uat, county=iss.county, currency_unit_main=d.currency),
        "services": d.services, "procurements": [], "subsidies": [], "trainings": [], "partnerships": [],
        "totals": d.totals, "indicators": d.indicators,
    }
    return d.els, expected
