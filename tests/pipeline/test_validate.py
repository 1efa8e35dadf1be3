"""Validation: stated totals recomputed from the extracted rows, the mismatch flagged on the total and on every row
it covers, the document's status."""
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
    validate(result)
    [total] = result.totals
    assert total.computed == Decimal("300.40") and total.matches is True
    assert not any("total_mismatch" in w for w in result.document.warnings)
    assert result.document.status == "ok"


def test_a_total_that_does_not_add_up_flags_itself_every_row_it_covers_and_the_document():
    rows = [_subsidy("100"), _subsidy("200"), _subsidy("999", table=2)]
    result = _result(services=[ServiceRecord(section="existing")], subsidies=rows, totals=[_total("350")])
    validate(result)
    [total] = result.totals
    assert total.matches is False and total.computed == Decimal("300")
    assert "total_mismatch" in total.warnings
    assert [("total_mismatch" in r.warnings) for r in rows] == [True, True, False]  # table 2 is another table's
    assert "total_mismatch:1" in result.document.warnings


def test_a_total_over_every_table_of_the_dataset_and_a_total_without_rows():
    rows = [_subsidy("100"), _subsidy("200", table=2)]
    grand, orphan = _total("300", table=None), TotalRecord(scope="x", amount=Decimal(5), unit="lei", raw="5")
    result = _result(services=[ServiceRecord(section="existing")], subsidies=rows, totals=[grand, orphan])
    validate(result)
    assert grand.matches is True and grand.computed == Decimal("300")
    assert orphan.matches is None and orphan.computed is None  # says nothing it can be checked against


def test_a_plan_without_services_is_partial_a_report_is_not():
    plan = _result()
    validate(plan)
    assert plan.document.status == "partial" and "no_services_found" in plan.document.warnings
    report = _result(doc_type="raport_primar")
    validate(report)
    assert report.document.status == "ok"


def test_a_document_the_reader_could_only_partly_read_is_partial():
    result = _result(doc_type="raport_primar")
    result.document.warnings.append("page_failed: page 2 OCR out_of_memory")
    validate(result)
    assert result.document.status == "partial"
    whole = _result(doc_type="raport_primar")
    validate(whole)
    assert whole.document.status == "ok"
