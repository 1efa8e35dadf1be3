"""What became of each table: the records it gave, the rows it dropped and why, whether it looks like data.

Read-only over the two things the pipeline already built for a document: its
:class:`~extractors.understanding.model.Understanding` (kinds, mappings, logical rows) and its
:class:`~extractors.records.base.Extraction` (the records). Nothing here classifies, maps or extracts again; it
only matches records back to the table rows they came from (by ``table_seq``, else by page and line). Used by the
``tables`` dataset, the documents' ``coverage`` and ``pipeline inspect``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from pathlib import Path
from typing import Any, Iterable

from extractors.kinds import SPEC_OF_KIND
from extractors.records import TABLE_EXTRACTORS
from extractors.records.base import Extraction
from extractors.records.common import not_applicable
from normalizers.content import CPV_CODE, MONEY, NOMENCLATOR_CODE, content_type
from normalizers.text import fold_key
from extractors.understanding.model import TableUnderstanding, Understanding
from extractors.understanding.spec import OTHER

# the record lists of an Extraction that are datasets (`tables` is the summary built from them)
_NOT_RECORDS = ("document", "tables")
# cells of these content types make a table look like data the contract wants, whatever its kind


@dataclass(frozen=True)
class CoverageSettings:
    """A document is listed as low coverage below ``low`` (share of its data tables that gave records)."""

    low: float = 0.75


DEFAULT_COVERAGE = CoverageSettings()

# why a logical row gave no record, in the order they are tried (docs/warnings.md has no row for these: they are
# explanations shown by `pipeline inspect`, not warnings on records)
DROP_NO_EXTRACTOR = "the table's kind has no extractor"
DROP_EMPTY = "empty in every mapped column"
DROP_NO_NAME = "no name and no code"
DROP_NOT_PROVIDED = "listed as not provided (dash or 'nu este cazul')"
DROP_REPORT = "read as a report table: no figure of the row was kept"
DROP_SKIPPED = "the extractor kept no record for it"


@dataclass
class TableRecord:
    """One row of the ``tables`` dataset (docs/DATASETS.md)."""

    page: int | None
    line: int | None
    table_seq: int | None
    kind: str
    header: list[str]
    n_rows: int
    n_records: int
    mapped_columns: list[str]
    unmapped_columns: list[str]
    warnings: list[str] = field(default_factory=list)
    bbox: list[float] | None = None
    pages: list[int] = field(default_factory=list)
    looks_like_data: bool = False
    understood: bool = False
    doc_id: str | None = None


@dataclass(frozen=True)
class RowOutcome:
    """One logical row of a table and what it became: the datasets of its records, or why it gave none."""

    index: int
    page: int | None
    line: int | None
    cells: tuple[str, ...]
    category: str | None
    datasets: tuple[str, ...]
    dropped: str | None
    warnings: tuple[str, ...]


def _key(page: Any, line: Any) -> tuple[Any, Any]:
    return (page, line)


def table_positions(table: TableUnderstanding) -> set[tuple[Any, Any]]:
    """(page, line) of every line the table is printed on: its first line, its body lines and its logical rows."""
    t = table.table
    positions = {_key(t.page, t.line)} | set(zip(table.body_pages, table.body_lines))
    positions |= {_key(r.page, r.line) for r in table.rows}
    return {p for p in positions if p[1] is not None}


class RecordIndex:
    """The records of a document by the table they name (``table_seq``, or a total's ``source_table``) and by the
    (page, line) they were read from, each with its position in its dataset; built once per document, because
    scanning every record for each table made summarising a long document quadratic (tables x records)."""

    def __init__(self, result: Extraction):
        self.by_seq: dict[str, dict[Any, list[tuple[int, Any]]]] = {}
        self.by_key: dict[str, dict[tuple[Any, Any], list[tuple[int, Any]]]] = {}
        for f in dataclass_fields(result):
            records = getattr(result, f.name)
            if f.name in _NOT_RECORDS or not isinstance(records, list):
                continue
            by_seq = self.by_seq.setdefault(f.name, {})
            by_key = self.by_key.setdefault(f.name, {})
            for i, r in enumerate(records):
                for seq in {getattr(r, "table_seq", None), getattr(r, "source_table", None)} - {None}:
                    by_seq.setdefault(seq, []).append((i, r))
                if getattr(r, "line", None) is not None:
                    by_key.setdefault(_key(getattr(r, "page", None), r.line), []).append((i, r))


def table_records(table: TableUnderstanding, result: Extraction,
                  index: RecordIndex | None = None) -> dict[str, list[Any]]:
    """The records of every dataset that came from this table: those naming it (``table_seq``, or a total's
    ``source_table``) and those read from one of its lines (totals, indicators and partnerships carry no table
    number), in their dataset's order. The one answer to 'which records came from which table', read by
    ``table_not_understood``, the ``tables`` dataset, the documents' coverage and ``pipeline inspect``
    (``index``: the document's :class:`RecordIndex`, when several tables are looked up)."""
    index = index or RecordIndex(result)
    positions = table_positions(table)
    out: dict[str, list[Any]] = {}
    for name, by_seq in index.by_seq.items():
        hits = dict(by_seq.get(table.seq, ())) if table.seq is not None else {}
        for p in positions:
            hits.update(index.by_key[name].get(p, ()))
        if hits:
            out[name] = [hits[i] for i in sorted(hits)]
    return out


# money is an amount whose cell or column header says so ('1.250,00' under 'Suprafață (mp)' is no money)
_MONEY_WORDS = re.compile(r"\b(?:lei|ron|mii lei|valoare\w*|buget\w*|suma|sume|cost\w*|cheltuiel\w*|finantar\w*|"
                          r"subventi\w*|fonduri)\b")


def looks_like_data(table: TableUnderstanding) -> bool:
    """A table worth a record: a service or CPV code in any cell, or money (an amount in lei, or money-shaped under
    a header that names money). One that yields none is reported (``table_not_understood``, coverage), not
    dropped."""
    labels = [fold_key(label) for label in table.mapping.labels]
    for row in table.body:
        for col, cell in enumerate(row):
            kind = content_type(cell)
            if kind in (NOMENCLATOR_CODE, CPV_CODE):
                return True
            if kind == MONEY and (_MONEY_WORDS.search(fold_key(cell)) or
                                  (col < len(labels) and _MONEY_WORDS.search(labels[col]))):
                return True
    return False


def row_outcomes(table: TableUnderstanding, records: dict[str, list[Any]]) -> list[RowOutcome]:
    by_line: dict[tuple, list[str]] = {}
    for name, recs in records.items():
        for r in recs:
            by_line.setdefault(_key(r.page, r.line), []).append(name)
    spec = SPEC_OF_KIND.get(table.kind)
    mapping = table.mapping
    name_cols = {mapping.fields[f] for f in ((spec.name_fields if spec else ()) + ((spec.key_field,) if spec and
                 spec.key_field else ())) if f in mapping.fields}
    mapped_cols = set(mapping.fields.values())
    out = []
    for i, row in enumerate(table.rows):
        datasets = tuple(sorted(set(by_line.get(_key(row.page, row.line), ()))))
        reason = None
        if not datasets:
            reason = _drop_reason(table, row.cells, name_cols, mapped_cols)
        out.append(RowOutcome(i, row.page, row.line, tuple(row.cells), row.category, datasets, reason,
                              tuple(row.warnings)))
    return out


def _drop_reason(table: TableUnderstanding, cells: list[str], name_cols: set[int], mapped_cols: set[int]) -> str:
    if table.kind not in TABLE_EXTRACTORS and not table.report:
        return DROP_NO_EXTRACTOR
    if mapped_cols and not any(cells[c].strip() for c in mapped_cols if c < len(cells)):
        return DROP_EMPTY
    if name_cols and not any(cells[c].strip() for c in name_cols if c < len(cells)):
        return DROP_NO_NAME
    values = [c.strip() for i, c in enumerate(cells) if i not in name_cols and i != table.mapping.row_no_col
              and c.strip()]
    if values and any(not_applicable(v) for v in values) \
            and all(not_applicable(v) or not v.strip("-–—. ") for v in values):
        return DROP_NOT_PROVIDED
    return DROP_REPORT if table.report else DROP_SKIPPED


def mapped_labels(table: TableUnderstanding) -> list[str]:
    """'field ← header path' per mapped column, in column order."""
    labels = table.mapping.labels
    pairs = sorted((col, f) for f, col in table.mapping.fields.items())
    return [f"{f} ← {labels[col] if col < len(labels) else ''}" for col, f in pairs]


def unmapped_labels(table: TableUnderstanding) -> list[str]:
    labels = table.mapping.labels
    return [labels[c] or f"(column {c + 1}, no header)" for c in table.mapping.unmapped if c < len(labels)]


def summarise_table(table: TableUnderstanding, result: Extraction, index: RecordIndex | None = None) -> TableRecord:
    records = table_records(table, result, index)
    n_records = sum(len(v) for v in records.values())
    t = table.table
    return TableRecord(
        page=t.page, line=t.line, table_seq=table.seq, kind=table.kind or OTHER, header=list(table.columns),
        n_rows=len(table.rows), n_records=n_records, mapped_columns=mapped_labels(table),
        unmapped_columns=unmapped_labels(table),
        warnings=sorted(set(table.warnings) | set(t.warnings) | set(table.resolved.warnings)),
        bbox=list(t.bbox) if t.bbox else None, pages=list(t.pages), looks_like_data=looks_like_data(table),
        understood=n_records > 0, doc_id=result.document.doc_id)


def summarise_tables(u: Understanding, result: Extraction) -> list[TableRecord]:
    index = RecordIndex(result)
    return [summarise_table(t, result, index) for t in u.tables]


def data_tables(tables: Iterable[TableRecord]) -> list[TableRecord]:
    """The tables that should give records: classified as a kind the contract reads, or looking like data."""
    return [t for t in tables if t.kind != OTHER or t.looks_like_data]


def coverage(tables: Iterable[TableRecord]) -> tuple[float | None, int]:
    """(share of the data tables that gave at least one record, data tables that gave none); share None when the
    document has no data table."""
    wanted = data_tables(tables)
    if not wanted:
        return None, 0
    unread = sum(1 for t in wanted if not t.understood)
    return (len(wanted) - unread) / len(wanted), unread


def document_extras(result: Extraction) -> dict[str, Any]:
    """The documents columns computed from the table summaries (``coverage``, ``n_tables_unread``)."""
    if result.tables is None:
        return {}
    share, unread = coverage(result.tables)
    return {"coverage": None if share is None else round(share, 4), "n_tables_unread": unread}


def low_coverage(data: Path, settings: CoverageSettings = DEFAULT_COVERAGE) -> list[dict[str, Any]]:
    """The documents of a datasets folder whose coverage is below ``settings.low``, lowest first (for
    ``pipeline status``); [] when the folder holds no documents or was written before coverage existed."""
    from pipeline.query import connect

    try:
        con = connect(data)
        rows = con.execute(
            "select doc_id, source_path, coverage, n_tables_unread, n_tables from documents "
            "where coverage is not null and coverage < ? order by coverage, n_tables_unread desc, source_path",
            [settings.low]).fetchall()
    except Exception:  # duckdb: no documents files, or files without the coverage column
        return []
    return [{"doc_id": r[0], "source_path": r[1], "coverage": round(float(r[2]), 4), "n_tables_unread": r[3],
             "n_tables": r[4]} for r in rows]
