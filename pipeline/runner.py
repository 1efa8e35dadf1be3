"""Orchestration: discover files, skip what the manifest holds, extract in worker processes, write, report.

The main process owns the output folder (the caller holds its lock; this module writes the files, the manifest
and the JSON-lines log); workers only read a document and return rows, so a crashed worker can never leave a
half-written dataset. Each document runs in **its own worker process** with an exact deadline counted from the
moment that process started: a worker over the time limit is killed and the document is recorded as failed
with reason ``timeout``. Memory is guarded twice: the worker's address space is capped with
``RLIMIT_AS`` (a ``MemoryError`` inside it becomes reason ``out_of_memory``) and the main process polls the
worker's resident memory and kills it above the limit (also ``out_of_memory``). A worker that dies any other
way is reported as ``worker_crashed``. Workers die with the main process (``PR_SET_PDEATHSIG`` on Linux), so
``kill -9`` of a run leaves no process behind. What runs inside a worker is :mod:`pipeline.worker` (this module,
Arrow and the writers are the main process's); a worker sends its pages done during an OCR, then its result.

Which inputs are read is decided by :mod:`pipeline.plan` (document identity: content and locations); one
document's outcome is written by :mod:`pipeline.store` in a kill-safe order (files, side files, then the
manifest entry). After the documents, a run recomputes which documents are copies of one publication
(:mod:`pipeline.duplicates`) and, with ``prune``, drops the documents whose every location is gone
(:mod:`pipeline.prune`).
"""
from __future__ import annotations

import json
import os
import signal
import threading
import time
from dataclasses import dataclass, field
from functools import partial
from datetime import datetime, timezone
from multiprocessing.connection import wait as mp_wait
from pathlib import Path
from typing import Any, Callable, Iterator

from pipeline import duplicates
from pipeline.datapackage import write_datapackage
from pipeline.discovery import discover  # noqa: F401  (part of this module's interface)
from pipeline.institutions import InstitutionFiles, assign_ids
from pipeline.manifest import Manifest
from pipeline.overrides import Overrides, apply_overrides, fingerprint, unmatched
from pipeline.jobs import DEFAULT_MAX_TEXT_MB, PAGES, RESULT, PagesDone
from pipeline.plan import Job, Outcome, make_plan
from pipeline.pool import MainNotReimported, context, prestart, start_worker
from pipeline.schema import PIPELINE_VERSION
from pipeline.store import record_outcome, relocate  # noqa: F401  (record_outcome: interface)
from pipeline.writers import clean_leftovers

DEFAULT_TIMEOUT_S = 600.0
DEFAULT_MAX_MEMORY_MB = 2048
PAGES_LOG_EVERY = 10  # the JSON-lines log (and so a scheduler's view) gets a `pages` event every this many pages
LOG_NAME = "_log.jsonl"
LOG_ROTATE_BYTES = 10 * 1024 * 1024
_POLL_S = 0.1


@dataclass(frozen=True)
class Planned:
    """What a run will do, known before the first document starts (sent with the ``planned`` event)."""

    documents: int  # documents to process, unreadable ones included
    bytes: int  # their size on disk


@dataclass
class RunSummary:
    outcomes: list[Outcome] = field(default_factory=list)
    skipped: int = 0
    quarantined: int = 0  # failed before and unchanged: not retried (part of ``skipped``)
    cleaned: dict[str, int] = field(default_factory=dict)
    started_at: str = ""
    seconds: float = 0.0
    log_path: Path | None = None
    overrides_unmatched: list[str] = field(default_factory=list)
    unsupported: dict[str, int] = field(default_factory=dict)  # suffix -> files in an unsupported format
    replaced: list[tuple[str, str, str]] = field(default_factory=list)  # (location, old doc_id, new doc_id)
    relocated: int = 0  # unchanged documents found at new locations
    duplicates: int = 0  # documents marked as copies of another (duplicate_of), in the whole output folder
    pruned: list[str] = field(default_factory=list)  # source paths of documents dropped by --prune

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    @property
    def processed(self) -> list[Outcome]:
        """Documents read in this run (inputs recorded unread, such as unsupported formats, left out)."""
        return [o for o in self.outcomes if o.status != "skipped"]

    def tables_not_understood(self) -> int:
        """Tables holding codes, CPV codes or money that gave no record, over the documents read in this run."""
        return sum(o.tables_not_understood for o in self.outcomes)

    def rows_per_dataset(self) -> dict[str, int]:
        total: dict[str, int] = {}
        for o in self.outcomes:
            for k, v in o.rows.items():
                total[k] = total.get(k, 0) + v
        return total


