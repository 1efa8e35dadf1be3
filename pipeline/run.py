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

Order of writes for one document (see :mod:`pipeline.writers` and :mod:`pipeline.manifest`):
1. drop the manifest entries the document replaces (same doc_id re-processed, or an older version of the
   same source path) and save the manifest — their files are now orphans;
2. remove the replaced versions' files; write the document's files (``documents`` last);
3. add the manifest entry and save it.
A kill anywhere leaves orphans at worst, which the next run removes before redoing their documents.
"""
from __future__ import annotations

import json
import multiprocessing as mp
import os
import signal
import sys
import time
import traceback
from dataclasses import dataclass, field
from datetime import datetime, timezone
from multiprocessing.connection import wait as mp_wait
from pathlib import Path
from typing import Any, Callable, Iterator

from extractors.model import ReaderError
from extractors.readers import SUPPORTED_SUFFIXES, TEXT_SUFFIXES, sniff_format
from pipeline.extract import extract_file, sha256_file
from pipeline.manifest import UNREADABLE_PREFIX, Entry, Manifest
from pipeline.schema import PER_DOCUMENT, PIPELINE_VERSION
from pipeline.table_summary import document_extras
from pipeline.institutions import REGISTRY_NAME, assign_ids, institution_rows, load_registry, referenced_ids
from pipeline.overrides import Overrides, apply_overrides, fingerprint, unmatched
from pipeline.datapackage import write_datapackage
from pipeline.writers import clean_leftovers, remove_document, to_rows, write_dataset_file, write_document

DEFAULT_TIMEOUT_S = 600.0
DEFAULT_MAX_MEMORY_MB = 2048
DEFAULT_MAX_TEXT_MB = 20
LOG_NAME = "_log.jsonl"
LOG_ROTATE_BYTES = 10 * 1024 * 1024
_POLL_S = 0.1


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

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    def rows_per_dataset(self) -> dict[str, int]:
        total: dict[str, int] = {}
        for o in self.outcomes:
            for k, v in o.rows.items():
                total[k] = total.get(k, 0) + v
        return total


# ---------------------------------------------------------------- planning

def discover(paths: list[Path]) -> Iterator[tuple[Path, str]]:
    """(file, source_path relative to the input root it was found under), supported formats only.

    Symbolic links are listed even when dangling, so a broken one is reported (reason ``unreadable``)
    instead of silently ignored; hidden files and folders are skipped."""
    for root in paths:
        if root.is_file() or (root.is_symlink() and not root.exists()):
            yield root, root.name
            continue
        if not root.exists():
            raise FileNotFoundError(f"input not found: {root}")
        for path in sorted(root.rglob("*")):
            rel = path.relative_to(root)
            if any(part.startswith(".") for part in rel.parts):
                continue
            if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                continue
            if path.is_file() or (path.is_symlink() and not path.exists()):
                yield path, str(rel)


def plan_jobs(paths: list[Path], manifest: Manifest, force: bool, retry_failed: bool,
              ) -> tuple[list[Job], int, list[tuple[Job, Outcome]]]:
    """Jobs for documents whose content hash the manifest does not hold (or holds as failed, with
    ``retry_failed``; or any, with ``force``). Returns (jobs, skipped, unreadable files as failed outcomes)."""
    jobs, skipped, _quarantined, unreadable = _plan(paths, manifest, force, retry_failed)
    return jobs, skipped, unreadable


def _plan(paths, manifest, force, retry_failed, overrides: Overrides | None = None):
    jobs: list[Job] = []
    skipped = quarantined = 0
    unreadable: list[tuple[Job, Outcome]] = []
    seen: set[str] = set()

    def wanted(entry: Entry | None) -> bool:
        nonlocal skipped, quarantined
        if entry is None or force or (entry.status == "failed" and retry_failed):
            return True
        if entry.status != "failed" and entry.overrides_fp != fingerprint(overrides, entry.doc_id):
            return True  # a reviewer's correction for it was added or changed
        skipped += 1
        quarantined += entry.status == "failed"
        return False

    for path, source in discover(paths):
        try:
            doc_id = sha256_file(path)
            size = path.stat().st_size
        except OSError as exc:
            pseudo = f"{UNREADABLE_PREFIX}{source}"
            if wanted(manifest.entries.get(pseudo)):
                job = Job(path=path, source_path=source, doc_id=pseudo, size=0)
                reason = "unreadable"
                unreadable.append((job, Outcome(pseudo, source, "failed", reason=reason,
                                                message=f"cannot read {path}: {exc.strerror or exc}")))
            continue
        if doc_id in seen:
            skipped += 1  # the same bytes under two names: one document
            continue
        seen.add(doc_id)
        if wanted(manifest.entries.get(doc_id)):
            jobs.append(Job(path=path, source_path=source, doc_id=doc_id, size=size))
    return jobs, skipped, quarantined, unreadable


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
        return failed("unreadable", f"cannot read {job.path}: {exc.strerror or exc}")
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


def _die_with_parent() -> None:
    """Linux: SIGKILL this process when its parent dies (the main process was killed)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except Exception:
        pass


