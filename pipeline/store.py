"""Writing documents' outcomes into the output folder, in a kill-safe order.

Order of writes for one document (see :mod:`pipeline.writers` and :mod:`pipeline.manifest`; for a batch of documents
that ended together, each step is done for all of them before the next, :func:`record_outcomes`):
1. documents that keep other locations but lose some to this one get their ``documents`` row rewritten (file
   first, then the manifest: a kill in between leaves the manifest still pointing at the location, so the next
   run takes it over again);
2. the manifest entries this document replaces (the same doc_id re-processed; documents left without any
   location) are dropped and the manifest saved — their files are now orphans — then their files removed;
3. the document's files are written (``documents`` last), their folders fsynced;
4. the run-wide side files that must cover it (the institution registry and dataset) are written;
5. its manifest entry is added and the manifest saved.
A kill anywhere leaves orphans at worst, which the next run removes before redoing their documents.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

import pyarrow.parquet as pq

from extractors.readers import TEXT_SUFFIXES

from pipeline.discovery import shown
from pipeline.manifest import Entry, Manifest
from pipeline.plan import Job, Location, Outcome, merge_locations
from pipeline.schema import PER_DOCUMENT, PIPELINE_VERSION
from pipeline.writers import (PARTITION_KEY, atomic_write_parquet, remove_document, sync_dirs, to_table,
                              write_document)

# suffixes whose format the contract names as they are ('.pdf' → pdf; a failed scan is not known to be pdf_ocr)
_READ_AS_NAMED = (".pdf", ".docx", ".odt")
# the datasets whose rows say what a document holds (documents itself aside)
CONTENT_DATASETS = [name for name in PER_DOCUMENT if name != "documents"]


def unread_format(source_path: str) -> str | None:
    """``documents.format`` of a file that was not read: the contract's name for the format its file name says
    (pdf, docx, odt, txt, md, html); None — "not known" — for a format the contract has no name for (.doc, .rtf,
    .png, .xlsx, no suffix): the row's ``reason`` and ``error`` say what the file is, and a made-up format would
    be outside the contract's list."""
    suffix = Path(source_path).suffix.lower()
    if suffix in _READ_AS_NAMED:
        return suffix[1:]
    return TEXT_SUFFIXES.get(suffix)


def unread_document_row(job: Job, outcome: Outcome) -> dict[str, list[dict]]:
    """A document that was not read (failed, or an unsupported format) is still recorded in `documents`.

    Its ``status`` is the contract's ``failed`` (the contract's statuses are ok, partial, failed: nothing was
    extracted) also for an input skipped on purpose; what happened is in ``reason``, ``error`` and the warning:
    ``skipped:unsupported_format`` for a format the pipeline does not read (not a failure of the run: the manifest
    and the summary count it as unsupported, the exit code is unaffected), ``failed:<reason>`` otherwise."""
    fmt = unread_format(job.source_path)
    if outcome.status == "skipped":
        warnings = [f"skipped:{outcome.reason}"]
    else:
        warnings = [f"failed:{outcome.reason}"]
    row = {"doc_id": outcome.doc_id, "source_path": outcome.source_path, "format": fmt, "doc_type": "other",
           "status": "failed", "warnings": warnings, "pipeline_version": PIPELINE_VERSION,
           "ingested_at": datetime.now(timezone.utc), "error": outcome.message, "reason": outcome.reason}
    return {"documents": [row], **{name: [] for name in CONTENT_DATASETS}}


def _locate(row: dict[str, Any], locations: list[Location], duplicate_of: str | None) -> None:
    row["source_uri"], row["source_path"] = locations[0]
    row["locations"] = [uri for uri, _ in locations]
    row["duplicate_of"] = duplicate_of


def documents_file(out: Path, doc_id: str) -> Path | None:
    return next(iter(sorted((out / "documents").glob(f"{PARTITION_KEY}=*/{doc_id}.parquet"))), None)


