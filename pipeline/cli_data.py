"""The verbs about a datasets folder as a whole: `pipeline validate` and `pipeline export`.

Kept apart from :mod:`pipeline.cli` (which only registers them) so each verb's help and logic sit together.
"""
from __future__ import annotations

import argparse
import shlex
import sys
from collections import Counter
from pathlib import Path

from pipeline.cli_common import LOCK_NAME, add_data_option, data_folder, to_json

EXIT_OK, EXIT_INVALID, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 75
# the same as pipeline.export.FORMATS / DEFAULT_TARGET (a test checks), here so `--help` imports no pyarrow
FORMATS = ("csv", "xlsx", "sqlite")
DEFAULT_TARGET = {"csv": "export", "xlsx": "datasets.xlsx", "sqlite": "datasets.db"}

VALIDATE_EPILOG = """examples:
  pipeline validate                          # data/processed against its datapackage.json
  pipeline validate --data out/ --json       # one JSON object per problem

Checks the folder against the datapackage.json every run writes beside the datasets (Frictionless Table
Schema): every file listed is there and every file there is listed, each file has the declared columns and
types, required and unique columns, vocabularies (status, section, code_status, unit), primary and foreign
keys (doc_id → documents, issuer_id / partner_id → institutions). Exit code 0 valid, 1 problems found,
2 no such folder.
"""

EXPORT_EPILOG = """examples:
  pipeline export --format csv               # data/processed → export/<dataset>.csv + datapackage.json
  pipeline export --format xlsx --out plans.xlsx
  pipeline export --data out/ --format sqlite --out plans.db && datasette plans.db -m plans.metadata.json

csv: one file per dataset, lists as JSON arrays, money as plain decimals (1234.50), with a datapackage.json.
xlsx: one sheet per dataset and a `columns` sheet saying what each column means.
sqlite: one table per dataset with primary and foreign keys (datasette links every row to its document);
money as REAL (SQLite has no decimal type; the Parquet files keep the exact values).

The export is written under a temporary name and renamed into place: a killed or failed export leaves the
previous one whole, and two exports at once never mix. It holds the data folder's lock while it reads, so it
waits for a run's batch to be recorded (--wait SECONDS; exit code 75 if a run holds the lock longer). --out
never replaces a folder that is not a csv export.
"""


def cmd_validate(args: argparse.Namespace) -> int:
    from pipeline.datapackage import problems_as_json, validate_folder

    data, problem = data_folder(args)
    if problem or not data.is_dir():
        print(f"error: {problem or f'datasets folder not found: {data}'}", file=sys.stderr)
        return EXIT_USAGE
    problems = validate_folder(data)
    errors = [p for p in problems if p.level == "error"]
    if args.json:
        print(to_json({"data": str(data), "valid": not errors, "problems": problems_as_json(problems)}))
        return EXIT_INVALID if errors else EXIT_OK
    # one line per kind of problem, with how many files it touches and the first one
    grouped: Counter = Counter((p.level, p.resource, p.message) for p in problems)
    first = {}
    for p in problems:
        first.setdefault((p.level, p.resource, p.message), p.path)
    for (level, resource, message), n in grouped.items():
        where = f" ({n} files, e.g. {first[(level, resource, message)]})" if n > 1 else (
            f" ({first[(level, resource, message)]})" if first[(level, resource, message)] else "")
        print(f"{level}: {resource + ': ' if resource else ''}{message}{where}")
    print(f"{data}: {'valid' if not errors else f'{len(errors)} errors'}"
          f"{f', {len(problems) - len(errors)} warnings' if len(problems) > len(errors) else ''}")
    return EXIT_INVALID if errors else EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from pipeline.export import ExportError, export, rows_written

    data, problem = data_folder(args)
    if problem or not data.is_dir():
        print(f"error: {problem or f'datasets folder not found: {data}'}", file=sys.stderr)
        return EXIT_USAGE
    from filelock import Timeout

    try:
        target = export(data, args.format, Path(args.out) if args.out else None, wait_s=args.wait)
    except ExportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INVALID
    except Timeout:
        print(f"error: another pipeline run holds the lock {data / LOCK_NAME} (waited {args.wait:g} s); nothing was "
              f"exported. Exit code {EXIT_LOCKED}.", file=sys.stderr)
        return EXIT_LOCKED
    for line in export_said(target.absolute(), args.format, rows_written(target, args.format)):
        print(line)
    return EXIT_OK


def export_said(target: Path, fmt: str, rows: dict[str, int]) -> list[str]:
    """What an export wrote, where, and how to open it: the line `pipeline export` printed was only
    `csv export written to export` (a bare relative folder)."""
    counts = ", ".join(f"{name} {n}" for name, n in rows.items())
    q = shlex.quote
    if fmt == "csv":
        return [f"csv export written to {target}/: {len(rows)} CSV files, one per dataset, rows: {counts}; and "
                "datapackage.json (every column's type and meaning)",
                f"open it: pandas.read_csv({str(target / 'services.csv')!r}), a spreadsheet (UTF-8, comma-separated, "
                f"lists as JSON), or `frictionless validate {q(str(target / 'datapackage.json'))}`"]
    if fmt == "xlsx":
        return [f"xlsx export written to {target}: {len(rows)} sheets, one per dataset, rows: {counts}; and a "
                "`columns` sheet with every column's meaning (money as numbers; the Parquet files keep exact decimals)",
                f"open it: Excel or LibreOffice Calc, or pandas.read_excel({str(target)!r}, sheet_name='services')"]
    from pipeline.export import metadata_path

    meta = metadata_path(target)
    return [f"sqlite export written to {target}: {len(rows)} tables, one per dataset, rows: {counts}; primary and "
            f"foreign keys (doc_id → documents); and {meta.name} (the column meanings, for datasette)",
            f"open it: sqlite3 {q(str(target))} 'select * from services limit 5', or "
            f"datasette {q(str(target))} -m {q(str(meta))}"]


def add_data_commands(sub) -> None:
    """Register `validate` and `export` on the main parser's sub-commands."""
    p = sub.add_parser("validate", help="check a datasets folder against its datapackage.json",
                       epilog=VALIDATE_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_data_option(p)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("export", help="write the datasets as CSV files, an Excel workbook or a SQLite database",
                       epilog=EXPORT_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_data_option(p)
    p.add_argument("--format", choices=FORMATS, required=True)
    p.add_argument("--out", help="where to write (default: " + ", ".join(f"{k}: {v}" for k, v in
                                                                          DEFAULT_TARGET.items()) + ")")
    p.add_argument("--wait", type=float, default=0.0,
                   help="seconds to wait for a run's lock on the data folder before exiting with code 75 (default 0)")
    p.set_defaults(func=cmd_export)
