"""Family ``council_social_programmes``: the social-assistance programmes a local or county council approves by
decision, and the report on how such a programme was carried out, written blind by a sixth author (session 12).

Written from the contract (../shared/contract/DATASETS.md), DESIGN.md, the corpus documents and their gold and
what a document writer knows of Romanian public administration, without reading the extractors, normalisers,
pipeline, nor the other families' generators: the vocabulary is ``council_base.py``'s own. Three shapes:

* a council's HOTĂRÂRE (commune, town, municipality, county or Bucharest sector; header, "Având în vedere …", a
  preamble citing many laws with numbers and years, "În temeiul art. …", "HOTĂRĂȘTE:", Art. 1 …, signatures,
  "CONTRASEMNEAZĂ", the vote) approving for a year the subsidies to associations and foundations that run
  social-assistance units under Law 34/1998 (annex: association, unit, code, beneficiaries a month, subsidy a
  beneficiary a month, months, total — a table with one or two header rows, or a numbered list), optionally with
  an annex of evaluation criteria with points and the model of the subsidy convention;
* a council's HOTĂRÂRE approving the programme for contracting social services: procurement under Law 98/2016
  (annex: object, CPV code with or without its check digit or with its description, estimated value without VAT,
  source, procedure, dates) and/or non-refundable financing under Law 350/2005 (object of the projects financed,
  amount, period); sometimes together with the subsidies programme (two programmes in one decision);
* the directorate's (or, for a commune, the mayor's) report on how last year's programmes were carried out:
  sentences (the approving decision, conventions signed, amounts paid, people served, projects financed) and a
  table of the subsidies paid per association, sometimes with the convention's number and date, sometimes a
  table of the social-service contracts executed.

Money is in lei or "mii lei" (in the header, in every cell or in a line above the table), with or without
decimals and thousands dots; budget chapter codes (68.02.05.02), decision numbers, dates, law numbers, vote
counts, licence numbers, points and phone numbers are distractors.

Assumptions where the contract is silent (the gold is decided from the contract and the corpus gold):

* documents: a decision approving a subsidies or contracting programme wraps no plan, so it is none of the
  contract's plan / report / decision-on-a-plan types: ``doc_type`` ``other``; so is the report on a programme's
  execution (it reports on a programme, not on the annual action plan, and it is not the mayor's report on the
  state of the locality). ``year`` = ``year_end`` = the programme's year (a decision adopted in December of the
  year before still is about the programme's year; a report written the next year is about the year reported),
  never the year of a cited law, decision or strategy. ``issuer``: the council for a decision
  (``consiliu_local`` — also a sector's — or ``consiliu_judetean``), the directorate for a report (DAS, SPAS,
  DGASPC; a commune's report is the mayor's: Primăria, ``primarie``), printed short forms accepted with ``||``.
  ``uat``: "Comuna X", "Orașul X", "Municipiul X", "Județul X", "Sector N București"; ``county`` always printed
  (header or the council's opening line). ``currency_unit_main`` is not asserted (no services table).
* subsidies (F1): one row per unit of the Law 34/1998 programme, from a table or from a numbered list;
  ``unit_name`` the social-assistance unit, the association also accepted (``unit || association``), as both
  name the subsidised party; ``service_code`` when the programme prints one; ``amount_lei`` the unit's subsidy for
  the year (the per-beneficiary monthly amount is not the subsidy), in lei. In a report, the subsidy paid; when
  the report prints both the approved and the paid amount either is accepted. A TOTAL row is no unit: it goes to
  ``totals`` only.
* procurements (F1): one row per contract of the Law 98/2016 programme (``contract_object``, canonical
  ``cpv_code`` with its check digit even when printed without — the check digit follows from the eight digits
  —, ``service_code`` when a column prints it, ``estimated_value_lei``, ``funding_source`` and ``procedure`` when
  printed in the row) and one per financed object of a Law 350/2005 programme (no CPV, as the template's
  contracting programme without CPV). In a report, the contracts executed listed in a table (their value is the
  only value printed); contracts stated in sentences are not asserted.
* totals (recall): every TOTAL row (money in lei; the beneficiaries' total as a count), every programme amount
  stated in an article or sentence (approved, paid, financed); one figure stated twice is expected once.
* partnerships (F1): a decision lists no agreement (the model convention of an annex names no partner):
  asserted empty. A report's table printing each association's subsidy convention with its number and date gives
  ``conventie`` rows (partner the association, ``number_raw`` the number alone, ``date_signed``), as the corpus
  counts conventions with NGOs; without that column the report lists none (asserted empty).
* indicators (recall, reports only): counts stated in sentences (conventions signed, people served monthly,
  projects financed); ``subject`` the counted phrase; ``year`` the year reported.
* services, trainings: a decision has neither (asserted empty: an annex of associations or of criteria is no
  services or trainings table); a report: trainings asserted empty, services not asserted (whether a table of
  subsidised units is a "provider/service listing of a report" is open).
* activities: not asserted.
"""
from __future__ import annotations

import random

from .council_base import Doc, pick_council
from .council_decision import council_decision
from .council_report import execution_report

__all__ = ["council_social_programmes"]

# ------------------------------------------------------------------------------------------------- family

def council_social_programmes(rnd: random.Random, year: int) -> tuple[list, dict]:
    council = pick_council(rnd)
    d = Doc(rnd, year, council)
    shape = rnd.choices(["decision", "report"], [75, 25])[0]
    if shape == "decision":
        programmes = rnd.choices([("subsidies",), ("contracting",), ("grants",), ("subsidies", "contracting"),
                                  ("contracting", "grants"), ("subsidies", "grants")], [40, 22, 10, 14, 8, 6])[0]
        council_decision(d, programmes)
        issuer, kind = council.council_alts, council.council_kind
    else:
        execution_report(d)
        issuer, kind = council.directorate_alts, council.directorate_kind
    title = next(e.text for e in d.els if e.kind == "title")
    doc = {"doc_type": "other", "title": title, "year": year, "year_end": year, "issuer": issuer,
           "issuer_kind": kind, "uat": council.uat, "county": council.county, "currency_unit_main": None}
    exp = {"document": doc, "subsidies": d.subsidies, "procurements": d.procurements, "totals": d.totals,
           "partnerships": d.partnerships, "trainings": []}
    if shape == "decision":
        exp["services"] = []
    else:
        exp["indicators"] = d.indicators
        if not d.procurements:
            del exp["procurements"]  # contracts stated in sentences only: not asserted
    return d.els, exp
