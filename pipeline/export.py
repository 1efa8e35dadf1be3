"""`pipeline export`: the datasets as CSV files, one Excel workbook or one SQLite database.

- **csv**: a folder with ``<dataset>.csv`` per dataset (UTF-8, header row; lists as JSON arrays, money as plain
  decimals ``1234.50``, dates ISO) and a ``datapackage.json`` describing them, so Frictionless tools can check
  the export.
- **xlsx**: one sheet per dataset plus a ``columns`` sheet with every column's meaning (openpyxl: pure Python,
  already the engine pandas uses for Excel; it writes number formats and reads files back for the tests).
- **sqlite**: one table per dataset with primary keys (``documents.doc_id``, ``institutions.institution_id``)
  and foreign keys (``doc_id`` → documents, ``issuer_id``/``partner_id`` → institutions), an index on every
  foreign key, lists as JSON text; datasette opens it as it is and links rows to their document. Written with
  the standard library's sqlite3 (no extra package: the foreign keys are plain ``CREATE TABLE`` clauses).
  Money is stored as REAL: SQLite has no decimal type; the Parquet files stay the exact copy. A
  ``<name>.metadata.json`` beside it gives datasette the column meanings (``datasette x.db -m x.metadata.json``).

Every export is written to a temporary name and renamed into place.
"""
from __future__ import annotations

import csv
import json
import os
import shutil
import sqlite3
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterator

import pyarrow as pa

from pipeline.datapackage import FOREIGN_KEYS, PRIMARY_KEYS, build_datapackage, write_datapackage
from pipeline.glossary import column_description, dataset_title
from pipeline.query import connect
from pipeline.schema import SCHEMAS

FORMATS = ("csv", "xlsx", "sqlite")
DEFAULT_TARGET = {"csv": "export", "xlsx": "datasets.xlsx", "sqlite": "datasets.db"}
EXCEL_MAX_ROWS = 1_048_575  # a sheet holds 1,048,576 rows, one of them the header
# rows are ordered by their provenance, so two exports of the same data are the same file
ORDER = {"documents": "source_path, doc_id", "institutions": "institution_id"}
ROW_ORDER = "doc_id, page nulls first, line nulls first"


class ExportError(Exception):
    """An export that cannot be written as asked (too many rows for a sheet, an unknown format)."""


def _tables(data: Path) -> Iterator[tuple[str, pa.Table]]:
    con = connect(Path(data))
    for name in SCHEMAS:
        order = ORDER.get(name, ROW_ORDER)
        rel = con.sql(f"select {', '.join(_q(c) for c in SCHEMAS[name].names)} from {name} order by {order}")
        yield name, rel.to_arrow_table() if hasattr(rel, "to_arrow_table") else rel.arrow()


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _plain(v: Any) -> Any:
    """A value for a text cell: lists as JSON, money as a plain decimal, dates ISO."""
    if isinstance(v, list):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, Decimal):
        return f"{v:.2f}"
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    return v