def plan_jobs(paths: list[Path], manifest: Manifest, force: bool, retry_failed: bool,
              ) -> tuple[list[Job], int, list[tuple[Job, Outcome]]]:
    """Jobs for documents to read, how many are unchanged, and the inputs recorded unread (see
    :func:`pipeline.plan.make_plan`, which also lists the documents that only gained a location)."""
    plan = make_plan(paths, manifest, force, retry_failed)
    return plan.jobs, plan.skipped, plan.unread


# ---------------------------------------------------------------- the JSON-lines log

class EventLog:
    """Appends one JSON object per line to the run log (``<out>/_log.jsonl`` by default)."""

    def __init__(self, path: Path | None):
        self.path = path
        self.fh = None
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                if path.stat().st_size > LOG_ROTATE_BYTES:
                    os.replace(path, path.with_name(path.name + ".1"))
            except OSError:
                pass
            self.fh = open(path, "a", encoding="utf-8")

    def write(self, event: str, **fields: Any) -> None:
        if self.fh is None:
            return
        rec = {"ts": datetime.now(timezone.utc).isoformat(timespec="milliseconds"), "event": event, **fields}
        self.fh.write(json.dumps(rec, ensure_ascii=False, default=str) + "\n")
        self.fh.flush()

    def close(self) -> None:
        if self.fh is not None:
            self.fh.close()
            self.fh = None


# ---------------------------------------------------------------- the run

