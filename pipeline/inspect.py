"""`pipeline inspect FILE`: the document as the pipeline understood it.

Blocks in reading order with their template section, and every table with its place (page, line, bbox), its
kind and what pointed to it, its header paths, its column → field mapping with the evidence for each column, the
columns no field took, and every logical row with the records it gave or the reason it gave none. ``--line L``
(with ``--page N`` for a PDF, whose lines are counted per page) narrows it to one place, as a warning or a reviewer
names it ("page 4, line 12"): the row printed there, the table it belongs to and the records read from it. Everything is
read off the document's :class:`~extractors.understanding.model.Understanding` and its records
(:func:`pipeline.extraction.extract_understood`); nothing is classified or mapped again. The JSON form follows
``docs/inspect.schema.json``.
"""
from __future__ import annotations

from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import Any

from extractors.classify import header_scores
from extractors.model import Table
from extractors.readers import read_document
from extractors.understanding.build import understand
from extractors.understanding.model import TableUnderstanding, Understanding
from pipeline.extraction import extract_understood, sha256_file
from pipeline.table_summary import RecordIndex, document_extras, row_outcomes, summarise_table, table_positions, \
    table_records

INSPECT_VERSION = 1
SCHEMA_PATH = Path(__file__).resolve().parents[1] / "docs" / "inspect.schema.json"
TEXT_PREVIEW = 160  # characters of a text block shown; the source has the rest
CONTEXT_LINES = 3  # text lines before a table shown as the context its kind was read from
ROWS_AROUND = 5  # with --line: the table's rows listed before and after the row printed there
# a record's fields not shown for the place asked: the document's id and the place itself (already said)
_PLACE_FIELDS = ("doc_id", "page", "line")


def inspect_file(path: Path, page: int | None = None, password: str | None = None,
                 line: int | None = None) -> dict[str, Any]:
    """Read, understand and extract one document; its inspection as plain data (JSON-ready). ``page`` keeps the
    blocks and tables printed on that page; ``line`` (with ``page``, of a paged document) keeps the place: the
    block or table row printed on that line, its table and the records read from it (``at``); ``password``
    opens a password-protected PDF (as ``pipeline run --password``). Raises :class:`extractors.model.ReaderError`
    for an unreadable file (``encrypted_pdf`` for a protected PDF it does not open)."""
    doc = read_document(path, sha256_file(path), str(path), password=password)
    return inspection(understand(doc), page=page, line=line)


def inspection(u: Understanding, page: int | None = None, line: int | None = None) -> dict[str, Any]:
    result = extract_understood(u)
    data = _inspection(u, result, page)
    return data if line is None else _at_line(data, u, result, page, line)


def _inspection(u: Understanding, result, page: int | None) -> dict[str, Any]:
    rec = result.document
    summaries = {id(t): s for t, s in zip(u.tables, getattr(result, "tables", ()))}
    doc = {
        "doc_id": rec.doc_id, "source_path": rec.source_path, "format": rec.format, "pages": rec.pages,
        "doc_type": rec.doc_type, "title": rec.title, "year": rec.year, "year_end": rec.year_end,
        "issuer": rec.issuer, "uat": rec.uat, "county": rec.county, "status": rec.status,
        "warnings": list(rec.warnings), "n_tables": len(u.tables),
    }
    doc.update(document_extras(result))
    seq_of = {id(t.table): t.seq for t in u.tables}
    blocks = []
    for i, (block, section) in enumerate(zip(u.blocks, u.sections)):
        if page is not None and not _on_page(block, page):
            continue
        item: dict[str, Any] = {"index": i, "type": block.kind, "page": block.page, "line": block.line,
                                "section": section.kind}
        if isinstance(block, Table):
            item["table_seq"] = seq_of.get(id(block), block.seq)
        else:
            item["text"] = _preview(block.text)
        blocks.append(item)
    tables = [_table(t, result, summaries.get(id(t)) or summarise_table(t, result)) for t in u.tables
              if page is None or _on_page(t.table, page)]
    counts = {name: len(getattr(result, name)) for name in
              ("services", "procurements", "subsidies", "trainings", "activities", "partnerships", "totals",
               "indicators")}
    # the furniture layer (running headers/footers, page numbers): shown; only the letterhead among it is read
    furniture = [{"page": b.page, "line": b.line, "text": _preview(b.text)} for b in u.document.furniture
                 if page is None or _on_page(b, page)]
    return {"inspect_version": INSPECT_VERSION, "page": page, "line": None, "document": doc, "records": counts,
            "blocks": blocks, "tables": tables, "furniture": furniture}


