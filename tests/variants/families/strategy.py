"""Family ``strategy_social_services``: a multi-year strategy for the development of social services, written
blind by a seventh author (session 13).

Written from the contract (../shared/contract/DATASETS.md), DESIGN.md, docs/ (DATASETS.md, indicators.md), the
corpus documents and their gold and what a document writer knows of Romanian public administration, without reading
the extractors, normalisers, pipeline, nor the other families' generators: the vocabulary is
``strategy_base.py``'s own. What a seed varies:

* the issuer: a county's DGASPC (the county council approves), a municipality's DAS, a town's SPAS, a commune's
  town hall (its social-assistance compartment); real SIRUTA places; the span (3–6 years from 2019–2024,
  "2021–2027", "2022-2026", "2023 - 2027");
* sometimes the council's HOTĂRÂRE approving the strategy comes first (preamble citing laws with numbers and years,
  "HOTĂRĂȘTE:", Art. 1–3, signatures, the vote, "Anexa la Hotărârea HCJ nr. N/YYYY"), adopted in the first year
  or in the autumn of the year before;
* letterhead or none; chapter headings "CAPITOLUL I. …", "I. …", "1. …" or unnumbered, in varied order; page
  headers / footers between chapters ("… – pagina 12");
* the legal framework (bullets, a numbered list or one sentence of 7–12 laws); the diagnosis: population,
  children in special protection or at risk, persons with disabilities, families on social aid, in sentences
  with the year; a table of persons with disabilities by grade (with a percentage column and a Total row) and a
  table of indicators by year (distractors); the share of the elderly (a percentage); the year's social-assistance
  spending with its budget chapter code (68.02 …);
* the inventory of existing services: one table with group rows by target group, one table per target group
  under its own heading, or one table grouped by public / private providers; columns drawn (number, provider —
  sometimes with address and phone in the cell —, name, code spelled `8899CZ-VD-II` / `8899 CZ VD II` …, licence,
  address, capacity "30" / "30 locuri" / "30 de locuri" / "-", beneficiaries under a header with the year,
  occupancy with or without "%" in the cells, staff, a funding source in words, an annual cost in lei or mii lei
  with the unit in the header, in the cells or on a line above); a TOTAL row; a sentence counting services and
  places;
* the services proposed for the period: a table with a column per funding source (own budget, state budget,
  European funds) under one or two header rows, one cost column and several sources in one cell, costs per year
  of the period, or a numbered list; a TOTAL row;
* SWOT as lists or a 2×2 table; vision, strategic and specific objectives ("1.1.", "OS 2.");
* the action plan: measures (some name a proposed service, sometimes with its code) grouped by strategic
  objective or numbered "1.2", responsible, partners, deadline ("2022–2027", "permanent", "trim. IV 2025"),
  indicators ("25 beneficiari/an", "100% personal evaluat"), estimated cost (lei / mii lei, "-", "fără costuri"),
  funding source (POIDS, PR <region> 2021–2027, PNRR – Componenta 13, local/county/state budget); TOTAL row and/or
  a sentence stating the plan's total;
* partnerships as a numbered list, partner-first bullets, a table or sentences, with or without number/date;
* sometimes a staff training programme table (staff, kind, theme, persons, period, cost);
* monitoring and evaluation (a committee of N members, report by 31 March, mid-term evaluation year).

Assumptions where the contract is silent (the gold is decided from the contract and the corpus gold):

* documents: ``doc_type`` ``strategie`` (the contract's own type) also when the approving decision is printed
  first: the decision is a one-page cover and ``hotarare_aviz_plan`` names a plan. ``year`` / ``year_end`` the
  first / last year of the strategy's period (never the decision's year, a statistics year or a cited
  strategy's period). ``issuer`` the body that drafted it (DGASPC, DAS, SPAS, the commune's Primăria or its
  compartment), printed short forms accepted with ``||``; with a decision first, the approving council is
  accepted too. ``uat`` "Județul X" for a county strategy. ``county`` when the document prints it (a county's
  strategy, a letterhead, the decision's header); a town's strategy without letterhead names its county nowhere
  (a partner's name, 'Filiala Cluj', is no statement of it): not asserted. ``currency_unit_main``: the unit of the inventory's
  cost column; not asserted when the inventory prints no money.
* services (F1): every service of the inventory (section ``existing``) and every proposed service (``proposed``),
  from tables and from a numbered list of proposed services (a listing of services with codes and capacities,
  as a table's rows). ``category`` only from group-heading rows inside a table (a heading above one table per
  target group is not a row: no category). ``provider`` without address/phone. ``beneficiaries`` the count
  column; ``occupancy_pct`` the occupancy column. Budgets: asserted only where a column names its source (own
  budget → local or county, state budget → state, European funds → other), or where the row's funding-source
  cell names one budget ("buget local", "buget județean": an inventory's annual cost is then that budget's); a
  cost column whose row names two sources or none, and costs per year are not split into sources (no
  ``budget_*`` asserted). Services named in the action plan's measures are measures, not a services listing.
* totals (recall): TOTAL rows (money in lei; an inventory TOTAL's places and beneficiaries as counts), the
  action plan's total stated in a sentence, the year's social-assistance spending stated in a sentence. Totals
  of the statistics tables are not asserted.
* indicators (recall): counts stated in sentences of the diagnosis and the inventory's intro (population,
  children, persons with disabilities, families on social aid, places), ``year`` the year the sentence states
  (for the inventory's intro, the strategy's first year), ``subject`` the counted noun phrase (the noun and its
  modifiers, not the verb after it: "familii", not "familii au beneficiat …"; docs/indicators.md).
* partnerships (F1): the agreements the strategy lists (number without "nr.", ``date_signed`` the date of the
  act); an action plan's "Parteneri" column names no agreement; future agreements named by no partner are none.
* trainings (F1): the rows of a training programme table, when the strategy prints one; otherwise not asserted
  (the action plan's "formarea personalului" is a measure).
* procurements, subsidies: a strategy has no contracting or subsidy programme: asserted empty.
* activities: not asserted.
"""
from __future__ import annotations

