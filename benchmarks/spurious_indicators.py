"""Indicator rows no reader wants: how many a run of the families gives, per family and rendering.

    python tests/variants/score_families.py --seeds 1000-1049 --out /tmp/fam     # keep the run's folder
    python benchmarks/spurious_indicators.py /tmp/fam [--families a,b]

Indicators are scored on recall only (a gold lists a chosen subset), so the noise of a table read twice — its
cells already records of a table kind (services, procurements, …) and read again as a report table, each cell an
indicator — shows in no F1. Two counts show it, per family × rendering:

* ``in_record_table``: indicator rows whose page and line lie inside a table that gave records of its own kind
  (from the first to the last row its records and its TOTAL rows were read from);
* ``unmatched``: on the families whose gold lists every indicator the document states (``COMPLETE_GOLD``, from
  their docstrings), indicator rows that pair with no gold indicator by the scorer's own pairing rule.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "variants"))

import famscore  # noqa: E402

# families whose gold lists every indicator the document states (their docstrings): the places an article or an
# ROF states for a service and no figure of the list's table (council_social_services); the cost per beneficiary,
# the places set up, the people served and execution rate of the sentences, "figures of the annex tables are not
# indicators" (council_social_budget); every count of a sentence or a measure's result cell
# (report_plan_implementation)
COMPLETE_GOLD = ("council_social_services", "council_social_budget", "report_plan_implementation")
# the datasets of the table kinds that give records, with the table each row was read from
RECORD_DATASETS = ("services", "procurements", "subsidies", "trainings", "activities")
PAIRED_FIELDS = ("value", "subject", "year")  # what the scorer pairs an indicator row on


def _frame(out: Path, name: str):
    import pandas as pd

    files = sorted((out / name).rglob("*.parquet")) if (out / name).is_dir() else []
    return pd.concat([pd.read_parquet(f) for f in files], ignore_index=True) if files else pd.DataFrame()


def _position(page, line) -> tuple[float, float]:
    """Reading order: (page, line); a text file has no page."""
    def num(v) -> float:
        try:
            return float(v) if v == v and v is not None else 0.0
        except (TypeError, ValueError):
            return 0.0
    return num(page), num(line)


def _gold_indicators(gold_dir: Path) -> list[dict]:
    import csv

    path = gold_dir / "indicators.csv"
    if not path.exists():
        return []
    with open(path, encoding="utf-8", newline="") as f:
        return [dict(r) for r in csv.DictReader(f)]


def _record_tables(folder: Path) -> dict[str, list[tuple[tuple[float, float], tuple[float, float]]]]:
    """{doc_id: [(first, last) position of each table that gave records]}: a table's extent is spanned by the rows
    its records were read from and by its TOTAL rows (totals whose scope names the table: 'services … table 2: …')."""
    import re

    spans: dict[tuple[str, int], list[tuple[float, float]]] = defaultdict(list)
    for name in RECORD_DATASETS:
        df = _frame(folder, name)
        if len(df) and "table_seq" in df:
            for r in df[["doc_id", "page", "line", "table_seq"]].dropna(subset=["table_seq"]).to_dict("records"):
                spans[(r["doc_id"], int(r["table_seq"]))].append(_position(r["page"], r["line"]))
    totals = _frame(folder, "totals")
    if len(totals):
        for r in totals[["doc_id", "page", "line", "scope"]].to_dict("records"):
            m = re.search(r"\btable (\d+)\b", str(r["scope"] or ""))
            if m and (r["doc_id"], int(m.group(1))) in spans:
                spans[(r["doc_id"], int(m.group(1)))].append(_position(r["page"], r["line"]))
    out: dict[str, list] = defaultdict(list)
    for (doc_id, _seq), at in spans.items():
        out[doc_id].append((min(at), max(at)))
    return out


def count(folder: Path, families: set[str] | None = None) -> dict[tuple[str, str], dict[str, int]]:
    """{(family, rendering): {docs, indicators, in_record_table, unmatched}} of a kept ``score_families`` run."""
    results = json.loads((folder / "scores.json").read_text(encoding="utf-8"))
    indicators = _frame(folder / "out", "indicators")
    inds_of = {k: g.to_dict("records") for k, g in indicators.groupby("doc_id")} if len(indicators) else {}
    extents = _record_tables(folder / "out")
    pair, min_pair = famscore.SPECS["indicators"]["pair"], famscore.SPECS["indicators"]["min_pair"]
    out: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r in results:
        if families and r["family"] not in families:
            continue
        doc_id = hashlib.sha256((folder / "in" / r["file"]).read_bytes()).hexdigest()
        cell = out[(r["family"], r["rendering"])]
        cell["docs"] += 1
        rows = inds_of.get(doc_id, [])
        cell["indicators"] += len(rows)
        gold = _gold_indicators(folder / "gold" / f"{r['family']}_{r['seed']}") \
            if r["family"] in COMPLETE_GOLD else None
        for row in rows:
            at = _position(row["page"], row["line"])
            if any(first <= at <= last for first, last in extents.get(doc_id, ())):
                cell["in_record_table"] += 1
            if gold is not None:
                pred = {k: ("" if row.get(k) is None or row[k] != row[k] else row[k]) for k in PAIRED_FIELDS}
                if not any(pair(g, pred) >= min_pair for g in gold):
                    cell["unmatched"] += 1
    return out


def render(counts: dict[tuple[str, str], dict[str, int]]) -> str:
    head = f"{'family':32s} {'rendering':11s} {'docs':>5s} {'indic':>7s} {'in_record_table':>16s} {'unmatched':>10s}"
    lines = [head, "-" * len(head)]
    total: dict[str, int] = defaultdict(int)
    for (fam, rend), c in sorted(counts.items()):
        unmatched = str(c["unmatched"]) if fam in COMPLETE_GOLD else "-"
        lines.append(f"{fam:32s} {rend:11s} {c['docs']:5d} {c['indicators']:7d} {c['in_record_table']:16d} "
                     f"{unmatched:>10s}")
        for k in ("docs", "indicators", "in_record_table", "unmatched"):
            total[k] += c[k]
    lines.append(f"{'ALL':32s} {'all':11s} {total['docs']:5d} {total['indicators']:7d} "
                 f"{total['in_record_table']:16d} {total['unmatched']:10d}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path, help="the --out folder of a score_families.py run")
    ap.add_argument("--families", help="only these (comma-separated)")
    a = ap.parse_args(argv)
    print(render(count(a.folder, set(a.families.split(",")) if a.families else None)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
