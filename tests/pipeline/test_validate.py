"""Validation: stated totals recomputed from the extracted rows, the mismatch flagged on the total and on every row
it covers, the document's status — on a new extraction, the one it was given left as it was."""
import copy
from decimal import Decimal

from extractors.records.base import DocumentRecord, Extraction, ServiceRecord, SubsidyRecord, TotalRecord
from pipeline.validate import validate


def _result(doc_type="plan_anual", **datasets) -> Extraction:
    return Extraction(document=DocumentRecord(doc_id="d", source_path="p", format="txt", doc_type=doc_type),
                      **datasets)


def _subsidy(amount, table=1):
    return SubsidyRecord(table_seq=table, amount_lei=Decimal(amount))


def _total(amount, table=1):
    return TotalRecord(scope="TOTAL", amount=Decimal(amount), unit="lei", raw=str(amount), source_dataset="subsidies",
                       source_table=table, source_field="amount_lei")


def test_a_total_that_adds_up_within_one_leu_matches():
    result = _result(services=[ServiceRecord(section="existing")], subsidies=[_subsidy("100.40"), _subsidy("200")],
                     totals=[_total("301")])
    result = validate(result)
    [total] = result.totals
    assert total.computed == Decimal("300.40") and total.matches is True
    assert not any("total_mismatch" in w for w in result.document.warnings)
    assert result.document.status == "ok"


def test_a_total_that_does_not_add_up_flags_itself_every_row_it_covers_and_the_document():
    rows = [_subsidy("100"), _subsidy("200"), _subsidy("999", table=2)]
    result = _result(services=[ServiceRecord(section="existing")], subsidies=rows, totals=[_total("350")])
    result = validate(result)
    [total] = result.totals
    assert total.matches is False and total.computed == Decimal("300")
    assert "total_mismatch" in total.warnings
    assert [("total_mismatch" in r.warnings) for r in result.subsidies] == [True, True, False]  # table 2 is another table's
    assert "total_mismatch:1" in result.document.warnings


def test_a_total_over_every_table_of_the_dataset_and_a_total_without_rows():
    rows = [_subsidy("100"), _subsidy("200", table=2)]
    grand, orphan = _total("300", table=None), TotalRecord(scope="x", amount=Decimal(5), unit="lei", raw="5")
    result = _result(services=[ServiceRecord(section="existing")], subsidies=rows, totals=[grand, orphan])
    result = validate(result)
    grand, orphan = result.totals
    assert grand.matches is True and grand.computed == Decimal("300")
    assert orphan.matches is None and orphan.computed is None  # says nothing it can be checked against


def test_a_plan_without_services_is_partial_a_report_is_not():
    plan = _result()
    plan = validate(plan)
    assert plan.document.status == "partial" and "no_services_found" in plan.document.warnings
    report = _result(doc_type="raport_primar")
    report = validate(report)
    assert report.document.status == "ok"


def test_a_document_the_reader_could_only_partly_read_is_partial():
    result = _result(doc_type="raport_primar")
    result.document.warnings.append("page_failed: page 2 OCR out_of_memory")
    result = validate(result)
    assert result.document.status == "partial"
    whole = _result(doc_type="raport_primar")
    whole = validate(whole)
    assert whole.document.status == "ok"


def test_validation_leaves_the_records_it_was_given_as_they_were():
    # a mismatched total, the rows it covers, a plan without services: everything validation has to say
    rows = [_subsidy("100"), _subsidy("200")]
    given = _result(subsidies=rows, totals=[_total("350"), _total("300")])
    before = copy.deepcopy(given)
    validated = validate(given)
    assert given == before  # nothing of the input changed: totals, rows, the document's status and warnings
    assert given.totals[0].matches is None and given.totals[0].computed is None
    assert given.subsidies[0].warnings == [] and given.document.warnings == [] and given.document.status == "ok"
    # what validation found is on the new extraction
    assert [t.matches for t in validated.totals] == [False, True]
    assert validated.totals[1].warnings == [] and validated.totals[0].warnings == ["total_mismatch"]
    assert all(r.warnings == ["total_mismatch"] for r in validated.subsidies)
    assert validated.document.status == "partial"
    assert validated.document.warnings == ["no_services_found", "total_mismatch:1"]
    assert validated.document is not given.document and validated.totals is not given.totals


def test_validating_twice_gives_the_same_answer():
    # a stage that appended to its input would flag the rows twice and count the mismatch twice
    given = _result(services=[ServiceRecord(section="existing")], subsidies=[_subsidy("100")],
                    totals=[_total("350")])
    once, twice = validate(given), validate(given)
    assert once == twice
    assert once.subsidies[0].warnings == ["total_mismatch"] and once.document.warnings == ["total_mismatch:1"]


def test_rows_no_total_covers_are_the_same_records():
    # validation shares what it does not change (no copy of every record of a large document)
    other = ServiceRecord(section="existing")
    given = _result(services=[other], subsidies=[_subsidy("100")], totals=[_total("100")])
    validated = validate(given)
    assert validated.services[0] is other and validated.subsidies[0] is given.subsidies[0]


def test_partial_reasons_are_the_codes_that_make_a_document_partial():
    from pipeline.validate import partial_reasons

    warnings = ["encoding_detected:cp1250", "page_failed: page 4 (OCR timeout)", "page_failed: page 9 (OCR timeout)",
                "no_services_found", "table_not_understood:p2/l3", "pictures_not_read: page 2: 3 pictures"]
    assert partial_reasons(warnings) == ["page_failed", "no_services_found", "pictures_not_read"]
    assert partial_reasons(["year_not_found"]) == []
