"""Which records came from which table: one answer (``table_summary.table_records``), read both by the document
warning ``table_not_understood`` and by the ``tables`` dataset (n_records, understood, the documents' coverage)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.model import Document
from extractors.readers.text import parse_text
from extractors.records.base import (DocumentRecord, Extraction, IndicatorRecord, ProcurementRecord, TotalRecord)
from extractors.understanding.build import understand
from pipeline.extraction import extract_document, table_warnings
from pipeline.table_summary import summarise_tables, table_records

# a table of CPV codes and money no extractor reads (its header names no kind): data, but nobody's
TEXT = ("Planul anual de acțiune privind serviciile sociale pentru anul 2024\n\n"
        "Situația pe elemente\n\n"
        "Nr.\tElement\tClasă\tLei\n"
        "1.\tAlfa\t85311000-2\t100.000,00\n"
        "2.\tBeta\t85320000-8\t20.000,00\n")


@pytest.fixture
def understood():
    u = understand(Document(source_path="t.txt", doc_id="t" * 64, format="txt", blocks=parse_text(TEXT)))
    [table] = u.tables
    return u, table


def _extraction(**datasets) -> Extraction:
    return Extraction(document=DocumentRecord(doc_id="t" * 64, source_path="t.txt", format="txt"), **datasets)


def _both_uses(u, result) -> tuple[bool, int]:
    """(table_not_understood said of the table, n_records of its row in the tables dataset)."""
    lost = any(w.startswith("table_not_understood") for w in table_warnings(u, result))
    [summary] = summarise_tables(u, result)
    return lost, summary.n_records


def test_a_table_no_record_came_from_is_not_understood_for_both(understood):
    u, _table = understood
    assert _both_uses(u, _extraction()) == (True, 0)
    # and so through the whole extraction: the warning on the document, the table's row says 0 records
    result = extract_document(u.document)
    assert "table_not_understood:l5" in result.document.warnings
    assert [(t.n_records, t.understood, t.looks_like_data) for t in result.tables] == [(0, False, True)]


@pytest.mark.parametrize("record", [
    pytest.param(lambda t: ProcurementRecord(table_seq=t.seq), id="names its table (table_seq)"),
    pytest.param(lambda t: TotalRecord(scope="TOTAL", amount=Decimal(1), unit="lei", raw="1", source_table=t.seq),
                 id="a total that names the table it totals, without a line"),
    pytest.param(lambda t: IndicatorRecord(indicator="x", value=1.0, unit="lei", raw="1", page=t.rows[1].page,
                                           line=t.rows[1].line), id="read from one of its rows"),
    pytest.param(lambda t: IndicatorRecord(indicator="x", value=1.0, unit="lei", raw="1", page=t.table.page,
                                           line=t.table.line), id="read from its first (header) line"),
])
def test_a_record_of_the_table_counts_the_same_for_the_warning_and_the_tables_dataset(understood, record):
    u, table = understood
    rec = record(table)
    result = _extraction(**{_dataset_of(rec): [rec]})
    assert table_records(table, result) == {_dataset_of(rec): [rec]}
    assert _both_uses(u, result) == (False, 1)


def test_records_of_other_tables_and_lines_are_not_the_tables(understood):
    u, table = understood
    others = _extraction(procurements=[ProcurementRecord(table_seq=(table.seq or 0) + 1, line=1)],
                         indicators=[IndicatorRecord(indicator="x", value=1.0, unit="lei", raw="1", line=1)],
                         totals=[TotalRecord(scope="x", amount=Decimal(1), unit="lei", raw="1")])
    assert table_records(table, others) == {}
    assert _both_uses(u, others) == (True, 0)


def _dataset_of(rec) -> str:
    return {ProcurementRecord: "procurements", TotalRecord: "totals", IndicatorRecord: "indicators"}[type(rec)]


def test_the_run_counts_the_tables_not_understood_in_its_summary_and_log(tmp_path, capsys):
    import json

    from pipeline.cli import main as cli_main
    src = tmp_path / "in"
    src.mkdir()
    (src / "plan.txt").write_text(TEXT, encoding="utf-8")
    (src / "empty_plan.txt").write_text(TEXT.split("Situația")[0] + "Nimic altceva.\n", encoding="utf-8")
    cli_main(["run", str(src), "--data", str(tmp_path / "out"), "--quiet"])
    said = " ".join(capsys.readouterr().out.split())  # the console wraps long lines
    assert "1 table(s) holding service codes, CPV codes or money gave no record, in 1 document(s)" in said
    events = [json.loads(line) for line in (tmp_path / "out" / "_log.jsonl").read_text().splitlines()]
    finished = {e["source_path"]: e["tables_not_understood"] for e in events if e["event"] == "finished"}
    assert finished == {"plan.txt": 1, "empty_plan.txt": 0}
    assert [e["tables_not_understood"] for e in events if e["event"] == "run_finished"] == [1]
