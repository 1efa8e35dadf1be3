"""`pipeline` — Romanian social-services plans and reports → Parquet datasets.

One verb per job; `pipeline VERB --help` shows examples.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from filelock import FileLock, Timeout

EXIT_OK, EXIT_FAILED_DOCS, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 75
DEFAULT_OUT = Path("data/processed")

RUN_EPILOG = """examples:
  pipeline run                                   # every document under data/raw → data/processed
  pipeline run plans/ reports/2023 --out out/    # several inputs, another output folder
  pipeline run data/raw/plan.pdf --force         # re-process a document already in the manifest
  pipeline run --workers 2                       # two documents at a time

A second run over the same inputs rewrites nothing (documents are keyed by the sha256 of their bytes).
Exit code 1 when any document failed (it is still recorded in `documents` with status failed and the reason),
75 when another run holds the output folder's lock.
"""

QUERY_EPILOG = """examples:
  pipeline query "select doc_type, count(*) from documents group by 1"
  pipeline query "select service_code, sum(budget_total_lei) from services group by 1 order by 2 desc limit 10"
  pipeline query --format csv "select * from totals where not matches"

Every dataset is a view named after it: documents, services, procurements, subsidies, trainings, activities,
partnerships, totals, indicators, institutions.
"""


def _lock(out: Path, wait_s: float) -> FileLock:
    out.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(out / ".lock"))
    lock.acquire(timeout=wait_s)
    return lock


def cmd_run(args: argparse.Namespace) -> int:
    from pipeline.progress import ProgressPrinter
    from pipeline.run import run

    inputs = [Path(p) for p in (args.paths or ["data/raw"])]
    missing = [str(p) for p in inputs if not p.exists()]
    if missing:
        print(f"error: input not found: {', '.join(missing)}", file=sys.stderr)
        return EXIT_USAGE
    out = Path(args.out)
    try:
        lock = _lock(out, args.wait)
    except Timeout:
        print(f"error: another pipeline run holds {out / '.lock'}; nothing was written", file=sys.stderr)
        return EXIT_LOCKED
    try:
        with ProgressPrinter(quiet=args.quiet) as progress:
            summary = run(inputs, out, force=args.force, workers=args.workers, retry_failed=args.retry_failed,
                          timeout_s=args.timeout, on_event=progress.event)
        progress.summary(summary, out)
    finally:
        lock.release()
    return EXIT_FAILED_DOCS if summary.failed else EXIT_OK


def cmd_query(args: argparse.Namespace) -> int:
    from pipeline.query import connect, print_result

    con = connect(Path(args.data))
    try:
        result = con.execute(args.sql)
    except Exception as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print_result(result, args.format)
    return EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    from pipeline.manifest import Manifest

    manifest = Manifest.load(Path(args.data))
    by_status: dict[str, int] = {}
    for e in manifest.entries.values():
        by_status[e.status] = by_status.get(e.status, 0) + 1
    failures = [{"doc_id": e.doc_id, "source_path": e.source_path, "reason": e.reason, "message": e.message}
                for e in manifest.entries.values() if e.status == "failed"]
    status = {"documents": len(manifest.entries), "by_status": by_status,
              "last_run": manifest.runs[-1] if manifest.runs else None, "failures": failures}
    if args.json:
        print(json.dumps(status, ensure_ascii=False, indent=1))
        return EXIT_OK
    from rich.console import Console
    from rich.table import Table

    console = Console()
    console.print(f"[bold]{len(manifest.entries)}[/] documents in {args.data}: "
                  + ", ".join(f"{k} {v}" for k, v in sorted(by_status.items())))
    if status["last_run"]:
        console.print(f"last run: {status['last_run']}")
    if failures:
        table = Table("source", "reason", "message", title="failures")
        for f in failures:
            table.add_row(f["source_path"], f["reason"] or "", (f["message"] or "")[:100])
        console.print(table)
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pipeline", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("run", help="extract documents into the Parquet datasets", epilog=RUN_EPILOG,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="*", help="files or folders (default: data/raw)")
    p.add_argument("--out", default=str(DEFAULT_OUT), help="output folder (default: data/processed)")
    p.add_argument("--force", action="store_true", help="re-process documents the manifest already holds")
    p.add_argument("--retry-failed", action="store_true", help="retry documents that failed before")
    p.add_argument("--workers", type=int, default=1, help="documents processed at once (processes)")
    p.add_argument("--timeout", type=float, default=600.0, help="seconds allowed per document (default 600)")
    p.add_argument("--wait", type=float, default=0.0, help="seconds to wait for another run's lock (default 0)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("query", help="run SQL (DuckDB) over the datasets", epilog=QUERY_EPILOG,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("sql")
    p.add_argument("--data", default=str(DEFAULT_OUT), help="datasets folder (default: data/processed)")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p.set_defaults(func=cmd_query)

    p = sub.add_parser("status", help="what the manifest holds: documents per status, last run, failures")
    p.add_argument("data", nargs="?", default=str(DEFAULT_OUT))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_status)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
