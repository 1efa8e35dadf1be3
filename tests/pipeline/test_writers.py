"""Parquet writers (pipeline/writers.py): atomic files, documents written last, leftovers and orphans."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq

import pipeline.writers as writers
from pipeline.schema import PER_DOCUMENT, SCHEMAS
from pipeline.writers import (NO_ROWS_FILE, TMP_PREFIX, clean_leftovers, document_files, find_orphans,
                              mark_empty_datasets, remove_document, write_document)

DOC = "d" * 64


def _datasets(doc_id: str = DOC, services: int = 2) -> dict:
    return {"documents": [{"doc_id": doc_id, "source_path": "x.txt", "format": "txt", "status": "ok"}],
            "services": [{"doc_id": doc_id, "service_name": f"s{i}", "code_raw": "8730 CR-V-I"} for i in range(services)],
            "totals": []}


def test_write_document_layout_and_documents_last(tmp_path, monkeypatch):
    order = []
    real = writers.atomic_write_parquet
    monkeypatch.setattr(writers, "atomic_write_parquet", lambda t, p, **kw: (order.append(p.parent.parent.name), real(t, p, **kw)))
    counts = write_document(tmp_path, DOC, 2023, _datasets())
    assert counts == {"documents": 1, "services": 2, "totals": 0}
    assert order == ["services", "documents"]
    assert pq.read_table(tmp_path / "services" / "doc_year=2023" / f"{DOC}.parquet").num_rows == 2
    assert not (tmp_path / "totals").exists()  # empty datasets write no file
    meta = pq.read_schema(tmp_path / "documents" / "doc_year=2023" / f"{DOC}.parquet").metadata
    assert meta[b"dataset"] == b"documents" and b"contract_version" in meta
    assert not list(tmp_path.rglob(f"{TMP_PREFIX}*"))


def test_rewrite_under_another_year_removes_the_old_partition_file(tmp_path):
    write_document(tmp_path, DOC, 2022, _datasets())
    write_document(tmp_path, DOC, None, _datasets(services=1))
    files = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*.parquet"))
    assert files == [f"documents/doc_year=unknown/{DOC}.parquet", f"services/doc_year=unknown/{DOC}.parquet"]


def test_rewrite_with_fewer_datasets_removes_the_emptied_file(tmp_path):
    write_document(tmp_path, DOC, 2022, _datasets())
    write_document(tmp_path, DOC, 2022, _datasets(services=0))
    assert not list(tmp_path.glob("services/doc_year=*/*.parquet"))


def test_failed_write_leaves_no_temporary_file(tmp_path, monkeypatch):
    def boom(table, where, **kw):
        Path(where).write_bytes(b"PAR1 half")
        raise OSError("disk full")

    monkeypatch.setattr(writers.pq, "write_table", boom)
    try:
        write_document(tmp_path, DOC, 2022, _datasets())
    except OSError:
        pass
    assert not list(tmp_path.rglob(f"{TMP_PREFIX}*"))


def test_clean_leftovers_removes_tmp_files_orphans_and_empty_partitions(tmp_path):
    keep, orphan = "a" * 64, "b" * 64
    write_document(tmp_path, keep, 2022, _datasets(keep))
    write_document(tmp_path, orphan, 2021, _datasets(orphan))
    (tmp_path / "services" / "doc_year=2022" / f"{TMP_PREFIX}{keep}.parquet.123").write_bytes(b"half")
    (tmp_path / f"{TMP_PREFIX}_manifest.json.456").write_text("{")
    (tmp_path / "institutions").mkdir()
    (tmp_path / "institutions" / "all.parquet").write_bytes(b"not per document")
    assert find_orphans(tmp_path, [keep]) == [orphan]
    counts = clean_leftovers(tmp_path, known=[keep])
    assert counts == {"tmp_files": 2, "orphan_documents": 1, "orphan_files": 2}
    assert set(document_files(tmp_path)) == {keep}
    assert not (tmp_path / "services" / "doc_year=2021").exists()
    assert (tmp_path / "institutions" / "all.parquet").exists()
    # without the manifest's doc_ids only temporary files go
    assert clean_leftovers(tmp_path) == {"tmp_files": 0, "orphan_documents": 0, "orphan_files": 0}


def test_remove_document(tmp_path):
    write_document(tmp_path, DOC, 2022, _datasets())
    assert remove_document(tmp_path, DOC) == 2
    assert document_files(tmp_path) == {}
    assert remove_document(tmp_path, "unreadable:x[1].txt") == 0


def test_files_of_the_legacy_year_layout_move_to_doc_year(tmp_path):
    from pipeline.writers import clean_leftovers

    legacy = tmp_path / "services" / "year=2022"
    legacy.mkdir(parents=True)
    (legacy / f"{DOC}.parquet").write_bytes(b"x")
    clean_leftovers(tmp_path)
    assert not legacy.exists()
    assert (tmp_path / "services" / "doc_year=2022" / f"{DOC}.parquet").read_bytes() == b"x"


def test_a_document_not_read_gets_a_format_of_the_contract_or_none():
    from pipeline.datapackage import ENUMS
    from pipeline.store import unread_format

    named = {"plan.PDF": "pdf", "a/plan.docx": "docx", "plan.odt": "odt", "plan.txt": "txt", "notes.markdown": "md",
             "page.htm": "html"}
    assert {p: unread_format(p) for p in named} == named
    assert set(named.values()) <= set(ENUMS[("documents", "format")])  # the contract's list (DATASETS.md)
    for path in ("scan.png", "budget.xlsx", "old.doc", "letter.rtf", "README"):
        assert unread_format(path) is None, path


def test_an_empty_dataset_reads_as_an_empty_table_with_its_columns_until_a_document_gives_rows(tmp_path):
    write_document(tmp_path, DOC, 2023, _datasets())
    assert set(mark_empty_datasets(tmp_path)) == set(PER_DOCUMENT) - {"documents", "services"}
    procurements = pd.read_parquet(tmp_path / "procurements")  # a missing folder raised FileNotFoundError
    assert len(procurements) == 0 and set(SCHEMAS["procurements"].names) <= set(procurements.columns)
    glob = (tmp_path / "trainings" / "**" / "*.parquet").as_posix()
    assert duckdb.sql(f"select count(*) from '{glob}'").fetchall() == [(0,)]
    assert pd.read_parquet(tmp_path / "services")["service_name"].tolist() == ["s0", "s1"]
    assert list(document_files(tmp_path)) == [DOC]  # the empty datasets' files belong to no document
    assert find_orphans(tmp_path, known=[DOC]) == []
    # a document gives totals now: the totals' empty file goes, with its partition
    write_document(tmp_path, DOC, 2023, {**_datasets(), "totals": [{"doc_id": DOC, "scope": "total"}]})
    assert "totals" not in mark_empty_datasets(tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in (tmp_path / "totals").rglob("*.parquet")] == \
        [f"totals/doc_year=2023/{DOC}.parquet"]
    assert (tmp_path / "trainings" / "doc_year=unknown" / NO_ROWS_FILE).exists()
