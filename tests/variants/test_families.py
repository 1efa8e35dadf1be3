"""Families × seeds, the regression guard: a fixed handful of TUNING seeds of every family, written in every
rendering, run through the real CLI once and scored with the project's scorer (``famscore``). Each (rendering,
dataset) mean F1 must stay at or above a floor set a little below what main reached when the floors were set
(README.md "Families × seeds"); raise a floor when a fix lifts the figure. Held-out seeds never appear here.

The generator's own contract is checked too: same seed → same document, expected values in the contract's forms.
"""
from __future__ import annotations

import random
import re
import sys
from collections import defaultdict
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import families  # noqa: E402
import make_variants as mv  # noqa: E402
import score_families as sf  # noqa: E402

SEEDS = (1000,)  # one tuning seed of every family in every rendering: 25 documents, ~30 s on an idle machine
RENDERINGS = tuple(r for r in families.RENDERINGS if r not in ("pdf", "borderless") or mv.pdf_available())

# (rendering, dataset) -> floor of the mean F1 over SEEDS × FAMILIES.
# Measured on main at 9703350 (seed 1000): the mean F1 minus 0.05, rounded down; a dataset main scores ~0 on is
# left out (its floor could not fail). Raise a floor when a fix lifts the figure. Indicators, partnerships and
# trainings raised after the reports-on-a-plan work (issue 16 item 5), the same way.
FLOORS: dict[tuple[str, str], float] = {
    ("rows", "documents"): 0.95, ("rows", "indicators"): 0.95, ("rows", "partnerships"): 0.95,
    ("rows", "procurements"): 0.28, ("rows", "services"): 0.67, ("rows", "subsidies"): 0.95, ("rows", "totals"): 0.85,
    ("rows", "trainings"): 0.95,
    # cells: raised after the one-cell-per-line tables of every kind (issue 19 item 2): 1.0 on every dataset
    ("cells", "documents"): 0.95, ("cells", "indicators"): 0.95, ("cells", "partnerships"): 0.95,
    ("cells", "procurements"): 0.95, ("cells", "services"): 0.95, ("cells", "subsidies"): 0.95,
    ("cells", "totals"): 0.95, ("cells", "trainings"): 0.95,
    ("docx", "documents"): 0.95, ("docx", "indicators"): 0.95, ("docx", "partnerships"): 0.95,
    ("docx", "procurements"): 0.28, ("docx", "services"): 0.67, ("docx", "subsidies"): 0.95, ("docx", "totals"): 0.85,
    ("docx", "trainings"): 0.95,
    ("pdf", "documents"): 0.95, ("pdf", "indicators"): 0.95, ("pdf", "partnerships"): 0.95,
    ("pdf", "procurements"): 0.28, ("pdf", "services"): 0.65, ("pdf", "subsidies"): 0.95, ("pdf", "totals"): 0.85,
    ("pdf", "trainings"): 0.95,
    ("borderless", "documents"): 0.95, ("borderless", "indicators"): 0.95, ("borderless", "partnerships"): 0.95,
    ("borderless", "procurements"): 0.95, ("borderless", "services"): 0.9, ("borderless", "subsidies"): 0.95,
    ("borderless", "totals"): 0.95, ("borderless", "trainings"): 0.95,
}


def test_seeds_are_tuning_seeds():
    assert all(s in families.TUNING for s in SEEDS)
    assert not set(families.TUNING) & set(families.HELD_OUT)


@pytest.mark.parametrize("family", list(families.FAMILIES))
def test_same_seed_same_document(family):
    a, b = families.generate(family, 1000), families.generate(family, 1000)
    assert repr(a.elements) == repr(b.elements) and a.expected == b.expected
    assert repr(families.generate(family, 1001).elements) != repr(a.elements)


_CODE = re.compile(r"^\d{4} [A-Z]+(?:-[A-Z]+)*(?:-[IVX]+)?$")
_CPV = re.compile(r"^\d{8}-\d$")