def _worker_main(conn, job: Job, extract: Callable, max_memory_mb: float | None, max_text_mb: float) -> None:
    _die_with_parent()
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


# ---------------------------------------------------------------- writing

def failed_document_row(outcome: Outcome) -> dict[str, list[dict]]:
    """A failed document is still recorded in `documents`, with the reason."""
    fmt = Path(outcome.source_path).suffix.lower().lstrip(".") or "txt"
    row = {"doc_id": outcome.doc_id, "source_path": outcome.source_path, "format": fmt, "doc_type": "other",
           "status": "failed", "warnings": [f"failed:{outcome.reason}"], "pipeline_version": PIPELINE_VERSION,
           "ingested_at": datetime.now(timezone.utc), "error": outcome.message}
    return {"documents": [row], **{name: [] for name in PER_DOCUMENT if name != "documents"}}


def record_outcome(out: Path, manifest: Manifest, job: Job, outcome: Outcome,
                   datasets: dict[str, list[dict]] | None, year: int | None, overrides_fp: str | None = None) -> None:
    """Write a document's files, then its manifest entry (order explained in the module docstring)."""
    pseudo = job.doc_id.startswith(UNREADABLE_PREFIX)
    if datasets is None:
        datasets = failed_document_row(outcome)
        year = None
        outcome.rows = {} if pseudo else {k: len(v) for k, v in datasets.items()}
    # 1. entries this document replaces leave the manifest first: from now on their files are orphans
    replaced = [d for d in manifest.doc_ids_for_path(job.source_path) if d != job.doc_id]
    if job.doc_id in manifest.entries:
        replaced.append(job.doc_id)
    if replaced:
        for old in replaced:
            manifest.entries.pop(old, None)
        manifest.save()
    # 2. files
    for old in replaced:
        if old != job.doc_id:
            remove_document(out, old)  # a file that changed keeps its path but gets a new doc_id
    if not pseudo:  # an unreadable file has no doc_id to key rows by
        write_document(out, job.doc_id, year, datasets)
    # 3. the entry
    manifest.put(Entry(doc_id=job.doc_id, source_path=job.source_path, status=outcome.status, year=year,
                       reason=outcome.reason, message=outcome.message, rows=outcome.rows,
                       seconds=round(outcome.seconds, 3), size=job.size, overrides_fp=overrides_fp))
    manifest.save()


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
        overrides: Overrides | None = None) -> RunSummary:
    """Process every new or changed document under ``paths`` into ``out``. The caller holds the lock.

    ``log_path``: where the JSON-lines events go (True: ``<out>/_log.jsonl``; None/False: nowhere).
    ``extract``: the per-document extraction (a module-level function, it is sent to worker processes).
    ``executor``: runs the jobs elsewhere (e.g. ``lambda jobs, emit: execute_dask(jobs, addr, timeout_s,
    emit=emit)``); called as ``executor(jobs, emit)``, it yields ``(job, (outcome, datasets, year))`` and calls
    ``emit("started", job, None)`` per job. Default: local worker processes (:func:`_execute`).
    ``overrides``: reviewers' corrections, applied to each document's rows before they are written.

    Institution ids (issuers, partners) are assigned here, in the one process that writes, from the
    registry the output folder grows (``_institutions.csv``); the ``institutions`` dataset is rebuilt at the end.
    """
    started = time.monotonic()
    out.mkdir(parents=True, exist_ok=True)
    log = EventLog(out / LOG_NAME if log_path is True else (Path(log_path) if log_path else None))
    summary = RunSummary(started_at=datetime.now(timezone.utc).isoformat(timespec="seconds"), log_path=log.path)
    emit = on_event or (lambda *a: None)
    try:
        manifest = Manifest.load(out)
        if manifest.recovered_from:
            log.write("manifest_recovered", moved_aside=manifest.recovered_from)
        summary.cleaned = clean_leftovers(out, known=manifest.entries.keys())
        jobs, summary.skipped, summary.quarantined, unreadable = _plan(paths, manifest, force, retry_failed,
                                                                          overrides)
        log.write("run_started", pid=os.getpid(), inputs=[str(p) for p in paths], out=str(out), to_process=len(jobs),
                  unreadable=len(unreadable), skipped=summary.skipped, quarantined=summary.quarantined,
                  cleaned=summary.cleaned, timeout_s=timeout_s, max_memory_mb=max_memory_mb,
                  pipeline_version=PIPELINE_VERSION)
        emit("planned", None, Planned(len(jobs) + len(unreadable), sum(j.size or 0 for j in jobs)))

        registry = load_registry(out)
        applied: list[str] = []

        def finish(job: Job, outcome: Outcome, datasets, year) -> None:
            if datasets is not None:
                applied.extend(apply_overrides(job.doc_id, datasets, overrides))
                assign_ids(datasets, registry)
            record_outcome(out, manifest, job, outcome, datasets, year, fingerprint(overrides, job.doc_id))
            summary.outcomes.append(outcome)
            kind = "failed" if outcome.status == "failed" else "finished"
            fields: dict[str, Any] = {"doc_id": outcome.doc_id, "source_path": outcome.source_path,
                                      "status": outcome.status, "seconds": round(outcome.seconds, 3)}
            if kind == "failed":
                fields.update(reason=outcome.reason, message=outcome.message)
            else:
                fields.update(rows=outcome.rows, warnings=outcome.warnings)
            log.write(kind, **fields)
            emit(kind, job, outcome)

        for job, outcome in unreadable:
            log.write("started", doc_id=job.doc_id, source_path=job.source_path, size=None)
            emit("started", job, None)
            finish(job, outcome, None, None)

        def started_job(job: Job) -> None:
            log.write("started", doc_id=job.doc_id, source_path=job.source_path, size=job.size)
            emit("started", job, None)

        if executor is None:
            results = _execute(jobs, workers, timeout_s, started_job, max_memory_mb, max_text_mb, extract)
        else:
            results = executor(jobs, lambda kind, job, outcome: started_job(job) if kind == "started" else None)
        for job, (outcome, datasets, year) in results:
            finish(job, outcome, datasets, year)
        if summary.outcomes:
            registry.save(out / REGISTRY_NAME)
            write_dataset_file(out, "institutions", institution_rows(registry, referenced_ids(out)))
        write_datapackage(out)  # the published schema lists the files: refreshed (if changed) after every run
        summary.overrides_unmatched = [str(u) for u in unmatched(overrides, applied,
                                                                  doc_ids=[o.doc_id for o in summary.outcomes])]
        if summary.overrides_unmatched:
            log.write("overrides_unmatched", items=summary.overrides_unmatched)
        summary.seconds = time.monotonic() - started
        manifest.runs.append({"started_at": summary.started_at, "seconds": round(summary.seconds, 2),
                              "processed": len(summary.outcomes), "skipped": summary.skipped,
                              "quarantined": summary.quarantined, "failed": len(summary.failed),
                              "rows": summary.rows_per_dataset()})
        manifest.save()
        log.write("run_finished", processed=len(summary.outcomes), failed=len(summary.failed),
                  skipped=summary.skipped, quarantined=summary.quarantined, rows=summary.rows_per_dataset(),
                  seconds=round(summary.seconds, 3))
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
        from pipeline.extract import extract_document

        doc = Document(source_path="warm-up.txt", doc_id="0" * 64, format="txt", blocks=parse_text(_WARM_UP_TEXT))
        extract_document(doc)
    except Exception:
        pass