def _at_line(data: dict[str, Any], u: Understanding, result, page: int | None, line: int) -> dict[str, Any]:
    """The inspection narrowed to one place: the blocks printed there (a paragraph from the line it starts on), the
    table whose lines hold it with the row printed there marked (a row spanning lines: the one started last at or
    before it), and every record read from that row or line."""
    def here(p: Any) -> bool:
        return page is None or p == page

    tables = [t for t in u.tables if any(ln == line and here(pg) for pg, ln in table_positions(t))]
    seqs = {t.seq for t in tables}
    data["tables"] = [t for t in data["tables"] if t["table_seq"] in seqs]
    started = [b for b in data["blocks"] if b["line"] is not None and b["line"] <= line and here(b["page"])]
    text_block = max(started, key=lambda b: (b["page"] or 0, b["line"]), default=None)
    # the block started last before the line holds it when it starts there or is a paragraph (one runs over
    # lines); a heading or list item is one line, and after a table that does not hold the line nothing does
    if tables or text_block is None or text_block["type"] == "table" or (
            text_block["line"] != line and text_block["type"] != "paragraph"):
        text_block = None
    data["blocks"] = [b for b in data["blocks"] if b.get("table_seq") in seqs and b["type"] == "table"
                      or b is text_block]
    data["furniture"] = [f for f in data["furniture"] if f["line"] == line and here(f["page"])]
    row = None
    for t in data["tables"]:
        on_page = [r for r in t["rows"] if r["line"] is not None and r["line"] <= line and here(r["page"])]
        if on_page:
            row = max(on_page, key=lambda r: (r["page"] or 0, r["line"]))
            t["at_row"] = row["index"]
            break
    index = RecordIndex(result)
    keys = {(row["page"], row["line"])} if row else {(p, ln) for p, ln in
                                                     (k for by_key in index.by_key.values() for k in by_key)
                                                     if ln == line and here(p)}
    records = [{"dataset": name, "fields": _fields(r)} for name, by_key in index.by_key.items()
               for key in sorted(keys, key=lambda k: (k[0] or 0, k[1])) for _, r in by_key.get(key, ())]
    data["line"] = line
    data["at"] = {"page": page, "line": line, "table_seq": tables[0].seq if tables else None, "row": row,
                  "records": records}
    return data


def _fields(record: Any) -> dict[str, Any]:
    """A record's stated fields (empty ones and the place left out)."""
    values = asdict(record) if is_dataclass(record) else dict(vars(record))
    return {k: v for k, v in values.items() if k not in _PLACE_FIELDS and v not in (None, "", [], {})}


def _on_page(block: Any, page: int) -> bool:
    pages = getattr(block, "pages", None) or ([block.page] if block.page is not None else [])
    return page in pages