@pytest.mark.parametrize("family", list(families.FAMILIES))
def test_expected_values_follow_the_contract(family):
    for seed in (1000, 1001, 1002):
        exp = families.generate(family, seed).expected
        doc = exp["document"]
        for doc_type in doc["doc_type"].split(" || "):  # alternatives where the contract is silent
            assert doc_type in ("plan_anual", "raport_plan_anual", "hotarare_aviz_plan", "raport_primar", "strategie",
                                "other")
        assert doc["uat"].split(" ")[0] in ("Comuna", "Orașul", "Municipiul", "Județul", "Sector")
        for s in exp.get("services", []):
            assert s["service_code"] is None or _CODE.match(s["service_code"]), s["service_code"]  # null: none printed
            assert s["section"] in ("existing", "proposed")
            for k, v in s.items():
                if k.endswith("_lei") and v is not None:
                    assert isinstance(v, int) and v > 0, (k, v)  # lei, whatever the table prints
        for r in exp.get("procurements", []):
            assert not r.get("cpv_code") or _CPV.match(r["cpv_code"])
        for r in exp.get("partnerships", []):
            assert r["agreement_type"] in ("protocol", "conventie", "acord", "contract", "other")
        for r in exp.get("trainings", []):
            assert r["training_kind"] in ("perfectionare", "calificare", "instruire", "other")
        for r in exp.get("indicators", []):
            assert isinstance(r["value"], (int, float)) and r["subject"] and r["year"] in range(2015, 2030), r


@pytest.fixture(scope="module")
def scores(tmp_path_factory) -> dict[tuple[str, str], float]:
    folder = tmp_path_factory.mktemp("families")
    # the floors were set on the plan and report-on-plan families; the families added later have their own
    later = (families.YEARLY_REPORTS + families.EXECUTION_REPORTS + families.BLIND_PLANS + families.BLIND_REPORTS
             + families.BLIND_MAYOR_REPORTS + families.BLIND_PROGRAMMES + families.BLIND_STRATEGIES
             + families.BLIND_BUDGETS + families.BLIND_COUNTY_PLANS + families.BLIND_SERVICE_DECISIONS
             + families.BLIND_SEMESTER_REPORTS + families.BLIND_TRAINING_PLANS + families.BLIND_PARTNERSHIPS
             + families.BLIND_STATISTICS_REPORTS + families.BLIND_PLAN_YEARS_REPORTS + families.BLIND_CATALOGUES
             + families.BLIND_BENEFIT_REPORTS)
    docs = sf.generate(SEEDS, [f for f in families.FAMILIES if f not in later], list(RENDERINGS), folder)
    sf.run_cli(folder, None)
    results = sf.score(folder, docs)
    acc: dict[tuple[str, str], list[float]] = defaultdict(list)
    for r in results:
        for ds, s in r["scores"].items():
            acc[(r["rendering"], ds)].append(s["f1"])
    return {k: sum(v) / len(v) for k, v in acc.items()}


# floors a merged change went below, kept as strict xfails until fixed (a fix turns them red: remove the entry)
REGRESSIONS: dict[tuple[str, str], str] = {}


def _floor_params():
    for key in sorted(FLOORS):
        marks = [pytest.mark.xfail(reason=REGRESSIONS[key], strict=True)] if key in REGRESSIONS else []
        yield pytest.param(*key, id=f"{key[0]}-{key[1]}", marks=marks)


@pytest.mark.parametrize("rendering,dataset", list(_floor_params()))
def test_f1_floor(scores, rendering, dataset):
    if rendering not in RENDERINGS:
        pytest.skip("no reportlab / DejaVu fonts: PDFs are not written")
    got = scores.get((rendering, dataset))
    assert got is not None, f"{dataset} was not scored on {rendering}"
    assert got >= FLOORS[(rendering, dataset)], f"{rendering} {dataset}: F1 {got:.3f} < floor {FLOORS[(rendering, dataset)]}"


# the yearly-report families (seed 1000, every rendering): a floor per dataset, set a little below what this branch
# reached when they were added (1.000 on every dataset and rendering at seeds 1000–1019 but borderless indicators
# 0.982 and pdf partnerships 0.998)
YEARLY_FLOORS = {"documents": 0.95, "indicators": 0.95, "partnerships": 0.95, "totals": 0.95, "trainings": 0.95}


def _below_floors(names, floors: dict[str, float], folder, seeds: tuple[int, ...] = SEEDS) -> dict[str, float]:
    """Seed 1000 (or ``seeds``, tuning seeds) of the families ``names`` in every rendering, run and scored: the
    datasets whose mean F1 is under their floor (0.95 where ``floors`` names none)."""
    assert all(s in families.TUNING for s in seeds)
    docs = sf.generate(seeds, list(names), list(RENDERINGS), folder)
    sf.run_cli(folder, None)
    acc: dict[str, list[float]] = defaultdict(list)
    for r in sf.score(folder, docs):
        for ds, s in r["scores"].items():
            acc[ds].append(s["f1"])
    return {ds: round(sum(v) / len(v), 3) for ds, v in acc.items() if sum(v) / len(v) < floors.get(ds, 0.95)}