import random

from .strategy_base import Doc, pick_authority
from .strategy_context import decision, diagnosis, legal_framework, letterhead, monitoring, swot, vision_objectives
from .strategy_tables import action_plan, draw_existing, draw_proposed, inventory, partnerships, proposed, trainings

__all__ = ["strategy_social_services"]

_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
_HEADS = {
    "legal": ["Cadrul legal", "Cadrul legislativ și instituțional", "Context legislativ"],
    "diag": ["Analiza situației actuale", "Contextul socio-demografic", "Diagnoza socială a comunității"],
    "inventory": ["Serviciile sociale existente", "Inventarul serviciilor sociale", "Harta serviciilor sociale"],
    "swot": ["Analiza SWOT", "Analiza SWOT a sistemului de servicii sociale"],
    "vision": ["Viziune, misiune și obiective strategice", "Obiectivele strategiei"],
    "proposed": ["Serviciile sociale propuse pentru perioada {span}", "Dezvoltarea de noi servicii sociale",
                 "Servicii sociale ce urmează a fi înființate"],
    "plan": ["Planul de acțiune pentru implementarea strategiei", "Plan de acțiune {span}",
             "Planul de măsuri"],
    "partners": ["Parteneriate", "Colaborarea cu societatea civilă și instituțiile publice",
                 "Parteneriate și colaborări"],
    "training": ["Formarea profesională a personalului", "Programul de formare a personalului"],
    "monitor": ["Monitorizare și evaluare", "Implementarea, monitorizarea și evaluarea strategiei"],
}


def strategy_social_services(rnd: random.Random, year: int) -> tuple[list, dict]:
    auth = pick_authority(rnd)
    start = 2019 + (year - 2019) % 6
    end = start + rnd.choice([3, 4, 4, 5, 6, 6])
    d = Doc(rnd, auth, start, end)
    with_decision = rnd.random() < 0.3
    if with_decision:
        title = decision(d)
        letterhead(d, as_title=False)
    else:
        title = letterhead(d)
    scheme = rnd.choice(["capitol", "roman", "arabic", "none"])
    existing = draw_existing(d)
    new = draw_proposed(d, existing)
    targets = list(dict.fromkeys(s.kind.target for s in existing + new))[:4]
    order = ["legal", "diag", "inventory", "swot", "vision", "proposed", "plan", "partners", "training", "monitor"]
    if rnd.random() < 0.3:
        order.remove("legal")
        order.insert(1, "legal")
    if rnd.random() < 0.3:
        order.remove("proposed")
        order.insert(order.index("swot"), "proposed")
    if rnd.random() < 0.3:
        order.remove("partners")
        order.insert(order.index("plan"), "partners")
    if rnd.random() < 0.55:
        order.remove("training")
    running = rnd.choice([None, "Strategia de dezvoltare a serviciilor sociale {span} – pagina {{page}}",
                          f"{auth.short} | Pagina {{page}}"])
    objectives: list = []
    for n, key in enumerate(order, 1):
        words = rnd.choice(_HEADS[key]).format(span=d.span)
        head = {"capitol": f"CAPITOLUL {_ROMAN[n - 1]}. {words.upper()}", "roman": f"{_ROMAN[n - 1]}. {words}",
                "arabic": f"{n}. {words}", "none": words}[scheme]
        if running and n > 1 and rnd.random() < 0.6:
            d.running_line(running.format(span=d.span) if "{span}" in running else running)
        if key == "legal":
            legal_framework(d, head)
        elif key == "diag":
            diagnosis(d, head)
        elif key == "inventory":
            inventory(d, existing, head, str(n))
        elif key == "swot":
            swot(d, head)
        elif key == "vision":
            objectives = vision_objectives(d, head, targets)
        elif key == "proposed":
            proposed(d, new, head)
        elif key == "plan":
            if not objectives:  # the plan before the objectives chapter: the objectives are the plan's own
                from .strategy_context import OBJECTIVES
                objectives = [OBJECTIVES[t] for t in targets] + [OBJECTIVES["capacitate"]]
            action_plan(d, head, objectives, targets, new)
        elif key == "partners":
            partnerships(d, head)
        elif key == "training":
            trainings(d, head)
        elif key == "monitor":
            monitoring(d, head)
    issuer, kind = auth.author_alts, auth.author_kind
    if with_decision:
        issuer, kind = f"{issuer} || {auth.council_alts}", f"{kind} || {auth.council_kind}"
    doc = {"doc_type": "strategie", "title": title, "year": start, "year_end": end, "issuer": issuer,
           "issuer_kind": kind, "uat": auth.uat,
           "county": auth.county if d.county_printed or auth.level == "judet" else None, "currency_unit_main": d.unit_main}
    exp = {"document": doc, "services": d.services, "totals": d.totals, "partnerships": d.partnerships,
           "indicators": d.indicators, "procurements": [], "subsidies": []}
    if d.trainings is not None:
        exp["trainings"] = d.trainings
    for s in d.services:  # every field the gold writer knows, empty when the document does not state it
        for k in ("category", "provider_raw", "beneficiaries", "occupancy_pct", "occupancy_raw", "budget_local_lei",
                  "budget_county_lei", "budget_state_lei", "budget_beneficiaries_lei", "budget_other_lei",
                  "budget_raw"):
            s.setdefault(k, None)
    return d.els, exp
