"""Family ``partnership_agreements``: the documents by which a local or county council, or its social-assistance
directorate, approves and keeps track of its collaboration with other organisations on social services. Written
blind by a thirteenth author (session 17) from the contract (../shared/contract/DATASETS.md), DESIGN.md, the corpus
documents and their gold, and what a Romanian public-administration document writer knows, without reading the
extractors, normalisers, pipeline or the other families' generators: the vocabulary is ``partnership_pools.py``'s own.

Three shapes, one a seed (the issuer from real SIRUTA places: a commune, town, municipality, county, Bucharest sector
or, for a decision, the capital):

* (a) a council's HOTĂRÂRE (HCL, HCJ, HCGMB; ``partnership_decision.py``) approving the conclusion of one agreement
  (its text as the annex: parties with seat, CIF, register-of-associations number, IBAN, phone and representative,
  object, target group, duration, obligations as bullets, financial clause, termination, signatures in a table or
  lines), of several (lettered in the article with different acts, or one act with the partners in an annex table or
  numbered list and the model agreement as a second annex), the extension of an agreement in force (number and date
  of the agreement, the additional act as annex), or an association (contract de asociere) with another UAT or an
  NGO with the UAT's contribution and the project's total value; preamble (referat, raport de specialitate, the
  partner's request with its registration number, a strategy decision), laws as bullets or one sentence, "În temeiul"
  Law 215/2001 before 5 July 2019 and O.U.G. 57/2019 after, "HOTĂRĂȘTE:", articles, signatures, the vote;
* (b) a directorate's register / situation of the agreements in force at 31.12.N or concluded in N
  (``partnership_register.py``): letterhead, registration number, title, sometimes an introduction counting them; one
  table with the type of act and its number and date in one cell, in two columns or in three (the number and date
  under a group header "Actul de colaborare"), the partner before or after (with address, CIF or "din <locality>"
  in the cell, or a CIF column), object, validity in one column (a date, a period "dd.mm.yyyy – dd.mm.yyyy", a
  duration, "nedeterminată") or two ("de la" / "până la" under "Perioada de valabilitate"), the service concerned,
  the beneficiaries targeted, the UAT's financial contribution in lei or mii lei (unit in the header, in every
  cell or in a line above) with a TOTAL row, remarks citing decisions, additional acts or a phone; group rows by
  kind of partner (across the table or in the partner column, numbering continued or restarted); 1–3 header rows
  (the third the column numbers);
* (c) a directorate's yearly activity report (``partnership_report.py``): a few activity counts, then a chapter on
  partnerships with the agreements as bullets (act first, partner first with a dash, "în baza …", "Act cu X (nr.
  …)") or sentences ("… are în derulare un acord … cu X", "Cu X a fost încheiat …", "X colaborează cu … în baza …",
  "În anul N a fost prelungit …", "Colaborarea cu X s-a desfășurat în baza …"), with or without number and date, the
  partner sometimes by its acronym alone ("I.S.J. Vaslui") or with "din <locality>", mixed with one-off actions done
  with an organisation (a distribution, an event, an information session, a donation), sometimes the co-financing
  spent in lei or mii lei.

Distractors: CUI/CIF codes, register-of-associations numbers, IBAN accounts, addresses, phones, article, law and
decision numbers (the decision's own, a strategy's, the remarks' HCL), the request's and the referat's registration
numbers, the additional act's number, durations in months and years, beneficiaries targeted, the vote, budget
chapters (68.02, titlul 59), a service's nomenclator code in an agreement's object, percentages (the UAT's share of
an association's value, the partner's own contribution in a register's remarks), the previous year's figure beside a
report's count ("…, față de 240 în anul N-1"), amounts of co-financing (no partnership field).

Assumptions where the contract is silent (the gold is decided from the contract and the corpus gold):

* documents: none of the three is an annual plan, a report on it, a mayor's report, a decision wrapping a plan or a
  strategy: ``doc_type`` ``other``. ``year`` = ``year_end``: the year the decision was adopted (a decision is about
  its own act, not about the years the agreement runs), the year of the register's situation ("la 31.12.N",
  "încheiate în anul N"), the year reported. ``issuer``: the council for a decision (``consiliu_local`` — also a
  sector's council and the Consiliul General al Municipiului București — or ``consiliu_judetean``); the directorate
  for a register or report (DAS, SPAS, DGASPC of a county or sector; a commune's compartment or its Primăria,
  either accepted with ``||``, kind ``primarie``). ``uat``: "Comuna X", "Orașul X", "Municipiul X", "Județul X",
  "Sector N București", "Municipiul București"; ``county`` the county or "București". ``currency_unit_main`` not
  asserted (no services table).
* partnerships (F1): one row per agreement the document approves, registers or lists, however often it is named
  (title, article, annex, agreement text, signatures). ``agreement_type`` from the act's name: protocol (de
  colaborare / de parteneriat) → ``protocol``; acord de parteneriat / de colaborare, acord-cadru → ``acord``;
  convenție → ``conventie``; contract de asociere / de parteneriat → ``contract``; memorandum de înțelegere →
  ``other``. ``partner``: the other party's name without seat, CIF, register number, IBAN, phone, representative or a
  "din <locality>" suffix (as the corpus gold drops it); the council's own UAT or directorate is never a partner; an
  agreement with two partners (tripartite) is one row with both names joined by "; " (as the corpus gold); a partner
  printed by its acronym alone is the acronym, its full name accepted (``||``). ``number_raw`` the agreement's own
  number as printed without "nr." and without its date; a decision approving a new agreement prints no number yet
  ("nr. ........") → empty, an extension names the agreement extended → its number; a register row printing "-"
  and a report item without number → empty. ``date_signed`` the date printed with the number (empty without it;
  the decision's date is not the agreement's). ``valid_until_raw`` the validity as printed (end date, the end of a
  period, a duration, "nedeterminată", "până la finalizarea proiectului"); for an extension, the new end date.
* One-off actions in a report done with an organisation (a distribution, an event, a session, a donation), stated in
  a sentence naming no act and not listed as an agreement, are no partnership: the dataset holds agreements,
  protocols and partnerships; the corpus gold's ``other`` rows are ongoing collaborations listed under a
  partnerships heading, which this family does not print.
* totals (recall): the money a decision commits (the UAT's contribution in an article, once even when the annex's
  financial clause repeats it, and an association's total estimated value), a register's TOTAL row (the
  contribution, in lei; the beneficiaries targeted as a count when the TOTAL row sums them), the co-financing a
  report states in a sentence (lei; "45,6 mii lei" → 45 600). A register's per-row contributions without a TOTAL
  row are no totals (no dataset holds them).
* indicators (recall; scored on value, subject and year): in a register or report, the count of agreements stated in
  a sentence ("erau în derulare 9 parteneriate"), subject the counted phrase; in a report, the counts of its
  activity sentences, the beneficiaries an agreement served ("de care au beneficiat 35 de copii") and the realised
  counts of one-off actions (packages, participants, families); ``year`` the year reported. Targets ("grup țintă",
  "Nr. beneficiari vizați") and the previous year's figure printed beside a count (a fact of year N-1, not of the
  year reported) are not asserted. A decision asserts none; percentages are never indicators nor totals here.
* services, procurements, subsidies, trainings: asserted empty (no services, contracting, subsidy or training table;
  the service an agreement's object or a register's column names is no services row, an association contract is
  no procurement). activities: not asserted.
"""
from __future__ import annotations