def rewrite_documents_row(out: Path, doc_id: str, locations: list[Location] | None = None,
                          duplicate_of: str | None | type(...) = ..., dirs: set[Path] | None = None) -> dict | None:
    """Replace the locations and/or duplicate_of of a document's `documents` row (the other files untouched).
    Returns the row as written (None when the document has no `documents` file). ``dirs``: the folder's fsync is
    left to the caller (:func:`pipeline.writers.atomic_write_parquet`)."""
    path = documents_file(out, doc_id)
    if path is None:
        return None
    rows = pq.ParquetFile(path).read().to_pylist()  # one file: not pq.read_table, which imports Arrow's datasets
    for row in rows:
        if locations is not None:
            row["source_uri"], row["source_path"] = locations[0]
            row["locations"] = [uri for uri, _ in locations]
        if duplicate_of is not ...:
            row["duplicate_of"] = duplicate_of
    atomic_write_parquet(to_table("documents", rows), path, dirs=dirs)
    return rows[0] if rows else None


def _as_dicts(locations: list[Location]) -> list[dict]:
    return [{"uri": uri, "path": rel} for uri, rel in locations]


def claim_locations(out: Path, manifest: Manifest, doc_id: str, locations: list[Location],
                    on_replaced: Callable[[str, str, str], None] | None = None) -> list[str]:
    """Take ``locations`` from the documents that held them. A document left without a location is dropped
    (its manifest entry first, then its files); the others get their row rewritten. Returns the dropped ids.
    ``on_replaced(location, old_doc_id, new_doc_id)`` is told about each location that changes document."""
    owner = manifest.owner_of()
    losing: dict[str, set[str]] = {}
    for uri, rel in locations:
        old = owner.get(uri)
        if old is not None and old != doc_id:
            losing.setdefault(old, set()).add(uri)
            if on_replaced is not None:
                on_replaced(uri, old, doc_id)
        for legacy in manifest.legacy_at(rel):  # a 0.1 entry without locations, at the same relative path
            if legacy != doc_id and legacy not in losing:
                losing[legacy] = set()
                if on_replaced is not None:
                    on_replaced(rel, legacy, doc_id)
    dropped, kept = [], {}
    for old, uris in losing.items():
        entry = manifest.entries[old]
        left = [(u, r) for u, r in merge_locations([(loc["uri"], loc["path"]) for loc in entry.locations])
                if u not in uris]
        if left:
            kept[old] = left
        else:
            dropped.append(old)
    for old, left in kept.items():  # file first: a kill before the manifest save makes the next run redo it
        rewrite_documents_row(out, old, left)
    for old, left in kept.items():
        manifest.entries[old].locations = _as_dicts(left)
        manifest.entries[old].source_path = left[0][1]
    for old in dropped:
        manifest.touch_publication(manifest.entries.pop(old, None))
    if kept or dropped:
        manifest.save()
    for old in dropped:
        remove_document(out, old)
    return dropped


def coverage(rows: dict[str, int] | None) -> int:
    return sum(n for k, n in (rows or {}).items() if k != "documents")


def publication_key(doc: dict[str, Any]) -> list | None:
    """What two copies of one publication share: issuer, type and years (None when the issuer or year is
    unknown: nothing to compare on)."""
    issuer = doc.get("issuer_id") or doc.get("issuer")
    if not issuer or doc.get("year") is None or doc.get("status") not in ("ok", "partial"):
        return None
    return [issuer, doc.get("doc_type"), doc.get("year"), doc.get("year_end")]


@dataclass
class Finished:
    """One document's outcome, to be recorded (:func:`record_outcomes`)."""

    job: Job
    outcome: Outcome
    datasets: dict[str, list[dict]] | None  # None: nothing was read (a failure, an unsupported format)
    year: int | None
    overrides_fp: str | None = None


# side files of a batch: given (doc_id, datasets) of each document, writes what must cover them before their entries
# exist and returns the institution ids each document's rows point to
SideFiles = Callable[[list[tuple[str, dict[str, list[dict]] | None]]], list[list[str] | None]]