def test_yearly_report_families_floor(tmp_path):
    low = _below_floors(families.YEARLY_REPORTS, YEARLY_FLOORS, tmp_path)
    assert not low, f"yearly reports below their floor: {low}"


def test_fragments_style_prints_each_row_under_the_header_again():
    """The "fragments" table style (families/fmt.py): a seeded share of documents print every table as one table
    per body row with its header repeated; the style is drawn apart from the document's other choices, so its
    expected values are those of the whole-table document."""
    from families.fmt import fragment_tables, table_style

    styles = {(f, s): table_style(f, s) for f in families.FAMILIES for s in families.TUNING}
    assert 0 < sum(v == "fragments" for v in styles.values()) < len(styles)
    tables = [mv.table([["Nr.", "Denumire"], ["1.", "A"], ["2.", "B"], ["3.", "C"]])]
    pieces = fragment_tables(tables)
    assert [t.table.rows for t in pieces] == [[["Nr.", "Denumire"], r] for r in (["1.", "A"], ["2.", "B"], ["3.", "C"])]
    merged = [mv.table([["Nr.", "Denumire"], ["1.", "A"], [mv.UP, "A bis"], ["2.", "B"]])]
    assert [len(t.table.rows) for t in fragment_tables(merged)] == [3, 2]  # a merge down stays in one fragment
    fam, seed = next(k for k, v in styles.items() if v == "fragments")
    doc = families.generate(fam, seed)
    rnd = random.Random(f"{fam}:{seed}")  # the document generate() draws, before its tables are cut
    whole, expected = families.FAMILIES[fam](rnd, rnd.randint(2019, 2026))
    assert expected == doc.expected
    assert sum(el.kind == "table" for el in doc.elements) > sum(el.kind == "table" for el in whole)


# the DGASPC execution-report family (seed 1000, every rendering): a floor per dataset, set a little below what this
# branch reached after the fixes of its tuning failures (1.000 on every dataset and rendering at seed 1000; before
# any fix, over seeds 1000–1019: services 0.47, trainings 0, partnerships ~0.5, totals ~0.5, indicators ~0.5)
EXECUTION_FLOORS = {"documents": 0.95, "services": 0.95, "trainings": 0.95, "partnerships": 0.95, "totals": 0.95,
                    "indicators": 0.95}


def test_execution_report_family_floor(tmp_path):
    low = _below_floors(families.EXECUTION_REPORTS, EXECUTION_FLOORS, tmp_path)
    assert not low, f"execution reports below their floor: {low}"


# the town SPAS / DAS plan family written blind by a third author (seed 1000, every rendering): a floor per dataset,
# set a little below what this branch reached after the fixes of its tuning failures (seed 1000: services 0.994,
# every other dataset 1.000; before any fix, over seeds 1000–1019: services ~0.93, subsidies 0.84, trainings 0.79)
BLIND_FLOORS = {"documents": 0.95, "services": 0.95, "procurements": 0.95, "subsidies": 0.95, "trainings": 0.95,
                "partnerships": 0.9, "totals": 0.95}


def test_blind_plan_family_floor(tmp_path):
    low = _below_floors(families.BLIND_PLANS, BLIND_FLOORS, tmp_path)
    assert not low, f"blind-written plans below their floor: {low}"


# the mayor's report on the state of the locality, written blind by a fifth author (seed 1000, every rendering): a
# floor per dataset, set a little below what this branch reached after the fixes of its tuning failures (seed 1000:
# documents, totals 1.000, indicators 0.994, partnerships 0.700 — three agreements stated in sentences outside a
# partnerships section are not read, see README.md; over seeds 1000–1019 before any fix: documents 0.916, totals
# 0.877, indicators 0.824)
BLIND_MAYOR_FLOORS = {"documents": 0.95, "indicators": 0.95, "totals": 0.95, "partnerships": 0.65}


def test_blind_mayor_report_family_floor(tmp_path):
    low = _below_floors(families.BLIND_MAYOR_REPORTS, BLIND_MAYOR_FLOORS, tmp_path)
    assert not low, f"blind-written mayor's reports below their floor: {low}"