import random

from .partnership_base import Doc, pick_issuer
from .partnership_decision import write_decision
from .partnership_register import write_register
from .partnership_report import write_report

__all__ = ["partnership_agreements"]


def partnership_agreements(rnd: random.Random, year: int) -> tuple[list, dict]:
    shape = rnd.choices(["decision", "register", "report"], [4, 3, 3])[0]
    if shape == "decision":
        iss = pick_issuer(rnd, ["commune", "town", "municipality", "county", "sector", "capital"],
                          [3, 2, 3, 3, 1, 0.5])
    else:
        iss = pick_issuer(rnd, ["commune", "town", "municipality", "county", "sector"], [2, 2, 3, 3, 1])
    d = Doc(rnd, year, iss)
    {"decision": write_decision, "register": write_register, "report": write_report}[shape](d)
    decision = shape == "decision"
    title = " ".join(d.title_lines)
    document = dict(doc_type="other", title=title, year=year, year_end=year,
                    issuer=iss.council if decision else iss.directorate_gold,
                    issuer_kind=iss.council_kind if decision else iss.dir_kind,
                    uat=iss.uat, county=iss.county, currency_unit_main=None)
    expected = {"document": document, "services": [], "procurements": [], "subsidies": [], "trainings": [],
                "partnerships": d.partnerships, "totals": d.totals, "indicators": d.indicators}
    return d.els, expected
