"""Family ``report_plan_years``: a municipality's, town's or commune's report on the implementation of its annual
action plans for social services over two or three plan years in one document ("Raport privind stadiul
implementării Planurilor anuale de acțiune privind serviciile sociale pentru anii 2021, 2022 și 2023"), written by
the DAS, the SPAS or the town hall for the local council, sometimes preceded by the council's HOTĂRÂRE taking note
of it. Written blind by a fifteenth author (session 18), from the contract (../shared/contract/DATASETS.md),
DESIGN.md, the corpus documents and their gold, and what a Romanian social-assistance office prints, without
reading the extractors, normalisers or pipeline: the vocabulary is ``plan_years_pools.py``'s own.

The chapters follow the template's sections (one naming scheme per document: letters A–G, "Anexa nr. 1–7",
"Capitolul I–VII", numbers, titles only): existing services (name cells carrying the street address, the code in
its own column or in the name cell, capacity in its own column or as "30 locuri" in the name or capacity cell,
occupancy as a percentage or beneficiaries per year, budget by source, either for the whole period in one table or
in one table per plan year under an "Anul N" heading, sometimes a TOTAL row and category rows), proposed services
and what became of them, contracting under Law 98/2016 (CPV) and non-refundable financing under Law 350/2005,
subsidies under Law 34/1998 (a row per unit and year, the association merged down), information activities (list
or table), trainings whose kinds are columns, a measures table with one result per year in one cell and a status
column, the counts of measures realised / partially / not realised, collaborations stated as measures, the
spending stated per year in a sentence, prose with figures. Money in lei or "mii lei" (header, group header, each
cell or a sentence above the table). Distractors: law, decision and registration numbers, dates, phone numbers,
article numbers, street numbers, CPV and nomenclator codes, percentages of the plan realised, terms ("31.12.2022").

Assumptions where the contract is silent (the gold is decided from the contract and the corpus gold):

* documents: ``doc_type`` ``raport_plan_anual`` (a report on the annual plans); when the council's decision taking
  note of the report comes first, ``raport_plan_anual || hotarare_aviz_plan`` (the decision approves no plan; the
  substance is the report). ``year`` the first plan year, ``year_end`` the last (the document is about all its plan
  years), never the year the report or the decision was written. ``issuer`` the office that wrote the report in
  its canonical long form (DAS / SPAS / the Primăria, a commune's compartment accepted), the local council also
  accepted when its decision comes first; ``uat`` the town; ``currency_unit_main`` the unit of the existing
  services table.
* services (F1): one row per service row of a services table; a service printed in each of the per-year tables
  gives one row per table (one row per social service *listed in a services table*). ``service_name`` without
  the address or phone; ``capacity`` from its column or "30 locuri"; ``occupancy_pct`` from a percentage column;
  ``beneficiaries`` from a single "Nr. beneficiari" column of a per-year table; beneficiaries printed per year in
  columns of one table state no single figure: not asserted. Budgets: in a one-table layout the columns are the
  sources' amounts for the whole period (the header says so: "Buget 2021–2023"), one figure per source; in the
  per-year layout each table's figures. Proposed services: ``section`` proposed, name, code and capacity; what
  became of them (realised or not) is not a column of the contract.
* procurements (F1): a Law 98/2016 row (object, CPV with its check digit, value, procedure); a Law 350/2005 row
  (the project financed, no CPV, the amount granted). The year of a row is not a field.
* subsidies (F1): a row per (unit, year) of the Law 34/1998 table, ``unit_name`` the unit, the association also
  accepted; a TOTAL row only a total.
* trainings (F1): one row per non-empty (staff category, kind) cell of the table whose kinds are columns (per year
  row when a year column splits them); "-" and 0 are no training; a "Total" column and a TOTAL row are not rows.
* partnerships (F1): every collaboration stated as a measure ("Încheierea unui contract de colaborare cu X", "1
  protocol cu X" as the result) and every agreement stated in a sentence, type from the act's word, number and
  signing date when printed.
* totals (recall): the TOTAL rows (money in lei, head counts), the spending stated per year, the counts of measures
  planned / realised / partially realised / not realised (unit other).
* indicators (recall): each year's figure of a measure's result cell (``year`` that year, ``subject`` the counted
  phrase) and each prose figure; a collaboration's "1" is not asserted.
* activities: not asserted.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

import make_variants as mv

from . import plan_years_pools as P
from .fmt import Money, code_spelling, date_ro, group, pct_cell
from .places import Town, issuer_for, pick_place
from .writing import Elements

__all__ = ["report_plan_years"]

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII"]
LETTERS = "ABCDEFG"


@dataclass
class Doc(Elements):
    rnd: random.Random
    years: list[int]
    town: Town
    kind: str
    money: Money
    scheme: str
    els: list[mv.El] = field(default_factory=list)
    exp: dict = field(default_factory=dict)
    sec_no: int = 0

    def __post_init__(self) -> None:
        for ds in ("services", "procurements", "subsidies", "trainings", "partnerships", "totals", "indicators"):
            self.exp[ds] = []

    # ------------------------------------------------------------------ helpers
    @property
    def span(self) -> str:
        return f"{self.years[0]}–{self.years[-1]}"

    def years_text(self) -> str:
        ys = [str(y) for y in self.years]
        return ", ".join(ys[:-1]) + " și " + ys[-1]

    def heading(self, index: int) -> None:
        """The section heading of template section `index` in this document's numbering scheme."""
        words = self.rnd.choice(P.SECTION_TITLES[index]).format(gen=self.town.genitive, span=self.span)
        i = self.sec_no
        self.sec_no += 1
        text = {"letters": f"{LETTERS[i]}. {words}", "annex": f"Anexa nr. {i + 1} – {words}",
                "chapter": f"Capitolul {ROMAN[i]}. {words}", "numbers": f"{i + 1}. {words}",
                "title": words.upper()}[self.scheme]
        self.h(text)

    def total(self, scope: str, amount: int, unit: str, raw: str) -> None:
        self.exp["totals"].append(dict(scope=scope, amount=amount, unit=unit, raw=raw))

    def indicator(self, key: str, subject: str, value: int, unit: str, year: int, raw: str) -> None:
        self.exp["indicators"].append(dict(indicator=key, subject=subject, value=value, unit=unit, year=year, raw=raw))

    def partner(self, act: str, kind: str, partner: str, number: str | None = None, iso: str | None = None,
                valid: str | None = None) -> None:
        self.exp["partnerships"].append(dict(agreement_type=kind, number_raw=number, date_signed=iso,
                                             valid_until_raw=valid, partner=partner,
                                             notes=act))

    def lei(self, lo: int, hi: int) -> int:
        return self.money.lei_value(self.rnd, lo, hi)

    @property
    def hs(self) -> str:
        """The unit after a money header of a one-header-row table ("group" has no group header there)."""
        return f" ({self.money.unit})" if self.money.where in ("each", "group") else ""

    def note(self) -> None:
        if self.money.note:
            self.p(self.money.note)


