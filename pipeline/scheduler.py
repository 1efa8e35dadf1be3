"""Local worker processes: one process per document, at most ``workers`` at a time, run from a thread of the main
process (:class:`LocalWorkers`) so that they never wait for the main process's writing.

Each document runs in **its own worker process** with an exact deadline counted from the moment that process
started: a worker over the time limit is killed and the document is recorded as failed with reason ``timeout``.
Memory is guarded twice: the worker's address space is capped with ``RLIMIT_AS`` (a ``MemoryError`` inside it
becomes reason ``out_of_memory``) and this module polls the worker's resident memory and kills it above the limit
(also ``out_of_memory``). A worker stopped by SIGTERM, SIGINT or SIGHUP from outside (``systemctl stop`` signals
every process of the service) is reported as ``worker_stopped`` (read again by the next run); one that dies any
other way as ``worker_crashed``.

The loop that starts, polls and stops the workers (:func:`execute`) runs in its own thread; the main thread
(:func:`pipeline.runner.run`) receives what happens as events and writes each ended document. Before, the loop
ran between the main thread's writes: a worker that ended while a document was being written (Parquet files,
fsyncs, registry, manifest: ~0.05-0.2 s) left its core idle until the writing was done, and a document's deadline
was checked only between writes. Now a worker slot is refilled the moment its document ends, and the main thread
writes together the documents that ended while it was writing the previous ones (one manifest save, one registry
write, one fsync per folder: :func:`pipeline.store.record_outcomes`).
"""
from __future__ import annotations

import os
import queue
import signal
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import wait as mp_wait
from typing import Any, Callable, Iterator

from pipeline.jobs import DEFAULT_MAX_TEXT_MB, PAGES, RESULT
from pipeline.plan import Job, Outcome
from pipeline.pool import MainNotReimported, context, start_worker

DEFAULT_MAX_MEMORY_MB = 2048
_POLL_S = 0.1
# documents that ended and are not written yet, per worker, beyond which no new document starts: the rows of an
# ended document wait in memory until the main thread writes them, so writing slower than reading (a slow disk)
# must hold the workers back instead of piling rows up
BACKLOG_PER_WORKER = 4

# the events of LocalWorkers.batches(): (kind, job, payload)
STARTED = "started"  # the document's process has started (payload None)
PAGES_DONE = "pages"  # payload: pages done so far in a long read (OCR)
ENDED = "ended"  # payload: the result (outcome, datasets, year)
_ERROR, _DONE = "error", "done"
_STOP_SIGNALS = {signal.SIGTERM, signal.SIGINT, signal.SIGHUP}


class LocalWorkers:
    """:func:`execute` in a thread; :meth:`batches` gives its events to the calling thread. Use as a context
    manager: leaving it stops the thread, which kills every worker still running (an interrupted run leaves no
    process behind).

    The caller must have started the fork server (:func:`pipeline.pool.prestart`) in its own thread: Linux's
    parent-death signal, which the server asks for, fires when the *thread* that started it ends."""

    def __init__(self, jobs: list[Job], workers: int, timeout_s: float,
                 max_memory_mb: float | None = DEFAULT_MAX_MEMORY_MB, max_text_mb: float = DEFAULT_MAX_TEXT_MB,
                 extract: Callable | None = None):
        self.events: queue.SimpleQueue = queue.SimpleQueue()
        self.stop = threading.Event()
        self.room = threading.Event()  # set when written() made room in the backlog
        self.lock = threading.Lock()
        self.unwritten = 0
        self.backlog = BACKLOG_PER_WORKER * max(1, workers)
        self.thread = threading.Thread(target=self._run, name="pipeline-workers", daemon=True,
                                       args=(jobs, workers, timeout_s, max_memory_mb, max_text_mb, extract))
        self.thread.start()

    def _run(self, jobs, workers, timeout_s, max_memory_mb, max_text_mb, extract) -> None:
        put = self.events.put
        try:
            for job, result in execute(jobs, workers, timeout_s, lambda j: put((STARTED, j, None)), max_memory_mb,
                                       max_text_mb, extract, on_pages=lambda j, done: put((PAGES_DONE, j, done)),
                                       may_start=self._may_start, stop=self.stop, room=self.room):
                with self.lock:
                    self.unwritten += 1
                put((ENDED, job, result))
        except BaseException as exc:  # given to the calling thread, which raises it
            put((_ERROR, None, exc))
        finally:
            put((_DONE, None, None))

    def _may_start(self) -> bool:
        with self.lock:
            return self.unwritten < self.backlog

    def written(self, n: int) -> None:
        """The caller wrote ``n`` ended documents: room for as many in the backlog."""
        with self.lock:
            self.unwritten -= n
        self.room.set()

    def batches(self) -> Iterator[list[tuple[str, Job, Any]]]:
        """Lists of events, in the order they happened: each waits for one event, then takes every other one that
        is already there (the documents that ended while the caller was writing come as one list). Raises what the
        thread raised."""
        while True:
            try:
                got = [self.events.get(timeout=0.5)]  # a timeout, so that a signal (Ctrl-C) is handled meanwhile
            except queue.Empty:
                continue
            while True:
                try:
                    got.append(self.events.get_nowait())
                except queue.Empty:
                    break
            for kind, _, payload in got:
                if kind == _ERROR:
                    raise payload
            events = [e for e in got if e[0] != _DONE]
            if events:
                yield events
            if len(events) < len(got):
                return

    def close(self) -> None:
        self.stop.set()
        self.room.set()
        self.thread.join()

    def __enter__(self) -> "LocalWorkers":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


