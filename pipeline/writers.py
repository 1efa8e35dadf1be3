"""Parquet writers: one file per document and dataset, written atomically.

Layout: ``<out>/<dataset>/year=<year>/<doc_id>.parquet`` (``year=unknown`` when the document's year was not
found). Each file is written to a hidden temporary name in the same folder, fsynced, then renamed into place,
so a reader never sees half a file; a document's files are all written before its manifest entry, so a
document is either wholly in the datasets or (after a crash) cleaned up and redone by the next run.
"""
from __future__ import annotations

import dataclasses
import os
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.schema import CONTRACT_VERSION, PIPELINE_VERSION, SCHEMAS

TMP_PREFIX = ".tmp-"


def _value(v: Any) -> Any:
    if isinstance(v, Decimal):
        return v.quantize(Decimal("0.01"))
    return v


def to_rows(records: Iterable[Any], doc_id: str | None = None) -> list[dict[str, Any]]:
    rows = []
    for rec in records:
        row = {k: _value(v) for k, v in (dataclasses.asdict(rec) if dataclasses.is_dataclass(rec) else rec).items()}
        if doc_id is not None:
            row["doc_id"] = doc_id
        rows.append(row)
    return rows


def to_table(dataset: str, rows: list[dict[str, Any]]) -> pa.Table:
    schema = SCHEMAS[dataset]
    columns = {f.name: [r.get(f.name) for r in rows] for f in schema}
    table = pa.Table.from_pydict(columns, schema=schema)
    meta = {b"contract_version": CONTRACT_VERSION.encode(), b"pipeline_version": PIPELINE_VERSION.encode(),
            b"dataset": dataset.encode()}
    return table.replace_schema_metadata(meta)


def partition_dir(out: Path, dataset: str, year: int | None) -> Path:
    return out / dataset / f"year={year if year is not None else 'unknown'}"


def atomic_write_parquet(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.parent / f"{TMP_PREFIX}{path.name}.{uuid.uuid4().hex}"
    try:
        pq.write_table(table, tmp, compression="zstd")
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def write_document(out: Path, doc_id: str, year: int | None, datasets: dict[str, list[dict[str, Any]]]) -> dict[str, int]:
    """Write every per-document dataset for one document (empty datasets too, so a rerun replaces them).

    Files of the same document under another year partition (its year was re-read differently) are removed.
    Returns rows per dataset.
    """
    counts = {}
    for dataset, rows in datasets.items():
        target = partition_dir(out, dataset, year) / f"{doc_id}.parquet"
        if rows:
            atomic_write_parquet(to_table(dataset, rows), target)
        elif target.exists():
            target.unlink()
        for stale in (out / dataset).glob(f"year=*/{doc_id}.parquet"):
            if stale != target:
                stale.unlink()
        counts[dataset] = len(rows)
    return counts


def remove_document(out: Path, doc_id: str) -> None:
    for path in out.glob(f"*/year=*/{doc_id}.parquet"):
        path.unlink()


def clean_leftovers(out: Path) -> int:
    """Remove temporary files a killed run left behind. Returns how many."""
    n = 0
    for path in out.glob(f"*/year=*/{TMP_PREFIX}*"):
        path.unlink(missing_ok=True)
        n += 1
    for path in out.glob(f"{TMP_PREFIX}*"):
        path.unlink(missing_ok=True)
        n += 1
    return n


def write_dataset_file(out: Path, dataset: str, rows: list[dict[str, Any]], name: str = "all") -> Path:
    """A dataset that is not per document (institutions): one file, replaced atomically."""
    target = out / dataset / f"{name}.parquet"
    atomic_write_parquet(to_table(dataset, rows), target)
    return target
