"""Orchestration: discover files, skip what the manifest holds, extract in worker processes, write, report.

The main process owns the output folder (the caller holds its lock; this module writes the files, the manifest
and the JSON-lines log); workers only read a document and return rows, so a crashed worker can never leave a
half-written dataset. Each document runs in **its own worker process** with an exact deadline counted from the
moment that process started: a worker over the time limit is killed and the document is recorded as failed
with reason ``timeout``. Memory is guarded twice: the worker's address space is capped with
``RLIMIT_AS`` (a ``MemoryError`` inside it becomes reason ``out_of_memory``) and the main process polls the
worker's resident memory and kills it above the limit (also ``out_of_memory``). A worker that dies any other
way is reported as ``worker_crashed``. Workers die with the main process (``PR_SET_PDEATHSIG`` on Linux), so
``kill -9`` of a run leaves no process behind.

Which inputs are read is decided by :mod:`pipeline.plan` (document identity: content and locations); one
document's outcome is written by :mod:`pipeline.store` in a kill-safe order (files, side files, then the
manifest entry). After the documents, a run recomputes which documents are copies of one publication
(:mod:`pipeline.duplicates`) and, with ``prune``, drops the documents whose every location is gone
(:mod:`pipeline.prune`).
"""
from __future__ import annotations

import errno
import json
import os
import signal
import sys
import time
import traceback
from dataclasses import dataclass, field
from functools import partial
from datetime import datetime, timezone
from multiprocessing.connection import wait as mp_wait
from pathlib import Path
from typing import Any, Callable, Iterator

from extractors.model import ReaderError
from extractors.readers import TEXT_SUFFIXES, sniff_format
from pipeline import duplicates
from pipeline.table_summary import document_extras
from pipeline.datapackage import write_datapackage
from pipeline.discovery import discover  # noqa: F401  (part of this module's interface)
from pipeline.extraction import extract_file
from pipeline.institutions import InstitutionFiles, assign_ids
from pipeline.manifest import Manifest
from pipeline.overrides import Overrides, apply_overrides, fingerprint, unmatched
from pipeline.plan import Job, Outcome, make_plan
from pipeline.pool import MainNotReimported, context, die_with_parent, prestart
from pipeline.schema import PER_DOCUMENT, PIPELINE_VERSION
from pipeline.store import record_outcome, relocate  # noqa: F401  (record_outcome: interface)
from pipeline.writers import clean_leftovers, to_rows

DEFAULT_TIMEOUT_S = 600.0
DEFAULT_MAX_MEMORY_MB = 2048
DEFAULT_MAX_TEXT_MB = 20
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


# ---------------------------------------------------------------- one document (runs in a worker)

def process_job(job: Job, extract: Callable = extract_file, max_text_mb: float = DEFAULT_MAX_TEXT_MB,
                ) -> tuple[Outcome, dict[str, list[dict]] | None, int | None]:
    """Extract one document; never raises (every failure becomes an Outcome with a reason)."""
    started = time.monotonic()

    def failed(reason: str, message: str):
        return Outcome(job.doc_id, job.source_path, "failed", reason=reason, message=message,
                       seconds=time.monotonic() - started), None, None

    try:
        if max_text_mb and job.size > max_text_mb * 1024 * 1024:
            with open(job.path, "rb") as fh:
                head = fh.read(2048)
            if sniff_format(job.path, head) in set(TEXT_SUFFIXES.values()):
                return failed("file_too_large", f"text export of {job.size / 2**20:.1f} MB is over the "
                              f"{max_text_mb:g} MB limit for text files (a plan's text is well under 1 MB)")
        result = extract(job.path, job.source_path, job.doc_id)
    except ReaderError as exc:
        return failed(exc.reason, str(exc))
    except MemoryError:
        return failed("out_of_memory", "the document needed more memory than allowed")
    except RecursionError:
        return failed("extraction_error", "the document's structure is nested too deeply (recursion limit)")
    except OSError as exc:
        return failed(*_os_error_reason(exc, job.path))
    except Exception as exc:  # a bug or an input we do not understand: keep the run going, say what happened
        tb = traceback.format_exception_only(type(exc), exc)[-1].strip()
        return failed("extraction_error", tb)
    doc = result.document
    doc.ingested_at = datetime.now(timezone.utc)
    datasets: dict[str, list[dict]] = {"documents": to_rows([doc])}
    datasets["documents"][0].update(document_extras(result))  # coverage, n_tables_unread
    for name in PER_DOCUMENT:
        if name != "documents":
            datasets[name] = to_rows(getattr(result, name, ()), doc_id=job.doc_id)
    warnings = sum(len(r.get("warnings") or []) for rows in datasets.values() for r in rows)
    outcome = Outcome(job.doc_id, job.source_path, doc.status, rows={k: len(v) for k, v in datasets.items()},
                      seconds=time.monotonic() - started, warnings=warnings)
    return outcome, datasets, doc.year