def export(data: Path, fmt: str, target: Path | None = None) -> Path:
    """Write the datasets under ``data`` as ``fmt`` to ``target`` (default :data:`DEFAULT_TARGET`)."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    target = Path(target or DEFAULT_TARGET[fmt])
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".tmp-{target.name}")
    if tmp.is_dir():
        shutil.rmtree(tmp)
    elif tmp.exists():
        tmp.unlink()
    try:
        {"csv": _csv, "xlsx": _xlsx, "sqlite": _sqlite}[fmt](Path(data), tmp)
        if target.is_dir():
            shutil.rmtree(target)
        os.replace(tmp, target)
    finally:
        if tmp.is_dir():
            shutil.rmtree(tmp)
        elif tmp.exists():
            tmp.unlink()
    if fmt == "sqlite":
        meta = target.with_name(target.stem + ".metadata.json")
        meta.write_text(json.dumps(datasette_metadata(target.stem), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return target


# ----------------------------------------------------------------------------------------------- csv
def _csv(data: Path, folder: Path) -> None:
    folder.mkdir(parents=True)
    paths: dict[str, list[str]] = {}
    for name, table in _tables(data):
        with open(folder / f"{name}.csv", "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(table.column_names)
            for row in table.to_pylist():
                writer.writerow(["" if v is None else _plain(v) for v in row.values()])
        paths[name] = [f"{name}.csv"]
    write_datapackage(folder, build_datapackage(folder, paths=paths, fmt="csv"))


# ----------------------------------------------------------------------------------------------- xlsx
def _xlsx(data: Path, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    for name, table in _tables(data):
        if table.num_rows > EXCEL_MAX_ROWS:
            raise ExportError(f"{name} has {table.num_rows} rows, more than an Excel sheet holds "
                              f"({EXCEL_MAX_ROWS}); export as csv or sqlite")
        ws = wb.create_sheet(name)
        ws.freeze_panes = "A2"
        money = {i for i, f in enumerate(table.schema) if pa.types.is_decimal(f.type)}
        for i, f in enumerate(table.schema, start=1):
            ws.column_dimensions[get_column_letter(i)].width = 14 if i - 1 in money else 18
        ws.append(table.column_names)
        for row in table.to_pylist():
            ws.append([_excel(v) for v in row.values()])
    ws = wb.create_sheet("columns")
    ws.append(["dataset", "column", "type", "meaning"])
    for name, schema in SCHEMAS.items():
        ws.append([name, "", "", dataset_title(name)])
        for f in schema:
            ws.append([name, f.name, str(f.type), column_description(name, f.name)])
    wb.save(path)


def _excel(v: Any) -> Any:
    if isinstance(v, Decimal):
        return float(v)  # Excel has only doubles; 2-decimal amounts below 10^13 lei survive exactly
    if isinstance(v, datetime):
        return v.replace(tzinfo=None) if v.tzinfo else v  # Excel has no time zones: the value is UTC
    if isinstance(v, list):
        return json.dumps(v, ensure_ascii=False)
    return v


# ----------------------------------------------------------------------------------------------- sqlite
def _sqlite_type(t: pa.DataType) -> str:
    if pa.types.is_integer(t) or pa.types.is_boolean(t):
        return "INTEGER"
    if pa.types.is_floating(t) or pa.types.is_decimal(t):
        return "REAL"
    return "TEXT"


def create_table_sql(name: str) -> str:
    schema = SCHEMAS[name]
    cols = []
    for f in schema:
        col = f"{_q(f.name)} {_sqlite_type(f.type)}"
        if PRIMARY_KEYS.get(name) == f.name:
            col += " PRIMARY KEY"
        cols.append(col)
    for ds, col, ref, key in FOREIGN_KEYS:
        if ds == name and col in schema.names and key in SCHEMAS[ref].names:
            cols.append(f"FOREIGN KEY ({_q(col)}) REFERENCES {_q(ref)}({_q(key)})")
    return f"CREATE TABLE {_q(name)} (\n  " + ",\n  ".join(cols) + "\n)"


def _sqlite(data: Path, path: Path) -> None:
    con = sqlite3.connect(path)
    try:
        # referenced tables first, so the file reads in order; foreign keys are declared, and checked below
        order = ["institutions", "documents"] + [n for n in SCHEMAS if n not in ("institutions", "documents")]
        tables = dict(_tables(data))
        for name in order:
            con.execute(create_table_sql(name))
            for ds, col, _ref, _key in FOREIGN_KEYS:
                if ds == name and col in SCHEMAS[name].names:
                    con.execute(f"CREATE INDEX {_q(f'idx_{name}_{col}')} ON {_q(name)}({_q(col)})")
            table = tables[name]
            marks = ", ".join("?" for _ in table.column_names)
            con.executemany(f"INSERT INTO {_q(name)} VALUES ({marks})",
                            ([_sqlite_value(v) for v in row.values()] for row in table.to_pylist()))
        con.commit()
        broken = con.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise ExportError(f"{len(broken)} rows point to a missing row (foreign keys), e.g. {broken[0]}; "
                              "`pipeline validate` tells which")
    finally:
        con.close()


def _sqlite_value(v: Any) -> Any:
    if isinstance(v, Decimal):
        return float(v)
    if isinstance(v, bool):
        return int(v)
    return _plain(v)


def datasette_metadata(database: str) -> dict[str, Any]:
    """datasette's metadata file: each table's and column's meaning (datasette names a database by its file's
    stem)."""
    return {"title": "Romanian social-services plans and reports",
            "description": "Exported by `pipeline export --format sqlite`; warning codes: docs/warnings.md",
            "databases": {database: {"tables": {
                name: {"description": dataset_title(name),
                       "columns": {f.name: column_description(name, f.name) for f in schema}}
                for name, schema in SCHEMAS.items()}}}}