def record_outcome(out: Path, manifest: Manifest, job: Job, outcome: Outcome,
                   datasets: dict[str, list[dict]] | None, year: int | None, overrides_fp: str | None = None, *,
                   side_files: SideFiles | None = None,
                   on_replaced: Callable[[str, str, str], None] | None = None) -> Entry:
    """Write one document's files, then its manifest entry (:func:`record_outcomes` with one document)."""
    return record_outcomes(out, manifest, [Finished(job, outcome, datasets, year, overrides_fp)],
                           side_files=side_files, on_replaced=on_replaced)[0]


def record_outcomes(out: Path, manifest: Manifest, batch: list[Finished], *, side_files: SideFiles | None = None,
                    on_replaced: Callable[[str, str, str], None] | None = None) -> list[Entry]:
    """Write the files of a batch of documents, then their manifest entries, in the order of the module
    docstring, each step once for the whole batch: the manifest is saved once before the files (when entries are
    replaced) and once after, the folders are fsynced once, the side files written once. A kill anywhere leaves
    at worst the batch's documents as orphans, which the next run redoes (as for one document).

    ``side_files([(doc_id, datasets), ...])`` writes what must cover the documents before their entries exist
    (the institutions); it returns the institution ids each document's rows point to."""
    docs = []
    for item in batch:
        job, outcome = item.job, item.outcome
        locations = job.locations or [(job.source_path, job.source_path)]
        datasets, year = item.datasets, item.year
        if outcome.message:  # it may quote a file name that is not UTF-8 (pipeline.discovery.shown)
            outcome.message = shown(outcome.message)
        if datasets is None:
            datasets = unread_document_row(job, outcome)
            year = None
            outcome.rows = {k: len(v) for k, v in datasets.items()}
        doc = datasets["documents"][0]
        _locate(doc, locations, None)
        doc.setdefault("reason", outcome.reason)
        docs.append((item, locations, datasets, year, doc))
    # 1-2. locations taken over, the same doc_ids re-processed
    for item, locations, *_ in docs:
        claim_locations(out, manifest, item.job.doc_id, locations, on_replaced)
    redone = [manifest.entries.pop(item.job.doc_id) for item, *_ in docs if item.job.doc_id in manifest.entries]
    for old in redone:
        manifest.touch_publication(old)
    if redone:
        manifest.save()
    # 3. files, every folder fsynced once before anything refers to them
    dirs: set[Path] = set()
    for item, _, datasets, year, _ in docs:
        write_document(out, item.job.doc_id, year, datasets, dirs=dirs)
    sync_dirs(dirs)
    # 4. side files
    institution_ids = (side_files([(item.job.doc_id, datasets) for item, _, datasets, _, _ in docs])
                       if side_files is not None else [None] * len(docs))
    # 5. the entries
    entries = []
    for (item, locations, _, year, doc), ids in zip(docs, institution_ids):
        outcome = item.outcome
        entry = Entry(doc_id=item.job.doc_id, source_path=locations[0][1], status=outcome.status, year=year,
                      reason=outcome.reason, message=outcome.message, rows=outcome.rows,
                      seconds=round(outcome.seconds, 3), size=item.job.size, overrides_fp=item.overrides_fp,
                      locations=_as_dicts(locations), format=doc.get("format"), publication=publication_key(doc),
                      institution_ids=ids)
        manifest.put(entry)
        manifest.touch_publication(entry)
        entries.append(entry)
    manifest.save()
    return entries


def relocate(out: Path, manifest: Manifest, doc_id: str, locations: list[Location],
             on_replaced: Callable[[str, str, str], None] | None = None) -> None:
    """An unchanged document found at new locations: its `documents` row lists them all."""
    claim_locations(out, manifest, doc_id, locations, on_replaced)
    row = rewrite_documents_row(out, doc_id, locations)
    entry = manifest.entries[doc_id]
    entry.locations = _as_dicts(locations)
    entry.source_path = locations[0][1]
    if row is not None and entry.format is None:  # an entry of 0.1: what copies are compared on, from its row
        entry.format = row.get("format")
        entry.publication = publication_key(row)
        manifest.touch_publication(entry)
    manifest.save()