# ---------------------------------------------------------------------- header and decision

def _front(d: Doc) -> dict:
    rnd, t, last = d.rnd, d.town, d.years[-1]
    issuer = issuer_for(d.kind, t)
    ikind = "primarie" if d.kind in ("primarie", "compartiment") else d.kind
    if ikind == "primarie":
        issuer = issuer_for("primarie", t) + " || " + issuer_for("compartiment", t)
    title = rnd.choice(P.TITLES).format(years=d.years_text(), span=d.span, gen=t.genitive)
    doc_type = "raport_plan_anual"
    written = f"{rnd.randint(1, 28):02d}.{rnd.randint(1, 4):02d}.{last + 1}"
    if rnd.random() < 0.3:  # the council's decision taking note of the report comes first
        hcl = rnd.randint(12, 160)
        d.p("ROMÂNIA")
        d.p(f"JUDEȚUL {t.county.upper()}")
        d.p(f"CONSILIUL LOCAL AL {t.genitive.upper()}")
        d.title(f"HOTĂRÂREA NR. {hcl} din {written}")
        d.p(f"privind luarea act de Raportul privind stadiul implementării Planurilor anuale de acțiune privind "
            f"serviciile sociale pentru anii {d.years_text()}")
        d.p(f"Consiliul Local al {t.genitive}, întrunit în ședința ordinară din data de {written};")
        d.p(f"Având în vedere referatul de aprobare nr. {rnd.randint(1000, 19999)}/{written} al primarului și "
            f"raportul de specialitate al compartimentului de resort;")
        d.p(f"În conformitate cu prevederile art. 118 alin. (2) din {P.LAWS[0]}, cu modificările și completările "
            f"ulterioare, ale H.G. nr. 797/2017 și ale art. 129 alin. (2) lit. d) din O.U.G. nr. 57/2019;")
        d.p("HOTĂRĂȘTE:")
        d.p("Art. 1. Se ia act de Raportul privind stadiul implementării Planurilor anuale de acțiune privind serviciile "
            f"sociale pentru anii {d.years_text()}, prevăzut în anexa care face parte integrantă din prezenta hotărâre.")
        d.p("Art. 2. Cu ducerea la îndeplinire a prezentei hotărâri se încredințează primarul și "
            f"{issuer.split(' || ')[0]}.")
        d.p(f"Adoptată cu {rnd.randint(9, 17)} voturi pentru, 0 împotrivă, {rnd.randint(0, 2)} abțineri.")
        d.els.append(mv.pagebreak())
        d.p(f"Anexa la HCL nr. {hcl}/{written}")
        doc_type = "raport_plan_anual || hotarare_aviz_plan"
        issuer += f" || Consiliul Local al {t.genitive}"
        ikind += " || consiliu_local"
    else:
        d.p("ROMÂNIA")
        d.p(f"JUDEȚUL {t.county.upper()}")
        d.p(issuer.split(" || ")[0].upper())
        d.p(f"Nr. {rnd.randint(100, 25000)}/{written}   Tel./fax: 02{rnd.randint(30, 69)} {rnd.randint(100, 999)} "
            f"{rnd.randint(100, 999)}")
    d.title(title)
    d.p(f"Prezentul raport a fost întocmit în temeiul art. 3 alin. (2) din H.G. nr. 797/2017 și prezintă modul de "
        f"îndeplinire a Planurilor anuale de acțiune aprobate prin HCL nr. {rnd.randint(10, 99)}/{d.years[0] - 1}"
        + "".join(f", HCL nr. {rnd.randint(10, 99)}/{y - 1}" for y in d.years[1:]) + ".")
    return dict(doc_type=doc_type, title=title, year=d.years[0], year_end=d.years[-1], issuer=issuer,
                issuer_kind=ikind, uat=t.uat, county=t.county, currency_unit_main=d.money.unit)


