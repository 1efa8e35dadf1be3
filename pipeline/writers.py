"""Parquet writers: one file per document and dataset, written atomically.

Layout: ``<out>/<dataset>/doc_year=<year>/<doc_id>.parquet`` (``doc_year=unknown`` when the document's year was not
found; a dataset no document gave a row holds :data:`NO_ROWS_FILE` there). Each file is written to a hidden
temporary name in the same folder, fsynced, then renamed into place, so a reader never sees half a file, and a
dataset holds all of a document's rows or none of them.

Crash safety (see ``docs/nightly.md``): a document's files are all written before its manifest entry, and
the ``documents`` file is written last (removed first), so a document listed in ``documents`` has all its
other files in place. After a kill, files whose doc_id the manifest does not hold are orphans:
:func:`clean_leftovers` removes them (and temporary files) before the next run redoes those documents.
"""
from __future__ import annotations

import os
import threading
from functools import partial
from pathlib import Path
from typing import Any, Callable, Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.durable import TMP_PREFIX, fsync_dir, temporary_name
from pipeline.jobs import to_rows  # noqa: F401  (this module's interface; rows are built in the workers, without Arrow)
from pipeline.schema import CONTRACT_VERSION, PER_DOCUMENT, PIPELINE_VERSION, SCHEMAS

# The partition folder is named for the document's year, not ``year``: documents and indicators have a ``year``
# column of their own, and readers that apply hive partitioning (DuckDB's default, pandas/pyarrow on a folder)
# would override or clash with it (an indicator about 2020 in a 2021 report would read as 2021).
PARTITION_KEY = "doc_year"


class _NoPandas:
    """An import finder that says pandas is not installed (see :func:`arrow_without_pandas`)."""

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> None:
        if name == "pandas" or name.startswith("pandas."):
            raise ImportError("pandas is not used by this process's Arrow")
        return None


def arrow_without_pandas() -> None:
    """Tell Arrow, in this process, that pandas is not installed. The first time Arrow builds an array from Python
    values it imports pandas to check whether they are pandas objects (~0.35 s of CPU and ~50 MB for a run's main
    process, which only hands it lists of Python values) and remembers the answer; here it is asked while pandas
    cannot be imported. The values and the files written are the same. Afterwards Arrow no longer recognises
    pandas objects given to it (a ``Series`` holding ``pd.NA`` fails to convert), so this is for a process that
    never gives Arrow pandas objects: the ``run`` command's own (``pipeline.cli.run_cli``). pandas stays
    importable, and ``Table.to_pandas`` still works. Does nothing if pandas was already imported."""
    import sys

    if "pandas" in sys.modules:
        return
    finder = _NoPandas()
    sys.meta_path.insert(0, finder)
    try:
        pa.array([0])  # Arrow asks for pandas now, once, and keeps the answer
    except Exception:
        pass
    finally:
        sys.meta_path.remove(finder)


def to_table(dataset: str, rows: list[dict[str, Any]]) -> pa.Table:
    schema = SCHEMAS[dataset]
    columns = {f.name: [r.get(f.name) for r in rows] for f in schema}
    table = pa.Table.from_pydict(columns, schema=schema)
    meta = {b"contract_version": CONTRACT_VERSION.encode(), b"pipeline_version": PIPELINE_VERSION.encode(),
            b"dataset": dataset.encode()}
    return table.replace_schema_metadata(meta)


# A dataset no document gave a row (no procurements in a folder of reports) still has one file: no rows, the
# dataset's columns, under ``doc_year=unknown``. Readers of the folder (pandas, DuckDB's glob) then get an empty
# table with its columns instead of a missing path. Its name is no doc_id (those are sha256 hex).
NO_ROWS_FILE = "no_rows.parquet"


def is_document_file(path: Path) -> bool:
    """A document's dataset file (not a temporary file, not the :data:`NO_ROWS_FILE` of an empty dataset)."""
    return not path.name.startswith(".") and path.name != NO_ROWS_FILE


