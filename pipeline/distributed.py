"""Documents on a Dask distributed cluster: one task per document, results back to the client.

Same contract as ``pipeline.scheduler.execute``: yields ``(job, (outcome, datasets, year))`` as each document
finishes, in completion order, and never raises for one document's failure. The client (the ``pipeline run``
process) keeps owning the output folder: it writes the rows and updates the manifest exactly as in a local
run, so workers need no access to the output and a lost worker can never leave half a document.

Workers need the pipeline installed (same version) but not the input files: by default the client reads each
file and ships its bytes with the task (``ship_bytes=True``), so a cluster on other machines works without a
shared file system; the bytes are checked against the doc_id the client planned with. Submission is windowed
(a few tasks per worker thread in flight), so a batch of 100 000 documents does not hold 100 000 files in the
client's memory.

Time limit: a task runs the extraction in a thread and gives up after ``timeout_s`` (the document is reported
failed with reason ``timeout``). Python cannot kill that thread, so it finishes in the background on the
worker; restart workers after a batch with many timeouts. A worker that dies is retried by the scheduler on
another worker (``distributed.scheduler.allowed-failures``); a document that keeps killing workers is
reported failed with reason ``worker_crashed``.

Install with ``pip install '.[dask]'`` (``dask[distributed]``); start a cluster with ``dask scheduler`` and
``dask worker tcp://host:8786 --nthreads 1 --nworkers N`` (one thread per worker process: the extractors are
CPU-bound Python).
"""
from __future__ import annotations

import hashlib
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import Any, Iterator

from pipeline.jobs import Job, Outcome

IN_FLIGHT_PER_THREAD = 2
CONNECT_TIMEOUT_S = 30.0


class SchedulerUnavailable(RuntimeError):
    """The Dask scheduler could not be reached, or dask.distributed is not installed."""


def _failed(job: Job, reason: str, message: str) -> tuple:
    return (Outcome(job.doc_id, job.source_path, "failed", reason=reason, message=message), None, None)


def _run_with_limit(job: Job, timeout_s: float) -> tuple:
    """process_job in a daemon thread, abandoned after timeout_s (it never raises)."""
    from pipeline.worker import process_job  # on the cluster's worker: the client (`pipeline run`) never extracts

    box: dict[str, Any] = {}

    def target() -> None:
        box["result"] = process_job(job)

    t = threading.Thread(target=target, name=f"doc-{job.doc_id[:12]}", daemon=True)
    t.start()
    t.join(timeout_s)
    if t.is_alive():
        return _failed(job, "timeout", f"no result within {timeout_s:.0f} s")
    return box["result"]


def process_remote(job: Job, data: bytes | None, timeout_s: float) -> tuple:
    """The task a worker runs: write the shipped bytes to a private temp folder (keeping the file name, whose
    suffix selects the reader), extract, drop the file. ``source_path`` and ``doc_id`` stay the client's."""
    if data is None:
        return _run_with_limit(job, timeout_s)
    with tempfile.TemporaryDirectory(prefix="pipeline-dask-") as tmp:
        local = Path(tmp) / Path(job.path).name
        local.write_bytes(data)
        outcome, datasets, year = _run_with_limit(replace(job, path=local), timeout_s)
    return outcome, datasets, year


def _client(scheduler: Any):
    try:
        from distributed import Client
    except ImportError as exc:  # the optional extra is not installed
        raise SchedulerUnavailable("dask.distributed is not installed: pip install '.[dask]'") from exc
    if hasattr(scheduler, "submit") and hasattr(scheduler, "gather"):
        return scheduler, False  # a Client the caller owns
    address = getattr(scheduler, "scheduler_address", scheduler)  # a LocalCluster / cluster object, or a str
    try:
        return Client(address, timeout=CONNECT_TIMEOUT_S, set_as_default=False), True
    except (OSError, TimeoutError) as exc:
        raise SchedulerUnavailable(f"cannot reach the Dask scheduler at {address}: {exc}") from exc


def _threads(client) -> int:
    try:
        return max(1, sum(client.nthreads().values()))
    except Exception:
        return 1


def execute_dask(jobs: list[Job], scheduler: Any, timeout_s: float, *, ship_bytes: bool = True,
                 emit=None) -> Iterator[tuple[Job, tuple]]:
    """Run ``process_job`` for each job on the cluster at ``scheduler`` (an address such as
    ``tcp://10.0.0.5:8786``, a cluster object, or a ``distributed.Client``); yield ``(job, result)`` as each
    finishes. ``emit`` (optional) gets ``("started", job, None)`` when a job is submitted, like the local workers.
    Raises :class:`SchedulerUnavailable` before yielding anything when the cluster cannot be reached."""
    if not jobs:
        return
    from distributed import wait

    client, owned = _client(scheduler)
    emit = emit or (lambda *a: None)
    limit = timeout_s * 2 + 60  # client-side safety net over the in-task limit
    try:
        window = IN_FLIGHT_PER_THREAD * _threads(client)
        todo = list(jobs)
        pending: dict[Any, Job] = {}

        def submit_next() -> list[tuple[Job, tuple]]:
            """Submit until the window is full; returns jobs that failed before reaching the cluster."""
            early = []
            while todo and len(pending) < window:
                job = todo.pop(0)
                data = None
                if ship_bytes:
                    try:
                        data = Path(job.path).read_bytes()
                    except OSError as exc:
                        early.append((job, _failed(job, "unreadable",
                                                   f"cannot read {job.path}: {exc.strerror or exc}")))
                        continue
                    if hashlib.sha256(data).hexdigest() != job.doc_id:
                        early.append((job, _failed(job, "changed_during_run",
                                                   "the file changed after the run planned it; run again")))
                        continue
                emit("started", job, None)
                # pure=False: a --force rerun of the same bytes must run again, not reuse a cached result
                fut = client.submit(process_remote, job, data, timeout_s, pure=False,
                                    key=f"doc-{job.doc_id[:16]}-{time.monotonic_ns()}")
                pending[fut] = job
            return early

        yield from submit_next()
        while pending:
            try:
                with client.as_current():
                    done, _ = wait(list(pending), timeout=limit, return_when="FIRST_COMPLETED")
            except TimeoutError:
                # a result that never comes (scheduler stuck, task lost) fails its document, not the run
                for fut, job in list(pending.items()):
                    fut.cancel()
                    yield job, _failed(job, "timeout", f"no result from the cluster within {limit:.0f} s")
                pending.clear()
                yield from submit_next()
                continue
            for fut in done:
                job = pending.pop(fut)
                result = _result(job, fut)
                fut.release()
                yield job, result
            yield from submit_next()
    finally:
        if owned:
            client.close()


def _result(job: Job, fut) -> tuple:
    try:
        return fut.result()
    except Exception as exc:
        name = type(exc).__name__
        if name == "KilledWorker":
            return _failed(job, "worker_crashed", f"the document killed the Dask workers that ran it: {exc}")
        if name == "CancelledError":
            return _failed(job, "worker_crashed", "the cluster cancelled the task (worker or scheduler lost)")
        return _failed(job, "worker_crashed", f"{name}: {exc}")