# ---------------------------------------------------------------------- A. existing services

@dataclass
class SvcLayout:
    nr: bool
    code_where: str  # col_after | col_before | in_name
    cap_where: str  # col | cell_word | in_name | none
    occ: str  # none | pct | benef_years | benef
    sources: list[str]
    header_rows: int
    address: str  # none | comma | dash_phone
    categories: bool
    total: bool
    occ_header: str


def _name_cell(d: Doc, lay: SvcLayout, name: str, code: str, cap: int) -> str:
    rnd = d.rnd
    text = name
    if lay.address == "comma":
        text += f", {rnd.choice(P.STREETS)} nr. {rnd.randint(1, 120)}"
    elif lay.address == "dash_phone":
        text += f" – {rnd.choice(P.STREETS)} nr. {rnd.randint(1, 120)}, tel. 07{rnd.randint(20, 89)} {rnd.randint(100, 999)} {rnd.randint(100, 999)}"
    if lay.cap_where == "in_name":
        text += f" ({cap} locuri)" if rnd.random() < 0.5 else f", {cap} locuri"
    if lay.code_where == "in_name":
        text = f"{code_spelling(rnd, code)} – {text}"
    return text


def _services_header(d: Doc, lay: SvcLayout, budget_label: str) -> tuple[list[list[str]], int]:
    rnd, m = d.rnd, d.money
    lead = (["Nr. crt."] if lay.nr else [])
    name_h, code_h = rnd.choice(P.NAME_HEADERS), rnd.choice(P.CODE_HEADERS)
    if lay.code_where == "col_before":
        lead += [code_h, name_h]
    elif lay.code_where == "col_after":
        lead += [name_h, code_h]
    else:
        lead += [name_h]
    if lay.cap_where in ("col", "cell_word"):
        lead.append(rnd.choice(P.CAPACITY_HEADERS))
    if lay.occ == "pct":
        lead.append(lay.occ_header)
    elif lay.occ == "benef":
        lead.append(rnd.choice(P.BENEF_HEADERS))
    elif lay.occ == "benef_years":
        lead += [f"Beneficiari {y}" for y in d.years]
    srcs = [rnd.choice(P.SOURCES[s]) + m.header_suffix for s in lay.sources]
    if lay.header_rows == 1:
        return [lead + srcs], 1
    group_text = f"{budget_label}" + (f" ({m.unit})" if m.where == "group" else "")
    top = lead + [group_text] + [mv.LEFT] * (len(srcs) - 1)
    second = [mv.UP] * len(lead) + srcs
    return [top, second], 2


