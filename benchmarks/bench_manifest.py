"""What saving the manifest costs the main process of a run, per batch of documents, as the output folder grows.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_manifest.py                     # 10,000 entries, batches of 4
    PYTHONPATH=. .venv/bin/python benchmarks/bench_manifest.py --entries 1000 10000 --batch 1 --rounds 50
    PYTHONPATH=/path/to/other/checkout .venv/bin/python benchmarks/bench_manifest.py   # another checkout, in turn

A manifest of N entries like a run's (locations, rows per dataset, institution ids) is saved once in a fresh
folder on the same disk as the system's temporary folder, then ``--rounds`` times a batch of ``--batch`` new
entries is added and saved, as :func:`pipeline.store.record_outcomes` does after each batch. Prints the median CPU
and wall seconds of one save, and of reading the folder's manifest afterwards (``pipeline status``; a run's start
also folds a journal left by a killed run into the snapshot: once, the cost of one whole save). The wall time
includes waiting for the disk (fsync); on a shared machine compare checkouts run in turn.
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from pipeline.manifest import Entry, Manifest


def entry(i: int) -> Entry:
    doc_id = f"{i:064x}"
    return Entry(doc_id=doc_id, source_path=f"plans/2023/judet_{i % 41}/plan_{i}.pdf", status="ok", year=2023,
                 rows={"documents": 1, "services": 12, "procurements": 3, "subsidies": 2, "trainings": 1,
                       "activities": 9, "partnerships": 4, "totals": 5, "indicators": 7},
                 seconds=1.234, size=123456, locations=[{"uri": f"/srv/raw/plans/2023/plan_{i}.pdf",
                                                        "path": f"plans/2023/plan_{i}.pdf"}],
                 format="pdf", publication=[f"inst-{i % 997:06d}", "plan", 2023, None],
                 institution_ids=[f"inst-{i % 997:06d}", f"inst-{(i * 7) % 997:06d}"])


def bench(entries: int, batch: int, rounds: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="bench-manifest-") as tmp:
        out = Path(tmp)
        manifest = Manifest.load(out)
        for i in range(entries):
            manifest.put(entry(i))
        manifest.save()
        manifest = Manifest.load(out)  # a run starts from the folder's manifest
        cpu, wall = [], []
        n = entries
        for _ in range(rounds):
            for _ in range(batch):
                manifest.put(entry(n))
                n += 1
            w, c = time.perf_counter(), time.process_time()
            manifest.save()
            wall.append(time.perf_counter() - w)
            cpu.append(time.process_time() - c)
        w, c = time.perf_counter(), time.process_time()
        loaded = Manifest.load(out, repair=False)
        load_wall, load_cpu = time.perf_counter() - w, time.process_time() - c
        assert len(loaded.entries) == n, (len(loaded.entries), n)
    return {"save_cpu": statistics.median(cpu), "save_wall": statistics.median(wall),
            "load_cpu": load_cpu, "load_wall": load_wall}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--entries", type=int, nargs="+", default=[10_000])
    ap.add_argument("--batch", type=int, default=4, help="entries added per save (default 4)")
    ap.add_argument("--rounds", type=int, default=30, help="saves timed (default 30)")
    args = ap.parse_args()
    import pipeline

    print(f"checkout: {Path(pipeline.__file__).resolve().parents[1]}")
    print(f"{'entries':>8} {'save cpu s':>11} {'save wall s':>12} {'load cpu s':>11} {'load wall s':>12}")
    for n in args.entries:
        r = bench(n, args.batch, args.rounds)
        print(f"{n:>8} {r['save_cpu']:>11.4f} {r['save_wall']:>12.4f} {r['load_cpu']:>11.4f} {r['load_wall']:>12.4f}")


if __name__ == "__main__":
    main()