def _context():
    if os.name == "nt":
        return mp.get_context("spawn")
    ctx = mp.get_context("forkserver")  # no inherited lock descriptor, cheap forks of a preloaded server
    ctx.set_forkserver_preload(["pipeline._worker_preload"])
    return ctx


class _MainNotReimported:
    """Workers would re-run the main script (multiprocessing's spawn semantics) unless it is guarded by
    ``if __name__ == "__main__"``; a worker needs nothing from it, so hide it while a worker starts."""

    def __enter__(self):
        self.main = sys.modules.get("__main__")
        self.had = hasattr(self.main, "__spec__")
        self.spec = getattr(self.main, "__spec__", None)
        if self.main is not None:
            from types import SimpleNamespace

            self.main.__spec__ = SimpleNamespace(name="__main__")
        return self

    def __exit__(self, *exc):
        if self.main is not None:
            self.main.__spec__ = self.spec


def _execute(jobs: list[Job], workers: int, timeout_s: float, on_start: Callable[[Job], None],
             max_memory_mb: float | None = DEFAULT_MAX_MEMORY_MB, max_text_mb: float = DEFAULT_MAX_TEXT_MB,
             extract: Callable = extract_file) -> Iterator[tuple[Job, tuple]]:
    """One process per document, at most ``workers`` at a time; yields (job, result) as each ends.

    The deadline of a document counts from the start of its own process, so it is exact per document."""
    if not jobs:
        return
    ctx = _context()
    pending = list(jobs)
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
                with _MainNotReimported():
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


def _kill(slot: _Slot) -> None:
    try:
        slot.proc.kill()
        slot.proc.join(5)
    except Exception:
        pass
    try:
        slot.conn.close()
    except Exception:
        pass