@dataclass
class _Slot:
    job: Job
    proc: Any
    conn: Any
    started: float
    deadline: float
    ps: Any = None


def execute(jobs: list[Job], workers: int, timeout_s: float, on_start: Callable[[Job], None],
            max_memory_mb: float | None = DEFAULT_MAX_MEMORY_MB, max_text_mb: float = DEFAULT_MAX_TEXT_MB,
            extract: Callable | None = None, on_pages: Callable[[Job, int], None] | None = None,
            may_start: Callable[[], bool] = lambda: True, stop: threading.Event | None = None,
            room: threading.Event | None = None) -> Iterator[tuple[Job, tuple]]:
    """One process per document, at most ``workers`` at a time; yields (job, result) as each ends.
    ``on_start(job)``: the document's process has started (told once it has: the first start waits for the fork
    server's load). ``on_pages(job, done)``: a worker's pages done so far in a long read (OCR), as it reports them.
    ``may_start()``: whether a new document may start now (the backlog of :class:`LocalWorkers`; when it says no,
    the loop waits for ``room`` to be set); ``stop``: set to end the loop, killing the workers still running.

    The deadline of a document counts from the start of its own process, so it is exact per document. The caller
    must take what is yielded at once (:class:`LocalWorkers` queues it): the free slots are filled only after.
    With several workers the largest documents start
    first (longest job first): a large document started last would leave the other workers idle at the end of
    the run. One worker keeps the given order."""
    if not jobs:
        return
    ctx = context()
    pending = sorted(jobs, key=lambda j: -(j.size or 0)) if workers > 1 else list(jobs)
    running: list[_Slot] = []
    limit_bytes = int(max_memory_mb * 2**20) if max_memory_mb else None

    def fill() -> None:
        while pending and len(running) < max(1, workers) and may_start() and not (stop and stop.is_set()):
            job = pending.pop(0)
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
            on_start(job)

    try:
        while (pending or running) and not (stop and stop.is_set()):
            if room is not None:
                room.clear()
            fill()
            if not running:  # held back by the backlog: wait until the caller has written some
                if room is not None:
                    room.wait(_POLL_S)
                continue
            nearest = min(s.deadline for s in running)
            mp_wait([s.conn for s in running] + [s.proc.sentinel for s in running],
                    timeout=max(0.0, min(_POLL_S, nearest - time.monotonic())))
            ended = []
            for slot in list(running):
                result = _poll_slot(slot, timeout_s, limit_bytes, max_memory_mb, on_pages)
                if result is not None:
                    running.remove(slot)
                    ended.append((slot.job, result))
            yield from ended  # to LocalWorkers, which queues them at once: the loop goes on to fill the slots
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
        if code is not None and -code in _STOP_SIGNALS:  # stopped from outside (systemctl stop signals the whole
            # service): says nothing about the document, which the next run reads again (pipeline.plan)
            return _failed(job, "worker_stopped", f"the worker process was stopped ({how}) while reading the "
                           "document; the next run reads it again", elapsed)
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
