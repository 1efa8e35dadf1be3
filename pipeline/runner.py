"""Orchestration: discover files, skip what the manifest holds, extract in worker processes, write, report.

The main process owns the output folder (the caller holds its lock; this module writes the files, the manifest
and the JSON-lines log); workers only read a document and return rows, so a crashed worker can never leave a
half-written dataset. Each document runs in **its own worker process** with exact per-document limits
(time, memory), started and watched from a thread of the main process (:mod:`pipeline.scheduler`) while the main
thread writes the documents that ended. Workers die with the main process (``PR_SET_PDEATHSIG`` on Linux), so
``kill -9`` of a run leaves no process behind. What runs inside a worker is :mod:`pipeline.worker` (this module,
Arrow and the writers are the main process's); a worker sends its pages done during an OCR, then its result.

Which inputs are read is decided by :mod:`pipeline.plan` (document identity: content and locations); the
outcomes of the documents that ended together are written by :mod:`pipeline.store` in a kill-safe order (files,
side files, then the manifest entries). After the documents, a run recomputes which documents are copies of one
publication (:mod:`pipeline.duplicates`) and, with ``prune``, drops the documents whose every location is gone
(:mod:`pipeline.prune`).
"""
from __future__ import annotations

import json
import os
import threading
import time
from contextlib import ExitStack
from dataclasses import dataclass, field
from functools import partial
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterator

from pipeline import duplicates
from pipeline.datapackage import write_datapackage
from pipeline.discovery import discover  # noqa: F401  (part of this module's interface)
from pipeline.findings import Finding, counts, findings
from pipeline.institutions import InstitutionFiles, assign_ids
from pipeline.manifest import Manifest
from pipeline.overrides import Overrides, apply_overrides, fingerprint, unmatched
from pipeline.jobs import DEFAULT_MAX_TEXT_MB, PagesDone
from pipeline.plan import Job, Outcome, changed_since_planned, make_plan
from pipeline.pool import prestart
from pipeline.scheduler import DEFAULT_MAX_MEMORY_MB, PAGES_DONE, STARTED, LocalWorkers
from pipeline.schema import PIPELINE_VERSION
from pipeline.store import Finished, record_outcomes, relocate
from pipeline.store import record_outcome  # noqa: F401  (part of this module's interface)
from pipeline.writers import clean_leftovers, mark_empty_datasets

