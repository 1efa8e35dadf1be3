"""Seeded families of generated plans and reports, for measuring how the pipeline generalises.

A *family* is a document shape (a commune's plan, a directorate's plan, a county DGASPC plan, a council decision
wrapping a plan, a report on a plan); a *seed* picks the place (real SIRUTA units), the year, the wording from the
template's synonym pools, the layout and the values. ``generate(family, seed)`` is a pure function of its
arguments (``random.Random`` seeded with the pair, no global state), so a seed is the same document on every
machine. Each document is written in five renderings (``RENDERINGS``) and comes with expected values in the
format of ``../shared/gold`` (``write_gold``), which ``score_families.py`` scores with the project's scorer.

The split (fixed before any result was looked at; see README.md "Families × seeds"): ``TUNING`` seeds may be
read, debugged and used in tests; ``HELD_OUT`` seeds are only ever scored, and reported separately.
"""
from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from pathlib import Path

import make_variants as mv

from . import office
from .activity import report_directorate_activity, report_mayor
from .assistants import report_personal_assistants
from .child_protection import report_child_protection_statistics
from .council_budget import council_social_budget
from .council_programmes import council_social_programmes
from .county_plan import plan_county_annual_action
from .execution import report_dgaspc_execution
from .fmt import fragment_tables, table_style
from .implementation import report_plan_implementation
from .mayor_state import report_mayor_state_of_locality
from .partnerships import partnership_agreements
from .plan_years import report_plan_years
from .plans import council_decision_with_plan, plan_commune, plan_county_dgaspc, plan_municipality_das
from .report import report_on_plan
from .services_catalogue import services_catalogue
from .services_org import council_social_services
from .social_benefits import report_social_benefits
from .spas import plan_town_spas
from .strategy import strategy_social_services
from .training_plan import training_plan

__all__ = ["FAMILIES", "YEARLY_REPORTS", "EXECUTION_REPORTS", "BLIND_PLANS", "BLIND_REPORTS", "BLIND_MAYOR_REPORTS", "BLIND_PROGRAMMES", "BLIND_STRATEGIES", "BLIND_BUDGETS", "BLIND_COUNTY_PLANS", "BLIND_SERVICE_DECISIONS", "BLIND_SEMESTER_REPORTS", "BLIND_TRAINING_PLANS", "BLIND_PARTNERSHIPS", "BLIND_STATISTICS_REPORTS", "BLIND_PLAN_YEARS_REPORTS", "BLIND_CATALOGUES", "BLIND_BENEFIT_REPORTS", "RENDERINGS", "TUNING", "HELD_OUT", "Generated", "generate", "write_rendering",
           "write_gold", "gold_name"]

TUNING = range(1000, 1050)
HELD_OUT = range(9000, 9050)

