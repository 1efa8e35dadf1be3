"""`pipeline report`: one HTML page for reviewing what a run extracted, honest about what was not checked.

Built from the datasets and ``_manifest.json``, rendered with Jinja2 templates in ``pipeline/templates/``; the
page has no script and loads nothing from the network. What it says, in the order a reviewer needs it:

- warning kinds with their level and meaning from docs/warnings.md (error, check, empty, info: what may be
  wrong first), each listing its rows;
- stated totals that were **checked** against the rows (mismatches first), apart from the figures that were
  not (most figures found in prose): "6 checked · 0 mismatch · 183 unchecked"; every amount with its unit,
  money apart from counts;
- charts per year and per document (existing and proposed services apart), never one sum over documents;
- every flagged row, most serious first, with a link to its source: a PDF at its page, a text or DOCX source
  at its line in a line-numbered view written beside the report (:mod:`pipeline.report_sources`).

When the documents dataset has a ``duplicate_of`` column (the same publication read from another file), each
publication is counted and listed once: the copies appear only in the documents table.
The page reads on a 400 px screen: tables become one card per row, charts are HTML bars that shrink.
"""
from __future__ import annotations

import json
import re
import shutil
from collections import Counter, defaultdict
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from pipeline.durable import atomic_write_text
from pipeline.glossary import LEVELS, warning_info
from pipeline.manifest import Manifest
from pipeline.query import connect
from pipeline.report_charts import BUDGET_SOURCES, budget_charts, rows_chart
from pipeline.report_sources import SourceLink, source_link, view_lines
from pipeline.schema import CONTRACT_VERSION, PER_DOCUMENT, PIPELINE_VERSION

# the column that names a row, per dataset, for the flagged-rows list
LABEL_COLUMN = {"services": "service_name", "procurements": "contract_object", "subsidies": "unit_name",
                "trainings": "staff_category", "activities": "activity", "partnerships": "partner",
                "totals": "scope", "indicators": "indicator", "documents": "title"}
DEFAULT_MAX_ROWS = 2000
MONEY_UNITS = ("lei",)


# ----------------------------------------------------------------------------------------------- formatting
def fmt_lei(v: Any) -> str:
    """Romanian money format: 5.585.522,17 (empty for None)."""
    if v is None:
        return ""
    d = Decimal(str(v)).quantize(Decimal("0.01"))
    sign = "-" if d < 0 else ""
    whole, frac = f"{abs(d):.2f}".split(".")
    return f"{sign}{_group(whole)},{frac}"


def _group(digits: str) -> str:
    groups = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return ".".join(groups) or "0"


def fmt_amount(v: Any, unit: str | None) -> str:
    """Money as lei with cents (5.585.522,17); a count as a whole number (1.250), with a decimal comma if any."""
    if v is None:
        return ""
    if (unit or "lei") in MONEY_UNITS:
        return fmt_lei(v)
    d = Decimal(str(v))
    sign = "-" if d < 0 else ""
    whole, _, frac = f"{abs(d):f}".partition(".")
    frac = frac.rstrip("0")
    return f"{sign}{_group(whole)}{',' + frac if frac else ''}"


# ----------------------------------------------------------------------------------------------- data
def _rows(con, sql: str, params: list | None = None) -> list[dict[str, Any]]:
    cur = con.execute(sql, params or [])
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def _kind(w: str) -> str:
    return w.split(":", 1)[0]


def _level_rank(level: str) -> int:
    return LEVELS.index(level) if level in LEVELS else 0


def _doc_anchor(doc_id: str | None) -> str:
    return f"doc-{(doc_id or 'unknown')[:12]}"