def _os_error_reason(exc: OSError, path: Path) -> tuple[str, str]:
    """An OSError is ``unreadable`` only when it is about the input file itself: a helper program that could
    not be started for lack of memory (fork under the address-space cap) is ``out_of_memory``, any other
    (a missing helper program, a temporary file) is ``extraction_error`` with what failed."""
    if exc.errno == errno.ENOMEM:
        return "out_of_memory", f"not enough memory while reading the document: {exc.strerror or exc}"
    if exc.filename is None or os.path.abspath(str(exc.filename)) == os.path.abspath(str(path)):
        return "unreadable", f"cannot read {path}: {exc.strerror or exc}"
    return "extraction_error", f"{type(exc).__name__}: {exc}"


def _worker_main(conn, job: Job, extract: Callable, max_memory_mb: float | None, max_text_mb: float) -> None:
    die_with_parent()
    if hasattr(os, "setpgid"):
        # its own process group, so a stop (timeout, memory) also reaches the programs it started (tesseract)
        try:
            os.setpgid(0, 0)
        except OSError:
            pass
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's business
    if max_memory_mb:
        try:
            import resource

            import psutil

            # the cap is on address space, which counts mappings that hold no memory: allow the
            # process's current size plus twice the limit; the main process polls resident memory.
            cap = psutil.Process().memory_info().vms + int(2 * max_memory_mb * 2**20)
            resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
        except Exception:
            pass
    result = process_job(job, extract, max_text_mb)
    try:
        conn.send(result)
    except MemoryError:
        conn.send((Outcome(job.doc_id, job.source_path, "failed", reason="out_of_memory",
                           message="the document's rows needed more memory than allowed"), None, None))
    except Exception as exc:
        conn.send((Outcome(job.doc_id, job.source_path, "failed", reason="extraction_error",
                           message=f"rows could not be sent back: {exc}"), None, None))
    conn.close()


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
        log_path: Path | None | bool = True, extract: Callable = extract_file,
        executor: Callable[[list[Job], Callable], Iterator[tuple[Job, tuple]]] | None = None,
        overrides: Overrides | None = None, prefer: str | None = None, prune: bool = False,
        password: str | None = None) -> RunSummary:
    """Process every new or changed document under ``paths`` into ``out``. The caller holds the lock.

    ``log_path``: where the JSON-lines events go (True: ``<out>/_log.jsonl``; None/False: nowhere).
    ``extract``: the per-document extraction (a module-level function, it is sent to worker processes).
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
    out.mkdir(parents=True, exist_ok=True)
    log = EventLog(out / LOG_NAME if log_path is True else (Path(log_path) if log_path else None))
    summary = RunSummary(started_at=datetime.now(timezone.utc).isoformat(timespec="seconds"), log_path=log.path)
    emit = on_event or (lambda *a: None)
    if password:
        if executor is not None:  # the cluster's tasks read with their own extraction: it would be lost
            raise ValueError("a password is not sent to a cluster executor: run protected PDFs locally")
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
                fields.update(rows=outcome.rows, warnings=outcome.warnings)
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

        if executor is None:
            results = _execute(plan.jobs, workers, timeout_s, started_job, max_memory_mb, max_text_mb, extract)
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
                  rows=summary.rows_per_dataset(), seconds=round(summary.seconds, 3))
    except BaseException as exc:
        log.write("run_aborted", error=f"{type(exc).__name__}: {exc}")
        raise
    finally:
        log.close()
    return summary


# ---------------------------------------------------------------- worker processes

@dataclass
class _Slot:
    job: Job
    proc: Any
    conn: Any
    started: float
    deadline: float
    ps: Any = None


_WARM_UP_TEXT = """PLAN ANUAL DE ACȚIUNE PRIVIND SERVICIILE SOCIALE
pentru anul 2023, Direcția Generală de Asistență Socială a Municipiului București