FAMILIES = {
    "plan_commune": plan_commune,
    "plan_municipality_das": plan_municipality_das,
    "plan_county_dgaspc": plan_county_dgaspc,
    "council_decision_with_plan": council_decision_with_plan,
    "report_on_plan": report_on_plan,
    "report_mayor": report_mayor,
    "report_directorate_activity": report_directorate_activity,
    "report_dgaspc_execution": report_dgaspc_execution,
    "plan_town_spas": plan_town_spas,
    "report_plan_implementation": report_plan_implementation,
    "report_mayor_state_of_locality": report_mayor_state_of_locality,
    "council_social_programmes": council_social_programmes,
    "strategy_social_services": strategy_social_services,
    "council_social_budget": council_social_budget,
    "plan_county_annual_action": plan_county_annual_action,
    "council_social_services": council_social_services,
    "report_personal_assistants": report_personal_assistants,
    "training_plan": training_plan,
    "partnership_agreements": partnership_agreements,
    "report_child_protection_statistics": report_child_protection_statistics,
    "report_plan_years": report_plan_years,
    "services_catalogue": services_catalogue,
    "report_social_benefits": report_social_benefits,
}
# the yearly-report families (added after the floors of test_families.py were set on the others)
YEARLY_REPORTS = ("report_mayor", "report_directorate_activity")
# a county DGASPC's report on the execution of its plan (added later still, by a second author; floors of its own)
EXECUTION_REPORTS = ("report_dgaspc_execution",)
# a town's SPAS / DAS plan written blind by a third author (session 9; floors of its own once its failures are fixed)
BLIND_PLANS = ("plan_town_spas",)
# a report on the implementation of a local plan (DAS / SPAS / DGASPC), written blind by a fourth author (session 10)
BLIND_REPORTS = ("report_plan_implementation",)
# a mayor's yearly report on the state of the locality (many chapters, one social), written blind by a fifth
# author (session 11; floors of its own once its tuning failures are fixed)
BLIND_MAYOR_REPORTS = ("report_mayor_state_of_locality",)
# the social-assistance programmes a council approves by decision (Law 34/1998 subsidies, Law 98/2016 contracting,
# Law 350/2005 grants) and the report on their execution, written blind by a sixth author (session 12)
BLIND_PROGRAMMES = ("council_social_programmes",)
# a multi-year strategy for the development of social services (county DGASPC, DAS, SPAS, a commune), sometimes
# after the council's decision approving it, written blind by a seventh author (session 13)
BLIND_STRATEGIES = ("strategy_social_services",)
# a council's decision on the money of its social services (budget per service by source, cost per beneficiary,
# contributions, places) and the directorate's report on its execution, written blind by an eighth author (session 14)
BLIND_BUDGETS = ("council_social_budget",)
# a county's annual action plan by its DGASPC, often after the county council's decision approving it, written
# blind by a ninth author (session 14; floors of its own once its tuning failures are fixed)
BLIND_COUNTY_PLANS = ("plan_county_annual_action",)
# a council's decision setting up, reorganising, renaming or closing social services of its directorate, with the
# list of services and their organisation and functioning regulations, written blind by a tenth author (session 15)
BLIND_SERVICE_DECISIONS = ("council_social_services",)
# the semester report on the activity of the personal assistants of persons with a severe disability (Law 448/2006
# art. 40 para. (2)), sometimes after the council's decision on it, written blind by an eleventh author (session 16)
BLIND_SEMESTER_REPORTS = ("report_personal_assistants",)
# a directorate's annual plan of professional training of its staff and the report on it (DGASPC, DAS, SPAS), with
# or without the disposition or decision approving it, written blind by a twelfth author (session 16)
BLIND_TRAINING_PLANS = ("training_plan",)
# a council's decision approving partnership agreements on social services, a directorate's register of its agreements
# and the partnerships chapter of its activity report, written blind by a thirteenth author (session 17)
BLIND_PARTNERSHIPS = ("partnership_agreements",)
# a county's or a Bucharest sector's DGASPC statistical situation / monitoring report on child protection and on adults
# with disabilities (measures, services with places and children present, counts of the period), written blind by a
# fourteenth author (session 17)
BLIND_STATISTICS_REPORTS = ("report_child_protection_statistics",)
# a town's report on the implementation of its annual action plans over two or three plan years (services, contracting,
# subsidies, trainings, measures with a result per year), sometimes after the council's decision, written blind by a
# fifteenth author (session 18)
BLIND_PLAN_YEARS_REPORTS = ("report_plan_years",)
# a county's catalogue / map of the licensed social services of its public and private providers (DGASPC or county
# council, alone, annexed to the council's decision or to the strategy), written blind by a sixteenth author (session 18)
BLIND_CATALOGUES = ("services_catalogue",)
# a town hall's, DAS's or SPAS's annual, semester or quarterly report on the social benefits it administers (minimum
# inclusion income / social aid, heating aid, disability allowances …), written blind by a seventeenth author (session 18)
BLIND_BENEFIT_REPORTS = ("report_social_benefits",)
# rendering -> (file suffix, extension)
RENDERINGS = {"rows": "txt", "cells": "txt", "docx": "docx", "pdf": "pdf", "borderless": "pdf"}


@dataclass
class Generated:
    family: str
    seed: int
    elements: list[mv.El]
    expected: dict  # "document" -> dict; dataset -> list of dicts (money in lei, canonical codes)

    @property
    def name(self) -> str:
        return gold_name(self.family, self.seed)


def gold_name(family: str, seed: int) -> str:
    return f"{family}_{seed}"


