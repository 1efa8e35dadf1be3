"""What writing costs the main process of a run: each document's files, the institution registry and dataset, the
manifest, as :func:`pipeline.runner.run` records them, on rows read once beforehand (no worker runs while timing).

    .venv/bin/python benchmarks/bench_writes.py                              # 8 copies of the corpus text exports
    .venv/bin/python benchmarks/bench_writes.py --compare /tmp/before        # another checkout's writing, in turn
    .venv/bin/python benchmarks/bench_writes.py --rounds 5 FILES...

The rows are extracted once (in this process, with this checkout), pickled, and written by a child process per
round and checkout, into a fresh folder on the same disk as the system's temporary folder: one document at a time
(``record_outcome``, as each document ends while the workers are busy) and, when the checkout has it, all at once
(``record_outcomes``: the documents that ended while the previous ones were written). Prints the wall and CPU time
per document (median of the rounds). The wall time includes waiting for the disk (fsync); on a shared machine it
moves with the other work on the disk, so compare checkouts run in turn.
"""
from __future__ import annotations

import argparse
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"

_CHILD = r"""
import pickle, sys, time
from pathlib import Path
from pipeline.institutions import InstitutionFiles, assign_ids
from pipeline.manifest import Manifest
import pipeline.store as store

results, out, mode = pickle.load(open(sys.argv[1], "rb")), Path(sys.argv[2]), sys.argv[3]
manifest = Manifest.load(out)
files = InstitutionFiles(out, manifest)
side = getattr(files, "documents_written", None) or files.document_written
for job, (outcome, datasets, year) in results:
    assign_ids(datasets, files.registry)
wall, cpu = time.perf_counter(), time.process_time()
if mode == "batch":
    store.record_outcomes(out, manifest, [store.Finished(j, o, d, y) for j, (o, d, y) in results], side_files=side)
else:
    for job, (outcome, datasets, year) in results:
        store.record_outcome(out, manifest, job, outcome, datasets, year, side_files=side)
print(time.perf_counter() - wall, time.process_time() - cpu)
"""


def extract(paths: list[Path], n_docs: int, tmp: Path) -> Path:
    """The workers' results for ``n_docs`` documents cycling over ``paths`` (distinct bytes each), pickled."""
    from pipeline.jobs import sha256_file
    from pipeline.plan import Job
    from pipeline.worker import process_job

    results = []
    for i in range(n_docs):
        src = paths[i % len(paths)]
        path = tmp / f"copy{i}{src.suffix}"
        path.write_bytes(src.read_bytes() + b"\n" * (i + 1))
        job = Job(path, path.name, sha256_file(path), path.stat().st_size)
        results.append((job, process_job(job)))
    target = tmp / "results.pickle"
    target.write_bytes(pickle.dumps(results))
    return target


def write(checkout: Path, results: Path, out: Path, mode: str) -> tuple[float, float]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(checkout)
    done = subprocess.run([sys.executable, "-c", _CHILD, str(results), str(out), mode], cwd=checkout, env=env,
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(done.stderr[-2000:])
    wall, cpu = map(float, done.stdout.split())
    return wall, cpu


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="*", type=Path)
    ap.add_argument("--docs", type=int, default=8, help="documents written per round (default 8)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--compare", type=Path, help="another checkout, its writing timed in turn with this one's")
    args = ap.parse_args()
    inputs = args.inputs or sorted(CORPUS.glob("*.txt"))
    checkouts = {"this": ROOT, **({"other": args.compare.resolve()} if args.compare else {})}
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{args.docs} documents, {args.rounds} rounds, load average {load:.1f} at start")
    with tempfile.TemporaryDirectory(prefix="bench-writes-") as t:
        tmp = Path(t)
        results = extract(inputs, args.docs, tmp)
        timings: dict[str, list[tuple[float, float]]] = {}
        for r in range(args.rounds):
            for label, checkout in checkouts.items():
                modes = ["one by one"] + (["batch"] if (checkout / "pipeline" / "scheduler.py").exists() else [])
                for mode in modes:
                    got = write(checkout, results, tmp / f"out-{label}-{mode[0]}-{r}", mode.split()[0])
                    timings.setdefault(f"{mode} [{label}]", []).append(got)
        for name, values in timings.items():
            wall = statistics.median(v[0] for v in values) / args.docs
            cpu = statistics.median(v[1] for v in values) / args.docs
            print(f"  {name:28s} per document: wall {1000 * wall:6.1f} ms  cpu {1000 * cpu:6.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
