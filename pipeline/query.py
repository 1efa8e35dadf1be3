"""DuckDB over the datasets: one view per dataset, named after it.

By default a query runs in a sandbox: only read-only statements (``select``, ``with``, ``from``, ``describe``,
``explain``, ``summarize``, ``show``) are accepted, and DuckDB's file access is limited to the data folder
(``allowed_directories``), external access is off (no other file, no network, no extension install) and the
configuration is locked — set after the views exist, so a query cannot lift it. ``pipeline query
--allow-file-access`` lifts the sandbox for exports (``COPY … TO``, reading other files).
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

import duckdb

from pipeline.schema import SCHEMAS

# statements that only read; everything else (COPY, ATTACH, INSERT, CREATE, SET, PRAGMA, INSTALL…) is refused
READ_ONLY_STATEMENTS = {"SELECT", "EXPLAIN"}


class SandboxError(ValueError):
    """A statement the sandbox does not run (it writes, attaches or changes settings)."""


def connect(data: Path, sandbox: bool = True) -> duckdb.DuckDBPyConnection:
    data = Path(data).resolve()
    con = duckdb.connect()
    for name in SCHEMAS:
        files = [p for p in (data / name).glob("**/*.parquet") if not p.name.startswith(".")]
        if files:
            pattern = str(data / name / "**" / "*.parquet").replace("'", "''")
            # hive_partitioning off: `year` is a real column of documents, the folder name only a layout
            source = f"read_parquet('{pattern}', hive_partitioning=false, union_by_name=true)"
            have = {row[0] for row in con.execute(f"describe select * from {source}").fetchall()}
            # files written by an older version lack the columns added since: null, so every query runs
            missing = "".join(f', null::{_duck_type(f.type)} as "{f.name}"' for f in SCHEMAS[name] if f.name not in have)
            con.execute(f"create view {name} as select *{missing} from {source}")
        else:
            cols = ", ".join(f'null::{_duck_type(f.type)} as "{f.name}"' for f in SCHEMAS[name])
            con.execute(f"create view {name} as select {cols} where false")
    if sandbox:
        # order matters: the allowed folder first, then external access off, then the lock
        con.execute("set allowed_directories = $1", [[str(data) + "/"]])
        con.execute("set enable_external_access = false")
        con.execute("set lock_configuration = true")
    return con


def execute(con: duckdb.DuckDBPyConnection, sql: str, sandbox: bool = True) -> duckdb.DuckDBPyConnection:
    """Run ``sql``; in the sandbox, refuse any statement that is not read-only (before running any of it)."""
    if sandbox:
        for statement in con.extract_statements(sql):
            kind = str(statement.type).rsplit(".", 1)[-1]
            if kind not in READ_ONLY_STATEMENTS:
                raise SandboxError(f"{kind} statements are not run by `pipeline query` (read-only sandbox); "
                                   "use --allow-file-access to export or read other files")
    return con.execute(sql)


def _duck_type(t) -> str:
    s = str(t)
    return {"string": "varchar", "int32": "integer", "float64": "double", "float": "float", "bool": "boolean",
            "date32[day]": "date", "list<item: string>": "varchar[]",
            "list<item: double>": "double[]", "list<item: int32>": "integer[]"}.get(s, "decimal(18,2)" if s.startswith("decimal")
                                                                              else "timestamptz" if s.startswith("timestamp") else "varchar")


def print_result(result: duckdb.DuckDBPyConnection, fmt: str = "table") -> None:
    columns = [d[0] for d in result.description] if result.description else []
    rows = result.fetchall() if result.description else []
    if fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    elif fmt == "json":
        from pipeline.cli_common import to_json

        print(to_json([dict(zip(columns, r)) for r in rows]))
    else:
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text

        # values as they are: a header cell `Buget [mii lei]` or a list `['a', 'b']` is no console markup
        table = Table()
        for c in columns:
            table.add_column(Text(c))
        for r in rows:
            table.add_row(*[Text("" if v is None else str(v)) for v in r])
        Console().print(table)
