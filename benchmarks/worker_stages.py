"""Where a worker's time goes: each document extracted in a process forked from a warm fork-server load, as
``pipeline run`` does it, timed by stage (CPU seconds, no profiler), optionally with a sampling profile.

    .venv/bin/python benchmarks/worker_stages.py $(ls ../shared/corpus/*.pdf | grep -v _scan)
    .venv/bin/python benchmarks/worker_stages.py FILES --rounds 5          # min and median of 5 rounds
    .venv/bin/python benchmarks/worker_stages.py FILES --sample --top 40   # + where the samples fell
    PYTHONPATH=/tmp/before .venv/bin/python benchmarks/worker_stages.py FILES   # another checkout's code

``profile_run.py`` runs a whole run in one process under cProfile: every module is imported once for all the
documents, and the profiler's cost per Python call (several times the call itself for small functions) shifts
the shares towards code that makes many small calls. Here, as in a run, this process loads what the fork server
loads (``pipeline._worker_preload``: imports, warm-up, frozen garbage collector), then forks one child per
document: what a worker imports for its document (the PDF reader), its cold caches and its garbage collections
are counted, and nothing else is.

Stages: the reader (``read_document``), understanding (table repair, classification, columns), each table and
text extractor, validation, the tables' summary, and the rows sent back (``to_rows``); ``extraction`` is the
whole of ``extract_file``. ``--sample`` reads the worker's Python stack every millisecond from a thread and
prints the share of samples in which each function was running (self) or on the stack (inclusive); time spent in
C (pdfium, regular expressions, the garbage collector) counts for the Python function that called it.
"""
from __future__ import annotations

import argparse
import collections
import os
import pickle
import statistics
import sys
import threading
import time
from pathlib import Path


def _timed(name: str, fn, acc: dict[str, float]):
    def wrapper(*args, **kwargs):
        start = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            acc[name] = acc.get(name, 0.0) + time.process_time() - start
    return wrapper


def _sampler(acc_incl: collections.Counter, acc_self: collections.Counter, count: list[int], stop: list[bool]):
    main = threading.main_thread().ident
    root = str(Path(__file__).resolve().parents[1]) + "/"
    here = Path(__file__).name

    def run() -> None:
        while not stop[0]:
            time.sleep(0.001)
            frame = sys._current_frames().get(main)
            if frame is None:
                continue
            count[0] += 1
            seen: set[str] = set()
            first = True
            while frame is not None:
                code = frame.f_code
                name = code.co_filename.replace(root, "")
                if name.endswith(here):  # this script's own frames (the stage timers)
                    frame = frame.f_back
                    continue
                key = f"{name.rsplit('site-packages/', 1)[-1]}:{code.co_name}"
                if first:
                    acc_self[key] += 1
                    first = False
                if key not in seen:
                    acc_incl[key] += 1
                    seen.add(key)
                frame = frame.f_back
    return threading.Thread(target=run, daemon=True)


