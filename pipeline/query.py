"""DuckDB over the datasets: one view per dataset, named after it."""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import duckdb

from pipeline.schema import SCHEMAS


def connect(data: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    for name in SCHEMAS:
        files = [p for p in (data / name).glob("**/*.parquet") if not p.name.startswith(".")]
        if files:
            pattern = str(data / name / "**" / "*.parquet")
            # hive_partitioning off: `year` is a real column of documents, the folder name only a layout
            con.execute(f"create view {name} as select * from read_parquet('{pattern}', hive_partitioning=false, "
                        f"union_by_name=true)")
        else:
            cols = ", ".join(f'null::{_duck_type(f.type)} as "{f.name}"' for f in SCHEMAS[name])
            con.execute(f"create view {name} as select {cols} where false")
    return con


def _duck_type(t) -> str:
    s = str(t)
    return {"string": "varchar", "int32": "integer", "float64": "double", "float": "float", "bool": "boolean",
            "date32[day]": "date", "list<item: string>": "varchar[]",
            "list<item: double>": "double[]", "list<item: int32>": "integer[]"}.get(s, "decimal(18,2)" if s.startswith("decimal")
                                                                              else "timestamptz" if s.startswith("timestamp") else "varchar")


def print_result(result: duckdb.DuckDBPyConnection, fmt: str = "table") -> None:
    columns = [d[0] for d in result.description]
    rows = result.fetchall()
    if fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    elif fmt == "json":
        print(json.dumps([dict(zip(columns, r)) for r in rows], ensure_ascii=False, default=str, indent=1))
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(*columns)
        for r in rows:
            table.add_row(*["" if v is None else str(v) for v in r])
        Console().print(table)