def mark_empty_datasets(out: Path) -> list[str]:
    """Give each per-document dataset without a document file its :data:`NO_ROWS_FILE`, and remove that file from
    a dataset that has documents again. Returns the datasets that are empty."""
    empty = []
    for dataset in PER_DOCUMENT:
        marker = partition_dir(out, dataset, None) / NO_ROWS_FILE
        if any(is_document_file(p) for p in (out / dataset).glob(f"{PARTITION_KEY}=*/*.parquet")):
            if marker.exists():
                marker.unlink()
                fsync_dir(marker.parent)
                if not any(marker.parent.iterdir()):
                    marker.parent.rmdir()
            continue
        empty.append(dataset)
        if not marker.exists():
            atomic_write_parquet(to_table(dataset, []), marker)
    return empty


def partition_dir(out: Path, dataset: str, year: int | None) -> Path:
    return out / dataset / f"{PARTITION_KEY}={year if year is not None else 'unknown'}"


def atomic_write_parquet(table: pa.Table, path: Path, dirs: set[Path] | None = None) -> None:
    """Write ``table`` to ``path``: a temporary name in the same folder, fsynced, then renamed into place. The
    rename is made durable at once (the folder fsynced), or later by the caller when ``dirs`` is given: the folder
    is added to it (:func:`sync_dirs`, once per folder for a whole batch of files)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = temporary_name(path)
    try:
        pq.write_table(table, tmp, compression="zstd")
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        if dirs is None:
            fsync_dir(path.parent)
        else:
            dirs.add(path.parent)
    finally:
        if tmp.exists():
            tmp.unlink()


# threads that wait for the disk at once: each fsync waits for the journal's commit, and fsyncs issued together share
# commits (12 files: ~10 ms at once against ~50-120 ms one after another, measured on an ext4 disk). Arrow's writer
# releases the GIL while it encodes and writes, so this process's Python work is not held up meanwhile
WRITE_THREADS = 8
_pool: list = []  # the threads, started at the first use and kept for the process (starting threads costs too)
_pool_lock = threading.Lock()
if hasattr(os, "register_at_fork"):  # a forked child has none of the threads: it starts its own
    os.register_at_fork(after_in_child=_pool.clear)


def in_parallel(calls: list[Callable[[], None]]) -> None:
    """Run ``calls`` in threads and wait for all of them; then raise the first exception one raised (after every
    call ended: none is still writing when the caller goes on). One call runs in this thread. A call must not
    itself wait on :func:`in_parallel` (the threads are shared)."""
    if len(calls) <= 1:
        for call in calls:
            call()
        return
    from concurrent.futures import ThreadPoolExecutor, wait

    with _pool_lock:
        if not _pool:
            _pool.append(ThreadPoolExecutor(max_workers=WRITE_THREADS, thread_name_prefix="pipeline-write"))
    futures = [_pool[0].submit(call) for call in calls]
    wait(futures)
    for future in futures:
        future.result()


def sync_dirs(dirs: Iterable[Path]) -> None:
    """Make the renames done in ``dirs`` durable: each folder fsynced once, all at once (:func:`in_parallel`)."""
    in_parallel([partial(fsync_dir, d) for d in sorted(set(dirs))])


def _documents_last(names: Iterable[str]) -> list[str]:
    return sorted(names, key=lambda n: n == "documents")


def write_document(out: Path, doc_id: str, year: int | None, datasets: dict[str, list[dict[str, Any]]],
                   dirs: set[Path] | None = None) -> dict[str, int]:
    """Write every per-document dataset for one document (empty datasets too, so a rerun replaces them).

    Files of the same document under another year partition (its year was re-read differently) are removed.
    ``documents`` is written last, once every other file is in place; the others are written at the same time
    (:func:`in_parallel`). The folders are fsynced at the end, or added to ``dirs`` for the caller to fsync once
    for a batch of documents (:func:`sync_dirs`) before anything refers to these files. Returns rows per dataset.
    """
    own_dirs: set[Path] = set() if dirs is None else dirs
    tables = {name: to_table(name, rows) for name, rows in datasets.items() if rows}  # Python work: here, first

    def write(dataset: str) -> None:
        target = partition_dir(out, dataset, year) / f"{doc_id}.parquet"
        if dataset in tables:
            atomic_write_parquet(tables[dataset], target, dirs=own_dirs)
        elif target.exists():
            target.unlink()
        for stale in (out / dataset).glob(f"{PARTITION_KEY}=*/{doc_id}.parquet"):
            if stale != target:
                stale.unlink()

    ordered = _documents_last(datasets)
    in_parallel([partial(write, name) for name in ordered if name != "documents"])
    if "documents" in datasets:
        write("documents")
    if dirs is None:
        sync_dirs(own_dirs)
    return {name: len(datasets[name]) for name in ordered}


def document_files(out: Path) -> dict[str, list[Path]]:
    """doc_id -> its dataset files, from the folder layout (``<dataset>/doc_year=<y>/<doc_id>.parquet``)."""
    files: dict[str, list[Path]] = {}
    for path in out.glob(f"*/{PARTITION_KEY}=*/*.parquet"):
        if not is_document_file(path):
            continue
        files.setdefault(path.stem, []).append(path)
    return files


def remove_document(out: Path, doc_id: str) -> int:
    """Remove every file of one document (``documents`` first). Returns how many."""
    paths = sorted(out.glob(f"*/{PARTITION_KEY}=*/{glob_escape(doc_id)}.parquet"), key=lambda p: p.parent.parent.name != "documents")
    for path in paths:
        path.unlink(missing_ok=True)
    return len(paths)


def glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def find_orphans(out: Path, known: Iterable[str]) -> list[str]:
    """doc_ids that have files in the datasets but no manifest entry (a run was killed between a document's
    files and its manifest entry, or while replacing it)."""
    known = set(known)
    return sorted(d for d in document_files(out) if d not in known)


def clean_leftovers(out: Path, known: Iterable[str] | None = None) -> dict[str, int]:
    """Remove what a killed run left behind: temporary files, and — when ``known`` (the manifest's doc_ids)
    is given — the files of documents the manifest does not hold (orphans), plus partitions left empty.
    Returns counts: ``{"tmp_files": n, "orphan_documents": n, "orphan_files": n}``."""
    counts = {"tmp_files": 0, "orphan_documents": 0, "orphan_files": 0}
    migrate_legacy_layout(out)
    for pattern in (f"*/{PARTITION_KEY}=*/{TMP_PREFIX}*", f"*/{TMP_PREFIX}*", f"{TMP_PREFIX}*"):
        for path in out.glob(pattern):
            if path.is_file():
                path.unlink(missing_ok=True)
                counts["tmp_files"] += 1
    if known is not None:
        for doc_id in find_orphans(out, known):
            counts["orphan_files"] += remove_document(out, doc_id)
            counts["orphan_documents"] += 1
        for part in out.glob(f"*/{PARTITION_KEY}=*"):
            if part.is_dir() and not any(part.iterdir()):
                try:
                    part.rmdir()
                except OSError:
                    pass
    return counts


def migrate_legacy_layout(out: Path) -> int:
    """Move files of the 0.1 pre-release layout (``<dataset>/year=<y>/``) into ``doc_year=<y>/``, so an
    existing output folder keeps its documents (and never holds two copies of one). Returns files moved."""
    moved = 0
    for legacy in out.glob("*/year=*"):
        if not legacy.is_dir():
            continue
        target = legacy.parent / legacy.name.replace("year=", f"{PARTITION_KEY}=", 1)
        target.mkdir(exist_ok=True)
        for path in legacy.iterdir():
            os.replace(path, target / path.name)
            moved += 1
        legacy.rmdir()
    return moved


def write_dataset_file(out: Path, dataset: str, rows: list[dict[str, Any]], name: str = "all") -> Path:
    """A dataset that is not per document (institutions): one file, replaced atomically."""
    target = out / dataset / f"{name}.parquet"
    atomic_write_parquet(to_table(dataset, rows), target)
    return target