def _one_document(path: str, sample: bool) -> dict:
    """In the forked child: extract ``path`` with every stage timed; the figures as a dict."""
    import gc

    import pipeline.extraction as ex
    from pipeline.worker import WORKER_GC_THRESHOLD

    gc.set_threshold(WORKER_GC_THRESHOLD, *gc.get_threshold()[1:])  # as pipeline.worker.worker_main does
    from pipeline.jobs import to_rows
    from pipeline.version import PER_DOCUMENT

    acc: dict[str, float] = {}
    ex.read_document = _timed("reader", ex.read_document, acc)
    ex.understand = _timed("understanding", ex.understand, acc)
    for kind, fn in list(ex.TABLE_EXTRACTORS.items()):
        ex.TABLE_EXTRACTORS[kind] = _timed(f"table records: {kind}", fn, acc)
    ex._TEXT_STAGES = tuple(_timed(f"text: {fn.__module__.rsplit('.', 1)[-1]}", fn, acc) for fn in ex._TEXT_STAGES)
    ex.validate = _timed("validation", ex.validate, acc)
    ex.summarise_tables = _timed("tables summary", ex.summarise_tables, acc)
    ex.table_warnings = _timed("table warnings", ex.table_warnings, acc)
    incl: collections.Counter = collections.Counter()
    own: collections.Counter = collections.Counter()
    count, stop = [0], [False]
    thread = _sampler(incl, own, count, stop) if sample else None
    if thread:
        sys.setswitchinterval(0.0005)
        thread.start()
    start = time.process_time()
    result = ex.extract_file(Path(path), path, "0" * 64)
    acc["extraction"] = time.process_time() - start
    if thread:
        stop[0] = True
        thread.join()
    start = time.process_time()
    for name in PER_DOCUMENT:
        to_rows([result.document] if name == "documents" else getattr(result, name, ()), doc_id="0" * 64)
    acc["rows sent back (to_rows)"] = time.process_time() - start
    return {"stages": acc, "samples": count[0], "incl": incl, "self": own}


def in_fork(fn):
    """``fn()`` in a forked child (a fresh worker's state, as a run forks one); its (picklable) result."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        try:
            data = pickle.dumps(fn())
        except BaseException as exc:  # noqa: BLE001 - reported by the parent
            data = pickle.dumps(exc)
        with os.fdopen(w, "wb") as fh:
            fh.write(data)
        os._exit(0)
    os.close(w)
    with os.fdopen(r, "rb") as fh:
        data = fh.read()
    os.waitpid(pid, 0)
    result = pickle.loads(data)
    if isinstance(result, BaseException):
        raise result
    return result


def _fork(path: str, sample: bool) -> dict:
    try:
        return in_fork(lambda: _one_document(path, sample))
    except Exception as exc:  # noqa: BLE001 - the child's error, reported with its document
        raise SystemExit(f"{path}: {type(exc).__name__}: {exc}") from exc


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--rounds", type=int, default=1, help="rounds over all the documents (default 1)")
    ap.add_argument("--sample", action="store_true", help="also a sampling profile of the workers")
    ap.add_argument("--top", type=int, default=30, help="functions listed by --sample (default 30)")
    args = ap.parse_args()

    from pipeline.pool import inputs_hold_pdf

    start = time.process_time()
    if inputs_hold_pdf(args.inputs):  # what the fork server loads for these inputs (pipeline.pool.prestart)
        import pipeline._worker_preload_pdf  # noqa: F401
    import pipeline._worker_preload  # noqa: F401
    print(f"fork-server load (this process): {time.process_time() - start:.3f} CPU s")

    per_round: dict[str, list[float]] = collections.defaultdict(list)
    incl: collections.Counter = collections.Counter()
    own: collections.Counter = collections.Counter()
    samples = 0
    for _ in range(args.rounds):
        totals: dict[str, float] = collections.defaultdict(float)
        for path in args.inputs:
            got = _fork(path, args.sample)
            for name, value in got["stages"].items():
                totals[name] += value
            samples += got["samples"]
            incl.update(got["incl"])
            own.update(got["self"])
        for name, value in totals.items():
            per_round[name].append(value)
    print(f"{len(args.inputs)} documents, {args.rounds} round(s); CPU s per round (min / median)")
    for name, values in sorted(per_round.items(), key=lambda kv: -statistics.median(kv[1])):
        print(f"  {name:40s} {min(values):7.3f} {statistics.median(values):7.3f}")
    if args.sample and samples:
        print(f"\nsampling profile: {samples} samples (share of the workers' extraction)")
        print("   self   incl  function")
        for key, n in incl.most_common(args.top):
            print(f"  {100 * own.get(key, 0) / samples:5.1f}% {100 * n / samples:5.1f}%  {key}")
        print("  by self time:")
        for key, n in own.most_common(args.top // 2):
            print(f"  {100 * n / samples:5.1f}%         {key}")


if __name__ == "__main__":
    main()