CAPITOLUL I
A. Servicii sociale existente

Nr. crt.\tCod serviciu social\tDenumirea serviciului social\tCapacitate\tBuget local (mii lei)
1.\t8730 CR-V-I\tCămin pentru persoane vârstnice\t42\t1.234,50
2.\t8891 CZ-C-II\tCentru de zi pentru copii\t30\t5.443

În anul 2021 au fost acordate 1.250 de ajutoare sociale, iar 340 de persoane au beneficiat de servicii.
S-a încheiat un protocol de colaborare nr. 12/03.04.2021 cu Asociația Speranța, județul Neamț.
Programul de contractare: achiziție servicii de îngrijire, cod CPV 85311200-4, valoare estimată 100.000 lei.
"""


def warm_up() -> None:
    """Run one small in-memory document through the whole extraction, so the lazily built lookups (nomenclator,
    SIRUTA, institution registry, spaCy pipeline) exist before the fork server forks workers from it; each
    worker then starts warm instead of paying seconds of set-up per document. Never raises."""
    try:
        from extractors.model import Document
        from extractors.readers.text import parse_text
        from pipeline.extraction import extract_document

        doc = Document(source_path="warm-up.txt", doc_id="0" * 64, format="txt", blocks=parse_text(_WARM_UP_TEXT))
        extract_document(doc)
    except Exception:
        pass


def _execute(jobs: list[Job], workers: int, timeout_s: float, on_start: Callable[[Job], None],
             max_memory_mb: float | None = DEFAULT_MAX_MEMORY_MB, max_text_mb: float = DEFAULT_MAX_TEXT_MB,
             extract: Callable = extract_file) -> Iterator[tuple[Job, tuple]]:
    """One process per document, at most ``workers`` at a time; yields (job, result) as each ends.

    The deadline of a document counts from the start of its own process, so it is exact per document.
    With several workers the largest documents start first (longest job first): a large document started last
    would leave the other workers idle at the end of the run. One worker keeps the given order."""
    if not jobs:
        return
    ctx = context()
    pending = sorted(jobs, key=lambda j: -(j.size or 0)) if workers > 1 else list(jobs)
    running: list[_Slot] = []
    limit_bytes = int(max_memory_mb * 2**20) if max_memory_mb else None
    try:
        while pending or running:
            while pending and len(running) < max(1, workers):
                job = pending.pop(0)
                on_start(job)
                recv, send = ctx.Pipe(duplex=False)
                proc = ctx.Process(target=_worker_main, args=(send, job, extract, max_memory_mb, max_text_mb),
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
            nearest = min(s.deadline for s in running)
            mp_wait([s.conn for s in running] + [s.proc.sentinel for s in running],
                    timeout=max(0.0, min(_POLL_S, nearest - time.monotonic())))
            for slot in list(running):
                result = _poll_slot(slot, timeout_s, limit_bytes, max_memory_mb)
                if result is not None:
                    running.remove(slot)
                    yield slot.job, result
    finally:
        for slot in running:  # interrupted: leave no process behind
            _kill(slot)


def _failed(job: Job, reason: str, message: str, seconds: float) -> tuple:
    return Outcome(job.doc_id, job.source_path, "failed", reason=reason, message=message, seconds=seconds), None, None


def _poll_slot(slot: _Slot, timeout_s: float, limit_bytes: int | None, max_memory_mb) -> tuple | None:
    job = slot.job
    elapsed = time.monotonic() - slot.started
    if slot.conn.poll():
        try:
            result = slot.conn.recv()
        except (EOFError, OSError):
            result = None
        if result is not None:
            slot.conn.close()
            slot.proc.join(5)
            if slot.proc.is_alive():
                _kill(slot)
            result[0].seconds = elapsed  # wall time of the worker, the same clock as the deadline
            return result
    if not slot.proc.is_alive():
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