# the council's social-assistance programmes, written blind by a sixth author (seeds 1000 — a commune's decision on
# Law 34/1998 subsidies — and 1004 — a commune's report on the programmes with conventions and contracts —, every
# rendering): a floor per dataset, set a little below what this branch reached after the fixes of its tuning failures
# (1.000 on every dataset of both seeds; over seeds 1000–1049 before any fix: documents 0.68, subsidies 0.70,
# partnerships 0, totals 0.86, procurements 0.92)
BLIND_PROGRAMME_FLOORS = {"documents": 0.95, "subsidies": 0.95, "procurements": 0.95, "partnerships": 0.95,
                          "totals": 0.95, "indicators": 0.95}


def test_blind_programmes_family_floor(tmp_path):
    low = _below_floors(families.BLIND_PROGRAMMES, BLIND_PROGRAMME_FLOORS, tmp_path, seeds=(1000, 1004))
    assert not low, f"blind-written council programmes below their floor: {low}"


# the social-services strategy family, written blind by a seventh author (seeds 1000 — a town SPAS's strategy with
# its proposed services as a numbered list — and 1001 — a municipality's strategy after the council's approving
# decision —, every rendering): a floor per dataset, set a little below what this branch reached after the fixes of
# its tuning failures (seeds 1000–1001: services 0.94 — the category a heading over one table per target group
# names is not asserted by the family's gold —, totals 0.95 — the borderless PDF splits the plan of measures into
# parts that lose the unit printed above the first —, every other dataset 1.000; over seeds 1000–1049 before any
# fix: documents 0.94, services 0.92, partnerships 0.75, totals 0.80, indicators 0.03)
BLIND_STRATEGY_FLOORS = {"documents": 0.95, "services": 0.9, "trainings": 0.95, "partnerships": 0.95, "totals": 0.9,
                         "indicators": 0.95}


def test_blind_strategy_family_floor(tmp_path):
    low = _below_floors(families.BLIND_STRATEGIES, BLIND_STRATEGY_FLOORS, tmp_path, seeds=(1000, 1001))
    assert not low, f"blind-written strategies below their floor: {low}"


# the council's decision on the money of its social services and the report on its execution, written blind by an
# eighth author (seeds 1000 — a municipality DAS's report on the execution of its budget —, 1002 — a municipality's
# decision, the budget by title in one table per category, the costs per head in an annex — and 1005 — a county's
# decision, its own revenue and the state's shares by source —, every rendering): a floor per dataset, set a little
# below what this branch reached after the fixes of its tuning failures (1.000 on every dataset of the three seeds;
# over seeds 1000–1049 before any fix: documents 0.93, services 0.78, totals 0.99, indicators 0.86)
BLIND_BUDGET_FLOORS = {"documents": 0.95, "services": 0.95, "totals": 0.95, "indicators": 0.95}


def test_blind_budget_family_floor(tmp_path):
    low = _below_floors(families.BLIND_BUDGETS, BLIND_BUDGET_FLOORS, tmp_path, seeds=(1000, 1002, 1005))
    assert not low, f"blind-written council budget decisions below their floor: {low}"


# the county DGASPC's annual plan family, written blind by a ninth author (seeds 1000 — after the county council's
# decision, one table per target group with TOTAL rows — and 1001 — the plan alone, one table with target-group
# rows, a licence, a cost standard and a total column —, every rendering): a floor per dataset, set a little below
# what this branch reached after the fixes of its tuning failures (see README.md, "The county annual-plan family";
# over seeds 1000–1049 before any fix: services 0.94, trainings 0.89, partnerships 0.93, totals 0.95)
BLIND_COUNTY_FLOORS = {"documents": 0.95, "services": 0.9, "procurements": 0.95, "subsidies": 0.95, "trainings": 0.95,
                       "partnerships": 0.95, "totals": 0.85}


def test_blind_county_plan_family_floor(tmp_path):
    low = _below_floors(families.BLIND_COUNTY_PLANS, BLIND_COUNTY_FLOORS, tmp_path, seeds=(1000, 1001))
    assert not low, f"blind-written county plans below their floor: {low}"


# the council decision on social services, written blind by a tenth author (seeds 1000 — a municipality's decision
# setting up a service, its list annex as a table, the service's ROF —, 1006 — a municipality's reorganisation: a
# capacity reduced, a centre closed, one renamed, in articles only — and 1022 — the list annex as a numbered list,
# an ROF —, every rendering): a floor per dataset, set a little
# below what this branch reached after the fixes of its tuning failures (1.000 on every dataset of the three seeds;
# over seeds 1000–1049 before any fix: documents 0.71, services 0.84, totals 1.00, indicators 0.61)
BLIND_SERVICE_DECISION_FLOORS = {"documents": 0.95, "services": 0.95, "totals": 0.95, "indicators": 0.95}


