"""`pipeline report`: one self-contained HTML file for reviewing what a run extracted.

Built from the datasets and ``_manifest.json`` only (never from the source documents), rendered with Jinja2
templates in ``pipeline/templates/``; charts are inline SVG computed here, the page has no script and loads
nothing from the network. Every flagged row carries an anchor (``#r-<n>``) and a link to its source file
(``#page=N`` for PDFs), so a reviewer can go from a warning to the printed table and, if the pipeline got it
wrong, write an override (docs/review.md).
"""
from __future__ import annotations

import html
import json
import os
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from pipeline.manifest import Manifest
from pipeline.query import connect
from pipeline.schema import CONTRACT_VERSION, PER_DOCUMENT, PIPELINE_VERSION

BUDGET_SOURCES = [("budget_local_lei", "local"), ("budget_county_lei", "county"), ("budget_state_lei", "state"),
                  ("budget_beneficiaries_lei", "beneficiaries"), ("budget_other_lei", "other")]
# the column that names a row, per dataset, for the flagged-rows list
LABEL_COLUMN = {"services": "service_name", "procurements": "contract_object", "subsidies": "unit_name",
                "trainings": "staff_category", "activities": "activity", "partnerships": "partner",
                "totals": "scope", "indicators": "indicator", "documents": "title"}
DATASET_COLOURS = {"services": "#2b6cb0", "procurements": "#c05621", "subsidies": "#2f855a", "trainings": "#6b46c1",
                   "activities": "#b7791f", "partnerships": "#319795", "totals": "#718096", "indicators": "#c53030"}
SOURCE_COLOURS = ["#2b6cb0", "#38a169", "#d69e2e", "#805ad5", "#a0aec0"]
DEFAULT_MAX_ROWS = 2000