DEFAULT_TIMEOUT_S = 600.0
PAGES_LOG_EVERY = 10  # the JSON-lines log (and so a scheduler's view) gets a `pages` event every this many pages
LOG_NAME = "_log.jsonl"
LOG_ROTATE_BYTES = 10 * 1024 * 1024


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
    # source path of each document of this run that is a copy of another publication's file -> the original's
    copy_of: dict[str, str] = field(default_factory=dict)
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

    def findings(self) -> list[Finding]:
        """What looks wrong on the rows written by this run (warning kinds at the levels error and check)."""
        return findings(self.outcomes, copy_of=self.copy_of)

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
            # a text the pipeline did not make valid UTF-8 (an exception quoting a file name) must not stop the run
            self.fh = open(path, "a", encoding="utf-8", errors="backslashreplace")

    def write(self, event: str, **fields: Any) -> None:
        if self.fh is None:
            return
        rec = {"ts": datetime.now(timezone.utc).isoformat(timespec="milliseconds"), "event": event, **fields}
        self.fh.write(json.dumps(rec, ensure_ascii=False, default=str) + "\n")
        self.fh.flush()

    def close(self) -> None:
        if self.fh is not None:
            fh, self.fh = self.fh, None
            try:
                fh.close()
            except OSError:  # a full disk: the lines it held are lost, the run's own error says why
                pass


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
    ``emit("started", job, None)`` per job. Default: local worker processes (:class:`pipeline.scheduler.LocalWorkers`).
    ``overrides``: reviewers' corrections, applied to each document's rows before they are written.
    ``prefer``: which copy of a publication is kept (``coverage``, ``pdf``, ``docx``, ``txt``; None: the
    choice of the last run that gave one, else ``coverage``). ``prune``: afterwards drop the documents whose
    every location is gone (:func:`pipeline.prune.prune`).
    ``password``: opens the password-protected PDFs among the inputs (given to ``extract``; never logged).
    A protected PDF it does not open fails with ``encrypted_pdf`` like one without a password.

    Institution ids (issuers, partners) are assigned here, in the one process that writes, from the
    registry the output folder grows (``_institutions.csv``); the registry and the ``institutions`` dataset
    are written with each batch of documents that ended together, before their manifest entries.
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
    manifest: Manifest | None = None
    recorded = False  # the run's entry is in the manifest's history
    try:
        with ExitStack() as stack:  # leaving it stops the local workers (pipeline.scheduler)
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

            # the workers start now, from a thread (pipeline.scheduler): the first one as soon as the fork server is
            # ready, while this thread reads the institution registry and records the inputs that need no reading
            local = None
            if executor is None and plan.jobs:
                local = stack.enter_context(LocalWorkers(plan.jobs, workers, timeout_s, max_memory_mb, max_text_mb,
                                                         extract))
            institutions = InstitutionFiles(out, manifest)
            applied: list[str] = []

            def replaced(location: str, old: str, new: str) -> None:
                summary.replaced.append((location, old, new))
                log.write("replaced", location=location, old_doc_id=old, new_doc_id=new)

            def finish(ended: list[tuple[Job, tuple]]) -> None:
                """Write documents that ended (one batch: see pipeline.store.record_outcomes), then tell of each."""
                batch = []
                for job, (outcome, datasets, year) in ended:
                    instead = changed_since_planned(job, outcome)
                    if instead is not None:  # the rows (if any) are not those of the bytes planned
                        outcome, datasets, year = instead, None, None
                    if datasets is not None:
                        applied.extend(apply_overrides(job.doc_id, datasets, overrides))
                        assign_ids(datasets, institutions.registry)
                    batch.append(Finished(job, outcome, datasets, year, fingerprint(overrides, job.doc_id)))
                record_outcomes(out, manifest, batch, side_files=institutions.documents_written, on_replaced=replaced)
                for item in batch:
                    outcome = item.outcome
                    summary.outcomes.append(outcome)
                    kind = "failed" if outcome.status == "failed" else "finished"
                    fields: dict[str, Any] = {"doc_id": outcome.doc_id, "source_path": outcome.source_path,
                                              "status": outcome.status, "seconds": round(outcome.seconds, 3)}
                    if outcome.status in ("failed", "skipped"):
                        fields.update(reason=outcome.reason, message=outcome.message)
                    else:
                        fields.update(rows=outcome.rows, warnings=outcome.warnings,
                                      tables_not_understood=outcome.tables_not_understood,
                                      warning_kinds={k: v.rows for k, v in outcome.warning_kinds.items()})
                        if outcome.status == "partial":
                            fields.update(partial_reasons=outcome.partial_reasons)
                    log.write(kind, **fields)
                    emit(kind, item.job, outcome)

            for doc_id, locations in plan.relocations.items():
                relocate(out, manifest, doc_id, locations, on_replaced=replaced)
                summary.relocated += 1
            if plan.relocations:
                institutions.write_dataset()  # a document left without a location took its ids with it

            for job, _ in plan.unread:
                log.write("started", doc_id=job.doc_id, source_path=job.source_path, size=None)
                emit("started", job, None)
            if plan.unread:
                finish([(job, (outcome, None, None)) for job, outcome in plan.unread])

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

            if executor is not None:
                tell = lambda kind, job, _: started_job(job) if kind == "started" else None  # noqa: E731
                for job, result in executor(plan.jobs, tell):
                    finish([(job, result)])
            elif local is not None:
                for events in local.batches():
                    ended = []
                    for kind, job, payload in events:
                        if kind == STARTED:
                            started_job(job)
                        elif kind == PAGES_DONE:
                            pages_done(job, payload)
                        else:
                            ended.append((job, payload))
                    if ended:
                        finish(ended)
                        local.written(len(ended))
            if prune:
                from pipeline.prune import prune as prune_folder

                result = prune_folder(out, manifest)
                summary.pruned = [path for _, path in result.dropped]
                if result.dropped or result.relocated:
                    institutions.write_dataset()
                    log.write("pruned", dropped=[d for d, _ in result.dropped], relocated=result.relocated)
            summary.duplicates = duplicates.update(out, manifest, prefer, save=False)  # saved below, with the run
            summary.copy_of = duplicates.copies_of(manifest, summary.outcomes)
            mark_empty_datasets(out)  # an empty dataset keeps a file with its columns (pipeline.writers)
            write_datapackage(out)  # the published schema lists the files: refreshed (if changed) after every run
            summary.overrides_unmatched = [str(u) for u in unmatched(overrides, applied,
                                                                      doc_ids=[o.doc_id for o in summary.outcomes])]
            if summary.overrides_unmatched:
                log.write("overrides_unmatched", items=summary.overrides_unmatched)
            summary.seconds = time.monotonic() - started
            manifest.runs.append(_history_entry(summary))
            recorded = True
            manifest.save(compact=True)  # the folder ends with its whole manifest in _manifest.json
            log.write("run_finished", processed=len(summary.processed), failed=len(summary.failed),
                      skipped=summary.skipped, quarantined=summary.quarantined, unsupported=summary.unsupported,
                      replaced=len(summary.replaced), duplicates=summary.duplicates, pruned=len(summary.pruned),
                      rows=summary.rows_per_dataset(), tables_not_understood=summary.tables_not_understood(),
                      to_check=counts(summary.findings()), seconds=round(summary.seconds, 3))
    except BaseException as exc:
        stopped: dict[str, Any] = {}
        if isinstance(exc, KeyboardInterrupt):
            stopped = {"stopped": getattr(exc, "signal_name", "SIGINT"), "processed": len(summary.processed)}
        if stopped and manifest is not None and not recorded:
            # Ctrl-C or SIGTERM: the documents recorded so far are whole and kept, and so is the run's entry in the
            # history, marked stopped (a full disk or a bug records nothing more: the disk may not take it)
            summary.seconds = time.monotonic() - started
            manifest.runs.append({**_history_entry(summary), "stopped": stopped["stopped"]})
            try:
                manifest.save_runs()
            except OSError:
                pass
        try:
            log.write("run_aborted", error=f"{type(exc).__name__}: {exc}", **stopped)
        except OSError:  # the disk that stopped the run may not take the log line either: the error goes on
            pass
        raise
    finally:
        log.close()
    return summary


def _history_entry(summary: RunSummary) -> dict[str, Any]:
    """The run's entry in the manifest's run history (``pipeline status`` shows the last one)."""
    return {"started_at": summary.started_at, "seconds": round(summary.seconds, 2),
            "processed": len(summary.processed), "skipped": summary.skipped,
            "quarantined": summary.quarantined, "failed": len(summary.failed),
            "unsupported": sum(summary.unsupported.values()), "replaced": len(summary.replaced),
            "duplicates": summary.duplicates, "pruned": len(summary.pruned),
            "rows": summary.rows_per_dataset(),
            "to_check": {kind: c["rows"] for kind, c in counts(summary.findings()).items()}}


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