def test_blind_service_decision_family_floor(tmp_path):
    low = _below_floors(families.BLIND_SERVICE_DECISIONS, BLIND_SERVICE_DECISION_FLOORS, tmp_path,
                        seeds=(1000, 1006, 1022))
    assert not low, f"blind-written council decisions on social services below their floor: {low}"


# the personal assistants' semester report, written blind by an eleventh author (seeds 1000 — a town council's
# decision approving the report, a table of training sessions —, 1001 — a sector DGASPC's report titled by its period
# of dates —, 1007 — a municipality's DAS, inquiries and visits per month in a table, the sessions as bullets — and
# 1018 — the sessions as bullets, one trained "cu sprijinul Crucii Roșii" —, every rendering): a floor per dataset,
# set a little below what this branch reached after the fixes of its tuning failures (1.000 on every dataset of the
# four seeds, session 17; over seeds 1000–1049 before session 16's fixes: documents 0.94, indicators 0.69 by the
# corrected gold; before session 17's: trainings 0, partnerships 0, indicators 0.938)
BLIND_SEMESTER_FLOORS = {"documents": 0.95, "totals": 0.95, "indicators": 0.95, "trainings": 0.95,
                         "partnerships": 0.95}


def test_blind_semester_report_family_floor(tmp_path):
    low = _below_floors(families.BLIND_SEMESTER_REPORTS, BLIND_SEMESTER_FLOORS, tmp_path,
                        seeds=(1000, 1001, 1007, 1018))
    assert not low, f"blind-written semester reports on personal assistants below their floor: {low}"


# the blind-written staff-training plan family (tuning seeds: 1006 the report on N-1 with a head-count table per kind
# and the plan for N, 1012 the courses as a numbered list, 1018 a table per staff category under its heading and a
# title wrapped after "… SOCIALĂ AL", 1037 titled "Plan de perfecționare profesională – 2026"; every rendering): a
# floor per dataset, set a little below what this branch reached after the fixes of its tuning failures (1.000 on
# every dataset of the four seeds, session 17; over seeds 1000–1049 before any fix: documents 0.935, trainings 0.728)
BLIND_TRAINING_FLOORS = {"documents": 0.95, "trainings": 0.95, "totals": 0.95, "indicators": 0.95}


def test_blind_training_plan_family_floor(tmp_path):
    low = _below_floors(families.BLIND_TRAINING_PLANS, BLIND_TRAINING_FLOORS, tmp_path,
                        seeds=(1006, 1012, 1018, 1037))
    assert not low, f"blind-written staff-training plans below their floor: {low}"


# the blind-written partnership-agreements family (three tuning seeds: 1000 a council's decision extending one
# agreement, 1005 a directorate's activity report with its partnerships as sentences and bullets among one-off
# actions, 1015 a directorate's register under its town hall's letterhead with a TOTAL row; every rendering): a floor
# per dataset, set a little below what this branch reached after the fixes of its tuning failures (documents, totals
# and indicators 1.000, partnerships 0.997 on the three seeds; over seeds 1000–1049 before any fix: documents 0.906,
# partnerships 0.668); session 18 (an annex typed by its article, a partner's address, 1005's agreement joined to a
# one-off action): partnerships 1.000 on the three seeds, its floor raised to 0.98
BLIND_PARTNERSHIP_FLOORS = {"documents": 0.95, "partnerships": 0.98, "totals": 0.95, "indicators": 0.95}


def test_blind_partnership_agreements_family_floor(tmp_path):
    low = _below_floors(families.BLIND_PARTNERSHIPS, BLIND_PARTNERSHIP_FLOORS, tmp_path, seeds=(1000, 1005, 1015))
    assert not low, f"blind-written partnership agreements below their floor: {low}"


# the blind-written DGASPC statistical report family (three tuning seeds: 1000 a sector's report under the Primăria's
# letterhead, services tables with group and subtotal rows, measures and ages as tables; 1012 the measures in one
# sentence ("… 1.302 copii, dintre care: 695 la asistenți maternali …"), the services a table a row; 1047 the
# children's services as bullets, the adults' with the previous and the current date's counts; every rendering): a
# floor per dataset, set a little below what this branch reached after the fixes of its tuning failures (documents
# 1.000, services 0.963, totals 1.000, indicators 1.000 on the three seeds; over seeds 1000–1049 before any fix:
# documents 0.959, services 0.814, totals 0.927, indicators 0.674). Services raised to 0.98 in session 18 (1.000 on
# the three seeds once a chapter's title over a table was no category and the cells export's caption and group
# header cells were read in place)
BLIND_STATISTICS_FLOORS = {"documents": 0.95, "services": 0.98, "totals": 0.95, "indicators": 0.95}


