"""Are two output folders the same data? Compares the contents of every dataset (not timings, not file layout).

    .venv/bin/python benchmarks/compare_outputs.py OUT_BEFORE OUT_AFTER

Used to check that a speed change altered no output: run the pipeline before and after the change on the same
inputs into two folders, then compare. Each dataset is read whole (every ``<doc_year>=…/<doc_id>.parquet``), the
columns that differ from run to run by design are dropped (``ingested_at``: when the row was written), and the rows
are compared as sorted lists of their values. Prints one line per dataset and exits 1 when any differs, with the
first differing rows.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pyarrow.parquet as pq

# columns that change with every run by design (the wall-clock time a row was written)
VOLATILE = ("ingested_at",)


def dataset_rows(out: Path, name: str) -> list[tuple]:
    files = sorted((out / name).glob("*/*.parquet"))
    rows: list[tuple] = []
    for f in files:
        table = pq.read_table(f)
        table = table.drop_columns([c for c in VOLATILE if c in table.column_names])
        cols = table.column_names
        for row in table.to_pylist():
            rows.append(tuple((c, repr(row[c])) for c in cols))
    return sorted(rows)


def datasets(out: Path) -> set[str]:
    return {p.name for p in out.iterdir() if p.is_dir() and any(p.glob("*/*.parquet"))}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    args = parser.parse_args()
    names = sorted(datasets(args.before) | datasets(args.after))
    differ = 0
    for name in names:
        a, b = dataset_rows(args.before, name), dataset_rows(args.after, name)
        if a == b:
            print(f"  same     {name:14s} {len(a):6d} rows")
            continue
        differ += 1
        only_a = [r for r in a if r not in set(b)]
        only_b = [r for r in b if r not in set(a)]
        print(f"  DIFFERS  {name:14s} {len(a):6d} rows before, {len(b):6d} after; "
              f"{len(only_a)} only before, {len(only_b)} only after")
        for label, rows in (("before", only_a[:3]), ("after", only_b[:3])):
            for r in rows:
                print(f"    {label}: {dict(r)}")
    print("identical" if not differ else f"{differ} dataset(s) differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