def collect(data_dir: Path, *, source_root: Path | None = None, report_dir: Path | None = None,
            max_rows: int = DEFAULT_MAX_ROWS, views_dir: Path | None = None) -> dict[str, Any]:
    """Everything the template shows, as plain Python values (a test or notebook can use it directly).
    ``views_dir``: where the line-numbered views of text and DOCX sources go (links point there)."""
    data_dir = Path(data_dir)
    report_dir = report_dir or Path.cwd()
    con = connect(data_dir)
    try:
        manifest = Manifest.load(data_dir, repair=False)  # a report never moves a damaged manifest aside
    except ValueError:
        manifest = Manifest(path=data_dir / "_manifest.json")

    docs = _rows(con, "select * exclude (ingested_at) from documents order by year nulls last, source_path")
    doc_by_id = {d["doc_id"]: d for d in docs}
    # a document the manifest holds but whose documents row is missing still shows, from the manifest
    for e in manifest.entries.values():
        if e.doc_id not in doc_by_id:
            row = {"doc_id": e.doc_id, "source_path": e.source_path, "status": e.status, "year": e.year,
                   "table_kinds": [], "warnings": [], "error": e.message}
            docs.append(row)
            doc_by_id[e.doc_id] = row
    copies = {d["doc_id"] for d in docs if d.get("duplicate_of")}
    links: dict[str, SourceLink] = {d["doc_id"]: source_link(d, source_root, report_dir, views_dir) for d in docs}

    def href(doc_id: str, page=None, line=None) -> str | None:
        link = links.get(doc_id)
        return link.at(page, line) if link else None

    counts: dict[str, dict[str, int]] = defaultdict(dict)
    per_table: dict[str, dict[int, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for name in PER_DOCUMENT:
        if name in ("documents", "tables"):  # tables describes the document's tables, it holds no records
            continue
        has_seq = name not in ("partnerships", "totals", "indicators")
        for r in _rows(con, f"select doc_id, {'table_seq' if has_seq else 'null'} as seq, count(*) as n "
                            f"from {name} group by 1, 2"):
            counts[r["doc_id"]][name] = counts[r["doc_id"]].get(name, 0) + r["n"]
            if r["seq"] is not None:
                per_table[r["doc_id"]][r["seq"]][name] += r["n"]

    # flagged rows: every row with a warning, in every dataset; the most serious level first
    flagged: list[dict[str, Any]] = []
    for name in PER_DOCUMENT:
        if name == "tables":
            continue
        label = LABEL_COLUMN.get(name)
        has_seq = name not in ("partnerships", "totals", "indicators", "documents")
        page_line = "null as page, null as line" if name == "documents" else "page, line"
        sql = (f"select doc_id, {page_line}, {'table_seq' if has_seq else 'null as table_seq'}, "
               f"{'row_no_raw' if name not in ('totals', 'indicators', 'documents') else 'null as row_no_raw'}, "
               f"{label} as label, warnings from {name} where len(warnings) > 0")
        for r in _rows(con, sql):
            if r["doc_id"] in copies:
                continue
            infos = [warning_info(w) for w in r["warnings"]]
            r["level"] = min((i.level for i in infos), key=_level_rank)
            r["levels"] = [i.level for i in infos]
            r["dataset"] = name
            flagged.append(r)
    flagged.sort(key=lambda r: (_level_rank(r["level"]), doc_by_id.get(r["doc_id"], {}).get("source_path") or "",
                                r["page"] or 0, r["line"] or 0, r["dataset"]))
    n_flagged_total = len(flagged)
    n_flagged_to_check = sum(r["level"] in ("error", "check") for r in flagged)
    by_kind: dict[str, dict[str, Any]] = {}
    doc_warning_kinds: dict[str, Counter] = defaultdict(Counter)
    for i, r in enumerate(flagged, start=1):
        doc = doc_by_id.get(r["doc_id"], {})
        r.update(n=i, anchor=f"r-{i}", source_path=doc.get("source_path"), doc_anchor=_doc_anchor(r["doc_id"]),
                 href=href(r["doc_id"], r["page"], r["line"]), shown=i <= max_rows,
                 corrected=any(w.startswith("corrected:") for w in r["warnings"]))
        for w in r["warnings"]:
            info = warning_info(w)
            doc_warning_kinds[r["doc_id"]][info.code] += 1
            k = by_kind.setdefault(info.code, {"kind": info.code, "info": info, "rows": [], "variants": Counter(),
                                               "docs": set(), "datasets": Counter()})
            k["rows"].append(r)
            k["variants"][w] += 1
            k["docs"].add(r["doc_id"])
            k["datasets"][r["dataset"]] += 1
    warning_kinds = sorted(by_kind.values(), key=lambda k: (_level_rank(k["info"].level), -len(k["rows"]), k["kind"]))
    for k in warning_kinds:
        k["n_docs"] = len(k.pop("docs"))
    shown = [r for r in flagged if r["shown"]]

    # stated totals: those checked against the rows, apart from those that were not
    totals = [t for t in _rows(con, "select t.*, d.source_path from totals t left join documents d using (doc_id)")
              if t["doc_id"] not in copies]
    for t in totals:
        t["diff"] = (t["amount"] - t["computed"]) if t["amount"] is not None and t["computed"] is not None else None
        t["state"] = "mismatch" if t["matches"] is False else "ok" if t["matches"] else "unchecked"
        t["money"] = (t["unit"] or "lei") in MONEY_UNITS
        t["doc_anchor"] = _doc_anchor(t["doc_id"])
        t["href"] = href(t["doc_id"], t["page"], t["line"])
        t["from_prose"] = any(_kind(w) in ("from_prose", "from_prose_table") for w in t["warnings"] or [])
    checked = sorted((t for t in totals if t["state"] != "unchecked"),
                     key=lambda t: (t["state"] != "mismatch", -abs(t["diff"] or 0), t["source_path"] or "",
                                    t["line"] or 0))
    unchecked_by_doc: dict[str, list] = defaultdict(list)
    for t in sorted((t for t in totals if t["state"] == "unchecked"), key=lambda t: (t["page"] or 0, t["line"] or 0)):
        unchecked_by_doc[t["doc_id"]].append(t)
    totals_summary = {
        "checked": len(checked), "mismatch": sum(t["state"] == "mismatch" for t in checked),
        "unchecked": sum(len(v) for v in unchecked_by_doc.values()),
        "checked_money": sum(t["money"] for t in checked), "checked_counts": sum(not t["money"] for t in checked),
        "unchecked_prose": sum(t["from_prose"] for v in unchecked_by_doc.values() for t in v)}
    unchecked = [{"doc": doc_by_id.get(d, {"doc_id": d}), "anchor": _doc_anchor(d), "rows": rows,
                  "money": sum(t["money"] for t in rows)}
                 for d, rows in sorted(unchecked_by_doc.items(),
                                       key=lambda kv: doc_by_id.get(kv[0], {}).get("source_path") or "")]

    # service codes not in the nomenclator
    unknown = [u for u in _rows(con, """
        select coalesce(service_code, '') as service_code, code_raw, doc_id, page, line, table_seq, row_no_raw,
               service_name, warnings
        from services
        where code_status = 'unknown' or list_contains(warnings, 'code_not_in_nomenclator')
        order by service_code, doc_id, line""") if u["doc_id"] not in copies]
    flagged_anchor = {(f["dataset"], f["doc_id"], f["page"], f["line"], f["table_seq"], f["row_no_raw"]): f["anchor"]
                      for f in shown}
    codes: dict[str, dict[str, Any]] = {}
    for u in unknown:
        u["anchor"] = flagged_anchor.get(("services", u["doc_id"], u["page"], u["line"], u["table_seq"],
                                          u["row_no_raw"]))
        u["source_path"] = doc_by_id.get(u["doc_id"], {}).get("source_path")
        u["href"] = href(u["doc_id"], u["page"], u["line"])
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
        link = links[d["doc_id"]]
        documents.append({
            **d, "anchor": _doc_anchor(d["doc_id"]), "tables": tables, "kind_counts": Counter(kinds).most_common(),
            "rows": counts.get(d["doc_id"], {}), "n_rows": sum(counts.get(d["doc_id"], {}).values()),
            "reason": e.reason if e else None, "message": (e.message if e else None) or d.get("error"),
            "seconds": e.seconds if e else None, "warning_kinds": doc_warning_kinds[d["doc_id"]].most_common(),
            "href": link.file_href, "view_href": link.view_href, "link_note": link.note,
            "copy_of": doc_by_id.get(d.get("duplicate_of") or "", {}).get("source_path") or d.get("duplicate_of"),
        })
    # low coverage first (data tables that gave no record: `pipeline inspect` shows why); then year and path
    documents.sort(key=lambda d: (d.get("coverage") is None, d.get("coverage") or 0.0))
    originals = [d for d in documents if d["doc_id"] not in copies]
    status_counts = Counter(d.get("status") or "unknown" for d in originals)
    rows_per_dataset = {name: sum(d["rows"].get(name, 0) for d in originals)
                        for name in PER_DOCUMENT if name != "documents"}

    # charts: budgets per year and document, existing and proposed apart
    budget_rows = [r for r in _rows(con, "select doc_id, section, " + ", ".join(
        f"sum({c}) as {c}" for c, _ in BUDGET_SOURCES) + " from services group by 1, 2") if r["doc_id"] not in copies]
    charts = budget_charts(budget_rows, {d["doc_id"]: d for d in originals}, fmt_lei)
    chart_rows = rows_chart(originals)

    return {
        "title": f"Quality report — {data_dir}",
        "generated_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "data_dir": str(data_dir), "pipeline_version": PIPELINE_VERSION, "contract_version": CONTRACT_VERSION,
        "last_run": manifest.runs[-1] if manifest.runs else None,
        "documents": documents, "n_docs_total": len(documents), "n_publications": len(originals),
        "n_copies": len(copies), "status_counts": sorted(status_counts.items()), "rows_per_dataset": rows_per_dataset,
        "warning_kinds": warning_kinds, "levels": LEVELS, "flagged": shown, "n_flagged_total": n_flagged_total,
        "n_flagged_to_check": n_flagged_to_check, "max_rows": max_rows,
        "totals": checked, "totals_summary": totals_summary, "unchecked": unchecked,
        "n_mismatch": totals_summary["mismatch"], "unknown_codes": unknown_codes,
        "budget_charts": charts, "chart_rows": chart_rows,
        "sources_missing": [d for d in documents if d["link_note"]],
        "views": [(d, links[d["doc_id"]]) for d in docs if links[d["doc_id"]].view_href],
    }


# ----------------------------------------------------------------------------------------------- rendering
def environment() -> Environment:
    env = Environment(loader=PackageLoader("pipeline", "templates"), autoescape=select_autoescape(["html", "j2"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["lei"] = fmt_lei
    env.filters["amount"] = fmt_amount
    env.filters["short_doc"] = lambda d: (d or "")[:12]
    env.filters["md_code"] = md_code
    env.filters["tojson_compact"] = lambda v: json.dumps(v, ensure_ascii=False, default=str)
    return env


def md_code(text: str | None) -> Markup:
    """docs/warnings.md's words with their `code spans` as <code>, everything else escaped."""
    return Markup(re.sub(r"`([^`]+)`", r"<code>\1</code>", str(escape(text or ""))))


def render_report(data_dir: Path, *, source_root: Path | None = None, report_dir: Path | None = None,
                  max_rows: int = DEFAULT_MAX_ROWS, views_dir: Path | None = None) -> str:
    ctx = collect(data_dir, source_root=source_root, report_dir=report_dir, max_rows=max_rows, views_dir=views_dir)
    return environment().get_template("report.html.j2").render(**ctx)


def views_dir_for(out: Path) -> Path:
    return out.with_name(f"{out.stem}_sources")


def write_report(data_dir: Path, out: Path, *, source_root: Path | None = None,
                 max_rows: int = DEFAULT_MAX_ROWS) -> Path:
    """Render the report and the line-numbered views of its text and DOCX sources; each file is written
    atomically (a reader never opens half a page), the views first so the report's links never dangle."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    views = views_dir_for(out)
    ctx = collect(Path(data_dir), source_root=source_root, report_dir=out.parent, max_rows=max_rows, views_dir=views)
    env = environment()
    if views.exists():
        shutil.rmtree(views)
    if ctx["views"]:
        views.mkdir()
        template = env.get_template("source.html.j2")
        for doc, link in ctx["views"]:
            try:
                lines, error = view_lines(doc, link.local_path), None
            except Exception as exc:  # the reader read it during the run; say so if it cannot now
                lines, error = [], f"{type(exc).__name__}: {exc}"
            page = template.render(doc=doc, lines=lines, error=error, report=out.name,
                                   file_href=_from_views(link.file_href), doc_anchor=_doc_anchor(doc["doc_id"]))
            atomic_write_text(views / Path(link.view_href).name, page)
    atomic_write_text(out, env.get_template("report.html.j2").render(**ctx))
    return out


def _from_views(file_href: str | None) -> str | None:
    """The source file's link as seen from the views folder (one level below the report)."""
    if not file_href or ":" in file_href.split("/", 1)[0]:
        return file_href  # an absolute URL
    return "../" + file_href


