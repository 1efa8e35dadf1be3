"""The worker side of a run: one document in its own process, and what that process loads beforehand.

Each document runs in a process forked from the fork server (:mod:`pipeline.pool`), which imported this module
and ran :func:`warm_up` once. This module therefore imports only what extraction needs — no Arrow, YAML, writers,
manifest or planning: those belong to the main process (:mod:`pipeline.runner`) and would only lengthen the fork
server's start, which is on the critical path of every run.

A worker talks to the main process over one pipe: :class:`PagesDone` messages while a long read (OCR) goes on,
then one result ``(outcome, datasets, year)``. Each message is a ``(kind, payload)`` pair
(:data:`pipeline.jobs.PAGES`, :data:`pipeline.jobs.RESULT`).
"""
from __future__ import annotations

import errno
import gc
import os
import signal
import threading
import time
import traceback
from pathlib import Path
from typing import Any, Callable

from extractors.model import ReaderError
from extractors.readers import TEXT_SUFFIXES, page_progress, sniff_format
from pipeline.extraction import extract_file
from pipeline.findings import kinds_seen
from pipeline.jobs import DEFAULT_MAX_TEXT_MB, PAGES, RESULT, Job, Outcome, PagesDone, to_rows
from pipeline.pool import die_with_parent
from pipeline.table_summary import document_extras
from pipeline.validate import partial_reasons
from pipeline.version import PER_DOCUMENT

# allocations between two young collections of the collector in a worker (Python's default: 700). A document's
# extraction makes millions of short-lived objects (glyphs, words, cells, tokens) and little cyclic garbage: at 700
# the young collections took ~3.5 % of the workers' CPU on the corpus PDFs, at 10,000 under 1 %
WORKER_GC_THRESHOLD = 10_000


def without_path(message: str, job: Job) -> str:
    """A failure's message without the folders of the file it is about: every line that prints it (the run's
    failures, `pipeline status`, the log) names the document already, and a reader's message quoting the whole
    path (`/data/in/plan.txt is empty`) said it twice; the file's name stays, as in the other readers' messages."""
    path = str(job.path)
    if Path(path).name and path != Path(path).name:
        message = message.replace(str(Path(path).absolute()), Path(path).name).replace(path, Path(path).name)
    return message


def process_job(job: Job, extract: Callable | None = extract_file, max_text_mb: float = DEFAULT_MAX_TEXT_MB,
                ) -> tuple[Outcome, dict[str, list[dict]] | None, int | None]:
    """Extract one document; never raises (every failure becomes an Outcome with a reason). ``extract``: the
    extraction (None: :func:`pipeline.extraction.extract_file`; the main process sends None so that it never has
    to import the extraction code itself)."""
    started = time.monotonic()
    extract = extract or extract_file

    def failed(reason: str, message: str):
        return Outcome(job.doc_id, job.source_path, "failed", reason=reason, message=without_path(message, job),
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
    doc = result.document  # ingested_at was set where the record was built (pipeline.extraction)
    datasets: dict[str, list[dict]] = {"documents": to_rows([doc])}
    datasets["documents"][0].update(document_extras(result))  # coverage, n_tables_unread
    for name in PER_DOCUMENT:
        if name != "documents":
            datasets[name] = to_rows(getattr(result, name, ()), doc_id=job.doc_id)
    warnings = sum(len(r.get("warnings") or []) for rows in datasets.values() for r in rows)
    not_understood = sum(w.startswith("table_not_understood:") for w in datasets["documents"][0].get("warnings") or [])
    outcome = Outcome(job.doc_id, job.source_path, doc.status, rows={k: len(v) for k, v in datasets.items()},
                      seconds=time.monotonic() - started, warnings=warnings, tables_not_understood=not_understood,
                      warning_kinds=kinds_seen(datasets),
                      partial_reasons=partial_reasons(doc.warnings) if doc.status == "partial" else [])
    return outcome, datasets, doc.year


def _os_error_reason(exc: OSError, path) -> tuple[str, str]:
    """An OSError is ``unreadable`` only when it is about the input file itself: a helper program that could
    not be started for lack of memory (fork under the address-space cap) is ``out_of_memory``, any other
    (a missing helper program, a temporary file) is ``extraction_error`` with what failed."""
    if exc.errno == errno.ENOMEM:
        return "out_of_memory", f"not enough memory while reading the document: {exc.strerror or exc}"
    if exc.filename is None or os.path.abspath(str(exc.filename)) == os.path.abspath(str(path)):
        return "unreadable", f"cannot read {path}: {exc.strerror or exc}"
    return "extraction_error", f"{type(exc).__name__}: {exc}"


class _Channel:
    """The worker's end of its pipe: messages from several threads (OCR pages run in a thread pool) are sent
    one at a time."""

    def __init__(self, conn: Any):
        self.conn = conn
        self.lock = threading.Lock()

    def send(self, kind: str, payload: Any) -> None:
        with self.lock:
            self.conn.send((kind, payload))

    def pages(self, done: int) -> None:
        self.send(PAGES, PagesDone(done, None))


def worker_main(conn, job: Job, extract: Callable | None, max_memory_mb: float | None, max_text_mb: float) -> None:
    """The body of one document's process (started by :func:`pipeline.scheduler.execute` through
    :func:`pipeline.pool.start_worker`)."""
    die_with_parent()
    gc.set_threshold(WORKER_GC_THRESHOLD, *gc.get_threshold()[1:])
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
    channel = _Channel(conn)
    page_progress.listen(channel.pages)
    result = process_job(job, extract, max_text_mb)
    page_progress.listen(None)
    try:
        channel.send(RESULT, result)
    except MemoryError:
        channel.send(RESULT, (Outcome(job.doc_id, job.source_path, "failed", reason="out_of_memory",
                                      message="the document's rows needed more memory than allowed"), None, None))
    except Exception as exc:
        channel.send(RESULT, (Outcome(job.doc_id, job.source_path, "failed", reason="extraction_error",
                                      message=f"rows could not be sent back: {exc}"), None, None))
    conn.close()


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
