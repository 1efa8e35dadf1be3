"""Orchestration: discover files, skip what the manifest holds, extract in worker processes, write, report.

The main process owns the output folder (lock, manifest, writes); workers only read documents and return
rows, so a crashed worker can never leave a half-written dataset. Each document has a time limit: a worker
that exceeds it is killed and the document is recorded as failed with reason ``timeout``.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import time
import traceback
from concurrent.futures import ProcessPoolExecutor, TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator

from extractors.model import ReaderError
from extractors.readers import SUPPORTED_SUFFIXES
from pipeline.extract import extract_file, sha256_file
from pipeline.manifest import Entry, Manifest
from pipeline.schema import PER_DOCUMENT, PIPELINE_VERSION
from pipeline.writers import clean_leftovers, remove_document, to_rows, write_document

DEFAULT_TIMEOUT_S = 600.0


@dataclass
class Job:
    path: Path
    source_path: str
    doc_id: str
    size: int


@dataclass
class Outcome:
    doc_id: str
    source_path: str
    status: str
    rows: dict[str, int] = field(default_factory=dict)
    reason: str | None = None
    message: str | None = None
    seconds: float = 0.0
    warnings: int = 0


@dataclass
class RunSummary:
    outcomes: list[Outcome] = field(default_factory=list)
    skipped: int = 0
    started_at: str = ""
    seconds: float = 0.0

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    def rows_per_dataset(self) -> dict[str, int]:
        total: dict[str, int] = {}
        for o in self.outcomes:
            for k, v in o.rows.items():
                total[k] = total.get(k, 0) + v
        return total


def discover(paths: list[Path]) -> Iterator[tuple[Path, str]]:
    """(file, source_path relative to the input root it was found under), supported formats only."""
    for root in paths:
        if root.is_file():
            yield root, root.name
            continue
        if not root.exists():
            raise FileNotFoundError(f"input not found: {root}")
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix.lower() in SUPPORTED_SUFFIXES and not path.name.startswith("."):
                yield path, str(path.relative_to(root))


def plan_jobs(paths: list[Path], manifest: Manifest, force: bool, retry_failed: bool) -> tuple[list[Job], int, list[Outcome]]:
    jobs: list[Job] = []
    skipped = 0
    unreadable: list[Outcome] = []
    seen: set[str] = set()
    for path, source in discover(paths):
        try:
            doc_id = sha256_file(path)
            size = path.stat().st_size
        except OSError as exc:
            unreadable.append(Outcome(doc_id=f"unreadable:{source}", source_path=source, status="failed",
                                      reason="unreadable", message=f"cannot read {path}: {exc.strerror or exc}"))
            continue
        if doc_id in seen:
            skipped += 1  # the same bytes under two names: one document
            continue
        seen.add(doc_id)
        entry = manifest.entries.get(doc_id)
        if entry and not force and (entry.status != "failed" or not retry_failed):
            skipped += 1
            continue
        jobs.append(Job(path=path, source_path=source, doc_id=doc_id, size=size))
    return jobs, skipped, unreadable


def process_job(job: Job) -> tuple[Outcome, dict[str, list[dict]] | None, int | None]:
    """Runs in a worker: extract one document; never raises."""
    started = time.monotonic()
    try:
        result = extract_file(job.path, job.source_path, job.doc_id)
    except ReaderError as exc:
        return Outcome(job.doc_id, job.source_path, "failed", reason=exc.reason, message=str(exc),
                       seconds=time.monotonic() - started), None, None
    except MemoryError:
        return Outcome(job.doc_id, job.source_path, "failed", reason="out_of_memory",
                       message="the document needed more memory than allowed", seconds=time.monotonic() - started), None, None
    except Exception as exc:  # a bug or an input we do not understand: keep the run going, say what happened
        tb = traceback.format_exception_only(type(exc), exc)[-1].strip()
        return Outcome(job.doc_id, job.source_path, "failed", reason="extraction_error", message=tb,
                       seconds=time.monotonic() - started), None, None
    doc = result.document
    doc.ingested_at = datetime.now(timezone.utc)
    datasets: dict[str, list[dict]] = {"documents": to_rows([doc])}
    for name in PER_DOCUMENT:
        if name != "documents":
            datasets[name] = to_rows(getattr(result, name), doc_id=job.doc_id)
    warnings = sum(len(r.get("warnings") or []) for rows in datasets.values() for r in rows)
    outcome = Outcome(job.doc_id, job.source_path, doc.status, rows={k: len(v) for k, v in datasets.items()},
                      seconds=time.monotonic() - started, warnings=warnings)
    return outcome, datasets, doc.year


def failed_document_row(outcome: Outcome) -> dict[str, list[dict]]:
    """A failed document is still recorded in `documents`, with the reason."""
    fmt = Path(outcome.source_path).suffix.lower().lstrip(".") or "txt"
    row = {"doc_id": outcome.doc_id, "source_path": outcome.source_path, "format": fmt, "doc_type": "other",
           "status": "failed", "warnings": [f"failed:{outcome.reason}"], "pipeline_version": PIPELINE_VERSION,
           "ingested_at": datetime.now(timezone.utc), "error": outcome.message}
    return {"documents": [row], **{name: [] for name in PER_DOCUMENT if name != "documents"}}


def record_outcome(out: Path, manifest: Manifest, job: Job, outcome: Outcome,
                   datasets: dict[str, list[dict]] | None, year: int | None) -> None:
    """Write a document's files, then its manifest entry (in that order: see pipeline.writers)."""
    if datasets is None:
        datasets = failed_document_row(outcome)
        year = None
    # a file that changed keeps its path but gets a new doc_id: its old rows go
    for old in manifest.doc_ids_for_path(job.source_path):
        if old != job.doc_id:
            remove_document(out, old)
            manifest.entries.pop(old, None)
    write_document(out, job.doc_id, year, datasets)
    manifest.put(Entry(doc_id=job.doc_id, source_path=job.source_path, status=outcome.status, year=year,
                       reason=outcome.reason, message=outcome.message, rows=outcome.rows,
                       seconds=round(outcome.seconds, 3), size=job.size))
    manifest.save()