def run(paths: list[Path], out: Path, *, force: bool = False, workers: int = 1, retry_failed: bool = False,
        timeout_s: float = DEFAULT_TIMEOUT_S, on_event: Callable[[str, Job | None, Outcome | None], None] | None = None,
        max_memory_mb: float | None = DEFAULT_MAX_MEMORY_MB, max_text_mb: float = DEFAULT_MAX_TEXT_MB,
        log_path: Path | None | bool = True, extract: Callable | None = None,
        executor: Callable[[list[Job], Callable], Iterator[tuple[Job, tuple]]] | None = None,
        overrides: Overrides | None = None, prefer: str | None = None, prune: bool = False,
        password: str | None = None) -> RunSummary:
    """Process every new or changed document under ``paths`` into ``out``. The caller holds the lock.

    ``on_event(kind, job, payload)``: ``planned`` (a :class:`Planned`), ``started``, ``pages`` (a
    :class:`pipeline.jobs.PagesDone`, during an OCR), ``finished`` / ``failed`` (the :class:`Outcome`).
    ``log_path``: where the JSON-lines events go (True: ``<out>/_log.jsonl``; None/False: nowhere).
    ``extract``: the per-document extraction (a module-level function, it is sent to worker processes; None:
    :func:`pipeline.extraction.extract_file`, which this process then never imports: only workers extract).
    ``executor``: runs the jobs elsewhere (e.g. ``lambda jobs, emit: execute_dask(jobs, addr, timeout_s,
    emit=emit)``); called as ``executor(jobs, emit)``, it yields ``(job, (outcome, datasets, year))`` and calls
    ``emit("started", job, None)`` per job. Default: local worker processes (:func:`_execute`).
    ``overrides``: reviewers' corrections, applied to each document's rows before they are written.
    ``prefer``: which copy of a publication is kept (``coverage``, ``pdf``, ``docx``, ``txt``; None: the
    choice of the last run that gave one, else ``coverage``). ``prune``: afterwards drop the documents whose
    every location is gone (:func:`pipeline.prune.prune`).
    ``password``: opens the password-protected PDFs among the inputs (given to ``extract``; never logged).
    A protected PDF it does not open fails with ``encrypted_pdf`` like one without a password.

    Institution ids (issuers, partners) are assigned here, in the one process that writes, from the
    registry the output folder grows (``_institutions.csv``); the registry and the ``institutions`` dataset
    are written with each document, before its manifest entry.
    """
    started = time.monotonic()
    if executor is None:
        prestart()  # the workers' fork server loads while this process plans the run (pipeline.pool)
    threading.Thread(target=_warm_writing, name="warm-writing", daemon=True).start()
    out.mkdir(parents=True, exist_ok=True)
    log = EventLog(out / LOG_NAME if log_path is True else (Path(log_path) if log_path else None))
    summary = RunSummary(started_at=datetime.now(timezone.utc).isoformat(timespec="seconds"), log_path=log.path)
    emit = on_event or (lambda *a: None)
    if password:
        if executor is not None:  # the cluster's tasks read with their own extraction: it would be lost
            raise ValueError("a password is not sent to a cluster executor: run protected PDFs locally")
        if extract is None:
            from pipeline.extraction import extract_file as extract
        extract = partial(extract, password=password)  # a partial of a module function still pickles
    try:
        manifest = Manifest.load(out)
        if manifest.recovered_from:
            log.write("manifest_recovered", moved_aside=manifest.recovered_from)
        summary.cleaned = clean_leftovers(out, known=manifest.entries.keys())
        plan = make_plan(paths, manifest, force, retry_failed, overrides)
        summary.skipped, summary.quarantined = plan.skipped, plan.quarantined
        summary.unsupported = dict(sorted(plan.unsupported.items()))
        log.write("run_started", pid=os.getpid(), inputs=[str(p) for p in paths], out=str(out),
                  to_process=len(plan.jobs), unread=len(plan.unread), relocated=len(plan.relocations),
                  skipped=summary.skipped, quarantined=summary.quarantined, unsupported=summary.unsupported,
                  cleaned=summary.cleaned, timeout_s=timeout_s, max_memory_mb=max_memory_mb,
                  pipeline_version=PIPELINE_VERSION)
        emit("planned", None, Planned(len(plan.jobs) + len(plan.unread), sum(j.size or 0 for j in plan.jobs)))

        institutions = InstitutionFiles(out, manifest)
        applied: list[str] = []

        def replaced(location: str, old: str, new: str) -> None:
            summary.replaced.append((location, old, new))
            log.write("replaced", location=location, old_doc_id=old, new_doc_id=new)

        def finish(job: Job, outcome: Outcome, datasets, year) -> None:
            if datasets is not None:
                applied.extend(apply_overrides(job.doc_id, datasets, overrides))
                assign_ids(datasets, institutions.registry)
            record_outcome(out, manifest, job, outcome, datasets, year, fingerprint(overrides, job.doc_id),
                           side_files=institutions.document_written, on_replaced=replaced)
            summary.outcomes.append(outcome)
            kind = "failed" if outcome.status == "failed" else "finished"
            fields: dict[str, Any] = {"doc_id": outcome.doc_id, "source_path": outcome.source_path,
                                      "status": outcome.status, "seconds": round(outcome.seconds, 3)}
            if outcome.status in ("failed", "skipped"):
                fields.update(reason=outcome.reason, message=outcome.message)
            else:
                fields.update(rows=outcome.rows, warnings=outcome.warnings,
                              tables_not_understood=outcome.tables_not_understood)
            log.write(kind, **fields)
            emit(kind, job, outcome)

        for doc_id, locations in plan.relocations.items():
            relocate(out, manifest, doc_id, locations, on_replaced=replaced)
            summary.relocated += 1
        if plan.relocations:
            institutions.write_dataset()  # a document left without a location took its ids with it

        for job, outcome in plan.unread:
            log.write("started", doc_id=job.doc_id, source_path=job.source_path, size=None)
            emit("started", job, None)
            finish(job, outcome, None, None)

        def started_job(job: Job) -> None:
            log.write("started", doc_id=job.doc_id, source_path=job.source_path, size=job.size)
            emit("started", job, None)

        page_counts: dict[str, int | None] = {}

        def pages_done(job: Job, done: int) -> None:
            """A worker's progress through a long read (OCR): shown, and logged every PAGES_LOG_EVERY pages."""
            if job.doc_id not in page_counts:
                page_counts[job.doc_id] = _page_count(job, password)
            total = page_counts[job.doc_id]
            if done % PAGES_LOG_EVERY == 0 or done == total:
                log.write("pages", doc_id=job.doc_id, source_path=job.source_path, done=done, total=total)
            emit("pages", job, PagesDone(done, total))

        if executor is None:
            results = _execute(plan.jobs, workers, timeout_s, started_job, max_memory_mb, max_text_mb, extract,
                               on_pages=pages_done)
        else:
            results = executor(plan.jobs, lambda kind, job, outcome: started_job(job) if kind == "started" else None)
        for job, (outcome, datasets, year) in results:
            finish(job, outcome, datasets, year)
        if prune:
            from pipeline.prune import prune as prune_folder

            result = prune_folder(out, manifest)
            summary.pruned = [path for _, path in result.dropped]
            if result.dropped or result.relocated:
                institutions.write_dataset()
                log.write("pruned", dropped=[d for d, _ in result.dropped], relocated=result.relocated)
        summary.duplicates = duplicates.update(out, manifest, prefer)
        write_datapackage(out)  # the published schema lists the files: refreshed (if changed) after every run
        summary.overrides_unmatched = [str(u) for u in unmatched(overrides, applied,
                                                                  doc_ids=[o.doc_id for o in summary.outcomes])]
        if summary.overrides_unmatched:
            log.write("overrides_unmatched", items=summary.overrides_unmatched)
        summary.seconds = time.monotonic() - started
        manifest.runs.append({"started_at": summary.started_at, "seconds": round(summary.seconds, 2),
                              "processed": len(summary.processed), "skipped": summary.skipped,
                              "quarantined": summary.quarantined, "failed": len(summary.failed),
                              "unsupported": sum(summary.unsupported.values()), "replaced": len(summary.replaced),
                              "duplicates": summary.duplicates, "pruned": len(summary.pruned),
                              "rows": summary.rows_per_dataset()})
        manifest.save()
        log.write("run_finished", processed=len(summary.processed), failed=len(summary.failed),
                  skipped=summary.skipped, quarantined=summary.quarantined, unsupported=summary.unsupported,
                  replaced=len(summary.replaced), duplicates=summary.duplicates, pruned=len(summary.pruned),
                  rows=summary.rows_per_dataset(), tables_not_understood=summary.tables_not_understood(),
                  seconds=round(summary.seconds, 3))
    except BaseException as exc:
        log.write("run_aborted", error=f"{type(exc).__name__}: {exc}")
        raise
    finally:
        log.close()
    return summary


