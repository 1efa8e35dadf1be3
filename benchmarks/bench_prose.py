"""Throughput of the prose stage (characters of text per second) on one document.

    .venv/bin/python benchmarks/bench_prose.py [PATH] [--repeat N]

Reads and understands the document once, loads spaCy once (its load time is printed apart), then times
``extract_prose`` alone over N runs.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extractors.prose import _analysed, extract_prose, get_nlp  # noqa: E402
from extractors.readers import read_document  # noqa: E402
from extractors.understanding.build import understand  # noqa: E402

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "sector2_raport_primar_2021.txt"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    t0 = time.perf_counter()
    get_nlp()
    load = time.perf_counter() - t0
    doc = read_document(Path(a.path), "bench", Path(a.path).name)
    u = understand(doc)
    chars = sum(len(b.text) for b in doc.text_blocks()) + sum(len(rt.table.text()) for rt in u.tables)
    times = []
    for _ in range(a.repeat):
        _analysed.cache_clear()  # every run parses the text afresh, as a new document would
        t = time.perf_counter()
        out = extract_prose(u)
        times.append(time.perf_counter() - t)
    best = min(times)
    print(f"document      {Path(a.path).name}")
    print(f"characters    {chars}")
    print(f"spaCy load    {load:.2f} s (once per process)")
    print(f"prose stage   {best:.3f} s best of {a.repeat}")
    print(f"rows          indicators={len(out['indicators'])} totals={len(out['totals'])}")
    print(f"throughput    {chars / best:,.0f} chars/s")


if __name__ == "__main__":
    main()