def _preview(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= TEXT_PREVIEW else text[:TEXT_PREVIEW - 1] + "…"


def _table(t: TableUnderstanding, result, summary) -> dict[str, Any]:
    records = table_records(t, result)
    rows = row_outcomes(t, records)
    context = [_preview(getattr(b, "text", "") or "") for b in t.context[-CONTEXT_LINES:]]
    scores = header_scores(list(t.columns))
    columns = []
    for ev in t.mapping.evidence:
        columns.append({
            "col": ev.col, "label": ev.label, "field": ev.field,
            "row_number": ev.col == t.mapping.row_no_col,
            "header_field": ev.header_field, "header_phrase": ev.header_phrase,
            "header_score": round(float(ev.header_score), 1), "content_type": ev.content_type,
            "content_share": round(float(ev.content_share), 2)})
    return {
        "table_seq": t.seq, "page": t.table.page, "pages": list(t.table.pages), "line": t.table.line,
        "bbox": list(t.table.bbox) if t.table.bbox else None, "kind": summary.kind,
        "why": {"section": t.section.kind, "report_table": t.report,
                "header_vocabulary": {k: round(float(v), 2) for k, v in sorted(scores.items())},
                "context": [c for c in context if c]},
        "header_rows": [list(r) for r in t.header_rows], "header": list(t.columns), "columns": columns,
        "parts": [{"page": p.page, "line": p.line, "rows": list(p.rows)} for p in t.table.prov],
        "unmapped": summary.unmapped_columns, "looks_like_data": summary.looks_like_data,
        "understood": summary.understood, "n_rows": summary.n_rows, "n_records": summary.n_records,
        "records": {k: len(v) for k, v in sorted(records.items())},
        "rows_dropped": sum(1 for r in rows if r.dropped), "warnings": summary.warnings,
        "rows": [{"index": r.index, "page": r.page, "line": r.line, "category": r.category, "cells": list(r.cells),
                  "datasets": list(r.datasets), "dropped": r.dropped, "warnings": list(r.warnings)} for r in rows],
    }


# ----------------------------------------------------------------------------------------------- markdown
def _md_cell(text: Any) -> str:
    s = "" if text is None else str(text)
    return " ".join(s.split()).replace("|", "\\|")


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _where(page: Any, line: Any) -> str:
    return ", ".join(p for p in (f"p. {page}" if page is not None else "", f"line {line}" if line is not None
                                 else "") if p) or "—"


def render_md(data: dict[str, Any], max_rows: int = 60) -> str:
    d = data["document"]
    out = [f"# {d['source_path']}", ""]
    cov = d.get("coverage")
    out.append(f"{d['format']} · {d['doc_type']} · {d.get('title') or '(no title)'} · year {d.get('year')}"
               f"{'–' + str(d['year_end']) if d.get('year_end') and d['year_end'] != d.get('year') else ''} · "
               f"{d.get('uat') or 'UAT unknown'} · status {d['status']}")
    out.append(f"{d['n_tables']} tables · coverage {'—' if cov is None else f'{cov:.0%}'} · "
               f"{_n(d.get('n_tables_unread', 0), 'data table')} gave no record · records: "
               + ", ".join(f"{k} {v}" for k, v in data["records"].items() if v))
    if d["warnings"]:
        out.append("document warnings: " + ", ".join(f"`{w}`" for w in d["warnings"]))
    if data.get("at") is not None:
        out += _md_at(data)
    elif data["page"] is not None:
        out.append(f"(page {data['page']} only)")
    out += ["", "## Blocks", "", "| # | type | where | section | text |", "|---|---|---|---|---|"]
    for b in data["blocks"]:
        text = f"table {b['table_seq']}" if b["type"] == "table" else b.get("text", "")
        out.append(f"| {b['index']} | {b['type']} | {_where(b['page'], b['line'])} | {b['section'] or ''} | "
                   f"{_md_cell(text)} |")
    if data.get("furniture"):
        out += ["", "## Page furniture (not read, but for the letterhead: read for the issuer and its place)", ""]
        out += [f"- {_where(f['page'], f['line'])}: {_md_cell(f['text'])}" for f in data["furniture"]]
    out += ["", "## Tables"]
    for t in data["tables"]:
        out += ["", f"### Table {t['table_seq']} — {t['kind']} ({_where(t['page'], t['line'])}"
                f"{', pages ' + '–'.join(map(str, (t['pages'][0], t['pages'][-1]))) if len(t['pages']) > 1 else ''})",
                ""]
        if t["bbox"]:
            out.append("bbox: " + ", ".join(f"{v:.0f}" for v in t["bbox"]))
        why = t["why"]
        scores = ", ".join(f"{k} {v:g}" for k, v in why["header_vocabulary"].items()) or "none"
        out.append(f"why: section {why['section'] or '—'}; header vocabulary {scores}"
                   f"{'; read as a report table' if why['report_table'] else ''}")
        for c in why["context"]:
            out.append(f"> {_md_cell(c)}")
        out.append("")
        out.append(f"{_n(t['n_rows'], 'row')} → {_n(t['n_records'], 'record')} "
                   f"({', '.join(f'{k} {v}' for k, v in t['records'].items()) or 'none'}), "
                   f"{_n(t['rows_dropped'], 'row')} gave none"
                   f"{'; looks like data' if t['looks_like_data'] else ''}"
                   f"{'; **not understood**' if not t['understood'] and (t['looks_like_data'] or t['kind'] != 'other') else ''}")
        if t["warnings"]:
            out.append("warnings: " + ", ".join(f"`{w}`" for w in t["warnings"]))
        if len(t.get("parts", [])) > 1:
            out.append(f"stitched from {_n(len(t['parts']), 'part')}: " + "; ".join(
                f"{_where(p['page'], p['line'])} rows {p['rows'][0] + 1}–{p['rows'][1]}" for p in t["parts"]))
        out += ["", "| col | header path | field | header evidence | content |", "|---|---|---|---|---|"]
        for c in t["columns"]:
            field = "row number" if c["row_number"] else (c["field"] or "**unmapped**")
            phrase = f"'{c['header_phrase']}' ({c['header_score']:g})" if c["header_phrase"] else ""
            if c["header_field"] and c["header_field"] != c["field"]:
                phrase += f" → {c['header_field']} (taken)"
            content = f"{c['content_type']} {c['content_share']:.0%}" if c["content_type"] else ""
            out.append(f"| {c['col'] + 1} | {_md_cell(c['label'])} | {field} | {_md_cell(phrase)} | {content} |")
        if t["rows"]:
            at = t.get("at_row")
            first, last = (0, max_rows) if at is None else (max(0, at - ROWS_AROUND), at + ROWS_AROUND + 1)
            out += ["", "| row | where | gave | first cells |", "|---|---|---|---|"]
            if first:
                out.append(f"| … | | | {first} rows before |")
            for r in t["rows"][first:last]:
                gave = ", ".join(r["datasets"]) if r["datasets"] else f"dropped: {r['dropped']}"
                cells = " · ".join(c for c in r["cells"] if c.strip())
                number = f"**→ {r['index'] + 1}**" if r["index"] == at else str(r["index"] + 1)
                out.append(f"| {number} | {_where(r['page'], r['line'])} | {_md_cell(gave)} | "
                           f"{_md_cell(_preview(cells)[:90])} |")
            if len(t["rows"]) > last:
                out.append(f"| … | | | {len(t['rows']) - last} more rows (--json lists all) |")
    return "\n".join(out) + "\n"


def _md_at(data: dict[str, Any]) -> list[str]:
    """The place asked with --line: the row printed there (each cell under its header), its table, the records read
    from it; or the text block there; or that nothing is printed there."""
    at = data["at"]
    out = ["", f"## At {_where(at['page'], at['line'])}", ""]
    row, table = at["row"], next((t for t in data["tables"] if t["table_seq"] == at["table_seq"]), None)
    if table is not None:
        out.append(f"table {table['table_seq']} ({table['kind']}, {_where(table['page'], table['line'])}; below)"
                   + (f", row {row['index'] + 1} ({_where(row['page'], row['line'])})" if row else
                      ": its header, no row starts here"))
    if row is not None:
        gave = ", ".join(row["datasets"]) if row["datasets"] else f"no record: {row['dropped']}"
        out += [f"gave: {gave}" + (f"; warnings: {', '.join(row['warnings'])}" if row["warnings"] else ""), "",
                "| column | cell |", "|---|---|"]
        labels = [c["label"] for c in table["columns"]]
        for i, cell in enumerate(row["cells"]):
            out.append(f"| {_md_cell(labels[i] if i < len(labels) else i + 1)} | {_md_cell(cell)} |")
    elif table is None:
        text = [b for b in data["blocks"]]
        out.append(f"{text[0]['type']} ({_where(text[0]['page'], text[0]['line'])}): {_md_cell(text[0].get('text'))}"
                   if text else "no block or table row starts on this line (`--page N` alone lists the page)")
    if at["records"]:
        out += ["", f"records read from it ({len(at['records'])}):"]
        out += [f"- {r['dataset']}: " + " · ".join(f"{k}={_md_cell(_plain(v))}" for k, v in r["fields"].items())
                for r in at["records"]]
    elif row is not None or table is None:
        out += ["", "records read from it: none"]
    return out


def _plain(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(map(str, value)) + "]"
    return str(value)