def _warm_writing() -> None:
    """Arrow imports pandas the first time it builds an array from Python objects (to check whether they are
    pandas objects): ~0.35 s of CPU that fell between the first document's result and its files. Done here, in a
    thread, while this process waits for the fork server and the first worker. Changes nothing written. (The
    ``run`` command's process has told Arrow that pandas is absent, :func:`pipeline.writers.arrow_without_pandas`;
    an API caller's process keeps pandas for its own use.)"""
    try:
        import pyarrow as pa

        pa.array([0])
    except Exception:
        pass


def _page_count(job: Job, password: str | None) -> int | None:
    """Pages of a PDF being OCR'd, read in this process when its worker reports its first page (the worker
    itself does not open the PDF again: pdfium is not safe to call beside its OCR threads). None if unknown."""
    try:
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(str(job.path), password=password)
        try:
            return len(pdf)
        finally:
            pdf.close()
    except Exception:
        return None


# ---------------------------------------------------------------- worker processes

@dataclass
class _Slot:
    job: Job
    proc: Any
    conn: Any
    started: float
    deadline: float
    ps: Any = None


def _execute(jobs: list[Job], workers: int, timeout_s: float, on_start: Callable[[Job], None],
             max_memory_mb: float | None = DEFAULT_MAX_MEMORY_MB, max_text_mb: float = DEFAULT_MAX_TEXT_MB,
             extract: Callable | None = None, on_pages: Callable[[Job, int], None] | None = None,
             ) -> Iterator[tuple[Job, tuple]]:
    """One process per document, at most ``workers`` at a time; yields (job, result) as each ends.
    ``on_pages(job, done)``: a worker's pages done so far in a long read (OCR), as it reports them.

    The deadline of a document counts from the start of its own process, so it is exact per document. The next
    documents are started before the ended ones are yielded, so they run while the caller writes those.
    With several workers the largest documents start first (longest job first): a large document started last
    would leave the other workers idle at the end of the run. One worker keeps the given order."""
    if not jobs:
        return
    ctx = context()
    pending = sorted(jobs, key=lambda j: -(j.size or 0)) if workers > 1 else list(jobs)
    running: list[_Slot] = []
    limit_bytes = int(max_memory_mb * 2**20) if max_memory_mb else None

    def fill() -> None:
        while pending and len(running) < max(1, workers):
            job = pending.pop(0)
            on_start(job)
            recv, send = ctx.Pipe(duplex=False)
            proc = ctx.Process(target=start_worker, args=(send, job, extract, max_memory_mb, max_text_mb),
                               name=f"pipeline-doc-{job.doc_id[:12]}", daemon=True)
            with MainNotReimported():
                proc.start()
            send.close()
            now = time.monotonic()
            slot = _Slot(job, proc, recv, now, now + timeout_s)
            try:
                import psutil

                slot.ps = psutil.Process(proc.pid)
            except Exception:
                slot.ps = None
            running.append(slot)

    try:
        while pending or running:
            fill()
            nearest = min(s.deadline for s in running)
            mp_wait([s.conn for s in running] + [s.proc.sentinel for s in running],
                    timeout=max(0.0, min(_POLL_S, nearest - time.monotonic())))
            ended = []
            for slot in list(running):
                result = _poll_slot(slot, timeout_s, limit_bytes, max_memory_mb, on_pages)
                if result is not None:
                    running.remove(slot)
                    ended.append((slot.job, result))
            if ended:
                fill()  # the next documents start before the caller writes these: no worker idles meanwhile
            yield from ended
    finally:
        for slot in running:  # interrupted: leave no process behind
            _kill(slot)