# ----------------------------------------------------------------------------------------------- formatting
def fmt_lei(v: Any) -> str:
    """Romanian money format: 5.585.522,17 (empty for None)."""
    if v is None:
        return ""
    d = Decimal(str(v)).quantize(Decimal("0.01"))
    sign = "-" if d < 0 else ""
    whole, frac = f"{abs(d):.2f}".split(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return f"{sign}{'.'.join(groups)},{frac}"


def fmt_short_lei(v: float) -> str:
    v = float(v)
    for limit, suffix in ((1e9, " mld"), (1e6, " mil"), (1e3, " mii")):
        if abs(v) >= limit:
            return f"{v / limit:.1f}".replace(".", ",") + suffix
    return f"{v:.0f}"


# ----------------------------------------------------------------------------------------------- charts (SVG)
@dataclass
class Bar:
    label: str
    value: float
    text: str
    segments: list[tuple[float, float, str, str]]  # x, width, colour, title
    y: float = 0.0


def hbar_chart(items: list[tuple[str, list[tuple[float, str, str]]]], *, width: int = 720, bar_h: int = 18,
               label_w: int = 240, value_fmt=fmt_short_lei) -> dict[str, Any]:
    """Horizontal (stacked) bar chart geometry. items: (label, [(value, colour, title), ...])."""
    gap = 6
    plot_w = width - label_w - 90
    top = max((sum(v for v, _, _ in segs) for _, segs in items), default=0) or 1
    bars = []
    for i, (label, segs) in enumerate(items):
        x = float(label_w)
        parts = []
        for v, colour, title in segs:
            w = plot_w * v / top
            if w > 0:
                parts.append((round(x, 1), round(max(w, 0.5), 1), colour, title))
            x += w
        total = sum(v for v, _, _ in segs)
        fit = max(8, int(label_w / 6.6))  # ~6.6 px per character at 12 px
        bars.append(Bar(label=label if len(label) <= fit else label[:fit - 1] + "…", value=total, text=value_fmt(total),
                        segments=parts, y=i * (bar_h + gap) + 4))
    height = len(items) * (bar_h + gap) + 8
    return {"width": width, "height": height, "bar_h": bar_h, "label_w": label_w, "bars": bars}


# ----------------------------------------------------------------------------------------------- data
def _rows(con, sql: str, params: list | None = None) -> list[dict[str, Any]]:
    cur = con.execute(sql, params or [])
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def _warning_kind(w: str) -> str:
    return w.split(":", 1)[0]


def _source_href(source_root: Path | None, report_dir: Path, source_path: str | None, page: int | None) -> str | None:
    if source_root is None or not source_path:
        return None
    try:
        target = (source_root / source_path).resolve()
    except (OSError, RuntimeError):  # a symbolic link loop among the sources: link to where it was found
        target = Path(os.path.abspath(source_root / source_path))
    try:
        rel = os.path.relpath(target, report_dir.resolve())
    except ValueError:  # another drive on Windows
        rel = target.as_uri()
    href = Path(rel).as_posix()
    href = "/".join(html.escape(p, quote=True).replace(" ", "%20").replace("#", "%23") for p in href.split("/"))
    if page and source_path.lower().endswith(".pdf"):
        href += f"#page={page}"
    return href


def collect(data_dir: Path, *, source_root: Path | None = None, report_dir: Path | None = None,
            max_rows: int = DEFAULT_MAX_ROWS) -> dict[str, Any]:
    """Everything the template shows, as plain Python values (a test or notebook can use it directly)."""
    data_dir = Path(data_dir)
    report_dir = report_dir or Path.cwd()
    con = connect(data_dir)
    manifest = Manifest.load(data_dir)

    docs = _rows(con, "select * exclude (ingested_at) from documents order by year nulls last, source_path")
    doc_by_id = {d["doc_id"]: d for d in docs}
    # a document the manifest holds but whose documents row is missing still shows, from the manifest
    for e in manifest.entries.values():
        if e.doc_id not in doc_by_id:
            row = {"doc_id": e.doc_id, "source_path": e.source_path, "status": e.status, "year": e.year,
                   "table_kinds": [], "warnings": [], "error": e.message}
            docs.append(row)
            doc_by_id[e.doc_id] = row

    counts: dict[str, dict[str, int]] = defaultdict(dict)
    per_table: dict[str, dict[int, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for name in PER_DOCUMENT:
        if name == "documents":
            continue
        has_seq = name not in ("partnerships", "totals", "indicators")
        for r in _rows(con, f"select doc_id, {'table_seq' if has_seq else 'null'} as seq, count(*) as n "
                            f"from {name} group by 1, 2"):
            counts[r["doc_id"]][name] = counts[r["doc_id"]].get(name, 0) + r["n"]
            if r["seq"] is not None:
                per_table[r["doc_id"]][r["seq"]][name] += r["n"]

    # flagged rows: every row with a warning, in every dataset, each with its own anchor
    flagged: list[dict[str, Any]] = []
    by_kind: dict[str, dict[str, Any]] = {}
    doc_warning_kinds: dict[str, Counter] = defaultdict(Counter)
    n_flagged_total = 0
    for name in PER_DOCUMENT:
        label = LABEL_COLUMN.get(name)
        has_seq = name not in ("partnerships", "totals", "indicators", "documents")
        page_line = "null as page, null as line" if name == "documents" else "page, line"
        sql = (f"select doc_id, {page_line}, {'table_seq' if has_seq else 'null as table_seq'}, "
               f"{'row_no_raw' if name not in ('totals', 'indicators', 'documents') else 'null as row_no_raw'}, "
               f"{label} as label, warnings from {name} where len(warnings) > 0 "
               f"order by doc_id, page nulls first, line nulls first")
        for r in _rows(con, sql):
            n_flagged_total += 1
            doc = doc_by_id.get(r["doc_id"], {})
            for w in r["warnings"]:
                doc_warning_kinds[r["doc_id"]][_warning_kind(w)] += 1
            if len(flagged) >= max_rows:
                continue
            r.update(n=len(flagged) + 1, dataset=name, source_path=doc.get("source_path"),
                     doc_anchor=_doc_anchor(r["doc_id"]),
                     href=_source_href(source_root, report_dir, doc.get("source_path"), r["page"]))
            r["anchor"] = f"r-{r['n']}"
            r["corrected"] = any(w.startswith("corrected:") for w in r["warnings"])
            flagged.append(r)
            for w in r["warnings"]:
                k = by_kind.setdefault(_warning_kind(w), {"kind": _warning_kind(w), "rows": [], "variants": Counter(),
                                                          "docs": set(), "datasets": Counter()})
                k["rows"].append(r)
                k["variants"][w] += 1
                k["docs"].add(r["doc_id"])
                k["datasets"][name] += 1
    warning_kinds = sorted(by_kind.values(), key=lambda k: (-len(k["rows"]), k["kind"]))
    for k in warning_kinds:
        k["n_docs"] = len(k.pop("docs"))

    # stated totals against recomputed ones, mismatches first (largest difference first)
    totals = _rows(con, "select t.*, d.source_path from totals t left join documents d using (doc_id)")
    for t in totals:
        t["diff"] = (t["amount"] - t["computed"]) if t["amount"] is not None and t["computed"] is not None else None
        t["state"] = "mismatch" if t["matches"] is False else "ok" if t["matches"] else "unchecked"
        t["doc_anchor"] = _doc_anchor(t["doc_id"])
        t["href"] = _source_href(source_root, report_dir, t["source_path"], t["page"])
    totals.sort(key=lambda t: ({"mismatch": 0, "unchecked": 1, "ok": 2}[t["state"]],
                               -abs(t["diff"] or 0), t["source_path"] or "", t["line"] or 0))
    n_mismatch = sum(t["state"] == "mismatch" for t in totals)

    # service codes not in the nomenclator
    unknown = _rows(con, """
        select coalesce(service_code, '') as service_code, code_raw, doc_id, page, line, table_seq, row_no_raw,
               service_name, warnings
        from services
        where code_status = 'unknown' or list_contains(warnings, 'code_not_in_nomenclator')
        order by service_code, doc_id, line""")
    flagged_anchor = {(f["dataset"], f["doc_id"], f["page"], f["line"], f["table_seq"], f["row_no_raw"]): f["anchor"]
                      for f in flagged}
    codes: dict[str, dict[str, Any]] = {}
    for u in unknown:
        u["anchor"] = flagged_anchor.get(("services", u["doc_id"], u["page"], u["line"], u["table_seq"],
                                          u["row_no_raw"]))
        u["source_path"] = doc_by_id.get(u["doc_id"], {}).get("source_path")
        c = codes.setdefault(u["service_code"] or u["code_raw"] or "?", {"code": u["service_code"], "raw": Counter(),
                                                                         "rows": []})
        c["raw"][u["code_raw"]] += 1
        c["rows"].append(u)
    unknown_codes = sorted(codes.values(), key=lambda c: (-len(c["rows"]), c["code"] or ""))

    # documents
    documents = []
    for d in docs:
        e = manifest.entries.get(d["doc_id"])
        kinds = list(d.get("table_kinds") or [])
        tables = [{"seq": i, "kind": k, "rows": dict(per_table[d["doc_id"]].get(i, {}))}
                  for i, k in enumerate(kinds, start=1)]
        documents.append({
            **d, "anchor": _doc_anchor(d["doc_id"]), "tables": tables, "kind_counts": Counter(kinds).most_common(),
            "rows": counts.get(d["doc_id"], {}), "n_rows": sum(counts.get(d["doc_id"], {}).values()),
            "reason": e.reason if e else None, "message": (e.message if e else None) or d.get("error"),
            "seconds": e.seconds if e else None, "warning_kinds": doc_warning_kinds[d["doc_id"]].most_common(),
            "corrected": doc_warning_kinds[d["doc_id"]].get("corrected", 0),
            "href": _source_href(source_root, report_dir, d.get("source_path"), None),
        })
    status_counts = Counter(d.get("status") or "unknown" for d in documents)
    rows_per_dataset = {name: sum(c.get(name, 0) for c in counts.values()) for name in PER_DOCUMENT if name != "documents"}

    # charts
    budget = _rows(con, "select " + ", ".join(f"coalesce(sum({c}), 0) as {c}" for c, _ in BUDGET_SOURCES)
                   + " from services")[0]
    budget_items = [(label, [(float(budget[c]), SOURCE_COLOURS[i], f"{label}: {fmt_lei(budget[c])} lei")])
                    for i, (c, label) in enumerate(BUDGET_SOURCES)]
    budget_by_year = _rows(con, "select d.year, " + ", ".join(f"coalesce(sum(s.{c}), 0) as {c}" for c, _ in BUDGET_SOURCES)
                           + " from services s join documents d using (doc_id) group by 1 order by 1 nulls last")
    budget_year_items = [(str(r["year"] or "unknown"),
                          [(float(r[c]), SOURCE_COLOURS[i], f"{r['year']} {label}: {fmt_lei(r[c])} lei")
                           for i, (c, label) in enumerate(BUDGET_SOURCES)]) for r in budget_by_year]
    ranked = sorted(documents, key=lambda d: -d["n_rows"])[:40]
    rows_items = [(d.get("source_path") or d["doc_id"][:12],
                   [(float(d["rows"].get(name, 0)), DATASET_COLOURS[name], f"{name}: {d['rows'].get(name, 0)}")
                    for name in DATASET_COLOURS]) for d in ranked if d["n_rows"]]

    return {
        "title": f"Quality report — {data_dir}",
        "generated_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "data_dir": str(data_dir), "pipeline_version": PIPELINE_VERSION, "contract_version": CONTRACT_VERSION,
        "last_run": manifest.runs[-1] if manifest.runs else None,
        "documents": documents, "status_counts": sorted(status_counts.items()), "rows_per_dataset": rows_per_dataset,
        "warning_kinds": warning_kinds, "flagged": flagged, "n_flagged_total": n_flagged_total, "max_rows": max_rows,
        "totals": totals, "n_mismatch": n_mismatch, "unknown_codes": unknown_codes,
        "budget_total": sum((budget[c] for c, _ in BUDGET_SOURCES), Decimal(0)),
        "chart_budget": hbar_chart(budget_items, label_w=110, width=560) if any(v for _, [(v, _, _)] in budget_items) else None,
        "chart_budget_year": hbar_chart(budget_year_items, label_w=110, width=560) if budget_year_items and
        any(v for _, segs in budget_year_items for v, _, _ in segs) else None,
        "chart_rows": hbar_chart(rows_items, label_w=250, width=760, value_fmt=lambda v: f"{v:.0f}") if rows_items else None,
        "n_rows_chart_docs": len(rows_items), "n_docs_total": len(documents),
        "source_colours": list(zip([l for _, l in BUDGET_SOURCES], SOURCE_COLOURS)),
        "dataset_colours": list(DATASET_COLOURS.items()),
    }


def _doc_anchor(doc_id: str | None) -> str:
    return f"doc-{(doc_id or 'unknown')[:12]}"


def environment() -> Environment:
    env = Environment(loader=PackageLoader("pipeline", "templates"), autoescape=select_autoescape(["html", "j2"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["lei"] = fmt_lei
    env.filters["short_doc"] = lambda d: (d or "")[:12]
    env.filters["tojson_compact"] = lambda v: json.dumps(v, ensure_ascii=False, default=str)
    return env


def render_report(data_dir: Path, *, source_root: Path | None = None, report_dir: Path | None = None,
                  max_rows: int = DEFAULT_MAX_ROWS) -> str:
    ctx = collect(data_dir, source_root=source_root, report_dir=report_dir, max_rows=max_rows)
    return environment().get_template("report.html.j2").render(**ctx)


def write_report(data_dir: Path, out: Path, *, source_root: Path | None = None,
                 max_rows: int = DEFAULT_MAX_ROWS) -> Path:
    """Render and write atomically (a reader never opens half a page)."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    text = render_report(Path(data_dir), source_root=source_root, report_dir=out.parent, max_rows=max_rows)
    tmp = out.with_name(f".tmp-{out.name}")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, out)
    return out
