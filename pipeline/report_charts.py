"""Bar charts of the quality report, as plain data for HTML/CSS bars (no SVG of fixed width, no script).

A bar's segments carry their share of the chart's largest bar in per cent, so the bars shrink with the
screen while their labels keep a readable size. Budgets are charted **per year and per document, existing
and proposed services apart**: one bar never adds up the money of different years, issuers or sections.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Callable

BUDGET_SOURCES = [("budget_local_lei", "local"), ("budget_county_lei", "county"), ("budget_state_lei", "state"),
                  ("budget_beneficiaries_lei", "beneficiaries"), ("budget_other_lei", "other")]
SOURCE_COLOURS = ["#2b6cb0", "#38a169", "#d69e2e", "#805ad5", "#718096"]
DATASET_COLOURS = {"services": "#2b6cb0", "procurements": "#c05621", "subsidies": "#2f855a", "trainings": "#6b46c1",
                   "activities": "#b7791f", "partnerships": "#319795", "totals": "#718096", "indicators": "#c53030"}
SECTION_NAMES = {"existing": "existing services", "proposed": "proposed services"}


@dataclass
class Segment:
    pct: float  # width, per cent of the chart's largest bar
    colour: str
    title: str


@dataclass
class Bar:
    label: str
    sublabel: str
    value: float
    text: str
    segments: list[Segment] = field(default_factory=list)


@dataclass
class Chart:
    title: str
    bars: list[Bar]
    legend: list[tuple[str, str]]


def short_lei(v: float) -> str:
    v = float(v)
    for limit, suffix in ((1e9, " mld"), (1e6, " mil"), (1e3, " mii")):
        if abs(v) >= limit:
            return f"{v / limit:.1f}".replace(".", ",") + suffix + " lei"
    return f"{v:.0f} lei"


def bar_chart(title: str, items: list[tuple[str, str, list[tuple[float, str, str]]]], legend: list[tuple[str, str]],
              value_fmt: Callable[[float], str]) -> Chart:
    """items: (label, sublabel, [(value, colour, title), …]); bars are scaled to the largest one."""
    top = max((sum(v for v, _, _ in segs) for _, _, segs in items), default=0) or 1
    bars = []
    for label, sublabel, segs in items:
        total = sum(v for v, _, _ in segs)
        parts = [Segment(round(100 * v / top, 2), colour, t) for v, colour, t in segs if v > 0]
        bars.append(Bar(label, sublabel, total, value_fmt(total), parts))
    return Chart(title, bars, legend)


def budget_charts(rows: list[dict[str, Any]], docs: dict[str, dict[str, Any]], fmt_lei: Callable) -> list[Chart]:
    """One chart per document year; in it one bar per document and section (existing / proposed), stacked by
    funding source. ``rows``: per (doc_id, section) the sums of the source columns."""
    by_year: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        doc = docs.get(r["doc_id"])
        if doc is None or not any(r[c] for c, _ in BUDGET_SOURCES):
            continue
        by_year[doc.get("year")].append(r)
    charts = []
    legend = [(label, SOURCE_COLOURS[i]) for i, (_, label) in enumerate(BUDGET_SOURCES)]
    for year in sorted(by_year, key=lambda y: (y is None, y or 0)):
        items = []
        for r in sorted(by_year[year], key=lambda r: (_doc_label(docs[r["doc_id"]]), r["section"] or "")):
            doc = docs[r["doc_id"]]
            section = SECTION_NAMES.get(r["section"], r["section"] or "services")
            segs = [(float(r[c] or 0), SOURCE_COLOURS[i], f"{label}: {fmt_lei(r[c] or Decimal(0))} lei")
                    for i, (c, label) in enumerate(BUDGET_SOURCES)]
            items.append((f"{_doc_label(doc)} · {section}", doc.get("source_path") or doc["doc_id"][:12], segs))
        charts.append(bar_chart(f"{year or 'year unknown'}: budget of the services listed, per document, lei",
                                items, legend, short_lei))
    return charts


def rows_chart(documents: list[dict[str, Any]], limit: int = 40) -> Chart | None:
    ranked = sorted((d for d in documents if d["n_rows"] and not d.get("duplicate_of")),
                    key=lambda d: -d["n_rows"])[:limit]
    if not ranked:
        return None
    items = [(_doc_label(d), d.get("source_path") or d["doc_id"][:12],
              [(float(d["rows"].get(name, 0)), colour, f"{name}: {d['rows'].get(name, 0)}")
               for name, colour in DATASET_COLOURS.items()]) for d in ranked]
    return bar_chart("Rows extracted per document", items, list(DATASET_COLOURS.items()), lambda v: f"{v:.0f} rows")


def _doc_label(doc: dict[str, Any]) -> str:
    who = doc.get("uat") or doc.get("issuer") or doc.get("source_path") or doc.get("doc_id", "")[:12]
    kind = doc.get("doc_type") or ""
    year = doc.get("year")
    return " · ".join(str(p) for p in (who, kind, year) if p)