def _existing(d: Doc) -> str:
    rnd = d.rnd
    per_year = rnd.random() < 0.35
    lay = SvcLayout(nr=rnd.random() < 0.85, code_where=rnd.choice(["col_after", "col_after", "col_before", "in_name"]),
                    cap_where=rnd.choice(["col", "col", "cell_word", "in_name"]),
                    occ=rnd.choice(["none", "pct", "benef"] if per_year else ["none", "pct", "benef_years"]),
                    sources=["budget_local_lei"] + [s for s in ("budget_state_lei", "budget_beneficiaries_lei",
                                                                "budget_other_lei") if rnd.random() < 0.4],
                    header_rows=rnd.choice([1, 2]), address=rnd.choice(["none", "comma", "comma", "dash_phone"]),
                    categories=rnd.random() < 0.35, total=rnd.random() < 0.5,
                    occ_header=rnd.choice(P.OCCUPANCY_HEADERS))
    if d.money.where == "group" and lay.header_rows == 1:
        d.money = Money(d.money.unit, "each", d.money.decimals, d.money.cell_word)
    catalogue = rnd.sample(P.EXISTING, rnd.randint(3, 6))
    if lay.categories:
        catalogue.sort(key=lambda s: P.CATEGORIES.index(s[2]))
    caps = {s[0]: rnd.randint(*s[3]) for s in catalogue}
    d.heading(0)
    d.p(f"La nivelul {d.town.genitive} funcționează un număr de {len(catalogue)} servicii sociale licențiate, "
        f"administrate de {d.exp['document']['issuer'].split(' || ')[0]}.")
    tables = [(y, f"Anul {y}") for y in d.years] if per_year else [(None, None)]
    label = rnd.choice(P.BUDGET_GROUP)
    for year, head in tables:
        if head:
            d.h(head)
        d.note()
        header, hr = _services_header(d, lay, label + ("" if year else f" {d.span}"))
        rows = list(header)
        width = len(header[0])
        sums = {s: 0 for s in lay.sources}
        last_cat = None
        for i, (name, code, cat, _rng) in enumerate(catalogue, 1):
            if lay.categories and cat != last_cat:
                rows.append([cat] + [mv.LEFT] * (width - 1))
                last_cat = cat
            cap = caps[name]
            row = [f"{i}."] if lay.nr else []
            cell = _name_cell(d, lay, name, code, cap)
            printed_code = code_spelling(rnd, code)
            if lay.code_where == "col_before":
                row += [printed_code, cell]
            elif lay.code_where == "col_after":
                row += [cell, printed_code]
            else:
                row += [cell]
            if lay.cap_where == "col":
                row.append(str(cap))
            elif lay.cap_where == "cell_word":
                row.append(f"{cap} locuri")
            svc = dict(section="existing", row_no_raw=f"{i}." if lay.nr else None,
                       category=cat if lay.categories else None, service_name=name, service_code=code,
                       capacity=cap if lay.cap_where != "none" else None)
            if lay.occ == "pct":
                pct = round(rnd.uniform(62, 100), 1)
                row.append(pct_cell(pct, "%" not in lay.occ_header or rnd.random() < 0.5))
                svc["occupancy_pct"] = pct
            elif lay.occ == "benef":
                n = rnd.randint(max(1, cap // 2), cap + cap // 4)
                row.append(str(n))
                svc["beneficiaries"] = n
            elif lay.occ == "benef_years":
                row += [str(rnd.randint(max(1, cap // 2), cap + cap // 4)) for _ in d.years]
            scale = 1 if year else len(d.years)
            for s in lay.sources:
                lo, hi = {"budget_local_lei": (60_000, 900_000), "budget_state_lei": (20_000, 300_000),
                          "budget_beneficiaries_lei": (3_000, 60_000), "budget_other_lei": (5_000, 90_000)}[s]
                v = d.lei(lo * scale, hi * scale)
                sums[s] += v
                row.append(d.money.cell(v))
                svc[s] = v
            svc["budget_raw"] = " | ".join(row[-len(lay.sources):])
            rows.append(row)
            d.exp["services"].append(svc)
        if lay.total:
            lead_cells = width - len(lay.sources)
            rows.append(["TOTAL"] + [mv.LEFT if lay.nr and j == 1 else "" for j in range(1, lead_cells)]
                        + [d.money.cell(sums[s]) for s in lay.sources])
            for s in lay.sources:
                d.total(f"total {s[:-4]} servicii existente" + (f" {year}" if year else f" {d.span}"), sums[s], "lei",
                        d.money.cell(sums[s]))
        d.table(rows, hr)
    return d.money.unit


# ---------------------------------------------------------------------- B. proposed services

def _proposed(d: Doc) -> None:
    rnd = d.rnd
    d.heading(1)
    if rnd.random() < 0.2:
        d.p(f"În planurile anuale pentru perioada {d.span} nu au fost propuse servicii sociale noi. Nu este cazul.")
        return
    chosen = rnd.sample(P.PROPOSED, rnd.randint(1, 3))
    cap_head = rnd.choice(["Capacitate estimată (nr. locuri)", "Capacitate propusă", "Nr. locuri"])
    code_first = rnd.random() < 0.3
    header = ["Nr. crt.", "Cod serviciu" if code_first else "Serviciul social propus",
              "Serviciul social propus" if code_first else "Cod serviciu", cap_head, "Anul propunerii",
              rnd.choice(["Stadiul înființării", "Ce s-a realizat", "Stadiu / observații"])]
    rows = [header]
    for i, (name, code, crange) in enumerate(chosen, 1):
        cap = rnd.randint(*crange)
        y = rnd.choice(d.years)
        fate, _ok = rnd.choice(P.PROPOSED_FATES)
        fate = fate.format(hcl=rnd.randint(10, 150), date=f"{rnd.randint(1, 28):02d}.{rnd.randint(1, 12):02d}.{y}",
                           y=min(y + 1, d.years[-1] + 1))
        code_p = code_spelling(rnd, code)
        rows.append([f"{i}.", code_p if code_first else name, name if code_first else code_p, str(cap), str(y), fate])
        d.exp["services"].append(dict(section="proposed", row_no_raw=f"{i}.", service_name=name, service_code=code,
                                      capacity=cap))
    d.table(rows)


# ---------------------------------------------------------------------- C. contracting (98/2016, 350/2005)

def _contracting(d: Doc) -> None:
    rnd, m = d.rnd, d.money
    d.heading(2)
    mode = rnd.choice(["none", "cpv", "grants", "both"])
    if mode == "none":
        d.p(f"În perioada {d.span} nu au fost contractate servicii sociale în baza Legii nr. 98/2016 privind achizițiile "
            "publice și nu au fost acordate finanțări nerambursabile în baza Legii nr. 350/2005.")
        return
    if mode in ("cpv", "both"):
        d.p("Servicii sociale achiziționate în baza Legii nr. 98/2016 privind achizițiile publice:")
        d.note()
        rows = [["Nr. crt.", "Obiectul contractului", "Cod CPV", "Valoare contract" + d.hs, "Anul",
                 "Procedura"]]
        for i in range(1, rnd.randint(1, 3) + 1):
            cpv, cpv_name = rnd.choice(P.CPV)
            obj = f"{cpv_name} – {rnd.choice(['persoane vârstnice', 'persoane fără adăpost', 'copii din familii vulnerabile', 'persoane cu dizabilități'])}"
            v = d.lei(40_000, 600_000)
            printed = rnd.choice([cpv, cpv.replace("-", " - "), cpv.replace("-", "–")])
            proc = rnd.choice(P.PROCEDURES)
            rows.append([f"{i}.", obj, printed, m.cell(v), str(rnd.choice(d.years)), proc])
            d.exp["procurements"].append(dict(row_no_raw=f"{i}.", contract_object=obj, cpv_code=cpv,
                                              estimated_value_lei=v, value_raw=m.cell(v), procedure=proc))
        d.table(rows)
    if mode in ("grants", "both"):
        d.p("Finanțări nerambursabile acordate în baza Legii nr. 350/2005 privind regimul finanțărilor nerambursabile "
            "din fonduri publice alocate pentru activități nonprofit de interes general:")
        d.note()
        rows = [["Nr.", "Beneficiarul finanțării", "Proiectul finanțat", "Anul", "Suma acordată" + d.hs]]
        for i, ngo in enumerate(rnd.sample(P.NGOS, rnd.randint(1, 3)), 1):
            proj = rnd.choice(["Servicii de îngrijire la domiciliu pentru vârstnici singuri",
                               "Masa caldă pentru persoane în risc de sărăcie", "Sprijin educațional pentru copii",
                               "Consiliere pentru victimele violenței domestice", "Club de socializare pentru seniori"])
            v = d.lei(10_000, 150_000)
            rows.append([f"{i}.", ngo, proj, str(rnd.choice(d.years)), m.cell(v)])
            d.exp["procurements"].append(dict(row_no_raw=f"{i}.", contract_object=proj, estimated_value_lei=v,
                                              value_raw=m.cell(v)))
        d.table(rows)


# ---------------------------------------------------------------------- D. subsidies (34/1998)

def _subsidies(d: Doc) -> None:
    rnd, m = d.rnd, d.money
    d.heading(3)
    if rnd.random() < 0.3:
        d.p("Nu este cazul. În perioada analizată nu au fost acordate subvenții asociațiilor și fundațiilor "
            "în baza Legii nr. 34/1998.")
        return
    d.note()
    rows = [["Nr. crt.", "Asociația / fundația", "Unitatea de asistență socială", "Anul",
             "Subvenția acordată" + d.hs]]
    total = 0
    ngos = rnd.sample(P.NGOS, rnd.randint(1, 2))
    units = rnd.sample(P.NGO_UNITS, len(ngos))
    for i, (ngo, unit) in enumerate(zip(ngos, units), 1):
        for j, y in enumerate(d.years):
            v = d.lei(12_000, 120_000)
            total += v
            rows.append([f"{i}." if j == 0 else mv.UP, ngo if j == 0 else mv.UP, unit if j == 0 else mv.UP, str(y),
                         m.cell(v)])
            d.exp["subsidies"].append(dict(row_no_raw=f"{i}.", unit_name=f"{unit} || {ngo}", amount_lei=v,
                                           amount_raw=m.cell(v)))
    if rnd.random() < 0.5:
        rows.append(["TOTAL", mv.LEFT, "", "", m.cell(total)])
        d.total(f"total subvenții Legea 34/1998 {d.span}", total, "lei", m.cell(total))
    d.table(rows)


# ---------------------------------------------------------------------- E. information activities (not asserted)

def _information(d: Doc) -> None:
    rnd = d.rnd
    d.heading(4)
    acts = rnd.sample(P.INFO_ACTIVITIES, rnd.randint(2, 4))
    if rnd.random() < 0.5:
        for a in acts:
            d.b(f"{a} ({rnd.choice(d.years)});")
    else:
        rows = [["Nr.", "Activitatea", "Perioada", "Organizator"]]
        for i, a in enumerate(acts, 1):
            rows.append([f"{i}.", a, f"{rnd.choice(['martie', 'mai', 'octombrie', 'trimestrul IV'])} "
                         f"{rnd.choice(d.years)}", rnd.choice(P.RESPONSIBLE)])
        d.table(rows)


# ---------------------------------------------------------------------- F. trainings, kinds as columns

def _trainings(d: Doc) -> None:
    rnd = d.rnd
    d.heading(5)
    kinds = [k for k in ("perfectionare", "instruire", "calificare") if k != "calificare" or rnd.random() < 0.6]
    by_year = rnd.random() < 0.4
    staff = rnd.sample(P.STAFF, rnd.randint(2, 4))
    heads = [rnd.choice(P.KIND_HEADERS[k]) for k in kinds]
    lead = ["Nr. crt.", "Categoria de personal"] + (["Anul"] if by_year else [])
    total_col = rnd.random() < 0.4
    two = rnd.random() < 0.5
    if two:
        header = [lead + ["Număr de persoane participante la:"] + [mv.LEFT] * (len(kinds) - 1)
                  + (["Total"] if total_col else []),
                  [mv.UP] * len(lead) + heads + ([mv.UP] if total_col else [])]
    else:
        header = [lead + heads + (["Total"] if total_col else [])]
    rows = list(header)
    sums = {k: 0 for k in kinds}
    i = 0
    for cat in staff:
        for y in (d.years if by_year else [None]):
            i += 1
            row = [f"{i}.", cat] + ([str(y)] if by_year else [])
            tot = 0
            for k in kinds:
                n = rnd.choice([0, rnd.randint(1, 25)]) if k != "perfectionare" else rnd.randint(1, 25)
                tot += n
                sums[k] += n
                row.append(str(n) if n else rnd.choice(["-", "0"]))
                if n:
                    d.exp["trainings"].append(dict(training_kind=k, row_no_raw=f"{i}.", staff_category=cat, persons=n))
            if total_col:
                row.append(str(tot))
            rows.append(row)
    if rnd.random() < 0.5:
        rows.append(["TOTAL", mv.LEFT] + ([""] if by_year else []) + [str(sums[k]) for k in kinds]
                    + ([str(sum(sums.values()))] if total_col else []))
        for k in kinds:
            if sums[k]:
                d.total(f"total participanți {k} {d.span}", sums[k], "persons", str(sums[k]))
    d.table(rows, 2 if two else 1)
    d.p(f"Cursurile de perfecționare au fost organizate de furnizori autorizați ANC, conform art. 39 din "
        f"{rnd.choice(P.LAWS[:1])}.")


# ---------------------------------------------------------------------- G. measures, results per year

def _result_cell(d: Doc, style: int, noun: str, counts: dict[int, int]) -> str:
    parts = []
    for y, n in counts.items():
        parts.append([f"{y} {n} {noun}", f"{y}: {n} {noun}", f"în {y} – {n} {noun}"][style])
    return (" " if style == 0 else "; ").join(parts)


def _measures(d: Doc) -> None:
    rnd, t = d.rnd, d.town
    d.heading(6)
    style = rnd.randrange(3)
    chosen = rnd.sample(P.MEASURES, rnd.randint(3, 5))
    collabs = rnd.sample(P.PARTNERS, rnd.randint(1, 2))
    has_status = rnd.random() < 0.8
    header = ["Nr. crt.", rnd.choice(["Măsura / activitatea", "Măsuri", "Obiectiv / măsură"]),
              rnd.choice(["Termen", "Termen de realizare"]), "Responsabil",
              rnd.choice(["Rezultate obținute", "Indicatori realizați", f"Rezultate {d.span}"])]
    if has_status:
        header.append(rnd.choice(["Stadiu", "Grad de realizare", "Stadiul realizării"]))
    rows = [header]
    status = {"done": 0, "partial": 0, "not": 0}
    items: list[tuple] = [("m", m) for m in chosen] + [("c", c) for c in collabs]
    rnd.shuffle(items)
    for i, (what, item) in enumerate(items, 1):
        term = rnd.choice(["permanent", f"31.12.{d.years[-1]}", "anual", f"trimestrial, {d.span}"])
        resp = rnd.choice(P.RESPONSIBLE)
        if what == "m":
            text, noun, key, (lo, hi) = item
            counts = {y: rnd.randint(lo, hi) for y in d.years}
            result = _result_cell(d, style, noun, counts)
            for y, n in counts.items():
                d.indicator(key, noun, n, noun.split()[0], y, f"{y} {n} {noun}")
            st = rnd.choice(["done", "done", "partial"])
        else:
            partner = item.format(county=t.county, town=t.name)
            act, indef, _art, kind = rnd.choice(P.ACTS)
            st = rnd.choice(["done", "done", "partial", "not"])
            if rnd.random() < 0.5:
                text = f"Încheierea {indef} cu {partner}"
                result = {"done": rnd.choice(["realizat", f"{act} semnat în {rnd.choice(d.years)}"]),
                          "partial": "în curs de semnare", "not": "nu a fost încheiat"}[st]
            else:
                text = rnd.choice(["Dezvoltarea colaborării cu instituțiile publice și ONG-urile",
                                   "Colaborarea interinstituțională pentru prevenirea marginalizării sociale"])
                result = f"1 {act} cu {partner}" if st != "not" else "nu a fost încheiat niciun acord"
            if st == "done" or (st == "partial" and result.startswith("1 ")):
                d.partner(act, kind, partner)  # an agreement concluded (a measure not realised names none)
        status[st] += 1
        row = [f"{i}.", text, term, resp, result]
        if has_status:
            row.append(rnd.choice({"done": P.STATUS_DONE, "partial": P.STATUS_PARTIAL, "not": P.STATUS_NOT}[st]))
        rows.append(row)
    d.table(rows)
    n = len(items)
    if has_status:
        sentence = rnd.choice([
            "Din totalul de {n} măsuri prevăzute în planurile anuale, {a} au fost realizate, {b} parțial realizate și "
            "{c} nerealizate, gradul de realizare fiind de {pct}%.",
            "Au fost planificate {n} măsuri: realizate – {a}; parțial realizate – {b}; nerealizate – {c}.",
        ])
        pct = round(100 * status["done"] / n)
        d.p(sentence.format(n=n, a=status["done"], b=status["partial"], c=status["not"], pct=pct))
        d.total("măsuri planificate", n, "other", str(n))
        d.total("măsuri realizate", status["done"], "other", str(status["done"]))
        if status["partial"]:
            d.total("măsuri parțial realizate", status["partial"], "other", str(status["partial"]))
        if status["not"]:
            d.total("măsuri nerealizate", status["not"], "other", str(status["not"]))


# ---------------------------------------------------------------------- prose: spending, figures, agreements

def _money_phrase(d: Doc, lei: int) -> str:
    if d.money.unit == "mii lei" and d.rnd.random() < 0.6:
        k, rest = divmod(lei, 1000)
        return f"{group(k)},{rest // 10:02d} mii lei"
    return f"{group(lei)}{',00' if d.rnd.random() < 0.3 else ''} lei"


def _prose(d: Doc) -> None:
    rnd, t = d.rnd, d.town
    d.h(rnd.choice(["Concluzii", "Alte realizări ale perioadei", "Execuția bugetară și alte date"]))
    spend = {y: rnd.randrange(800, 9000) * 1000 + rnd.randrange(0, 100) * 10 for y in d.years}
    phrases = {y: _money_phrase(d, v) for y, v in spend.items()}
    parts = [f"{phrases[y]} în anul {y}" for y in spend]
    d.p(f"Cheltuielile totale efectuate pentru serviciile sociale și beneficiile de asistență socială au fost de "
        + ", ".join(parts[:-1]) + f" și {parts[-1]}, conform contului de execuție (capitolul 68.02).")
    for y, v in spend.items():
        d.total(f"cheltuieli totale asistență socială {y}", v, "lei", phrases[y])
    for text, key, subject, unit, rng in rnd.sample(P.PROSE_FACTS, rnd.randint(1, 3)):
        y = rnd.choice(d.years)
        n = rnd.randint(*rng)
        d.p(text.format(y=y, n=n, hcl=rnd.randint(10, 140)) + rnd.choice(
            ["", f" Față de anul {y - 1}, numărul a crescut cu {rnd.randint(2, 15)}%.",
             " Solicitările se pot depune la telefon 0800 800 " + str(rnd.randint(100, 999)) + "."]))
        d.indicator(key, subject, n, unit, y, f"{n}")
    if rnd.random() < 0.7:
        partner = rnd.choice(P.PARTNERS).format(county=t.county, town=t.name)
        act, _indef, art, kind = rnd.choice(P.ACTS)
        printed, iso = date_ro(rnd, d.years[0], d.years[-1])
        no = str(rnd.randint(12, 4999))
        fem = art.startswith("convenția")
        valid = f"31.12.{d.years[-1] + 1}" if rnd.random() < 0.5 else None
        if valid:
            d.p(f"În anul {iso[:4]} a fost {'încheiată' if fem else 'încheiat'} {art} nr. {no}/{printed} cu {partner}, "
                f"{'valabilă' if fem else 'valabil'} până la {valid}.")
        else:
            d.p(f"{d.town.uat} are în derulare {art} nr. {no}/{printed} cu {partner}.")
        d.partner(act, kind, partner, no, iso, valid)


# ---------------------------------------------------------------------- the family

def report_plan_years(rnd: random.Random, year: int) -> tuple[list[mv.El], dict]:
    n = rnd.choice([2, 2, 3])
    first = year if year + n - 1 <= 2025 else 2025 - n + 1
    years = list(range(first, first + n))
    kinds = rnd.choice([("municipiu",), ("oras",), ("comuna",), ("municipiu",)])
    town = pick_place(rnd, kinds)
    issuer_kind = {"municipiu": rnd.choice(["DAS", "DAS", "SPAS"]), "oras": rnd.choice(["SPAS", "primarie"]),
                   "comuna": "primarie"}[town.kind]
    unit = rnd.choice(["lei", "lei", "mii lei"])
    money = Money.pick(rnd, unit, 2)
    d = Doc(rnd, years, town, issuer_kind, money, rnd.choice(P.SCHEMES))
    d.exp["document"] = _front(d)
    _existing(d)
    _proposed(d)
    _contracting(d)
    _subsidies(d)
    _information(d)
    _trainings(d)
    _measures(d)
    _prose(d)
    d.p(rnd.choice(["Director executiv,", "Șef serviciu,", "Întocmit,"]) + f" {rnd.choice(['ing.', 'jr.', ''])} "
        + rnd.choice(["Maria Popescu", "Ioan Ionescu", "Elena Dumitrescu", "Vasile Marin"]))
    return d.els, d.exp