def _failed(job: Job, reason: str, message: str, seconds: float) -> tuple:
    return Outcome(job.doc_id, job.source_path, "failed", reason=reason, message=message, seconds=seconds), None, None


def _receive(slot: _Slot, on_pages: Callable[[Job, int], None] | None) -> tuple | None:
    """Read what the worker sent so far: its progress messages (passed on), then its result if it came."""
    while slot.conn.poll():
        try:
            kind, payload = slot.conn.recv()
        except (EOFError, OSError):
            return None
        if kind == RESULT:
            return payload
        if kind == PAGES and on_pages is not None:
            on_pages(slot.job, payload.done)
    return None


def _poll_slot(slot: _Slot, timeout_s: float, limit_bytes: int | None, max_memory_mb,
               on_pages: Callable[[Job, int], None] | None = None) -> tuple | None:
    job = slot.job
    elapsed = time.monotonic() - slot.started
    if slot.conn.poll():
        result = _receive(slot, on_pages)
        if result is not None:
            slot.conn.close()
            slot.proc.join(5)
            if slot.proc.is_alive():
                _kill(slot)
            result[0].seconds = elapsed  # wall time of the worker, the same clock as the deadline
            return result
    if not slot.proc.is_alive():
        result = _receive(slot, on_pages)  # its result may have come between the poll above and its exit
        if result is not None:
            slot.conn.close()
            slot.proc.join()
            result[0].seconds = elapsed
            return result
        _kill_group(slot.proc.pid)  # what it started must not outlive it
        slot.proc.join()
        code = slot.proc.exitcode
        slot.conn.close()
        how = f"signal {signal.Signals(-code).name}" if code is not None and code < 0 else f"exit code {code}"
        return _failed(job, "worker_crashed", f"the worker process died ({how}) while reading the document", elapsed)
    if elapsed >= timeout_s:
        _kill(slot)
        return _failed(job, "timeout", f"not finished within the {timeout_s:g} s limit per document; stopped", elapsed)
    if limit_bytes and slot.ps is not None:
        try:
            rss = slot.ps.memory_info().rss
        except Exception:
            rss = 0
        if rss > limit_bytes:
            _kill(slot)
            return _failed(job, "out_of_memory", f"used {rss / 2**20:.0f} MB, over the {max_memory_mb:g} MB limit "
                           "per document; stopped", elapsed)
    return None


def _kill_group(pid: int | None) -> None:
    """SIGKILL the process group a worker leads (also when the worker itself has just died: its children
    are still in the group)."""
    if not pid or not hasattr(os, "killpg"):
        return
    try:
        # the group's id is the worker's pid; no such group yet if the worker had not reached setpgid
        os.killpg(pid, signal.SIGKILL)
    except OSError:
        pass


def _kill(slot: _Slot) -> None:
    """Stop a worker and every process it started (its process group: OCR runs tesseract as a child)."""
    _kill_group(slot.proc.pid)
    try:
        slot.proc.kill()
        slot.proc.join(5)
    except Exception:
        pass
    try:
        slot.conn.close()
    except Exception:
        pass
