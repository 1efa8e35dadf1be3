"""Documents per second for 1, 2 and 4 local worker processes (and, with --dask, a local Dask cluster).

    .venv/bin/python benchmarks/bench_workers.py                 # the corpus under data/raw
    .venv/bin/python benchmarks/bench_workers.py --copies 4      # each document 4 times (distinct bytes)
    .venv/bin/python benchmarks/bench_workers.py --dask          # also through execute_dask on a LocalCluster

Every timing is a full `run(..., force=True)` into a fresh output folder: planning (sha256), extraction,
Parquet writes and manifest updates, i.e. what `pipeline run --workers N` costs end to end, including worker
start-up (which dominates on a corpus of a handful of documents: use --copies for a steadier figure).
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.runner import run  # noqa: E402


def corpus(src: Path, copies: int, tmp: Path) -> tuple[Path, int]:
    """The input folder: src itself, or `copies` variants of each file whose bytes differ by trailing
    whitespace (a new doc_id each, so none is skipped as a duplicate)."""
    files = [p for p in sorted(src.rglob("*")) if p.is_file() and not p.name.startswith(".")]
    if copies <= 1:
        return src, len(files)
    dst = tmp / "corpus"
    for i in range(copies):
        for f in files:
            target = dst / f"copy{i}" / f.relative_to(src)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(f.read_bytes() + b"\n" * i)
    return dst, len(files) * copies


def bench_local(inputs: Path, n_docs: int, workers: int, tmp: Path) -> float:
    out = tmp / f"out-local-{workers}"
    started = time.perf_counter()
    summary = run([inputs], out, force=True, workers=workers)
    seconds = time.perf_counter() - started
    assert len(summary.outcomes) == n_docs, (len(summary.outcomes), n_docs)
    shutil.rmtree(out, ignore_errors=True)
    return seconds


def bench_dask(inputs: Path, n_docs: int, workers: int, tmp: Path) -> float:
    from distributed import LocalCluster

    from pipeline.distributed import execute_dask
    from pipeline.manifest import Manifest
    from pipeline.runner import plan_jobs, record_outcome

    out = tmp / f"out-dask-{workers}"
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        started = time.perf_counter()  # cluster start-up excluded: a real cluster is already running
        out.mkdir(parents=True)
        manifest = Manifest.load(out)
        jobs, _, _ = plan_jobs([inputs], manifest, force=True, retry_failed=False)
        n = 0
        for job, (outcome, datasets, year) in execute_dask(jobs, cluster.scheduler_address, timeout_s=600):
            record_outcome(out, manifest, job, outcome, datasets, year)
            n += 1
        seconds = time.perf_counter() - started
    assert n == n_docs
    shutil.rmtree(out, ignore_errors=True)
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", default=str(ROOT / "data" / "raw"))
    parser.add_argument("--workers", default="1,2,4", help="comma-separated worker counts (default 1,2,4)")
    parser.add_argument("--copies", type=int, default=1, help="process each document this many times")
    parser.add_argument("--dask", action="store_true", help="also time a local Dask cluster per worker count")
    args = parser.parse_args()
    counts = [int(x) for x in args.workers.split(",")]
    with tempfile.TemporaryDirectory(prefix="bench-workers-") as t:
        tmp = Path(t)
        inputs, n_docs = corpus(Path(args.corpus), args.copies, tmp)
        print(f"{n_docs} documents from {args.corpus} (copies={args.copies}), {os.cpu_count()} CPUs")
        print(f"{'engine':<8}{'workers':>8}{'seconds':>10}{'docs/s':>10}")
        base = None
        for w in counts:
            s = bench_local(inputs, n_docs, w, tmp)
            base = base or s
            print(f"{'local':<8}{w:>8}{s:>10.2f}{n_docs / s:>10.2f}   speed-up ×{base / s:.2f}", flush=True)
        if args.dask:
            for w in counts:
                s = bench_dask(inputs, n_docs, w, tmp)
                print(f"{'dask':<8}{w:>8}{s:>10.2f}{n_docs / s:>10.2f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