def run(paths: list[Path], out: Path, *, force: bool = False, workers: int = 1, retry_failed: bool = False,
        timeout_s: float = DEFAULT_TIMEOUT_S, on_event: Callable[[str, Job | None, Outcome | None], None] | None = None,
        ) -> RunSummary:
    """Process every new or changed document under ``paths`` into ``out``. The caller holds the lock."""
    started = time.monotonic()
    out.mkdir(parents=True, exist_ok=True)
    clean_leftovers(out)
    manifest = Manifest.load(out)
    jobs, skipped, unreadable = plan_jobs(paths, manifest, force, retry_failed)
    summary = RunSummary(skipped=skipped, started_at=datetime.now(timezone.utc).isoformat(timespec="seconds"))
    summary.outcomes.extend(unreadable)
    emit = on_event or (lambda *a: None)
    emit("planned", None, None)
    for job, (outcome, datasets, year) in _execute(jobs, workers, timeout_s, emit):
        record_outcome(out, manifest, job, outcome, datasets, year)
        summary.outcomes.append(outcome)
        emit("finished" if outcome.status != "failed" else "failed", job, outcome)
    summary.seconds = time.monotonic() - started
    manifest.runs.append({"started_at": summary.started_at, "seconds": round(summary.seconds, 2),
                          "processed": len(summary.outcomes), "skipped": skipped, "failed": len(summary.failed)})
    manifest.save()
    return summary


def _execute(jobs: list[Job], workers: int, timeout_s: float, emit) -> Iterator[tuple[Job, tuple]]:
    """Run jobs one process per document slot; yields as each finishes. A job over its time limit has its
    worker process killed and is reported as failed (reason ``timeout``)."""
    if not jobs:
        return
    ctx = mp.get_context("spawn" if os.name == "nt" else "forkserver")
    pending = list(jobs)
    while pending:
        with ProcessPoolExecutor(max_workers=max(1, workers), mp_context=ctx) as pool:
            futures = []
            for job in pending:
                emit("started", job, None)
                futures.append((job, pool.submit(process_job, job)))
            pending = []
            deadline_hit = False
            for i, (job, fut) in enumerate(futures):
                try:
                    # the per-document limit counts from when the pool could start it; bounded overall
                    result = fut.result(timeout=timeout_s * (1 + i // max(1, workers)))
                except FutureTimeout:
                    deadline_hit = True
                    yield job, (Outcome(job.doc_id, job.source_path, "failed", reason="timeout",
                                        message=f"no result within {timeout_s:.0f} s"), None, None)
                    # the pool holds a stuck worker: requeue what did not finish into a fresh pool
                    pending = [j for j, f in futures[i + 1:] if not f.done()]
                    for j, f in futures[i + 1:]:
                        if f.done():
                            yield j, _safe_result(j, f)
                    _kill_pool(pool)
                    break
                except Exception as exc:  # the worker died (killed, out of memory)
                    yield job, (Outcome(job.doc_id, job.source_path, "failed", reason="worker_crashed",
                                        message=str(exc) or type(exc).__name__), None, None)
                    continue
                yield job, result
            if not deadline_hit:
                pending = []


def _safe_result(job: Job, fut) -> tuple:
    try:
        return fut.result(timeout=0)
    except Exception as exc:
        return (Outcome(job.doc_id, job.source_path, "failed", reason="worker_crashed", message=str(exc)), None, None)


def _kill_pool(pool: ProcessPoolExecutor) -> None:
    for proc in list(getattr(pool, "_processes", {}).values()):
        try:
            proc.kill()
        except Exception:
            pass
    pool.shutdown(wait=False, cancel_futures=True)