def test_blind_statistics_report_family_floor(tmp_path):
    low = _below_floors(families.BLIND_STATISTICS_REPORTS, BLIND_STATISTICS_FLOORS, tmp_path, seeds=(1000, 1012, 1047))
    assert not low, f"blind-written DGASPC statistical reports below their floor: {low}"


# the blind-written report on several years' action plans (three tuning seeds: 1000 after the council's decision
# taking note of it, a subsidy per year under the association merged down, measures counted label first; 1018 one
# table a row under its header and a lone 'Buget local / CL' sub-label, places in the name cells; 1045 one table per
# plan year with category rows, capacity in the name cells; every rendering): a floor per dataset, set a little below
# what this branch reached after the fixes of its tuning failures (1.000 on every dataset of the three seeds but
# services 0.997 and subsidies 0.890: the borderless PDF joins a subsidy's second year to the row above; over seeds
# 1000–1049 before any fix: documents 0.932, services 0.956, subsidies 0.637, partnerships 0.879, totals 0.678,
# indicators 0.573)
BLIND_PLAN_YEARS_FLOORS = {"documents": 0.95, "services": 0.95, "procurements": 0.95, "subsidies": 0.85,
                           "trainings": 0.95, "partnerships": 0.95, "totals": 0.95, "indicators": 0.95}


def test_blind_plan_years_report_family_floor(tmp_path):
    low = _below_floors(families.BLIND_PLAN_YEARS_REPORTS, BLIND_PLAN_YEARS_FLOORS, tmp_path, seeds=(1000, 1018, 1045))
    assert not low, f"blind-written reports on several years' plans below their floor: {low}"


# the blind-written county catalogue of licensed services (three tuning seeds: 1000 a DGASPC's catalogue, public and
# private providers under lettered headings, counts of services and places in a sentence; 1002 one table per UAT
# under its heading, a three-row header, the county budget's sums in a sentence; 1017 titled "… – actualizat la
# 28.03.2024", subtotal rows of places, the header printed over every row, "Numărul total al serviciilor … este de
# 15"; every
# rendering): a floor per dataset, set a little below what this branch reached after the fixes of its tuning
# failures (documents 1.000, services 0.994, totals 0.973, indicators 1.000 on the three seeds, before: 0.762, 0.955,
# 0.630, 1.000; over seeds 1000–1049, all renderings, overall 0.861 -> 0.992)
BLIND_CATALOGUE_FLOORS = {"documents": 0.95, "services": 0.95, "totals": 0.95, "indicators": 0.95}


def test_blind_services_catalogue_family_floor(tmp_path):
    low = _below_floors(families.BLIND_CATALOGUES, BLIND_CATALOGUE_FLOORS, tmp_path, seeds=(1000, 1002, 1017))
    assert not low, f"blind-written catalogues of licensed services below their floor: {low}"


# the blind-written family of reports on the social benefits a town hall, DAS or SPAS pays (three tuning seeds: 1000
# benefits stated in sentences "Pentru X s-a plătit suma totală de …, pentru un număr mediu lunar de N beneficiari",
# months as rows with two benefits, hours of community work; 1007 the per-benefit table with a merged "Număr" group
# over requests and beneficiaries, months as columns with a "Total perioadă" column under "Sumele sunt exprimate în
# lei."; 1026 a table under "Valoarea plăților", each row printed under the header again; every rendering): a floor
# per dataset, set a little below what this branch reached after the fixes of its tuning failures (1.000 on every
# dataset of the three seeds; over seeds 1000–1049 before any fix, with the gold fixed: documents 0.994, totals 0.906,
# indicators 0.563)
BLIND_BENEFIT_FLOORS = {"documents": 0.95, "services": 0.95, "totals": 0.95, "indicators": 0.95}


def test_blind_benefit_report_family_floor(tmp_path):
    low = _below_floors(families.BLIND_BENEFIT_REPORTS, BLIND_BENEFIT_FLOORS, tmp_path, seeds=(1000, 1007, 1026))
    assert not low, f"blind-written reports on social benefits below their floor: {low}"