def generate(family: str, seed: int) -> Generated:
    rnd = random.Random(f"{family}:{seed}")
    year = rnd.randint(2019, 2026)
    els, exp = FAMILIES[family](rnd, year)
    if table_style(family, seed) == "fragments":
        els = fragment_tables(els)
    return Generated(family, seed, els, exp)


def _borderless(elements: list[mv.El]) -> list[mv.El]:
    import round3

    out = []
    for el in elements:
        if el.kind == "table":
            t = el.table
            nums = tuple(i for i in range(len(t.rows[0])) if all(
                any(ch.isdigit() for ch in r[i]) or r[i] in ("", "-", mv.LEFT, mv.UP)
                for r in t.rows[t.header_rows:]))
            el = mv.El("table", table=round3.Tbl3(t.rows, t.header_rows, t.widths, grid=False, right_cols=nums))
        out.append(el)
    return out


def write_rendering(doc: Generated, rendering: str, folder: Path, batch=None) -> Path:
    """Write one rendering of `doc` into `folder` as `<family>_<seed>_<rendering>.<ext>` (an opt-in
    ``office.OFFICE_RENDERINGS`` one is staged in `batch`, an ``office.OfficeBatch``, when given)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{doc.name}_{rendering}.{(RENDERINGS | office.OFFICE_RENDERINGS)[rendering]}"
    if rendering in office.OFFICE_RENDERINGS:
        return office.write_office(doc.elements, rendering, path, batch)
    if rendering == "rows":
        path.write_text(mv.write_txt_tsv(doc.elements), encoding="utf-8")
    elif rendering == "cells":
        path.write_text(mv.write_txt_cells(doc.elements), encoding="utf-8")
    elif rendering == "docx":
        mv.write_docx(doc.elements, path)
    elif rendering == "pdf":
        mv.write_pdf(doc.elements, path)
    elif rendering == "borderless":
        import round3

        round3.write_pdf3(_borderless(doc.elements), path)
    else:
        raise ValueError(rendering)
    return path


_COLUMNS = {  # the column order of ../shared/gold/*
    "document": ["doc_type", "title", "year", "year_end", "issuer", "issuer_kind", "uat", "county",
                 "currency_unit_main"],
    "services": ["section", "table_seq", "row_no_raw", "category", "provider_raw", "service_name", "code_raw",
                 "service_code", "capacity", "capacity_raw", "beneficiaries", "occupancy_pct", "occupancy_raw",
                 "budget_local_lei", "budget_county_lei", "budget_state_lei", "budget_beneficiaries_lei",
                 "budget_other_lei", "budget_raw", "notes"],
    "procurements": ["row_no_raw", "contract_object", "cpv_code", "service_code", "estimated_value_lei", "value_raw",
                     "funding_source", "procedure", "notes"],
    "subsidies": ["row_no_raw", "unit_name", "service_code", "amount_lei", "amount_raw", "notes"],
    "trainings": ["training_kind", "row_no_raw", "staff_category", "persons", "budget_lei", "budget_raw", "notes"],
    "partnerships": ["row_no_raw", "agreement_type", "number_raw", "date_signed", "valid_until_raw", "partner",
                     "notes"],
    "totals": ["scope", "amount", "unit", "raw", "source_line"],
    "indicators": ["indicator", "subject", "value", "unit", "year", "raw", "source_line"],
}


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return repr(v) if v != int(v) else str(int(v))
    return str(v)


def write_gold(doc: Generated, root: Path) -> Path:
    """Write the expected values as `<root>/<family>_<seed>/<dataset>.csv` (the scorer's gold format)."""
    folder = root / doc.name
    folder.mkdir(parents=True, exist_ok=True)
    for ds, cols in _COLUMNS.items():
        if ds not in doc.expected:
            continue
        rows = [doc.expected[ds]] if ds == "document" else doc.expected[ds]
        with open(folder / ("document.csv" if ds == "document" else f"{ds}.csv"), "w", encoding="utf-8",
                  newline="") as f:
            w = csv.writer(f)
            w.writerow(cols)
            for r in rows:
                w.writerow([_cell(r.get(c)) for c in cols])
    return folder
